import type { Diagnostic } from 'vscode-languageserver-types';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { createOfferingServices } from '../packages/language/src/offering-module.js';
import type { OfferingServices } from '../packages/language/src/offering-module.js';
import type { Document } from '../packages/language/src/generated/ast.js';

/** One diagnostic as a readable line: `file:line:col code: message` (1-based like editors show). */
export function showDiagnostic(diagnostic: Diagnostic, file?: string): string {
    const { line, character } = diagnostic.range.start;
    const code = diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? '';
    return `${file ? `${file}:` : ''}${line + 1}:${character + 1} ${code}: ${diagnostic.message}`;
}

export interface TestWorkspace {
    services: OfferingServices;
    documents: Map<string, LangiumDocument<Document>>;
    /** Every diagnostic, as `file:line:col code: message`, in file order and then by position. */
    diagnostics(): string[];
}

/**
 * Builds an in-memory workspace of several files (name -> text), links and validates it.
 * Files are named `memory:///name`.
 */
export async function buildWorkspace(files: Record<string, string>, services = createOfferingServices(EmptyFileSystem).Offering): Promise<TestWorkspace> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents = new Map<string, LangiumDocument<Document>>();
    for (const [name, text] of Object.entries(files)) {
        const document = factory.fromString<Document>(text, URI.parse(`memory:///${name}`));
        langiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        services,
        documents,
        diagnostics: () => [...documents.entries()].flatMap(([name, document]) => [...(document.diagnostics ?? [])]
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
            .map(d => showDiagnostic(d, name))),
    };
}
