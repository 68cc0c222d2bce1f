import type { FileDiagnostic } from '../workspace-loader.js';
import { diagnosticCode, messageText, severityName } from './diagnostic-format.js';

/**
 * GitHub Actions workflow commands, one per diagnostic:
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message`.
 * GitHub shows them as annotations on the pull request's changed lines.
 */
export function formatGithub(diagnostics: FileDiagnostic[]): string {
    return diagnostics.map(({ file, diagnostic }) => {
        const { start, end } = diagnostic.range;
        const properties = [
            ['file', file.split('\\').join('/')],
            ['line', start.line + 1],
            ['col', start.character + 1],
            ['endLine', end.line + 1],
            ['endColumn', end.character + 1],
            ['title', diagnosticCode(diagnostic)],
        ].map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
        return `::${command(diagnostic.severity)} ${properties}::${escapeData(messageText(diagnostic))}\n`;
    }).join('');
}

function command(severity: number | undefined): 'error' | 'warning' | 'notice' {
    const name = severityName(severity);
    return name === 'error' || name === 'warning' ? name : 'notice';
}

/** The escaping of the Actions toolkit (`@actions/core`): a message may not break the command line. */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also may not contain the separators `:` and `,`. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
