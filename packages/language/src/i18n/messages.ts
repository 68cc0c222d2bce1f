/**
 * The message service and the issue codes. The texts themselves are in one table per
 * language (`en.ts`, `nl.ts`); validators and quick fixes refer to codes and keys only.
 */
import { en } from './en.js';
import type { Texts } from './en.js';
import { nl } from './nl.js';

export type { Texts } from './en.js';

export type Locale = 'en' | 'nl';

/** The text table of each language. */
export const TEXTS: Readonly<Record<Locale, Texts>> = { en, nl };

export type IssueCode = keyof Texts['messages'];
export type MessageParams<C extends IssueCode> = Parameters<Texts['messages'][C]>[0];
export type PhraseKey = keyof Texts['phrases'];

/** Every issue code (docs/rules.md documents each one). */
export const ISSUE_CODES = Object.keys(en.messages) as IssueCode[];

export function isIssueCode(value: unknown): value is IssueCode {
    return typeof value === 'string' && Object.hasOwn(en.messages, value);
}

/** Picks a supported locale from an LSP/OS locale string such as `nl-NL` or `en_US`. */
export function toLocale(value: string | undefined): Locale {
    return value?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The message language of one set of services; the language server sets it from the client's locale. */
export class OfferingMessages {
    locale: Locale = 'en';

    /** The text table of the current language. */
    get texts(): Texts {
        return TEXTS[this.locale];
    }

    format<C extends IssueCode>(code: C, params: MessageParams<C>): string {
        const message = this.texts.messages[code] as (p: MessageParams<C>) => string;
        return message(params);
    }

    /** `programme` / `de opleiding`: a definition's kind for use inside a message. */
    kind(type: string): string {
        const kinds: Record<string, string> = this.texts.kinds;
        return Object.hasOwn(kinds, type) ? kinds[type]! : type;
    }

    /** `programme` / `opleiding`: a kind without its article. */
    bareKind(type: string): string {
        return this.kind(type).replace(/^(de|het) /, '');
    }

    phrase(key: PhraseKey): string {
        return this.texts.phrases[key];
    }
}
