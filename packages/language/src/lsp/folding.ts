import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { FoldingRangeKind } from 'vscode-languageserver';

/**
 * Folds what a reader wants to collapse: the body of every definition or offering
 * (`{` ... `}`, keeping the header and the closing brace visible) and block comments
 * of two lines or more.
 */
export class OfferingFoldingRangeProvider implements FoldingRangeProvider {

    getFoldingRanges(document: LangiumDocument, _params: FoldingRangeParams): MaybePromise<FoldingRange[]> {
        const root = document.parseResult?.value;
        if (!root?.$cstNode) {
            return [];
        }
        const foldings: FoldingRange[] = [];
        for (const node of AstUtils.streamAllContents(root)) {
            const body = this.body(node);
            if (body) {
                foldings.push(body);
            }
        }
        for (const leaf of CstUtils.flattenCst(root.$cstNode)) {
            if (leaf.tokenType.name === 'ML_COMMENT' && leaf.range.end.line > leaf.range.start.line) {
                foldings.push({ startLine: leaf.range.start.line, endLine: leaf.range.end.line, kind: FoldingRangeKind.Comment });
            }
        }
        return foldings.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
    }

    protected body(node: AstNode): FoldingRange | undefined {
        const open = node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
        const close = node.$cstNode && GrammarUtils.findNodesForKeyword(node.$cstNode, '}').pop();
        if (!open || !close) {
            return undefined;
        }
        // Fold from the header line up to the line before the closing brace.
        const startLine = open.range.start.line;
        const endLine = close.range.start.line - 1;
        return endLine > startLine ? { startLine, endLine } : undefined;
    }
}
