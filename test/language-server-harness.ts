import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ProtocolConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

/** The real `offering-language-server --stdio`, built into packages/language/out by `npm run build`. */
export const serverBin = fileURLToPath(new URL('../packages/language/bin/offering-language-server.js', import.meta.url));

export interface RunningServer {
    server: ChildProcess;
    client: ProtocolConnection;
}

/**
 * Starts the server and connects a protocol client to its stdio; call `client.listen()` once
 * handlers are set. `stderr: 'ignore'` for tests that provoke the server's error logging on purpose.
 */
export function spawnLanguageServer(options: { stderr?: 'inherit' | 'ignore' } = {}): RunningServer {
    const server = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', options.stderr ?? 'inherit'] });
    const client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    return { server, client };
}

/** `initialize` + `initialized`, with the folder (if any) as the one workspace folder. */
export async function initializeLanguageServer(client: ProtocolConnection, options: { folder?: string; locale?: string; initializationOptions?: unknown } = {}): Promise<void> {
    const rootUri = options.folder === undefined ? null : pathToFileURL(options.folder).toString();
    await client.sendRequest('initialize', {
        processId: process.pid, rootUri, capabilities: {}, locale: options.locale, initializationOptions: options.initializationOptions,
        workspaceFolders: rootUri === null ? null : [{ uri: rootUri, name: 'workspace' }],
    });
    await client.sendNotification('initialized', {});
}

/** Shuts the server down politely, then makes sure the process is gone. */
export async function stopLanguageServer(running: RunningServer | undefined): Promise<void> {
    await running?.client.sendRequest('shutdown').catch(() => undefined);
    await running?.client.sendNotification('exit').catch(() => undefined);
    running?.client.dispose();
    running?.server.kill();
}

/** Polls `read` until `done` holds (the server works asynchronously); fails with the last value after `ms`. */
export async function waitUntil<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
        const value = await read();
        if (done(value)) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}
