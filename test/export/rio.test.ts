/**
 * The RIO export without DUO's XSD (not vendored, docs/exports.md): well-formed XML, codes in
 * RIO's formats, one registration per provider x location x leertraject, and each intake of
 * the source as exactly one cohort with a fixed moment or a flexible window.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';
import { exportOffering } from '../../packages/language/src/export/exporter.js';
import { EXAMPLES, exportOf } from './export-test-support.js';

type Element = Record<string, unknown>;

/** The registrations of an export as plain objects, lists always arrays. */
function registrations(xml: string): Element[] {
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: name => ['aangebodenMboOpleiding', 'aangebodenMboOpleidingCohort'].includes(name) });
    const root = parser.parse(xml) as { rioExport: { aangebodenMboOpleiding?: Element[]; '@_count': string } };
    const list = root.rioExport.aangebodenMboOpleiding ?? [];
    expect(Number(root.rioExport['@_count'])).toBe(list.length);
    return list;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('RIO export of the examples', () => {
    for (const [name, folder] of Object.entries(EXAMPLES)) {
        test(`${name}: well-formed, codes in RIO's formats, cohorts complete`, async () => {
            const { result } = await exportOf([folder], { target: 'rio' });
            expect(XMLValidator.validate(result.text)).toBe(true);
            const list = registrations(result.text);
            const keys = new Set<string>();
            for (const registration of list) {
                expect(registration['@_xmlns']).toBe('http://duo.nl/schema/DUO_RIO_Beheren_OnderwijsOrganisatie_V4');
                expect(registration.aangebodenOpleidingCode).toMatch(UUID);
                expect(registration.onderwijsaanbiedercode).toMatch(/^\d{3}A\d{3}$/);
                if (registration.onderwijslocatiecode !== undefined) expect(registration.onderwijslocatiecode).toMatch(/^\d{3}X\d{3}$/);
                expect(registration.opleidingseenheidSleutel).toMatch(/^\d{4}O\d{4}$/);
                expect(registration.begindatum).toMatch(DATE);
                expect(['BOL', 'BBL']).toContain(registration.leertrajectMBO);
                expect(registration.mboNiveau).toMatch(/^MBO-[1-4]$/);
                const key = `${registration.opleidingseenheidSleutel as string} ${registration.onderwijsaanbiedercode as string} ${registration.onderwijslocatiecode as string} ${registration.leertrajectMBO as string}`;
                expect(keys.has(key), key).toBe(false);
                keys.add(key);
                const cohorts = registration.aangebodenMboOpleidingCohort as Element[];
                expect(cohorts.length).toBeGreaterThan(0);
                const codes = cohorts.map(cohort => cohort.cohortcode as string);
                expect(new Set(codes).size).toBe(codes.length);
                for (const cohort of cohorts) {
                    expect((cohort.cohortcode as string).length).toBeLessThanOrEqual(60);
                    expect('vastInstroommoment' in cohort !== 'flexibeleInstroom' in cohort).toBe(true);
                    expect(cohort.cohortstatus).toBe('O');
                }
                // The first intake is the registration's first intake date.
                const starts = cohorts.map(cohort => ((cohort.vastInstroommoment as Element | undefined)?.instroommoment ?? (cohort.flexibeleInstroom as Element).beginInstroomperiode) as string);
                expect(registration.eersteInstroomDatum).toBe([...starts].sort()[0]);
            }
            expect(list.length).toBe(name === 'mbo-college' ? 14 : 0);
        });
    }
});

const ORGANISATION = `
board B "Bestuur" code 100B001
provider P "Aanbieder" code 100A001 under B
provider Q "Zonder code" under B
location L "Locatie" code 100X001 under B used by P, Q
location M "Zonder code" under B used by P
calendar C { period T1 from 2026-09-01 to 2026-12-18 period T2 from 2027-01-04 to 2027-07-09 }
characteristic Versneld "Versneld"
`;

describe('RIO cohorts and what RIO cannot take', () => {
    test('a fixed moment, a flexible window and a registration window; regular and accelerated share one registration', async () => {
        const workspace = await buildWorkspace({
            'org.offering': ORGANISATION,
            'p.offering': `programme Kok "Kok" {
                rio 1234O5678
                level mbo-2
                pathways BOL, BBL
                calendar C
                offered by P at L as BOL { capacity 20 mode onsite intake at T1 registration from 2026-03-01 to 2026-08-15 }
                offered by P at L as BOL with Versneld { intake at T1, T2 }
                offered by P at L as BBL { intake flexible from 2026-09-01 to 2027-06-30 }
            }`,
        });
        expect(workspace.diagnostics().filter(d => d.includes('error'))).toEqual([]);
        const result = exportOffering([...workspace.documents.values()], workspace.services, { target: 'rio' });
        const [bbl, bol] = registrations(result.text);
        expect(bol!.leertrajectMBO).toBe('BOL');
        expect(bol!.aangebodenMboOpleidingCohort).toEqual([
            { cohortcode: '2026-09-01', cohortstatus: 'O', beginAanmeldperiode: '2026-03-01', vastInstroommoment: { instroommoment: '2026-09-01' }, eindeAanmeldperiode: '2026-08-15', toestemmingVereistVoorAanmelding: 'NEE' },
            { cohortcode: '2027-01-04', cohortstatus: 'O', vastInstroommoment: { instroommoment: '2027-01-04' }, toestemmingVereistVoorAanmelding: 'NEE' },
        ]);
        expect(bbl!.aangebodenMboOpleidingCohort).toEqual([
            { cohortcode: 'FLEX-2026-09-01', cohortstatus: 'O', flexibeleInstroom: { beginInstroomperiode: '2026-09-01', eindeInstroomperiode: '2027-06-30' }, toestemmingVereistVoorAanmelding: 'NEE' },
        ]);
        expect(result.warnings.map(w => `${w.code} ${w.params.id} ${w.params.value ?? ''}`.trim())).toEqual([
            'export.rio-not-exported B board',
            'export.rio-not-exported C calendar',
            'export.rio-not-exported Versneld characteristic',
            'export.rio-admission Kok P / L / BOL',
            'export.rio-not-exported Kok capacity',
            'export.rio-not-exported Kok mode',
            'export.rio-no-registration Kok 2027-01-04',
            'export.rio-admission Kok P / L / BBL',
            'export.rio-no-registration Kok 2026-09-01',
        ]);
    });

    test('no RIO code, no provider code, no pathway, not mbo: not exported, each said once', async () => {
        const workspace = await buildWorkspace({
            'org.offering': ORGANISATION,
            'p.offering': `
programme ZonderRio "Zonder RIO-code" { level mbo-3 pathways BOL offered by P at L as BOL { intake on 2026-09-01 } }
programme Havo "Havo" { rio 1234O0001 level havo offered by P at L { intake on 2026-09-01 } }
programme Kok "Kok" {
    rio 1234O5678
    level mbo-2
    pathways BOL
    offered by Q at L as BOL { intake on 2026-09-01 }
    offered by P at L { intake on 2026-09-01 }
    offered by P at M as BOL { intake on 2026-09-01 registration from 2026-03-01 to 2026-08-15 }
}`,
        });
        const result = exportOffering([...workspace.documents.values()], workspace.services, { target: 'rio' });
        const list = registrations(result.text);
        expect(list.map(r => [r.onderwijsaanbiedercode, r.onderwijslocatiecode ?? '-'])).toEqual([['100A001', '-']]);
        expect(result.warnings.filter(w => !w.code.endsWith('not-exported')).map(w => `${w.code} ${w.params.id}`)).toEqual([
            'export.rio-no-location-code M',
            'export.rio-no-code ZonderRio',
            'export.rio-not-mbo Havo',
            'export.rio-no-provider-code Kok',
            'export.rio-no-pathway Kok',
            'export.rio-admission Kok',
        ]);
    });
});
