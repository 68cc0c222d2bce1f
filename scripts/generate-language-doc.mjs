// Writes docs/language.md from the glossary (packages/language/src/lsp/glossary.ts).
// Run with `npm run docs` (builds first, then runs this on the compiled output).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderLanguageReference } from '../packages/language/out/vocabulary/language-reference.js';

const target = fileURLToPath(new URL('../docs/language.md', import.meta.url));
writeFileSync(target, renderLanguageReference());
console.log(`wrote ${target}`);
