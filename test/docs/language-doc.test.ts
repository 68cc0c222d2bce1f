import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GLOSSARY } from '../../packages/language/src/vocabulary/glossary.js';
import { renderLanguageReference } from '../../packages/language/src/vocabulary/language-reference.js';

const committed = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8');

describe('docs/language.md', () => {
    test('is generated from the glossary and up to date (run `npm run docs` when this fails)', () => {
        expect(committed).toBe(renderLanguageReference());
    });

    test('has one row per glossary entry in each language', () => {
        const rows = committed.split('\n').filter(line => line.startsWith('| `'));
        expect(rows.length).toBe(2 * GLOSSARY.length);
        expect(committed).toContain('| `offered by … at …` | offering | aangeboden opleiding | A programme offered by one provider at one location (and, in mbo, one pathway), with its intake moments. | RIO: AangebodenOpleiding; OOAPI: offering (programOffering) | `offered by DaVinci at Leerpark as BOL { intake at B1, B2 }` |');
        expect(committed).toContain('| `offered by … at …` | aangeboden opleiding | offering | Een opleiding aangeboden door een aanbieder op een locatie (en in het mbo in een leerweg), met haar instroommomenten. | RIO: AangebodenOpleiding; OOAPI: offering (programOffering) | `offered by DaVinci at Leerpark as BOL { intake at B1, B2 }` |');
    });
});
