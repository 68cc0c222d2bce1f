import type { AstNode, LangiumSharedCoreServices } from 'langium';
import { WorkspaceCache } from 'langium';
import type { Board, Calendar, Intake, Module, ModuleOffering, Policy, PolicyRule, Programme, ProgrammeOffering, ProgrammeYears, Size } from '../generated/ast.js';
import { isModule, isProgramme } from '../generated/ast.js';
import { calendarInUse } from '../references/calendar-in-use.js';
import type { ResolvedIntake } from './intakes.js';
import type { ChoiceFacts } from './choices.js';
import { choiceFacts } from './choices.js';
import { resolveIntake } from './intakes.js';
import type { IntakeCount } from './intake-count.js';
import { countIntakes } from './intake-count.js';
import type { AcrossBoards, AppliedRule, PolicyIndex, RuleKind } from './policies.js';
import type { Membership, ProgrammeIndex } from './programme-index.js';
import { yearsOf } from './programme-index.js';
import type { SizeFacts } from './sizes.js';
import type { RegisterFacts } from './register.js';
import { registerFacts } from './register.js';
import { sizeFacts } from './sizes.js';

/** A programme with its years, calendar, offerings, members and the policies that govern it. */
export interface ProgrammeFacts {
    readonly node: Programme;
    /** The years it names, sorted, each once (empty when it names none). */
    readonly years: number[];
    /** Its own calendar (offerings and modules may name another). */
    readonly calendar?: Calendar;
    readonly offerings: OfferingFacts[];
    /** Its modules and their years: nested ones, then those naming it with `for`. */
    readonly members: Membership[];
    /** The policies whose reach takes in the programme. */
    readonly governing: Policy[];
    /** The effective rules per kind (a governing policy another one extends is overridden); more than one = a conflict. */
    readonly rules: ReadonlyMap<RuleKind, AppliedRule[]>;
    /** Its choices (`choose ... from ...`), in written order. */
    readonly choices: ChoiceFacts[];
    /** The modules that are options of one of its choices: the volumes count the choice instead. */
    readonly options: ReadonlySet<Module>;
    /** The first applied rule of a kind: the one the checks hold the programme to. */
    rule<R extends PolicyRule>(kind: RuleKind): AppliedRule<R> | undefined;
}

/** A programme offered by one provider at one location. */
export interface OfferingFacts {
    readonly node: ProgrammeOffering;
    readonly programme: Programme;
    /** The calendar in use: the offering's own, else the programme's. */
    readonly calendar?: Calendar;
    readonly intakes: ResolvedIntake[];
    /** Its intakes per counting year (`at least N intakes per year`), flexible windows included. */
    readonly intakeCount: IntakeCount;
    /** The same, with years of 12 months from a date a policy names. */
    intakeCountFrom(date: string): IntakeCount;
    /** The intake rules that apply to it (the programme's, and those of a policy naming its provider or board); more than one = a conflict. */
    readonly intakeRules: ReadonlyMap<RuleKind, AppliedRule[]>;
}

/** A module offered on its own by one provider at one location (OOAPI course offering). */
export interface ModuleOfferingFacts {
    readonly node: ModuleOffering;
    readonly module: Module;
    /** The calendar in use: the offering's own, else the module's, else its programme's. */
    readonly calendar?: Calendar;
    readonly intakes: ResolvedIntake[];
    readonly intakeCount: IntakeCount;
    intakeCountFrom(date: string): IntakeCount;
}

/** A module's place in one programme; `entry` is its `for` clause entry, absent for the programme it is written in. */
export interface ModuleMembership {
    readonly programme: Programme;
    readonly years: number[];
    readonly entry?: ProgrammeYears;
}

export interface ModuleFacts {
    readonly node: Module;
    /** Its bandwidth; undefined when no `size` is written. */
    readonly size?: SizeFacts;
    /** The programme it is written in first, then each resolved `for` entry, in written order (a programme may come twice). */
    readonly programmes: ModuleMembership[];
    /** The calendar in use: the module's own, else its programme's. */
    readonly calendar?: Calendar;
    readonly intakes: ResolvedIntake[];
}

/** A policy and the rules it imposes: its own, then inherited ones through `extends`. */
export interface PolicyFacts {
    readonly node: Policy;
    readonly rules: ReadonlyMap<RuleKind, { rule: PolicyRule; declaredIn: Policy }>;
    /** When its `extends` leads back to itself: the first members of the walk round, from the policy itself, and how many there are. */
    readonly extendsCycle?: { path: Policy[]; members: number };
    /** When it `applies to all` and governs programmes that only providers of other boards than its folder's offer. */
    readonly acrossBoards?: AcrossBoards;
}

/**
 * A typed, read-only view of the linked workspace: what programmes, offerings, modules and
 * policies mean once references are resolved and sizes read. Every reader (validation,
 * catalogue, editor features) asks here instead of reading the AST its own way. Facts are
 * computed on first request and kept until any document changes. Total over partial ASTs:
 * what error recovery left out is absent, never a throw.
 */
export class SemanticModel {

    private readonly programmeCache: WorkspaceCache<Programme, ProgrammeFacts>;
    private readonly offeringCache: WorkspaceCache<ProgrammeOffering, OfferingFacts>;
    private readonly moduleCache: WorkspaceCache<Module, ModuleFacts>;
    private readonly moduleOfferingCache: WorkspaceCache<ModuleOffering, ModuleOfferingFacts>;
    private readonly policyCache: WorkspaceCache<Policy, PolicyFacts>;
    private readonly sizeCache: WorkspaceCache<Size, SizeFacts>;
    private readonly allProgrammes: WorkspaceCache<'all', Programme[]>;
    private readonly register: WorkspaceCache<'all', RegisterFacts>;

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly policyIndex: PolicyIndex, private readonly programmeIndex: ProgrammeIndex) {
        this.programmeCache = new WorkspaceCache(shared);
        this.offeringCache = new WorkspaceCache(shared);
        this.moduleCache = new WorkspaceCache(shared);
        this.moduleOfferingCache = new WorkspaceCache(shared);
        this.policyCache = new WorkspaceCache(shared);
        this.sizeCache = new WorkspaceCache(shared);
        this.allProgrammes = new WorkspaceCache(shared);
        this.register = new WorkspaceCache(shared);
    }

    /** Codes used by more than one definition, and offerings that RIO would see as the same one (model/register.ts). */
    registerFacts(): RegisterFacts {
        return this.register.get('all', () => registerFacts(this.shared.workspace.LangiumDocuments.all
            .toArray()
            .sort((a, b) => compare(a.uri.toString(), b.uri.toString()))
            .flatMap(document => (document.parseResult.value as { definitions?: AstNode[] }).definitions ?? [])));
    }

    /** Every programme of the workspace, in the order of their documents' URIs and then of place. */
    programmes(): ProgrammeFacts[] {
        const programmes = this.allProgrammes.get('all', () => this.shared.workspace.LangiumDocuments.all
            .toArray()
            .sort((a, b) => compare(a.uri.toString(), b.uri.toString()))
            .flatMap(document => (document.parseResult.value as { definitions?: AstNode[] }).definitions ?? [])
            .filter(isProgramme));
        return programmes.map(programme => this.programme(programme));
    }

    programme(node: Programme): ProgrammeFacts {
        return this.programmeCache.get(node, () => {
            const policies = this.policyIndex;
            const programmes = this.programmeIndex;
            const offerings = this.offering.bind(this);
            const choices = node.choices.map(choice => choiceFacts(choice, module => this.module(module).size));
            return {
                node,
                choices,
                options: new Set(choices.flatMap(choice => choice.options)),
                years: yearsOf(node.years),
                calendar: node.calendar?.ref,
                // Relations are read when asked: the indexes behind them cache per workspace state themselves.
                get offerings() { return node.offerings.map(offerings); },
                get members() { return programmes.membersOf(node); },
                get governing() { return policies.governing(node); },
                get rules() { return policies.rulesFor(node); },
                rule: <R extends PolicyRule>(kind: RuleKind) => policies.rule<R>(node, kind),
            };
        });
    }

    offering(node: ProgrammeOffering): OfferingFacts {
        return this.offeringCache.get(node, () => {
            const policies = this.policyIndex;
            const calendar = calendarInUse(node);
            const intakes = resolveIntakes(node.intakes);
            let count: IntakeCount | undefined;
            return {
                node, programme: node.$container, calendar, intakes,
                get intakeCount() { return count ??= countIntakes(intakes, calendar); },
                intakeCountFrom: (date: string) => countIntakes(intakes, calendar, date),
                get intakeRules() { return policies.intakeRulesFor(node); },
            };
        });
    }

    moduleOffering(node: ModuleOffering): ModuleOfferingFacts {
        return this.moduleOfferingCache.get(node, () => {
            const calendar = calendarInUse(node);
            const intakes = resolveIntakes(node.intakes);
            let count: IntakeCount | undefined;
            return {
                node, module: node.$container, calendar, intakes,
                get intakeCount() { return count ??= countIntakes(intakes, calendar); },
                intakeCountFrom: (date: string) => countIntakes(intakes, calendar, date),
            };
        });
    }

    module(node: Module): ModuleFacts {
        return this.moduleCache.get(node, () => {
            const programmes: ModuleMembership[] = [];
            if (isProgramme(node.$container)) {
                // A nested module's `year` clause speaks of its own programme's years.
                programmes.push({ programme: node.$container, years: yearsOf(node.years) });
            }
            for (const entry of node.programmes) {
                const programme = entry.programme?.ref;
                if (programme) {
                    programmes.push({ programme, years: yearsOf(entry.years), entry });
                }
            }
            return {
                node,
                size: this.size(node.size),
                programmes,
                calendar: calendarInUse(node),
                intakes: resolveIntakes(node.intakes),
            };
        });
    }

    policy(node: Policy): PolicyFacts {
        return this.policyCache.get(node, () => {
            const policies = this.policyIndex;
            return {
                node,
                get rules() { return policies.effectiveRules(node); },
                get extendsCycle() { return policies.extendsCycle(node); },
                get acrossBoards() { return policies.acrossBoards(node); },
            };
        });
    }

    /** Whether a policy's reach takes in a programme (levels included). */
    governs(policy: Policy, programme: Programme): boolean {
        return this.policyIndex.governs(policy, programme);
    }

    /** The boards of the providers that offer a programme, by name. */
    offeringBoards(programme: Programme): Board[] {
        return this.policyIndex.offeringBoards(programme);
    }

    /** Any size clause: a module's or a policy rule's. */
    size(node: Size | undefined): SizeFacts | undefined {
        return node && this.sizeCache.get(node, () => sizeFacts(node));
    }

    /** The calendar in use at any node (an intake, an offering, a module, a programme). */
    calendarOf(node: AstNode | undefined): Calendar | undefined {
        if (isProgramme(node)) return this.programme(node).calendar;
        if (isModule(node)) return this.module(node).calendar;
        return calendarInUse(node);
    }
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function resolveIntakes(intakes: Intake[]): ResolvedIntake[] {
    return intakes.map(resolveIntake);
}
