// The large hostile inputs of issue 8, one per process: wall time of parse and build, heap growth, diagnostics by code.
// node --expose-gc --import ./scripts/node20-polyfill.mjs --import tsx test/robustness/measure-large.ts line|big|periods|files [size]
// (size: MB for line and big, a count for periods and files). Not a test: the figures in docs/reliability.md come from it.
import { EmptyFileSystem, URI } from 'langium';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
const MB = 1024 * 1024;
const which = process.argv[2];
const files: Record<string, string> = {};
if (which === 'big') {
    const chunk = (i: number) => [
        `/** Opleiding ${i}: ${'lorem ipsum '.repeat(8)}*/`, `grouping Gr${i} "Groep ${i}"`, `programme P${i} "Opleiding ${i}" {`,
        '    level mbo-4', '    years 1..3', `    in Gr${i}`, `    module M${i} "Module ${i}" size 240..480 SBU { year 1 }`, '}',
    ].join('\n');
    const parts: string[] = []; let length = 0;
    const size = Number(process.argv[3] ?? 10) * MB;
    for (let i = 0; length < size; i++) { parts.push(chunk(i)); length += parts[parts.length - 1].length + 1; }
    files['big.offering'] = parts.join('\n');
} else if (which === 'line') {
    const definitions: string[] = [];
    for (let i = 0, length = 0; length < MB * Number(process.argv[3] ?? 1); i++) { definitions.push(`grouping L${i} within L${i + 1}`); length += definitions[definitions.length - 1].length + 1; }
    files['line.offering'] = definitions.join(' ') + ' grouping Dup grouping Dup';
} else if (which === 'periods') {
    const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const n = Number(process.argv[3] ?? 100000);
    const periods = Array.from({ length: n }, (_, i) => `    period P${i} from ${day(i)} to ${day(i === 50_000 ? i + 1 : i)}`);
    files['cal.offering'] = `calendar Huge {\n${periods.join('\n')}\n}\n`;
} else if (which === 'files') {
    for (let i = 0; i < Number(process.argv[3] ?? 5000); i++) files[`f${i}.offering`] = `grouping Same "Groep ${i}"\ncharacteristic Versneld\n`;
}
global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const services = createOfferingServices(EmptyFileSystem).Offering;
const factory = services.shared.workspace.LangiumDocumentFactory;
let t = performance.now();
const docs = Object.entries(files).map(([name, text]) => factory.fromString(text, URI.parse(`memory:///${name}`)));
docs.forEach(d => services.shared.workspace.LangiumDocuments.addDocument(d));
const parse = performance.now() - t;
t = performance.now();
await services.shared.workspace.DocumentBuilder.build(docs, { validation: true });
const build = performance.now() - t;
global.gc?.();
const heap = process.memoryUsage().heapUsed - heap0;
const counts: Record<string, number> = {};
for (const d of docs) for (const x of d.diagnostics ?? []) counts[String(x.code)] = (counts[String(x.code)] ?? 0) + 1;
console.log(JSON.stringify({ which, arg: process.argv[3], parseMs: Math.round(parse), buildMs: Math.round(build), heapMB: Math.round(heap / MB), rssMB: Math.round(process.memoryUsage().rss / MB), counts }));
