import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * vitest globalSetup: the whole run gets a temporary folder of its own, and `TMPDIR` points at it
 * (the test workers and every process they start inherit it). At the end the folder must hold
 * nothing but what `temp-folder-guard.ts` already checked; anything else fails the run.
 */
export default function setup(): () => void {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-test-run-'));
    process.env.TMPDIR = root;
    return () => {
        const left = fs.readdirSync(root);
        fs.rmSync(root, { recursive: true, force: true });
        if (left.length > 0) {
            throw new Error(`The tests left ${left.length} item(s) in the temporary folder: ${left.sort().join(', ')}`);
        }
    };
}
