// The web app's budgets in Debian's Chromium (playwright-core), served by `offering serve`'s server:
//   npm run build:web && npm run bench:web [-- --runs 5 --edits 50]
// - page load to first diagnostics on examples/mbo-college: from navigation start until the
//   worker's first build that covers every file (the catalogue request then counts them all);
// - keystroke to diagnostics in the largest file of the generated 1k workspace: from the keydown
//   to Monaco's next marker change for that file (one digit of a module's size typed, then deleted);
// - transfer size: every file the page loads, gzip-compressed as a static host would send it;
// - the worker's JS heap after loading the generated 10k workspace.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { DEFAULT_APP_FOLDER, startServer } from '../packages/language/src/node/cli/serve-command.js';
import { writeWorkspace } from './generate.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
};
const runs = option('runs', 5);
const edits = option('edits', 50);
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'offering-web-bench-'));

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
}
function p95(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

type Offering = { offering: { settled(): Promise<{ files: number; errors: number; at: number }> } };
const settled = (page: Page) => page.evaluate(() => (globalThis as unknown as Offering).offering.settled());

const browser = await chromium.launch({
    executablePath: process.env['OFFERING_CHROMIUM'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const results: Record<string, unknown> = { date: new Date().toISOString(), runs, edits };
try {
    // Page load to first diagnostics, and what the page transfers.
    const example = await startServer({ folder: join(root, 'examples/mbo-college'), app: DEFAULT_APP_FOLDER, port: 0 });
    const origin = new URL(example.url).origin;
    const loads: number[] = [];
    let transfer = { files: 0, bytes: 0, gzip: 0 };
    for (let run = 0; run < runs; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const requested = new Set<string>();
        page.on('request', request => { if (request.url().startsWith(origin)) requested.add(new URL(request.url()).pathname); });
        await page.goto(`${origin}/?example=mbo-college`);
        const result = await settled(page);
        if (result.files !== 10 || result.errors !== 0) {
            throw new Error(`unexpected build: ${JSON.stringify(result)}`);
        }
        loads.push(result.at);
        if (run === 0) {
            for (const path of requested) {
                const content = readFileSync(join(DEFAULT_APP_FOLDER, path === '/' ? 'index.html' : decodeURIComponent(path)));
                transfer = { files: transfer.files + 1, bytes: transfer.bytes + content.length, gzip: transfer.gzip + gzipSync(content).length };
            }
        }
        await context.close();
    }
    await example.close();
    results['pageLoadToDiagnosticsMs'] = { median: Math.round(median(loads)), all: loads.map(Math.round) };
    results['transfer'] = transfer;

    // Keystroke to diagnostics in a 1k-line file.
    const oneK = writeWorkspace('1k', work);
    const largest = [...oneK.files].sort((a, b) => b.lines - a.lines)[0]!;
    const relative = largest.path.slice(oneK.offeringDir.length + 1);
    const served1k = await startServer({ folder: oneK.offeringDir, app: DEFAULT_APP_FOLDER, port: 0 });
    {
        const page = await browser.newPage();
        await page.goto(served1k.url);
        await settled(page);
        await page.click(`#files li.file[data-path="${relative}"]`);
        // After the first digit of the first module size: typing '1' there keeps the text valid.
        await page.evaluate(() => {
            type Editor = { getModel(): { findMatches(...a: unknown[]): Array<{ range: { startLineNumber: number; startColumn: number } }>; uri: { toString(): string } }; setPosition(p: object): void; focus(): void };
            const offering = (globalThis as unknown as { offering: { editor(): Editor; monaco: { editor: { onDidChangeMarkers(listener: (uris: Array<{ toString(): string }>) => void): void } } } }).offering;
            const editor = offering.editor();
            const model = editor.getModel();
            const match = model.findMatches(' size \\d', false, true, true, null, false)[0]!;
            editor.setPosition({ lineNumber: match.range.startLineNumber, column: match.range.startColumn + 7 });
            editor.focus();
            const uri = model.uri.toString();
            const state = globalThis as unknown as { keyAt: number; latencies: number[] };
            state.latencies = [];
            state.keyAt = 0;
            (globalThis as unknown as { addEventListener(type: string, listener: () => void, capture: boolean): void }).addEventListener('keydown', () => { state.keyAt = performance.now(); }, true);
            offering.monaco.editor.onDidChangeMarkers(uris => {
                if (state.keyAt > 0 && uris.some(changed => changed.toString() === uri)) {
                    state.latencies.push(performance.now() - state.keyAt);
                    state.keyAt = 0;
                }
            });
        });
        const latencies = (): Promise<number[]> => page.evaluate(() => (globalThis as unknown as { latencies: number[] }).latencies);
        for (let edit = 0; edit < edits; edit++) {
            const before = (await latencies()).length;
            await page.keyboard.press(edit % 2 === 0 ? '1' : 'Backspace');
            const deadline = Date.now() + 5000;
            while ((await latencies()).length === before && Date.now() < deadline) {
                await page.waitForTimeout(5);
            }
        }
        const measured = await latencies();
        results['keystrokeToDiagnosticsMs'] = { file: relative, lines: largest.lines, edits, measured: measured.length, median: Math.round(median(measured)), p95: Math.round(p95(measured)) };
        await page.close();
    }
    await served1k.close();

    // The worker's memory with the 10k-line workspace.
    const tenK = writeWorkspace('10k', work);
    const served10k = await startServer({ folder: tenK.offeringDir, app: DEFAULT_APP_FOLDER, port: 0 });
    {
        const page = await browser.newPage();
        await page.goto(served10k.url);
        const result = await settled(page);
        // The worker's own isolate, through the browser's DevTools protocol (workers have no performance.memory).
        const cdp = await browser.newBrowserCDPSession();
        const { targetInfos } = await cdp.send('Target.getTargets') as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
        const target = targetInfos.find(info => info.type === 'worker' && info.url.endsWith('/server.js'))!;
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false }) as { sessionId: string };
        const answer = new Promise<{ usedSize: number }>(resolve => {
            cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
                const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
                if (message.id === 2 && message.result) {
                    resolve(message.result);
                }
            });
        });
        await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }) });
        await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }) });
        const heap = (await answer).usedSize;
        await cdp.detach();
        results['worker10k'] = { files: result.files, lines: tenK.lines, usedJSHeapMB: heap === null ? null : Math.round(heap / 1048576 * 10) / 10 };
        await page.close();
    }
    await served10k.close();
} finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
}
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'web-latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
