// Copies docs/rules.md and docs/rules.nl.md into the language package before it is packed
// (`prepack`), so the installed package links its diagnostics and `offering explain` to its own
// copy (packages/language/src/node/rules-documentation.ts); `--remove` (`postpack`) takes the copy
// away again, so that in this repository they link to docs/ itself and no stale copy stays.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const target = fileURLToPath(new URL('../packages/language/docs/', import.meta.url));
if (process.argv.includes('--remove')) {
    rmSync(target, { recursive: true, force: true });
} else {
    mkdirSync(target, { recursive: true });
    for (const file of ['rules.md', 'rules.nl.md']) {
        cpSync(fileURLToPath(new URL(`../docs/${file}`, import.meta.url)), `${target}${file}`);
    }
}
