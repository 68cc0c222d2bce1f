import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { run, tempFolder } from './cli-test-support.js';

/** A duplicate name over two files (related places), a warning, and a parse error. */
const broken = {
    'a.offering': 'programme A { level mbo-2 years 1 }\ncharacteristic X\n',
    'b.offering': 'programme A { level mbo-2 years 1 }\nprogramme C { level mbo-2 years }\n',
};
const clean = { 'ok.offering': 'board B "Bestuur" code 100B490\n' };

const PLAIN = [
    '-- a.offering ----------------------------------------------',
    '',
    "error offering.name.duplicate: The name 'A' is already used by the programme in b.offering:1. Names are unique across the workspace: rename one of them.",
    ' --> a.offering:1:11',
    '  |',
    '1 | programme A { level mbo-2 years 1 }',
    '  |           ^',
    "  = see also: b.offering:1:11: the other definition of 'A'",
    '  |',
    '1 | programme A { level mbo-2 years 1 }',
    '  |           ^',
    '',
];
const E = (style: string, text: string): string => `\x1b[${style}m${text}\x1b[0m`;

describe('offering validate --format pretty', () => {
    test('per file a heading; per diagnostic severity, code, message, the line with the span underlined and the related place; a count', async () => {
        const { code, stdout, stderr } = await run(['validate', '--format', 'pretty'], tempFolder(broken));
        expect([code, stderr]).toEqual([1, '']);
        expect(stdout.split('\n').slice(0, PLAIN.length)).toEqual(PLAIN);
        expect(stdout.split('\n').slice(PLAIN.length)).toEqual([
            "warning offering.definition.unused: Nothing uses the characteristic X. Use it or remove it.",
            ' --> a.offering:2:16',
            '  |',
            '2 | characteristic X',
            '  |                ^',
            '',
            '-- b.offering ----------------------------------------------',
            '',
            "error offering.name.duplicate: The name 'A' is already used by the programme in a.offering:1. Names are unique across the workspace: rename one of them.",
            ' --> b.offering:1:11',
            '  |',
            '1 | programme A { level mbo-2 years 1 }',
            '  |           ^',
            "  = see also: a.offering:1:11: the other definition of 'A'",
            '  |',
            '1 | programme A { level mbo-2 years 1 }',
            '  |           ^',
            '',
            "error parsing-error: Expecting token of type 'NUMBER' but found `}`.",
            ' --> b.offering:2:33',
            '  |',
            '2 | programme C { level mbo-2 years }',
            '  |                                 ^',
            '',
            '3 errors, 1 warning in 2 files',
            '',
        ]);
    });

    test('coloured on a terminal: the same layout with ANSI SGR codes', async () => {
        const { stdout } = await run(['validate', 'a.offering'], tempFolder({ 'a.offering': 'characteristic X\n' }), { stdoutIsTTY: true });
        expect(stdout).toBe([
            E('1', '-- a.offering ----------------------------------------------'),
            '',
            `${E('1;33', 'warning offering.definition.unused')}${E('1', ':')} Nothing uses the characteristic X. Use it or remove it.`,
            ` ${E('1;34', '-->')} a.offering:1:16`,
            E('1;34', '  |'),
            `${E('1;34', '1 |')} characteristic X`,
            `${E('1;34', '  |')}                ${E('1;33', '^')}`,
            '',
            E('1', '1 warning in 1 file'),
            '',
        ].join('\n'));
    });

    test('colour: only on a terminal, never with a non-empty NO_COLOR or --no-color; FORCE_COLOR forces it', async () => {
        const folder = tempFolder(broken);
        const coloured = (result: { stdout: string }): boolean => result.stdout.includes('\x1b[');
        const plain = await run(['validate', '--format', 'pretty'], folder);
        expect(coloured(plain)).toBe(false);
        expect(coloured(await run(['validate'], folder, { stdoutIsTTY: true }))).toBe(true);
        expect(coloured(await run(['validate'], folder, { stdoutIsTTY: true, env: { NO_COLOR: '' } }))).toBe(true);
        expect(await run(['validate'], folder, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).toEqual(plain);
        expect(await run(['validate', '--no-color'], folder, { stdoutIsTTY: true })).toEqual(plain);
        expect(await run(['validate', '--no-color'], folder, { stdoutIsTTY: true, env: { FORCE_COLOR: '1' } })).toEqual(plain);
        expect(await run(['validate'], folder, { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } })).toEqual(plain);
        expect(coloured(await run(['validate', '--format', 'pretty'], folder, { env: { FORCE_COLOR: '1' } }))).toBe(true);
        expect(coloured(await run(['validate', '--format', 'pretty'], folder, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }))).toBe(false);
    });

    test('the default is pretty on a terminal and the text format otherwise (pipes and CI logs unchanged)', async () => {
        const folder = tempFolder(broken);
        expect(await run(['validate'], folder)).toEqual(await run(['validate', '--format', 'text'], folder));
        expect((await run(['validate'], folder)).stdout.split('\n').at(-2)).toBe('Checked 2 files: 3 errors, 1 warning.');
        expect(await run(['validate', '--no-color'], folder, { stdoutIsTTY: true })).toEqual(await run(['validate', '--format', 'pretty'], folder));
        // An explicit format wins over the terminal.
        expect((await run(['validate', '--format', 'json'], folder, { stdoutIsTTY: true })).stdout.startsWith('[\n')).toBe(true);
    });

    test('a clean workspace, --max-warnings and Dutch', async () => {
        expect(await run(['validate', '--format', 'pretty'], tempFolder(clean))).toEqual({ code: 0, stdout: 'No errors or warnings in 1 file\n', stderr: '' });
        expect(await run(['validate', '--format', 'pretty', '--lang', 'nl'], tempFolder(clean))).toEqual({ code: 0, stdout: 'Geen fouten of waarschuwingen in 1 bestand\n', stderr: '' });
        const { code, stdout } = await run(['validate', '--format', 'pretty', '--lang', 'nl', '--max-warnings', '0'], tempFolder(broken));
        expect(code).toBe(1);
        expect(stdout.split('\n').slice(0, 4)).toEqual([
            '-- a.offering ----------------------------------------------',
            '',
            "fout offering.name.duplicate: De naam 'A' wordt al gebruikt door de opleiding in b.offering:1. Namen zijn uniek in de hele werkruimte: geef een van beide een andere naam.",
            ' --> a.offering:1:11',
        ]);
        expect(stdout).toContain("\n  = zie ook: b.offering:1:11: de andere definitie van 'A'\n");
        expect(stdout.split('\n').slice(-3)).toEqual(['3 fouten, 1 waarschuwing in 2 bestanden', 'Te veel waarschuwingen: 1, hoogstens 0 toegestaan (--max-warnings).', '']);
    });
});

describe('the other formats stay as they were, byte for byte', () => {
    test('sarif (the text, json and github formats are pinned in validate.test.ts)', async () => {
        const { version } = JSON.parse(fs.readFileSync(new URL('../../packages/language/package.json', import.meta.url), 'utf-8')) as { version: string };
        const { code, stdout } = await run(['validate', '--format', 'sarif'], tempFolder({ 'b.offering': 'programme U { level mbo-2 years 1 } }\n' }), { stdoutIsTTY: true });
        expect(code).toBe(1);
        expect(stdout).toBe(`${JSON.stringify({
            $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
            version: '2.1.0',
            runs: [{
                tool: { driver: { name: 'offering', version, rules: [{ id: 'parsing-error' }] } },
                results: [{
                    ruleId: 'parsing-error', ruleIndex: 0, level: 'error', message: { text: 'Expecting end of file but found `}`.' },
                    locations: [{ physicalLocation: { artifactLocation: { uri: 'b.offering', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 37, endLine: 1, endColumn: 38 } } }],
                }],
            }],
        }, undefined, 2)}\n`);
    });
});

describe('generate and export: diagnostics on stderr, pretty when stderr is a terminal', () => {
    test('generate', async () => {
        const folder = tempFolder(broken);
        const pretty = await run(['generate', '--stdout', '--no-color'], folder, { stderrIsTTY: true });
        expect([pretty.code, pretty.stdout]).toEqual([1, '']);
        expect(pretty.stderr.split('\n').slice(0, PLAIN.length)).toEqual(PLAIN);
        expect(pretty.stderr.split('\n').slice(-3)).toEqual(['3 errors, 1 warning in 2 files', 'Catalogue not written: fix the 3 errors first.', '']);
        expect((await run(['generate', '--stdout', '--format', 'pretty'], folder)).stderr).toBe(pretty.stderr);
        const text = await run(['generate', '--stdout'], folder);
        expect(text.stderr.split('\n').slice(-3)).toEqual(['Checked 2 files: 3 errors, 1 warning.', 'Catalogue not written: fix the 3 errors first.', '']);
        expect(await run(['generate', '--stdout', '--format', 'text'], folder, { stderrIsTTY: true })).toEqual(text);
    });

    test('export, and a clean run prints no diagnostics at all', async () => {
        const pretty = await run(['export', '--to', 'ooapi', '--stdout', '--format', 'pretty'], tempFolder(broken));
        expect(pretty.code).toBe(1);
        expect(pretty.stderr.split('\n').slice(0, PLAIN.length)).toEqual(PLAIN);
        expect(pretty.stderr.split('\n').at(-3)).toBe('3 errors, 1 warning in 2 files');
        const ok = await run(['generate', '--stdout', '--format', 'pretty'], tempFolder(clean));
        expect([ok.code, ok.stderr]).toEqual([0, '']);
    });
});
