import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCatalogue, serializeCatalogue } from '../../packages/language/src/catalogue/generator.js';
import { formatOfferingText } from '../../packages/language/src/lsp/formatter.js';
import { extractModel } from './offering-model.js';
import { modelArbitrary, printModel } from './offering-arbitraries.js';
import { ReusableWorkspace, show, sortedDiagnostics } from './harness.js';

/**
 * Properties over generated VALID offerings: what is printed parses back to the same model
 * (every reference resolving to the definition it was meant for), whatever the layout, and
 * the result does not depend on the order in which files are given.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261123);
// Shrinking replays whole workspace builds and can outlast the test timeout (then no seed is
// printed): report the first failure with its seed; FUZZ_SHRINK=1 shrinks it.
const endOnFailure = !process.env.FUZZ_SHRINK;
const workspace = new ReusableWorkspace();
const layoutArbitrary = fc.record({ noise: fc.constantFrom(0, 0.5, 1), seed: fc.integer() });

describe('print -> parse', () => {
    test('the printed model parses and links back to the same model, in any layout', async () => {
        await fc.assert(fc.asyncProperty(modelArbitrary, layoutArbitrary, async (model, layout) => {
            const text = printModel(model, layout);
            await workspace.with([['model.offering', text]], ([document]) => {
                expect(document.parseResult.lexerErrors.map(e => e.message)).toEqual([]);
                expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
                const unresolved = sortedDiagnostics(document).map(show).filter(line => line.includes('offering.reference.unresolved') || line.includes('linking-error'));
                expect(unresolved).toEqual([]);
                expect(extractModel(document.parseResult.value)).toEqual(model);
            });
        }), { seed, numRuns: 120, endOnFailure });
        expect(workspace.documentCount()).toBe(0);
    });

    test('the canonical layout is stable: printing the parsed model again gives the same text', async () => {
        await fc.assert(fc.asyncProperty(modelArbitrary, async model => {
            const text = printModel(model);
            const again = await workspace.with([['model.offering', text]], ([document]) => printModel(extractModel(document.parseResult.value)));
            expect(again).toBe(text);
        }), { seed, numRuns: 40, endOnFailure });
    });
});

describe('formatting', () => {
    test('formatting is idempotent, keeps the model and keeps the catalogue byte for byte', async () => {
        await fc.assert(fc.asyncProperty(modelArbitrary, layoutArbitrary, async (model, layout) => {
            const text = printModel(model, layout);
            const formatted = formatOfferingText(text, workspace.services);
            expect(formatted).toBeDefined();
            expect(formatOfferingText(formatted!.text, workspace.services)?.text).toBe(formatted!.text);
            const catalogue = (t: string) => workspace.with([['model.offering', t]], ([document]) => ({
                model: extractModel(document.parseResult.value),
                json: serializeCatalogue(buildCatalogue([document], workspace.services)),
            }));
            const [before, after] = [await catalogue(text), await catalogue(formatted!.text)];
            expect(after.model).toEqual(model);
            expect(after.json).toBe(before.json);
        }), { seed, numRuns: 40, endOnFailure });
    });
});

describe('regressions found by these properties', () => {
    test('numeric codes and levels keep their exact text (leading zeros, decimals)', async () => {
        const text = 'characteristic Versneld code 0042\nprogramme P {\n    crebo 02174\n    level 3.0\n}\n';
        await workspace.with([['codes.offering', text]], ([document]) => {
            expect(extractModel(document.parseResult.value).definitions).toEqual([
                { type: 'characteristic', name: 'Versneld', code: '0042' },
                {
                    type: 'programme', name: 'P', codes: [{ kind: 'crebo', value: '02174' }], level: '3.0', pathways: [],
                    groupings: [], characteristics: [], targetGroups: [], offerings: [], modules: [],
                },
            ]);
        });
    });
});

describe('order independence', () => {
    test('diagnostics and the catalogue (byte for byte) are identical whatever the order in which the files are loaded', async () => {
        await fc.assert(fc.asyncProperty(modelArbitrary, fc.integer({ min: 1, max: 4 }), fc.integer(), async (model, fileCount, shuffleSeed) => {
            // Spread the definitions over files, then load those files in two different orders.
            const files: Array<[string, string]> = Array.from({ length: fileCount }, (_, i) => [
                `f${i}.offering`,
                printModel({ definitions: model.definitions.filter((_, d) => d % fileCount === i) }),
            ]);
            const reordered = fc.sample(fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }), { seed: shuffleSeed, numRuns: 1 })[0];
            const report = (documents: Parameters<Parameters<ReusableWorkspace['with']>[1]>[0]) => documents
                .map(d => [d.uri.path.replace(/^\/g\d+\//, ''), sortedDiagnostics(d).map(show)] as const)
                .sort(([a], [b]) => (a < b ? -1 : 1));
            const catalogue = (documents: Parameters<typeof report>[0]) => serializeCatalogue(buildCatalogue(documents, workspace.services));
            const first = await workspace.with(files, documents => ({ diagnostics: report(documents), catalogue: catalogue(documents) }));
            const second = await workspace.with(reordered, documents => ({ diagnostics: report(documents), catalogue: catalogue(documents) }));
            expect(second.diagnostics).toEqual(first.diagnostics);
            expect(second.catalogue).toBe(first.catalogue);
        }), { seed, numRuns: 40, endOnFailure });
    });
});
