import type { AstNode, LangiumDocument, Reference } from 'langium';
import { AstUtils } from 'langium';
import type {
    Board, Calendar, Characteristic, Document, Group, Location, Module, ModuleOffering, Policy, Programme, ProgrammeOffering,
    Provider, TargetGroup, YearVolumeRule,
} from '../generated/ast.js';
import {
    isBoard, isCalendar, isCharacteristic, isGroup, isGrouping, isLocation, isModule, isPeriod, isPolicy, isProgramme, isProvider,
    isTargetGroup,
} from '../generated/ast.js';
import { qualifiedName } from '../references/names.js';
import type { DateSpan, ResolvedIntake } from './intakes.js';
import type { SemanticModel } from './semantic-model.js';
import type { OfferingAttributeFacts } from './offering-attributes.js';
import { offeringAttributes } from './offering-attributes.js';
import type { SizeFacts } from './sizes.js';
import { allPeriods } from './periods.js';
import type { ValiditySpan } from './validity.js';
import { validitySpan } from './validity.js';

/**
 * The whole workspace as plain, resolved data for readers that leave the AST behind (the
 * exports): every definition with its qualified name as `id`, references as ids, and the place
 * it is written so that a reader can say "file:line" without touching a node. Lists are sorted
 * by id (periods and intakes by date), so the facts never depend on file order.
 */
export interface WorkspaceFacts {
    boards: BoardFacts[];
    providers: ProviderFacts[];
    locations: LocationFacts[];
    calendars: CalendarFacts[];
    groupings: GroupingFacts[];
    characteristics: LabelFacts[];
    targetGroups: LabelFacts[];
    programmes: ProgrammeDefinitionFacts[];
    modules: ModuleDefinitionFacts[];
    groups: DefinitionFacts[];
    policies: DefinitionFacts[];
}

/** Where something is written: the document's URI and the 0-based start of its node. */
export interface SourcePlace {
    uri: string;
    line: number;
    character: number;
}

export interface DefinitionFacts {
    /** The qualified name (`Schooljaar2026.B1`, `SoftwareDeveloper.BPV`). */
    id: string;
    title?: string;
    place: SourcePlace;
}

export interface BoardFacts extends DefinitionFacts {
    code?: string;
    validity?: ValiditySpan;
}

export interface ProviderFacts extends DefinitionFacts {
    code?: string;
    boards: string[];
    validity?: ValiditySpan;
}

export interface LocationFacts extends DefinitionFacts {
    code?: string;
    address?: string;
    boards: string[];
    providers: string[];
    validity?: ValiditySpan;
}

export interface PeriodFacts extends DefinitionFacts {
    start: string;
    end: string;
    /** The period that holds this one (`Cal.Year.S1` of `Cal.Year.S1.B1`); none at the calendar's top level. */
    parent?: string;
}

export interface CalendarFacts extends DefinitionFacts {
    /** Nested ones included, in date order (a period before those it holds); periods without both dates are left out. */
    periods: PeriodFacts[];
}

export interface GroupingFacts extends DefinitionFacts {
    parent?: string;
}

/** A characteristic (opleidingskenmerk) or a target group (doelgroep). */
export interface LabelFacts extends DefinitionFacts {
    code?: string;
}

/** One start: a fixed date (perhaps a period's start) or a flexible window, with its registration window. */
export type IntakeFacts =
    | { kind: 'fixed'; date: string; period?: string; registration?: DateSpan; place: SourcePlace }
    | { kind: 'flexible'; from: string; to: string; registration?: DateSpan; place: SourcePlace };

export interface OfferingDefinitionFacts extends OfferingAttributeFacts {
    place: SourcePlace;
    provider?: string;
    location?: string;
    pathway?: string;
    /** The programme's own plus the offering's, sorted, each once. */
    characteristics: string[];
    targetGroups: string[];
    calendar?: string;
    /** Sorted by date. */
    intakes: IntakeFacts[];
    validity?: ValiditySpan;
}

export interface ProgrammeDefinitionFacts extends DefinitionFacts {
    crebo?: string;
    rio?: string;
    level?: string;
    years: number[];
    pathways: string[];
    groupings: string[];
    characteristics: string[];
    targetGroups: string[];
    calendar?: string;
    offerings: OfferingDefinitionFacts[];
    /** The study load per year a governing policy sets (`year volume`), where one does. */
    yearVolume?: SizeFacts;
    validity?: ValiditySpan;
}

export interface ModuleDefinitionFacts extends DefinitionFacts {
    kind: 'module' | 'keuzedeel' | 'subject';
    code?: string;
    size?: SizeFacts;
    levels: string[];
    calendar?: string;
    /** The programmes it belongs to with their years (`[]`: no particular year), sorted by programme. */
    programmes: Array<{ programme: string; years: number[] }>;
    intakes: IntakeFacts[];
    /** Offered on its own (a course offering), by provider and then location. */
    offerings: ModuleOfferingDefinitionFacts[];
}

/** A module offered on its own by one provider at one location. */
export interface ModuleOfferingDefinitionFacts extends OfferingAttributeFacts {
    place: SourcePlace;
    provider?: string;
    location?: string;
    calendar?: string;
    /** Sorted by date. */
    intakes: IntakeFacts[];
    validity?: ValiditySpan;
}

/** Reads the definitions of the given linked documents into plain facts; total over partial ASTs. */
export function workspaceFacts(documents: ReadonlyArray<LangiumDocument<Document>>, model: SemanticModel): WorkspaceFacts {
    const facts: WorkspaceFacts = {
        boards: [], providers: [], locations: [], calendars: [], groupings: [], characteristics: [], targetGroups: [],
        programmes: [], modules: [], groups: [], policies: [],
    };
    const inPathOrder = [...documents].sort((a, b) => compare(a.uri.toString(), b.uri.toString()));
    for (const document of inPathOrder) {
        for (const definition of document.parseResult.value.definitions ?? []) {
            if (!definition.name) continue; // half-written: nothing to name it by
            if (isBoard(definition)) facts.boards.push(board(definition));
            else if (isProvider(definition)) facts.providers.push(provider(definition));
            else if (isLocation(definition)) facts.locations.push(location(definition));
            else if (isCalendar(definition)) facts.calendars.push(calendar(definition));
            else if (isGrouping(definition)) facts.groupings.push({ ...named(definition), parent: refId(definition.parent) });
            else if (isCharacteristic(definition) || isTargetGroup(definition)) {
                (isCharacteristic(definition) ? facts.characteristics : facts.targetGroups).push(label(definition));
            } else if (isProgramme(definition)) {
                facts.programmes.push(programme(definition, model));
                for (const module of definition.modules) {
                    if (module.name) facts.modules.push(moduleFacts(module, model));
                }
            } else if (isModule(definition)) facts.modules.push(moduleFacts(definition, model));
            else if (isGroup(definition) || isPolicy(definition)) {
                (isGroup(definition) ? facts.groups : facts.policies).push(named(definition as Group | Policy));
            }
        }
    }
    for (const list of Object.values(facts) as DefinitionFacts[][]) {
        list.sort((a, b) => compare(a.id, b.id));
    }
    return facts;
}

/** Where a node is written; line and character 0 when error recovery left it without text. */
export function placeOf(node: AstNode): SourcePlace {
    const start = node.$cstNode?.range.start;
    return { uri: AstUtils.getDocument(node).uri.toString(), line: start?.line ?? 0, character: start?.character ?? 0 };
}

function named(node: AstNode & { name: string; title?: string }): DefinitionFacts {
    return { id: qualifiedName(node) ?? node.name, title: node.title, place: placeOf(node) };
}

function board(node: Board): BoardFacts {
    return { ...named(node), code: text(node.code), validity: validitySpan(node.validity) };
}

function provider(node: Provider): ProviderFacts {
    return { ...named(node), code: text(node.code), boards: refIds(node.boards), validity: validitySpan(node.validity) };
}

function location(node: Location): LocationFacts {
    return {
        ...named(node), code: text(node.code), address: node.address, boards: refIds(node.boards), providers: refIds(node.providers),
        validity: validitySpan(node.validity),
    };
}

function calendar(node: Calendar): CalendarFacts {
    const periods = allPeriods(node)
        .filter(period => period.name && period.start && period.end)
        .map(period => ({ ...named(period), start: period.start, end: period.end, parent: isPeriod(period.$container) ? optionalId(period.$container) : undefined }))
        .sort((a, b) => compare(a.start, b.start) || compare(b.end, a.end) || compare(a.id, b.id));
    return { ...named(node), periods };
}

function label(node: Characteristic | TargetGroup): LabelFacts {
    return { ...named(node), code: text(node.code) };
}

function programme(node: Programme, model: SemanticModel): ProgrammeDefinitionFacts {
    const facts = model.programme(node);
    const codes: { crebo?: string; rio?: string } = {};
    for (const code of node.codes) {
        codes[code.kind] ??= text(code.value);
    }
    const yearVolume = facts.rule<YearVolumeRule>('year-volume')?.rule.size;
    return {
        ...named(node),
        crebo: codes.crebo,
        rio: codes.rio,
        level: text(node.level),
        years: facts.years,
        pathways: [...new Set(node.pathways)].sort(compare),
        groupings: refIds(node.groupings),
        characteristics: refIds(node.characteristics),
        targetGroups: refIds(node.targetGroups),
        calendar: optionalId(facts.calendar),
        offerings: node.offerings.map(offering => offeringFacts(node, offering, model)),
        yearVolume: model.size(yearVolume),
        validity: validitySpan(node.validity),
    };
}

function offeringFacts(programmeNode: Programme, node: ProgrammeOffering, model: SemanticModel): OfferingDefinitionFacts {
    const facts = model.offering(node);
    return {
        place: placeOf(node),
        provider: refId(node.provider),
        location: refId(node.location),
        pathway: node.pathway,
        characteristics: refIds([...programmeNode.characteristics, ...node.characteristics]),
        targetGroups: refIds([...programmeNode.targetGroups, ...node.targetGroups]),
        calendar: optionalId(facts.calendar),
        ...offeringAttributes(node),
        intakes: intakeFacts(facts.intakes),
        validity: validitySpan(node.validity),
    };
}

function moduleFacts(node: Module, model: SemanticModel): ModuleDefinitionFacts {
    const facts = model.module(node);
    const programmes = new Map<string, Set<number>>();
    for (const membership of facts.programmes) {
        const id = optionalId(membership.programme);
        if (id) {
            const years = programmes.get(id) ?? new Set<number>();
            membership.years.forEach(year => years.add(year));
            programmes.set(id, years);
        }
    }
    return {
        ...named(node),
        kind: node.kind,
        code: text(node.code),
        size: facts.size,
        levels: [...new Set(node.levels.map(String))].sort(compare),
        calendar: optionalId(facts.calendar),
        programmes: [...programmes.entries()]
            .map(([programme, years]) => ({ programme, years: [...years].sort((a, b) => a - b) }))
            .sort((a, b) => compare(a.programme, b.programme)),
        intakes: intakeFacts(facts.intakes),
        offerings: node.offerings.map(offering => moduleOfferingFacts(offering, model))
            .sort((a, b) => compare(a.provider ?? '', b.provider ?? '') || compare(a.location ?? '', b.location ?? '')),
    };
}

function moduleOfferingFacts(node: ModuleOffering, model: SemanticModel): ModuleOfferingDefinitionFacts {
    const facts = model.moduleOffering(node);
    return {
        place: placeOf(node),
        provider: refId(node.provider),
        location: refId(node.location),
        calendar: optionalId(facts.calendar),
        ...offeringAttributes(node),
        intakes: intakeFacts(facts.intakes),
        validity: validitySpan(node.validity),
    };
}

/** Each fixed date and period start, and each complete flexible window; sorted by date. */
function intakeFacts(intakes: ResolvedIntake[]): IntakeFacts[] {
    const entries: IntakeFacts[] = [];
    for (const intake of intakes) {
        const place = placeOf(intake.node);
        const registration = intake.registration && { ...intake.registration };
        for (const moment of intake.moments) {
            if (moment.kind === 'date') {
                entries.push({ kind: 'fixed', date: moment.date, registration, place });
            } else if (moment.kind === 'period') {
                entries.push({ kind: 'fixed', date: moment.date, period: optionalId(moment.period), registration, place });
            }
        }
        if (intake.window) {
            entries.push({ kind: 'flexible', from: intake.window.from, to: intake.window.to, registration, place });
        }
    }
    const key = (intake: IntakeFacts) => `${intake.kind === 'fixed' ? intake.date : intake.from} ${intake.kind} ${JSON.stringify(intake.registration ?? {})}`;
    return entries.sort((a, b) => compare(key(a), key(b)));
}

/** Codes and levels are data-type rules: strings at run time, typed `number | string` by Langium. */
function text(value: string | number | undefined): string | undefined {
    return value === undefined ? undefined : String(value);
}

type Named = AstNode & { name?: string };

function optionalId(node: Named | undefined): string | undefined {
    return node?.name ? qualifiedName(node) : undefined;
}

function refId(ref: Reference<Named> | undefined): string | undefined {
    return optionalId(ref?.ref);
}

function refIds(refs: Array<Reference<Named>>): string[] {
    return [...new Set(refs.map(refId).filter(value => value !== undefined))].sort(compare);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
