/**
 * Every user-facing message of the language, in English and Dutch, in one table keyed by
 * the issue code. Validators and quick fixes refer to codes; only this file holds text.
 */
import { CYCLE_MEMBERS_SHOWN } from '../model/cycles.js';

export type Locale = 'en' | 'nl';

type Params = Record<string, string | number>;
interface MessageEntry<P extends Params> {
    readonly en: (p: P) => string;
    readonly nl: (p: P) => string;
}

function entry<P extends Params>(en: (p: P) => string, nl: (p: P) => string): MessageEntry<P> {
    return { en, nl };
}

/** ` (a cycle of 5000 groupings)` after a cycle's chain when it was cut (cycleChain), else nothing. */
function cut(members: number, count: string): string {
    return members > CYCLE_MEMBERS_SHOWN ? ` (${count})` : '';
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
    'offering.reference.unresolved': entry<{ kind: string; name: string }>(
        p => `There is no ${p.kind} named '${p.name}'. Define it, correct the spelling, or use the qualified name (Calendar.Period, Programme.Module).`,
        p => `Er is geen ${p.kind} met de naam '${p.name}'. Definieer die, verbeter de spelling of gebruik de volledige naam (Kalender.Periode, Opleiding.Onderwijseenheid).`
    ),
    'offering.size.reversed': entry<{ min: string; max: string; unit: string }>(
        p => `The bandwidth ${p.min}..${p.max}${p.unit} has its minimum above its maximum. Swap them: ${p.max}..${p.min}${p.unit}.`,
        p => `De bandbreedte ${p.min}..${p.max}${p.unit} heeft een minimum boven het maximum. Draai ze om: ${p.max}..${p.min}${p.unit}.`
    ),
    'offering.size.not-positive': entry<{ value: string }>(
        p => `A size must be positive, but ${p.value} is not. Use an amount above 0.`,
        p => `Een omvang moet positief zijn, maar ${p.value} is dat niet. Gebruik een hoeveelheid boven 0.`
    ),
    'offering.size.unknown-unit': entry<{ unit: string }>(
        p => `'${p.unit}' is not a known unit. Use SBU, EC, hours or contact-hours.`,
        p => `'${p.unit}' is geen bekende eenheid. Gebruik SBU, EC, hours of contact-hours.`
    ),
    'offering.size.missing-unit': entry<{ size: string }>(
        p => `The size ${p.size} has no unit. Add one: SBU, EC, hours or contact-hours.`,
        p => `De omvang ${p.size} heeft geen eenheid. Voeg er een toe: SBU, EC, hours of contact-hours.`
    ),
    'offering.size.incomparable-units': entry<{ what: string; unit: string; policy: string; other: string }>(
        p => `Cannot check ${p.what} in ${p.unit} against policy ${p.policy}, which uses ${p.other}: only EC and SBU convert (1 EC = 28 SBU); hours and contact hours do not convert. Write both in comparable units.`,
        p => `Kan ${p.what} in ${p.unit} niet toetsen aan kader ${p.policy}, dat ${p.other} gebruikt: alleen EC en SBU zijn om te rekenen (1 EC = 28 SBU); uren en contacturen niet. Schrijf beide in vergelijkbare eenheden.`
    ),
    'offering.module.size-outside-policy': entry<{ module: string; size: string; policy: string; norm: string }>(
        p => `Module ${p.module} has size ${p.size}, outside the module bandwidth ${p.norm} of policy ${p.policy}. Bring the size within ${p.norm}.`,
        p => `Onderwijseenheid ${p.module} heeft omvang ${p.size}, buiten de bandbreedte ${p.norm} van kader ${p.policy}. Breng de omvang binnen ${p.norm}.`
    ),
    'offering.offering.too-few-intakes': entry<{ programme: string; count: number; required: number; policy: string; from: string; to: string }>(
        p => `This offering of ${p.programme} has ${p.count} intake moment(s) in the school year ${p.from} to ${p.to}; policy ${p.policy} requires at least ${p.required}. Add intake moments.`,
        p => `Deze aangeboden opleiding van ${p.programme} heeft ${p.count} instroommoment(en) in het schooljaar ${p.from} tot ${p.to}; kader ${p.policy} eist er minstens ${p.required}. Voeg instroommomenten toe.`
    ),
    'offering.intake.not-on-period-start': entry<{ date: string; policy: string; nearest: string }>(
        p => `Intake on ${p.date} is not on a period start, which policy ${p.policy} requires. The nearest period start is ${p.nearest}.`,
        p => `Instroom op ${p.date} valt niet op het begin van een periode, wat kader ${p.policy} eist. Het dichtstbijzijnde periodebegin is ${p.nearest}.`
    ),
    'offering.policy.conflict': entry<{ programme: string; rule: string; policy: string; value: string; other: string; otherValue: string }>(
        p => `Policies ${p.policy} and ${p.other} both govern ${p.programme} but disagree on ${p.rule}: ${p.value} versus ${p.otherValue}. Align the policies or narrow their reach.`,
        p => `Kaders ${p.policy} en ${p.other} gelden allebei voor ${p.programme} maar verschillen over ${p.rule}: ${p.value} tegenover ${p.otherValue}. Stem de kaders op elkaar af of beperk hun bereik.`
    ),
    'offering.policy.cycle': entry<{ policy: string; chain: string; members: number }>(
        p => `Policy ${p.policy} extends itself through ${p.chain}${cut(p.members, `a cycle of ${p.members} policies`)}. Remove one 'extends' to break the cycle.`,
        p => `Kader ${p.policy} breidt zichzelf uit via ${p.chain}${cut(p.members, `een kring van ${p.members} kaders`)}. Verwijder een 'extends' om de kring te doorbreken.`
    ),
    'offering.programme.year-volume': entry<{ programme: string; year: number; range: string; norm: string; policy: string }>(
        p => `The modules of ${p.programme} year ${p.year} add up to ${p.range}, which cannot meet the year volume ${p.norm} of policy ${p.policy}. Adjust the module sizes or the year's modules.`,
        p => `De onderwijseenheden van ${p.programme} jaar ${p.year} tellen op tot ${p.range}; dat haalt het jaarvolume ${p.norm} van kader ${p.policy} niet. Pas de omvang of de onderwijseenheden van dat jaar aan.`
    ),
    'offering.programme.keuzedeel-volume': entry<{ programme: string; range: string; norm: string; policy: string }>(
        p => `The keuzedelen of ${p.programme} add up to ${p.range}, not enough to choose the keuzedeel volume ${p.norm} of policy ${p.policy}. Offer more keuzedelen.`,
        p => `De keuzedelen van ${p.programme} tellen op tot ${p.range}, te weinig om de keuzedeelruimte ${p.norm} van kader ${p.policy} te vullen. Bied meer keuzedelen aan.`
    ),
    'offering.date.invalid': entry<{ date: string }>(
        p => `${p.date} is not a real date. Write an existing date as YYYY-MM-DD.`,
        p => `${p.date} is geen bestaande datum. Schrijf een bestaande datum als JJJJ-MM-DD.`
    ),
    'offering.intake.outside-calendar': entry<{ date: string; calendar: string }>(
        p => `Intake on ${p.date} falls outside every period of calendar ${p.calendar}. Move it into a period or add a period.`,
        p => `Instroom op ${p.date} valt buiten alle periodes van kalender ${p.calendar}. Verplaats de instroom naar een periode of voeg een periode toe.`
    ),
    'offering.date-range.reversed': entry<{ start: string; end: string }>(
        p => `The window from ${p.start} to ${p.end} ends before it starts. Swap the dates.`,
        p => `Het venster van ${p.start} tot ${p.end} eindigt voordat het begint. Draai de datums om.`
    ),
    'offering.period.reversed': entry<{ period: string; start: string; end: string }>(
        p => `Period ${p.period} ends on ${p.end}, before it starts on ${p.start}. Swap the dates.`,
        p => `Periode ${p.period} eindigt op ${p.end}, voordat die begint op ${p.start}. Draai de datums om.`
    ),
    'offering.period.overlap': entry<{ period: string; other: string; start: string; end: string }>(
        p => `Period ${p.period} starts on ${p.start}, while period ${p.other} still runs until ${p.end}. Periods in one calendar must not overlap: start after ${p.end}.`,
        p => `Periode ${p.period} begint op ${p.start}, terwijl periode ${p.other} nog loopt tot ${p.end}. Periodes in een kalender mogen niet overlappen: begin na ${p.end}.`
    ),
    'offering.intake.duplicate': entry<{ date: string }>(
        p => `The intake moment ${p.date} is given more than once. Remove the duplicate.`,
        p => `Het instroommoment ${p.date} staat er meer dan eens. Verwijder het dubbele.`
    ),
    'offering.module.year-outside-programme': entry<{ year: number; programme: string; years: string }>(
        p => `Year ${p.year} is not a year of ${p.programme}, which has years ${p.years}. Use one of those years.`,
        p => `Jaar ${p.year} is geen jaar van ${p.programme}, dat de jaren ${p.years} heeft. Gebruik een van die jaren.`
    ),
    'offering.years.reversed': entry<{ from: number; to: number }>(
        p => `The year range ${p.from}..${p.to} runs backwards. Write ${p.to}..${p.from}.`,
        p => `Het jarenbereik ${p.from}..${p.to} loopt achteruit. Schrijf ${p.to}..${p.from}.`
    ),
    'offering.group.unknown-year': entry<{ year: number; programme: string; years: string }>(
        p => `${p.programme} has no year ${p.year} (its years are ${p.years}). Take students of an existing year.`,
        p => `${p.programme} heeft geen jaar ${p.year} (de jaren zijn ${p.years}). Neem leerlingen van een bestaand jaar.`
    ),
    'offering.group.level-not-offered': entry<{ module: string; level: string; levels: string }>(
        p => `Module ${p.module} is not offered at level ${p.level}; it is offered at ${p.levels}. Teach it at one of those levels or add the level to the module.`,
        p => `Onderwijseenheid ${p.module} wordt niet aangeboden op niveau ${p.level}; wel op ${p.levels}. Geef hem op een van die niveaus of voeg het niveau toe aan de onderwijseenheid.`
    ),
    'offering.offering.duplicate': entry<{ programme: string; provider: string; location: string; pathway: string }>(
        p => `${p.programme} is already offered by ${p.provider} at ${p.location}${p.pathway} with the same characteristics and target groups. Remove this offering or make it distinct with a characteristic or target group.`,
        p => `${p.programme} wordt al aangeboden door ${p.provider} op ${p.location}${p.pathway} met dezelfde kenmerken en doelgroepen. Verwijder deze aangeboden opleiding of maak hem uniek met een kenmerk of doelgroep.`
    ),
    'offering.grouping.cycle': entry<{ grouping: string; chain: string; members: number }>(
        p => `Grouping ${p.grouping} lies within itself: ${p.chain}${cut(p.members, `a cycle of ${p.members} groupings`)}. Groupings form a tree; remove one 'within'.`,
        p => `Opleidingsgroep ${p.grouping} valt binnen zichzelf: ${p.chain}${cut(p.members, `een kring van ${p.members} opleidingsgroepen`)}. Opleidingsgroepen vormen een boom; verwijder een 'within'.`
    ),
    'offering.offering.location-not-used': entry<{ provider: string; location: string }>(
        p => `Location ${p.location} is not used by provider ${p.provider}. Add ${p.provider} to the location's 'used by' or choose another location.`,
        p => `Locatie ${p.location} wordt niet gebruikt door aanbieder ${p.provider}. Voeg ${p.provider} toe aan 'used by' van de locatie of kies een andere locatie.`
    ),
    'offering.provider.no-board': entry<{ provider: string }>(
        p => `Provider ${p.provider} falls under no board. Add 'under' with its board.`,
        p => `Aanbieder ${p.provider} valt onder geen bestuur. Voeg 'under' met het bestuur toe.`
    ),
    'offering.location.no-board': entry<{ location: string }>(
        p => `Location ${p.location} falls under no board. Add 'under' with its board.`,
        p => `Locatie ${p.location} valt onder geen bestuur. Voeg 'under' met het bestuur toe.`
    ),
    'offering.code.board-format': entry<{ code: string }>(
        p => `'${p.code}' is not a RIO board code: three digits, B, three digits (e.g. 100B490).`,
        p => `'${p.code}' is geen RIO-bestuurscode: drie cijfers, B, drie cijfers (bijv. 100B490).`
    ),
    'offering.code.provider-format': entry<{ code: string }>(
        p => `'${p.code}' is not a RIO provider code: three digits, A, three digits (e.g. 110A133).`,
        p => `'${p.code}' is geen RIO-aanbiederscode: drie cijfers, A, drie cijfers (bijv. 110A133).`
    ),
    'offering.code.location-format': entry<{ code: string }>(
        p => `'${p.code}' is not a RIO location code: three digits, X, three digits (e.g. 110X912).`,
        p => `'${p.code}' is geen RIO-locatiecode: drie cijfers, X, drie cijfers (bijv. 110X912).`
    ),
    'offering.code.programme-unit-format': entry<{ code: string }>(
        p => `'${p.code}' is not a RIO programme unit code: four digits, O, four digits (e.g. 1234O5678).`,
        p => `'${p.code}' is geen RIO-opleidingseenheidcode: vier cijfers, O, vier cijfers (bijv. 1234O5678).`
    ),
    'offering.code.crebo-format': entry<{ code: string }>(
        p => `'${p.code}' is not a crebo code: exactly five digits (e.g. 25604).`,
        p => `'${p.code}' is geen crebocode: precies vijf cijfers (bijv. 25604).`
    ),
    'offering.programme.level-invalid': entry<{ level: string; known: string }>(
        p => `'${p.level}' is not a known level. Use one of ${p.known}.`,
        p => `'${p.level}' is geen bekend niveau. Gebruik een van ${p.known}.`
    ),
    'offering.offering.pathway-not-applicable': entry<{ pathway: string; programme: string; reason: string }>(
        p => `Pathway ${p.pathway} does not apply to ${p.programme}: ${p.reason}.`,
        p => `Leerweg ${p.pathway} past niet bij ${p.programme}: ${p.reason}.`
    ),
    'offering.definition.unused': entry<{ kind: string; name: string }>(
        p => `Nothing uses the ${p.kind} ${p.name}. Use it or remove it.`,
        p => `Niets gebruikt ${p.kind} ${p.name}. Gebruik die of verwijder die.`
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

/** Short phrases that messages embed (rule names, reasons), in both languages. */
export const PHRASES = {
    'rule.module-size': { en: 'module size', nl: 'de omvang van onderwijseenheden' },
    'rule.min-intakes': { en: 'intakes per year', nl: 'het aantal instroommomenten per jaar' },
    'rule.year-volume': { en: 'year volume', nl: 'het jaarvolume' },
    'rule.keuzedeel-volume': { en: 'keuzedeel volume', nl: 'de keuzedeelruimte' },
    'pathway.not-mbo': { en: 'pathways apply to mbo programmes only', nl: 'leerwegen gelden alleen voor mbo-opleidingen' },
    'pathway.unknown': { en: 'the pathways are BOL and BBL', nl: 'de leerwegen zijn BOL en BBL' },
    'pathway.not-listed': { en: "the programme's 'pathways' does not list it", nl: "'pathways' van de opleiding noemt hem niet" },
    'year.none': { en: 'none', nl: 'geen' },
    'what.module': { en: 'module', nl: 'onderwijseenheid' },
    'what.year': { en: 'year', nl: 'jaar' },
    'what.keuzedelen': { en: 'the keuzedelen of', nl: 'de keuzedelen van' },
} as const satisfies Record<string, Record<Locale, string>>;
export type PhraseKey = keyof typeof PHRASES;

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

    /** `programme` / `opleiding`: a kind without its article. */
    bareKind(type: string): string {
        return this.kind(type).replace(/^(de|het) /, '');
    }

    phrase(key: PhraseKey): string {
        return PHRASES[key][this.locale];
    }
}
