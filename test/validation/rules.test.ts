import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

const folder = fileURLToPath(new URL('../../examples/errors/', import.meta.url));
const read = (name: string): string => readFileSync(`${folder}${name}`, 'utf8');

/** Each rule fires with its exact message on the narrowest place (the files are in examples/errors/). */
const FIRES: Record<string, string[]> = {
    'code-board-format.offering': [
        "code-board-format.offering:2:24 offering.code.board-format: '100A490' is not a RIO board code: three digits, B, three digits (e.g. 100B490).",
    ],
    'code-crebo-format.offering': [
        "code-crebo-format.offering:10:11 offering.code.crebo-format: '2560' is not a crebo code: exactly five digits (e.g. 25604).",
    ],
    'code-location-format.offering': [
        "code-location-format.offering:4:26 offering.code.location-format: '110B912' is not a RIO location code: three digits, X, three digits (e.g. 110X912).",
    ],
    'code-programme-unit-format.offering': [
        "code-programme-unit-format.offering:10:9 offering.code.programme-unit-format: '1234O567' is not a RIO programme unit code: four digits, O, four digits (e.g. 1234O5678).",
    ],
    'code-provider-format.offering': [
        "code-provider-format.offering:3:26 offering.code.provider-format: '110A13' is not a RIO provider code: three digits, A, three digits (e.g. 110A133).",
    ],
    'date-invalid.offering': [
        "date-invalid.offering:15:44 offering.date.invalid: 2026-09-31 is not a real date. Write an existing date as YYYY-MM-DD.",
    ],
    'date-range-reversed.offering': [
        "date-range-reversed.offering:15:44 offering.date-range.reversed: The window from 2026-10-01 to 2026-09-01 ends before it starts. Swap the dates.",
    ],
    'definition-unused.offering': [
        "definition-unused.offering:18:16 offering.definition.unused: Nothing uses the characteristic Versneld. Use it or remove it.",
    ],
    'group-level-not-offered.offering': [
        "group-level-not-offered.offering:19:60 offering.group.level-not-offered: Module M is not offered at level mbo-2; it is offered at mbo-3, mbo-4. Teach it at one of those levels or add the level to the module.",
    ],
    'group-unknown-year.offering': [
        "group-unknown-year.offering:18:45 offering.group.unknown-year: Prog has no year 4 (its years are 1, 2, 3). Take students of an existing year.",
    ],
    'grouping-cycle.offering': [
        "grouping-cycle.offering:19:20 offering.grouping.cycle: Grouping G1 lies within itself: G1 -> G2 -> G1. Groupings form a tree; remove one 'within'.",
        "grouping-cycle.offering:20:20 offering.grouping.cycle: Grouping G2 lies within itself: G2 -> G1 -> G2. Groupings form a tree; remove one 'within'.",
    ],
    'intake-duplicate.offering': [
        "intake-duplicate.offering:16:19 offering.intake.duplicate: The intake moment 2026-08-31 is given more than once. Remove the duplicate.",
    ],
    'intake-not-on-period-start.offering': [
        "intake-not-on-period-start.offering:15:19 offering.intake.not-on-period-start: Intake on 2026-09-07 is not on a period start, which policy K requires. The nearest period start is 2026-08-31.",
    ],
    'intake-outside-calendar.offering': [
        "intake-outside-calendar.offering:15:19 offering.intake.outside-calendar: Intake on 2027-03-01 falls outside every period of calendar C. Move it into a period or add a period.",
    ],
    'location-no-board.offering': [
        "location-no-board.offering:4:10 offering.location.no-board: Location L falls under no board. Add 'under' with its board.",
    ],
    'module-size-outside-policy.offering': [
        "module-size-outside-policy.offering:17:19 offering.module.size-outside-policy: Module M has size 60 SBU, outside the module bandwidth 120..480 SBU of policy K. Bring the size within 120..480 SBU.",
    ],
    'module-year-outside-programme.offering': [
        "module-year-outside-programme.offering:17:34 offering.module.year-outside-programme: Year 4 is not a year of Prog, which has years 1, 2, 3. Use one of those years.",
    ],
    'name-duplicate.offering': [
        "name-duplicate.offering:9:11 offering.name.duplicate: The name 'Prog' is already used by the grouping in name-duplicate.offering:18. Names are unique across the workspace: rename one of them.",
        "name-duplicate.offering:18:10 offering.name.duplicate: The name 'Prog' is already used by the programme in name-duplicate.offering:9. Names are unique across the workspace: rename one of them.",
    ],
    'offering-duplicate.offering': [
        "offering-duplicate.offering:17:5 offering.offering.duplicate: Prog is already offered by P at L (BOL) with the same characteristics and target groups. Remove this offering or make it distinct with a characteristic or target group.",
    ],
    'offering-location-not-used.offering': [
        "offering-location-not-used.offering:14:21 offering.offering.location-not-used: Location L is not used by provider P. Add P to the location's 'used by' or choose another location.",
    ],
    'offering-pathway-not-applicable.offering': [
        "offering-pathway-not-applicable.offering:13:26 offering.offering.pathway-not-applicable: Pathway BOL does not apply to Prog: pathways apply to mbo programmes only.",
    ],
    'offering-too-few-intakes.offering': [
        "offering-too-few-intakes.offering:14:5 offering.offering.too-few-intakes: This offering of Prog has 1 intake moment(s) in the year 2026-08-31 to 2027-08-30 of calendar C (12 months from its first period); policy K requires at least 2 per year. Add intake moments.",
    ],
    'period-overlap.offering': [
        "period-overlap.offering:7:29 offering.period.overlap: Period B2 starts on 2026-11-02, while period B1 still runs until 2026-11-06. Periods in one calendar must not overlap: start after 2026-11-06.",
    ],
    'period-reversed.offering': [
        "period-reversed.offering:7:43 offering.period.reversed: Period B2 ends on 2026-11-09, before it starts on 2027-01-29. Swap the dates.",
    ],
    'policy-conflict.offering': [
        "policy-conflict.offering:9:11 offering.policy.conflict: Policies K1 and K2 both govern Prog but disagree on module size: 120..480 SBU versus 240..480 SBU. Align the policies or narrow their reach.",
    ],
    'policy-cycle.offering': [
        "policy-cycle.offering:18:19 offering.policy.cycle: Policy K1 extends itself through K1 -> K2 -> K1. Remove one 'extends' to break the cycle.",
        "policy-cycle.offering:19:19 offering.policy.cycle: Policy K2 extends itself through K2 -> K1 -> K2. Remove one 'extends' to break the cycle.",
    ],
    'programme-keuzedeel-volume.offering': [
        "programme-keuzedeel-volume.offering:9:11 offering.programme.keuzedeel-volume: The keuzedelen of Prog add up to 240 SBU, not enough to choose the keuzedeel volume 720 SBU of policy K. Offer more keuzedelen.",
    ],
    'programme-level-invalid.offering': [
        "programme-level-invalid.offering:11:11 offering.programme.level-invalid: 'mbo-5' is not a known level. Did you mean mbo-1, mbo-2, mbo-3, mbo-4? Use one of entree, mbo-1, mbo-2, mbo-3, mbo-4, vmbo-bb, vmbo-kb, vmbo-gl, vmbo-gt, vmbo-tl, havo, vwo, 1F, 2F, 3F, 4F, 1S, po, so, vso, praktijkonderwijs, vavo.",
    ],
    'programme-year-volume.offering': [
        "programme-year-volume.offering:12:5 offering.programme.year-volume: The modules of Prog year 1 add up to 240 SBU, which cannot meet the year volume 1600 SBU of policy K. Adjust the module sizes or the year's modules.",
    ],
    'provider-no-board.offering': [
        "provider-no-board.offering:3:10 offering.provider.no-board: Provider P falls under no board. Add 'under' with its board.",
    ],
    'reference-unresolved.offering': [
        "reference-unresolved.offering:17:8 offering.reference.unresolved: There is no grouping named 'Ghost'. Define it, correct the spelling, or use the qualified name (Calendar.Period, Programme.Module).",
    ],
    'size-incomparable-units.offering': [
        "size-incomparable-units.offering:17:19 offering.size.incomparable-units: Cannot check module M in hours against policy K, which uses SBU: only EC and SBU convert (1 EC = 28 SBU); hours and contact hours do not convert. Write both in comparable units.",
    ],
    'size-missing-unit.offering': [
        "size-missing-unit.offering:17:19 offering.size.missing-unit: The size 240 has no unit. Add one: SBU, EC, hours or contact-hours.",
    ],
    'size-not-positive.offering': [
        "size-not-positive.offering:17:19 offering.size.not-positive: A size must be positive, but 0 is not. Use an amount above 0.",
    ],
    'size-reversed.offering': [
        "size-reversed.offering:17:19 offering.size.reversed: The bandwidth 480..240 SBU has its minimum above its maximum. Swap them: 240..480 SBU.",
    ],
    'size-unknown-unit.offering': [
        "size-unknown-unit.offering:17:23 offering.size.unknown-unit: 'lessons' is not a known unit. Use SBU, EC, hours or contact-hours.",
    ],
    'syntax-repeated-clause.offering': [
        "syntax-repeated-clause.offering:11:11 offering.syntax.repeated-clause: 'level' is given more than once for Prog; only one is allowed. Remove the extra 'level'.",
    ],
    'years-reversed.offering': [
        "years-reversed.offering:12:11 offering.years.reversed: The year range 3..1 runs backwards. Write 1..3.",
    ],
    'years-out-of-range.offering': [
        "years-out-of-range.offering:12:11 offering.years.out-of-range: Year 150 is out of range: a programme has at most 100 years. Use years 1..100.",
    ],
};

describe('each rule fires with its exact message and position', () => {
    test.each(Object.entries(FIRES))('%s', async (file, expected) => {
        const workspace = await buildWorkspace({ [file]: read(file) });
        expect(workspace.diagnostics()).toEqual(expected);
    });
});

/** A workspace that obeys every rule, spread over files the way schools do: organisation, calendar, policy, teams. */
const VALID = {
    'organisation.offering': `
        board B "Bestuur" code 100B490
        provider P "School" code 110A133 under B
        location L "Gebouw" code 110X912 under B used by P
        grouping Techniek "Techniek"
        grouping ICT "ICT" within Techniek
        characteristic Versneld "Versneld" code VERSNELD_PROGRAMMA_VWO
        target group Volwassenen "Volwassenen"
    `,
    'calendar.offering': `
        calendar C {
            period B1 from 2026-08-31 to 2026-11-06
            period B2 from 2026-11-09 to 2027-01-29
        }
    `,
    'policy.offering': `
        policy Basis { applies to all module size 1..480 SBU }
        policy Kaders extends Basis {
            applies to Techniek at level mbo-4
            module size 7..480 SBU
            at least 2 intakes per year
            intakes at period starts
            year volume 400..1600 SBU
            keuzedeel volume 480 SBU
        }
    `,
    'software.offering': `
        programme Software {
            crebo 25604 rio 1234O5678
            level mbo-4 years 1..2 pathways BOL, BBL in ICT calendar C
            offered by P at L as BOL { intake at B1, B2 }
            offered by P at L as BOL with Versneld for Volwassenen {
                intake on 2026-08-31, 2026-11-09 registration from 2026-03-01 to 2026-08-15
            }
            module Programmeren size 240..360 SBU { year 1 levels mbo-3, mbo-4 intake at B1 }
            module Databases size 7.5 EC { years 1..2 }
        }
        keuzedeel Robotica code K0713 size 240 SBU { for Software year 2 }
        keuzedeel Ondernemen size 240 SBU { for Software }
        subject Studiereis size 40 SBU { for Software }
        class ICT1A { during C.B1, B2 students of Software year 1 teaches Programmeren at mbo-4 }
    `,
};

describe('valid input stays quiet', () => {
    test('a workspace that obeys every rule has no diagnostics', async () => {
        const workspace = await buildWorkspace(VALID);
        expect(workspace.diagnostics()).toEqual([]);
    });
});

async function buildInDutch(files: Record<string, string>) {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    services.i18n.Messages.locale = 'nl';
    return buildWorkspace(files, services);
}

describe('in Dutch', () => {
    test.each([
        ['size-reversed.offering', "size-reversed.offering:17:19 offering.size.reversed: De bandbreedte 480..240 SBU heeft een minimum boven het maximum. Draai ze om: 240..480 SBU."],
        ['module-size-outside-policy.offering', "module-size-outside-policy.offering:17:19 offering.module.size-outside-policy: Onderwijseenheid M heeft omvang 60 SBU, buiten de bandbreedte 120..480 SBU van kader K. Breng de omvang binnen 120..480 SBU."],
        ['size-incomparable-units.offering', "size-incomparable-units.offering:17:19 offering.size.incomparable-units: Kan onderwijseenheid M in hours niet toetsen aan kader K, dat SBU gebruikt: alleen EC en SBU zijn om te rekenen (1 EC = 28 SBU); uren en contacturen niet. Schrijf beide in vergelijkbare eenheden."],
        ['policy-conflict.offering', "policy-conflict.offering:9:11 offering.policy.conflict: Kaders K1 en K2 gelden allebei voor Prog maar verschillen over de omvang van onderwijseenheden: 120..480 SBU tegenover 240..480 SBU. Stem de kaders op elkaar af of beperk hun bereik."],
        ['intake-outside-calendar.offering', "intake-outside-calendar.offering:15:19 offering.intake.outside-calendar: Instroom op 2027-03-01 valt buiten alle periodes van kalender C. Verplaats de instroom naar een periode of voeg een periode toe."],
        ['group-unknown-year.offering', "group-unknown-year.offering:18:45 offering.group.unknown-year: Prog heeft geen jaar 4 (de jaren zijn 1, 2, 3). Neem leerlingen van een bestaand jaar."],
        ['offering-location-not-used.offering', "offering-location-not-used.offering:14:21 offering.offering.location-not-used: Locatie L wordt niet gebruikt door aanbieder P. Voeg P toe aan 'used by' van de locatie of kies een andere locatie."],
        ['offering-pathway-not-applicable.offering', "offering-pathway-not-applicable.offering:13:26 offering.offering.pathway-not-applicable: Leerweg BOL past niet bij Prog: leerwegen gelden alleen voor mbo-opleidingen."],
        ['definition-unused.offering', "definition-unused.offering:18:16 offering.definition.unused: Niets gebruikt het opleidingskenmerk Versneld. Gebruik die of verwijder die."],
        ['reference-unresolved.offering', "reference-unresolved.offering:17:8 offering.reference.unresolved: Er is geen opleidingsgroep met de naam 'Ghost'. Definieer die, verbeter de spelling of gebruik de volledige naam (Kalender.Periode, Opleiding.Onderwijseenheid)."],
    ])('%s', async (file, expected) => {
        const workspace = await buildInDutch({ [file]: read(file) });
        expect(workspace.diagnostics()).toEqual([expected]);
    });
});

describe('data for quick fixes', () => {
    async function dataOf(file: string): Promise<unknown[]> {
        const workspace = await buildWorkspace({ [file]: read(file) });
        return [...workspace.documents.values()].flatMap(document => (document.diagnostics ?? []).map(d => [d.code, d.data]));
    }

    test('an intake off the period start carries the nearest period start', async () => {
        expect(await dataOf('intake-not-on-period-start.offering')).toEqual([
            ['offering.intake.not-on-period-start', { code: 'offering.intake.not-on-period-start', nearest: '2026-08-31' }],
        ]);
    });

    test('an unresolved reference carries its text and the type it should be', async () => {
        expect(await dataOf('reference-unresolved.offering')).toEqual([['offering.reference.unresolved', {
            code: 'offering.reference.unresolved', refText: 'Ghost', targetType: 'Grouping', containerType: 'Programme', property: 'groupings',
        }]]);
    });

    test('an unused definition carries its kind', async () => {
        expect(await dataOf('definition-unused.offering')).toEqual([
            ['offering.definition.unused', { code: 'offering.definition.unused', kind: 'Characteristic' }],
        ]);
    });
});
