import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProtocolConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

/** The real `offering-language-server --stdio`, built into packages/language/out by `npm run build`. */
export const serverBin = fileURLToPath(new URL('../packages/language/bin/offering-language-server.js', import.meta.url));

export interface RunningServer {
    server: ChildProcess;
    client: ProtocolConnection;
}

/** Starts the server and connects a protocol client to its stdio; call `client.listen()` once handlers are set. */
export function spawnLanguageServer(): RunningServer {
    const server = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    return { server, client };
}

/** Shuts the server down politely, then makes sure the process is gone. */
export async function stopLanguageServer(running: RunningServer | undefined): Promise<void> {
    await running?.client.sendRequest('shutdown').catch(() => undefined);
    await running?.client.sendNotification('exit').catch(() => undefined);
    running?.client.dispose();
    running?.server.kill();
}
