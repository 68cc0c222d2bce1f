import type { AstNode, AstNodeDescription, AstNodeLocator, CstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, GrammarAST, UriUtils, WorkspaceCache, isCompositeCstNode } from 'langium';
import type { Module, ModuleOffering, OfferingAstType, Policy, Programme, ProgrammeOffering } from '../generated/ast.js';
import { isDocument } from '../generated/ast.js';
import type { OfferingMessages } from '../i18n/messages.js';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { OfferingServices } from '../offering-module.js';
import type { OfferingIndexManager } from '../workspace/index-manager.js';
import { firstTwoByPlace } from '../references/names.js';
import { ChoiceChecks } from './choice-checks.js';
import { CodeChecks } from './code-checks.js';
import { DateChecks } from './date-checks.js';
import { HygieneChecks } from './hygiene-checks.js';
import { PolicyChecks } from './policy-checks.js';
import { ReferenceChecks } from './reference-checks.js';
import { RegisterChecks } from './register-checks.js';
import type { OfferingScopeProvider } from '../references/scope-provider.js';
import { Reporter } from './reporter.js';
import { SizeChecks } from './size-checks.js';
import { StructureChecks } from './structure-checks.js';
import { YearLevelChecks } from './year-level-checks.js';

/** Registers the validation checks of the Offering language. */
export function registerValidationChecks(services: OfferingServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.OfferingValidator;
    const checks: ValidationChecks<OfferingAstType> = {
        Document: validator.checkUniqueNames,
        Programme: validator.checkProgrammeClauses,
        Module: validator.checkModuleClauses,
        ProgrammeOffering: validator.checkOfferingClauses,
        ModuleOffering: validator.checkOfferingClauses,
        Policy: validator.checkPolicyClauses,
    };
    registry.register(checks, validator);
    // The rules schools live by, one group per file under validation/.
    const reporter = new Reporter(services.i18n.Messages);
    const model = services.model.SemanticModel;
    const groups = [
        new SizeChecks(reporter, model),
        new PolicyChecks(reporter, model),
        new DateChecks(reporter, model),
        new YearLevelChecks(reporter, model),
        new StructureChecks(reporter, services.shared),
        new CodeChecks(reporter),
        new HygieneChecks(reporter, services.shared.workspace.IndexManager as OfferingIndexManager, services.workspace.AstNodeLocator),
        new ChoiceChecks(reporter, model),
        new ReferenceChecks(reporter, services.references.ScopeProvider as OfferingScopeProvider),
        new RegisterChecks(reporter, model),
    ];
    for (const group of groups) {
        registry.register(group.checks(), group);
    }
}

/**
 * The rules schools live by. Every diagnostic carries a stable issue code in `data.code`
 * (quick fixes switch on it); its text comes from the message table in two languages.
 */
export class OfferingValidator {

    private readonly messages: OfferingMessages;
    private readonly reporter: Reporter;
    private readonly indexManager: OfferingIndexManager;
    private readonly locator: AstNodeLocator;
    private readonly features = new Map<AstNode, string>();
    private readonly firstTwo: WorkspaceCache<string, ReturnType<typeof firstTwoByPlace>>;

    constructor(services: OfferingServices) {
        this.messages = services.i18n.Messages;
        this.reporter = new Reporter(this.messages);
        this.indexManager = services.shared.workspace.IndexManager as OfferingIndexManager;
        this.locator = services.workspace.AstNodeLocator;
        this.firstTwo = new WorkspaceCache(services.shared);
    }

    checkUniqueNames = (root: AstNode, accept: ValidationAcceptor): void => {
        if (!isDocument(root)) {
            return;
        }
        const uri = AstUtils.getDocument(root).uri.toString();
        // Every named definition is exported (offering-scope-computation.ts): the index knows them all.
        for (const description of this.indexManager.allElements(undefined, new Set([uri]))) {
            const sameName = this.indexManager.definitionsNamed(description.name);
            if (sameName.length < 2) {
                continue;
            }
            // Once per name and workspace state, not a sort per definition: 5,000 files may share a name.
            const [first, second] = this.firstTwo.get(description.name, () => firstTwoByPlace(sameName));
            const other = first === description ? second : first;
            const node = description.node ?? this.locator.getAstNode(root, description.path);
            if (other && node) {
                this.reporter.report(accept, 'error', 'offering.name.duplicate',
                    { name: description.name, kind: this.messages.kind(other.type), other: describeLocation(other) },
                    node, { property: 'name', related: relatedName(other, this.messages.texts.related.otherDefinition(description.name)) });
            }
        }
    };

    checkProgrammeClauses = (programme: Programme, accept: ValidationAcceptor): void => {
        this.checkSingleClauses(programme, programme.name, ['level', 'years', 'calendar', 'validity'], accept);
    };

    checkModuleClauses = (module: Module, accept: ValidationAcceptor): void => {
        this.checkSingleClauses(module, module.name, ['years', 'calendar'], accept);
    };

    checkOfferingClauses = (offering: ProgrammeOffering | ModuleOffering, accept: ValidationAcceptor): void => {
        this.checkSingleClauses(offering, this.messages.kind(offering.$type), ['calendar', 'validity', 'capacity', 'mode', 'price', 'language', 'pace', 'duration'], accept);
    };

    checkPolicyClauses = (policy: Policy, accept: ValidationAcceptor): void => {
        this.checkSingleClauses(policy, policy.name, ['reach'], accept);
    };

    /** A clause that holds one value but was written twice: the parser keeps the last, so say so. */
    private checkSingleClauses(node: AstNode, owner: string, properties: string[], accept: ValidationAcceptor): void {
        // One pass over the node's own CST children (clauses sit directly in the body), not a search per property.
        // (A node's CST may be wrapped in composites of unassigned rule calls: descend through those only.)
        const seen = new Map<string, CstNode[]>();
        const pending: CstNode[] = node.$cstNode ? [node.$cstNode] : [];
        while (pending.length > 0) {
            const cst = pending.pop()!;
            for (const child of isCompositeCstNode(cst) ? cst.content : []) {
                const feature = this.featureOf(child);
                if (feature && properties.includes(feature)) {
                    const list = seen.get(feature);
                    list ? list.push(child) : seen.set(feature, [child]);
                } else if (!feature && child.astNode === node && isCompositeCstNode(child)) {
                    pending.push(child);
                }
            }
        }
        seen.forEach(list => list.sort((a, b) => a.offset - b.offset));
        for (const [property, occurrences] of seen) {
            for (const extra of occurrences.slice(0, -1)) {
                // The keyword in front of the value (`level`, `calendar`) or the clause's own first word (`years`, `applies`).
                const keyword = extra.container?.content[extra.container.content.indexOf(extra) - 1];
                // `full-time` and `part-time` are one clause without a keyword of its own.
                const clause = property === 'pace' ? 'full-time | part-time'
                    : property === 'years' || property === 'reach' || property === 'validity' ? extra.text.split(/\s+/)[0] : keyword?.text ?? property;
                this.reporter.report(accept, 'error', 'offering.syntax.repeated-clause', { clause, owner }, node, { range: extra.range });
            }
        }
    }

    /** The property a CST node is assigned to, from the grammar element that produced it (cached per element). */
    private featureOf(cst: CstNode): string | undefined {
        const source = cst.grammarSource;
        if (!source) {
            return undefined;
        }
        let feature = this.features.get(source);
        if (feature === undefined) {
            feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? '';
            this.features.set(source, feature);
        }
        return feature || undefined;
    }
}

/** The other definition's name as a related place, when the index knows where it is. */
function relatedName(description: AstNodeDescription, message: string): DiagnosticRelatedInformation[] | undefined {
    const range = description.nameSegment?.range;
    return range ? [{ location: { uri: description.documentUri.toString(), range }, message }] : undefined;
}

function describeLocation(description: AstNodeDescription): string {
    const line = (description.nameSegment?.range.start.line ?? 0) + 1;
    return `${UriUtils.basename(description.documentUri)}:${line}`;
}
