// The parse of one keystroke in the 5k-line file, full vs incremental, interleaved in one process
// so that the machine's load hits both alike:
// `npx tsx bench/incremental-parse.ts [--size 5k-file] [--edits 60] [--only full|incremental]`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import type { AstNode, ParseResult } from 'langium';
import { createOfferingServices } from '../packages/language/src/offering-module.js';
import { reparseIncrementally } from '../packages/language/src/parser/incremental-parser.js';
import { writeWorkspace } from './generate.js';
import { stats } from './lsp-client.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] ?? fallback : fallback;
const size = arg('size', '5k-file');
const edits = Number(arg('edits', '60'));
// `--only full|incremental`: one of the two, for a CPU profile of it alone.
const mode = arg('only', 'both');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-bench-incremental-'));
try {
    const ws = writeWorkspace(size, dir);
    const file = ws.files.filter(f => f.path !== ws.sharedFile).map(f => fs.readFileSync(f.path, 'utf-8')).sort((a, b) => b.length - a.length)[0]!;
    const { Offering } = createOfferingServices(EmptyFileSystem);
    const parser = Offering.parser.LangiumParser;
    const linker = Offering.references.Linker;
    const old: ParseResult<AstNode> = parser.parse(file);
    // Keystrokes spread over the file: an `x` typed into the k-th title.
    const quotes = [...file.matchAll(/ "/g)].map(match => match.index! + 2);
    const full: number[] = [];
    const incremental: number[] = [];
    // CPU time (user + system, all threads of the process) as well: the machine is shared, wall time swings.
    const fullCpu: number[] = [];
    const incrementalCpu: number[] = [];
    const cpuMs = (since: NodeJS.CpuUsage) => { const used = process.cpuUsage(since); return (used.user + used.system) / 1000; };
    let chars = 0;
    for (let i = 0; i < edits; i++) {
        const at = quotes[Math.floor((i + 0.5) * quotes.length / edits)]!;
        const edited = `${file.slice(0, at)}x${file.slice(at)}`;
        let start = performance.now();
        let cpu = process.cpuUsage();
        if (mode !== 'incremental') parser.parse(edited);
        full.push(performance.now() - start);
        fullCpu.push(cpuMs(cpu));
        start = performance.now();
        cpu = process.cpuUsage();
        const reparse = mode === 'full' ? { reparsedChars: 0 } : reparseIncrementally(parser, linker, old, edited);
        incremental.push(performance.now() - start);
        incrementalCpu.push(cpuMs(cpu));
        if (!reparse) throw new Error(`edit ${i} took the full parse`);
        chars += reparse.reparsedChars;
    }
    process.stdout.write(`${size}: ${file.length} characters, ${file.split('\n').length} lines, ${edits} keystrokes in titles\n`);
    process.stdout.write(`full parse: wall ms ${JSON.stringify(stats(full))}, CPU ms ${JSON.stringify(stats(fullCpu))}\n`);
    process.stdout.write(`incremental: wall ms ${JSON.stringify(stats(incremental))}, CPU ms ${JSON.stringify(stats(incrementalCpu))}\n`);
    process.stdout.write(`characters parsed per keystroke: full ${file.length}, incremental ${Math.round(chars / edits)}\n`);
} finally {
    fs.rmSync(dir, { recursive: true, force: true });
}
