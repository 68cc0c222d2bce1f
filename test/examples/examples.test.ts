import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { isModule, isProgramme, isProgrammeOffering } from '../../packages/language/src/generated/ast.js';
import { formatOfferingText } from '../../packages/language/src/lsp/formatter.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { collectOfferingFiles, loadWorkspace } from '../../packages/language/src/node/workspace-loader.js';
import { buildWorkspace, showDiagnostic } from '../helpers.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

/** Loads one example folder as a workspace: its diagnostics as lines and how many programmes, offerings and modules it holds. */
async function loadExample(folder: string) {
    const files = await collectOfferingFiles([path.join(EXAMPLES, folder)]);
    const { documents, diagnostics } = await loadWorkspace(files);
    const nodes = documents.flatMap(document => AstUtils.streamAst(document.parseResult.value).toArray());
    return {
        files: files.map(file => path.basename(file)),
        diagnostics: diagnostics.map(({ file, diagnostic }) => showDiagnostic(diagnostic, path.basename(file))),
        programmes: nodes.filter(isProgramme).length,
        offerings: nodes.filter(isProgrammeOffering).length,
        modules: nodes.filter(isModule).length,
    };
}

describe('example workspaces are valid', () => {
    test('examples/mbo-college: zero diagnostics', async () => {
        const example = await loadExample('mbo-college');
        expect(example.diagnostics, example.diagnostics.join('\n')).toEqual([]);
        expect(example.files).toEqual([
            'generiek.offering', 'groepen.offering', 'groeperingen.offering', 'ict.offering', 'kaders.offering',
            'kalender.offering', 'keuzedelen.offering', 'llo.offering', 'organisatie.offering', 'techniek.offering', 'zorg.offering',
        ]);
        expect({ programmes: example.programmes, offerings: example.offerings, modules: example.modules })
            .toEqual({ programmes: 6, offerings: 15, modules: 30 });
    });

    test('examples/vo-school: zero diagnostics', async () => {
        const example = await loadExample('vo-school');
        expect(example.diagnostics, example.diagnostics.join('\n')).toEqual([]);
        expect(example.files).toEqual([
            'groepen.offering', 'groeperingen.offering', 'kaders.offering', 'kalender.offering', 'opleidingen.offering',
            'organisatie.offering', 'vakken.offering',
        ]);
        expect({ programmes: example.programmes, offerings: example.offerings, modules: example.modules })
            .toEqual({ programmes: 6, offerings: 7, modules: 6 });
    });
});

describe('examples/regio-oost: two boards, two schools with the same local names in their own namespaces', () => {
    /** The files by path relative to the folder: both schools have an organisatie.offering. */
    async function regionTexts(): Promise<Record<string, string>> {
        const folder = path.join(EXAMPLES, 'regio-oost');
        const files = await collectOfferingFiles([folder]);
        return Object.fromEntries(files.map(file => [path.relative(folder, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf-8')]));
    }

    test('zero diagnostics', async () => {
        const example = await loadExample('regio-oost');
        expect(example.diagnostics, example.diagnostics.join('\n')).toEqual([]);
        expect(Object.keys(await regionTexts()).sort()).toEqual([
            'berkelschool/opleidingen.offering', 'berkelschool/organisatie.offering', 'gedeeld/campus.offering',
            'ijsselcollege/opleidingen.offering', 'ijsselcollege/organisatie.offering',
        ]);
        expect({ programmes: example.programmes, offerings: example.offerings, modules: example.modules })
            .toEqual({ programmes: 2, offerings: 2, modules: 0 });
    });

    test('the IJsselcollege\'s kaders govern its own offering: one intake moment falls short', async () => {
        const files = await regionTexts();
        const workspace = await buildWorkspace(edit(files, 'ijsselcollege/opleidingen.offering', '{ intake at S1, S2 }', '{ intake at S1 }'));
        expect(workspace.diagnostics()).toEqual([
            'ijsselcollege/opleidingen.offering:10:5 offering.offering.too-few-intakes: This offering of Havo has 1 intake moment(s) in the year 2026-08-24 to 2027-08-23 of calendar Schooljaar2026 (12 months from its first period); policy Kaders requires at least 2 per year. Add intake moments.',
        ]);
    });

    test('the same kaders with `applies to all` would reach across into the Berkelschool', async () => {
        const files = await regionTexts();
        const workspace = await buildWorkspace(edit(files, 'ijsselcollege/organisatie.offering', 'applies to Bestuur', 'applies to all'));
        expect(workspace.diagnostics()).toEqual([
            'berkelschool/opleidingen.offering:10:5 offering.offering.too-few-intakes: This offering of Vwo has 1 intake moment(s) in the year 2026-08-31 to 2027-08-30 of calendar Schooljaar2026 (12 months from its first period); policy Kaders requires at least 2 per year. Add intake moments.',
            'ijsselcollege/organisatie.offering:18:16 offering.policy.all-across-boards: Policy Ijssel.Kaders applies to all, so it also governs 1 programme(s) that only providers of other boards offer, such as Berkel.Vwo (Berkel.Bestuur), while its folder belongs to Bestuur. Scope it: \'applies to Bestuur\'.',
        ]);
    });
});

/** The files of an example folder as name -> text, for in-memory variations on it. */
async function exampleTexts(folder: string): Promise<Record<string, string>> {
    const files = await collectOfferingFiles([path.join(EXAMPLES, folder)]);
    return Object.fromEntries(files.map(file => [path.basename(file), fs.readFileSync(file, 'utf-8')]));
}

/** A copy of the files with one exact piece of text in one file replaced (which must occur exactly once). */
function edit(files: Record<string, string>, name: string, from: string, to: string): Record<string, string> {
    expect(files[name].split(from).length - 1, `'${from}' in ${name}`).toBe(1);
    return { ...files, [name]: files[name].replace(from, to) };
}

// Zero diagnostics only means something when the rules are in force: one step outside the kaders must be reported.
describe('the kaders really govern the mbo example', () => {
    test('without the work placement of Software Developer, years 1 and 3 fall short of the year volume (year 2 still reaches it)', async () => {
        const files = edit(await exampleTexts('mbo-college'), 'ict.offering',
            '    module BPV "Beroepspraktijkvorming Software" size 400..960 SBU { years 1..3 }\n', '');
        const workspace = await buildWorkspace(files);
        expect(workspace.diagnostics()).toEqual([
            // KeuzedeelNiveau4 governs the mbo-4 programmes and inherits the year volume from Kaders.
            'ict.offering:8:5 offering.programme.year-volume: The modules of SoftwareDeveloper year 1 add up to 690..1130 SBU, which cannot meet the year volume 1600 SBU of policy KeuzedeelNiveau4. Adjust the module sizes or the year\'s modules.',
            'ict.offering:8:5 offering.programme.year-volume: The modules of SoftwareDeveloper year 3 add up to 720..1160 SBU, which cannot meet the year volume 1600 SBU of policy KeuzedeelNiveau4. Adjust the module sizes or the year\'s modules.',
        ]);
    });

    test('an offering with one intake moment breaks the central rule of two per year', async () => {
        const files = edit(await exampleTexts('mbo-college'), 'techniek.offering',
            'offered by Rivierland at Techniekhuis as BOL { intake at B1, B3 }', 'offered by Rivierland at Techniekhuis as BOL { intake at B1 }');
        const workspace = await buildWorkspace(files);
        expect(workspace.diagnostics()).toEqual([
            'techniek.offering:12:5 offering.offering.too-few-intakes: This offering of Mechatronica has 1 intake moment(s) in the year 2026-08-31 to 2027-08-30 of calendar Schooljaar2026 (12 months from its first period); policy Kaders requires at least 2 per year. Add intake moments.',
        ]);
    });
});

describe('examples are in the canonical layout', () => {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    for (const folder of ['mbo-college', 'vo-school', 'regio-oost']) {
        test(`examples/${folder}: offering format would change nothing`, async () => {
            const files = await collectOfferingFiles([path.join(EXAMPLES, folder)]);
            const unformatted = files.filter(file => {
                const text = fs.readFileSync(file, 'utf-8');
                return formatOfferingText(text, services)?.text !== text;
            });
            expect(unformatted.map(file => path.basename(file))).toEqual([]);
        });
    }
});

/** One row of the scenario map in examples/README.md. */
interface MapRow {
    scenario: string;
    file: string;
    line: number;
    link: string;
    shows: string;
}

const ROW = /^\| (\S+) \| [^|]* \| \[([^\]:]+):(\d+)\]\(([^)]+)\) \| `([^`]+)` \|$/;

function scenarioMap(): MapRow[] {
    const readme = fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf-8');
    const section = readme.split('## Scenario map')[1] ?? '';
    return section.split('\n')
        .filter(line => line.startsWith('| ') && !line.startsWith('| Scenario'))
        .map(line => {
            const match = ROW.exec(line);
            if (!match) {
                throw new Error(`Scenario map row not in the form | id | what | [file:line](file#Lline) | \`text\` |: ${line}`);
            }
            return { scenario: match[1], file: match[2], line: Number(match[3]), link: match[4], shows: match[5] };
        });
}

describe('examples/README.md scenario map', () => {
    const rows = scenarioMap();

    test('covers every scenario C1-C8, D1-D5, E1-E5 of the domain', () => {
        const scenarios = [
            ...Array.from({ length: 8 }, (_, i) => `C${i + 1}`),
            ...Array.from({ length: 5 }, (_, i) => `D${i + 1}`),
            ...Array.from({ length: 5 }, (_, i) => `E${i + 1}`),
        ];
        expect(scenarios.filter(id => !rows.some(row => row.scenario === id))).toEqual([]);
    });

    test('every cited file:line exists and shows the text the table names', () => {
        const problems: string[] = [];
        for (const row of rows) {
            const cited = `${row.file}:${row.line}`;
            if (row.link !== `${row.file}#L${row.line}`) {
                problems.push(`${cited}: link goes to ${row.link}`);
                continue;
            }
            const file = path.join(EXAMPLES, row.file);
            if (!fs.existsSync(file)) {
                problems.push(`${cited}: no such file`);
                continue;
            }
            const text = fs.readFileSync(file, 'utf-8').split(/\r?\n/)[row.line - 1];
            if (text === undefined) {
                problems.push(`${cited}: the file has fewer lines`);
            } else if (!text.includes(row.shows)) {
                problems.push(`${cited}: line is '${text.trim()}', expected it to contain '${row.shows}'`);
            }
        }
        expect(problems).toEqual([]);
        expect(rows.length).toBe(61);
    });
});
