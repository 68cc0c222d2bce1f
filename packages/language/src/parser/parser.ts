import type { CompositeCstNode, CstNode, LangiumCoreServices, LangiumParser } from 'langium';
import { CstNodeBuilder, createLangiumParser } from 'langium';

/**
 * Langium's CST builder adds the comments in front of a token with `splice(index, 0, ...nodes)`
 * and `push(...nodes)`: one function argument per comment, so about 122,000 comments in a row
 * (a 370 KB file of `//` lines) overflowed the stack and the file could not be parsed at all.
 * The same insertions without spreading the nodes into arguments.
 *
 * Relies on (checked against Langium 4.4.0, `CstNodeBuilder`, `LangiumParser`): comments go into the CST through
 * `appendChildren`/`insertChildren`, and the parser keeps its builder in the private field
 * `nodeBuilder`. Backed by `test/language/langium-contract-parser-lsp.test.ts`.
 */
export class OfferingCstNodeBuilder extends CstNodeBuilder {
    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        if (parent.content.length === 0) {
            super.appendChildren(parent, children); // copies the array, no spread
            return;
        }
        const content = parent.content as CstNode[];
        for (const child of children) {
            (child as { container?: CompositeCstNode }).container = parent;
            content.push(child);
        }
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        for (const child of children) {
            (child as { container?: CompositeCstNode }).container = parent;
        }
        const content = parent.content as CstNode[];
        const after = content.splice(index);
        for (const node of children) content.push(node);
        for (const node of after) content.push(node);
    }
}

/** Langium's parser for the grammar, building its CST with OfferingCstNodeBuilder. */
export function createOfferingParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    // The builder is a private field without a hook; replacing it is the only way in.
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new OfferingCstNodeBuilder();
    return parser;
}
