import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../packages/language/src/catalogue/generator.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

/**
 * Years above 100 used to be cut off silently (`years 1..150` gave 100 years in the catalogue).
 * Every year range is now either kept whole or reported.
 */
const programme = (years: string) => `programme Prog "Software Developer" {\n    level mbo-4\n    ${years}\n}\n`;
const CODE = 'offering.years.out-of-range';

describe('years out of range are reported, never truncated', () => {
    test.each([
        ['years 1..150', ['11 ' + CODE + ': Year 150 is out of range: a programme has at most 100 years. Use years 1..100.']],
        ['year 101', ['10 ' + CODE + ': Year 101 is out of range: a programme has at most 100 years. Use years 1..100.']],
        ['years 150..1', ['11 offering.years.reversed: The year range 150..1 runs backwards. Write 1..150.',
            '11 ' + CODE + ': Year 150 is out of range: a programme has at most 100 years. Use years 1..100.']],
        ['years 1..2, 99..1000000000', ['17 ' + CODE + ': Year 1000000000 is out of range: a programme has at most 100 years. Use years 1..100.']],
        ['years 1..100', []],
        ['year 100', []],
    ])('%s', async (years, expected) => {
        const workspace = await buildWorkspace({ 'p.offering': programme(years) });
        // Each diagnostic as `column code: message`, all on line 3 (the years clause).
        const lines = workspace.diagnostics().map(line => line.replace(/^p\.offering:3:/, ''));
        expect(lines).toEqual(expected);
    });

    test('the catalogue of years 1..100 has all 100 years', async () => {
        const workspace = await buildWorkspace({ 'p.offering': programme('years 1..100') });
        const catalogue = buildCatalogue([...workspace.documents.values()], workspace.services);
        expect(catalogue.programmes[0]?.years).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    });

    test('in Dutch', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        services.i18n.Messages.locale = 'nl';
        const workspace = await buildWorkspace({ 'p.offering': programme('years 1..150') }, services);
        expect(workspace.diagnostics()).toEqual([
            `p.offering:3:11 ${CODE}: Jaar 150 valt buiten het bereik: een opleiding heeft hoogstens 100 jaren. Gebruik de jaren 1..100.`,
        ]);
    });
});
