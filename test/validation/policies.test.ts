import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace } from '../helpers.js';

const ORGANISATION = `
board B code 100B490
provider P code 110A133 under B
location L code 110X912 under B used by P
grouping Techniek
grouping ICT within Techniek
`;

/** A mbo-4 programme in ICT (within Techniek) with one module of 60 SBU. */
const PROGRAMME = `programme Prog {
    level mbo-4 years 1..2 in ICT
    module M size 60 SBU { year 1 }
}
`;

async function diagnosticsWith(policies: string): Promise<string[]> {
    const workspace = await buildWorkspace({ 'org.offering': ORGANISATION, 'prog.offering': PROGRAMME, 'policy.offering': policies });
    return workspace.diagnostics();
}

const OUTSIDE = (policy: string): string =>
    `prog.offering:3:19 offering.module.size-outside-policy: Module M has size 60 SBU, outside the module bandwidth 120..480 SBU of policy ${policy}. Bring the size within 120..480 SBU.`;

describe('which policies govern a programme', () => {
    test('a policy on a grouping reaches programmes in its nested groupings', async () => {
        expect(await diagnosticsWith('policy K { applies to Techniek module size 120..480 SBU }')).toEqual([OUTSIDE('K')]);
    });

    test('a policy on a programme by name reaches it', async () => {
        expect(await diagnosticsWith('policy K { applies to Prog module size 120..480 SBU }')).toEqual([OUTSIDE('K')]);
    });

    test('a level filter keeps a policy away from programmes at other levels', async () => {
        expect(await diagnosticsWith('policy K { applies to all at level mbo-3 module size 120..480 SBU }')).toEqual([]);
        expect(await diagnosticsWith('policy K { applies to all at levels mbo-3, mbo-4 module size 120..480 SBU }')).toEqual([OUTSIDE('K')]);
    });

    test('a policy without reach governs nothing', async () => {
        expect(await diagnosticsWith('policy K { module size 120..480 SBU }')).toEqual([]);
    });

    test('extends inherits the parent rules; the parent reaches only its own reach', async () => {
        expect(await diagnosticsWith(`
            policy Basis { module size 120..480 SBU }
            policy K extends Basis { applies to ICT }
        `)).toEqual([OUTSIDE('K')]);
    });

    test('a policy that extends another overrides it where both govern: no conflict', async () => {
        expect(await diagnosticsWith(`
            policy Basis { applies to all module size 10..480 SBU }
            policy K extends Basis { applies to ICT module size 120..480 SBU }
        `)).toEqual([OUTSIDE('K')]);
    });

    test('two unrelated governing policies that agree do not conflict', async () => {
        expect(await diagnosticsWith(`
            policy K1 { applies to all module size 10..480 SBU }
            policy K2 { applies to ICT module size 10..480 SBU at least 1 intakes per year }
        `)).toEqual([]);
    });

    test('extends cycles and grouping cycles are reported, never followed forever', async () => {
        const workspace = await buildWorkspace({
            'a.offering': `
grouping G1 within G2
grouping G2 within G1
programme Prog { level mbo-4 in G1 module M size 60 SBU }
policy K1 extends K2 { applies to G2 module size 120..480 SBU }
policy K2 extends K1 { }
`,
        });
        expect(workspace.diagnostics()).toEqual([
            "a.offering:2:20 offering.grouping.cycle: Grouping G1 lies within itself: G1 -> G2 -> G1. Groupings form a tree; remove one 'within'.",
            "a.offering:3:20 offering.grouping.cycle: Grouping G2 lies within itself: G2 -> G1 -> G2. Groupings form a tree; remove one 'within'.",
            'a.offering:4:50 offering.module.size-outside-policy: Module M has size 60 SBU, outside the module bandwidth 120..480 SBU of policy K1. Bring the size within 120..480 SBU.',
            "a.offering:5:19 offering.policy.cycle: Policy K1 extends itself through K1 -> K2 -> K1. Remove one 'extends' to break the cycle.",
            "a.offering:6:19 offering.policy.cycle: Policy K2 extends itself through K2 -> K1 -> K2. Remove one 'extends' to break the cycle.",
        ]);
    });
});

describe('across files, through the workspace update path', () => {
    test('changing the policy file re-validates programmes that never name the policy', async () => {
        const workspace = await buildWorkspace({
            'org.offering': ORGANISATION,
            'prog.offering': PROGRAMME,
            'policy.offering': 'policy K { applies to Techniek module size 120..480 SBU }',
        });
        expect(workspace.diagnostics()).toEqual([OUTSIDE('K')]);

        const shared = workspace.services.shared;
        const edit = async (text: string, version: number): Promise<void> => {
            const uri = URI.parse('memory:///policy.offering');
            shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'offering', version, text));
            await shared.workspace.DocumentBuilder.update([uri], []);
        };

        await edit('policy K { applies to Techniek module size 40..480 SBU }', 1);
        expect(workspace.diagnostics()).toEqual([]);

        await edit('policy K { applies to Techniek module size 120..480 SBU year volume 1600 SBU }', 2);
        expect(workspace.diagnostics()).toEqual([
            'prog.offering:2:17 offering.programme.year-volume: The modules of Prog year 1 add up to 60 SBU, which cannot meet the year volume 1600 SBU of policy K. Adjust the module sizes or the year\'s modules.',
            OUTSIDE('K'),
        ]);
    });
});

describe('the order of governing policies is the same on every machine', () => {
    test('code-unit order: an upper-case name sorts before a lower-case one (localeCompare would put alpha first)', async () => {
        const workspace = await buildWorkspace({
            'org.offering': ORGANISATION,
            'prog.offering': `calendar C { period B1 from 2026-08-31 to 2026-11-06 }
programme Prog { level mbo-4 years 1..2 in ICT calendar C offered by P at L as BOL { intake on 2026-09-01 } }`,
            'policy.offering': `
                policy alpha { applies to all intakes at period starts }
                policy Zeta { applies to ICT intakes at period starts }
            `,
        });
        expect(workspace.diagnostics().filter(line => line.includes('not-on-period-start'))).toEqual([
            'prog.offering:2:96 offering.intake.not-on-period-start: Intake on 2026-09-01 is not on a period start, which policy Zeta requires. The nearest period start is 2026-08-31.',
        ]);
    });
});
