import type { AstNode, CstNode, IndexManager, LangiumDocument, MaybePromise } from 'langium';
import { CstUtils, GrammarUtils, isCompositeCstNode } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { ProgrammeOffering } from '../generated/ast.js';
import { isComposition, isDocument, isGroup, isProgrammeOffering, isSize, isTeaching } from '../generated/ast.js';
import type { UnitId } from '../model/sizes.js';
import type { DiagnosticData } from '../i18n/issue-codes.js';
import { diagnosticData } from '../i18n/issue-codes.js';
import type { OfferingMessages, Texts } from '../i18n/messages.js';
import type { OfferingAddedServices } from '../offering-module.js';

/** The units offered for a size without one, most common first. */
const UNIT_CHOICES: UnitId[] = ['SBU', 'EC', 'hours'];

/** Definitions a quick fix can create from an unresolved reference: the type created and its keyword(s). */
const CREATABLE: Record<string, { type: string; keyword: string }> = {
    Characteristic: { type: 'Characteristic', keyword: 'characteristic' },
    TargetGroup: { type: 'TargetGroup', keyword: 'target group' },
    Grouping: { type: 'Grouping', keyword: 'grouping' },
    // A policy's reach names groupings or programmes; a missing one is most likely a grouping.
    Governable: { type: 'Grouping', keyword: 'grouping' },
};

/**
 * Quick fixes, each keyed on the issue code of the diagnostic (`data.code`) and working
 * from the data the validator attaches, typed per code (QuickFixData in i18n/issue-codes.ts);
 * the edits are computed from the current text.
 */
export class OfferingCodeActionProvider implements CodeActionProvider {

    protected readonly messages: OfferingMessages;
    protected readonly indexManager: IndexManager;

    constructor(services: LangiumServices & OfferingAddedServices) {
        this.messages = services.i18n.Messages;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            for (const action of this.fixes(document, diagnostic)) actions.push(action);
        }
        return actions.length > 0 ? actions : undefined;
    }

    protected get titles(): Texts['codeActions'] {
        return this.messages.texts.codeActions;
    }

    protected fixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnosticData(diagnostic);
        switch (data?.code) {
            case 'offering.size.reversed': return this.swapBandwidth(document, diagnostic);
            case 'offering.size.missing-unit': return this.addUnit(document, diagnostic);
            case 'offering.intake.not-on-period-start': return this.moveToPeriodStart(document, diagnostic, data);
            case 'offering.reference.unresolved': return this.createDefinition(document, diagnostic, data);
            case 'offering.definition.unused': return this.removeDefinition(document, diagnostic);
            case 'offering.offering.duplicate': return this.distinguishOffering(document, diagnostic);
            case 'offering.reference.ambiguous': return this.qualifyReference(document, diagnostic, data);
            case 'offering.policy.all-across-boards': return this.scopeToBoards(document, diagnostic, data);
            case 'offering.group.merged-periods': return this.pairPeriods(document, diagnostic);
            case 'offering.offering.language-unknown':
            case 'offering.offering.currency-unknown': return this.writeSuggestedCode(document, diagnostic, data);
            default: return [];
        }
    }

    protected swapBandwidth(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const size = this.nodeAt(document, diagnostic.range, isSize);
        const min = size?.min.$cstNode;
        const max = size?.max?.$cstNode;
        if (!min || !max) {
            return [];
        }
        return [this.fix(document, diagnostic, this.titles.swap(min.text, max.text), [
            { range: min.range, newText: max.text },
            { range: max.range, newText: min.text },
        ], true)];
    }

    protected addUnit(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const size = this.nodeAt(document, diagnostic.range, isSize);
        const end = size?.$cstNode?.range.end;
        if (!end) {
            return [];
        }
        return UNIT_CHOICES.map((unit, index) =>
            this.fix(document, diagnostic, this.titles.unit(unit), [{ range: { start: end, end }, newText: ` ${unit}` }], index === 0));
    }

    protected moveToPeriodStart(document: LangiumDocument, diagnostic: Diagnostic, data: DiagnosticData<'offering.intake.not-on-period-start'>): CodeAction[] {
        // The data came back from the client: check it is still what we sent.
        const nearest: unknown = data.nearest;
        const date = this.leavesIn(document, diagnostic.range).find(leaf => /^\d{4}-\d{2}-\d{2}$/.test(leaf.text));
        if (typeof nearest !== 'string' || !date) {
            return [];
        }
        return [this.fix(document, diagnostic, this.titles.move(nearest), [{ range: date.range, newText: nearest }], true)];
    }

    /** An unknown language or currency code becomes one the message suggested; the diagnostic lies on the code. */
    protected writeSuggestedCode(document: LangiumDocument,
        diagnostic: Diagnostic, data: DiagnosticData<'offering.offering.language-unknown' | 'offering.offering.currency-unknown'>): CodeAction[] {
        // The data came back from the client: check it is still what we sent.
        const suggestions: unknown = data.suggestions;
        const [code, ...rest] = this.leavesIn(document, diagnostic.range);
        if (!Array.isArray(suggestions) || !suggestions.every(suggestion => typeof suggestion === 'string') || !code || rest.length > 0) {
            return [];
        }
        return suggestions.map(suggestion =>
            this.fix(document, diagnostic, this.titles.writeCode(suggestion), [{ range: code.range, newText: suggestion }], suggestions.length === 1));
    }

    /** `applies to all` becomes `applies to` the boards of the policy's folder; the diagnostic lies on `all`. */
    protected scopeToBoards(document: LangiumDocument, diagnostic: Diagnostic, data: DiagnosticData<'offering.policy.all-across-boards'>): CodeAction[] {
        // The data came back from the client: check it is still what we sent.
        const boards: unknown = data.boards;
        const all = this.leavesIn(document, diagnostic.range).find(leaf => leaf.text === 'all');
        if (!Array.isArray(boards) || boards.length === 0 || !boards.every(board => typeof board === 'string') || !all) {
            return [];
        }
        const names = boards.join(', ');
        return [this.fix(document, diagnostic, this.titles.scope(names), [{ range: all.range, newText: names }], true)];
    }

    protected createDefinition(document: LangiumDocument, diagnostic: Diagnostic, data: DiagnosticData<'offering.reference.unresolved'>): CodeAction[] {
        const { refText, targetType }: { refText: unknown; targetType: unknown } = data;
        const creatable = typeof targetType === 'string' ? CREATABLE[targetType] : undefined;
        // Only a simple name can be defined at the top level.
        if (!creatable || typeof refText !== 'string' || !/^[_a-zA-Z\u00C0-\u024F][\w\u00C0-\u024F]*(-[\w\u00C0-\u024F]+)*$/.test(refText)) {
            return [];
        }
        const root = document.parseResult.value;
        const text = document.textDocument.getText();
        const { type, keyword } = creatable;
        const definition = `${keyword} ${refText}`;
        // Next to the last definition of the same kind in this file, else at the end of the file.
        const similar = isDocument(root) ? root.definitions.filter(d => d.$type === type).pop() : undefined;
        let edit: TextEdit;
        if (similar?.$cstNode) {
            const end = similar.$cstNode.range.end;
            edit = { range: { start: end, end }, newText: `\n${definition}` };
        } else {
            const end = document.textDocument.positionAt(text.length);
            const separator = text.length === 0 ? '' : text.endsWith('\n') ? '\n' : '\n\n';
            edit = { range: { start: end, end }, newText: `${separator}${definition}\n` };
        }
        return [this.fix(document, diagnostic, this.titles.create(keyword, refText), [edit], true)];
    }

    protected removeDefinition(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic.range, (n): n is AstNode & { name: string } => 'name' in n && typeof n.name === 'string');
        const cst = node?.$cstNode;
        if (!node || !cst) {
            return [];
        }
        const text = document.textDocument.getText();
        // Take the doc comment along, and the whole lines when the definition has them to itself.
        const comment = CstUtils.findCommentNode(cst, ['ML_COMMENT']);
        let start = comment && comment.end <= cst.offset ? comment.offset : cst.offset;
        let end = cst.end;
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const lineEnd = text.indexOf('\n', end);
        const restOfLine = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
        if (text.slice(lineStart, start).trim() === '' && restOfLine.trim() === '') {
            start = lineStart;
            end = lineEnd < 0 ? text.length : lineEnd + 1;
        } else {
            // Sharing a line: take the blanks before it along.
            while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) {
                start--;
            }
        }
        const range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
        return [this.fix(document, diagnostic, this.titles.remove(node.name), [{ range, newText: '' }], true)];
    }

    protected distinguishOffering(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const offering = this.nodeAt(document, diagnostic.range, isProgrammeOffering);
        if (!offering?.$cstNode) {
            return [];
        }
        const present = new Set(offering.characteristics.map(c => c.$refText));
        const candidates = [...new Set(this.indexManager.allElements('Characteristic').map(d => d.name))]
            .filter(name => !present.has(name)).sort();
        const insertion = this.characteristicInsertion(offering);
        if (!insertion) {
            return [];
        }
        return candidates.map(name => this.fix(document, diagnostic, this.titles.distinguish(name), [{
            range: { start: insertion.position, end: insertion.position },
            newText: insertion.inList ? `, ${name}` : ` with ${name}`,
        }], false));
    }

    /** One fix per candidate: write its qualified name where the short one is. */
    protected qualifyReference(document: LangiumDocument, diagnostic: Diagnostic, data: DiagnosticData<'offering.reference.ambiguous'>): CodeAction[] {
        // The data came back from the client: check it is still what we sent.
        const candidates: unknown = data.candidates;
        if (!Array.isArray(candidates) || !candidates.every(c => typeof c === 'string' && /^[\w\u00C0-\u024F.-]+$/.test(c))) {
            return [];
        }
        return (candidates as string[]).map(name => this.fix(document, diagnostic, this.titles.qualify(name), [{ range: diagnostic.range, newText: name }], false));
    }

    /**
     * Rewrites a group's body so that each `during` without a block gets one, holding the `students of`
     * and `teaches` written after it (up to the next `during`); those written before the first `during`
     * go into every block. Blocks already written stay as they are. Not offered when the body has comments.
     */
    protected pairPeriods(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const group = this.nodeAt(document, diagnostic.range, isGroup);
        let cst = group?.$cstNode;
        // The group's node may be wrapped in the composite of the `Definition` rule call.
        while (cst && isCompositeCstNode(cst) && cst.content.length === 1 && cst.content[0]!.astNode === group && isCompositeCstNode(cst.content[0])) {
            cst = cst.content[0];
        }
        if (!group || !cst || !isCompositeCstNode(cst)) {
            return [];
        }
        const text = document.textDocument.getText();
        const children = cst.content;
        const open = children.findIndex(child => child.astNode === group && child.text === '{');
        const close = children.length - 1;
        if (open < 0 || children[close]?.text !== '}' || children.slice(open + 1, close).some(child => child.hidden)) {
            return [];
        }
        // The clauses of the body: a `during` or `teaches` node, or a `students of` list.
        const clauses: Array<{ kind: 'flat' | 'block' | 'member'; start: number; end: number }> = [];
        for (const child of children.slice(open + 1, close)) {
            const node = child.astNode;
            if (isComposition(node) || isTeaching(node)) {
                clauses.push({ kind: isComposition(node) ? (node.block ? 'block' : 'flat') : 'member', start: child.offset, end: child.end });
            } else if (node === group && child.text === 'students') {
                clauses.push({ kind: 'member', start: child.offset, end: child.end });
            } else if (clauses.length > 0) {
                clauses[clauses.length - 1]!.end = child.end;
            }
        }
        const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
        const indent = `${/^[ \t]*/.exec(text.slice(lineStart, cst.offset))![0]}    `;
        const before: string[] = [];
        const written: Array<{ header: string; members: string[] } | string> = [];
        let current: { header: string; members: string[] } | undefined;
        for (const clause of clauses) {
            const source = text.slice(clause.start, clause.end);
            if (clause.kind === 'flat') {
                current = { header: source, members: [...before] };
                written.push(current);
            } else if (clause.kind === 'block') {
                written.push(source);
            } else {
                (current ? current.members : before).push(source);
            }
        }
        const rendered = written.map(entry => typeof entry === 'string' ? entry
            : `${entry.header} {${entry.members.map(member => `\n${indent}    ${member}`).join('')}\n${indent}}`);
        const range = { start: document.textDocument.positionAt(clauses[0]!.start), end: document.textDocument.positionAt(clauses[clauses.length - 1]!.end) };
        return [this.fix(document, diagnostic, this.titles.pairPeriods(), [{ range, newText: rendered.join(`\n${indent}`) }], true)];
    }

    /** Where a characteristic goes in the offering's header: after the last one, or after `as`/`at`. */
    protected characteristicInsertion(offering: ProgrammeOffering): { position: Range['start']; inList: boolean } | undefined {
        const last = offering.characteristics[offering.characteristics.length - 1]?.$refNode;
        if (last) {
            return { position: last.range.end, inList: true };
        }
        const cst = offering.$cstNode;
        const after = (offering.pathway ? GrammarUtils.findNodeForProperty(cst, 'pathway') : undefined)
            ?? offering.location?.$refNode;
        return after ? { position: after.range.end, inList: false } : undefined;
    }

    /** The innermost node of the given kind that contains the start of the range. */
    protected nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, is: (node: AstNode) => node is T): T | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
        for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
            if (is(node)) {
                return node;
            }
        }
        return undefined;
    }

    protected leavesIn(document: LangiumDocument, range: Range): CstNode[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return [];
        }
        const start = document.textDocument.offsetAt(range.start);
        const end = document.textDocument.offsetAt(range.end);
        return CstUtils.flattenCst(root).filter(leaf => leaf.offset >= start && leaf.end <= end).toArray();
    }

    protected fix(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: TextEdit[], isPreferred: boolean): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.textDocument.uri]: edits } },
        };
    }
}
