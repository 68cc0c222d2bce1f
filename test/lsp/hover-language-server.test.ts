import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProtocolConnection } from 'vscode-languageserver/node';
import type { RunningServer } from '../language-server-harness.js';
import { spawnLanguageServer, stopLanguageServer } from '../language-server-harness.js';

/**
 * The editor features through the real language server (`offering-language-server --stdio`,
 * built into packages/language/out by `npm run build`), as VS Code talks to it: the
 * capabilities it announces and the Dutch texts when the client's locale is `nl`.
 */
const uri = 'file:///workspace/sd.offering';
const text = [
    'characteristic Versneld',
    'programme SD {',
    '    with Versneld',
    '    module Db size 7.5 EC',
    '}',
].join('\n');

let running: RunningServer;
let client: ProtocolConnection;
let capabilities: Record<string, unknown>;

beforeAll(async () => {
    running = spawnLanguageServer();
    client = running.client;
    client.listen();
    const result = await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'nl-NL' }) as { capabilities: Record<string, unknown> };
    capabilities = result.capabilities;
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text } });
});

afterAll(() => stopLanguageServer(running));

describe('the language server', () => {
    test('announces completion, hover, semantic tokens, inlay hints and code lens', () => {
        expect({
            completion: !!capabilities.completionProvider,
            hover: !!capabilities.hoverProvider,
            semanticTokens: !!capabilities.semanticTokensProvider,
            inlayHints: !!capabilities.inlayHintProvider,
            codeLens: !!capabilities.codeLensProvider,
        }).toEqual({ completion: true, hover: true, semanticTokens: true, inlayHints: true, codeLens: true });
    });

    test('answers in Dutch for a Dutch client: hover, code lens, inlay hints', async () => {
        const hover = await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } }) as { contents: { value: string } };
        expect(hover.contents.value.split('\n')[0]).toBe('**programme**: opleiding (programme)');

        const lenses = await client.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as Array<{ command: { title: string } }>;
        expect(lenses.map(lens => lens.command.title)).toEqual(['gebruikt door 1 opleiding', 'gebruikt door 1 opleiding']);

        const hints = await client.sendRequest('textDocument/inlayHint', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
        }) as Array<{ label: string }>;
        expect(hints.map(hint => hint.label)).toEqual(['= 210 SBU']);
    });
});
