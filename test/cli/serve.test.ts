// `offering serve`: the built app and the folder's files on 127.0.0.1, saving back without
// overwriting a file that changed on disk, nothing outside the folder, only its own host name.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TEXTS } from '../../packages/language/src/i18n/messages.js';
import type { ServedApp } from '../../packages/language/src/node/cli/serve-command.js';
import { startServer } from '../../packages/language/src/node/cli/serve-command.js';
import { run } from './cli-test-support.js';

let folder: string;
let app: string;
let served: ServedApp | undefined;

beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-serve-'));
    app = path.join(folder, 'app');
    fs.mkdirSync(path.join(folder, 'work/sub'), { recursive: true });
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'index.html'), '<!DOCTYPE html><title>app</title>');
    fs.writeFileSync(path.join(folder, 'work/a.offering'), 'board B "B" code 100B490\n');
    fs.writeFileSync(path.join(folder, 'work/sub/b.offering'), 'calendar C {\n}\n');
    fs.writeFileSync(path.join(folder, 'work/latin1.offering'), Buffer.from([0x62, 0xe9]));
});

afterEach(async () => {
    await served?.close();
    served = undefined;
    fs.rmSync(folder, { recursive: true, force: true });
});

async function post(url: string, body: unknown, origin: string): Promise<Response> {
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(body) });
}

describe('offering serve', () => {
    test('serves the app and the folder\'s files, and names a file it cannot use', async () => {
        served = await startServer({ folder: path.join(folder, 'work'), app, port: 0 });
        expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?served=1$/);
        const origin = new URL(served.url).origin;
        expect(await (await fetch(`${origin}/`)).text()).toBe('<!DOCTYPE html><title>app</title>');
        expect((await fetch(`${origin}/..%2f..%2fwork%2fa.offering`)).status).toBe(403);
        expect(await (await fetch(`${origin}/__offering/workspace`)).json()).toEqual({
            name: 'work',
            files: [{ path: 'a.offering', text: 'board B "B" code 100B490\n' }, { path: 'sub/b.offering', text: 'calendar C {\n}\n' }],
            messages: ['latin1.offering: not UTF-8 text, skipped.'],
        });
    });

    test('saves edits atomically, reports a file changed on disk as a conflict, and writes it only when forced', async () => {
        served = await startServer({ folder: path.join(folder, 'work'), app, port: 0 });
        const origin = new URL(served.url).origin;
        const save = `${origin}/__offering/save`;
        fs.writeFileSync(path.join(folder, 'work/sub/b.offering'), 'changed elsewhere\n');
        const first = await post(save, {
            files: [
                { path: 'a.offering', text: 'edited\n', saved: 'board B "B" code 100B490\n' },
                { path: 'sub/b.offering', text: 'mine\n', saved: 'calendar C {\n}\n' },
                { path: 'new/c.offering', text: 'new\n', saved: null },
                { path: '../escape.offering', text: 'no\n', saved: null },
            ],
            deleted: [],
        }, origin);
        expect(await first.json()).toEqual({
            written: ['a.offering', 'new/c.offering'],
            conflicts: ['sub/b.offering'],
            messages: ['../escape.offering: not a path inside the folder, not written.'],
        });
        expect(fs.readFileSync(path.join(folder, 'work/a.offering'), 'utf-8')).toBe('edited\n');
        expect(fs.readFileSync(path.join(folder, 'work/sub/b.offering'), 'utf-8')).toBe('changed elsewhere\n');
        expect(fs.existsSync(path.join(folder, 'escape.offering'))).toBe(false);

        const forced = await post(save, { files: [{ path: 'sub/b.offering', text: 'mine\n', force: true }], deleted: ['a.offering'] }, origin);
        expect(await forced.json()).toEqual({ written: ['sub/b.offering'], conflicts: [], messages: [] });
        expect(fs.readFileSync(path.join(folder, 'work/sub/b.offering'), 'utf-8')).toBe('mine\n');
        expect(fs.existsSync(path.join(folder, 'work/a.offering'))).toBe(false);
    });

    test('refuses a request from another origin or for another host name', async () => {
        served = await startServer({ folder: path.join(folder, 'work'), app, port: 0 });
        const origin = new URL(served.url).origin;
        expect((await post(`${origin}/__offering/save`, { files: [], deleted: ['a.offering'] }, 'http://evil.example')).status).toBe(403);
        const port = new URL(served.url).port;
        expect((await fetch(`http://localhost:${port}/__offering/workspace`)).status).toBe(403);
        expect(fs.existsSync(path.join(folder, 'work/a.offering'))).toBe(true);
    });

    test('exit code 2 with a message for a missing folder, an unbuilt app and a bad port', async () => {
        const text = TEXTS.en.cli;
        expect(await run(['serve', 'nope', '--app', app], folder)).toEqual({ code: 2, stdout: '', stderr: `offering: ${text.notAFolder('nope')}\n` });
        const empty = path.join(folder, 'empty');
        fs.mkdirSync(empty);
        expect(await run(['serve', 'work', '--app', empty], folder)).toEqual({ code: 2, stdout: '', stderr: `offering: ${text.webAppMissing(empty)}\n` });
        expect((await run(['serve', 'work', '--port', 'x'], folder)).code).toBe(2);
    });

    test('the bin prints the URL and serves until stopped', async () => {
        const bin = path.join(import.meta.dirname, '../../packages/language/bin/offering.js');
        const child = spawn(process.execPath, [bin, 'serve', 'work', '--app', app, '--port', '0'], { cwd: folder });
        const line = await new Promise<string>((resolve, reject) => {
            child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString()));
            child.on('exit', code => reject(new Error(`exited with ${code}`)));
        });
        const url = /http:\/\/127\.0\.0\.1:\d+\/\?served=1/.exec(line)![0];
        expect(line).toBe(`${TEXTS.en.cli.serving(url, path.join(folder, 'work'))}\n`);
        expect((await fetch(url)).status).toBe(200);
        const exit = new Promise<number | null>(resolve => child.on('exit', resolve));
        child.kill('SIGINT');
        expect(await exit).toBe(0);
    });
});
