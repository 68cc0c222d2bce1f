// `npx tsx bench/cache.ts [--sizes 10k,100k] [--runs 3] [--workdir DIR]`: `offering validate` cold
// (no cache), with `--cache` and no cache yet (cold plus writing it), warm (nothing changed) and
// after one changed file, each a fresh `node` process; wall time, CPU time (user + system) and
// peak memory, median of --runs by wall time. Checks that every run prints the same output.
// Writes bench/results/cache-latest.json.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWorkspace } from './generate.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliScript = path.join(repo, 'packages/language/bin/offering.js');

interface Run { ms: number; cpuMs: number; maxRssMb: number; exitCode: number; stdout: string }

function argument(name: string, fallback: string): string {
    const index = process.argv.indexOf(name);
    return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

/** A child that reports its own CPU time and peak memory when it exits. */
function writeProbe(folder: string): string {
    fs.mkdirSync(folder, { recursive: true });
    const probe = path.join(folder, 'usage-probe.mjs');
    fs.writeFileSync(probe, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); if (process.env.BENCH_USAGE_FILE) writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ cpu: u.userCPUTime + u.systemCPUTime, rss: u.maxRSS })); });\n");
    return probe;
}

function runCli(probe: string, args: string[], cwd: string): Run {
    const usageFile = path.join(os.tmpdir(), `offering-bench-usage-${process.pid}`);
    fs.rmSync(usageFile, { force: true });
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', new URL(`file://${probe}`).toString(), cliScript, ...args], {
        cwd, env: { ...process.env, BENCH_USAGE_FILE: usageFile }, encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    const usage = fs.existsSync(usageFile) ? JSON.parse(fs.readFileSync(usageFile, 'utf-8')) as { cpu: number; rss: number } : { cpu: NaN, rss: NaN };
    fs.rmSync(usageFile, { force: true });
    return { ms: Math.round(ms), cpuMs: Math.round(usage.cpu / 1000), maxRssMb: Math.round(usage.rss / 1024), exitCode: result.status ?? -1, stdout: result.stdout };
}

function median(runs: number, once: () => Run): Run {
    const all = Array.from({ length: runs }, once).sort((a, b) => a.ms - b.ms);
    return all[Math.floor((all.length - 1) / 2)]!;
}

function main(): void {
    const sizes = argument('--sizes', '10k,100k').split(',');
    const runs = Number(argument('--runs', '3'));
    const workdir = argument('--workdir', fs.mkdtempSync(path.join(os.tmpdir(), 'offering-bench-cache-')));
    const probe = writeProbe(path.join(repo, 'bench/results/build'));
    const results: Record<string, unknown> = {};
    for (const size of sizes) {
        const ws = writeWorkspace(size, workdir);
        const cacheFile = path.join(ws.root, '.offeringcache');
        const validate = (cache: boolean) => runCli(probe, ['validate', ws.offeringDir, ...(cache ? ['--cache'] : [])], ws.root);
        const cold = median(runs, () => validate(false));
        const coldWithCache = median(runs, () => {
            fs.rmSync(cacheFile, { force: true });
            return validate(true);
        });
        const warm = median(runs, () => validate(true));
        // One file changed (a trailing newline): the whole workspace is checked again.
        const changedFile = ws.files[ws.files.length - 1]!.path;
        const original = fs.readFileSync(changedFile, 'utf-8');
        let toggle = false;
        const oneChanged = median(runs, () => {
            toggle = !toggle;
            fs.writeFileSync(changedFile, toggle ? `${original}\n` : original);
            return validate(true);
        });
        fs.writeFileSync(changedFile, original);
        for (const [name, run] of Object.entries({ coldWithCache, warm })) {
            if (run.stdout !== cold.stdout || run.exitCode !== cold.exitCode) {
                throw new Error(`${size}: ${name} printed other output than a run without cache`);
            }
        }
        const row = (run: Run) => ({ ms: run.ms, cpuMs: run.cpuMs, maxRssMb: run.maxRssMb, exitCode: run.exitCode });
        results[size] = {
            files: ws.files.length, lines: ws.lines, cacheBytes: fs.statSync(cacheFile).size,
            cold: row(cold), coldWithCache: row(coldWithCache), warm: row(warm), oneChanged: row(oneChanged),
        };
        console.log(`${size} (${ws.files.length} files): cold ${cold.ms} ms (cpu ${cold.cpuMs}, ${cold.maxRssMb} MB), `
            + `cold+write ${coldWithCache.ms} ms (cpu ${coldWithCache.cpuMs}), warm ${warm.ms} ms (cpu ${warm.cpuMs}, ${warm.maxRssMb} MB), `
            + `one file changed ${oneChanged.ms} ms (cpu ${oneChanged.cpuMs}); cache ${fs.statSync(cacheFile).size} bytes`);
    }
    const out = path.join(repo, 'bench/results/cache-latest.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, load: os.loadavg(), runs, results }, null, 2) + '\n');
    if (!process.argv.includes('--workdir')) {
        fs.rmSync(workdir, { recursive: true, force: true });
    }
}

main();
