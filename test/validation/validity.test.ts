import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

/** One programme offered by P at L; each `valid` clause is filled in per test. */
function offering(v: { board?: string; provider?: string; location?: string; programme?: string; offering?: string }, intakes = 'intake on 2026-09-01'): string {
    return `board B "Bestuur" code 100B490 ${v.board ?? ''}
provider P "School" code 110A133 under B ${v.provider ?? ''}
location L "Gebouw" code 110X912 under B used by P ${v.location ?? ''}
programme Prog {
    level mbo-4 crebo 25604
    ${v.programme ?? ''}
    offered by P at L as BOL {
        ${v.offering ?? ''}
        ${intakes}
    }
}
`;
}

async function diagnostics(text: string, locale: 'en' | 'nl' = 'en'): Promise<string[]> {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    services.i18n.Messages.locale = locale;
    return (await buildWorkspace({ 'a.offering': text }, services)).diagnostics();
}

describe('validity dates (valid from ... to ...)', () => {
    test('open-ended and closed validities on all five definitions parse and stay quiet around their edges', async () => {
        expect(await diagnostics(offering({
            board: 'valid from 2000-01-01',
            provider: 'valid to 2030-07-31',
            location: 'valid from 2026-09-01 to 2026-09-01',
            programme: 'valid from 2020-08-01 to 2026-09-01',
            offering: 'valid from 2026-09-01',
        }))).toEqual([]);
    });

    test('an intake after the location closes names the location and the date', async () => {
        expect(await diagnostics(offering({ location: 'valid to 2026-08-31' }))).toEqual([
            'a.offering:9:19 offering.intake.outside-validity: Intake on 2026-09-01 falls after location L lapses on 2026-08-31. Move the intake or extend the validity.',
        ]);
    });

    test('before the offering, the programme or the provider begins; in Dutch too', async () => {
        expect(await diagnostics(offering({ offering: 'valid from 2026-09-02' }))).toEqual([
            'a.offering:9:19 offering.intake.outside-validity: Intake on 2026-09-01 falls before offering Prog (P, L) becomes valid on 2026-09-02. Move the intake or extend the validity.',
        ]);
        expect(await diagnostics(offering({ programme: 'valid to 2025-07-31' }))).toEqual([
            'a.offering:9:19 offering.intake.outside-validity: Intake on 2026-09-01 falls after programme Prog lapses on 2025-07-31. Move the intake or extend the validity.',
        ]);
        expect(await diagnostics(offering({ provider: 'valid from 2027-01-01' }), 'nl')).toEqual([
            'a.offering:9:19 offering.intake.outside-validity: Instroom op 2026-09-01 valt voor de ingang van de aanbieder P op 2027-01-01. Verplaats de instroom of vervroeg de geldigheid.',
        ]);
    });

    test('the offering itself is named first; each moment is reported once; a flexible window by its start', async () => {
        expect(await diagnostics(offering({ offering: 'valid to 2026-12-31', location: 'valid to 2026-10-31' },
            'intake on 2026-09-01, 2027-02-01\n        intake flexible from 2027-03-01 to 2027-04-01'))).toEqual([
            'a.offering:9:31 offering.intake.outside-validity: Intake on 2027-02-01 falls after offering Prog (P, L) lapses on 2026-12-31. Move the intake or extend the validity.',
            'a.offering:10:30 offering.intake.outside-validity: Intake on 2027-03-01 falls after offering Prog (P, L) lapses on 2026-12-31. Move the intake or extend the validity.',
        ]);
    });

    test('a reversed validity is reported once, on its end, and not used for intakes', async () => {
        expect(await diagnostics(offering({ location: 'valid from 2027-08-01 to 2020-07-31' }))).toEqual([
            'a.offering:3:77 offering.validity.reversed: The validity of location L from 2027-08-01 to 2020-07-31 ends before it starts. Swap the dates.',
        ]);
        expect(await diagnostics(offering({ offering: 'valid from 2027-08-01 to 2020-07-31' }), 'nl')).toEqual([
            'a.offering:8:34 offering.validity.reversed: De geldigheid van de aangeboden opleiding Prog (P, L) van 2027-08-01 tot 2020-07-31 eindigt voordat die begint. Draai de datums om.',
        ]);
    });

    test('an impossible date is offering.date.invalid; a second valid clause is a repeated clause', async () => {
        expect(await diagnostics(offering({ board: 'valid to 2026-02-30' }))).toEqual([
            'a.offering:1:41 offering.date.invalid: 2026-02-30 is not a real date. Write an existing date as YYYY-MM-DD.',
        ]);
        expect(await diagnostics(offering({ programme: 'valid from 2020-08-01 valid to 2030-07-31' }))).toEqual([
            "a.offering:6:5 offering.syntax.repeated-clause: 'valid' is given more than once for Prog; only one is allowed. Remove the extra 'valid'.",
        ]);
    });
});
