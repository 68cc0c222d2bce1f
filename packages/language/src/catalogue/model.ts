/**
 * The catalogue: the offering with every reference resolved, as plain data for other
 * systems (student information system, RIO, website, timetabling) and for the editor's
 * preview. Its shape is pinned by `schemas/catalogue.schema.json`.
 *
 * Conventions: every definition has an `id` (its qualified name, e.g. `Schooljaar2026.B1`,
 * `SoftwareDeveloper.Databases`); references are ids; optional facts that were not written
 * are left out rather than set to null; lists are sorted so that the same offering always
 * gives the same bytes.
 */
import type { UnitId } from '../model/sizes.js';

/** The catalogue schema's `$id`; a catalogue names it in `$schema`. Change only with the format's version. */
export const CATALOGUE_SCHEMA_ID = 'urn:offering:catalogue:2';
/** 2: classes per period (compositions), nested periods, validity, module offerings, capacity, mode of delivery, price, teaching language, pace and duration. */
export const CATALOGUE_FORMAT_VERSION = 2;

export interface Catalogue {
    $schema: typeof CATALOGUE_SCHEMA_ID;
    formatVersion: typeof CATALOGUE_FORMAT_VERSION;
    boards: CatalogueBoard[];
    providers: CatalogueProvider[];
    locations: CatalogueLocation[];
    calendars: CatalogueCalendar[];
    groupings: CatalogueGrouping[];
    characteristics: CatalogueLabel[];
    targetGroups: CatalogueLabel[];
    programmes: CatalogueProgramme[];
    modules: CatalogueModule[];
    groups: CatalogueGroup[];
    policies: CataloguePolicy[];
}

export interface CatalogueBoard {
    id: string;
    title?: string;
    code?: string;
    validity?: CatalogueValidity;
}

/** When a definition exists (`valid from ... to ...`), both ends included; an open end is left out. */
export interface CatalogueValidity {
    from?: string;
    to?: string;
}

export interface CatalogueProvider {
    id: string;
    title?: string;
    code?: string;
    boards: string[];
    validity?: CatalogueValidity;
}

export interface CatalogueLocation {
    id: string;
    title?: string;
    code?: string;
    address?: string;
    boards: string[];
    providers: string[];
    validity?: CatalogueValidity;
}

export interface CatalogueCalendar {
    id: string;
    title?: string;
    /** Nested ones included (with `parent`), in date order; a period before those it holds. */
    periods: CataloguePeriod[];
}

export interface CataloguePeriod {
    /** `Calendar.Period`, nested `Calendar.Year.S1.B1`. */
    id: string;
    name: string;
    title?: string;
    start: string;
    end: string;
    /** The id of the period that holds this one; absent at the calendar's top level. */
    parent?: string;
}

/** A node of the grouping tree, kept flat: `parent` and `children` are ids. */
export interface CatalogueGrouping {
    id: string;
    title?: string;
    parent?: string;
    children: string[];
    /** The programmes placed directly in this grouping. */
    programmes: string[];
}

/** A characteristic (opleidingskenmerk) or target group (doelgroep). */
export interface CatalogueLabel {
    id: string;
    title?: string;
    code?: string;
}

export interface CatalogueProgramme {
    id: string;
    title?: string;
    codes: { crebo?: string; rio?: string };
    level?: string;
    years: number[];
    pathways: string[];
    groupings: string[];
    characteristics: string[];
    targetGroups: string[];
    calendar?: string;
    offerings: CatalogueOffering[];
    /** Every module that belongs to the programme: nested ones and those naming it with `for`. */
    modules: string[];
    validity?: CatalogueValidity;
}

/** What every offering holds, of a programme or of a module on its own (the generator writes the keys in its own order). */
interface CatalogueOfferingFacts {
    provider: string;
    location: string;
    calendar?: string;
    /** The maximum number of students. */
    capacity?: number;
    /** How it is taught. */
    mode?: 'onsite' | 'online' | 'hybrid';
    price?: CataloguePrice;
    /** The teaching language, ISO 639-1 (`nl`). */
    language?: string;
    pace?: 'full-time' | 'part-time';
    /** How long it takes, where it differs from the programme's years (versneld). */
    duration?: CatalogueDuration;
    intakes: CatalogueIntake[];
    validity?: CatalogueValidity;
}

/** A programme offered by one provider at one location (and, in mbo, one pathway). */
export interface CatalogueOffering extends CatalogueOfferingFacts {
    pathway?: string;
    /** The programme's own characteristics and target groups plus the offering's. */
    characteristics: string[];
    targetGroups: string[];
}

export type CatalogueIntake = CatalogueFixedIntake | CatalogueFlexibleIntake;

/** A fixed start date; `period` tells which period start it came from, if any. */
export interface CatalogueFixedIntake {
    type: 'fixed';
    date: string;
    period?: string;
    registration?: CatalogueDateRange;
}

export interface CatalogueFlexibleIntake {
    type: 'flexible';
    from: string;
    to: string;
    registration?: CatalogueDateRange;
}

export interface CatalogueDateRange {
    from: string;
    to: string;
}

export interface CatalogueSize {
    /** The bandwidth as written, e.g. `240..360 SBU`. */
    written: string;
    min: number;
    /** Equal to min for a single value. */
    max: number;
    /** The canonical unit; absent when none (or an unknown one) was written. */
    unit?: UnitId;
    /** The bandwidth in SBU, where the unit converts (SBU, EC). */
    sbu?: { min: number; max: number };
}

export interface CatalogueModule {
    id: string;
    kind: 'module' | 'keuzedeel' | 'subject';
    title?: string;
    code?: string;
    size?: CatalogueSize;
    levels: string[];
    calendar?: string;
    /** The programmes the module belongs to; `years: []` means no particular year (a study trip). */
    programmes: Array<{ programme: string; years: number[] }>;
    intakes: CatalogueIntake[];
    /** Offered on its own, by provider and then location. */
    offerings: CatalogueModuleOffering[];
}

/** A module offered on its own by one provider at one location (OOAPI course offering). */
export type CatalogueModuleOffering = CatalogueOfferingFacts;

/** The amount as written (`1250.00`), so it is never rounded or reformatted; an ISO 4217 currency. */
export interface CataloguePrice {
    amount: string;
    currency: string;
}

export interface CatalogueDuration {
    value: number;
    unit: 'years' | 'months';
}

export interface CatalogueGroup {
    id: string;
    kind: 'class' | 'teaching-group';
    title?: string;
    /** In written order: the group's own clauses first (with the periods of each `during` without a block), then each `during ... { }`. */
    compositions: CatalogueComposition[];
}

/** Who is in a group in these periods (none: no particular period) and what it teaches then. */
export interface CatalogueComposition {
    periods: string[];
    students: Array<{ programme: string; years: number[] }>;
    teaches: Array<{ module: string; levels: string[] }>;
}

export type CataloguePolicyRule =
    | { rule: 'module-size'; size: CatalogueSize }
    | { rule: 'min-intakes-per-year'; count: number }
    | { rule: 'intakes-at-period-starts' }
    | { rule: 'year-volume'; size: CatalogueSize }
    | { rule: 'keuzedeel-volume'; size: CatalogueSize };

export interface CataloguePolicy {
    id: string;
    title?: string;
    extends: string[];
    reach: {
        all: boolean;
        groupings: string[];
        programmes: string[];
        levels: string[];
        /** The boards and providers it names (their offerings); present only when it names some. */
        boards?: string[];
        providers?: string[];
    };
    /** The rules written in this policy, in written order. */
    rules: CataloguePolicyRule[];
    /** What the policy governs: the programmes in its reach and the modules belonging to them. */
    governs: {
        programmes: string[];
        modules: string[];
    };
}
