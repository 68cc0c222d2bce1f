import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, serializeCatalogue } from '../../packages/language/src/catalogue/generator.js';
import { collectOfferingFiles, loadWorkspace } from '../../packages/language/src/node/workspace-loader.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/catalogue/fixtures');

/** Loads the .offering files under the given paths from disk; returns the catalogue JSON and the diagnostics as text. */
export async function catalogueOf(paths: string[]): Promise<{ json: string; diagnostics: string[] }> {
    const { services, documents, diagnostics } = await loadWorkspace(await collectOfferingFiles(paths));
    return {
        json: serializeCatalogue(buildCatalogue(documents, services)),
        diagnostics: diagnostics.map(({ file, diagnostic }) => `${file}:${diagnostic.range.start.line + 1} ${diagnostic.message}`),
    };
}
