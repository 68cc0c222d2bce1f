import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';
import { buildCatalogue } from '../../packages/language/src/catalogue/generator.js';

// Issue 13 item 14 (the rest): price, teaching language, full-time/part-time and duration per offering;
// validity in a module offering (item 2).
const ORGANISATION = `
board B code 100B490
provider P code 110A133 under B valid to 2027-07-31
location L code 110X912 under B used by P
calendar C {
    period B1 from 2026-08-31 to 2026-11-06
    period B2 from 2026-11-09 to 2027-01-29
    period B3 from 2027-08-30 to 2027-11-05
}
`;

async function diagnostics(text: string): Promise<string[]> {
    const workspace = await buildWorkspace({ 'org.offering': ORGANISATION, 'a.offering': text });
    return workspace.diagnostics();
}

describe('price, language, pace and duration of an offering', () => {
    test('correct values on a programme and a module offering stay quiet, in any order', async () => {
        expect(await diagnostics(`
programme Prog { years 1..3 calendar C offered by P at L { price 1250.00 EUR language nl full-time duration 2 years intake at B1 } }
module Excel size 40 hours { calendar C offered by P at L { part-time intake at B1 duration 18 months language en price 0 USD } }
`)).toEqual([]);
        expect(await diagnostics(`
module Excel size 40 hours { calendar C offered by P at L { price 99.5 GBP language fy duration 1 year intake at B1 } }
`)).toEqual([]);
    });

    test('three decimals, an unknown or lower-case currency, an unknown language, a fractional or zero duration', async () => {
        expect(await diagnostics(`
programme Prog { years 1..3 calendar C offered by P at L { price 1250.005 EUR intake at B1 } }
programme Prog2 { years 1..3 calendar C offered by P at L { price 10 eur language NL intake at B1 } }
programme Prog3 { years 1..3 calendar C offered by P at L { price 10 EUO language nld intake at B1 } }
module M size 40 hours { calendar C offered by P at L { language xx duration 1.5 years intake at B1 } }
module N size 40 hours { calendar C offered by P at L { duration 0 months intake at B1 } }
`)).toEqual([
            "a.offering:2:66 offering.offering.price-invalid: A price is an amount of money with at most two decimals, but 1250.005 is not. Write e.g. 'price 1250.00 EUR'.",
            "a.offering:3:70 offering.offering.currency-unknown: 'eur' is not a known currency (ISO 4217). Did you mean EUR? Use one of AUD, CAD, CHF, CNY, CZK, DKK, EUR, GBP, HUF, JPY, NOK, PLN, SEK, USD.",
            "a.offering:3:83 offering.offering.language-unknown: 'NL' is not a two-letter language code (ISO 639-1, lower case). Did you mean nl? Write e.g. 'language nl' or 'language en'.",
            "a.offering:4:70 offering.offering.currency-unknown: 'EUO' is not a known currency (ISO 4217). Did you mean EUR? Use one of AUD, CAD, CHF, CNY, CZK, DKK, EUR, GBP, HUF, JPY, NOK, PLN, SEK, USD.",
            "a.offering:4:83 offering.offering.language-unknown: 'nld' is not a two-letter language code (ISO 639-1, lower case). Did you mean nl? Write e.g. 'language nl' or 'language en'.",
            "a.offering:5:66 offering.offering.language-unknown: 'xx' is not a two-letter language code (ISO 639-1, lower case). Write e.g. 'language nl' or 'language en'.",
            "a.offering:5:78 offering.offering.duration-invalid: A duration is a whole number of years or months of 1 or more, but 1.5 is not. Write e.g. 'duration 2 years' or 'duration 18 months'.",
            "a.offering:6:66 offering.offering.duration-invalid: A duration is a whole number of years or months of 1 or more, but 0 is not. Write e.g. 'duration 2 years' or 'duration 18 months'.",
        ]);
    });

    test('each once per offering; full-time and part-time are one clause', async () => {
        expect(await diagnostics(`
programme Prog { years 1..3 calendar C offered by P at L { price 10 EUR language nl full-time duration 2 years intake at B1 price 12 EUR language en part-time duration 3 years } }
`)).toEqual([
            "a.offering:2:66 offering.syntax.repeated-clause: 'price' is given more than once for offering; only one is allowed. Remove the extra 'price'.",
            "a.offering:2:82 offering.syntax.repeated-clause: 'language' is given more than once for offering; only one is allowed. Remove the extra 'language'.",
            "a.offering:2:85 offering.syntax.repeated-clause: 'full-time | part-time' is given more than once for offering; only one is allowed. Remove the extra 'full-time | part-time'.",
            "a.offering:2:104 offering.syntax.repeated-clause: 'duration' is given more than once for offering; only one is allowed. Remove the extra 'duration'.",
        ]);
    });
});

describe('validity of a module offering', () => {
    test('intakes inside the offering\'s validity and its provider\'s stay quiet', async () => {
        expect(await diagnostics(`
module Excel size 40 hours { calendar C offered by P at L { valid from 2026-08-01 to 2027-07-31 intake at B1, B2 } }
`)).toEqual([]);
    });

    test('an intake before the offering\'s validity, or after the provider\'s, is outside it', async () => {
        expect(await diagnostics(`
module Excel size 40 hours { calendar C offered by P at L { valid from 2026-09-01 intake at B1 intake on 2027-09-01 } }
`)).toEqual([
            'a.offering:2:93 offering.intake.outside-validity: Intake on 2026-08-31 falls before module offering Excel (P, L) becomes valid on 2026-09-01. Move the intake or extend the validity.',
            'a.offering:2:106 offering.intake.outside-validity: Intake on 2027-09-01 falls after provider P lapses on 2027-07-31. Move the intake or extend the validity.',
        ]);
    });
});

describe('a clause cut short by a syntax error', () => {
    test('leaves the attribute out of the catalogue, with no check of its own beyond the syntax error', async () => {
        const workspace = await buildWorkspace({ 'org.offering': ORGANISATION, 'a.offering': `
module Excel size 40 hours { calendar C offered by P at L { intake at B1 duration 2 price 10 } }
` });
        const catalogue = buildCatalogue([...workspace.documents.values()], workspace.services);
        const offering = catalogue.modules[0]!.offerings[0]!;
        expect([offering.duration, offering.price]).toEqual([undefined, undefined]);
        expect(workspace.diagnostics().filter(d => d.includes(' offering.'))).toEqual([]);
    });
});
