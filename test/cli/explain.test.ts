import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ISSUE_CODES } from '../../packages/language/src/i18n/messages.js';
import { run, tempFolder } from './cli-test-support.js';

/** The repository's docs/, which `offering explain` links to when run from the sources. */
const docs = pathToFileURL(new URL('../../docs/', import.meta.url).pathname).href;

const YEARS_ZERO_EN = `offering.years.zero (error): Year 0
Category: Register consistency (RIO)

What it checks:
    A year range names year 0; years count from 1.

Why:
    Programme years count from 1; year 0 is a typing mistake and names no year students can enrol on.

Wrong:
    programme Prog "Software Developer" {
        crebo 25604
        level mbo-4
        years 0..3
    }

Right:
    programme Prog "Software Developer" {
        crebo 25604
        level mbo-4
        years 1..3
    }

Fix:
    Start at year 1.

Quick fix:
    none

Documentation: ${docs}rules.md#offering-years-zero
`;

const YEARS_ZERO_NL = `offering.years.zero (fout): Leerjaar 0
Categorie: Samenhang met het register (RIO)

Wat het controleert:
    Een reeks jaren noemt jaar 0; jaren tellen vanaf 1.

Waarom:
    Opleidingsjaren tellen vanaf 1; jaar 0 is een tikfout en noemt geen jaar waarop studenten zich kunnen inschrijven.

Fout voorbeeld:
    programme Prog "Software Developer" {
        crebo 25604
        level mbo-4
        years 0..3
    }

Goed voorbeeld:
    programme Prog "Software Developer" {
        crebo 25604
        level mbo-4
        years 1..3
    }

Oplossen:
    Begin bij jaar 1.

Snelle oplossing:
    geen

Documentatie: ${docs}rules.nl.md#offering-years-zero
`;

describe('offering explain', () => {
    const folder = tempFolder();

    test('prints the entry of a rule in English by default', async () => {
        expect(await run(['explain', 'offering.years.zero'], folder)).toEqual({ code: 0, stdout: YEARS_ZERO_EN, stderr: '' });
    });

    test('prints it in Dutch with --lang nl', async () => {
        expect(await run(['explain', 'offering.years.zero', '--lang', 'nl'], folder)).toEqual({ code: 0, stdout: YEARS_ZERO_NL, stderr: '' });
    });

    test.each(['years.zero', 'years-zero', 'offering-years-zero', 'Offering.Years.Zero'])('accepts %s for offering.years.zero', async written => {
        expect(await run(['explain', written], folder)).toEqual({ code: 0, stdout: YEARS_ZERO_EN, stderr: '' });
    });

    test('names the quick fix of a rule that has one', async () => {
        const { code, stdout } = await run(['explain', 'size.reversed'], folder);
        expect(code).toBe(0);
        expect(stdout).toContain('\nQuick fix:\n    Swap the two amounts.\n');
    });

    test('an unknown code exits 2 and suggests the closest codes', async () => {
        expect(await run(['explain', 'yaers.zer'], folder)).toEqual({
            code: 2, stdout: '',
            stderr: "offering: unknown rule 'yaers.zer'. Did you mean offering.years.zero? 'offering explain --list' lists the rules.\n",
        });
        expect(await run(['explain', 'name-duplicat', '--lang', 'nl'], folder)).toEqual({
            code: 2, stdout: '',
            stderr: "offering: onbekende regel 'name-duplicat'. Bedoelde je offering.name.duplicate? 'offering explain --list' toont de regels.\n",
        });
        expect(await run(['explain', 'banana'], folder)).toEqual({
            code: 2, stdout: '',
            stderr: "offering: unknown rule 'banana'. 'offering explain --list' lists the rules.\n",
        });
    });

    test('without a code or --list it exits 2; a wrong --lang too', async () => {
        expect(await run(['explain'], folder)).toEqual({
            code: 2, stdout: '', stderr: "error: name a rule (for example 'offering explain name.duplicate'), or pass --list\n",
        });
        expect((await run(['explain', 'years.zero', '--lang', 'de'], folder)).code).toBe(2);
    });

    test('--list lists every code once, in the order of docs/rules.md, with severity and title', async () => {
        const { code, stdout, stderr } = await run(['explain', '--list'], folder);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        const lines = stdout.split('\n').slice(0, -1);
        expect(lines.map(line => line.split(' ')[0]).sort()).toEqual([...ISSUE_CODES].sort());
        expect(lines[0]).toBe('offering.name.duplicate                    error    Two definitions with one name');
        expect(lines).toContain('offering.definition.unused                 warning  A definition nobody uses');
        const nl = (await run(['explain', '--list', '--lang', 'nl'], folder)).stdout.split('\n');
        expect(nl[0]).toBe('offering.name.duplicate                    fout          Twee definities met dezelfde naam');
    });
});
