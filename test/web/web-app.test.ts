// The web app in real Chromium: the example workspace, typing an error, completion, hover, a
// quick fix, the catalogue download, the Dutch switch, unsaved edits across a reload, bad files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEXTS } from '../../packages/language/src/i18n/messages.js';
import { GLOSSARY } from '../../packages/language/src/vocabulary/glossary.js';
import { PAGE_TEXTS } from '../../packages/web/src/texts.js';
import type { WebSession } from './browser.js';
import { ARTIFACTS, placeCursor, problems, settled, startWebSession } from './browser.js';

const root = join(import.meta.dirname, '../..');
const example = join(root, 'examples/mbo-college');
let session: WebSession;

beforeAll(async () => {
    session = await startWebSession(example);
}, 60_000);

afterAll(async () => {
    await session?.close();
});

describe('the web app on examples/mbo-college', { timeout: 90_000 }, () => {
    test('opens with zero problems, and downloads the catalogue byte-identical to offering generate', async () => {
        const { context, page, foreign } = await session.newPage('?example=mbo-college');
        const result = await settled(page);
        expect(result).toMatchObject({ files: 11, errors: 0 });
        expect(await problems(page)).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, 'example-opened.png') });

        const download = page.waitForEvent('download');
        await page.click('#download-catalogue');
        const file = await (await download).path();
        const cli = execFileSync(process.execPath, [join(root, 'packages/language/bin/offering.js'), 'generate', example, '--stdout']);
        expect(readFileSync(file).equals(cli)).toBe(true);
        expect(foreign).toEqual([]);
        await context.close();
    });

    test('typing an error shows a marker and a Problems entry; the quick fix clears it; Dutch changes the message', async () => {
        const { context, page } = await session.newPage('?example=mbo-college');
        await settled(page);
        const typeError = async (): Promise<void> => {
            await placeCursor(page, 'ict.offering', 'size 7.5 EC');
            for (let i = 0; i < 3; i++) {
                await page.keyboard.press('Backspace');
            }
        };
        await typeError();
        const message = (locale: 'en' | 'nl') => `ict.offering:32:39 ${TEXTS[locale].messages['offering.size.missing-unit']({ size: '7.5' })} [offering.size.missing-unit]`;
        await page.waitForSelector('.monaco-editor .squiggly-error');
        await expect.poll(() => problems(page), { timeout: 20_000 }).toEqual([message('en')]);
        await page.screenshot({ path: join(ARTIFACTS, 'typed-error.png') });

        await placeCursor(page, 'ict.offering', 'size 7.5', 'start');
        await page.keyboard.press('Control+.');
        await page.waitForSelector('.action-widget .monaco-list-row', { timeout: 10_000 });
        await page.screenshot({ path: join(ARTIFACTS, 'quick-fix.png') });
        // The fixes add SBU, EC or hours; 7.5 EC is the size the example means.
        const titles = await page.$$eval('.action-widget .monaco-list-row.action', rows => rows.map(row => row.textContent ?? ''));
        const ec = titles.findIndex(title => /\bEC\b/.test(title));
        expect(ec).toBeGreaterThanOrEqual(0);
        for (let down = 0; down < ec; down++) {
            await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await expect.poll(() => problems(page), { timeout: 20_000 }).toEqual([]);
        expect(await page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
        expect(await page.evaluate(() => (globalThis as unknown as { offering: { editor(): { getModel(): { getValue(): string } } } }).offering.editor().getModel().getValue())).toContain('size 7.5 EC {');

        // The switch starts a new worker in Dutch; the same mistake now reads in Dutch.
        await page.selectOption('#language', 'nl');
        await settled(page);
        await typeError();
        await expect.poll(() => problems(page), { timeout: 20_000 }).toEqual([message('nl')]);
        expect(await page.textContent('#problems-title')).toBe('Problemen');
        await page.screenshot({ path: join(ARTIFACTS, 'dutch.png') });
        await context.close();
    });

    test('unsaved edits survive a reload; a non-UTF-8 file and a binary file are named in a message', async () => {
        const { context, page } = await session.newPage('?example=mbo-college');
        await settled(page);
        await placeCursor(page, 'ict.offering', '"Software Developer"');
        await page.keyboard.type(' // kept');
        await page.waitForTimeout(500); // the page stores edits 300 ms after the last keystroke
        await page.reload();
        await page.waitForSelector('body[data-ready="true"]');
        await expect.poll(() => page.textContent('#messages')).toBe(PAGE_TEXTS.en.restored(1));
        expect(await page.$$eval('#files li.dirty', items => items.map(item => item.getAttribute('data-path')))).toEqual(['ict.offering']);
        await page.click('#files li.file[data-path="ict.offering"]');
        expect(await page.evaluate(() => (globalThis as unknown as { offering: { editor(): { getModel(): { getValue(): string } } } }).offering.editor().getModel().getValue())).toContain('"Software Developer" // kept');

        page.on('dialog', dialog => { void dialog.accept(); }); // "replace the open workspace?"
        await page.setInputFiles('#file-input', [
            { name: 'latin1.offering', mimeType: 'text/plain', buffer: Buffer.from([0x62, 0x6f, 0x61, 0x72, 0x64, 0x20, 0xe9]) },
            { name: 'image.offering', mimeType: 'application/octet-stream', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
        ]);
        await expect.poll(() => page.textContent('#messages')).toBe(PAGE_TEXTS.en.notUtf8('latin1.offering') + PAGE_TEXTS.en.binary('image.offering'));
        await page.screenshot({ path: join(ARTIFACTS, 'bad-files.png') });
        await context.close();
    });

    test('completion after "intake at " offers the calendar\'s periods', async () => {
        const { context, page } = await session.newPage('?example=mbo-college');
        await settled(page);
        await placeCursor(page, 'ict.offering', 'as BOL { intake at ');
        await page.keyboard.press('Control+Space');
        await page.waitForSelector('.suggest-widget .monaco-list-row');
        const labels = await page.$$eval('.suggest-widget .monaco-list-row .label-name', rows => rows.map(row => row.textContent ?? ''));
        expect(labels).toEqual(expect.arrayContaining(['B1', 'B2', 'B3', 'B4']));
        await page.screenshot({ path: join(ARTIFACTS, 'completion.png') });
        await context.close();
    });

    test('hover on crebo shows the glossary', async () => {
        const { context, page } = await session.newPage('?example=mbo-college');
        await settled(page);
        await placeCursor(page, 'ict.offering', 'crebo', 'start');
        await page.evaluate(() => (globalThis as unknown as { offering: { editor(): { trigger(source: string, id: string, args: unknown): void } } }).offering.editor().trigger('test', 'editor.action.showHover', {}));
        const hover = page.locator('.monaco-hover-content').first();
        const meaning = GLOSSARY.find(entry => entry.syntax === 'crebo')!.meaning.en;
        await expect.poll(async () => (await hover.textContent()) ?? '', { timeout: 20_000 }).toContain(meaning);
        await page.screenshot({ path: join(ARTIFACTS, 'hover.png') });
        await context.close();
    });

    test('go to definition opens the declaration in the other file', async () => {
        const { context, page } = await session.newPage('?example=mbo-college');
        await settled(page);
        type Page = { offering: { state: { active: string }; editor(): { getPosition(): { lineNumber: number } } } };
        const active = () => page.evaluate(() => (globalThis as unknown as Page).offering.state.active);

        await placeCursor(page, 'ict.offering', 'calendar Schooljaar2026');
        await page.keyboard.press('F12');
        await expect.poll(active, { timeout: 10_000 }).toBe('kalender.offering');
        expect(await page.evaluate(() => (globalThis as unknown as Page).offering.editor().getPosition().lineNumber)).toBe(4);

        await context.close();
    });
});
