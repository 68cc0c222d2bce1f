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

    /**
     * Langium's, except that a node being built is looked up in its container from the end (it is
     * the last child there): Langium's `indexOf` from the start made every comment in front of a
     * top-level definition cost the number of definitions before it (a 10 MB file with a doc
     * comment per programme spent 2.7 s here).
     */
    override addHiddenNodes(tokens: Parameters<CstNodeBuilder['addHiddenNodes']>[0]): void {
        const nodes: CstNode[] = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren((this as unknown as { rootNode: CompositeCstNode }).rootNode, 0, nodes);
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
    iterateRepetitionRecovery((parser as unknown as { wrapper: RecoveringParser }).wrapper);
    takeHiddenTokensInOrder(parser as unknown as HiddenTokenParser);
    return parser;
}

/** The part of Langium's parser (4.4) that hands the hidden tokens (comments) to the CST builder. */
interface HiddenTokenParser {
    lexerResult?: { hidden: Array<{ startOffset: number }> };
    extractHiddenTokens(token: { startOffset: number }): Array<{ startOffset: number }>;
    doParse(rule: unknown): unknown;
}

/**
 * Langium takes the comments in front of each token off the front of the list of all comments
 * with `splice(0, i)`, which moves every later comment: quadratic in the comments of a file
 * (1.7 s for the 35,000 doc comments of a 10 MB file). A cursor reads them in order instead, and
 * the comments after the last token are left in the list for Langium to add at the end, as before.
 */
function takeHiddenTokensInOrder(parser: HiddenTokenParser): void {
    let cursor = 0;
    parser.extractHiddenTokens = function (token) {
        const hidden = this.lexerResult!.hidden;
        let end = cursor;
        while (end < hidden.length && hidden[end]!.startOffset <= token.startOffset) {
            end++;
        }
        const taken = hidden.slice(cursor, end);
        cursor = end;
        return taken;
    };
    const doParse = parser.doParse;
    parser.doParse = function (rule) {
        cursor = 0;
        try {
            return doParse.call(this, rule);
        } finally {
            this.lexerResult?.hidden.splice(0, cursor);
            cursor = 0;
        }
    };
}

type Rule = (this: RecoveringParser, ...args: unknown[]) => unknown;

/** What Chevrotain's token matchers read of a token type. */
interface TokenTypeLike {
    tokenTypeIdx: number;
    isParent?: boolean;
    categoryMatchesMap?: Record<number, boolean>;
}

/** The part of Chevrotain's recognizer (13.x) that in-repetition recovery uses. */
interface RecoveringParser {
    RULE_STACK_IDX: number;
    currRuleShortName: number;
    tryInRepetitionRecovery(grammarRule: Rule, grammarRuleArgs: unknown[], lookAheadFunc: () => boolean, expectedTokType: unknown): void;
    findReSyncTokenType(): TokenTypeLike;
    flattenFollowSet(): TokenTypeLike[];
    tokenMatcher(token: { tokenTypeIdx: number }, tokenType: TokenTypeLike): boolean;
    LA(offset: number): { tokenTypeIdx: number };
}

const MATCHES_NOTHING: TokenTypeLike = { tokenTypeIdx: -1, isParent: false, categoryMatchesMap: {} };

/**
 * Chevrotain's in-repetition recovery skips to the next iteration of a repetition (`MANY`,
 * `AT_LEAST_ONE`, with or without separator) by calling the repetition again from inside the
 * recovery: one level of recursion (five stack frames) per error, so 2,000 consecutive malformed
 * definitions overflowed the stack. That call is the last thing the recovery and the repetition
 * do, a tail call, so it can run from a loop instead: the call is queued, the frames return,
 * and the loop in the outermost recovery of that same repetition runs it. A recovery of another
 * (nested) repetition is not a tail call of this one and gets a loop of its own.
 *
 * The recovery also first looked for the next token of the follow set from where it stood, to
 * know where to give up; at the top level that set is only the end of the file, so every error
 * scanned to the end: 100,000 errors took minutes. The recovery's own loop walks the same
 * tokens and stops at the first one it can re-enter at, so the follow-set token is now found as
 * that loop reaches it (`lazyResyncType`), with the same outcome.
 */
function iterateRepetitionRecovery(recognizer: RecoveringParser): void {
    const recover = recognizer.tryInRepetitionRecovery;
    /** The repetition whose re-entries the innermost loop runs. */
    let looping: { depth: number; ruleName: number; rule: Rule; occurrence: unknown } | undefined;
    let queued: (() => void) | undefined;
    recognizer.tryInRepetitionRecovery = function (this: RecoveringParser, rule, args, lookAhead, expected) {
        const self = this;
        const repetition = { depth: self.RULE_STACK_IDX, ruleName: self.currRuleShortName, rule, occurrence: args[0] };
        let reenter: (() => void) | undefined;
        self.findReSyncTokenType = () => lazyResyncType(self);
        try {
            recover.call(self, function (...again: unknown[]) {
                reenter = () => rule.apply(self, again);
            }, args, lookAhead, expected);
        } finally {
            delete (self as Partial<RecoveringParser>).findReSyncTokenType; // back to the prototype's
        }
        if (!reenter) {
            return;
        }
        if (looping && looping.depth === repetition.depth && looping.ruleName === repetition.ruleName
            && looping.rule === repetition.rule && looping.occurrence === repetition.occurrence) {
            queued = reenter; // a tail call of the repetition the loop below runs
            return;
        }
        const outer = looping;
        looping = repetition;
        queued = reenter;
        try {
            while (queued) {
                const next = queued;
                queued = undefined;
                next();
            }
        } finally {
            looping = outer;
            queued = undefined;
        }
    };
}

/**
 * A stand-in for Chevrotain's `findReSyncTokenType()` inside `tryInRepetitionRecovery`, where its
 * only use is `tokenMatcher(currentToken, resyncType)` on each token the loop reaches (always
 * `LA(1)`). It matches nothing until the loop reaches the first token of the follow set, and
 * from then on is that token's follow-set type: what Chevrotain computed up front.
 */
function lazyResyncType(recognizer: RecoveringParser): TokenTypeLike {
    let follow: TokenTypeLike[] | undefined;
    let found: TokenTypeLike | undefined;
    const current = (): TokenTypeLike => {
        if (!found) {
            const token = recognizer.LA(1);
            follow ??= recognizer.flattenFollowSet();
            found = follow.find(type => recognizer.tokenMatcher(token, type));
        }
        return found ?? MATCHES_NOTHING;
    };
    return {
        get tokenTypeIdx() { return current().tokenTypeIdx; },
        get isParent() { return current().isParent; },
        get categoryMatchesMap() { return current().categoryMatchesMap; },
    };
}
