import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { GRAMMAR_STRING, UNROLLED_STRING } from '../../packages/language/src/parser/token-builder.js';

describe('STRING is matched without recursion', () => {
    test('the unrolled regex matches exactly what the grammar\'s STRING matches', () => {
        const grammar = new RegExp(GRAMMAR_STRING.source, 'y');
        const unrolled = new RegExp(UNROLLED_STRING.source, 'y');
        const match = (regex: RegExp, text: string): string | undefined => {
            regex.lastIndex = 0;
            return regex.exec(text)?.[0];
        };
        fc.assert(fc.property(fc.array(fc.constantFrom('a', ' ', '"', '\\', 'n', '\n', '\r', 'é', '\t')).map(chars => chars.join('')), rest => {
            const text = `"${rest}`;
            expect(match(unrolled, text)).toBe(match(grammar, text));
        }), { numRuns: 2000, seed: 20261123 });
    });

    test('a 5 MB title and a string of a million escapes are read (the grammar\'s regex overflowed the stack from 4 MB)', () => {
        const parser = createOfferingServices(EmptyFileSystem).Offering.parser.LangiumParser;
        const title = 'x'.repeat(5_000_000);
        const long = parser.parse(`board B "${title}" code 100B490\nboard C "${'\\"'.repeat(1_000_000)}"`);
        expect(long.lexerErrors).toEqual([]);
        expect(long.parserErrors).toEqual([]);
        expect((long.value as unknown as { definitions: Array<{ title: string }> }).definitions.map(d => d.title.length)).toEqual([5_000_000, 1_000_000]);
    }, 60_000);
});
