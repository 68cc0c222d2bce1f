import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Group, Module, OfferingAstType, Programme, Teaching, YearRange, YearSet } from '../generated/ast.js';
import { isProgramme } from '../generated/ast.js';
import { describeYears, MAX_YEAR, yearsOf } from '../model/programme-index.js';
import { allMembers } from '../model/compositions.js';
import type { SemanticModel } from '../model/semantic-model.js';
import type { Reporter } from './reporter.js';

/** Years and levels: ranges that run forwards, years that the programme has, levels a module is offered at. */
export class YearLevelChecks {
    constructor(private readonly reporter: Reporter, private readonly model: SemanticModel) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            YearRange: this.checkRange,
            Module: this.checkModuleYears,
            Group: this.checkGroupYears,
            Teaching: this.checkTeachingLevels,
        };
    }

    checkRange = (range: YearRange, accept: ValidationAcceptor): void => {
        if (range.to !== undefined && range.to < range.from) {
            this.reporter.report(accept, 'error', 'offering.years.reversed', { from: range.from, to: range.to }, range);
        }
        // The model leaves out years above MAX_YEAR: say so instead of dropping them silently.
        const highest = Math.max(range.from ?? 0, range.to ?? 0);
        if (highest > MAX_YEAR) {
            this.reporter.report(accept, 'error', 'offering.years.out-of-range', { year: highest, max: MAX_YEAR }, range);
        }
    };

    checkModuleYears = (module: Module, accept: ValidationAcceptor): void => {
        if (isProgramme(module.$container)) {
            this.checkYearsIn(module.years, module.$container, 'offering.module.year-outside-programme', accept);
        }
        for (const entry of module.programmes) {
            this.checkYearsIn(entry.years, entry.programme?.ref, 'offering.module.year-outside-programme', accept);
        }
    };

    checkGroupYears = (group: Group, accept: ValidationAcceptor): void => {
        for (const member of allMembers(group)) {
            this.checkYearsIn(member.years, member.programme?.ref, 'offering.group.unknown-year', accept);
        }
    };

    /** Each range that names a year the programme does not have (only when the programme says its years). */
    private checkYearsIn(set: YearSet | undefined, programme: Programme | undefined,
        code: 'offering.module.year-outside-programme' | 'offering.group.unknown-year', accept: ValidationAcceptor): void {
        if (!set || !programme?.years) {
            return;
        }
        const known = this.model.programme(programme).years;
        for (const range of set.ranges) {
            const outside = yearsOf({ ranges: [range] } as unknown as YearSet).find(year => !known.includes(year));
            if (outside !== undefined) {
                this.reporter.report(accept, 'error', code,
                    { year: outside, programme: programme.name, years: describeYears(known, this.reporter.messages.phrase('year.none')) }, range);
            }
        }
    }

    checkTeachingLevels = (teaching: Teaching, accept: ValidationAcceptor): void => {
        const module = teaching.module?.ref; // undefined after a syntax error (`teaches` alone)
        if (!module || module.levels.length === 0) {
            return;
        }
        const offered = new Set(module.levels.map(level => String(level).toLowerCase()));
        teaching.levels.forEach((level, index) => {
            if (!offered.has(String(level).toLowerCase())) {
                this.reporter.report(accept, 'error', 'offering.group.level-not-offered',
                    { module: module.name, level: String(level), levels: module.levels.join(', ') }, teaching, { property: 'levels', index });
            }
        });
    };
}
