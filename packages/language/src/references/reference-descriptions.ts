import type { AstNode, AstNodeDescription, CstNode, DocumentSegment, LangiumCoreServices, LangiumDocument, ReferenceDescription, ReferenceInfo, URI } from 'langium';
import { AstUtils, Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isMultiReference, isReference, UriUtils } from 'langium';
import { NodeReferences, pushChildren } from './ast-walk.js';
import type { EditorLimits } from '../workspace/editor-limits.js';

/**
 * Give other work a turn (and honour cancellation) after this many nodes, not after every node.
 * Shared by reference indexing and validation; it lives here, the lower layer, so that
 * references/ never imports validation/.
 */
export const NODES_PER_TURN = 500;

/**
 * Langium's reference descriptions (the index of who refers to what), built in a tight loop:
 * Langium awaits once per AST node, which for a large workspace costs more than the
 * descriptions themselves.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultReferenceDescriptionProvider`;
 * `test/language/langium-contract.test.ts`): Langium's `createDescriptions` is this loop over
 * `AstUtils.streamAst` and `streamReferences`, skipping references with an error, with one
 * `createInfoDescriptions(refInfo)` per reference; only the per-node await differs, and the
 * walk and a node's references come from `ast-walk.ts` (the same order, no stream per node).
 * A description's `segment` (where the reference is written) is computed when read, as for
 * node descriptions (`node-descriptions.ts`): most are never read, and each was four objects;
 * Langium's `createInfoDescriptions` is otherwise the same (`test/language/node-descriptions.test.ts`
 * compares the two).
 */
export class OfferingReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    private readonly limits: EditorLimits;
    private readonly references: NodeReferences;

    constructor(services: LangiumCoreServices & { editor: { Limits: EditorLimits } }) {
        super(services);
        this.limits = services.editor.Limits;
        this.references = new NodeReferences(services.shared.AstReflection);
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        if (this.limits.isSyntaxOnly(document)) {
            return descriptions; // not linked: reading each reference would link them all
        }
        let visited = 0;
        const stack: AstNode[] = [document.parseResult.value];
        for (let node = stack.pop(); node; node = stack.pop()) {
            if (++visited % NODES_PER_TURN === 0) {
                await interruptAndCheck(cancelToken);
            }
            this.references.forEach(node, refInfo => this.addInfoDescriptions(refInfo, descriptions));
            pushChildren(node, stack);
        }
        return descriptions;
    }

    private addInfoDescriptions(refInfo: ReferenceInfo, descriptions: ReferenceDescription[]): void {
        if (!refInfo.reference.error) {
            for (const description of this.createInfoDescriptions(refInfo)) descriptions.push(description);
        }
    }

    protected override createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[] {
        const reference = refInfo.reference;
        const refNode = reference.$refNode;
        if (reference.error || !refNode) {
            return [];
        }
        let targets: AstNodeDescription[] = [];
        if (isReference(reference) && reference.$nodeDescription) {
            targets = [reference.$nodeDescription];
        } else if (isMultiReference(reference)) {
            targets = reference.items.map(item => item.$nodeDescription).filter(item => item !== undefined);
        }
        const sourceUri = AstUtils.getDocument(refInfo.container).uri;
        const sourcePath = this.nodeLocator.getAstNodePath(refInfo.container);
        return targets.map(target => new ReferenceAt(sourceUri, sourcePath, target.documentUri, target.path, UriUtils.equals(target.documentUri, sourceUri), refNode));
    }
}

class ReferenceAt implements ReferenceDescription {
    private segmentCache: DocumentSegment | undefined = undefined;

    constructor(
        readonly sourceUri: URI,
        readonly sourcePath: string,
        readonly targetUri: URI,
        readonly targetPath: string,
        readonly local: boolean,
        private readonly refNode: CstNode,
    ) { }

    get segment(): DocumentSegment {
        return this.segmentCache ??= CstUtils.toDocumentSegment(this.refNode);
    }
}
