import { EmptyFileSystem } from 'langium';
import { expectFoldings, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

let services: OfferingServices;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
});

const text = [
    'board B "Stichting B"',
    'calendar SJ "Schooljaar" {',
    '    period B1 "Blok 1" from 2026-08-31 to 2026-11-06',
    '}',
    '/**',
    ' * The programme.',
    ' */',
    'programme SD "Software Developer" {',
    '    level mbo-4',
    '    offered by P at L as BOL with Versneld for Volwassenen {',
    '        intake at B1',
    '        intake flexible from 2026-09-01 to 2027-06-30 registration from 2026-03-01 to 2026-08-15',
    '    }',
    '    module Prog "Programmeren" size 240..360 SBU',
    '}',
    'keuzedeel Robotica size 240 SBU { intake on 2026-09-01, 2027-02-01 }',
    'teaching group E56 { during SJ.B1 }',
    'policy Kaders "Kaders 2026" { at least 2 intakes per year }',
    'programme',
].join('\n');

const kindName = (kind: SymbolKind) => Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0];

/** The outline as indented lines: `name [kind] detail`. */
function outline(symbols: DocumentSymbol[], indent = ''): string[] {
    return symbols.flatMap(symbol => [
        `${indent}${symbol.name} [${kindName(symbol.kind)}]${symbol.detail ? ` ${symbol.detail}` : ''}`,
        ...outline(symbol.children ?? [], indent + '  '),
    ]);
}

describe('document symbols', () => {
    test('a nested outline with kinds and details; an unfinished definition is left out', async () => {
        await expectSymbols(services)({
            text,
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'B [Namespace] Stichting B',
                'SJ [Enum] Schooljaar',
                '  B1 [EnumMember] Blok 1 2026-08-31..2026-11-06',
                'SD [Module] Software Developer mbo-4',
                '  P at L as BOL [Struct] with Versneld for Volwassenen',
                '    intake at B1 [Event]',
                '    intake flexible 2026-09-01..2027-06-30 [Event] registration 2026-03-01..2026-08-15',
                '  Prog [Method] module Programmeren 240..360 SBU',
                'Robotica [Method] keuzedeel 240 SBU',
                '  intake on 2026-09-01, 2027-02-01 [Event]',
                'E56 [Class] teaching group',
                'Kaders [Property] Kaders 2026',
            ]),
        });
    });

    test('ranges cover the definition and selection ranges its name', async () => {
        await expectSymbols(services)({
            text: 'grouping ICT "ICT"',
            disposeAfterCheck: true,
            expectedSymbols: [{
                name: 'ICT', kind: SymbolKind.Package, detail: 'ICT',
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 18 } },
                selectionRange: { start: { line: 0, character: 9 }, end: { line: 0, character: 12 } },
            }],
        });
    });
});

describe('workspace symbols', () => {
    test('are found by qualified name across files, with the outline\'s kinds', async () => {
        const ws = await buildWorkspace({
            'calendar.offering': 'calendar SJ { period B1 from 2026-08-31 to 2026-11-06 }',
            'programmes.offering': 'programme SD { module Prog }\nmodule Stage',
        });
        await expectWorkspaceSymbols(ws.services.shared)({
            query: 'SD.Pr',
            expectedSymbols: ['SD.Prog'],
        });
        await expectWorkspaceSymbols(ws.services.shared)({
            query: 'SJ',
            assert: symbols => expect(symbols.map(s => `${s.name} [${kindName(s.kind)}] ${s.location.uri.split('/').pop()}`).sort())
                .toEqual(['SJ [Enum] calendar.offering', 'SJ.B1 [EnumMember] calendar.offering']),
        });
    });
});

describe('folding', () => {
    test('bodies fold up to the line before their brace; block comments of two lines or more fold', async () => {
        await expectFoldings(services)({
            text: [
                '<|/**',
                ' * Doc.',
                ' |>*/',
                '/* one line */',
                '<|calendar SJ {',
                '    period B1 from 2026-08-31 to 2026-11-06',
                '    |>period B2 from 2026-11-09 to 2027-01-29',
                '}',
                '<|programme SD {',
                '    <|offered by P at L {',
                '        |>intake at B1',
                '    }',
                '    module M { year 1 }',
                '    |>module N size 1 EC',
                '}',
                'class K { during B1 }',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });
});
