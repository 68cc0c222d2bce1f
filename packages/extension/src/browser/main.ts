// The extension in VS Code for the Web (vscode.dev, github.dev): the language server runs in a
// Web Worker, which cannot read the workspace. This client hands it the workspace's .offering
// files (read through vscode.workspace.fs) at start and keeps it in step with changes on disk;
// open editors reach it through the usual document sync.
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient/browser';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { FilesChangedParams, WorkspaceFile } from 'offering-language/protocol';
import { FilesChangedNotification } from 'offering-language/protocol';
import { browserInitializationOptions } from '../extension/client-options.js';
import { registerNewWorkspaceCommand } from '../extension/new-workspace-command.js';

/** As in the web app: more files than this are left to the desktop. */
const MAX_FILES = 2000;
const OFFERING_FILES = '**/*.offering';

let client: LanguageClient | undefined;

// Typed without the DOM lib (the extension's tsconfig has none): the extension host's Worker.
const WebWorker = (globalThis as unknown as { Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3] }).Worker;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const log = vscode.window.createOutputChannel('Offering', { log: true });
    // Before the server starts: creating a workspace needs no server.
    context.subscriptions.push(log, registerNewWorkspaceCommand());
    client = await startClient(context, log);
    const watcher = vscode.workspace.createFileSystemWatcher(OFFERING_FILES);
    const send = (params: FilesChangedParams): void => { void client?.sendNotification(FilesChangedNotification.method, params); };
    context.subscriptions.push(
        watcher,
        watcher.onDidCreate(async uri => send({ changed: [await readFile(uri)], deleted: [] })),
        watcher.onDidChange(async uri => send({ changed: [await readFile(uri)], deleted: [] })),
        watcher.onDidDelete(uri => send({ changed: [], deleted: [uri.toString()] })),
        vscode.commands.registerCommand('offering.restartLanguageServer', async () => {
            await client?.stop();
            client = await startClient(context, log);
        }),
    );
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

async function startClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<LanguageClient> {
    const found = await vscode.workspace.findFiles(OFFERING_FILES, '**/node_modules/**', MAX_FILES + 1);
    if (found.length > MAX_FILES) {
        void vscode.window.showWarningMessage(`This workspace has more than ${MAX_FILES} .offering files; only ${MAX_FILES} are checked together in the browser. Use VS Code on the desktop for the whole workspace.`);
    }
    const files = await Promise.all(found.slice(0, MAX_FILES).map(readFile));
    // The rules documentation ships inside the extension (docs/); its URL here is the one the
    // worker is loaded from (https: on vscode.dev), so the links on diagnostics open there.
    const options = browserInitializationOptions(
        vscode.workspace.getConfiguration('offering').get<string>('language'), vscode.env.language, context.extensionUri.toString(), files);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'offering' }],
        initializationOptions: options,
        outputChannel: log,
    };
    // A classic (not module) worker: every browser VS Code runs in starts those.
    const worker = new WebWorker(vscode.Uri.joinPath(context.extensionUri, 'out/browser/server.js').toString(true));
    const languageClient = new LanguageClient('offering', 'Offering Language Server', clientOptions, worker);
    await languageClient.start();
    log.info(`Language server started in a Web Worker with ${files.length} file(s).`);
    return languageClient;
}

async function readFile(uri: vscode.Uri): Promise<WorkspaceFile> {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { uri: uri.toString(), text: new TextDecoder().decode(bytes) };
}
