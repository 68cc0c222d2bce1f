/**
 * A large document open in the editor: the real language server (`npm run build` first) opens
 * one document of the 10 MB test's shape at several sizes, then receives EDITS one-line edits;
 * prints the time from each edit to its diagnostics and the server's peak resident memory.
 * Above the editor's syntax-only limit (`workspace/editor-limits.ts`) the document gets syntax
 * checks only; `--all-checks` raises the limit out of the way (through an environment variable
 * the server reads only for this measurement) to time what every check costs.
 *
 * Run: npx tsx bench/large-document.ts [--sizes 1,2,5,10] [--edits 3] [--all-checks]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverScript = path.join(repo, 'packages/language/bin/offering-language-server.js');
const MB = 1024 * 1024;

function argument(name: string, fallback: string): string {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1]! : fallback;
}

const sizes = argument('--sizes', '1,2,5,10').split(',').map(Number);
const edits = Number(argument('--edits', '3'));
const allChecks = process.argv.includes('--all-checks');

function document(megabytes: number): string {
    const chunk = (i: number) => [
        `/** Opleiding ${i}: ${'lorem ipsum '.repeat(8)}*/`,
        `grouping Gr${i} "Groep ${i}"`,
        `programme P${i} "Opleiding ${i}" {`,
        '    level mbo-4',
        '    years 1..3',
        `    in Gr${i}`,
        `    module M${i} "Module ${i}" size 240..480 SBU { year 1 }`,
        '}',
    ].join('\n');
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < megabytes * MB; i++) {
        parts.push(chunk(i));
        length += parts[parts.length - 1]!.length + 1;
    }
    return parts.join('\n');
}

function peakRssMb(pid: number): number {
    const status = readFileSync(`/proc/${pid}/status`, 'utf-8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function measure(megabytes: number): Promise<string> {
    const env = allChecks ? { ...process.env, OFFERING_SYNTAX_ONLY_ABOVE: String(Number.MAX_SAFE_INTEGER) } : process.env;
    // BENCH_NODE_ARGS: extra Node flags for the server, e.g. --cpu-prof.
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const server = spawn(process.execPath, [...nodeArgs, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env });
    const client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    let waiting: ((params: PublishDiagnosticsParams) => void) | undefined;
    client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => waiting?.(params));
    client.listen();
    await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    await client.sendNotification('initialized', {});
    const uri = 'file:///bench/large.offering';
    const text = document(megabytes);
    const published = () => new Promise<PublishDiagnosticsParams>(resolve => (waiting = resolve));
    let started = performance.now();
    let next = published();
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text } });
    const opened = await next;
    const openMs = performance.now() - started;
    const editMs: number[] = [];
    for (let i = 0; i < edits; i++) {
        started = performance.now();
        next = published();
        // Rename the first grouping's title: one character, somewhere in the first line.
        await client.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: i + 2 },
            contentChanges: [{ range: { start: { line: 1, character: 18 }, end: { line: 1, character: 18 } }, text: String(i % 10) }],
        });
        await next;
        editMs.push(performance.now() - started);
    }
    const rss = peakRssMb(server.pid!);
    await client.sendRequest('shutdown');
    await client.sendNotification('exit');
    client.dispose();
    const codes = [...new Set(opened.diagnostics.map(d => String(d.code)))].join(', ') || 'none';
    editMs.sort((a, b) => a - b);
    return `| ${megabytes} MB | ${allChecks ? 'all checks' : 'default'} | ${Math.round(openMs)} | ${Math.round(editMs[Math.floor(editMs.length / 2)]!)} | ${Math.round(rss)} | ${codes} |`;
}

console.log('| document | checks | open -> diagnostics, ms | edit -> diagnostics, median ms | peak RSS, MB | published codes |');
console.log('|---|---|---|---|---|---|');
for (const size of sizes) {
    console.log(await measure(size));
}
