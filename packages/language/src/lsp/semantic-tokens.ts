import type { AstNode, AstReflection } from 'langium';
import { AstUtils } from 'langium';
import type { LangiumServices, SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAmount, isBoard, isCharacteristic, isDateRange, isDateValue, isLocation, isModule, isPeriod, isProgramme, isProgrammeCode,
    isProgrammeOffering, isProvider, isReach, isSize, isTargetGroup, isTeaching, isYearRange,
} from '../generated/ast.js';

/**
 * The token type of each kind of definition; a reference takes its target's type, so a
 * name looks the same where it is defined (with the `declaration` modifier) and used.
 * Standard LSP types only: every theme colours them without extra configuration.
 */
export const DEFINITION_TOKEN_TYPES: Readonly<Record<string, SemanticTokenTypes>> = {
    Board: SemanticTokenTypes.namespace,
    Provider: SemanticTokenTypes.namespace,
    Location: SemanticTokenTypes.namespace,
    Calendar: SemanticTokenTypes.type,
    Period: SemanticTokenTypes.event,
    Grouping: SemanticTokenTypes.enum,
    Characteristic: SemanticTokenTypes.enum,
    TargetGroup: SemanticTokenTypes.enum,
    // A reach target is a grouping or a programme; unresolved, it keeps the grouping's look.
    Governable: SemanticTokenTypes.enum,
    Programme: SemanticTokenTypes.class,
    Module: SemanticTokenTypes.function,
    Group: SemanticTokenTypes.variable,
    Policy: SemanticTokenTypes.interface,
};

/** Literal values: dates and amounts are numbers, codes are strings, units/levels/pathways a fixed vocabulary. */
const DATE = SemanticTokenTypes.number;
const AMOUNT = SemanticTokenTypes.number;
const CODE = SemanticTokenTypes.string;
const VOCABULARY = SemanticTokenTypes.enumMember;

/**
 * Semantic tokens: definitions and references by kind, literal values by type.
 * Relies on (checked against Langium 4.4.0, `AbstractSemanticTokenProvider`): `highlightElement` is called for every
 * AST node of the document in tree order, and the acceptor sorts what it is given. Backed by
 * `test/lsp/semantic-tokens.test.ts`.
 */
export class OfferingSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected readonly reflection: AstReflection;

    constructor(services: LangiumServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        this.highlightDefinition(node, acceptor);
        this.highlightReferences(node, acceptor);
        this.highlightValues(node, acceptor);
    }

    protected highlightDefinition(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = DEFINITION_TOKEN_TYPES[node.$type];
        if (type && typeof (node as { name?: unknown }).name === 'string') {
            acceptor({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
    }

    protected highlightReferences(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        for (const info of AstUtils.streamReferences(node)) {
            const target = 'ref' in info.reference ? info.reference.ref : undefined;
            const type = DEFINITION_TOKEN_TYPES[target?.$type ?? this.reflection.getReferenceType(info)];
            if (type && info.reference.$refNode) {
                acceptor({ cst: info.reference.$refNode, type });
            }
        }
    }

    protected highlightValues(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isPeriod(node) || isDateRange(node)) {
            acceptor({ node, property: 'start', type: DATE });
            acceptor({ node, property: 'end', type: DATE });
        } else if (isDateValue(node)) {
            acceptor({ node, property: 'value', type: DATE });
        } else if (isAmount(node)) {
            acceptor({ node, property: 'value', type: AMOUNT });
        } else if (isSize(node)) {
            acceptor({ node, property: 'unit', type: VOCABULARY });
        } else if (isYearRange(node)) {
            acceptor({ node, property: 'from', type: AMOUNT });
            acceptor({ node, property: 'to', type: AMOUNT });
        } else if (isProgrammeCode(node)) {
            acceptor({ node, property: 'value', type: CODE });
        } else if (isProgramme(node)) {
            acceptor({ node, property: 'level', type: VOCABULARY });
            acceptor({ node, property: 'pathways', type: VOCABULARY });
        } else if (isProgrammeOffering(node)) {
            acceptor({ node, property: 'pathway', type: VOCABULARY });
        } else if (isModule(node) || isTeaching(node) || isReach(node)) {
            acceptor({ node, property: 'levels', type: VOCABULARY });
        }
        if (isBoard(node) || isProvider(node) || isLocation(node) || isCharacteristic(node) || isTargetGroup(node) || isModule(node)) {
            acceptor({ node, property: 'code', type: CODE });
        }
    }
}
