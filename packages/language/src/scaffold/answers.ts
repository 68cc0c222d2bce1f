/** What a curriculum designer answers to start a workspace; every field has a default per sector and language. */

export type Sector = 'mbo' | 'vo' | 'po';
export type ScaffoldLang = 'nl' | 'en';
export type PeriodScheme = 'blocks-4' | 'blocks-5' | 'trimesters' | 'semesters';

export const SECTORS: readonly Sector[] = ['mbo', 'vo', 'po'];
export const SCAFFOLD_LANGS: readonly ScaffoldLang[] = ['nl', 'en'];
export const PERIOD_SCHEMES: readonly PeriodScheme[] = ['blocks-4', 'blocks-5', 'trimesters', 'semesters'];

export interface NamedCode {
    name: string;
    code: string;
}

export interface ScaffoldAnswers {
    sector: Sector;
    lang: ScaffoldLang;
    board: NamedCode;
    /** The school as provider (onderwijsaanbieder). */
    school: NamedCode;
    location: NamedCode & { address: string };
    /** The calendar year in which the school year starts, e.g. 2026 for 2026-2027. */
    schoolYearStart: number;
    periods: PeriodScheme;
    policy: { name: string };
    /** The code is a crebo code in mbo and a RIO programme unit code (1234O5678) in vo and po. */
    programme: NamedCode;
}

/** The answers a field is checked with; the keys name the field in `--flag` form. */
export type AnswerField = 'board-code' | 'school-code' | 'location-code' | 'programme-code' | 'year' | 'name';

/** The RIO and crebo formats of the codes asked for (as `validation/code-checks.ts` checks them). */
export const CODE_FORMATS = {
    board: /^\d{3}B\d{3}$/,
    school: /^\d{3}A\d{3}$/,
    location: /^\d{3}X\d{3}$/,
    crebo: /^\d{5}$/,
    rio: /^\d{4}O\d{4}$/,
} as const;
const FORMATS = CODE_FORMATS;

/** The fields whose value would make the workspace invalid (a code in the wrong format, an empty name, a year out of range). */
export function answerProblems(answers: ScaffoldAnswers): AnswerField[] {
    const problems: AnswerField[] = [];
    const names = [answers.board.name, answers.school.name, answers.location.name, answers.policy.name, answers.programme.name];
    if (names.some(name => identifierWords(name) === '')) {
        problems.push('name');
    }
    if (!FORMATS.board.test(answers.board.code)) {
        problems.push('board-code');
    }
    if (!FORMATS.school.test(answers.school.code)) {
        problems.push('school-code');
    }
    if (!FORMATS.location.test(answers.location.code)) {
        problems.push('location-code');
    }
    if (!(answers.sector === 'mbo' ? FORMATS.crebo : FORMATS.rio).test(answers.programme.code)) {
        problems.push('programme-code');
    }
    if (!isSchoolYear(answers.schoolYearStart)) {
        problems.push('year');
    }
    return problems;
}

/** A year a school year may start in: the calendar's dates stay four-digit years. */
export function isSchoolYear(year: number): boolean {
    return Number.isInteger(year) && year >= 2000 && year <= 2098;
}

/** The letters and digits of a name, each word capitalised: the base of an identifier. */
export function identifierWords(name: string): string {
    return name
        .split(/[^0-9A-Za-z\u00C0-\u024F]+/)
        .filter(word => word !== '')
        .map(word => word[0].toUpperCase() + word.slice(1))
        .join('');
}

const DEFAULT_PROGRAMMES: Record<Sector, Record<ScaffoldLang, NamedCode>> = {
    mbo: { nl: { name: 'Software Developer', code: '25604' }, en: { name: 'Software Developer', code: '25604' } },
    vo: { nl: { name: 'Havo', code: '1001O3001' }, en: { name: 'Havo', code: '1001O3001' } },
    po: { nl: { name: 'Basisonderwijs', code: '1001O1001' }, en: { name: 'Primary education', code: '1001O1001' } },
};

const DEFAULT_SCHOOLS: Record<Sector, Record<ScaffoldLang, string>> = {
    mbo: { nl: 'Voorbeeldcollege', en: 'Example College' },
    vo: { nl: 'Voorbeeldlyceum', en: 'Example Lyceum' },
    po: { nl: 'Basisschool De Voorbeeld', en: 'Example Primary School' },
};

/** Sensible answers for a sector and language: fictitious names, codes in the RIO formats. */
export function defaultAnswers(sector: Sector, lang: ScaffoldLang): ScaffoldAnswers {
    const school = DEFAULT_SCHOOLS[sector][lang];
    const nl = lang === 'nl';
    return {
        sector,
        lang,
        board: { name: nl ? `Stichting ${school}` : `${school} Foundation`, code: '100B001' },
        school: { name: school, code: '100A001' },
        location: { name: nl ? 'Hoofdlocatie' : 'Main building', code: '100X001', address: nl ? 'Schoolstraat 1, Utrecht' : 'Schoolstraat 1, Utrecht' },
        schoolYearStart: 2026,
        periods: sector === 'vo' ? 'trimesters' : sector === 'po' ? 'semesters' : 'blocks-4',
        policy: { name: nl ? `Kaders ${school}` : `${school} policies` },
        programme: { ...DEFAULT_PROGRAMMES[sector][lang] },
    };
}
