// The core (packages/language/src/index.ts) and a Web Worker language server built on it bundle for
// the browser: esbuild's browser platform refuses Node built-ins, and the bundle's inputs show that
// nothing of node/ and no Node half of langium or vscode-languageserver came along.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const browserOptions = {
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
} satisfies esbuild.BuildOptions;

describe('browser bundle of the core', () => {

    test('the core entry and a worker entry bundle for the browser without anything of Node', async () => {
        const result = await esbuild.build({
            ...browserOptions,
            // The scaffold too: the extension's web entry runs it.
            entryPoints: ['packages/language/src/index.ts', 'test/architecture/worker-entry.ts', 'packages/language/src/scaffold/index.ts'],
            outdir: 'out-browser-bundle',
            metafile: true,
        });
        expect(result.errors).toEqual([]);
        const inputs = Object.keys(result.metafile.inputs);
        // Not vacuous: the services, the checks and the worker's browser connection are in.
        expect(inputs).toContain('packages/language/src/offering-module.ts');
        expect(inputs).toContain('packages/language/src/validation/validator.ts');
        expect(inputs).toContain('node_modules/vscode-languageserver/lib/browser/main.js');
        expect(inputs).toContain('packages/language/src/scaffold/scaffold.ts');
        expect(inputs.filter(input => input.startsWith('packages/language/src/node/'))).toEqual([]);
        expect(inputs.filter(input => /node_modules\/(langium|vscode-languageserver)\/lib\/node\//.test(input))).toEqual([]);
    });

    test('the browser platform refuses a Node built-in, so the bundle above would fail on one', async () => {
        const build = esbuild.build({
            ...browserOptions,
            stdin: { contents: "import { readFileSync } from 'node:fs'; export const read = readFileSync;", loader: 'ts' },
        });
        await expect(build).rejects.toThrow('Could not resolve "node:fs"');
    });
});
