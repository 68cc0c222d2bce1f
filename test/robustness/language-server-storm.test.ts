import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { RunningServer } from '../language-server-harness.js';
import { initializeLanguageServer, spawnLanguageServer, stopLanguageServer, waitUntil } from '../language-server-harness.js';
import { exampleTexts, mutate, mutationArbitrary } from './fuzz.js';
import { random } from './offering-arbitraries.js';

/**
 * The real language server (`offering-language-server --stdio`, built by `npm run build`)
 * under a storm of random edits, completions and hovers for a bounded time; afterwards it
 * still answers correctly and has not kept the documents that were closed.
 */
const STORM_MS = Number(process.env.STORM_MS ?? 8000);
const known = { uri: 'file:///storm/known.offering', text: 'characteristic Versneld "Versneld traject"\n' };

let running: RunningServer;
let client: ProtocolConnection;
let exited = false;
/** The last diagnostics published per document. */
const diagnostics = new Map<string, Array<{ code?: unknown }>>();

beforeAll(async () => {
    // Keep what the server logs during the storm out of the test output.
    running = spawnLanguageServer({ stderr: 'ignore' });
    running.server.on('exit', () => (exited = true));
    client = running.client;
    client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        diagnostics.set(params.uri, params.diagnostics);
    });
    client.listen();
    await initializeLanguageServer(client);
});

afterAll(() => stopLanguageServer(running));

async function symbols(query: string): Promise<string[]> {
    const result = await client.sendRequest('workspace/symbol', { query }) as Array<{ name: string }> | null;
    return (result ?? []).map(s => s.name).sort();
}

const codes = (uri: string) => diagnostics.get(uri)?.map(d => d.code);

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

test('documents opened and closed again leave the workspace: no index entries, no collisions, diagnostics cleared', async () => {
    // The storm's five documents were closed above and never existed on disk.
    const stays = 'file:///storm/stays.offering';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: stays, languageId: 'offering', version: 1, text: 'grouping LeakCheck0\n' } });
    const leakUris = Array.from({ length: 20 }, (_, i) => `file:///storm/leak${i}.offering`);
    leakUris.forEach((uri, i) => client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'offering', version: 1, text: `grouping LeakCheck${i}\n` },
    }));
    await waitUntil(() => symbols('LeakCheck'), names => names.length === 21, '21 open documents in the index');
    await waitUntil(() => codes(stays), found => !!found?.includes('offering.name.duplicate'), 'the name collision with leak0');

    leakUris.forEach(uri => client.sendNotification('textDocument/didClose', { textDocument: { uri } }));
    await waitUntil(() => codes(stays), found => !found?.includes('offering.name.duplicate'), 'the collision to go with the closed document');
    expect(codes(stays)).toEqual(['offering.definition.unused']);
    expect(await symbols('')).toEqual(['LeakCheck0', 'Versneld']);
    expect(leakUris.map(uri => codes(uri))).toEqual(leakUris.map(() => []));
    expect(exited).toBe(false);
}, 40_000);
