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
