/**
 * The scale cliffs of issue 14, timed in process (median of RUNS): each workload is one shape
 * that used to be super-linear, at a few sizes, so that the growth shows. The figures go to
 * docs/reliability.md; they are not unit tests (the machine's load changes them).
 *
 * - teaching: one class with n `students of` and n `teaches` clauses (link time);
 * - files: n small files, validation time after linking;
 * - errors: n consecutive malformed lines (`grouping Gn in Gn-1`), parse time;
 * - diagnostics: `board B` n times, full build (n - 1 duplicate-name errors).
 *
 * Run: npx tsx bench/scale-cliffs.ts [teaching|files|errors|diagnostics ...]
 */
import { performance } from 'node:perf_hooks';
import type { LangiumDocument } from 'langium';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import '../packages/language/src/node20-polyfill.js';
import { createOfferingServices } from '../packages/language/src/offering-module.js';

const RUNS = Number(process.env.RUNS ?? 3);

interface Timing { ms: number; detail: string }

async function build(files: Record<string, string>, stop: 'link' | 'validate'): Promise<{ linkMs: number; validateMs: number; diagnostics: number }> {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    const shared = services.shared;
    const documents: LangiumDocument[] = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    let linked = 0;
    const started = performance.now();
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Linked, () => { linked = performance.now(); });
    await shared.workspace.DocumentBuilder.build(documents, { validation: stop === 'validate' });
    const ended = performance.now();
    return { linkMs: linked - started, validateMs: ended - linked, diagnostics: documents.reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0) };
}

function programmes(count: number, modulesEach: number): string {
    return Array.from({ length: count }, (_, p) =>
        `programme P${p} { level mbo-4 years 1..2\n${Array.from({ length: modulesEach }, (_, m) => `    module M${p}x${m} size 240 SBU { year 1 }\n`).join('')}}\n`).join('');
}

const workloads: Record<string, { sizes: number[]; run: (n: number) => Promise<Timing> }> = {};

workloads.teaching = {
    sizes: [1000, 2000, 5000],
    run: async n => {
        const group = `class K {\n${Array.from({ length: n }, (_, i) => `    students of P${i} year 1\n`).join('')}${Array.from({ length: n }, (_, i) => `    teaches M${i}x0\n`).join('')}}\n`;
        const result = await build({ 'programmes.offering': programmes(n, 1), 'group.offering': group }, 'link');
        return { ms: result.linkMs, detail: 'link' };
    },
};

workloads.files = {
    sizes: [5000, 10000, 20000],
    run: async n => {
        const files: Record<string, string> = {};
        for (let i = 0; i < n; i++) files[`f${i}.offering`] = `grouping G${i}${i > 0 ? ` within G${i - 1}` : ''}\n`;
        const result = await build(files, 'validate');
        return { ms: result.validateMs, detail: `validation (link ${Math.round(result.linkMs)} ms)` };
    },
};

workloads.errors = {
    sizes: [2000, 20000, 100000],
    run: async n => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        const text = `grouping G0\n${Array.from({ length: n }, (_, i) => `grouping G${i + 1} in G${i}`).join('\n')}\n`;
        const started = performance.now();
        const result = services.parser.LangiumParser.parse(text);
        return { ms: performance.now() - started, detail: `parse, ${result.parserErrors.length} errors` };
    },
};

workloads.diagnostics = {
    sizes: [10000, 130000],
    run: async n => {
        const result = await build({ 'boards.offering': 'board B\n'.repeat(n) }, 'validate');
        return { ms: result.linkMs + result.validateMs, detail: `build, ${result.diagnostics} diagnostics` };
    },
};

const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['teaching', 'files', 'errors', 'diagnostics'];
console.log('| workload | n | median ms | what |');
console.log('|---|---|---|---|');
for (const name of chosen) {
    const workload = workloads[name];
    if (!workload) {
        throw new Error(`unknown workload ${name}`);
    }
    for (const n of workload.sizes) {
        const timings: Timing[] = [];
        for (let run = 0; run < RUNS; run++) {
            timings.push(await workload.run(n));
        }
        timings.sort((a, b) => a.ms - b.ms);
        const median = timings[Math.floor(timings.length / 2)]!;
        console.log(`| ${name} | ${n.toLocaleString('en')} | ${Math.round(median.ms)} | ${median.detail} |`);
    }
}
