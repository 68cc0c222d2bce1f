import type { ValidationAcceptor } from 'langium';
import { EmptyFileSystem } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { Document } from '../../packages/language/src/generated/ast.js';
import { OfferingMessages } from '../../packages/language/src/i18n/messages.js';
import { capDiagnostics, MAX_PUBLISHED_DIAGNOSTICS, MORE_PROBLEMS_CODE } from '../../packages/language/src/lsp/diagnostic-cap.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';
import type { RunningServer } from '../language-server-harness.js';
import { initializeLanguageServer, spawnLanguageServer, stopLanguageServer, waitUntil } from '../language-server-harness.js';

/**
 * No diagnostic is lost, however many there are: the validator used to spread the checks'
 * diagnostics into `push(...)`, which throws a RangeError above about 125,000 arguments; the
 * error was only logged and the file had no diagnostics at all. The editor gets at most
 * MAX_PUBLISHED_DIAGNOSTICS per file, the last one saying how many more there are.
 */
describe('every diagnostic path handles any count', () => {
    test.each([130_000, 300_000])('%i diagnostics from the checks all arrive', async count => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        // A check that reports `count` problems on one node: the count, not the parse, is under test.
        services.validation.ValidationRegistry.register({
            Document: (node: Document, accept: ValidationAcceptor) => {
                for (let i = 0; i < count; i++) accept('warning', `problem ${i}`, { node });
            },
        });
        const { documents } = await buildWorkspace({ 'a.offering': 'board B "Bestuur" code 100B490\n' }, services);
        const diagnostics = documents.get('a.offering')!.diagnostics!;
        expect(diagnostics.length).toBe(count);
        expect([diagnostics[0]!.message, diagnostics.at(-1)!.message]).toEqual(['problem 0', `problem ${count - 1}`]);
    });

    test('a validation that fails as a whole is an error diagnostic, not silence', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        const validator = services.validation.DocumentValidator as unknown as { validateAst: () => Promise<Diagnostic[]> };
        validator.validateAst = () => Promise.reject(new Error('boom'));
        const { diagnostics } = await buildWorkspace({ 'a.offering': 'board B "Bestuur" code 100B490\n' }, services);
        expect(diagnostics()).toEqual(['a.offering:1:1 offering.internal.check-failed: An error occurred during validation: boom. This is a fault in the Offering checks, not in the file: please report it.']);
    });
});

describe('capDiagnostics', () => {
    const messages = new OfferingMessages();
    const at = (line: number, severity: 1 | 2 | 3, message = `m${line}`): Diagnostic =>
        ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, message });

    test('up to the cap, the diagnostics pass unchanged', () => {
        const diagnostics = Array.from({ length: 5 }, (_, i) => at(i, 2));
        expect(capDiagnostics(diagnostics, messages, 5)).toEqual(diagnostics);
    });

    test('above it, the most severe first, then a final diagnostic that counts the rest', () => {
        const diagnostics = [at(0, 3), at(1, 2), at(2, 1), at(3, 2), at(4, 1), at(5, 3)];
        expect(capDiagnostics(diagnostics, messages, 4)).toEqual([
            at(2, 1), at(4, 1), at(1, 2),
            { range: at(0, 3).range, severity: 2, message: '3 more problems in this file, not shown (the editor shows the first 3; offering validate lists them all).', code: MORE_PROBLEMS_CODE, data: { code: MORE_PROBLEMS_CODE }, source: 'offering' },
        ]);
        messages.locale = 'nl';
        expect(capDiagnostics([at(0, 1), at(1, 1), at(2, 1)], messages, 2).at(-1)!.message)
            .toBe('Nog 2 problemen in dit bestand, niet getoond (de editor toont de eerste 1; offering validate toont ze allemaal).');
    });
});

describe('the language server publishes at most the cap per file', () => {
    let running: RunningServer;
    let client: ProtocolConnection;
    const published = new Map<string, Diagnostic[]>();

    beforeAll(async () => {
        running = spawnLanguageServer();
        client = running.client;
        client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => { published.set(params.uri, params.diagnostics); });
        client.listen();
        await initializeLanguageServer(client);
    });
    afterAll(() => stopLanguageServer(running));

    test.each([
        ['a file with fewer problems than the cap publishes them all', 600],
        ['a file with more problems than the cap publishes the cap, the last one counting the rest', 1500],
    ])('%s', async (_case, boards) => {
        // `board B` over and over: every one but the first is a duplicate. Names of its own: the
        // files of the other cases stay open.
        const uri = `file:///cap/boards-${boards}.offering`;
        const text = `${`board B${boards}\n`.repeat(boards - 1)}board C${boards} "C" code ${String(boards).padStart(4, '0').slice(0, 3)}C490\n`; // a code per file: the files stay open together
        const total = (await buildWorkspace({ 'a.offering': text })).diagnostics().length;
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text } });
        const diagnostics = await waitUntil(() => published.get(uri), found => found !== undefined, 'diagnostics', 20_000);
        if (total <= MAX_PUBLISHED_DIAGNOSTICS) {
            expect(diagnostics!.length).toBe(total);
            expect(diagnostics!.some(d => d.code === MORE_PROBLEMS_CODE)).toBe(false);
        } else {
            const last = diagnostics!.at(-1)!;
            expect([diagnostics!.length, last.code, last.severity, last.message]).toEqual([MAX_PUBLISHED_DIAGNOSTICS, MORE_PROBLEMS_CODE, 1,
                `${total - MAX_PUBLISHED_DIAGNOSTICS + 1} more problems in this file, not shown (the editor shows the first ${MAX_PUBLISHED_DIAGNOSTICS - 1}; offering validate lists them all).`]);
        }
    }, 40_000);
});
