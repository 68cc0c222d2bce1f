import type { LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildCatalogue, serializeCatalogue } from '../catalogue/generator.js';
import type { Document } from '../generated/ast.js';
import type { OfferingServices } from '../offering-module.js';
import { offeringDocuments } from '../workspace/offering-documents.js';
import type { CatalogueError, CatalogueParams, CatalogueResult } from './protocol.js';
import { CatalogueRequest, WorkspaceChangedNotification } from './protocol.js';

/**
 * The catalogue of every `.offering` document the workspace holds, in path order like the
 * CLI's loader, so the JSON is byte-equal to `offering generate` on the same files.
 */
export async function catalogueOfWorkspace(shared: LangiumSharedServices, services: OfferingServices, params: CatalogueParams = {}): Promise<CatalogueResult> {
    await shared.workspace.WorkspaceManager.ready;
    // The initial workspace build only links; validate what has not been validated yet (the
    // files not open in an editor), under the write lock like every other build.
    // An edit meanwhile cancels the build; then try again.
    for (let attempt = 0; attempt < 5 && pendingValidation(shared).length > 0; attempt++) {
        await shared.workspace.WorkspaceLock.write(async token => {
            const pending = pendingValidation(shared);
            if (pending.length > 0) {
                await shared.workspace.DocumentBuilder.build(pending, { validation: true }, token);
            }
        });
    }
    return shared.workspace.WorkspaceLock.read(() => catalogueOf(offeringDocuments(shared), services, params));
}

function pendingValidation(shared: LangiumSharedServices): LangiumDocument[] {
    return offeringDocuments(shared).filter(document => document.state < DocumentState.Validated);
}

function catalogueOf(documents: Array<LangiumDocument<Document>>, services: OfferingServices, params: CatalogueParams): CatalogueResult {
    const errors = documents.flatMap(document => [...(document.diagnostics ?? [])]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error)
        .map((diagnostic): CatalogueError => ({
            uri: document.uri.toString(),
            line: diagnostic.range.start.line,
            character: diagnostic.range.start.character,
            code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        })));
    if (errors.length > 0 && !params.allowErrors) {
        return { ok: false, files: documents.length, errors };
    }
    const catalogue = buildCatalogue(documents, services);
    return {
        ok: true,
        files: documents.length,
        programmes: catalogue.programmes.length,
        modules: catalogue.modules.length,
        json: serializeCatalogue(catalogue),
        errors,
    };
}

/** Registers the requests on the connection; call before `startLanguageServer`. */
export function registerCustomRequests(connection: Connection, shared: LangiumSharedServices, services: OfferingServices): void {
    connection.onRequest(CatalogueRequest.method, (params: CatalogueParams | undefined): Promise<CatalogueResult> => catalogueOfWorkspace(shared, services, params ?? {}));
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(WorkspaceChangedNotification.method);
    });
}
