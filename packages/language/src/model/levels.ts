/**
 * Levels (niveaus) and pathways (leerwegen). A programme's sector follows from its level:
 * `entree` and `mbo-1`..`mbo-4` are mbo, and only mbo knows the pathways BOL and BBL.
 */
export const KNOWN_LEVELS = [
    'entree', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4',
    'vmbo-bb', 'vmbo-kb', 'vmbo-gl', 'vmbo-gt', 'vmbo-tl', 'havo', 'vwo',
    '1F', '2F', '3F', '4F', '1S',
] as const;

export const PATHWAYS = ['BOL', 'BBL'] as const;

const KNOWN = new Set<string>(KNOWN_LEVELS.map(level => level.toLowerCase()));

export function isKnownLevel(level: string): boolean {
    return KNOWN.has(level.toLowerCase());
}

export function isMboLevel(level: string | undefined): boolean {
    return level !== undefined && /^(entree|mbo-[1-4])$/i.test(level);
}

export function isPathway(value: string): boolean {
    return (PATHWAYS as readonly string[]).includes(value);
}
