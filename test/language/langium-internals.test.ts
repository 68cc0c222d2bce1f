// The Langium and Chevrotain internals that the robustness fixes of issue 14 patch or replace
// (their doc comments name them). If an upgrade renames one, the patch would silently stop
// applying; this fails instead. The behaviour itself is pinned by the robustness tests.
import { CstNodeBuilder, DefaultDocumentValidator, DefaultLangiumDocumentFactory, DefaultWorkspaceManager, EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';

const services = createOfferingServices(EmptyFileSystem).Offering;
const parser = services.parser.LangiumParser as unknown as Record<string, unknown> & { wrapper: Record<string, unknown> };

describe('internals the parser fixes use (parser/parser.ts)', () => {
    test('Langium\'s parser: the Chevrotain wrapper, the hidden-token hand-over and the lexer result', () => {
        expect(typeof parser.wrapper).toBe('object');
        // Patched on the instance: the instance's own functions, the prototype's still there.
        expect(Object.hasOwn(parser, 'extractHiddenTokens') && Object.hasOwn(parser, 'doParse')).toBe(true);
        const prototype = Object.getPrototypeOf(parser) as Record<string, unknown>;
        expect([typeof prototype.extractHiddenTokens, typeof prototype.doParse]).toEqual(['function', 'function']);
        services.parser.LangiumParser.parse('board B // c\n');
        expect(parser.lexerResult).toBeUndefined(); // set during a parse only
    });

    test('Chevrotain\'s recognizer: in-repetition recovery and what it reads', () => {
        const wrapper = parser.wrapper;
        expect(Object.hasOwn(wrapper, 'tryInRepetitionRecovery')).toBe(true);
        for (const member of ['findReSyncTokenType', 'flattenFollowSet', 'tokenMatcher', 'LA']) {
            expect(typeof wrapper[member], member).toBe('function');
        }
        expect([typeof wrapper.RULE_STACK_IDX, typeof wrapper.currRuleShortName]).toEqual(['number', 'number']);
    });

    test('Langium\'s CST builder: addHiddenNodes, createLeafNode and the root node field', () => {
        const builder = new CstNodeBuilder() as unknown as Record<string, unknown> & { buildRootNode(text: string): unknown };
        expect([typeof builder.addHiddenNodes, typeof builder.createLeafNode]).toEqual(['function', 'function']);
        const root = builder.buildRootNode('x');
        expect(builder.rootNode).toBe(root);
    });
});

describe('internals the server fixes use', () => {
    test('the workspace manager loads the listed files through loadWorkspaceDocuments', () => {
        expect(typeof (DefaultWorkspaceManager.prototype as unknown as Record<string, unknown>).loadWorkspaceDocuments).toBe('function');
    });

    test('the document factory re-reads a changed file through getUpdatedText', () => {
        expect(typeof (DefaultLangiumDocumentFactory.prototype as unknown as Record<string, unknown>).getUpdatedText).toBe('function');
    });

    test('the document validator reports lexer and parser errors through its process methods', () => {
        const prototype = DefaultDocumentValidator.prototype as unknown as Record<string, unknown>;
        expect(['processLexingErrors', 'processParsingErrors', 'processLinkingErrors', 'validateAst', 'getSource'].map(name => typeof prototype[name]))
            .toEqual(['function', 'function', 'function', 'function', 'function']);
    });
});
