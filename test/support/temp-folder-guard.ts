import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * Setup file: each test file gets a temporary folder of its own inside the run's folder
 * (`temp-run-folder.ts`), as `TMPDIR` (`os.tmpdir()` reads it on every call). After the file's
 * tests, the folder must be empty: a test that leaves anything behind fails its file, by name.
 */
const outer = os.tmpdir();
let folder: string | undefined;
let testFile = 'this test file';

beforeAll(({}, suite) => {
    testFile = path.basename((suite as { filepath?: string }).filepath ?? suite.name);
    folder = fs.mkdtempSync(path.join(outer, `${testFile.replace(/\W+/g, '-')}-`));
    process.env.TMPDIR = folder;
});

afterAll(() => {
    if (!folder) {
        return;
    }
    process.env.TMPDIR = outer;
    const left = fs.readdirSync(folder);
    fs.rmSync(folder, { recursive: true, force: true });
    if (left.length > 0) {
        throw new Error(`${testFile} left ${left.length} item(s) in the temporary folder: ${left.sort().join(', ')}`);
    }
});
