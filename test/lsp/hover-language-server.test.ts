import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProtocolConnection } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

/**
 * The editor features through the real language server (`offering-language-server --stdio`,
 * built into packages/language/out by `npm run build`), as VS Code talks to it: the
 * capabilities it announces and the Dutch texts when the client's locale is `nl`.
 */
const serverBin = fileURLToPath(new URL('../../packages/language/bin/offering-language-server.js', import.meta.url));
const uri = 'file:///workspace/sd.offering';
const text = [
    'characteristic Versneld',
    'programme SD {',
    '    with Versneld',
    '    module Db size 7.5 EC',
    '}',
].join('\n');

let server: ChildProcess;
let client: ProtocolConnection;
let capabilities: Record<string, unknown>;

beforeAll(async () => {
    server = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    client.listen();
    const result = await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'nl-NL' }) as { capabilities: Record<string, unknown> };
    capabilities = result.capabilities;
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text } });
});

afterAll(async () => {
    await client?.sendRequest('shutdown').catch(() => undefined);
    await client?.sendNotification('exit').catch(() => undefined);
    client?.dispose();
    server?.kill();
});

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
