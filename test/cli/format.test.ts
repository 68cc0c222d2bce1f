import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, tempFolder } from './cli-test-support.js';

const messy = 'grouping   ICT  "ICT"\nprogramme P { level mbo-4 years 1 .. 3 }\n';
const tidy = 'grouping ICT "ICT"\nprogramme P {\n    level mbo-4\n    years 1..3\n}\n';

describe('offering format --check', () => {
    test('lists the unformatted files and exits 1, changing nothing', async () => {
        const folder = tempFolder({ 'a.offering': messy, 'b.offering': tidy });
        const result = await run(['format', '--check', '.'], folder);
        expect(result).toEqual({ code: 1, stdout: 'a.offering\n', stderr: '2 files checked: 1 file not formatted (run offering format).\n' });
        expect(fs.readFileSync(path.join(folder, 'a.offering'), 'utf-8')).toBe(messy);
    });

    test('exits 0 when everything is formatted', async () => {
        const folder = tempFolder({ 'b.offering': tidy });
        expect(await run(['format', '--check'], folder)).toEqual({ code: 0, stdout: '', stderr: '1 file checked: all formatted.\n' });
    });
});

describe('offering format', () => {
    test('rewrites only the files that change', async () => {
        const folder = tempFolder({ 'a.offering': messy, 'sub/b.offering': tidy });
        const untouched = path.join(folder, 'sub/b.offering');
        const old = new Date('2020-01-01T00:00:00Z');
        fs.utimesSync(untouched, old, old);
        const result = await run(['format', '.'], folder);
        expect(result).toEqual({ code: 0, stdout: 'Formatted a.offering\n', stderr: '2 files checked: 1 file reformatted.\n' });
        expect(fs.readFileSync(path.join(folder, 'a.offering'), 'utf-8')).toBe(tidy);
        expect(fs.statSync(untouched).mtime.toISOString()).toBe(old.toISOString());
        // No temporary files are left behind.
        expect(fs.readdirSync(folder).sort()).toEqual(['a.offering', 'sub']);
        expect(await run(['format', '--check', '.'], folder)).toMatchObject({ code: 0 });
    });

    test('leaves a file with syntax errors alone and exits 2', async () => {
        const broken = 'programme P { level }\n';
        const folder = tempFolder({ 'bad.offering': broken, 'a.offering': messy });
        const result = await run(['format', '.'], folder);
        expect(result).toEqual({
            code: 2,
            stdout: 'Formatted a.offering\n',
            stderr: 'bad.offering: not formatted: it has syntax errors (see offering validate)\n2 files checked: 1 file reformatted.\n',
        });
        expect(fs.readFileSync(path.join(folder, 'bad.offering'), 'utf-8')).toBe(broken);
    });

    test('a missing path is a usage error', async () => {
        const folder = tempFolder();
        expect(await run(['format', 'nope'], folder)).toMatchObject({ code: 2, stdout: '' });
    });
});
