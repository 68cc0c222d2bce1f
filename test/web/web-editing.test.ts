// Rename, find references and formatting in the web app, in real Chromium: one page for the
// whole file (each test leaves the workspace as the example has it, or says what it changed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';
import type { WebSession } from './browser.js';
import { ARTIFACTS, placeCursor, problems, settled, startWebSession } from './browser.js';

const root = join(import.meta.dirname, '../..');
const example = join(root, 'examples/mbo-college');
const original = Object.fromEntries(readdirSync(example).filter(name => name.endsWith('.offering')).sort().map(name => [name, readFileSync(join(example, name), 'utf-8')]));
let session: WebSession;
let context: BrowserContext;
let page: Page;

type Offering = { offering: { state: { active: string; models: Map<string, { getValue(): string; setValue(text: string): void }> }; editor(): { trigger(source: string, id: string, args: unknown): void } } };

/** Every file's text as the page's models hold it. */
const modelTexts = (): Promise<Record<string, string>> => page.evaluate(() => Object.fromEntries([...(globalThis as unknown as Offering).offering.state.models].map(([path, model]) => [path, model.getValue()])));
const dirtyFiles = (): Promise<Array<string | null>> => page.$$eval('#files li.dirty', items => items.map(item => item.getAttribute('data-path')));

/** The Problems entries a build from scratch of these texts gives, as the page writes them. */
async function freshProblems(texts: Record<string, string>): Promise<string[]> {
    const ws = await buildWorkspace(texts);
    return Object.keys(texts).sort().flatMap(name => [...(ws.documents.get(name)!.diagnostics ?? [])]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => `${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}${d.code ? ` [${String(d.code)}]` : ''}`));
}

async function renameAt(path: string, text: string, newName: string): Promise<void> {
    await placeCursor(page, path, text, 'start');
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input').first();
    await input.waitFor();
    await input.fill(newName);
    await page.keyboard.press('Enter');
}

beforeAll(async () => {
    session = await startWebSession(example);
    ({ context, page } = await session.newPage('?example=mbo-college'));
    await settled(page);
}, 60_000);

afterAll(async () => {
    await context?.close();
    await session?.close();
});

describe('editing across files in the web app', { timeout: 90_000 }, () => {
    test('rename (F2) of the calendar rewrites every file that names it, marks them unsaved, updates the outline, and leaves no problems', async () => {
        await renameAt('kalender.offering', 'Schooljaar2026', 'Jaar2026');
        await expect.poll(() => page.$$eval('#outline li', items => items.map(item => item.textContent ?? '')[0]), { timeout: 20_000 }).toBe('Jaar2026 — Schooljaar 2026-2027');
        const expected = Object.fromEntries(Object.entries(original).map(([name, text]) => [name, text.replaceAll('Schooljaar2026', 'Jaar2026')]));
        await expect.poll(modelTexts, { timeout: 20_000 }).toEqual(expected);
        await page.screenshot({ path: join(ARTIFACTS, 'renamed.png') });
        await expect.poll(dirtyFiles).toEqual(['groepen.offering', 'ict.offering', 'kalender.offering', 'llo.offering', 'techniek.offering', 'zorg.offering']);
        expect(await settled(page)).toMatchObject({ files: 11, errors: 0 });
        expect(await problems(page)).toEqual([]);
    });

    test('rename from a reference in another file rewrites the declaration and every use; the diagnostics equal a fresh build', async () => {
        const before = await modelTexts();
        // keuzedelen.offering names the programme; ict.offering declares it (a tab not shown).
        await renameAt('keuzedelen.offering', 'SoftwareDeveloper', 'SD');
        const expected = Object.fromEntries(Object.entries(before).map(([name, text]) => [name, text.replaceAll('SoftwareDeveloper', 'SD')]));
        expect(Object.keys(expected).filter(name => expected[name] !== before[name])).toEqual(['generiek.offering', 'groepen.offering', 'ict.offering', 'keuzedelen.offering']);
        await expect.poll(modelTexts, { timeout: 20_000 }).toEqual(expected);
        await expect.poll(dirtyFiles).toEqual(['generiek.offering', 'groepen.offering', 'ict.offering', 'kalender.offering', 'keuzedelen.offering', 'llo.offering', 'techniek.offering', 'zorg.offering']);
        expect(await settled(page)).toMatchObject({ files: 11, errors: 0 });
        const fresh = await freshProblems(expected);
        expect(fresh).toEqual([]);
        await expect.poll(() => problems(page), { timeout: 20_000 }).toEqual(fresh);
    });

    test('with the preview open (a catalogue request after every build), a rename across files ends with the diagnostics of a fresh build', async () => {
        await page.click('#toggle-preview');
        const before = await modelTexts();
        await renameAt('keuzedelen.offering', 'SD', 'SoftwareDeveloper');
        const expected = Object.fromEntries(Object.entries(before).map(([name, text]) => [name, text.replace(/\bSD\b/g, 'SoftwareDeveloper')]));
        await expect.poll(modelTexts, { timeout: 20_000 }).toEqual(expected);
        const fresh = await freshProblems(expected);
        expect(fresh).toEqual([]);
        expect(await settled(page)).toMatchObject({ files: 11, errors: 0 });
        await expect.poll(() => problems(page), { timeout: 20_000 }).toEqual(fresh);
        await page.click('#toggle-preview');
    });

    test('find references (Shift+F12) on the calendar lists the uses in the other files', async () => {
        await placeCursor(page, 'kalender.offering', 'Jaar2026', 'start');
        await page.keyboard.press('Shift+F12');
        const files = page.locator('.peekview-widget .reference-file');
        await expect.poll(() => files.count(), { timeout: 20_000 }).toBeGreaterThan(0);
        await page.screenshot({ path: join(ARTIFACTS, 'references.png') });
        // Each file row reads its name, its folder and the number of uses.
        const rows = await files.evaluateAll(items => items.map(item => [item.querySelector('.label-name')?.textContent ?? '', item.querySelector('.count')?.textContent ?? '']));
        // The declaration counts too (Monaco asks with includeDeclaration).
        expect(rows).toEqual([['groepen.offering', '2'], ['ict.offering', '2'], ['kalender.offering', '1'], ['llo.offering', '1'], ['techniek.offering', '1'], ['zorg.offering', '3']]);
        await page.keyboard.press('Escape');
    });

    test('format document (Ctrl+Shift+I on Linux) on a badly indented file gives exactly what offering format writes', async () => {
        const bad = (await modelTexts())['kalender.offering']!.replace(/^ {4}/gm, '  \t').replace('{\n', '{\n\n\n');
        const folder = mkdtempSync(join(tmpdir(), 'offering-web-format-'));
        let formatted: string;
        try {
            writeFileSync(join(folder, 'kalender.offering'), bad);
            execFileSync(process.execPath, [join(root, 'packages/language/bin/offering.js'), 'format', folder], { stdio: 'pipe' });
            formatted = readFileSync(join(folder, 'kalender.offering'), 'utf-8');
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
        expect(formatted).not.toBe(bad);
        await page.click('#files li.file[data-path="kalender.offering"]');
        await page.evaluate(text => (globalThis as unknown as Offering).offering.state.models.get('kalender.offering')!.setValue(text), bad);
        // Monaco's key for Format Document on Linux (Shift+Alt+F on Windows and macOS).
        await page.keyboard.press('Control+Shift+I');
        await expect.poll(async () => (await modelTexts())['kalender.offering'], { timeout: 20_000 }).toBe(formatted);
    });

    test('a new worker (the language switch) on the renamed, unsaved files builds them as a fresh build does', async () => {
        const texts = await modelTexts();
        const fresh = await freshProblems(texts);
        for (const language of ['nl', 'en']) {
            await page.selectOption('#language', language);
            expect(await settled(page)).toMatchObject({ files: 11, errors: 0 });
            await expect.poll(() => problems(page), { timeout: 20_000 }).toEqual(fresh);
        }
    });
});
