import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../packages/language/src/node/cli/input-files.js';
import { run, tempFolder } from './cli-test-support.js';

describe('bad input: a clear message on stderr, exit 2, nothing on stdout', () => {
    test('a path that does not exist', async () => {
        expect(await run(['validate', 'nowhere'], tempFolder())).toEqual({
            code: 2, stdout: '', stderr: "offering: Cannot read 'nowhere': no such file or folder.\n",
        });
    });

    test('a folder without .offering files', async () => {
        expect(await run(['validate', 'docs'], tempFolder({ 'docs/readme.md': '# hi\n' }))).toEqual({
            code: 2, stdout: '', stderr: "offering: no .offering files found in 'docs'\n",
        });
    });

    test('a binary file (NUL bytes)', async () => {
        const folder = tempFolder({ 'ok.offering': 'board B\n', 'image.offering': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]) });
        expect(await run(['validate'], folder)).toEqual({ code: 2, stdout: '', stderr: 'offering: image.offering: not a UTF-8 text file\n' });
    });

    test('a file in another encoding (Latin-1 é)', async () => {
        const folder = tempFolder({ 'latin1.offering': new Uint8Array([...Buffer.from('board Caf'), 0xe9, 0x0a]) });
        expect(await run(['generate', '-o', 'out.json'], folder)).toEqual({ code: 2, stdout: '', stderr: 'offering: latin1.offering: not a UTF-8 text file\n' });
        expect(fs.existsSync(path.join(folder, 'out.json'))).toBe(false);
    });

    test('a 20 MB file is refused by its size before it is read', async () => {
        const folder = tempFolder();
        const line = 'board B1234567890 "Een bestuur met een lange naam" code 100B490\n';
        fs.writeFileSync(path.join(folder, 'huge.offering'), line.repeat(Math.ceil(20_000_000 / line.length)));
        expect(fs.statSync(path.join(folder, 'huge.offering')).size).toBeGreaterThan(MAX_FILE_BYTES);
        expect(await run(['generate', '.', '-o', 'catalogue.json'], folder)).toEqual({
            code: 2,
            stdout: '',
            stderr: 'offering: huge.offering: too large (19.1 MB; the limit is 12 MB per file). Split it into several .offering files.\n',
        });
        expect(fs.readdirSync(folder)).toEqual(['huge.offering']);
    });

    test('a file of exactly the limit is read and checked', async () => {
        const folder = tempFolder();
        // A few long block comments: cheap to check, so the test is about the size alone.
        const comment = `/* ${'x'.repeat(1024 * 1024 - 6)} */\n`;
        const text = comment.repeat(Math.floor(MAX_FILE_BYTES / comment.length));
        fs.writeFileSync(path.join(folder, 'edge.offering'), text + '/'.repeat(MAX_FILE_BYTES - text.length));
        expect(fs.statSync(path.join(folder, 'edge.offering')).size).toBe(MAX_FILE_BYTES);
        expect(await run(['validate', '.'], folder)).toEqual({ code: 0, stdout: 'Checked 1 file: no problems found.\n', stderr: '' });
    }, 120_000);

    test('unknown options, commands and format values are usage errors with a hint, not stack traces', async () => {
        const folder = tempFolder({ 'a.offering': 'board B\n' });
        expect(await run(['validate', '--colour'], folder)).toEqual({
            code: 2, stdout: '', stderr: "error: unknown option '--colour'\n(add --help for usage)\n",
        });
        expect(await run(['validat'], folder)).toEqual({
            code: 2, stdout: '', stderr: "error: unknown command 'validat'\n(Did you mean validate?)\n(add --help for usage)\n",
        });
        expect(await run(['validate', '--format', 'xml'], folder)).toEqual({
            code: 2, stdout: '', stderr: "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, pretty, json, github, sarif.\n(add --help for usage)\n",
        });
        expect(await run(['validate', '--lang', 'de'], folder)).toMatchObject({ code: 2, stdout: '' });
    });
});

describe('--help and --version', () => {
    test('--version prints the package version and exits 0', async () => {
        const { version } = JSON.parse(fs.readFileSync(new URL('../../packages/language/package.json', import.meta.url), 'utf-8')) as { version: string };
        expect(await run(['--version'], tempFolder())).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    });

    test('--help lists the commands on stdout and exits 0; a command\'s help lists its options', async () => {
        const help = await run(['--help'], tempFolder());
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(/^Usage: offering \[options\] \[command\]\n/);
        expect(help.stdout).toContain('validate [options] [paths...]');
        expect(help.stdout).toContain('generate [options] [paths...]');
        const validateHelp = await run(['validate', '--help'], tempFolder());
        expect(validateHelp.code).toBe(0);
        expect(validateHelp.stdout).toContain('--format <format>');
        expect(validateHelp.stdout).toContain('--max-warnings <count>');
    });

    test('no command at all shows the help on stderr as a usage error', async () => {
        const { code, stdout, stderr } = await run([], tempFolder());
        expect([code, stdout]).toEqual([2, '']);
        expect(stderr).toMatch(/^Usage: offering \[options\] \[command\]\n/);
    });
});
