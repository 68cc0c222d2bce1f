import type { AstNode, AstNodeDescription, DocumentSegment, LangiumDocument, NameProvider, URI } from 'langium';
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider } from 'langium';

/**
 * Descriptions of named nodes (the index's exports, every document's local symbols) as
 * instances of one class: Langium's object literal with a getter ends up as a dictionary-mode
 * object plus two closures and a context (about 550 bytes each, some 57,000 of them at 100k
 * lines), and it computes the node's whole range (`selectionSegment`) up front, which nothing
 * in Offering reads. Both segments are computed when read, the name's once.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultAstNodeDescriptionProvider`;
 * `test/language/node-descriptions.test.ts`): a description is the node, its name (from the
 * name provider unless given), type, document URI and path (`AstNodeLocator`); `nameSegment`
 * is the name node's segment, or the node's when it has no name node.
 */
export class OfferingAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        const path = this.astNodeLocator.getAstNodePath(node);
        const named = name ?? this.nameProvider.getName(node);
        if (!named) {
            throw new Error(`Node at path ${path} has no name.`);
        }
        return new NodeDescription(node, named, uri, path, this.nameProvider);
    }
}

class NodeDescription implements AstNodeDescription {
    readonly type: string;
    private nameSegmentCache: DocumentSegment | undefined = undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        readonly path: string,
        private readonly names: NameProvider,
    ) {
        this.type = node.$type;
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.nameSegmentCache ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}
