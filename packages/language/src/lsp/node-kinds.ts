import type { AstNode, AstNodeDescription } from 'langium';
import { isAstNode } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import type { SymbolKind } from 'vscode-languageserver';
import { SYMBOL_KINDS } from './document-symbols.js';

/**
 * Symbol kinds for workspace symbols, the same as in the outline (completion kinds stay Langium's).
 * Relies on (checked against Langium 4.4.0, `DefaultNodeKindProvider`): workspace symbols take their kind from
 * `getSymbolKind`, given a node or its description. Backed by `test/lsp/symbols.test.ts`.
 */
export class OfferingNodeKindProvider extends DefaultNodeKindProvider {

    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        const type = isAstNode(node) ? node.$type : node.type;
        return SYMBOL_KINDS[type] ?? super.getSymbolKind(node);
    }
}
