import type { Validity } from '../generated/ast.js';
import { compareDates, isValidDate } from './dates.js';

/** The days a definition exists, either end open; both ends are included. */
export interface ValiditySpan {
    from?: string;
    to?: string;
}

/**
 * The usable span of a `valid` clause: undefined when absent, when a date is not a real date
 * or when it runs backwards (those are reported on the clause itself, not on every intake).
 */
export function validitySpan(validity: Validity | undefined): ValiditySpan | undefined {
    if (!validity || (!validity.from && !validity.to)) {
        return undefined;
    }
    const { from, to } = validity;
    if ((from && !isValidDate(from)) || (to && !isValidDate(to)) || (from && to && compareDates(from, to) > 0)) {
        return undefined;
    }
    return { from, to };
}
