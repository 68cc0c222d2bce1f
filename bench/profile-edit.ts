// In-process timings of the edit cases, phase by phase, for profiling:
// `node --cpu-prof --import tsx bench/profile-edit.ts --size 100k [--file shared|programme] [--edits 10] [--change title|number] [--profile-edits out.cpuprofile] [--full-parse]`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DefaultLangiumDocumentFactory, DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createOfferingServices } from '../packages/language/src/offering-module.js';
import type { OfferingDocumentFactory } from '../packages/language/src/workspace/document-factory.js';
import { writeWorkspace } from './generate.js';
import { stats } from './lsp-client.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => argv[argv.indexOf(`--${name}`) + 1] && argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1]! : fallback;
const size = arg('size', '10k');
const which = arg('file', 'shared');
const edits = Number(arg('edits', '10'));
// `title`: text nobody else reads; `number`: a module size (programme file) or a policy bandwidth (shared file).
const change = arg('change', 'title');

const ws = writeWorkspace(size, arg('workdir', path.join(os.tmpdir(), 'offering-bench-profile')));
const { shared, Offering: services } = createOfferingServices(NodeFileSystem);
// `--full-parse`: the document factory as before the incremental parse (A/B of the keystroke in one build).
if (argv.includes('--full-parse')) {
    const factory = shared.workspace.LangiumDocumentFactory as unknown as { parseAsync: (...args: unknown[]) => unknown };
    factory.parseAsync = function (this: unknown, ...args: unknown[]) {
        return (DefaultLangiumDocumentFactory.prototype as unknown as typeof factory).parseAsync.apply(this, args);
    };
}
const builder = shared.workspace.DocumentBuilder;
const phases = new Map<string, number>();
let mark = 0;
for (const state of [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
    builder.onBuildPhase(state, () => {
        const now = performance.now();
        phases.set(DocumentState[state], (phases.get(DocumentState[state]) ?? 0) + now - mark);
        mark = now;
    });
}
// Documents validated by the edits (a policy-only edit re-runs only the policy checks in most of them).
let validatedDocuments = 0;
builder.onDocumentPhase(DocumentState.Validated, () => { validatedDocuments++; });
let start = performance.now();
const documents = [];
for (const file of ws.files) {
    documents.push(await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file.path)));
}
const parsedMs = performance.now() - start;
mark = performance.now();
await builder.build(documents, { validation: true });
process.stdout.write(`${size}: load ${Math.round(performance.now() - start)} ms (create+parse ${Math.round(parsedMs)}; ${[...phases].map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')})\n`);
process.stdout.write(`heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB\n`);

const file = which === 'shared' ? ws.sharedFile : ws.files.find(f => f.path !== ws.sharedFile)!.path;
const original = fs.readFileSync(file, 'utf-8');
const times: number[] = [];
// CPU time (user + system, all threads) per edit: on the shared machine wall time swings far more.
const cpuTimes: number[] = [];
phases.clear();
validatedDocuments = 0;
const ruleGroupStats = (builder as unknown as { ruleGroupStats?: { policyOnlyUpdates: number; policyOnlyDocuments: number } }).ruleGroupStats;
const policyOnlyBefore = { ...ruleGroupStats };
const reruns = (services.validation.DocumentValidator as unknown as { groupReruns?: number }).groupReruns === undefined
    ? undefined : services.validation.DocumentValidator as unknown as { groupReruns: number };
const rerunsBefore = reruns?.groupReruns ?? 0;
// `--profile-edits out.cpuprofile`: a CPU profile of the edits only, without the load.
const profileOut = argv.includes('--profile-edits') ? arg('profile-edits', 'edits.cpuprofile') : undefined;
const inspector = profileOut ? new (await import('node:inspector')).Session() : undefined;
if (inspector) {
    inspector.connect();
    await new Promise<void>(resolve => inspector.post('Profiler.enable', () => inspector.post('Profiler.start', () => resolve())));
}
for (let i = 0; i < edits; i++) {
    const edited = change === 'title' ? original.replace(/ "/, ' "x') : original.replace(/size (\d+)\.\./, (_m, n: string) => `size ${Number(n) + 1}..`);
    fs.writeFileSync(file, i % 2 === 0 ? edited : original);
    start = performance.now();
    mark = start;
    const cpu = process.cpuUsage();
    await builder.update([URI.file(file)], []);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
}
fs.writeFileSync(file, original);
if (inspector && profileOut) {
    await new Promise<void>(resolve => inspector.post('Profiler.stop', (_error, result) => {
        fs.writeFileSync(profileOut, JSON.stringify(result.profile));
        resolve();
    }));
}
process.stdout.write(`${change} edit in ${which} file: ${JSON.stringify(stats(times))}; per edit: ${[...phases].map(([k, v]) => `${k} ${Math.round(v / edits)}`).join(', ')}\n`);
process.stdout.write(`CPU ms per edit: ${JSON.stringify(stats(cpuTimes))}\n`);
process.stdout.write(`documents validated per edit: ${validatedDocuments / edits} of ${ws.files.length}`
    + (ruleGroupStats ? `, of which policy checks only: ${(ruleGroupStats.policyOnlyDocuments - (policyOnlyBefore.policyOnlyDocuments ?? 0)) / edits}`
        + ` (${ruleGroupStats.policyOnlyUpdates - (policyOnlyBefore.policyOnlyUpdates ?? 0)} of ${edits} edits policy-only)` : '')
    + (reruns ? `; validator re-ran one rule group ${(reruns.groupReruns - rerunsBefore) / edits} times per edit` : '') + '\n');
// What the document factory parsed for those edits (incremental: only the definitions an edit touched).
const reparse = (shared.workspace.LangiumDocumentFactory as OfferingDocumentFactory).reparseStats;
process.stdout.write(`parses: ${reparse.incremental} incremental, ${reparse.full} full; characters parsed per edit ${Math.round(reparse.parsedChars / edits)} of ${original.length}\n`);
process.stdout.write(`after the edits: heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB, peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
