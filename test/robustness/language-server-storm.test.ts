import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ProtocolConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { exampleTexts, mutate, mutationArbitrary } from './fuzz.js';
import fc from 'fast-check';
import { random } from './offering-arbitraries.js';

/**
 * The real language server (`offering-language-server --stdio`, built by `npm run build`)
 * under a storm of random edits, completions and hovers for a bounded time; afterwards it
 * still answers correctly and has not kept the documents that were closed.
 */
const serverBin = fileURLToPath(new URL('../../packages/language/bin/offering-language-server.js', import.meta.url));
const STORM_MS = Number(process.env.STORM_MS ?? 8000);
const known = { uri: 'file:///storm/known.offering', text: 'characteristic Versneld "Versneld traject"\n' };

let server: ChildProcess;
let client: ProtocolConnection;
let exited = false;
const diagnostics = new Map<string, Array<{ code?: unknown }>>();

beforeAll(async () => {
    server = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    server.on('exit', () => (exited = true));
    client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    client.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Array<{ code?: unknown }> }) => {
        diagnostics.set(params.uri, params.diagnostics);
    });
    client.listen();
    await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
});

afterAll(async () => {
    await client?.sendRequest('shutdown').catch(() => undefined);
    await client?.sendNotification('exit').catch(() => undefined);
    client?.dispose();
    server?.kill();
});

async function symbols(query: string): Promise<string[]> {
    const result = await client.sendRequest('workspace/symbol', { query }) as Array<{ name: string }> | null;
    return (result ?? []).map(s => s.name).sort();
}

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (;;) {
        const value = await read();
        if (done(value)) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

test(`survives ${STORM_MS} ms of random edits, completions and hovers, then still answers correctly`, async () => {
    const sources = exampleTexts();
    const rnd = random(20261123);
    const mutations = fc.sample(mutationArbitrary, { seed: 20261123, numRuns: 2000 });
    const uris = Array.from({ length: 5 }, (_, i) => `file:///storm/doc${i}.offering`);
    const texts = uris.map((_, i) => sources[i % sources.length]);
    const versions = uris.map(() => 1);
    uris.forEach((uri, i) => client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text: texts[i] } }));

    const pending: Array<Promise<unknown>> = [];
    let requests = 0;
    const stop = Date.now() + STORM_MS;
    for (let n = 0; Date.now() < stop; n++) {
        const i = Math.floor(rnd() * uris.length);
        texts[i] = mutate(texts[i], mutations[n % mutations.length]);
        if (texts[i].length > 20_000 || texts[i].length === 0) {
            texts[i] = sources[Math.floor(rnd() * sources.length)];
        }
        await client.sendNotification('textDocument/didChange', {
            textDocument: { uri: uris[i], version: ++versions[i] }, contentChanges: [{ text: texts[i] }],
        });
        const lines = texts[i].split('\n');
        const line = Math.floor(rnd() * lines.length);
        const position = { line, character: Math.floor(rnd() * (lines[line].length + 1)) };
        const method = rnd() < 0.5 ? 'textDocument/completion' : 'textDocument/hover';
        // Requests may be cancelled by later edits (an error reply is fine); a crash is not.
        pending.push(client.sendRequest(method, { textDocument: { uri: uris[i] }, position }).catch(() => undefined));
        requests++;
        if (pending.length > 50) {
            await Promise.all(pending.splice(0));
        }
    }
    await Promise.all(pending);
    expect(exited).toBe(false);
    expect(requests).toBeGreaterThan(10);

    // Still correct: a known document gets its hover.
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: known.uri, languageId: 'offering', version: 1, text: known.text } });
    const hover = await client.sendRequest('textDocument/hover', { textDocument: { uri: known.uri }, position: { line: 0, character: 16 } }) as { contents: { value: string } } | null;
    expect(hover?.contents.value).toContain('Versneld traject');

    uris.forEach(uri => client.sendNotification('textDocument/didClose', { textDocument: { uri } }));
    expect(exited).toBe(false);
}, STORM_MS + 90_000);

// KNOWN LEAK (docs/reliability.md): Langium's default update handler ignores didClose, so a
// closed document that does not exist on disk stays in the index for the server's lifetime.
// `test.fails` keeps the check honest: it turns red once the leak is fixed (then drop `.fails`).
test.fails('documents opened and closed again leave the index', async () => {
    const leakUris = Array.from({ length: 20 }, (_, i) => `file:///storm/leak${i}.offering`);
    leakUris.forEach((uri, i) => client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'offering', version: 1, text: `grouping LeakCheck${i}\n` },
    }));
    await until(() => symbols('LeakCheck'), names => names.length === 20, '20 open documents in the index');
    leakUris.forEach(uri => client.sendNotification('textDocument/didClose', { textDocument: { uri } }));
    expect(await until(() => symbols('LeakCheck'), names => names.length === 0, 'closed documents to leave the index')).toEqual([]);
}, 40_000);
