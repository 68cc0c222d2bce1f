import * as vscode from 'vscode';
import type { ErrorHandler, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind } from 'vscode-languageclient/node';
import { CataloguePreview } from './catalogue-preview.js';
import { desktopInitializationOptions } from './client-options.js';
import { exportOffering } from './export-offering.js';
import { generateCatalogue } from './generate-catalogue.js';
import { registerNewWorkspaceCommand } from './new-workspace-command.js';

let client: LanguageClient | undefined;

/** Activated on `onLanguage:offering` / `workspaceContains:**\/*.offering` only: other workspaces pay nothing. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const started = Date.now();
    const log = vscode.window.createOutputChannel('Offering', { log: true });
    context.subscriptions.push(log);
    client = createClient(context, log);
    const preview = new CataloguePreview(() => client, log);
    context.subscriptions.push(
        preview,
        vscode.commands.registerCommand('offering.generateCatalogue', () => generateCatalogue(client, log)),
        vscode.commands.registerCommand('offering.openCataloguePreview', () => preview.open()),
        vscode.commands.registerCommand('offering.restartLanguageServer', () => restart(log)),
        vscode.commands.registerCommand('offering.export', () => exportOffering(client, log)),
        registerNewWorkspaceCommand(),
        vscode.workspace.onDidChangeConfiguration(event => {
            // The message language is fixed at the server's start: restart to apply a change.
            if (event.affectsConfiguration('offering.language')) {
                void restart(log);
            }
        }),
    );
    preview.listen(client);
    // Not awaited: activation returns at once and the editor stays responsive while the
    // server starts; requests made meanwhile wait for it.
    client.start().then(
        () => log.info(`Language server ready ${Date.now() - started} ms after activation began.`),
        (error: unknown) => log.error(`The language server did not start: ${String(error)}`),
    );
    log.info(`Activated in ${Date.now() - started} ms.`);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

async function restart(log: vscode.LogOutputChannel): Promise<void> {
    if (!client) {
        return;
    }
    const started = Date.now();
    log.info('Restarting the language server.');
    await client.restart();
    log.info(`Language server restarted in ${Date.now() - started} ms.`);
}

function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
    const serverModule = context.asAbsolutePath('out/language/main.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.offering');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'offering' }, { scheme: 'untitled', language: 'offering' }],
        synchronize: { fileEvents: watcher },
        // A function: read again at every (re)start, so a changed `offering.language` applies.
        // The rules documentation ships inside the extension (docs/): diagnostics link there.
        initializationOptions: () => desktopInitializationOptions(
            vscode.workspace.getConfiguration('offering').get<string>('language'), vscode.env.language, context.extensionUri.toString()),
        outputChannel: log,
        errorHandler: crashHandler(log),
        // The server's "used by N programmes" lenses name editor.action.showReferences with JSON
        // arguments; VS Code's command wants its own Uri, Position and Location objects.
        middleware: {
            provideCodeLenses: async (document, token, next) => (await next(document, token))?.map(withShowReferencesArguments),
        },
    };
    // The id `offering` makes the client follow the `offering.trace.server` setting.
    const languageClient = new LanguageClient('offering', 'Offering Language Server', serverOptions, clientOptions);
    languageClient.onDidChangeState(({ oldState, newState }) => {
        log.info(`Language server ${stateName(oldState)} -> ${stateName(newState)}.`);
    });
    return languageClient;
}

function withShowReferencesArguments(lens: vscode.CodeLens): vscode.CodeLens {
    const command = lens.command;
    if (command?.command !== 'editor.action.showReferences' || command.arguments?.length !== 3) {
        return lens;
    }
    type JsonPosition = { line: number; character: number };
    const [uri, position, locations] = command.arguments as [string, JsonPosition, Array<{ uri: string; range: { start: JsonPosition; end: JsonPosition } }>];
    const asPosition = (p: JsonPosition) => new vscode.Position(p.line, p.character);
    lens.command = {
        ...command,
        arguments: [
            vscode.Uri.parse(uri),
            asPosition(position),
            locations.map(location => new vscode.Location(vscode.Uri.parse(location.uri), new vscode.Range(asPosition(location.range.start), asPosition(location.range.end)))),
        ],
    };
    return lens;
}

/**
 * Restarts a crashed server, as vscode-languageclient's default does, but says so in the log
 * and in a message; gives up after five crashes within three minutes (a crash loop).
 */
function crashHandler(log: vscode.LogOutputChannel): ErrorHandler {
    const crashes: number[] = [];
    return {
        error: (error, _message, count) => {
            log.error(`Connection to the language server failed: ${error.message}`);
            return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
        },
        closed: () => {
            const now = Date.now();
            crashes.push(now);
            while (crashes.length > 0 && now - crashes[0]! > 3 * 60_000) {
                crashes.shift();
            }
            if (crashes.length >= 5) {
                const message = 'The Offering language server crashed 5 times in 3 minutes and will not be restarted. Run "Offering: Restart Language Server" after fixing the cause (see the Offering output).';
                log.error(message);
                void vscode.window.showErrorMessage(message);
                return { action: CloseAction.DoNotRestart, handled: true };
            }
            log.warn('The Offering language server stopped unexpectedly; restarting it.');
            void vscode.window.showWarningMessage('The Offering language server stopped unexpectedly and was restarted.');
            return { action: CloseAction.Restart, handled: true };
        },
    };
}

function stateName(state: State): string {
    return state === State.Running ? 'running' : state === State.Starting ? 'starting' : 'stopped';
}
