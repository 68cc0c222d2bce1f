import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { RunningServer } from '../language-server-harness.js';
import { initializeLanguageServer, spawnLanguageServer, stopLanguageServer, waitUntil } from '../language-server-harness.js';

/**
 * Closing an editor, through the real language server: a workspace file goes back to its
 * content on disk (the editor discarded the unsaved edits), anything else leaves the workspace.
 */
let running: RunningServer | undefined;
const folders: string[] = [];

afterEach(async () => {
    await stopLanguageServer(running);
    running = undefined;
    folders.splice(0).forEach(folder => rmSync(folder, { recursive: true, force: true }));
});

function folderWith(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'offering-close-'));
    folders.push(folder);
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

interface Session {
    client: ProtocolConnection;
    uri: (name: string) => string;
    /** The diagnostic codes last published for a file (undefined: nothing published yet). */
    codes: (uri: string) => unknown[] | undefined;
    symbols: () => Promise<string[]>;
}

async function start(folder: string): Promise<Session> {
    running = spawnLanguageServer();
    const { client } = running;
    const published = new Map<string, unknown[]>();
    client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        published.set(params.uri, params.diagnostics.map(d => d.code));
    });
    client.listen();
    await initializeLanguageServer(client, { folder });
    return {
        client,
        uri: name => pathToFileURL(join(folder, name)).toString(),
        codes: uri => published.get(uri),
        symbols: async () => ((await client.sendRequest('workspace/symbol', { query: '' }) as Array<{ name: string }> | null) ?? []).map(s => s.name).sort(),
    };
}

const open = (client: ProtocolConnection, uri: string, text: string) =>
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text } });
const change = (client: ProtocolConnection, uri: string, text: string) =>
    client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
const close = (client: ProtocolConnection, uri: string) =>
    client.sendNotification('textDocument/didClose', { textDocument: { uri } });
const same = (expected: unknown[]) => (codes: unknown[] | undefined) => JSON.stringify(codes) === JSON.stringify(expected);

const techniek = 'grouping Techniek "Techniek"\n';
const ict = 'grouping ICT "ICT en Media" within Techniek\n';

test('closing a workspace file with unsaved edits reverts to the file on disk and re-validates what depends on it', async () => {
    const { client, uri, codes, symbols } = await start(folderWith({ 'techniek.offering': techniek, 'ict.offering': ict }));
    await waitUntil(() => codes(uri('ict.offering')), same(['offering.definition.unused']), 'start-up diagnostics');

    await open(client, uri('techniek.offering'), techniek);
    await change(client, uri('techniek.offering'), 'grouping Tech "Techniek"\n');
    await waitUntil(() => codes(uri('ict.offering')), same(['offering.reference.unresolved', 'offering.definition.unused']), 'the unsaved rename to break ict.offering');
    expect(await symbols()).toEqual(['ICT', 'Tech']);

    await close(client, uri('techniek.offering'));
    await waitUntil(() => codes(uri('ict.offering')), same(['offering.definition.unused']), 'ict.offering to resolve against the file on disk');
    expect(codes(uri('techniek.offering'))).toEqual([]);
    expect(await symbols()).toEqual(['ICT', 'Techniek']);
});

test('closing a file outside the workspace folder removes it: its names no longer collide and its diagnostics are cleared', async () => {
    const elsewhere = folderWith({ 'copy.offering': techniek });
    const { client, uri, codes, symbols } = await start(folderWith({ 'techniek.offering': techniek, 'ict.offering': ict }));
    const copy = pathToFileURL(join(elsewhere, 'copy.offering')).toString();
    await open(client, copy, techniek);
    // Which of the two `Techniek`s ICT's reference picks is not the point: both names collide.
    await waitUntil(() => [codes(uri('techniek.offering')), codes(copy)].map(found => found?.[0]), same(['offering.name.duplicate', 'offering.name.duplicate']), 'the collision with the copy');

    await close(client, copy);
    await waitUntil(() => codes(uri('techniek.offering')), same([]), 'the collision to go');
    expect(codes(copy)).toEqual([]);
    expect(await symbols()).toEqual(['ICT', 'Techniek']);
});

test('closing a workspace file that was deleted from disk, or one under an excluded folder, removes it', async () => {
    const folder = folderWith({ 'techniek.offering': techniek, 'ict.offering': ict });
    const { client, uri, codes, symbols } = await start(folder);
    await waitUntil(() => codes(uri('ict.offering')), same(['offering.definition.unused']), 'start-up diagnostics');
    const excluded = uri('node_modules/pkg/extra.offering');
    mkdirSync(join(folder, 'node_modules/pkg'), { recursive: true });
    writeFileSync(join(folder, 'node_modules/pkg/extra.offering'), 'grouping Extra\n');
    await open(client, excluded, 'grouping Extra\n');
    await open(client, uri('ict.offering'), ict);
    unlinkSync(join(folder, 'ict.offering'));
    await waitUntil(() => symbols(), names => names.includes('Extra'), 'the excluded file while it is open');

    await close(client, excluded);
    await close(client, uri('ict.offering'));
    await waitUntil(() => symbols(), names => names.length === 1, 'both to leave the workspace');
    expect(await symbols()).toEqual(['Techniek']);
    expect([codes(excluded), codes(uri('ict.offering')), codes(uri('techniek.offering'))]).toEqual([[], [], ['offering.definition.unused']]);
});

test('a close followed at once by a re-open (as when the editor changes the language mode) keeps the re-opened text', async () => {
    const { client, uri, codes, symbols } = await start(folderWith({ 'techniek.offering': techniek, 'ict.offering': ict }));
    const untitled = 'untitled:Untitled-1';
    await open(client, untitled, 'grouping Concept\n');
    await open(client, uri('techniek.offering'), techniek);
    await change(client, uri('techniek.offering'), 'grouping Tech "Techniek"\n');
    await close(client, untitled);
    await close(client, uri('techniek.offering'));
    await open(client, untitled, 'grouping Concept2\n');
    await open(client, uri('techniek.offering'), 'grouping Tech "Techniek"\n');
    await waitUntil(() => symbols(), names => names.includes('Concept2'), 'the re-opened untitled buffer');
    await waitUntil(() => codes(uri('ict.offering')), same(['offering.reference.unresolved', 'offering.definition.unused']), 'the re-opened text to count');
    expect(await symbols()).toEqual(['Concept2', 'ICT', 'Tech']);
});

test('untitled buffers edited and closed at once leave nothing behind, and the server keeps answering', async () => {
    const { client, uri, codes, symbols } = await start(folderWith({ 'techniek.offering': techniek, 'ict.offering': ict }));
    const untitled = Array.from({ length: 10 }, (_, i) => `untitled:Untitled-${i + 1}`);
    for (const [i, buffer] of untitled.entries()) {
        await open(client, buffer, `grouping Concept${i}\n`);
        await change(client, buffer, 'grouping Techniek\n');
        await close(client, buffer);
    }
    // Updates run one after the other: once a later document is validated, the closes are done.
    const marker = uri('marker.offering');
    await open(client, marker, 'grouping Marker\n');
    await waitUntil(() => codes(marker), found => found !== undefined, 'the marker document to be validated');
    expect(await symbols()).toEqual(['ICT', 'Marker', 'Techniek']);
    // An untitled buffer closed before its first build may never have been published at all.
    expect(untitled.map(buffer => codes(buffer) ?? [])).toEqual(untitled.map(() => []));
    expect(codes(uri('techniek.offering'))).toEqual([]);
});
