import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Calendar, DateRange, DateValue, Intake, Module, ModuleOffering, OfferingAstType, Period, ProgrammeOffering, Validity } from '../generated/ast.js';
import { isModuleOffering, isPeriod, isProgrammeOffering } from '../generated/ast.js';
import { allPeriods } from '../model/periods.js';
import { compareDates, isValidDate } from '../model/dates.js';
import { intakeMoments } from '../model/intakes.js';
import { validitySpan } from '../model/validity.js';
import type { SemanticModel } from '../model/semantic-model.js';
import type { Reporter } from './reporter.js';

/** Dates: real dates, windows and periods that run forwards, periods that do not overlap, intakes inside the calendar. */
export class DateChecks {
    constructor(private readonly reporter: Reporter, private readonly model: SemanticModel) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Period: this.checkPeriod,
            DateValue: this.checkDateValue,
            DateRange: this.checkDateRange,
            Calendar: this.checkOverlap,
            Intake: this.checkInsideCalendar,
            ProgrammeOffering: [this.checkDuplicateIntakes, this.checkInsideValidity],
            ModuleOffering: [this.checkDuplicateIntakes, this.checkInsideValidity],
            Module: this.checkDuplicateIntakes,
            Validity: this.checkValidity,
        };
    }

    checkPeriod = (period: Period, accept: ValidationAcceptor): void => {
        const valid = this.checkDates(period, ['start', 'end'], accept);
        if (valid && compareDates(period.start, period.end) > 0) {
            this.reporter.report(accept, 'error', 'offering.period.reversed',
                { period: period.name, start: period.start, end: period.end }, period, { property: 'end' });
        }
        if (period.periods.length > 0) {
            this.checkOverlap(period, accept);
        }
        const parent = period.$container;
        if (valid && isPeriod(parent) && isValidDate(parent.start) && isValidDate(parent.end)) {
            const property = compareDates(period.start, parent.start) < 0 ? 'start' : compareDates(period.end, parent.end) > 0 ? 'end' : undefined;
            if (property) {
                this.reporter.report(accept, 'error', 'offering.period.outside-parent',
                    { period: period.name, parent: parent.name, start: period.start, end: period.end, parentStart: parent.start, parentEnd: parent.end },
                    period, { property });
            }
        }
    };

    checkDateValue = (value: DateValue, accept: ValidationAcceptor): void => {
        this.checkDates(value, ['value'], accept);
    };

    checkDateRange = (range: DateRange, accept: ValidationAcceptor): void => {
        const valid = this.checkDates(range, ['start', 'end'], accept);
        if (valid && compareDates(range.start, range.end) > 0) {
            this.reporter.report(accept, 'error', 'offering.date-range.reversed', { start: range.start, end: range.end }, range, { property: 'end' });
        }
    };

    checkValidity = (validity: Validity, accept: ValidationAcceptor): void => {
        const valid = this.checkDates(validity, ['from', 'to'], accept);
        if (valid && validity.from && validity.to && compareDates(validity.from, validity.to) > 0) {
            this.reporter.report(accept, 'error', 'offering.validity.reversed',
                { owner: this.describe(validity.$container), from: validity.from, to: validity.to }, validity, { property: 'to' });
        }
    };

    /**
     * Every intake moment of an offering lies within the validity of the offering, its programme,
     * its provider and its location; the first of those that does not hold it is named. (A module has no validity of its own.)
     */
    checkInsideValidity = (offering: ProgrammeOffering | ModuleOffering, accept: ValidationAcceptor): void => {
        const programme = isProgrammeOffering(offering) ? offering.$container : undefined;
        const owners = [offering, programme, offering.provider?.ref, offering.location?.ref]
            .flatMap(owner => {
                const span = owner && validitySpan(owner.validity);
                return owner && span ? [{ owner, span }] : [];
            });
        if (owners.length === 0) {
            return;
        }
        for (const moment of intakeMoments(offering.intakes)) {
            for (const { owner, span } of owners) {
                const side = span.from !== undefined && compareDates(moment.date, span.from) < 0 ? 'before'
                    : span.to !== undefined && compareDates(moment.date, span.to) > 0 ? 'after' : undefined;
                if (side) {
                    this.reporter.report(accept, 'error', 'offering.intake.outside-validity',
                        { date: moment.date, thing: this.describe(owner), side, limit: (side === 'before' ? span.from : span.to)! },
                        moment.node, { property: moment.property, index: moment.index });
                    break;
                }
            }
        }
    };

    /** `location Haarlem`; an offering by its programme, provider and location. */
    private describe(owner: Validity['$container']): string {
        const kind = this.reporter.messages.kind(owner.$type);
        return isProgrammeOffering(owner) || isModuleOffering(owner)
            ? `${kind} ${owner.$container.name} (${owner.provider?.$refText ?? ''}, ${owner.location?.$refText ?? ''})`
            : `${kind} ${owner.name}`;
    }

    /** Reports impossible dates; true when all are real. */
    private checkDates<N extends Period | DateValue | DateRange | Validity>(node: N, properties: Array<keyof N & string>, accept: ValidationAcceptor): boolean {
        let valid = true;
        for (const property of properties) {
            const date = node[property] as unknown as string | undefined;
            if (date !== undefined && !isValidDate(date)) {
                valid = false;
                this.reporter.report(accept, 'error', 'offering.date.invalid', { date }, node, { property });
            }
        }
        return valid;
    }

    /** Sibling periods (of a calendar, or nested in one period) do not overlap; each level on its own. */
    checkOverlap = (calendar: Calendar | Period, accept: ValidationAcceptor): void => {
        const periods = calendar.periods
            .filter(p => isValidDate(p.start) && isValidDate(p.end) && compareDates(p.start, p.end) <= 0)
            .sort((a, b) => compareDates(a.start, b.start));
        let latest: Period | undefined;
        for (const period of periods) {
            if (latest && compareDates(period.start, latest.end) <= 0) {
                this.reporter.report(accept, 'error', 'offering.period.overlap',
                    { period: period.name, other: latest.name, start: period.start, end: latest.end }, period, { property: 'start' });
            }
            if (!latest || compareDates(period.end, latest.end) > 0) {
                latest = period;
            }
        }
    };

    checkInsideCalendar = (intake: Intake, accept: ValidationAcceptor): void => {
        const calendar = this.model.calendarOf(intake);
        const spans = calendar && this.coveredSpans(calendar);
        if (!calendar || !spans) {
            return;
        }
        for (const moment of intakeMoments([intake]).filter(m => m.kind !== 'period')) {
            if (!insideSpans(spans, moment.date)) {
                this.reporter.report(accept, 'error', 'offering.intake.outside-calendar',
                    { date: moment.date, calendar: calendar.name }, moment.node, { property: moment.property });
            }
        }
    };

    /** Per calendar (its periods never change without a re-parse) the days its periods cover. */
    private readonly spans = new WeakMap<Calendar, Span[] | undefined>();

    /**
     * The stretches of days a calendar's periods cover, sorted and merged, so that an intake
     * is placed by binary search instead of a scan of every period (100,000 periods exist);
     * undefined when no period has real dates (then no intake is reported as outside).
     */
    private coveredSpans(calendar: Calendar): Span[] | undefined {
        if (!this.spans.has(calendar)) {
            const valid = allPeriods(calendar).filter(p => isValidDate(p.start) && isValidDate(p.end));
            this.spans.set(calendar, valid.length === 0 ? undefined : mergeSpans(valid.filter(p => compareDates(p.start, p.end) <= 0)));
        }
        return this.spans.get(calendar);
    }

    checkDuplicateIntakes = (owner: ProgrammeOffering | ModuleOffering | Module, accept: ValidationAcceptor): void => {
        const seen = new Set<string>();
        for (const moment of intakeMoments(owner.intakes)) {
            if (seen.has(moment.date)) {
                this.reporter.report(accept, 'error', 'offering.intake.duplicate', { date: moment.date }, moment.node,
                    { property: moment.property, index: moment.index });
            }
            seen.add(moment.date);
        }
    };
}

/** A stretch of days from `start` to `end`, both included (ISO dates compare as text). */
interface Span {
    start: string;
    end: string;
}

function mergeSpans(periods: Array<{ start: string; end: string }>): Span[] {
    const sorted = [...periods].sort((a, b) => compareDates(a.start, b.start));
    const merged: Span[] = [];
    for (const { start, end } of sorted) {
        const last = merged[merged.length - 1];
        if (last && compareDates(start, last.end) <= 0) {
            if (compareDates(end, last.end) > 0) last.end = end;
        } else {
            merged.push({ start, end });
        }
    }
    return merged;
}

/** Whether a date falls in one of the sorted, disjoint spans: the last span starting on or before it. */
function insideSpans(spans: Span[], date: string): boolean {
    let low = 0;
    let high = spans.length - 1;
    let candidate = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (compareDates(spans[middle].start, date) <= 0) {
            candidate = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return candidate >= 0 && compareDates(date, spans[candidate].end) <= 0;
}
