import type { AstNode, Cancellation, LangiumDocument, ParseResult, TextDocument, URI } from 'langium';
import { DefaultLangiumDocumentFactory } from 'langium';
import { reparseIncrementally } from '../parser/incremental-parser.js';
import { readFailure } from './workspace-manager.js';

/** What the factory's re-parses of changed documents did, for benchmarks and tests. */
export interface ReparseStats {
    /** Updates answered by re-parsing only the top-level units an edit touched. */
    incremental: number;
    /** Updates that parsed the whole text. */
    full: number;
    /** Characters that went through the lexer and parser in those updates. */
    parsedChars: number;
}

/**
 * Re-reads changed files for the build, and re-parses only what an edit touched.
 * - A file that cannot be read at that moment (deleted, unreadable, not a regular file) keeps the
 *   text it had, or is empty when it had none, instead of failing the build: a failed read used to
 *   abort every later build, so no edit got diagnostics again. The "deleted" event that usually
 *   follows removes the document.
 * - A changed text is parsed by `reparseIncrementally` from the document's last parse when it can
 *   (the top-level definitions the edit touched), otherwise in full: the result is the same.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultLangiumDocumentFactory`): the builder re-reads a changed file
 * through `update`, which reads the file system and, when the text changed, parses it through
 * `parseAsync` while `document.parseResult` is still the old parse. Backed by
 * `test/robustness/server-file-system.test.ts` and `test/language/incremental-parse.test.ts`.
 */
export class OfferingDocumentFactory extends DefaultLangiumDocumentFactory {
    readonly reparseStats: ReparseStats = { incremental: 0, full: 0, parsedChars: 0 };
    /** The parse of each document being updated from before the update. */
    private readonly previous = new Map<string, ParseResult<AstNode>>();

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const old = this.previous.get(uri.toString());
        if (old) {
            const services = this.serviceRegistry.getServices(uri);
            const reparse = reparseIncrementally(services.parser.LangiumParser, services.references.Linker, old, text);
            if (reparse) {
                this.reparseStats.incremental++;
                this.reparseStats.parsedChars += reparse.reparsedChars;
                return reparse.result as ParseResult<T>;
            }
            this.reparseStats.full++;
            this.reparseStats.parsedChars += text.length;
        }
        return super.parseAsync(uri, text, cancellationToken);
    }

    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, token: Cancellation.CancellationToken): Promise<string> {
        try {
            return await super.getUpdatedText(document, textDocument, token);
        } catch (error) {
            console.warn(`Could not re-read ${document.uri.fsPath} (${readFailure(error)}); kept its last text`);
            return document.parseResult.value.$cstNode?.root.fullText ?? '';
        }
    }
}
