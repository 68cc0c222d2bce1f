import type { FileDiagnostic } from '../workspace-loader.js';

const SEVERITY_NAMES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function severityName(severity: number | undefined): string {
    return SEVERITY_NAMES[severity ?? 1] ?? 'error';
}

/** `file:line:col - error CODE: message`, one per line, like tsc. */
export function formatText(diagnostics: FileDiagnostic[]): string {
    return diagnostics.map(({ file, diagnostic }) => {
        const { line, character } = diagnostic.range.start;
        const code = diagnostic.code !== undefined ? ` ${diagnostic.code}` : '';
        return `${file}:${line + 1}:${character + 1} - ${severityName(diagnostic.severity)}${code}: ${diagnostic.message}\n`;
    }).join('');
}

export function summarise(diagnostics: FileDiagnostic[], fileCount: number): string {
    const errors = diagnostics.filter(d => d.diagnostic.severity === 1).length;
    const warnings = diagnostics.filter(d => d.diagnostic.severity === 2).length;
    const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
    if (errors === 0 && warnings === 0) {
        return `Checked ${files}: no problems found.`;
    }
    return `Checked ${files}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
}
