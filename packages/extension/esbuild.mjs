// Bundles the extension client and the language server into two self-contained CommonJS
// files (out/extension/main.cjs, out/language/main.cjs): the .vsix ships no node_modules.
import { cpSync, mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { bundleWorker } from '../language/scripts/bundle-worker.mjs';

const watch = process.argv.includes('--watch');
const minify = !process.argv.includes('--no-minify');

const context = await esbuild.context({
    entryPoints: {
        'extension/main': 'src/extension/main.ts',
        'language/main': '../language/src/node/main.ts',
    },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    // CommonJS has no import.meta: the server finds the rules documentation from its own file (node/rules-documentation.ts).
    define: { 'import.meta.url': 'importMetaUrl' },
    inject: ['scripts/import-meta-url.mjs'],
    // Keep names: Langium's services and the stack traces in the log stay readable.
    keepNames: true,
    minify,
    sourcemap: !minify,
    logLevel: 'warning',
});
// VS Code for the Web: the client as CommonJS for the browser extension host, and the server as
// a classic-worker script (out/browser/server.js) that the client starts.
const browserContext = await esbuild.context({
    entryPoints: { 'browser/main': 'src/browser/main.ts' },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    keepNames: true,
    minify,
    sourcemap: !minify,
    logLevel: 'warning',
});
if (watch) {
    await context.watch();
    await browserContext.watch();
} else {
    await context.rebuild();
    await context.dispose();
    await browserContext.rebuild();
    await browserContext.dispose();
}
await bundleWorker('out/browser/server.js', { minify, format: 'iife' });
// The rules documentation that diagnostics link to (client-options.ts): copied from the
// repository's docs/ into the package (git-ignored), so the .vsix ships it.
mkdirSync('docs', { recursive: true });
for (const file of ['rules.md', 'rules.nl.md']) {
    cpSync(`../../docs/${file}`, `docs/${file}`);
}
