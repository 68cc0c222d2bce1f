import { describe, expect, test } from 'vitest';
import { compareDates, dateFromDayNumber, dayNumber, isValidDate, parseDate } from '../../packages/language/src/model/dates.js';
import { comparable, convert, resolveUnit, toSbu } from '../../packages/language/src/model/sizes.js';

describe('dates', () => {
    test('real dates parse, impossible ones do not', () => {
        expect(parseDate('2026-09-01')).toEqual({ year: 2026, month: 9, day: 1 });
        expect(isValidDate('2028-02-29')).toBe(true);
        expect(isValidDate('2026-02-29')).toBe(false);
        expect(isValidDate('2026-02-30')).toBe(false);
        expect(isValidDate('2026-13-01')).toBe(false);
        expect(isValidDate('2026-00-10')).toBe(false);
        expect(isValidDate('2026-9-1')).toBe(false);
    });

    test('day numbers are time-zone free and round-trip', () => {
        expect(dayNumber('1970-01-02')).toBe(1);
        expect(dayNumber('2026-02-30')).toBeUndefined();
        expect(dateFromDayNumber(dayNumber('2027-01-29')!)).toBe('2027-01-29');
        expect(dayNumber('2026-11-09')! - dayNumber('2026-11-06')!).toBe(3);
        expect(compareDates('2026-08-31', '2026-11-06')).toBe(-1);
    });
});

describe('sizes', () => {
    test('units resolve case-insensitively with common spellings', () => {
        expect(resolveUnit('SBU')).toBe('SBU');
        expect(resolveUnit('sbu')).toBe('SBU');
        expect(resolveUnit('ects')).toBe('EC');
        expect(resolveUnit('hour')).toBe('hours');
        expect(resolveUnit('parsecs')).toBeUndefined();
        expect(resolveUnit(undefined)).toBeUndefined();
    });

    test('EC and SBU convert at 28; clock hours convert to nothing', () => {
        expect(toSbu(7.5, 'EC')).toBe(210);
        expect(toSbu(240, 'SBU')).toBe(240);
        expect(toSbu(40, 'hours')).toBeUndefined();
        expect(convert(56, 'SBU', 'EC')).toBe(2);
        expect(convert(40, 'hours', 'hours')).toBe(40);
        expect(convert(40, 'hours', 'SBU')).toBeUndefined();
        expect(comparable('EC', 'SBU')).toBe(true);
        expect(comparable('contact-hours', 'hours')).toBe(false);
    });
});
