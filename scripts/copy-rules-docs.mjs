// Copies docs/rules.md and docs/rules.nl.md into the language package (`prepack`), so the
// installed package links its diagnostics and `offering explain` to its own copy
// (packages/language/src/node/rules-documentation.ts).
import { cpSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = new URL('../packages/language/docs/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const file of ['rules.md', 'rules.nl.md']) {
    cpSync(fileURLToPath(new URL(`../docs/${file}`, import.meta.url)), fileURLToPath(new URL(file, target)));
}
