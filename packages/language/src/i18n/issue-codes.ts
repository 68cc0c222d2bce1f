/**
 * What a diagnostic carries in `data` besides its code, per issue code (docs/rules.md): the
 * facts a quick fix needs. The reporter must attach exactly these (see Reporter.report) and the code actions
 * read them through `diagnosticData`, so both sides agree at compile time.
 */
import type { IssueCode } from './messages.js';
import { isIssueCode } from './messages.js';

export interface QuickFixData {
    'offering.size.reversed': { min: string; max: string };
    'offering.intake.not-on-period-start': { nearest: string };
    'offering.definition.unused': { kind: string };
    'offering.offering.location-not-used': { provider: string; location: string };
    'offering.reference.unresolved': { refText: string; targetType: string; containerType: string; property: string };
    'offering.reference.ambiguous': { candidates: string[] };
    'offering.policy.all-across-boards': { boards: string[] };
    'offering.offering.language-unknown': { suggestions: string[] };
    'offering.offering.currency-unknown': { suggestions: string[] };
}

/** The `data` of a diagnostic with code C: the code, plus the quick-fix data of that code if it has any. */
export type DiagnosticData<C extends IssueCode = IssueCode> = C extends IssueCode
    ? { code: C } & (C extends keyof QuickFixData ? QuickFixData[C] : Record<never, never>)
    : never;

/** The data argument(s) to report a diagnostic with code C: one for a code with quick-fix data, none otherwise. */
export type DataArgs<C extends IssueCode> = C extends keyof QuickFixData ? [data: QuickFixData[C]] : [];

/**
 * The data of a diagnostic that came back from the client, as a union that narrows on `code`;
 * undefined when it is not one of ours. `diagnostic.code` stands in when `data` lost the code.
 */
export function diagnosticData(diagnostic: { code?: number | string; data?: unknown }): DiagnosticData | undefined {
    const data = typeof diagnostic.data === 'object' && diagnostic.data !== null ? diagnostic.data as Record<string, unknown> : {};
    const code = data.code ?? diagnostic.code;
    return isIssueCode(code) ? { ...data, code } as DiagnosticData : undefined;
}
