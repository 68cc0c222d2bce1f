import type { LangiumDocument, LangiumSharedCoreServices, Stream, URI } from 'langium';
import { DefaultWorkspaceManager } from 'langium';

/**
 * The start-up scan of the workspace, tolerant of the file system changing under it. Langium
 * loads the files it listed all at once, and one that vanished or became unreadable in between
 * (a `git checkout` while the editor starts) failed the whole start-up: the server never became
 * ready and never answered again. Such a file is skipped with a warning; a later "created" or
 * "changed" event loads it when it is back.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultWorkspaceManager`): the start-up scan loads each listed file through
 * the overridden loading step. Backed by `test/robustness/server-file-system.test.ts`.
 */
export class OfferingWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.warn(`Skipped ${uri.fsPath}: ${readFailure(error)}`);
            }
        }));
    }
}

/** A read error's reason in one line (`ENOENT`, `not a regular file`, ...). */
export function readFailure(error: unknown): string {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
