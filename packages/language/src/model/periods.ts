import type { Calendar, Period } from '../generated/ast.js';

/** Every period of a calendar, nested ones included, each before the periods it holds (written order). */
export function allPeriods(calendar: Calendar): Period[] {
    const result: Period[] = [];
    const visit = (periods: Period[]): void => periods.forEach(period => {
        result.push(period);
        visit(period.periods);
    });
    visit(calendar.periods);
    return result;
}

/** The periods that hold no periods: the blocks of a year of semesters of blocks. What the intake count counts. */
export function leafPeriods(calendar: Calendar): Period[] {
    return allPeriods(calendar).filter(period => period.periods.length === 0);
}
