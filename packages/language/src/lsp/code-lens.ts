import type { AstNode, AstNodeLocator, LangiumDocument, LangiumDocuments, NameProvider, References } from 'langium';
import { AstUtils } from 'langium';
import type { CodeLensProvider, LangiumServices } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import type { Module, Programme } from '../generated/ast.js';
import { isCharacteristic, isGrouping, isModule, isProgramme, isTargetGroup } from '../generated/ast.js';
import type { OfferingMessages } from '../i18n/messages.js';
import type { SemanticModel } from '../model/semantic-model.js';
import type { EditorLimits } from '../workspace/editor-limits.js';
import type { OfferingAddedServices } from '../offering-module.js';

/** The VS Code command that opens the references peek; the client converts the JSON arguments. */
export const SHOW_REFERENCES_COMMAND = 'editor.action.showReferences';

/**
 * "used by N programmes" above each module, characteristic, target group and grouping;
 * clicking it shows where the programmes use it. A grouping counts the programmes placed
 * in it directly (`in G`), not those of nested groupings.
 */
export class OfferingCodeLensProvider implements CodeLensProvider {

    protected readonly messages: OfferingMessages;
    protected readonly references: References;
    protected readonly nameProvider: NameProvider;
    protected readonly langiumDocuments: LangiumDocuments;
    protected readonly astNodeLocator: AstNodeLocator;
    protected readonly model: SemanticModel;
    protected readonly limits: EditorLimits;

    constructor(services: LangiumServices & OfferingAddedServices) {
        this.messages = services.i18n.Messages;
        this.limits = services.editor.Limits;
        this.references = services.references.References;
        this.nameProvider = services.references.NameProvider;
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
        this.astNodeLocator = services.workspace.AstNodeLocator;
        this.model = services.model.SemanticModel;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const lenses: CodeLens[] = [];
        if (this.limits.isSyntaxOnly(document)) {
            return lenses; // counts of uses need the links this document does not get
        }
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            if (!(isModule(node) || isCharacteristic(node) || isTargetGroup(node) || isGrouping(node))) {
                continue;
            }
            const nameNode = this.nameProvider.getNameNode(node);
            if (!nameNode) {
                continue;
            }
            const uses = isModule(node) ? this.moduleUses(node, document) : this.programmeReferences(node);
            const count = new Set(uses.map(use => use.programme)).size;
            lenses.push({
                range: nameNode.range,
                command: {
                    title: this.messages.texts.codeLens.usedBy(count),
                    command: SHOW_REFERENCES_COMMAND,
                    arguments: [document.uri.toString(), nameNode.range.start, uses.map(use => use.location)],
                },
            });
        }
        return lenses;
    }

    /** References to a node from inside programmes (their offerings included). */
    protected programmeReferences(node: AstNode): Use[] {
        const uses: Use[] = [];
        for (const reference of this.references.findReferences(node, { includeDeclaration: false })) {
            const document = this.langiumDocuments.getDocument(reference.sourceUri);
            const source = document && this.astNodeLocator.getAstNode(document.parseResult.value, reference.sourcePath);
            const programme = source && AstUtils.getContainerOfType(source, isProgramme);
            if (programme) {
                uses.push({ programme, location: { uri: reference.sourceUri.toString(), range: reference.segment.range } });
            }
        }
        return uses;
    }

    /** The programmes a module belongs to: the one it is written in, and those its `for` clause names. */
    protected moduleUses(module: Module, document: LangiumDocument): Use[] {
        const uses: Use[] = [];
        for (const { programme, entry } of this.model.module(module).programmes) {
            // The programme it is written in is shown at its name; a `for` entry at the reference.
            const place = entry ? entry.programme?.$refNode : this.nameProvider.getNameNode(programme);
            if (place) {
                uses.push({ programme, location: { uri: document.uri.toString(), range: place.range } });
            }
        }
        return uses;
    }
}

interface Use {
    programme: Programme;
    location: Location;
}
