import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Catalogue } from 'offering-language/preview';
import { renderPreview } from 'offering-language/preview';
import type { CatalogueResult } from './protocol.js';
import { CatalogueRequest, WorkspaceChangedNotification } from './protocol.js';

/** "Offering: Open Catalogue Preview": one webview that re-renders after every build of the workspace. */
export class CataloguePreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly listeners: vscode.Disposable[] = [];

    constructor(private readonly client: () => LanguageClient | undefined, private readonly log: vscode.LogOutputChannel) {}

    /** Follows the server's builds; the notification handler survives restarts of the client. */
    listen(client: LanguageClient): void {
        this.listeners.push(client.onNotification(WorkspaceChangedNotification.method, () => this.scheduleRefresh()));
    }

    async open(): Promise<void> {
        if (this.panel) {
            this.panel.reveal(vscode.ViewColumn.Beside);
        } else {
            this.panel = vscode.window.createWebviewPanel('offering.cataloguePreview', 'Offering Catalogue', vscode.ViewColumn.Beside, {
                enableScripts: false,
                localResourceRoots: [],
            });
            this.panel.onDidDispose(() => {
                this.panel = undefined;
            });
        }
        await this.refresh();
    }

    private scheduleRefresh(): void {
        if (!this.panel) {
            return;
        }
        clearTimeout(this.timer);
        // Typing triggers a build per keystroke; render once things settle.
        this.timer = setTimeout(() => void this.refresh(), 250);
    }

    private async refresh(): Promise<void> {
        const client = this.client();
        const panel = this.panel;
        if (!client || !panel) {
            return;
        }
        try {
            const result = await client.sendRequest<CatalogueResult>(CatalogueRequest.method, { allowErrors: true });
            if (result.ok && this.panel === panel) {
                const catalogue = JSON.parse(result.json) as Catalogue;
                panel.webview.html = renderPreview(catalogue, { errors: result.errors.length, cspSource: panel.webview.cspSource });
            }
        } catch (error) {
            this.log.warn(`Catalogue preview not refreshed: ${String(error)}`);
        }
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.listeners.forEach(listener => listener.dispose());
        this.panel?.dispose();
    }
}
