import type { AstNode, CstNode, LangiumDocuments, Lexer, ReferenceDescription, References } from 'langium';
import { CstUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isCalendar, isPeriod, isProgramme } from '../generated/ast.js';

/**
 * What one segment of a reference names: the qualifier `SoftwareDeveloper` in
 * `SoftwareDeveloper.Programmeren` names the programme, not the module it resolves to. A
 * namespace segment (`Oost` in `Oost.Schooljaar2026.B1`) names no definition: the declaration.
 */
export function namedBySegment(leaf: CstNode, declaration: AstNode): AstNode {
    let dots = 0;
    for (let next = CstUtils.getNextNode(leaf); next && next.container === leaf.container; next = CstUtils.getNextNode(next)) {
        if (next.text === '.') dots++;
    }
    let named: AstNode = declaration;
    for (let i = 0; i < dots; i++) {
        const container = named.$container;
        if (!container || !('name' in container)) {
            return declaration;
        }
        named = container;
    }
    return named;
}

/** The definitions whose qualified names start with this one's name (a programme's modules, a calendar's periods). */
export function qualifiedChildren(node: AstNode): AstNode[] {
    return isProgramme(node) ? node.modules : isCalendar(node) || isPeriod(node) ? node.periods : [];
}

/** A place where a definition is named: the document and the range of the name (segment). */
export interface NamedAt {
    uri: string;
    range: Range;
}

/**
 * Finds ranges of name segments in references, reading the reference's text with the
 * language's own lexer (so `SJ . B1` and comments in between are handled).
 */
export class QualifiedSegments {

    constructor(protected readonly references: References, protected readonly documents: LangiumDocuments, protected readonly lexer: Lexer) { }

    /** The range of the last segment of a reference, or of its qualifier when it has one. */
    segmentOf(reference: ReferenceDescription, which: 'last' | 'qualifier'): Range | undefined {
        const document = this.documents.getDocument(reference.sourceUri);
        if (!document) {
            return undefined;
        }
        const start = reference.segment.offset;
        const text = document.textDocument.getText().slice(start, reference.segment.end);
        const names = this.lexer.tokenize(text).tokens.filter(token => token.image !== '.');
        // The qualifier is the segment before the last: `Oost.Schooljaar2026.B1` may start with a namespace.
        const name = which === 'last' ? names[names.length - 1] : names.length > 1 ? names[names.length - 2] : undefined;
        if (!name) {
            return undefined;
        }
        return {
            start: document.textDocument.positionAt(start + name.startOffset),
            end: document.textDocument.positionAt(start + name.startOffset + name.image.length),
        };
    }

    /** Where a programme or calendar is named as the qualifier of its modules' or periods' qualified names. */
    qualifierUses(target: AstNode, options: { documentUri?: ReferenceDescription['sourceUri'] } = {}): NamedAt[] {
        const uses: NamedAt[] = [];
        for (const child of qualifiedChildren(target)) {
            for (const reference of this.references.findReferences(child, { includeDeclaration: false, documentUri: options.documentUri })) {
                const range = this.segmentOf(reference, 'qualifier');
                if (range) {
                    uses.push({ uri: reference.sourceUri.toString(), range });
                }
            }
        }
        return uses;
    }
}
