import type { Reference } from 'langium';
import type { Composition, Group, Period, ProgrammeYears, Teaching } from '../generated/ast.js';

/** Who is in a group in some periods and what it teaches then. */
export interface GroupComposition {
    periods: Array<Reference<Period>>;
    members: ProgrammeYears[];
    teaches: Teaching[];
    /** The `during ... { }` block; undefined for the group's own clauses. */
    block?: Composition;
}

/**
 * The compositions of a group in written order: first the group's own `students of` and `teaches`
 * with the periods of every `during` written without a block (the older form: every such period
 * gets every student), then each `during ... { }` block with its own students and teaching.
 */
export function compositionsOf(group: Group): GroupComposition[] {
    const compositions: GroupComposition[] = [];
    const periods = group.compositions.filter(composition => !composition.block).flatMap(composition => composition.periods);
    if (periods.length > 0 || group.members.length > 0 || group.teaches.length > 0) {
        compositions.push({ periods, members: group.members, teaches: group.teaches });
    }
    for (const block of group.compositions.filter(composition => composition.block)) {
        compositions.push({ periods: block.periods, members: block.members, teaches: block.teaches, block });
    }
    return compositions;
}

/** Every member of a group, in any period. */
export function allMembers(group: Group): ProgrammeYears[] {
    return [...group.members, ...group.compositions.flatMap(composition => composition.members)];
}
