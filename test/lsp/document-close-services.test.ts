import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Cancellation, DocumentState, EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';

/**
 * The services behind closing editors, in process: the registry still knows the language of a
 * closed untitled document the workspace holds, a failed update is logged instead of ending
 * the server, and a closed workspace file is rebuilt only when its text differs from the file
 * (the close tests over stdio are in document-close.test.ts).
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

describe('closing a workspace file, in process', () => {
    const folder = mkdtempSync(join(tmpdir(), 'offering-close-services-'));
    writeFileSync(join(folder, 'techniek.offering'), 'grouping Techniek "Techniek"\n');
    const uri = URI.file(join(folder, 'techniek.offering'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    async function openWorkspace() {
        const { shared } = createOfferingServices({ ...NodeFileSystem });
        const root = pathToFileURL(folder).toString();
        shared.workspace.WorkspaceManager.initialize({ processId: null, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: 'w' }] });
        await shared.workspace.WorkspaceManager.initialized({});
        const textDocuments = shared.workspace.TextDocuments!;
        const update = vi.spyOn(shared.workspace.DocumentBuilder, 'update');
        /** Opens the file with `text`, builds, closes it, and waits until the close has been handled. */
        const editAndClose = async (text: string) => {
            const document = TextDocument.create(uri.toString(), 'offering', 1, text);
            textDocuments.set(document);
            await shared.workspace.DocumentBuilder.update([uri], []);
            update.mockClear();
            textDocuments.delete(uri.toString());
            shared.lsp.DocumentUpdateHandler.didCloseDocument!({ document });
            await shared.workspace.WorkspaceManager.ready;
            await shared.workspace.WorkspaceLock.read(() => undefined); // reads wait for queued writes
        };
        return { shared, update, editAndClose };
    }

    test('a saved file (text as on disk) is left alone: no rebuild', async () => {
        const { shared, update, editAndClose } = await openWorkspace();
        await editAndClose('grouping Techniek "Techniek"\n');
        expect(update.mock.calls).toEqual([[[], [], expect.anything()]]); // nothing changed, nothing deleted
        expect(shared.workspace.LangiumDocuments.getDocument(uri)?.textDocument.getText()).toBe('grouping Techniek "Techniek"\n');
    });

    test('unsaved edits are discarded: the document is rebuilt from the file', async () => {
        const { shared, update, editAndClose } = await openWorkspace();
        await editAndClose('grouping Tech "Unsaved"\n');
        expect(update.mock.calls.map(([changed, deleted]) => [changed.map(String), deleted.map(String)])).toEqual([[[uri.toString()], []]]);
        expect(shared.workspace.LangiumDocuments.getDocument(uri)?.textDocument.getText()).toBe('grouping Techniek "Techniek"\n');
    });

    test('a close that changes nothing still finishes the build its write cancelled', async () => {
        const { shared } = await openWorkspace();
        const builder = shared.workspace.DocumentBuilder;
        const cancelled = new Cancellation.CancellationTokenSource();
        cancelled.cancel();
        await builder.update([uri], [], cancelled.token).catch(() => undefined);
        expect(shared.workspace.LangiumDocuments.getDocument(uri)!.state).toBeLessThan(DocumentState.Validated);

        shared.lsp.DocumentUpdateHandler.didCloseDocument!({ document: TextDocument.create('untitled:Untitled-9', 'offering', 1, '') });
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.WorkspaceLock.read(() => undefined);
        expect(shared.workspace.LangiumDocuments.all.map(document => document.state).toArray()).toEqual([DocumentState.Validated]);
    });
});
