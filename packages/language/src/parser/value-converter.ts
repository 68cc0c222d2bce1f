import type { CstNode, ValueType } from 'langium';
import { DefaultValueConverter, GrammarAST } from 'langium';

/** Data type rules whose value is the text as written (codes, levels). */
const TEXT_RULES = new Set(['Code', 'LevelValue']);

/**
 * Keeps codes and levels exactly as written. By default a NUMBER token inside a data type
 * rule is converted to a number and back, so crebo `02174` became `2174` and level `3.0`
 * became `3`: data loss in the catalogue (found by the round-trip property tests).
 *
 * Relies on (checked against Langium 4.4.0, `DefaultValueConverter`): each token of a data type rule is converted by
 * `runConverter` with its terminal rule and its CST node, whose container's grammar source is
 * the rule call. Backed by `test/language/langium-contract-parser-lsp.test.ts`.
 */
export class OfferingValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        const parent = cstNode.container?.grammarSource;
        if (rule.name === 'NUMBER' && GrammarAST.isRuleCall(parent) && TEXT_RULES.has(parent.rule.ref?.name ?? '')) {
            return input;
        }
        return super.runConverter(rule, input, cstNode);
    }
}
