import type { LangiumDocument } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { Document } from '../generated/ast.js';

/** The file extension of Offering documents. */
export const OFFERING_EXTENSION = '.offering';

/** Compares documents by path: every consumer sees the workspace in one order, whatever the order of discovery. */
export function byPath(a: LangiumDocument, b: LangiumDocument): number {
    return a.uri.fsPath < b.uri.fsPath ? -1 : a.uri.fsPath > b.uri.fsPath ? 1 : 0;
}

/** The `.offering` documents the workspace holds, in path order (as the CLI's loader sorts its files). */
export function offeringDocuments(shared: LangiumSharedCoreServices): Array<LangiumDocument<Document>> {
    return shared.workspace.LangiumDocuments.all
        .filter(document => document.uri.path.endsWith(OFFERING_EXTENSION))
        .toArray()
        .sort(byPath) as Array<LangiumDocument<Document>>;
}
