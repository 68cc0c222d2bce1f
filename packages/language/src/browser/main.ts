// The language server in a Web Worker (the web app, VS Code for the Web): the core's services
// over postMessage, with the workspace's files handed over by the client.
import { startLanguageServer } from 'langium/lsp';
import type { FileEvent } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { toLocale } from '../i18n/messages.js';
import { registerCustomRequests } from '../lsp/custom-requests.js';
import type { BrowserInitializationOptions, FilesChangedParams } from '../lsp/protocol.js';
import { FilesChangedNotification } from '../lsp/protocol.js';
import { createOfferingServices } from '../offering-module.js';
import { MemoryFileSystem } from './memory-file-system.js';

// Typed without the webworker lib (tsconfig has ES2022 only): the worker's global scope is the port.
const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
const files = new MemoryFileSystem();
const { shared, Offering } = createOfferingServices({ connection, fileSystemProvider: () => files });

shared.lsp.LanguageServer.onInitialize(params => {
    const options = params.initializationOptions as BrowserInitializationOptions | undefined;
    Offering.i18n.Messages.locale = toLocale(options?.locale ?? params.locale);
    Offering.i18n.RulesDocumentation.base = options?.rulesDocumentationBase ?? besideWorker('docs/');
    // Before the workspace manager reads the folders (on `initialized`), so the first build has them all.
    for (const file of options?.files ?? []) {
        files.set(file.uri, file.text);
    }
});

connection.onNotification(FilesChangedNotification.method, (params: FilesChangedParams) => {
    for (const file of params.changed) {
        files.set(file.uri, file.text);
    }
    const deleted = params.deleted.filter(uri => files.delete(uri));
    // Langium's own path for watched files: re-reads the changed ones and rebuilds what depends on them.
    shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({
        changes: [
            ...params.changed.map((file): FileEvent => ({ uri: file.uri, type: FileChangeType.Changed })),
            ...deleted.map((uri): FileEvent => ({ uri, type: FileChangeType.Deleted })),
        ],
    });
});

/** A URL relative to the worker's script (the web app copies docs/ into dist/ beside server.js). */
function besideWorker(path: string): string | undefined {
    const href = (globalThis as { location?: { href?: string } }).location?.href;
    return href ? new URL(path, href).href : undefined;
}

registerCustomRequests(connection, shared, Offering);
startLanguageServer(shared);
