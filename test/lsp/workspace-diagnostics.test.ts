import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

/**
 * On start-up the server validates every file of the workspace folder, not only the ones an
 * editor opens: the Problems panel lists a mistake in a file nobody has opened yet.
 */
const serverBin = fileURLToPath(new URL('../../packages/language/bin/offering-language-server.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'offering-workspace-diagnostics-'));
let server: ChildProcess | undefined;
let client: ProtocolConnection | undefined;

afterAll(async () => {
    await client?.sendRequest('shutdown').catch(() => undefined);
    client?.dispose();
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
});

test('a mistake in a file that is never opened is published on start-up', async () => {
    writeFileSync(join(folder, 'board.offering'), 'board B "Bestuur" code 100B490\n');
    writeFileSync(join(folder, 'provider.offering'), 'provider P "School" code 110A133 under Missing\n');
    const fileUri = pathToFileURL(join(folder, 'provider.offering')).toString();

    server = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published = new Promise<PublishDiagnosticsParams>(resolve => {
        client!.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            if (params.uri === fileUri && params.diagnostics.length > 0) {
                resolve(params);
            }
        });
    });
    client.listen();
    const rootUri = pathToFileURL(folder).toString();
    await client.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'w' }], capabilities: {} });
    await client.sendNotification('initialized', {});

    const { diagnostics } = await published;
    expect(diagnostics.map(d => [d.range.start.line, d.range.start.character, d.code, d.message])).toEqual([
        [0, 39, 'offering.reference.unresolved', expect.stringContaining("'Missing'")],
    ]);
});
