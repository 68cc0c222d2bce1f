// The language client: monaco-languageclient talking to the Offering language server in a Web
// Worker. Switching the message language starts a new worker with the new locale, as the VS Code
// extension restarts its server.
import * as monaco from '@codingame/monaco-vscode-editor-api';
import { LanguageClientWrapper } from 'monaco-languageclient/lcwrapper';
import type { BrowserInitializationOptions, CatalogueParams, CatalogueResult, WorkspaceFile } from 'offering-language/protocol';
import { CatalogueRequest, FilesChangedNotification, WorkspaceChangedNotification } from 'offering-language/protocol';
import type { Locale } from './texts.js';
import { WORKSPACE_ROOT } from './workspace.js';

export class OfferingClient {
    private wrapper: LanguageClientWrapper | undefined;
    private worker: Worker | undefined;

    constructor(
        private readonly serverUrl: URL,
        private readonly onWorkspaceChanged: () => void,
        private readonly onFailure: (reason: string) => void,
    ) {}

    /**
     * Starts a worker with every file of the workspace handed over at `initialize`, so that the
     * first build sees the whole workspace at once (the open models then arrive with the same text).
     */
    async start(locale: Locale, files: () => WorkspaceFile[]): Promise<void> {
        await this.stop();
        const worker = new Worker(this.serverUrl, { type: 'module', name: 'offering-language-server' });
        worker.addEventListener('error', event => this.onFailure(event.message || 'worker error'));
        this.worker = worker;
        this.wrapper = new LanguageClientWrapper({
            languageId: 'offering',
            connection: { options: { $type: 'WorkerDirect', worker } },
            clientOptions: {
                documentSelector: [{ language: 'offering' }],
                workspaceFolder: { index: 0, name: 'workspace', uri: monaco.Uri.parse(WORKSPACE_ROOT.slice(0, -1)) as never },
                initializationOptions: (): BrowserInitializationOptions => ({ locale, files: files() }),
            },
            disposeWorker: true,
        });
        await this.wrapper.start();
        this.wrapper.getLanguageClient()?.onNotification(WorkspaceChangedNotification.method, () => this.onWorkspaceChanged());
    }

    async stop(): Promise<void> {
        const wrapper = this.wrapper;
        this.wrapper = undefined;
        if (wrapper) {
            await wrapper.dispose();
        }
        this.worker?.terminate();
        this.worker = undefined;
    }

    /** Files gone from the workspace: the worker's copy must go too, or closing their models would restore it. */
    async filesDeleted(uris: string[]): Promise<void> {
        await this.wrapper?.getLanguageClient()?.sendNotification(FilesChangedNotification.method, { changed: [], deleted: uris });
    }

    async catalogue(params: CatalogueParams): Promise<CatalogueResult | undefined> {
        return this.wrapper?.getLanguageClient()?.sendRequest(CatalogueRequest.method, params) as Promise<CatalogueResult | undefined>;
    }

    async documentSymbols(uri: string): Promise<OutlineSymbol[]> {
        const client = this.wrapper?.getLanguageClient();
        if (!client) {
            return [];
        }
        return (await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as OutlineSymbol[] | null) ?? [];
    }
}

/** The part of LSP's DocumentSymbol the outline shows. */
export interface OutlineSymbol {
    name: string;
    detail?: string;
    selectionRange: { start: { line: number; character: number } };
    children?: OutlineSymbol[];
}
