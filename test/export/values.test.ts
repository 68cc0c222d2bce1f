import { describe, expect, test } from 'vitest';
import { endOfDay, lastDayAfterMonths, lastDayAfterYears, startOfDay } from '../../packages/language/src/export/date-times.js';
import { exportId } from '../../packages/language/src/export/ids.js';

describe('date-times on the Dutch clock', () => {
    test('winter +01:00, summer +02:00, and the switch days (last Sunday of March and of October)', () => {
        expect(startOfDay('2027-01-04')).toBe('2027-01-04T00:00:00+01:00');
        expect(endOfDay('2026-08-31')).toBe('2026-08-31T23:59:59+02:00');
        // 29 March 2026: midnight still on winter time, the evening on summer time.
        expect([startOfDay('2026-03-29'), endOfDay('2026-03-29')]).toEqual(['2026-03-29T00:00:00+01:00', '2026-03-29T23:59:59+02:00']);
        // 25 October 2026: the other way round.
        expect([startOfDay('2026-10-25'), endOfDay('2026-10-25')]).toEqual(['2026-10-25T00:00:00+02:00', '2026-10-25T23:59:59+01:00']);
        expect([startOfDay('2026-10-26'), startOfDay('2026-03-30')]).toEqual(['2026-10-26T00:00:00+01:00', '2026-03-30T00:00:00+02:00']);
    });

    test('the last day of a course of some years', () => {
        expect(lastDayAfterYears('2026-08-31', 3)).toBe('2029-08-30');
        expect(lastDayAfterYears('2024-02-29', 1)).toBe('2025-02-28');
        expect(lastDayAfterYears('2026-01-01', 1)).toBe('2026-12-31');
    });

    test('the last day of a course of some months: across a year end, and from a day the target month lacks', () => {
        expect(lastDayAfterMonths('2026-09-01', 6)).toBe('2027-02-28');
        expect(lastDayAfterMonths('2026-08-31', 18)).toBe('2028-02-29');
        expect(lastDayAfterMonths('2027-01-31', 1)).toBe('2027-02-28');
        expect(lastDayAfterMonths('2026-11-15', 2)).toBe('2027-01-14');
    });
});

describe('ids', () => {
    test('UUID v5 of kind and names: stable across runs and machines, different per kind and name', () => {
        expect(exportId('programme', 'SoftwareDeveloper')).toBe('6441d1a9-ec08-5322-aa0a-6d7ad49d20e0');
        expect(exportId('course', 'SoftwareDeveloper')).not.toBe(exportId('programme', 'SoftwareDeveloper'));
        // The separator keeps ('a', 'bc') and ('ab', 'c') apart.
        expect(exportId('x', 'a', 'bc')).not.toBe(exportId('x', 'ab', 'c'));
        expect(exportId('programme', 'SoftwareDeveloper')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
});

describe('warnings', () => {
    test('every warning code has its row in docs/exports.md and a text in both languages', async () => {
        const { TEXTS } = await import('../../packages/language/src/i18n/messages.js');
        const { readFileSync } = await import('node:fs');
        const doc = readFileSync(new URL('../../docs/exports.md', import.meta.url), 'utf-8');
        const codes = Object.keys(TEXTS.en.exports.warnings);
        expect(codes.length).toBeGreaterThan(20);
        expect(codes.filter(code => !doc.includes(`\`${code}\``))).toEqual([]);
        for (const code of codes) {
            const en = TEXTS.en.exports.warnings[code as keyof typeof TEXTS.en.exports.warnings]({ id: 'X', value: 'v', other: 'o' });
            const nl = TEXTS.nl.exports.warnings[code as keyof typeof TEXTS.nl.exports.warnings]({ id: 'X', value: 'v', other: 'o' });
            expect([en.startsWith('X: '), nl.startsWith('X: '), en === nl]).toEqual([true, true, false]);
        }
    });
});
