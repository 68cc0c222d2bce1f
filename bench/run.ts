// `npm run bench [-- --sizes 1k,10k --runs 3 --edits 50 --session 200 --no-lsp]`: generates the workspaces,
// times the CLI, the YAML route and the language server, prints a table and writes
// bench/results/latest.json. Timings are wall-clock medians on this machine.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { writeWorkspace } from './generate.js';
import type { GeneratedWorkspace } from './generate.js';
import { LspSession, stats } from './lsp-client.js';
import type { Stats } from './lsp-client.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliScript = path.join(repo, 'packages/language/bin/offering.js');
const serverScript = path.join(repo, 'packages/language/bin/offering-language-server.js');

export interface Options {
    sizes: string[]; runs: number; edits: number; lsp: boolean; out: string; workdir: string;
    /** Edits of the realistic editing session after which memory is measured (one in five a policy edit); 0: no session. */
    session: number;
}

export type MemoryMb = Awaited<ReturnType<LspSession['memory']>>;

/** Memory of a server (started with `--expose-gc`) during a realistic editing session. */
export interface SessionMemory {
    edits: number;
    policyEdits: number;
    /** Hover, completion, formatting and code lens requests, each answered. */
    requests: number;
    afterLoad: MemoryMb;
    /** `rssBeforeGcMb` here is the server's resident memory after the session: the measure. */
    afterSession: MemoryMb;
    /** After opening and closing `closedDocuments` more files: what each closed document leaves behind. */
    afterClosing: MemoryMb;
    closedDocuments: number;
    /** Milliseconds the whole session took (edits until their diagnostics, and the requests). */
    sessionMs: number;
}

export interface ProcessRun { ms: number; maxRssMb: number; exitCode: number }

export interface SizeResult {
    size: string;
    files: number;
    lines: number;
    bytes: number;
    yamlLines: number;
    yamlBytes: number;
    cli: {
        validate: ProcessRun & { linesPerSecond: number; mbPerSecond: number; output: string };
        generate?: ProcessRun;
        /** `offering export --to ooapi` (v6) and `--to rio` on the same workspace, written to a file like generate. */
        export?: { ooapi: ProcessRun; rio: ProcessRun };
    };
    yaml: { 'yaml': ProcessRun & { errors: number }; 'js-yaml': ProcessRun & { errors: number } };
    ratios: { offeringToYaml: number; offeringToJsYaml: number };
    lsp?: {
        openWorkspaceMs: number;
        /** Until every file of the workspace has its diagnostics (the Problems panel is complete). */
        openAllDiagnosticsMs: number;
        residentMb: number;
        /** Typing in a title: nothing else reads it. */
        keystroke1kFile: Stats;
        /** Typing in a module size: the checks of that file (and the programmes the module is for) run again. */
        keystroke1kFileSize: Stats;
        keystroke5kFile?: Stats;
        /** Typing in the calendar's title in the shared file. */
        sharedFileEdit: Stats;
        /** Typing in the policy's bandwidth in the shared file: the whole workspace is checked again. */
        sharedPolicyEdit: Stats;
        completion: Stats & { items: number };
        residentMbAfterEdits: number;
        session?: SessionMemory;
    };
}

export interface BenchResult {
    date: string;
    machine: { node: string; cpus: string; cores: number; memoryGb: number; platform: string };
    options: Omit<Options, 'out' | 'workdir'>;
    sizes: SizeResult[];
}

/** Transpiles the child scripts once so that children start as plain `node` (no TS loader in the timings). */
function buildChildren(buildDir: string): { yamlRoute: string; probe: string } {
    fs.mkdirSync(buildDir, { recursive: true });
    const source = fs.readFileSync(path.join(repo, 'bench/yaml-route.ts'), 'utf-8');
    const output = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const yamlRoute = path.join(buildDir, 'yaml-route.mjs');
    fs.writeFileSync(yamlRoute, output);
    // Peak memory of a child: it reports its own maxRSS when it exits.
    const probe = path.join(buildDir, 'rss-probe.mjs');
    fs.writeFileSync(probe, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n");
    return { yamlRoute, probe };
}

function runNode(probe: string, args: string[], cwd: string): ProcessRun & { stdout: string } {
    const rssFile = path.join(os.tmpdir(), `offering-bench-rss-${process.pid}`);
    fs.rmSync(rssFile, { force: true });
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', pathToImport(probe), ...args], {
        cwd, env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - start;
    const kb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf-8')) : NaN;
    fs.rmSync(rssFile, { force: true });
    return { ms: Math.round(ms), maxRssMb: Math.round(kb / 1024), exitCode: result.status ?? -1, stdout: result.stdout };
}

function pathToImport(file: string): string {
    return new URL(`file://${file}`).toString();
}

/** Runs `runs` times and keeps the run with the median time. */
function medianRun<T extends ProcessRun>(runs: number, once: () => T): T {
    const all = Array.from({ length: runs }, once).sort((a, b) => a.ms - b.ms);
    return all[Math.floor((all.length - 1) / 2)]!;
}

function cliHasGenerate(): boolean {
    return cliHas('generate');
}

/** Whether the CLI has a command (the bench also runs against older builds). */
function cliHas(command: string): boolean {
    const help = spawnSync(process.execPath, [cliScript, '--help'], { encoding: 'utf-8' }).stdout;
    return new RegExp(`^\\s+${command}\\b`, 'm').test(help);
}

function lineOf(file: string, pattern: RegExp): { line: number; character: number } {
    const lines = fs.readFileSync(file, 'utf-8').split('\n');
    const middle = Math.floor(lines.length / 2);
    const order = [...lines.keys()].sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
    for (const line of order) {
        const match = pattern.exec(lines[line]!);
        if (match) {
            return { line, character: match.index + match[0].length };
        }
    }
    throw new Error(`No line matching ${pattern} in ${file}`);
}

/** Where keystrokes land. A title changes no meaning; a size digit changes what the checks see. */
const TITLE = /^programme \w+ "/;
const MODULE_SIZE = /^ {4}module \w+ "[^"]*" size \d+/;
const POLICY_SIZE = /^ {4}module size \d+/;
/** Edits that reach other files are timed until the server has published nothing for this long (not counted). */
const SETTLE_MS = 300;

async function typing(session: LspSession, file: string, edits: number, where: RegExp = TITLE, settle = 0, text = 'x'): Promise<Stats> {
    // Insert a character, then delete it again: the text alternates between two states.
    const at = lineOf(file, where);
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
        times.push(await session.keystroke(file, at.line, at.character, i % 2 === 0, settle, text));
    }
    return stats(times);
}

/** The programme file closest to 1,000 lines: where the keystrokes land. */
function programmeFileOf(ws: GeneratedWorkspace): string {
    return ws.files.filter(f => f.path !== ws.sharedFile).sort((a, b) => Math.abs(a.lines - 1000) - Math.abs(b.lines - 1000))[0]!.path;
}

async function measureLsp(ws: GeneratedWorkspace, fiveK: GeneratedWorkspace | undefined, options: Options): Promise<NonNullable<SizeResult['lsp']>> {
    const session = LspSession.start(serverScript);
    try {
        const programmeFile = programmeFileOf(ws);
        const open = await session.openWorkspace(ws.offeringDir, programmeFile);
        // Typing is timed once the start-up validation of the whole workspace is done.
        const allDiagnosticsMs = await session.allDiagnostics(ws.files.length, open.start);
        const residentMb = session.residentMb();
        const keystroke1kFile = await typing(session, programmeFile, options.edits);
        const completions: number[] = [];
        let items = 0;
        const intake = lineOf(programmeFile, /^ {8}intake at /);
        for (let i = 0; i < options.edits; i++) {
            const result = await session.completion(programmeFile, intake.line, intake.character);
            completions.push(result.ms);
            items = result.items;
        }
        // A digit in a module size: the module's own checks and its programme's year volume change.
        const keystroke1kFileSize = await typing(session, programmeFile, options.edits, MODULE_SIZE, SETTLE_MS, '0');
        // The calendar's title in the shared file every programme references.
        await session.open(ws.sharedFile);
        const shared = await typing(session, ws.sharedFile, Math.min(options.edits, 20), /^calendar \w+ "/, SETTLE_MS);
        // A digit in the policy's module bandwidth: every programme it governs must be checked again.
        const sharedPolicy = await typing(session, ws.sharedFile, Math.min(options.edits, 20), POLICY_SIZE, SETTLE_MS, '0');
        const result: NonNullable<SizeResult['lsp']> = {
            openWorkspaceMs: Math.round(open.firstDiagnosticsMs),
            openAllDiagnosticsMs: Math.round(allDiagnosticsMs),
            residentMb,
            keystroke1kFile,
            keystroke1kFileSize,
            sharedFileEdit: shared,
            sharedPolicyEdit: sharedPolicy,
            completion: { ...stats(completions), items },
            residentMbAfterEdits: session.residentMb(),
        };
        if (fiveK) {
            const other = LspSession.start(serverScript);
            try {
                const big = fiveK.files.filter(f => f.path !== fiveK.sharedFile)[0]!.path;
                const opened = await other.openWorkspace(fiveK.offeringDir, big);
                await other.allDiagnostics(fiveK.files.length, opened.start);
                result.keystroke5kFile = await typing(other, big, options.edits);
            } finally {
                await other.stop();
            }
        }
        return result;
    } finally {
        await session.stop();
    }
}

/**
 * The realistic editing session, in a server of its own started with `--expose-gc`:
 * open the workspace and one file; `edits` keystrokes, one in five in the policy's bandwidth
 * (each until every affected file's diagnostics), the others alternately in a programme's title
 * and in a module size; every tenth edit a hover, a completion, a formatting and a code lens
 * request. Then ten more files are opened and closed.
 */
async function editingSession(ws: GeneratedWorkspace, programmeFile: string, edits: number): Promise<SessionMemory> {
    const session = LspSession.start(serverScript, ['--expose-gc']);
    try {
        const open = await session.openWorkspace(ws.offeringDir, programmeFile);
        await session.allDiagnostics(ws.files.length, open.start);
        const afterLoad = await session.memory();
        const started = performance.now();
        await session.open(ws.sharedFile);
        const places = [
            { file: programmeFile, at: lineOf(programmeFile, TITLE), text: 'x', settle: 0, count: 0 },
            { file: programmeFile, at: lineOf(programmeFile, MODULE_SIZE), text: '0', settle: 0, count: 0 },
            { file: ws.sharedFile, at: lineOf(ws.sharedFile, POLICY_SIZE), text: '0', settle: SETTLE_MS, count: 0 },
        ];
        const hoverAt = lineOf(programmeFile, /^ {8}intake at \w/);
        const intake = lineOf(programmeFile, /^ {8}intake at /);
        let policyEdits = 0;
        let requests = 0;
        for (let i = 0; i < edits; i++) {
            const place = i % 5 === 4 ? places[2]! : places[i % 2]!;
            policyEdits += place === places[2] ? 1 : 0;
            await session.keystroke(place.file, place.at.line, place.at.character, place.count++ % 2 === 0, place.settle, place.text);
            if (i % 10 === 9) {
                await session.hover(programmeFile, hoverAt.line, hoverAt.character - 1);
                await session.completion(programmeFile, intake.line, intake.character);
                await session.formatting(programmeFile);
                await session.codeLens(programmeFile);
                requests += 4;
            }
        }
        const sessionMs = Math.round(performance.now() - started);
        const afterSession = await session.memory();
        const others = ws.files.map(f => f.path).filter(f => f !== programmeFile && f !== ws.sharedFile).slice(0, 10);
        for (const file of others) {
            await session.open(file);
            await session.close(file);
        }
        // Closing re-reads the file from disk and validates it again: wait for that to be published.
        await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
        const afterClosing = await session.memory();
        return { edits, policyEdits, requests, afterLoad, afterSession, afterClosing, closedDocuments: others.length, sessionMs };
    } finally {
        await session.stop();
    }
}

export async function runBench(options: Options, log: (line: string) => void = () => {}): Promise<BenchResult> {
    // Inside the repository, so that the children resolve their packages from its node_modules.
    const children = buildChildren(path.join(repo, 'bench/results/build'));
    const withGenerate = cliHasGenerate();
    const withExport = cliHas('export');
    const sizes: SizeResult[] = [];
    for (const size of options.sizes) {
        log(`${size}: generating`);
        const ws = writeWorkspace(size, options.workdir);
        log(`${size}: ${ws.files.length} files, ${ws.lines} lines; CLI validate`);
        const validate = medianRun(options.runs, () => runNode(children.probe, [cliScript, 'validate', ws.offeringDir], ws.root));
        const summary = validate.stdout.trim().split('\n').pop() ?? '';
        const generate = withGenerate
            ? medianRun(options.runs, () => runNode(children.probe, [cliScript, 'generate', ws.offeringDir, '--output', path.join(ws.root, 'catalogue.json')], ws.root))
            : undefined;
        const exportTo = (target: 'ooapi' | 'rio') => medianRun(options.runs, () =>
            runNode(children.probe, [cliScript, 'export', ws.offeringDir, '--to', target, '--output', path.join(ws.root, `export.${target}`)], ws.root));
        const exported = withExport ? { ooapi: exportTo('ooapi'), rio: exportTo('rio') } : undefined;
        log(`${size}: YAML routes`);
        const route = (parser: 'yaml' | 'js-yaml') => medianRun(options.runs, () => {
            const run = runNode(children.probe, [children.yamlRoute, parser, ws.yamlDir, ws.schemaFile], ws.root);
            if (!run.stdout) {
                throw new Error(`The ${parser} route failed (exit code ${run.exitCode}).`);
            }
            const report = JSON.parse(run.stdout) as { errors: number };
            return { ms: run.ms, maxRssMb: run.maxRssMb, exitCode: run.exitCode, errors: report.errors };
        });
        const yamlRun = route('yaml');
        const jsYamlRun = route('js-yaml');
        const result: SizeResult = {
            size, files: ws.files.length, lines: ws.lines, bytes: ws.bytes, yamlLines: ws.yamlLines, yamlBytes: ws.yamlBytes,
            cli: {
                validate: {
                    ms: validate.ms, maxRssMb: validate.maxRssMb, exitCode: validate.exitCode, output: summary,
                    linesPerSecond: Math.round(ws.lines / (validate.ms / 1000)),
                    mbPerSecond: Math.round(ws.bytes / 1e6 / (validate.ms / 1000) * 100) / 100,
                },
                ...(generate ? { generate: { ms: generate.ms, maxRssMb: generate.maxRssMb, exitCode: generate.exitCode } } : {}),
                ...(exported ? { export: {
                    ooapi: { ms: exported.ooapi.ms, maxRssMb: exported.ooapi.maxRssMb, exitCode: exported.ooapi.exitCode },
                    rio: { ms: exported.rio.ms, maxRssMb: exported.rio.maxRssMb, exitCode: exported.rio.exitCode },
                } } : {}),
            },
            yaml: { 'yaml': yamlRun, 'js-yaml': jsYamlRun },
            ratios: {
                offeringToYaml: Math.round(validate.ms / yamlRun.ms * 100) / 100,
                offeringToJsYaml: Math.round(validate.ms / jsYamlRun.ms * 100) / 100,
            },
        };
        if (options.lsp) {
            log(`${size}: language server`);
            const fiveK = size === options.sizes[options.sizes.length - 1] ? writeWorkspace('5k-file', options.workdir) : undefined;
            result.lsp = await measureLsp(ws, fiveK, options);
            if (options.session > 0) {
                log(`${size}: editing session (${options.session} edits) and memory`);
                result.lsp.session = await editingSession(ws, programmeFileOf(ws), options.session);
            }
        }
        sizes.push(result);
    }
    return {
        date: new Date().toISOString(),
        machine: { node: process.version, cpus: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
        options: { sizes: options.sizes, runs: options.runs, edits: options.edits, lsp: options.lsp, session: options.session },
        sizes,
    };
}

export function formatTable(result: BenchResult): string {
    const rows: string[][] = [['', ...result.sizes.map(s => s.size)]];
    const row = (label: string, value: (s: SizeResult) => string | number | undefined) =>
        rows.push([label, ...result.sizes.map(s => String(value(s) ?? '-'))]);
    row('files / lines', s => `${s.files} / ${s.lines}`);
    row('MB (offering / YAML)', s => `${(s.bytes / 1e6).toFixed(2)} / ${(s.yamlBytes / 1e6).toFixed(2)}`);
    row('CLI validate ms', s => s.cli.validate.ms);
    row('  lines/s', s => s.cli.validate.linesPerSecond);
    row('  MB/s', s => s.cli.validate.mbPerSecond);
    row('  peak MB', s => s.cli.validate.maxRssMb);
    row('CLI generate ms', s => s.cli.generate?.ms);
    row('CLI export --to ooapi ms', s => s.cli.export?.ooapi.ms);
    row('CLI export --to rio ms', s => s.cli.export?.rio.ms);
    row('yaml + ajv + refs ms', s => s.yaml.yaml.ms);
    row('js-yaml + ajv + refs ms', s => s.yaml['js-yaml'].ms);
    row('ratio offering / yaml', s => s.ratios.offeringToYaml);
    row('ratio offering / js-yaml', s => s.ratios.offeringToJsYaml);
    row('LSP open to first diagnostics ms', s => s.lsp?.openWorkspaceMs);
    row('LSP open to all diagnostics ms', s => s.lsp?.openAllDiagnosticsMs);
    row('LSP resident MB', s => s.lsp?.residentMb);
    row('keystroke 1k file med/p95', s => s.lsp && `${s.lsp.keystroke1kFile.median} / ${s.lsp.keystroke1kFile.p95}`);
    row('keystroke 1k file, size med/p95', s => s.lsp && `${s.lsp.keystroke1kFileSize.median} / ${s.lsp.keystroke1kFileSize.p95}`);
    row('keystroke 5k file med/p95', s => s.lsp?.keystroke5kFile && `${s.lsp.keystroke5kFile.median} / ${s.lsp.keystroke5kFile.p95}`);
    row('shared edit (title) med/p95', s => s.lsp && `${s.lsp.sharedFileEdit.median} / ${s.lsp.sharedFileEdit.p95}`);
    row('shared edit (policy) med/p95', s => s.lsp && `${s.lsp.sharedPolicyEdit.median} / ${s.lsp.sharedPolicyEdit.p95}`);
    row('completion med/p95', s => s.lsp && `${s.lsp.completion.median} / ${s.lsp.completion.p95}`);
    row('session: heap MB after load (GC)', s => s.lsp?.session?.afterLoad.heapUsedMb);
    row('session: resident MB after edits', s => s.lsp?.session?.afterSession.rssBeforeGcMb);
    row('session: heap MB after edits (GC)', s => s.lsp?.session?.afterSession.heapUsedMb);
    row('session: KB heap per closed file', s => s.lsp?.session?.closedDocuments && Math.round((s.lsp.session.afterClosing.heapUsedMb - s.lsp.session.afterSession.heapUsedMb) * 1024 / s.lsp.session.closedDocuments));
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map(r => r[i]!.length)));
    return rows.map(r => r.map((cell, i) => i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)).join('  ')).join('\n') + '\n';
}

export function parseOptions(argv: string[]): Options {
    const value = (name: string) => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const out = path.resolve(value('out') ?? path.join(repo, 'bench/results'));
    return {
        sizes: (value('sizes') ?? '1k,10k,100k').split(',').filter(Boolean),
        runs: Number(value('runs') ?? 3),
        edits: Number(value('edits') ?? 50),
        lsp: !argv.includes('--no-lsp'),
        session: Number(value('session') ?? 200),
        out,
        workdir: path.resolve(value('workdir') ?? path.join(os.tmpdir(), 'offering-bench')),
    };
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    const result = await runBench(options, line => process.stderr.write(`${line}\n`));
    fs.mkdirSync(options.out, { recursive: true });
    fs.writeFileSync(path.join(options.out, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
    process.stdout.write(formatTable(result));
    process.stdout.write(`written to ${path.join(options.out, 'latest.json')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await main();
}
