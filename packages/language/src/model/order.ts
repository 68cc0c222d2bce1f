/**
 * Code-unit order: the same on every machine, unlike `localeCompare` (whose result depends on
 * the ICU data and locale of the machine), so catalogues, exports and lists come out byte-identical.
 */
export function compareCodeUnits(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
