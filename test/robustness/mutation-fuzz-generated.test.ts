import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ReusableWorkspace } from './harness.js';
import { CASE_LIMIT_MS, exercise, FUZZ_CASES_PER_FILE, FUZZ_SEED, fuzzCaseArbitrary, generatedTexts, mutate, stageTimes } from './fuzz.js';

/** The other half of the mutation fuzzing: damaged generated offerings (see fuzz.ts). */
const sources = generatedTexts(40);
const workspace = new ReusableWorkspace();

test(`mutated generated offerings: ${FUZZ_CASES_PER_FILE} cases, every stage survives (seed ${FUZZ_SEED})`, async () => {
    expect(sources.length).toBeGreaterThan(0);
    let slowest = { ms: 0, text: '' };
    await fc.assert(fc.asyncProperty(fuzzCaseArbitrary(sources.length), async fuzzCase => {
        const text = fuzzCase.mutations.reduce(mutate, sources[fuzzCase.source]);
        const ms = await exercise(workspace, text, fuzzCase.completionAt, fuzzCase.hoverAt);
        if (ms > slowest.ms) {
            slowest = { ms, text };
        }
        expect(ms, 'hang detector').toBeLessThan(CASE_LIMIT_MS);
    }), { seed: FUZZ_SEED, numRuns: FUZZ_CASES_PER_FILE, endOnFailure: !process.env.FUZZ_SHRINK });
    console.info(`fuzz (generated): ${FUZZ_CASES_PER_FILE} cases, slowest ${slowest.ms.toFixed(0)} ms (${slowest.text.length} chars); ms per stage: ${JSON.stringify(Object.fromEntries([...stageTimes].map(([k, v]) => [k, Math.round(v)])))}`);
    expect(workspace.documentCount()).toBe(0);
}, Math.max(120_000, FUZZ_CASES_PER_FILE * 200));
