// The test-only memory request the bench uses: only a server started with `--expose-gc` answers it.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, test } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { initializeLanguageServer, serverBin, stopLanguageServer } from '../language-server-harness.js';
import type { RunningServer } from '../language-server-harness.js';

let running: RunningServer | undefined;
afterEach(async () => {
    await stopLanguageServer(running);
    running = undefined;
});

function start(nodeOptions: string[]): RunningServer {
    const server = spawn(process.execPath, [...nodeOptions, serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    client.listen();
    return { server, client };
}

describe('offering/test/memory', () => {
    test('a server with the garbage collector exposed reports its memory after a full collection', async () => {
        running = start(['--expose-gc']);
        await initializeLanguageServer(running.client);
        const report = await running.client.sendRequest<Record<string, number>>('offering/test/memory');
        expect(Object.keys(report).sort()).toEqual(['arrayBuffers', 'external', 'heapTotal', 'heapUsed', 'rss', 'rssBefore']);
        expect(report.heapUsed).toBeGreaterThan(1e6);
        expect(report.heapUsed).toBeLessThanOrEqual(report.heapTotal!);
        expect(report.heapTotal).toBeLessThan(report.rss!);
    }, 30_000);

    test('an ordinary server does not know the request', async () => {
        running = start([]);
        await initializeLanguageServer(running.client);
        await expect(running.client.sendRequest('offering/test/memory')).rejects.toMatchObject({ code: -32601 });
    }, 30_000);
});
