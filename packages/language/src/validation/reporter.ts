import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { DataArgs, DiagnosticData } from '../i18n/issue-codes.js';
import type { IssueCode, MessageParams, OfferingMessages } from '../i18n/messages.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Where a diagnostic sits: a property (and index) of the node, or an explicit range. */
export interface Place {
    property?: string;
    index?: number;
    range?: Range;
    /** Other places the diagnostic is about (the other definition of a duplicate name). */
    related?: DiagnosticRelatedInformation[];
}

/**
 * Puts one diagnostic on the narrowest place, with its issue code both as the LSP `code`
 * and in `data.code` (quick fixes switch on it), plus the quick-fix data that code carries
 * (QuickFixData): a code that has such data must be given it, any other code takes none.
 */
export class Reporter {
    constructor(readonly messages: OfferingMessages) { }

    report<C extends IssueCode>(accept: ValidationAcceptor, severity: Severity, code: C, params: MessageParams<C>,
        node: AstNode, place: Place = {}, ...data: DataArgs<C>): void {
        const diagnosticData = { code, ...data[0] } as DiagnosticData<C>;
        accept(severity, this.messages.format(code, params),
            { node, property: place.property, index: place.index, range: place.range, code, data: diagnosticData, relatedInformation: place.related } as never);
    }

    /** A related place for Place.related: a range in the document of `node`; none without a range. */
    related(node: AstNode, range: Range | undefined, message: string): DiagnosticRelatedInformation[] | undefined {
        return range ? [{ location: { uri: AstUtils.getDocument(node).uri.toString(), range }, message }] : undefined;
    }
}
