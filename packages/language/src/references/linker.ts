import type { LangiumDocument } from 'langium';
import { Cancellation, DefaultLinker } from 'langium';
import type { LangiumCoreServices } from 'langium';
import type { EditorLimits } from '../workspace/editor-limits.js';

/**
 * Langium's linker, except that a document the editor checks for syntax only (see
 * `EditorLimits`) is not linked up front. Its references still resolve one by one when a
 * feature reads them (Langium links a reference lazily on `ref`).
 *
 * Relies on (checked against Langium 4.4.0, `DefaultLinker`): `link(document)` is the build's linking step, and a
 * reference left unlinked resolves itself on its first `ref`. Backed by `test/lsp/syntax-only.test.ts`.
 */
export class OfferingLinker extends DefaultLinker {
    private readonly limits: EditorLimits;

    constructor(services: LangiumCoreServices & { editor: { Limits: EditorLimits } }) {
        super(services);
        this.limits = services.editor.Limits;
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.limits.isSyntaxOnly(document)) {
            return;
        }
        return super.link(document, cancelToken);
    }
}
