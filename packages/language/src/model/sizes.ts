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
