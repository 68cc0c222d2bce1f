import type { AstNode, LangiumDocument, Reference } from 'langium';
import type {
    Board, Calendar, Characteristic, Document, Group, Grouping, Location, Module, ModuleOffering, Policy, PolicyRule,
    Programme, ProgrammeOffering, ProgrammeYears, Provider, Size, TargetGroup, Validity,
} from '../generated/ast.js';
import {
    isBoard, isCalendar, isCharacteristic, isGroup, isGrouping, isLocation, isModule, isPeriod, isPolicy, isProgramme,
    isProvider, isTargetGroup,
} from '../generated/ast.js';
import { compositionsOf } from '../model/compositions.js';
import { allPeriods } from '../model/periods.js';
import { offeringAttributes } from '../model/offering-attributes.js';
import type { DateSpan, ResolvedIntake } from '../model/intakes.js';
import { yearsOf } from '../model/programme-index.js';
import type { SemanticModel } from '../model/semantic-model.js';
import { qualifiedName } from '../references/names.js';
import type { OfferingServices } from '../offering-module.js';
import type {
    Catalogue, CatalogueCalendar, CatalogueDateRange, CatalogueGroup, CatalogueGrouping, CatalogueIntake, CatalogueLabel,
    CatalogueLocation, CatalogueModule, CatalogueModuleOffering, CatalogueOffering, CataloguePolicy, CataloguePolicyRule, CatalogueProgramme,
    CatalogueProvider, CatalogueSize, CatalogueValidity,
} from './model.js';
import { CATALOGUE_FORMAT_VERSION, CATALOGUE_SCHEMA_ID } from './model.js';

/** The definitions of the given documents, by kind. */
interface Definitions {
    boards: Board[];
    providers: Provider[];
    locations: Location[];
    calendars: Calendar[];
    groupings: Grouping[];
    characteristics: Characteristic[];
    targetGroups: TargetGroup[];
    programmes: Programme[];
    modules: Module[];
    groups: Group[];
    policies: Policy[];
}

/**
 * Builds the catalogue of the given (linked) documents. The result depends only on their
 * content, not on their order or location: every list is sorted by id.
 *
 * The CLI only generates from documents without errors, so there every reference is
 * resolved. On documents with errors (the editor's preview) unresolved references are left
 * out of lists, and a required single reference keeps its written text.
 */
export function buildCatalogue(documents: Array<LangiumDocument<Document>>, services: OfferingServices): Catalogue {
    const model = services.model.SemanticModel;
    const defs = collectDefinitions(documents);
    const moduleMembership = membershipOfModules(defs.modules, model);
    const inverse = inverseRelations(defs, moduleMembership);
    return {
        $schema: CATALOGUE_SCHEMA_ID,
        formatVersion: CATALOGUE_FORMAT_VERSION,
        boards: sortById(defs.boards.map(board => ({
            id: id(board), title: board.title, code: text(board.code), validity: validityEntry(board.validity),
        }))),
        providers: sortById(defs.providers.map((provider): CatalogueProvider => ({
            id: id(provider), title: provider.title, code: text(provider.code), boards: refIds(provider.boards),
            validity: validityEntry(provider.validity),
        }))),
        locations: sortById(defs.locations.map((location): CatalogueLocation => ({
            id: id(location), title: location.title, code: text(location.code), address: location.address,
            boards: refIds(location.boards), providers: refIds(location.providers), validity: validityEntry(location.validity),
        }))),
        calendars: sortById(defs.calendars.map(calendarEntry)),
        groupings: sortById(defs.groupings.map(grouping => groupingEntry(grouping, inverse))),
        characteristics: sortById(defs.characteristics.map(labelEntry)),
        targetGroups: sortById(defs.targetGroups.map(labelEntry)),
        programmes: sortById(defs.programmes.map(programme => programmeEntry(programme, inverse, model))),
        modules: sortById(defs.modules.map(module => moduleEntry(module, moduleMembership.get(module) ?? new Map(), model))),
        groups: sortById(defs.groups.map(groupEntry)),
        policies: sortById(defs.policies.map(policy => policyEntry(policy, defs, moduleMembership, model))),
    };
}

/** The catalogue as JSON text: two-space indented, keys in the model's order, ending in a newline. */
export function serializeCatalogue(catalogue: Catalogue): string {
    return JSON.stringify(catalogue, undefined, 2) + '\n';
}

/**
 * The named definitions of the documents, taken in path order so that even ties
 * (duplicate names in a workspace with errors) come out the same every time.
 */
function collectDefinitions(documents: Array<LangiumDocument<Document>>): Definitions {
    const defs: Definitions = {
        boards: [], providers: [], locations: [], calendars: [], groupings: [], characteristics: [],
        targetGroups: [], programmes: [], modules: [], groups: [], policies: [],
    };
    const inPathOrder = [...documents].sort((a, b) => compare(a.uri.toString(), b.uri.toString()));
    for (const document of inPathOrder) {
        for (const definition of document.parseResult.value.definitions ?? []) {
            if (!definition.name) {
                continue; // half-written: nothing to name it by
            }
            if (isBoard(definition)) defs.boards.push(definition);
            else if (isProvider(definition)) defs.providers.push(definition);
            else if (isLocation(definition)) defs.locations.push(definition);
            else if (isCalendar(definition)) defs.calendars.push(definition);
            else if (isGrouping(definition)) defs.groupings.push(definition);
            else if (isCharacteristic(definition)) defs.characteristics.push(definition);
            else if (isTargetGroup(definition)) defs.targetGroups.push(definition);
            else if (isProgramme(definition)) {
                defs.programmes.push(definition);
                defs.modules.push(...definition.modules.filter(module => module.name));
            }
            else if (isModule(definition)) defs.modules.push(definition);
            else if (isGroup(definition)) defs.groups.push(definition);
            else if (isPolicy(definition)) defs.policies.push(definition);
        }
    }
    return defs;
}

// ---------------------------------------------------------------- entries

function calendarEntry(calendar: Calendar): CatalogueCalendar {
    const periods = allPeriods(calendar).filter(period => period.name).map(period => ({
        id: id(period), name: period.name, title: period.title, start: period.start, end: period.end,
        parent: isPeriod(period.$container) ? id(period.$container) : undefined,
    }));
    periods.sort((a, b) => compare(a.start, b.start) || compare(b.end, a.end) || compare(a.id, b.id));
    return { id: id(calendar), title: calendar.title, periods };
}

/**
 * The references read backwards (a grouping's children and programmes, a programme's
 * modules), gathered in one pass: filtering every list per entry was quadratic and took
 * 39 s for a file of 35,000 chained groupings.
 */
interface InverseRelations {
    children: Map<Grouping, Grouping[]>;
    programmesIn: Map<Grouping, Programme[]>;
    modulesOf: Map<Programme, Module[]>;
}

function inverseRelations(defs: Definitions, membership: Map<Module, Map<Programme, Set<number>>>): InverseRelations {
    const add = <K, V>(map: Map<K, V[]>, key: K | undefined, value: V): void => {
        if (key === undefined) return;
        const list = map.get(key);
        list ? list.push(value) : map.set(key, [value]);
    };
    const inverse: InverseRelations = { children: new Map(), programmesIn: new Map(), modulesOf: new Map() };
    defs.groupings.forEach(child => add(inverse.children, child.parent?.ref, child));
    for (const programme of defs.programmes) {
        new Set(programme.groupings.map(ref => ref.ref)).forEach(grouping => add(inverse.programmesIn, grouping, programme));
    }
    for (const module of defs.modules) {
        for (const programme of membership.get(module)?.keys() ?? []) add(inverse.modulesOf, programme, module);
    }
    return inverse;
}

function groupingEntry(grouping: Grouping, inverse: InverseRelations): CatalogueGrouping {
    return {
        id: id(grouping),
        title: grouping.title,
        parent: refId(grouping.parent),
        children: sortedIds(inverse.children.get(grouping) ?? []),
        programmes: sortedIds(inverse.programmesIn.get(grouping) ?? []),
    };
}

function labelEntry(label: Characteristic | TargetGroup): CatalogueLabel {
    return { id: id(label), title: label.title, code: text(label.code) };
}

function programmeEntry(programme: Programme, inverse: InverseRelations, model: SemanticModel): CatalogueProgramme {
    const codes: CatalogueProgramme['codes'] = {};
    for (const code of programme.codes) {
        codes[code.kind] ??= text(code.value);
    }
    const facts = model.programme(programme);
    const offerings = programme.offerings.map(offering => offeringEntry(programme, offering, model));
    offerings.sort((a, b) => compare(offeringKey(a), offeringKey(b)));
    return {
        id: id(programme),
        title: programme.title,
        codes: { crebo: codes.crebo, rio: codes.rio },
        level: text(programme.level),
        years: facts.years,
        pathways: [...new Set(programme.pathways)].sort(compare),
        groupings: refIds(programme.groupings),
        characteristics: refIds(programme.characteristics),
        targetGroups: refIds(programme.targetGroups),
        calendar: optionalId(facts.calendar),
        offerings,
        modules: sortedIds(inverse.modulesOf.get(programme) ?? []),
        validity: validityEntry(programme.validity),
    };
}

function offeringEntry(programme: Programme, offering: ProgrammeOffering, model: SemanticModel): CatalogueOffering {
    const facts = model.offering(offering);
    return {
        provider: refId(offering.provider) ?? offering.provider?.$refText ?? '',
        location: refId(offering.location) ?? offering.location?.$refText ?? '',
        pathway: offering.pathway,
        characteristics: refIds([...programme.characteristics, ...offering.characteristics]),
        targetGroups: refIds([...programme.targetGroups, ...offering.targetGroups]),
        calendar: optionalId(facts.calendar),
        ...offeringAttributes(offering),
        intakes: intakeEntries(facts.intakes),
        validity: validityEntry(offering.validity),
    };
}

/** Which programmes (and years) each module belongs to, the years of a programme named twice merged. */
function membershipOfModules(modules: Module[], model: SemanticModel): Map<Module, Map<Programme, Set<number>>> {
    const membership = new Map<Module, Map<Programme, Set<number>>>();
    for (const module of modules) {
        const programmes = new Map<Programme, Set<number>>();
        for (const { programme, years } of model.module(module).programmes) {
            if (programme.name) {
                const set = programmes.get(programme) ?? new Set<number>();
                years.forEach(year => set.add(year));
                programmes.set(programme, set);
            }
        }
        membership.set(module, programmes);
    }
    return membership;
}

function moduleEntry(module: Module, programmes: Map<Programme, Set<number>>, model: SemanticModel): CatalogueModule {
    const facts = model.module(module);
    return {
        id: id(module),
        kind: module.kind,
        title: module.title,
        code: text(module.code),
        size: sizeEntry(module.size, model),
        levels: [...new Set(module.levels.map(String))].sort(compare),
        calendar: optionalId(facts.calendar),
        programmes: [...programmes.entries()]
            .map(([programme, years]) => ({ programme: id(programme), years: [...years].sort((a, b) => a - b) }))
            .sort((a, b) => compare(a.programme, b.programme)),
        intakes: intakeEntries(facts.intakes),
        offerings: module.offerings.map(offering => moduleOfferingEntry(offering, model))
            .sort((a, b) => compare(a.provider, b.provider) || compare(a.location, b.location)),
    };
}

function moduleOfferingEntry(offering: ModuleOffering, model: SemanticModel): CatalogueModuleOffering {
    const facts = model.moduleOffering(offering);
    return {
        provider: refId(offering.provider) ?? offering.provider?.$refText ?? '',
        location: refId(offering.location) ?? offering.location?.$refText ?? '',
        calendar: optionalId(facts.calendar),
        ...offeringAttributes(offering),
        intakes: intakeEntries(facts.intakes),
        validity: validityEntry(offering.validity),
    };
}

function groupEntry(group: Group): CatalogueGroup {
    return {
        id: id(group),
        kind: group.kind === 'teaching' ? 'teaching-group' : 'class',
        title: group.title,
        compositions: compositionsOf(group).map(composition => ({
            periods: refIds(composition.periods),
            students: programmeYears(composition.members),
            teaches: composition.teaches
                .flatMap(teaching => teaching.module?.ref ? [{ module: id(teaching.module.ref), levels: [...new Set(teaching.levels.map(String))].sort(compare) }] : [])
                .sort((a, b) => compare(a.module, b.module) || compare(a.levels.join(), b.levels.join())),
        })),
    };
}

function programmeYears(entries: ProgrammeYears[]): Array<{ programme: string; years: number[] }> {
    const byProgramme = new Map<string, Set<number>>();
    for (const entry of entries) {
        const programme = refId(entry.programme);
        if (programme) {
            const years = byProgramme.get(programme) ?? new Set<number>();
            yearsOf(entry.years).forEach(year => years.add(year));
            byProgramme.set(programme, years);
        }
    }
    return [...byProgramme.entries()]
        .map(([programme, years]) => ({ programme, years: [...years].sort((a, b) => a - b) }))
        .sort((a, b) => compare(a.programme, b.programme));
}

/** A policy with what it governs: the programmes in its reach (the validation's PolicyIndex decides) and their modules. */
function policyEntry(policy: Policy, defs: Definitions, membership: Map<Module, Map<Programme, Set<number>>>, model: SemanticModel): CataloguePolicy {
    const reach = policy.reach;
    const targets = reach?.targets.map(target => target.ref).filter(target => target !== undefined) ?? [];
    const governed = new Set(defs.programmes.filter(programme => model.governs(policy, programme)));
    const governedModules = defs.modules.filter(module => [...(membership.get(module)?.keys() ?? [])].some(p => governed.has(p)));
    return {
        id: id(policy),
        title: policy.title,
        extends: refIds(policy.extends),
        reach: {
            all: reach?.all ?? false,
            groupings: sortedIds(targets.filter(isGrouping)),
            programmes: sortedIds(targets.filter(isProgramme)),
            levels: [...new Set((reach?.levels ?? []).map(String))].sort(compare),
            // Only when named: catalogues of policies without them stay as they were.
            ...(targets.some(isBoard) ? { boards: sortedIds(targets.filter(isBoard)) } : {}),
            ...(targets.some(isProvider) ? { providers: sortedIds(targets.filter(isProvider)) } : {}),
        },
        rules: policy.rules.map(rule => ruleEntry(rule, model)).filter(rule => rule !== undefined),
        governs: {
            programmes: sortedIds([...governed]),
            modules: sortedIds(governedModules),
        },
    };
}

function ruleEntry(rule: PolicyRule, model: SemanticModel): CataloguePolicyRule | undefined {
    switch (rule.$type) {
        case 'ModuleSizeRule': {
            const size = sizeEntry(rule.size, model);
            return size && { rule: 'module-size', size };
        }
        case 'MinIntakesRule':
            return { rule: 'min-intakes-per-year', count: rule.count };
        case 'IntakesAtPeriodStartsRule':
            return { rule: 'intakes-at-period-starts' };
        case 'YearVolumeRule': {
            const size = sizeEntry(rule.size, model);
            return size && { rule: 'year-volume', size };
        }
        case 'KeuzedeelVolumeRule': {
            const size = sizeEntry(rule.size, model);
            return size && { rule: 'keuzedeel-volume', size };
        }
    }
}

// ---------------------------------------------------------------- values

/** Intake clauses as concrete moments: period starts become dates; sorted by date. */
function intakeEntries(intakes: ResolvedIntake[]): CatalogueIntake[] {
    const entries: CatalogueIntake[] = [];
    for (const intake of intakes) {
        const registration = dateRange(intake.registration);
        for (const moment of intake.moments) {
            if (moment.kind === 'date') {
                entries.push({ type: 'fixed', date: moment.date, registration });
            } else if (moment.kind === 'period') {
                entries.push({ type: 'fixed', date: moment.date, period: id(moment.period!), registration });
            }
        }
        const window = dateRange(intake.window);
        if (window) {
            entries.push({ type: 'flexible', ...window, registration });
        }
    }
    const key = (intake: CatalogueIntake) => `${intake.type === 'fixed' ? intake.date : intake.from} ${JSON.stringify(intake)}`;
    return entries.sort((a, b) => compare(key(a), key(b)));
}

/** A validity as written (even when reversed: the validator reports that); absent when not written. */
function validityEntry(validity: Validity | undefined): CatalogueValidity | undefined {
    return validity && (validity.from || validity.to) ? { from: validity.from, to: validity.to } : undefined;
}

/** A fresh object per entry, keys in the catalogue's order. */
function dateRange(span: DateSpan | undefined): CatalogueDateRange | undefined {
    return span && { from: span.from, to: span.to };
}

/** The bandwidth as the model reads it; a size whose minimum error recovery left out is left out. */
function sizeEntry(size: Size | undefined, model: SemanticModel): CatalogueSize | undefined {
    const facts = model.size(size);
    if (!facts?.amounts) {
        return undefined;
    }
    return {
        written: facts.written,
        min: facts.amounts.min,
        max: facts.amounts.max,
        unit: facts.unit,
        sbu: facts.sbu && { min: facts.sbu.min, max: facts.sbu.max },
    };
}

/** Codes and levels are data-type rules: strings at run time, typed `number | string` by Langium. */
function text(value: string | number | undefined): string | undefined {
    return value === undefined ? undefined : String(value);
}

// ---------------------------------------------------------------- ids and order

type Named = AstNode & { name?: string };

function id(node: Named): string {
    return qualifiedName(node) ?? '';
}

function optionalId(node: Named | undefined): string | undefined {
    return node?.name ? id(node) : undefined;
}

function refId(ref: Reference<Named> | undefined): string | undefined {
    return optionalId(ref?.ref);
}

/** The resolved targets' ids, de-duplicated and sorted. */
function refIds(refs: Array<Reference<Named>>): string[] {
    return [...new Set(refs.map(refId).filter(value => value !== undefined))].sort(compare);
}

function sortedIds(nodes: Named[]): string[] {
    return [...new Set(nodes.map(id))].sort(compare);
}

function sortById<T extends { id: string }>(entries: T[]): T[] {
    return entries.sort((a, b) => compare(a.id, b.id));
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function offeringKey(offering: CatalogueOffering): string {
    return [offering.provider, offering.location, offering.pathway ?? '', offering.characteristics.join(','),
        offering.targetGroups.join(','), JSON.stringify(offering.intakes)].join('\u0000');
}
