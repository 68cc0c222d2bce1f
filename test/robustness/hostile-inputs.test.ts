import type { CompositeCstNode, LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { buildCatalogue, serializeCatalogue } from '../../packages/language/src/catalogue/generator.js';
import type { Document } from '../../packages/language/src/generated/ast.js';
import { formatOfferingText } from '../../packages/language/src/lsp/formatter.js';
import { buildWorkspace } from '../helpers.js';
import { rangeProblems } from './harness.js';

/**
 * Inputs nobody writes on purpose: cycles, very long chains, very large files and very
 * many files. Nothing may hang, overflow the stack or crash, memory stays bounded, and the
 * diagnostics say what is wrong. (Sizes are fixed; no timing is asserted here: bench/.)
 */

/** The issue codes of a workspace's diagnostics, counted: { code: how often }. */
function codeCounts(documents: Iterable<LangiumDocument>): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const document of documents) {
        for (const diagnostic of document.diagnostics ?? []) {
            const code = String(diagnostic.code);
            counts[code] = (counts[code] ?? 0) + 1;
        }
    }
    return counts;
}

function errorCodes(documents: Iterable<LangiumDocument>): string[] {
    return [...new Set([...documents].flatMap(d => (d.diagnostics ?? []).filter(x => x.severity === 1).map(x => String(x.code))))].sort();
}

/** Builds, then also runs the catalogue generator and the formatter: they walk the same chains. */
async function buildAll(files: Record<string, string>) {
    const workspace = await buildWorkspace(files);
    const documents = [...workspace.documents.values()] as Array<LangiumDocument<Document>>;
    const catalogue = JSON.parse(serializeCatalogue(buildCatalogue(documents, workspace.services))) as Record<string, unknown[]>;
    for (const document of documents) {
        expect(rangeProblems(document, document.diagnostics ?? [])).toEqual([]);
        formatOfferingText(document.textDocument.getText(), workspace.services);
    }
    return { workspace, documents, catalogue };
}

const MB = 1024 * 1024;

describe('cycles', () => {
    test('a grouping within itself and a two-grouping cycle are reported, not followed forever', async () => {
        const { documents } = await buildAll({
            'a.offering': 'grouping A within A\ngrouping B within C\ngrouping C within B\n',
        });
        expect(codeCounts(documents)['offering.grouping.cycle']).toBe(3);
    });

    test('a policy extending itself and a policy cycle are reported', async () => {
        const { documents } = await buildAll({
            'a.offering': 'policy P extends P { applies to all }\npolicy Q extends R { module size 1..2 SBU }\npolicy R extends Q { applies to all }\n',
        });
        expect(codeCounts(documents)['offering.policy.cycle']).toBe(3);
    });

    test('a 5,000-long cycle of groupings: every member reported, no stack overflow', async () => {
        const lines = Array.from({ length: 5000 }, (_, i) => `grouping G${i} within G${(i + 1) % 5000}`);
        const { documents } = await buildAll({ 'a.offering': lines.join('\n') });
        expect(codeCounts(documents)['offering.grouping.cycle']).toBe(5000);
    }, 120_000);

    test('a 5,000-long cycle of policies: every member reported with a cut chain, no stack overflow', async () => {
        const lines = Array.from({ length: 5000 }, (_, i) => `policy P${i} extends P${(i + 1) % 5000} { applies to all }`);
        const { workspace, documents } = await buildAll({ 'a.offering': lines.join('\n') });
        expect(codeCounts(documents)['offering.policy.cycle']).toBe(5000);
        expect(workspace.diagnostics()).toContain(
            "a.offering:4999:22 offering.policy.cycle: Policy P4998 extends itself through P4998 -> P4999 -> P0 -> P1 -> P2 -> ... -> P4998 (a cycle of 5000 policies). Remove one 'extends' to break the cycle.");
    }, 120_000);
});

describe('long chains', () => {
    test('a 5,000-long `within` chain and a 5,000-long `extends` chain link, validate and generate', async () => {
        const groupings = Array.from({ length: 5000 }, (_, i) => (i === 0 ? 'grouping G0' : `grouping G${i} within G${i - 1}`));
        // Only the last policy has a reach: it inherits the rules of all 4,999 before it.
        const policies = Array.from({ length: 5000 }, (_, i) => `policy P${i}${i === 0 ? '' : ` extends P${i - 1}`} {${i === 4999 ? ' applies to G0' : ''}${i === 0 ? ' module size 1..1000 SBU' : ''} }`);
        const programme = 'programme Deep {\n    level mbo-2\n    in G4999\n    module M size 100 SBU\n}\n';
        const { documents, catalogue } = await buildAll({ 'g.offering': groupings.join('\n'), 'p.offering': policies.join('\n'), 'x.offering': programme });
        expect(errorCodes(documents)).toEqual([]);
        expect(catalogue.groupings).toHaveLength(5000);
        expect(catalogue.policies).toHaveLength(5000);
    }, 120_000);
});

describe('many references into a large calendar', () => {
    test('2,000 intakes at periods of a 20,000-period calendar: each resolves to its period', async () => {
        const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const periods = Array.from({ length: 20_000 }, (_, i) => `    period P${i} from ${day(i)} to ${day(i)}`);
        const programmes = Array.from({ length: 2000 }, (_, i) =>
            `programme Prog${i} { level mbo-4 calendar Huge module M${i} size 1 EC { intake at P${(i * 7919) % 20_000} } }`);
        const workspace = await buildWorkspace({ 'cal.offering': `calendar Huge {\n${periods.join('\n')}\n}\n`, 'p.offering': programmes.join('\n') });
        const documents = [...workspace.documents.values()] as Array<LangiumDocument<Document>>;
        expect(errorCodes(documents)).toEqual([]);
        const resolved = workspace.documents.get('p.offering')!.parseResult.value as unknown as {
            definitions: Array<{ modules: Array<{ intakes: Array<{ periods: Array<{ ref?: { name: string } }> }> }> }>;
        };
        const targets = resolved.definitions.map(p => p.modules[0].intakes[0].periods[0].ref?.name);
        expect(targets).toEqual(Array.from({ length: 2000 }, (_, i) => `P${(i * 7919) % 20_000}`));
    }, 300_000);
});

describe('long runs of comments', () => {
    test('300,000 comments in a row (2.4 MB) before and after definitions: parsed in order, no stack overflow', async () => {
        const comments = '// note\n'.repeat(300_000);
        const { documents } = await buildAll({ 'c.offering': `${comments}grouping G\n${comments}grouping H within G\n${comments}` });
        const [document] = documents;
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.parseResult.value.definitions.map(d => d.name)).toEqual(['G', 'H']);
        expect(errorCodes(documents)).toEqual([]);
        // The comments sit in the syntax tree in the order of the text.
        const offsets = (document.parseResult.value.$cstNode as CompositeCstNode).content.map(node => node.offset);
        expect(offsets.every((offset, i) => i === 0 || offset > offsets[i - 1])).toBe(true);
    }, 300_000);
});

// The sizes of issue 8, in the normal suite (times in docs/reliability.md); the timeouts are
// generous because CI machines are loaded, and no timing is asserted.
describe('large inputs', () => {
    test('a 10 MB file: parsed, validated and generated without running out of memory', async () => {
        // 10 MB of the usual shape: calendars, groupings and programmes with modules and doc comments.
        const chunk = (i: number) => [
            `/** Opleiding ${i}: ${'lorem ipsum '.repeat(8)}*/`,
            `grouping Gr${i} "Groep ${i}"`,
            `programme P${i} "Opleiding ${i}" {`,
            '    level mbo-4',
            '    years 1..3',
            `    in Gr${i}`,
            `    module M${i} "Module ${i}" size 240..480 SBU { year 1 }`,
            '}',
        ].join('\n');
        const parts: string[] = [];
        let length = 0;
        for (let i = 0; length < 10 * MB; i++) {
            parts.push(chunk(i));
            length += parts[parts.length - 1].length + 1;
        }
        const text = parts.join('\n');
        const before = process.memoryUsage().heapUsed;
        const workspace = await buildWorkspace({ 'big.offering': text });
        const grown = process.memoryUsage().heapUsed - before;
        const document = workspace.documents.get('big.offering')! as LangiumDocument<Document>;
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(errorCodes([document])).toEqual([]);
        expect(rangeProblems(document, document.diagnostics ?? [])).toEqual([]);
        const catalogue = buildCatalogue([document], workspace.services);
        expect(catalogue.programmes).toHaveLength(parts.length);
        expect(catalogue.groupings[0].programmes).toEqual([catalogue.programmes[0].id]);
        expect(catalogue.programmes[0].modules).toEqual([catalogue.modules[0].id]);
        // About 100 heap bytes per byte of text; bounded well below the 4 GB default heap.
        expect(grown).toBeLessThan(200 * 10 * MB);
        console.info(`10 MB file (${parts.length} programmes): heap grew ${(grown / MB).toFixed(0)} MB`);
    }, 300_000);

    test('a 1 MB single line: diagnostics point into that line', async () => {
        const definitions: string[] = [];
        for (let i = 0, length = 0; length < MB; i++) {
            definitions.push(`grouping L${i} within L${i + 1}`); // the last one names a missing parent
            length += definitions[definitions.length - 1].length + 1;
        }
        const text = definitions.join(' ') + ' grouping Dup grouping Dup';
        const { documents } = await buildAll({ 'line.offering': text });
        const [document] = documents;
        expect(document.textDocument.lineCount).toBe(1);
        expect(codeCounts(documents)['offering.reference.unresolved']).toBe(1);
        expect(codeCounts(documents)['offering.name.duplicate']).toBe(2);
        expect(Math.max(...(document.diagnostics ?? []).map(d => d.range.end.character))).toBeLessThanOrEqual(text.length);
    }, 300_000);

    test('100,000 periods in one calendar: overlaps found without comparing every pair', async () => {
        const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        // Each period lasts one day; period 50,000 also overlaps its successor.
        const periods = Array.from({ length: 100_000 }, (_, i) => `    period P${i} from ${day(i)} to ${day(i === 50_000 ? i + 1 : i)}`);
        const { documents, catalogue } = await buildAll({ 'cal.offering': `calendar Huge {\n${periods.join('\n')}\n}\n` });
        expect(codeCounts(documents)['offering.period.overlap']).toBe(1);
        expect((catalogue.calendars[0] as { periods: unknown[] }).periods).toHaveLength(100_000);
    }, 300_000);

    test('5,000 files that all define the same names: every duplicate reported, memory bounded', async () => {
        const files: Record<string, string> = {};
        for (let i = 0; i < 5000; i++) {
            files[`f${i}.offering`] = `grouping Same "Groep ${i}"\ncharacteristic Versneld\n`;
        }
        const before = process.memoryUsage().heapUsed;
        const { documents } = await buildAll(files);
        const grown = process.memoryUsage().heapUsed - before;
        expect(codeCounts(documents)['offering.name.duplicate']).toBe(10_000);
        expect(grown).toBeLessThan(1024 * MB);
        console.info(`5,000 colliding files: heap grew ${(grown / MB).toFixed(0)} MB`);
    }, 300_000);
});
