import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import type { Locale } from '../i18n/messages.js';
import { createOfferingServices } from '../offering-module.js';
import type { OfferingServices } from '../offering-module.js';

import { OFFERING_EXTENSION } from '../workspace/offering-documents.js';
import type { InputFile } from './input-files.js';
import { displayPath, readOfferingFile } from './input-files.js';

export { OFFERING_EXTENSION };

export { collectOfferingFiles, displayPath, InputError, readOfferingFile } from './input-files.js';
export type { InputFile } from './input-files.js';

export interface FileDiagnostic {
    /** The file's path as the user would write it (relative to the current folder where possible). */
    file: string;
    diagnostic: Diagnostic;
}

export interface LoadedWorkspace {
    services: OfferingServices;
    /** The documents, sorted by path so that every later step is independent of discovery order. */
    documents: Array<LangiumDocument<Document>>;
    /** Each document's diagnostics, sorted, by absolute path, in document order. */
    results: Array<{ file: string; diagnostics: Diagnostic[] }>;
    diagnostics: FileDiagnostic[];
}

/** How far loading has come: `done` of `total` files have been parsed, or validated. */
export type LoadProgress = (phase: 'parsed' | 'validated', done: number, total: number) => void;

/**
 * Loads the files as one workspace, links and validates them, and returns the diagnostics in
 * path order. Paths are read here (once, with the limits of `readOfferingFile`); files already
 * read are parsed from their text, so the disk is never read twice.
 */
export async function loadWorkspace(files: Array<string | InputFile>, options: { locale?: Locale; onProgress?: LoadProgress } = {}): Promise<LoadedWorkspace> {
    const services = createOfferingServices(NodeFileSystem).Offering;
    services.i18n.Messages.locale = options.locale ?? 'en';
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const inputs: InputFile[] = [];
    for (const file of files) {
        inputs.push(typeof file === 'string' ? await readOfferingFile(path.resolve(file), options.locale) : file);
    }
    inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const documents: Array<LangiumDocument<Document>> = [];
    for (const input of inputs) {
        const document = factory.fromString<Document>(input.text, URI.file(path.resolve(input.path)));
        langiumDocuments.addDocument(document);
        documents.push(document);
        options.onProgress?.('parsed', documents.length, inputs.length);
    }
    let validated = 0;
    services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => {
        options.onProgress?.('validated', ++validated, documents.length);
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const results = documents.map(document => ({ file: document.uri.fsPath, diagnostics: [...(document.diagnostics ?? [])].sort(compareDiagnostics) }));
    return { services, documents, results, diagnostics: fileDiagnostics(results) };
}

/** The diagnostics of files (absolute paths, in order) as the CLI prints them, with display paths. */
export function fileDiagnostics(results: ReadonlyArray<{ file: string; diagnostics: Diagnostic[] }>): FileDiagnostic[] {
    const diagnostics: FileDiagnostic[] = [];
    for (const result of results) {
        const file = displayPath(result.file);
        for (const diagnostic of result.diagnostics) {
            diagnostics.push({ file, diagnostic });
        }
    }
    return diagnostics;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
