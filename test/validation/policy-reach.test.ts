import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace } from '../helpers.js';

/** Two boards, each with one provider; both providers use location L (E3/E4). */
const ORGANISATION = `
board Oost code 100B490
board West code 100B491
provider Pa code 110A133 under Oost
provider Pb code 110A134 under West
location L code 110X912 under Oost, West used by Pa, Pb
grouping ICT
`;

/** One programme in ICT with a module of 60 SBU, offered by the providers given, each with one intake. */
function programme(...providers: string[]): string {
    return `programme Prog {
    level mbo-4 years 1..2 in ICT crebo 25604
    module M size 60 SBU { year 1 }
${providers.map(provider => `    offered by ${provider} at L as BOL { intake on 2026-09-01 }`).join('\n')}
}
`;
}

async function diagnostics(policies: string, ...providers: string[]): Promise<string[]> {
    const workspace = await buildWorkspace({ 'org.offering': ORGANISATION, 'prog.offering': programme(...providers), 'policy.offering': policies });
    return workspace.diagnostics();
}

const OUTSIDE = (policy: string): string =>
    `prog.offering:3:19 offering.module.size-outside-policy: Module M has size 60 SBU, outside the module bandwidth 120..480 SBU of policy ${policy}. Bring the size within 120..480 SBU.`;

const TOO_FEW = (line: number, policy: string): string =>
    `prog.offering:${line}:5 offering.offering.too-few-intakes: This offering of Prog has 1 intake moment(s) in the 12 months 2026-09-01 to 2027-08-31 (counted from its first intake, as it has no calendar); policy ${policy} requires at least 2 per year. Add intake moments.`;

describe('a policy that applies to a provider or a board', () => {
    test('a provider reach governs the programmes that provider offers', async () => {
        expect(await diagnostics('policy K { applies to Pa module size 120..480 SBU }', 'Pa')).toEqual([OUTSIDE('K')]);
        expect(await diagnostics('policy K { applies to Pa module size 120..480 SBU }', 'Pb')).toEqual([]);
    });

    test('a board reach governs the programmes its providers offer', async () => {
        expect(await diagnostics('policy K { applies to West module size 120..480 SBU }', 'Pa', 'Pb')).toEqual([OUTSIDE('K')]);
        expect(await diagnostics('policy K { applies to West module size 120..480 SBU }', 'Pa')).toEqual([]);
    });

    test('a level filter still applies to a board reach', async () => {
        expect(await diagnostics('policy K { applies to Oost at level mbo-3 module size 120..480 SBU }', 'Pa')).toEqual([]);
    });

    test('intake rules follow the provider that offers, not the programme', async () => {
        expect(await diagnostics('policy K { applies to Pb at least 2 intakes per year }', 'Pa', 'Pb')).toEqual([TOO_FEW(5, 'K')]);
        expect(await diagnostics('policy K { applies to West at least 2 intakes per year }', 'Pa', 'Pb')).toEqual([TOO_FEW(5, 'K')]);
        // The same rule through the grouping reaches both offerings.
        expect(await diagnostics('policy K { applies to ICT at least 2 intakes per year }', 'Pa', 'Pb')).toEqual([TOO_FEW(4, 'K'), TOO_FEW(5, 'K')]);
    });

    test('a provider policy and a grouping policy that disagree on intakes conflict on that provider\'s offerings only', async () => {
        const result = await diagnostics(`
            policy G { applies to ICT at least 1 intakes per year }
            policy K { applies to Pb at least 2 intakes per year }
        `, 'Pa', 'Pb');
        expect(result).toEqual([
            'prog.offering:5:5 offering.policy.conflict: Policies G and K both govern Prog but disagree on intakes per year: 1 versus 2. Align the policies or narrow their reach.',
            TOO_FEW(5, 'K'),
        ]);
    });

    test('a provider policy that extends the grouping policy narrows it without a conflict', async () => {
        expect(await diagnostics(`
            policy G { applies to ICT at least 1 intakes per year }
            policy K extends G { applies to Pb at least 2 intakes per year }
        `, 'Pa', 'Pb')).toEqual([TOO_FEW(5, 'K')]);
    });
});

/** A region: board Oost's files in oost/, West's in west/; West's programme is offered by West's provider only. */
function region(policy: string, westProviders = 'Pw'): Record<string, string> {
    return {
        'oost/organisatie.offering': 'board Oost code 100B490\nprovider Po code 110A133 under Oost\n',
        'oost/kaders.offering': policy,
        'oost/ict.offering': 'programme Ict {\n    level havo years 1..2\n    module M size 200 SBU { year 1 }\n    offered by Po at L { intake on 2026-09-01 }\n}\n',
        'west/organisatie.offering': 'board West code 100B491\nprovider Pw code 110A134 under West\n',
        'west/zorg.offering': `programme Zorg {\n    level vwo years 1..2\n    module Z size 200 SBU { year 1 }\n    offered by ${westProviders} at L { intake on 2026-09-01 }\n}\n`,
        'gedeeld/locatie.offering': 'location L code 110X912 under Oost, West used by Po, Pw\n',
    };
}

const ACROSS = 'oost/kaders.offering:1:23 offering.policy.all-across-boards: Policy K applies to all, so it also governs 1 programme(s) that only providers of other boards offer, such as Zorg (West), while its folder belongs to Oost. Scope it: \'applies to Oost\'.';

describe('offering.policy.all-across-boards', () => {
    test('fires where `applies to all` in one board\'s folder governs another board\'s programme', async () => {
        const workspace = await buildWorkspace(region('policy K { applies to all module size 120..480 SBU }\n'));
        expect(workspace.diagnostics()).toEqual([ACROSS]);
    });

    test('stays quiet when the policy is scoped to its board, or its levels keep it home', async () => {
        expect((await buildWorkspace(region('policy K { applies to Oost module size 120..480 SBU }\n'))).diagnostics()).toEqual([]);
        expect((await buildWorkspace(region('policy K { applies to all at level havo module size 120..480 SBU }\n'))).diagnostics()).toEqual([]);
    });

    test('stays quiet when a provider of its own board offers the programme too', async () => {
        const files = region('policy K { applies to all module size 120..480 SBU }\n', 'Pw at L { intake on 2026-09-01 }\n    offered by Po');
        expect((await buildWorkspace(files)).diagnostics()).toEqual([]);
    });

    test('stays quiet when the policy\'s folder holds both boards, or none above it', async () => {
        const files = region('policy K { applies to all module size 120..480 SBU }\n');
        const together = Object.fromEntries(Object.entries(files).map(([name, text]) => [name.replace(/^(oost|west)\//, ''), text]));
        together['org-west.offering'] = together['organisatie.offering'];
        // oost/ and west/ flattened into one folder: two files named organisatie.offering would clash.
        together['organisatie.offering'] = files['oost/organisatie.offering'];
        expect((await buildWorkspace(together)).diagnostics()).toEqual([]);
        const alone = { ...files, 'oost/kaders.offering': '', 'beleid/kaders.offering': 'policy K { applies to all module size 120..480 SBU }\n' };
        expect((await buildWorkspace(alone)).diagnostics()).toEqual([]);
    });

    test('a policy in a subfolder belongs to the boards of the nearest folder above that has some', async () => {
        const files = { ...region(''), 'oost/beleid/kaders.offering': 'policy K { applies to all module size 120..480 SBU }\n' };
        expect((await buildWorkspace(files)).diagnostics()).toEqual([ACROSS.replace('oost/kaders.offering', 'oost/beleid/kaders.offering')]);
    });

    test('an edit of a provider\'s boards in another folder revalidates the policy (it does not reference the provider)', async () => {
        const workspace = await buildWorkspace(region('policy K { applies to all module size 120..480 SBU }\n'));
        expect(workspace.diagnostics()).toEqual([ACROSS]);
        const uri = URI.parse('memory:///west/organisatie.offering');
        const shared = workspace.services.shared;
        shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'offering', 2,
            'board West code 100B491\nprovider Pw code 110A134 under West, Oost\n'));
        await shared.workspace.DocumentBuilder.update([uri], []);
        expect(workspace.diagnostics()).toEqual([]);
    });
});
