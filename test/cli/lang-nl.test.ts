import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, tempFolder } from './cli-test-support.js';

/** Every line the CLI writes itself, under --lang nl (the English ones are in the other cli tests). */
const clean = {
    'org.offering': 'board B "Bestuur" code 100B490\nprovider P "School" code 110A133 under B\nlocation L "Gebouw" code 110X912 under B used by P\n',
    'sub/cal.offering': 'calendar C { period T1 from 2026-09-01 to 2026-12-23 }\nprogramme Zorg { crebo 25498 level mbo-2 years 1 calendar C offered by P at L as BOL { intake at T1 } }\n',
};
const broken = {
    'a.offering': 'programme A { level mbo-2 years 1 }\n',
    'b.offering': 'programme A { level mbo-2 years 1 }\n',
};
const unused = { 'a.offering': 'characteristic X\ncharacteristic Y\n' };

describe('--lang nl: the CLI speaks Dutch', () => {
    test('validate: the summary line, clean and with problems, and --max-warnings', async () => {
        expect(await run(['validate', '--lang', 'nl'], tempFolder(clean))).toEqual({ code: 0, stdout: '2 bestanden gecontroleerd: geen problemen gevonden.\n', stderr: '' });
        expect((await run(['validate', '--lang', 'nl'], tempFolder(broken))).stdout.split('\n').slice(-2)).toEqual(['2 bestanden gecontroleerd: 2 fouten, 0 waarschuwingen.', '']);
        expect((await run(['validate', '--lang', 'nl', '--max-warnings', '1'], tempFolder(unused))).stdout.split('\n').slice(-3)).toEqual([
            '1 bestand gecontroleerd: 0 fouten, 2 waarschuwingen.',
            'Te veel waarschuwingen: 2, hoogstens 1 toegestaan (--max-warnings).',
            '',
        ]);
    });

    test('validate: --verbose progress lines', async () => {
        const { stderr } = await run(['validate', '--lang', 'nl', '--verbose'], tempFolder(clean));
        expect(stderr.replace(/\(\d+ ms\)/g, '(N ms)')).toBe('offering: 2 bestanden gevonden (N ms)\noffering: 2 bestanden ingelezen (N ms)\noffering: 2 bestanden gecontroleerd (N ms)\n');
    });

    test('validate: unreadable input', async () => {
        expect(await run(['validate', '--lang', 'nl'], tempFolder({ 'x.txt': '' }))).toEqual({ code: 2, stdout: '', stderr: "offering: geen .offering-bestanden gevonden in '.'\n" });
        expect(await run(['validate', '--lang', 'nl'], tempFolder({ 'bin.offering': new Uint8Array([0x62, 0, 0x63]) }))).toEqual({ code: 2, stdout: '', stderr: 'offering: bin.offering: geen UTF-8-tekstbestand\n' });
    });

    test('generate: what it wrote, and why it refused', async () => {
        const folder = tempFolder(clean);
        expect(await run(['generate', '--lang', 'nl', '-o', 'out/catalogue.json'], folder)).toEqual({
            code: 0, stdout: 'out/catalogue.json geschreven: 1 opleiding, 0 onderwijseenheden uit 2 bestanden.\n', stderr: '',
        });
        const refused = await run(['generate', '--lang', 'nl', '--stdout'], tempFolder(broken));
        expect([refused.code, refused.stdout, refused.stderr.split('\n').slice(-3)]).toEqual([1, '', [
            '2 bestanden gecontroleerd: 2 fouten, 0 waarschuwingen.',
            'Catalogus niet geschreven: herstel eerst de 2 fouten.',
            '',
        ]]);
        expect((await run(['generate', '--lang', 'nl'], folder)).stderr).toBe('fout: geef -o <bestand> of --stdout\n(voeg --help toe voor het gebruik)\n');
    });

    test('format: checked, reformatted, and files with syntax errors', async () => {
        const folder = tempFolder({ 'a.offering': 'characteristic   X\n', 'b.offering': 'characteristic Y\n' });
        expect(await run(['format', '--lang', 'nl', '--check'], folder)).toEqual({
            code: 1, stdout: 'a.offering\n', stderr: '2 bestanden gecontroleerd: 1 bestand niet opgemaakt (voer offering format uit).\n',
        });
        expect(await run(['format', '--lang', 'nl'], folder)).toEqual({
            code: 0, stdout: 'a.offering opgemaakt\n', stderr: '2 bestanden gecontroleerd: 1 bestand opnieuw opgemaakt.\n',
        });
        expect(fs.readFileSync(path.join(folder, 'a.offering'), 'utf-8')).toBe('characteristic X\n');
        expect(await run(['format', '--lang', 'nl', '--check'], folder)).toEqual({ code: 0, stdout: '', stderr: '2 bestanden gecontroleerd: alle opgemaakt.\n' });
        expect(await run(['format', '--lang', 'nl'], tempFolder({ 'c.offering': 'programme { }\n' }))).toEqual({
            code: 2, stdout: '', stderr: 'c.offering: niet opgemaakt: het bevat syntaxfouten (zie offering validate)\n1 bestand gecontroleerd: 0 bestanden opnieuw opgemaakt.\n',
        });
    });
});
