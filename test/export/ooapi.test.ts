import { describe, expect, test } from 'vitest';
import { exportOffering } from '../../packages/language/src/export/exporter.js';
import { buildWorkspace } from '../helpers.js';
import { ooapiValidators } from './export-test-support.js';

const files = {
    'org.offering': `
board A "Bestuur A" code 100B001
board B "Bestuur B" code 100B002
provider P "School" code 100A001 under B, A
location L "Gebouw" address "Kerkstraat 1a, Utrecht" under A used by P
location Los "Losse locatie" address "Op de hoek" under B
calendar Leeg "Zonder perioden" { }
calendar C { period T1 "Trimester 1" from 2026-08-24 to 2026-11-27 period T2 from 2026-11-30 to 2027-03-05 }
`,
    'p.offering': `
programme Havo "Havo" { rio 1001O3001 level havo years 1..5 calendar C offered by P at L { mode onsite intake at T1 } offered by P at L for X { } }
target group X "Volwassenen"
programme Kok "Kok" { level mbo-2 years 1..2 pathways BBL offered by P at L as BBL { capacity 18 intake flexible from 2026-09-01 to 2027-06-30 price 1250.00 EUR language en part-time duration 18 months } }
module Hygiene "Hygiëne" size 2..3 EC { for Kok years 1..2 intake on 2026-09-01 offered by P at L { intake on 2026-09-07 language fy price 95 EUR duration 2 months valid to 2027-07-31 } }
`,
};

describe('OOAPI mapping details', () => {
    test('trees, levels, study loads and what is not exported, in v6 and v5', async () => {
        const workspace = await buildWorkspace(files);
        expect(workspace.diagnostics().filter(d => / offering\.(?!definition\.unused)/.test(d) && d.includes('error'))).toEqual([]);
        const documents = [...workspace.documents.values()];
        const v6 = exportOffering(documents, workspace.services, { target: 'ooapi' });
        const doc = JSON.parse(v6.text) as Record<string, Array<Record<string, unknown>>>;
        const byCode = (list: Array<Record<string, unknown>>, code: string) => list.find(o => (o.primaryCode as { code: string }).code === code)!;
        const [a, b, p, l, los] = ['A', 'B', 'P', 'L', 'Los'].map(code => byCode(doc.organisations!, code));
        expect([p!.parentId, l!.parentId, los!.parentId]).toEqual([a!.organisationId, p!.organisationId, b!.organisationId]);
        expect(a!.childIds).toEqual([p!.organisationId]);
        expect(l!.addresses).toEqual([{ addressType: 'visit', street: 'Kerkstraat', streetNumber: '1a', city: 'Utrecht' }]);
        expect(los!.addresses).toEqual([{ addressType: 'visit', street: 'Op de hoek' }]);
        expect(byCode(doc.programmes!, 'Havo').level).toBe('x-offering-havo');
        expect(byCode(doc.programmes!, 'Kok')).toMatchObject({ level: 'secondary_vocational_education_2', levelOfQualification: 'eqf_2', modeOfStudy: 'dual_training', duration: 'P2Y' });
        const course = byCode(doc.courses!, 'Hygiene');
        expect(course).toMatchObject({ studyLoad: [{ studyLoadUnit: 'ects', value: 2 }], level: 'secondary_vocational_education_2' });
        // A module offering with a duration ends that long after its start.
        expect(doc.courseOfferings!.map(o => [o.startDateTime, o.endDateTime])).toEqual([
            ['2026-09-01T00:00:00+02:00', '2026-09-01T23:59:59+02:00'], ['2026-09-07T00:00:00+02:00', '2026-11-06T23:59:59+01:00']]);
        // An offering's own duration (18 months), not the programme's two years, sets its end.
        const flexible = doc.programmeOfferings!.find(o => o.flexibleEntryPeriodStartDateTime)!;
        expect([flexible.startDateTime, flexible.endDateTime, flexible.flexibleEntryPeriodEndDateTime]).toEqual(['2026-09-01T00:00:00+02:00', '2028-02-29T23:59:59+01:00', '2027-06-30']);
        // Price, teaching language (v6: ISO 639-1 as written), part-time before the pathway's dual training, duration in ISO 8601.
        expect(flexible).toMatchObject({ priceInformation: [{ costType: 'total_costs', amount: '1250.00', currency: 'EUR' }], teachingLanguages: ['en'] });
        expect(flexible.ext).toMatchObject({ 'x-offering-modeOfStudy': 'part_time', 'x-offering-duration': 'P18M', 'x-offering-pathway': 'BBL' });
        expect(doc.courseOfferings![1]).toMatchObject({ priceInformation: [{ costType: 'total_costs', amount: '95', currency: 'EUR' }], teachingLanguages: ['fy'] });
        expect(doc.courseOfferings![1]!.ext).toMatchObject({ 'x-offering-duration': 'P2M', 'x-offering-validTo': '2027-07-31' });
        // `capacity` is maxNumberStudents; an offering without one has none.
        expect(doc.programmeOfferings!.map(o => o.maxNumberStudents)).toEqual([undefined, 18]);
        // `mode` is the mode of delivery, in each version's own words.
        expect(doc.programmeOfferings!.map(o => o.modesOfDelivery)).toEqual([['presential'], undefined]);
        expect(v6.warnings.map(w => `${w.code} ${w.params.id}`)).toEqual([
            'export.several-parents P',
            'export.location-boards L',
            'export.empty-calendar Leeg',
            'export.level Havo',
            'export.no-intakes Havo',
            'export.target-group X',
            'export.pathway Kok',
            'export.module-years Hygiene',
            'export.size-bandwidth Hygiene',
        ]);
        const validators = ooapiValidators('6');
        for (const [entity, validate] of Object.entries(validators)) {
            for (const object of doc[entity]!) expect(validate(object), `${entity} ${JSON.stringify(validate.errors)}`).toBe(true);
        }

        const v5 = exportOffering(documents, workspace.services, { target: 'ooapi', ooapiVersion: '5' });
        const doc5 = JSON.parse(v5.text) as Record<string, Array<Record<string, unknown>>>;
        expect(byCode(doc5.programs!, 'Havo').level).toBeUndefined();
        expect(doc5.programOfferings!.map(o => o.maxNumberStudents)).toEqual([undefined, 18]);
        expect(doc5.programOfferings!.map(o => o.modeOfDelivery)).toEqual([['on campus'], undefined]);
        // v5 wants ISO 639-2: `en` is eng, `fy` fry; without a language the default nld stays.
        expect(doc5.programOfferings!.map(o => o.teachingLanguage)).toEqual(['nld', 'eng']);
        expect(doc5.courseOfferings!.map(o => o.teachingLanguage)).toEqual(['nld', 'fry']);
        expect(doc5.programOfferings![1]).toMatchObject({ priceInformation: [{ costType: 'total costs', amount: '1250.00', currency: 'EUR' }] });
        expect(doc5.programOfferings![1]!.ext).toMatchObject({ 'x-offering-modeOfStudy': 'part-time', 'x-offering-duration': 'P18M' });
        expect(v5.warnings.find(w => w.code === 'export.level')?.params).toEqual({ id: 'Havo', value: 'havo', other: 'v5' });
        const validators5 = ooapiValidators('5');
        for (const [entity, validate] of Object.entries(validators5)) {
            for (const object of doc5[entity]!) expect(validate(object), `${entity} ${JSON.stringify(validate.errors)}`).toBe(true);
        }
    });

    test('half-typed input with unresolved references exports what resolves and never throws', async () => {
        const workspace = await buildWorkspace({
            'a.offering': 'programme P { level mbo-9 offered by Nobody at Nowhere as XYZ { intake at Missing intake on 2026-02-30 intake flexible from 2026-01-01 to } module M size .. EC',
            'b.offering': 'calendar C { period T from 2026-01-01 to }\nprovider Q under Missing\nlocation',
        });
        for (const options of [{ target: 'ooapi' }, { target: 'ooapi', ooapiVersion: '5' }, { target: 'rio' }] as const) {
            const result = exportOffering([...workspace.documents.values()], workspace.services, options);
            expect(result.text.endsWith('\n')).toBe(true);
        }
    });
});
