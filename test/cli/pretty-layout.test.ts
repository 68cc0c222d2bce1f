import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { TEXTS } from '../../packages/language/src/i18n/messages.js';
import type { SourceFile } from '../../packages/language/src/node/cli/pretty-format.js';
import { formatPretty, layout } from '../../packages/language/src/node/cli/pretty-format.js';

function diagnostic(startLine: number, startCharacter: number, endLine: number, endCharacter: number, extra: Partial<Diagnostic> = {}): Diagnostic {
    return { range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } }, severity: 1, code: 'offering.x.y', message: 'M', ...extra };
}

/** The quoted lines of one diagnostic in `text`, without heading, message and summary. */
function quoted(text: string, d: Diagnostic): string[] {
    const sources = new Map<string, SourceFile>([['f.offering', { file: 'f.offering', text }]]);
    const lines = formatPretty([{ file: 'f.offering', diagnostic: d }], sources, { locale: 'en', colour: false, fileCount: 1 }).split('\n');
    return lines.slice(4, -3);
}

describe('pretty format: quoting the source', () => {
    test('tabs expand to the next multiple of four columns, and the underline follows them', () => {
        expect(quoted('\tmodule\tM\n', diagnostic(0, 8, 0, 9))).toEqual(['  |', '1 |     module  M', '  |             ^']);
    });

    test('wide characters take two columns, combining marks none', () => {
        expect(quoted('"日本" X\n', diagnostic(0, 5, 0, 6))).toEqual(['  |', '1 | "日本" X', '  |        ^']);
        expect(quoted('"e\u0301" X\n', diagnostic(0, 5, 0, 6))).toEqual(['  |', '1 | "e\u0301" X', '  |     ^']);
        // An emoji is two UTF-16 code units and two columns.
        expect(quoted('"😀" X\n', diagnostic(0, 0, 0, 4))).toEqual(['  |', '1 | "😀" X', '  | ^^^^']);
    });

    test('a span over lines underlines each line from its text on; one that ends at a line start ends the line before', () => {
        expect(quoted('a {\n  b\n}\nc\n', diagnostic(0, 2, 3, 0))).toEqual([
            '  |', '1 | a {', '  |   ^', '2 |   b', '  |   ^', '3 | }', '  | ^',
        ]);
    });

    test('a long span shows its first and last two lines and how many it left out', () => {
        const text = ['x {', '  1', '  2', '  3', '  4', '  5', '}'].join('\n');
        expect(quoted(text, diagnostic(0, 0, 6, 1))).toEqual([
            '  |', '1 | x {', '  | ^^^', '2 |   1', '  |   ^', '  | ... 3 more lines', '6 |   5', '  |   ^', '7 | }', '  | ^',
        ]);
    });

    test('an empty span gets one caret, also at the end of a line or of the file', () => {
        expect(quoted('ab\n', diagnostic(0, 2, 0, 2))).toEqual(['  |', '1 | ab', '  |   ^']);
        // Past the last line (Langium's end-of-file errors): the end of the text.
        expect(quoted('ab', diagnostic(5, 0, 5, 0))).toEqual(['  |', '1 | ab', '  |   ^']);
    });

    test('control characters are shown, not sent to the terminal; CRLF lines are lines', () => {
        expect(quoted('a\x1b[31mb\r\nc\r\n', diagnostic(1, 0, 1, 1))).toEqual(['  |', '2 | c', '  | ^']);
        expect(layout('a\x1b[31mb').display).toBe('a\ufffd[31mb');
    });

    test('a very long line shows a window of 160 code units from 40 before the span, marked with ...', () => {
        const line = `${'a'.repeat(300)}X${'b'.repeat(300)}`;
        expect(quoted(line, diagnostic(0, 300, 0, 301))).toEqual([
            '  |', `1 | ...${'a'.repeat(40)}X${'b'.repeat(119)}...`, `  | ${' '.repeat(43)}^`,
        ]);
        expect(quoted(line, diagnostic(0, 10, 0, 12))).toEqual([
            '  |', `1 | ${'a'.repeat(160)}...`, `  | ${' '.repeat(10)}^^`,
        ]);
        // A span past the window is underlined to its end; a surrogate pair is never cut.
        expect(quoted('😀'.repeat(150), diagnostic(0, 82, 0, 200))).toEqual([
            '  |', `1 | ...${'😀'.repeat(80)}...`, `  | ${' '.repeat(43)}${'^'.repeat(118)}`,
        ]);
        expect(quoted('😀'.repeat(150), diagnostic(0, 81, 0, 200))).toEqual([
            '  |', `1 | ...${'😀'.repeat(81)}...`, `  | ${' '.repeat(43)}${'^'.repeat(120)}`,
        ]);
    });

    test('the gutter is as wide as the largest line number, related places included', () => {
        const text = Array.from({ length: 12 }, (_, i) => `l${i + 1}`).join('\n');
        const sources = new Map<string, SourceFile>([['f.offering', { file: 'f.offering', text }], ['file:///f.offering', { file: 'f.offering', text }]]);
        const d = diagnostic(0, 0, 0, 2, { relatedInformation: [{ location: { uri: 'file:///f.offering', range: { start: { line: 11, character: 0 }, end: { line: 11, character: 3 } } }, message: 'there' }] });
        expect(formatPretty([{ file: 'f.offering', diagnostic: d }], sources, { locale: 'en', colour: false, fileCount: 1 })).toBe([
            '-- f.offering ' + '-'.repeat(46),
            '',
            'error offering.x.y: M',
            '  --> f.offering:1:1',
            '   |',
            ' 1 | l1',
            '   | ^^',
            '   = see also: f.offering:12:1: there',
            '   |',
            '12 | l12',
            '   | ^^^',
            '',
            '1 error in 1 file',
            '',
        ].join('\n'));
    });
});

describe('pretty format: the closing line, singular and plural in both languages', () => {
    test.each([
        [1, 1, 0, '1 error in 1 file', '1 fout in 1 bestand'],
        [3, 2, 1, '2 errors, 1 warning in 3 files', '2 fouten, 1 waarschuwing in 3 bestanden'],
        [2, 0, 2, '2 warnings in 2 files', '2 waarschuwingen in 2 bestanden'],
        [1, 1, 1, '1 error, 1 warning in 1 file', '1 fout, 1 waarschuwing in 1 bestand'],
        [2, 0, 0, 'No errors or warnings in 2 files', 'Geen fouten of waarschuwingen in 2 bestanden'],
    ])('%i files, %i errors, %i warnings', (files, errors, warnings, english, dutch) => {
        expect(TEXTS.en.cli.prettySummary(files, errors, warnings)).toBe(english);
        expect(TEXTS.nl.cli.prettySummary(files, errors, warnings)).toBe(dutch);
    });
});
