// The layer rules of .dependency-cruiser.cjs, run through dependency-cruiser's API: the real tree keeps
// them, and a miniature tree under fixtures/ that breaks each rule once shows that every rule fires.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cruise } from 'dependency-cruiser';
import type { ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(root, 'test/architecture/fixtures');

async function cruiseWithRules(baseDir: string): Promise<ICruiseResult> {
    const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
    const tsConfig = extractTSConfig(path.join(root, 'tsconfig.json'));
    const result = await cruise(
        ['packages/language/src', 'packages/extension/src'],
        { ...options, baseDir },
        {},
        { tsConfig },
    );
    return result.output as ICruiseResult;
}

function violationsOf(result: ICruiseResult): string[] {
    return result.summary.violations
        .map(violation => `${violation.rule.name}: ${violation.from} -> ${violation.to}`)
        .sort();
}

describe('import rules (.dependency-cruiser.cjs)', () => {

    test('the repository keeps every rule, and its imports resolve', async () => {
        const result = await cruiseWithRules(root);
        expect(violationsOf(result)).toEqual([]);
        const edges = result.modules.flatMap(module => module.dependencies.map(dep => `${module.source} -> ${dep.resolved}`));
        // The rules only mean something if imports resolve to the files they name: the extension's
        // package-export import lands on the built file, the server's Node import on langium's node/.
        expect(edges).toContain('packages/extension/src/extension/protocol.ts -> packages/language/out/lsp/protocol.js');
        expect(edges).toContain('packages/language/src/node/safe-file-system.ts -> node_modules/langium/lib/node/index.js');
        expect(edges).toContain('packages/language/src/index.ts -> packages/language/src/offering-module.ts');
    });

    test('each rule fires on the fixture that breaks it', async () => {
        const result = await cruiseWithRules(fixtures);
        // One line per broken rule; the cycle is reported once, and typed-a.ts <-> typed-b.ts (a cycle
        // through a type-only import) and node/files.ts (Node inside node/) are allowed.
        expect(violationsOf(result)).toEqual([
            'analysis-not-to-lsp: packages/language/src/validation/uses-editor.ts -> packages/language/src/lsp/editor-thing.ts',
            'checks-and-catalogue-apart: packages/language/src/catalogue/reads-checks.ts -> packages/language/src/validation/uses-editor.ts',
            'core-no-node-builtins: packages/language/src/validation/uses-editor.ts -> fs',
            'core-no-node-libraries: packages/language/src/index.ts -> ../../../node_modules/langium/lib/node/index.js',
            'core-not-to-node-layer: packages/language/src/index.ts -> packages/language/src/node/files.ts',
            'export-reads-the-model: packages/language/src/export/reads-ast.ts -> packages/language/src/generated/ast.ts',
            'export-reads-the-model: packages/language/src/export/reads-ast.ts -> packages/language/src/validation/uses-editor.ts',
            'extension-through-package-exports: packages/extension/src/extension/main.ts -> packages/language/src/lsp/editor-thing.ts',
            'model-is-below-checks: packages/language/src/model/reads-checks.ts -> packages/language/src/validation/uses-editor.ts',
            'no-runtime-cycles: packages/language/src/model/cycle-a.ts -> packages/language/src/model/cycle-b.ts',
            'not-to-unresolvable: packages/language/src/lsp/unresolved.ts -> ./missing.js',
            'parser-only-generated: packages/language/src/parser/reads-model.ts -> packages/language/src/model/reads-checks.ts',
            'references-and-workspace-below-analysis: packages/language/src/workspace/builder.ts -> packages/language/src/validation/uses-editor.ts',
            'scaffold-stands-alone: packages/language/src/scaffold/reads-model.ts -> packages/language/src/model/reads-checks.ts',
        ]);
    });
});
