/**
 * How validation scales with the number of programmes (it should be linear: indexes and
 * WorkspaceCache, no pairwise scans). Builds synthetic workspaces of 500, 1,000 and 2,000
 * programmes (50 per file, plus shared organisation, calendar and policy files), links them,
 * then times validating every document; median of 3 runs per size.
 *
 * Run: npx tsx bench/validation-scale.ts
 */
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createOfferingServices } from '../packages/language/src/offering-module.js';

const SIZES = [500, 1000, 2000];
const RUNS = 3;
const PER_FILE = 50;

function programme(i: number): string {
    return `programme P${i} {
    crebo ${String(20000 + i).padStart(5, '0')}
    level mbo-4 years 1..3 pathways BOL, BBL in G${i % 20} calendar C
    offered by P at L as BOL { intake at B1, B2 }
    offered by P at L as BBL { intake on 2026-08-31, 2026-11-09 }
    module M1 size 240..360 SBU { year 1 }
    module M2 size 7.5 EC { years 1..2 }
    module M3 size 480 SBU { year 2 }
    module M4 size 400 SBU { year 3 }
}
keuzedeel K${i} size 240 SBU { for P${i} year 3 }
keuzedeel L${i} size 480 SBU { for P${i} year 3 }
`;
}

function workspace(programmes: number): Record<string, string> {
    const files: Record<string, string> = {
        'organisation.offering': `board B code 100B490
provider P code 110A133 under B
location L code 110X912 under B used by P
grouping Techniek
${Array.from({ length: 20 }, (_, g) => `grouping G${g} within Techniek`).join('\n')}
calendar C {
    period B1 from 2026-08-31 to 2026-11-06
    period B2 from 2026-11-09 to 2027-01-29
}
`,
        'policy.offering': `policy Kaders {
    applies to Techniek at level mbo-4
    module size 120..480 SBU
    at least 2 intakes per year
    intakes at period starts
    year volume 400..1600 SBU
    keuzedeel volume 720 SBU
}
`,
    };
    for (let start = 0; start < programmes; start += PER_FILE) {
        const text = Array.from({ length: Math.min(PER_FILE, programmes - start) }, (_, k) => programme(start + k)).join('');
        files[`programmes-${start / PER_FILE}.offering`] = text;
    }
    return files;
}

async function measure(programmes: number): Promise<{ validateMs: number; diagnostics: number }> {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = Object.entries(workspace(programmes)).map(([name, text]) => {
        const document = factory.fromString(text, URI.parse(`memory:///${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: false });
    const validator = services.validation.DocumentValidator;
    const start = performance.now();
    let diagnostics = 0;
    for (const document of documents) {
        diagnostics += (await validator.validateDocument(document)).length;
    }
    return { validateMs: performance.now() - start, diagnostics };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results: Array<{ programmes: number; ms: number }> = [];
for (const size of SIZES) {
    const runs: number[] = [];
    let diagnostics = 0;
    for (let run = 0; run < RUNS; run++) {
        const result = await measure(size);
        runs.push(result.validateMs);
        diagnostics = result.diagnostics;
    }
    const ms = median(runs);
    results.push({ programmes: size, ms });
    console.log(`${String(size).padStart(5)} programmes: validation ${ms.toFixed(0).padStart(6)} ms (median of ${RUNS}), ${(ms / size).toFixed(3)} ms/programme, ${diagnostics} diagnostics`);
}
for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    console.log(`${b.programmes}/${a.programmes} programmes: time ratio ${(b.ms / a.ms).toFixed(2)} (size ratio ${(b.programmes / a.programmes).toFixed(2)})`);
}
