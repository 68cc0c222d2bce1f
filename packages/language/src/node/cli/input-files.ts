import * as fs from 'node:fs/promises';
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
export async function offeringFiles(paths: string[]): Promise<string[]> {
    const files = await collectOfferingFiles(paths);
    if (files.length === 0) {
        throw new InputError(`no .offering files found in ${paths.map(p => `'${p}'`).join(', ')}`);
    }
    for (const file of files) {
        await checkTextFile(file);
    }
    return files;
}

async function checkTextFile(file: string): Promise<void> {
    const shown = displayPath(file);
    let bytes: Buffer;
    try {
        const stat = await fs.stat(file);
        if (stat.size > MAX_FILE_BYTES) {
            throw new InputError(`${shown}: too large (${megabytes(stat.size)} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB per file). Split it into several .offering files.`);
        }
        bytes = await fs.readFile(file);
    } catch (error) {
        if (error instanceof InputError) {
            throw error;
        }
        throw new InputError(`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    if (bytes.includes(0) || !isUtf8(bytes)) {
        throw new InputError(`${shown}: not a UTF-8 text file`);
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
