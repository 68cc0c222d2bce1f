import AjvDraft04Module from 'ajv-draft-04';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty } from '../../packages/language/src/node/cli/github-annotations.js';
import { run, tempFolder } from './cli-test-support.js';

// A CommonJS module: its class is `default` of module.exports.
const AjvDraft04 = AjvDraft04Module.default;

const clean = {
    'org.offering': 'board B "Bestuur" code 100B490\nprovider P "School" code 110A133 under B\nlocation L "Gebouw" code 110X912 under B used by P\n',
    'sub/cal.offering': 'calendar C { period T1 from 2026-09-01 to 2026-12-23 }\nprogramme Zorg { crebo 25498 level mbo-2 years 1 calendar C offered by P at L as BOL { intake at T1 } }\n',
};
/** A duplicate name (our check, `code` set) and a parse error (Langium's, code only in `data.code`). */
const broken = {
    'a.offering': 'programme A { level mbo-2 years 1 }\n',
    'b.offering': 'programme A { level mbo-2 years 1 }\nprogramme C { level mbo-2 years }\n',
};
/** One parse error. */
const unparsable = 'programme U { level mbo-2 years 1 } }\n';

describe('offering validate: text', () => {
    test('a clean workspace of files and folders: a summary and exit 0', async () => {
        expect(await run(['validate'], tempFolder(clean))).toEqual({ code: 0, stdout: 'Checked 2 files: no problems found.\n', stderr: '' });
        expect(await run(['validate', 'org.offering', 'sub'], tempFolder(clean))).toEqual({ code: 0, stdout: 'Checked 2 files: no problems found.\n', stderr: '' });
    });

    test('errors like tsc, each with a code (also Langium\'s parse errors), and exit 1', async () => {
        expect(await run(['validate', '.'], tempFolder(broken))).toEqual({
            code: 1,
            stdout: [
                "a.offering:1:11 - error offering.name.duplicate: The name 'A' is already used by the programme in b.offering:1. Names are unique across the workspace: rename one of them.",
                "b.offering:1:11 - error offering.name.duplicate: The name 'A' is already used by the programme in a.offering:1. Names are unique across the workspace: rename one of them.",
                "b.offering:2:33 - error parsing-error: Expecting token of type 'NUMBER' but found `}`.",
                'Checked 2 files: 3 errors, 0 warnings.',
                '',
            ].join('\n'),
            stderr: '',
        });
    });

    test('--lang nl gives the messages in Dutch', async () => {
        const { code, stdout } = await run(['validate', '--lang', 'nl', 'a.offering', 'b.offering'], tempFolder(broken));
        expect(code).toBe(1);
        expect(stdout.split('\n')[0]).toBe("a.offering:1:11 - error offering.name.duplicate: De naam 'A' wordt al gebruikt door de opleiding in b.offering:1. Namen zijn uniek in de hele werkruimte: geef een van beide een andere naam.");
    });

    test('an empty file is an empty offering', async () => {
        expect(await run(['validate'], tempFolder({ 'empty.offering': '' }))).toEqual({ code: 0, stdout: 'Checked 1 file: no problems found.\n', stderr: '' });
    });

    test('--verbose reports each phase with its time on stderr', async () => {
        const { code, stdout, stderr } = await run(['validate', '--verbose'], tempFolder(clean));
        expect([code, stdout]).toEqual([0, 'Checked 2 files: no problems found.\n']);
        expect(stderr.replace(/\(\d+ ms\)/g, '(N ms)')).toBe('offering: found 2 files (N ms)\noffering: parsed 2 files (N ms)\noffering: validated 2 files (N ms)\n');
    });

    test('warnings alone pass; --max-warnings N fails (exit 1) with more than N warnings', async () => {
        const folder = tempFolder({ 'd.offering': 'programme C { level mbo-2 years 1 }\ngrouping G "Ongebruikt"\n' });
        const warning = 'd.offering:2:10 - warning offering.definition.unused: Nothing uses the grouping G. Use it or remove it.\nChecked 1 file: 0 errors, 1 warning.\n';
        expect(await run(['validate'], folder)).toEqual({ code: 0, stdout: warning, stderr: '' });
        expect(await run(['validate', '--max-warnings', '1'], folder)).toEqual({ code: 0, stdout: warning, stderr: '' });
        expect(await run(['validate', '--max-warnings', '0'], folder)).toEqual({
            code: 1, stdout: warning + 'Too many warnings: 1, at most 0 allowed (--max-warnings).\n', stderr: '',
        });
        expect(await run(['validate', '--format', 'github', '--max-warnings', '0'], folder)).toEqual({
            code: 1,
            stdout: [
                '::warning file=d.offering,line=2,col=10,endLine=2,endColumn=11,title=offering.definition.unused::Nothing uses the grouping G. Use it or remove it.',
                'Checked 1 file: 0 errors, 1 warning.',
                'Too many warnings: 1, at most 0 allowed (--max-warnings).',
                '',
            ].join('\n'),
            stderr: '',
        });
        expect((await run(['validate', '--format', 'json', '--max-warnings', '0'], folder)).code).toBe(1);
    });

    test('--max-warnings takes a whole number; without warnings it passes', async () => {
        expect((await run(['validate', '--max-warnings', '0'], tempFolder(clean))).code).toBe(0);
        expect(await run(['validate', '--max-warnings', 'many'], tempFolder(clean))).toEqual({
            code: 2,
            stdout: '',
            stderr: "error: option '--max-warnings <count>' argument 'many' is invalid. expected a whole number of 0 or more.\n(add --help for usage)\n",
        });
    });
});

describe('offering validate: machine-readable formats', () => {
    test('json: one array with file, 1-based range, severity, code and message', async () => {
        const { code, stdout } = await run(['validate', '--format', 'json'], tempFolder({ 'b.offering': unparsable }));
        expect(code).toBe(1);
        expect(JSON.parse(stdout)).toEqual([
            { file: 'b.offering', range: { start: { line: 1, column: 37 }, end: { line: 1, column: 38 } }, severity: 'error', code: 'parsing-error', message: 'Expecting end of file but found `}`.' },
        ]);
        expect(await run(['validate', '--format', 'json'], tempFolder(clean))).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    });

    test('github: workflow commands with the code as title', async () => {
        const { code, stdout } = await run(['validate', '--format', 'github'], tempFolder({ 'dir/b.offering': unparsable }));
        expect(code).toBe(1);
        expect(stdout).toBe([
            '::error file=dir/b.offering,line=1,col=37,endLine=1,endColumn=38,title=parsing-error::Expecting end of file but found `}`.',
            'Checked 1 file: 1 error, 0 warnings.',
            '',
        ].join('\n'));
    });

    test('github: messages and properties are escaped so they cannot break the command', () => {
        expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
        expect(escapeProperty('dir:a,b%.offering')).toBe('dir%3Aa%2Cb%25.offering');
    });

    test('sarif: a valid SARIF 2.1.0 log (checked against the OASIS schema) with relative locations', async () => {
        const { code, stdout } = await run(['validate', '--format', 'sarif'], tempFolder({ ...broken, 'x y/c.offering': unparsable }));
        expect(code).toBe(1);
        const log = JSON.parse(stdout);
        const require = createRequire(import.meta.url);
        const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
        // unicodeRegExp off: one pattern in the published schema (`language`) is not valid with the u flag;
        // formats (uri, date-time) are not checked: ajv ships no format validators.
        const validateSarif = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf-8')));
        expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
        const sarifRun = log.runs[0];
        expect(sarifRun.tool.driver.rules).toEqual([{ id: 'offering.name.duplicate' }, { id: 'parsing-error' }]);
        expect(sarifRun.results.map((result: { ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: unknown }> }) =>
            [result.ruleId, result.ruleIndex, result.level, result.locations[0].physicalLocation])).toEqual([
            ['offering.name.duplicate', 0, 'error', { artifactLocation: { uri: 'a.offering', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 11, endLine: 1, endColumn: 12 } }],
            ['offering.name.duplicate', 0, 'error', { artifactLocation: { uri: 'b.offering', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 11, endLine: 1, endColumn: 12 } }],
            ['parsing-error', 1, 'error', { artifactLocation: { uri: 'b.offering', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 33, endLine: 2, endColumn: 34 } }],
            ['parsing-error', 1, 'error', { artifactLocation: { uri: 'x%20y/c.offering', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 37, endLine: 1, endColumn: 38 } }],
        ]);
        expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    });
});
