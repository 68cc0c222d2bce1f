import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import type { Locale } from '../i18n/messages.js';
import { createOfferingServices } from '../offering-module.js';
import type { OfferingServices } from '../offering-module.js';

import { OFFERING_EXTENSION } from '../workspace/offering-documents.js';

export { OFFERING_EXTENSION };

/** A problem with the input itself (not with the offering it describes). */
export class InputError extends Error {}

export interface FileDiagnostic {
    /** The file's path as the user would write it (relative to the current folder where possible). */
    file: string;
    diagnostic: Diagnostic;
}

export interface LoadedWorkspace {
    services: OfferingServices;
    /** The documents, sorted by path so that every later step is independent of discovery order. */
    documents: Array<LangiumDocument<Document>>;
    diagnostics: FileDiagnostic[];
}

/**
 * Expands files and folders (folders recursively) to the sorted, de-duplicated list of
 * `.offering` files. Throws InputError for a path that does not exist.
 */
export async function collectOfferingFiles(paths: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const given of paths) {
        const absolute = path.resolve(given);
        let stat;
        try {
            stat = await fs.stat(absolute);
        } catch {
            throw new InputError(`Cannot read '${given}': no such file or folder.`);
        }
        if (stat.isDirectory()) {
            for (const file of await walk(absolute)) {
                found.add(file);
            }
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort();
}

async function walk(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
            continue;
        }
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            files.push(...await walk(full));
        } else if (entry.isFile() && entry.name.endsWith(OFFERING_EXTENSION)) {
            files.push(full);
        }
    }
    return files;
}

/** How far loading has come: `done` of `total` files have been parsed, or validated. */
export type LoadProgress = (phase: 'parsed' | 'validated', done: number, total: number) => void;

/** Loads the files as one workspace, links and validates them, and returns the diagnostics in path order. */
export async function loadWorkspace(files: string[], options: { locale?: Locale; onProgress?: LoadProgress } = {}): Promise<LoadedWorkspace> {
    const services = createOfferingServices(NodeFileSystem).Offering;
    services.i18n.Messages.locale = options.locale ?? 'en';
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: Array<LangiumDocument<Document>> = [];
    for (const file of [...files].sort()) {
        const document = await langiumDocuments.getOrCreateDocument(URI.file(path.resolve(file)));
        documents.push(document as LangiumDocument<Document>);
        options.onProgress?.('parsed', documents.length, files.length);
    }
    let validated = 0;
    services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => {
        options.onProgress?.('validated', ++validated, documents.length);
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const diagnostics: FileDiagnostic[] = [];
    for (const document of documents) {
        const file = displayPath(document.uri.fsPath);
        for (const diagnostic of [...(document.diagnostics ?? [])].sort(compareDiagnostics)) {
            diagnostics.push({ file, diagnostic });
        }
    }
    return { services, documents, diagnostics };
}

export function displayPath(absolute: string): string {
    const relative = path.relative(process.cwd(), absolute);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
