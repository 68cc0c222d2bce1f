import fc from 'fast-check';
import type { LangiumParser } from 'langium';
import { createLangiumParser, EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { OfferingCstNodeBuilder } from '../../packages/language/src/parser/parser.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';
import { exampleTexts, mutate, mutationArbitrary } from './fuzz.js';

/**
 * The parser survives any number of consecutive errors. Chevrotain's in-repetition recovery
 * recursed once per re-synchronisation (2,000 lines of `grouping Gn in Gn-1` overflowed the
 * stack) and scanned to the end of the file for every error (100,000 errors took minutes);
 * `parser/parser.ts` runs the same recovery from a loop. These tests check that the outcome is
 * Chevrotain's own, and that the shapes of repeated errors that reach each repetition of the
 * grammar parse at 100,000.
 */
const services = createOfferingServices(EmptyFileSystem).Offering;
const parser = services.parser.LangiumParser;

/** Langium's parser with Chevrotain's recovery as it ships (and our CST builder). */
function chevrotainRecovery(): LangiumParser {
    const plain = createLangiumParser(services);
    (plain as unknown as { nodeBuilder: OfferingCstNodeBuilder }).nodeBuilder = new OfferingCstNodeBuilder();
    return plain;
}

/** What a parse produced: its errors and the AST without back references and CST. */
function outcome(result: ReturnType<LangiumParser['parse']>): string {
    return JSON.stringify({
        errors: result.parserErrors.map(e => `${e.token.startOffset}:${e.message}`),
        ast: JSON.parse(JSON.stringify(result.value, (key, value) => key.startsWith('$') && key !== '$type' && key !== '$refText' ? undefined
            : value && typeof value === 'object' && '$refText' in value ? value.$refText : value)),
    });
}

/** `count` lines made by `line(i)`, each malformed in the same way. */
const repeated = (count: number, line: (i: number) => string): string => Array.from({ length: count }, (_, i) => line(i)).join('\n');

const shapes: Array<[string, (i: number) => string]> = [
    ['`in` where the grammar wants `within`', i => `grouping G${i + 1} in G${i}`],
    ['a stray keyword between definitions', i => `board B${i} "B" code 100B490 within`],
    ['a clause of the wrong definition inside braces', i => `programme P${i} "P" { size 1 EC years 1..2 module M${i} "M" { size }`],
];

describe('consecutive errors', () => {
    test('100,000 times `in` where the grammar wants `within`: parsed, every error reported', () => {
        const result = parser.parse(repeated(100_000, shapes[0]![1]));
        expect(result.parserErrors.length).toBe(100_000);
    }, 120_000);

    // Each of these overflowed the stack at 2,000 before; 10,000 keeps the suite fast.
    test.each(shapes)('10,000 times %s: parsed, every error reported', (_shape, line) => {
        const result = parser.parse(repeated(10_000, line));
        expect(result.parserErrors.length).toBeGreaterThanOrEqual(10_000);
    }, 60_000);

    test('2,000 lines of `grouping Gn in Gn-1` validate to one syntax error per line', async () => {
        const { documents } = await buildWorkspace({ 'a.offering': `grouping G0\n${repeated(1999, i => `grouping G${i + 1} in G${i}`)}\n` });
        const codes = documents.get('a.offering')!.diagnostics!.map(d => (d.data as { code?: string } | undefined)?.code ?? d.code);
        expect(codes.filter(code => code === 'parsing-error').length).toBe(1999);
        expect(codes.filter(code => String(code).startsWith('offering.internal')).length).toBe(0);
    });
});

describe('the same outcome as Chevrotain\'s recursive recovery', () => {
    const reference = chevrotainRecovery();

    test.each(shapes)('200 times %s', (_shape, line) => {
        const text = repeated(200, line);
        expect(outcome(parser.parse(text))).toBe(outcome(reference.parse(text)));
    });

    test('on 1,000 mutated example files', () => {
        const sources = exampleTexts();
        fc.assert(fc.property(fc.nat(sources.length - 1), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (source, mutations) => {
            const text = mutations.reduce(mutate, sources[source]!);
            expect(outcome(parser.parse(text))).toBe(outcome(reference.parse(text)));
        }), { seed: 20261201, numRuns: 1000, endOnFailure: true });
    }, 120_000);
});
