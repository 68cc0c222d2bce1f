/**
 * Golden files pin each export of each example byte for byte: OOAPI v6 and v5 (JSON), RIO
 * (XML), and the warnings about what each target cannot hold. After an intended change,
 * regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/export` and review the diff.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportOffering } from '../../packages/language/src/export/exporter.js';
import type { ExportOptions } from '../../packages/language/src/export/exporter.js';
import { collectOfferingFiles } from '../../packages/language/src/node/workspace-loader.js';
import { buildWorkspace } from '../helpers.js';
import { EXAMPLES, exportOf, REPO_ROOT } from './export-test-support.js';

const GOLDEN = path.join(REPO_ROOT, 'test/golden/export');

const TARGETS: Record<string, { options: ExportOptions; extension: string }> = {
    'ooapi-v6': { options: { target: 'ooapi' }, extension: 'json' },
    'ooapi-v5': { options: { target: 'ooapi', ooapiVersion: '5' }, extension: 'json' },
    'rio': { options: { target: 'rio' }, extension: 'xml' },
};

function golden(file: string, actual: string): string {
    const full = path.join(GOLDEN, file);
    if (process.env.UPDATE_GOLDEN) {
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(full, actual);
    }
    return fs.readFileSync(full, 'utf-8');
}

describe('golden exports', () => {
    for (const [name, folder] of Object.entries(EXAMPLES)) {
        for (const [target, { options, extension }] of Object.entries(TARGETS)) {
            test(`${name} to ${target}`, async () => {
                const { result, diagnostics, warnings } = await exportOf([folder], options);
                expect(diagnostics.filter(d => / error /.test(d))).toEqual([]);
                expect(result.text).toBe(golden(`${name}.${target}.${extension}`, result.text));
                const warningText = warnings.join('\n') + '\n';
                expect(warningText).toBe(golden(`${name}.${target}.warnings.txt`, warningText));
            });
        }
    }
});

/** A fixed pseudo-random permutation, so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
    const result = [...items];
    let state = seed;
    for (let i = result.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const j = state % (i + 1);
        [result[i], result[j]] = [result[j]!, result[i]!];
    }
    return result;
}

describe('the same bytes whatever the file order and names', () => {
    for (const [name, folder] of Object.entries(EXAMPLES)) {
        test(name, async () => {
            const texts = (await collectOfferingFiles([folder])).map(file => fs.readFileSync(file, 'utf-8'));
            for (const seed of [1, 2]) {
                const order = shuffled(texts, seed);
                const workspace = await buildWorkspace(Object.fromEntries(order.map((text, i) => [`shuffled-${seed}/${(i * 7919) % 97}-${i}.offering`, text])));
                const documents = shuffled([...workspace.documents.values()], seed + 10);
                for (const [target, { options, extension }] of Object.entries(TARGETS)) {
                    const expected = fs.readFileSync(path.join(GOLDEN, `${name}.${target}.${extension}`), 'utf-8');
                    expect(exportOffering(documents, workspace.services, options).text).toBe(expected);
                }
            }
        });
    }
});
