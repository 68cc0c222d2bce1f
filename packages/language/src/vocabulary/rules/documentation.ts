/**
 * Where the rules' documentation lives, for the link on every diagnostic (LSP
 * `codeDescription.href`). There is no public site: the entry point sets `base`, the folder that
 * holds `rules.md` and `rules.nl.md` (the Node server the file URL of the package's own copy, the
 * web worker the path the web app serves). Without a base diagnostics carry no link, never a
 * wrong one.
 */
import type { IssueCode, Locale } from '../../i18n/messages.js';
import { isIssueCode } from '../../i18n/messages.js';
import { ruleAnchor, rulesFile } from './registry.js';

export class RulesDocumentation {
    /** The folder of the rules documents, ending in `/`; undefined: no links. */
    base: string | undefined;

    /** The link to a rule's section in the document of a language; undefined for a code that is not a rule. */
    href(code: string | number | undefined, locale: Locale): string | undefined {
        if (this.base === undefined || !isIssueCode(code)) {
            return undefined;
        }
        return rulesHref(this.base, code, locale);
    }
}

/** `<base>rules.nl.md#offering-name-duplicate`. */
export function rulesHref(base: string, code: IssueCode, locale: Locale): string {
    return `${base.endsWith('/') ? base : `${base}/`}${rulesFile(locale)}#${ruleAnchor(code)}`;
}
