import type { LangiumDocument, LeafCstNode } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultReferencesProvider } from 'langium/lsp';
import type { Location, ReferenceParams } from 'vscode-languageserver';
import { namedBySegment, QualifiedSegments } from './qualified-segments.js';

/**
 * Find references per name segment: on `SoftwareDeveloper` in `SoftwareDeveloper.Programmeren`
 * it finds the programme's references, and a programme's (calendar's) references include the
 * qualifiers of its modules' (periods') qualified names.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultReferencesProvider`): `getReferences` gets the leaf CST node under
 * the cursor and returns the request's result. Backed by `test/lsp/navigation.test.ts`.
 */
export class OfferingReferencesProvider extends DefaultReferencesProvider {

    protected readonly segments: QualifiedSegments;

    constructor(services: LangiumServices) {
        super(services);
        this.segments = new QualifiedSegments(this.references, services.shared.workspace.LangiumDocuments, services.parser.Lexer);
    }

    protected override getReferences(selectedNode: LeafCstNode, params: ReferenceParams, _document: LangiumDocument): Location[] {
        const locations: Location[] = [];
        for (const declaration of this.references.findDeclarations(selectedNode)) {
            const target = namedBySegment(selectedNode, declaration);
            this.references.findReferences(target, { includeDeclaration: params.context.includeDeclaration }).forEach(reference => {
                locations.push({ uri: reference.sourceUri.toString(), range: reference.segment.range });
            });
            // One by one: a spread into push() throws above about 125,000 arguments.
            for (const use of this.segments.qualifierUses(target)) locations.push(use);
        }
        return locations;
    }
}
