/**
 * Calendar dates as written in Offering (`2026-09-01`). Dates are days without a time
 * zone; we count them as whole days since 1970-01-01 so that comparisons and distances
 * never depend on the machine's time zone.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
    year: number;
    month: number;
    day: number;
}

/** Parses `YYYY-MM-DD`; undefined when the text is not a real date (`2026-02-30`, `2026-13-01`). */
export function parseDate(text: string): CalendarDate | undefined {
    const match = ISO_DATE.exec(text);
    if (!match) {
        return undefined;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return undefined;
    }
    return { year, month, day };
}

export function isValidDate(text: string): boolean {
    return parseDate(text) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days since 1970-01-01 for a valid date, undefined otherwise. */
export function dayNumber(text: string): number | undefined {
    const date = parseDate(text);
    return date ? Date.UTC(date.year, date.month - 1, date.day) / 86_400_000 : undefined;
}

/** The ISO text of a day number (inverse of dayNumber). */
export function dateFromDayNumber(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** ISO dates compare correctly as strings once they are valid. */
export function compareDates(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
