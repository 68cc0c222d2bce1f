// The VS Code side of "New Offering Workspace": the host of new-workspace.ts over
// vscode.workspace.fs, so that the command works on the desktop and in VS Code for the Web.
import * as vscode from 'vscode';
import type { NewWorkspaceHost } from './new-workspace.js';
import { newWorkspace } from './new-workspace.js';

interface Location {
    readonly uri: vscode.Uri;
    readonly label: string;
}

function located(uri: vscode.Uri): Location {
    return { uri, label: uri.scheme === 'file' ? uri.fsPath : uri.toString(true) };
}

const host: NewWorkspaceHost<Location> = {
    t: (message, ...args) => vscode.l10n.t(message, ...args),
    pick: async (items, placeHolder) => (await vscode.window.showQuickPick(items, { placeHolder, ignoreFocusOut: true }))?.value,
    workspaceFolder: () => {
        const folder = vscode.workspace.workspaceFolders?.[0];
        return folder ? located(folder.uri) : undefined;
    },
    isEmpty: async folder => (await vscode.workspace.fs.readDirectory(folder.uri)).length === 0,
    pickFolder: async openLabel => {
        const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel });
        return chosen?.[0] ? located(chosen[0]) : undefined;
    },
    join: (folder, relativePath) => located(vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'))),
    exists: async location => vscode.workspace.fs.stat(location.uri).then(() => true, () => false),
    write: async (location, content) => {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(location.uri, '..'));
        await vscode.workspace.fs.writeFile(location.uri, new TextEncoder().encode(content));
    },
    open: async location => { await vscode.window.showTextDocument(location.uri); },
    error: message => { void vscode.window.showErrorMessage(message); },
    info: message => { void vscode.window.showInformationMessage(message); },
};

/** Registers `offering.newWorkspace`; both entries (desktop and web) call this. */
export function registerNewWorkspaceCommand(): vscode.Disposable {
    return vscode.commands.registerCommand('offering.newWorkspace', async () => {
        try {
            await newWorkspace(host);
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Offering: the workspace could not be created ({0}).', String(error)));
        }
    });
}
