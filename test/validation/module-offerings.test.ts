import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';

// Issue 13 item 13: a module offered on its own (OOAPI course offering) gets the checks of a programme offering.
const ORGANISATION = `
board B code 100B490
board B2 code 100B491
provider P code 110A133 under B
provider Q code 110A134 under B
location L code 110X912 under B used by P
location M code 110X913 under B2 used by P
calendar C {
    period B1 from 2026-08-31 to 2026-11-06
    period B2 from 2026-11-09 to 2027-01-29
}
grouping LLO
programme Prog { level mbo-4 years 1..2 in LLO calendar C }
`;

async function diagnostics(module: string, policy = ''): Promise<string[]> {
    const workspace = await buildWorkspace({ 'org.offering': ORGANISATION, 'module.offering': module, 'policy.offering': policy });
    return workspace.diagnostics();
}

describe('a module offered on its own', () => {
    test('a correct offering, with its own calendar or its module\'s, stays quiet; the module counts as used', async () => {
        expect(await diagnostics(`
module Excel size 40 hours {
    calendar C
    offered by P at L { intake at B1, B2 registration from 2026-06-01 to 2026-08-15 }
    offered by P at M { intake flexible from 2026-09-01 to 2026-12-01 }
}
subject Taal size 40 hours { offered by P at L { calendar C intake on 2026-08-31 } }
`)).toEqual([
            'module.offering:5:21 offering.offering.location-board: Location M falls under B2, none of the boards of provider P (B). Add a board of P to the location\'s \'under\', or choose another location.',
        ]);
    });

    test('the same provider and location twice is a duplicate; another location is not', async () => {
        expect(await diagnostics(`
module Excel size 40 hours {
    calendar C
    offered by P at L { intake at B1 }
    offered by P at L { intake at B2 }
}
`)).toEqual([
            'module.offering:5:5 offering.module-offering.duplicate: Module Excel is already offered by P at L. Remove this offering, or merge its intakes into the other one.',
        ]);
    });

    test('a location the provider does not use', async () => {
        expect(await diagnostics('module Excel size 40 hours { calendar C offered by Q at L { intake at B1 } }')).toEqual([
            "module.offering:1:57 offering.offering.location-not-used: Location L is not used by provider Q. Add Q to the location's 'used by' or choose another location.",
        ]);
    });

    test('intakes: outside the calendar in use, twice, registration after the intake', async () => {
        expect(await diagnostics(`
module Excel size 40 hours {
    calendar C
    offered by P at L {
        intake on 2027-03-01
        intake on 2026-08-31, 2026-08-31 registration from 2026-09-01 to 2026-09-10
    }
}
`)).toEqual([
            'module.offering:5:19 offering.intake.outside-calendar: Intake on 2027-03-01 falls outside every period of calendar C. Move it into a period or add a period.',
            'module.offering:6:31 offering.intake.duplicate: The intake moment 2026-08-31 is given more than once. Remove the duplicate.',
            'module.offering:6:60 offering.intake.registration-after-intake: Registration opens on 2026-09-01, after the intake it is for (2026-08-31). Let registration open before the intake.',
        ]);
    });
});

describe('policies reach a module offering through the module\'s programmes', () => {
    const POLICY = 'policy K { applies to LLO intakes at period starts at least 2 intakes per year }';

    test('a module for a governed programme: intakes on period starts and enough of them', async () => {
        expect(await diagnostics(`
module Excel size 40 hours {
    for Prog year 1
    calendar C
    offered by P at L { intake on 2026-09-01 }
}
`, POLICY)).toEqual([
            'module.offering:5:5 offering.offering.too-few-intakes: This offering of Excel has 1 intake moment(s) in the year 2026-08-31 to 2027-08-30 of calendar C (12 months from its first period); policy K requires at least 2 per year. Add intake moments.',
            'module.offering:5:35 offering.intake.not-on-period-start: Intake on 2026-09-01 is not on a period start, which policy K requires. The nearest period start is 2026-08-31.',
        ]);
        expect(await diagnostics(`
module Excel size 40 hours {
    for Prog year 1
    offered by P at L { intake at B1, B2 }
}
`, POLICY)).toEqual([]);
    });

    test('a module of no programme is governed by no policy, as for its size', async () => {
        expect(await diagnostics(`
module Excel size 40 hours {
    calendar C
    offered by P at L { intake on 2026-09-01 }
}
`, 'policy K { applies to all intakes at period starts at least 2 intakes per year }')).toEqual([]);
    });
});

// Issue 13 item 14 (first part): `capacity N`, the maximum number of students (OOAPI maxNumberStudents).
describe('capacity of an offering', () => {
    test('a whole number of 1 or more, on a programme or module offering, stays quiet', async () => {
        expect(await diagnostics(`
module Excel size 40 hours { calendar C offered by P at L { capacity 1 intake at B1 } }
programme Prog2 { calendar C offered by P at L { capacity 24 intake at B1 } }
`)).toEqual([]);
    });

    test('zero, a fraction, or twice', async () => {
        expect(await diagnostics(`
module Excel size 40 hours { calendar C offered by P at L { capacity 0 intake at B1 } }
programme Prog2 { calendar C offered by P at L { capacity 24.5 intake at B1 } }
programme Prog3 { calendar C offered by P at L { capacity 24 intake at B1 capacity 20 } }
`)).toEqual([
            "module.offering:2:70 offering.offering.capacity-invalid: A capacity is a number of students, but 0 is not a whole number of 1 or more. Write the maximum number of students, e.g. 'capacity 24'.",
            "module.offering:3:59 offering.offering.capacity-invalid: A capacity is a number of students, but 24.5 is not a whole number of 1 or more. Write the maximum number of students, e.g. 'capacity 24'.",
            "module.offering:4:59 offering.syntax.repeated-clause: 'capacity' is given more than once for offering; only one is allowed. Remove the extra 'capacity'.",
        ]);
    });
});
