// Drives the real language server over stdio with the LSP client library, as an editor would.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
    CodeLensRequest, DidCloseTextDocumentNotification, DocumentFormattingRequest, HoverRequest,
    CompletionRequest, createMessageConnection, StreamMessageReader, StreamMessageWriter, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, MessageConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

export interface Stats { median: number; p95: number; min: number; max: number; n: number }

export function stats(values: number[]): Stats {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
    const round = (x: number) => Math.round(x * 10) / 10;
    return { median: round(at(0.5)), p95: round(at(0.95)), min: round(sorted[0] ?? NaN), max: round(sorted[sorted.length - 1] ?? NaN), n: sorted.length };
}

export class LspSession {
    readonly connection: MessageConnection;
    private readonly waiters = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>();
    readonly latest = new Map<string, Diagnostic[]>();
    private versions = new Map<string, number>();
    /** When the server last published diagnostics for any file. */
    private lastPublish = 0;

    private constructor(readonly child: ChildProcess) {
        this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.latest.set(params.uri, params.diagnostics);
            this.lastPublish = performance.now();
            const waiting = this.waiters.get(params.uri);
            this.waiters.delete(params.uri);
            waiting?.forEach(resolve => resolve(params));
        });
        // Langium asks for configuration; answer with nothing set.
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.listen();
    }

    /** `nodeOptions`: e.g. `--expose-gc`, which gives the server its test-only memory request. */
    static start(serverScript: string, nodeOptions: string[] = []): LspSession {
        const child = spawn(process.execPath, [...nodeOptions, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        return new LspSession(child);
    }

    /**
     * Initializes with the folder as the workspace and opens one file, as an editor does; the
     * server loads and links the whole workspace first, so its diagnostics mark "ready".
     */
    async openWorkspace(folder: string, firstFile: string): Promise<{ initializeMs: number; firstDiagnosticsMs: number; start: number }> {
        const start = performance.now();
        const folderUri = pathToFileURL(folder).toString();
        await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'bench' }],
            capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { completion: { completionItem: { snippetSupport: true } } } },
        });
        const initializeMs = performance.now() - start;
        await this.connection.sendNotification(InitializedNotification.type, {});
        await this.open(firstFile);
        return { initializeMs, firstDiagnosticsMs: performance.now() - start, start };
    }

    /**
     * Waits until every one of `files` files has diagnostics (the server validates the whole
     * workspace on start-up, after the open file) and returns when the last of them arrived.
     */
    async allDiagnostics(files: number, since: number): Promise<number> {
        while (this.latest.size < files) {
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        return this.lastPublish - since;
    }

    nextDiagnostics(file: string): Promise<PublishDiagnosticsParams> {
        return new Promise(resolve => {
            const key = uri(file);
            const list = this.waiters.get(key) ?? [];
            list.push(resolve);
            this.waiters.set(key, list);
        });
    }

    async open(file: string): Promise<void> {
        this.versions.set(file, 1);
        const done = this.nextDiagnostics(file);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri(file), languageId: 'offering', version: 1, text: fs.readFileSync(file, 'utf-8') },
        });
        await done;
    }

    /**
     * One keystroke (insert or delete one character) and the time until the file's new diagnostics
     * arrive, or with `settle` (ms) until the last file's, once the server has been quiet that long.
     */
    async keystroke(file: string, line: number, character: number, insert: boolean, settle = 0, text = 'x'): Promise<number> {
        const version = (this.versions.get(file) ?? 1) + 1;
        this.versions.set(file, version);
        const done = this.nextDiagnostics(file);
        const start = performance.now();
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uri(file), version },
            contentChanges: [insert
                ? { range: { start: { line, character }, end: { line, character } }, text }
                : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }],
        });
        await done;
        if (!settle) {
            return performance.now() - start;
        }
        // Until the other files it affects have their new diagnostics too: the last publish before a quiet spell.
        while (performance.now() - this.lastPublish < settle) {
            await new Promise(resolve => setTimeout(resolve, settle / 4));
        }
        return this.lastPublish - start;
    }

    async completion(file: string, line: number, character: number): Promise<{ ms: number; items: number }> {
        const start = performance.now();
        const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(file) }, position: { line, character } });
        const items = Array.isArray(result) ? result.length : result?.items.length ?? 0;
        return { ms: performance.now() - start, items };
    }

    async close(file: string): Promise<void> {
        this.versions.delete(file);
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri(file) } });
    }

    /** The requests an editor sends besides edits: each answered, nothing kept. */
    async hover(file: string, line: number, character: number): Promise<boolean> {
        return (await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(file) }, position: { line, character } })) !== null;
    }

    async formatting(file: string): Promise<number> {
        const edits = await this.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uri(file) }, options: { tabSize: 4, insertSpaces: true } });
        return edits?.length ?? 0;
    }

    async codeLens(file: string): Promise<number> {
        return (await this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri(file) } }))?.length ?? 0;
    }

    /** The server's memory after a forced full GC (test-only request: the server must run with `--expose-gc`), in MB. */
    async memory(): Promise<{ rssBeforeGcMb: number; rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number }> {
        const report = await this.connection.sendRequest<{ rssBefore: number; rss: number; heapUsed: number; heapTotal: number; external: number }>('offering/test/memory');
        const mb = (bytes: number) => Math.round(bytes / 2 ** 20 * 10) / 10;
        return { rssBeforeGcMb: mb(report.rssBefore), rssMb: mb(report.rss), heapUsedMb: mb(report.heapUsed), heapTotalMb: mb(report.heapTotal), externalMb: mb(report.external) };
    }

    /** Resident memory of the server process (Linux /proc), in MB. */
    residentMb(): number {
        const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf-8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
        return Math.round(kb / 1024);
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(resolve => setTimeout(resolve, 2000))]);
            await this.connection.sendNotification('exit').catch(() => undefined);
        } catch {
            // The server may already be gone; killing it below is enough.
        }
        this.connection.dispose();
        this.child.kill();
    }
}

function uri(file: string): string {
    return pathToFileURL(file).toString();
}
