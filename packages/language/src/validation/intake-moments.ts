import type { AstNode } from 'langium';
import type { Intake } from '../generated/ast.js';
import { isValidDate } from '../model/dates.js';

/** One intake moment as a date, with the place it is written (for diagnostics). */
export interface IntakeMoment {
    date: string;
    node: AstNode;
    property: string;
    index?: number;
    /** `on` dates are moved by the period-start quick fix; period starts and windows are not. */
    kind: 'date' | 'period' | 'window';
}

/** The moments of some intakes: each fixed date, each period's start, each flexible window's start. */
export function intakeMoments(intakes: Intake[]): IntakeMoment[] {
    const moments: IntakeMoment[] = [];
    for (const intake of intakes) {
        for (const value of intake.dates) {
            moments.push({ date: value.value, node: value, property: 'value', kind: 'date' });
        }
        intake.periods.forEach((period, index) => {
            const start = period.ref?.start;
            if (start) {
                moments.push({ date: start, node: intake, property: 'periods', index, kind: 'period' });
            }
        });
        if (intake.window) {
            moments.push({ date: intake.window.start, node: intake.window, property: 'start', kind: 'window' });
        }
    }
    return moments.filter(moment => isValidDate(moment.date));
}
