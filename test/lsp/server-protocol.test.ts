import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { serverBin } from '../language-server-harness.js';

/**
 * The server's protocol conformance, spoken at the byte level so that framing errors can be
 * provoked: the life cycle (-32002 before `initialize`, an error after `shutdown`), error
 * replies that arrive as JSON-RPC errors (not as results), framing errors that end the process,
 * and a usage line for a missing transport. The bundled server of the extension (built by
 * `npm run package:vsix`) is checked the same way when it exists.
 */
const bundledServer = fileURLToPath(new URL('../../packages/extension/out/language/main.cjs', import.meta.url));
const servers = [['offering-language-server', serverBin], ...existsSync(bundledServer) ? [['the bundled server in the .vsix', bundledServer]] : []];

interface RawServer {
    process: ChildProcess;
    /** Replies by id, and notifications in order. */
    replies: Map<number, { result?: unknown; error?: { code: number; message: string } }>;
    notifications: Array<{ method: string; params: unknown }>;
    exit: Promise<number | null>;
    stderr: () => string;
}

const started: ChildProcess[] = [];
afterEach(() => started.splice(0).forEach(child => child.kill()));

function frame(message: object): string {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

function start(bin: string, args = ['--stdio'], env: NodeJS.ProcessEnv = process.env): RawServer {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
    started.push(child);
    const replies: RawServer['replies'] = new Map();
    const notifications: RawServer['notifications'] = [];
    let buffer = Buffer.alloc(0);
    child.stdout!.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const headerEnd = buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) {
                return;
            }
            const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, headerEnd).toString())![1]);
            if (buffer.length < headerEnd + 4 + length) {
                return;
            }
            const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
            buffer = buffer.subarray(headerEnd + 4 + length);
            if (typeof message.id === 'number' && !('method' in message)) {
                replies.set(message.id, message);
            } else if ('method' in message && message.id === undefined) {
                notifications.push(message);
            }
        }
    });
    let stderr = '';
    child.stderr!.on('data', chunk => (stderr += chunk));
    const exit = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    return { process: child, replies, notifications, exit, stderr: () => stderr };
}

function send(server: RawServer, ...messages: object[]): void {
    server.process.stdin!.write(messages.map(frame).join(''));
}

async function reply(server: RawServer, id: number): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const deadline = Date.now() + 15_000;
    while (!server.replies.has(id)) {
        if (Date.now() > deadline) {
            throw new Error(`no reply to request ${id}; stderr: ${server.stderr()}`);
        }
        await new Promise(resolve => setTimeout(resolve, 20));
    }
    return server.replies.get(id)!;
}

const initialize = { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null } };
const initialized = { method: 'initialized', params: {} };
const hover = (id: number, uri: string) => ({ id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 9 } } });
const symbols = (id: number, uri: string) => ({ id, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });

describe.each(servers)('%s', (_name, bin) => {
    test('answers every request before initialize with -32002 and drops notifications, then works normally', async () => {
        const server = start(bin);
        send(server, hover(5, 'file:///early.offering'), { method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///early.offering', languageId: 'offering', version: 1, text: 'grouping Early\n' } } });
        expect(await reply(server, 5)).toEqual({ jsonrpc: '2.0', id: 5, error: { code: -32002, message: 'The server has not been initialized.' } });
        send(server, initialize, initialized, symbols(6, 'file:///early.offering'));
        expect((await reply(server, 1)).result).toHaveProperty('capabilities');
        // The didOpen before initialize was dropped: the document is unknown.
        expect((await reply(server, 6)).error?.code).toBe(-32802);
    });

    test('a failed request and a cancelled one arrive as JSON-RPC errors, not as results', async () => {
        const server = start(bin);
        const uri = 'file:///cancel.offering';
        const text = Array.from({ length: 3000 }, (_, i) => `grouping G${i}\n`).join('');
        send(server, initialize, initialized, hover(2, 'file:///never-opened.offering'));
        expect(await reply(server, 2)).toEqual({ jsonrpc: '2.0', id: 2, error: { code: -32802, message: 'No document found for URI: file:///never-opened.offering' } });
        // The hover waits for the build of the new document; the cancel arrives before that ends.
        send(server, { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'offering', version: 1, text } } },
            hover(3, uri), { method: '$/cancelRequest', params: { id: 3 } });
        expect(await reply(server, 3)).toEqual({ jsonrpc: '2.0', id: 3, error: { code: -32800, message: 'The request has been cancelled.' } });
        send(server, hover(4, uri));
        expect(JSON.stringify((await reply(server, 4)).result)).toContain('G0');
    });

    test('answers requests after shutdown with an error and exits with 0 on exit', async () => {
        const server = start(bin);
        send(server, initialize, initialized, { id: 2, method: 'shutdown' }, hover(3, 'file:///late.offering'));
        expect((await reply(server, 2)).result).toBeNull();
        expect(await reply(server, 3)).toEqual({ jsonrpc: '2.0', id: 3, error: { code: -32600, message: 'The server is shutting down.' } });
        send(server, { method: 'exit' });
        expect(await server.exit).toBe(0);
    });

    test.each([
        ['a Content-Length shorter than the body', (body: string) => `Content-Length: 10\r\n\r\n${body}`],
        ['a Content-Length longer than the body, then more messages', (body: string) => `Content-Length: ${body.length + 40}\r\n\r\n${body}${frame(symbols(8, 'file:///x.offering'))}`],
        ['a header without Content-Length', (body: string) => `Content-Type: application/json\r\n\r\n${body}`],
        ['a body that is not JSON', () => 'Content-Length: 5\r\n\r\n{oops'],
    ])('%s ends the process with a non-zero exit code and one line on stderr', async (_case, lie) => {
        const server = start(bin);
        send(server, initialize, initialized);
        await reply(server, 1);
        server.process.stdin!.write(lie(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'shutdown' })));
        expect(await server.exit).toBe(1);
        expect(server.stderr()).toMatch(/^offering-language-server: .*; stopping\n$/);
    });

    test('checks the syntax only of a document above the size limit, with a notice', async () => {
        // OFFERING_SYNTAX_ONLY_ABOVE lowers the limit (2 MiB by default) to keep the text small.
        const server = start(bin, ['--stdio'], { ...process.env, OFFERING_SYNTAX_ONLY_ABOVE: '100' });
        const uri = 'file:///large.offering';
        send(server, initialize, initialized, { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'offering', version: 1, text: `provider P "School" code 110A133 under Nowhere\n${'// padding\n'.repeat(10)}` } } });
        await reply(server, 1);
        const deadline = Date.now() + 15_000;
        while (!server.notifications.some(n => n.method === 'textDocument/publishDiagnostics') && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        const published = server.notifications.find(n => n.method === 'textDocument/publishDiagnostics')!.params as { diagnostics: Array<{ code: string; severity: number }> };
        expect(published.diagnostics.map(d => [d.code, d.severity])).toEqual([['offering.editor.syntax-only', 3]]);
    });

    test('without a transport argument prints a usage line and exits with 2, without a stack trace', async () => {
        const server = start(bin, []);
        expect(await server.exit).toBe(2);
        expect(server.stderr()).toBe('usage: offering-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
    });
});
