import type { AstNode, CstNode, LangiumDocument, MaybePromise, NameProvider } from 'langium';
import type { DocumentSymbolProvider, LangiumServices } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { sizeText } from '../model/sizes.js';
import type { Intake, ModuleOffering, ProgrammeOffering } from '../generated/ast.js';
import {
    isBoard, isCalendar, isCharacteristic, isDocument, isGroup, isGrouping, isIntake, isLocation, isModule, isModuleOffering, isPeriod, isPolicy,
    isProgramme, isProgrammeOffering, isProvider, isTargetGroup,
} from '../generated/ast.js';

/** The outline kind of each kind of definition (also used for workspace symbols). */
export const SYMBOL_KINDS: Record<string, SymbolKind> = {
    Board: SymbolKind.Namespace,
    Provider: SymbolKind.Class,
    Location: SymbolKind.Object,
    Calendar: SymbolKind.Enum,
    Period: SymbolKind.EnumMember,
    Grouping: SymbolKind.Package,
    Characteristic: SymbolKind.Constant,
    TargetGroup: SymbolKind.Interface,
    Programme: SymbolKind.Module,
    ProgrammeOffering: SymbolKind.Struct,
    ModuleOffering: SymbolKind.Struct,
    Intake: SymbolKind.Event,
    Module: SymbolKind.Method,
    Group: SymbolKind.Class,
    Policy: SymbolKind.Property,
};

/**
 * The outline: every definition with its title (or key fact) as detail, and inside it
 * what it holds: a calendar its periods; a programme its offerings (with their intakes)
 * and modules; a module its intakes.
 */
export class OfferingDocumentSymbolProvider implements DocumentSymbolProvider {

    protected readonly nameProvider: NameProvider;

    constructor(services: LangiumServices) {
        this.nameProvider = services.references.NameProvider;
    }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return [];
        }
        return root.definitions.flatMap(definition => this.symbol(definition) ?? []);
    }

    protected symbol(node: AstNode): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        if (isProgrammeOffering(node)) {
            return this.create(node, cst, cst, offeringName(node), offeringDetail(node), node.intakes);
        }
        if (isModuleOffering(node)) {
            return this.create(node, cst, cst, offeringName(node), undefined, node.intakes);
        }
        if (isIntake(node)) {
            return this.create(node, cst, cst, intakeName(node), node.registration ? `registration ${node.registration.start}..${node.registration.end}` : undefined, []);
        }
        const nameNode = this.nameProvider.getNameNode(node);
        const name = this.nameProvider.getName(node);
        if (!nameNode || !name) {
            // A definition still being typed: nothing to show yet.
            return undefined;
        }
        const title = 'title' in node && typeof node.title === 'string' ? node.title : undefined;
        if (isCalendar(node)) {
            return this.create(node, cst, nameNode, name, title, node.periods);
        }
        if (isPeriod(node)) {
            return this.create(node, cst, nameNode, name, [title, `${node.start}..${node.end}`].filter(Boolean).join(' '), node.periods);
        }
        if (isProgramme(node)) {
            return this.create(node, cst, nameNode, name, [title, node.level].filter(Boolean).join(' '), [...node.offerings, ...node.modules]);
        }
        if (isModule(node)) {
            return this.create(node, cst, nameNode, name, [node.kind, title, node.size && sizeText(node.size)].filter(Boolean).join(' '), [...node.offerings, ...node.intakes]);
        }
        if (isGroup(node)) {
            return this.create(node, cst, nameNode, name, [node.kind === 'class' ? 'class' : 'teaching group', title].filter(Boolean).join(' '), []);
        }
        if (isBoard(node) || isProvider(node) || isLocation(node) || isGrouping(node) || isCharacteristic(node) || isTargetGroup(node) || isPolicy(node)) {
            return this.create(node, cst, nameNode, name, title, []);
        }
        return undefined;
    }

    protected create(node: AstNode, cst: CstNode, nameNode: CstNode, name: string, detail: string | undefined, children: AstNode[]): DocumentSymbol {
        const symbol: DocumentSymbol = {
            name,
            kind: SYMBOL_KINDS[node.$type] ?? SymbolKind.Field,
            range: cst.range,
            selectionRange: nameNode.range,
        };
        if (detail) {
            symbol.detail = detail;
        }
        const childSymbols = children.flatMap(child => this.symbol(child) ?? []);
        if (childSymbols.length > 0) {
            symbol.children = childSymbols;
        }
        return symbol;
    }
}

function offeringName(offering: ProgrammeOffering | ModuleOffering): string {
    const provider = offering.provider?.$refText ?? '?';
    const location = offering.location?.$refText ?? '?';
    return `${provider} at ${location}${'pathway' in offering && offering.pathway ? ` as ${offering.pathway}` : ''}`;
}

function offeringDetail(offering: ProgrammeOffering): string | undefined {
    const parts = [
        offering.characteristics.length > 0 ? `with ${offering.characteristics.map(c => c.$refText).join(', ')}` : '',
        offering.targetGroups.length > 0 ? `for ${offering.targetGroups.map(t => t.$refText).join(', ')}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : undefined;
}

function intakeName(intake: Intake): string {
    if (intake.window) {
        return `intake flexible ${intake.window.start}..${intake.window.end}`;
    }
    if (intake.periods.length > 0) {
        return `intake at ${intake.periods.map(p => p.$refText).join(', ')}`;
    }
    return `intake on ${intake.dates.map(d => d.value).join(', ')}`;
}
