import type { Locale } from '../i18n/messages.js';
import { TEXTS } from '../i18n/messages.js';
import { GLOSSARY } from './glossary.js';

/**
 * docs/language.md, rendered from the glossary (the same source as the hover texts).
 * `npm run docs` writes it; a test fails when the committed file is out of date.
 */
export function renderLanguageReference(): string {
    const lines = [
        '# The Offering language: reference',
        '',
        '<!-- Generated from packages/language/src/vocabulary/glossary.ts by `npm run docs`. Do not edit by hand. -->',
        '',
        'Every keyword and concept of Offering with its meaning, the Dutch term schools use, its name in',
        'RIO (the national register) or OOAPI (Open Education API) where a standard has one, and an example.',
        'The editor shows the same texts when you hover over a keyword (in Dutch when VS Code runs in Dutch).',
        '',
        ...NAMESPACES,
        '',
        ...BOARD_POLICIES,
        '',
        '## English',
        '',
        ...table('en'),
        '',
        '## Nederlands',
        '',
        ...table('nl'),
        '',
    ];
    return lines.join('\n');
}

/** How names are found when several schools share a workspace (references/scope-provider.ts). */
const NAMESPACES = [
    '## Namespaces and qualified names',
    '',
    'A file may start with `namespace Name` (one per file; a file without one is in the global namespace,',
    'as every file was before). Two schools in one repository can then use the same local names',
    '(`Schooljaar2026`, `B1`, `School`) without prefixing them by hand:',
    '',
    '- A definition in a file with `namespace Oost` is `Oost.Schooljaar2026` (a period `Oost.Schooljaar2026.B1`,',
    '  a nested module `Oost.Havo.Wiskunde`). In files of the same namespace it is simply `Schooljaar2026`.',
    '- A name is looked up in the file\'s own namespace first, then as written: so a namespace\'s own definition',
    '  shadows a global one of the same name, global definitions are visible everywhere by their plain name, and',
    '  another namespace\'s definitions are reached by their qualified name (`under Oost.Bestuur`, `at Regio.Campus`).',
    '- Names are unique per namespace: `Schooljaar2026` in `Oost` and in `West` is no duplicate; twice in `Oost` is',
    '  (`offering.name.duplicate`, which names `Oost.Schooljaar2026`).',
    '- A period by its simple name where no calendar is in use is looked for among the periods of the own namespace.',
    '- The catalogue and exports identify a namespaced definition by its qualified name (`Oost.Schooljaar2026`);',
    '  workspaces without namespaces keep exactly the identifiers they had.',
    '- Completion offers the own namespace\'s names short and every definition by its qualified name; go to',
    '  definition, find references, hover and rename work across namespaces (rename changes the last segment).',
    '',
    'Example: `examples/regio-oost/` (two school boards in the namespaces `Ijssel` and `Berkel`, a shared',
    'campus in `Regio`).',
];

/** What `applies to` a board or provider means (model/policies.ts; docs/rules.md, Decisions). */
const BOARD_POLICIES = [
    '## Policies on a board or provider',
    '',
    '`applies to` names groupings and programmes, and also boards and providers: `applies to Bestuur` governs',
    'the programmes offered by the providers under that board, `applies to School` those that provider offers.',
    'The intake rules (`at least N intakes per year`, `intakes at period starts`) then apply to the offerings',
    'by that provider only, not to the same programme offered by another school; the module size, year volume',
    'and keuzedeel volume apply to the programme. `applies to all` still means every programme of the workspace;',
    'where it governs programmes that only another board\'s providers offer, it is warned about',
    '(`offering.policy.all-across-boards`, with a quick fix that scopes it to its own board).',
];

function table(locale: Locale): string[] {
    const other: Locale = locale === 'en' ? 'nl' : 'en';
    const rows = GLOSSARY.map(entry => [
        `\`${entry.syntax}\``,
        entry.term[locale],
        entry.term[other],
        entry.meaning[locale],
        entry.standard ?? '',
        `\`${entry.example}\``,
    ]);
    const headers = TEXTS[locale].glossary.headers;
    return [headers, headers.map(() => '---'), ...rows].map(row => `| ${row.map(cell).join(' | ')} |`);
}

/** A table cell: pipes would break the row. */
function cell(text: string): string {
    return text.replace(/\|/g, '\\|');
}
