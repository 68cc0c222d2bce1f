import { EmptyFileSystem } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../packages/language/src/catalogue/generator.js';
import { formatOfferingText } from '../../packages/language/src/lsp/formatter.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

const SETTING = `board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period B1 from 2026-08-31 to 2026-11-06
    period B2 from 2026-11-09 to 2027-01-29
}
programme Prog {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL { intake at B1, B2 }
    module Databases size 240 SBU { years 1..2 }
}
programme Other {
    crebo 25605
    level mbo-4
    years 1..2
    calendar C
    offered by P at L as BOL { intake at B1, B2 }
    module Databases size 240 SBU { years 1..2 }
}
`;

async function workspace(group: string, locale: 'en' | 'nl' = 'en') {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    services.i18n.Messages.locale = locale;
    return buildWorkspace({ 'a.offering': `${SETTING}${group}` }, services);
}

describe('groups composed per period', () => {
    test('each during block keeps its own students and teaching in the catalogue; the group\'s own clauses come first', async () => {
        const ws = await workspace(`class K {
    during B2
    teaches Prog.Databases
    during B1 {
        students of Prog year 1
        teaches Databases
    }
    during C.B2 { students of Other year 2 }
}
`);
        expect(ws.diagnostics()).toEqual([]);
        const catalogue = buildCatalogue([...ws.documents.values()], ws.services);
        expect(catalogue.groups).toEqual([{
            id: 'K', kind: 'class', compositions: [
                { periods: ['C.B2'], students: [], teaches: [{ module: 'Prog.Databases', levels: [] }] },
                { periods: ['C.B1'], students: [{ programme: 'Prog', years: [1] }], teaches: [{ module: 'Prog.Databases', levels: [] }] },
                { periods: ['C.B2'], students: [{ programme: 'Other', years: [2] }], teaches: [] },
            ],
        }]);
    });

    test('`teaches` in a block prefers the modules of that block\'s students', async () => {
        const ws = await workspace(`class K {
    during B1 { students of Prog year 1 teaches Databases }
    during B2 { students of Other year 1 teaches Databases }
}
`);
        expect(ws.diagnostics()).toEqual([]);
        expect(buildCatalogue([...ws.documents.values()], ws.services).groups[0]!.compositions.map(c => c.teaches.map(t => t.module)))
            .toEqual([['Prog.Databases'], ['Other.Databases']]);
    });

    test('checks in blocks: unknown years and unresolved periods are reported there', async () => {
        const ws = await workspace(`class K {
    during B3 { students of Prog year 4 }
}
`);
        expect(ws.diagnostics().map(d => d.split(' ').slice(0, 2).join(' '))).toEqual([
            'a.offering:25:12 offering.reference.unresolved:',
            'a.offering:25:39 offering.group.unknown-year:',
        ]);
    });

    test('offering.group.merged-periods: several during clauses without a block, in English and Dutch', async () => {
        const group = `class K {
    during B1
    students of Prog year 1
    during B2
    students of Prog year 2
}
`;
        expect((await workspace(group)).diagnostics()).toEqual([
            "a.offering:25:5 offering.group.merged-periods: Group K has several 'during' clauses without a block, so each of B1, B2 gets every student and module of the group. Write 'during ... { students of ... teaches ... }' per period to keep each period's own composition.",
        ]);
        expect((await workspace(group, 'nl')).diagnostics()).toEqual([
            "a.offering:25:5 offering.group.merged-periods: Groep K heeft meerdere 'during'-regels zonder blok, dus elk van B1, B2 krijgt alle studenten en onderwijseenheden van de groep. Schrijf per periode 'during ... { students of ... teaches ... }' om de samenstelling per periode te houden.",
        ]);
    });

    test('stays quiet for one during without a block (the older form, with or without blocks beside it) and for blocks only', async () => {
        for (const group of [
            'class K {\n    during B1, B2\n    students of Prog year 1\n}\n',
            'class K {\n    during B1\n    students of Prog year 1\n    during B2 { students of Prog year 2 }\n}\n',
            'class K {\n    during B1 { students of Prog year 1 }\n    during B2 { students of Prog year 2 }\n}\n',
            'class K {\n    students of Prog year 1\n}\n',
        ]) {
            expect((await workspace(group)).diagnostics()).toEqual([]);
        }
    });

    test('the quick fix gives each during a block with the clauses after it; those before the first go into every block', async () => {
        const ws = await workspace(`class K {
    teaches Prog.Databases
    during B1
    students of Prog year 1
    during B2 { students of Other year 1 }
    during B2
    students of Prog year 2, Other year 2
}
`);
        const document = ws.documents.get('a.offering')!;
        const diagnostics = (document.diagnostics ?? []).filter(d => (d.data as { code?: string }).code === 'offering.group.merged-periods');
        expect(diagnostics).toHaveLength(1);
        const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostics[0]!.range, context: { diagnostics },
        }) ?? []) as CodeAction[];
        expect(actions.map(action => action.title)).toEqual(['Give each during its own block with the clauses written after it']);
        const fixed = TextDocument.applyEdits(document.textDocument, actions[0]!.edit!.changes![document.uri.toString()]!);
        expect(fixed.slice(SETTING.length)).toBe(`class K {
    during B1 {
        teaches Prog.Databases
        students of Prog year 1
    }
    during B2 { students of Other year 1 }
    during B2 {
        teaches Prog.Databases
        students of Prog year 2, Other year 2
    }
}
`);
        // The rewrite is valid, canonical and gives no warning.
        expect((await workspace(fixed.slice(SETTING.length))).diagnostics()).toEqual([]);
        expect(formatOfferingText(fixed, ws.services)?.text).toBe(fixed);
    });

    test('the formatter keeps each period with its students: one clause inline, several on their own lines in the block', () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        expect(formatOfferingText('class K { during B1 {students of Prog year 1}\nduring B2 { students of Prog year 2 teaches Databases } }\n', services)?.text).toBe(`class K {
    during B1 { students of Prog year 1 }
    during B2 {
        students of Prog year 2
        teaches Databases
    }
}
`);
    });
});
