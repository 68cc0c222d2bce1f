// Bundles the extension client and the language server into two self-contained CommonJS
// files (out/extension/main.cjs, out/language/main.cjs): the .vsix ships no node_modules.
import * as esbuild from 'esbuild';

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
    // Keep names: Langium's services and the stack traces in the log stay readable.
    keepNames: true,
    minify,
    sourcemap: !minify,
    logLevel: 'warning',
});
if (watch) {
    await context.watch();
} else {
    await context.rebuild();
    await context.dispose();
}
