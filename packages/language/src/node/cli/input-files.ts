import * as fs from 'node:fs/promises';
import type { Locale, Texts } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import { collectOfferingFiles, displayPath, InputError } from '../workspace-loader.js';

/**
 * The largest .offering file we accept. A school's whole offering is a few thousand lines;
 * larger input is a mistake (a log, a dump) or should be split into several files. Measured
 * through `offering validate` (docs/reliability.md): 10 MiB took 19 s and 830 MB, 16 MiB
 * already 49 s and 1.2 GB; 12 MiB keeps the 10 MB of the robustness tests with some room.
 */
export const MAX_FILE_BYTES = 12 * 1024 * 1024;

/**
 * Expands the given files and folders to the .offering files to check and makes sure each
 * is a readable UTF-8 text file of reasonable size. Throws InputError (exit 2) otherwise.
 */
export async function offeringFiles(paths: string[], locale: Locale = 'en'): Promise<string[]> {
    const text = TEXTS[locale].cli;
    const files = await collectOfferingFiles(paths);
    if (files.length === 0) {
        throw new InputError(text.noFiles(paths.map(p => `'${p}'`).join(', ')));
    }
    for (const file of files) {
        await checkTextFile(file, text);
    }
    return files;
}

async function checkTextFile(file: string, text: Texts['cli']): Promise<void> {
    const shown = displayPath(file);
    let bytes: Buffer;
    try {
        const stat = await fs.stat(file);
        if (stat.size > MAX_FILE_BYTES) {
            throw new InputError(text.tooLarge(shown, megabytes(stat.size), megabytes(MAX_FILE_BYTES)));
        }
        bytes = await fs.readFile(file);
    } catch (error) {
        if (error instanceof InputError) {
            throw error;
        }
        throw new InputError(text.unreadable(shown, (error as NodeJS.ErrnoException).code ?? text.unknownError));
    }
    if (bytes.includes(0) || !isUtf8(bytes)) {
        throw new InputError(text.notUtf8(shown));
    }
}

function isUtf8(bytes: Uint8Array): boolean {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    } catch {
        return false;
    }
}

function megabytes(bytes: number): string {
    return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
