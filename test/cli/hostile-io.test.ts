/**
 * The CLI as a Unix tool on hostile outputs, targets and inputs (issue 14): closed pipes, full
 * disks, symbolic and hard links, devices, FIFOs, read-only files, its own inputs as output,
 * signals. Runs the built bin (`npm run build` first), as users and CI do.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../catalogue/catalogue-test-support.js';
import { tempFolder } from './cli-test-support.js';

const BIN = path.join(REPO_ROOT, 'packages/language/bin/offering.js');
const VALID = 'board B "Bestuur" code 100B490\n';
const isRoot = process.getuid?.() === 0;
/** Whether the user nobody can reach the CLI at all: not when the checkout lies in a folder only root may enter (`mktemp -d`). */
const nobodyReachesCli = isRoot && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, 4)`], { uid: 65534, gid: 65534, timeout: 20_000 }).status === 0;

function offering(args: string[], cwd: string, stdio: Array<'pipe' | 'ignore' | number> = ['ignore', 'pipe', 'pipe']) {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf-8', stdio, timeout: 20_000 });
    return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Runs the bin with stdout a pipe whose reader has gone away before anything was written. */
async function withClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += String(chunk); });
    const code = await new Promise<number | null>(resolve => child.on('close', resolve));
    return { code, stderr };
}

describe('output that cannot be written (item 9)', () => {
    const cases: Array<[string, string[], number]> = [
        ['validate with errors', ['validate', 'examples/errors'], 1],
        ['validate, clean', ['validate', 'examples/mbo-college'], 0],
        ['validate --format json', ['validate', 'examples/errors', '--format', 'json'], 1],
        ['generate --stdout', ['generate', 'examples/mbo-college', '--stdout'], 0],
        ['--help', ['--help'], 0],
    ];

    test.each(cases)('a closed pipe ends %s quietly with its own exit code', async (_name, args, code) => {
        expect(await withClosedStdout(args, REPO_ROOT)).toEqual({ code, stderr: '' });
    });

    test.each(cases)('a full disk (/dev/full) on %s: exit 2 and one line', (_name, args) => {
        const full = fs.openSync('/dev/full', 'w');
        try {
            expect(offering(args, REPO_ROOT, ['ignore', full, 'pipe'])).toEqual({ code: 2, stdout: '', stderr: 'offering: cannot write the output (ENOSPC)\n' });
        } finally {
            fs.closeSync(full);
        }
    });

    test('stdout open for reading only (EBADF): exit 2 and one line, in the language of --lang', () => {
        const folder = tempFolder({ 'a.offering': VALID });
        const readOnly = fs.openSync(path.join(folder, 'a.offering'), 'r');
        try {
            expect(offering(['validate', '.', '--lang', 'nl'], folder, ['ignore', readOnly, 'pipe']))
                .toEqual({ code: 2, stdout: '', stderr: 'offering: kan de uitvoer niet schrijven (EBADF)\n' });
        } finally {
            fs.closeSync(readOnly);
        }
    });
});

describe('generate -o onto hostile targets (items 10, 11)', () => {
    test('a symbolic link is written through: the link stays, its target gets the catalogue', () => {
        const folder = tempFolder({ 'a.offering': VALID, 'out/real.json': '{"previous": true}\n' });
        fs.symlinkSync('out/real.json', path.join(folder, 'link.json'));
        fs.symlinkSync('link.json', path.join(folder, 'chain.json'));
        fs.symlinkSync('out/new.json', path.join(folder, 'dangling.json'));
        for (const target of ['link.json', 'chain.json', 'dangling.json']) {
            expect(offering(['generate', 'a.offering', '-o', target], folder).code).toBe(0);
            expect(fs.lstatSync(path.join(folder, target)).isSymbolicLink()).toBe(true);
        }
        expect(JSON.parse(fs.readFileSync(path.join(folder, 'out/real.json'), 'utf-8'))).toMatchObject({ boards: [{ id: 'B' }] });
        expect(JSON.parse(fs.readFileSync(path.join(folder, 'out/new.json'), 'utf-8'))).toMatchObject({ boards: [{ id: 'B' }] });
        expect(fs.readdirSync(path.join(folder, 'out')).sort()).toEqual(['new.json', 'real.json']);
    });

    test('a link loop is refused with one line', () => {
        const folder = tempFolder({ 'a.offering': VALID });
        fs.symlinkSync('loop2.json', path.join(folder, 'loop1.json'));
        fs.symlinkSync('loop1.json', path.join(folder, 'loop2.json'));
        expect(offering(['generate', 'a.offering', '-o', 'loop1.json'], folder)).toEqual({
            code: 2, stdout: '', stderr: "offering: cannot write 'loop1.json' (ELOOP); the previous catalogue, if any, is unchanged\n",
        });
    });

    /**
     * A device node as target. As root, a broken build would replace the machine's /dev/null
     * (it did, before the fix): root gets copies of the nodes in the test's folder instead.
     */
    const device = (name: string, minor: number) => (folder: string): string => {
        if (!isRoot) {
            return `/dev/${name}`;
        }
        expect(spawnSync('mknod', ['-m', '666', path.join(folder, name), 'c', '1', String(minor)]).status).toBe(0);
        return name;
    };
    const notFiles: Array<[string, (folder: string) => string, string]> = [
        ['the null device', device('null', 3), `offering: cannot write '${isRoot ? '' : '/dev/'}null': it is not a regular file (a device, pipe or socket); give a file name, or use --stdout\n`],
        ['the full device', device('full', 7), `offering: cannot write '${isRoot ? '' : '/dev/'}full': it is not a regular file (a device, pipe or socket); give a file name, or use --stdout\n`],
        ['a FIFO', folder => { spawnSync('mkfifo', [path.join(folder, 'fifo')]); return 'fifo'; },
            "offering: cannot write 'fifo': it is not a regular file (a device, pipe or socket); give a file name, or use --stdout\n"],
        ['a link to a device', folder => { fs.symlinkSync(path.resolve(folder, device('null', 3)(folder)), path.join(folder, 'null.json')); return 'null.json'; },
            "offering: cannot write 'null.json': it is not a regular file (a device, pipe or socket); give a file name, or use --stdout\n"],
        ['a folder', folder => { fs.mkdirSync(path.join(folder, 'dir')); return 'dir'; }, "offering: cannot write 'dir': it is a folder; give a file name\n"],
        ['a read-only catalogue', folder => { fs.writeFileSync(path.join(folder, 'ro.json'), '{}\n', { mode: 0o444 }); return 'ro.json'; },
            "offering: cannot write 'ro.json': the file is read-only; it is unchanged\n"],
        ['an input file', () => 'a.offering', "offering: cannot write 'a.offering': it is one of the input files; give another output file\n"],
        ['a link to an input file', folder => { fs.symlinkSync('a.offering', path.join(folder, 'to-input.json')); return 'to-input.json'; },
            "offering: cannot write 'to-input.json': it is one of the input files; give another output file\n"],
        ['a hard link to an input file', folder => { fs.linkSync(path.join(folder, 'a.offering'), path.join(folder, 'hard.json')); return 'hard.json'; },
            "offering: cannot write 'hard.json': it is one of the input files; give another output file\n"],
    ];

    test.each(notFiles)('%s is refused with exit 2 and left as it was', (_name, make, stderr) => {
        const folder = tempFolder({ 'a.offering': VALID });
        const target = make(folder);
        const before = fs.lstatSync(path.resolve(folder, target));
        expect(offering(['generate', '.', '-o', target], folder)).toEqual({ code: 2, stdout: '', stderr });
        const after = fs.lstatSync(path.resolve(folder, target));
        expect([after.ino, after.mode, after.size, after.rdev]).toEqual([before.ino, before.mode, before.size, before.rdev]);
        expect(fs.readFileSync(path.join(folder, 'a.offering'), 'utf-8')).toBe(VALID);
        expect(fs.readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });
});

describe('format keeps what a file is (item 12)', () => {
    const messy = 'board   B  "Bestuur"   code 100B490\n';

    test('mode, symbolic links and hard links are kept; read-only files are refused', () => {
        const folder = tempFolder({ 'private.offering': messy, 'shared/real.offering': messy.replace('B ', 'C '), 'hard.offering': messy.replace('B ', 'D ') });
        fs.chmodSync(path.join(folder, 'private.offering'), 0o600);
        fs.symlinkSync('shared/real.offering', path.join(folder, 'link.offering'));
        fs.linkSync(path.join(folder, 'hard.offering'), path.join(folder, 'shared/hard-twin.txt'));
        fs.writeFileSync(path.join(folder, 'readonly.offering'), messy.replace('B ', 'E '), { mode: 0o444 });
        const result = offering(['format', 'private.offering', 'link.offering', 'hard.offering', 'readonly.offering'], folder);
        expect(result).toEqual({
            code: 2,
            stdout: 'Formatted hard.offering\nFormatted link.offering\nFormatted private.offering\n',
            stderr: "offering: cannot write 'readonly.offering': the file is read-only; it is unchanged\n4 files checked: 4 files reformatted.\n",
        });
        expect(fs.statSync(path.join(folder, 'private.offering')).mode & 0o777).toBe(0o600);
        expect(fs.readFileSync(path.join(folder, 'private.offering'), 'utf-8')).toBe('board B "Bestuur" code 100B490\n');
        expect(fs.lstatSync(path.join(folder, 'link.offering')).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(path.join(folder, 'shared/real.offering'), 'utf-8')).toBe('board C "Bestuur" code 100B490\n');
        expect(fs.statSync(path.join(folder, 'hard.offering')).nlink).toBe(2);
        expect(fs.readFileSync(path.join(folder, 'shared/hard-twin.txt'), 'utf-8')).toBe('board D "Bestuur" code 100B490\n');
        expect(fs.readFileSync(path.join(folder, 'readonly.offering'), 'utf-8')).toBe(messy.replace('B ', 'E '));
        expect(fs.readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test.runIf(isRoot)('the owner is kept (run as root: the file belongs to nobody)', () => {
        const folder = tempFolder({ 'theirs.offering': messy });
        fs.chownSync(path.join(folder, 'theirs.offering'), 65534, 65534);
        expect(offering(['format', 'theirs.offering'], folder).code).toBe(0);
        const status = fs.statSync(path.join(folder, 'theirs.offering'));
        expect([status.uid, status.gid]).toEqual([65534, 65534]);
    });
});

describe('signals remove the temporary file (item 13)', () => {
    const script = `
        import { writeFileSync } from 'node:fs';
        import { holdTemporary } from ${JSON.stringify(path.join(REPO_ROOT, 'packages/language/out/node/temporary-files.js'))};
        const file = process.argv[1];
        holdTemporary(file);
        writeFileSync(file, 'half');
        process.stdout.write('ready\\n');
        setInterval(() => {}, 1000);
    `;

    test.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s: the file is removed and the process ends by that signal', async signal => {
        const file = path.join(os.tmpdir(), `.catalogue.json.${signal}.tmp`);
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise<void>(resolve => child.stdout.once('data', () => resolve()));
        expect(fs.existsSync(file)).toBe(true);
        const ended = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, by) => resolve(by)));
        child.kill(signal);
        expect(await ended).toBe(signal);
        expect(fs.existsSync(file)).toBe(false);
    });

    test('generate interrupted while it writes leaves no temporary file', async () => {
        const folder = tempFolder();
        const lines = Array.from({ length: 20_000 }, (_, i) => `grouping G${i} "Groep ${i}"${i > 0 ? ` within G${i - 1}` : ''}`);
        fs.writeFileSync(path.join(folder, 'big.offering'), lines.join('\n') + '\n');
        let interrupted = 0;
        // The temporary file lives for milliseconds: kill as soon as it appears; retry when the write wins the race.
        for (let attempt = 0; attempt < 6 && interrupted < 2; attempt++) {
            const child = spawn(process.execPath, [BIN, 'generate', '.', '-o', 'out/catalogue.json'], { cwd: folder, stdio: 'ignore' });
            fs.mkdirSync(path.join(folder, 'out'), { recursive: true });
            const watcher = fs.watch(path.join(folder, 'out'), (_event, name) => {
                if (name?.endsWith('.tmp')) {
                    child.kill('SIGTERM');
                }
            });
            const signal = await new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, by) => resolve(by)));
            watcher.close();
            if (signal === 'SIGTERM') {
                interrupted++;
            }
            expect(fs.readdirSync(path.join(folder, 'out')).filter(name => name.endsWith('.tmp'))).toEqual([]);
            fs.rmSync(path.join(folder, 'out'), { recursive: true, force: true });
        }
        expect(interrupted).toBeGreaterThan(0);
    }, 120_000);
});

describe('hostile inputs: exit 2 with one line, never a hang (item 14)', () => {
    const cases: Array<[string, (folder: string) => string[], string]> = [
        ['/dev/stdin', () => ['/dev/stdin'], 'offering: /dev/stdin: not an .offering file; only files named *.offering are checked\n'],
        ['- (standard input)', () => ['-'], "offering: '-' (standard input) is not read: save the text as an .offering file and give its path\n"],
        ['a file not named *.offering', folder => { fs.writeFileSync(path.join(folder, 'notes.txt'), VALID); return ['notes.txt']; },
            'offering: notes.txt: not an .offering file; only files named *.offering are checked\n'],
        ['a FIFO named *.offering (no writer: would block)', folder => { spawnSync('mkfifo', [path.join(folder, 'pipe.offering')]); return ['pipe.offering']; },
            'offering: pipe.offering: not a regular file (a device, pipe or socket); give .offering files or folders\n'],
        ['a FIFO inside a folder', folder => { fs.mkdirSync(path.join(folder, 'dir')); spawnSync('mkfifo', [path.join(folder, 'dir/pipe.offering')]); return ['dir']; },
            'offering: dir/pipe.offering: not a regular file (a device, pipe or socket); give .offering files or folders\n'],
        ['a link to /dev/zero (endless)', folder => { fs.symlinkSync('/dev/zero', path.join(folder, 'zero.offering')); return ['zero.offering']; },
            'offering: zero.offering: not a regular file (a device, pipe or socket); give .offering files or folders\n'],
        ['a path over PATH_MAX', () => [`${'x'.repeat(5000)}.offering`], `offering: ${'x'.repeat(5000)}.offering: cannot be read (ENAMETOOLONG)\n`],
        ['a path through a file', () => ['a.offering/inner.offering'], 'offering: a.offering/inner.offering: cannot be read (ENOTDIR)\n'],
        ['a link loop named *.offering in a folder', folder => {
            fs.mkdirSync(path.join(folder, 'dir'));
            fs.symlinkSync('b.offering', path.join(folder, 'dir/a.offering'));
            fs.symlinkSync('a.offering', path.join(folder, 'dir/b.offering'));
            return ['dir'];
        }, 'offering: dir/a.offering: cannot be read (ELOOP)\n'],
        ['a dangling link named *.offering in a folder', folder => {
            fs.mkdirSync(path.join(folder, 'dir'));
            fs.symlinkSync('gone.offering', path.join(folder, 'dir/x.offering'));
            return ['dir'];
        }, 'offering: dir/x.offering: cannot be read (ENOENT)\n'],
    ];

    test.each(cases)('%s', (_name, make, stderr) => {
        const folder = tempFolder({ 'a.offering': VALID });
        expect(offering(['validate', ...make(folder)], folder)).toEqual({ code: 2, stdout: '', stderr });
    });

    test('a process substitution (/dev/fd/N, a pipe) is refused without reading it', () => {
        const folder = tempFolder();
        const result = spawnSync(process.execPath, [BIN, 'validate', '/dev/fd/3'], { cwd: folder, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'], timeout: 20_000 });
        expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 2, stderr: 'offering: /dev/fd/3: not an .offering file; only files named *.offering are checked\n' });
    });

    test.runIf(nobodyReachesCli)('an unreadable subfolder (as nobody)', () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-nobody-'));
        // The test run's own temporary folders (temp-folder-guard.ts) must let nobody pass through.
        fs.chmodSync(os.tmpdir(), 0o711);
        fs.chmodSync(path.dirname(os.tmpdir()), 0o711);
        try {
            fs.chmodSync(folder, 0o755);
            fs.mkdirSync(path.join(folder, 'closed'), { mode: 0o700 });
            fs.writeFileSync(path.join(folder, 'a.offering'), VALID, { mode: 0o644 });
            const result = spawnSync(process.execPath, [BIN, 'validate', '.'], { cwd: folder, encoding: 'utf-8', uid: 65534, gid: 65534, timeout: 20_000 });
            expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 2, stdout: '', stderr: 'offering: closed: cannot be read (EACCES)\n' });
        } finally {
            fs.rmSync(folder, { recursive: true, force: true });
        }
    });
});

describe('symbolic links in folders are followed, loops are not (item 15)', () => {
    test('a linked file and a linked folder are checked; a file and its link count once; a folder loop ends', () => {
        const folder = tempFolder({
            'work/a.offering': VALID,
            'elsewhere/b.offering': 'board C "Ander bestuur" code 100B491\n',
            'more/c.offering': 'board D "Derde bestuur" code 100B492\n',
        });
        fs.symlinkSync('../elsewhere/b.offering', path.join(folder, 'work/b.offering'));
        fs.symlinkSync('a.offering', path.join(folder, 'work/same-as-a.offering'));
        fs.symlinkSync('../more', path.join(folder, 'work/more'));
        fs.symlinkSync('..', path.join(folder, 'work/up'));
        expect(offering(['validate', 'work', '--format', 'json'], folder)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
        expect(offering(['validate', 'work'], folder).stdout).toBe('Checked 3 files: no problems found.\n');
    });
});
