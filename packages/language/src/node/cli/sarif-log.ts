import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { FileDiagnostic } from '../workspace-loader.js';
import { diagnosticCode, messageText, severityName } from './diagnostic-format.js';

/** The parts of SARIF 2.1.0 that we write (OASIS Static Analysis Results Interchange Format). */
export interface SarifLog {
    $schema: string;
    version: '2.1.0';
    runs: Array<{
        tool: { driver: { name: string; version: string; informationUri?: string; rules: Array<{ id: string }> } };
        originalUriBaseIds?: Record<string, { uri: string }>;
        results: SarifResult[];
    }>;
}

interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: 'error' | 'warning' | 'note';
    message: { text: string };
    locations: Array<{
        physicalLocation: {
            artifactLocation: { uri: string; uriBaseId?: string };
            region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
    }>;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * A SARIF 2.1.0 log (for GitHub code scanning and other viewers). Files inside the current
 * folder are given relative to `%SRCROOT%` so that the log holds no machine's absolute paths.
 */
export function sarifLog(diagnostics: FileDiagnostic[], toolVersion: string): SarifLog {
    const ruleIds = [...new Set(diagnostics.map(d => diagnosticCode(d.diagnostic)))].sort();
    const results = diagnostics.map(({ file, diagnostic }): SarifResult => {
        const { start, end } = diagnostic.range;
        const ruleId = diagnosticCode(diagnostic);
        return {
            ruleId,
            ruleIndex: ruleIds.indexOf(ruleId),
            level: level(diagnostic.severity),
            message: { text: messageText(diagnostic) },
            locations: [{
                physicalLocation: {
                    artifactLocation: artifact(file),
                    region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
                },
            }],
        };
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'offering', version: toolVersion, rules: ruleIds.map(id => ({ id })) } },
            results,
        }],
    };
}

export function formatSarif(diagnostics: FileDiagnostic[], toolVersion: string): string {
    return JSON.stringify(sarifLog(diagnostics, toolVersion), undefined, 2) + '\n';
}

function level(severity: number | undefined): 'error' | 'warning' | 'note' {
    const name = severityName(severity);
    return name === 'error' || name === 'warning' ? name : 'note';
}

function artifact(file: string): { uri: string; uriBaseId?: string } {
    if (path.isAbsolute(file)) {
        return { uri: pathToFileURL(file).href };
    }
    return { uri: file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
