// The Langium behaviour the parser-layer overrides and the document update handler rely on (their
// doc comments list it), and a check that every override in the package names the Langium version
// it was checked against. A Langium upgrade that changes one of these fails here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CstNode, GrammarAST, ValueType } from 'langium';
import { CstNodeBuilder, createLangiumParser, DefaultTokenBuilder, EmptyFileSystem } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Document, Programme } from '../../packages/language/src/generated/ast.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { OfferingCstNodeBuilder } from '../../packages/language/src/parser/parser.js';
import { GRAMMAR_STRING, UNROLLED_STRING } from '../../packages/language/src/parser/token-builder.js';
import { OfferingValueConverter } from '../../packages/language/src/parser/value-converter.js';

const CHECKED_AGAINST = '4.4.0';
const SOURCE = path.resolve(__dirname, '../../packages/language/src');

afterEach(() => vi.restoreAllMocks());

function sourceFiles(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
        return entry.name.endsWith('.ts') ? [full] : [];
    });
}

describe('every Langium override', () => {
    test(`names the Langium version it was checked against (${CHECKED_AGAINST})`, () => {
        const overriding = sourceFiles(SOURCE).filter(file => /\boverride\b/.test(fs.readFileSync(file, 'utf8')));
        const silent = overriding.filter(file => !fs.readFileSync(file, 'utf8').includes(`checked against Langium ${CHECKED_AGAINST}`));
        expect(overriding.length).toBeGreaterThan(15);
        expect(silent.map(file => path.relative(SOURCE, file))).toEqual([]);
    });
});

describe('parser/', () => {
    const services = createOfferingServices(EmptyFileSystem).Offering;

    test('Langium\'s parser keeps its CST builder in the field `nodeBuilder`, which ours replaces', () => {
        const plain = createLangiumParser(services) as unknown as { nodeBuilder: unknown };
        expect(plain.nodeBuilder).toBeInstanceOf(CstNodeBuilder);
        expect((services.parser.LangiumParser as unknown as { nodeBuilder: unknown }).nodeBuilder).toBeInstanceOf(OfferingCstNodeBuilder);
    });

    test('comments reach the CST through appendChildren or insertChildren', () => {
        const append = vi.spyOn(OfferingCstNodeBuilder.prototype, 'appendChildren');
        const insert = vi.spyOn(OfferingCstNodeBuilder.prototype, 'insertChildren');
        const result = services.parser.LangiumParser.parse<Document>('// one\n// two\ncharacteristic Versneld\n// three\n');
        expect(result.parserErrors).toEqual([]);
        const comments = (calls: Array<unknown[]>) => calls.flatMap(call => call[call.length - 1] as CstNode[]).filter(node => node.text.startsWith('//'));
        expect([...comments(append.mock.calls), ...comments(insert.mock.calls)].map(node => node.text).sort()).toEqual(['// one', '// three', '// two']);
    });

    test('DefaultTokenBuilder gives STRING the grammar\'s regex, which ours swaps for the unrolled one', () => {
        const plain = new DefaultTokenBuilder().buildTokens(services.Grammar) as Array<{ name: string; PATTERN: unknown }>;
        const string = plain.find(token => token.name === 'STRING');
        expect((string?.PATTERN as RegExp).source).toBe(GRAMMAR_STRING.source);
        const ours = services.parser.TokenBuilder.buildTokens(services.Grammar) as Array<{ name: string; PATTERN: unknown }>;
        expect((ours.find(token => token.name === 'STRING')?.PATTERN as RegExp).source).toBe(UNROLLED_STRING.source);
    });

    test('a NUMBER inside the Code data type rule goes through runConverter with the rule call as its container\'s grammar source', () => {
        const calls: Array<{ rule: string; parent: string | undefined; input: string }> = [];
        const original = OfferingValueConverter.prototype['runConverter'];
        vi.spyOn(OfferingValueConverter.prototype as unknown as { runConverter: (...args: unknown[]) => ValueType }, 'runConverter')
            .mockImplementation(function (this: OfferingValueConverter, ...args: unknown[]) {
                const [rule, input, cstNode] = args as [GrammarAST.AbstractRule, string, CstNode];
                const parent = cstNode.container?.grammarSource as { rule?: { ref?: { name?: string } } } | undefined;
                calls.push({ rule: rule.name, parent: parent?.rule?.ref?.name, input });
                return (original as (...a: unknown[]) => ValueType).apply(this, args);
            });
        const fresh = createOfferingServices(EmptyFileSystem).Offering;
        const result = fresh.parser.LangiumParser.parse<Document>('programme P "P" { crebo 02174 }\n');
        expect(result.parserErrors).toEqual([]);
        expect(calls).toContainEqual({ rule: 'NUMBER', parent: 'Code', input: '02174' });
        expect((result.value.definitions[0] as Programme).codes.map(code => code.value)).toEqual(['02174']);
    });
});

describe('lsp/document-update-handler.ts', () => {
    test('Langium\'s handler has no didCloseDocument: ours is the only close handling', () => {
        expect((DefaultDocumentUpdateHandler.prototype as unknown as Record<string, unknown>).didCloseDocument).toBeUndefined();
    });

    test('a content change is reported through fireDocumentUpdate(changed, deleted)', () => {
        const { shared } = createOfferingServices(EmptyFileSystem);
        const handler = shared.lsp.DocumentUpdateHandler as unknown as { fireDocumentUpdate: (changed: unknown[], deleted: unknown[]) => void; didChangeContent: (change: unknown) => void };
        const fire = vi.spyOn(handler, 'fireDocumentUpdate').mockImplementation(() => undefined);
        handler.didChangeContent({ document: TextDocument.create('memory:/a.offering', 'offering', 1, 'board B') });
        expect(fire.mock.calls.map(([changed, deleted]) => [(changed as Array<{ toString(): string }>).map(String), deleted])).toEqual([[['memory:/a.offering'], []]]);
    });
});
