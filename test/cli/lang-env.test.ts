import { describe, expect, test } from 'vitest';
import { cliLocale, environmentLocale, useColour } from '../../packages/language/src/node/cli/terminal.js';
import { run, tempFolder } from './cli-test-support.js';

const clean = { 'ok.offering': 'board B "Bestuur" code 100B490\n' };
const ENGLISH = 'Checked 1 file: no problems found.\n';
const DUTCH = '1 bestand gecontroleerd: geen problemen gevonden.\n';

describe('the language without --lang: LC_ALL, then LC_MESSAGES, then LANG', () => {
    test.each([
        ['nothing set', {}, ENGLISH],
        ['LANG=nl_NL.UTF-8', { LANG: 'nl_NL.UTF-8' }, DUTCH],
        ['LANG=en_US.UTF-8', { LANG: 'en_US.UTF-8' }, ENGLISH],
        ['LANG=C', { LANG: 'C' }, ENGLISH],
        ['LC_MESSAGES over LANG', { LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' }, DUTCH],
        ['LC_MESSAGES=C over LANG=nl', { LC_MESSAGES: 'C', LANG: 'nl_NL.UTF-8' }, ENGLISH],
        ['LC_ALL over both', { LC_ALL: 'nl_NL.UTF-8', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'en_US.UTF-8' }, DUTCH],
        ['LC_ALL=C over LANG=nl', { LC_ALL: 'C', LANG: 'nl_NL.UTF-8' }, ENGLISH],
        ['an empty LC_ALL counts as unset', { LC_ALL: '', LANG: 'nl_NL.UTF-8' }, DUTCH],
    ])('%s', async (_name, env, summary) => {
        expect(await run(['validate'], tempFolder(clean), { env })).toEqual({ code: 0, stdout: summary, stderr: '' });
    });

    test('--lang wins over the environment, either way', async () => {
        const folder = tempFolder(clean);
        expect((await run(['validate', '--lang', 'en'], folder, { env: { LC_ALL: 'nl_NL.UTF-8' } })).stdout).toBe(ENGLISH);
        expect((await run(['validate', '--lang=nl'], folder, { env: { LANG: 'en_US.UTF-8' } })).stdout).toBe(DUTCH);
    });

    test('usage errors and input errors speak it too', async () => {
        const folder = tempFolder(clean);
        expect(await run(['validate', '--max-warnings', 'x'], folder, { env: { LANG: 'nl_NL.UTF-8' } })).toEqual({
            code: 2, stdout: '', stderr: "error: option '--max-warnings <count>' argument 'x' is invalid. verwacht een geheel getal van 0 of meer.\n(voeg --help toe voor het gebruik)\n",
        });
        expect(await run(['validate', 'nowhere'], folder, { env: { LANG: 'nl_NL.UTF-8' } })).toEqual({
            code: 2, stdout: '', stderr: "offering: Kan 'nowhere' niet lezen: bestand of map bestaat niet.\n",
        });
        expect(await run(['serve', '--port', 'x'], folder, { env: { LANG: 'nl_NL.UTF-8' } })).toEqual({
            code: 2, stdout: '', stderr: "offering: --port: 'x' is geen poortnummer.\n",
        });
        expect(await run(['generate'], folder, { env: { LC_MESSAGES: 'nl_NL' } })).toEqual({
            code: 2, stdout: '', stderr: 'fout: geef -o <bestand> of --stdout\n(voeg --help toe voor het gebruik)\n',
        });
    });
});

describe('terminal.ts', () => {
    test('cliLocale reads --lang before parsing, not after --', () => {
        expect(cliLocale(['validate', '--lang', 'nl'], {})).toBe('nl');
        expect(cliLocale(['validate', '--lang=nl'], { LANG: 'en_US' })).toBe('nl');
        expect(cliLocale(['validate', '--', '--lang', 'nl'], {})).toBe('en');
        expect(cliLocale(['validate', '--lang', 'fr'], { LANG: 'nl_BE.UTF-8' })).toBe('nl');
    });

    test('environmentLocale: only a Dutch locale name is Dutch', () => {
        expect(['nl', 'nl_NL', 'nl_NL.UTF-8', 'nl_BE@euro', 'NL_nl'].map(LANG => environmentLocale({ LANG }))).toEqual(['nl', 'nl', 'nl', 'nl', 'nl']);
        expect(['nld', 'en_NL.UTF-8', 'C.UTF-8', 'POSIX'].map(LANG => environmentLocale({ LANG }))).toEqual(['en', 'en', 'en', 'en']);
    });

    test('useColour', () => {
        expect(useColour(true, {})).toBe(true);
        expect(useColour(false, {})).toBe(false);
        expect(useColour(true, {}, false)).toBe(false);
        expect(useColour(true, { NO_COLOR: 'yes' })).toBe(false);
        expect(useColour(true, { NO_COLOR: '' })).toBe(true);
        expect(useColour(false, { FORCE_COLOR: '1' })).toBe(true);
        expect(useColour(false, { FORCE_COLOR: '' })).toBe(true);
        expect(useColour(true, { FORCE_COLOR: '0' })).toBe(false);
        expect(useColour(true, { FORCE_COLOR: 'false' })).toBe(false);
        expect(useColour(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
    });
});
