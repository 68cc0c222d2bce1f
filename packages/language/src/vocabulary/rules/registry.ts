/**
 * The rules registry: per issue code its category, severity, texts in English and Dutch and its
 * examples; the one source of `docs/rules.md`, `docs/rules.nl.md`, `examples/errors/` and
 * `offering explain`. A code without an entry (or an entry without a code) does not compile.
 */
import leven from 'leven';
import type { IssueCode, Locale } from '../../i18n/messages.js';
import { ISSUE_CODES } from '../../i18n/messages.js';
import type { RuleExample } from './rule-examples.js';
import { RULE_EXAMPLES } from './rule-examples.js';
import type { RuleText } from './rules-en.js';
import { RULES_EN } from './rules-en.js';
import { RULES_NL } from './rules-nl.js';

export type { RuleExample } from './rule-examples.js';
export type { RuleText } from './rules-en.js';

export type RuleSeverity = 'error' | 'warning';

export type RuleCategory = 'names' | 'sizes' | 'policies' | 'dates' | 'years' | 'structure' | 'codes' | 'register' | 'hygiene' | 'internal';

/** The `##` sections of docs/rules.md, in their order, with the paragraph that opens them (may be empty). */
export const RULE_CATEGORIES: ReadonlyArray<{ id: RuleCategory; title: Record<Locale, string>; intro: Record<Locale, string> }> = [
    { id: 'names', title: { en: 'Names and references', nl: 'Namen en verwijzingen' }, intro: { en: '', nl: '' } },
    { id: 'sizes', title: { en: 'Sizes (bandwidths)', nl: 'Omvang (bandbreedtes)' }, intro: { en: '', nl: '' } },
    { id: 'policies', title: { en: 'Policies (kaders)', nl: 'Kaders' }, intro: { en: '', nl: '' } },
    { id: 'dates', title: { en: 'Dates and calendars', nl: 'Datums en kalenders' }, intro: { en: '', nl: '' } },
    { id: 'years', title: { en: 'Years and levels', nl: 'Leerjaren en niveaus' }, intro: { en: '', nl: '' } },
    { id: 'structure', title: { en: 'Structure', nl: 'Opbouw' }, intro: { en: '', nl: '' } },
    { id: 'codes', title: { en: 'Codes and classifications', nl: 'Codes en indelingen' }, intro: { en: '', nl: '' } },
    {
        id: 'register', title: { en: 'Register consistency (RIO)', nl: 'Samenhang met het register (RIO)' },
        intro: {
            en: 'What the national register would reject or register wrongly. `model/register.ts` reads the codes and offering keys once per workspace state.',
            nl: 'Wat het landelijke register RIO zou weigeren of verkeerd zou registreren. `model/register.ts` leest de codes en de sleutels van de aangeboden opleidingen één keer per stand van de werkruimte.',
        },
    },
    { id: 'hygiene', title: { en: 'Hygiene', nl: 'Opruimen' }, intro: { en: '', nl: '' } },
    { id: 'internal', title: { en: 'Internal', nl: 'Intern' }, intro: { en: '', nl: '' } },
];

const META: Readonly<Record<IssueCode, { category: RuleCategory; severity: RuleSeverity }>> = {
    'offering.name.duplicate': { category: 'names', severity: 'error' },
    'offering.syntax.repeated-clause': { category: 'names', severity: 'error' },
    'offering.reference.unresolved': { category: 'names', severity: 'error' },
    'offering.reference.ambiguous': { category: 'names', severity: 'error' },
    'offering.size.reversed': { category: 'sizes', severity: 'error' },
    'offering.size.not-positive': { category: 'sizes', severity: 'error' },
    'offering.size.unknown-unit': { category: 'sizes', severity: 'error' },
    'offering.size.missing-unit': { category: 'sizes', severity: 'error' },
    'offering.size.incomparable-units': { category: 'sizes', severity: 'warning' },
    'offering.module.size-outside-policy': { category: 'policies', severity: 'error' },
    'offering.offering.too-few-intakes': { category: 'policies', severity: 'error' },
    'offering.intake.not-on-period-start': { category: 'policies', severity: 'error' },
    'offering.policy.conflict': { category: 'policies', severity: 'error' },
    'offering.policy.cycle': { category: 'policies', severity: 'error' },
    'offering.policy.loosens': { category: 'policies', severity: 'error' },
    'offering.policy.all-across-boards': { category: 'policies', severity: 'warning' },
    'offering.programme.year-volume': { category: 'policies', severity: 'error' },
    'offering.programme.keuzedeel-volume': { category: 'policies', severity: 'error' },
    'offering.programme.keuzedeel-choice': { category: 'policies', severity: 'error' },
    'offering.choice.too-large': { category: 'policies', severity: 'error' },
    'offering.choice.count-invalid': { category: 'policies', severity: 'error' },
    'offering.choice.option-outside-programme': { category: 'policies', severity: 'error' },
    'offering.date.invalid': { category: 'dates', severity: 'error' },
    'offering.intake.outside-calendar': { category: 'dates', severity: 'error' },
    'offering.date-range.reversed': { category: 'dates', severity: 'error' },
    'offering.period.reversed': { category: 'dates', severity: 'error' },
    'offering.period.overlap': { category: 'dates', severity: 'error' },
    'offering.period.outside-parent': { category: 'dates', severity: 'error' },
    'offering.validity.reversed': { category: 'dates', severity: 'error' },
    'offering.intake.outside-validity': { category: 'dates', severity: 'error' },
    'offering.intake.duplicate': { category: 'dates', severity: 'error' },
    'offering.module.year-outside-programme': { category: 'years', severity: 'error' },
    'offering.years.reversed': { category: 'years', severity: 'error' },
    'offering.years.out-of-range': { category: 'years', severity: 'error' },
    'offering.group.unknown-year': { category: 'years', severity: 'error' },
    'offering.group.merged-periods': { category: 'years', severity: 'warning' },
    'offering.group.level-not-offered': { category: 'years', severity: 'error' },
    'offering.offering.duplicate': { category: 'structure', severity: 'error' },
    'offering.module-offering.duplicate': { category: 'structure', severity: 'error' },
    'offering.offering.capacity-invalid': { category: 'structure', severity: 'error' },
    'offering.offering.price-invalid': { category: 'structure', severity: 'error' },
    'offering.offering.currency-unknown': { category: 'structure', severity: 'error' },
    'offering.offering.language-unknown': { category: 'structure', severity: 'error' },
    'offering.offering.duration-invalid': { category: 'structure', severity: 'error' },
    'offering.grouping.cycle': { category: 'structure', severity: 'error' },
    'offering.offering.location-not-used': { category: 'structure', severity: 'error' },
    'offering.provider.no-board': { category: 'structure', severity: 'error' },
    'offering.location.no-board': { category: 'structure', severity: 'error' },
    'offering.code.board-format': { category: 'codes', severity: 'error' },
    'offering.code.provider-format': { category: 'codes', severity: 'error' },
    'offering.code.location-format': { category: 'codes', severity: 'error' },
    'offering.code.programme-unit-format': { category: 'codes', severity: 'error' },
    'offering.code.crebo-format': { category: 'codes', severity: 'error' },
    'offering.programme.level-invalid': { category: 'codes', severity: 'error' },
    'offering.level.unknown': { category: 'codes', severity: 'error' },
    'offering.offering.pathway-not-applicable': { category: 'codes', severity: 'error' },
    'offering.code.duplicate': { category: 'register', severity: 'error' },
    'offering.offering.same-crebo': { category: 'register', severity: 'error' },
    'offering.offering.location-board': { category: 'register', severity: 'error' },
    'offering.offering.pathway-missing': { category: 'register', severity: 'error' },
    'offering.programme.crebo-missing': { category: 'register', severity: 'error' },
    'offering.programme.crebo-not-mbo': { category: 'register', severity: 'error' },
    'offering.code.keuzedeel-format': { category: 'register', severity: 'error' },
    'offering.intake.registration-after-intake': { category: 'register', severity: 'error' },
    'offering.intake.period-other-calendar': { category: 'register', severity: 'error' },
    'offering.years.zero': { category: 'register', severity: 'error' },
    'offering.definition.unused': { category: 'hygiene', severity: 'warning' },
    'offering.internal.check-failed': { category: 'internal', severity: 'error' },
};

/** Everything about one rule, in one language. */
export interface RuleEntry extends RuleText {
    code: IssueCode;
    category: RuleCategory;
    severity: RuleSeverity;
    /** Undefined for `offering.internal.check-failed`: no input is meant to trigger it. */
    example: RuleExample | undefined;
}

export const RULE_TEXTS: Readonly<Record<Locale, Readonly<Record<IssueCode, RuleText>>>> = { en: RULES_EN, nl: RULES_NL };

export function ruleEntry(code: IssueCode, locale: Locale): RuleEntry {
    return { code, ...META[code], ...RULE_TEXTS[locale][code], example: RULE_EXAMPLES[code] };
}

/** Every rule in the order of docs/rules.md: by category, then as ISSUE_CODES lists them. */
export function ruleEntries(locale: Locale): RuleEntry[] {
    return RULE_CATEGORIES.flatMap(category => ISSUE_CODES.filter(code => META[code].category === category.id))
        .map(code => ruleEntry(code, locale));
}

/** The stable anchor of a rule's section: `offering.name.duplicate` -> `offering-name-duplicate`. */
export function ruleAnchor(code: IssueCode): string {
    return code.replace(/\./g, '-');
}

/** The documentation file of a language, relative to the docs folder. */
export function rulesFile(locale: Locale): string {
    return locale === 'nl' ? 'rules.nl.md' : 'rules.md';
}

/**
 * The example file of a code in `examples/errors/`: `offering.size.reversed` -> `size-reversed.offering`;
 * a folder of that name (`policy-all-across-boards`) when the example has several files.
 */
export function exampleFile(code: IssueCode): string {
    const name = code.slice('offering.'.length).replace('.', '-');
    const example = RULE_EXAMPLES[code];
    return example && Object.keys(exampleFiles(example.wrong)).length > 1 ? name : `${name}.offering`;
}

/** The text of a code's example file: its note as a comment, then the wrong example. */
export function exampleFileText(example: RuleExample): string {
    return `// ${example.note}\n${example.wrong}`;
}

const FILE_MARKER = /^\/\/ file: (\S+)\n/gm;

/**
 * The files of an example text. A rule about how files are laid out (which board's folder a
 * policy is in) needs several: each starts with a line `// file: path`. Without such lines the
 * text is one file, `example.offering`.
 */
export function exampleFiles(text: string): Record<string, string> {
    const markers = [...text.matchAll(FILE_MARKER)];
    if (markers.length === 0) {
        return { 'example.offering': text };
    }
    return Object.fromEntries(markers.map((marker, i) => [
        marker[1]!,
        text.slice(marker.index + marker[0].length, markers[i + 1]?.index ?? text.length),
    ]));
}

/**
 * The files a code's example writes to `examples/errors/`, by path relative to that folder: one
 * file with the note as its first line, or a folder whose first file starts with the note.
 */
export function exampleErrorFiles(code: IssueCode, example: RuleExample): Record<string, string> {
    const files = Object.entries(exampleFiles(example.wrong));
    if (files.length === 1) {
        return { [exampleFile(code)]: exampleFileText(example) };
    }
    return Object.fromEntries(files.map(([path, text], i) => [`${exampleFile(code)}/${path}`, i === 0 ? `// ${example.note}\n${text}` : text]));
}

/**
 * The code a user means: `offering.name.duplicate`, `name.duplicate`, `name-duplicate` or
 * `offering-name-duplicate` (any case); undefined when it is none of ours.
 */
export function resolveRuleCode(input: string): IssueCode | undefined {
    const key = (text: string) => text.toLowerCase().replace(/^offering[.-]/, '').replace(/[.-]/g, '');
    const wanted = key(input.trim());
    return ISSUE_CODES.find(code => key(code) === wanted);
}

/**
 * The codes closest to a mistyped one: those at the smallest edit distance (ignoring case, dots
 * or dashes), when that is at most a third of what was typed (at least 2); in code order.
 */
export function similarRuleCodes(input: string): IssueCode[] {
    const key = (text: string) => text.trim().toLowerCase().replace(/^offering[.-]/, '').replace(/-/g, '.');
    const wanted = key(input);
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    const distances = ISSUE_CODES.map(code => ({ code, distance: leven(wanted, key(code)) }));
    const best = Math.min(...distances.map(candidate => candidate.distance));
    return best > limit ? [] : distances.filter(candidate => candidate.distance === best).map(candidate => candidate.code).sort();
}
