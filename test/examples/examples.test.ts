import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { isModule, isProgramme, isProgrammeOffering } from '../../packages/language/src/generated/ast.js';
import { collectOfferingFiles, loadWorkspace } from '../../packages/language/src/workspace-loader.js';
import { showDiagnostic } from '../helpers.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

/** Loads one example folder as a workspace: its diagnostics as lines and how many programmes, offerings and modules it holds. */
async function loadExample(folder: string) {
    const files = await collectOfferingFiles([path.join(EXAMPLES, folder)]);
    const { documents, diagnostics } = await loadWorkspace(files);
    const nodes = documents.flatMap(document => AstUtils.streamAst(document.parseResult.value).toArray());
    return {
        files: files.map(file => path.basename(file)),
        diagnostics: diagnostics.map(({ file, diagnostic }) => showDiagnostic(diagnostic, path.basename(file))),
        programmes: nodes.filter(isProgramme).length,
        offerings: nodes.filter(isProgrammeOffering).length,
        modules: nodes.filter(isModule).length,
    };
}

describe('example workspaces are valid', () => {
    test('examples/mbo-college: zero diagnostics', async () => {
        const example = await loadExample('mbo-college');
        expect(example.diagnostics, example.diagnostics.join('\n')).toEqual([]);
        expect(example.files).toEqual([
            'generiek.offering', 'groepen.offering', 'groeperingen.offering', 'ict.offering', 'kaders.offering',
            'kalender.offering', 'keuzedelen.offering', 'organisatie.offering', 'techniek.offering', 'zorg.offering',
        ]);
        expect({ programmes: example.programmes, offerings: example.offerings, modules: example.modules })
            .toEqual({ programmes: 6, offerings: 15, modules: 29 });
    });

    test('examples/vo-school: zero diagnostics', async () => {
        const example = await loadExample('vo-school');
        expect(example.diagnostics, example.diagnostics.join('\n')).toEqual([]);
        expect(example.files).toEqual([
            'groepen.offering', 'groeperingen.offering', 'kaders.offering', 'kalender.offering', 'opleidingen.offering',
            'organisatie.offering', 'vakken.offering',
        ]);
        expect({ programmes: example.programmes, offerings: example.offerings, modules: example.modules })
            .toEqual({ programmes: 6, offerings: 7, modules: 6 });
    });
});
