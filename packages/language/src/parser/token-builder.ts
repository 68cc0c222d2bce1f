import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder } from 'langium';

/** STRING as the grammar writes it: one regex group per character. */
export const GRAMMAR_STRING = /"(\\.|[^"\\\r\n])*"/;
/**
 * The same strings ("unrolled loop": runs of plain characters between escapes). The grammar's
 * form makes the regex engine recurse once per character, so a string of about 4 million
 * characters overflowed the stack and the file could not be read at all.
 */
export const UNROLLED_STRING = /"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"/;

/**
 * Langium's tokens for the grammar, with STRING matched by an equivalent regex that does not recurse.
 * Relies on (checked against Langium 4.4.0, `DefaultTokenBuilder`): every terminal becomes a token through
 * `buildTerminalToken`, with the grammar's regex as its `PATTERN`. Backed by
 * `test/language/langium-contract-parser-lsp.test.ts`.
 */
export class OfferingTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule) {
        const token = super.buildTerminalToken(terminal);
        // Only while the grammar still says what UNROLLED_STRING is equivalent to.
        if (terminal.name === 'STRING' && token.PATTERN instanceof RegExp && token.PATTERN.source === GRAMMAR_STRING.source) {
            token.PATTERN = UNROLLED_STRING;
        }
        return token;
    }
}
