import type { Range } from 'vscode-languageserver-types';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import * as path from 'node:path';
import { URI } from 'langium';
import type { InputFile } from '../input-files.js';
import type { FileDiagnostic } from '../workspace-loader.js';
import { displayPath } from '../workspace-loader.js';
import type { SeverityName } from './diagnostic-format.js';
import { countBySeverity, diagnosticCode, messageText, severityName } from './diagnostic-format.js';

/** A checked file: the path as printed, and its text (to quote its lines). */
export interface SourceFile {
    file: string;
    text: string;
}

export interface PrettyOptions {
    locale: Locale;
    /** ANSI colours (terminal.ts decides); without them the layout is the same. */
    colour: boolean;
    /** How many files were checked, for the closing line. */
    fileCount: number;
}

/** The SGR codes this format emits (`ansi-html.mjs` knows exactly these). */
const STYLE: Record<SeverityName | 'gutter' | 'heading' | 'note' | 'summary', string> = {
    error: '1;31', warning: '1;33', info: '1;36', hint: '1;36', gutter: '1;34', heading: '1', note: '1;36', summary: '1',
};
/** A tab moves to the next multiple of this many columns. */
const TAB_WIDTH = 4;
/** A span over more lines shows its first and last two, and how many it left out. */
const MAX_SPAN_LINES = 5;
const HEADING_WIDTH = 60;
/** Longer lines are cut to this many UTF-16 units around the span, starting this many before it. */
const MAX_LINE_UNITS = 160;
const WINDOW_BEFORE = 40;

/**
 * Diagnostics for a person at a terminal, like rustc and Elm: per file a heading, per
 * diagnostic its severity, code and message, the source line(s) with the span underlined
 * (`^^^`) beside a line-number gutter, its related places likewise, and a closing count.
 * `sources` maps the printed path, and the document URI (for related places), to the file.
 */
export function formatPretty(diagnostics: FileDiagnostic[], sources: ReadonlyMap<string, SourceFile>, options: PrettyOptions): string {
    const texts = TEXTS[options.locale].cli;
    const paint = (text: string, style: keyof typeof STYLE): string => options.colour && text !== '' ? `\x1b[${STYLE[style]}m${text}\x1b[0m` : text;
    const out: string[] = [];
    // Split each file once, not once per diagnostic: a large file may have thousands.
    const split = new Map<SourceFile, string[]>();
    const linesOf = (source: SourceFile | undefined): string[] | undefined => {
        if (source && !split.has(source)) {
            split.set(source, source.text.split(/\r\n|\r|\n/));
        }
        return source && split.get(source);
    };
    let currentFile: string | undefined;
    for (const { file, diagnostic } of diagnostics) {
        if (file !== currentFile) {
            currentFile = file;
            const title = `-- ${file} `;
            out.push(paint(title + '-'.repeat(Math.max(3, HEADING_WIDTH - title.length)), 'heading'), '');
        }
        const severity = severityName(diagnostic.severity);
        out.push(`${paint(`${texts.severities[severity]} ${diagnosticCode(diagnostic)}`, severity)}${paint(':', 'summary')} ${messageText(diagnostic)}`);
        const related = (diagnostic.relatedInformation ?? []).map(info => ({ source: sources.get(info.location.uri), range: info.location.range, message: info.message }));
        const gutterWidth = String(Math.max(diagnostic.range.end.line, ...related.map(r => r.range.end.line)) + 1).length;
        const gutter = (label = ''): string => paint(`${label.padStart(gutterWidth)} |`, 'gutter');
        const place = (shown: string, range: Range): string => `${shown}:${range.start.line + 1}:${range.start.character + 1}`;
        out.push(`${' '.repeat(gutterWidth)}${paint('-->', 'gutter')} ${place(file, diagnostic.range)}`);
        out.push(...quote(linesOf(sources.get(file)), diagnostic.range, gutter, underline => paint(underline, severity), texts.linesLeftOut));
        for (const { source, range, message } of related) {
            out.push(`${' '.repeat(gutterWidth)} ${paint('=', 'gutter')} ${paint(texts.seeAlso, 'note')}: ${place(source?.file ?? '?', range)}: ${message}`);
            out.push(...quote(linesOf(source), range, gutter, underline => paint(underline, 'note'), texts.linesLeftOut));
        }
        out.push('');
    }
    const { errors, warnings } = countBySeverity(diagnostics);
    out.push(paint(texts.prettySummary(options.fileCount, errors, warnings), 'summary'));
    return out.join('\n') + '\n';
}

/** The loaded documents by printed path and by URI, as formatPretty looks them up. */
export function sourcesOf(files: readonly InputFile[]): Map<string, SourceFile> {
    const sources = new Map<string, SourceFile>();
    for (const input of files) {
        // Keyed as diagnostics name their file, and as related places name theirs (the document URI).
        const source = { file: displayPath(input.path), text: input.text };
        sources.set(source.file, source);
        sources.set(URI.file(path.resolve(input.path)).toString(), source);
    }
    return sources;
}

/** The lines of `range` in a file's lines, each with the spanned part underlined; nothing without them. */
function quote(lines: string[] | undefined, range: Range, gutter: (label?: string) => string, mark: (underline: string) => string, leftOut: (lines: number) => string): string[] {
    if (lines === undefined) {
        return [];
    }
    if (range.start.line >= lines.length) {
        // Past the last line (an end-of-file error): the end of the text.
        const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
        range = { start: end, end };
    }
    const startLine = range.start.line;
    let endLine = Math.min(Math.max(range.end.line, startLine), lines.length - 1);
    let endCharacter = range.end.line > endLine ? Infinity : range.end.character;
    // A span that ends at the start of a line ends with the line before it.
    if (endLine > startLine && endCharacter === 0) {
        endLine--;
        endCharacter = Infinity;
    }
    const shown: Array<number | 'gap'> = [];
    const count = endLine - startLine + 1;
    for (let line = startLine; line <= endLine; line++) {
        if (count <= MAX_SPAN_LINES || line < startLine + 2 || line > endLine - 2) {
            shown.push(line);
        } else if (shown[shown.length - 1] !== 'gap') {
            shown.push('gap');
        }
    }
    const out = [gutter()];
    for (const line of shown) {
        if (line === 'gap') {
            out.push(`${gutter()} ${leftOut(count - 4)}`);
            continue;
        }
        let source = lines[line]!;
        let from = Math.min(line === startLine ? range.start.character : source.length - source.trimStart().length, source.length);
        let to = Math.max(line === endLine ? Math.min(endCharacter, source.length) : source.length, from);
        // A very long line (generated, minified) shows a window from just before the span.
        let before = '';
        let after = '';
        if (source.length > MAX_LINE_UNITS) {
            let begin = Math.max(0, from - WINDOW_BEFORE);
            let finish = Math.min(source.length, begin + MAX_LINE_UNITS);
            begin -= isLowSurrogate(source, begin) ? 1 : 0;
            finish += isLowSurrogate(source, finish) ? 1 : 0;
            before = begin > 0 ? '...' : '';
            after = finish < source.length ? '...' : '';
            source = source.slice(begin, finish);
            from -= begin;
            to = Math.min(to - begin, source.length);
        }
        const { display, columns } = layout(source);
        const start = columns[from]! + before.length;
        const end = columns[to]! + before.length;
        out.push(`${gutter(String(line + 1))} ${before}${display}${after}`.trimEnd());
        out.push(`${gutter()} ${' '.repeat(start)}${mark('^'.repeat(Math.max(1, end - start)))}`);
    }
    return out;
}

function isLowSurrogate(text: string, offset: number): boolean {
    const unit = text.charCodeAt(offset);
    return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * A source line as the terminal should show it: tabs expanded, control characters made
 * visible (a stray escape must not restyle the terminal), with the display column of each
 * UTF-16 offset, since East Asian wide characters and emoji take two columns, combining marks none.
 */
export function layout(source: string): { display: string; columns: number[] } {
    let display = '';
    let column = 0;
    const columns: number[] = [];
    for (let offset = 0; offset < source.length;) {
        const codePoint = source.codePointAt(offset)!;
        const units = codePoint > 0xffff ? 2 : 1;
        for (let unit = 0; unit < units; unit++) {
            columns[offset + unit] = column;
        }
        if (codePoint === 0x09) {
            const width = TAB_WIDTH - (column % TAB_WIDTH);
            display += ' '.repeat(width);
            column += width;
        } else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
            display += '\ufffd';
            column += 1;
        } else {
            display += String.fromCodePoint(codePoint);
            column += displayWidth(codePoint);
        }
        offset += units;
    }
    columns[source.length] = column;
    return { display, columns };
}

function displayWidth(codePoint: number): number {
    if ((codePoint >= 0x0300 && codePoint <= 0x036f) || codePoint === 0x200b || codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) {
        return 0;
    }
    const wide = (codePoint >= 0x1100 && codePoint <= 0x115f) || (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f)
        || (codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0xf900 && codePoint <= 0xfaff) || (codePoint >= 0xfe30 && codePoint <= 0xfe4f)
        || (codePoint >= 0xff00 && codePoint <= 0xff60) || (codePoint >= 0xffe0 && codePoint <= 0xffe6)
        || (codePoint >= 0x1f300 && codePoint <= 0x1f64f) || (codePoint >= 0x1f900 && codePoint <= 0x1f9ff) || (codePoint >= 0x20000 && codePoint <= 0x3fffd);
    return wide ? 2 : 1;
}
