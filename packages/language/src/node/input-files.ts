import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Locale } from '../i18n/messages.js';
import { TEXTS } from '../i18n/messages.js';
import { OFFERING_EXTENSION } from '../workspace/offering-documents.js';

/** A problem with the input itself (not with the offering it describes): exit 2 in the CLI. */
export class InputError extends Error {}

/**
 * The largest .offering file we accept. A school's whole offering is a few thousand lines;
 * larger input is a mistake (a log, a dump) or should be split into several files. Measured
 * through `offering validate` (docs/reliability.md): 10 MiB took 19 s and 830 MB, 16 MiB
 * already 49 s and 1.2 GB; 12 MiB keeps the 10 MB of the robustness tests with some room.
 */
export const MAX_FILE_BYTES = 12 * 1024 * 1024;

/** One input file, read once: every later step uses this text, never the disk again. */
export interface InputFile {
    /** Absolute path, as found (a symbolic link keeps its own name). */
    path: string;
    text: string;
    /** The file's identity (device and inode): two names of one file are one input. */
    id: string;
}

/**
 * Expands files and folders (folders recursively) to the sorted, de-duplicated list of
 * `.offering` files. Symbolic links to files and folders are followed; a folder reached twice
 * (a link loop) is walked once. Dot-folders and `node_modules` are skipped. Every problem
 * (a missing path, an unreadable folder, a name too long, a link to nowhere, a file that is
 * not named *.offering, `-`) is an InputError with one line in the given language.
 */
export async function collectOfferingFiles(paths: string[], locale: Locale = 'en'): Promise<string[]> {
    const text = TEXTS[locale].cli;
    const found = new Set<string>();
    const walked = new Set<string>();
    for (const given of paths) {
        if (given === '-') {
            throw new InputError(text.stdinUnsupported);
        }
        const absolute = path.resolve(given);
        let status: Stats;
        try {
            status = await fs.stat(absolute);
        } catch (error) {
            const code = errorCode(error);
            throw new InputError(code === 'ENOENT' ? text.noSuchPath(given) : text.unreadable(given, code));
        }
        if (status.isDirectory()) {
            await walk(absolute, status, found, walked, text);
        } else if (!absolute.endsWith(OFFERING_EXTENSION)) {
            // Also `/dev/stdin` and `<(...)`: the workspace knows its files by their extension.
            throw new InputError(text.notOfferingFile(given));
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort();
}

async function walk(folder: string, status: Stats, found: Set<string>, walked: Set<string>, text: CliTexts): Promise<void> {
    const id = identity(status);
    if (walked.has(id)) {
        return;
    }
    walked.add(id);
    let entries;
    try {
        entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
        throw new InputError(text.unreadable(displayPath(folder), errorCode(error)));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
            continue;
        }
        const full = path.join(folder, entry.name);
        const isOffering = entry.name.endsWith(OFFERING_EXTENSION);
        if (entry.isSymbolicLink()) {
            let target: Stats;
            try {
                target = await fs.stat(full);
            } catch (error) {
                // A link to nowhere (or a loop of links) named like our file is worth saying; others are not ours.
                if (isOffering) {
                    throw new InputError(text.unreadable(displayPath(full), errorCode(error)));
                }
                continue;
            }
            if (target.isDirectory()) {
                await walk(full, target, found, walked, text);
            } else if (isOffering) {
                found.add(full);
            }
        } else if (entry.isDirectory()) {
            let inner: Stats;
            try {
                inner = await fs.stat(full);
            } catch (error) {
                throw new InputError(text.unreadable(displayPath(full), errorCode(error)));
            }
            await walk(full, inner, found, walked, text);
        } else if (isOffering) {
            // Regular files, and FIFOs or devices named *.offering: the reader refuses those.
            found.add(full);
        }
    }
}

/**
 * Reads one .offering file once, with the limits applied to what is read: it must be a regular
 * file (a FIFO or device is refused before it is opened, and again on the open handle, so a
 * swap in between cannot slip through), at most MAX_FILE_BYTES (counted while reading, so a
 * file that grows is caught), UTF-8 text without NUL bytes.
 */
export async function readOfferingFile(file: string, locale: Locale = 'en', maxBytes = MAX_FILE_BYTES): Promise<InputFile> {
    const text = TEXTS[locale].cli;
    const shown = displayPath(file);
    let bytes: Buffer;
    let id: string;
    try {
        if (!(await fs.stat(file)).isFile()) {
            throw new InputError(text.notRegularFile(shown));
        }
        // O_NONBLOCK: should the file have become a FIFO meanwhile, opening it does not wait for a writer.
        const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
        try {
            const status = await handle.stat();
            if (!status.isFile()) {
                throw new InputError(text.notRegularFile(shown));
            }
            if (status.size > maxBytes) {
                throw new InputError(text.tooLarge(shown, megabytes(status.size), megabytes(maxBytes)));
            }
            id = identity(status);
            bytes = await readAtMost(handle, maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new InputError(text.tooLarge(shown, megabytes(bytes.length), megabytes(maxBytes)));
            }
        } finally {
            await handle.close();
        }
    } catch (error) {
        if (error instanceof InputError) {
            throw error;
        }
        throw new InputError(text.unreadable(shown, errorCode(error) || text.unknownError));
    }
    if (bytes.includes(0)) {
        throw new InputError(text.notUtf8(shown));
    }
    try {
        // ignoreBOM keeps a byte order mark in the text, as reading the file as UTF-8 always did.
        return { path: file, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), id };
    } catch {
        throw new InputError(text.notUtf8(shown));
    }
}

async function readAtMost(handle: fs.FileHandle, limit: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
        const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) {
            break;
        }
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
    }
    return Buffer.concat(chunks, total);
}

/** Device and inode: the same for every name of one file (links, `a/../a`). */
export function identity(status: Stats): string {
    return `${status.dev}:${status.ino}`;
}

export function displayPath(absolute: string): string {
    const relative = path.relative(process.cwd(), absolute);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

type CliTexts = (typeof TEXTS)['en']['cli'];

function errorCode(error: unknown): string {
    return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

function megabytes(bytes: number): string {
    return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
