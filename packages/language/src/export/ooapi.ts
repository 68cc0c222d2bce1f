/**
 * The offering as OOAPI (Open Education API) objects, version 6 (default) or 5: one JSON
 * document with an array per entity. The mapping, and what has no place, is in
 * docs/exports.md; every object validates against the bundled OpenAPI document of its
 * version (schemas/ooapi/, test/export/ooapi-schema.test.ts).
 */
import type { SizeFacts, UnitId } from '../model/sizes.js';
import type { ValiditySpan } from '../model/validity.js';
import type {
    CalendarFacts, IntakeFacts, LocationFacts, ModuleDefinitionFacts, ModuleOfferingDefinitionFacts, OfferingDefinitionFacts, ProgrammeDefinitionFacts,
    WorkspaceFacts,
} from '../model/workspace-facts.js';
import { endOfDay, lastDayAfterMonths, lastDayAfterYears, startOfDay } from './date-times.js';
import type { OfferingAttributeFacts } from '../model/offering-attributes.js';
import { durationInMonths, isoDuration, languageCode3 } from '../model/offering-attributes.js';
import { exportId } from './ids.js';
import type { ExportWarnings } from './warnings.js';

export type OoapiVersion = '6' | '5';

type Json = { [key: string]: unknown };

/** The language of titles: Offering's examples and users write them in Dutch. */
const LANGUAGE = 'nl-NL';
/** OOAPI v5 requires a teaching language: this one unless an offering states its `language` (docs/exports.md). */
const TEACHING_LANGUAGE_V5 = 'nld';

/** `mode` as OOAPI's mode of delivery: v6 `modesOfDelivery`, v5 `modeOfDelivery` (both lists). */
const MODE_OF_DELIVERY: Record<OoapiVersion, Record<'onsite' | 'online' | 'hybrid', string>> = {
    6: { onsite: 'presential', online: 'online', hybrid: 'hybrid' },
    5: { onsite: 'on campus', online: 'online', hybrid: 'hybrid' },
};

/** mbo levels and their OOAPI level, NLQF/EQF level (Entree is level 1). */
const MBO_LEVELS: Record<string, number> = { entree: 1, 'mbo-1': 1, 'mbo-2': 2, 'mbo-3': 3, 'mbo-4': 4 };

const STUDY_LOAD_UNITS: Record<OoapiVersion, Record<UnitId, string>> = {
    6: { SBU: 'sbu', EC: 'ects', hours: 'hour', 'contact-hours': 'contact_time' },
    5: { SBU: 'sbu', EC: 'ects', hours: 'hour', 'contact-hours': 'contacttime' },
};

const MODE_OF_STUDY: Record<OoapiVersion, Record<string, string>> = {
    6: { BOL: 'full_time', BBL: 'dual_training', 'full-time': 'full_time', 'part-time': 'part_time' },
    5: { BOL: 'full-time', BBL: 'dual training', 'full-time': 'full-time', 'part-time': 'part-time' },
};

/** Entity names per version (v5 spells organization, program). */
const NAMES = {
    6: { organisations: 'organisations', programmes: 'programmes', programmeOfferings: 'programmeOfferings', organisationId: 'organisationId' },
    5: { organisations: 'organizations', programmes: 'programs', programmeOfferings: 'programOfferings', organisationId: 'organizationId' },
} as const;

export interface OoapiDocument {
    ooapiVersion: string;
    [entity: string]: unknown;
}

export function buildOoapi(facts: WorkspaceFacts, version: OoapiVersion, warnings: ExportWarnings): OoapiDocument {
    const ids = new IdTable(facts);
    const target = `OOAPI v${version}`;
    for (const group of facts.groups) warnings.add('export.group', group.place, { id: group.id, other: target });
    for (const policy of facts.policies) warnings.add('export.policy', policy.place, { id: policy.id, other: target });
    for (const grouping of facts.groupings) warnings.add('export.grouping', grouping.place, { id: grouping.id });
    for (const label of facts.characteristics) warnings.add('export.characteristic', label.place, { id: label.id });
    for (const label of facts.targetGroups) warnings.add('export.target-group', label.place, { id: label.id });
    for (const calendar of facts.calendars) {
        if (calendar.periods.length === 0) warnings.add('export.empty-calendar', calendar.place, { id: calendar.id });
    }
    const programmeOfferings = facts.programmes.flatMap(programme => programmeOfferingsOf(programme, ids, version, warnings));
    const courseOfferings = facts.modules.flatMap(module => courseOfferingsOf(module, ids, version, warnings));
    const names = NAMES[version];
    return {
        ooapiVersion: version === '6' ? '6.0' : '5.0',
        [names.organisations]: organisations(facts, ids, version, warnings),
        academicSessions: facts.calendars.flatMap(calendar => academicSessions(calendar, ids, version)),
        [names.programmes]: facts.programmes.map(programme => programmeObject(programme, ids, version, warnings)),
        [names.programmeOfferings]: programmeOfferings,
        courses: facts.modules.map(module => courseObject(module, ids, version, warnings)),
        courseOfferings,
    };
}

/** The number of objects in an OOAPI document (for the CLI's summary). */
export function countOoapiObjects(document: OoapiDocument): number {
    return Object.values(document).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
}

// ---------------------------------------------------------------- ids

/** The id of every exported object, from what it is and the qualified names that make it unique. */
class IdTable {
    readonly locations: Map<string, LocationFacts>;
    readonly programmes: Map<string, ProgrammeDefinitionFacts>;
    readonly labels: Map<string, { id: string; title?: string; code?: string; parent?: string }>;
    private readonly calendars: Map<string, CalendarFacts>;
    constructor(facts: WorkspaceFacts) {
        this.locations = byId(facts.locations);
        this.programmes = byId(facts.programmes);
        this.labels = byId([...facts.groupings, ...facts.characteristics, ...facts.targetGroups]);
        this.calendars = byId(facts.calendars);
    }
    /** Ids that many objects refer to, hashed once (SHA-1 per id adds up at 100k lines). */
    private readonly cache = new Map<string, string>();
    private cached(kind: string, id: string): string {
        const key = `${kind}\u0000${id}`;
        let uuid = this.cache.get(key);
        if (uuid === undefined) {
            uuid = exportId(kind, id);
            this.cache.set(key, uuid);
        }
        return uuid;
    }
    organisation(kind: 'board' | 'provider' | 'location', id: string): string { return this.cached(kind, id); }
    session(id: string): string { return this.cached('academicSession', id); }
    programme(id: string): string { return this.cached('programme', id); }
    course(id: string): string { return exportId('course', id); }
    programmeOffering(programme: string, offering: OfferingDefinitionFacts, intake: IntakeFacts): string {
        return exportId('programmeOffering', programme, offering.provider ?? '', offering.location ?? '', offering.pathway ?? '',
            offering.characteristics.join(','), offering.targetGroups.join(','), intakeKey(intake));
    }
    courseOffering(module: string, intake: IntakeFacts): string {
        return exportId('courseOffering', module, intakeKey(intake));
    }
    moduleOffering(module: string, offering: ModuleOfferingDefinitionFacts, intake: IntakeFacts): string {
        return exportId('courseOffering', module, offering.provider ?? '', offering.location ?? '', intakeKey(intake));
    }
    calendar(id: string | undefined): CalendarFacts | undefined {
        return id === undefined ? undefined : this.calendars.get(id);
    }
}

function intakeKey(intake: IntakeFacts): string {
    return intake.kind === 'fixed' ? `fixed:${intake.date}` : `flexible:${intake.from}:${intake.to}`;
}

// ---------------------------------------------------------------- organisations

function organisations(facts: WorkspaceFacts, ids: IdTable, version: OoapiVersion, warnings: ExportWarnings): Json[] {
    const result: Json[] = [];
    const idKey = NAMES[version].organisationId;
    const childrenOf = new Map<string, string[]>();
    const addChild = (parent: string | undefined, child: string) => {
        if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
    };
    const parentOf = (id: string, parents: string[], place: Parameters<ExportWarnings['add']>[1]): string | undefined => {
        if (parents.length > 1) warnings.add('export.several-parents', place, { id, value: parents.join(', '), other: parents[0] });
        return parents[0];
    };
    const entries: Array<{ object: Json; parent?: string }> = [];
    for (const board of facts.boards) {
        const object = organisation(version, ids.organisation('board', board.id), 'root', board.id, board.title, rioCode('x-rio-onderwijsbestuurcode', board.code));
        entries.push({ object: withExt(object, validityExt(board.validity)) });
    }
    for (const provider of facts.providers) {
        const boards = provider.boards.map(board => ids.organisation('board', board));
        const parent = parentOf(provider.id, provider.boards, provider.place);
        const object = organisation(version, ids.organisation('provider', provider.id), 'institute', provider.id, provider.title, rioCode('x-rio-onderwijsaanbiedercode', provider.code));
        entries.push({
            object: withExt(object, { 'x-offering-parents': provider.boards.length > 1 ? boards : undefined, ...validityExt(provider.validity) }),
            parent: parent && ids.organisation('board', parent),
        });
    }
    for (const location of facts.locations) {
        // A location hangs under the provider that uses it; one used by none, under its board.
        const parents = location.providers.length > 0 ? location.providers : location.boards;
        const parentKind = location.providers.length > 0 ? 'provider' : 'board';
        const parent = parentOf(location.id, parents, location.place);
        const object = organisation(version, ids.organisation('location', location.id), 'branch', location.id, location.title, rioCode('x-rio-onderwijslocatiecode', location.code));
        const addresses = address(location);
        if (addresses) object.addresses = [addresses];
        const allParents = parents.map(id => ids.organisation(parentKind, id));
        // Hung under its provider, a location's boards have no place in the tree.
        const boards = parentKind === 'provider' && location.boards.length > 0 ? location.boards.map(id => ids.organisation('board', id)) : undefined;
        if (boards) warnings.add('export.location-boards', location.place, { id: location.id, value: location.boards.join(', ') });
        entries.push({
            object: withExt(object, { 'x-offering-parents': parents.length > 1 ? allParents : undefined, 'x-offering-boards': boards, ...validityExt(location.validity) }),
            parent: parent && ids.organisation(parentKind, parent),
        });
    }
    for (const { object, parent } of entries) addChild(parent, object[idKey] as string);
    for (const { object, parent } of entries) {
        const id = object[idKey] as string;
        const children = childrenOf.get(id);
        if (version === '6') {
            if (parent) object.parentId = parent;
            if (children) object.childIds = children;
        } else {
            if (parent) object.parent = parent;
            if (children) object.children = children;
        }
        result.push(object);
    }
    return result;
}

function organisation(version: OoapiVersion, uuid: string, type: string, id: string, title: string | undefined, code: Json | undefined): Json {
    const object: Json = version === '6'
        ? { organisationId: uuid, organisationType: type, primaryCode: identifier(id), name: names(title ?? id), shortName: id }
        : { organizationId: uuid, organizationType: type, primaryCode: identifier(id), name: names(title ?? id), shortName: id };
    if (code) object.otherCodes = [code];
    return object;
}

/** `Leerparkpromenade 100, Dordrecht` as street, number and city; anything else as the street. */
function address(location: LocationFacts): Json | undefined {
    if (!location.address) return undefined;
    const match = /^(.*\S)\s+(\d+\S*)\s*,\s*(.+)$/.exec(location.address.trim());
    return match
        ? { addressType: 'visit', street: match[1], streetNumber: match[2], city: match[3] }
        : { addressType: 'visit', street: location.address };
}

// ---------------------------------------------------------------- academic sessions

function academicSessions(calendar: CalendarFacts, ids: IdTable, version: OoapiVersion): Json[] {
    if (calendar.periods.length === 0) return [];
    const yearId = ids.session(calendar.id);
    const start = calendar.periods[0]!.start;
    const end = calendar.periods.reduce((last, period) => (period.end > last ? period.end : last), calendar.periods[0]!.end);
    // Nested periods hang under the period that holds them (OOAPI sessions have a parent); the others under the year.
    const childIds = calendar.periods.filter(period => !period.parent).map(period => ids.session(period.id));
    const childrenOf = new Map<string, string[]>();
    for (const period of calendar.periods) {
        if (period.parent) childrenOf.set(period.parent, [...(childrenOf.get(period.parent) ?? []), ids.session(period.id)]);
    }
    const session = (uuid: string, type: string, id: string, title: string | undefined, from: string, to: string): Json => version === '6'
        ? { academicSessionId: uuid, academicSessionType: type, primaryCode: identifier(id), name: names(title ?? id), startDateTime: startOfDay(from), endDateTime: endOfDay(to) }
        : { academicSessionId: uuid, academicSessionType: type.replace('_', ' '), primaryCode: identifier(id), name: names(title ?? id), startDate: from, endDate: to };
    const year = session(yearId, 'academic_year', calendar.id, calendar.title, start, end);
    if (version === '6') year.childIds = childIds; else year.children = childIds;
    const periods = calendar.periods.map(period => {
        const object = session(ids.session(period.id), 'period', period.id, period.title, period.start, period.end);
        const parentId = period.parent ? ids.session(period.parent) : yearId;
        const children = childrenOf.get(period.id);
        if (version === '6') {
            object.parentId = parentId;
            if (children) object.childIds = children;
            object.yearId = yearId;
        } else {
            object.parent = parentId;
            if (children) object.children = children;
            object.year = yearId;
        }
        return object;
    });
    return [year, ...periods];
}

// ---------------------------------------------------------------- programmes

function programmeObject(programme: ProgrammeDefinitionFacts, ids: IdTable, version: OoapiVersion, warnings: ExportWarnings): Json {
    const uuid = ids.programme(programme.id);
    const otherCodes: Json[] = [];
    const primaryCode = programme.crebo
        ? { codeType: version === '6' ? 'programme_code' : 'crohoCreboCode', code: programme.crebo }
        : identifier(programme.id);
    if (programme.crebo) otherCodes.push(identifier(programme.id));
    if (programme.rio) otherCodes.push({ codeType: 'x-rio-opleidingseenheidcode', code: programme.rio });
    const object: Json = version === '6'
        ? { programmeId: uuid, programmeType: 'programme', primaryCode, name: names(programme.title ?? programme.id), abbreviation: programme.id }
        : { programId: uuid, programType: 'program', primaryCode, name: names(programme.title ?? programme.id), abbreviation: programme.id,
            description: names(programme.title ?? programme.id), teachingLanguage: TEACHING_LANGUAGE_V5 };
    const studyLoad = programmeStudyLoad(programme, version);
    if (studyLoad) object.studyLoad = version === '6' ? [studyLoad] : studyLoad;
    const modes = programme.pathways.map(pathway => MODE_OF_STUDY[version][pathway]).filter(mode => mode !== undefined);
    if (modes.length === 1 && programme.pathways.length === 1) object.modeOfStudy = modes[0];
    if (programme.offerings.some(offering => offering.pathway)) {
        warnings.add('export.pathway', programme.place, { id: programme.id, value: object.modeOfStudy as string | undefined });
    }
    levels(object, programme.level, version, programme, warnings);
    if (version === '5' && programme.level && MBO_LEVELS[programme.level.toLowerCase()] !== undefined) object.sector = 'secondary vocational education';
    const firstStart = programme.offerings.flatMap(offering => offering.intakes).map(startDate).sort()[0];
    if (firstStart) {
        if (version === '6') object.firstStartDateTime = startOfDay(firstStart); else object.firstStartDate = firstStart;
    }
    if (programme.years.length > 0) object.duration = `P${programme.years.length}Y`;
    if (otherCodes.length > 0) object.otherCodes = otherCodes;
    return withExt(object, {
        'x-offering-years': programme.years.length > 0 ? programme.years : undefined,
        'x-offering-groupings': nonEmpty(programme.groupings.map(id => labelOf(ids, id))),
        'x-offering-characteristics': nonEmpty(programme.characteristics.map(id => labelOf(ids, id))),
        'x-offering-targetGroups': nonEmpty(programme.targetGroups.map(id => labelOf(ids, id))),
        ...validityExt(programme.validity),
    });
}

/** Years times the study load per year a governing policy sets (mbo: 1600 SBU), when that is one value in a unit OOAPI knows. */
function programmeStudyLoad(programme: ProgrammeDefinitionFacts, version: OoapiVersion): Json | undefined {
    const volume = programme.yearVolume;
    if (!volume?.bandwidth || volume.bandwidth.min !== volume.bandwidth.max || programme.years.length === 0) return undefined;
    return { studyLoadUnit: STUDY_LOAD_UNITS[version][volume.bandwidth.unit], value: volume.bandwidth.min * programme.years.length };
}

function levels(object: Json, level: string | undefined, version: OoapiVersion, owner: { id: string; place: ProgrammeDefinitionFacts['place'] }, warnings: ExportWarnings): void {
    if (!level) return;
    const mbo = MBO_LEVELS[level.toLowerCase()];
    if (mbo !== undefined) {
        object.level = version === '6' ? `secondary_vocational_education_${mbo}` : `secondary vocational education ${mbo}`;
        object.levelOfQualification = version === '6' ? `eqf_${mbo}` : String(mbo);
        return;
    }
    warnings.add('export.level', owner.place, { id: owner.id, value: level, other: `v${version}` });
    if (version === '6') object.level = `x-offering-${level}`;
}

function programmeOfferingsOf(programme: ProgrammeDefinitionFacts, ids: IdTable, version: OoapiVersion, warnings: ExportWarnings): Json[] {
    const result: Json[] = [];
    for (const offering of programme.offerings) {
        const at = [offering.provider, offering.location, offering.pathway].filter(Boolean).join(' / ');
        if (offering.intakes.length === 0) {
            warnings.add('export.no-intakes', offering.place, { id: programme.id, value: at });
            continue;
        }
        const location = offering.location === undefined ? undefined : ids.locations.get(offering.location);
        for (const intake of offering.intakes) {
            const uuid = ids.programmeOffering(programme.id, offering, intake);
            const code = [programme.id, offering.provider, offering.location, offering.pathway, ...offering.characteristics, ...offering.targetGroups, intakeKey(intake)]
                .filter(Boolean).join('/');
            const name = `${programme.title ?? programme.id} (${[offering.pathway, location?.title ?? offering.location, startDate(intake)].filter(Boolean).join(', ')})`;
            const calendar = ids.calendar(offering.calendar);
            const start = startDate(intake);
            // A deviating duration (versneld) ends the offering earlier or later than the programme's years.
            const end = offering.duration ? lastDayAfterMonths(start, durationInMonths(offering.duration.value, offering.duration.unit))
                : lastDayAfterYears(start, Math.max(programme.years.length, 1));
            const object = offeringObject(version, 'program', uuid, code, name, start, end, intake, calendar, ids);
            if (version === '6') object.programmeId = ids.programme(programme.id); else object.program = ids.programme(programme.id);
            if (offering.provider) object[version === '6' ? 'organisationId' : 'organization'] = ids.organisation('provider', offering.provider);
            attributeFields(object, offering, version);
            const addressObject = location && address(location);
            if (addressObject) object.addresses = [addressObject];
            const otherCodes: Json[] = [];
            if (location?.code) otherCodes.push({ codeType: 'x-rio-onderwijslocatiecode', code: location.code });
            if (otherCodes.length > 0) object.otherCodes = otherCodes;
            result.push(withExt(object, {
                'x-offering-location': offering.location && ids.organisation('location', offering.location),
                // What the offering says (full-time, part-time) before what its pathway implies.
                'x-offering-modeOfStudy': offering.pace ? MODE_OF_STUDY[version][offering.pace]
                    : offering.pathway && (MODE_OF_STUDY[version][offering.pathway] ?? `x-offering-${offering.pathway}`),
                'x-offering-duration': offering.duration && isoDuration(offering.duration.value, offering.duration.unit),
                'x-offering-pathway': offering.pathway,
                'x-offering-characteristics': nonEmpty(offering.characteristics.map(id => labelOf(ids, id))),
                'x-offering-targetGroups': nonEmpty(offering.targetGroups.map(id => labelOf(ids, id))),
                ...validityExt(offering.validity),
            }));
        }
    }
    return result;
}

/** The fields every offering of both kinds has: dates, intake window, registration, session. */
function offeringObject(version: OoapiVersion, kind: 'program' | 'course', uuid: string, code: string, name: string, start: string, end: string,
    intake: IntakeFacts, calendar: CalendarFacts | undefined, ids: IdTable): Json {
    const session = sessionOf(intake, calendar, ids);
    if (version === '6') {
        const object: Json = {
            [kind === 'program' ? 'programmeOfferingId' : 'courseOfferingId']: uuid,
            primaryCode: { codeType: 'offering_code', code },
            name: names(name),
            startDateTime: startOfDay(start),
            endDateTime: endOfDay(end),
        };
        if (session) object.academicSessionId = session;
        if (intake.kind === 'flexible') {
            // The v6 bundle types these two as `format: date` despite their names.
            object.flexibleEntryPeriodStartDateTime = intake.from;
            object.flexibleEntryPeriodEndDateTime = intake.to;
        }
        if (intake.registration) {
            object.enrolmentPeriods = [{ startDateTime: startOfDay(intake.registration.from), endDateTime: endOfDay(intake.registration.to) }];
        }
        return object;
    }
    const object: Json = {
        offeringId: uuid,
        primaryCode: { codeType: 'offeringCode', code },
        offeringType: kind,
        name: names(name),
        description: names(name),
        teachingLanguage: TEACHING_LANGUAGE_V5,
        resultExpected: true,
        startDate: start,
        endDate: end,
    };
    if (session) object.academicSession = session;
    if (intake.kind === 'flexible') {
        object.flexibleEntryPeriodStart = intake.from;
        object.flexibleEntryPeriodEnd = intake.to;
    }
    if (intake.registration) {
        object.enrollStartDate = intake.registration.from;
        object.enrollEndDate = intake.registration.to;
    }
    return object;
}

/** The period an intake starts (an `intake at B1`), else the calendar's year when the start lies in it. */
function sessionOf(intake: IntakeFacts, calendar: CalendarFacts | undefined, ids: IdTable): string | undefined {
    if (intake.kind === 'fixed' && intake.period) return ids.session(intake.period);
    const start = startDate(intake);
    if (calendar && calendar.periods.length > 0 && calendar.periods[0]!.start <= start && calendar.periods.some(period => start <= period.end)) {
        return ids.session(calendar.id);
    }
    return undefined;
}

function startDate(intake: IntakeFacts): string {
    return intake.kind === 'fixed' ? intake.date : intake.from;
}

// ---------------------------------------------------------------- courses

function courseObject(module: ModuleDefinitionFacts, ids: IdTable, version: OoapiVersion, warnings: ExportWarnings): Json {
    const uuid = ids.course(module.id);
    const name = names(module.title ?? module.id);
    const programmeIds = module.programmes.map(entry => ids.programme(entry.programme));
    const object: Json = version === '6'
        ? { courseId: uuid, primaryCode: identifier(module.id), name, abbreviation: module.id }
        : { courseId: uuid, primaryCode: identifier(module.id), name, abbreviation: module.id, description: name, teachingLanguage: TEACHING_LANGUAGE_V5 };
    if (module.code) object.otherCodes = [{ codeType: module.kind === 'keuzedeel' ? 'x-keuzedeelcode' : 'x-offering-code', code: module.code }];
    const load = studyLoad(module.size, version);
    if (load) object.studyLoad = version === '6' ? [load] : load;
    if (module.size?.amounts && module.size.amounts.min !== module.size.amounts.max) {
        warnings.add('export.size-bandwidth', module.place, { id: module.id, value: module.size.written });
    }
    courseLevel(object, module, ids, version, warnings);
    if (programmeIds.length > 0) object[version === '6' ? 'programmeIds' : 'programs'] = programmeIds;
    if (module.programmes.some(entry => entry.years.length > 0)) warnings.add('export.module-years', module.place, { id: module.id });
    return withExt(object, {
        'x-offering-kind': module.kind,
        'x-offering-size': module.size?.amounts ? sizeExtension(module.size) : undefined,
        'x-offering-levels': nonEmpty(module.levels),
        'x-offering-programmes': nonEmpty(module.programmes.map(entry => ({ programmeId: ids.programme(entry.programme), years: entry.years }))),
    });
}

/** A course has one level: its own when it names one mbo level, else that of its programmes when they agree. */
function courseLevel(object: Json, module: ModuleDefinitionFacts, ids: IdTable, version: OoapiVersion, warnings: ExportWarnings): void {
    const own = module.levels.filter(level => MBO_LEVELS[level.toLowerCase()] !== undefined);
    const programmeLevels = new Set(module.programmes
        .map(entry => ids.programmes.get(entry.programme)?.level?.toLowerCase())
        .filter(level => level !== undefined && MBO_LEVELS[level] !== undefined));
    const level = module.levels.length === 1 && own.length === 1 ? own[0]!
        : module.levels.length === 0 && programmeLevels.size === 1 ? [...programmeLevels][0]! : undefined;
    if (module.levels.length > 1 || (module.levels.length === 1 && own.length === 0)) {
        warnings.add('export.module-levels', module.place, { id: module.id, value: module.levels.join(', ') });
    }
    if (level) {
        const mbo = MBO_LEVELS[level.toLowerCase()]!;
        object.level = version === '6' ? `secondary_vocational_education_${mbo}` : `secondary vocational education ${mbo}`;
    } else if (version === '5') {
        object.level = 'undefined'; // required in v5; its own value for "no level"
    }
}

function courseOfferingsOf(module: ModuleDefinitionFacts, ids: IdTable, version: OoapiVersion, warnings: ExportWarnings): Json[] {
    const calendar = ids.calendar(module.calendar);
    const own = module.intakes.map(intake => {
        const start = startDate(intake);
        // A module's offering runs to the end of its calendar when the start lies in it, else for the day.
        const calendarEnd = calendar?.periods.reduce((last, period) => (period.end > last ? period.end : last), start);
        const object = offeringObject(version, 'course', ids.courseOffering(module.id, intake), `${module.id}/${intakeKey(intake)}`,
            `${module.title ?? module.id} (${start})`, start, calendarEnd ?? start, intake, calendar, ids);
        if (version === '6') object.courseId = ids.course(module.id); else object.course = ids.course(module.id);
        return object;
    });
    return [...own, ...module.offerings.flatMap(offering => moduleOfferingsOf(module, offering, ids, version, warnings))];
}

/** A module offered on its own: one course offering per intake, by its provider, at its location. */
function moduleOfferingsOf(module: ModuleDefinitionFacts, offering: ModuleOfferingDefinitionFacts, ids: IdTable, version: OoapiVersion,
    warnings: ExportWarnings): Json[] {
    if (offering.intakes.length === 0) {
        warnings.add('export.no-intakes', offering.place, { id: module.id, value: [offering.provider, offering.location].filter(Boolean).join(' / ') });
        return [];
    }
    const calendar = ids.calendar(offering.calendar);
    const location = offering.location === undefined ? undefined : ids.locations.get(offering.location);
    return offering.intakes.map(intake => {
        const start = startDate(intake);
        // As for a module's own intakes: to the end of the calendar when the start lies in it, else for the day.
        const calendarEnd = calendar?.periods.reduce((last, period) => (period.end > last ? period.end : last), start);
        const code = [module.id, offering.provider, offering.location, intakeKey(intake)].filter(Boolean).join('/');
        const name = `${module.title ?? module.id} (${[location?.title ?? offering.location, start].filter(Boolean).join(', ')})`;
        const end = offering.duration ? lastDayAfterMonths(start, durationInMonths(offering.duration.value, offering.duration.unit)) : calendarEnd ?? start;
        const object = offeringObject(version, 'course', ids.moduleOffering(module.id, offering, intake), code, name, start, end,
            intake, calendar, ids);
        if (version === '6') object.courseId = ids.course(module.id); else object.course = ids.course(module.id);
        if (offering.provider) object[version === '6' ? 'organisationId' : 'organization'] = ids.organisation('provider', offering.provider);
        attributeFields(object, offering, version);
        const addressObject = location && address(location);
        if (addressObject) object.addresses = [addressObject];
        if (location?.code) object.otherCodes = [{ codeType: 'x-rio-onderwijslocatiecode', code: location.code }];
        return withExt(object, {
            'x-offering-location': offering.location && ids.organisation('location', offering.location),
            'x-offering-modeOfStudy': offering.pace && MODE_OF_STUDY[version][offering.pace],
            'x-offering-duration': offering.duration && isoDuration(offering.duration.value, offering.duration.unit),
            ...validityExt(offering.validity),
        });
    });
}

/** Capacity, mode of delivery, price and teaching language: OOAPI fields both kinds of offering have. */
function attributeFields(object: Json, offering: OfferingAttributeFacts, version: OoapiVersion): void {
    if (offering.capacity !== undefined) object.maxNumberStudents = offering.capacity;
    if (offering.mode) object[version === '6' ? 'modesOfDelivery' : 'modeOfDelivery'] = [MODE_OF_DELIVERY[version][offering.mode]];
    if (offering.price) {
        object.priceInformation = [{ costType: version === '6' ? 'total_costs' : 'total costs', amount: offering.price.amount, currency: offering.price.currency }];
    }
    if (offering.language) {
        // v6 takes RFC 4647 tags (ISO 639-1 is one); v5 wants ISO 639-2. An unknown code (an error already) keeps v5's default.
        if (version === '6') object.teachingLanguages = [offering.language];
        else object.teachingLanguage = languageCode3(offering.language) ?? TEACHING_LANGUAGE_V5;
    }
}

function studyLoad(size: SizeFacts | undefined, version: OoapiVersion): Json | undefined {
    if (!size?.amounts || !size.unit) return undefined;
    return { studyLoadUnit: STUDY_LOAD_UNITS[version][size.unit], value: size.amounts.min };
}

function sizeExtension(size: SizeFacts): Json {
    return { written: size.written, min: size.amounts!.min, max: size.amounts!.max, unit: size.unit, sbu: size.sbu && { min: size.sbu.min, max: size.sbu.max } };
}

// ---------------------------------------------------------------- values

function names(value: string): Json[] {
    return [{ language: LANGUAGE, value }];
}

function identifier(id: string): Json {
    return { codeType: 'identifier', code: id };
}

function rioCode(codeType: string, code: string | undefined): Json | undefined {
    return code ? { codeType, code } : undefined;
}

function labelOf(ids: IdTable, id: string): Json {
    const label = ids.labels.get(id);
    return { id, title: label?.title, code: label?.code, parent: label?.parent };
}

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
    return new Map(list.map(item => [item.id, item]));
}

function nonEmpty<T>(values: T[]): T[] | undefined {
    return values.length > 0 ? values : undefined;
}

/**
 * A validity as extension fields: OOAPI has `validFrom`/`validTo` only on timeline overrides
 * (a changed version of a programme), not on the lifetime of an organisation, programme or offering.
 */
function validityExt(validity: ValiditySpan | undefined): Record<string, unknown> {
    return { 'x-offering-validFrom': validity?.from, 'x-offering-validTo': validity?.to };
}

/** Adds `ext` with the extension fields that have a value; none, no `ext`. */
function withExt(object: Json, ext: Record<string, unknown>): Json {
    const present = Object.entries(ext).filter(([, value]) => value !== undefined);
    if (present.length > 0) object.ext = Object.fromEntries(present);
    return object;
}
