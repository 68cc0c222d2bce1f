import type { AstNode, CstNode, IndexManager, LangiumDocument, LangiumDocuments, Lexer, ReferenceDescription, URI } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Position, Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError, TextEdit } from 'vscode-languageserver';
import { isCalendar, isProgramme } from '../generated/ast.js';
import { qualifiedName } from '../offering-names.js';

type Named = AstNode & { name: string };

/**
 * What one segment of a reference names: the qualifier `SoftwareDeveloper` in
 * `SoftwareDeveloper.Programmeren` names the programme, not the module it resolves to.
 */
export function namedBySegment(leaf: CstNode, declaration: AstNode): AstNode {
    const next = CstUtils.getNextNode(leaf);
    const qualifies = next?.text === '.' && next.container === leaf.container;
    return qualifies && declaration.$container && 'name' in declaration.$container ? declaration.$container : declaration;
}

/**
 * Rename that understands qualified names: renaming module `Programmeren` of programme
 * `SoftwareDeveloper` rewrites plain `Programmeren` and the last segment of
 * `SoftwareDeveloper.Programmeren`; renaming the programme (or a calendar) rewrites the
 * first segment of the qualified names of its modules (periods) too. A new name that is
 * not an identifier, is a keyword, or is taken in the workspace is refused with an error.
 */
export class OfferingRenameProvider extends DefaultRenameProvider {

    protected readonly lexer: Lexer;
    protected readonly indexManager: IndexManager;
    protected readonly documents: LangiumDocuments;

    constructor(services: LangiumServices) {
        super(services);
        this.lexer = services.parser.Lexer;
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        const newName = params.newName;
        this.checkNewName(target, newName);
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: URI, range: Range): void => {
            (changes[uri.toString()] ??= []).push(TextEdit.replace(range, newName));
        };
        const nameNode = this.nameProvider.getNameNode(target);
        const targetDocument = AstUtils.getDocument(target);
        if (nameNode) {
            add(targetDocument.uri, nameNode.range);
        }
        for (const reference of this.references.findReferences(target, { includeDeclaration: false })) {
            const segment = this.segmentOf(reference, 'last');
            if (segment) {
                add(reference.sourceUri, segment);
            }
        }
        // Qualified names of nested definitions start with the container's name.
        const nested: AstNode[] = isProgramme(target) ? target.modules : isCalendar(target) ? target.periods : [];
        for (const child of nested) {
            for (const reference of this.references.findReferences(child, { includeDeclaration: false })) {
                const segment = this.segmentOf(reference, 'qualifier');
                if (segment) {
                    add(reference.sourceUri, segment);
                }
            }
        }
        return { changes };
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        const leaf = this.leafAt(document, params.position);
        return leaf?.range;
    }

    /** The definition named at the position: by its name, or by the segment of a (qualified) reference. */
    protected targetAt(document: LangiumDocument, position: Position): Named | undefined {
        const leaf = this.leafAt(document, position);
        if (!leaf) {
            return undefined;
        }
        if (this.isNameNode(leaf)) {
            return leaf.astNode as Named;
        }
        const declaration = this.references.findDeclarations(leaf)[0] as Named | undefined;
        if (!declaration) {
            return undefined;
        }
        return namedBySegment(leaf, declaration) as Named;
    }

    protected leafAt(document: LangiumDocument, position: Position): CstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        return CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
    }

    /** Refuses (with an error for the client) names that are not identifiers, are keywords, or are taken. */
    protected checkNewName(target: Named, newName: string): void {
        const tokens = this.lexer.tokenize(newName);
        if (tokens.errors.length > 0 || tokens.hidden.length > 0 || tokens.tokens.length !== 1 || tokens.tokens[0].tokenType.name !== 'ID'
            || tokens.tokens[0].image !== newName) {
            // Keyword token types are named after the keyword itself.
            const reason = tokens.tokens.length === 1 && tokens.tokens[0].tokenType.name === newName ? 'it is a keyword' : 'it is not a valid name';
            throw new ResponseError(ErrorCodes.InvalidParams, `Cannot rename to '${newName}': ${reason}.`);
        }
        if (newName === target.name) {
            return;
        }
        const oldQualified = qualifiedName(target) ?? target.name;
        const newQualified = oldQualified.slice(0, oldQualified.length - target.name.length) + newName;
        const clash = this.indexManager.allElements().find(element => element.name === newQualified);
        const sibling = this.siblings(target).find(node => node !== target && node.name === newName);
        if (clash || sibling) {
            const where = clash ? ` (${clash.type} in ${clash.documentUri.path.split('/').pop()})` : '';
            throw new ResponseError(ErrorCodes.InvalidParams, `Cannot rename to '${newName}': the name is already used${where}.`);
        }
    }

    /** Definitions that share the target's local scope (modules of one programme, periods of one calendar). */
    protected siblings(target: Named): Named[] {
        const container = target.$container;
        if (isProgramme(container)) {
            return container.modules;
        }
        if (isCalendar(container)) {
            return container.periods;
        }
        return [];
    }

    /** The range of the last name segment of a reference, or of its qualifier when it has one. */
    protected segmentOf(reference: ReferenceDescription, which: 'last' | 'qualifier'): Range | undefined {
        const document = this.documents.getDocument(reference.sourceUri);
        if (!document) {
            return undefined;
        }
        const text = document.textDocument.getText();
        const start = reference.segment.offset;
        const names = this.lexer.tokenize(text.slice(start, reference.segment.end)).tokens.filter(token => token.image !== '.');
        const name = which === 'last' ? names[names.length - 1] : names.length > 1 ? names[0] : undefined;
        if (!name) {
            return undefined;
        }
        return {
            start: document.textDocument.positionAt(start + name.startOffset),
            end: document.textDocument.positionAt(start + name.startOffset + name.image.length),
        };
    }
}
