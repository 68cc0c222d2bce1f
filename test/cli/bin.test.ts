/**
 * The real executables, as a user or CI runs them (needs `npm run build` first: they run `out/`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../catalogue/catalogue-test-support.js';
import { tempFolder } from './cli-test-support.js';

const BIN = path.join(REPO_ROOT, 'packages/language/bin/offering.js');

function offering(args: string[], cwd = REPO_ROOT) {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf-8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the offering bin', () => {
    beforeAll(() => {
        expect(fs.existsSync(path.join(REPO_ROOT, 'packages/language/out/node/cli/main.js')), 'run `npm run build` first').toBe(true);
    });

    test('validates a folder and exits 0', () => {
        expect(offering(['validate', 'test/catalogue/fixtures/college'])).toEqual({ code: 0, stdout: 'Checked 4 files: no problems found.\n', stderr: '' });
    });

    test('exits 1 on errors and 2 on bad usage or unreadable input, without stack traces', () => {
        const folder = tempFolder({ 'a.offering': 'board A\nboard A\n', 'bin/b.offering': new Uint8Array([0, 1, 2]) });
        expect(offering(['validate', 'a.offering'], folder).code).toBe(1);
        expect(offering(['validate', '--nope'], folder)).toEqual({ code: 2, stdout: '', stderr: "error: unknown option '--nope'\n(add --help for usage)\n" });
        expect(offering(['validate', 'bin'], folder)).toEqual({ code: 2, stdout: '', stderr: 'offering: bin/b.offering: not a UTF-8 text file\n' });
    });

    test('is linked as node_modules/.bin/offering at the repository root (what `npx offering` runs)', () => {
        const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/offering'), ['--help'], { cwd: REPO_ROOT, encoding: 'utf-8' });
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/^Usage: offering \[options\] \[command\]/);
    });
});
