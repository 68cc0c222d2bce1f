import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import type { RunningServer } from '../language-server-harness.js';
import { initializeLanguageServer, spawnLanguageServer, stopLanguageServer, waitUntil } from '../language-server-harness.js';
import { rulesDocumentationBase } from '../../packages/language/src/node/rules-documentation.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

const text = 'programme Prog { level mbo-4 years 0..3 }\nprogramme Prog { level mbo-4 years 1 }\n';

async function links(base: string | undefined, locale: 'en' | 'nl'): Promise<Array<[string | number | undefined, string | undefined]>> {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    services.i18n.RulesDocumentation.base = base;
    services.i18n.Messages.locale = locale;
    const workspace = await buildWorkspace({ 'a.offering': text }, services);
    return (workspace.documents.get('a.offering')!.diagnostics ?? []).map(d => [d.code, d.codeDescription?.href]);
}

describe('every diagnostic links to its rule (codeDescription)', () => {
    test('to the section of its code in rules.md, and in rules.nl.md for Dutch', async () => {
        expect(await links('https://example.org/offering/docs/', 'en')).toEqual([
            ['offering.name.duplicate', 'https://example.org/offering/docs/rules.md#offering-name-duplicate'],
            ['offering.name.duplicate', 'https://example.org/offering/docs/rules.md#offering-name-duplicate'],
            ['offering.years.zero', 'https://example.org/offering/docs/rules.md#offering-years-zero'],
        ]);
        expect(await links('docs', 'nl')).toEqual([
            ['offering.name.duplicate', 'docs/rules.nl.md#offering-name-duplicate'],
            ['offering.name.duplicate', 'docs/rules.nl.md#offering-name-duplicate'],
            ['offering.years.zero', 'docs/rules.nl.md#offering-years-zero'],
        ]);
    });

    test('a linking error, re-coded, links too', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        services.i18n.RulesDocumentation.base = 'https://example.org/';
        const workspace = await buildWorkspace({ 'a.offering': 'programme Prog { in Ghost }\n' }, services);
        expect(workspace.documents.get('a.offering')!.diagnostics!.map(d => d.codeDescription?.href))
            .toEqual(['https://example.org/rules.md#offering-reference-unresolved']);
    });

    test('without a base (no entry point set one) there is no link, rather than a wrong one', async () => {
        expect(await links(undefined, 'en')).toEqual([
            ['offering.name.duplicate', undefined],
            ['offering.name.duplicate', undefined],
            ['offering.years.zero', undefined],
        ]);
    });

    test('a syntax error, which is no rule, has no link', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        services.i18n.RulesDocumentation.base = 'https://example.org/';
        const workspace = await buildWorkspace({ 'a.offering': 'programme {\n' }, services);
        const diagnostics = workspace.documents.get('a.offering')!.diagnostics!;
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(diagnostics.map(d => d.codeDescription)).toEqual(diagnostics.map(() => undefined));
    });

    test('the Node entry links to the generated docs/ of this repository, which hold both documents', () => {
        const base = rulesDocumentationBase();
        expect(base).toBe(new URL('../../docs/', import.meta.url).href);
        expect(existsSync(fileURLToPath(new URL('rules.md', base)))).toBe(true);
        expect(existsSync(fileURLToPath(new URL('rules.nl.md', base)))).toBe(true);
    });

    describe('the language server (built, as the editor starts it)', () => {
        let running: RunningServer | undefined;
        afterEach(async () => {
            await stopLanguageServer(running);
            running = undefined;
        });

        async function published(initializationOptions: unknown, locale: string): Promise<Array<string | undefined>> {
            running = spawnLanguageServer();
            const diagnostics: Array<{ codeDescription?: { href: string } }>[] = [];
            running.client.onNotification('textDocument/publishDiagnostics', (params: { diagnostics: Array<{ codeDescription?: { href: string } }> }) => {
                diagnostics.push(params.diagnostics);
            });
            running.client.listen();
            await initializeLanguageServer(running.client, { locale, initializationOptions });
            await running.client.sendNotification('textDocument/didOpen', {
                textDocument: { uri: 'file:///a.offering', languageId: 'offering', version: 1, text: 'programme Prog { level mbo-4 years 0..3 }\n' },
            });
            const last = await waitUntil(() => diagnostics.at(-1), value => (value?.length ?? 0) > 0, 'diagnostics');
            return last!.map(d => d.codeDescription?.href);
        }

        test("links to the rules documents of this repository, in the client's language", async () => {
            expect(await published(undefined, 'nl-NL')).toEqual([`${new URL('../../docs/', import.meta.url).href}rules.nl.md#offering-years-zero`]);
        });

        test('or where the client says it serves them', async () => {
            expect(await published({ rulesDocumentationBase: 'https://example.org/docs/' }, 'en')).toEqual(['https://example.org/docs/rules.md#offering-years-zero']);
        });
    });
});
