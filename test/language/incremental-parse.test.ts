// The document factory re-parses only the top-level definitions an edit touches
// (`parser/incremental-parser.ts`). After any sequence of edits, the edited document must be
// what a full parse and a build from scratch give: the AST, every CST node's offsets and ranges,
// the diagnostics of every file, the links and the formatter's output.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, EmptyFileSystem, URI, isMultiReference, isReference } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingDocumentFactory } from '../../packages/language/src/workspace/document-factory.js';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';

const EXAMPLE = path.resolve(__dirname, '../../examples/mbo-college');
const ORIGINAL: Record<string, string> = Object.fromEntries(fs.readdirSync(EXAMPLE).filter(f => f.endsWith('.offering')).sort()
    .map(file => [file, fs.readFileSync(path.join(EXAMPLE, file), 'utf-8')]));
const FILES = Object.keys(ORIGINAL);

/** Pieces typed at a random place: most keep the file parseable, some break it (a full parse then). */
const TYPED = ['x', '7', ' ', '\n', '\r\n', '"', '{', '}', '// note\n', '/* c */', '\n\n', 'programme', '..', '\t'];
const BLOCK_START = /^[a-z]+ [A-Z]/gm;

type Edit =
    | { kind: 'type'; file: number; at: number; piece: number }
    | { kind: 'title' | 'comment' | 'number' | 'join' | 'after-brace'; file: number; at: number }
    | { kind: 'delete'; file: number; at: number; length: number }
    | { kind: 'move-block' | 'duplicate-block' | 'delete-block'; file: number; at: number; to: number }
    | { kind: 'revert'; file: number };

const file = fc.nat(FILES.length - 1);
const at = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('type' as const), file, at, piece: fc.nat(TYPED.length - 1) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constantFrom('title' as const, 'comment' as const, 'number' as const), file, at }), weight: 5 },
    { arbitrary: fc.record({ kind: fc.constantFrom('join' as const, 'after-brace' as const), file, at }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), file, at, length: fc.integer({ min: 1, max: 30 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constantFrom('move-block' as const, 'duplicate-block' as const, 'delete-block' as const), file, at, to: at }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('revert' as const), file }), weight: 1 },
);

function apply(text: string, edit: Edit, original: string): string {
    switch (edit.kind) {
        case 'revert':
            return original;
        case 'type': {
            const index = Math.floor(edit.at * (text.length + 1));
            return text.slice(0, index) + TYPED[edit.piece]! + text.slice(index);
        }
        case 'title':
        case 'comment':
        case 'number': {
            // Keystrokes that keep the file parseable: in a string, a comment line, a digit.
            const pattern = edit.kind === 'title' ? /"[^"\n]*"/g : edit.kind === 'comment' ? /\n/g : /\d/g;
            const matches = [...text.matchAll(pattern)];
            if (matches.length === 0) return text;
            const match = matches[Math.floor(edit.at * matches.length)]!;
            const index = match.index! + (edit.kind === 'title' ? 1 : 0);
            const by = edit.kind === 'title' ? 'x' : edit.kind === 'comment' ? '\n// note' : String((Number(match[0]) + 3) % 10);
            return text.slice(0, index) + by + text.slice(index + (edit.kind === 'number' ? 1 : 0));
        }
        case 'join':
            // Every definition after a brace on the line where that brace is: columns there move, not only lines.
            return text.replace(/(?<=\})\s+(?=[a-z]+ [A-Z])/g, ' ');
        case 'after-brace': {
            const matches = [...text.matchAll(/\}/g)];
            if (matches.length === 0) return text;
            const index = matches[Math.floor(edit.at * matches.length)]!.index! + 1;
            return `${text.slice(0, index)} /* c */${text.slice(index)}`;
        }
        case 'delete': {
            const index = Math.floor(edit.at * text.length);
            return text.slice(0, index) + text.slice(index + edit.length);
        }
        default: {
            // A whole top-level definition: from one line starting with a keyword and a name to the next.
            const starts = [...text.matchAll(BLOCK_START)].map(match => match.index!);
            if (starts.length === 0) return text;
            const i = Math.floor(edit.at * starts.length);
            const block = text.slice(starts[i]!, starts[i + 1] ?? text.length);
            const rest = text.slice(0, starts[i]!) + text.slice(starts[i]! + block.length);
            if (edit.kind === 'delete-block') return rest;
            if (edit.kind === 'duplicate-block') return text.slice(0, starts[i]!) + block + text.slice(starts[i]!);
            const others = [...rest.matchAll(BLOCK_START)].map(match => match.index!);
            const index = others.length === 0 ? rest.length : others[Math.floor(edit.to * others.length)]!;
            return rest.slice(0, index) + block + rest.slice(index);
        }
    }
}

/** The AST and CST of a document, node by node, with nodes named by their place in the walk. */
function dump(document: LangiumDocument, services: OfferingServices): string[] {
    const root = document.parseResult.value;
    const ids = new Map<AstNode, number>();
    for (const node of AstUtils.streamAst(root)) ids.set(node, ids.size);
    const locator = services.workspace.AstNodeLocator;
    const cst = (node: CstNode | undefined) => node ? `cst ${node.offset}+${node.length}` : 'none';
    const show = (value: unknown): string => {
        if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
        if (isReference(value) || isMultiReference(value)) return `ref ${value.$refText} at ${cst(value.$refNode)}`;
        if (value && typeof value === 'object' && '$type' in value) return `#${ids.get(value as AstNode)}`;
        if (value && typeof value === 'object' && 'offset' in value) return cst(value as CstNode);
        if (value && typeof value === 'object' && 'uri' in value) return 'document';
        return JSON.stringify(value) ?? 'undefined';
    };
    const lines = [...AstUtils.streamAst(root)].map(node => Object.entries(node).map(([key, value]) => `${key}=${show(value)}`).join(' '));
    for (const node of CstUtils.streamCst(root.$cstNode!)) {
        const { start, end } = node.range;
        lines.push(`${node.constructor.name} ${node.offset}+${node.length} ${start.line}:${start.character}-${end.line}:${end.character}`
            + ` ${node.hidden} ${'tokenType' in node ? (node.tokenType as { name: string }).name : ''}`
            + ` ${node.grammarSource ? locator.getAstNodePath(node.grammarSource) : ''} #${ids.get(node.astNode)} ${node.container ? cst(node.container) : 'root'}`);
    }
    lines.push(`parser errors ${document.parseResult.parserErrors.length}, lexer errors ${document.parseResult.lexerErrors.length}`);
    return lines;
}

/** Every link of a document: its text, where it is and what it resolved to. */
function links(workspace: TestWorkspace, name: string): string[] {
    const document = workspace.documents.get(name)!;
    const locator = workspace.services.workspace.AstNodeLocator;
    return document.references.map(reference => {
        const target = 'ref' in reference ? reference.ref : undefined;
        return `${reference.$refText} at ${reference.$refNode?.offset} -> ${target ? `${AstUtils.getDocument(target).uri.path}${locator.getAstNodePath(target)}` : reference.error?.message}`;
    });
}

async function formatted(workspace: TestWorkspace, name: string): Promise<string> {
    const document = workspace.documents.get(name)!;
    const edits = await workspace.services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

async function update(workspace: TestWorkspace, name: string, text: string, version: number): Promise<void> {
    const uri = URI.parse(`memory:///${name}`);
    workspace.services.shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'offering', version, text));
    await workspace.services.shared.workspace.DocumentBuilder.update([uri], []);
}

function statsOf(workspace: TestWorkspace) {
    return (workspace.services.shared.workspace.LangiumDocumentFactory as OfferingDocumentFactory).reparseStats;
}

describe('incremental parsing equals a full parse', () => {
    test('after every edit of a seeded sequence over examples/mbo-college', async () => {
        let incremental = 0;
        let total = 0;
        await fc.assert(fc.asyncProperty(fc.array(editArbitrary, { minLength: 1, maxLength: 5 }), async edits => {
            const texts = { ...ORIGINAL };
            const workspace = await buildWorkspace(texts);
            let version = 1;
            for (const edit of edits) {
                const name = FILES[edit.file]!;
                texts[name] = apply(texts[name]!, edit, ORIGINAL[name]!);
                await update(workspace, name, texts[name]!, ++version);
                total++;
                const scratch = await buildWorkspace(texts);
                expect(dump(workspace.documents.get(name)!, workspace.services)).toEqual(dump(scratch.documents.get(name)!, scratch.services));
                expect(workspace.diagnostics()).toEqual(scratch.diagnostics());
                for (const other of FILES) expect(links(workspace, other)).toEqual(links(scratch, other));
                expect(await formatted(workspace, name)).toBe(await formatted(scratch, name));
            }
            incremental += statsOf(workspace).incremental;
        }), { seed: Number(process.env.INCREMENTAL_SEED ?? 20261207), numRuns: Number(process.env.INCREMENTAL_RUNS ?? 10) });
        // The property is about the incremental path: most of those edits must have taken it.
        expect(incremental * 2).toBeGreaterThan(total);
    }, 120_000);

    test('definitions that share lines: every column after the edit on its line moves', async () => {
        const name = 'ict.offering';
        const joined = apply(apply(ORIGINAL[name]!, { kind: 'join', file: 0, at: 0 }, ''), { kind: 'after-brace', file: 0, at: 0.5 }, '');
        const workspace = await buildWorkspace({ ...ORIGINAL, [name]: joined });
        // Layout typed in front of a brace that a definition follows on the same line.
        const boundaries = [...joined.matchAll(/\} (?=[a-z]+ [A-Z])/g)].map(match => match.index!);
        expect(boundaries.length).toBeGreaterThan(2);
        let version = 1;
        for (const at of [boundaries[0]!, boundaries[boundaries.length - 1]!]) {
            for (const typed of ['  ', '\n', '\r\n   ']) {
                const edited = joined.slice(0, at) + typed + joined.slice(at);
                await update(workspace, name, edited, ++version);
                const scratch = await buildWorkspace({ ...ORIGINAL, [name]: edited });
                expect(dump(workspace.documents.get(name)!, workspace.services)).toEqual(dump(scratch.documents.get(name)!, scratch.services));
                await update(workspace, name, joined, ++version);
            }
        }
        expect(statsOf(workspace)).toMatchObject({ incremental: 12, full: 0 });
    });

    test('a keystroke in a title re-parses only its definition', async () => {
        const name = 'ict.offering';
        const workspace = await buildWorkspace(ORIGINAL);
        const text = ORIGINAL[name]!;
        const quote = text.lastIndexOf('"');
        const edited = `${text.slice(0, quote)}x${text.slice(quote)}`;
        await update(workspace, name, edited, 2);
        const stats = statsOf(workspace);
        expect(stats.incremental).toBe(1);
        expect(stats.full).toBe(0);
        const definition = workspace.documents.get(name)!.parseResult.value.definitions
            .find(d => d.$cstNode!.offset <= quote && quote < d.$cstNode!.end)!;
        expect(stats.parsedChars).toBeLessThan(edited.length);
        expect(stats.parsedChars).toBeGreaterThanOrEqual(definition.$cstNode!.length);
    });

    test('the old parse stays intact and shares no node with the new one', async () => {
        // The builder moves other files' links off the old AST, and caches keyed by AST node must not see an old node again.
        const name = 'ict.offering';
        const workspace = await buildWorkspace(ORIGINAL);
        const document = workspace.documents.get(name)!;
        const old = document.parseResult.value;
        const oldNodes = [...AstUtils.streamAst(old)];
        const oldLeaves = [...CstUtils.streamCst(old.$cstNode!)];
        const before = dump(document, workspace.services);
        await update(workspace, name, ORIGINAL[name]!.replace('"', '"x'), 2);
        expect(statsOf(workspace).incremental).toBe(1);
        expect(document.parseResult.value).not.toBe(old);
        const oldSet = new Set<unknown>([...oldNodes, ...oldLeaves]);
        expect([...AstUtils.streamAst(document.parseResult.value)].filter(node => oldSet.has(node))).toEqual([]);
        expect([...CstUtils.streamCst(document.parseResult.value.$cstNode!)].filter(node => oldSet.has(node))).toEqual([]);
        expect(dump({ ...document, parseResult: { ...document.parseResult, value: old } } as LangiumDocument, workspace.services)).toEqual(before);
    });

    test('an edit that leaves a parse error takes the full parse', async () => {
        const name = 'ict.offering';
        const workspace = await buildWorkspace(ORIGINAL);
        const broken = ORIGINAL[name]!.replace('{', '{ {');
        await update(workspace, name, broken, 2);
        expect(statsOf(workspace)).toEqual({ incremental: 0, full: 1, parsedChars: broken.length });
        expect(dump(workspace.documents.get(name)!, workspace.services))
            .toEqual(dump((await buildWorkspace({ ...ORIGINAL, [name]: broken })).documents.get(name)!, workspace.services));
    });

    test('a new document is parsed in full, without a previous parse', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        await buildWorkspace({ 'a.offering': ORIGINAL[FILES[0]!]! }, services);
        expect((services.shared.workspace.LangiumDocumentFactory as OfferingDocumentFactory).reparseStats).toEqual({ incremental: 0, full: 0, parsedChars: 0 });
    });
});
