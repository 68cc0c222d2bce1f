import fc from 'fast-check';
import type { CstNode, LangiumParser } from 'langium';
import { createLangiumParser, EmptyFileSystem, isCompositeCstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';
import { exampleTexts, mutate, mutationArbitrary } from './fuzz.js';

/**
 * The parser survives any number of consecutive errors. Chevrotain's in-repetition recovery
 * recursed once per re-synchronisation (2,000 lines of `grouping Gn in Gn-1` overflowed the
 * stack) and scanned to the end of the file for every error (100,000 errors took minutes);
 * `parser/parser.ts` runs the same recovery from a loop (and places comments without the quadratic
 * searches of Langium's CST builder). These tests check that the outcome (errors, AST and CST) is
 * that of Langium's parser as it ships, and that repeated errors parse at 100,000.
 */
const services = createOfferingServices(EmptyFileSystem).Offering;
const parser = services.parser.LangiumParser;

/** Langium's parser as it ships: Chevrotain's recovery, Langium's CST builder and comment handling. */
function chevrotainRecovery(): LangiumParser {
    return createLangiumParser(services);
}

/** The CST as nested arrays: composite nodes as arrays, leaves as their text (comments marked). */
function cst(node: CstNode): unknown {
    return isCompositeCstNode(node) ? node.content.map(cst) : `${node.hidden ? '#' : ''}${node.text}`;
}

/** What a parse produced: its errors, the AST without back references, and the CST (where comments went). */
function outcome(result: ReturnType<LangiumParser['parse']>): string {
    return JSON.stringify({
        cst: result.value.$cstNode ? cst(result.value.$cstNode.root) : null,
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

describe('the same outcome as Langium\'s parser as it ships', () => {
    const reference = chevrotainRecovery();

    test.each(shapes)('200 times %s', (_shape, line) => {
        const text = repeated(200, line);
        expect(outcome(parser.parse(text))).toBe(outcome(reference.parse(text)));
    });

    test('on the example files, and with comments everywhere', () => {
        for (const text of exampleTexts()) {
            expect(outcome(parser.parse(text))).toBe(outcome(reference.parse(text)));
            const commented = text.replace(/\n/g, ' /* c */\n// line\n');
            expect(outcome(parser.parse(commented))).toBe(outcome(reference.parse(commented)));
        }
    });

    test('on 1,000 mutated example files', () => {
        const sources = exampleTexts();
        fc.assert(fc.property(fc.nat(sources.length - 1), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (source, mutations) => {
            const text = mutations.reduce(mutate, sources[source]!);
            expect(outcome(parser.parse(text))).toBe(outcome(reference.parse(text)));
        }), { seed: 20261201, numRuns: 1000, endOnFailure: true });
    }, 120_000);
});
