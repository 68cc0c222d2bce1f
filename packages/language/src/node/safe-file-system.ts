import type { FileSystemProvider, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/** Thrown for a path that is not a regular file (a FIFO, a device, a socket, a folder). */
export class NotARegularFileError extends Error {
    readonly code = 'ENOTREGULAR';
    constructor(path: string) {
        super(`${path}: not a regular file`);
    }
}

// O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Langium's Node file system, made safe for a long-running server: it reads only regular files
 * and never blocks on a read. Langium's own `readFile` waits forever on a FIFO (a watched-file
 * "created" event for one held the workspace lock, so no edit got diagnostics again) and reads
 * a device such as `/dev/zero` without end. The type is checked on the opened handle, so a file
 * swapped for something else between a check and the read is still caught.
 *
 * Relies on (checked against Langium 4.4.0, `NodeFileSystemProvider`): Langium reads documents through `readFile`
 * and lists folders through `readDirectory`. Backed by `test/robustness/server-file-system.test.ts`.
 */
export class SafeNodeFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return (await this.readBinary(uri)).toString(this.encoding);
    }

    override async readBinary(uri: URI): Promise<Buffer> {
        const handle = await fs.open(uri.fsPath, READ_FLAGS);
        try {
            if (!(await handle.stat()).isFile()) {
                throw new NotARegularFileError(uri.fsPath);
            }
            return await handle.readFile();
        } finally {
            await handle.close();
        }
    }

    override readFileSync(uri: URI): string {
        return this.readBinarySync(uri).toString(this.encoding);
    }

    override readBinarySync(uri: URI): Buffer {
        const fd = openSync(uri.fsPath, READ_FLAGS);
        try {
            if (!fstatSync(fd).isFile()) {
                throw new NotARegularFileError(uri.fsPath);
            }
            return readFileSync(fd);
        } finally {
            closeSync(fd);
        }
    }
}

/** `NodeFileSystem` with the safe provider, for `createOfferingServices`. */
export const SafeNodeFileSystem: { fileSystemProvider: () => FileSystemProvider } = {
    fileSystemProvider: () => new SafeNodeFileSystemProvider(),
};
