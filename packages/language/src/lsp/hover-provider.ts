import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { DocumentationProvider } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isSize } from '../generated/ast.js';
import type { OfferingMessages } from '../i18n/messages.js';
import type { OfferingAddedServices } from '../offering-module.js';
import { resolveUnit } from '../model/sizes.js';
import { definitionFacts, definitionHeading } from './definition-facts.js';
import { glossaryEntryFor, glossaryMarkdown, glossaryValueEntry, LEVEL, PATHWAY } from '../vocabulary/glossary.js';

/**
 * Hover is the shared glossary: on a keyword (or a unit) it shows the concept from
 * glossary.ts; on a name or reference it shows the target's doc comment and key facts.
 * The language follows the client's locale (`Messages.locale`).
 *
 * Relies on (checked against Langium 4.4.0, `AstNodeHoverProvider`): `getHoverContent` is the request handler and
 * `getAstNodeHoverContent` is asked for the declaration found under the cursor. Backed by
 * `test/lsp/hover.test.ts` and `test/lsp/hover-language-server.test.ts`.
 */
export class OfferingHoverProvider extends AstNodeHoverProvider {

    protected readonly messages: OfferingMessages;
    protected readonly documentation: DocumentationProvider;

    constructor(services: LangiumServices & OfferingAddedServices) {
        super(services);
        this.messages = services.i18n.Messages;
        this.documentation = services.documentation.DocumentationProvider;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.offset + leaf.length <= offset) {
            return undefined;
        }
        const targets = this.references.findDeclarations(leaf);
        if (targets.length > 0) {
            const contents = await Promise.all(targets.map(target => this.getAstNodeHoverContent(target)));
            return markdown(contents.filter((text): text is string => !!text).join('\n\n---\n\n'));
        }
        return markdown(this.glossaryHover(leaf));
    }

    /** The glossary text for a keyword, or for a unit, level or pathway (names in the grammar, words of the vocabulary). */
    protected glossaryHover(leaf: CstNode): string | undefined {
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            const entry = glossaryEntryFor(leaf.grammarSource.value, leaf.astNode.$type);
            return entry && glossaryMarkdown(entry, this.messages.locale);
        }
        const feature = GrammarAST.isRuleCall(leaf.grammarSource) ? GrammarUtils.findAssignment(leaf)?.feature : undefined;
        const entry = isSize(leaf.astNode) && feature === 'unit' ? glossaryEntryFor(resolveUnit(leaf.text) ?? '', 'Size')
            : feature === 'level' || feature === 'levels' ? glossaryValueEntry(leaf.text, LEVEL)
            : feature === 'pathway' || feature === 'pathways' ? glossaryValueEntry(leaf.text, PATHWAY)
            : undefined;
        return entry && glossaryMarkdown(entry, this.messages.locale);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const locale = this.messages.locale;
        const parts = [definitionHeading(node, locale)];
        const doc = this.documentation.getDocumentation(node);
        if (doc) {
            parts.push(doc);
        }
        const facts = definitionFacts(node, locale);
        if (facts.length > 0) {
            parts.push(facts.map(fact => `- ${fact.label}: ${fact.value}`).join('\n'));
        }
        return parts.join('\n\n');
    }
}

function markdown(value: string | undefined): Hover | undefined {
    return value ? { contents: { kind: 'markdown', value } } : undefined;
}
