import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Writes a file atomically: first a temporary file in the same folder (so the rename never
 * crosses a file system), then a rename over the target. Readers see the old file or the
 * new one, never half of one; when anything fails the temporary file is removed and the
 * previous file is left as it was. Creates missing parent folders.
 */
export async function writeFileAtomically(target: string, content: string): Promise<void> {
    const folder = path.dirname(path.resolve(target));
    await fs.mkdir(folder, { recursive: true });
    const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        const handle = await fs.open(temporary, 'wx');
        try {
            await handle.writeFile(content, 'utf-8');
            await handle.sync();
        } finally {
            await handle.close();
        }
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
    }
}
