import { describe, expect, test } from 'vitest';
import type { PeriodScheme, ScaffoldAnswers } from '../../packages/language/src/scaffold/index.js';
import {
    PERIOD_SCHEMES, SCAFFOLD_LANGS, SECTORS, answerProblems, defaultAnswers, fileSlug, scaffoldMainFile, scaffoldWorkspace, schoolYearPeriods,
} from '../../packages/language/src/scaffold/index.js';
import { buildWorkspace } from '../helpers.js';

/** The .offering files of a scaffold, for an in-memory workspace. */
function offeringFiles(answers: ScaffoldAnswers): Record<string, string> {
    return Object.fromEntries([...scaffoldWorkspace(answers)].filter(([name]) => name.endsWith('.offering')));
}

describe('every starter workspace validates without a single diagnostic', () => {
    const combinations = SECTORS.flatMap(sector => SCAFFOLD_LANGS.flatMap(lang => PERIOD_SCHEMES.map(periods => ({ sector, lang, periods }))));

    test('there are 24 combinations', () => {
        expect(combinations.length).toBe(24);
    });

    test.each(combinations)('$sector, $lang, $periods', async ({ sector, lang, periods }) => {
        const answers = { ...defaultAnswers(sector, lang), periods };
        expect(answerProblems(answers)).toEqual([]);
        const workspace = await buildWorkspace(offeringFiles(answers));
        expect(workspace.diagnostics()).toEqual([]);
    });

    test('names with spaces, accents, quotes and leading digits still give valid identifiers and strings', async () => {
        const answers: ScaffoldAnswers = {
            ...defaultAnswers('mbo', 'nl'),
            board: { name: 'Stichting "Één" & Co', code: '123B456' },
            school: { name: '2College', code: '123A456' },
            location: { name: 'Stichting Één Co', code: '123X456', address: 'Weg 1\\2, Delft' },
            policy: { name: 'kaders' },
            programme: { name: 'Verzorgende IG', code: '25491' },
            schoolYearStart: 2031,
        };
        const files = offeringFiles(answers);
        expect(Object.keys(files)).toEqual(['kaders.offering', 'kalender.offering', 'opleidingen/verzorgende-ig.offering', 'organisatie.offering']);
        expect(files['organisatie.offering']).toContain('board StichtingÉénCo "Stichting \\"Één\\" & Co" code 123B456');
        expect(files['organisatie.offering']).toContain('provider School2College "2College"');
        expect(files['organisatie.offering']).toContain('location StichtingÉénCo2 "Stichting Één Co"');
        expect((await buildWorkspace(files)).diagnostics()).toEqual([]);
    });

    test('a mistake in the generated files is reported, so the empty result above means something', async () => {
        const files = offeringFiles(defaultAnswers('mbo', 'en'));
        files['policies.offering'] = files['policies.offering'].replace('at least 2 intakes', 'at least 3 intakes');
        const diagnostics = (await buildWorkspace(files)).diagnostics();
        expect(diagnostics.map(line => line.split(' ')[1])).toEqual(['offering.offering.too-few-intakes:', 'offering.offering.too-few-intakes:']);
    });
});

describe('the files of a starter workspace', () => {
    test('Dutch mbo: Dutch file names, comments, crebo, BOL and BBL, two intakes', () => {
        const files = scaffoldWorkspace(defaultAnswers('mbo', 'nl'));
        expect([...files.keys()]).toEqual(['.gitignore', 'README.md', 'kaders.offering', 'kalender.offering', 'opleidingen/software-developer.offering', 'organisatie.offering']);
        const programme = files.get('opleidingen/software-developer.offering') ?? '';
        expect(programme).toContain('crebo 25604\n    level mbo-4');
        expect(programme).toContain('offered by Voorbeeldcollege at Hoofdlocatie as BOL { intake at B1, B3 }');
        expect(programme).toContain('offered by Voorbeeldcollege at Hoofdlocatie as BBL { intake at B1, B3 }');
        expect(programme).toContain('// Onderwijseenheden met een bandbreedte in SBU');
        expect(files.get('kaders.offering')).toContain('at least 2 intakes per year');
        expect(files.get('.gitignore')).toBe('out/\nnode_modules/\n');
        expect(scaffoldMainFile(defaultAnswers('mbo', 'nl'))).toBe('opleidingen/software-developer.offering');
    });

    test('English vo: English names, havo in clock hours, no crebo', () => {
        const files = scaffoldWorkspace(defaultAnswers('vo', 'en'));
        expect([...files.keys()]).toEqual(['.gitignore', 'README.md', 'calendar.offering', 'organisation.offering', 'policies.offering', 'programmes/havo.offering']);
        const programme = files.get('programmes/havo.offering') ?? '';
        expect(programme).toContain('rio 1001O3001\n    level havo\n    years 1..5');
        expect(programme).not.toContain('crebo');
        expect(programme).toContain('subject Wiskunde "Mathematics" size 80..320 hours { years 1..5 }');
        expect(files.get('README.md')).toContain('offering validate .');
    });

    test('po uses level po and groups 1 to 8', () => {
        const programme = scaffoldWorkspace(defaultAnswers('po', 'nl')).get('opleidingen/basisonderwijs.offering') ?? '';
        expect(programme).toContain('level po\n    years 1..8');
    });

    test('the same answers give the same bytes', () => {
        expect([...scaffoldWorkspace(defaultAnswers('po', 'en'))]).toEqual([...scaffoldWorkspace(defaultAnswers('po', 'en'))]);
    });
});

describe('periods', () => {
    const expected: Record<PeriodScheme, string[]> = {
        'blocks-4': ['B1 2026-08-31..2026-11-20', 'B2 2026-11-23..2027-02-05', 'B3 2027-02-08..2027-04-23', 'B4 2027-04-26..2027-07-09'],
        'blocks-5': ['B1 2026-08-31..2026-10-30', 'B2 2026-11-02..2027-01-01', 'B3 2027-01-04..2027-03-05', 'B4 2027-03-08..2027-05-07', 'B5 2027-05-10..2027-07-09'],
        trimesters: ['T1 2026-08-31..2026-12-11', 'T2 2026-12-14..2027-03-26', 'T3 2027-03-29..2027-07-09'],
        semesters: ['S1 2026-08-31..2027-02-05', 'S2 2027-02-08..2027-07-09'],
    };
    test.each(PERIOD_SCHEMES)('%s: contiguous, Monday to Friday, from the Monday on or after 25 August', scheme => {
        expect(schoolYearPeriods(2026, scheme, 'en').map(p => `${p.name} ${p.start}..${p.end}`)).toEqual(expected[scheme]);
    });

    test('a year whose 25 August is a Monday starts on it', () => {
        expect(schoolYearPeriods(2025, 'semesters', 'nl')[0]).toEqual({ name: 'S1', title: 'Semester 1', start: '2025-08-25', end: '2026-01-30' });
    });
});

describe('answers', () => {
    test('codes in the wrong format, an empty name and an odd year are problems', () => {
        const answers: ScaffoldAnswers = {
            ...defaultAnswers('vo', 'nl'),
            board: { name: '  ', code: '100A001' },
            school: { name: 'X', code: '100B001' },
            location: { name: 'Y', code: '100', address: '' },
            programme: { name: 'Havo', code: '25604' },
            schoolYearStart: 1999,
        };
        expect(answerProblems(answers)).toEqual(['name', 'board-code', 'school-code', 'location-code', 'programme-code', 'year']);
    });

    test('mbo wants a crebo code, vo and po a RIO programme unit code', () => {
        expect(answerProblems({ ...defaultAnswers('mbo', 'en'), programme: { name: 'P', code: '1001O3001' } })).toEqual(['programme-code']);
        expect(answerProblems({ ...defaultAnswers('po', 'en'), programme: { name: 'P', code: '1001O3001' } })).toEqual([]);
    });

    test('file names drop accents and punctuation', () => {
        expect(fileSlug('Wereldoriëntatie & Co!')).toBe('wereldorientatie-co');
        expect(fileSlug('***')).toBe('programme');
    });
});
