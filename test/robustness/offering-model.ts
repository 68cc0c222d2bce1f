import type { AstNode, Reference } from 'langium';
import type * as ast from '../../packages/language/src/generated/ast.js';
import { qualifiedName } from '../../packages/language/src/references/names.js';

/**
 * A plain model of an Offering document, independent of layout: what the text means.
 * References hold the QUALIFIED name of their target (`Calendar.Period`, `Programme.Module`),
 * so comparing models also checks that every reference resolved to the intended definition.
 */
export interface Size { min: number; max?: number; unit?: string }
export interface YearRange { from: number; to?: number }
export interface ProgrammeYears { programme: string; years?: YearRange[] }
export interface DateRange { start: string; end: string }
export type Intake =
    | { on: string[]; registration?: DateRange }
    | { at: string[]; registration?: DateRange }
    | { flexible: DateRange; registration?: DateRange };
export interface Period { name: string; title?: string; start: string; end: string }
export interface Offering {
    provider: string; location: string; pathway?: string;
    characteristics: string[]; targetGroups: string[]; calendar?: string; intakes: Intake[];
}
export interface Module {
    type: 'module'; kind: 'module' | 'keuzedeel' | 'subject'; name: string; title?: string; code?: string; size?: Size;
    /** Undefined when the module has no `{ ... }` body. */
    body?: { years?: YearRange[]; programmes: ProgrammeYears[]; levels: string[]; calendar?: string; intakes: Intake[] };
}
export type PolicyRule =
    | { rule: 'module-size'; size: Size }
    | { rule: 'min-intakes'; count: number }
    | { rule: 'period-starts' }
    | { rule: 'year-volume'; size: Size }
    | { rule: 'keuzedeel-volume'; size: Size };
export type Definition =
    | { type: 'board'; name: string; title?: string; code?: string }
    | { type: 'provider'; name: string; title?: string; code?: string; boards: string[] }
    | { type: 'location'; name: string; title?: string; code?: string; address?: string; boards: string[]; providers: string[] }
    | { type: 'calendar'; name: string; title?: string; periods: Period[] }
    | { type: 'grouping'; name: string; title?: string; parent?: string }
    | { type: 'characteristic'; name: string; title?: string; code?: string }
    | { type: 'target-group'; name: string; title?: string; code?: string }
    | {
        type: 'programme'; name: string; title?: string; codes: Array<{ kind: 'crebo' | 'rio'; value: string }>;
        level?: string; years?: YearRange[]; pathways: string[]; groupings: string[]; characteristics: string[];
        targetGroups: string[]; calendar?: string; offerings: Offering[]; modules: Module[];
    }
    | Module
    | {
        type: 'group'; kind: 'class' | 'teaching'; name: string; title?: string; periods: string[];
        members: ProgrammeYears[]; teaches: Array<{ module: string; levels: string[] }>;
    }
    | {
        type: 'policy'; name: string; title?: string; extends: string[];
        reach?: { all: true; levels: string[] } | { targets: string[]; levels: string[] }; rules: PolicyRule[];
    };

export interface Model { definitions: Definition[] }

// ------------------------------------------------------------------ AST -> model

/** Reads the model back from a parsed and linked document. Unresolved references read as `?text`. */
export function extractModel(document: ast.Document): Model {
    return { definitions: document.definitions.map(extractDefinition) };
}

function ref(reference: Reference<AstNode & { name?: string }> | undefined): string | undefined {
    if (!reference) {
        return undefined;
    }
    const target = reference.ref;
    return target ? qualifiedName(target) : `?${reference.$refText}`;
}

function refs(references: Array<Reference<AstNode & { name?: string }>>): string[] {
    return references.map(r => ref(r)!);
}

function clean<T extends object>(value: T): T {
    // Optional properties that are absent must compare equal to properties never set.
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function size(node: ast.Size | undefined): Size | undefined {
    if (!node) {
        return undefined;
    }
    const amount = (a: ast.Amount) => (a.negative ? -a.value : a.value);
    return clean({ min: amount(node.min), max: node.max ? amount(node.max) : undefined, unit: node.unit });
}

function years(node: ast.YearSet | undefined): YearRange[] | undefined {
    return node?.ranges.map(r => clean({ from: r.from, to: r.to }));
}

function programmeYears(node: ast.ProgrammeYears): ProgrammeYears {
    return clean({ programme: ref(node.programme)!, years: years(node.years) });
}

function dateRange(node: ast.DateRange | undefined): DateRange | undefined {
    return node ? { start: node.start, end: node.end } : undefined;
}

function intake(node: ast.Intake): Intake {
    const registration = dateRange(node.registration);
    if (node.window) {
        return clean({ flexible: dateRange(node.window)!, registration });
    }
    if (node.periods.length > 0) {
        return clean({ at: refs(node.periods), registration });
    }
    return clean({ on: node.dates.map(d => d.value), registration });
}

function module(node: ast.Module): Module {
    const hasBody = node.$cstNode?.text.trimEnd().endsWith('}') ?? false;
    return clean({
        type: 'module' as const, kind: node.kind, name: node.name, title: node.title, code: node.code === undefined ? undefined : String(node.code), size: size(node.size),
        body: hasBody ? clean({
            years: years(node.years), programmes: node.programmes.map(programmeYears), levels: node.levels.map(String),
            calendar: ref(node.calendar), intakes: node.intakes.map(intake),
        }) : undefined,
    });
}

function extractDefinition(node: ast.Definition): Definition {
    switch (node.$type) {
        case 'Board':
            return clean({ type: 'board', name: node.name, title: node.title, code: node.code === undefined ? undefined : String(node.code) });
        case 'Provider':
            return clean({ type: 'provider', name: node.name, title: node.title, code: node.code === undefined ? undefined : String(node.code), boards: refs(node.boards) });
        case 'Location':
            return clean({
                type: 'location', name: node.name, title: node.title, code: node.code === undefined ? undefined : String(node.code), address: node.address,
                boards: refs(node.boards), providers: refs(node.providers),
            });
        case 'Calendar':
            return clean({
                type: 'calendar', name: node.name, title: node.title,
                periods: node.periods.map(p => clean({ name: p.name, title: p.title, start: p.start, end: p.end })),
            });
        case 'Grouping':
            return clean({ type: 'grouping', name: node.name, title: node.title, parent: ref(node.parent) });
        case 'Characteristic':
            return clean({ type: 'characteristic', name: node.name, title: node.title, code: node.code === undefined ? undefined : String(node.code) });
        case 'TargetGroup':
            return clean({ type: 'target-group', name: node.name, title: node.title, code: node.code === undefined ? undefined : String(node.code) });
        case 'Programme':
            return clean({
                type: 'programme', name: node.name, title: node.title,
                codes: node.codes.map(c => ({ kind: c.kind, value: String(c.value) })), level: node.level === undefined ? undefined : String(node.level), years: years(node.years),
                pathways: [...node.pathways], groupings: refs(node.groupings), characteristics: refs(node.characteristics),
                targetGroups: refs(node.targetGroups), calendar: ref(node.calendar),
                offerings: node.offerings.map(o => clean({
                    provider: ref(o.provider)!, location: ref(o.location)!, pathway: o.pathway,
                    characteristics: refs(o.characteristics), targetGroups: refs(o.targetGroups),
                    calendar: ref(o.calendar), intakes: o.intakes.map(intake),
                })),
                modules: node.modules.map(module),
            });
        case 'Module':
            return module(node);
        case 'Group':
            return clean({
                // The generated groups use the form without blocks: one `during` whose periods go with the group's own clauses.
                type: 'group', kind: node.kind, name: node.name, title: node.title, periods: refs(node.compositions.flatMap(c => c.periods)),
                members: node.members.map(programmeYears),
                teaches: node.teaches.map(t => ({ module: ref(t.module)!, levels: t.levels.map(String) })),
            });
        case 'Policy':
            return clean({
                type: 'policy', name: node.name, title: node.title, extends: refs(node.extends),
                reach: node.reach ? (node.reach.all
                    ? { all: true as const, levels: node.reach.levels.map(String) }
                    : { targets: refs(node.reach.targets), levels: node.reach.levels.map(String) }) : undefined,
                rules: node.rules.map((r): PolicyRule => {
                    switch (r.$type) {
                        case 'ModuleSizeRule': return { rule: 'module-size', size: size(r.size)! };
                        case 'MinIntakesRule': return { rule: 'min-intakes', count: r.count };
                        case 'IntakesAtPeriodStartsRule': return { rule: 'period-starts' };
                        case 'YearVolumeRule': return { rule: 'year-volume', size: size(r.size)! };
                        case 'KeuzedeelVolumeRule': return { rule: 'keuzedeel-volume', size: size(r.size)! };
                    }
                }),
            });
    }
}
