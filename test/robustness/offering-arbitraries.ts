import fc from 'fast-check';
import { dateFromDayNumber, dayNumber } from '../../packages/language/src/model/dates.js';
import type { Definition, Intake, Model, Module, Offering, Period, PolicyRule, ProgrammeYears, Size, YearRange } from './offering-model.js';

/**
 * Arbitraries for VALID Offering models (every reference resolves to the definition it
 * names, groupings form a tree, policies extend only earlier policies) and a printer that
 * writes a model as Offering text with a random but seeded layout: whitespace, comments,
 * clause order, `year`/`years`, simple or qualified references.
 */

type Gen = fc.GeneratorValue;

// Names start upper-case so they never collide with the (lower-case) keywords; `_n` keeps them unique.
const nameBase = fc.stringMatching(/^[A-Z\u00C0-\u00D6][a-z\u00E0-\u00F6]{0,5}(-[a-z0-9]{1,3})?$/);
const titleChar = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom('"', '\\', '\n', '\r', '\t', '\u0301', '\u202E', '\u200F', '👩‍🎓', '\u2028', 'ĳ') },
);
const title = fc.option(fc.string({ unit: titleChar, maxLength: 12 }), { nil: undefined });
const LEVELS = ['mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'entree', 'vmbo-tl', 'vmbo-kb', 'havo', 'vwo', '2F', '3F'];
const UNITS_WRITTEN = ['SBU', 'EC', 'hours', 'contact-hours', 'ects', 'uur'];
const level = fc.constantFrom(...LEVELS);
const amount = fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 999 }).map(n => n / 10));
const DAY0 = dayNumber('2020-01-01')!;

// Arbitraries are built once: constructing them (regular expressions especially) dominated generation time.
const keuzedeelCode = fc.option(fc.stringMatching(/^K[0-9]{4}$/), { nil: undefined });
const boardCode = fc.option(fc.stringMatching(/^[0-9]{3}B[0-9]{3}$/), { nil: undefined });
const providerCode = fc.option(fc.stringMatching(/^[0-9]{3}A[0-9]{3}$/), { nil: undefined });
const locationCode = fc.option(fc.stringMatching(/^[0-9]{3}X[0-9]{3}$/), { nil: undefined });
const creboCode = fc.stringMatching(/^[0-9]{5}$/);
const rioCode = fc.stringMatching(/^[0-9]{4}O[0-9]{4}$/);
const characteristicCode = fc.option(fc.constantFrom('VERSNELD_PROGRAMMA_VWO', 'TTO', 'TECHNASIUM', 'DALTON'), { nil: undefined });
const targetGroupCode = fc.option(fc.constantFrom('IGBO', 'LLO'), { nil: undefined });
const pathway = fc.option(fc.constantFrom('BOL', 'BBL'), { nil: undefined });
const optionalLevel = fc.option(level, { nil: undefined });
const optionalUnit = fc.option(fc.constantFrom(...UNITS_WRITTEN), { nil: undefined });
const dayOffset = fc.integer({ min: 0, max: 3650 });
const windowLength = fc.integer({ min: 0, max: 400 });
const intakeKinds = fc.array(fc.constantFrom('on', 'at', 'flexible'), { maxLength: 2 });
const upToTwo = fc.array(fc.constant(0), { maxLength: 2 });
const moduleKind = fc.constantFrom('module' as const, 'keuzedeel' as const, 'subject' as const);
const groupKind = fc.constantFrom('class' as const, 'teaching' as const);
const reachKinds = fc.constantFrom('none', 'all', 'targets');
const ruleKinds = fc.array(fc.constantFrom('module-size', 'min-intakes', 'period-starts', 'year-volume', 'keuzedeel-volume'), { maxLength: 4 });
const yearRanges = fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined })), { minLength: 1, maxLength: 3 });
const boolean = fc.boolean();
const optionalAmount = fc.option(amount, { nil: undefined });
const counts = new Map<number, fc.Arbitrary<number>>();
const upTo = (max: number) => counts.get(max) ?? counts.set(max, fc.integer({ min: 0, max })).get(max)!;

interface Names { next(kind: string): string }

function sizeOf(g: Gen): Size {
    const min = g(() => amount);
    const extra = g(() => optionalAmount);
    const max = extra === undefined ? undefined : extra + min;
    const unit = g(() => optionalUnit);
    return clean({ min, max: max === undefined ? undefined : Math.round(max * 10) / 10, unit });
}

function yearSet(g: Gen): YearRange[] {
    return g(() => yearRanges)
        .map(([from, to]) => clean({ from, to: to === undefined ? undefined : from + to }));
}

function date(g: Gen): string {
    return dateFromDayNumber(DAY0 + g(() => dayOffset));
}

function dateRange(g: Gen): { start: string; end: string } {
    const start = DAY0 + g(() => dayOffset);
    return { start: dateFromDayNumber(start), end: dateFromDayNumber(start + g(() => windowLength)) };
}

const subsets = new Map<string, fc.Arbitrary<number[]>>();
function subsetIndexes(length: number, max: number): fc.Arbitrary<number[]> {
    const key = `${length}/${max}`;
    return subsets.get(key) ?? subsets.set(key, fc.uniqueArray(fc.integer({ min: 0, max: length - 1 }), { maxLength: Math.min(max, length) })).get(key)!;
}

function some<T>(g: Gen, items: T[], max = 3): T[] {
    if (items.length === 0) {
        return [];
    }
    return g(() => subsetIndexes(items.length, max)).map(i => items[i]);
}

function clean<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function intakes(g: Gen, periods: string[]): Intake[] {
    return g(() => intakeKinds).map(kind => {
        const registration = g(() => boolean) ? dateRange(g) : undefined;
        if (kind === 'at' && periods.length > 0) {
            return clean({ at: [periods[g(() => upTo(periods.length - 1))], ...some(g, periods, 2)], registration });
        }
        if (kind === 'flexible') {
            return clean({ flexible: dateRange(g), registration });
        }
        return clean({ on: [date(g), ...g(() => upToTwo).map(() => date(g))], registration });
    });
}

function moduleDef(g: Gen, names: Names, context: { programmes: string[]; calendars: string[]; periods: string[] }): Module {
    const kind = g(() => moduleKind);
    const hasBody = g(() => boolean);
    return clean({
        type: 'module' as const, kind, name: names.next('M'), title: g(() => title),
        code: g(() => keuzedeelCode),
        size: g(() => boolean) ? sizeOf(g) : undefined,
        body: hasBody ? clean({
            years: g(() => boolean) ? yearSet(g) : undefined,
            programmes: some(g, context.programmes, 2).map(programme => programmeYears(g, programme)),
            levels: some(g, LEVELS, 2),
            calendar: g(() => boolean) ? some(g, context.calendars, 1)[0] : undefined,
            intakes: intakes(g, context.periods),
        }) : undefined,
    });
}

function programmeYears(g: Gen, programme: string): ProgrammeYears {
    return clean({ programme, years: g(() => boolean) ? yearSet(g) : undefined });
}

/** A valid model; every name is unique in the whole workspace. */
export function generateModel(g: Gen): Model {
    let counter = 0;
    const names: Names = { next: () => `${g(() => nameBase)}_${counter++}` };
    const count = (max: number) => g(() => upTo(max));
    const boards = Array.from({ length: count(2) }, () => names.next('B'));
    const providers = Array.from({ length: count(2) }, () => names.next('P'));
    const locations = Array.from({ length: count(2) }, () => names.next('L'));
    const calendars: Array<{ name: string; title?: string; periods: Period[] }> = Array.from({ length: count(2) }, () => {
        let day = DAY0 + count(1000);
        const periods = Array.from({ length: count(3) }, () => {
            const start = day + count(10);
            day = start + count(120);
            return clean({ name: names.next('Per'), title: g(() => title), start: dateFromDayNumber(start), end: dateFromDayNumber(day) });
        });
        return clean({ name: names.next('Cal'), title: g(() => title), periods });
    });
    const periods = calendars.flatMap(c => c.periods.map(p => `${c.name}.${p.name}`));
    const calendarNames = calendars.map(c => c.name);
    const groupings: Array<{ name: string; parent?: string }> = [];
    for (let i = count(3); i > 0; i--) {
        groupings.push(clean({ name: names.next('G'), parent: some(g, groupings.map(x => x.name), 1)[0] }));
    }
    const characteristics = Array.from({ length: count(2) }, () => names.next('C'));
    const targetGroups = Array.from({ length: count(2) }, () => names.next('T'));
    const programmeNames = Array.from({ length: count(3) }, () => names.next('Prog'));
    const context = { programmes: programmeNames, calendars: calendarNames, periods };
    const definitions: Definition[] = [
        ...boards.map(name => clean({ type: 'board' as const, name, title: g(() => title), code: g(() => boardCode) })),
        ...providers.map(name => clean({
            type: 'provider' as const, name, title: g(() => title),
            code: g(() => providerCode), boards: some(g, boards),
        })),
        ...locations.map(name => clean({
            type: 'location' as const, name, title: g(() => title),
            code: g(() => locationCode),
            address: g(() => title), boards: some(g, boards), providers: some(g, providers),
        })),
        ...calendars.map(c => ({ type: 'calendar' as const, ...c })),
        ...groupings.map(x => clean({ type: 'grouping' as const, ...x, title: g(() => title) })),
        ...characteristics.map(name => clean({
            type: 'characteristic' as const, name, title: g(() => title),
            code: g(() => characteristicCode),
        })),
        ...targetGroups.map(name => clean({ type: 'target-group' as const, name, title: g(() => title), code: g(() => targetGroupCode) })),
    ];
    const modulesByProgramme = new Map<string, string[]>();
    for (const name of programmeNames) {
        const offerings: Offering[] = providers.length === 0 || locations.length === 0 ? [] : Array.from({ length: count(2) }, () => clean({
            provider: some(g, providers, 1)[0] ?? providers[0], location: some(g, locations, 1)[0] ?? locations[0],
            pathway: g(() => pathway),
            characteristics: some(g, characteristics, 2), targetGroups: some(g, targetGroups, 2),
            calendar: g(() => boolean) ? some(g, calendarNames, 1)[0] : undefined, intakes: intakes(g, periods),
        }));
        const modules = Array.from({ length: count(2) }, () => moduleDef(g, names, context));
        modulesByProgramme.set(name, modules.map(m => `${name}.${m.name}`));
        definitions.push(clean({
            type: 'programme' as const, name, title: g(() => title),
            codes: [
                ...(g(() => boolean) ? [{ kind: 'crebo' as const, value: g(() => creboCode) }] : []),
                ...(g(() => boolean) ? [{ kind: 'rio' as const, value: g(() => rioCode) }] : []),
            ],
            level: g(() => optionalLevel), years: g(() => boolean) ? yearSet(g) : undefined,
            pathways: some(g, ['BOL', 'BBL'], 2), groupings: some(g, groupings.map(x => x.name), 2),
            characteristics: some(g, characteristics, 2), targetGroups: some(g, targetGroups, 2),
            calendar: g(() => boolean) ? some(g, calendarNames, 1)[0] : undefined, offerings, modules,
        }));
    }
    const topModules = Array.from({ length: count(2) }, () => moduleDef(g, names, context));
    definitions.push(...topModules);
    const allModules = [...topModules.map(m => m.name), ...[...modulesByProgramme.values()].flat()];
    for (let i = count(2); i > 0; i--) {
        definitions.push(clean({
            type: 'group' as const, kind: g(() => groupKind), name: names.next('Grp'), title: g(() => title),
            periods: some(g, periods, 2), members: some(g, programmeNames, 2).map(p => programmeYears(g, p)),
            teaches: some(g, allModules, 2).map(module => ({ module, levels: some(g, LEVELS, 2) })),
        }));
    }
    const policies: string[] = [];
    for (let i = count(2); i > 0; i--) {
        const name = names.next('Pol');
        const reachKind = g(() => reachKinds);
        const levels = some(g, LEVELS, 2);
        const targets = some(g, [...groupings.map(x => x.name), ...programmeNames], 3);
        definitions.push(clean({
            type: 'policy' as const, name, title: g(() => title), extends: some(g, policies, 2),
            reach: reachKind === 'all' ? { all: true as const, levels }
                : reachKind === 'targets' && targets.length > 0 ? { targets, levels } : undefined,
            rules: g(() => ruleKinds)
                .map((rule): PolicyRule => rule === 'min-intakes' ? { rule, count: count(12) }
                    : rule === 'period-starts' ? { rule } : { rule: rule as 'module-size', size: sizeOf(g) }),
        }));
        policies.push(name);
    }
    // Definition order is free: shuffle it.
    const order = g(() => fc.shuffledSubarray(definitions.map((_, i) => i), { minLength: definitions.length, maxLength: definitions.length }));
    return { definitions: order.map(i => definitions[i]) };
}

export const modelArbitrary: fc.Arbitrary<Model> = fc.gen().map(g => generateModel(g));

// ------------------------------------------------------------------ printer

/** A small seeded PRNG (mulberry32) so that a layout is reproducible from one integer. */
export function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export interface Layout {
    /** 0 = canonical single spaces and newlines; higher = more comments, line breaks and CRLF. */
    noise: number;
    seed: number;
}

export function quote(text: string): string {
    return '"' + text.replace(/[\\"\n\r]/g, c => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c]!) + '"';
}

function number(n: number): string {
    return String(n);
}

/** Prints a model as Offering text. The same model and layout always give the same text. */
export function printModel(model: Model, layout: Layout = { noise: 0, seed: 1 }): string {
    const rnd = random(layout.seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
    const chance = (p: number) => rnd() < p * layout.noise;
    const separators = [' ', '\n', '\n        ', '\t', ' /* ✂ */ ', ' // note\n', '\r\n', '  \r\n\t'];
    const sep = () => (layout.noise > 0 && rnd() < 0.3 * layout.noise ? pick(separators) : ' ');
    const join = (tokens: string[]) => tokens.join('\u0000').replace(/\u0000/g, () => sep());

    // Reference text: the qualified name, or the simple one where scoping allows it.
    const periodRef = (qualified: string, calendarInUse: string | undefined) => {
        const [calendar, period] = qualified.split('.');
        const simpleAllowed = calendarInUse === undefined || calendarInUse === calendar;
        return simpleAllowed && rnd() < 0.7 ? period : qualified;
    };
    const list = (items: string[]) => items.flatMap((item, i) => (i === 0 ? [item] : [',', item]));
    const size = (s: Size) => [number(s.min), ...(s.max !== undefined ? ['..', number(s.max)] : []), ...(s.unit ? [s.unit] : [])];
    const years = (ranges: YearRange[]) => [ranges.length > 1 || rnd() < 0.5 ? 'years' : 'year',
        ...list(ranges.map(r => (r.to !== undefined ? `${r.from}\u0000..\u0000${r.to}` : `${r.from}`)))];
    const programmeYears = (p: ProgrammeYears) => [p.programme, ...(p.years ? years(p.years) : [])];
    const dateRange = (r: { start: string; end: string }) => ['from', r.start, 'to', r.end];
    const intake = (i: Intake, calendarInUse: string | undefined) => [
        'intake',
        ...('on' in i ? ['on', ...list(i.on)] : 'at' in i ? ['at', ...list(i.at.map(p => periodRef(p, calendarInUse)))] : ['flexible', ...dateRange(i.flexible)]),
        ...(i.registration ? ['registration', ...dateRange(i.registration)] : []),
    ];
    const titled = (keyword: string[], d: { name: string; title?: string; code?: string }) =>
        [...keyword, d.name, ...(d.title !== undefined ? [quote(d.title)] : []), ...(d.code !== undefined ? ['code', d.code] : [])];
    const shuffle = <T>(items: T[]): T[] => {
        const copy = [...items];
        if (layout.noise > 0) {
            for (let i = copy.length - 1; i > 0; i--) {
                const j = Math.floor(rnd() * (i + 1));
                [copy[i], copy[j]] = [copy[j], copy[i]];
            }
        }
        return copy;
    };
    // Interleaves clause lists, keeping each list's own order (it is meaningful).
    const interleave = (lists: string[][][]): string[][] => {
        const queues = lists.map(l => [...l]).filter(l => l.length > 0);
        const out: string[][] = [];
        while (queues.length > 0) {
            const index = layout.noise > 0 ? Math.floor(rnd() * queues.length) : 0;
            out.push(queues[index].shift()!);
            if (queues[index].length === 0) {
                queues.splice(index, 1);
            }
        }
        return out;
    };
    const body = (clauses: string[][]) => ['{', ...clauses.flatMap(c => [...c, '\n']), '}'];

    const moduleTokens = (m: Module, calendarAround: string | undefined): string[] => {
        const head = [...titled([m.kind], m), ...(m.size ? ['size', ...size(m.size)] : [])];
        if (!m.body) {
            return head;
        }
        const calendarInUse = m.body.calendar ?? calendarAround;
        // `{ for P years 1 }` gives the years to P, not to the module: the module's own
        // years clause must not follow a `for` clause, so it comes first.
        const single = [m.body.years ? years(m.body.years) : [], ...shuffle([
            m.body.programmes.length ? ['for', ...list(m.body.programmes.map(p => programmeYears(p).join('\u0000')))] : [],
            m.body.levels.length ? [m.body.levels.length > 1 || rnd() < 0.5 ? 'levels' : 'level', ...list(m.body.levels)] : [],
            m.body.calendar ? ['calendar', m.body.calendar] : [],
        ])].filter(c => c.length > 0);
        const first = m.body.years ? single.slice(0, 1) : [];
        return [...head, ...body([...first, ...interleave([single.slice(first.length), m.body.intakes.map(i => intake(i, calendarInUse))])])];
    };

    const definition = (d: Definition): string[] => {
        switch (d.type) {
            case 'board': case 'characteristic':
                return titled([d.type], d);
            case 'target-group':
                return titled(['target', 'group'], d);
            case 'provider':
                return [...titled(['provider'], d), ...(d.boards.length ? ['under', ...list(d.boards)] : [])];
            case 'location':
                return [...titled(['location'], d), ...(d.address !== undefined ? ['address', quote(d.address)] : []),
                    ...(d.boards.length ? ['under', ...list(d.boards)] : []), ...(d.providers.length ? ['used', 'by', ...list(d.providers)] : [])];
            case 'calendar':
                return [...titled(['calendar'], d), '{',
                    ...d.periods.flatMap(p => [...titled(['period'], p), 'from', p.start, 'to', p.end, '\n']), '}'];
            case 'grouping':
                return [...titled(['grouping'], d), ...(d.parent ? ['within', d.parent] : [])];
            case 'programme': {
                const single = shuffle([
                    d.level ? ['level', d.level] : [],
                    d.years ? years(d.years) : [],
                    d.pathways.length ? ['pathways', ...list(d.pathways)] : [],
                    d.groupings.length ? ['in', ...list(d.groupings)] : [],
                    d.characteristics.length ? ['with', ...list(d.characteristics)] : [],
                    d.targetGroups.length ? ['for', ...list(d.targetGroups)] : [],
                    d.calendar ? ['calendar', d.calendar] : [],
                ].filter(c => c.length > 0));
                const offerings = d.offerings.map(o => {
                    const calendarInUse = o.calendar ?? d.calendar;
                    const inner = interleave([o.calendar ? [['calendar', o.calendar]] : [], o.intakes.map(i => intake(i, calendarInUse))]);
                    return ['offered', 'by', o.provider, 'at', o.location, ...(o.pathway ? ['as', o.pathway] : []),
                        ...(o.characteristics.length ? ['with', ...list(o.characteristics)] : []),
                        ...(o.targetGroups.length ? ['for', ...list(o.targetGroups)] : []), ...body(inner)];
                });
                const modules = d.modules.map(m => moduleTokens(m, d.calendar));
                return [...titled(['programme'], d), ...body(interleave([single, d.codes.map(c => [c.kind, c.value]), offerings, modules]))];
            }
            case 'module':
                return moduleTokens(d, undefined);
            case 'group': {
                const members = new Set(d.members.map(m => m.programme));
                const teachingRef = (module: string) => {
                    const [programme, simple] = module.split('.');
                    return simple !== undefined && members.has(programme) && rnd() < 0.7 ? simple : module;
                };
                const single = shuffle([
                    d.periods.length ? ['during', ...list(d.periods.map(p => periodRef(p, undefined)))] : [],
                    d.members.length ? ['students', 'of', ...list(d.members.map(m => programmeYears(m).join('\u0000')))] : [],
                ].filter(c => c.length > 0));
                const teaches = d.teaches.map(t => ['teaches', teachingRef(t.module), ...(t.levels.length ? ['at', ...list(t.levels)] : [])]);
                return [...titled(d.kind === 'class' ? ['class'] : ['teaching', 'group'], d), ...body(interleave([single, teaches]))];
            }
            case 'policy': {
                const reach = d.reach ? [['applies', 'to', ...('all' in d.reach ? ['all'] : list(d.reach.targets)),
                    ...(d.reach.levels.length ? ['at', d.reach.levels.length > 1 ? 'levels' : 'level', ...list(d.reach.levels)] : [])]] : [];
                const rules = d.rules.map(r => {
                    switch (r.rule) {
                        case 'module-size': return ['module', 'size', ...size(r.size)];
                        case 'min-intakes': return ['at', 'least', String(r.count), 'intakes', 'per', 'year'];
                        case 'period-starts': return ['intakes', 'at', 'period', 'starts'];
                        case 'year-volume': return ['year', 'volume', ...size(r.size)];
                        case 'keuzedeel-volume': return ['keuzedeel', 'volume', ...size(r.size)];
                    }
                });
                return [...titled(['policy'], d), ...(d.extends.length ? ['extends', ...list(d.extends)] : []), ...body(interleave([reach, rules]))];
            }
        }
    };
    return model.definitions.map(d => {
        const tokens = definition(d).flatMap(t => t.split('\u0000'));
        // '\n' tokens mark clause ends: a newline in the canonical layout, a separator otherwise.
        const text = join(tokens.filter(t => t !== '\n' || layout.noise === 0)).replace(/ \n /g, '\n    ').replace(/ \n/g, '\n');
        return (chance(0.3) ? '/** Doc comment. */\n' : '') + text;
    }).join(layout.noise > 0 ? pick(['\n', '\n\n', ' ', '\r\n']) : '\n') + '\n';
}
