// Import rules for the layers of packages/language/src (see docs/architecture.md and the
// README.md in each layer folder). Run with `npm run lint:imports`; test/architecture/
// import-rules.test.ts runs the same rules through the API and proves that they fire.

const CORE = '^packages/language/src/';
const NODE_LAYER = '^packages/language/src/node/';
// Everything of the language package that must run in a browser or a Web Worker: all of src/
// except node/. The generated parser is core too.
const CORE_FILES = { path: CORE, pathNot: NODE_LAYER };

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: 'core-no-node-builtins',
            comment:
                'Only packages/language/src/node/ may use Node: the core (src/index.ts and all it reaches) is ' +
                'bundled for the browser (test/architecture/browser-bundle.test.ts).',
            severity: 'error',
            from: CORE_FILES,
            to: { dependencyTypes: ['core'] },
        },
        {
            name: 'core-no-node-libraries',
            comment:
                'langium/node (NodeFileSystem) and vscode-languageserver/node (stdio/IPC connections) pull in ' +
                'Node; only the node/ layer may import them.',
            severity: 'error',
            from: CORE_FILES,
            to: { path: '(^|/)node_modules/(langium/lib/node/|vscode-languageserver/lib/node/)' },
        },
        {
            name: 'core-not-to-node-layer',
            comment: 'The node/ layer sits on top of the core; the core never reaches into it.',
            severity: 'error',
            from: CORE_FILES,
            to: { path: NODE_LAYER },
        },
        {
            name: 'analysis-not-to-lsp',
            comment:
                'Editor features (lsp/) read the analysis; the analysis layers never depend on the editor, ' +
                'so the CLI and the catalogue generator work without it.',
            severity: 'error',
            from: { path: '^packages/language/src/(validation|catalogue|model|references|parser|export)/' },
            to: { path: '^packages/language/src/lsp/' },
        },
        {
            name: 'model-is-below-checks',
            comment:
                'model/ holds the domain logic that validation, the catalogue and the editor read; it never ' +
                'depends on them.',
            severity: 'error',
            from: { path: '^packages/language/src/model/' },
            to: { path: '^packages/language/src/(validation|catalogue|lsp|export)/' },
        },
        {
            name: 'checks-and-catalogue-apart',
            comment:
                'Validation and the catalogue both read the model; neither reads the other, so the catalogue ' +
                'of half-typed input never depends on what the checks decided.',
            severity: 'error',
            from: { path: '^packages/language/src/(validation|catalogue)/' },
            to: { path: '^packages/language/src/(validation|catalogue)/', pathNot: '^packages/language/src/$1/' },
        },
        {
            name: 'references-and-workspace-below-analysis',
            comment:
                'Scoping, linking and the document builder (references/, workspace/) are what every analysis ' +
                'stands on; they never import the analyses (model/, validation/, catalogue/) or the editor (lsp/).',
            severity: 'error',
            from: { path: '^packages/language/src/(references|workspace)/' },
            to: { path: '^packages/language/src/(model|validation|catalogue|lsp|vocabulary)/' },
        },
        {
            name: 'export-reads-the-model',
            comment:
                'The exports (OOAPI, RIO) map the plain facts of model/workspace-facts.ts: they read neither the ' +
                'AST (generated/, types only) nor the checks, the catalogue, the editor or the linking layers.',
            severity: 'error',
            from: { path: '^packages/language/src/export/' },
            to: {
                path: '^packages/language/src/(generated|validation|catalogue|lsp|references|workspace|parser|vocabulary)/',
                dependencyTypesNot: ['type-only'],
            },
        },
        {
            name: 'parser-only-generated',
            comment: 'The parser layer adapts the generated Langium parser and depends on nothing else of ours.',
            severity: 'error',
            from: { path: '^packages/language/src/parser/' },
            to: { path: CORE, pathNot: '^packages/language/src/(parser|generated)/' },
        },
        {
            name: 'scaffold-stands-alone',
            comment:
                'scaffold/ turns answers into the text of a starter workspace: pure string work that the CLI ' +
                'and the editor (desktop and web) share, so it imports nothing else of ours and no library.',
            severity: 'error',
            from: { path: '^packages/language/src/scaffold/' },
            to: { pathNot: '^packages/language/src/scaffold/' },
        },
        {
            name: 'extension-through-package-exports',
            comment:
                'The extension uses the language package only through its package exports ' +
                '(offering-language, /protocol, /preview, /scaffold, /node/atomic-write), which resolve to the built out/ ' +
                'files, never through a relative path into its sources or a deep import.',
            severity: 'error',
            from: { path: '^packages/extension/src/' },
            to: {
                path: '^packages/language/',
                pathNot:
                    '^packages/language/out/(index|lsp/protocol|catalogue/preview-html|scaffold/index|node/atomic-write)\\.js$',
            },
        },
        {
            name: 'no-runtime-cycles',
            comment:
                'A cycle of runtime imports makes module initialisation order matter. Type-only imports ' +
                'vanish at compile time and may go both ways (offering-module.ts is imported for its types).',
            severity: 'error',
            from: { path: '^packages/' },
            to: {
                circular: true,
                viaOnly: { dependencyTypesNot: ['type-only'] },
            },
        },
        {
            name: 'not-to-unresolvable',
            comment: 'An import that does not resolve would hide a dependency from every rule above.',
            severity: 'error',
            from: { path: '^packages/' },
            to: { couldNotResolve: true },
        },
    ],
    options: {
        // Type-only imports stay in the graph (marked 'type-only') so the layer rules see them too.
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        doNotFollow: { path: ['node_modules', '^packages/language/out/'] },
        enhancedResolveOptions: {
            exportsFields: ['exports'],
            conditionNames: ['import', 'require', 'node', 'default', 'browser'],
            mainFields: ['module', 'main', 'types', 'typings'],
        },
    },
};
