// Builds the static web app into dist/: the page, its script (esbuild, ES modules with code
// splitting), Monaco's editor worker, the Offering language server worker, and the bundled
// examples. No server code: any static host serves dist/ as it is.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorker } from '../language/scripts/bundle-worker.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const dist = join(here, 'dist');
const minify = !process.argv.includes('--no-minify');

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'examples'), { recursive: true });

// The keywords for Monaco's first paint (before the server's semantic tokens), from the grammar's
// generated TextMate file, so they never drift from the grammar.
const grammar = JSON.parse(readFileSync(join(root, 'packages/extension/syntaxes/generated/offering.tmLanguage.json'), 'utf-8'));
const keywordPattern = grammar.patterns.find(pattern => pattern.name?.startsWith('keyword.')).match;
const keywords = keywordPattern.replace(/^\\b\(|\)\\b$/g, '').split('|').sort();

// The examples, as the CLI reads them: every .offering file, paths relative to the example's folder, sorted.
const examples = ['mbo-college', 'vo-school'];
for (const name of examples) {
    const folder = join(root, 'examples', name);
    const files = walk(folder).sort().map(file => ({ path: relative(folder, file).split('\\').join('/'), text: readFileSync(file, 'utf-8') }));
    writeFileSync(join(dist, 'examples', `${name}.json`), JSON.stringify(files));
}

function walk(folder) {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = join(folder, entry.name);
        return entry.isDirectory() ? walk(full) : entry.name.endsWith('.offering') ? [full] : [];
    });
}

await bundleWorker(join(dist, 'server.js'), { minify });
const result = await esbuild.build({
    entryPoints: {
        main: join(here, 'src/main.ts'),
        'editor.worker': '@codingame/monaco-vscode-editor-api/esm/vs/editor/editor.worker.js',
    },
    outdir: dist,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    minify,
    metafile: true,
    define: {
        OFFERING_KEYWORDS: JSON.stringify(keywords),
        OFFERING_EXAMPLES: JSON.stringify(examples),
    },
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.png': 'file', '.svg': 'file', '.wasm': 'file', '.mp3': 'file' },
    logLevel: 'warning',
});
cpSync(join(here, 'static'), dist, { recursive: true });
// The rules documentation that every diagnostic links to (the language server worker links to docs/ next to it).
for (const file of ['rules.md', 'rules.nl.md']) {
    cpSync(join(root, 'docs', file), join(dist, 'docs', file));
}
void result;
