import type { PeriodScheme, ScaffoldAnswers, ScaffoldLang } from './answers.js';
import { identifierWords } from './answers.js';

/** A starter workspace: relative file path (with `/`) -> contents, paths in code-unit order. */
export type ScaffoldFiles = ReadonlyMap<string, string>;

interface Period {
    name: string;
    title: string;
    start: string;
    end: string;
}

const WEEKS = 45;
const DAY = 24 * 60 * 60 * 1000;

/** The school year as contiguous periods: 45 weeks from the Monday on or after 25 August, shared out as evenly as the scheme allows. */
export function schoolYearPeriods(year: number, scheme: PeriodScheme, lang: ScaffoldLang): Period[] {
    const count = { 'blocks-4': 4, 'blocks-5': 5, trimesters: 3, semesters: 2 }[scheme];
    const letter = { 'blocks-4': 'B', 'blocks-5': 'B', trimesters: 'T', semesters: 'S' }[scheme];
    const word = lang === 'nl'
        ? { 'blocks-4': 'Blok', 'blocks-5': 'Blok', trimesters: 'Trimester', semesters: 'Semester' }[scheme]
        : { 'blocks-4': 'Block', 'blocks-5': 'Block', trimesters: 'Trimester', semesters: 'Semester' }[scheme];
    const august25 = Date.UTC(year, 7, 25);
    const first = august25 + ((8 - new Date(august25).getUTCDay()) % 7) * DAY;
    const periods: Period[] = [];
    let week = 0;
    for (let index = 0; index < count; index++) {
        const weeks = Math.floor(WEEKS / count) + (index < WEEKS % count ? 1 : 0);
        const start = first + week * 7 * DAY;
        week += weeks;
        const end = first + (week - 1) * 7 * DAY + 4 * DAY;
        periods.push({ name: `${letter}${index + 1}`, title: `${word} ${index + 1}`, start: isoDate(start), end: isoDate(end) });
    }
    return periods;
}

function isoDate(time: number): string {
    return new Date(time).toISOString().slice(0, 10);
}

function quote(text: string): string {
    return `"${text.replace(/[\\"]/g, match => `\\${match}`).replace(/[\r\n]+/g, ' ')}"`;
}

/** A file name of lower-case letters, digits and dashes (accents dropped). */
export function fileSlug(name: string): string {
    const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return slug === '' ? 'programme' : slug;
}

/** Identifiers for the definitions, unique in the workspace and never starting with a digit. */
function identifiers(answers: ScaffoldAnswers): Record<'board' | 'school' | 'location' | 'calendar' | 'policy' | 'programme', string> {
    const nl = answers.lang === 'nl';
    const wanted: Array<[keyof ReturnType<typeof identifiers>, string, string]> = [
        ['board', answers.board.name, nl ? 'Bestuur' : 'Board'],
        ['school', answers.school.name, nl ? 'School' : 'School'],
        ['location', answers.location.name, nl ? 'Locatie' : 'Location'],
        ['calendar', `${nl ? 'Schooljaar' : 'SchoolYear'}${answers.schoolYearStart}`, ''],
        ['policy', answers.policy.name, nl ? 'Kaders' : 'Policy'],
        ['programme', answers.programme.name, nl ? 'Opleiding' : 'Programme'],
    ];
    const taken = new Set<string>();
    const result: Partial<Record<keyof ReturnType<typeof identifiers>, string>> = {};
    for (const [key, name, fallback] of wanted) {
        let id = identifierWords(name);
        if (!/^[A-Za-z\u00C0-\u024F]/.test(id)) {
            id = fallback + id;
        }
        let candidate = id;
        for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix++) {
            candidate = `${id}${suffix}`;
        }
        taken.add(candidate.toLowerCase());
        result[key] = candidate;
    }
    return result as Record<keyof ReturnType<typeof identifiers>, string>;
}

/** The names of the files, in the workspace's language. */
export function scaffoldPaths(answers: ScaffoldAnswers): { organisation: string; calendar: string; policies: string; programme: string } {
    const nl = answers.lang === 'nl';
    return {
        organisation: nl ? 'organisatie.offering' : 'organisation.offering',
        calendar: nl ? 'kalender.offering' : 'calendar.offering',
        policies: nl ? 'kaders.offering' : 'policies.offering',
        programme: `${nl ? 'opleidingen' : 'programmes'}/${fileSlug(answers.programme.name)}.offering`,
    };
}

/** The file an editor opens first: the programme. */
export function scaffoldMainFile(answers: ScaffoldAnswers): string {
    return scaffoldPaths(answers).programme;
}

/**
 * The starter workspace for the answers: organisation, calendar, policies, one programme, a
 * README and a .gitignore, with comments in the chosen language. Pure: no file system, so the
 * CLI and the editor (desktop and web) write the same files.
 */
export function scaffoldWorkspace(answers: ScaffoldAnswers): ScaffoldFiles {
    const ids = identifiers(answers);
    const paths = scaffoldPaths(answers);
    const periods = schoolYearPeriods(answers.schoolYearStart, answers.periods, answers.lang);
    const files = new Map<string, string>([
        [paths.organisation, organisationFile(answers, ids)],
        [paths.calendar, calendarFile(answers, ids, periods)],
        [paths.policies, policyFile(answers, ids)],
        [paths.programme, programmeFile(answers, ids, periods)],
        ['README.md', readme(answers, paths)],
        ['.gitignore', 'out/\nnode_modules/\n'],
    ]);
    return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type Ids = ReturnType<typeof identifiers>;

function organisationFile(a: ScaffoldAnswers, ids: Ids): string {
    const nl = a.lang === 'nl';
    return [
        nl ? '// Organisatie: het bestuur, de school (aanbieder) en de locatie, zoals ze in RIO staan.'
            : '// Organisation: the board, the school (provider) and the location, as registered in RIO.',
        nl ? '// Vervang de codes door die van je eigen instelling (zie RIO); de formaten worden gecontroleerd.'
            : '// Replace the codes with those of your own institution (see RIO); their formats are checked.',
        '',
        nl ? '/** Het bestuur: de rechtspersoon die de school bestuurt. */' : '/** The board: the legal body that governs the school. */',
        `board ${ids.board} ${quote(a.board.name)} code ${a.board.code}`,
        '',
        nl ? '/** De school als onderwijsaanbieder; valt onder het bestuur. */' : '/** The school as education provider; it falls under the board. */',
        `provider ${ids.school} ${quote(a.school.name)} code ${a.school.code} under ${ids.board}`,
        '',
        nl ? '/** Waar het onderwijs gegeven wordt; in gebruik bij de school. */' : '/** Where education is given; used by the school. */',
        `location ${ids.location} ${quote(a.location.name)} code ${a.location.code} address ${quote(a.location.address)}`,
        `    under ${ids.board} used by ${ids.school}`,
        '',
    ].join('\n');
}

function calendarFile(a: ScaffoldAnswers, ids: Ids, periods: Period[]): string {
    const nl = a.lang === 'nl';
    const year = `${a.schoolYearStart}-${a.schoolYearStart + 1}`;
    const scheme = nl
        ? { 'blocks-4': 'vier blokken', 'blocks-5': 'vijf blokken', trimesters: 'drie trimesters', semesters: 'twee semesters' }[a.periods]
        : { 'blocks-4': 'four blocks', 'blocks-5': 'five blocks', trimesters: 'three trimesters', semesters: 'two semesters' }[a.periods];
    return [
        nl ? `// De jaarindeling: schooljaar ${year} in ${scheme}.` : `// The calendar: school year ${year} in ${scheme}.`,
        nl ? '// Perioden mogen niet overlappen; pas de data aan op je eigen jaarplanning (vakanties vallen binnen een periode).'
            : '// Periods must not overlap; adjust the dates to your own year plan (holidays fall inside a period).',
        '',
        nl ? `/** Schooljaar ${year}. Opleidingen kiezen deze kalender met \`calendar ${ids.calendar}\`. */`
            : `/** School year ${year}. Programmes use this calendar with \`calendar ${ids.calendar}\`. */`,
        `calendar ${ids.calendar} ${quote(`${nl ? 'Schooljaar' : 'School year'} ${year}`)} {`,
        ...periods.map(p => `    period ${p.name} ${quote(p.title)} from ${p.start} to ${p.end}`),
        '}',
        '',
    ].join('\n');
}

function policyFile(a: ScaffoldAnswers, ids: Ids): string {
    const nl = a.lang === 'nl';
    const rules = a.sector === 'mbo'
        ? [
            nl ? '    // Elke onderwijseenheid tussen 120 en 960 studiebelastingsuren (SBU).' : '    // Every module between 120 and 960 study load hours (SBU).',
            '    module size 120..960 SBU',
            nl ? '    // Minstens twee instroommomenten per jaar, steeds aan het begin van een periode.' : '    // At least two intake moments a year, always at the start of a period.',
            '    at least 2 intakes per year',
            '    intakes at period starts',
        ]
        : [
            nl ? '    // Vakken in klokuren: elk vak tussen 20 en 400 uur per opleiding.' : '    // Subjects in clock hours: each between 20 and 400 hours per programme.',
            '    module size 20..400 hours',
            nl ? '    // Leerlingen stromen in aan het begin van een periode.' : '    // Pupils start at the beginning of a period.',
            '    intakes at period starts',
        ];
    return [
        nl ? '// Kaders (bandbreedtes): centrale afspraken waar elke opleiding binnen moet blijven.'
            : '// Policies (bandwidths): central agreements that every programme must stay within.',
        nl ? '// De editor en `offering validate` melden elke opleiding of onderwijseenheid die erbuiten valt.'
            : '// The editor and `offering validate` report every programme or module that falls outside them.',
        '',
        nl ? '/** Kaders voor alle opleidingen van de school. */' : '/** Policies for all programmes of the school. */',
        `policy ${ids.policy} ${quote(a.policy.name)} {`,
        '    applies to all',
        ...rules,
        '}',
        '',
    ].join('\n');
}

function programmeFile(a: ScaffoldAnswers, ids: Ids, periods: Period[]): string {
    const nl = a.lang === 'nl';
    const first = periods[0].name;
    const second = periods[periods.length > 2 ? 2 : 1].name;
    const header = [
        nl ? `// De opleiding ${a.programme.name}: codes, niveau, jaren, waar en wanneer ze wordt aangeboden, en haar onderwijseenheden.`
            : `// The programme ${a.programme.name}: codes, level, years, where and when it is offered, and its modules.`,
        nl ? '// Voeg meer opleidingen toe als nieuwe bestanden in deze map.' : '// Add more programmes as new files in this folder.',
        '',
    ];
    if (a.sector === 'mbo') {
        return [
            ...header,
            nl ? `/** ${a.programme.name} (mbo niveau 4), in BOL en BBL. */` : `/** ${a.programme.name} (mbo level 4), as BOL and BBL. */`,
            `programme ${ids.programme} ${quote(a.programme.name)} {`,
            nl ? '    // De crebocode van de kwalificatie en het niveau.' : '    // The crebo code of the qualification and the level.',
            `    crebo ${a.programme.code}`,
            '    level mbo-4',
            '    years 1..3',
            nl ? '    // BOL: vooral op school met stage; BBL: vooral in het bedrijf.' : '    // BOL: mainly at school with placements; BBL: mainly at work.',
            '    pathways BOL, BBL',
            `    calendar ${ids.calendar}`,
            nl ? '    // Waar en door wie ze wordt aangeboden, met de instroommomenten (begin van een periode).'
                : '    // Where and by whom it is offered, with the intake moments (the start of a period).',
            `    offered by ${ids.school} at ${ids.location} as BOL { intake at ${first}, ${second} }`,
            `    offered by ${ids.school} at ${ids.location} as BBL { intake at ${first}, ${second} }`,
            nl ? '    // Onderwijseenheden met een bandbreedte in SBU, en de jaren waarin ze vallen.'
                : '    // Modules with a size bandwidth in SBU, and the years they belong to.',
            `    module Beroepsvakken ${quote(nl ? 'Beroepsgerichte vakken' : 'Vocational subjects')} size 240..480 SBU { years 1..3 }`,
            `    module Loopbaan ${quote(nl ? 'Loopbaan en burgerschap' : 'Career and citizenship')} size 120..240 SBU { years 1..3 }`,
            `    module BPV ${quote(nl ? 'Beroepspraktijkvorming' : 'Work placement')} size 400..960 SBU { years 1..3 }`,
            '}',
            '',
        ].join('\n');
    }
    const vo = a.sector === 'vo';
    const subjects: Array<[string, string, string]> = vo
        ? [['Nederlands', 'Nederlands', 'Dutch'], ['Engels', 'Engels', 'English'], ['Wiskunde', 'Wiskunde', 'Mathematics']]
        : [['Taal', 'Taal', 'Language'], ['Rekenen', 'Rekenen', 'Arithmetic'], ['Wereldorientatie', 'Wereldoriëntatie', 'World orientation']];
    return [
        ...header,
        vo
            ? (nl ? `/** ${a.programme.name}: leerjaar 1 tot en met 5. */` : `/** ${a.programme.name}: years 1 to 5. */`)
            : (nl ? `/** ${a.programme.name}: groep 1 tot en met 8. */` : `/** ${a.programme.name}: groups 1 to 8. */`),
        `programme ${ids.programme} ${quote(a.programme.name)} {`,
        nl ? '    // De code van de opleidingseenheid in RIO en het niveau.' : '    // The code of the programme unit in RIO and the level.',
        `    rio ${a.programme.code}`,
        vo ? '    level havo' : '    level po',
        vo ? '    years 1..5' : '    years 1..8',
        `    calendar ${ids.calendar}`,
        nl ? '    // Waar en door wie ze wordt aangeboden; leerlingen stromen in aan het begin van het schooljaar.'
            : '    // Where and by whom it is offered; pupils start at the beginning of the school year.',
        `    offered by ${ids.school} at ${ids.location} { intake at ${first} }`,
        nl ? '    // Vakken in klokuren, en de jaren waarin ze gegeven worden.' : '    // Subjects in clock hours, and the years they are taught in.',
        ...subjects.map(([id, dutch, english]) => `    subject ${id} ${quote(nl ? dutch : english)} size 80..320 hours { ${vo ? 'years 1..5' : 'years 1..8'} }`),
        '}',
        '',
    ].join('\n');
}

function readme(a: ScaffoldAnswers, paths: ReturnType<typeof scaffoldPaths>): string {
    const nl = a.lang === 'nl';
    return nl
        ? [
            `# Onderwijsaanbod ${a.school.name}`,
            '',
            'Dit is een werkmap in de taal Offering. Elk `.offering`-bestand beschrijft een deel van het aanbod:',
            '',
            `- \`${paths.organisation}\`: het bestuur, de school en de locatie (met hun RIO-codes);`,
            `- \`${paths.calendar}\`: de jaarindeling in perioden;`,
            `- \`${paths.policies}\`: de kaders (bandbreedtes) waar elke opleiding binnen blijft;`,
            `- \`${paths.programme}\`: de eerste opleiding; voeg er meer toe in dezelfde map.`,
            '',
            'Controleren en de catalogus maken:',
            '',
            '```sh',
            'offering validate . --lang nl',
            'offering generate . -o out/catalogus.json --lang nl',
            '```',
            '',
        ].join('\n')
        : [
            `# Educational offering of ${a.school.name}`,
            '',
            'This is a workspace in the Offering language. Each `.offering` file describes part of the offering:',
            '',
            `- \`${paths.organisation}\`: the board, the school and the location (with their RIO codes);`,
            `- \`${paths.calendar}\`: the school year in periods;`,
            `- \`${paths.policies}\`: the policies (bandwidths) every programme stays within;`,
            `- \`${paths.programme}\`: the first programme; add more in the same folder.`,
            '',
            'Check it and build the catalogue:',
            '',
            '```sh',
            'offering validate .',
            'offering generate . -o out/catalogue.json',
            '```',
            '',
        ].join('\n');
}
