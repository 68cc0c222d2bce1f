import type { AstNode, LangiumDocument } from 'langium';
import { Cancellation, DefaultLinker, interruptAndCheck } from 'langium';
import { NodeReferences, pushChildren } from './ast-walk.js';
import { NODES_PER_TURN } from './reference-descriptions.js';
import type { LangiumCoreServices } from 'langium';
import type { EditorLimits } from '../workspace/editor-limits.js';

/**
 * Langium's linker, except that a document the editor checks for syntax only (see
 * `EditorLimits`) is not linked up front. Its references still resolve one by one when a
 * feature reads them (Langium links a reference lazily on `ref`). And the loop awaits once per
 * NODES_PER_TURN nodes, not once per node, and walks without a stream per node (`ast-walk.ts`):
 * Langium's promise, stream and keys array per AST node were the linker's largest allocations.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultLinker`): `link(document)` is the build's linking step, and a
 * reference left unlinked resolves itself on its first `ref`. Backed by `test/lsp/syntax-only.test.ts`.
 * Langium's `link` (without its profiler) is `doLink(refInfo, document)` for every reference of
 * `streamAst` in `streamReferences` order, with an `interruptAndCheck` per node; the order here
 * is the same (`test/language/langium-contract.test.ts`).
 */
export class OfferingLinker extends DefaultLinker {
    private readonly limits: EditorLimits;
    private readonly references: NodeReferences;

    constructor(services: LangiumCoreServices & { editor: { Limits: EditorLimits } }) {
        super(services);
        this.limits = services.editor.Limits;
        this.references = new NodeReferences(services.shared.AstReflection);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.limits.isSyntaxOnly(document)) {
            return;
        }
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        let visited = 0;
        const stack: AstNode[] = [document.parseResult.value];
        for (let node = stack.pop(); node; node = stack.pop()) {
            if (++visited % NODES_PER_TURN === 0) {
                await interruptAndCheck(cancelToken);
            }
            this.references.forEach(node, refInfo => this.doLink(refInfo, document));
            pushChildren(node, stack);
        }
    }
}
