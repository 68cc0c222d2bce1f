import type { URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { DefaultDocumentBuilder, DocumentState } from 'langium';

/**
 * Re-validates every document when any document changes. Langium re-links only documents whose
 * references point into a changed file, but Offering's rules reach further: a policy governs
 * programmes that never name it, and duplicate names and unused definitions depend on all files.
 * Re-validation (not re-linking) is cheap: links and reference indexes stay, only the checks
 * rerun, and they read shared indexes built once per workspace state.
 */
export class OfferingDocumentBuilder extends DefaultDocumentBuilder {

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        if (changed.length > 0 || deleted.length > 0) {
            for (const document of this.langiumDocuments.all) {
                if (document.state >= DocumentState.Validated) {
                    this.resetToState(document, DocumentState.IndexedReferences);
                }
            }
        }
        return super.update(changed, deleted, cancelToken);
    }
}
