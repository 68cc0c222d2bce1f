import { EmptyFileSystem } from 'langium';
import { expectFindReferences, expectGoToDefinition, expectHighlight } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';

let services: OfferingServices;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
});

/** One file; `<|>` marks cursor positions, `<|...|>` the expected ranges. */
const single = [
    'calendar <|SJ|> {',
    '    period <|B1|> from 2026-08-31 to 2026-11-06',
    '}',
    'programme <|SD|> {',
    '    calendar S<|>J',
    '    module <|Prog|> size 1 EC { intake at <|>B1 }',
    '}',
    'class K {',
    '    during <|>SJ.B<|>1',
    '    students of S<|>D year 1',
    '    teaches SD.<|>Prog',
    '    teaches S<|>D.Prog',
    '}',
].join('\n');

describe('go to definition in one file', () => {
    const cases: Array<[string, number, number]> = [
        ['plain calendar reference', 0, 0],
        ['period by its simple name in the calendar in use', 1, 1],
        ['qualifier of a qualified period reference goes to the calendar', 2, 0],
        ['last segment of a qualified period reference goes to the period', 3, 1],
        ['programme reference', 4, 2],
        ['last segment of a qualified module reference goes to the module', 5, 3],
        ['qualifier of a qualified module reference goes to the programme', 6, 2],
    ];
    test.each(cases)('%s', async (_name, index, rangeIndex) => {
        await expectGoToDefinition(services)({ text: single, index, rangeIndex, disposeAfterCheck: true });
    });
});

describe('find references and highlight in one file', () => {
    test('a period: its declaration, the plain and the qualified reference', async () => {
        await expectFindReferences(services)({
            text: 'calendar SJ { period <|B<|>1|> from 2026-08-31 to 2026-11-06 }\nprogramme P { calendar SJ module M { intake at <|B1|> } }\nclass K { during <|SJ.B1|> }',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    test('a programme: its references include the qualifiers of its modules\' qualified names', async () => {
        await expectFindReferences(services)({
            text: 'programme <|S<|>D|> { module Prog }\nclass K { students of <|SD|> year 1 teaches <|SD|>.Prog }',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    test('on a qualifier, the container\'s references are found', async () => {
        await expectFindReferences(services)({
            text: 'calendar SJ { period B1 from 2026-08-31 to 2026-11-06 }\nprogramme P { calendar <|SJ|> }\nclass K { during <|S<|>J|>.B1 }',
            includeDeclaration: false,
            disposeAfterCheck: true,
        });
    });

    test('highlight on a qualifier marks the container and its uses', async () => {
        await expectHighlight(services)({
            text: 'programme <|SD|> { module Prog }\nclass K { students of <|SD|> year 1 teaches <|S<|>D|>.Prog }',
            index: 0,
            rangeIndex: [0, 1, 2],
            disposeAfterCheck: true,
        });
    });

    test('highlight marks the declaration and the references of a module', async () => {
        await expectHighlight(services)({
            text: 'programme P { module <|M<|>od|> }\nclass K { teaches <|P.Mod|> }\nclass L { teaches <|P.Mod|> }',
            index: 0,
            rangeIndex: [0, 1, 2],
            disposeAfterCheck: true,
        });
    });
});

describe('across files', () => {
    let ws: TestWorkspace;

    beforeAll(async () => {
        ws = await buildWorkspace({
            'calendar.offering': 'calendar SJ {\n    period B1 from 2026-08-31 to 2026-11-06\n}\n',
            'programmes.offering': 'programme SD {\n    calendar SJ\n    module Prog size 1 EC { intake at B1 }\n}\n',
            'classes.offering': 'class K {\n    during SJ.B1\n    teaches SD.Prog\n}\n',
        });
    });

    function position(file: string, text: string, offset = 0) {
        const document = ws.documents.get(file)!;
        return { document, params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(document.textDocument.getText().indexOf(text) + offset) } };
    }

    const show = (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
        `${uri.split('/').pop()}:${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;

    test('the workspace links without errors', () => {
        expect(ws.diagnostics().filter(d => !d.includes('definition.unused'))).toEqual([]);
    });

    test('go to definition follows qualified references into other files, per segment', async () => {
        const definition = async (text: string, offset: number) => {
            const { document, params } = position('classes.offering', text, offset);
            const links = await ws.services.lsp.DefinitionProvider!.getDefinition(document, params) ?? [];
            return links.map(link => show(link.targetUri, link.targetSelectionRange));
        };
        expect(await definition('SJ.B1', 0)).toEqual(['calendar.offering:1:10-1:12']);
        expect(await definition('SJ.B1', 3)).toEqual(['calendar.offering:2:12-2:14']);
        expect(await definition('SD.Prog', 0)).toEqual(['programmes.offering:1:11-1:13']);
        expect(await definition('SD.Prog', 4)).toEqual(['programmes.offering:3:12-3:16']);
    });

    test('find references lists the uses in every file', async () => {
        const { document, params } = position('calendar.offering', 'B1');
        const references = await ws.services.lsp.ReferencesProvider!.findReferences(document, { ...params, context: { includeDeclaration: true } });
        expect(references.map(r => show(r.uri, r.range)).sort()).toEqual([
            'calendar.offering:2:12-2:14',
            'classes.offering:2:12-2:17',
            'programmes.offering:3:39-3:41',
        ]);
    });
});
