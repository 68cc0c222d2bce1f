import { dateFromDayNumber, dayNumber, parseDate } from '../model/dates.js';

/**
 * Offering's dates are school days without a time zone; OOAPI v6 wants date-times. A day
 * starts at 00:00:00 and ends at 23:59:59 on the clock in the Netherlands, whose offset
 * follows the EU rule (summer time from the last Sunday of March to the last Sunday of
 * October, switching at 01:00 UTC): computed here so the output never depends on the
 * machine's time zone or its tz database.
 */
export function startOfDay(date: string): string {
    return `${date}T00:00:00${offset(date, 'start')}`;
}

export function endOfDay(date: string): string {
    return `${date}T23:59:59${offset(date, 'end')}`;
}

/** The day `years` years after `date`, minus one: the last day of a course of that many years. */
export function lastDayAfterYears(date: string, years: number): string {
    return lastDayAfterMonths(date, years * 12);
}

/** The day `months` months after `date`, minus one (31 January plus a month: the next valid day is 1 March). */
export function lastDayAfterMonths(date: string, months: number): string {
    const parsed = parseDate(date);
    if (!parsed) return date;
    const total = parsed.year * 12 + parsed.month - 1 + months;
    const target = (index: number, day: number) =>
        `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad((index % 12) + 1)}-${pad(day)}`;
    const day = dayNumber(target(total, parsed.day)) ?? dayNumber(target(total + 1, 1))!;
    return dateFromDayNumber(day - 1);
}

function offset(date: string, moment: 'start' | 'end'): string {
    const parsed = parseDate(date);
    const day = dayNumber(date);
    if (!parsed || day === undefined) return 'Z';
    const summerStart = lastSunday(parsed.year, 3);
    const summerEnd = lastSunday(parsed.year, 10);
    // 00:00 on the switch days is still on the old clock; 23:59 already on the new one.
    const summer = moment === 'start' ? day > summerStart && day <= summerEnd : day >= summerStart && day < summerEnd;
    return summer ? '+02:00' : '+01:00';
}

function lastSunday(year: number, month: number): number {
    const last = Date.UTC(year, month, 0) / 86_400_000;
    const weekday = new Date(last * 86_400_000).getUTCDay(); // 0 = Sunday
    return last - weekday;
}

function pad(value: number): string {
    return String(value).padStart(2, '0');
}
