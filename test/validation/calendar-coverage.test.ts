import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';

const ORGANISATION = `board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
`;

describe('intakes inside the calendar (periods merged once, looked up by binary search)', () => {
    test('edges, gaps, overlapping and reversed periods', async () => {
        const workspace = await buildWorkspace({
            'a.offering': `${ORGANISATION}calendar C {
    period A from 2026-01-01 to 2026-01-31
    period Bb from 2026-01-15 to 2026-02-10
    period Cc from 2026-03-01 to 2026-03-31
    period D from 2026-05-31 to 2026-05-01
}
programme Prog {
    level mbo-4
    calendar C
    offered by P at L as BOL {
        intake on 2025-12-31, 2026-01-01, 2026-02-10, 2026-02-11, 2026-03-01, 2026-03-31, 2026-04-01, 2026-05-15
    }
}
`,
        });
        const outside = (date: string, column: number) =>
            `a.offering:14:${column} offering.intake.outside-calendar: Intake on ${date} falls outside every period of calendar C. Move it into a period or add a period.`;
        expect(workspace.diagnostics().filter(d => d.includes('outside-calendar') || d.includes('overlap') || d.includes('reversed'))).toEqual([
            'a.offering:6:20 offering.period.overlap: Period Bb starts on 2026-01-15, while period A still runs until 2026-01-31. Periods in one calendar must not overlap: start after 2026-01-31.',
            'a.offering:8:33 offering.period.reversed: Period D ends on 2026-05-01, before it starts on 2026-05-31. Swap the dates.',
            outside('2025-12-31', 19),
            outside('2026-02-11', 55),
            outside('2026-04-01', 91),
            outside('2026-05-15', 103),
        ]);
    });

    test('a calendar whose periods all have impossible dates reports no intake as outside', async () => {
        const workspace = await buildWorkspace({
            'a.offering': `${ORGANISATION}calendar C { period A from 2026-02-30 to 2026-02-31 }
programme Prog { level mbo-4 calendar C offered by P at L as BOL { intake on 2026-09-01 } }
`,
        });
        expect(workspace.diagnostics().filter(d => d.includes('outside-calendar'))).toEqual([]);
    });
});
