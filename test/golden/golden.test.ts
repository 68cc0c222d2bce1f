/**
 * Golden files pin the catalogue of each example and fixture byte for byte.
 * After an intended change, regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/golden`
 * and review the diff.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCatalogue, serializeCatalogue } from '../../packages/language/src/catalogue/generator.js';
import { collectOfferingFiles } from '../../packages/language/src/node/workspace-loader.js';
import { catalogueOf, FIXTURES, REPO_ROOT } from '../catalogue/catalogue-test-support.js';
import { buildWorkspace } from '../helpers.js';

const GOLDEN = path.join(REPO_ROOT, 'test/golden');

const CASES: Record<string, string> = {
    'college': path.join(FIXTURES, 'college'),
    'mbo-college': path.join(REPO_ROOT, 'examples/mbo-college'),
    'vo-school': path.join(REPO_ROOT, 'examples/vo-school'),
};

describe('golden catalogues', () => {
    for (const [name, folder] of Object.entries(CASES)) {
        test(name, async () => {
            const { json, diagnostics } = await catalogueOf([folder]);
            expect(diagnostics).toEqual([]);
            const golden = path.join(GOLDEN, `${name}.catalogue.json`);
            if (process.env.UPDATE_GOLDEN) {
                fs.writeFileSync(golden, json);
            }
            expect(json).toBe(fs.readFileSync(golden, 'utf-8'));
        });
    }
});

/** A fixed pseudo-random permutation (a linear congruential generator), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
    const result = [...items];
    let state = seed;
    for (let i = result.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const j = state % (i + 1);
        [result[i], result[j]] = [result[j], result[i]];
    }
    return result;
}

describe('the same bytes whatever the file order and names', () => {
    for (const [name, folder] of Object.entries(CASES)) {
        test(name, async () => {
            const golden = fs.readFileSync(path.join(GOLDEN, `${name}.catalogue.json`), 'utf-8');
            const texts = (await collectOfferingFiles([folder])).map(file => fs.readFileSync(file, 'utf-8'));
            for (const seed of [1, 2, 3]) {
                // Other names and folders, another load order, another order of documents handed in.
                const order = shuffled(texts, seed);
                const workspace = await buildWorkspace(Object.fromEntries(order.map((text, i) => [`shuffled-${seed}/${(i * 7919) % 97}-${i}.offering`, text])));
                const documents = shuffled([...workspace.documents.values()], seed + 10);
                expect(serializeCatalogue(buildCatalogue(documents, workspace.services))).toBe(golden);
            }
        });
    }
});
