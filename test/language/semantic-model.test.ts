// The semantic model (model/semantic-model.ts): what a small linked workspace means, read once
// for every consumer; forgotten when a document changes; total over half-written input.
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Module, Policy, Programme } from '../../packages/language/src/generated/ast.js';
import type { ModuleFacts, ProgrammeFacts } from '../../packages/language/src/model/semantic-model.js';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';

const FILES: Record<string, string> = {
    'kalender.offering': `calendar Jaar {
    period B1 from 2026-09-01 to 2026-11-06
    period B2 from 2026-11-09 to 2027-01-29
    period B3 from 2027-02-01 to 2027-07-09
}
`,
    'organisatie.offering': `board Bestuur
provider Roc under Bestuur
location Stad under Bestuur used by Roc
grouping Techniek
`,
    'kaders.offering': `policy Basis {
    applies to all
    module size 1..10 EC
    at least 2 intakes per year
}
policy TechniekKader extends Basis {
    applies to Techniek
    year volume 1..60 EC
}
`,
    'opleiding.offering': `programme Dev {
    level mbo-4 crebo 25604
    years 1..2
    in Techniek
    calendar Jaar
    offered by Roc at Stad as BOL {
        intake at B1, B2 registration from 2026-05-01 to 2026-08-15
        intake on 2027-02-01
        intake flexible from 2027-03-01 to 2027-06-30
    }
    module Basis size 7.50 EC { year 1 }
}
module Excursie size 16 hours { for Dev }
module Stage size 100..200 SBU { for Dev years 2 }
`,
};

function definitions(workspace: TestWorkspace, file: string) {
    return workspace.documents.get(file)!.parseResult.value.definitions;
}

function programmeNamed(workspace: TestWorkspace, file: string, name: string): Programme {
    return definitions(workspace, file).find(d => d.name === name) as Programme;
}

function moduleNamed(workspace: TestWorkspace, name: string): Module {
    const defs = definitions(workspace, 'opleiding.offering');
    const nested = defs.flatMap(d => d.$type === 'Programme' ? (d as Programme).modules : []);
    return [...defs, ...nested].find(d => d.$type === 'Module' && d.name === name) as Module;
}

/** A programme's facts as plain data: names instead of nodes. */
function showProgramme(facts: ProgrammeFacts) {
    return {
        name: facts.node.name,
        years: facts.years,
        calendar: facts.calendar?.name,
        members: facts.members.map(member => `${member.module.name} ${member.years.join(',')}`.trim()),
        governing: facts.governing.map(policy => policy.name),
        rules: [...facts.rules].map(([kind, applied]) => `${kind}: ${applied.map(a => `${a.governing.name} (declared in ${a.declaredIn.name})`).join(', ')}`),
        offerings: facts.offerings.map(offering => ({
            calendar: offering.calendar?.name,
            intakes: offering.intakes.map(intake => ({
                moments: intake.moments.map(m => `${m.kind} ${m.date}${m.period ? ` (${m.period.name})` : ''}`),
                window: intake.window,
                registration: intake.registration,
            })),
        })),
    };
}

function showModule(facts: ModuleFacts) {
    return {
        name: facts.node.name,
        size: facts.size,
        programmes: facts.programmes.map(p => `${p.programme.name} [${p.years.join(',')}]${p.entry ? ' (for)' : ''}`),
        calendar: facts.calendar?.name,
    };
}

describe('the semantic model', () => {
    test('of a small workspace of four files', async () => {
        const workspace = await buildWorkspace(FILES);
        expect(workspace.diagnostics()).toEqual([
            'opleiding.offering:13:22 offering.size.incomparable-units: Cannot check module Excursie in hours against policy TechniekKader, which uses EC: only EC and SBU convert (1 EC = 28 SBU); hours and contact hours do not convert. Write both in comparable units.',
        ]);
        const model = workspace.services.model.SemanticModel;
        expect(model.programmes().map(showProgramme)).toEqual([{
            name: 'Dev',
            years: [1, 2],
            calendar: 'Jaar',
            members: ['Basis 1', 'Excursie', 'Stage 2'],
            governing: ['Basis', 'TechniekKader'],
            rules: [
                'year-volume: TechniekKader (declared in TechniekKader)',
                'module-size: TechniekKader (declared in Basis)',
                'min-intakes: TechniekKader (declared in Basis)',
            ],
            offerings: [{
                calendar: 'Jaar',
                intakes: [
                    {
                        moments: ['period 2026-09-01 (B1)', 'period 2026-11-09 (B2)'],
                        window: undefined,
                        registration: { from: '2026-05-01', to: '2026-08-15' },
                    },
                    { moments: ['date 2027-02-01'], window: undefined, registration: undefined },
                    { moments: ['window 2027-03-01'], window: { from: '2027-03-01', to: '2027-06-30' }, registration: undefined },
                ],
            }],
        }]);
        expect(['Basis', 'Excursie', 'Stage'].map(name => showModule(model.module(moduleNamed(workspace, name))))).toEqual([
            {
                name: 'Basis',
                size: {
                    min: 7.5, max: undefined, ranged: false, writtenUnit: 'EC', unit: 'EC', amounts: { min: 7.5, max: 7.5 },
                    bandwidth: { min: 7.5, max: 7.5, unit: 'EC' }, sbu: { min: 210, max: 210 }, text: '7.5 EC', written: '7.50 EC',
                },
                programmes: ['Dev [1]'],
                calendar: 'Jaar',
            },
            {
                name: 'Excursie',
                size: {
                    min: 16, max: undefined, ranged: false, writtenUnit: 'hours', unit: 'hours', amounts: { min: 16, max: 16 },
                    bandwidth: { min: 16, max: 16, unit: 'hours' }, sbu: undefined, text: '16 hours', written: '16 hours',
                },
                programmes: ['Dev [] (for)'],
                calendar: undefined,
            },
            {
                name: 'Stage',
                size: {
                    min: 100, max: 200, ranged: true, writtenUnit: 'SBU', unit: 'SBU', amounts: { min: 100, max: 200 },
                    bandwidth: { min: 100, max: 200, unit: 'SBU' }, sbu: { min: 100, max: 200 }, text: '100..200 SBU', written: '100..200 SBU',
                },
                programmes: ['Dev [2] (for)'],
                calendar: undefined,
            },
        ]);
        const techniek = definitions(workspace, 'kaders.offering')[1] as Policy;
        const policy = model.policy(techniek);
        expect([...policy.rules].map(([kind, { declaredIn }]) => `${kind}: ${declaredIn.name}`))
            .toEqual(['year-volume: TechniekKader', 'module-size: Basis', 'min-intakes: Basis']);
        expect(policy.extendsCycle).toBeUndefined();
        const dev = programmeNamed(workspace, 'opleiding.offering', 'Dev');
        expect(model.governs(techniek, dev)).toBe(true);
        expect(model.calendarOf(dev.offerings[0]!.intakes[0])?.name).toBe('Jaar');
    });

    test('an edit changes what it returns', async () => {
        const workspace = await buildWorkspace(FILES);
        const model = workspace.services.model.SemanticModel;
        const dev = programmeNamed(workspace, 'opleiding.offering', 'Dev');
        const stage = moduleNamed(workspace, 'Stage');
        expect(model.programme(dev).calendar?.name).toBe('Jaar');
        expect(model.module(stage).size?.sbu).toEqual({ min: 100, max: 200 });

        // Renaming the calendar in its own file: the programme's node stays, its facts must not.
        await edit(workspace, 'kalender.offering', FILES['kalender.offering']!.replace('calendar Jaar', 'calendar Rooster'));
        expect(model.programme(dev).calendar).toBeUndefined();
        expect(model.programme(dev).offerings[0]!.calendar).toBeUndefined();

        await edit(workspace, 'opleiding.offering', FILES['opleiding.offering']!.replace('100..200 SBU', '4..8 EC'));
        const edited = moduleNamed(workspace, 'Stage');
        expect(model.module(edited).size).toMatchObject({ text: '4..8 EC', sbu: { min: 112, max: 224 } });
    });

    test('a half-written size yields a model, not a throw', async () => {
        const workspace = await buildWorkspace({ 'half.offering': 'module M size ..5 SBU\nprogramme P { years\n}\n' });
        const model = workspace.services.model.SemanticModel;
        const module = definitions(workspace, 'half.offering').find(d => d.name === 'M') as Module;
        expect(showModule(model.module(module))).toEqual(PARTIAL);
        expect(model.programmes().map(showProgramme)).toEqual([
            { name: 'P', years: [], calendar: undefined, members: [], governing: [], rules: [], offerings: [] },
        ]);
        // The checks read the same model: parse errors only, no check that stumbled on the missing minimum.
        expect(workspace.diagnostics()).toEqual([
            'half.offering:1:8 offering.definition.unused: Nothing uses the module M. Use it or remove it.',
            "half.offering:1:15 parsing-error: Expecting token of type 'NUMBER' but found `..`.",
            "half.offering:3:1 parsing-error: Expecting token of type 'NUMBER' but found `}`.",
        ]);
    });
});

/** `size ..5 SBU`: recovery leaves the minimum out; what is written is still read. */
const PARTIAL = {
    name: 'M',
    size: {
        min: undefined, max: 5, ranged: true, writtenUnit: 'SBU', unit: 'SBU', amounts: undefined,
        bandwidth: undefined, sbu: undefined, text: '?..5 SBU', written: '?..5 SBU',
    },
    programmes: [],
    calendar: undefined,
};

async function edit(workspace: TestWorkspace, name: string, text: string): Promise<void> {
    const uri = URI.parse(`memory:///${name}`);
    const shared = workspace.services.shared;
    shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'offering', 2, text));
    await shared.workspace.DocumentBuilder.update([uri], []);
    workspace.documents.set(name, shared.workspace.LangiumDocuments.getDocument(uri)! as never);
}
