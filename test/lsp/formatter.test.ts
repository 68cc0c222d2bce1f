import { EmptyFileSystem, isAstNode, isReference } from 'langium';
import { expandToString as s } from 'langium/generate';
import { expectFormatting } from 'langium/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatOfferingText } from '../../packages/language/src/lsp/formatter.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';

let services: OfferingServices;
let formatting: ReturnType<typeof expectFormatting>;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
    formatting = expectFormatting(services);
});

function format(text: string): string {
    const result = formatOfferingText(text, services);
    if (!result) {
        throw new Error('not formattable');
    }
    return result.text;
}

/** The AST as canonical JSON: no CST, no containers, references as their text. */
function canonicalAst(text: string): string {
    const parsed = services.parser.LangiumParser.parse(text);
    expect(parsed.parserErrors).toEqual([]);
    const strip = (value: unknown): unknown => {
        if (Array.isArray(value)) {
            return value.map(strip);
        }
        if (isReference(value)) {
            return { ref: value.$refText };
        }
        if (isAstNode(value) || (typeof value === 'object' && value !== null)) {
            return Object.fromEntries(Object.entries(value)
                .filter(([key]) => key === '$type' || !key.startsWith('$'))
                .map(([key, inner]) => [key, strip(inner)]));
        }
        return value;
    };
    return JSON.stringify(strip(parsed.value));
}

const messy = s`
    board   DaVinciBestuur "Stichting Da Vinci College"   code 100B490
    provider DaVinci "Da Vinci College" code 110A133 under DaVinciBestuur ,RegioBestuur


    calendar Schooljaar2026 "Schooljaar 2026-2027" { period B1 "Blok 1" from 2026-08-31 to 2026-11-06
        period B2 "Blok 2" from 2026-11-09 to 2027-01-29 }
    grouping ICT "ICT en Media"
    programme SoftwareDeveloper "Software Developer"
    {
      crebo 25604 level mbo-4
            years 1 .. 3
      pathways BOL,BBL
      offered by DaVinci at Leerpark as BOL { intake at Schooljaar2026 . B1, B2 }
      module Programmeren "Programmeren 1" size 240..360 SBU { year 1 levels mbo-3, mbo-4 intake at B1 }
      module Leeg {  }
    }
    policy Kaders extends Basis { applies to ICT, SoftwareDeveloper at level mbo-4 module size - 5 .. 480 SBU
        at least 2 intakes per year intakes at period starts year volume 1600 hours }
    teaching group Engels56 "Engels 5/6" { during T1 students of Havo year 5, Vwo year 5 teaches Engels at havo, vwo }
`;

const canonical = s`
    board DaVinciBestuur "Stichting Da Vinci College" code 100B490
    provider DaVinci "Da Vinci College" code 110A133 under DaVinciBestuur, RegioBestuur

    calendar Schooljaar2026 "Schooljaar 2026-2027" {
        period B1 "Blok 1" from 2026-08-31 to 2026-11-06
        period B2 "Blok 2" from 2026-11-09 to 2027-01-29
    }
    grouping ICT "ICT en Media"
    programme SoftwareDeveloper "Software Developer" {
        crebo 25604
        level mbo-4
        years 1..3
        pathways BOL, BBL
        offered by DaVinci at Leerpark as BOL { intake at Schooljaar2026.B1, B2 }
        module Programmeren "Programmeren 1" size 240..360 SBU {
            year 1
            levels mbo-3, mbo-4
            intake at B1
        }
        module Leeg {}
    }
    policy Kaders extends Basis {
        applies to ICT, SoftwareDeveloper at level mbo-4
        module size -5..480 SBU
        at least 2 intakes per year
        intakes at period starts
        year volume 1600 hours
    }
    teaching group Engels56 "Engels 5/6" {
        during T1
        students of Havo year 5, Vwo year 5
        teaches Engels at havo, vwo
    }
` + '\n';

describe('canonical layout', () => {
    test('one clause per line, 4-space indent, { on the header line, single spaces, a, b lists and 1..3 ranges', () => {
        expect(format(messy)).toBe(canonical);
    });

    test('is idempotent', () => {
        expect(format(canonical)).toBe(canonical);
        expect(formatOfferingText(canonical, services)?.edits).toEqual([]);
    });

    test('keeps the meaning: the AST is unchanged', () => {
        expect(canonicalAst(format(messy))).toBe(canonicalAst(messy));
    });

    test('the namespace header is a line of its own, at the left margin', () => {
        expect(format('  // Oost\n   namespace Oost grouping A\n\n\ngrouping B')).toBe('// Oost\nnamespace Oost\ngrouping A\n\ngrouping B\n');
    });

    test('keeps at most one blank line between definitions and none after { or before }', () => {
        expect(format('grouping A\n\n\n\ngrouping B\ngrouping C\n')).toBe('grouping A\n\ngrouping B\ngrouping C\n');
        expect(format('calendar C {\n\n    period P from 2026-01-01 to 2026-02-01\n\n\n    period Q from 2026-03-01 to 2026-04-01\n\n}'))
            .toBe('calendar C {\n    period P from 2026-01-01 to 2026-02-01\n\n    period Q from 2026-03-01 to 2026-04-01\n}\n');
    });

    test('a body with one clause stays on the header line when it fits in 100 columns', () => {
        expect(format('module M size 1 EC {\n    year 1\n}')).toBe('module M size 1 EC { year 1 }\n');
        expect(format('programme P {\n    offered by D at L {   intake at B1   }\n}')).toBe('programme P {\n    offered by D at L { intake at B1 }\n}\n');
        const long = 'keuzedeel Robotica "Robotica en automatisering" code K0713 size 240 SBU { for SoftwareDeveloper year 3 }';
        expect(long.length).toBeGreaterThan(100);
        expect(format(long)).toBe('keuzedeel Robotica "Robotica en automatisering" code K0713 size 240 SBU {\n    for SoftwareDeveloper year 3\n}\n');
        // A comment inside keeps the body open.
        expect(format('module M { year 1 // first year\n}')).toBe('module M {\n    year 1 // first year\n}\n');
    });

    test('a line break the author put inside a clause is kept as a continuation line', () => {
        const before = 'module Stage {\n  for A years 1..3, B years 1..2,\n C year 1\n}\nlocation L "L" address "Straat 1"\n under B used by P';
        const after = 'module Stage {\n    for A years 1..3, B years 1..2,\n        C year 1\n}\nlocation L "L" address "Straat 1"\n    under B used by P\n';
        expect(format(before)).toBe(after);
        expect(format(after)).toBe(after);
        // ... but never before a comma, a dot or a brace.
        expect(format('programme P\n{ pathways BOL\n, BBL in A\n.B }')).toBe('programme P {\n    pathways BOL, BBL\n    in A.B\n}\n');
    });

    test('keeps CRLF line endings', () => {
        expect(format('programme P {\r\n  level mbo-4\r\n  /**\r\n   * Doc.\r\n   */\r\n  module M\r\n}')).toBe('programme P {\r\n    level mbo-4\r\n    /**\r\n     * Doc.\r\n     */\r\n    module M\r\n}\r\n');
    });

    test('an empty file stays empty and leading blank lines go', () => {
        expect(format('')).toBe('');
        expect(format('\n\n  grouping A  \n\n')).toBe('grouping A\n');
    });

    test('refuses text with syntax errors instead of guessing', () => {
        expect(formatOfferingText('programme P { level }', services)).toBeUndefined();
        expect(formatOfferingText('grouping "unterminated', services)).toBeUndefined();
    });
});

describe('comments', () => {
    test('line and block comments in awkward places are all kept', () => {
        const before = [
            '// file header',
            '/**',
            '      * The programme.',
            '   */',
            'programme P /* before brace */ {',
            '  level mbo-4 // trailing',
            '  pathways BOL, // inside a list',
            '     BBL',
            '  years /* inline */ 1..2',
            '      // before the closing brace',
            '}   // after the brace',
            '/* last */',
        ].join('\n');
        const after = [
            '// file header',
            '/**',
            ' * The programme.',
            ' */',
            'programme P /* before brace */ {',
            '    level mbo-4 // trailing',
            '    pathways BOL, // inside a list',
            '        BBL',
            '    years /* inline */ 1..2',
            '    // before the closing brace',
            '} // after the brace',
            '/* last */',
            '',
        ].join('\n');
        expect(format(before)).toBe(after);
        expect(format(after)).toBe(after);
        expect(canonicalAst(after)).toBe(canonicalAst(before));
    });

    test('doc comments stay above their definition, re-indented with it', () => {
        const before = 'programme P {\n  /**\n     * Nested.\n     */\n          module M size 1 EC\n}';
        expect(format(before)).toBe('programme P {\n    /**\n     * Nested.\n     */\n    module M size 1 EC\n}\n');
    });
});

describe('textDocument/formatting', () => {
    test('the LSP formatter produces the canonical layout', async () => {
        await formatting({ before: messy, after: canonical, disposeAfterCheck: true });
    });

    test('range formatting only touches the range', async () => {
        await formatting({
            before: 'grouping   A\ngrouping   B\n',
            after: 'grouping   A\ngrouping B\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } },
            disposeAfterCheck: true,
        });
    });

    test('a document with syntax errors is left alone', async () => {
        await formatting({ before: 'programme  P { level }', after: 'programme  P { level }', disposeAfterCheck: true });
    });
});

/** Every .offering file of the examples and the test fixtures. */
function exampleFiles(): string[] {
    const roots = ['examples', 'test/catalogue/fixtures'].map(dir => path.resolve(__dirname, '../..', dir));
    const found: string[] = [];
    const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
            const full = path.join(dir, name);
            if (statSync(full).isDirectory()) {
                walk(full);
            } else if (name.endsWith('.offering')) {
                found.push(full);
            }
        }
    };
    roots.forEach(root => {
        try {
            walk(root);
        } catch {
            // A root that does not exist (yet) has no examples.
        }
    });
    return found.sort();
}

describe('every example file', () => {
    const files = exampleFiles();

    test('there are example files to check', () => {
        expect(files.length).toBeGreaterThan(0);
    });

    test.each(files.map(file => [path.relative(path.resolve(__dirname, '../..'), file), file]))('%s: same AST after formatting, and idempotent', (_name, file) => {
        const text = readFileSync(file, 'utf-8');
        const parsed = services.parser.LangiumParser.parse(text);
        if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0) {
            // An example of a syntax error: the formatter leaves it alone.
            expect(formatOfferingText(text, services)).toBeUndefined();
            return;
        }
        const once = format(text);
        expect(canonicalAst(once)).toBe(canonicalAst(text));
        expect(format(once)).toBe(once);
    });
});
