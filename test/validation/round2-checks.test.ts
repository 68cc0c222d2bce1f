import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { formatOfferingText } from '../../packages/language/src/lsp/formatter.js';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';

/** The organisation and a calendar of four blocks that the cases below share. */
const BASE = `
board B code 100B490
provider P code 110A133 under B
location L code 110X912 under B used by P
calendar C {
    period B1 from 2026-08-31 to 2026-11-06
    period B2 from 2026-11-09 to 2027-01-29
    period B3 from 2027-02-01 to 2027-04-16
    period B4 from 2027-04-19 to 2027-07-09
}
`;

/** A programme with one offering holding the given intake lines, under a policy with the given rules. */
function offering(intakes: string, rules: string, calendar = 'C'): Record<string, string> {
    return {
        'base.offering': BASE,
        'prog.offering': `programme Prog {
    crebo 25604 level mbo-4 years 1..2 calendar ${calendar}
    offered by P at L as BOL {
        ${intakes}
    }
}
policy K { applies to all ${rules} }
`,
    };
}

async function diagnostics(files: Record<string, string>): Promise<string[]> {
    // Blocks and modules a small case leaves unused are hygiene warnings, not what these cases are about.
    return (await buildWorkspace(files)).diagnostics().filter(line => !line.includes('offering.definition.unused:'));
}

describe('item 1: a flexible intake window in the intake count', () => {
    test('a window over every planned day of the year meets any minimum', async () => {
        expect(await diagnostics(offering('intake flexible from 2026-08-31 to 2027-07-09', 'at least 6 intakes per year'))).toEqual([]);
    });

    test('a partial window counts once for each period it overlaps', async () => {
        // B2 and B3: two moments, enough for two, not for three.
        expect(await diagnostics(offering('intake flexible from 2026-12-01 to 2027-03-01', 'at least 2 intakes per year'))).toEqual([]);
        expect(await diagnostics(offering('intake flexible from 2026-12-01 to 2027-03-01', 'at least 3 intakes per year'))).toEqual([
            'prog.offering:3:5 offering.offering.too-few-intakes: This offering of Prog has 2 intake moment(s) in the year 2026-08-31 to 2027-08-30 of calendar C (12 months from its first period); policy K requires at least 3 per year. Add intake moments.',
        ]);
    });

    test('a window and a fixed intake in the same period count once', async () => {
        expect(await diagnostics(offering('intake at B1\n        intake flexible from 2026-09-14 to 2026-10-01', 'at least 2 intakes per year'))).toEqual([
            'prog.offering:3:5 offering.offering.too-few-intakes: This offering of Prog has 1 intake moment(s) in the year 2026-08-31 to 2027-08-30 of calendar C (12 months from its first period); policy K requires at least 2 per year. Add intake moments.',
        ]);
    });
});

describe('item 3: a calendar without school years in the intake count', () => {
    /** Twenty-week periods running over the summer and into a second year (D1b). */
    const rounds = `calendar D {
    period M1 from 2026-09-07 to 2027-01-22
    period M2 from 2027-01-25 to 2027-06-11
    period M3 from 2027-06-14 to 2027-10-29
    period M4 from 2027-11-01 to 2028-03-17
}
`;
    const files = (intakes: string, rules: string): Record<string, string> => {
        const result = offering(intakes, rules, 'D');
        result['base.offering'] += rounds;
        return result;
    };

    test('the partly planned last year needs only its share of the minimum', async () => {
        // 2027-09-07 .. 2028-03-17 is 193 of 366 days: round(2 x 0.53) = 1, and M4 starts in it.
        expect(await diagnostics(files('intake at M1, M2, M3, M4', 'at least 2 intakes per year'))).toEqual([]);
    });

    test('the message names the calendar\'s own year and the share of a partly planned one', async () => {
        expect(await diagnostics(files('intake at M1, M2, M3, M4', 'at least 3 intakes per year'))).toEqual([
            // The first year holds M1, M2 and M3; the second needs round(3 x 0.53) = 2 and holds M4 only.
            'prog.offering:3:5 offering.offering.too-few-intakes: This offering of Prog has 1 intake moment(s) in the year 2027-09-07 to 2028-09-06 of calendar D (12 months from its first period); policy K requires at least 3 per year, so 2 in the part of this year the calendar plans (until 2028-03-17). Add intake moments.',
        ]);
    });

    test('without a calendar the year runs from the first intake, and the message says so', async () => {
        const files = offering('intake on 2026-09-01', 'at least 2 intakes per year');
        files['prog.offering'] = files['prog.offering'].replace(' calendar C', '');
        expect(await diagnostics(files)).toEqual([
            'prog.offering:3:5 offering.offering.too-few-intakes: This offering of Prog has 1 intake moment(s) in the 12 months 2026-09-01 to 2027-08-31 (counted from its first intake, as it has no calendar); policy K requires at least 2 per year. Add intake moments.',
        ]);
    });
});

describe('in Dutch', () => {
    test('the intake count names the calendar\'s year', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        services.i18n.Messages.locale = 'nl';
        const workspace = await buildWorkspace(offering('intake at B1', 'at least 2 intakes per year'), services);
        expect(workspace.diagnostics().filter(line => line.includes('too-few'))).toEqual([
            'prog.offering:3:5 offering.offering.too-few-intakes: Deze aangeboden opleiding van Prog heeft 1 instroommoment(en) in het jaar 2026-08-31 tot 2027-08-30 van kalender C (12 maanden vanaf de eerste periode); kader K eist er minstens 2 per jaar. Voeg instroommomenten toe.',
        ]);
    });
});

describe('item 2: choose N SBU or N modules from options', () => {
    /** Year 1 of 1120 SBU of compulsory modules, four keuzedelen of 240 SBU, and the given choice and policy rules. */
    function choosing(choice: string, rules: string): Record<string, string> {
        return {
            'base.offering': BASE,
            'prog.offering': `programme Prog {
    crebo 25604 level mbo-4 years 1 calendar C
    module Kern size 1120 SBU { year 1 }
    keuzedeel K1 size 240 SBU { year 1 }
    keuzedeel K2 size 240 SBU { year 1 }
    keuzedeel K3 size 240 SBU { year 1 }
    keuzedeel K4 size 240 SBU { year 1 }
    ${choice}
}
policy K { applies to all ${rules} }
`,
        };
    }

    test('the year volume counts the choice, not every option', async () => {
        // 1120 + 480 = 1600; all four options would make 2080.
        expect(await diagnostics(choosing('choose 480 SBU in year 1 from K1, K2, K3, K4', 'year volume 1600 SBU keuzedeel volume 480 SBU'))).toEqual([]);
        expect(await diagnostics(choosing('choose 2 modules in year 1 from K1, K2, K3, K4', 'year volume 1600 SBU'))).toEqual([]);
    });

    test('without a choice every keuzedeel of the year still counts', async () => {
        expect(await diagnostics(choosing('', 'year volume 1600 SBU'))).toEqual([
            'prog.offering:2:29 offering.programme.year-volume: The modules of Prog year 1 add up to 2080 SBU, which cannot meet the year volume 1600 SBU of policy K. Adjust the module sizes or the year\'s modules.',
        ]);
    });

    test('a choice over several years counts an equal share in each', async () => {
        const files = choosing('choose 480 SBU in years 1..2 from K1, K2, K3, K4', 'year volume 1600 SBU');
        files['prog.offering'] = files['prog.offering'].replace('years 1 calendar', 'years 1..2 calendar').replace('module Kern size 1120 SBU { year 1 }', 'module Kern size 1360 SBU { years 1..2 }');
        expect(await diagnostics(files)).toEqual([]);
    });

    test('the keuzedeel volume counts what the choices let a student take', async () => {
        expect(await diagnostics(choosing('choose 480 SBU in year 1 from K1, K2, K3, K4', 'keuzedeel volume 720 SBU'))).toEqual([
            'prog.offering:1:11 offering.programme.keuzedeel-choice: The keuzedeel choices of Prog let a student take 480 SBU of keuzedelen, outside the keuzedeel volume 720 SBU of policy K. Change what the choices ask for (choose ... from ...).',
        ]);
    });

    test('a choice its options cannot fill, and an option that is not the programme\'s', async () => {
        expect(await diagnostics(choosing('choose 5 modules in year 1 from K1, K2, K3, K4', ''))).toEqual([
            'prog.offering:8:12 offering.choice.too-large: This choice asks for 5, but its options together offer only 4. Add options or choose less.',
        ]);
        expect(await diagnostics(choosing('choose 1200 SBU from K1, K2, K3, K4', ''))).toEqual([
            'prog.offering:8:12 offering.choice.too-large: This choice asks for 1200 SBU, but its options together offer only 960 SBU. Add options or choose less.',
        ]);
        expect(await diagnostics(choosing('choose 0 modules from K1, K2', ''))).toEqual([
            'prog.offering:8:12 offering.choice.count-invalid: A choice of 0 modules is not possible: choose a whole number of modules, 1 or more.',
        ]);
        const files = choosing('choose 240 SBU from K1, Elders', '');
        files['prog.offering'] += 'keuzedeel Elders size 240 SBU\n';
        expect(await diagnostics(files)).toEqual([
            'prog.offering:8:29 offering.choice.option-outside-programme: Elders is an option of a choice of Prog but not a module of it. Nest it in Prog or add \'for Prog\' to it.',
        ]);
    });
});

describe('new syntax keeps the canonical layout', () => {
    test('a choice is one clause of its programme', () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        const text = 'programme P {\n  keuzedeel K1 size 240 SBU { year 2 }\n  choose   480 SBU in years 2 .. 3 from K1 ,K2\n}\n';
        expect(formatOfferingText(text, services)?.text).toBe('programme P {\n    keuzedeel K1 size 240 SBU { year 2 }\n    choose 480 SBU in years 2..3 from K1, K2\n}\n');
    });
});

describe('item 4: a yearless subject a module bandwidth was not meant for', () => {
    const files = (rule: string): Record<string, string> => ({
        'base.offering': BASE,
        'prog.offering': `programme Prog {
    crebo 25604 level mbo-4 years 1 calendar C
    module Kern size 240 SBU { year 1 }
    keuzedeel Keuze size 60 SBU { year 1 }
}
subject Studiereis size 40 hours { for Prog }
policy K { applies to all ${rule} }
policy K2 extends K { applies to Prog }
`,
    });

    test('a bandwidth for some kinds leaves the study trip alone and still checks the others', async () => {
        expect(await diagnostics(files('module size 120..960 SBU for module, keuzedeel'))).toEqual([
            'prog.offering:4:26 offering.module.size-outside-policy: Module Keuze has size 60 SBU, outside the module bandwidth 120..960 SBU of policy K2. Bring the size within 120..960 SBU.',
        ]);
    });

    test('a bandwidth for every kind still says it cannot compare hours, once per rule', async () => {
        expect(await diagnostics(files('module size 60..960 SBU'))).toEqual([
            'prog.offering:6:25 offering.size.incomparable-units: Cannot check module Studiereis in hours against policy K2, which uses SBU: only EC and SBU convert (1 EC = 28 SBU); hours and contact hours do not convert. Write both in comparable units.',
        ]);
    });
});

describe('item 5: an ambiguous short name is an error, whatever the file order', () => {
    const calendars = 'calendar Oost { period B1 from 2026-08-31 to 2026-11-06 }\ncalendar West { period B1 from 2026-09-07 to 2026-11-13 }\n';

    test.each(['a.offering', 'z.offering'])('a period in two calendars, the calendars in %s', async name => {
        const files = { 'm.offering': 'module M { intake at B1 }\nclass K { during B1 }\n', [name]: calendars };
        expect(await diagnostics(files)).toEqual([
            "m.offering:1:22 offering.reference.ambiguous: 'B1' names more than one period: Oost.B1, West.B1. Write the qualified name of the one you mean; otherwise the first in file order is taken.",
            "m.offering:2:18 offering.reference.ambiguous: 'B1' names more than one period: Oost.B1, West.B1. Write the qualified name of the one you mean; otherwise the first in file order is taken.",
        ]);
    });

    test('qualified, or with a calendar in use, or only one candidate: quiet', async () => {
        expect(await diagnostics({
            'm.offering': 'module M { intake at Oost.B1 }\nmodule N { calendar West intake at B1 }\nmodule O { intake at B2 }\n',
            'c.offering': calendars + 'calendar Noord { period B2 from 2026-08-31 to 2026-11-06 }\n',
        })).toEqual([]);
    });

    test('a module nested in two programmes that one group teaches', async () => {
        const text = 'programme A { module Stage }\nprogramme B { module Stage }\nteaching group G { students of A, B teaches Stage }\nteaching group H { students of A teaches Stage }\n';
        expect(await diagnostics({ 'a.offering': text })).toEqual([
            "a.offering:3:45 offering.reference.ambiguous: 'Stage' names more than one module: A.Stage, B.Stage. Write the qualified name of the one you mean; otherwise the first in file order is taken.",
        ]);
    });
});

describe('item 6: an extending policy may only narrow, and results do not depend on names', () => {
    const files = (policies: string): Record<string, string> => ({
        'base.offering': BASE,
        'prog.offering': `programme Prog {
    crebo 25604 level mbo-4 years 1 calendar C
    module Kern size 200 SBU { year 1 }
    offered by P at L as BOL { intake at B1, B2, B3 }
}
${policies}`,
    });

    test('a wider bandwidth and a lower minimum are errors that show both values', async () => {
        expect(await diagnostics(files(`policy Centraal { module size 120..960 SBU at least 2 intakes per year }
policy Team extends Centraal {
    applies to Prog
    module size 60..960 SBU
    at least 1 intakes per year
}
`))).toEqual([
            'prog.offering:9:5 offering.policy.loosens: Policy Team extends Centraal but loosens its module size: 60..960 SBU where Centraal sets 120..960 SBU. A policy that extends another may only narrow it: stay within 120..960 SBU.',
            'prog.offering:10:5 offering.policy.loosens: Policy Team extends Centraal but loosens its intakes per year: 1 where Centraal sets 2. A policy that extends another may only narrow it: stay within 2.',
        ]);
    });

    test('leaving out kinds of module the inherited bandwidth checks loosens it too', async () => {
        expect(await diagnostics(files(`policy Centraal { module size 120..960 SBU }
policy Team extends Centraal { applies to Prog module size 120..960 SBU for module }
`))).toEqual([
            'prog.offering:7:48 offering.policy.loosens: Policy Team extends Centraal but loosens its module size: 120..960 SBU for module where Centraal sets 120..960 SBU. A policy that extends another may only narrow it: stay within 120..960 SBU.',
        ]);
    });

    test('narrowing is quiet', async () => {
        expect(await diagnostics(files(`policy Centraal { module size 7..40 EC at least 2 intakes per year year volume 100..2000 SBU }
policy Team extends Centraal {
    applies to Prog
    module size 196..960 SBU for module, keuzedeel, subject
    at least 3 intakes per year
}
`))).toEqual([]);
    });

    test.each([['Alpha', 'Zulu'], ['Zulu', 'Alpha']])('after a conflict the module is checked against both policies (%s strict)', async (strict, loose) => {
        const result = await diagnostics(files(`policy ${strict} { applies to all module size 240..480 SBU }
policy ${loose} { applies to all module size 120..480 SBU }
`));
        expect(result.filter(line => line.includes('size-outside-policy'))).toEqual([
            `prog.offering:3:22 offering.module.size-outside-policy: Module Kern has size 200 SBU, outside the module bandwidth 240..480 SBU of policy ${strict}. Bring the size within 240..480 SBU.`,
        ]);
    });
});

describe('item 7: levels are checked against the known levels', () => {
    test('module levels, taught levels and a policy reach, with a suggestion', async () => {
        const text = `programme Prog {
    level havo years 4
    subject Wiskunde size 120 hours { year 4 levels havo, hvo }
    subject Latijn size 80 hours { year 4 levels gymnasium }
}
teaching group G { students of Prog teaches Prog.Wiskunde at havo, mbo4 }
policy K { applies to all at level xyz }
`;
        expect(await diagnostics({ 'a.offering': text })).toEqual([
            "a.offering:3:59 offering.level.unknown: 'hvo' is not a known level. Did you mean havo? Use one of entree, mbo-1, mbo-2, mbo-3, mbo-4, vmbo-bb, vmbo-kb, vmbo-gl, vmbo-gt, vmbo-tl, havo, vwo, 1F, 2F, 3F, 4F, 1S, po, so, vso, praktijkonderwijs, vavo.",
            "a.offering:4:50 offering.level.unknown: 'gymnasium' is not a known level. Use one of entree, mbo-1, mbo-2, mbo-3, mbo-4, vmbo-bb, vmbo-kb, vmbo-gl, vmbo-gt, vmbo-tl, havo, vwo, 1F, 2F, 3F, 4F, 1S, po, so, vso, praktijkonderwijs, vavo.",
            "a.offering:6:68 offering.group.level-not-offered: Module Wiskunde is not offered at level mbo4; it is offered at havo, hvo. Teach it at one of those levels or add the level to the module.",
            "a.offering:6:68 offering.level.unknown: 'mbo4' is not a known level. Did you mean mbo-4? Use one of entree, mbo-1, mbo-2, mbo-3, mbo-4, vmbo-bb, vmbo-kb, vmbo-gl, vmbo-gt, vmbo-tl, havo, vwo, 1F, 2F, 3F, 4F, 1S, po, so, vso, praktijkonderwijs, vavo.",
            "a.offering:7:36 offering.level.unknown: 'xyz' is not a known level. Use one of entree, mbo-1, mbo-2, mbo-3, mbo-4, vmbo-bb, vmbo-kb, vmbo-gl, vmbo-gt, vmbo-tl, havo, vwo, 1F, 2F, 3F, 4F, 1S, po, so, vso, praktijkonderwijs, vavo.",
        ]);
    });

    test('the new levels, and a po programme stating its level, are quiet', async () => {
        const text = `programme Basisschool {
    level po years 1..8
    subject Rekenen size 200 hours { years 1..8 levels po, so, 1F }
}
programme Vso { level vso years 1 }
programme Pro { level praktijkonderwijs years 1 }
programme Vavo { level VAVO years 1 subject Engels size 80 hours { year 1 levels vavo, havo } }
policy K { applies to all at levels po, so }
`;
        expect(await diagnostics({ 'a.offering': text })).toEqual([]);
    });
});

describe('item 8: register consistency', () => {
    const fires = (file: string) => async () => {
        const text = readFileSync(new URL(`../../examples/errors/${file}`, import.meta.url), 'utf8');
        return (await buildWorkspace({ [file]: text })).diagnostics();
    };

    test('each check fires with its exact message', async () => {
        expect(await fires('code-duplicate.offering')()).toEqual([
            'code-duplicate.offering:4:26 offering.code.duplicate: The location code 110X912 is also the code of L2. A RIO code identifies one location: correct one of them.',
            'code-duplicate.offering:9:34 offering.code.duplicate: The location code 110X912 is also the code of L. A RIO code identifies one location: correct one of them.',
        ]);
        expect(await fires('offering-same-crebo.offering')()).toEqual([
            'offering-same-crebo.offering:14:5 offering.offering.same-crebo: Prog and Prog2 have the same crebo 25604 and are both offered by P at L (BOL): RIO registers that as one offering. Offer one of them there, or tell them apart with a characteristic or target group.',
            'offering-same-crebo.offering:23:5 offering.offering.same-crebo: Prog2 and Prog have the same crebo 25604 and are both offered by P at L (BOL): RIO registers that as one offering. Offer one of them there, or tell them apart with a characteristic or target group.',
        ]);
        expect(await fires('offering-location-board.offering')()).toEqual([
            "offering-location-board.offering:15:21 offering.offering.location-board: Location L falls under B2, none of the boards of provider P (B). Add a board of P to the location's 'under', or choose another location.",
        ]);
        expect(await fires('offering-pathway-missing.offering')()).toEqual([
            "offering-pathway-missing.offering:14:5 offering.offering.pathway-missing: This offering of the mbo programme Prog names no pathway; RIO registers mbo offerings per pathway. Add 'as BOL' or 'as BBL'.",
        ]);
        expect(await fires('programme-crebo-missing.offering')()).toEqual([
            "programme-crebo-missing.offering:9:11 offering.programme.crebo-missing: The mbo programme Prog has no crebo. Add 'crebo' with its five-digit code (e.g. crebo 25604).",
        ]);
        expect(await fires('programme-crebo-not-mbo.offering')()).toEqual([
            "programme-crebo-not-mbo.offering:10:5 offering.programme.crebo-not-mbo: Prog is a havo programme, and only mbo programmes have a crebo. Remove the crebo, or write its RIO code with 'rio'.",
        ]);
        expect(await fires('code-keuzedeel-format.offering')()).toEqual([
            "code-keuzedeel-format.offering:6:40 offering.code.keuzedeel-format: '25604' is not a keuzedeel code: K and four digits (e.g. K0713).",
        ]);
        expect(await fires('intake-registration-after-intake.offering')()).toEqual([
            'intake-registration-after-intake.offering:15:40 offering.intake.registration-after-intake: Registration opens on 2026-09-01, after the intake it is for (2026-08-31). Let registration open before the intake.',
        ]);
        expect(await fires('intake-period-other-calendar.offering')()).toEqual([
            'intake-period-other-calendar.offering:18:23 offering.intake.period-other-calendar: Period D.D1 belongs to calendar D, but the calendar in use here is C. Name a period of C, or set the calendar this intake follows.',
        ]);
        expect(await fires('years-zero.offering')()).toEqual([
            'years-zero.offering:5:11 offering.years.zero: There is no year 0: years count from 1. Start at year 1.',
        ]);
    });

    test('a correct register stays quiet', async () => {
        const text = `board B code 100B490
board B2 code 100B491
provider P code 110A133 under B, B2
location L code 110X912 under B2 used by P
location L2 code 110X913 under B used by P
calendar C { period B1 from 2026-08-31 to 2026-11-06 period B2 from 2026-11-09 to 2027-01-29 }
characteristic Versneld
programme Prog {
    crebo 25604 rio 1234O5678 level mbo-4 years 1..3 calendar C
    offered by P at L as BOL { intake at B1, C.B2 registration from 2026-03-01 to 2026-08-15 }
    offered by P at L2 as BOL { intake flexible from 2026-09-01 to 2026-12-01 registration from 2026-10-01 to 2026-11-01 }
    keuzedeel Robotica code K0713 size 240 SBU { year 3 }
}
programme ProgVersneld {
    crebo 25604 rio 1234O5679 level mbo-4 years 1..2 calendar C with Versneld
    offered by P at L as BOL { intake at B1 }
}
programme Havo { rio 1001O2001 level havo years 4..5 calendar C offered by P at L { intake at B1 } }
programme Concept { level mbo-2 years 1 }
`;
        expect(await diagnostics({ 'a.offering': text })).toEqual([]);
    });

    test('in Dutch', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        services.i18n.Messages.locale = 'nl';
        const text = readFileSync(new URL('../../examples/errors/offering-pathway-missing.offering', import.meta.url), 'utf8');
        expect((await buildWorkspace({ 'a.offering': text }, services)).diagnostics()).toEqual([
            "a.offering:14:5 offering.offering.pathway-missing: Deze aangeboden opleiding van de mbo-opleiding Prog noemt geen leerweg; RIO registreert mbo-aanbod per leerweg. Voeg 'as BOL' of 'as BBL' toe.",
        ]);
    });
});

describe('cross-file checks stay right after an edit (incremental validation)', () => {
    async function update(workspace: TestWorkspace, file: string, text: string): Promise<void> {
        const uri = URI.parse(`memory:///${file}`);
        const shared = workspace.services.shared;
        shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'offering', 2, text));
        await shared.workspace.DocumentBuilder.update([uri], []);
    }

    test('a code made equal in one file is reported in the file that does not reference it, and the ambiguity a new calendar causes', async () => {
        const workspace = await buildWorkspace({
            'a.offering': 'board B code 100B490\nprovider P code 110A133 under B\nlocation L code 110X912 under B used by P\ncalendar Oost { period B1 from 2026-08-31 to 2026-11-06 }\nmodule M { for Prog intake at B1 }\nprogramme Prog { level havo years 4 }\n',
            'b.offering': 'location L2 code 110X913 under B used by P\n',
        });
        expect(workspace.diagnostics()).toEqual([]);
        await update(workspace, 'b.offering', 'location L2 code 110X912 under B used by P\n');
        expect(workspace.diagnostics()).toEqual([
            'a.offering:3:17 offering.code.duplicate: The location code 110X912 is also the code of L2. A RIO code identifies one location: correct one of them.',
            'b.offering:1:18 offering.code.duplicate: The location code 110X912 is also the code of L. A RIO code identifies one location: correct one of them.',
        ]);
        await update(workspace, 'b.offering', 'location L2 code 110X912 under B used by P\ncalendar West { period B1 from 2026-09-07 to 2026-11-13 }\n');
        expect(workspace.diagnostics()).toEqual([
            'a.offering:3:17 offering.code.duplicate: The location code 110X912 is also the code of L2. A RIO code identifies one location: correct one of them.',
            "a.offering:5:31 offering.reference.ambiguous: 'B1' names more than one period: Oost.B1, West.B1. Write the qualified name of the one you mean; otherwise the first in file order is taken.",
            'b.offering:1:18 offering.code.duplicate: The location code 110X912 is also the code of L. A RIO code identifies one location: correct one of them.',
            'b.offering:2:24 offering.definition.unused: Nothing uses the period B1. Use it or remove it.',
        ]);
    });
});

describe('item 3: a policy may name the date its years count from', () => {
    test('years of 12 months from that date, and the message says so', async () => {
        // From 2027-01-01: B3 and B4 fall in the first year, B1 and B2 in the year before.
        expect(await diagnostics(offering('intake at B1, B3', 'at least 2 intakes per year from 2027-01-01'))).toEqual([
            'prog.offering:3:5 offering.offering.too-few-intakes: This offering of Prog has 1 intake moment(s) in the year 2026-01-01 to 2026-12-31 (12 months from the date policy K counts from); policy K requires at least 2 per year. Add intake moments.',
        ]);
        expect(await diagnostics(offering('intake at B1, B2', 'at least 2 intakes per year from 2026-08-01'))).toEqual([]);
    });
});
