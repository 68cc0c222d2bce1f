import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { IssueCode, MessageParams, OfferingMessages } from '../i18n/messages.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Where a diagnostic sits: a property (and index) of the node, or an explicit range. */
export interface Place {
    property?: string;
    index?: number;
    range?: Range;
}

/**
 * Puts one diagnostic on the narrowest place, with its issue code both as the LSP `code`
 * and in `data.code` (quick fixes switch on it), plus any data a quick fix needs.
 */
export class Reporter {
    constructor(readonly messages: OfferingMessages) { }

    report<C extends IssueCode>(accept: ValidationAcceptor, severity: Severity, code: C, params: MessageParams<C>,
        node: AstNode, place: Place = {}, data: Record<string, unknown> = {}): void {
        accept(severity, this.messages.format(code, params),
            { node, property: place.property, index: place.index, range: place.range, code, data: { code, ...data } } as never);
    }
}
