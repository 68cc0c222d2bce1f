import { GrammarUtils } from 'langium';
import type { Amount, Size } from '../generated/ast.js';

/**
 * Units of size and the only conversion fixed by convention: 1 EC = 28 SBU.
 * Hours and contact hours are clock time, not study load: they never convert to SBU.
 */
export type UnitId = 'SBU' | 'EC' | 'hours' | 'contact-hours';

export interface UnitInfo {
    id: UnitId;
    /** SBU per unit where a fixed conversion exists. */
    sbu?: number;
    en: string;
    nl: string;
}

export const UNITS: Readonly<Record<UnitId, UnitInfo>> = {
    SBU: { id: 'SBU', sbu: 1, en: 'study load hours', nl: 'studiebelastingsuren' },
    EC: { id: 'EC', sbu: 28, en: 'ECTS credits (1 EC = 28 SBU)', nl: 'studiepunten (1 EC = 28 SBU)' },
    hours: { id: 'hours', en: 'clock hours', nl: 'klokuren' },
    'contact-hours': { id: 'contact-hours', en: 'contact hours', nl: 'contacturen' },
};

/** Spellings users write for a unit (case-insensitive), mapped to the canonical id. */
const ALIASES: Readonly<Record<string, UnitId>> = {
    sbu: 'SBU',
    ec: 'EC',
    ects: 'EC',
    hour: 'hours',
    hours: 'hours',
    uur: 'hours',
    uren: 'hours',
    'contact-hour': 'contact-hours',
    'contact-hours': 'contact-hours',
    contacturen: 'contact-hours',
};

/** The canonical unit for a written unit, or undefined when it is unknown. */
export function resolveUnit(written: string | undefined): UnitId | undefined {
    return written === undefined ? undefined : ALIASES[written.toLowerCase()];
}

/** Converts an amount to SBU; undefined when the unit has no fixed conversion. */
export function toSbu(value: number, unit: UnitId): number | undefined {
    const factor = UNITS[unit].sbu;
    return factor === undefined ? undefined : round(value * factor);
}

/**
 * Converts an amount between units; undefined when no fixed conversion exists
 * (e.g. hours <-> SBU). Same unit always converts.
 */
export function convert(value: number, from: UnitId, to: UnitId): number | undefined {
    if (from === to) {
        return value;
    }
    const fromSbu = UNITS[from].sbu;
    const toSbuFactor = UNITS[to].sbu;
    if (fromSbu === undefined || toSbuFactor === undefined) {
        return undefined;
    }
    return round((value * fromSbu) / toSbuFactor);
}

/** Whether two units can be compared at all. */
export function comparable(a: UnitId, b: UnitId): boolean {
    return convert(1, a, b) !== undefined;
}

/** Rounds away floating-point noise (7.5 * 28 = 210 exactly, 0.1 + 0.2 = 0.3). */
function round(value: number): number {
    return Math.round(value * 1e6) / 1e6;
}

// ---------------------------------------------------------------- sizes as written in the AST

/** A size as numbers in one canonical unit; `max` is `min` when no maximum is written. */
export interface Bandwidth {
    min: number;
    max: number;
    unit: UnitId;
}

/**
 * What a `size` clause says, read once: the written amounts and unit, the bandwidth where it
 * is complete, its value in SBU where the conversion is fixed, and two texts. Total over
 * partial ASTs: error recovery may leave an amount, its value or the unit out.
 */
export interface SizeFacts {
    /** The minimum as written (signed); undefined when error recovery left it out. */
    readonly min?: number;
    /** The maximum as written (signed); undefined when none is written or recovery left it out. */
    readonly max?: number;
    /** Whether a `..max` is written. */
    readonly ranged: boolean;
    /** The unit as written (`ec`, `uren`). */
    readonly writtenUnit?: string;
    /** The canonical unit; undefined when none or an unknown one is written. */
    readonly unit?: UnitId;
    /** Both amounts, `max` equal to `min` for a single value; undefined while one is missing. */
    readonly amounts?: { readonly min: number; readonly max: number };
    /** The amounts in the canonical unit; undefined while an amount or the unit is missing. */
    readonly bandwidth?: Bandwidth;
    /** The amounts in SBU, where the unit converts (SBU, EC). */
    readonly sbu?: { readonly min: number; readonly max: number };
    /** `240..360 SBU` with the numbers as values (`7.5`), `?` for a missing one: for messages and rule comparison. */
    readonly text: string;
    /**
     * `240..360 SBU` with the numbers as typed (`7.50`), in canonical spacing: layout and
     * comments between the tokens do not count, so formatting never changes it.
     */
    readonly written: string;
}

/** An amount's signed value; undefined when error recovery left it (or its number) out. */
export function amountValue(amount: Amount | undefined): number | undefined {
    if (amount?.value === undefined) {
        return undefined;
    }
    return amount.negative ? -amount.value : amount.value;
}

/** Reads a size clause; see SizeFacts. */
export function sizeFacts(size: Size): SizeFacts {
    const min = amountValue(size.min);
    const max = amountValue(size.max);
    const ranged = size.max !== undefined;
    const unit = resolveUnit(size.unit);
    const amounts = min !== undefined && (!ranged || max !== undefined) ? { min, max: max ?? min } : undefined;
    const sbuMin = amounts && unit ? toSbu(amounts.min, unit) : undefined;
    const sbuMax = amounts && unit ? toSbu(amounts.max, unit) : undefined;
    return {
        min, max, ranged, writtenUnit: size.unit, unit, amounts,
        bandwidth: amounts && unit ? { ...amounts, unit } : undefined,
        sbu: sbuMin !== undefined && sbuMax !== undefined ? { min: sbuMin, max: sbuMax } : undefined,
        text: sizeText(size),
        written: sizeText(size, amount => GrammarUtils.findNodeForProperty(amount.$cstNode, 'value')?.text),
    };
}

/** `240..360 SBU`; `typed` gives a number's own text, else its value is shown. */
export function sizeText(size: Size, typed: (amount: Amount) => string | undefined = () => undefined): string {
    const amount = (a: Amount | undefined): string =>
        a?.value === undefined ? '?' : `${a.negative ? '-' : ''}${typed(a) ?? a.value}`;
    const range = size.max ? `${amount(size.min)}..${amount(size.max)}` : amount(size.min);
    return size.unit ? `${range} ${size.unit}` : range;
}

/** The bandwidth in another unit; undefined when the units do not convert (hours vs SBU). */
export function inUnit(value: Bandwidth, unit: UnitId): Bandwidth | undefined {
    const min = convert(value.min, value.unit, unit);
    const max = convert(value.max, value.unit, unit);
    return min === undefined || max === undefined ? undefined : { min, max, unit };
}

/** `240..360 SBU`, or `240 SBU` when min and max are equal. */
export function formatBandwidth(value: Bandwidth): string {
    return `${value.min === value.max ? value.min : `${value.min}..${value.max}`} ${value.unit}`;
}

/** Adds amounts without floating-point noise. */
export function addAmounts(a: number, b: number): number {
    return round(a + b);
}
