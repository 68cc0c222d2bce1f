import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { SafeNodeFileSystemProvider } from '../../packages/language/src/node/safe-file-system.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { RunningServer } from '../language-server-harness.js';
import { initializeLanguageServer, spawnLanguageServer, stopLanguageServer, waitUntil } from '../language-server-harness.js';

/**
 * The language server never goes deaf because of the file system: a file that vanishes or
 * cannot be read during the start-up scan is skipped, a watched-file event for a FIFO, a
 * device, a folder or a dangling link does not stop later validation, and no read blocks.
 */
const folder = mkdtempSync(join(tmpdir(), 'offering-server-fs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A file system that lists files which then fail to read, as a `git checkout` during start-up does. */
class ShiftingFileSystem implements FileSystemProvider {
    constructor(private readonly files: Record<string, string | Error>) {}

    private entry(path: string): string | Error | undefined {
        return this.files[path];
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const isFile = this.entry(uri.path) !== undefined;
        return { uri, isFile, isDirectory: !isFile };
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.entry(uri.path) !== undefined || uri.path === '/ws';
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const content = this.entry(uri.path);
        if (content === undefined || content instanceof Error) {
            throw content ?? Object.assign(new Error(`ENOENT: ${uri.path}`), { code: 'ENOENT' });
        }
        return content;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return Buffer.from(this.readFileSync(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        return Buffer.from(this.readFileSync(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return uri.path === '/ws' ? Object.keys(this.files).map(path => ({ uri: URI.file(path), isFile: true, isDirectory: false })) : [];
    }
}

const failure = (code: string) => Object.assign(new Error(`${code}: the read failed`), { code });

describe('the start-up scan', () => {
    afterEach(() => vi.restoreAllMocks());

    test.each([
        ['vanished', failure('ENOENT')],
        ['unreadable', failure('EACCES')],
        ['not a regular file', failure('ENOTREGULAR')],
        ['too many open files', failure('EMFILE')],
    ])('skips a file that is %s with a warning and validates the rest', async (_case, error) => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        const fileSystem = new ShiftingFileSystem({
            '/ws/a.offering': 'provider P "School" code 110A133 under Missing\n',
            '/ws/gone.offering': error,
            '/ws/b.offering': 'board B "Bestuur" code 100B490\n',
        });
        const { shared } = createOfferingServices({ fileSystemProvider: () => fileSystem });
        const manager = shared.workspace.WorkspaceManager;
        manager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }] });
        await manager.initialized({});
        await manager.ready;
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        expect(documents.map(d => d.uri.path).sort()).toEqual(['/ws/a.offering', '/ws/b.offering']);
        expect(documents.find(d => d.uri.path === '/ws/a.offering')!.diagnostics?.map(d => d.code)).toEqual(['offering.reference.unresolved']);
        expect(warn.mock.calls.map(call => String(call[0]))).toEqual([`Skipped /ws/gone.offering: ${error.code}`]);
    });

    test('a known file that can no longer be read keeps its last text, and later edits still build', async () => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        const files: Record<string, string | Error> = {
            '/ws/a.offering': 'board B "Bestuur" code 100B490\n',
            '/ws/b.offering': 'provider P "School" code 110A133 under B\n',
        };
        const { shared } = createOfferingServices({ fileSystemProvider: () => new ShiftingFileSystem(files) });
        const manager = shared.workspace.WorkspaceManager;
        manager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }] });
        await manager.initialized({});
        const builder = shared.workspace.DocumentBuilder;
        files['/ws/a.offering'] = failure('EACCES');
        await builder.update([URI.file('/ws/a.offering')], []);
        files['/ws/b.offering'] = 'provider P "School" code 110A133 under Nope\n';
        await builder.update([URI.file('/ws/b.offering')], []);
        const b = shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/b.offering'))!;
        expect(b.diagnostics?.map(d => d.code)).toEqual(['offering.reference.unresolved']);
        expect(shared.workspace.LangiumDocuments.getDocument(URI.file('/ws/a.offering'))!.textDocument.getText()).toBe('board B "Bestuur" code 100B490\n');
        // Read once to compare exports before the build, once by the build.
        expect(new Set(warn.mock.calls.map(call => String(call[0])))).toEqual(new Set(['Could not re-read /ws/a.offering (EACCES); kept its last text']));
    });
});

describe('the server\'s file system', () => {
    const provider = new SafeNodeFileSystemProvider();
    const fifo = join(folder, 'reader.fifo');
    execFileSync('mkfifo', [fifo]);

    test('reads a regular file, and a symlink to one', async () => {
        writeFileSync(join(folder, 'plain.offering'), 'board B\n');
        symlinkSync(join(folder, 'plain.offering'), join(folder, 'linked.offering'));
        expect(await provider.readFile(URI.file(join(folder, 'plain.offering')))).toBe('board B\n');
        expect(provider.readFileSync(URI.file(join(folder, 'linked.offering')))).toBe('board B\n');
    });

    test.each([
        ['a FIFO without a writer', fifo],
        ['a device that never ends', '/dev/zero'],
        ['a folder', folder],
    ])('refuses %s at once, asynchronously and synchronously', async (_case, path) => {
        const started = Date.now();
        await expect(provider.readFile(URI.file(path))).rejects.toMatchObject({ code: expect.stringMatching(/^(ENOTREGULAR|EISDIR)$/) });
        expect(() => provider.readFileSync(URI.file(path))).toThrow(/not a regular file|EISDIR/);
        expect(Date.now() - started).toBeLessThan(2000);
    });
});

describe('the language server after watched-file events for files it cannot read', () => {
    let running: RunningServer | undefined;
    afterAll(() => stopLanguageServer(running));

    test('keeps validating edits and answering hovers', async () => {
        const workspace = join(folder, 'ws');
        mkdirSync(workspace);
        writeFileSync(join(workspace, 'board.offering'), 'board B "Bestuur" code 100B490\n');
        running = spawnLanguageServer({ stderr: 'ignore' });
        const { client } = running;
        const published = new Map<string, PublishDiagnosticsParams>();
        client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => { published.set(params.uri, params); });
        client.listen();
        await initializeLanguageServer(client, { folder: workspace });

        const created: string[] = [];
        const make = (name: string, how: (path: string) => void) => {
            const path = join(workspace, name);
            how(path);
            created.push(pathToFileURL(path).toString());
        };
        make('pipe.offering', path => execFileSync('mkfifo', [path]));
        make('dangling.offering', path => symlinkSync(join(workspace, 'missing'), path));
        make('device.offering', path => symlinkSync('/dev/zero', path));
        make('folder.offering', path => mkdirSync(path));
        await client.sendNotification('workspace/didChangeWatchedFiles', { changes: created.map(uri => ({ uri, type: 1 })) });

        const uri = pathToFileURL(join(workspace, 'provider.offering')).toString();
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text: 'provider P "School" code 110A133 under B\n' } });
        await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'provider P "School" code 110A133 under Missing\n' }] });
        // The opened text has no problem; the edit's diagnostics show that builds still run.
        const after = await waitUntil(() => published.get(uri), params => (params?.diagnostics.length ?? 0) > 0, 'diagnostics for the edit', 15_000);
        expect(after!.diagnostics.map(d => d.code)).toEqual(['offering.reference.unresolved']);
        const hover = await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9 } }) as { contents: { value: string } } | null;
        expect(hover?.contents.value).toContain('School');
    }, 40_000);
});
