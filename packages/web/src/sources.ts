// Reading a workspace from what the user gives the page: a folder (File System Access API), dropped
// files and folders, or a zip. Only `.offering` files are kept; each one that cannot be used is
// named in a message instead of failing the whole load.
import { unzipSync } from 'fflate';
import type { PageTexts } from './texts.js';

export const OFFERING_EXTENSION = '.offering';
/** More files than this make the page slow; the CLI and VS Code handle them. */
export const MAX_FILES = 2000;
/** Stop walking a folder after this many entries (someone picked their home folder). */
export const MAX_ENTRIES = 20000;
export const MAX_FILE_MB = 5;

export interface LoadedFile {
    path: string;
    text: string;
    /** The file on disk, when the page may write it back. */
    handle?: FileSystemFileHandle;
    lastModified?: number;
}

export interface LoadResult {
    files: LoadedFile[];
    messages: string[];
    /** True when the load was refused as a whole (too many files). */
    refused: boolean;
}

/** Decodes a file's bytes, or says why it cannot be used. */
export function decodeText(path: string, bytes: Uint8Array, texts: PageTexts): { text: string } | { message: string } {
    if (bytes.length > MAX_FILE_MB * 1024 * 1024) {
        return { message: texts.tooLarge(path, MAX_FILE_MB) };
    }
    if (bytes.includes(0)) {
        return { message: texts.binary(path) };
    }
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
    } catch {
        return { message: texts.notUtf8(path) };
    }
}

function skipFolder(name: string): boolean {
    return name.startsWith('.') || name === 'node_modules';
}

class Collector {
    readonly files: LoadedFile[] = [];
    readonly messages: string[] = [];
    entries = 0;
    offeringCount = 0;
    stopped = false;

    constructor(private readonly texts: PageTexts) {}

    /** Counts an entry; false once the walk must stop. */
    visit(): boolean {
        if (++this.entries > MAX_ENTRIES) {
            if (!this.stopped) {
                this.messages.push(this.texts.tooManyEntries(MAX_ENTRIES));
            }
            this.stopped = true;
        }
        return !this.stopped;
    }

    add(path: string, bytes: Uint8Array, extra: Partial<LoadedFile> = {}): void {
        this.offeringCount++;
        if (this.offeringCount > MAX_FILES) {
            return; // counted only: the result refuses the load
        }
        const decoded = decodeText(path, bytes, this.texts);
        if ('message' in decoded) {
            this.messages.push(decoded.message);
        } else {
            this.files.push({ path, text: decoded.text, ...extra });
        }
    }

    result(): LoadResult {
        if (this.offeringCount > MAX_FILES) {
            return { files: [], messages: [this.texts.tooManyFiles(this.offeringCount, MAX_FILES)], refused: true };
        }
        if (this.files.length === 0 && this.messages.length === 0) {
            this.messages.push(this.texts.noOfferingFiles);
        }
        this.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        return { files: this.files, messages: this.messages, refused: false };
    }
}

/** Reads a folder picked with `showDirectoryPicker`, keeping the handles for saving back. */
export async function readDirectoryHandle(root: FileSystemDirectoryHandle, texts: PageTexts): Promise<LoadResult> {
    const collector = new Collector(texts);
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        for await (const entry of (folder as unknown as AsyncIterable<FileSystemHandle>)) {
            if (!collector.visit()) {
                return;
            }
            if (entry.kind === 'directory') {
                if (!skipFolder(entry.name)) {
                    await walk(entry as FileSystemDirectoryHandle, `${prefix}${entry.name}/`);
                }
            } else if (entry.name.endsWith(OFFERING_EXTENSION)) {
                const handle = entry as FileSystemFileHandle;
                const file = await handle.getFile();
                collector.add(prefix + entry.name, new Uint8Array(await file.arrayBuffer()), { handle, lastModified: file.lastModified });
            }
        }
    };
    await walk(root, '');
    return collector.result();
}

/** Reads dropped items: files, folders (through `webkitGetAsEntry`) and zips. */
export async function readDropped(items: DataTransferItemList, texts: PageTexts): Promise<LoadResult> {
    const collector = new Collector(texts);
    const entries = [...items].map(item => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
    const single = entries.length === 1 && entries[0]!.isDirectory;
    for (const entry of entries) {
        // A single dropped folder is the workspace itself; otherwise keep the dropped names.
        await readEntry(entry, single ? '' : entry.isDirectory ? `${entry.name}/` : '', collector, texts, true);
    }
    return collector.result();
}

async function readEntry(entry: FileSystemEntry, prefix: string, collector: Collector, texts: PageTexts, top: boolean): Promise<void> {
    if (!collector.visit()) {
        return;
    }
    if (entry.isDirectory) {
        if (!top && skipFolder(entry.name)) {
            return;
        }
        for (const child of await readAllEntries(entry as FileSystemDirectoryEntry)) {
            await readEntry(child, child.isDirectory ? `${prefix}${child.name}/` : prefix, collector, texts, false);
        }
        return;
    }
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    await readFile(file, prefix + file.name, collector, texts);
}

function readAllEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
    const reader = folder.createReader();
    const all: FileSystemEntry[] = [];
    // readEntries returns the entries in batches until an empty one.
    return new Promise((resolve, reject) => {
        const next = (): void => reader.readEntries(batch => {
            if (batch.length === 0) {
                resolve(all);
            } else {
                all.push(...batch);
                next();
            }
        }, reject);
        next();
    });
}

/** Reads picked files (an `<input type=file multiple>`): `.offering` files and zips. */
export async function readFiles(files: readonly File[], texts: PageTexts): Promise<LoadResult> {
    const collector = new Collector(texts);
    for (const file of files) {
        if (!collector.visit()) {
            break;
        }
        await readFile(file, file.name, collector, texts);
    }
    return collector.result();
}

async function readFile(file: File, path: string, collector: Collector, texts: PageTexts): Promise<void> {
    if (file.name.toLowerCase().endsWith('.zip')) {
        readZip(file.name, new Uint8Array(await file.arrayBuffer()), collector, texts);
    } else if (file.name.endsWith(OFFERING_EXTENSION)) {
        collector.add(path, new Uint8Array(await file.arrayBuffer()));
    }
}

function readZip(name: string, bytes: Uint8Array, collector: Collector, texts: PageTexts): void {
    let entries: Record<string, Uint8Array>;
    try {
        entries = unzipSync(bytes, { filter: entry => entry.name.endsWith(OFFERING_EXTENSION) && !entry.name.split('/').some(skipFolder) });
    } catch (error) {
        collector.messages.push(texts.badZip(name, error instanceof Error ? error.message : String(error)));
        return;
    }
    const paths = Object.keys(entries);
    // A zip of a folder has one top folder: drop it, so that paths match the folder's own.
    const tops = new Set(paths.map(path => path.split('/')[0]));
    const strip = tops.size === 1 && paths.every(path => path.includes('/')) ? `${[...tops][0]}/` : '';
    for (const path of paths.sort()) {
        if (collector.visit()) {
            collector.add(path.slice(strip.length), entries[path]!);
        }
    }
}
