import type { LangiumDocument } from 'langium';
import { AstUtils, CstUtils, UriUtils } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultDocumentHighlightProvider } from 'langium/lsp';
import type { DocumentHighlight, DocumentHighlightParams } from 'vscode-languageserver';
import { namedBySegment, QualifiedSegments } from './qualified-segments.js';

/**
 * Highlight per name segment, like find references: the qualifier `SoftwareDeveloper` of
 * `SoftwareDeveloper.Programmeren` highlights the programme's name and all its uses.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultDocumentHighlightProvider`): `getDocumentHighlight` is the whole
 * request handler. Backed by `test/lsp/navigation.test.ts`.
 */
export class OfferingDocumentHighlightProvider extends DefaultDocumentHighlightProvider {

    protected readonly segments: QualifiedSegments;

    constructor(services: LangiumServices) {
        super(services);
        this.segments = new QualifiedSegments(this.references, services.shared.workspace.LangiumDocuments, services.parser.Lexer);
    }

    override getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const root = document.parseResult.value.$cstNode;
        const selected = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!selected) {
            return undefined;
        }
        const highlights: DocumentHighlight[] = [];
        for (const declaration of this.references.findDeclarations(selected)) {
            const target = namedBySegment(selected, declaration);
            const includeDeclaration = UriUtils.equals(AstUtils.getDocument(target).uri, document.uri);
            this.references.findReferences(target, { documentUri: document.uri, includeDeclaration })
                .forEach(reference => highlights.push(this.createDocumentHighlight(reference)));
            for (const use of this.segments.qualifierUses(target, { documentUri: document.uri })) highlights.push({ range: use.range });
        }
        return highlights;
    }
}
