import type { AstNode } from 'langium';
import type { DateRange, Intake, Period } from '../generated/ast.js';
import { isValidDate } from './dates.js';

/** One start an intake names, with the place it is written (for diagnostics). */
export interface IntakeMoment {
    /** As written; may be an impossible date (`2026-02-30`), which the date checks report. */
    date: string;
    node: AstNode;
    property: string;
    index?: number;
    /** `on` dates are moved by the period-start quick fix; period starts and windows are not. */
    kind: 'date' | 'period' | 'window';
    /** The period whose start this is (kind `period`). */
    period?: Period;
}

/** A complete date range; a half-typed one (`from 2026-09-01 to`) has none. */
export interface DateSpan {
    from: string;
    to: string;
}

/** An intake clause with its references resolved. */
export interface ResolvedIntake {
    node: Intake;
    /** In written order: each fixed date, each resolved period's start, a flexible window's start. */
    moments: IntakeMoment[];
    /** The flexible window, when complete. */
    window?: DateSpan;
    /** The registration window, when complete. */
    registration?: DateSpan;
}

export function resolveIntake(intake: Intake): ResolvedIntake {
    const moments: IntakeMoment[] = [];
    for (const value of intake.dates) {
        if (value.value) {
            moments.push({ date: value.value, node: value, property: 'value', kind: 'date' });
        }
    }
    intake.periods.forEach((period, index) => {
        const start = period.ref?.start;
        if (start) {
            moments.push({ date: start, node: intake, property: 'periods', index, kind: 'period', period: period.ref });
        }
    });
    if (intake.window?.start) {
        moments.push({ date: intake.window.start, node: intake.window, property: 'start', kind: 'window' });
    }
    return { node: intake, moments, window: dateSpan(intake.window), registration: dateSpan(intake.registration) };
}

/** The moments of some intakes that are real dates: what the date and policy checks count. */
export function intakeMoments(intakes: Intake[]): IntakeMoment[] {
    return intakes.flatMap(intake => resolveIntake(intake).moments).filter(moment => isValidDate(moment.date));
}

function dateSpan(range: DateRange | undefined): DateSpan | undefined {
    return range?.start && range.end ? { from: range.start, to: range.end } : undefined;
}
