// `node --import tsx bench/worker-split.ts [--size 100k] [--rounds 3]`: would parsing in worker
// threads pay on 2 cores? A worker's AST reaches the main thread only as text (Langium's ASTs
// hold prototypes, CST nodes and back-pointers, none of which survive structured cloning), so
// per file the main thread would deserialise instead of parse. This measures, in one process,
// parsing every file against Langium's JsonSerializer: serialise (in the worker) and
// deserialise (in the main thread), and what the deserialised AST lacks. CPU time of this
// thread, minimum of --rounds (the machine is shared, so wall time is not used).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AstNode } from 'langium';
import { isReference } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { createOfferingServices } from '../packages/language/src/offering-module.js';
import { writeWorkspace } from './generate.js';

function argument(name: string, fallback: string): string {
    const index = process.argv.indexOf(name);
    return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

function cpuMs(): number {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
}

function minimum(rounds: number, once: () => void): number {
    let best = Infinity;
    for (let round = 0; round < rounds; round++) {
        const start = cpuMs();
        once();
        best = Math.min(best, cpuMs() - start);
    }
    return Math.round(best);
}

function main(): void {
    const size = argument('--size', '100k');
    const rounds = Number(argument('--rounds', '3'));
    const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-bench-split-'));
    try {
        const ws = writeWorkspace(size, workdir);
        const texts = ws.files.map(file => fs.readFileSync(file.path, 'utf-8'));
        const services = createOfferingServices(EmptyFileSystem).Offering;
        const factory = services.shared.workspace.LangiumDocumentFactory;
        const serializer = services.serializer.JsonSerializer;
        let asts: AstNode[] = [];
        // As the CLI parses: a document per file (the serializer needs it for reference URIs).
        const parse = minimum(rounds, () => { asts = texts.map((text, i) => factory.fromString(text, URI.parse(`memory:///${i}.offering`)).parseResult.value); });
        // Unlinked, as a worker would have them: references as their text only; with text regions
        // (so that positions survive; the CST does not) and without.
        const variant = (textRegions: boolean) => {
            const options = {
                textRegions,
                replacer: (key: string, value: unknown, replace: (key: string, value: unknown) => unknown) => (isReference(value) ? { $refText: value.$refText } : replace(key, value)),
            };
            let jsons: string[] = [];
            const serialise = minimum(rounds, () => { jsons = asts.map(ast => serializer.serialize(ast, options)); });
            let restored: AstNode[] = [];
            const deserialise = minimum(rounds, () => { restored = jsons.map(json => serializer.deserialize(json)); });
            const jsonMb = jsons.reduce((n, json) => n + json.length, 0) / 1e6;
            return { jsonMb: +jsonMb.toFixed(2), serialise, deserialise, hasCst: restored[0]?.$cstNode !== undefined };
        };
        const withRegions = variant(true);
        const withoutRegions = variant(false);
        const sourceMb = texts.reduce((n, text) => n + text.length, 0) / 1e6;
        console.log(JSON.stringify({
            size, files: texts.length, sourceMb: +sourceMb.toFixed(2), parseCpuMs: parse,
            // Diagnostics, formatting and the repeated-clause check read positions from the CST (hasCst).
            withRegions, withoutRegions,
            load: os.loadavg().map(n => +n.toFixed(1)),
        }, null, 2));
    } finally {
        fs.rmSync(workdir, { recursive: true, force: true });
    }
}

main();
