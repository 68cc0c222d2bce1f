import type { AstNode, LangiumCoreServices, LangiumDocument, ReferenceDescription } from 'langium';
import { AstUtils, Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck } from 'langium';
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
 * `createInfoDescriptions(refInfo)` per reference; only the per-node await differs.
 */
export class OfferingReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    private readonly limits: EditorLimits;

    constructor(services: LangiumCoreServices & { editor: { Limits: EditorLimits } }) {
        super(services);
        this.limits = services.editor.Limits;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        if (this.limits.isSyntaxOnly(document)) {
            return descriptions; // not linked: reading each reference would link them all
        }
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value) as Iterable<AstNode>) {
            if (++visited % NODES_PER_TURN === 0) {
                await interruptAndCheck(cancelToken);
            }
            AstUtils.streamReferences(node).forEach(refInfo => {
                if (!refInfo.reference.error) {
                    for (const description of this.createInfoDescriptions(refInfo)) descriptions.push(description);
                }
            });
        }
        return descriptions;
    }
}
