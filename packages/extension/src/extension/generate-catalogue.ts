import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { writeFileAtomically } from 'offering-language/node/atomic-write';
import type { CatalogueResult } from './protocol.js';
import { CatalogueRequest } from './protocol.js';
import { catalogueOutputPath } from './settings.js';

/**
 * "Offering: Generate Catalogue": asks the server for the workspace's catalogue (the same
 * bytes as `offering generate`) and writes it atomically to `offering.catalogue.outputPath`.
 * With errors in the workspace nothing is written: a broken catalogue is worse than an old one.
 */
export async function generateCatalogue(client: LanguageClient | undefined, log: vscode.LogOutputChannel): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!client || !folder || folder.uri.scheme !== 'file') {
        void vscode.window.showErrorMessage('Offering: open a folder with .offering files to generate its catalogue.');
        return;
    }
    const result = await client.sendRequest<CatalogueResult>(CatalogueRequest.method, { allowErrors: false });
    if (!result.ok) {
        const count = result.errors.length;
        const summary = `Catalogue not written: fix the ${count} error${count === 1 ? '' : 's'} first.`;
        log.warn(summary);
        for (const error of result.errors) {
            log.warn(`  ${vscode.Uri.parse(error.uri).fsPath}:${error.line + 1}:${error.character + 1} ${error.code ?? ''}: ${error.message}`);
        }
        const choice = await vscode.window.showErrorMessage(summary, 'Show Problems');
        if (choice) {
            await vscode.commands.executeCommand('workbench.actions.view.problems');
        }
        return;
    }
    const target = catalogueOutputPath(folder.uri.fsPath, vscode.workspace.getConfiguration('offering').get<string>('catalogue.outputPath'));
    try {
        await writeFileAtomically(target, result.json);
    } catch (error) {
        const message = `Catalogue not written: cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`;
        log.error(message);
        void vscode.window.showErrorMessage(message);
        return;
    }
    const shown = path.relative(folder.uri.fsPath, target) || target;
    const summary = `Wrote ${shown}: ${result.programmes} programme${result.programmes === 1 ? '' : 's'}, ${result.modules} module${result.modules === 1 ? '' : 's'} from ${result.files} file${result.files === 1 ? '' : 's'}.`;
    log.info(summary);
    void vscode.window.showInformationMessage(summary);
}
