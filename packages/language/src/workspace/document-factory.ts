import type { Cancellation, LangiumDocument, TextDocument } from 'langium';
import { DefaultLangiumDocumentFactory } from 'langium';
import { readFailure } from './workspace-manager.js';

/**
 * Re-reads changed files for the build. A file that cannot be read at that moment (deleted,
 * unreadable, not a regular file) keeps the text it had, or is empty when it had none, instead of
 * failing the build: a failed read used to abort every later build, so no edit got diagnostics
 * again. The "deleted" event that usually follows removes the document.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultLangiumDocumentFactory`): the builder re-reads a changed file
 * through `update`, which reads the file system. Backed by `test/robustness/server-file-system.test.ts`.
 */
export class OfferingDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, token: Cancellation.CancellationToken): Promise<string> {
        try {
            return await super.getUpdatedText(document, textDocument, token);
        } catch (error) {
            console.warn(`Could not re-read ${document.uri.fsPath} (${readFailure(error)}); kept its last text`);
            return document.parseResult.value.$cstNode?.root.fullText ?? '';
        }
    }
}
