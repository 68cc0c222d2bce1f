import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

/**
 * The CLI loses nothing: inputs are never modified (except by `format` without `--check`),
 * output goes only where the user asked, and a failing or killed `generate` (or a failing
 * `export`) leaves the previous file intact. Runs the built bin (`npm run build` first).
 */
const bin = fileURLToPath(new URL('../../packages/language/bin/offering.js', import.meta.url));
const run = promisify(execFile);

async function cli(args: string[], cwd: string): Promise<number> {
    try {
        await run(process.execPath, [bin, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
        return 0;
    } catch (error) {
        return (error as { code?: number }).code ?? -1;
    }
}

/** Every file under a folder: relative path -> sha256 of its content. */
function snapshot(root: string): Record<string, string> {
    const result: Record<string, string> = {};
    const walk = (folder: string) => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                walk(full);
            } else {
                result[path.relative(root, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
            }
        }
    };
    walk(root);
    return result;
}

const valid = 'characteristic Versneld "Versneld traject"\nprogramme SD "Software Developer" {\n    level mbo-4\n    with Versneld\n}\n';
const unformatted = 'characteristic   Versneld\nprogramme SD {   level mbo-4 with Versneld }\n';
let dir: string;

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-no-loss-'));
    fs.mkdirSync(path.join(dir, 'src'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the CLI loses nothing', () => {
    test('validate writes nothing anywhere', async () => {
        fs.writeFileSync(path.join(dir, 'src/a.offering'), valid);
        fs.writeFileSync(path.join(dir, 'src/b.offering'), 'grouping X within X\n');
        const before = snapshot(dir);
        expect(await cli(['validate', 'src'], dir)).toBe(1);
        expect(snapshot(dir)).toEqual(before);
    });

    test('generate writes only the file asked for, and a failing generate keeps the previous catalogue', async () => {
        fs.writeFileSync(path.join(dir, 'src/a.offering'), valid);
        const before = snapshot(dir);
        expect(await cli(['generate', 'src', '-o', 'out/catalogue.json'], dir)).toBe(0);
        const after = snapshot(dir);
        expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'out/catalogue.json'].sort());
        expect(Object.fromEntries(Object.keys(before).map(k => [k, after[k]]))).toEqual(before);
        const catalogue = fs.readFileSync(path.join(dir, 'out/catalogue.json'), 'utf-8');
        expect(JSON.parse(catalogue)).toMatchObject({ programmes: [{ id: 'SD' }] });

        // Now the input has an error: exit 1, nothing written, the old catalogue untouched.
        fs.writeFileSync(path.join(dir, 'src/b.offering'), 'grouping X within X\n');
        const withError = snapshot(dir);
        expect(await cli(['generate', 'src', '-o', 'out/catalogue.json'], dir)).toBe(1);
        expect(snapshot(dir)).toEqual(withError);
    });

    test('a generate killed with SIGKILL at any moment leaves the old or the complete new catalogue', async () => {
        // A workspace big enough that generating takes a while.
        const lines = Array.from({ length: 20_000 }, (_, i) => `grouping G${i} "Groep ${i}"${i > 0 ? ` within G${i - 1}` : ''}`);
        fs.writeFileSync(path.join(dir, 'src/big.offering'), lines.join('\n') + '\n' + valid);
        fs.writeFileSync(path.join(dir, 'catalogue.json'), '{"previous": true}\n');
        const inputs = snapshot(path.join(dir, 'src'));
        for (const delay of [100, 400, 800, 1500, 2500]) {
            const child = spawn(process.execPath, [bin, 'generate', 'src', '-o', 'catalogue.json'], { cwd: dir, stdio: 'ignore' });
            // Listen from the start: a generate that finishes before the kill has already exited.
            const exited = new Promise(resolve => child.on('exit', resolve));
            await new Promise(resolve => setTimeout(resolve, delay));
            child.kill('SIGKILL');
            await exited;
            const text = fs.readFileSync(path.join(dir, 'catalogue.json'), 'utf-8');
            const parsed = JSON.parse(text) as { previous?: boolean; groupings?: unknown[] };
            expect(parsed.previous === true || parsed.groupings?.length === 20_000).toBe(true);
            expect(snapshot(path.join(dir, 'src'))).toEqual(inputs);
            // A killed process cannot clean up: at most its hidden temporary file is left behind.
            const stray = fs.readdirSync(dir).filter(name => !['src', 'catalogue.json'].includes(name));
            expect(stray.filter(name => !/^\.catalogue\.json\.\d+\.[0-9a-f]+\.tmp$/.test(name))).toEqual([]);
        }
    }, 120_000);

    test('export writes only the file asked for, and a failing export keeps the previous one', async () => {
        fs.writeFileSync(path.join(dir, 'src/a.offering'), valid);
        const before = snapshot(dir);
        expect(await cli(['export', 'src', '--to', 'ooapi', '-o', 'out/ooapi.json'], dir)).toBe(0);
        expect(await cli(['export', 'src', '--to', 'rio', '-o', 'out/rio.xml'], dir)).toBe(0);
        const after = snapshot(dir);
        expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'out/ooapi.json', 'out/rio.xml'].sort());
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/ooapi.json'), 'utf-8'))).toMatchObject({ programmes: [{ abbreviation: 'SD' }] });

        fs.writeFileSync(path.join(dir, 'src/b.offering'), 'grouping X within X\n');
        const withError = snapshot(dir);
        expect(await cli(['export', 'src', '--to', 'ooapi', '-o', 'out/ooapi.json'], dir)).toBe(1);
        expect(snapshot(dir)).toEqual(withError);
    });

    test('format --check changes nothing; format rewrites only the unformatted file', async () => {
        fs.writeFileSync(path.join(dir, 'src/clean.offering'), valid);
        fs.writeFileSync(path.join(dir, 'src/messy.offering'), unformatted);
        const before = snapshot(dir);
        expect(await cli(['format', 'src', '--check'], dir)).toBe(1);
        expect(snapshot(dir)).toEqual(before);
        expect(await cli(['format', 'src'], dir)).toBe(0);
        const after = snapshot(dir);
        expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
        expect(after['src/clean.offering']).toBe(before['src/clean.offering']);
        expect(after['src/messy.offering']).not.toBe(before['src/messy.offering']);
        expect(await cli(['format', 'src', '--check'], dir)).toBe(0);
    });
});
