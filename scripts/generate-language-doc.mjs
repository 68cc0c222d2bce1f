// Writes docs/language.md from the glossary (packages/language/src/vocabulary/glossary.ts), and
// docs/rules.md, docs/rules.nl.md and examples/errors/ from the rules registry
// (packages/language/src/vocabulary/rules/). Run with `npm run docs` (builds first, then runs this
// on the compiled output); test/docs/ fails when a committed file differs from what this writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLanguageReference } from '../packages/language/out/vocabulary/language-reference.js';
import { renderRulesDocument } from '../packages/language/out/vocabulary/rules/rules-doc.js';
import { exampleErrorFiles, ruleEntries } from '../packages/language/out/vocabulary/rules/registry.js';

const write = (relative, text) => {
    const target = fileURLToPath(new URL(`../${relative}`, import.meta.url));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
};
const read = relative => readFileSync(fileURLToPath(new URL(`../${relative}`, import.meta.url)), 'utf8');

write('docs/language.md', renderLanguageReference());
write('docs/rules.md', renderRulesDocument('en', read('docs/templates/rules.template.md')));
write('docs/rules.nl.md', renderRulesDocument('nl', read('docs/templates/rules.nl.template.md')));
for (const entry of ruleEntries('en')) {
    if (entry.example) {
        for (const [path, text] of Object.entries(exampleErrorFiles(entry.code, entry.example))) {
            write(`examples/errors/${path}`, text);
        }
    }
}
