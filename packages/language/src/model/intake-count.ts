import type { Calendar } from '../generated/ast.js';
import { compareDates, dateFromDayNumber, dayNumber, isValidDate, parseDate } from './dates.js';
import type { DateSpan, ResolvedIntake } from './intakes.js';
import { leafPeriods } from './periods.js';

/** One counting year of an offering's intakes (`at least N intakes per year`). */
export interface IntakeYear {
    /** 0 for the year that starts at the anchor. */
    readonly index: number;
    /** Its first and last day: 12 months from the anchor. */
    readonly from: string;
    readonly to: string;
    /** The distinct intake moments in it (fixed dates, period starts, and what flexible windows count for). */
    readonly count: number;
    /** Whether a flexible window runs over every planned day of it: then any minimum is met. */
    readonly covered: boolean;
    /**
     * Set when the calendar runs longer than one year but ends inside this one (a calendar
     * without school years, D1b): its last day, and the share of the year's days up to it.
     */
    readonly partlyPlanned?: { readonly until: string; readonly share: number };
}

/** How an offering's intakes fall into counting years, and where those years start. */
export interface IntakeCount {
    /** `policy`: 12 months from the date the policy names; `calendar`: from the first period start of the calendar in use; `intake`: from the earliest intake (no calendar). */
    readonly anchoredAt: 'policy' | 'calendar' | 'intake';
    /** The years that hold an intake, in order. */
    readonly years: IntakeYear[];
}

interface Span {
    from: number;
    to: number;
}

/**
 * Counts intake moments per year of 12 months from the anchor. A fixed date or a period's start
 * is one moment. A flexible window that runs over every planned day of a year (from the start of
 * the year's first period to the end of its last, or all 12 months without periods) meets any
 * minimum in that year; a window that covers only part of a year counts one moment for each period
 * of the calendar it overlaps in that year (a student can start in each), or one moment without
 * periods. Moments on the same start date count once.
 *
 * The years run from the date the policy names (`per year from 2026-08-01`), else from the
 * first period start of the calendar in use (without one, from the earliest intake): a calendar's own years, which are school years only when the calendar is
 * one. When a calendar runs longer than a year and ends inside a year, that year is partly
 * planned: `partlyPlanned` says until when (the check asks only for its share of the minimum).
 */
export function countIntakes(intakes: readonly ResolvedIntake[], calendar: Calendar | undefined, from?: string): IntakeCount {
    const periods = (calendar ? leafPeriods(calendar) : [])
        .map(period => ({ start: period.start, span: span(period.start, period.end) }))
        .filter((p): p is { start: string; span: Span } => p.span !== undefined && p.span.from <= p.span.to)
        .sort((a, b) => a.span.from - b.span.from);
    const fixed = intakes.flatMap(intake => intake.moments.filter(m => m.kind !== 'window').map(m => m.date)).filter(isValidDate);
    const windows = intakes.map(intake => intake.window).filter((w): w is DateSpan => w !== undefined)
        .map(w => span(w.from, w.to)).filter((w): w is Span => w !== undefined && w.from <= w.to);
    // Half-typed windows still count once, at their start, as before.
    const openStarts = intakes.filter(intake => !intake.window).flatMap(intake => intake.moments.filter(m => m.kind === 'window').map(m => m.date)).filter(isValidDate);

    const earliest = [...fixed, ...openStarts, ...windows.map(w => dateFromDayNumber(w.from))].sort(compareDates)[0];
    const policyAnchor = from !== undefined && isValidDate(from) ? from : undefined;
    const anchoredAt = policyAnchor ? 'policy' : periods.length > 0 ? 'calendar' : 'intake';
    const anchor = policyAnchor ?? (periods.length > 0 ? periods[0].start : earliest);
    if (!anchor) {
        return { anchoredAt, years: [] };
    }
    const keys = new Map<number, Set<string>>();
    const covered = new Set<number>();
    const add = (year: number, key: string): void => {
        keys.set(year, (keys.get(year) ?? new Set()).add(key));
    };
    for (const date of [...fixed, ...openStarts]) {
        add(yearIndex(anchor, date), date);
    }
    for (const window of windows) {
        const first = yearIndex(anchor, dateFromDayNumber(window.from));
        const last = yearIndex(anchor, dateFromDayNumber(window.to));
        for (let year = first; year <= last; year++) {
            const bounds = yearSpan(anchor, year);
            const inYear = periods.filter(p => overlaps(p.span, bounds)).map(p => ({ start: p.start, span: clip(p.span, bounds) }));
            const planned = inYear.length > 0 ? { from: inYear[0].span.from, to: Math.max(...inYear.map(p => p.span.to)) } : bounds;
            if (window.from <= planned.from && window.to >= planned.to) {
                covered.add(year);
            }
            const overlapped = inYear.filter(p => overlaps(p.span, window));
            if (overlapped.length > 0) {
                overlapped.forEach(p => add(year, p.start));
            } else if (overlaps(window, bounds)) {
                add(year, `window:${dateFromDayNumber(Math.max(window.from, bounds.from))}`);
            }
        }
    }
    const lastDay = periods.length > 0 ? Math.max(...periods.map(p => p.span.to)) : undefined;
    const longerThanAYear = lastDay !== undefined && lastDay > yearSpan(anchor, 0).to;
    const years = [...new Set([...keys.keys(), ...covered])].sort((a, b) => a - b).map(index => {
        const bounds = yearSpan(anchor, index);
        const partly = longerThanAYear && lastDay >= bounds.from && lastDay < bounds.to
            ? { until: dateFromDayNumber(lastDay), share: (lastDay - bounds.from + 1) / (bounds.to - bounds.from + 1) }
            : undefined;
        return { index, from: dateFromDayNumber(bounds.from), to: dateFromDayNumber(bounds.to), count: keys.get(index)?.size ?? 0, covered: covered.has(index), partlyPlanned: partly };
    });
    return { anchoredAt, years };
}

function span(from: string, to: string): Span | undefined {
    const a = dayNumber(from);
    const b = dayNumber(to);
    return a === undefined || b === undefined ? undefined : { from: a, to: b };
}

function overlaps(a: Span, b: Span): boolean {
    return a.from <= b.to && b.from <= a.to;
}

function clip(a: Span, bounds: Span): Span {
    return { from: Math.max(a.from, bounds.from), to: Math.min(a.to, bounds.to) };
}

/** Which year of 12 months from the anchor (counted from 0) a date falls in. */
function yearIndex(anchor: string, date: string): number {
    const a = parseDate(anchor)!;
    const d = parseDate(date)!;
    const months = (d.year - a.year) * 12 + (d.month - a.month) - (d.day < a.day ? 1 : 0);
    return Math.floor(months / 12);
}

/** The first and last day of year `index` counted from the anchor. */
function yearSpan(anchor: string, index: number): Span {
    const a = parseDate(anchor)!;
    const day = (year: number): number => Date.UTC(year, a.month - 1, a.day) / 86_400_000;
    return { from: day(a.year + index), to: day(a.year + index + 1) - 1 };
}
