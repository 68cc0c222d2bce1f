// Injected into the CommonJS bundles (esbuild.mjs): what `import.meta.url` is in ES modules, so
// the server finds files beside its own (the rules documentation, node/rules-documentation.ts).
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
