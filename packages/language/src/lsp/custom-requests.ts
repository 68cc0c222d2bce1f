import type { LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildCatalogue, serializeCatalogue } from '../catalogue/generator.js';
import type { Document } from '../generated/ast.js';
import type { OfferingServices } from '../offering-module.js';
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

/** Waits for the workspace and validates every document not validated yet. */
async function validateWorkspace(shared: LangiumSharedServices): Promise<void> {
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
