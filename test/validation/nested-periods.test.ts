import { EmptyFileSystem } from 'langium';
import { expectSymbols } from 'langium/test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../packages/language/src/catalogue/generator.js';
import { buildOoapi } from '../../packages/language/src/export/ooapi.js';
import { ExportWarnings } from '../../packages/language/src/export/warnings.js';
import { workspaceFacts } from '../../packages/language/src/model/workspace-facts.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

const ORGANISATION = `board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
`;

/** A school year of two semesters; the first holds two blocks. `s1` and `b2` replace their lines. */
function calendar(s1 = 'period S1 from 2026-08-31 to 2027-01-29 {', b2 = 'period B2 from 2026-11-09 to 2027-01-29'): string {
    return `calendar C {
    period Jaar from 2026-08-31 to 2027-07-09 {
        ${s1}
            period B1 from 2026-08-31 to 2026-11-06
            ${b2}
        }
        period S2 from 2027-02-01 to 2027-07-09
    }
}
`;
}

function programme(intakes: string, extra = ''): string {
    return `programme Prog {
    crebo 25604
    level mbo-4
    calendar C
    offered by P at L as BOL { ${intakes} }
}
${extra}`;
}

async function workspace(text: string) {
    return buildWorkspace({ 'a.offering': `${ORGANISATION}${text}` });
}

describe('nested periods', () => {
    test('short and qualified names at every level; the catalogue and OOAPI carry the parent', async () => {
        const ws = await workspace(`${calendar()}${programme('intake at B1, S2 intake at C.Jaar.S1.B2')}`);
        expect(ws.diagnostics()).toEqual([]);
        const catalogue = buildCatalogue([...ws.documents.values()], ws.services);
        expect(catalogue.calendars[0]!.periods.map(p => [p.id, p.parent])).toEqual([
            ['C.Jaar', undefined], ['C.Jaar.S1', 'C.Jaar'], ['C.Jaar.S1.B1', 'C.Jaar.S1'], ['C.Jaar.S1.B2', 'C.Jaar.S1'], ['C.Jaar.S2', 'C.Jaar'],
        ]);
        expect(catalogue.programmes[0]!.offerings[0]!.intakes.map(i => i.type === 'fixed' ? i.period : undefined))
            .toEqual(['C.Jaar.S1.B1', 'C.Jaar.S1.B2', 'C.Jaar.S2']);

        const ooapi = buildOoapi(workspaceFacts([...ws.documents.values()], ws.services.model.SemanticModel), '6', new ExportWarnings());
        const sessions = ooapi.academicSessions as Array<Record<string, unknown>>;
        const code = new Map(sessions.map(s => [s.academicSessionId, (s.primaryCode as { code: string }).code]));
        expect(sessions.map(s => [(s.primaryCode as { code: string }).code, code.get(s.parentId), ((s.childIds ?? []) as string[]).map(id => code.get(id))])).toEqual([
            ['C', undefined, ['C.Jaar']],
            ['C.Jaar', 'C', ['C.Jaar.S1', 'C.Jaar.S2']],
            ['C.Jaar.S1', 'C.Jaar', ['C.Jaar.S1.B1', 'C.Jaar.S1.B2']],
            ['C.Jaar.S1.B1', 'C.Jaar.S1', []],
            ['C.Jaar.S1.B2', 'C.Jaar.S1', []],
            ['C.Jaar.S2', 'C.Jaar', []],
        ]);
    });

    test('offering.period.outside-parent: a block past its semester; quiet on the edges', async () => {
        expect((await workspace(`${calendar(undefined, 'period B2 from 2026-11-09 to 2027-02-05')}${programme('intake at B1')}`)).diagnostics()).toEqual([
            'a.offering:8:42 offering.period.outside-parent: Period B2 (2026-11-09 to 2027-02-05) does not lie within period S1 (2026-08-31 to 2027-01-29) that holds it. Move its dates inside, or move it out of S1.',
        ]);
        expect((await workspace(`${calendar('period S1 from 2026-09-01 to 2027-01-29 {')}${programme('intake at S1')}`)).diagnostics()).toEqual([
            'a.offering:7:28 offering.period.outside-parent: Period B1 (2026-08-31 to 2026-11-06) does not lie within period S1 (2026-09-01 to 2027-01-29) that holds it. Move its dates inside, or move it out of S1.',
        ]);
    });

    test('overlap is checked per level: blocks of one semester against each other, not against the semester', async () => {
        expect((await workspace(`${calendar(undefined, 'period B2 from 2026-11-06 to 2027-01-29')}${programme('intake at B1')}`)).diagnostics()).toEqual([
            'a.offering:8:28 offering.period.overlap: Period B2 starts on 2026-11-06, while period B1 still runs until 2026-11-06. Periods in one calendar must not overlap: start after 2026-11-06.',
        ]);
    });

    test('the intake count counts the leaves: a window over two blocks is two moments, not also its semester and year', async () => {
        const policy = (count: number) => `policy K { applies to all at least ${count} intakes per year }\n`;
        const window = 'intake flexible from 2026-10-01 to 2026-12-01';
        expect((await workspace(`${calendar()}${programme(window, policy(2))}`)).diagnostics()).toEqual([]);
        expect((await workspace(`${calendar()}${programme(window, policy(3))}`)).diagnostics().map(d => d.split(' ')[1]))
            .toEqual(['offering.offering.too-few-intakes:']);
    });

    test('the outline nests periods in the periods that hold them', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        const outline = (symbols: DocumentSymbol[], indent = ''): string[] =>
            symbols.flatMap(symbol => [`${indent}${symbol.name} ${symbol.detail ?? ''}`.trimEnd(), ...outline(symbol.children ?? [], `${indent}  `)]);
        await expectSymbols(services)({
            text: calendar(),
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'C',
                '  Jaar 2026-08-31..2027-07-09',
                '    S1 2026-08-31..2027-01-29',
                '      B1 2026-08-31..2026-11-06',
                '      B2 2026-11-09..2027-01-29',
                '    S2 2027-02-01..2027-07-09',
            ]),
        });
    });
});
