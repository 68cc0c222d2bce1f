import { EmptyFileSystem, URI } from 'langium';
import { afterEach, expect, test, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';

/**
 * The two services behind closing untitled buffers, in process: the registry still knows the
 * language of a closed untitled document the workspace holds, and a failed update is logged
 * instead of ending the server (the close tests over stdio are in document-close.test.ts).
 */
afterEach(() => {
    vi.restoreAllMocks();
});

test('a document the workspace holds keeps its language after its editor closed; anything else still has none', async () => {
    const { shared } = createOfferingServices(EmptyFileSystem);
    const untitled = URI.parse('untitled:Untitled-1');
    const registry = shared.ServiceRegistry;
    expect([registry.hasServices(untitled), registry.hasServices(URI.parse('file:///w/notes.txt')), registry.hasServices(URI.parse('file:///w/a.offering'))])
        .toEqual([false, false, true]);

    // Open in an editor (the language id comes from there), built, then closed.
    const textDocuments = shared.workspace.TextDocuments!;
    textDocuments.set(TextDocument.create(untitled.toString(), 'offering', 1, 'grouping Concept\n'));
    const document = shared.workspace.LangiumDocumentFactory.fromString('grouping Concept\n', untitled);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    textDocuments.delete(untitled.toString());
    expect(registry.getServices(untitled).LanguageMetaData.languageId).toBe('offering');

    await shared.workspace.DocumentBuilder.update([], [untitled]);
    expect([shared.workspace.LangiumDocuments.hasDocument(untitled), registry.hasServices(untitled)]).toEqual([false, false]);
});

test('an update that throws is logged and does not become an unhandled rejection', async () => {
    const { shared } = createOfferingServices(EmptyFileSystem);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    vi.spyOn(shared.workspace.DocumentBuilder, 'update').mockRejectedValue(new Error('update failed'));
    const logged = new Promise<unknown[]>(resolve => {
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => resolve(args));
    });
    shared.lsp.DocumentUpdateHandler.didChangeContent!({ document: TextDocument.create('file:///w/a.offering', 'offering', 1, 'grouping A\n') });
    const [message, error] = await logged;
    expect([message, (error as Error).message]).toEqual(['Could not update the workspace.', 'update failed']);
});
