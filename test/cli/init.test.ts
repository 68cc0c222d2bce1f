import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../packages/language/src/node/cli/main.js';
import { run, tempFolder } from './cli-test-support.js';

/** Every file under a folder, relative, with `/`, sorted by code units. */
function listFiles(folder: string): string[] {
    return fs.readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile())
        .map(entry => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('offering init --yes', () => {
    const cases = (['mbo', 'vo', 'po'] as const).flatMap(sector => (['nl', 'en'] as const).map(lang => ({ sector, lang })));

    test.each(cases)('$sector in $lang: writes the workspace, and offering validate finds no problems', async ({ sector, lang }) => {
        const parent = tempFolder();
        const created = await run(['init', 'werkmap', '--sector', sector, '--lang', lang, '--yes'], parent);
        expect(created.stderr).toBe('');
        expect(created.code).toBe(0);
        const folder = path.join(parent, 'werkmap');
        const offering = listFiles(folder).filter(file => file.endsWith('.offering'));
        expect(offering.length).toBe(4);
        expect(listFiles(folder).filter(file => !file.endsWith('.offering'))).toEqual(['.gitignore', 'README.md']);
        const validated = await run(['validate', 'werkmap', '--lang', lang], parent);
        expect({ code: validated.code, stderr: validated.stderr, stdout: validated.stdout }).toEqual({
            code: 0,
            stderr: '',
            stdout: lang === 'nl' ? '4 bestanden gecontroleerd: geen problemen gevonden.\n' : 'Checked 4 files: no problems found.\n',
        });
    });

    test('prints what it wrote and the next steps in Dutch', async () => {
        const parent = tempFolder();
        const { code, stdout } = await run(['init', 'aanbod', '--sector', 'mbo', '--lang', 'nl', '--yes'], parent);
        expect(code).toBe(0);
        expect(stdout).toBe([
            'Startwerkmap gemaakt in aanbod:',
            `  ${path.join('aanbod', '.gitignore')}`,
            `  ${path.join('aanbod', 'README.md')}`,
            `  ${path.join('aanbod', 'kaders.offering')}`,
            `  ${path.join('aanbod', 'kalender.offering')}`,
            `  ${path.join('aanbod', 'opleidingen', 'software-developer.offering')}`,
            `  ${path.join('aanbod', 'organisatie.offering')}`,
            '',
            'Volgende stappen:',
            '  offering validate aanbod --lang nl',
            '      controleert het aanbod (exitcode 0: geen problemen)',
            `  offering generate aanbod -o ${path.join('aanbod', 'out', 'catalogus.json')} --lang nl`,
            '      schrijft de catalogus',
            '',
        ].join('\n'));
    });

    test('without a folder it writes into the current one; flags set names and codes', async () => {
        const folder = tempFolder();
        const { code } = await run(['init', '--yes', '--sector', 'vo', '--lang', 'en', '--school-name', 'Linge College', '--school-code', '123A456',
            '--programme-name', 'Vwo', '--programme-code', '1234O5678', '--periods', 'semesters', '--year', '2027'], folder);
        expect(code).toBe(0);
        expect(fs.readFileSync(path.join(folder, 'organisation.offering'), 'utf-8')).toContain('provider LingeCollege "Linge College" code 123A456');
        expect(fs.readFileSync(path.join(folder, 'programmes', 'vwo.offering'), 'utf-8')).toContain('rio 1234O5678');
        expect(fs.readFileSync(path.join(folder, 'calendar.offering'), 'utf-8')).toContain('period S1 "Semester 1" from 2027-08-30 to 2028-02-04');
        expect((await run(['validate', '.'], folder)).code).toBe(0);
    });

    test('without a terminal and without --yes it asks nothing and uses the defaults', async () => {
        const folder = tempFolder();
        let stdout = '';
        const code = await runCli(['init', folder], { stdout: text => { stdout += text; }, stderr: () => undefined, stdin: new PassThrough(), stdinIsTTY: false });
        expect(code).toBe(0);
        expect(stdout.startsWith(`Created a starter workspace in ${folder}:\n`)).toBe(true);
        expect(listFiles(folder)).toContain('programmes/software-developer.offering');
    });
});

describe('offering init refuses', () => {
    test('to overwrite: when one file exists it writes nothing, names it and exits 2', async () => {
        const folder = tempFolder({ 'kaders.offering': '// mine\n' });
        const { code, stdout, stderr } = await run(['init', '.', '--sector', 'mbo', '--lang', 'nl', '--yes'], folder);
        expect({ code, stdout, stderr }).toEqual({
            code: 2,
            stdout: '',
            stderr: 'offering: niets geschreven: deze bestanden bestaan al, en init overschrijft nooit: kaders.offering\n',
        });
        expect(listFiles(folder)).toEqual(['kaders.offering']);
        expect(fs.readFileSync(path.join(folder, 'kaders.offering'), 'utf-8')).toBe('// mine\n');
    });

    test('codes in the wrong format (exit 2, nothing written)', async () => {
        const folder = tempFolder();
        const { code, stderr } = await run(['init', '--yes', '--board-code', '100A001', '--programme-code', '123'], folder);
        expect({ code, stderr }).toEqual({ code: 2, stderr: 'offering: not written: these answers are not valid: board-code, programme-code (see offering init --help)\n' });
        expect(listFiles(folder)).toEqual([]);
    });

    test('a target that is a file (exit 2)', async () => {
        const folder = tempFolder({ taken: 'x' });
        const { code, stderr } = await run(['init', 'taken', '--yes'], folder);
        expect({ code, stderr }).toEqual({ code: 2, stderr: "offering: cannot create the workspace in 'taken': it is not a folder\n" });
    });

    test('an unknown sector is a usage error (exit 2)', async () => {
        const folder = tempFolder();
        const { code } = await run(['init', '--sector', 'hbo', '--yes'], folder);
        expect(code).toBe(2);
        expect(listFiles(folder)).toEqual([]);
    });
});

describe('offering init on a terminal asks the questions', () => {
    /** Runs init with the lines as typed answers on a fake terminal. */
    async function answer(argv: string[], lines: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
        const stdin = new PassThrough();
        stdin.end(lines.map(line => `${line}\n`).join(''));
        let stdout = '';
        let stderr = '';
        const code = await runCli(argv, { stdout: text => { stdout += text; }, stderr: text => { stderr += text; }, stdin, stdinIsTTY: true });
        return { code, stdout, stderr };
    }

    test('each answer is used, an empty one takes the default shown, an invalid one is asked again', async () => {
        const folder = tempFolder();
        const { code, stdout } = await answer(['init', folder], [
            'nl', 'vo', 'Stichting Linge', '', 'Linge College', '123A456', 'Hoofdgebouw', '', 'Lingeweg 1, Tiel', '2027',
            'kwartalen', 'trimesters', 'Kaders Linge', 'Havo', '1234O5678',
        ]);
        expect(code).toBe(0);
        expect(stdout.split('\n').slice(0, 3)).toEqual([
            'Language of the files (nl or en) / Taal van de bestanden (nl of en) [en]: Onderwijssector (mbo, vo of po) [mbo]: ' +
            'Naam van het bestuur [Stichting Voorbeeldlyceum]: RIO-code van het bestuur (bijv. 100B001) [100B001]: ' +
            'Naam van de school (aanbieder) [Voorbeeldlyceum]: RIO-code van de school (bijv. 100A001) [100A001]: ' +
            'Naam van de locatie [Hoofdlocatie]: RIO-code van de locatie (bijv. 100X001) [100X001]: ' +
            'Adres van de locatie [Schoolstraat 1, Utrecht]: Jaar waarin het schooljaar begint [2026]: ' +
            'Perioden (blocks-4, blocks-5, trimesters of semesters) [trimesters]: Geen geldig antwoord; verwacht blocks-4, blocks-5, trimesters, semesters.',
            'Perioden (blocks-4, blocks-5, trimesters of semesters) [trimesters]: Naam van de kaders [Kaders Voorbeeldlyceum]: ' +
            'Naam van de eerste opleiding [Havo]: RIO-code van de opleidingseenheid (bijv. 1001O3001) [1001O3001]: ' +
            `Startwerkmap gemaakt in ${folder}:`,
            `  ${path.join(folder, '.gitignore')}`,
        ]);
        const organisation = fs.readFileSync(path.join(folder, 'organisatie.offering'), 'utf-8');
        expect(organisation).toContain('board StichtingLinge "Stichting Linge" code 100B001');
        expect(organisation).toContain('location Hoofdgebouw "Hoofdgebouw" code 100X001 address "Lingeweg 1, Tiel"');
        expect(fs.readFileSync(path.join(folder, 'kalender.offering'), 'utf-8')).toContain('period T1 "Trimester 1" from 2027-08-30 to');
        expect(fs.readFileSync(path.join(folder, 'opleidingen', 'havo.offering'), 'utf-8')).toContain('rio 1234O5678\n    level havo');
        expect((await run(['validate', folder], folder)).code).toBe(0);
    });

    test('flags are not asked again, and the end of the input takes the defaults', async () => {
        const folder = tempFolder();
        const { code, stdout } = await answer(['init', folder, '--lang', 'en', '--sector', 'po'], ['Board of Schools']);
        expect(code).toBe(0);
        expect(stdout.startsWith('Name of the board [Example Primary School Foundation]: RIO code of the board (e.g. 100B001) [100B001]: \n')).toBe(true);
        expect(fs.readFileSync(path.join(folder, 'organisation.offering'), 'utf-8')).toContain('board BoardOfSchools "Board of Schools" code 100B001');
    });

    test('--yes on a terminal asks nothing', async () => {
        const folder = tempFolder();
        const { code, stdout } = await answer(['init', folder, '--yes', '--lang', 'en'], []);
        expect(code).toBe(0);
        expect(stdout.startsWith(`Created a starter workspace in ${folder}:`)).toBe(true);
    });
});

describe('offering init on a terminal checks each answer', () => {
    test('a code in the wrong format or an odd year is asked again, with what is expected', async () => {
        const folder = tempFolder();
        const stdin = new PassThrough();
        stdin.end(['', '12B', '200B002', '', '', '', '', '', '26', '2028'].map(line => `${line}\n`).join(''));
        let stdout = '';
        const code = await runCli(['init', folder, '--lang', 'en', '--sector', 'mbo'], { stdout: text => { stdout += text; }, stderr: () => undefined, stdin, stdinIsTTY: true });
        expect(code).toBe(0);
        expect(stdout.split('\n').filter(line => line.includes('Not a valid answer'))).toEqual([
            'Name of the board [Example College Foundation]: RIO code of the board (e.g. 100B001) [100B001]: Not a valid answer; expected a code like 100B001.',
            'RIO code of the board (e.g. 100B001) [100B001]: Name of the school (provider) [Example College]: RIO code of the school (e.g. 100A001) [100A001]: ' +
            'Name of the location [Main building]: RIO code of the location (e.g. 100X001) [100X001]: Address of the location [Schoolstraat 1, Utrecht]: ' +
            'Year the school year starts in [2026]: Not a valid answer; expected 2000..2098.',
        ]);
        expect(fs.readFileSync(path.join(folder, 'organisation.offering'), 'utf-8')).toContain('code 200B002');
        expect(fs.readFileSync(path.join(folder, 'calendar.offering'), 'utf-8')).toContain('calendar SchoolYear2028');
    });
});
