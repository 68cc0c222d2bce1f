import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { formatOfferingText } from '../../packages/language/src/lsp/formatter.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';

const source = [
    '/** Doc. */',
    'calendar SJ "Schooljaar" {',
    '    period B1 "Blok 1" from 2026-08-31 to 2026-11-06',
    '}',
    'programme SD "Software Developer" {',
    '    level mbo-4',
    '    offered by P at L as BOL with V for W { intake at B1 intake flexible from 2026-09-01 to 2027-06-30 }',
    '    module Prog size 240..360 SBU { year 1 }',
    '}',
    'class K { during SJ.B1 teaches SD.Prog }',
    'policy Kaders { applies to all module size 1..2 EC }',
].join('\n');

const CODES = ['offering.size.reversed', 'offering.size.missing-unit', 'offering.intake.not-on-period-start', 'offering.reference.unresolved',
    'offering.definition.unused', 'offering.offering.duplicate'];

describe('outline, folding, formatting, navigation and quick fixes on text being typed', () => {
    test('every prefix of a document: no crash, formatting refuses broken text', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        const factory = services.shared.workspace.LangiumDocumentFactory;
        let refused = 0;
        for (let length = 0; length <= source.length; length += 13) {
            const text = source.slice(0, length);
            const document = factory.fromString(text, URI.parse(`memory:///prefix-${length}.offering`));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
            const id = { uri: document.uri.toString() };
            await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: id });
            await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: id });
            const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: id, options: { tabSize: 4, insertSpaces: true } });
            const result = formatOfferingText(text, services);
            if (!result) {
                refused++;
                expect(edits).toEqual([]);
            }
            for (let offset = 0; offset < text.length; offset += 17) {
                const position = document.textDocument.positionAt(offset);
                await services.lsp.RenameProvider!.prepareRename(document, { textDocument: id, position });
                await services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: id, position });
                await services.lsp.ReferencesProvider!.findReferences(document, { textDocument: id, position, context: { includeDeclaration: true } });
                await services.lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument: id, position });
                // Quick fixes asked with a diagnostic that no longer fits the text.
                const diagnostics = CODES.map(code => ({ range: { start: position, end: position }, message: '', code, data: { code, nearest: '2026-08-31', refText: 'X', targetType: 'Grouping' } }));
                await services.lsp.CodeActionProvider!.getCodeActions(document, { textDocument: id, range: diagnostics[0].range, context: { diagnostics } });
            }
            await services.shared.workspace.DocumentBuilder.update([], [document.uri]);
        }
        // Most prefixes end mid-definition, and those are left alone.
        expect(refused).toBeGreaterThan(5);
    });
});
