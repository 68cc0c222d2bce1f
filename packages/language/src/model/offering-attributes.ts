import leven from 'leven';
import { GrammarUtils } from 'langium';
import type { ModuleOffering, Price, ProgrammeOffering } from '../generated/ast.js';

/**
 * What an offering says about itself besides where and when: price, teaching language, duration.
 * Pure lists and arithmetic, so checks, catalogue and exports agree.
 */

/**
 * ISO 639-1, every two-letter language code (an unknown one is a typo, never a rare language), with its
 * ISO 639-2/T three-letter code (OOAPI v5's `teachingLanguage`).
 */
const ISO_639_2: ReadonlyMap<string, string> = new Map(
    ('aa:aar ab:abk ae:ave af:afr ak:aka am:amh an:arg ar:ara as:asm av:ava ay:aym az:aze ba:bak be:bel bg:bul bi:bis bm:bam ' +
    'bn:ben bo:bod br:bre bs:bos ca:cat ce:che ch:cha co:cos cr:cre cs:ces cu:chu cv:chv cy:cym da:dan de:deu dv:div dz:dzo ' +
    'ee:ewe el:ell en:eng eo:epo es:spa et:est eu:eus fa:fas ff:ful fi:fin fj:fij fo:fao fr:fra fy:fry ga:gle gd:gla gl:glg ' +
    'gn:grn gu:guj gv:glv ha:hau he:heb hi:hin ho:hmo hr:hrv ht:hat hu:hun hy:hye hz:her ia:ina id:ind ie:ile ig:ibo ii:iii ' +
    'ik:ipk io:ido is:isl it:ita iu:iku ja:jpn jv:jav ka:kat kg:kon ki:kik kj:kua kk:kaz kl:kal km:khm kn:kan ko:kor kr:kau ' +
    'ks:kas ku:kur kv:kom kw:cor ky:kir la:lat lb:ltz lg:lug li:lim ln:lin lo:lao lt:lit lu:lub lv:lav mg:mlg mh:mah mi:mri ' +
    'mk:mkd ml:mal mn:mon mr:mar ms:msa mt:mlt my:mya na:nau nb:nob nd:nde ne:nep ng:ndo nl:nld nn:nno no:nor nr:nbl nv:nav ' +
    'ny:nya oc:oci oj:oji om:orm or:ori os:oss pa:pan pi:pli pl:pol ps:pus pt:por qu:que rm:roh rn:run ro:ron ru:rus rw:kin ' +
    'sa:san sc:srd sd:snd se:sme sg:sag si:sin sk:slk sl:slv sm:smo sn:sna so:som sq:sqi sr:srp ss:ssw st:sot su:sun sv:swe ' +
    'sw:swa ta:tam te:tel tg:tgk th:tha ti:tir tk:tuk tl:tgl tn:tsn to:ton tr:tur ts:tso tt:tat tw:twi ty:tah ug:uig uk:ukr ' +
    'ur:urd uz:uzb ve:ven vi:vie vo:vol wa:wln wo:wol xh:xho yi:yid yo:yor za:zha zh:zho zu:zul')
        .split(' ').map(pair => pair.split(':') as [string, string]));

export const LANGUAGE_CODES: readonly string[] = [...ISO_639_2.keys()];

/** ISO 4217 codes an educational offering in the Netherlands plausibly charges in. */
export const CURRENCY_CODES: readonly string[] = [
    'AUD', 'CAD', 'CHF', 'CNY', 'CZK', 'DKK', 'EUR', 'GBP', 'HUF', 'JPY', 'NOK', 'PLN', 'SEK', 'USD',
];

const CURRENCIES = new Set(CURRENCY_CODES);

/** Case matters: ISO 639-1 is lower case, ISO 4217 upper case; `NL` is suggested as `nl`. */
export function isLanguageCode(code: string): boolean {
    return ISO_639_2.has(code);
}

export function isCurrencyCode(code: string): boolean {
    return CURRENCIES.has(code);
}

/** The known codes a mistyped one most likely means: exact up to case, else at most one edit away. */
export function suggestCodes(written: string, known: readonly string[]): string[] {
    const folded = known.filter(code => code.toLowerCase() === written.toLowerCase());
    if (folded.length > 0) return folded;
    // Two-letter codes are all one edit from dozens of others: suggest only for longer words (`nld` -> `nl`).
    if (written.length <= 2) return [];
    const distances = known.map(code => ({ code, distance: leven(written.toLowerCase(), code.toLowerCase()) }));
    const best = Math.min(...distances.map(d => d.distance));
    return best <= 1 ? distances.filter(d => d.distance === best).map(d => d.code) : [];
}

/** A price amount as written: not negative (the grammar has no minus) and at most two decimals. */
export function isPriceAmount(text: string): boolean {
    return /^[0-9]+(\.[0-9]{1,2})?$/.test(text);
}

/** What a mistyped language code most likely means: the two-letter form of an ISO 639-2 code (`nld` -> nl), else as for any code. */
export function suggestLanguages(written: string): string[] {
    const lower = written.toLowerCase();
    const twoLetter = [...ISO_639_2].find(([, three]) => three === lower)?.[0];
    return twoLetter ? [twoLetter] : suggestCodes(written, LANGUAGE_CODES);
}

/** The three-letter code of a known two-letter one. */
export function languageCode3(code: string): string | undefined {
    return ISO_639_2.get(code);
}

/** ISO 8601 duration (OOAPI `duration`): `P2Y`, `P18M`. */
export function isoDuration(value: number, unit: string): string {
    return `P${value}${unit.startsWith('year') ? 'Y' : 'M'}`;
}

/** Months, to compare a duration with a programme's years. */
export function durationInMonths(value: number, unit: string): number {
    return unit.startsWith('year') ? value * 12 : value;
}

export interface PriceFacts {
    /** As written (`1250.00`): OOAPI takes the amount as a string, and `1250.00` is not `1250`. */
    amount: string;
    currency: string;
}

export interface DurationFacts {
    value: number;
    unit: 'years' | 'months';
}

/** The attributes both kinds of offering share, as plain facts for the catalogue and the exports. */
export interface OfferingAttributeFacts {
    capacity?: number;
    mode?: 'onsite' | 'online' | 'hybrid';
    price?: PriceFacts;
    language?: string;
    pace?: 'full-time' | 'part-time';
    duration?: DurationFacts;
}

export function offeringAttributes(node: ProgrammeOffering | ModuleOffering): OfferingAttributeFacts {
    return {
        capacity: node.capacity,
        mode: node.mode,
        // Total over partial ASTs: a clause cut short by a syntax error (`price 10`, `duration 2`) is left out.
        price: node.price?.currency !== undefined ? { amount: priceText(node.price), currency: node.price.currency } : undefined,
        language: node.language,
        pace: node.pace,
        duration: node.duration?.unit !== undefined && node.duration.value !== undefined
            ? { value: node.duration.value, unit: node.duration.unit.startsWith('year') ? 'years' : 'months' } : undefined,
    };
}

/** The amount as written; the parsed number when there is no text (a node built in code). */
export function priceText(price: Price): string {
    return GrammarUtils.findNodeForProperty(price.$cstNode, 'amount')?.text ?? String(price.amount);
}
