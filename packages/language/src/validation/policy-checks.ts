import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import { GrammarUtils } from 'langium';
import type {
    Calendar, KeuzedeelVolumeRule, MinIntakesRule, Module, ModuleOffering, ModuleSizeRule, OfferingAstType, Policy, PolicyRule, Programme, ProgrammeOffering, YearVolumeRule
} from '../generated/ast.js';
import { dayNumber } from '../model/dates.js';
import type { AppliedRule, RuleKind } from '../model/policies.js';
import { ruleCoversKind, ruleKind, ruleValue } from '../model/policies.js';
import { isKeuzedeelVolumeRule, isMinIntakesRule, isModuleSizeRule, isYearVolumeRule } from '../generated/ast.js';
import { cycleChain } from '../model/cycles.js';
import { intakeMoments } from '../model/intakes.js';
import type { IntakeCount, IntakeYear } from '../model/intake-count.js';
import type { SemanticModel } from '../model/semantic-model.js';
import type { ChoiceFacts } from '../model/choices.js';
import type { Bandwidth } from '../model/sizes.js';
import { addAmounts, formatBandwidth, inUnit } from '../model/sizes.js';
import type { PhraseKey } from '../i18n/messages.js';
import type { Reporter } from './reporter.js';
import { namespaceOf, qualifiedName } from '../references/names.js';
import { allPeriods } from '../model/periods.js';
import { POLICY_RULES } from '../workspace/rule-groups.js';

const RULE_PHRASES: Partial<Record<RuleKind, PhraseKey>> = {
    'module-size': 'rule.module-size',
    'min-intakes': 'rule.min-intakes',
    'year-volume': 'rule.year-volume',
    'keuzedeel-volume': 'rule.keuzedeel-volume',
};

const MODULE_KINDS = ['module', 'keuzedeel', 'subject'];

/** The norms of policies (kaders): module bandwidths, intakes, year and keuzedeel volumes, and the policies themselves. */
export class PolicyChecks {
    /** The only checks that read policies: a policy-only edit re-runs these alone elsewhere (workspace/rule-groups.ts). */
    readonly ruleGroup = POLICY_RULES;

    constructor(private readonly reporter: Reporter, private readonly model: SemanticModel) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Policy: [this.checkExtendsCycle, this.checkNarrows, this.checkAllAcrossBoards],
            Programme: [this.checkConflicts, this.checkYearVolume, this.checkKeuzedeelVolume],
            Module: this.checkModuleSize,
            ProgrammeOffering: [this.checkIntakeConflicts, this.checkIntakes],
            ModuleOffering: this.checkModuleOfferingIntakes,
        };
    }

    checkExtendsCycle = (policy: Policy, accept: ValidationAcceptor): void => {
        const cycle = this.model.policy(policy).extendsCycle;
        if (cycle) {
            const index = policy.extends.findIndex(ref => ref.ref === (cycle.path[1] ?? policy));
            this.reporter.report(accept, 'error', 'offering.policy.cycle',
                { policy: policy.name, chain: cycleChain(cycle.path.map(p => p.name), cycle.members), members: cycle.members }, policy, { property: 'extends', index });
        }
    };

    /**
     * A policy that extends another may only narrow it (teams decide within central bandwidths):
     * each rule it declares itself must lie within the same kind of rule it inherits from each parent.
     */
    checkNarrows = (policy: Policy, accept: ValidationAcceptor): void => {
        for (const parent of new Set(policy.extends.map(ref => ref.ref).filter(p => p !== undefined && p !== policy))) {
            const inherited = this.model.policy(parent!).rules;
            for (const rule of policy.rules) {
                const kind = ruleKind(rule);
                const phrase = RULE_PHRASES[kind];
                const from = inherited.get(kind);
                if (!phrase || !from || from.rule === rule || this.narrows(rule, from.rule)) {
                    continue;
                }
                this.reporter.report(accept, 'error', 'offering.policy.loosens', {
                    policy: policy.name, parent: parent!.name, rule: this.reporter.messages.phrase(phrase), value: ruleValue(rule), parentValue: ruleValue(from.rule),
                }, rule);
            }
        }
    };

    /** Whether a rule is as strict as or stricter than the one it inherits (undefined sizes or units that do not convert: not judged). */
    private narrows(rule: PolicyRule, inherited: PolicyRule): boolean {
        if (isMinIntakesRule(rule) && isMinIntakesRule(inherited)) {
            return rule.count >= inherited.count;
        }
        if ((isModuleSizeRule(rule) || isYearVolumeRule(rule) || isKeuzedeelVolumeRule(rule)) && 'size' in inherited) {
            const own = this.model.size(rule.size)?.bandwidth;
            const outer = this.model.size(inherited.size)?.bandwidth;
            const converted = own && outer && inUnit(own, outer.unit);
            if (converted && outer && (converted.min < outer.min || converted.max > outer.max)) {
                return false;
            }
            // Leaving out kinds of module the inherited bandwidth checks would loosen it too.
            if (isModuleSizeRule(rule) && isModuleSizeRule(inherited) && MODULE_KINDS.some(kind => ruleCoversKind(inherited, kind) && !ruleCoversKind(rule, kind))) {
                return false;
            }
        }
        return true;
    }

    /**
     * `applies to all` in one board's folder that also governs programmes only other boards'
     * providers offer: in a workspace several boards share, that is most likely not meant.
     */
    checkAllAcrossBoards = (policy: Policy, accept: ValidationAcceptor): void => {
        const across = this.model.policy(policy).acrossBoards;
        if (!across || !policy.reach) {
            return;
        }
        const first = across.programmes[0];
        // Qualified where namespaces are in use: two schools' boards may both be `Bestuur`.
        const named = (node: AstNode & { name?: string }): string => qualifiedName(node) ?? node.name ?? '';
        // What the quick fix writes: the name as the policy's file sees it.
        const own = namespaceOf(policy);
        const written = across.home.map(board => namespaceOf(board) === own ? board.name : named(board));
        this.reporter.report(accept, 'warning', 'offering.policy.all-across-boards', {
            policy: named(policy), count: across.programmes.length, programme: named(first),
            boards: this.model.offeringBoards(first).map(named).join(', '), home: written.join(', '),
        }, policy.reach, { property: 'all' }, { boards: written });
    };

    /**
     * Intake rules of a policy that names a board or provider apply per offering; a disagreement
     * they bring in is reported on the offering (one among policies of the whole programme is
     * reported on the programme, by checkConflicts).
     */
    checkIntakeConflicts = (offering: ProgrammeOffering, accept: ValidationAcceptor): void => {
        const programme = this.model.offering(offering).programme;
        for (const [kind, applied] of this.model.offering(offering).intakeRules) {
            const phrase = RULE_PHRASES[kind];
            const first = applied[0];
            const other = applied.find(a => ruleValue(a.rule) !== ruleValue(first.rule));
            const wholeProgramme = this.model.programme(programme).rules.get(kind) ?? [];
            if (phrase && other && !wholeProgramme.some(a => ruleValue(a.rule) !== ruleValue(wholeProgramme[0].rule))) {
                const offered = GrammarUtils.findNodeForKeyword(offering.$cstNode, 'offered');
                this.reporter.report(accept, 'error', 'offering.policy.conflict', {
                    programme: programme.name, rule: this.reporter.messages.phrase(phrase),
                    policy: first.governing.name, value: ruleValue(first.rule), other: other.governing.name, otherValue: ruleValue(other.rule),
                }, offering, { range: offered?.range });
            }
        }
    };

    checkConflicts = (programme: Programme, accept: ValidationAcceptor): void => {
        for (const [kind, applied] of this.model.programme(programme).rules) {
            const phrase = RULE_PHRASES[kind];
            const first = applied[0];
            const other = applied.find(a => ruleValue(a.rule) !== ruleValue(first.rule));
            if (phrase && other) {
                this.reporter.report(accept, 'error', 'offering.policy.conflict', {
                    programme: programme.name, rule: this.reporter.messages.phrase(phrase),
                    policy: first.governing.name, value: ruleValue(first.rule), other: other.governing.name, otherValue: ruleValue(other.rule),
                }, programme, { property: 'name' });
            }
        }
    };

    checkModuleSize = (module: Module, accept: ValidationAcceptor): void => {
        const facts = this.model.module(module);
        const size = facts.size?.bandwidth;
        if (!size) {
            return;
        }
        const seen = new Set<ModuleSizeRule>();
        // Every applied rule, not the first: after a conflict the result must not depend on which policy's name sorts first.
        for (const applied of facts.programmes.flatMap(({ programme }) => this.applied<ModuleSizeRule>(programme, 'module-size'))) {
            const norm = this.model.size(applied.rule.size)?.bandwidth;
            if (!norm || seen.has(applied.rule) || !ruleCoversKind(applied.rule, module.kind)) {
                continue;
            }
            seen.add(applied.rule);
            const converted = inUnit(size, norm.unit);
            if (!converted) {
                this.reporter.report(accept, 'warning', 'offering.size.incomparable-units', {
                    what: `${this.reporter.messages.phrase('what.module')} ${module.name}`, unit: size.unit, policy: applied.governing.name, other: norm.unit,
                }, module, { property: 'size' });
            } else if (converted.min < norm.min || converted.max > norm.max) {
                this.reporter.report(accept, 'error', 'offering.module.size-outside-policy', {
                    module: module.name, size: formatBandwidth(size), policy: applied.governing.name, norm: formatBandwidth(norm),
                }, module, { property: 'size' });
            }
        }
    };

    checkYearVolume = (programme: Programme, accept: ValidationAcceptor): void => {
        for (const applied of this.applied<YearVolumeRule>(programme, 'year-volume')) {
            this.checkYearVolumeAgainst(programme, applied, accept);
        }
    };

    private checkYearVolumeAgainst(programme: Programme, applied: AppliedRule<YearVolumeRule>, accept: ValidationAcceptor): void {
        const facts = this.model.programme(programme);
        const norm = this.model.size(applied.rule.size)?.bandwidth;
        if (!norm) {
            return;
        }
        for (const year of facts.years) {
            // Options of a choice count through the choice: a student takes what is chosen, not every option.
            const modules = facts.members.filter(member => member.years.includes(year) && member.module.size && !facts.options.has(member.module)).map(member => member.module);
            const choices = facts.choices.filter(choice => choice.years.includes(year));
            if (modules.length === 0 && choices.length === 0) {
                continue; // nothing planned for this year yet: nothing to add up
            }
            const what = `${programme.name} ${this.reporter.messages.phrase('what.year')} ${year}`;
            let sum = this.sum(modules, norm, what, applied.governing.name, programme, accept);
            for (const choice of choices) {
                sum = sum && this.addChoice(sum, choice, choice.years.length, norm, what, applied.governing.name, programme, accept);
            }
            if (sum && (sum.min > norm.max || sum.max < norm.min)) {
                this.reporter.report(accept, 'error', 'offering.programme.year-volume', {
                    programme: programme.name, year, range: formatBandwidth(sum), norm: formatBandwidth(norm), policy: applied.governing.name,
                }, programme, { property: 'years' });
            }
        }
    }

    /** The applied rules of a kind for a programme, one per distinct value (the first policy, by name, that imposes it). */
    private applied<R extends PolicyRule>(programme: Programme, kind: RuleKind): Array<AppliedRule<R>> {
        return distinct((this.model.programme(programme).rules.get(kind) ?? []) as Array<AppliedRule<R>>);
    }

    /** Adds a choice's volume (its share for one of `spread` years) to a sum; undefined (with a warning) when it does not convert. */
    private addChoice(sum: Bandwidth, choice: ChoiceFacts, spread: number, norm: Bandwidth, what: string, policy: string,
        programme: Programme, accept: ValidationAcceptor): Bandwidth | undefined {
        const volume = choice.volumeIn(norm.unit);
        if (!volume) {
            const unit = choice.size?.unit ?? choice.options.map(option => this.model.module(option).size?.unit).find(u => u && !inUnit({ min: 1, max: 1, unit: u }, norm.unit));
            if (unit) {
                this.reporter.report(accept, 'warning', 'offering.size.incomparable-units', { what, unit, policy, other: norm.unit }, programme, { property: 'name' });
            }
            return choice.size && !choice.size.bandwidth ? sum : undefined;
        }
        return { min: addAmounts(sum.min, volume.min / spread), max: addAmounts(sum.max, volume.max / spread), unit: sum.unit };
    }

    checkKeuzedeelVolume = (programme: Programme, accept: ValidationAcceptor): void => {
        for (const applied of this.applied<KeuzedeelVolumeRule>(programme, 'keuzedeel-volume')) {
            this.checkKeuzedeelVolumeAgainst(programme, applied, accept);
        }
    };

    private checkKeuzedeelVolumeAgainst(programme: Programme, applied: AppliedRule<KeuzedeelVolumeRule>, accept: ValidationAcceptor): void {
        const facts = this.model.programme(programme);
        const norm = this.model.size(applied.rule.size)?.bandwidth;
        if (!norm) {
            return;
        }
        const keuzedelen = [...new Set(facts.members.map(m => m.module).filter(m => m.kind === 'keuzedeel' && m.size))];
        const what = `${this.reporter.messages.phrase('what.keuzedelen')} ${programme.name}`;
        const choices = facts.choices.filter(choice => choice.options.some(option => option.kind === 'keuzedeel'));
        if (choices.length === 0) {
            const sum = this.sum(keuzedelen, norm, what, applied.governing.name, programme, accept);
            // Keuzedelen are options: what is offered must at least allow choosing the required volume.
            if (sum && sum.max < norm.min) {
                this.reporter.report(accept, 'error', 'offering.programme.keuzedeel-volume', {
                    programme: programme.name, range: formatBandwidth(sum), norm: formatBandwidth(norm), policy: applied.governing.name,
                }, programme, { property: 'name' });
            }
            return;
        }
        // With choices the student takes what the choices say, plus every keuzedeel outside a choice.
        let sum = this.sum(keuzedelen.filter(k => !facts.options.has(k)), norm, what, applied.governing.name, programme, accept);
        for (const choice of choices) {
            sum = sum && this.addChoice(sum, choice, 1, norm, what, applied.governing.name, programme, accept);
        }
        if (sum && (sum.max < norm.min || sum.min > norm.max)) {
            this.reporter.report(accept, 'error', 'offering.programme.keuzedeel-choice', {
                programme: programme.name, range: formatBandwidth(sum), norm: formatBandwidth(norm), policy: applied.governing.name,
            }, programme, { property: 'name' });
        }
    }

    /** The summed sizes in the norm's unit; undefined (with a warning) when some size cannot be converted. */
    private sum(modules: Module[], norm: Bandwidth, what: string, policy: string, programme: Programme, accept: ValidationAcceptor): Bandwidth | undefined {
        const total: Bandwidth = { min: 0, max: 0, unit: norm.unit };
        for (const module of modules) {
            const size = this.model.module(module).size?.bandwidth;
            if (!size) {
                continue;
            }
            const converted = inUnit(size, norm.unit);
            if (!converted) {
                this.reporter.report(accept, 'warning', 'offering.size.incomparable-units', { what, unit: size.unit, policy, other: norm.unit },
                    programme, { property: 'name' });
                return undefined;
            }
            total.min = addAmounts(total.min, converted.min);
            total.max = addAmounts(total.max, converted.max);
        }
        return total;
    }

    checkIntakes = (offering: ProgrammeOffering, accept: ValidationAcceptor): void => {
        const facts = this.model.offering(offering);
        const programme = facts.programme;
        // The rules that apply to this offering (its provider's and board's too); the strictest minimum, not the first by name.
        const rules = facts.intakeRules;
        const minimum = distinct((rules.get('min-intakes') ?? []) as Array<AppliedRule<MinIntakesRule>>).sort((a, b) => b.rule.count - a.rule.count)[0];
        this.checkIntakeRules(offering, programme.name, facts, minimum, rules.get('at-period-starts')?.[0], accept);
    };

    /**
     * A module offered on its own is held to the intake rules of the policies that govern its
     * programmes (the one it is written in and those in its `for`); a module of no programme to none,
     * as for its size.
     */
    checkModuleOfferingIntakes = (offering: ModuleOffering, accept: ValidationAcceptor): void => {
        const facts = this.model.moduleOffering(offering);
        const programmes = [...new Set(this.model.module(facts.module).programmes.map(membership => membership.programme))];
        const minimum = programmes.flatMap(programme => this.applied<MinIntakesRule>(programme, 'min-intakes'))
            .sort((a, b) => b.rule.count - a.rule.count)[0];
        const atStarts = programmes.map(programme => this.model.programme(programme).rule('at-period-starts')).find(rule => rule !== undefined);
        this.checkIntakeRules(offering, facts.module.name, facts, minimum, atStarts, accept);
    };

    private checkIntakeRules(offering: ProgrammeOffering | ModuleOffering, name: string,
        facts: { calendar?: Calendar; intakeCount: IntakeCount; intakeCountFrom(date: string): IntakeCount },
        minimum: AppliedRule<MinIntakesRule> | undefined, atStarts: AppliedRule | undefined, accept: ValidationAcceptor): void {
        const moments = intakeMoments(offering.intakes);
        const calendar = facts.calendar;
        const starts = (calendar ? allPeriods(calendar) : []).map(period => period.start).filter(start => dayNumber(start) !== undefined).sort();

        if (minimum) {
            // A year a flexible window covers meets any minimum; a partly planned year needs its share (rounded).
            const needed = (year: IntakeYear): number => year.partlyPlanned ? Math.round(minimum.rule.count * year.partlyPlanned.share) : minimum.rule.count;
            const count = minimum.rule.start ? facts.intakeCountFrom(minimum.rule.start) : facts.intakeCount;
            const years = count.years;
            const short = years.length === 0 ? undefined : years.filter(year => !year.covered && year.count < needed(year))
                .sort((a, b) => (a.count - needed(a)) - (b.count - needed(b)) || a.index - b.index)[0];
            if (years.length === 0 || short) {
                const offered = GrammarUtils.findNodeForKeyword(offering.$cstNode, 'offered');
                const messages = this.reporter.messages.texts.intakeYears;
                const where = !short ? messages.none
                    : count.anchoredAt === 'policy' ? messages.ofPolicy(short.from, short.to, minimum.governing.name)
                    : count.anchoredAt === 'calendar' && calendar ? messages.ofCalendar(short.from, short.to, calendar.name)
                    : messages.fromIntake(short.from, short.to);
                const share = short?.partlyPlanned ? messages.share(needed(short), short.partlyPlanned.until) : '';
                this.reporter.report(accept, 'error', 'offering.offering.too-few-intakes', {
                    programme: name, count: short?.count ?? 0, required: minimum.rule.count, policy: minimum.governing.name, where, share,
                }, offering, { range: offered?.range });
            }
        }

        if (atStarts && starts.length > 0) {
            for (const moment of moments.filter(m => m.kind === 'date' && !starts.includes(m.date))) {
                const nearest = nearestDate(moment.date, starts);
                this.reporter.report(accept, 'error', 'offering.intake.not-on-period-start',
                    { date: moment.date, policy: atStarts.governing.name, nearest }, moment.node, { property: moment.property }, { nearest });
            }
        }
    }
}

/** One applied rule per distinct value, the first of each. */
function distinct<R extends PolicyRule>(rules: Array<AppliedRule<R>>): Array<AppliedRule<R>> {
    const seen = new Set<string>();
    return rules.filter(applied => {
        const value = ruleValue(applied.rule);
        if (seen.has(value)) return false;
        seen.add(value);
        return true;
    });
}

function nearestDate(date: string, candidates: string[]): string {
    const day = dayNumber(date)!;
    return candidates.reduce((best, candidate) =>
        Math.abs(dayNumber(candidate)! - day) < Math.abs(dayNumber(best)! - day) ? candidate : best);
}
