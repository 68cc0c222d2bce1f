import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Amount, OfferingAstType, Size } from '../generated/ast.js';
import type { UnitId } from '../model/sizes.js';
import { convert, resolveUnit } from '../model/sizes.js';
import { formatSize } from '../model/policies.js';
import type { Reporter } from './reporter.js';

/** A size as numbers in one unit; `max` is `min` when no maximum is written. */
export interface Bandwidth {
    min: number;
    max: number;
    unit: UnitId;
}

export function amountValue(amount: Amount): number {
    return amount.negative ? -amount.value : amount.value;
}

/** The bandwidth of a size, or undefined when its unit is missing or unknown (reported on the size itself). */
export function bandwidth(size: Size | undefined): Bandwidth | undefined {
    const unit = resolveUnit(size?.unit);
    if (!size || !unit) {
        return undefined;
    }
    const min = amountValue(size.min);
    return { min, max: size.max ? amountValue(size.max) : min, unit };
}

/** The bandwidth in another unit; undefined when the units do not convert (hours vs SBU). */
export function inUnit(value: Bandwidth, unit: UnitId): Bandwidth | undefined {
    const min = convert(value.min, value.unit, unit);
    const max = convert(value.max, value.unit, unit);
    return min === undefined || max === undefined ? undefined : { min, max, unit };
}

export function formatBandwidth(value: Bandwidth): string {
    return `${value.min === value.max ? value.min : `${value.min}..${value.max}`} ${value.unit}`;
}

/** Bandwidths: minimum at most maximum, positive amounts, a known unit. */
export class SizeChecks {
    constructor(private readonly reporter: Reporter) { }

    checks(): ValidationChecks<OfferingAstType> {
        return { Size: this.checkSize };
    }

    checkSize = (size: Size, accept: ValidationAcceptor): void => {
        if (size.unit === undefined) {
            this.reporter.report(accept, 'error', 'offering.size.missing-unit', { size: formatSize(size) }, size);
        } else if (!resolveUnit(size.unit)) {
            this.reporter.report(accept, 'error', 'offering.size.unknown-unit', { unit: size.unit }, size, { property: 'unit' });
        }
        const amounts: Array<['min' | 'max', Amount | undefined]> = [['min', size.min], ['max', size.max]];
        for (const [property, amount] of amounts) {
            if (amount && amountValue(amount) <= 0) {
                this.reporter.report(accept, 'error', 'offering.size.not-positive', { value: String(amountValue(amount)) }, size, { property });
            }
        }
        if (size.max && amountValue(size.min) > amountValue(size.max)) {
            const [min, max] = [String(amountValue(size.min)), String(amountValue(size.max))];
            this.reporter.report(accept, 'error', 'offering.size.reversed', { min, max, unit: size.unit ? ` ${size.unit}` : '' }, size, {}, { min, max });
        }
    };
}
