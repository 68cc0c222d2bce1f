import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { GrammarUtils } from 'langium';
import type {
    KeuzedeelVolumeRule, MinIntakesRule, Module, ModuleSizeRule, OfferingAstType, Policy, Programme, ProgrammeOffering, YearVolumeRule
} from '../generated/ast.js';
import { dayNumber } from '../model/dates.js';
import type { RuleKind } from '../model/policies.js';
import { ruleValue } from '../model/policies.js';
import { cycleChain } from '../model/cycles.js';
import { intakeMoments } from '../model/intakes.js';
import type { IntakeYear } from '../model/intake-count.js';
import type { SemanticModel } from '../model/semantic-model.js';
import type { Bandwidth } from '../model/sizes.js';
import { addAmounts, formatBandwidth, inUnit } from '../model/sizes.js';
import type { PhraseKey } from '../i18n/messages.js';
import type { Reporter } from './reporter.js';

const RULE_PHRASES: Partial<Record<RuleKind, PhraseKey>> = {
    'module-size': 'rule.module-size',
    'min-intakes': 'rule.min-intakes',
    'year-volume': 'rule.year-volume',
    'keuzedeel-volume': 'rule.keuzedeel-volume',
};

/** The norms of policies (kaders): module bandwidths, intakes, year and keuzedeel volumes, and the policies themselves. */
export class PolicyChecks {
    constructor(private readonly reporter: Reporter, private readonly model: SemanticModel) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Policy: this.checkExtendsCycle,
            Programme: [this.checkConflicts, this.checkYearVolume, this.checkKeuzedeelVolume],
            Module: this.checkModuleSize,
            ProgrammeOffering: this.checkIntakes,
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
        for (const { programme } of facts.programmes) {
            const applied = this.model.programme(programme).rule<ModuleSizeRule>('module-size');
            const norm = applied && this.model.size(applied.rule.size)?.bandwidth;
            if (!applied || !norm || seen.has(applied.rule)) {
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
        const facts = this.model.programme(programme);
        const applied = facts.rule<YearVolumeRule>('year-volume');
        const norm = applied && this.model.size(applied.rule.size)?.bandwidth;
        if (!applied || !norm) {
            return;
        }
        for (const year of facts.years) {
            const modules = facts.members.filter(member => member.years.includes(year) && member.module.size).map(member => member.module);
            if (modules.length === 0) {
                continue; // nothing planned for this year yet: nothing to add up
            }
            const what = `${programme.name} ${this.reporter.messages.phrase('what.year')} ${year}`;
            const sum = this.sum(modules, norm, what, applied.governing.name, programme, accept);
            if (sum && (sum.min > norm.max || sum.max < norm.min)) {
                this.reporter.report(accept, 'error', 'offering.programme.year-volume', {
                    programme: programme.name, year, range: formatBandwidth(sum), norm: formatBandwidth(norm), policy: applied.governing.name,
                }, programme, { property: 'years' });
            }
        }
    };

    checkKeuzedeelVolume = (programme: Programme, accept: ValidationAcceptor): void => {
        const facts = this.model.programme(programme);
        const applied = facts.rule<KeuzedeelVolumeRule>('keuzedeel-volume');
        const norm = applied && this.model.size(applied.rule.size)?.bandwidth;
        if (!applied || !norm) {
            return;
        }
        const keuzedelen = facts.members.map(m => m.module).filter(m => m.kind === 'keuzedeel' && m.size);
        const what = `${this.reporter.messages.phrase('what.keuzedelen')} ${programme.name}`;
        const sum = this.sum([...new Set(keuzedelen)], norm, what, applied.governing.name, programme, accept);
        // Keuzedelen are options: what is offered must at least allow choosing the required volume.
        if (sum && sum.max < norm.min) {
            this.reporter.report(accept, 'error', 'offering.programme.keuzedeel-volume', {
                programme: programme.name, range: formatBandwidth(sum), norm: formatBandwidth(norm), policy: applied.governing.name,
            }, programme, { property: 'name' });
        }
    };

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
        const moments = intakeMoments(offering.intakes);
        const calendar = facts.calendar;
        const starts = (calendar?.periods ?? []).map(period => period.start).filter(start => dayNumber(start) !== undefined).sort();

        const programmeFacts = this.model.programme(programme);
        const minimum = programmeFacts.rule<MinIntakesRule>('min-intakes');
        if (minimum) {
            // A year a flexible window covers meets any minimum; a partly planned year needs its share (rounded).
            const needed = (year: IntakeYear): number => year.partlyPlanned ? Math.round(minimum.rule.count * year.partlyPlanned.share) : minimum.rule.count;
            const years = facts.intakeCount.years;
            const short = years.length === 0 ? undefined : years.filter(year => !year.covered && year.count < needed(year))
                .sort((a, b) => (a.count - needed(a)) - (b.count - needed(b)) || a.index - b.index)[0];
            if (years.length === 0 || short) {
                const offered = GrammarUtils.findNodeForKeyword(offering.$cstNode, 'offered');
                const messages = this.reporter.messages.texts.intakeYears;
                const where = !short ? messages.none
                    : facts.intakeCount.anchoredAt === 'calendar' && calendar ? messages.ofCalendar(short.from, short.to, calendar.name)
                    : messages.fromIntake(short.from, short.to);
                const share = short?.partlyPlanned ? messages.share(needed(short), short.partlyPlanned.until) : '';
                this.reporter.report(accept, 'error', 'offering.offering.too-few-intakes', {
                    programme: programme.name, count: short?.count ?? 0, required: minimum.rule.count, policy: minimum.governing.name, where, share,
                }, offering, { range: offered?.range });
            }
        }

        const atStarts = programmeFacts.rule('at-period-starts');
        if (atStarts && starts.length > 0) {
            for (const moment of moments.filter(m => m.kind === 'date' && !starts.includes(m.date))) {
                const nearest = nearestDate(moment.date, starts);
                this.reporter.report(accept, 'error', 'offering.intake.not-on-period-start',
                    { date: moment.date, policy: atStarts.governing.name, nearest }, moment.node, { property: moment.property }, { nearest });
            }
        }
    };
}

function nearestDate(date: string, candidates: string[]): string {
    const day = dayNumber(date)!;
    return candidates.reduce((best, candidate) =>
        Math.abs(dayNumber(candidate)! - day) < Math.abs(dayNumber(best)! - day) ? candidate : best);
}
