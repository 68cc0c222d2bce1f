import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportOf } from '../export/export-test-support.js';
import { run, tempFolder } from './cli-test-support.js';

const offering = {
    'org.offering': 'board B "Bestuur" code 100B490\nprovider P "School" code 110A133 under B\nlocation L "Gebouw" code 110X912 under B used by P\n',
    'programmes/p.offering': 'programme Zorg { rio 1234O5678 crebo 25604 level mbo-2 years 1..2 pathways BOL offered by P at L as BOL { intake on 2026-09-01 registration from 2026-03-01 to 2026-08-15 } module Basis size 3 EC }\n',
};

const ooapiWarnings = [
    "org.offering:3:1 - warning export.location-boards: L: the boards it falls under (B) have no place in OOAPI's organisation tree, where a location hangs under its provider; exported as ext 'x-offering-boards'.",
    "programmes/p.offering:1:1 - warning export.pathway: Zorg: an OOAPI offering has no mode of study; the pathway (BOL/BBL) is exported as ext 'x-offering-modeOfStudy' of each offering and as the programme's modeOfStudy 'full_time'.",
    '',
].join('\n');

describe('offering export', () => {
    test('--to ooapi -o writes OOAPI v6 atomically, warnings with file and line on stderr', async () => {
        const folder = tempFolder(offering);
        expect(await run(['export', '--to', 'ooapi', '-o', 'build/ooapi.json'], folder)).toEqual({
            code: 0,
            stdout: 'Wrote build/ooapi.json: OOAPI v6, 6 objects, 2 warnings about what the target cannot hold.\n',
            stderr: ooapiWarnings,
        });
        const written = fs.readFileSync(path.join(folder, 'build/ooapi.json'), 'utf-8');
        expect(written).toBe((await exportOf([folder], { target: 'ooapi' })).result.text);
        expect(JSON.parse(written).ooapiVersion).toBe('6.0');
        expect(fs.readdirSync(path.join(folder, 'build'))).toEqual(['ooapi.json']);
    });

    test('--ooapi-version 5 and --stdout: the v5 document on stdout, in v5 names', async () => {
        const folder = tempFolder(offering);
        const { code, stdout, stderr } = await run(['export', '--to', 'ooapi', '--ooapi-version', '5', '--stdout', 'org.offering', 'programmes'], folder);
        expect([code, stderr]).toEqual([0, ooapiWarnings.replace("'full_time'", "'full-time'")]);
        expect(stdout).toBe((await exportOf([folder], { target: 'ooapi', ooapiVersion: '5' })).result.text);
        expect(Object.keys(JSON.parse(stdout))).toEqual(['ooapiVersion', 'organizations', 'academicSessions', 'programs', 'programOfferings', 'courses', 'courseOfferings']);
    });

    test('--to rio writes the registrations as XML; --lang nl gives the warnings in Dutch', async () => {
        const folder = tempFolder(offering);
        expect(await run(['export', '--to', 'rio', '-o', 'rio.xml', '--lang', 'nl'], folder)).toEqual({
            code: 0,
            stdout: 'rio.xml geschreven: RIO, 1 object, 3 waarschuwingen over wat het doel niet kan bevatten.\n',
            stderr: [
                'org.offering:1:1 - warning export.rio-not-exported: B: een bestuur heeft geen plaats in de aangeboden opleiding van RIO; niet geëxporteerd.',
                "programmes/p.offering:1:80 - warning export.rio-admission: Zorg: RIO vereist toelatingseisen en toegankelijkheid voor de aangeboden opleiding bij P / L / BOL; Offering legt die niet vast, dus het systeem dat het verzoek indient moet ze toevoegen.",
                'programmes/p.offering:1:173 - warning export.rio-not-exported: Zorg.Basis: een module heeft geen plaats in de aangeboden opleiding van RIO; niet geëxporteerd.',
                '',
            ].join('\n'),
        });
        expect(fs.readFileSync(path.join(folder, 'rio.xml'), 'utf-8')).toBe((await exportOf([folder], { target: 'rio' })).result.text);
    });

    test('refuses an offering with errors: exit 1, the previous export untouched', async () => {
        const folder = tempFolder({ ...offering, 'zorg.offering': 'programme Zorg { level mbo-2 years 1 }\n', 'ooapi.json': 'previous\n' });
        const result = await run(['export', '--to', 'ooapi', '.', '-o', 'ooapi.json'], folder);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr.split('\n').slice(-3)).toEqual(['Checked 3 files: 2 errors, 0 warnings.', 'Export not written: fix the 2 errors first.', '']);
        expect(fs.readFileSync(path.join(folder, 'ooapi.json'), 'utf-8')).toBe('previous\n');
    });

    test('usage: --to is required and checked, and exactly one of -o and --stdout', async () => {
        const folder = tempFolder(offering);
        expect(await run(['export', '--stdout'], folder)).toEqual({ code: 2, stdout: '', stderr: "error: required option '--to <target>' not specified\n(add --help for usage)\n" });
        expect((await run(['export', '--to', 'csv', '--stdout'], folder)).stderr).toBe("error: option '--to <target>' argument 'csv' is invalid. Allowed choices are ooapi, rio.\n(add --help for usage)\n");
        expect((await run(['export', '--to', 'ooapi', '--ooapi-version', '4', '--stdout'], folder)).code).toBe(2);
        expect(await run(['export', '--to', 'ooapi'], folder)).toEqual({ code: 2, stdout: '', stderr: 'error: give either -o <file> or --stdout\n(add --help for usage)\n' });
    });

    test('a target that cannot be written: exit 2, no temporary file left behind', async () => {
        const folder = tempFolder({ ...offering, 'taken/keep.txt': 'a folder, not a file\n' });
        expect(await run(['export', '--to', 'rio', '-o', 'taken'], folder)).toMatchObject({
            code: 2, stdout: '', stderr: expect.stringMatching(/offering: cannot write 'taken': it is a folder; give a file name\n$/),
        });
        expect(fs.readdirSync(path.join(folder, 'taken'))).toEqual(['keep.txt']);
        expect(fs.readdirSync(folder).sort()).toEqual(['org.offering', 'programmes', 'taken']);
    });
});
