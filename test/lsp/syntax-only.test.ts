import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Document } from '../../packages/language/src/generated/ast.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { SYNTAX_ONLY_CHARACTERS, SYNTAX_ONLY_CODE } from '../../packages/language/src/workspace/editor-limits.js';
import { buildWorkspace } from '../helpers.js';

/**
 * Above a size, a document open in the editor gets syntax checks only (a 10 MB document cost
 * seconds and gigabytes per edit with every check): parsed, its syntax errors and a notice
 * published, its names known to the other files, but not linked, indexed or validated. The CLI
 * has no such limit. The limit is lowered here to keep the texts small.
 */
const LIMIT = 300;
const large = `board B "Bestuur" code 100B490\nprovider P "School" code 110A133 under Nowhere\n${'// padding to pass the limit\n'.repeat(12)}grouping G within\n`;
const other = 'provider Q "Andere school" code 110A134 under B\n';

function editorServices(limit: number | undefined = LIMIT) {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    services.editor.Limits.syntaxOnlyAbove = limit;
    return services;
}

describe('a document above the limit', () => {
    test('gets its syntax errors and a notice, not the checks', async () => {
        expect(large.length).toBeGreaterThan(LIMIT);
        const { diagnostics } = await buildWorkspace({ 'large.offering': large, 'other.offering': other }, editorServices());
        expect(diagnostics()).toEqual([
            `large.offering:1:1 ${SYNTAX_ONLY_CODE}: This file is large (0 MB): the editor checks only its syntax above 0 MB. Run offering validate for all checks, or split the file.`,
            'large.offering:15:18 parsing-error: Expecting token of type \'ID\' but found ``.',
        ]);
    });

    test('is not linked or indexed up front, yet its names are known to the other files', async () => {
        const services = editorServices();
        const { documents } = await buildWorkspace({ 'large.offering': large, 'other.offering': other }, services);
        const document = documents.get('large.offering')!;
        expect(document.references.length).toBe(0);
        expect(services.shared.workspace.IndexManager.findAllReferences(document.parseResult.value.definitions[0]!, '/definitions@0').toArray()
            .map(reference => reference.sourceUri.toString())).toEqual(['memory:/other.offering']);
        expect((documents.get('other.offering')!.parseResult.value as Document).definitions.map(d => 'boards' in d ? d.boards.map(b => b.ref?.name) : [])).toEqual([['B']]);
    });

    test('shows no code lens or inlay hints (they need the links)', async () => {
        const services = editorServices();
        const { documents } = await buildWorkspace({ 'large.offering': `${large}module M size 5 EC\n` }, services);
        const document = documents.get('large.offering')!;
        const textDocument = { uri: document.uri.toString() };
        const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
        expect(await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument })).toEqual([]);
        expect(await services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range })).toEqual([]);
    });

    test('in Dutch', async () => {
        const services = editorServices(1024 * 1024);
        services.i18n.Messages.locale = 'nl';
        const { diagnostics } = await buildWorkspace({ 'large.offering': `board B "Bestuur" code 100B490\n${'// opvulling\n'.repeat(100_000)}` }, services);
        expect(diagnostics()).toEqual([
            `large.offering:1:1 ${SYNTAX_ONLY_CODE}: Dit bestand is groot (1.2 MB): boven 1 MB controleert de editor alleen de syntaxis. Voer offering validate uit voor alle controles, of verdeel het bestand.`,
        ]);
    });
});

describe('the limit', () => {
    test('leaves documents up to it, and every document of the CLI, fully checked', async () => {
        const atLimit = { 'large.offering': large, 'other.offering': other };
        const full = (await buildWorkspace(atLimit, editorServices(large.length))).diagnostics();
        const cli = (await buildWorkspace(atLimit, createOfferingServices(EmptyFileSystem).Offering)).diagnostics();
        expect(full).toEqual(cli);
        expect(full.map(line => line.split(': ')[0])).toEqual([
            'large.offering:2:40 offering.reference.unresolved', 'large.offering:15:10 offering.definition.unused', 'large.offering:15:18 parsing-error',
        ]);
        expect(createOfferingServices(EmptyFileSystem).Offering.editor.Limits.syntaxOnlyAbove).toBeUndefined();
        expect(SYNTAX_ONLY_CHARACTERS).toBe(2 * 1024 * 1024);
    });
});
