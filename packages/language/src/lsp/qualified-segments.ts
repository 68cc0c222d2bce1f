import type { AstNode, CstNode, LangiumDocuments, Lexer, ReferenceDescription, References } from 'langium';
import { CstUtils, GrammarAST } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isCalendar, isPeriod, isProgramme } from '../generated/ast.js';

/**
 * What one segment of a reference names: the qualifier `SoftwareDeveloper` in
 * `SoftwareDeveloper.Programmeren` names the programme, not the module it resolves to. A
 * namespace segment (`Oost` in `Oost.Schooljaar2026.B1`) names no definition: the declaration.
 */
export function namedBySegment(leaf: CstNode, declaration: AstNode): AstNode {
    // A segment is a `Name` (an identifier or a soft keyword) inside the qualified name: step up to it.
    const container = leaf.container;
    const segment = container && GrammarAST.isRuleCall(container.grammarSource) && container.grammarSource.rule.ref?.name === 'Name' ? container : leaf;
    // Each `.` after the segment is one step out: `Cal` in `Cal.S1.B1` names the calendar of B1's semester.
    let dots = 0;
    for (let next = CstUtils.getNextNode(segment); next && next.container === segment.container; next = CstUtils.getNextNode(next)) {
        if (next.text === '.') dots++;
    }
    let named: AstNode = declaration;
    for (let i = 0; i < dots; i++) {
        const outer = named.$container;
        if (!outer || !('name' in outer)) {
            return declaration;
        }
        named = outer;
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
