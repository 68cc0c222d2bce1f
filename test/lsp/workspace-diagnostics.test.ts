import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { RunningServer } from '../language-server-harness.js';
import { spawnLanguageServer, stopLanguageServer } from '../language-server-harness.js';

/**
 * On start-up the server validates every file of the workspace folder, not only the ones an
 * editor opens: the Problems panel lists a mistake in a file nobody has opened yet.
 */
const folder = mkdtempSync(join(tmpdir(), 'offering-workspace-diagnostics-'));
let running: RunningServer | undefined;

afterAll(async () => {
    await stopLanguageServer(running);
    rmSync(folder, { recursive: true, force: true });
});

test('a mistake in a file that is never opened is published on start-up', async () => {
    writeFileSync(join(folder, 'board.offering'), 'board B "Bestuur" code 100B490\n');
    writeFileSync(join(folder, 'provider.offering'), 'provider P "School" code 110A133 under Missing\n');
    const fileUri = pathToFileURL(join(folder, 'provider.offering')).toString();

    running = spawnLanguageServer();
    const { client } = running;
    const published = new Promise<PublishDiagnosticsParams>(resolve => {
        client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
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
