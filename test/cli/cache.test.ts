// `offering validate --cache`: a result is reused only when no input changed; a damaged, stale or
// foreign cache is ignored and rebuilt. "Poisoned" caches (valid, but with made-up messages) show
// whether a result was reused: their messages appear only when it was.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CachedFileResult } from '../../packages/language/src/node/validation-cache.js';
import { CACHE_FORMAT_VERSION, cacheKey, decodeCache, encodeCache, toolIdentity } from '../../packages/language/src/node/validation-cache.js';
import { run, tempFolder } from './cli-test-support.js';

const tool = (JSON.parse(fs.readFileSync(new URL('../../packages/language/package.json', import.meta.url), 'utf-8')) as { version: string }).version;

/** Diagnostics that depend on the other file: each `A` is a duplicate of the other. */
const broken = {
    'a.offering': 'programme A { level mbo-2 years 1 }\n',
    'b.offering': 'programme A { level mbo-2 years 1 }\nprogramme C { level mbo-2 years }\n',
};

const CACHE = '.offeringcache';
const verboseLines = (stderr: string) => stderr.replace(/ \(\d+ ms\)/g, '').split('\n').filter(line => line.includes('cache'));

/** Rewrites the cache with every message replaced by POISON, keeping its key (a valid cache unless the checksum is kept). */
function poison(folder: string, options: { tool?: string; checksum?: 'keep' | 'recompute'; message?: string } = {}): void {
    const file = path.join(folder, CACHE);
    const text = fs.readFileSync(file, 'utf-8');
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as { tool: string };
    const body = JSON.parse(text.slice(newline + 1)) as { key: string; results: CachedFileResult[] };
    const results = body.results.map(result => ({ ...result, diagnostics: result.diagnostics.map(diagnostic => ({ ...diagnostic, message: options.message ?? 'POISON' })) }));
    if (options.checksum === 'keep') {
        // The body changed but the header's checksum did not: a damaged file.
        fs.writeFileSync(file, `${text.slice(0, newline)}\n${JSON.stringify({ key: body.key, results })}`);
    } else {
        fs.writeFileSync(file, encodeCache(body.key, results, { tool: options.tool ?? header.tool, locale: 'en' }));
    }
}

/** A fresh folder, checked once with --cache (so a cache exists) and then poisoned. */
async function poisoned(files: Record<string, string> = broken): Promise<string> {
    const folder = tempFolder(files);
    expect((await run(['validate', '--cache'], folder)).code).toBe(1);
    poison(folder);
    return folder;
}

describe('offering validate --cache', () => {
    test('output is byte-identical with and without the cache, cold and warm, in every format', async () => {
        for (const format of ['text', 'json', 'github', 'sarif']) {
            const folder = tempFolder(broken);
            const plain = await run(['validate', '--format', format], folder);
            expect(plain.code).toBe(1);
            expect(await run(['validate', '--format', format, '--cache'], folder)).toEqual(plain);
            expect(fs.existsSync(path.join(folder, CACHE))).toBe(true);
            expect(await run(['validate', '--format', format, '--cache'], folder)).toEqual(plain);
        }
    });

    test('a clean workspace: exit 0 from the cache too', async () => {
        const folder = tempFolder({ 'empty.offering': '' });
        expect(await run(['validate', '--cache'], folder)).toEqual({ code: 0, stdout: 'Checked 1 file: no problems found.\n', stderr: '' });
        expect(await run(['validate', '--cache', '--verbose'], folder)).toMatchObject({ code: 0, stdout: 'Checked 1 file: no problems found.\n' });
    });

    test('unchanged files: the stored result is used (--verbose says so)', async () => {
        const folder = await poisoned();
        const { code, stdout, stderr } = await run(['validate', '--cache', '--verbose'], folder);
        expect(code).toBe(1);
        expect(stdout.split('\n').slice(0, 3)).toEqual([
            'a.offering:1:11 - error offering.name.duplicate: POISON',
            'b.offering:1:11 - error offering.name.duplicate: POISON',
            'b.offering:2:33 - error parsing-error: POISON',
        ]);
        expect(verboseLines(stderr)).toEqual(['offering: no input changed: results reused from the cache .offeringcache']);
    });

    test('without --cache no cache is read or written', async () => {
        const folder = await poisoned();
        expect((await run(['validate'], folder)).stdout).not.toContain('POISON');
        const fresh = tempFolder(broken);
        await run(['validate', '--cache-location', 'elsewhere'], fresh);
        expect(fs.readdirSync(fresh).sort()).toEqual(['a.offering', 'b.offering']);
    });

    const stale: Array<[string, (folder: string) => void, string]> = [
        ['a changed file', folder => fs.writeFileSync(path.join(folder, 'b.offering'), 'programme B { level mbo-2 years 1 }\n'), 'files changed, added or removed'],
        ['a changed byte (same length)', folder => fs.writeFileSync(path.join(folder, 'a.offering'), 'programme A { level mbo-3 years 1 }\n'), 'files changed, added or removed'],
        ['a deleted file', folder => fs.rmSync(path.join(folder, 'a.offering')), 'files changed, added or removed'],
        ['a renamed file (same content)', folder => fs.renameSync(path.join(folder, 'a.offering'), path.join(folder, 'c.offering')), 'files changed, added or removed'],
        ['an added file', folder => fs.writeFileSync(path.join(folder, 'd.offering'), 'programme D { level mbo-2 years 1 }\n'), 'files changed, added or removed'],
        ['another tool version', folder => poison(folder, { tool: '0.0.0-other' }), 'written by another version'],
        ['another cache format', folder => fs.writeFileSync(path.join(folder, CACHE), fs.readFileSync(path.join(folder, CACHE), 'utf-8').replace(`"version":${CACHE_FORMAT_VERSION},`, `"version":${CACHE_FORMAT_VERSION + 1},`)), 'written by another version'],
        ['a body that does not match its checksum', folder => poison(folder, { checksum: 'keep', message: 'POISON, tampered' }), 'damaged; it will be rebuilt'],
        ['a truncated cache', folder => {
            const file = path.join(folder, CACHE);
            const text = fs.readFileSync(file, 'utf-8');
            fs.writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
        }, 'damaged; it will be rebuilt'],
        ['a cache cut after its header', folder => {
            const file = path.join(folder, CACHE);
            const text = fs.readFileSync(file, 'utf-8');
            fs.writeFileSync(file, text.slice(0, text.indexOf('\n')));
        }, 'damaged; it will be rebuilt'],
        ['garbage', folder => fs.writeFileSync(path.join(folder, CACHE), Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256)), 'damaged; it will be rebuilt'],
        ['an empty cache', folder => fs.writeFileSync(path.join(folder, CACHE), ''), 'damaged; it will be rebuilt'],
        ['a folder where the cache was', folder => {
            fs.rmSync(path.join(folder, CACHE));
            fs.mkdirSync(path.join(folder, CACHE));
        }, 'none yet'],
    ];

    test.each(stale)('%s: not used; the result equals a run without cache, and the cache is rebuilt', async (_name, change, reason) => {
        const folder = await poisoned();
        change(folder);
        const plain = await run(['validate'], folder);
        const cached = await run(['validate', '--cache', '--verbose'], folder);
        expect([cached.code, cached.stdout]).toEqual([plain.code, plain.stdout]);
        expect(plain.stdout).not.toContain('POISON');
        expect(verboseLines(cached.stderr)[0]).toMatch(new RegExp(`^offering: cache \\.offeringcache(/\\.offeringcache)? not used \\(${reason}\\); checking everything$`));
        // Rebuilt: the next run reuses it, with the right messages.
        const again = await run(['validate', '--cache', '--verbose'], folder);
        expect([again.code, again.stdout]).toEqual([plain.code, plain.stdout]);
        expect(verboseLines(again.stderr)).toHaveLength(1);
        expect(verboseLines(again.stderr)[0]).toMatch(/^offering: no input changed: results reused from the cache /);
    });

    test('another message language is another result', async () => {
        const folder = await poisoned();
        const nl = await run(['validate', '--cache', '--lang', 'nl'], folder);
        expect(nl).toEqual(await run(['validate', '--lang', 'nl'], folder));
        expect(nl.stdout).toContain("De naam 'A' wordt al gebruikt");
    });

    test('the same files given by another path are still the same files', async () => {
        const folder = await poisoned();
        expect((await run(['validate', '--cache', 'a.offering', 'b.offering'], folder)).stdout).toContain('POISON');
        // Only some of the files: another workspace, another result.
        expect((await run(['validate', '--cache', 'b.offering'], folder)).stdout).not.toContain('POISON');
    });

    test('--cache-location: a file, or a folder that gets .offeringcache', async () => {
        const folder = tempFolder({ ...broken, 'tmp/keep': '' });
        const plain = await run(['validate'], folder);
        expect(await run(['validate', '--cache', '--cache-location', 'ci.cache'], folder)).toEqual(plain);
        expect(await run(['validate', '--cache', '--cache-location', 'tmp'], folder)).toEqual(plain);
        expect(await run(['validate', '--cache', '--cache-location', 'new/'], folder)).toEqual(plain);
        expect([fs.existsSync(path.join(folder, 'ci.cache')), fs.existsSync(path.join(folder, 'tmp', CACHE)), fs.existsSync(path.join(folder, 'new', CACHE))]).toEqual([true, true, true]);
        expect(fs.existsSync(path.join(folder, CACHE))).toBe(false);
        // Written atomically: no temporary file is left beside it.
        expect(fs.readdirSync(path.join(folder, 'tmp')).sort()).toEqual([CACHE, 'keep']);
    });

    test('a cache location ending in .offering is refused (exit 2): it would replace an input', async () => {
        const folder = tempFolder(broken);
        expect(await run(['validate', '--cache', '--cache-location', 'a.offering'], folder)).toEqual({
            code: 2, stdout: '', stderr: "offering: cannot use 'a.offering' as the cache: names ending in .offering are input files; give another --cache-location\n",
        });
        expect(fs.readFileSync(path.join(folder, 'a.offering'), 'utf-8')).toBe(broken['a.offering']);
    });

    test('a cache that cannot be written: one line on stderr, the result and exit code unchanged', async () => {
        const folder = tempFolder({ ...broken, 'blocker': 'a file, not a folder' });
        const plain = await run(['validate'], folder);
        expect(await run(['validate', '--cache', '--cache-location', 'blocker/sub/cache'], folder)).toEqual({
            ...plain,
            stderr: "offering: cannot write the cache 'blocker/sub/cache' (ENOTDIR); the results are not affected\n",
        });
    });

    test('the key does not depend on the order files were found in, and covers path, content, tool and language', () => {
        const a = { path: '/w/a.offering', text: 'x', id: '1' };
        const b = { path: '/w/b.offering', text: 'y', id: '2' };
        const identity = { tool, locale: 'en' as const };
        const key = cacheKey([a, b], identity);
        expect(cacheKey([b, a], identity)).toBe(key);
        expect(new Set([
            key,
            cacheKey([a, { ...b, text: 'z' }], identity),
            cacheKey([a, { ...b, path: '/w/c.offering' }], identity),
            cacheKey([a], identity),
            cacheKey([a, b], { ...identity, tool: '9.9.9' }),
            cacheKey([a, b], { ...identity, locale: 'nl' }),
        ]).size).toBe(6);
        // File boundaries are part of the key: moving text between files changes it.
        expect(cacheKey([{ ...a, text: 'xy' }, { ...b, text: '' }], identity)).not.toBe(key);
        expect(decodeCache(encodeCache(key, [], identity), key, identity)).toEqual({ hit: true, results: [] });
    });

    test('the tool identity is the version plus this build: it changes when a module of the tool changes', async () => {
        const identity = await toolIdentity(tool);
        expect(identity).toMatch(new RegExp(`^${tool.replace(/\./g, '\\.')}\\+[0-9a-f]{16}$`));
        expect(await toolIdentity(tool)).toBe(identity);
        expect(await toolIdentity('9.9.9')).not.toBe(identity);
        // A rebuilt module: another size or modification time.
        const modules = tempFolder({ 'a.js': 'export {};\n', 'sub/b.js': 'export {};\n', 'notes.txt': 'not a module' });
        const built = await toolIdentity(tool, modules);
        expect(await toolIdentity(tool, modules)).toBe(built);
        fs.writeFileSync(path.join(modules, 'notes.txt'), 'still not a module');
        expect(await toolIdentity(tool, modules)).toBe(built);
        fs.writeFileSync(path.join(modules, 'sub/b.js'), 'export const b = 1;\n');
        const rebuilt = await toolIdentity(tool, modules);
        expect(rebuilt).not.toBe(built);
        fs.utimesSync(path.join(modules, 'a.js'), new Date(2020, 0, 1), new Date(2020, 0, 1));
        expect(await toolIdentity(tool, modules)).not.toBe(rebuilt);
        expect(await toolIdentity(tool)).toBe(identity);
    });
});
