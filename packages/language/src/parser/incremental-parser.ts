import type { AstNode, CstNode, LangiumParser, Linker, ParseResult } from 'langium';
import { AstUtils, CompositeCstNodeImpl, LeafCstNodeImpl, RootCstNodeImpl, isAstNode, isMultiReference, isReference } from 'langium';

/** A re-parse of the top-level units an edit touched, spliced into copies of the others. */
export interface IncrementalParse {
    readonly result: ParseResult<AstNode>;
    /** Characters of the new text that went through the lexer and parser. */
    readonly reparsedChars: number;
}

interface Position { line: number; character: number }

/** Moves a copied CST node from where it was to where its text now is. */
interface Shift {
    readonly delta: number;
    /** The line on which columns move too (the line the shifted text starts on). */
    readonly line: number;
    readonly lines: number;
    readonly columns: number;
}

/** Langium's CST node fields that its builder sets (read-only in the types). */
type Writable = { container?: CstNode['container']; grammarSource?: CstNode['grammarSource'] };

const NO_SHIFT: Shift = { delta: 0, line: -1, lines: 0, columns: 0 };

/**
 * Parses `newText` by re-parsing only the top-level units (the entry rule's children, whatever
 * the grammar makes them) that the edit between `old` and `newText` touches, and copying the
 * others with moved offsets. Copies, not the old nodes: the old AST stays intact for the builder
 * (links are moved off it) and caches keyed by AST node never see a node twice.
 *
 * Answers undefined, for a full parse, unless the result is the one a full parse gives:
 * - the old and the new parse have no lexer or parser errors (recovery reaches across units);
 * - every non-hidden child of the root CST is one element of one list property of the root AST,
 *   which has no other content (an edit near a header of another shape takes the full parse);
 * - the re-parsed text starts and ends next to whitespace, so no token reaches across its ends.
 * The equality is checked by `test/language/incremental-parse.test.ts` over random edit sequences.
 *
 * Relies on (checked against Langium 4.4.0, `LangiumParser.parse`, `CstNodeBuilder`): a parse
 * result is `value`, `lexerErrors`, `lexerReport`, `parserErrors`; comments in front of a unit are
 * root-level hidden leaves; `LeafCstNodeImpl`, `CompositeCstNodeImpl`, `RootCstNodeImpl` are
 * constructed as Langium's builder does; references are made by `Linker.buildReference` and
 * `buildMultiReference` from their container, property, CST node and text.
 */
export function reparseIncrementally(parser: LangiumParser, linker: Linker, old: ParseResult<AstNode>, newText: string): IncrementalParse | undefined {
    const oldRoot = old.value;
    const oldCst = oldRoot.$cstNode;
    if (!(oldCst instanceof RootCstNodeImpl) || !clean(old)) {
        return undefined;
    }
    const oldText = oldCst.fullText;
    const oldUnits = unitsOf(oldRoot);
    if (!oldUnits || oldUnits.units.length === 0 || oldText === newText) {
        return undefined;
    }
    const { units, property } = oldUnits;
    const unitCsts = units.map(unit => unit.$cstNode!);

    // The changed span: [start, oldEnd) in the old text became [start, newEnd) in the new one.
    const limit = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < limit && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < limit - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const oldEnd = oldText.length - suffix;

    // The units it touches: from the first that ends at or after it to the last that starts at or before its end.
    let first = 0;
    while (first < units.length && unitCsts[first]!.end < start) first++;
    let after = first;
    while (after < units.length && unitCsts[after]!.offset <= oldEnd) after++;
    const regionStart = first > 0 ? unitCsts[first - 1]!.end : 0;
    const oldRegionEnd = after < units.length ? unitCsts[after]!.offset : oldText.length;
    const newRegionEnd = oldRegionEnd + newText.length - oldText.length;
    if ((first > 0 && (lastLeaf(unitCsts[first - 1]!).hidden || !isWhitespace(newText.charCodeAt(regionStart))))
        || (after < units.length && (firstLeaf(unitCsts[after]!).hidden || !isWhitespace(newText.charCodeAt(newRegionEnd - 1))))) {
        return undefined;
    }

    const region = parser.parse(newText.substring(regionStart, newRegionEnd));
    const newRoot = region.value;
    const regionUnits = unitsOf(newRoot);
    if (!clean(region) || !regionUnits || (regionUnits.units.length > 0 && regionUnits.property !== property)
        || !(newRoot.$cstNode instanceof RootCstNodeImpl)) {
        return undefined;
    }

    const startPosition = positionAt(newText, regionStart, 0, { line: 0, character: 0 });
    const oldEndPosition = positionAt(oldText, oldRegionEnd, regionStart, startPosition);
    const newEndPosition = positionAt(newText, newRegionEnd, regionStart, startPosition);
    const regionShift: Shift = { delta: regionStart, line: 0, lines: startPosition.line, columns: startPosition.character };
    const afterShift: Shift = {
        delta: newRegionEnd - oldRegionEnd, line: oldEndPosition.line,
        lines: newEndPosition.line - oldEndPosition.line, columns: newEndPosition.character - oldEndPosition.character,
    };

    const copier = new Copier(linker);
    const rootCst = new RootCstNodeImpl(newText);
    rootCst.grammarSource = oldCst.grammarSource;
    const newUnits: AstNode[] = [];
    const take = (node: CstNode, shift: Shift): void => {
        const copy = copier.copyCst(node, shift);
        (copy as Writable).container = rootCst;
        rootCst.content.push(copy);
        if (!node.hidden) {
            newUnits.push(copier.copyAst(node.astNode));
        }
    };
    for (const node of oldCst.content) {
        if (node.end <= regionStart) take(node, NO_SHIFT);
    }
    for (const node of (newRoot.$cstNode as RootCstNodeImpl).content) take(node, regionShift);
    for (const node of oldCst.content) {
        if (node.offset >= oldRegionEnd) take(node, afterShift);
    }
    if (newUnits.length === 0) {
        return undefined; // a root without units has its keys in another order
    }
    // The keys in the order of the old root (a full parse's with units), the units in place.
    const root: Record<string, unknown> = {};
    for (const key of Object.keys(oldRoot)) {
        root[key] = key === property ? newUnits : key === '$cstNode' ? rootCst : key === '$document' ? undefined : (newRoot as unknown as Record<string, unknown>)[key];
    }
    const value = root as unknown as AstNode;
    rootCst.astNode = value;
    AstUtils.linkContentToContainer(value);
    return { result: { ...region, value }, reparsedChars: newRegionEnd - regionStart };
}

function clean(result: ParseResult<AstNode>): boolean {
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0 && (result.lexerReport?.diagnostics.length ?? 0) === 0;
}

/** The root's top-level units: its children in one list property, in text order, and nothing else in it. */
function unitsOf(root: AstNode): { units: AstNode[]; property: string } | undefined {
    const cst = root.$cstNode;
    if (!cst || !('content' in cst)) {
        return undefined;
    }
    let property: string | undefined;
    for (const [key, value] of Object.entries(root)) {
        if (key.startsWith('$')) continue;
        if (Array.isArray(value) && (value.length === 0 || property === undefined)) {
            if (value.length > 0) property = key;
            continue;
        }
        if (value !== undefined && value !== false) return undefined;
    }
    const units = property === undefined ? [] : (root as unknown as Record<string, AstNode[]>)[property]!;
    const children = (cst as CompositeCstNodeImpl).content.filter(node => !node.hidden);
    if (children.length !== units.length || children.some((node, index) => units[index]!.$cstNode !== node || !isAstNode(units[index]))) {
        return undefined;
    }
    return { units, property: property ?? '' };
}

function firstLeaf(node: CstNode): CstNode {
    while (node instanceof CompositeCstNodeImpl && node.content.length > 0) node = node.content[0]!;
    return node;
}

function lastLeaf(node: CstNode): CstNode {
    while (node instanceof CompositeCstNodeImpl && node.content.length > 0) node = node.content[node.content.length - 1]!;
    return node;
}

function isWhitespace(code: number): boolean {
    return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The position of `offset`, counting from a known one; line breaks as Chevrotain's lexer counts them (`\n`, `\r\n`, `\r`). */
function positionAt(text: string, offset: number, from: number, at: Position): Position {
    let { line } = at;
    let lineStart = from - at.character;
    for (let i = from; i < offset; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: offset - lineStart };
}

/** Copies CST subtrees and then their AST nodes, with fresh references. */
class Copier {
    private readonly csts = new Map<CstNode, CstNode>();

    constructor(private readonly linker: Linker) { }

    copyCst(node: CstNode, shift: Shift): CstNode {
        let copy: CstNode;
        if (node instanceof LeafCstNodeImpl) {
            const { start, end } = node.range;
            copy = new LeafCstNodeImpl(node.offset + shift.delta, node.length,
                start.line + shift.lines, start.line === shift.line ? start.character + shift.columns : start.character,
                end.line + shift.lines, end.line === shift.line ? end.character + shift.columns : end.character,
                node.tokenType, node.hidden);
        } else {
            const composite = new CompositeCstNodeImpl();
            for (const child of (node as CompositeCstNodeImpl).content) {
                const childCopy = this.copyCst(child, shift);
                (childCopy as Writable).container = composite;
                composite.content.push(childCopy);
            }
            copy = composite;
        }
        (copy as Writable).grammarSource = node.grammarSource;
        this.csts.set(node, copy);
        return copy;
    }

    /**
     * Same keys in the same order. Containers are set here; a unit's `$container` and
     * `$containerIndex` by the caller's `linkContentToContainer` of the new root.
     */
    copyAst(node: AstNode, container?: AstNode): AstNode {
        const copy: Record<string, unknown> = {};
        const source = node as unknown as Record<string, unknown>;
        for (const key in source) {
            const value = source[key];
            if (key === '$cstNode') {
                const cst = this.csts.get(value as CstNode);
                if (cst) (cst as CompositeCstNodeImpl).astNode = copy as unknown as AstNode;
                copy[key] = cst;
            } else if (key === '$container') {
                copy[key] = container;
            } else if (Array.isArray(value)) {
                copy[key] = value.map(item => this.copyValue(item, copy, key));
            } else {
                copy[key] = this.copyValue(value, copy, key);
            }
        }
        return copy as unknown as AstNode;
    }

    private copyValue(value: unknown, container: Record<string, unknown>, property: string): unknown {
        const owner = container as unknown as AstNode;
        if (isReference(value)) {
            return this.linker.buildReference(owner, property, value.$refNode && this.csts.get(value.$refNode), value.$refText);
        }
        if (isMultiReference(value)) {
            return this.linker.buildMultiReference(owner, property, value.$refNode && this.csts.get(value.$refNode), value.$refText);
        }
        return isAstNode(value) ? this.copyAst(value, owner) : value;
    }
}
