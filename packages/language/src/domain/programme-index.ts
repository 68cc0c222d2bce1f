import type { AstNode, LangiumSharedCoreServices } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { Module, Programme, YearSet } from '../generated/ast.js';
import { isModule, isProgramme } from '../generated/ast.js';

/** Longer year ranges than this are nonsense; capping keeps bad input (`years 1..1000000000`) cheap. */
const MAX_YEARS = 100;

/** The years a year set names (ranges may be written backwards; that is reported elsewhere). */
export function yearsOf(set: YearSet | undefined): number[] {
    const years = new Set<number>();
    for (const range of set?.ranges ?? []) {
        const from = Math.min(range.from, range.to ?? range.from);
        const to = Math.max(range.from, range.to ?? range.from);
        for (let year = from; year <= to && year - from < MAX_YEARS; year++) {
            years.add(year);
        }
    }
    return [...years].sort((a, b) => a - b);
}

/** `1, 2, 3` or `none`: a list of years for messages. */
export function describeYears(years: number[], none: string): string {
    return years.length === 0 ? none : years.join(', ');
}

/** A module's place in one programme: the years it belongs to (empty = no year, e.g. a study trip). */
export interface Membership {
    module: Module;
    years: number[];
}

/**
 * Which modules belong to which programme (year), across the workspace: nested modules
 * belong to their programme, and every `for P years ...` adds a membership. Built once
 * per workspace state, so asking per programme is linear overall.
 */
export class ProgrammeIndex {

    private readonly memberships: WorkspaceCache<string, Map<Programme, Membership[]>>;
    private readonly modulesByRoot = new WeakMap<AstNode, Module[]>();

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.memberships = new WorkspaceCache(shared);
    }

    membersOf(programme: Programme): Membership[] {
        return this.memberships.get('all', () => this.build()).get(programme) ?? [];
    }

    /** The members of a programme in one year. */
    membersInYear(programme: Programme, year: number): Module[] {
        return this.membersOf(programme).filter(member => member.years.includes(year)).map(member => member.module);
    }

    /** The modules of a parse, found once per parse: an edit re-parses one file, not the workspace. */
    private modulesOf(root: AstNode): Module[] {
        let modules = this.modulesByRoot.get(root);
        if (!modules) {
            modules = AstUtils.streamAst(root).filter(isModule).toArray();
            this.modulesByRoot.set(root, modules);
        }
        return modules;
    }

    private build(): Map<Programme, Membership[]> {
        const map = new Map<Programme, Membership[]>();
        const add = (programme: Programme, membership: Membership): void => {
            const list = map.get(programme);
            list ? list.push(membership) : map.set(programme, [membership]);
        };
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            for (const module of this.modulesOf(document.parseResult.value)) {
                if (isProgramme(module.$container)) {
                    add(module.$container, { module, years: yearsOf(module.years) });
                }
                for (const entry of module.programmes) {
                    const programme = entry.programme?.ref;
                    if (programme && programme !== module.$container) {
                        add(programme, { module, years: yearsOf(entry.years) });
                    }
                }
            }
        }
        return map;
    }
}
