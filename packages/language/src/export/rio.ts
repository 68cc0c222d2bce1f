/**
 * The offering as RIO registrations: per aangeboden opleiding (DUO's rule for mbo: one per
 * provider x location x leertraject) the `aangebodenMboOpleiding` element that DUO's web
 * service "Beheren OnderwijsOrganisatie" v4 takes in `aanleveren_aangebodenOpleiding_request`,
 * with its cohorts. The request's header (sender, receiver, message id and time) belongs to the
 * system that submits it, so the export holds the registrations only, deterministic. The
 * mapping and how to validate against DUO's XSD are in docs/exports.md.
 */
import type { IntakeFacts, OfferingDefinitionFacts, ProgrammeDefinitionFacts, SourcePlace, WorkspaceFacts } from '../model/workspace-facts.js';
import type { ValiditySpan } from '../model/validity.js';
import { exportId } from './ids.js';
import type { ExportWarnings } from './warnings.js';

export const RIO_NAMESPACE = 'http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4';
export const RIO_EXPORT_NAMESPACE = 'urn:offering:rio-export:1';

/** RIO's mbo level values (MBO-1 .. MBO-4; Entree is level 1). */
const MBO_LEVELS: Record<string, string> = { entree: 'MBO-1', 'mbo-1': 'MBO-1', 'mbo-2': 'MBO-2', 'mbo-3': 'MBO-3', 'mbo-4': 'MBO-4' };
const PATHWAYS = new Set(['BOL', 'BBL']);

/** An XML element: a name and either text or child elements. */
export interface XmlElement {
    name: string;
    text?: string;
    children?: XmlElement[];
}

export interface RioExport {
    /** One `aangebodenMboOpleiding` element per provider x location x leertraject. */
    registrations: XmlElement[];
}

export function buildRio(facts: WorkspaceFacts, warnings: ExportWarnings): RioExport {
    const kinds = { module: facts.modules, calendar: facts.calendars, grouping: facts.groupings, board: facts.boards } as const;
    for (const [kind, list] of Object.entries(kinds)) {
        for (const definition of list) warnings.add('export.rio-not-exported', definition.place, { id: definition.id, value: kind });
    }
    // RIO's aangeboden opleiding offers an opleidingseenheid; a module offered on its own has no place there.
    for (const module of facts.modules) {
        for (const offering of module.offerings) warnings.add('export.rio-not-exported', offering.place, { id: module.id, value: 'moduleOffering' });
    }
    for (const group of facts.groups) warnings.add('export.group', group.place, { id: group.id, other: 'RIO' });
    for (const policy of facts.policies) warnings.add('export.policy', policy.place, { id: policy.id, other: 'RIO' });
    for (const label of facts.characteristics) warnings.add('export.rio-not-exported', label.place, { id: label.id, value: 'characteristic' });
    for (const label of facts.targetGroups) warnings.add('export.rio-not-exported', label.place, { id: label.id, value: 'targetGroup' });

    const providers = new Map(facts.providers.map(provider => [provider.id, provider]));
    const locations = new Map(facts.locations.map(location => [location.id, location]));
    const registrations: XmlElement[] = [];
    for (const programme of facts.programmes) {
        // This export's aangeboden opleiding and cohorts have no field for these.
        for (const offering of programme.offerings) {
            if (offering.capacity !== undefined) warnings.add('export.rio-not-exported', offering.place, { id: programme.id, value: 'capacity' });
            if (offering.mode) warnings.add('export.rio-not-exported', offering.place, { id: programme.id, value: 'mode' });
            for (const value of ['price', 'language', 'pace', 'duration'] as const) {
                if (offering[value] !== undefined) warnings.add('export.rio-not-exported', offering.place, { id: programme.id, value });
            }
        }
        const level = programme.level === undefined ? undefined : MBO_LEVELS[programme.level.toLowerCase()];
        if (!level) {
            if (programme.offerings.length > 0) warnings.add('export.rio-not-mbo', programme.place, { id: programme.id, value: programme.level });
            continue;
        }
        if (!programme.rio) {
            if (programme.offerings.length > 0) warnings.add('export.rio-no-code', programme.place, { id: programme.id });
            continue;
        }
        // DUO: one aangeboden opleiding per provider x location x leertraject; offerings that differ
        // only by characteristic or target group share it, and their cohorts are combined.
        const byKey = new Map<string, OfferingDefinitionFacts[]>();
        for (const offering of programme.offerings) {
            const at = [offering.provider, offering.location, offering.pathway].filter(Boolean).join(' / ');
            const providerCode = offering.provider ? providers.get(offering.provider)?.code : undefined;
            if (!providerCode) {
                warnings.add('export.rio-no-provider-code', offering.place, { id: programme.id, value: at });
                continue;
            }
            if (!offering.pathway || !PATHWAYS.has(offering.pathway)) {
                warnings.add('export.rio-no-pathway', offering.place, { id: programme.id, value: at });
                continue;
            }
            const key = [offering.provider, offering.location ?? '', offering.pathway].join('\u0000');
            byKey.set(key, [...(byKey.get(key) ?? []), offering]);
        }
        for (const key of [...byKey.keys()].sort()) {
            const offerings = byKey.get(key)!;
            const first = offerings[0]!;
            const location = first.location ? locations.get(first.location) : undefined;
            if (location && !location.code) warnings.add('export.rio-no-location-code', location.place, { id: location.id });
            const lapses = offerings.map(offering => lapseOf([offering, programme, providers.get(offering.provider!), offering.location ? locations.get(offering.location) : undefined]));
            // Offerings merged into one registration: it ends when the last of them lapses (open when one never does).
            const end = lapses.some(lapse => lapse === undefined) ? undefined : [...lapses].sort()[lapses.length - 1];
            const registration = aangebodenOpleiding(programme, offerings, providers.get(first.provider!)!.code!, location?.code, level, end, warnings);
            if (registration) registrations.push(registration);
        }
    }
    return { registrations };
}

/** The earliest `valid to` among an offering and what it depends on: the day it can no longer run. */
function lapseOf(owners: Array<{ validity?: ValiditySpan } | undefined>): string | undefined {
    return owners.map(owner => owner?.validity?.to).filter(to => to !== undefined).sort()[0];
}

function aangebodenOpleiding(programme: ProgrammeDefinitionFacts, offerings: OfferingDefinitionFacts[], providerCode: string,
    locationCode: string | undefined, level: string, end: string | undefined, warnings: ExportWarnings): XmlElement | undefined {
    const first = offerings[0]!;
    const at = [first.provider, first.location, first.pathway].filter(Boolean).join(' / ');
    const cohorts = new Map<string, { intake: IntakeFacts; place: SourcePlace }>();
    for (const offering of offerings) {
        for (const intake of offering.intakes) {
            const code = cohortCode(intake);
            if (!cohorts.has(code)) cohorts.set(code, { intake, place: offering.place });
        }
    }
    if (cohorts.size === 0) {
        warnings.add('export.no-intakes', first.place, { id: programme.id, value: at });
        return undefined;
    }
    warnings.add('export.rio-admission', first.place, { id: programme.id, value: at });
    const sorted = [...cohorts.entries()].sort(([a], [b]) => (start(cohorts.get(a)!.intake) + a < start(cohorts.get(b)!.intake) + b ? -1 : 1));
    const firstIntake = start(sorted[0]![1].intake);
    // An offering's own `valid from` is when it begins; without one, its first intake.
    const begin = [firstIntake, ...offerings.map(offering => offering.validity?.from).filter(from => from !== undefined)].sort()[0]!;
    const uuid = exportId('aangebodenOpleiding', programme.id, first.provider!, first.location ?? '', first.pathway!);
    return element('aangebodenMboOpleiding', [
        leaf('aangebodenOpleidingCode', uuid),
        leaf('onderwijsaanbiedercode', providerCode),
        locationCode ? leaf('onderwijslocatiecode', locationCode) : undefined,
        leaf('begindatum', begin),
        leaf('eersteInstroomDatum', firstIntake),
        end ? leaf('einddatum', end) : undefined,
        leaf('opleidingseenheidSleutel', programme.rio!),
        element('aangebodenMboOpleidingPeriode', [
            leaf('begindatum', begin),
            leaf('eigenNaamAangebodenOpleiding', (programme.title ?? programme.id).slice(0, 225)),
        ]),
        ...sorted.map(([code, { intake, place }]) => cohort(programme.id, code, intake, place, warnings)),
        leaf('leertrajectMBO', first.pathway!),
        leaf('mboNiveau', level),
    ]);
}

function cohort(programme: string, code: string, intake: IntakeFacts, place: SourcePlace, warnings: ExportWarnings): XmlElement {
    if (!intake.registration) warnings.add('export.rio-no-registration', place, { id: programme, value: start(intake) });
    return element('aangebodenMboOpleidingCohort', [
        leaf('cohortcode', code),
        // Open for registration: Offering writes only the intakes a school offers.
        leaf('cohortstatus', 'O'),
        intake.registration ? leaf('beginAanmeldperiode', intake.registration.from) : undefined,
        intake.kind === 'fixed'
            ? element('vastInstroommoment', [leaf('instroommoment', intake.date)])
            : element('flexibeleInstroom', [leaf('beginInstroomperiode', intake.from), leaf('eindeInstroomperiode', intake.to)]),
        intake.registration ? leaf('eindeAanmeldperiode', intake.registration.to) : undefined,
        leaf('toestemmingVereistVoorAanmelding', 'NEE'),
    ]);
}

/** `2026-08-31` for a fixed start, `FLEX-2026-09-01` for a flexible window (RIO allows 60 characters). */
function cohortCode(intake: IntakeFacts): string {
    return intake.kind === 'fixed' ? intake.date : `FLEX-${intake.from}`;
}

function start(intake: IntakeFacts): string {
    return intake.kind === 'fixed' ? intake.date : intake.from;
}

function element(name: string, children: Array<XmlElement | undefined>): XmlElement {
    return { name, children: children.filter(child => child !== undefined) };
}

function leaf(name: string, text: string): XmlElement {
    return { name, text };
}

// ---------------------------------------------------------------- XML text

/**
 * The registrations as one XML document: a wrapper of our own namespace around the elements in
 * DUO's namespace, each of which is what a request carries. Two-space indented, LF, a final newline.
 */
export function serializeRio(rio: RioExport): string {
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!-- Offering: one aangebodenMboOpleiding per provider x location x leertraject, each the body of an aanleveren_aangebodenOpleiding_request (DUO_RIO_Beheren_OnderwijsOrganisatie_V4). -->',
        `<rioExport xmlns="${RIO_EXPORT_NAMESPACE}" count="${rio.registrations.length}">`,
    ];
    for (const registration of rio.registrations) {
        writeElement(registration, 1, lines, ` xmlns="${RIO_NAMESPACE}"`);
    }
    lines.push('</rioExport>');
    return lines.join('\n') + '\n';
}

function writeElement(node: XmlElement, depth: number, lines: string[], attributes = ''): void {
    const indent = '  '.repeat(depth);
    if (node.text !== undefined) {
        lines.push(`${indent}<${node.name}${attributes}>${escapeXml(node.text)}</${node.name}>`);
        return;
    }
    lines.push(`${indent}<${node.name}${attributes}>`);
    for (const child of node.children ?? []) writeElement(child, depth + 1, lines);
    lines.push(`${indent}</${node.name}>`);
}

/** Text content: the three characters XML reserves there, and the quote for attribute safety. */
function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
