// Bundles the language server's browser entry (src/browser/main.ts) into one ES module file
// that a page or VS Code for the Web starts with `new Worker(url, { type: 'module' })`.
// Used by the web app's build (packages/web) and runnable alone: node scripts/bundle-worker.mjs <outfile>
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/browser/main.ts', import.meta.url));

/** Writes the worker bundle to `outfile`; returns esbuild's metafile for size reports. */
export async function bundleWorker(outfile, { minify = true, format = 'esm' } = {}) {
    const result = await esbuild.build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        format,
        platform: 'browser',
        target: 'es2022',
        minify,
        // Keep names: Langium's services and stack traces in the console stay readable.
        keepNames: true,
        sourcemap: false,
        metafile: true,
        logLevel: 'warning',
    });
    return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const outfile = process.argv[2];
    if (!outfile) {
        console.error('usage: node scripts/bundle-worker.mjs <outfile>');
        process.exit(2);
    }
    await bundleWorker(outfile);
}
