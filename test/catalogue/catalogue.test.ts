import { Ajv2020 } from 'ajv/dist/2020.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { expandToString } from 'langium/generate';
import { describe, expect, test } from 'vitest';
import { buildCatalogue, serializeCatalogue } from '../../packages/language/src/catalogue/generator.js';
import type { Catalogue } from '../../packages/language/src/catalogue/model.js';
import type { Document } from '../../packages/language/src/generated/ast.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { CATALOGUE_SCHEMA_ID } from '../../packages/language/src/catalogue/model.js';
import { buildWorkspace } from '../helpers.js';
import { catalogueOf, FIXTURES, REPO_ROOT } from './catalogue-test-support.js';

const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas/catalogue.schema.json'), 'utf-8')) as { $id: string };
const validateCatalogue = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

async function catalogue(files: Record<string, string>): Promise<Catalogue> {
    const workspace = await buildWorkspace(files);
    return buildCatalogue([...workspace.documents.values()], workspace.services);
}

const organisation = expandToString`
    board B "Bestuur" code 100B490
    provider P "Aanbieder" code 110A133 under B
    location L "Locatie" code 110X912 under B used by P
`;
const calendar = expandToString`
    calendar C {
        period T2 from 2027-01-04 to 2027-03-31
        period T1 from 2026-09-01 to 2026-12-23
    }
    grouping Top
    grouping Mid within Top
    grouping Leaf within Mid
`;
const programmes = expandToString`
    programme Zorg {
        level mbo-2
        years 1..2
        in Leaf
        calendar C
        offered by P at L as BOL { intake at T2, T1 registration from 2026-03-01 to 2026-06-30 }
        module Basis size 1..2 EC { year 2 }
    }
    programme Kapper { level mbo-3 years 1 in Leaf }
    module Reis size 40 hours { for Zorg, Kapper year 1 }
    policy Kader { applies to Top at level mbo-2 module size 120..480 SBU }
`;

describe('catalogue content', () => {
    test('period intakes become their start dates, each with the clause\'s registration window, in date order', async () => {
        const { programmes: [, zorg] } = await catalogue({ 'o.offering': organisation, 'c.offering': calendar, 'p.offering': programmes });
        expect(zorg.offerings).toEqual([{
            provider: 'P', location: 'L', pathway: 'BOL', characteristics: [], targetGroups: [], calendar: 'C',
            intakes: [
                { type: 'fixed', date: '2026-09-01', period: 'C.T1', registration: { from: '2026-03-01', to: '2026-06-30' } },
                { type: 'fixed', date: '2027-01-04', period: 'C.T2', registration: { from: '2026-03-01', to: '2026-06-30' } },
            ],
        }]);
    });

    test('sizes keep what was written and convert to SBU only where a conversion exists', async () => {
        const { modules } = await catalogue({ 'o.offering': organisation, 'c.offering': calendar, 'p.offering': programmes });
        expect(modules.map(module => [module.id, module.size, module.programmes])).toEqual([
            ['Reis', { written: '40 hours', min: 40, max: 40, unit: 'hours' },
                [{ programme: 'Kapper', years: [1] }, { programme: 'Zorg', years: [] }]],
            ['Zorg.Basis', { written: '1..2 EC', min: 1, max: 2, unit: 'EC', sbu: { min: 28, max: 56 } },
                [{ programme: 'Zorg', years: [2] }]],
        ]);
    });

    test('a policy governs the programmes in nested groupings of its reach, filtered by level, and their modules', async () => {
        const { policies: [policy] } = await catalogue({ 'o.offering': organisation, 'c.offering': calendar, 'p.offering': programmes });
        expect(policy.reach).toEqual({ all: false, groupings: ['Top'], programmes: [], levels: ['mbo-2'] });
        expect(policy.governs).toEqual({ programmes: ['Zorg'], modules: ['Reis', 'Zorg.Basis'] });
    });

    test('the grouping tree is flat with parent and children', async () => {
        const { groupings } = await catalogue({ 'c.offering': calendar, 'p.offering': programmes });
        expect(groupings).toEqual([
            { id: 'Leaf', parent: 'Mid', children: [], programmes: ['Kapper', 'Zorg'] },
            { id: 'Mid', parent: 'Top', children: ['Leaf'], programmes: [] },
            { id: 'Top', children: ['Mid'], programmes: [] },
        ]);
    });

    test('broken input still gives a catalogue: unresolved references are left out, cycles do not hang', async () => {
        const result = await catalogue({
            'x.offering': expandToString`
                grouping A within B
                grouping B within A
                programme X { in A, Nowhere offered by Ghost at L2 { intake at Nope } years 3..1 }
                policy Q { applies to A }
                module M size -5 { for X years 1..1000000000 }
            `,
        });
        expect(result.programmes).toEqual([{
            id: 'X', codes: {}, years: [1, 2, 3], pathways: [], groupings: ['A'], characteristics: [], targetGroups: [],
            offerings: [{ provider: 'Ghost', location: 'L2', characteristics: [], targetGroups: [], intakes: [] }],
            modules: ['M'],
        }]);
        expect(result.policies[0].governs).toEqual({ programmes: ['X'], modules: ['M'] });
        expect(result.modules[0].size).toEqual({ written: '-5', min: -5, max: -5 });
        expect(result.modules[0].programmes[0].years).toHaveLength(100);
    });
});

describe('determinism', () => {
    const files = { 'o.offering': organisation, 'c.offering': calendar, 'p.offering': programmes };

    test('the same offering gives the same bytes whatever the file order, names or folders', async () => {
        const reference = serializeCatalogue(await catalogue(files));
        const reversed = await buildWorkspace({ 'z/p.offering': programmes, 'y/c.offering': calendar, 'a.offering': organisation });
        expect(serializeCatalogue(buildCatalogue([...reversed.documents.values()], reversed.services))).toBe(reference);
        expect(serializeCatalogue(buildCatalogue([...reversed.documents.values()].reverse(), reversed.services))).toBe(reference);
    });

    test('the catalogue holds no paths, no times and no workspace URIs', async () => {
        const { json } = await catalogueOf([path.join(FIXTURES, 'college')]);
        expect(json).not.toContain(REPO_ROOT);
        expect(json).not.toMatch(/file:|memory:|\.offering|T\d\d:\d\d/);
    });
});

describe('catalogue schema', () => {
    test('has a stable $id that catalogues name in $schema', () => {
        expect(schema.$id).toBe(CATALOGUE_SCHEMA_ID);
    });

    const goldenFiles = fs.readdirSync(path.join(REPO_ROOT, 'test/golden')).filter(name => name.endsWith('.catalogue.json')).sort();

    test('there are golden catalogues to check', () => {
        expect(goldenFiles).toContain('college.catalogue.json');
    });

    test.each(goldenFiles)('accepts the golden catalogue %s', name => {
        const golden = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/golden', name), 'utf-8'));
        expect(validateCatalogue(golden), JSON.stringify(validateCatalogue.errors)).toBe(true);
    });

    test('accepts the catalogue of in-memory input', async () => {
        const inMemory = JSON.parse(serializeCatalogue(await catalogue({ 'o.offering': organisation, 'c.offering': calendar, 'p.offering': programmes })));
        expect(validateCatalogue(inMemory), JSON.stringify(validateCatalogue.errors)).toBe(true);
    });

    test('rejects a catalogue with a missing or unknown field', async () => {
        const json = serializeCatalogue(await catalogue({ 'o.offering': organisation }));
        expect(validateCatalogue(JSON.parse(json))).toBe(true);
        const missing = JSON.parse(json);
        delete missing.providers[0].boards;
        expect(validateCatalogue(missing)).toBe(false);
        expect(validateCatalogue.errors?.map(error => `${error.instancePath} ${error.message}`)).toEqual([
            "/providers/0 must have required property 'boards'",
        ]);
        expect(validateCatalogue({ ...JSON.parse(json), generatedAt: '2026-01-01' })).toBe(false);
    });
});

describe('half-typed input (the editor preview builds catalogues while the user types)', () => {
    // One set of services; linking without validation is all the catalogue needs.
    const services = createOfferingServices(EmptyFileSystem).Offering;
    let counter = 0;

    async function catalogueOfTexts(texts: string[]): Promise<Catalogue> {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const run = counter++;
        const documents = texts.map((text, i) => LangiumDocumentFactory.fromString<Document>(text, URI.parse(`memory:///run-${run}/${i}.offering`)));
        documents.forEach(document => LangiumDocuments.addDocument(document));
        try {
            await DocumentBuilder.build(documents, { validation: false });
            return JSON.parse(serializeCatalogue(buildCatalogue(documents, services)));
        } finally {
            documents.forEach(document => LangiumDocuments.deleteDocument(document.uri));
        }
    }

    test('references and date ranges the parser could not fill are left out', async () => {
        const result = await catalogueOfTexts([expandToString`
            programme P { years 1 offered by 1.. at { intake on 2026-09-01 registration from 2026-01-01 to } }
            module M { for 1.. }
            class G { students of 1.. teaches 1.. }
        `]);
        expect(result.groups).toEqual([{ id: 'G', kind: 'class', periods: [], students: [], teaches: [] }]);
        expect(result.modules.map(module => module.programmes)).toEqual([[]]);
        // The offering stays (with the text written, here none); the half-typed registration window goes.
        expect(result.programmes.map(programme => programme.offerings)).toEqual([[
            { provider: '', location: '', characteristics: [], targetGroups: [], intakes: [{ type: 'fixed', date: '2026-09-01' }] },
        ]]);
    });

    test('every truncation of a rich file gives a catalogue, never an exception', async () => {
        const college = path.join(FIXTURES, 'college');
        const others = ['organisation.offering', 'calendar.offering', 'policies.offering'].map(name => fs.readFileSync(path.join(college, name), 'utf-8'));
        const rich = fs.readFileSync(path.join(college, 'programmes/software.offering'), 'utf-8');
        let built = 0;
        for (let cut = 0; cut <= rich.length; cut += 17) {
            expect((await catalogueOfTexts([...others, rich.slice(0, cut)])).formatVersion).toBe(2);
            built++;
        }
        expect(built).toBe(Math.floor(rich.length / 17) + 1);
    });
});
