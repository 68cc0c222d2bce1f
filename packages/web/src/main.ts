// The Offering web app: a workspace of .offering files in the browser, the Monaco editor with the
// Offering language server in a Web Worker, a file tree, tabs, Problems, an outline and the
// catalogue preview. Nothing leaves the machine: files are read and written by the page only.
import { createModelReference } from '@codingame/monaco-vscode-api/monaco';
import * as monaco from '@codingame/monaco-vscode-editor-api';
import { strToU8, zipSync } from 'fflate';
import { MonacoVscodeApiWrapper } from 'monaco-languageclient/vscodeApiWrapper';
import { useWorkerFactory, Worker as WorkerLoader } from 'monaco-languageclient/workerFactory';
import type { Catalogue } from 'offering-language';
import { renderPreview } from 'offering-language/preview';
import { OfferingClient } from './language-client.js';
import type { OutlineSymbol } from './language-client.js';
import type { LoadResult, LoadedFile } from './sources.js';
import { readDirectoryHandle, readDropped, readFiles } from './sources.js';
import { TEMPLATE_FILES } from './template.js';
import type { Locale, PageTexts } from './texts.js';
import { defaultLocale, PAGE_TEXTS } from './texts.js';
import type { Session, SourceKind, WorkspaceFileState } from './workspace.js';
import { clearSession, isDirty, isUsablePath, loadSession, pathOf, storeSession, uriOf } from './workspace.js';

declare const OFFERING_KEYWORDS: string[];
declare const OFFERING_EXAMPLES: string[];

const LOCALE_KEY = 'offering.locale';
const SERVED_API = '/__offering/';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface State {
    name: string;
    source: SourceKind;
    files: Map<string, WorkspaceFileState>;
    models: Map<string, monaco.editor.ITextModel>;
    tabs: string[];
    active: string | undefined;
    deleted: Set<string>;
    root: FileSystemDirectoryHandle | undefined;
}

const state: State = { name: '', source: 'memory', files: new Map(), models: new Map(), tabs: [], active: undefined, deleted: new Set(), root: undefined };
let locale: Locale = (localStorage.getItem(LOCALE_KEY) as Locale | null) ?? defaultLocale(navigator.languages);
let texts: PageTexts = PAGE_TEXTS[locale];
let editor: monaco.editor.IStandaloneCodeEditor;
/** When each workspace build ended (ms since navigation start): the bench's and the tests' clock. */
const builds: number[] = [];
const client = new OfferingClient(new URL('./server.js', import.meta.url), () => {
    builds.push(performance.now());
    schedule('preview', refreshPreview, 250);
}, reason => showMessages([texts.workerFailed(reason)]));
const timers = new Map<string, ReturnType<typeof setTimeout>>();

function schedule(key: string, task: () => unknown, delay: number): void {
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { void task(); }, delay));
}

// ---------- start ----------

async function main(): Promise<void> {
    const api = new MonacoVscodeApiWrapper({
        $type: 'classic',
        viewsConfig: { $type: 'EditorService', openEditorFunc: async (modelRef, options) => openFromEditorService(modelRef.object.textEditorModel?.uri, options) },
        userConfiguration: { json: JSON.stringify({ 'editor.semanticHighlighting.enabled': true, 'editor.inlayHints.enabled': 'on' }) },
        advanced: { enforceSemanticHighlighting: true },
        monacoWorkerFactory: () => useWorkerFactory({
            workerLoaders: { editorWorkerService: () => new WorkerLoader(new URL('./editor.worker.js', import.meta.url), { type: 'module' }) },
        }),
    });
    await api.start();
    registerLanguage();
    editor = monaco.editor.create($('editor'), {
        automaticLayout: true,
        'semanticHighlighting.enabled': true,
        inlayHints: { enabled: 'on' },
        lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
        glyphMargin: true,
        minimap: { enabled: false },
        model: null,
    });
    monaco.editor.onDidChangeMarkers(() => schedule('problems', renderProblems, 50));
    editor.onDidChangeModel(() => schedule('outline', renderOutline, 50));
    wireUi();
    applyLocaleToUi();
    await openInitialWorkspace();
    document.body.dataset['ready'] = 'true';
}

function registerLanguage(): void {
    monaco.languages.register({ id: 'offering', extensions: ['.offering'], aliases: ['Offering'] });
    monaco.languages.setLanguageConfiguration('offering', {
        comments: { lineComment: '//', blockComment: ['/*', '*/'] },
        brackets: [['{', '}']],
        autoClosingPairs: [{ open: '{', close: '}' }, { open: '"', close: '"' }],
    });
    monaco.languages.setMonarchTokensProvider('offering', {
        keywords: OFFERING_KEYWORDS,
        tokenizer: {
            root: [
                [/\/\/.*$/, 'comment'],
                [/\/\*/, 'comment', '@comment'],
                [/"([^"\\]|\\.)*"/, 'string'],
                [/\d{4}-\d{2}-\d{2}/, 'number'],
                [/\d+(\.\d+)?/, 'number'],
                [/[A-Za-z_][\w-]*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
            ],
            comment: [[/\*\//, 'comment', '@pop'], [/./, 'comment']],
        },
    });
}

async function openInitialWorkspace(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const session = loadSession(localStorage);
    const dirty = session?.files.filter(file => file.text !== file.saved).length ?? 0;
    const asked = params.get('example') ?? (params.has('served') ? 'served' : undefined);
    if (session && (dirty > 0 || !asked)) {
        // Unsaved edits win over whatever the address asks for: nothing is lost by a reload.
        await setWorkspace(session.name, 'memory', session.files.map(file => ({ path: file.path, text: file.saved ?? file.text })), undefined);
        for (const file of session.files) {
            if (file.saved === undefined || file.text !== file.saved) {
                state.files.get(file.path)!.saved = file.saved;
                state.models.get(file.path)?.setValue(file.text);
            }
        }
        state.deleted = new Set(session.deleted);
        state.source = session.source === 'served' ? 'served' : 'memory';
        showMessages(dirty > 0 ? [texts.restored(dirty)] : []);
        renderAll();
        return;
    }
    if (asked === 'served') {
        await openServed();
    } else {
        await openExample(asked && OFFERING_EXAMPLES.includes(asked) ? asked : OFFERING_EXAMPLES[0]!);
    }
}

// ---------- workspace ----------

function workspaceFiles(): Array<{ uri: string; text: string }> {
    return [...state.files.values()].map(file => ({ uri: uriOf(file.path), text: file.text }));
}

/** A new workspace gets a new worker: it starts from the whole set of files, not from the old workspace's. */
async function setWorkspace(name: string, source: SourceKind, files: LoadedFile[], root: FileSystemDirectoryHandle | undefined): Promise<void> {
    await client.stop();
    for (const path of state.models.keys()) {
        disposeModel(path);
    }
    state.name = name;
    state.source = source;
    state.root = root;
    state.files = new Map(files.map(file => [file.path, { path: file.path, text: file.text, saved: file.text, handle: file.handle, lastModified: file.lastModified }]));
    state.models = new Map();
    state.deleted = new Set();
    for (const file of state.files.values()) {
        await createModel(file);
    }
    state.tabs = [];
    state.active = undefined;
    await client.start(locale, workspaceFiles);
    const first = [...state.files.keys()][0];
    if (first) {
        openTab(first);
    } else {
        editor.setModel(null);
    }
    persist();
    renderAll();
}

/** The editor service's references, so that the models are the ones Monaco's own services resolve. */
const references = new Map<string, { dispose(): void }>();

/**
 * Through Monaco's text model service (which also puts the text in its in-memory file system):
 * go to definition, references and rename in another file then find its model instead of
 * trying to read a file that does not exist.
 */
async function createModel(file: WorkspaceFileState): Promise<void> {
    const reference = await createModelReference(monaco.Uri.parse(uriOf(file.path)) as never, file.text);
    const model = reference.object.textEditorModel as unknown as monaco.editor.ITextModel;
    if (model.getValue() !== file.text) {
        model.setValue(file.text);
    }
    references.set(file.path, reference);
    model.onDidChangeContent(() => {
        const current = state.files.get(file.path);
        if (current && state.models.get(file.path) === model) {
            current.text = model.getValue();
            schedule('persist', persist, 300);
            schedule('tree', renderFilesAndTabs, 100);
            if (editor.getModel() === model) {
                // The outline names what the text defines: a rename or an edit changes it.
                schedule('outline', renderOutline, 300);
            }
        }
    });
    state.models.set(file.path, model);
}

function disposeModel(path: string): void {
    references.get(path)?.dispose();
    references.delete(path);
    state.models.get(path)?.dispose(); // the client closes the document; the server drops it
    state.models.delete(path);
}

function persist(): void {
    const session: Session = {
        name: state.name,
        source: state.source,
        files: [...state.files.values()].map(({ path, text, saved }) => ({ path, text, saved })),
        deleted: [...state.deleted],
    };
    if (!storeSession(localStorage, session)) {
        showMessages([texts.storageFull]);
    }
}

function confirmReplace(): boolean {
    const dirty = [...state.files.values()].some(isDirty) || state.deleted.size > 0;
    return !dirty || confirm(texts.confirmReplace);
}

async function openLoaded(name: string, source: SourceKind, result: LoadResult, root?: FileSystemDirectoryHandle): Promise<void> {
    if (!result.refused && result.files.length > 0) {
        await setWorkspace(name, source, result.files, root);
        showMessages([texts.opened(name, result.files.length), ...result.messages]);
    } else {
        showMessages(result.messages);
    }
}

async function openExample(name: string): Promise<void> {
    const response = await fetch(new URL(`./examples/${encodeURIComponent(name)}.json`, import.meta.url));
    const files = await response.json() as LoadedFile[];
    await openLoaded(name, 'memory', { files, messages: [], refused: false });
}

async function openServed(): Promise<void> {
    const response = await fetch(`${SERVED_API}workspace`);
    const body = await response.json() as { name: string; files: LoadedFile[]; messages: string[] };
    await openLoaded(body.name, 'served', { files: body.files, messages: body.messages, refused: false });
}

async function openFolder(): Promise<void> {
    const picker = (window as unknown as { showDirectoryPicker?: (options: object) => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker;
    if (!picker) {
        $('file-input').click(); // other browsers: pick files or a zip
        return;
    }
    let root: FileSystemDirectoryHandle;
    try {
        root = await picker({ mode: 'readwrite' });
    } catch {
        return; // cancelled
    }
    if (!confirmReplace()) {
        return;
    }
    await openLoaded(root.name, 'folder', await readDirectoryHandle(root, texts), root);
}

// ---------- tabs, files ----------

function openTab(path: string, selection?: monaco.IRange): void {
    const model = state.models.get(path);
    if (!model) {
        return;
    }
    if (!state.tabs.includes(path)) {
        state.tabs.push(path);
    }
    state.active = path;
    if (editor.getModel() !== model) {
        editor.setModel(model);
    }
    if (selection) {
        editor.setSelection(selection);
        editor.revealRangeInCenterIfOutsideViewport(selection);
    }
    editor.focus();
    renderFilesAndTabs();
}

function openFromEditorService(uri: monaco.Uri | undefined, options: unknown): monaco.editor.ICodeEditor | undefined {
    const path = uri ? pathOf(uri.toString()) : undefined;
    if (!path || !state.models.has(path)) {
        return undefined;
    }
    const selection = (options as { selection?: { startLineNumber: number; startColumn: number; endLineNumber?: number; endColumn?: number } } | undefined)?.selection;
    openTab(path, selection ? {
        startLineNumber: selection.startLineNumber, startColumn: selection.startColumn,
        endLineNumber: selection.endLineNumber ?? selection.startLineNumber, endColumn: selection.endColumn ?? selection.startColumn,
    } : undefined);
    return editor as unknown as monaco.editor.ICodeEditor;
}

function closeTab(path: string): void {
    state.tabs = state.tabs.filter(tab => tab !== path);
    if (state.active === path) {
        const next = state.tabs[state.tabs.length - 1];
        state.active = undefined;
        if (next) {
            openTab(next);
        } else {
            editor.setModel(null);
        }
    }
    renderFilesAndTabs();
}

function askPath(question: string, proposal: string): string | undefined {
    const answer = prompt(question, proposal)?.trim();
    if (!answer) {
        return undefined;
    }
    const path = answer.endsWith('.offering') ? answer : `${answer}.offering`;
    if (!isUsablePath(path)) {
        showMessages([texts.badName(answer)]);
        return undefined;
    }
    if (state.files.has(path)) {
        showMessages([texts.exists(path)]);
        return undefined;
    }
    return path;
}

async function newFile(): Promise<void> {
    const path = askPath(texts.newFileName, 'nieuw.offering');
    if (path) {
        await addFile(path, '');
        openTab(path);
    }
}

async function addFile(path: string, text: string): Promise<void> {
    const file: WorkspaceFileState = { path, text, saved: undefined };
    state.files.set(path, file);
    state.deleted.delete(path);
    await createModel(file);
    persist();
    renderAll();
}

function removeFile(path: string): void {
    const file = state.files.get(path);
    if (!file) {
        return;
    }
    if (file.saved !== undefined || file.handle) {
        state.deleted.add(path);
    }
    closeTab(path);
    state.files.delete(path);
    void client.filesDeleted([uriOf(path)]);
    disposeModel(path);
    persist();
    renderAll();
}

async function renameActive(): Promise<void> {
    const from = state.active;
    if (!from) {
        return;
    }
    const to = askPath(texts.renameTo(from), from);
    if (!to) {
        return;
    }
    const text = state.files.get(from)!.text;
    removeFile(from);
    await addFile(to, text);
    openTab(to);
}

function deleteActive(): void {
    const path = state.active;
    if (path && confirm(texts.confirmDelete(path))) {
        removeFile(path);
    }
}

// ---------- saving ----------

async function save(): Promise<void> {
    const dirty = [...state.files.values()].filter(isDirty);
    if (dirty.length === 0 && state.deleted.size === 0) {
        showMessages([texts.nothingToSave]);
        return;
    }
    if (state.source === 'folder' && state.root) {
        await saveToFolder(state.root, dirty);
    } else if (state.source === 'served') {
        await saveToServer(dirty);
    } else {
        downloadZip();
        for (const file of state.files.values()) {
            file.saved = file.text;
        }
        state.deleted.clear();
        showMessages([texts.savedAsZip]);
    }
    persist();
    renderFilesAndTabs();
}

async function saveToFolder(root: FileSystemDirectoryHandle, dirty: WorkspaceFileState[]): Promise<void> {
    let written = 0;
    for (const file of dirty) {
        const handle = file.handle ?? await fileHandle(root, file.path, true);
        const onDisk = await handle.getFile().catch(() => undefined);
        if (onDisk && file.lastModified !== undefined && onDisk.lastModified !== file.lastModified && await onDisk.text() !== file.saved && !confirm(texts.confirmOverwrite(file.path))) {
            continue; // never overwrite a file changed on disk without asking
        }
        const writable = await handle.createWritable();
        await writable.write(file.text);
        await writable.close();
        const after = await handle.getFile();
        Object.assign(file, { handle, saved: file.text, lastModified: after.lastModified });
        written++;
    }
    for (const path of state.deleted) {
        const parts = path.split('/');
        const folder = await folderHandle(root, parts.slice(0, -1), false).catch(() => undefined);
        await folder?.removeEntry(parts[parts.length - 1]!).catch(() => undefined);
    }
    state.deleted.clear();
    showMessages([texts.saved(written)]);
}

async function folderHandle(root: FileSystemDirectoryHandle, parts: string[], create: boolean): Promise<FileSystemDirectoryHandle> {
    let folder = root;
    for (const part of parts) {
        folder = await folder.getDirectoryHandle(part, { create });
    }
    return folder;
}

async function fileHandle(root: FileSystemDirectoryHandle, path: string, create: boolean): Promise<FileSystemFileHandle> {
    const parts = path.split('/');
    return (await folderHandle(root, parts.slice(0, -1), create)).getFileHandle(parts[parts.length - 1]!, { create });
}

async function saveToServer(dirty: WorkspaceFileState[]): Promise<void> {
    const response = await fetch(`${SERVED_API}save`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ files: dirty.map(({ path, text, saved }) => ({ path, text, saved: saved ?? null })), deleted: [...state.deleted] }),
    });
    const result = await response.json() as { written: string[]; conflicts: string[]; messages: string[] };
    let overwritten: string[] = [];
    const forced = result.conflicts.filter(path => confirm(texts.confirmOverwrite(path)));
    if (forced.length > 0) {
        const again = await fetch(`${SERVED_API}save`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ files: dirty.filter(file => forced.includes(file.path)).map(({ path, text }) => ({ path, text, force: true })), deleted: [] }),
        });
        overwritten = (await again.json() as { written: string[] }).written;
    }
    for (const path of [...result.written, ...overwritten]) {
        const file = state.files.get(path);
        if (file) {
            file.saved = file.text;
        }
    }
    state.deleted.clear();
    showMessages([texts.saved(result.written.length + overwritten.length), ...result.messages]);
}

/** On returning to the page: files that changed or vanished on disk meanwhile. */
async function checkDisk(): Promise<void> {
    if (state.source !== 'folder') {
        return;
    }
    const messages: string[] = [];
    for (const file of state.files.values()) {
        if (!file.handle) {
            continue;
        }
        const onDisk = await file.handle.getFile().catch(() => undefined);
        if (!onDisk) {
            if (file.saved !== undefined) {
                file.saved = undefined;
                file.handle = undefined;
                messages.push(texts.deletedOnDisk(file.path));
            }
            continue;
        }
        if (onDisk.lastModified === file.lastModified) {
            continue;
        }
        const text = await onDisk.text();
        if (text === file.saved) {
            file.lastModified = onDisk.lastModified;
        } else if (!isDirty(file)) {
            file.saved = text;
            file.lastModified = onDisk.lastModified;
            state.models.get(file.path)?.setValue(text);
            messages.push(texts.changedOnDisk(file.path));
        } else {
            messages.push(texts.changedOnDiskDirty(file.path));
        }
    }
    if (messages.length > 0) {
        showMessages(messages);
        persist();
        renderFilesAndTabs();
    }
}

function download(name: string, data: BlobPart, type: string): void {
    const url = URL.createObjectURL(new Blob([data], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function downloadZip(): void {
    const entries = Object.fromEntries([...state.files.values()].map(file => [file.path, strToU8(file.text)]));
    download(`${state.name || 'offering'}.zip`, zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') }), 'application/zip');
}

async function downloadCatalogue(): Promise<void> {
    const result = await client.catalogue({ allowErrors: false });
    if (!result) {
        return;
    }
    if (!result.ok) {
        showMessages([texts.catalogueHasErrors(result.errors.length)]);
        return;
    }
    download('catalogue.json', result.json, 'application/json');
}

// ---------- panels ----------

const PREVIEW_THEME = `:root { --vscode-font-family: system-ui, sans-serif; --vscode-foreground: #1f1f1f; --vscode-editor-background: #ffffff;
--vscode-descriptionForeground: #616161; --vscode-editorWarning-foreground: #bf8803; --vscode-panel-border: #e5e5e5;
--vscode-editorWidget-background: #f3f3f3; --vscode-editor-inactiveSelectionBackground: #e5ebf1; --vscode-charts-green: #388a34;
--vscode-charts-blue: #1a85ff; --vscode-charts-purple: #652d90; --vscode-charts-orange: #d18616; }\n`;

async function refreshPreview(): Promise<void> {
    if (!$('preview-panel').classList.contains('open')) {
        return;
    }
    const result = await client.catalogue({ allowErrors: true }).catch(() => undefined);
    if (!result?.ok) {
        return;
    }
    const html = renderPreview(JSON.parse(result.json) as Catalogue, { errors: result.errors.length, locale });
    ($('preview') as HTMLIFrameElement).srcdoc = html.replace('<style>', `<style>${PREVIEW_THEME}`);
}

function renderProblems(): void {
    const markers = monaco.editor.getModelMarkers({})
        .filter(marker => pathOf(marker.resource.toString()) !== undefined)
        .sort((a, b) => (a.resource.toString() < b.resource.toString() ? -1 : a.resource.toString() > b.resource.toString() ? 1 : 0)
            || a.startLineNumber - b.startLineNumber || a.startColumn - b.startColumn);
    const list = $('problems');
    list.replaceChildren();
    const errors = markers.filter(marker => marker.severity === monaco.MarkerSeverity.Error).length;
    $('problems-count').textContent = `${errors} / ${markers.length}`;
    if (markers.length === 0) {
        const empty = document.createElement('li');
        empty.className = 'empty';
        empty.textContent = texts.noProblems;
        list.append(empty);
    }
    for (const marker of markers) {
        const path = pathOf(marker.resource.toString())!;
        const item = document.createElement('li');
        item.className = `problem ${marker.severity === monaco.MarkerSeverity.Error ? 'error' : marker.severity === monaco.MarkerSeverity.Warning ? 'warning' : 'info'}`;
        const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
        item.textContent = `${path}:${marker.startLineNumber}:${marker.startColumn} ${marker.message}${code ? ` [${code}]` : ''}`;
        item.addEventListener('click', () => openTab(path, { startLineNumber: marker.startLineNumber, startColumn: marker.startColumn, endLineNumber: marker.endLineNumber, endColumn: marker.endColumn }));
        list.append(item);
    }
}

async function renderOutline(): Promise<void> {
    const model = editor.getModel();
    const list = $('outline');
    if (!model) {
        list.replaceChildren();
        return;
    }
    const symbols = await client.documentSymbols(model.uri.toString()).catch(() => []);
    list.replaceChildren();
    const add = (symbol: OutlineSymbol, depth: number): void => {
        const item = document.createElement('li');
        item.style.paddingLeft = `${depth}em`;
        item.textContent = symbol.detail ? `${symbol.name} — ${symbol.detail}` : symbol.name;
        const { line, character } = symbol.selectionRange.start;
        item.addEventListener('click', () => openTab(pathOf(model.uri.toString())!, { startLineNumber: line + 1, startColumn: character + 1, endLineNumber: line + 1, endColumn: character + 1 }));
        list.append(item);
        for (const child of symbol.children ?? []) {
            add(child, depth + 1);
        }
    };
    symbols.forEach(symbol => add(symbol, 0));
}

function renderFilesAndTabs(): void {
    const tree = $('files');
    tree.replaceChildren();
    let folder = '';
    for (const file of [...state.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
        const parts = file.path.split('/');
        const parent = parts.slice(0, -1).join('/');
        if (parent !== folder && parent !== '') {
            const header = document.createElement('li');
            header.className = 'folder';
            header.textContent = `${parent}/`;
            tree.append(header);
        }
        folder = parent;
        const item = document.createElement('li');
        item.className = `file${file.path === state.active ? ' active' : ''}${isDirty(file) ? ' dirty' : ''}`;
        item.dataset['path'] = file.path;
        item.style.paddingLeft = `${parts.length - 1 + 0.5}em`;
        item.textContent = parts[parts.length - 1]!;
        item.title = file.path;
        item.addEventListener('click', () => openTab(file.path));
        tree.append(item);
    }
    const tabs = $('tabs');
    tabs.replaceChildren();
    for (const path of state.tabs) {
        const file = state.files.get(path);
        const tab = document.createElement('div');
        tab.className = `tab${path === state.active ? ' active' : ''}${file && isDirty(file) ? ' dirty' : ''}`;
        tab.dataset['path'] = path;
        tab.title = file && isDirty(file) ? `${path} ${texts.unsavedMark}` : path;
        const label = document.createElement('span');
        label.textContent = path.split('/').pop()!;
        label.addEventListener('click', () => openTab(path));
        const close = document.createElement('button');
        close.textContent = '×';
        close.addEventListener('click', () => closeTab(path));
        tab.append(label, close);
        tabs.append(tab);
    }
    $('workspace-name').textContent = state.name;
}

function renderAll(): void {
    renderFilesAndTabs();
    renderProblems();
    schedule('outline', renderOutline, 50);
    schedule('preview', refreshPreview, 50);
}

function showMessages(messages: string[]): void {
    const box = $('messages');
    box.replaceChildren(...messages.map(message => {
        const line = document.createElement('div');
        line.textContent = message;
        return line;
    }));
    box.hidden = messages.length === 0;
}

// ---------- UI ----------

function wireUi(): void {
    $('open-folder').addEventListener('click', () => { void openFolder(); });
    $('open-files').addEventListener('click', () => $('file-input').click());
    ($('file-input') as HTMLInputElement).addEventListener('change', async event => {
        const input = event.target as HTMLInputElement;
        const files = [...(input.files ?? [])];
        input.value = '';
        if (files.length > 0 && confirmReplace()) {
            await openLoaded(files.length === 1 ? files[0]!.name : 'files', 'memory', await readFiles(files, texts));
        }
    });
    const examples = $('example') as HTMLSelectElement;
    for (const name of OFFERING_EXAMPLES) {
        examples.append(new Option(name, name));
    }
    examples.addEventListener('change', () => {
        const name = examples.value;
        examples.value = '';
        if (name === '#template') {
            if (confirmReplace()) {
                void setWorkspace('template', 'memory', [...TEMPLATE_FILES], undefined);
            }
        } else if (name && confirmReplace()) {
            void openExample(name);
        }
    });
    $('new-file').addEventListener('click', () => { void newFile(); });
    $('rename-file').addEventListener('click', () => { void renameActive(); });
    $('delete-file').addEventListener('click', deleteActive);
    $('save').addEventListener('click', () => { void save(); });
    $('download-zip').addEventListener('click', downloadZip);
    $('download-catalogue').addEventListener('click', () => { void downloadCatalogue(); });
    $('toggle-preview').addEventListener('click', () => {
        $('preview-panel').classList.toggle('open');
        void refreshPreview();
    });
    const language = $('language') as HTMLSelectElement;
    language.value = locale;
    language.addEventListener('change', () => { void switchLocale(language.value as Locale); });
    window.addEventListener('keydown', event => {
        if ((event.ctrlKey || event.metaKey) && event.key === 's') {
            event.preventDefault();
            void save();
        }
    });
    window.addEventListener('focus', () => { void checkDisk(); });
    document.addEventListener('dragover', event => event.preventDefault());
    document.addEventListener('drop', async event => {
        event.preventDefault();
        if (event.dataTransfer && confirmReplace()) {
            await openLoaded('dropped', 'memory', await readDropped(event.dataTransfer.items, texts));
        }
    });
    window.addEventListener('beforeunload', () => persist());
}

async function switchLocale(next: Locale): Promise<void> {
    locale = next;
    texts = PAGE_TEXTS[locale];
    localStorage.setItem(LOCALE_KEY, locale);
    applyLocaleToUi();
    await client.start(locale, workspaceFiles); // a new worker; the client opens every model again
    renderAll();
}

function applyLocaleToUi(): void {
    document.documentElement.lang = locale;
    const labels: Record<string, string> = {
        'open-folder': texts.openFolder, 'open-files': texts.openZip, 'new-file': texts.newFile, 'rename-file': texts.rename,
        'delete-file': texts.delete, save: texts.save, 'download-zip': texts.downloadZip, 'download-catalogue': texts.downloadCatalogue,
        'toggle-preview': texts.preview, 'problems-title': texts.problems, 'files-title': texts.files, 'drop-hint': texts.dropHint,
        'language-label': texts.language,
    };
    for (const [id, label] of Object.entries(labels)) {
        $(id).textContent = label;
    }
    const examples = $('example') as HTMLSelectElement;
    examples.options[0]!.textContent = `${texts.example}…`;
    examples.options[1]!.textContent = texts.emptyTemplate;
}

// Exposed for the tests and the bench, which drive the page through the same code paths.
(window as unknown as { offering: object }).offering = {
    monaco, state, builds, editor: () => editor, clearSession: () => clearSession(localStorage),
    /** Resolves once the server has built every file of the workspace: the catalogue counts them all. */
    settled: async (): Promise<{ files: number; errors: number; at: number }> => {
        for (;;) {
            const result = await client.catalogue({ allowErrors: true }).catch(() => undefined);
            if (result?.files === state.files.size) {
                return { files: result.files, errors: result.errors.length, at: builds[builds.length - 1] ?? performance.now() };
            }
            await new Promise(resolve => setTimeout(resolve, 20));
        }
    },
};

main().catch(error => {
    console.error(error);
    showMessages([texts.workerFailed(error instanceof Error ? error.message : String(error))]);
    document.body.dataset['ready'] = 'failed';
});
