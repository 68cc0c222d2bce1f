import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Calendar, DateRange, DateValue, Intake, Module, OfferingAstType, Period, ProgrammeOffering } from '../generated/ast.js';
import { compareDates, isValidDate } from '../domain/dates.js';
import { calendarInUse } from '../offering-scope-provider.js';
import { intakeMoments } from './intake-moments.js';
import type { Reporter } from './reporter.js';

/** Dates: real dates, windows and periods that run forwards, periods that do not overlap, intakes inside the calendar. */
export class DateChecks {
    constructor(private readonly reporter: Reporter) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Period: this.checkPeriod,
            DateValue: this.checkDateValue,
            DateRange: this.checkDateRange,
            Calendar: this.checkOverlap,
            Intake: this.checkInsideCalendar,
            ProgrammeOffering: this.checkDuplicateIntakes,
            Module: this.checkDuplicateIntakes,
        };
    }

    checkPeriod = (period: Period, accept: ValidationAcceptor): void => {
        const valid = this.checkDates(period, ['start', 'end'], accept);
        if (valid && compareDates(period.start, period.end) > 0) {
            this.reporter.report(accept, 'error', 'offering.period.reversed',
                { period: period.name, start: period.start, end: period.end }, period, { property: 'end' });
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

    /** Reports impossible dates; true when all are real. */
    private checkDates<N extends Period | DateValue | DateRange>(node: N, properties: Array<keyof N & string>, accept: ValidationAcceptor): boolean {
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

    checkOverlap = (calendar: Calendar, accept: ValidationAcceptor): void => {
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
        const calendar = calendarInUse(intake);
        const periods = (calendar?.periods ?? []).filter(p => isValidDate(p.start) && isValidDate(p.end));
        if (!calendar || periods.length === 0) {
            return;
        }
        for (const moment of intakeMoments([intake]).filter(m => m.kind !== 'period')) {
            if (!periods.some(p => compareDates(p.start, moment.date) <= 0 && compareDates(moment.date, p.end) <= 0)) {
                this.reporter.report(accept, 'error', 'offering.intake.outside-calendar',
                    { date: moment.date, calendar: calendar.name }, moment.node, { property: moment.property });
            }
        }
    };

    checkDuplicateIntakes = (owner: ProgrammeOffering | Module, accept: ValidationAcceptor): void => {
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
