import { AstUtils, EmptyFileSystem, GrammarAST, GrammarUtils } from 'langium';
import { expandToString as s } from 'langium/generate';
import { expectHover } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { GLOSSARY, glossaryEntryFor } from '../../packages/language/src/vocabulary/glossary.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';

let services: OfferingServices;
let hover: ReturnType<typeof expectHover>;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
    hover = expectHover(services);
});

afterEach(() => {
    services.i18n.Messages.locale = 'en';
});

/** The example workspace; each test hovers at one `<|>` marker (by index). */
const workspace = s`
    board B "Stichting B" code 100B490
    provider P "Da Vinci College" code 110A133 under B
    location L "Leerpark" code 110X912 address "Leerparkpromenade 100" under B used by P
    calendar SJ "Schooljaar" {
        period B1 "Blok 1" from 2026-08-31 to 2026-11-06
        period B2 from 2026-11-09 to 2027-01-29
    }
    grouping ICT "ICT en Media"
    /** Software developers build and maintain applications. */
    programme SD "Software Developer" {
        crebo 25604
        level mbo-4
        years 1..3
        pathways BOL, BBL
        in <|>ICT
        calendar SJ
        <|>offered by <|>P <|>at <|>L as BOL {
            intake <|>at <|>B1, B2
        }
        /** The first programming module. */
        module <|>Prog "Programmeren 1" size 240..360 <|>SBU {
            <|>year 1
            levels mbo-3, mbo-4
        }
        module Db size 7.5 EC
    }
    keuzedeel Rob code K0713 size 240 SBU { for <|>SD year 3 }
    class K1 { during B1 students of SD year 1 teaches <|>Db }
    policy K { applies to all at <|>level mbo-4 <|>year volume 1600 hours }
    policy Q extends <|>K { applies to ICT, SD }
`;

const at = (index: number, expected: string) => hover({ text: workspace, index, hover: expected, disposeAfterCheck: true });

describe('hover on a keyword shows the glossary entry', () => {
    test('`offered` and the `at` of an offering both explain the offering', async () => {
        const offering = s`
            **offered by … at …**: offering (Dutch: aangeboden opleiding)

            A programme offered by one provider at one location (and, in mbo, one pathway), with its intake moments.

            RIO: AangebodenOpleiding; OOAPI: offering (programOffering)

            Example: \`offered by DaVinci at Leerpark as BOL { intake at B1, B2 }\`
        `;
        await at(1, offering);
        await at(3, offering);
    });

    test('`offered` inside a module explains the module offering', async () => {
        await hover({ text: 'provider P location L used by P module M { <|>offered by P at L { intake on 2026-09-01 } }', index: 0, disposeAfterCheck: true, hover: s`
            **offered by … at …**: module offering (Dutch: aangeboden onderwijseenheid)

            A module offered on its own by one provider at one location, with its own intake moments: a single subject, a lifelong-learning module, an mbo certificate.

            OOAPI: courseOffering; RIO: no place (registers programmes only)

            Example: \`module Excel size 40 hours { offered by DaVinci at Leerpark { intake on 2026-09-07 } }\`
        ` });
    });

    test('`capacity` in a module offering', async () => {
        await hover({ text: 'provider P location L used by P module M { offered by P at L { <|>capacity 12 } }', index: 0, disposeAfterCheck: true, hover: s`
            **capacity**: capacity (Dutch: capaciteit)

            The maximum number of students an offering takes: a whole number of 1 or more.

            OOAPI: maxNumberStudents

            Example: \`offered by DaVinci at Leerpark as BOL { capacity 24 intake at B1 }\`
        ` });
    });

    test('`online` in an offering is its mode of delivery', async () => {
        await hover({ text: 'provider P location L used by P module M { offered by P at L { mode <|>online } }', index: 0, disposeAfterCheck: true, hover: s`
            **mode onsite | online | hybrid**: mode of delivery (Dutch: onderwijsvorm)

            How an offering is taught: on site at its location, online, or hybrid (both, interchangeably).

            OOAPI: modesOfDelivery (v6 presential, online, hybrid; v5 on campus, online, hybrid)

            Example: \`offered by DaVinci at Leerpark as BBL { mode hybrid intake at B1 }\`
        ` });
    });

    test('`price` in a module offering', async () => {
        await hover({ text: 'provider P location L used by P module M { offered by P at L { <|>price 395.00 EUR } }', index: 0, disposeAfterCheck: true, hover: s`
            **price**: price (Dutch: prijs)

            What a student pays for an offering in total: an amount with at most two decimals and an ISO 4217 currency.

            OOAPI: priceInformation (total costs)

            Example: \`module Excel size 40 hours { offered by DaVinci at Leerpark { price 395.00 EUR intake at B1 } }\`
        ` });
    });

    test('`part-time` and the unit of a `duration` in a programme offering, in Dutch', async () => {
        services.i18n.Messages.locale = 'nl';
        const text = 'provider P location L used by P programme S { years 1..3 offered by P at L { <|>part-time duration 4 <|>years } }';
        await hover({ text, index: 0, hover: s`
            **full-time | part-time**: voltijd of deeltijd (full-time or part-time)

            Of een aanbod de hele week van een student vraagt of een deel ervan. Los van de mbo-leerweg: BOL is meestal voltijd, BBL deeltijd op school.

            OOAPI: modeOfStudy (full-time, part-time)

            Voorbeeld: \`offered by DaVinci at Leerpark { part-time intake at B1 }\`
        ` });
        await hover({ text, index: 1, disposeAfterCheck: true, hover: /^\*\*duration\*\*: duur \(duration\)/ });
    });

    test('the same word means what its place says: `at` in an intake', async () => {
        await at(5, s`
            **intake at**: intake at period starts (Dutch: instroom bij start van perioden)

            Intake on the first day of each named period of the calendar in use.

            Example: \`intake at B1, B2\`
        `);
    });

    test('`level` in a policy reach is the level filter; `year` in a rule is the year volume', async () => {
        await at(12, s`
            **at level**: level filter (Dutch: niveaufilter)

            Limits a policy's reach to programmes of these levels.

            Example: \`applies to all at level mbo-4\`
        `);
        await at(13, s`
            **year volume**: year volume (Dutch: jaarvolume (studielast per jaar))

            The modules of each programme year in reach must be able to add up to this study load.

            Example: \`year volume 1600 hours\`
        `);
    });

    test('a unit (a name in the grammar, not a keyword) is explained too', async () => {
        await at(8, s`
            **SBU**: study load hour (Dutch: studiebelastingsuur)

            One hour of study load; mbo counts 1600 per study year.

            OOAPI: studyLoadUnit sbu

            Example: \`size 240..360 SBU\`
        `);
    });

    test('levels and pathways (names in the grammar) are explained too, whatever their case', async () => {
        const text = 'programme P { level MBO-<|>4 offered by X at Y as B<|>BL { } }\nteaching group G { teaches M at <|>2F }';
        await hover({ text, index: 0, disposeAfterCheck: true, hover: s`
            **mbo-4**: mbo level 4 (Dutch: mbo niveau 4 (middenkader- of specialistenopleiding))

            mbo level 4: middle-management or specialist training; gives access to higher professional education.

            RIO: niveau MBO-4

            Example: \`level mbo-4\`
        ` });
        await hover({ text, index: 1, disposeAfterCheck: true, hover: s`
            **BBL**: work-based pathway (Dutch: beroepsbegeleidende leerweg (BBL))

            mbo pathway mainly at work, with a day a week at school.

            RIO: leertraject BBL

            Example: \`offered by DaVinci at Leerpark as BBL { intake at B1 }\`
        ` });
        await hover({ text, index: 2, disposeAfterCheck: true, hover: /^\*\*2F\*\*: reference level 2F/ });
    });

    test('in Dutch when the client runs in Dutch', async () => {
        services.i18n.Messages.locale = 'nl';
        await at(9, s`
            **years**: opleidingsjaren (programme years)

            De jaren van een opleiding (een student schrijft zich in op een jaar), of de jaren van de opleiding waar een onderwijseenheid bij hoort.

            Voorbeeld: \`years 1..3\`
        `);
    });
});

describe('hover on a name or reference shows the doc comment and key facts', () => {
    test('a grouping reference', async () => {
        await at(0, 'grouping **ICT** "ICT en Media"');
    });

    test('a provider: code and boards', async () => {
        await at(2, s`
            provider **P** "Da Vinci College"

            - code: 110A133
            - boards: B
        `);
    });

    test('a location: code, address, boards and providers', async () => {
        await at(4, s`
            location **L** "Leerpark"

            - code: 110X912
            - address: Leerparkpromenade 100
            - boards: B
            - used by: P
        `);
    });

    test('a period: its dates and calendar', async () => {
        await at(6, s`
            period **SJ.B1** "Blok 1"

            - dates: 2026-08-31 to 2026-11-06
            - calendar: SJ
        `);
    });

    test('a module definition: doc comment, size, years, levels', async () => {
        await at(7, s`
            module **SD.Prog** "Programmeren 1"

            The first programming module.

            - size: 240..360 SBU
            - years: 1 (SD)
            - levels: mbo-3, mbo-4
        `);
    });

    test('a module in EC shows its SBU equivalent', async () => {
        await at(11, s`
            module **SD.Db**

            - size: 7.5 EC (= 210 SBU)
        `);
    });

    test('a programme: doc comment, code, level, years, pathways', async () => {
        await at(10, s`
            programme **SD** "Software Developer"

            Software developers build and maintain applications.

            - crebo: 25604
            - level: mbo-4
            - years: 1..3
            - pathways: BOL, BBL
        `);
    });

    test('a policy: its reach', async () => {
        await at(14, s`
            policy **K**

            - applies to: all
        `);
    });

    test('in Dutch', async () => {
        services.i18n.Messages.locale = 'nl';
        await at(6, s`
            periode **SJ.B1** "Blok 1"

            - data: 2026-08-31 t/m 2026-11-06
            - jaarindeling: SJ
        `);
        await at(11, s`
            onderwijseenheid **SD.Db**

            - omvang: 7.5 EC (= 210 SBU)
        `);
    });
});

describe('hover never fails', () => {
    test('nothing on whitespace, punctuation or a broken file', async () => {
        await hover({ text: 'board B <|> ', index: 0, hover: undefined, disposeAfterCheck: true });
        await hover({ text: 'calendar C <|>{', index: 0, hover: undefined, disposeAfterCheck: true });
        await hover({ text: 'programme P { module M size <|>x', index: 0, hover: undefined, disposeAfterCheck: true });
    });
});

describe('the glossary covers the language', () => {
    test('every keyword of the grammar has a glossary entry at every place it is written', () => {
        const missing: string[] = [];
        for (const rule of services.Grammar.rules.filter(GrammarAST.isParserRule)) {
            if (GrammarUtils.isDataTypeRule(rule)) {
                continue;
            }
            // Every rule of this grammar creates nodes of its own name.
            const type = rule.name;
            for (const keyword of AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword)) {
                if (/\p{L}/u.test(keyword.value) && !glossaryEntryFor(keyword.value, type)) {
                    missing.push(`${keyword.value} in ${type}`);
                }
            }
        }
        expect(missing).toEqual([]);
    });

    test('every entry has both languages and an example', () => {
        const incomplete = GLOSSARY.filter(entry => !entry.term.en || !entry.term.nl || !entry.meaning.en || !entry.meaning.nl || !entry.example)
            .map(entry => entry.syntax);
        expect(incomplete).toEqual([]);
    });
});
