import { EmptyFileSystem } from 'langium';
import { expandToString as s } from 'langium/generate';
import { parseHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Document, Module, Policy, Programme } from '../../packages/language/src/generated/ast.js';
import { isCalendar, isGroup, isLocation, isModule, isPolicy, isProgramme, isProvider } from '../../packages/language/src/generated/ast.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

let parse: ReturnType<typeof parseHelper<Document>>;

beforeAll(() => {
    parse = parseHelper<Document>(createOfferingServices(EmptyFileSystem).Offering);
});

async function parseClean(text: string): Promise<Document> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors.map(e => e.message)).toEqual([]);
    expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    return document.parseResult.value;
}

describe('organisation', () => {
    test('board, provider under several boards, location used by several providers', async () => {
        const doc = await parseClean(s`
            board A "Stichting A" code 100B490
            board B code 100B512
            provider P "Da Vinci College" code 110A133 under A, B
            provider Q under B
            location L "Leerpark" code 110X912 address "Leerparkpromenade 100, Dordrecht" under A, B used by P, Q
        `);
        const [a, , p, , l] = doc.definitions;
        expect(a).toMatchObject({ $type: 'Board', name: 'A', title: 'Stichting A', code: '100B490' });
        expect(isProvider(p) && p.boards.map(b => b.$refText)).toEqual(['A', 'B']);
        expect(isLocation(l) && { address: l.address, boards: l.boards.map(b => b.$refText), providers: l.providers.map(r => r.$refText) })
            .toEqual({ address: 'Leerparkpromenade 100, Dordrecht', boards: ['A', 'B'], providers: ['P', 'Q'] });
    });
});

describe('time', () => {
    test('a calendar with named periods and ISO dates', async () => {
        const doc = await parseClean(s`
            calendar SJ "Schooljaar 2026-2027" {
                period B1 "Blok 1" from 2026-08-31 to 2026-11-06
                period B2 from 2026-11-09 to 2027-01-29
            }
        `);
        const calendar = doc.definitions[0];
        expect(isCalendar(calendar) && calendar.periods.map(p => [p.name, p.title, p.start, p.end])).toEqual([
            ['B1', 'Blok 1', '2026-08-31', '2026-11-06'],
            ['B2', undefined, '2026-11-09', '2027-01-29'],
        ]);
    });
});

describe('classification', () => {
    test('nested groupings, characteristics and target groups', async () => {
        const doc = await parseClean(s`
            grouping VO "Voortgezet onderwijs"
            grouping Onderbouw "VO onderbouw" within VO
            characteristic Versneld "Versneld" code VERSNELD_PROGRAMMA_VWO
            target group LLO "Volwassenen" code VOLWASSENEN
        `);
        expect(doc.definitions.map(d => d.$type)).toEqual(['Grouping', 'Grouping', 'Characteristic', 'TargetGroup']);
        expect(doc.definitions[1]).toMatchObject({ name: 'Onderbouw', parent: { $refText: 'VO' } });
        expect(doc.definitions[2]).toMatchObject({ code: 'VERSNELD_PROGRAMMA_VWO' });
    });
});

describe('programmes', () => {
    const programmeText = s`
        programme SD "Software Developer" {
            crebo 25604
            rio 1234O5678
            level mbo-4
            years 1..3
            pathways BOL, BBL
            in ICT, Techniek
            with Versneld
            for LLO
            calendar SJ
            offered by P at L as BOL with Versneld for LLO {
                calendar SJ
                intake at B1, SJ.B3
                intake on 2026-09-01, 2027-02-01 registration from 2026-03-01 to 2026-08-15
                intake flexible from 2026-09-01 to 2027-06-30
            }
            module Prog "Programmeren" size 240..360 SBU {
                year 1
                levels mbo-3, mbo-4
                intake at B1
            }
            module Db size 7.5 EC
        }
    `;

    test('codes, level, years, pathways, groupings, characteristics, target groups, calendar', async () => {
        const programme = (await parseClean(programmeText)).definitions[0] as Programme;
        expect(isProgramme(programme)).toBe(true);
        expect(programme.codes.map(c => [c.kind, c.value])).toEqual([['crebo', '25604'], ['rio', '1234O5678']]);
        expect(programme.level).toBe('mbo-4');
        expect(programme.years?.ranges.map(r => [r.from, r.to])).toEqual([[1, 3]]);
        expect(programme.pathways).toEqual(['BOL', 'BBL']);
        expect(programme.groupings.map(g => g.$refText)).toEqual(['ICT', 'Techniek']);
        expect(programme.characteristics.map(c => c.$refText)).toEqual(['Versneld']);
        expect(programme.targetGroups.map(t => t.$refText)).toEqual(['LLO']);
        expect(programme.calendar?.$refText).toBe('SJ');
    });

    test('an offering with its three kinds of intake moment and a registration window', async () => {
        const [offering] = ((await parseClean(programmeText)).definitions[0] as Programme).offerings;
        expect(offering).toMatchObject({ provider: { $refText: 'P' }, location: { $refText: 'L' }, pathway: 'BOL' });
        const [atPeriods, onDates, flexible] = offering.intakes;
        expect(atPeriods.periods.map(p => p.$refText)).toEqual(['B1', 'SJ.B3']);
        expect(onDates.dates.map(d => d.value)).toEqual(['2026-09-01', '2027-02-01']);
        expect(onDates.registration).toMatchObject({ start: '2026-03-01', end: '2026-08-15' });
        expect(flexible.window).toMatchObject({ start: '2026-09-01', end: '2027-06-30' });
    });

    test('nested modules with a bandwidth, a single decimal size, years, levels and intake', async () => {
        const [prog, db] = ((await parseClean(programmeText)).definitions[0] as Programme).modules;
        expect(prog).toMatchObject({ kind: 'module', name: 'Prog', title: 'Programmeren', levels: ['mbo-3', 'mbo-4'] });
        expect(prog.size).toMatchObject({ min: { value: 240, negative: false }, max: { value: 360 }, unit: 'SBU' });
        expect(prog.years?.ranges[0]).toMatchObject({ from: 1 });
        expect(db.size).toMatchObject({ min: { value: 7.5 }, unit: 'EC' });
        expect(db.size?.max).toBeUndefined();
    });
});

describe('modules outside programmes', () => {
    test('a keuzedeel for years of several programmes, a subject for no year, a negative size', async () => {
        const doc = await parseClean(s`
            keuzedeel Robotica "Robotica" code K0713 size 240 SBU {
                for SD year 3, Mechatronica years 2, 3
            }
            subject Studiereis "Studiereis Berlijn" size 40 hours {
                for SD
            }
            module Odd size -5 SBU
        `);
        const [robotica, reis, odd] = doc.definitions as Module[];
        expect(robotica).toMatchObject({ kind: 'keuzedeel', code: 'K0713' });
        expect(robotica.programmes.map(p => [p.programme.$refText, p.years?.ranges.map(r => r.from)])).toEqual([['SD', [3]], ['Mechatronica', [2, 3]]]);
        expect(reis.programmes[0].years).toBeUndefined();
        expect(odd.size?.min).toMatchObject({ negative: true, value: 5 });
    });
});

describe('groups', () => {
    test('a combination class across years and a teaching group with modules at levels', async () => {
        const doc = await parseClean(s`
            class K56 "Combinatieklas 5/6" {
                during T1, T2
                students of Havo years 4..5, Vwo year 5
                teaches Engels at havo, vwo
                teaches Wiskunde
            }
            teaching group EN "Engels" { teaches Engels at vwo }
        `);
        const [k56, en] = doc.definitions;
        expect(isGroup(k56) && k56.kind).toBe('class');
        expect(isGroup(en) && en.kind).toBe('teaching');
        expect(isGroup(k56) && k56.teaches.map(t => [t.module.$refText, t.levels])).toEqual([['Engels', ['havo', 'vwo']], ['Wiskunde', []]]);
        expect(isGroup(k56) && k56.members.map(m => m.programme.$refText)).toEqual(['Havo', 'Vwo']);
    });
});

describe('policies', () => {
    test('reach, every kind of rule, extends', async () => {
        const doc = await parseClean(s`
            policy K "Kaders" extends Basis {
                applies to ICT, SD at levels mbo-3, mbo-4
                module size 120..480 SBU
                at least 2 intakes per year
                intakes at period starts
                year volume 1600 hours
                keuzedeel volume 720 SBU
            }
            policy Basis { applies to all }
        `);
        const [k, basis] = doc.definitions as Policy[];
        expect(isPolicy(k)).toBe(true);
        expect(k.reach).toMatchObject({ all: false, levels: ['mbo-3', 'mbo-4'] });
        expect(k.reach?.targets.map(t => t.$refText)).toEqual(['ICT', 'SD']);
        expect(k.rules.map(r => r.$type)).toEqual(['ModuleSizeRule', 'MinIntakesRule', 'IntakesAtPeriodStartsRule', 'YearVolumeRule', 'KeuzedeelVolumeRule']);
        expect(k.extends.map(e => e.$refText)).toEqual(['Basis']);
        expect(basis.reach?.all).toBe(true);
    });
});

describe('error recovery', () => {
    test('a syntax error in one definition does not hide the rest of the file', async () => {
        const document = await parse(s`
            board A
            programme P {
                level mbo-4
                this is not offering text
            }
            grouping G
            board B
        `);
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(document.parseResult.parserErrors[0].message).toContain("found `this`");
        expect(document.parseResult.value.definitions.map(d => d.name)).toEqual(['A', 'P', 'G', 'B']);
    });
});

describe('multi-file workspaces', () => {
    test('definitions, periods and nested modules are referable from other files', async () => {
        const workspace = await buildWorkspace({
            'org.offering': s`
                board A code 100B490
                provider P code 110A133 under A
                location L code 110X912 under A used by P
                calendar SJ { period B1 from 2026-08-31 to 2026-11-06 }
            `,
            'prog.offering': s`
                programme SD { years 1..3 offered by P at L { intake at SJ.B1 } module Prog size 240 SBU }
            `,
            'groups.offering': s`
                class K { during SJ.B1 students of SD year 1 teaches SD.Prog teaches Prog }
            `,
        });
        expect(workspace.diagnostics()).toEqual([]);
        const group = workspace.documents.get('groups.offering')!.parseResult.value.definitions[0];
        expect(isGroup(group) && group.teaches.map(t => t.module.ref?.name)).toEqual(['Prog', 'Prog']);
    });

    test('a missing reference is reported with its name', async () => {
        const workspace = await buildWorkspace({
            'a.offering': 'provider P under Ghost',
        });
        expect(workspace.diagnostics()).toEqual(["a.offering:1:18 offering.reference.unresolved: There is no board named 'Ghost'. Define it, correct the spelling, or use the qualified name (Calendar.Period, Programme.Module)."]);
    });

    test('duplicate names across files are errors on both definitions', async () => {
        const workspace = await buildWorkspace({
            'a.offering': 'board A',
            'b.offering': '\ngrouping A\nprogramme P { in A }',
        });
        expect(workspace.diagnostics()).toEqual([
            "a.offering:1:7 offering.name.duplicate: The name 'A' is already used by the grouping in b.offering:2. Names are unique across the workspace: rename one of them.",
            "b.offering:2:10 offering.name.duplicate: The name 'A' is already used by the board in a.offering:1. Names are unique across the workspace: rename one of them.",
        ]);
    });

    test('the same period name in two calendars is fine: they are qualified by their calendar', async () => {
        const workspace = await buildWorkspace({
            'a.offering': s`
                calendar X { period B1 from 2026-08-31 to 2026-11-06 }
                calendar Y { period B1 from 2027-08-30 to 2027-11-05 }
                programme P { calendar Y module M size 1 SBU { intake at B1 } }
                programme Q { calendar X }
            `,
        });
        expect(workspace.diagnostics()).toEqual([]);
        const programme = workspace.documents.get('a.offering')!.parseResult.value.definitions[2] as Programme;
        expect(programme.modules[0].intakes[0].periods[0].ref?.start).toBe('2027-08-30');
    });

    test('a clause written twice is reported, not silently dropped', async () => {
        const workspace = await buildWorkspace({ 'a.offering': 'programme P {\n  level mbo-3\n  level mbo-4\n}' });
        expect(workspace.diagnostics()).toEqual([
            "a.offering:2:9 offering.syntax.repeated-clause: 'level' is given more than once for P; only one is allowed. Remove the extra 'level'.",
        ]);
    });
});

// `choose` and `modules` became keywords with choices, `capacity` with offering capacity; files that used them as names must keep working.
describe('names that are also keywords (choose, modules, capacity, mode, onsite, online, hybrid)', () => {
    const files = {
        'a.offering': s`
            calendar modules { period choose from 2026-08-31 to 2026-11-06 }
            programme choose {
                years 1..2
                in online with hybrid for mode
                calendar modules
                module modules size 60 SBU { year 1 intake at modules.choose }
                module M size 60 SBU { year 1 }
                choose 1 module in year 1 from choose.modules, choose.M
            }
        `,
        'b.offering': s`
            keuzedeel capacity size 240 SBU { for choose year 2 }
            grouping online
            characteristic hybrid
            target group mode
            class Klas { during modules.choose students of choose year 1 teaches choose.modules }
        `,
    };

    test('they parse as definitions and link as references, in and across files', async () => {
        const workspace = await buildWorkspace(files);
        expect(workspace.diagnostics()).toEqual([]);
        const [calendar, programme] = workspace.documents.get('a.offering')!.parseResult.value.definitions;
        expect(isCalendar(calendar) && [calendar.name, calendar.periods.map(p => p.name)]).toEqual(['modules', ['choose']]);
        expect(isProgramme(programme) && [programme.name, programme.modules.map(m => m.name), programme.calendar?.ref?.name]).toEqual(['choose', ['modules', 'M'], 'modules']);
        expect(isProgramme(programme) && programme.choices[0].options.map(o => o.ref?.name)).toEqual(['modules', 'M']);
        expect(workspace.documents.get('b.offering')!.parseResult.value.definitions[0]?.name).toBe('capacity');
        const group = workspace.documents.get('b.offering')!.parseResult.value.definitions.find(isGroup);
        expect(isGroup(group) && [group.name, group.teaches[0].module.ref?.name, group.members[0].programme.ref?.name]).toEqual(['Klas', 'modules', 'choose']);
    });

    test('hover on such a name shows the definition, not the keyword; rename renames every reference', async () => {
        const workspace = await buildWorkspace(files);
        const document = workspace.documents.get('a.offering')!;
        const text = document.textDocument.getText();
        const position = document.textDocument.positionAt(text.indexOf('modules size') + 1);
        const hover = await workspace.services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
        expect(hover?.contents).toMatchObject({ kind: 'markdown' });
        expect((hover?.contents as { value: string }).value.split('\n')[0]).toBe('module **choose.modules**');
        const edit = await workspace.services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName: 'Mods' });
        const changed = Object.entries(edit?.changes ?? {}).map(([uri, edits]) => [uri.replace('memory:/', ''), edits.length]);
        expect(changed).toEqual([['a.offering', 2], ['b.offering', 1]]);
    });
});

// `price`, `language`, `full-time`, `part-time`, `duration`, `month` and `months` came with the offering attributes.
describe('names that are also keywords (price, language, full-time, part-time, duration, month, months)', () => {
    test('they parse as definitions and link as references, next to the clauses they name', async () => {
        const workspace = await buildWorkspace({
            'a.offering': s`
                board B code 100B490
                provider price code 110A133 under B
                location language code 110X912 under B used by price
                calendar duration { period month from 2026-08-31 to 2026-11-06 }
                characteristic full-time
                target group part-time
                module months size 40 hours {
                    calendar duration
                    offered by price at language { price 10 EUR language nl part-time duration 2 months intake at duration.month }
                }
                programme P { years 1..2 with full-time for part-time offered by price at language { full-time intake at duration.month } }
            `,
        });
        expect(workspace.diagnostics()).toEqual([]);
        const definitions = workspace.documents.get('a.offering')!.parseResult.value.definitions;
        expect(definitions.map(definition => definition.name)).toEqual(['B', 'price', 'language', 'duration', 'full-time', 'part-time', 'months', 'P']);
        const module = definitions.find(isModule)!;
        const offering = module.offerings[0]!;
        expect([offering.provider.ref?.name, offering.location.ref?.name, offering.price?.currency, offering.language, offering.pace, offering.duration?.unit])
            .toEqual(['price', 'language', 'EUR', 'nl', 'part-time', 'months']);
        const programme = definitions.find(isProgramme)!;
        expect([programme.characteristics[0]?.ref?.name, programme.targetGroups[0]?.ref?.name, programme.offerings[0]?.pace]).toEqual(['full-time', 'part-time', 'full-time']);
    });
});
