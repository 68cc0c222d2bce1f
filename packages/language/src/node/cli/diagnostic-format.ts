import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import type { FileDiagnostic } from '../workspace-loader.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';
const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function severityName(severity: number | undefined): SeverityName {
    return SEVERITY_NAMES[severity ?? 1] ?? 'error';
}

/**
 * A diagnostic's issue code. Our own checks set `code`; Langium's lexer, parser and linker
 * put theirs only in `data.code` (e.g. `parsing-error`), and those must print a code too.
 */
export function diagnosticCode(diagnostic: Diagnostic): string {
    const code = diagnostic.code ?? (diagnostic.data as { code?: unknown } | undefined)?.code;
    return code === undefined || code === null || code === '' ? 'offering.unknown' : String(code);
}

/** A diagnostic's message as plain text (LSP 3.18 also allows markup). */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** `file:line:col - error CODE: message`, one per line, like tsc. */
export function formatText(diagnostics: FileDiagnostic[]): string {
    return diagnostics.map(({ file, diagnostic }) => {
        const { line, character } = diagnostic.range.start;
        return `${file}:${line + 1}:${character + 1} - ${severityName(diagnostic.severity)} ${diagnosticCode(diagnostic)}: ${messageText(diagnostic)}\n`;
    }).join('');
}

export interface JsonDiagnostic {
    file: string;
    /** 1-based lines and columns, like the text format and editors show them; `end` is exclusive. */
    range: { start: { line: number; column: number }; end: { line: number; column: number } };
    severity: SeverityName;
    code: string;
    message: string;
}

export function toJsonDiagnostic({ file, diagnostic }: FileDiagnostic): JsonDiagnostic {
    const { start, end } = diagnostic.range;
    return {
        file: file.split('\\').join('/'),
        range: { start: { line: start.line + 1, column: start.character + 1 }, end: { line: end.line + 1, column: end.character + 1 } },
        severity: severityName(diagnostic.severity),
        code: diagnosticCode(diagnostic),
        message: messageText(diagnostic),
    };
}

/** One JSON array of diagnostics (empty when clean), for scripts. */
export function formatJson(diagnostics: FileDiagnostic[]): string {
    return JSON.stringify(diagnostics.map(toJsonDiagnostic), undefined, 2) + '\n';
}

export function countBySeverity(diagnostics: FileDiagnostic[]): { errors: number; warnings: number } {
    return {
        errors: diagnostics.filter(d => severityName(d.diagnostic.severity) === 'error').length,
        warnings: diagnostics.filter(d => severityName(d.diagnostic.severity) === 'warning').length,
    };
}

/** `Checked 2 files: 1 error, 0 warnings.`, in the language of --lang. */
export function summarise(diagnostics: FileDiagnostic[], fileCount: number, locale: Locale): string {
    const { errors, warnings } = countBySeverity(diagnostics);
    return TEXTS[locale].cli.summary(fileCount, errors, warnings);
}
