import type { ValidationAcceptor } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Characteristic } from '../../packages/language/src/generated/ast.js';
import { en } from '../../packages/language/src/i18n/en.js';
import type { Texts } from '../../packages/language/src/i18n/en.js';
import { diagnosticData } from '../../packages/language/src/i18n/issue-codes.js';
import { nl } from '../../packages/language/src/i18n/nl.js';
import type { Reporter } from '../../packages/language/src/validation/reporter.js';

/**
 * Texts that are rightly the same in both languages, each with its reason. Every other text
 * must differ: a Dutch text equal to the English one was copied, not translated.
 */
const SAME_IN_BOTH: Record<string, string> = {
    'facts.code': 'code is Dutch too',
    'inlayHints.norm': 'norm is Dutch too',
    'preview.modes.online': 'online is Dutch too',
};

/** A sample argument: numbers and strings render alike in the templates. */
const SAMPLE = 7;
/** A message's parameter object: every parameter is the sample. */
const PARAMS = new Proxy({}, { get: () => SAMPLE });

/** Every text of a table as key path -> rendered text (functions called with sample arguments). */
function render(table: unknown, prefix = ''): Map<string, string> {
    const result = new Map<string, string>();
    for (const [key, value] of Object.entries(table as Record<string, unknown>)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof value === 'function') {
            const args = prefix === 'messages' ? [PARAMS] : Array<number>(value.length).fill(SAMPLE);
            result.set(path, String((value as (...a: unknown[]) => unknown)(...args)));
        } else if (typeof value === 'string') {
            result.set(path, value);
        } else if (Array.isArray(value)) {
            value.forEach((item, index) => result.set(`${path}.${index}`, String(item)));
        } else {
            render(value, path).forEach((text, subPath) => result.set(subPath, text));
        }
    }
    return result;
}

const english = render(en);
const dutch = render(nl);

describe('the text tables', () => {
    test('Dutch has exactly the keys English has', () => {
        expect([...dutch.keys()]).toEqual([...english.keys()]);
    });

    test.each([...english.keys()])('%s: a non-empty text in both languages, translated', key => {
        const [enText, nlText] = [english.get(key)!, dutch.get(key)!];
        expect(enText.trim()).not.toBe('');
        expect(nlText.trim()).not.toBe('');
        // Column headers and glossary texts may share a word (`RIO / OOAPI`); only whole texts count.
        if (Object.hasOwn(SAME_IN_BOTH, key) || (key.startsWith('glossary.headers.') && enText === 'RIO / OOAPI')) {
            expect(nlText).toBe(enText);
        } else {
            expect(nlText).not.toBe(enText);
        }
    });

    test('a message fills in its parameters', () => {
        expect(en.messages['offering.years.reversed']({ from: 3, to: 1 })).toBe('The year range 3..1 runs backwards. Write 1..3.');
        expect(nl.messages['offering.years.reversed']({ from: 3, to: 1 })).toBe('Het jarenbereik 3..1 loopt achteruit. Schrijf 1..3.');
    });
});

describe('quick-fix data', () => {
    test('diagnosticData reads our codes from data (or the LSP code) and nothing else', () => {
        expect(diagnosticData({ code: 'offering.size.reversed', data: { code: 'offering.size.reversed', min: '3', max: '1' } }))
            .toEqual({ code: 'offering.size.reversed', min: '3', max: '1' });
        expect(diagnosticData({ code: 'offering.definition.unused' })).toEqual({ code: 'offering.definition.unused' });
        expect(diagnosticData({ data: { code: 'linking-error' } })).toBeUndefined();
        expect(diagnosticData({ data: { code: 'toString' } })).toBeUndefined();
    });
});

/*
 * Compile-time contracts: `tsc --noEmit -p tsconfig.json` fails when a `@ts-expect-error`
 * below no longer finds its error. Never called.
 */
export function compileTimeContracts(reporter: Reporter, accept: ValidationAcceptor, node: Characteristic): void {
    // @ts-expect-error a Dutch table without one of the English keys does not compile
    const incomplete: Texts = { ...nl, inlayHints: { year: 'jaar', norm: 'norm' } };
    void incomplete;
    reporter.report(accept, 'error', 'offering.size.reversed', { min: '3', max: '1', unit: '' }, node, {}, { min: '3', max: '1' });
    // @ts-expect-error a code with quick-fix data must be given it
    reporter.report(accept, 'error', 'offering.size.reversed', { min: '3', max: '1', unit: '' }, node, {});
    // @ts-expect-error and with the right fields
    reporter.report(accept, 'error', 'offering.size.reversed', { min: '3', max: '1', unit: '' }, node, {}, { nearest: '2026-09-01' });
    // @ts-expect-error a code without quick-fix data takes none
    reporter.report(accept, 'error', 'offering.date.invalid', { date: '2026-02-30' }, node, {}, { date: '2026-02-30' });
    const data = diagnosticData({ code: 'offering.size.reversed' });
    if (data?.code === 'offering.size.reversed') {
        void data.min;
        // @ts-expect-error a field the code does not carry
        void data.nearest;
    }
}
