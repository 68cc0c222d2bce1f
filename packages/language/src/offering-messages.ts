/**
 * Every user-facing message of the language, in English and Dutch, in one table keyed by
 * the issue code. Validators and quick fixes refer to codes; only this file holds text.
 */
export type Locale = 'en' | 'nl';

type Params = Record<string, string | number>;
interface MessageEntry<P extends Params> {
    readonly en: (p: P) => string;
    readonly nl: (p: P) => string;
}

function entry<P extends Params>(en: (p: P) => string, nl: (p: P) => string): MessageEntry<P> {
    return { en, nl };
}

export const MESSAGES = {
    'offering.name.duplicate': entry<{ name: string; kind: string; other: string }>(
        p => `The name '${p.name}' is already used by the ${p.kind} in ${p.other}. Names are unique across the workspace: rename one of them.`,
        p => `De naam '${p.name}' wordt al gebruikt door ${p.kind} in ${p.other}. Namen zijn uniek in de hele werkruimte: geef een van beide een andere naam.`
    ),
    'offering.syntax.repeated-clause': entry<{ clause: string; owner: string }>(
        p => `'${p.clause}' is given more than once for ${p.owner}; only one is allowed. Remove the extra '${p.clause}'.`,
        p => `'${p.clause}' staat meer dan eens bij ${p.owner}; er mag er maar een zijn. Verwijder de extra '${p.clause}'.`
    ),
} as const;

/** The name of each kind of definition, with its article, for use inside messages. */
export const KIND_NAMES: Record<string, Record<Locale, string>> = {
    Board: { en: 'board', nl: 'het bestuur' },
    Provider: { en: 'provider', nl: 'de aanbieder' },
    Location: { en: 'location', nl: 'de locatie' },
    Calendar: { en: 'calendar', nl: 'de kalender' },
    Period: { en: 'period', nl: 'de periode' },
    Grouping: { en: 'grouping', nl: 'de opleidingsgroep' },
    Characteristic: { en: 'characteristic', nl: 'het opleidingskenmerk' },
    TargetGroup: { en: 'target group', nl: 'de doelgroep' },
    Programme: { en: 'programme', nl: 'de opleiding' },
    ProgrammeOffering: { en: 'offering', nl: 'de aangeboden opleiding' },
    Module: { en: 'module', nl: 'de onderwijseenheid' },
    Group: { en: 'group', nl: 'de groep' },
    Policy: { en: 'policy', nl: 'het kader' },
};

export type IssueCode = keyof typeof MESSAGES;
export type MessageParams<C extends IssueCode> = Parameters<(typeof MESSAGES)[C]['en']>[0];

/** Picks a supported locale from an LSP/OS locale string such as `nl-NL` or `en_US`. */
export function toLocale(value: string | undefined): Locale {
    return value?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The message language of one set of services; the language server sets it from the client's locale. */
export class OfferingMessages {
    locale: Locale = 'en';

    format<C extends IssueCode>(code: C, params: MessageParams<C>): string {
        const table = MESSAGES[code] as MessageEntry<MessageParams<C>>;
        return table[this.locale](params);
    }

    /** `programme` / `de opleiding`: a definition's kind for use inside a message. */
    kind(type: string): string {
        return KIND_NAMES[type]?.[this.locale] ?? type;
    }
}
