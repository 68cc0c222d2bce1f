import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../../packages/language/src/generated/ast.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';

/**
 * One set of services reused across thousands of cases (creating services costs far more
 * than building a small document): documents are added, built, inspected and removed again.
 */
export class ReusableWorkspace {
    readonly services: OfferingServices = createOfferingServices(EmptyFileSystem).Offering;
    private generation = 0;

    /** Builds the files (name -> text) in the given order, runs `inspect`, then removes them. */
    async with<T>(files: Array<[string, string]>, inspect: (documents: Array<LangiumDocument<Document>>) => Promise<T> | T): Promise<T> {
        const factory = this.services.shared.workspace.LangiumDocumentFactory;
        const langiumDocuments = this.services.shared.workspace.LangiumDocuments;
        const builder = this.services.shared.workspace.DocumentBuilder;
        const generation = this.generation++;
        const documents = files.map(([name, text]) => {
            const document = factory.fromString<Document>(text, URI.parse(`memory:///g${generation}/${name}`));
            langiumDocuments.addDocument(document);
            return document;
        });
        try {
            await builder.build(documents, { validation: true });
            return await inspect(documents);
        } finally {
            await builder.update([], documents.map(d => d.uri));
        }
    }

    /** Documents currently known to the services (to check that `with` cleans up). */
    documentCount(): number {
        return this.services.shared.workspace.LangiumDocuments.all.count();
    }
}

/** `line:col code: message` with 1-based positions; stable text for comparisons. */
export function show(diagnostic: Diagnostic): string {
    const { line, character } = diagnostic.range.start;
    return `${line + 1}:${character + 1} ${diagnostic.code ?? ''}: ${diagnostic.message}`;
}

export function sortedDiagnostics(document: LangiumDocument): Diagnostic[] {
    return [...(document.diagnostics ?? [])].sort((a, b) => a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

/** Problems with a diagnostic's range: outside the document, or end before start. */
export function rangeProblems(document: LangiumDocument, diagnostics: Diagnostic[]): string[] {
    const text = document.textDocument;
    const lastLine = text.lineCount - 1;
    const lineLength = (line: number) => {
        const start = text.offsetAt({ line, character: 0 });
        const end = line === lastLine ? text.getText().length : text.offsetAt({ line: line + 1, character: 0 });
        return end - start;
    };
    const inside = (p: { line: number; character: number }) =>
        Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line <= lastLine && p.character >= 0 && p.character <= lineLength(p.line);
    return diagnostics.flatMap(d => {
        const { start, end } = d.range;
        const problems: string[] = [];
        if (!inside(start) || !inside(end)) {
            problems.push(`${show(d)}: range ${JSON.stringify(d.range)} outside the document (${text.lineCount} lines)`);
        } else if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            problems.push(`${show(d)}: range ends before it starts ${JSON.stringify(d.range)}`);
        }
        return problems;
    });
}
