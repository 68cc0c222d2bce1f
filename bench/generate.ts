// Deterministic generator of synthetic but realistic institutions for the benchmark:
// `npx tsx bench/generate.ts --size 10k --out /tmp/offering-bench`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { fileToOffering, fileToYaml, programmeToOffering, sharedToOffering, sharedToYaml, classToOffering, keuzedeelToOffering } from './emit.js';
import type { ClassModel, InstitutionModel, KeuzedeelModel, ModuleModel, OfferingModel, ProgrammeFileModel, ProgrammeModel, SharedModel } from './model.js';
import { yamlSchema } from './yaml-schema.js';

/** Named sizes: the target number of Offering lines and the lines per programme file. */
export const SIZES: Record<string, { lines: number; linesPerFile: number }> = {
    '1k': { lines: 1_000, linesPerFile: 1_000 },
    '10k': { lines: 10_000, linesPerFile: 1_000 },
    '100k': { lines: 100_000, linesPerFile: 1_000 },
    // One large file next to the shared one: the "keystroke in a 5k-line file" case.
    '5k-file': { lines: 5_000, linesPerFile: 5_000 },
};

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const SECTORS: Array<[string, string, string[]]> = [
    ['Techniek', 'Techniek en Technologie', ['ICT', 'Mechatronica', 'Bouw', 'Installatietechniek']],
    ['Zorg', 'Zorg en Welzijn', ['Verpleging', 'Welzijn', 'Apotheek']],
    ['Economie', 'Economie en Ondernemen', ['Handel', 'Administratie', 'Logistiek']],
    ['Creatief', 'Creatieve Industrie', ['Media', 'Vormgeving', 'Muziek']],
    ['Horeca', 'Horeca en Toerisme', ['Koken', 'Gastheerschap', 'Reizen']],
    ['Groen', 'Groen en Dier', ['Dierverzorging', 'Hovenier']],
];

const PROGRAMME_BASES = [
    'SoftwareDeveloper', 'Netwerkbeheerder', 'Mechatronicus', 'Timmerman', 'Elektromonteur', 'Verpleegkundige',
    'Verzorgende', 'PedagogischMedewerker', 'Apothekersassistent', 'Verkoper', 'Boekhouder', 'Logistiekmedewerker',
    'MediaVormgever', 'AVSpecialist', 'Podiumtechnicus', 'Kok', 'Gastheer', 'ReisAdviseur', 'Dierverzorger', 'Hovenier',
];

const MODULE_BASES = [
    'Nederlands', 'Engels', 'Rekenen', 'Burgerschap', 'Loopbaan', 'Vakkennis', 'Praktijk', 'Project',
    'Stage', 'Communicatie', 'Veiligheid', 'Kwaliteit', 'Ondernemen', 'Digitalisering', 'Samenwerken', 'Verdieping',
];

const KEUZEDEEL_BASES = ['Robotica', 'Duurzaamheid', 'Ondernemerschap', 'EngelsVervolg', 'Voorbereiding', 'Verdieping', 'Innovatie', 'Sport'];

function pick<T>(random: () => number, items: readonly T[]): T {
    return items[Math.floor(random() * items.length)]!;
}

function pad(n: number, width: number): string {
    return String(n).padStart(width, '0');
}

function sharedModel(): SharedModel {
    const providers = [
        { name: 'DaVinci', title: 'Da Vinci College', code: '110A133' },
        { name: 'Techniekhuis', title: 'Techniekhuis Zuid', code: '110A134' },
        { name: 'ZorgAcademie', title: 'Zorgacademie Drechtsteden', code: '110A135' },
    ];
    const locations = [
        { name: 'Leerpark', title: 'Leerpark', code: '110X912', address: 'Leerparkpromenade 100, Dordrecht', providers: ['DaVinci', 'Techniekhuis'] },
        { name: 'Stationsplein', title: 'Stationsplein', code: '110X913', address: 'Stationsplein 1, Dordrecht', providers: ['DaVinci'] },
        { name: 'Zwijndrecht', title: 'Zwijndrecht', code: '110X914', address: 'Kerkweg 12, Zwijndrecht', providers: ['Techniekhuis', 'ZorgAcademie'] },
        { name: 'Gorinchem', title: 'Gorinchem', code: '110X915', address: 'Banneweg 57, Gorinchem', providers: ['ZorgAcademie', 'DaVinci'] },
    ];
    const groupings: SharedModel['groupings'] = [];
    for (const [name, title, subs] of SECTORS) {
        groupings.push({ name, title });
        for (const sub of subs) {
            groupings.push({ name: sub, title: sub, parent: name });
        }
    }
    return {
        board: { name: 'DaVinciBestuur', title: 'Stichting Da Vinci College', code: '100B490' },
        providers,
        locations,
        calendar: {
            name: 'Schooljaar2026', title: 'Schooljaar 2026-2027', periods: [
                { name: 'B1', title: 'Blok 1', start: '2026-08-31', end: '2026-11-06' },
                { name: 'B2', title: 'Blok 2', start: '2026-11-09', end: '2027-01-29' },
                { name: 'B3', title: 'Blok 3', start: '2027-02-01', end: '2027-04-16' },
                { name: 'B4', title: 'Blok 4', start: '2027-04-19', end: '2027-07-09' },
            ],
        },
        groupings,
        characteristics: [
            { name: 'Versneld', title: 'Versneld traject', code: 'VERSNELD' },
            { name: 'Topsport', title: 'Topsport talent', code: 'TOPSPORT_TALENT' },
        ],
        targetGroups: [
            { name: 'Volwassenen', title: 'Volwassenen (LLO)' },
            { name: 'Nieuwkomers', title: 'Nieuwkomers' },
        ],
        policy: {
            name: 'Kaders', title: 'Kaders 2026',
            moduleSize: { min: 120, max: 480, unit: 'SBU' },
            minIntakes: 2,
            keuzedeelVolume: { min: 720, unit: 'SBU' },
        },
    };
}

interface Counters { programme: number; keuzedeel: number }

function programme(random: () => number, shared: SharedModel, sub: string, counters: Counters): { programme: ProgrammeModel; keuzedelen: KeuzedeelModel[]; classes: ClassModel[] } {
    const n = ++counters.programme;
    const base = pick(random, PROGRAMME_BASES);
    const name = `${base}${pad(n, 4)}`;
    const level = pick(random, ['mbo-2', 'mbo-3', 'mbo-4', 'mbo-4']);
    const years = level === 'mbo-2' ? 2 : level === 'mbo-3' ? pick(random, [2, 3]) : pick(random, [3, 4]);
    const starts = shared.calendar.periods.map(p => p.start);
    const provider = pick(random, shared.providers);
    const locations = shared.locations.filter(l => l.providers.includes(provider.name));
    const location = pick(random, locations);
    const offerings: OfferingModel[] = [
        { provider: provider.name, location: location.name, pathway: 'BOL', characteristics: [], targetGroups: [], intakePeriods: ['B1', 'B2', 'B3', 'B4'] },
        { provider: provider.name, location: location.name, pathway: 'BBL', characteristics: [], targetGroups: [], intakeDates: starts },
    ];
    if (random() < 0.5) {
        const other = pick(random, locations);
        offerings.push({
            provider: provider.name, location: other.name, pathway: 'BOL',
            characteristics: [pick(random, shared.characteristics).name],
            targetGroups: random() < 0.5 ? [pick(random, shared.targetGroups).name] : [],
            intakePeriods: ['B1', 'B3', 'B4'],
        });
    }
    const modules: ModuleModel[] = [];
    const used = new Set<string>();
    for (let year = 1; year <= years; year++) {
        const count = 3 + Math.floor(random() * 4);
        for (let i = 0; i < count; i++) {
            let moduleName = pick(random, MODULE_BASES);
            for (let k = 2; used.has(moduleName); k++) {
                moduleName = `${moduleName.replace(/\d+$/, '')}${k}`;
            }
            used.add(moduleName);
            const ec = random() < 0.2;
            const min = 120 + 30 * Math.floor(random() * 7);
            modules.push({
                name: moduleName,
                title: `${moduleName} jaar ${year}`,
                size: ec ? { min: pick(random, [5, 7.5, 10, 15]), unit: 'EC' } : random() < 0.6 ? { min, max: min + 30 + 30 * Math.floor(random() * ((480 - min) / 30)), unit: 'SBU' } : { min, unit: 'SBU' },
                year,
                ...(level === 'mbo-4' && random() < 0.3 ? { levels: ['mbo-3', 'mbo-4'] } : {}),
            });
        }
    }
    const title = `${base.replace(/([a-z])([A-Z])/g, '$1 $2')} ${n}`;
    const programmeModel: ProgrammeModel = {
        name, title,
        doc: `${title}: niveau ${level.slice(4)}, ${years} jaar, BOL en BBL.`,
        crebo: String(20000 + n),
        level,
        years: { from: 1, to: years },
        pathways: ['BOL', 'BBL'],
        grouping: sub,
        calendar: shared.calendar.name,
        offerings,
        modules,
    };
    // The keuzedeel volume of the policy (720 SBU) is filled with 240 + 480.
    const keuzedelen: KeuzedeelModel[] = [240, 480].map(sbu => {
        const k = ++counters.keuzedeel;
        const kbase = pick(random, KEUZEDEEL_BASES);
        return { name: `${kbase}K${pad(k, 4)}`, title: `${kbase} ${k}`, code: `K${pad(k, 4)}`, size: { min: sbu, unit: 'SBU' }, programme: name, years: [years] };
    });
    const classes: ClassModel[] = [];
    for (let year = 1; year <= years; year++) {
        const half = random() < 0.5 ? ['B1', 'B2'] : ['B3', 'B4'];
        classes.push({
            name: `${name}Klas${year}`,
            title: `Klas ${title} ${year}`,
            periods: half.map(p => `${shared.calendar.name}.${p}`),
            programme: name,
            year,
            teaches: modules.filter(m => m.year === year).slice(0, 3).map(m => m.name),
        });
    }
    return { programme: programmeModel, keuzedelen, classes };
}

function lineCount(text: string): number {
    return text.split('\n').length;
}

/** Builds the model: the shared file plus programme files of about `linesPerFile` lines until `lines` is reached. */
export function generateModel(sizeName: string, seed = 20261123): InstitutionModel {
    const size = SIZES[sizeName];
    if (!size) {
        throw new Error(`Unknown size '${sizeName}'; known: ${Object.keys(SIZES).join(', ')}`);
    }
    const random = prng(seed);
    const shared = sharedModel();
    const counters: Counters = { programme: 0, keuzedeel: 0 };
    const files: ProgrammeFileModel[] = [];
    let total = lineCount(sharedToOffering(shared));
    const subs = SECTORS.flatMap(([sector, , subs]) => subs.map(sub => ({ sector, sub })));
    while (total < size.lines) {
        const { sector, sub } = subs[files.length % subs.length]!;  // names the file only
        const file: ProgrammeFileModel = { path: `${sector.toLowerCase()}/${sub.toLowerCase()}-${pad(files.length + 1, 3)}`, programmes: [], keuzedelen: [], classes: [] };
        let fileLines = 0;
        while (fileLines < size.linesPerFile && total + fileLines < size.lines) {
            // Programmes of a file spread over the groupings, so that small sizes use them all too.
            const next = programme(random, shared, subs[counters.programme % subs.length]!.sub, counters);
            file.programmes.push(next.programme);
            file.keuzedelen.push(...next.keuzedelen);
            file.classes.push(...next.classes);
            fileLines += programmeToOffering(next.programme).length + 2
                + next.keuzedelen.flatMap(keuzedeelToOffering).length + next.classes.flatMap(classToOffering).length;
        }
        files.push(file);
        total += fileLines;
    }
    return { shared, files };
}

export interface GeneratedWorkspace {
    size: string;
    root: string;
    offeringDir: string;
    yamlDir: string;
    schemaFile: string;
    sharedFile: string;
    /** Every .offering file with its line count, in path order. */
    files: Array<{ path: string; lines: number }>;
    lines: number;
    bytes: number;
    yamlLines: number;
    yamlBytes: number;
    programmes: number;
}

/** Writes the model to `<out>/<size>/offering/**.offering` and `<out>/<size>/yaml/**.yaml` (+ the JSON Schema). */
export function writeWorkspace(sizeName: string, out: string, seed?: number): GeneratedWorkspace {
    const model = generateModel(sizeName, seed);
    const root = path.join(out, sizeName);
    fs.rmSync(root, { recursive: true, force: true });
    const offeringDir = path.join(root, 'offering');
    const yamlDir = path.join(root, 'yaml');
    const result: GeneratedWorkspace = {
        size: sizeName, root, offeringDir, yamlDir,
        schemaFile: path.join(root, 'offering.schema.json'),
        sharedFile: path.join(offeringDir, 'shared', 'instelling.offering'),
        files: [], lines: 0, bytes: 0, yamlLines: 0, yamlBytes: 0,
        programmes: model.files.reduce((n, f) => n + f.programmes.length, 0),
    };
    const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
    };
    const writeBoth = (relative: string, offering: string, yamlValue: Record<string, unknown>) => {
        const offeringFile = path.join(offeringDir, `${relative}.offering`);
        write(offeringFile, offering);
        const yamlText = stringify(yamlValue, { lineWidth: 0 });
        write(path.join(yamlDir, `${relative}.yaml`), yamlText);
        const lines = lineCount(offering);
        result.files.push({ path: offeringFile, lines });
        result.lines += lines;
        result.bytes += Buffer.byteLength(offering);
        result.yamlLines += lineCount(yamlText);
        result.yamlBytes += Buffer.byteLength(yamlText);
    };
    writeBoth('shared/instelling', sharedToOffering(model.shared), sharedToYaml(model.shared));
    for (const file of model.files) {
        writeBoth(file.path, fileToOffering(file), fileToYaml(file));
    }
    result.files.sort((a, b) => a.path < b.path ? -1 : 1);
    write(result.schemaFile, JSON.stringify(yamlSchema, null, 2) + '\n');
    write(path.join(root, 'manifest.json'), JSON.stringify(result, null, 2) + '\n');
    return result;
}

function main(argv: string[]): void {
    const arg = (name: string, fallback: string) => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
    };
    const out = path.resolve(arg('out', path.join(process.cwd(), 'bench', 'results', 'workspaces')));
    for (const size of arg('sizes', arg('size', '1k')).split(',')) {
        const ws = writeWorkspace(size, out);
        process.stdout.write(`${size}: ${ws.files.length} files, ${ws.lines} lines, ${ws.bytes} bytes (YAML ${ws.yamlLines} lines, ${ws.yamlBytes} bytes) in ${ws.root}\n`);
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
    main(process.argv.slice(2));
}
