import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, showDiagnostic } from '../helpers.js';
import type { RunningServer } from '../language-server-harness.js';
import { initializeLanguageServer, spawnLanguageServer, stopLanguageServer } from '../language-server-harness.js';

/**
 * A rename that edits several files, applied by the client as one didChange per file in quick
 * succession (as Monaco and VS Code do): the diagnostics the real server publishes afterwards
 * must equal those of a fresh build of the renamed files.
 */
const example = join(import.meta.dirname, '../../examples/mbo-college');
const folder = mkdtempSync(join(tmpdir(), 'offering-rename-diagnostics-'));
cpSync(example, folder, { recursive: true });
const names = readdirSync(folder).filter(name => name.endsWith('.offering')).sort();
const uriOf = (name: string): string => pathToFileURL(join(folder, name)).toString();
const nameOf = (uri: string): string => names.find(name => uriOf(name) === uri)!;

let running: RunningServer | undefined;
const published = new Map<string, Diagnostic[]>();
const texts = new Map<string, TextDocument>();

beforeAll(async () => {
    running = spawnLanguageServer();
    const { client } = running;
    client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        published.set(params.uri, params.diagnostics);
    });
    client.listen();
    await initializeLanguageServer(client, { folder });
}, 30_000);

afterAll(async () => {
    await stopLanguageServer(running);
    rmSync(folder, { recursive: true, force: true });
});

function open(name: string): Promise<void> {
    const text = readFileSync(join(folder, name), 'utf-8');
    texts.set(name, TextDocument.create(uriOf(name), 'offering', 1, text));
    return running!.client.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'offering', version: 1, text } });
}

/** Applies the edit as a client does: one incremental didChange per file, without waiting in between. */
async function apply(edit: WorkspaceEdit): Promise<void> {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const name = nameOf(uri);
        const before = texts.get(name)!;
        const after = TextDocument.create(uri, 'offering', before.version + 1, TextDocument.applyEdits(before, edits));
        texts.set(name, after);
        // Back to front, so that each range still refers to the text it was computed on.
        const changes = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
            .map(e => ({ range: e.range, text: e.newText }));
        await running!.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: after.version }, contentChanges: changes });
    }
}

function rename(name: string, at: string, newName: string): Promise<WorkspaceEdit | null> {
    const document = texts.get(name)!;
    const position = document.positionAt(document.getText().indexOf(at));
    return running!.client.sendRequest('textDocument/rename', { textDocument: { uri: uriOf(name) }, position, newName });
}

const shown = (diagnostics: Diagnostic[], name: string): string[] => [...diagnostics]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (String(a.code) < String(b.code) ? -1 : String(a.code) > String(b.code) ? 1 : 0))
    .map(d => showDiagnostic(d, name));

async function fresh(): Promise<string[]> {
    const ws = await buildWorkspace(Object.fromEntries(names.map(name => [name, texts.get(name)?.getText() ?? readFileSync(join(folder, name), 'utf-8')])));
    return names.flatMap(name => shown([...(ws.documents.get(name)!.diagnostics ?? [])], name));
}

const current = (): string[] => names.flatMap(name => shown(published.get(uriOf(name)) ?? [], name));

/** Answered once the server has finished the builds queued before it (the request waits for the workspace lock). */
async function settled(): Promise<void> {
    await running!.client.sendRequest('offering/catalogue', { allowErrors: true });
}

async function renameAndCompare(name: string, at: string, newName: string, files: string[]): Promise<void> {
    const edit = await rename(name, at, newName);
    expect(Object.keys(edit?.changes ?? {}).map(nameOf).sort()).toEqual(files);
    await apply(edit!);
    await settled();
    expect(current()).toEqual(await fresh());
}

describe('diagnostics after a rename across files equal a fresh build', { timeout: 30_000 }, () => {
    test('every file open (the web app): the calendar, a programme, a nested module, and back', async () => {
        for (const name of names) {
            await open(name);
        }
        await settled();
        expect(current()).toEqual([]);
        await renameAndCompare('kalender.offering', 'Schooljaar2026', 'Jaar2026', ['groepen.offering', 'ict.offering', 'kalender.offering', 'llo.offering', 'techniek.offering', 'zorg.offering']);
        await renameAndCompare('ict.offering', 'SoftwareDeveloper', 'Softwareontwikkelaar', ['generiek.offering', 'groepen.offering', 'ict.offering', 'keuzedelen.offering']);
        await renameAndCompare('ict.offering', 'Programmeren "Programmeren" size', 'Coderen', ['groepen.offering', 'ict.offering']);
        await renameAndCompare('kalender.offering', 'Jaar2026', 'Schooljaar2026', ['groepen.offering', 'ict.offering', 'kalender.offering', 'llo.offering', 'techniek.offering', 'zorg.offering']);
    });
});

describe('diagnostics after renames across files, files opened during start-up', { timeout: 30_000 }, () => {
    test('a new server, every file opened while it builds, then a calendar and a programme renamed back and forth', async () => {
        await stopLanguageServer(running);
        published.clear();
        texts.clear();
        running = spawnLanguageServer();
        const { client } = running;
        client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            published.set(params.uri, params.diagnostics);
        });
        client.listen();
        await initializeLanguageServer(client, { folder });
        // Not awaited one by one: the opens race the start-up build, as in the page.
        await Promise.all(names.map(open));
        await settled();
        expect(current()).toEqual(await fresh());
        await renameAndCompare('kalender.offering', 'Schooljaar2026', 'Jaar2026', ['groepen.offering', 'ict.offering', 'kalender.offering', 'llo.offering', 'techniek.offering', 'zorg.offering']);
        await renameAndCompare('ict.offering', 'SoftwareDeveloper', 'Softwareontwikkelaar', ['generiek.offering', 'groepen.offering', 'ict.offering', 'keuzedelen.offering']);
        await renameAndCompare('ict.offering', 'Softwareontwikkelaar', 'SoftwareDeveloper', ['generiek.offering', 'groepen.offering', 'ict.offering', 'keuzedelen.offering']);
    });
});
