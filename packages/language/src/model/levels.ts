import leven from 'leven';

/**
 * Levels (niveaus) and pathways (leerwegen). A programme's sector follows from its level:
 * `entree` and `mbo-1`..`mbo-4` are mbo, and only mbo knows the pathways BOL and BBL.
 */
export const KNOWN_LEVELS = [
    'entree', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4',
    'vmbo-bb', 'vmbo-kb', 'vmbo-gl', 'vmbo-gt', 'vmbo-tl', 'havo', 'vwo',
    '1F', '2F', '3F', '4F', '1S',
    'po', 'so', 'vso', 'praktijkonderwijs', 'vavo',
] as const;

export const PATHWAYS = ['BOL', 'BBL'] as const;

const KNOWN = new Set<string>(KNOWN_LEVELS.map(level => level.toLowerCase()));

export function isKnownLevel(level: string): boolean {
    return KNOWN.has(level.toLowerCase());
}

/**
 * The known levels a mistyped one most likely means (`mbo4` -> `mbo-4`, `hvo` -> `havo`), by edit
 * distance ignoring case: the closest ones, if at most 2 edits and fewer than half the word away;
 * several when they are equally close (`mbo-5`: mbo-1 .. mbo-4), none when nothing is that close.
 */
export function suggestLevels(level: string): string[] {
    const written = level.toLowerCase();
    const distances = KNOWN_LEVELS.map(known => ({ known: known as string, distance: leven(written, known.toLowerCase()) }));
    const best = Math.min(...distances.map(d => d.distance));
    return best <= 2 && best * 2 < written.length ? distances.filter(d => d.distance === best).map(d => d.known) : [];
}

export function isMboLevel(level: string | undefined): boolean {
    return level !== undefined && /^(entree|mbo-[1-4])$/i.test(level);
}

export function isPathway(value: string): boolean {
    return (PATHWAYS as readonly string[]).includes(value);
}
