import type { AstNode, AstNodeDescription, LangiumDocument } from 'langium';
import { AstUtils, DefaultScopeComputation } from 'langium';
import { isCalendar, isDocument, isPeriod, isProgramme } from '../generated/ast.js';
import { qualifiedName } from './names.js';

/**
 * Exports every top-level definition by its name and the nested definitions that other
 * files may reference (periods, modules inside a programme) by their qualified name.
 * Local symbols keep Langium's default: a nested definition is visible by its simple
 * name inside its own container (a module by `Programmeren` inside its programme).
 *
 * Relies on (checked against Langium 4.4.0, `DefaultScopeComputation`; `test/language/langium-contract.test.ts`):
 * the index manager's `updateContent` stores what `collectExportedSymbols(document)` returns, and
 * the document builder's pre-check compares it before the build; Langium's `collectLocalSymbols`
 * files every named node under its container; `this.descriptions.createDescription(node, name,
 * document)` gives the node's type, path (`AstNodeLocator`) and document URI.
 */
export class OfferingScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return exports;
        }
        for (const definition of root.definitions) {
            this.exportNode(definition, exports, document);
            if (isCalendar(definition)) {
                AstUtils.streamAllContents(definition).filter(isPeriod).forEach(period => this.exportNode(period, exports, document));
            } else if (isProgramme(definition)) {
                definition.modules.forEach(module => this.exportNode(module, exports, document));
            }
        }
        return exports;
    }

    private exportNode(node: AstNode & { name?: string }, exports: AstNodeDescription[], document: LangiumDocument): void {
        const name = qualifiedName(node);
        if (name) {
            exports.push(this.descriptions.createDescription(node, name, document));
        }
    }
}
