import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { writeFileAtomically } from 'offering-language/node/atomic-write';
import type { ExportRequestParams, ExportRequestResult } from './protocol.js';
import { ExportRequest } from './protocol.js';

const TARGETS: Array<vscode.QuickPickItem & { params: ExportRequestParams; file: string }> = [
    { label: 'OOAPI v6', description: 'Open Education API 6.0 (JSON)', params: { target: 'ooapi', ooapiVersion: '6' }, file: 'ooapi-v6.json' },
    { label: 'OOAPI v5', description: 'Open Education API 5 (JSON), for consumers that still read it', params: { target: 'ooapi', ooapiVersion: '5' }, file: 'ooapi-v5.json' },
    { label: 'RIO', description: 'aangeboden opleidingen with their cohorts (XML)', params: { target: 'rio' }, file: 'rio.xml' },
];

/**
 * "Offering: Export to OOAPI / RIO": asks which standard, asks the server for the export (the
 * same bytes as `offering export`), asks where to save it and writes it atomically. With errors
 * in the workspace nothing is written; the warnings about what the target cannot hold go to the
 * Offering output with their file and line.
 */
export async function exportOffering(client: LanguageClient | undefined, log: vscode.LogOutputChannel): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!client || !folder || folder.uri.scheme !== 'file') {
        void vscode.window.showErrorMessage('Offering: open a folder with .offering files to export it.');
        return;
    }
    const choice = await vscode.window.showQuickPick(TARGETS, { title: 'Offering: Export to OOAPI / RIO', placeHolder: 'The standard to export to' });
    if (!choice) return;
    const result = await client.sendRequest<ExportRequestResult>(ExportRequest.method, choice.params);
    if (!result.ok) {
        const count = result.errors.length;
        const summary = `Export not written: fix the ${count} error${count === 1 ? '' : 's'} first.`;
        log.warn(summary);
        for (const error of result.errors) {
            log.warn(`  ${vscode.Uri.parse(error.uri).fsPath}:${error.line + 1}:${error.character + 1} ${error.code ?? ''}: ${error.message}`);
        }
        const action = await vscode.window.showErrorMessage(summary, 'Show Problems');
        if (action) await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
    }
    const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.file(path.join(folder.uri.fsPath, 'export', choice.file)),
        filters: result.extension === 'xml' ? { XML: ['xml'] } : { JSON: ['json'] },
        title: `Save the ${result.label} export`,
    });
    if (!target) return;
    try {
        await writeFileAtomically(target.fsPath, result.text);
    } catch (error) {
        const message = `Export not written: cannot write ${target.fsPath} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`;
        log.error(message);
        void vscode.window.showErrorMessage(message);
        return;
    }
    for (const warning of result.warnings) {
        log.warn(`  ${vscode.Uri.parse(warning.uri).fsPath}:${warning.line + 1}:${warning.character + 1} ${warning.code}: ${warning.message}`);
    }
    const shown = path.relative(folder.uri.fsPath, target.fsPath) || target.fsPath;
    const summary = `Wrote ${shown}: ${result.label}, ${result.objects} object${result.objects === 1 ? '' : 's'}, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'} about what the target cannot hold (see the Offering output).`;
    log.info(summary);
    void vscode.window.showInformationMessage(summary);
}
