import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProtocolConnection } from 'vscode-languageserver/node';
import type { RunningServer } from '../language-server-harness.js';
import { spawnLanguageServer, stopLanguageServer } from '../language-server-harness.js';

/**
 * Formatting (format on save), rename, outline and quick-fix capabilities through the real
 * language server (`offering-language-server --stdio`, built into packages/language/out).
 */
const uri = 'file:///workspace/fmt.offering';
const text = 'grouping   ICT\nprogramme SD { in ICT module Db size 7.5 EC }\nclass K { teaches SD.Db }\n';

let running: RunningServer;
let client: ProtocolConnection;
let capabilities: Record<string, unknown>;

beforeAll(async () => {
    running = spawnLanguageServer();
    client = running.client;
    client.listen();
    const result = await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: Record<string, unknown> };
    capabilities = result.capabilities;
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text } });
});

afterAll(() => stopLanguageServer(running));

describe('the language server', () => {
    test('announces formatting, rename, navigation, outline, folding and quick fixes', () => {
        const announced = ['documentFormattingProvider', 'documentRangeFormattingProvider', 'renameProvider', 'definitionProvider',
            'referencesProvider', 'documentHighlightProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider',
            'codeActionProvider'];
        expect(announced.filter(name => !capabilities[name])).toEqual([]);
    });

    test('formats a document on request (format on save)', async () => {
        const edits = await client.sendRequest('textDocument/formatting', {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true },
        }) as Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>;
        const lines = text.split('\n');
        const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
        let formatted = text;
        for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
            formatted = formatted.slice(0, offset(edit.range.start)) + edit.newText + formatted.slice(offset(edit.range.end));
        }
        expect(formatted).toBe('grouping ICT\nprogramme SD {\n    in ICT\n    module Db size 7.5 EC\n}\nclass K { teaches SD.Db }\n');
    });

    test('a rename to a taken name is answered with an error the editor shows', async () => {
        await expect(client.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: 1, character: 10 }, newName: 'ICT' }))
            .rejects.toThrow("Cannot rename to 'ICT': the name is already used (Grouping in fmt.offering).");
    });
});
