import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { browserInitializationOptions, desktopInitializationOptions, rulesDocumentationBase } from '../../packages/extension/src/extension/client-options.js';
import { rulesHref } from '../../packages/language/src/vocabulary/rules/documentation.js';

const extension = fileURLToPath(new URL('../../packages/extension/', import.meta.url));
const desktopUri = 'file:///home/ada/.vscode/extensions/offering.offering-vscode-0.1.0';
// What extensionUri.toString() is in VS Code for the Web for a Marketplace extension.
const webUri = 'https://offering.vscode-unpkg.net/offering/offering-vscode/0.1.0/extension';

describe('the options the clients start the server with', () => {
    test('desktop: the locale, and the docs/ folder inside the installed extension as a file URL', () => {
        expect(desktopInitializationOptions('auto', 'nl', desktopUri)).toEqual({
            locale: 'nl',
            rulesDocumentationBase: 'file:///home/ada/.vscode/extensions/offering.offering-vscode-0.1.0/docs/',
        });
        expect(desktopInitializationOptions('en', 'nl', 'file:///c%3A/Users/Ada%20L/ext/').rulesDocumentationBase).toBe('file:///c%3A/Users/Ada%20L/ext/docs/');
    });

    test('web: the files, the locale, and the docs/ folder at the extension\'s own URL', () => {
        const files = [{ uri: 'vscode-vfs://github/o/r/a.offering', text: 'programme P { level mbo-4 years 1 }\n' }];
        expect(browserInitializationOptions('nl', 'en', webUri, files)).toEqual({
            locale: 'nl',
            files,
            rulesDocumentationBase: 'https://offering.vscode-unpkg.net/offering/offering-vscode/0.1.0/extension/docs/',
        });
        expect(browserInitializationOptions(undefined, 'de', webUri, []).locale).toBe('de');
    });

    test('the server\'s links from that base reach the documents the package ships', () => {
        const base = rulesDocumentationBase(pathToFileURL(extension).href);
        const links = [rulesHref(base, 'offering.name.duplicate', 'en'), rulesHref(base, 'offering.name.duplicate', 'nl')];
        expect(links.map(link => link.slice(base.length))).toEqual(['rules.md#offering-name-duplicate', 'rules.nl.md#offering-name-duplicate']);
        const shipped = readFileSync(`${extension}.vscodeignore`, 'utf-8').split('\n').filter(line => line.startsWith('!docs/'));
        expect(shipped).toEqual(['!docs/rules.md', '!docs/rules.nl.md']);
        // The copy exists once the extension is built (esbuild.mjs), as for the .vsix.
        if (existsSync(`${extension}out/extension/main.cjs`)) {
            expect(links.map(link => existsSync(fileURLToPath(link.split('#')[0]!)))).toEqual([true, true]);
        }
    });

    test('both entries build their options with these, from context.extensionUri', () => {
        expect(readFileSync(`${extension}src/extension/main.ts`, 'utf-8')).toMatch(/initializationOptions: \(\) => desktopInitializationOptions\([^;]*context\.extensionUri\.toString\(\)\)/);
        expect(readFileSync(`${extension}src/browser/main.ts`, 'utf-8')).toMatch(/browserInitializationOptions\([^;]*context\.extensionUri\.toString\(\), files\)/);
    });
});
