/**
 * Golden files pin the catalogue of each example and fixture byte for byte.
 * After an intended change, regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/golden`
 * and review the diff.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogueOf, FIXTURES, REPO_ROOT } from '../catalogue/catalogue-test-support.js';

const GOLDEN = path.join(REPO_ROOT, 'test/golden');

const CASES: Record<string, string> = {
    'college': path.join(FIXTURES, 'college'),
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
