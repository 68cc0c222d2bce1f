import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { holdTemporary, releaseTemporary } from './temporary-files.js';

/** Why a target is not written: it would replace something that is not ours to replace. */
export type WriteRefusal = 'folder' | 'not-a-file' | 'read-only' | 'owner';

/** The target was left alone on purpose (exit 2 in the CLI); `reason` says why. */
export class WriteRefusedError extends Error {
    constructor(readonly reason: WriteRefusal, readonly target: string) {
        super(`${target}: not written (${reason})`);
    }
}

/** Symbolic links followed by hand before giving up, as the kernel does (ELOOP). */
const MAX_LINK_HOPS = 40;

/**
 * Writes a file atomically: first a temporary file in the target's folder (so the rename never
 * crosses a file system), then a rename over the target. Readers see the old file or the new
 * one, never half of one; when anything fails, or the process gets SIGINT, SIGTERM or SIGHUP,
 * the temporary file is removed and the previous file is left as it was. Creates missing
 * parent folders.
 *
 * The target keeps what it is: a symbolic link is written through (its target gets the new
 * content, the link stays), mode and owner are kept, and a file with several hard links is
 * rewritten in place, since a rename would split it from its other names; its new content is
 * written and synced to the temporary file first, so a full disk is found before it is touched.
 * Refused with WriteRefusedError: a folder, anything that is not a regular file (a device, a
 * FIFO, a socket), a read-only file, and a file whose owner we could not keep.
 */
export async function writeFileAtomically(target: string, content: string): Promise<void> {
    const { file, existing } = await resolveTarget(target);
    const folder = path.dirname(file);
    await fs.mkdir(folder, { recursive: true });
    const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    holdTemporary(temporary);
    try {
        const handle = await fs.open(temporary, 'wx');
        try {
            if (existing) {
                await keepOwnerAndMode(handle, existing, target);
            }
            await handle.writeFile(content, 'utf-8');
            await handle.sync();
        } finally {
            await handle.close();
        }
        if (existing && existing.nlink > 1) {
            await rewriteInPlace(file, content);
            await fs.rm(temporary, { force: true });
        } else {
            await fs.rename(temporary, file);
        }
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
    } finally {
        releaseTemporary(temporary);
    }
}

/**
 * The file that will get the content: the target itself, or where its symbolic links lead
 * (also when the last link dangles: then that file is created). `existing` is its status.
 */
async function resolveTarget(target: string): Promise<{ file: string; existing?: Stats }> {
    let existing: Stats | undefined;
    try {
        existing = await fs.stat(target);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
            throw error;
        }
    }
    if (existing) {
        if (existing.isDirectory()) {
            throw new WriteRefusedError('folder', target);
        }
        if (!existing.isFile()) {
            throw new WriteRefusedError('not-a-file', target);
        }
        if (await isReadOnly(target, existing)) {
            throw new WriteRefusedError('read-only', target);
        }
        return { file: await fs.realpath(target), existing };
    }
    // Nothing there yet, or a link to nothing: follow the links by hand to the name to create.
    let file = path.resolve(target);
    for (let hops = 0; hops < MAX_LINK_HOPS; hops++) {
        let status: Stats;
        try {
            status = await fs.lstat(file);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
                return { file };
            }
            throw error;
        }
        if (!status.isSymbolicLink()) {
            return { file };
        }
        file = path.resolve(path.dirname(file), await fs.readlink(file));
    }
    throw Object.assign(new Error(`${target}: too many levels of symbolic links`), { code: 'ELOOP' });
}

/** No write permission at all in its mode (root may write anyway: we do not), or none for us. */
async function isReadOnly(file: string, status: Stats): Promise<boolean> {
    if ((status.mode & 0o222) === 0) {
        return true;
    }
    try {
        await fs.access(file, constants.W_OK);
        return false;
    } catch {
        return true;
    }
}

async function keepOwnerAndMode(handle: fs.FileHandle, existing: Stats, target: string): Promise<void> {
    const created = await handle.stat();
    if (created.uid !== existing.uid || created.gid !== existing.gid) {
        try {
            await handle.chown(existing.uid, existing.gid);
        } catch {
            throw new WriteRefusedError('owner', target);
        }
    }
    // After chown, which may clear the set-user-ID and set-group-ID bits.
    await handle.chmod(existing.mode & 0o7777);
}

async function rewriteInPlace(file: string, content: string): Promise<void> {
    const handle = await fs.open(file, 'r+');
    try {
        const bytes = Buffer.from(content, 'utf-8');
        await handle.writeFile(bytes);
        await handle.truncate(bytes.length);
        await handle.sync();
    } finally {
        await handle.close();
    }
}
