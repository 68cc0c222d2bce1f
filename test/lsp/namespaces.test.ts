import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';
import { REGION } from '../support/namespaces-region.js';

let ws: TestWorkspace;

beforeAll(async () => {
    ws = await buildWorkspace(REGION);
});

/** The document and position of the first occurrence of `text` (plus `offset`) in `file`. */
function at(file: string, text: string, offset = 0) {
    const document = ws.documents.get(file)!;
    const index = document.textDocument.getText().indexOf(text);
    expect(index).toBeGreaterThanOrEqual(0);
    return { document, params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(index + offset) } };
}

const show = (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    `${uri.replace('memory:/', '')}:${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;

describe('editor features across namespaces', () => {
    test('go to definition follows a short name to its own namespace and a qualified one across', async () => {
        const definition = async (file: string, text: string, offset = 0) => {
            const { document, params } = at(file, text, offset);
            return (await ws.services.lsp.DefinitionProvider!.getDefinition(document, params) ?? []).map(link => show(link.targetUri, link.targetSelectionRange));
        };
        expect(await definition('west/zorg.offering', 'calendar Schooljaar2026', 9)).toEqual(['west/organisatie.offering:4:10-4:24']);
        expect(await definition('oost/ict.offering', 'calendar Schooljaar2026', 9)).toEqual(['oost/organisatie.offering:4:10-4:24']);
        expect(await definition('gedeeld/locaties.offering', 'West.School', 5)).toEqual(['west/organisatie.offering:3:10-3:16']);
        // The namespace segment names no definition: it goes to what the name resolves to.
        expect(await definition('gedeeld/locaties.offering', 'West.School', 0)).toEqual(['west/organisatie.offering:3:10-3:16']);
    });

    test('find references of a namespace\'s provider lists its short and qualified uses, not the other school\'s', async () => {
        const { document, params } = at('west/organisatie.offering', 'provider School', 9);
        const references = await ws.services.lsp.ReferencesProvider!.findReferences(document, { ...params, context: { includeDeclaration: true } });
        expect(references.map(r => show(r.uri, r.range)).sort()).toEqual([
            'gedeeld/locaties.offering:2:84-2:95',
            'west/organisatie.offering:3:10-3:16',
            'west/zorg.offering:5:16-5:22',
        ]);
    });

    test('rename changes the short uses and the last segment of qualified ones', async () => {
        const { document, params } = at('west/organisatie.offering', 'provider School', 9);
        const edit = await ws.services.lsp.RenameProvider!.rename(document, { ...params, newName: 'Zorgschool' });
        const texts: Record<string, string> = {};
        for (const [name, doc] of ws.documents as Map<string, LangiumDocument>) {
            const edits = edit?.changes?.[doc.uri.toString()] ?? [];
            if (edits.length > 0) texts[name] = TextDocument.applyEdits(doc.textDocument, edits);
        }
        expect(texts).toEqual({
            'west/organisatie.offering': REGION['west/organisatie.offering'].replace('provider School', 'provider Zorgschool'),
            'west/zorg.offering': REGION['west/zorg.offering'].replace('offered by School', 'offered by Zorgschool'),
            'gedeeld/locaties.offering': REGION['gedeeld/locaties.offering'].replace('West.School', 'West.Zorgschool'),
        });
    });

    test('hover on a qualified reference describes the definition in the other namespace', async () => {
        const { document, params } = at('gedeeld/locaties.offering', 'West.Bestuur', 6);
        const hover = await ws.services.lsp.HoverProvider!.getHoverContent(document, params);
        expect(hover?.contents).toEqual({ kind: 'markdown', value: 'board **West.Bestuur**\n\n- code: 100B491' });
    });

    test('completion offers the own namespace\'s names short and every namespace\'s qualified', async () => {
        const files = { ...REGION, 'west/nieuw.offering': 'namespace West\nprogramme Nieuw {\n    calendar \n}\n' };
        const local = await buildWorkspace(files);
        const document = local.documents.get('west/nieuw.offering')!;
        const position = document.textDocument.positionAt(document.textDocument.getText().indexOf('calendar ') + 9);
        const list = await local.services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
        expect(list?.items.map(item => item.label).filter(label => label.includes('Schooljaar')).sort()).toEqual([
            'Oost.Schooljaar2026', 'Schooljaar2026', 'West.Schooljaar2026',
        ]);
    });
});
