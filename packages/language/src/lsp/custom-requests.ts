import type { LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildCatalogue, serializeCatalogue } from '../catalogue/generator.js';
import type { Document } from '../generated/ast.js';
import type { OfferingServices } from '../offering-module.js';
import { OfferingDocumentBuilder } from '../workspace/document-builder.js';
import { offeringDocuments } from '../workspace/offering-documents.js';
import { exportOffering } from '../export/exporter.js';
import { warningMessage } from '../export/warnings.js';
import type { CatalogueError, CatalogueParams, CatalogueResult, ExportRequestParams, ExportRequestResult } from './protocol.js';
import { CatalogueRequest, ExportRequest, WorkspaceChangedNotification } from './protocol.js';

/**
 * The catalogue of every `.offering` document the workspace holds, in path order like the
 * CLI's loader, so the JSON is byte-equal to `offering generate` on the same files.
 */
export async function catalogueOfWorkspace(shared: LangiumSharedServices, services: OfferingServices, params: CatalogueParams = {}): Promise<CatalogueResult> {
    await validateWorkspace(shared);
    return shared.workspace.WorkspaceLock.read(() => catalogueOf(offeringDocuments(shared), services, params));
}

/**
 * Waits for the workspace and the builds queued before the request, then finishes what is left:
 * documents never validated, and the edits of an update that a later write cancelled. The
 * finishing is `update([], [])`, not `build(pending)`: a cancelled update hands its edits on to
 * the next update only (OfferingDocumentBuilder), so a plain build left the documents its second
 * pass re-validates (the programme whose keuzedelen sit in another file) with their old
 * diagnostics after a rename across files (`test/lsp/rename-diagnostics.test.ts`).
 */
async function validateWorkspace(shared: LangiumSharedServices): Promise<void> {
    await shared.workspace.WorkspaceManager.ready;
    // A read waits for the queued builds instead of cancelling them as a write would.
    await shared.workspace.WorkspaceLock.read(() => undefined);
    // An edit meanwhile cancels the build; then try again.
    for (let attempt = 0; attempt < 5 && unfinished(shared); attempt++) {
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update([], [], token));
    }
}

function unfinished(shared: LangiumSharedServices): boolean {
    const builder = shared.workspace.DocumentBuilder;
    return pendingValidation(shared).length > 0 || (builder instanceof OfferingDocumentBuilder && builder.hasUnfinishedEdits);
}

function pendingValidation(shared: LangiumSharedServices): LangiumDocument[] {
    return offeringDocuments(shared).filter(document => document.state < DocumentState.Validated);
}

function catalogueOf(documents: Array<LangiumDocument<Document>>, services: OfferingServices, params: CatalogueParams): CatalogueResult {
    const errors = errorsOf(documents);
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

/**
 * The workspace exported like `offering export`: refused while it has errors, else the text and
 * the warnings about what the target cannot hold, in the server's language.
 */
export async function exportOfWorkspace(shared: LangiumSharedServices, services: OfferingServices, params: ExportRequestParams): Promise<ExportRequestResult> {
    await validateWorkspace(shared);
    return shared.workspace.WorkspaceLock.read(() => {
        const documents = offeringDocuments(shared);
        const errors = errorsOf(documents);
        if (errors.length > 0) {
            return { ok: false, files: documents.length, errors };
        }
        const target = params.target === 'rio' ? 'rio' : 'ooapi';
        const result = exportOffering(documents, services, { target, ooapiVersion: params.ooapiVersion === '5' ? '5' : '6' });
        const locale = services.i18n.Messages.locale;
        return {
            ok: true,
            files: documents.length,
            label: result.label,
            objects: result.objects,
            extension: target === 'rio' ? 'xml' : 'json',
            text: result.text,
            warnings: result.warnings.map(warning => ({ ...warning.place, code: warning.code, message: warningMessage(warning, locale) })),
        };
    });
}

function errorsOf(documents: Array<LangiumDocument<Document>>): CatalogueError[] {
    return documents.flatMap(document => [...(document.diagnostics ?? [])]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error)
        .map((diagnostic): CatalogueError => ({
            uri: document.uri.toString(),
            line: diagnostic.range.start.line,
            character: diagnostic.range.start.character,
            code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        })));
}

/** Registers the requests on the connection; call before `startLanguageServer`. */
export function registerCustomRequests(connection: Connection, shared: LangiumSharedServices, services: OfferingServices): void {
    connection.onRequest(CatalogueRequest.method, (params: CatalogueParams | undefined): Promise<CatalogueResult> => catalogueOfWorkspace(shared, services, params ?? {}));
    connection.onRequest(ExportRequest.method, (params: ExportRequestParams): Promise<ExportRequestResult> => exportOfWorkspace(shared, services, params ?? { target: 'ooapi' }));
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(WorkspaceChangedNotification.method);
    });
}
