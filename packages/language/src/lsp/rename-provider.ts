import type { AstNode, CstNode, IndexManager, LangiumDocument, Lexer, URI } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Position, Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError, TextEdit } from 'vscode-languageserver';
import { isCalendar, isPeriod, isProgramme } from '../generated/ast.js';
import { qualifiedName } from '../references/names.js';
import { namedBySegment, QualifiedSegments } from './qualified-segments.js';

type Named = AstNode & { name: string };

/**
 * Rename that understands qualified names: renaming module `Programmeren` of programme
 * `SoftwareDeveloper` rewrites plain `Programmeren` and the last segment of
 * `SoftwareDeveloper.Programmeren`; renaming the programme (or a calendar) rewrites the
 * first segment of the qualified names of its modules (periods) too. A new name that is
 * not an identifier, is a keyword, or is taken in the workspace is refused with an error.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultRenameProvider`): `rename` and `prepareRename` are the request
 * handlers; a thrown `ResponseError` reaches the client as the request's error. Backed by
 * `test/lsp/rename.test.ts`.
 */
export class OfferingRenameProvider extends DefaultRenameProvider {

    protected readonly lexer: Lexer;
    protected readonly indexManager: IndexManager;
    protected readonly segments: QualifiedSegments;

    constructor(services: LangiumServices) {
        super(services);
        this.lexer = services.parser.Lexer;
        this.indexManager = services.shared.workspace.IndexManager;
        this.segments = new QualifiedSegments(this.references, services.shared.workspace.LangiumDocuments, this.lexer);
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
            const segment = this.segments.segmentOf(reference, 'last');
            if (segment) {
                add(reference.sourceUri, segment);
            }
        }
        // Qualified names of nested definitions start with the container's name.
        for (const use of this.segments.qualifierUses(target)) {
            (changes[use.uri] ??= []).push(TextEdit.replace(use.range, newName));
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
        if (isCalendar(container) || isPeriod(container)) {
            return container.periods;
        }
        return [];
    }
}
