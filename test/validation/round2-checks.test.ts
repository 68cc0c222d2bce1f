import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';

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
    return (await buildWorkspace(files)).diagnostics();
}

describe('item 1: a flexible intake window in the intake count', () => {
    test('a window over every planned day of the year meets any minimum', async () => {
        expect(await diagnostics(offering('intake flexible from 2026-08-31 to 2027-07-09', 'at least 6 intakes per year'))).toEqual([]);
    });

    test('a partial window counts once for each period it overlaps', async () => {
        // B2 and B3: two moments, enough for two, not for three.
        expect(await diagnostics(offering('intake flexible from 2026-12-01 to 2027-03-01', 'at least 2 intakes per year'))).toEqual([]);
        expect(await diagnostics(offering('intake flexible from 2026-12-01 to 2027-03-01', 'at least 3 intakes per year'))).toEqual([
            'prog.offering:3:5 offering.offering.too-few-intakes: This offering of Prog has 2 intake moment(s) in the school year 2026-08-31 to 2027-08-30; policy K requires at least 3. Add intake moments.',
        ]);
    });

    test('a window and a fixed intake in the same period count once', async () => {
        expect(await diagnostics(offering('intake at B1\n        intake flexible from 2026-09-14 to 2026-10-01', 'at least 2 intakes per year'))).toEqual([
            'prog.offering:3:5 offering.offering.too-few-intakes: This offering of Prog has 1 intake moment(s) in the school year 2026-08-31 to 2027-08-30; policy K requires at least 2. Add intake moments.',
        ]);
    });
});
