import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, serializeCatalogue } from '../../packages/language/src/catalogue/catalogue-generator.js';
import { collectOfferingFiles, loadWorkspace } from '../../packages/language/src/workspace-loader.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/catalogue/fixtures');

/** Loads the .offering files under the given folders and returns the catalogue JSON and the diagnostics. */
export async function catalogueOf(folders: string[], order: (files: string[]) => string[] = files => files): Promise<{ json: string; diagnostics: string[] }> {
    const files = order(await collectOfferingFiles(folders));
    const { services, documents, diagnostics } = await loadWorkspace(files);
    return {
        json: serializeCatalogue(buildCatalogue(order(documents.map(d => d.uri.fsPath)).map(file => documents.find(d => d.uri.fsPath === file)!), services)),
        diagnostics: diagnostics.map(({ file, diagnostic }) => `${file}:${diagnostic.range.start.line + 1} ${diagnostic.message}`),
    };
}
