import type { FileSystemProvider, LangiumDocuments, TextDocumentProvider } from 'langium';
import { DocumentState, isReference, UriUtils, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * What closing an editor does to the workspace. Langium's default handler ignores
 * `didClose`, so a closed document kept its last text for the server's lifetime: an untitled
 * buffer's names went on colliding and resolving, and a workspace file kept the unsaved edits
 * the editor had just discarded. Now a closed document is either
 * - reverted to the file on disk, when the start-up scan of the workspace would load it (left
 *   alone when its text already is the file's: the usual close of a saved file), or
 * - removed from the workspace otherwise (untitled, deleted, or outside the workspace folders),
 *   which also publishes an empty diagnostics list for it.
 * Either way the builder re-validates the documents that depend on it.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultDocumentUpdateHandler`): it defines no `didCloseDocument` (ours
 * is the only close handling) and reports content changes through `fireDocumentUpdate(changed,
 * deleted)`. Backed by `test/language/langium-contract-parser-lsp.test.ts` and
 * `test/lsp/document-close.test.ts`.
 */
export class OfferingDocumentUpdateHandler extends DefaultDocumentUpdateHandler {

    protected readonly langiumDocuments: LangiumDocuments;
    protected readonly textDocuments: TextDocumentProvider | undefined;
    protected readonly fileSystemProvider: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.langiumDocuments = services.workspace.LangiumDocuments;
        this.textDocuments = services.workspace.TextDocuments;
        this.fileSystemProvider = services.workspace.FileSystemProvider;
    }

    /** As Langium's, but a failed update is logged: Langium leaves it unhandled, which ends the server process. */
    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)))
            .catch(error => console.error('Could not update the workspace.', error));
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // The same queue as every other update, so a close and a quick re-open keep their order.
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(async token => {
                // Queuing this write cancelled the build in progress, so every path ends in an update,
                // if only an empty one that finishes that build.
                const document = this.langiumDocuments.getDocument(uri);
                if (this.textDocuments?.get(uri) || !document) {
                    return this.documentBuilder.update([], [], token); // open again (its own update follows) or already gone
                }
                const onDisk = await this.textOnDisk(uri);
                if (onDisk === document.textDocument.getText() && document.state >= DocumentState.Validated) {
                    return this.documentBuilder.update([], [], token); // saved before closing (the usual case): nothing changed
                }
                this.unlinkDependents(uri);
                // The revert or removal happens even when a later write cancels this build (the
                // later build then finishes the work).
                return this.documentBuilder.update(onDisk !== undefined ? [uri] : [], onDisk !== undefined ? [] : [uri], token);
            }))
            .catch(error => console.error(`Could not update the workspace after closing ${uri.toString()}.`, error));
    }

    /**
     * Langium finds the documents to re-link through its reference index, which a build
     * interrupted between linking and indexing (every keystroke cancels the running build)
     * leaves empty: such a document would keep links into the closed document's old nodes.
     */
    protected unlinkDependents(closed: URI): void {
        const key = closed.toString();
        for (const document of this.langiumDocuments.all) {
            if (document.state >= DocumentState.Linked && document.uri.toString() !== key && this.serviceRegistry.hasServices(document.uri)
                && document.references.some(reference => isReference(reference) && reference.$nodeDescription?.documentUri?.toString() === key)) {
                this.documentBuilder.resetToState(document, DocumentState.ComputedScopes);
            }
        }
    }

    /** The file's text when the workspace scan would load it (inside a workspace folder, on no excluded path, on disk). */
    protected async textOnDisk(uri: URI): Promise<string | undefined> {
        const folder = (this.workspaceManager.workspaceFolders ?? []).map(f => URI.parse(f.uri)).find(f => UriUtils.contains(f, uri));
        if (!folder) {
            return undefined;
        }
        const folders = UriUtils.relative(folder, uri).split('/').slice(0, -1);
        let directory = folder;
        for (const name of folders) {
            directory = UriUtils.joinPath(directory, name);
            if (!this.workspaceManager.shouldIncludeEntry({ isFile: false, isDirectory: true, uri: directory })) {
                return undefined;
            }
        }
        try {
            const stat = await this.fileSystemProvider.stat(uri);
            return stat.isFile && this.workspaceManager.shouldIncludeEntry(stat) ? await this.fileSystemProvider.readFile(uri) : undefined;
        } catch {
            return undefined; // deleted, or never saved
        }
    }
}
