// Debian's Chromium through playwright-core (no browser download), and the built web app served
// from 127.0.0.1 by the same server as `offering serve`.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { ServedApp } from '../../packages/language/src/node/cli/serve-command.js';
import { DEFAULT_APP_FOLDER, startServer } from '../../packages/language/src/node/cli/serve-command.js';

export const CHROMIUM = process.env['OFFERING_CHROMIUM'] ?? '/usr/bin/chromium';
/** Screenshots of the runs, kept as artifacts (gitignored). */
export const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts/web');

export interface WebSession {
    served: ServedApp;
    browser: Browser;
    origin: string;
    newPage(query: string): Promise<{ context: BrowserContext; page: Page; foreign: string[] }>;
    close(): Promise<void>;
}

export async function startWebSession(folder: string): Promise<WebSession> {
    if (!existsSync(join(DEFAULT_APP_FOLDER, 'index.html'))) {
        throw new Error(`The web app is not built in ${DEFAULT_APP_FOLDER}: run 'npm run build:web'.`);
    }
    if (!existsSync(CHROMIUM)) {
        throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package or set OFFERING_CHROMIUM.`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    const served = await startServer({ folder, app: DEFAULT_APP_FOLDER, port: 0 });
    const origin = new URL(served.url).origin;
    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    return {
        served, browser, origin,
        async newPage(query) {
            const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
            const page = await context.newPage();
            // Privacy: the page asks nothing of any other host.
            const foreign: string[] = [];
            context.on('request', request => {
                if (!request.url().startsWith(`${origin}/`) && !/^(blob|data):/.test(request.url())) {
                    foreign.push(request.url());
                }
            });
            page.on('pageerror', error => console.error(`page error: ${error.stack ?? error.message}`));
            await page.goto(`${origin}/${query}`);
            await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
            const ready = await page.getAttribute('body', 'data-ready');
            if (ready !== 'true') {
                throw new Error(`The page did not start: ${await page.textContent('#messages')}`);
            }
            return { context, page, foreign };
        },
        async close() {
            await browser.close();
            await served.close();
        },
    };
}

/** Waits until the server has built every file; returns the build's file and error counts. */
export function settled(page: Page): Promise<{ files: number; errors: number; at: number }> {
    return page.evaluate(() => (globalThis as unknown as { offering: { settled(): Promise<{ files: number; errors: number; at: number }> } }).offering.settled());
}

/** Opens a file's tab and puts the cursor just after the first occurrence of `text` (or at its start). */
export async function placeCursor(page: Page, path: string, text: string, where: 'after' | 'start' = 'after'): Promise<void> {
    await page.click(`#files li.file[data-path="${path}"]`);
    await page.evaluate(({ text, where }) => {
        const offering = (globalThis as unknown as { offering: { editor(): { getModel(): { findMatches(...args: unknown[]): Array<{ range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number } }> }; setPosition(p: object): void; focus(): void; revealLineInCenter(line: number): void } } }).offering;
        const editor = offering.editor();
        const match = editor.getModel().findMatches(text, false, false, true, null, false)[0];
        if (!match) {
            throw new Error(`'${text}' not found`);
        }
        const { range } = match;
        const position = where === 'after' ? { lineNumber: range.endLineNumber, column: range.endColumn } : { lineNumber: range.startLineNumber, column: range.startColumn };
        editor.setPosition(position);
        editor.revealLineInCenter(position.lineNumber);
        editor.focus();
    }, { text, where });
}

export async function problems(page: Page): Promise<string[]> {
    return page.$$eval('#problems li.problem', items => items.map(item => item.textContent ?? ''));
}
