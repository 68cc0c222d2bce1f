// The language server's browser bundle as VS Code for the Web starts it: a classic Web Worker in
// Chromium, fed the workspace's files through `initializationOptions.files` and
// `offering/filesChanged` (what packages/extension/src/browser/main.ts sends from
// vscode.workspace.fs). VS Code for the Web itself cannot be downloaded here; see docs/web.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleWorker } from '../../packages/language/scripts/bundle-worker.mjs';
import { TEXTS } from '../../packages/language/src/i18n/messages.js';
import { FilesChangedNotification } from '../../packages/language/src/lsp/protocol.js';
import { CHROMIUM } from './browser.js';

const PAGE = `<!DOCTYPE html><script>
const worker = new Worker('server.js');
const pending = new Map();
let next = 0;
globalThis.diagnostics = {};
worker.onmessage = ({ data }) => {
    if (data.id !== undefined && !data.method) { pending.get(data.id)(data); return; }
    if (data.method === 'textDocument/publishDiagnostics') { globalThis.diagnostics[data.params.uri] = data.params.diagnostics; }
    if (data.id !== undefined) { worker.postMessage({ jsonrpc: '2.0', id: data.id, result: null }); }
};
globalThis.request = (method, params) => new Promise(resolve => { const id = ++next; pending.set(id, resolve); worker.postMessage({ jsonrpc: '2.0', id, method, params }); });
globalThis.notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
</script>`;

const SKELETON = `board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
}
`;
const PROGRAMME = `programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL { intake at B1 }
    in Ghost
}
`;

let folder: string;
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'offering-worker-'));
    await bundleWorker(join(folder, 'server.js'), { format: 'iife' });
    writeFileSync(join(folder, 'index.html'), PAGE);
    server = createServer((request, response) => {
        const name = request.url === '/' ? 'index.html' : 'server.js';
        response.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(readFileSync(join(folder, name)));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
}, 60_000);

afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(folder, { recursive: true, force: true });
});

type Diagnostics = Record<string, Array<{ code?: string; message: string; severity: number }>>;
const diagnostics = (): Promise<Diagnostics> => page.evaluate(() => (globalThis as unknown as { diagnostics: Diagnostics }).diagnostics);
const codes = async (uri: string): Promise<string[]> => ((await diagnostics())[uri] ?? []).map(diagnostic => `${diagnostic.severity} ${diagnostic.code}`);

test('the worker answers initialize, indexes the files fed to it and publishes cross-file diagnostics', { timeout: 60_000 }, async () => {
    const result = await page.evaluate(files => (globalThis as unknown as { request(method: string, params: unknown): Promise<{ result: { capabilities: Record<string, unknown> } }> })
        .request('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }], initializationOptions: { locale: 'nl', files } }), [
        { uri: 'file:///ws/organisatie.offering', text: SKELETON },
        { uri: 'file:///ws/sub/opleiding.offering', text: PROGRAMME },
    ]);
    expect(Object.keys(result.result.capabilities)).toEqual(expect.arrayContaining(['completionProvider', 'hoverProvider', 'definitionProvider', 'codeActionProvider', 'semanticTokensProvider']));
    await page.evaluate(() => (globalThis as unknown as { notify(method: string, params: unknown): void }).notify('initialized', {}));

    // Not opened by any editor: the worker read both files from what the client handed over,
    // linked the calendar, provider and location across files and reports only the missing grouping, in Dutch.
    await expect.poll(() => codes('file:///ws/sub/opleiding.offering'), { timeout: 20_000 }).toEqual(['1 offering.reference.unresolved']);
    const [before, after] = TEXTS.nl.messages['offering.reference.unresolved']({ kind: '\u0000', name: 'Ghost' }).split('\u0000');
    expect((await diagnostics())['file:///ws/sub/opleiding.offering']![0]!.message).toMatch(new RegExp(`^${before}\\S+${after!.replace(/[.()]/g, '\\$&')}$`));

    const notify = (params: unknown) => page.evaluate(([method, params]) => (globalThis as unknown as { notify(method: string, params: unknown): void }).notify(method as string, params), [FilesChangedNotification.method, params] as const);
    await notify({ changed: [{ uri: 'file:///ws/groepen.offering', text: 'grouping Ghost "Spookgroep"\n' }], deleted: [] });
    await expect.poll(() => codes('file:///ws/sub/opleiding.offering'), { timeout: 20_000 }).toEqual([]);

    await notify({ changed: [], deleted: ['file:///ws/groepen.offering'] });
    await expect.poll(() => codes('file:///ws/sub/opleiding.offering'), { timeout: 20_000 }).toEqual(['1 offering.reference.unresolved']);
});
