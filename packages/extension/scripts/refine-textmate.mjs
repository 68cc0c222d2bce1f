// Builds syntaxes/offering.tmLanguage.json from the grammar Langium generates
// (syntaxes/generated/offering.tmLanguage.json, gitignored): keeps its comments and strings,
// takes its keyword list, and adds what a keyword list cannot colour: declarations and their
// names, dates, sizes with units, codes, levels and pathways.
// Run by `npm run build -w packages/extension`; `--check` fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const generatedPath = join(here, '../syntaxes/generated/offering.tmLanguage.json');
const refinedPath = join(here, '../syntaxes/offering.tmLanguage.json');

const generated = JSON.parse(readFileSync(generatedPath, 'utf-8'));
const keywordPattern = generated.patterns.find(pattern => pattern.name === 'keyword.control.offering');
const keywords = /\\b\((.*)\)\\b/.exec(keywordPattern.match)[1].split('|');

const declarations = ['board', 'provider', 'location', 'calendar', 'period', 'grouping', 'characteristic',
    'programme', 'module', 'keuzedeel', 'subject', 'class', 'policy'];
const clauseKeywords = keywords.filter(keyword => !declarations.includes(keyword));
const ID = '[_a-zA-Z\\x{00C0}-\\x{024F}][\\w\\x{00C0}-\\x{024F}]*(?:-[\\w\\x{00C0}-\\x{024F}]+)*';
const NUMBER = '[0-9]+(?:\\.[0-9]+)?';
const UNITS = ['SBU', 'EC', 'ECTS', 'hours?', 'uur', 'uren', 'contact-hours?', 'contacturen'];
const LEVELS = ['entree', 'mbo-[1-4]', 'vmbo-(?:bb|kb|gl|gt|tl)', 'havo', 'vwo', '[1-4]F', '1S', 'po', 'so', 'vso', 'praktijkonderwijs', 'vavo'];

const refined = {
    name: 'offering',
    scopeName: 'source.offering',
    fileTypes: ['.offering'],
    patterns: [
        { include: '#comments' },
        { include: '#strings' },
        { include: '#declarations' },
        { include: '#dates' },
        { include: '#sizes' },
        { include: '#codes' },
        { include: '#levels' },
        { include: '#keywords' },
        { include: '#numbers' },
        { include: '#punctuation' },
    ],
    repository: {
        comments: {
            patterns: [
                { name: 'comment.block.documentation.offering', begin: '/\\*\\*(?!/)', end: '\\*/' },
                ...generated.repository.comments.patterns,
            ],
        },
        strings: {
            name: 'string.quoted.double.offering',
            begin: '"',
            end: '"|$',
            patterns: [{ include: '#string-character-escape' }],
        },
        'string-character-escape': generated.repository['string-character-escape'],
        declarations: {
            patterns: [
                {
                    comment: 'A definition: its keyword and the name it declares.',
                    match: `\\b(target\\s+group|teaching\\s+group|${declarations.join('|')})\\s+(${ID})`,
                    captures: { 1: { name: 'storage.type.offering' }, 2: { name: 'entity.name.type.offering' } },
                },
            ],
        },
        dates: {
            match: '\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b',
            name: 'constant.other.date.offering',
        },
        sizes: {
            comment: 'A size: an amount or bandwidth and its unit (240..360 SBU, 7.5 EC, 40 hours).',
            match: `(-?${NUMBER})(?:\\s*(\\.\\.)\\s*(-?${NUMBER}))?\\s+(${UNITS.join('|')})\\b`,
            captures: {
                1: { name: 'constant.numeric.offering' },
                2: { name: 'keyword.operator.range.offering' },
                3: { name: 'constant.numeric.offering' },
                4: { name: 'support.type.unit.offering' },
            },
        },
        codes: {
            patterns: [
                {
                    comment: 'Codes after code / crebo / rio: BRIN, crebo and other registry codes.',
                    match: '\\b(code|crebo|rio)\\s+([0-9A-Za-z_]+)',
                    captures: { 1: { name: 'keyword.other.offering' }, 2: { name: 'constant.other.code.offering' } },
                },
            ],
        },
        levels: {
            patterns: [
                { match: `(?<![\\w-])(?:${LEVELS.join('|')})(?![\\w-])`, name: 'support.constant.level.offering' },
                { match: '\\b(?:BOL|BBL)\\b', name: 'support.constant.pathway.offering' },
            ],
        },
        keywords: {
            match: `\\b(${clauseKeywords.join('|')})\\b`,
            name: 'keyword.other.offering',
        },
        numbers: {
            match: `\\b${NUMBER}\\b`,
            name: 'constant.numeric.offering',
        },
        punctuation: {
            patterns: [
                { match: '\\.\\.', name: 'keyword.operator.range.offering' },
                { match: ',', name: 'punctuation.separator.comma.offering' },
                { match: '[{}]', name: 'punctuation.section.braces.offering' },
            ],
        },
    },
};

const text = JSON.stringify(refined, undefined, 2) + '\n';
if (process.argv.includes('--check')) {
    if (readFileSync(refinedPath, 'utf-8') !== text) {
        console.error(`${refinedPath} is stale: run npm run build -w packages/extension`);
        process.exit(1);
    }
} else {
    writeFileSync(refinedPath, text);
}
