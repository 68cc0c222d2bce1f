import { EmptyFileSystem } from 'langium';
import { expandToString as s } from 'langium/generate';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';

let services: OfferingServices;
let highlight: ReturnType<typeof highlightHelper>;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
    highlight = highlightHelper(services);
});

/** Every semantic token as `text type`, with `+decl` on declarations, in document order. */
async function tokens(text: string): Promise<string[]> {
    const declaration = services.lsp.SemanticTokenProvider!.tokenModifiers['declaration'];
    const result = await highlight(text);
    return result.tokens.map(token => `${token.text} ${token.tokenType}${token.tokenModifiers & declaration ? '+decl' : ''}`);
}

describe('semantic highlighting', () => {
    test('organisation: definitions vs references, RIO codes', async () => {
        expect(await tokens(s`
            board B code 100B490
            provider P code 110A133 under B
            location L code 110X912 under B used by P
        `)).toEqual([
            'B namespace+decl', '100B490 string',
            'P namespace+decl', '110A133 string', 'B namespace',
            'L namespace+decl', '110X912 string', 'B namespace', 'P namespace',
        ]);
    });

    test('a calendar: periods and their dates', async () => {
        expect(await tokens('calendar SJ { period B1 from 2026-08-31 to 2026-11-06 }')).toEqual([
            'SJ type+decl', 'B1 event+decl', '2026-08-31 number', '2026-11-06 number',
        ]);
    });

    test('a programme: crebo, level, years, pathways, references, offerings with intakes, modules with sizes and units', async () => {
        expect(await tokens(s`
            grouping ICT
            characteristic V code VERSNELD
            target group T
            provider P
            location L
            calendar SJ { period B1 from 2026-08-31 to 2026-11-06 }
            programme SD {
                crebo 25604
                level mbo-4
                years 1..3
                pathways BOL, BBL
                in ICT
                calendar SJ
                offered by P at L as BOL with V for T {
                    intake at B1, SJ.B1
                    intake on 2026-09-01 registration from 2026-03-01 to 2026-08-15
                }
                module M size 7.5..10 EC { year 1 levels mbo-3, mbo-4 }
            }
        `)).toEqual([
            'ICT enum+decl',
            'V enum+decl', 'VERSNELD string',
            'T enum+decl',
            'P namespace+decl',
            'L namespace+decl',
            'SJ type+decl', 'B1 event+decl', '2026-08-31 number', '2026-11-06 number',
            'SD class+decl', '25604 string', 'mbo-4 enumMember', '1 number', '3 number', 'BOL enumMember', 'BBL enumMember', 'ICT enum', 'SJ type',
            'P namespace', 'L namespace', 'BOL enumMember', 'V enum', 'T enum',
            'B1 event', 'SJ.B1 event',
            '2026-09-01 number', '2026-03-01 number', '2026-08-15 number',
            'M function+decl', '7.5 number', '10 number', 'EC enumMember', '1 number', 'mbo-3 enumMember', 'mbo-4 enumMember',
        ]);
    });

    test('groups and policies; an unresolved reference keeps the look of its expected kind', async () => {
        expect(await tokens(s`
            class K { during Nowhere students of SD year 1 teaches Prog at havo }
            policy Pol extends Base { applies to ICT at level mbo-4 module size 120..480 SBU }
        `)).toEqual([
            'K variable+decl', 'Nowhere event', 'SD class', '1 number', 'Prog function', 'havo enumMember',
            'Pol interface+decl', 'Base interface', 'ICT enum', 'mbo-4 enumMember', '120 number', '480 number', 'SBU enumMember',
        ]);
    });

    test('expectSemanticToken finds a keuzedeel code as one string token', async () => {
        const result = await highlight('keuzedeel Rob code <|K0713|> size 240 SBU');
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.string });
    });

    test('broken input highlights what it can', async () => {
        expect(await tokens('programme { level }} calendar C { period X from 2026-13-45')).toEqual(['C type+decl', 'X event+decl', '2026-13-45 number']);
    });
});
