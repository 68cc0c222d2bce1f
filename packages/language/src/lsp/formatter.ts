import type { AstNode, LangiumDocument, LeafCstNode, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode } from 'langium';
import type { LangiumCoreServices, LexerResult } from 'langium';

type IToken = LexerResult['tokens'][number];
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit,
} from 'vscode-languageserver';
import { isDocument } from '../generated/ast.js';

/** Bodies (`{ ... }`) whose clauses each go on their own line. */
const BODY_TYPES = new Set(['Calendar', 'Period', 'Programme', 'ProgrammeOffering', 'ModuleOffering', 'Module', 'Group', 'Composition', 'Policy']);

/** Child nodes of a body that are parts of a clause or of the header, not clauses themselves. */
const NON_CLAUSE_TYPES = new Set(['Size', 'Amount', 'Price', 'Duration', 'ProgrammeYears', 'DateValue', 'DateRange', 'YearRange']);

/** Keywords that start a clause which is not a node of its own, per body type. */
const CLAUSE_KEYWORDS: Record<string, ReadonlySet<string>> = {
    Programme: new Set(['level', 'pathways', 'in', 'with', 'for', 'calendar']),
    ProgrammeOffering: new Set(['calendar', 'capacity', 'mode', 'price', 'language', 'full-time', 'part-time', 'duration']),
    ModuleOffering: new Set(['calendar', 'capacity', 'mode', 'price', 'language', 'full-time', 'part-time', 'duration']),
    Module: new Set(['for', 'level', 'levels', 'calendar']),
    Group: new Set(['students']),
    Composition: new Set(['students']),
};

const INDENT = '    ';

/** One replacement of a whitespace gap (or a comment re-indented) by its canonical form. */
export interface FormattingEdit {
    offset: number;
    end: number;
    newText: string;
}

export interface FormattingResult {
    /** The canonical text. */
    text: string;
    /** Minimal edits that turn the original text into `text`, in document order. */
    edits: FormattingEdit[];
}

interface Piece {
    offset: number;
    end: number;
    image: string;
    comment?: 'line' | 'block';
}

/**
 * The one canonical layout of an Offering file: 4-space indentation, `{` on the header
 * line, one clause per line, at most one blank line kept between definitions and clauses,
 * single spaces between tokens, `a, b` lists and `1..3` ranges. Only whitespace between
 * tokens changes (and the indentation of block-comment lines), so the meaning cannot.
 * Returns undefined for text with syntax errors: guessing there could change the meaning.
 */
export function formatOfferingText(text: string, services: LangiumCoreServices): FormattingResult | undefined {
    const lexed = services.parser.Lexer.tokenize(text);
    const parsed = services.parser.LangiumParser.parse(text);
    if (lexed.errors.length > 0 || parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0 || !isDocument(parsed.value)) {
        return undefined;
    }
    const pieces = toPieces(lexed.tokens, lexed.hidden);
    const lineStarts = clauseStarts(parsed.value);
    const gaps = pieces.map((piece, index) => index === 0 ? '' : text.slice(pieces[index - 1].end, piece.offset));
    const inline = inlineCandidates(pieces, gaps, lineStarts);
    let rendered = render(text, pieces, gaps, lineStarts, inline);
    // A body kept on one line must fit on it; one more pass expands those that do not.
    const tooLong = [...inline].filter(brace => (rendered.lines.get(brace) ?? 0) > MAX_INLINE_WIDTH);
    if (tooLong.length > 0) {
        tooLong.forEach(brace => inline.delete(brace));
        rendered = render(text, pieces, gaps, lineStarts, inline);
    }
    return { text: rendered.text, edits: rendered.edits };
}

/** The longest line a one-clause body may be kept on (`module M size 1 EC { year 1 }`). */
const MAX_INLINE_WIDTH = 100;

/**
 * Bodies with exactly one clause, no comments, no nested body and no line break the author
 * kept inside: these are written on the header line, `{ clause }`. Keyed by the `{` index.
 */
function inlineCandidates(pieces: Piece[], gaps: string[], lineStarts: Set<number>): Set<number> {
    const candidates = new Set<number>();
    const stack: Array<{ brace: number; clauses: number; blocked: boolean }> = [];
    pieces.forEach((piece, index) => {
        const body = stack[stack.length - 1];
        if (piece.comment) {
            stack.forEach(open => open.blocked = true);
        } else if (piece.image === '{') {
            stack.forEach(open => open.blocked = true);
            stack.push({ brace: index, clauses: 0, blocked: false });
        } else if (piece.image === '}') {
            stack.pop();
            if (body && body.clauses === 1 && !body.blocked) {
                candidates.add(body.brace);
            }
        } else if (body && lineStarts.has(piece.offset)) {
            body.clauses++;
        } else if (body && keepsBreak(piece, pieces[index - 1], gaps[index])) {
            body.blocked = true;
        }
    });
    return candidates;
}

function render(text: string, pieces: Piece[], gaps: string[], lineStarts: Set<number>, inline: Set<number>): FormattingResult & { lines: Map<number, number> } {
    const edits: FormattingEdit[] = [];
    const out: string[] = [];
    // The width of the line written so far (for the one-line body check).
    let column = 0;
    // Keep the file's line endings (Windows editors write CRLF).
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const emit = (offset: number, end: number, written: string): void => {
        const newText = written.replace(/\r?\n/g, eol);
        out.push(newText);
        const lastBreak = newText.lastIndexOf('\n');
        column = lastBreak < 0 ? column + newText.length : newText.length - lastBreak - 1;
        if (text.slice(offset, end) !== newText) {
            edits.push({ offset, end, newText });
        }
    };
    // For each inline body: the width of the line it ends up on.
    const lines = new Map<number, number>();
    const openBraces: number[] = [];
    let depth = 0;
    pieces.forEach((piece, index) => {
        const previous = index > 0 ? pieces[index - 1] : undefined;
        const isBrace = (image: string) => piece.image === image && !piece.comment;
        const openIndex = openBraces[openBraces.length - 1];
        const inInlineBody = openIndex !== undefined && inline.has(openIndex);
        if (isBrace('}')) {
            depth = Math.max(0, depth - 1);
            openBraces.pop();
        }
        let separator = '';
        if (previous) {
            const inlineEdge = inInlineBody && (isBrace('}') || (previous.image === '{' && !previous.comment));
            separator = inlineEdge ? ' ' : separatorBefore(piece, previous, gaps[index], lineStarts.has(piece.offset), depth);
        }
        emit(previous ? previous.end : 0, piece.offset, separator);
        emit(piece.offset, piece.end, pieceText(piece, depth));
        if (isBrace('{')) {
            depth++;
            openBraces.push(index);
        }
        if (isBrace('}') && inInlineBody) {
            lines.set(openIndex, column);
        }
    });
    const last = pieces[pieces.length - 1];
    emit(last ? last.end : 0, text.length, last ? '\n' : '');
    return { text: out.join(''), edits, lines };
}

function toPieces(tokens: IToken[], hidden: IToken[]): Piece[] {
    const pieces: Piece[] = [...tokens, ...hidden].map(token => ({
        offset: token.startOffset,
        end: token.startOffset + token.image.length,
        image: token.image,
        comment: token.tokenType.name === 'SL_COMMENT' ? 'line' : token.tokenType.name === 'ML_COMMENT' ? 'block' : undefined,
    }));
    return pieces.sort((a, b) => a.offset - b.offset);
}

/** Offsets of the tokens that start a line: every definition and every clause in a body. */
function clauseStarts(root: AstNode): Set<number> {
    const starts = new Set<number>();
    const openBraces = new Map<AstNode, number>();
    const leaves: LeafCstNode[] = [];
    if (root.$cstNode) {
        for (const node of CstUtils.streamCst(root.$cstNode)) {
            if (isLeafCstNode(node) && !node.hidden) {
                leaves.push(node);
                if (node.text === '{' && !openBraces.has(node.astNode)) {
                    openBraces.set(node.astNode, node.offset);
                }
            }
        }
    }
    for (const node of AstUtils.streamAst(root)) {
        const container = node.$container;
        const isDefinition = container !== undefined && isDocument(container);
        const isClause = container !== undefined && BODY_TYPES.has(container.$type) && !NON_CLAUSE_TYPES.has(node.$type);
        if (isDefinition || isClause) {
            const first = firstLeaf(node);
            if (first !== undefined) {
                starts.add(first);
            }
        }
    }
    for (const leaf of leaves) {
        const owner = leaf.astNode;
        // The `namespace` header is a line of its own, like a definition.
        if (owner === root && leaf.text === 'namespace' && GrammarAST.isKeyword(leaf.grammarSource)) {
            starts.add(leaf.offset);
        }
        const keywords = CLAUSE_KEYWORDS[owner.$type];
        const brace = openBraces.get(owner);
        if (keywords?.has(leaf.text) && GrammarAST.isKeyword(leaf.grammarSource) && brace !== undefined && leaf.offset > brace) {
            starts.add(leaf.offset);
        }
    }
    return starts;
}

function firstLeaf(node: AstNode): number | undefined {
    if (!node.$cstNode) {
        return undefined;
    }
    for (const cst of CstUtils.streamCst(node.$cstNode)) {
        if (isLeafCstNode(cst) && !cst.hidden) {
            return cst.offset;
        }
    }
    return undefined;
}

/** Whether the author's line break before this token (inside a clause) is kept, as a continuation line. */
function keepsBreak(piece: Piece, previous: Piece | undefined, gap: string): boolean {
    return previous !== undefined && !previous.comment && gap.includes('\n') && !piece.comment
        && !['{', '}', ',', '.', '..'].includes(piece.image) && !['.', '..', '-'].includes(previous.image);
}

function separatorBefore(piece: Piece, previous: Piece, gap: string, lineStart: boolean, depth: number): string {
    const newlines = (gap.match(/\n/g) ?? []).length;
    const afterOpen = previous.image === '{' && !previous.comment;
    const newline = (blankAllowed: boolean, extraIndent = 0): string =>
        '\n' + (blankAllowed && newlines >= 2 ? '\n' : '') + INDENT.repeat(depth + extraIndent);
    if (piece.comment) {
        // A comment stays where it was: after code on the same line, or on a line of its own.
        return previous.comment === 'line' || newlines > 0 ? newline(!afterOpen) : ' ';
    }
    if (piece.image === '}') {
        return afterOpen ? '' : newline(false);
    }
    if (lineStart) {
        return newline(!afterOpen);
    }
    if (previous.comment === 'line' || keepsBreak(piece, previous, gap)) {
        // The clause continues on the next line (after a line comment, or where the author broke it).
        return newline(false, 1);
    }
    if (piece.image === ',' || piece.image === '..' || previous.image === '..' || piece.image === '.' || previous.image === '.'
        || (previous.image === '-' && !previous.comment)) {
        return '';
    }
    return ' ';
}

function pieceText(piece: Piece, depth: number): string {
    if (piece.comment === 'line') {
        return piece.image.trimEnd();
    }
    if (piece.comment === 'block') {
        const lines = piece.image.split(/\r?\n/);
        const rest = lines.slice(1);
        // Re-indent the ` * ` lines of doc comments; leave free-form block comments alone.
        if (rest.length > 0 && rest.every(line => line.trim().startsWith('*'))) {
            return [lines[0].trimEnd(), ...rest.map(line => `${INDENT.repeat(depth)} ${line.trim()}`)].join('\n');
        }
    }
    return piece.image;
}

/** Text formatting (`textDocument/formatting` and range formatting) with the canonical layout. */
export class OfferingFormatter implements Formatter {

    protected readonly services: LangiumCoreServices;

    constructor(services: LangiumCoreServices) {
        this.services = services;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return this.edits(document, edit => edit.offset >= start && edit.end <= end);
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        // Formatting while typing would fight the user mid-clause; format on save instead.
        return undefined;
    }

    protected edits(document: LangiumDocument, include: (edit: FormattingEdit) => boolean = () => true): TextEdit[] {
        const textDocument = document.textDocument;
        // Parse the current text afresh: the document's parse result may lag behind the editor's text.
        const result = formatOfferingText(textDocument.getText(), this.services);
        return (result?.edits ?? []).filter(include).map(edit => ({
            range: { start: textDocument.positionAt(edit.offset), end: textDocument.positionAt(edit.end) },
            newText: edit.newText,
        }));
    }
}
