import type { LangiumDocument } from 'langium';

/**
 * Above this many characters of text (about as many bytes), a document open in the editor gets
 * syntax checks only: it is parsed and its names are known to the other files, but it is not
 * linked, indexed for references or validated. A 10 MB document cost 14.5 s and 1.9 GB per edit
 * with every check; see docs/reliability.md for the figures that set the limit. The CLI has no
 * such limit (it checks files up to its own input cap).
 */
export const SYNTAX_ONLY_CHARACTERS = 2 * 1024 * 1024;

/** The code of the notice on such a document (an information, not an issue of the offering). */
export const SYNTAX_ONLY_CODE = 'offering.editor.syntax-only';

/** Which documents get only syntax checks. Off unless set: the language server sets it. */
export class EditorLimits {
    /** Undefined: every document gets every check. */
    syntaxOnlyAbove: number | undefined;

    isSyntaxOnly(document: LangiumDocument): boolean {
        return this.syntaxOnlyAbove !== undefined && textLength(document) > this.syntaxOnlyAbove;
    }
}

export function textLength(document: LangiumDocument): number {
    return document.parseResult.value.$cstNode?.root.fullText.length ?? document.textDocument.getText().length;
}
