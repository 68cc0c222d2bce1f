import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeFileAtomically } from '../../packages/language/src/node/atomic-write.js';
import { catalogueOf } from '../catalogue/catalogue-test-support.js';
import { run, tempFolder } from './cli-test-support.js';

const offering = {
    'org.offering': 'board B "Bestuur" code 100B490\nprovider P "School" code 110A133 under B\nlocation L "Gebouw" code 110X912 under B used by P\n',
    'programmes/p.offering': 'programme Zorg { crebo 25498 level mbo-2 years 1..2 offered by P at L as BOL { intake on 2026-09-01 } module Basis size 3 EC }\n',
};

describe('offering generate', () => {
    test('-o writes the catalogue atomically (folders created) and says what it wrote', async () => {
        const folder = tempFolder(offering);
        expect(await run(['generate', '-o', 'build/catalogue.json'], folder)).toEqual({
            code: 0, stdout: 'Wrote build/catalogue.json: 1 programme, 1 module from 2 files.\n', stderr: '',
        });
        const written = fs.readFileSync(path.join(folder, 'build/catalogue.json'), 'utf-8');
        expect(written).toBe((await catalogueOf([folder])).json);
        expect(fs.readdirSync(path.join(folder, 'build'))).toEqual(['catalogue.json']);
    });

    test('--stdout prints the same catalogue', async () => {
        const folder = tempFolder(offering);
        const { code, stdout, stderr } = await run(['generate', '--stdout', 'org.offering', 'programmes'], folder);
        expect([code, stderr]).toEqual([0, '']);
        expect(stdout).toBe((await catalogueOf([folder])).json);
    });

    test('refuses an offering with errors: exit 1, diagnostics on stderr, the previous catalogue untouched', async () => {
        const folder = tempFolder({ ...offering, 'zorg.offering': 'programme Zorg { level mbo-2 years 1 }\n', 'catalogue.json': 'previous\n' });
        expect(await run(['generate', '.', '-o', 'catalogue.json'], folder)).toEqual({
            code: 1,
            stdout: '',
            stderr: [
                "programmes/p.offering:1:11 - error offering.name.duplicate: The name 'Zorg' is already used by the programme in zorg.offering:1. Names are unique across the workspace: rename one of them.",
                "zorg.offering:1:11 - error offering.name.duplicate: The name 'Zorg' is already used by the programme in p.offering:1. Names are unique across the workspace: rename one of them.",
                'Checked 3 files: 2 errors, 0 warnings.',
                'Catalogue not written: fix the 2 errors first.',
                '',
            ].join('\n'),
        });
        expect(fs.readFileSync(path.join(folder, 'catalogue.json'), 'utf-8')).toBe('previous\n');
        expect((await run(['generate', '--stdout'], folder)).stdout).toBe('');
    });

    test('needs exactly one of -o and --stdout', async () => {
        const folder = tempFolder(offering);
        const usage = { code: 2, stdout: '', stderr: 'error: give either -o <file> or --stdout\n(add --help for usage)\n' };
        expect(await run(['generate'], folder)).toEqual(usage);
        expect(await run(['generate', '-o', 'x.json', '--stdout'], folder)).toEqual(usage);
        expect(fs.existsSync(path.join(folder, 'x.json'))).toBe(false);
    });

    test('a target that cannot be written: exit 2, no temporary file left behind', async () => {
        const folder = tempFolder({ ...offering, 'taken/keep.txt': 'a folder, not a file\n' });
        expect(await run(['generate', '-o', 'taken'], folder)).toEqual({
            code: 2, stdout: '', stderr: "offering: cannot write 'taken': it is a folder; give a file name\n",
        });
        expect(fs.readdirSync(folder).sort()).toEqual(['org.offering', 'programmes', 'taken']);
        expect(fs.readdirSync(path.join(folder, 'taken'))).toEqual(['keep.txt']);
    });
});

describe('writeFileAtomically', () => {
    test('replaces the previous file whole', async () => {
        const folder = tempFolder({ 'out.json': 'old content that is longer than the new one\n' });
        await writeFileAtomically(path.join(folder, 'out.json'), 'new\n');
        expect(fs.readFileSync(path.join(folder, 'out.json'), 'utf-8')).toBe('new\n');
        expect(fs.readdirSync(folder)).toEqual(['out.json']);
    });
});
