import type { Diagnostic } from 'vscode-languageserver-types';
import type { OfferingMessages } from '../i18n/messages.js';

/**
 * The most diagnostics one file publishes to the editor. Beyond this an editor only slows down
 * (every diagnostic is a marker, a squiggle and a line in the Problems panel) and nobody reads
 * them; the CLI still reports every one. See docs/reliability.md.
 */
export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

export const MORE_PROBLEMS_CODE = 'offering.diagnostics.more';

/**
 * The first `max - 1` diagnostics, the most severe first (then by position), and one final
 * diagnostic that says how many more there are, on the first of those left out and as severe as
 * the most severe of them. Up to `max` diagnostics pass unchanged.
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], messages: OfferingMessages, max = MAX_PUBLISHED_DIAGNOSTICS): Diagnostic[] {
    if (diagnostics.length <= max) {
        return [...diagnostics];
    }
    const ordered = [...diagnostics].sort(bySeverityThenPosition);
    const shown = ordered.slice(0, max - 1);
    const rest = ordered.slice(max - 1);
    const first = rest.reduce((a, b) => comparePosition(a, b) <= 0 ? a : b);
    const severity = rest.reduce<number>((most, d) => Math.min(most, d.severity ?? 1), 4) as Diagnostic['severity'];
    shown.push({
        severity,
        range: first.range,
        message: messages.texts.server.moreProblems(rest.length, max - 1),
        code: MORE_PROBLEMS_CODE,
        data: { code: MORE_PROBLEMS_CODE },
        source: 'offering',
    });
    return shown;
}

function bySeverityThenPosition(a: Diagnostic, b: Diagnostic): number {
    return (a.severity ?? 1) - (b.severity ?? 1) || comparePosition(a, b);
}

function comparePosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** What the server uses to publish: Langium calls `sendDiagnostics` for every validated document. */
export interface DiagnosticsSender {
    sendDiagnostics(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): Promise<void> | void;
}

/** Makes the connection publish at most `max` diagnostics per file (see `capDiagnostics`). */
export function capPublishedDiagnostics(connection: DiagnosticsSender, messages: OfferingMessages, max = MAX_PUBLISHED_DIAGNOSTICS): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => send({ ...params, diagnostics: capDiagnostics(params.diagnostics, messages, max) });
}
