/**
 * The shared vocabulary of Offering: every keyword and concept with its meaning, the Dutch
 * term schools use, its name in RIO (the national register) or OOAPI (Open Education API)
 * and an example. The hover texts and docs/language.md are both generated from this table,
 * so the editor and the reference can never disagree.
 */
import type { Locale } from '../i18n/messages.js';
import { TEXTS } from '../i18n/messages.js';

/** Where a keyword means this concept: the keyword and the AST type whose text holds it. */
export interface KeywordPlace {
    keyword: string;
    in: string;
}

export interface GlossaryEntry {
    /** How the concept is written, e.g. `offered by … at …`. */
    syntax: string;
    /** The concept's name in English and the Dutch term schools use. */
    term: Record<Locale, string>;
    /** One line: what it means. */
    meaning: Record<Locale, string>;
    /** Its name in RIO and/or OOAPI, when a standard has one. */
    standard?: string;
    example: string;
    /** The keyword tokens that stand for this concept (used by hover). */
    places: KeywordPlace[];
}

function at(keyword: string, ...types: string[]): KeywordPlace[] {
    return types.map(type => ({ keyword, in: type }));
}

/** Pseudo-types for values that are names in the grammar but words of the vocabulary: levels and pathways. */
export const LEVEL = 'level value';
export const PATHWAY = 'pathway value';

function level(value: string, en: string, nl: string, meaningEn: string, meaningNl: string, standard?: string): GlossaryEntry {
    return {
        syntax: value,
        term: { en, nl },
        meaning: { en: meaningEn, nl: meaningNl },
        standard,
        example: `level ${value}`,
        places: [{ keyword: value, in: LEVEL }],
    };
}

export const GLOSSARY: readonly GlossaryEntry[] = [
    // ------------------------------------------------------------ files
    {
        syntax: 'namespace',
        term: { en: 'namespace', nl: 'naamruimte' },
        meaning: {
            en: 'First line of a file: its definitions are known by their own names in files of the same namespace and as Namespace.Name elsewhere, so two schools can use the same names.',
            nl: 'Eerste regel van een bestand: de definities heten bij hun eigen naam in bestanden van dezelfde naamruimte en Naamruimte.Naam elders, zodat twee scholen dezelfde namen kunnen gebruiken.',
        },
        example: 'namespace Oost',
        places: at('namespace', 'Document'),
    },
    // ------------------------------------------------------------ organisation
    {
        syntax: 'board',
        term: { en: 'board', nl: 'onderwijsbestuur' },
        meaning: {
            en: 'The legal body (foundation or association) that governs one or more schools.',
            nl: 'De rechtspersoon (stichting of vereniging) die een of meer scholen bestuurt.',
        },
        standard: 'RIO: Onderwijsbestuur; OOAPI: organization (type root)',
        example: 'board DaVinciBestuur "Stichting Da Vinci College" code 100B490',
        places: at('board', 'Board'),
    },
    {
        syntax: 'provider',
        term: { en: 'provider', nl: 'onderwijsaanbieder' },
        meaning: {
            en: 'The school as the party that offers education; it may fall under several boards.',
            nl: 'De school als partij die onderwijs aanbiedt; kan onder meerdere besturen vallen.',
        },
        standard: 'RIO: Onderwijsaanbieder; OOAPI: organization (type institution)',
        example: 'provider DaVinci "Da Vinci College" code 110A133 under DaVinciBestuur',
        places: at('provider', 'Provider'),
    },
    {
        syntax: 'location',
        term: { en: 'location', nl: 'onderwijslocatie' },
        meaning: {
            en: 'A building or address where education is given; used by one or more providers.',
            nl: 'Een gebouw of adres waar onderwijs wordt gegeven; in gebruik bij een of meer aanbieders.',
        },
        standard: 'RIO: Onderwijslocatie',
        example: 'location Leerpark "Leerpark" code 110X912 address "Leerparkpromenade 100, Dordrecht"',
        places: at('location', 'Location'),
    },
    {
        syntax: 'code',
        term: { en: 'code', nl: 'code' },
        meaning: {
            en: 'The identifying code in a register: RIO codes for boards (100B490), providers (110A133) and locations (110X912), the RIO value of a characteristic, a keuzedeel code (K0713).',
            nl: 'De identificerende code in een register: RIO-codes voor besturen (100B490), aanbieders (110A133) en locaties (110X912), de RIO-waarde van een kenmerk, een keuzedeelcode (K0713).',
        },
        standard: 'RIO: onderwijsbestuurcode, onderwijsaanbiedercode, onderwijslocatiecode',
        example: 'provider DaVinci code 110A133',
        places: at('code', 'Board', 'Provider', 'Location', 'Characteristic', 'TargetGroup', 'Module'),
    },
    {
        syntax: 'under',
        term: { en: 'falls under', nl: 'valt onder' },
        meaning: {
            en: 'The boards a provider or location falls under.',
            nl: 'De besturen waaronder een aanbieder of locatie valt.',
        },
        example: 'provider DaVinci under DaVinciBestuur, RegioBestuur',
        places: at('under', 'Provider', 'Location'),
    },
    {
        syntax: 'valid from … to …',
        term: { en: 'validity', nl: 'geldigheid' },
        meaning: {
            en: 'The days a board, provider, location, programme or offering exists, both ends included; either end may be left open. Intakes of an offering must fall inside its own validity and that of its programme, provider and location.',
            nl: 'De dagen dat een bestuur, aanbieder, locatie, opleiding of aanbod bestaat, beide einden inbegrepen; elk einde mag open blijven. De instroommomenten van een aanbod moeten binnen de geldigheid van het aanbod zelf en van zijn opleiding, aanbieder en locatie vallen.',
        },
        standard: 'RIO: begindatum, einddatum; OOAPI: none (ext x-offering-validFrom, x-offering-validTo)',
        example: 'location Haarlem "Haarlem" code 110X913 valid from 2020-08-01 to 2027-07-31',
        places: ['valid', 'from', 'to'].flatMap(keyword => at(keyword, 'Validity')),
    },
    {
        syntax: 'address',
        term: { en: 'address', nl: 'adres' },
        meaning: {
            en: 'The street address of a location.',
            nl: 'Het adres van een locatie.',
        },
        standard: 'RIO: adres (Onderwijslocatie)',
        example: 'location Leerpark address "Leerparkpromenade 100, Dordrecht"',
        places: at('address', 'Location'),
    },
    {
        syntax: 'used by',
        term: { en: 'used by', nl: 'in gebruik bij' },
        meaning: {
            en: 'The providers that give education at a location; an offering at this location must be by one of them.',
            nl: 'De aanbieders die op een locatie onderwijs geven; een aangeboden opleiding op deze locatie hoort bij een van hen.',
        },
        example: 'location Leerpark used by DaVinci, Techniekhuis',
        places: [...at('used', 'Location'), ...at('by', 'Location')],
    },
    // ------------------------------------------------------------ time
    {
        syntax: 'calendar',
        term: { en: 'calendar', nl: 'jaarindeling (schooljaar)' },
        meaning: {
            en: 'A named set of periods; a school year, or any other structure of periods.',
            nl: 'Een benoemde reeks perioden; een schooljaar of een andere indeling in perioden.',
        },
        standard: 'OOAPI: academicSession (type academic year)',
        example: 'calendar Schooljaar2026 "Schooljaar 2026-2027" { period B1 from 2026-08-31 to 2026-11-06 }',
        places: at('calendar', 'Calendar'),
    },
    {
        syntax: 'calendar (in a programme, offering or module)',
        term: { en: 'calendar in use', nl: 'gebruikte jaarindeling' },
        meaning: {
            en: 'The calendar whose periods and dates apply here; an offering\'s overrides its module\'s, which overrides its programme\'s.',
            nl: 'De jaarindeling waarvan de perioden en data hier gelden; die van de aangeboden opleiding gaat voor die van de module, die voor die van de opleiding.',
        },
        example: 'programme SoftwareDeveloper { calendar Schooljaar2026 }',
        places: at('calendar', 'Programme', 'ProgrammeOffering', 'Module', 'ModuleOffering'),
    },
    {
        syntax: 'period',
        term: { en: 'period', nl: 'periode (blok, trimester, semester)' },
        meaning: {
            en: 'A named stretch of a calendar with a first and a last day; periods side by side do not overlap. A period may hold periods that lie within it (a school year its semesters, a semester its blocks), named Cal.Year.S1.B1.',
            nl: 'Een benoemd deel van een jaarindeling met een eerste en laatste dag; perioden naast elkaar overlappen niet. Een periode kan perioden bevatten die erbinnen liggen (een schooljaar zijn semesters, een semester zijn blokken), genoemd Cal.Jaar.S1.B1.',
        },
        standard: 'OOAPI: academicSession (type period, with parent)',
        example: 'period B1 "Blok 1" from 2026-08-31 to 2026-11-06',
        places: at('period', 'Period'),
    },
    {
        syntax: 'from … to …',
        term: { en: 'date range', nl: 'datumbereik (van … tot en met …)' },
        meaning: {
            en: 'The first and the last day (both included) of a period or window, as YYYY-MM-DD.',
            nl: 'De eerste en de laatste dag (beide inbegrepen) van een periode of venster, als JJJJ-MM-DD.',
        },
        standard: 'OOAPI: startDate, endDate',
        example: 'period B2 from 2026-11-09 to 2027-01-29',
        places: [...at('from', 'Period', 'DateRange'), ...at('to', 'Period', 'DateRange')],
    },
    // ------------------------------------------------------------ classification
    {
        syntax: 'grouping',
        term: { en: 'grouping', nl: 'opleidingsgroep' },
        meaning: {
            en: 'A group of programmes, e.g. a sector or team; groupings nest and form a tree.',
            nl: 'Een groep opleidingen, bijvoorbeeld een sector of team; opleidingsgroepen kunnen genest worden en vormen een boom.',
        },
        example: 'grouping ICT "ICT en Media" within Techniek',
        places: at('grouping', 'Grouping'),
    },
    {
        syntax: 'within',
        term: { en: 'within', nl: 'valt binnen' },
        meaning: {
            en: 'The grouping this grouping is part of.',
            nl: 'De opleidingsgroep waar deze opleidingsgroep onder valt.',
        },
        example: 'grouping ICT within Techniek',
        places: at('within', 'Grouping'),
    },
    {
        syntax: 'characteristic',
        term: { en: 'characteristic', nl: 'opleidingskenmerk' },
        meaning: {
            en: 'A feature that makes an offering unique, such as an accelerated route; the same programme may be offered with and without it.',
            nl: 'Een kenmerk dat een aangeboden opleiding uniek maakt, zoals een versneld traject; dezelfde opleiding kan met en zonder worden aangeboden.',
        },
        standard: 'RIO: opleidingskenmerk (e.g. VERSNELD_PROGRAMMA_VWO, TTO)',
        example: 'characteristic Versneld "Versneld traject" code VERSNELD_PROGRAMMA_VWO',
        places: at('characteristic', 'Characteristic'),
    },
    {
        syntax: 'target group',
        term: { en: 'target group', nl: 'doelgroep' },
        meaning: {
            en: 'The learners an offering is meant for, e.g. adults in lifelong learning; it also makes an offering unique.',
            nl: 'De lerenden voor wie een aanbod bedoeld is, bijvoorbeeld volwassenen (LLO); maakt een aangeboden opleiding ook uniek.',
        },
        standard: 'RIO: doelgroep',
        example: 'target group Volwassenen "Volwassenen (LLO)"',
        places: [...at('target', 'TargetGroup'), ...at('group', 'TargetGroup')],
    },
    // ------------------------------------------------------------ programmes
    {
        syntax: 'programme',
        term: { en: 'programme', nl: 'opleiding' },
        meaning: {
            en: 'A course of study with a code, a level and one or more programme years.',
            nl: 'Een opleiding met een code, een niveau en een of meer opleidingsjaren.',
        },
        standard: 'RIO: Opleidingseenheid; OOAPI: program',
        example: 'programme SoftwareDeveloper "Software Developer" { crebo 25604 level mbo-4 years 1..3 }',
        places: at('programme', 'Programme'),
    },
    {
        syntax: 'crebo',
        term: { en: 'crebo code', nl: 'crebocode (erkende opleidingscode)' },
        meaning: {
            en: 'The five-digit code of a recognised mbo qualification.',
            nl: 'De vijfcijferige code van een erkende mbo-kwalificatie.',
        },
        standard: 'RIO: erkende opleidingscode',
        example: 'crebo 25604',
        places: at('crebo', 'ProgrammeCode'),
    },
    {
        syntax: 'rio',
        term: { en: 'programme unit code', nl: 'opleidingseenheidcode' },
        meaning: {
            en: 'The code of the programme unit in RIO, four digits, O, four digits.',
            nl: 'De code van de opleidingseenheid in RIO: vier cijfers, O, vier cijfers.',
        },
        standard: 'RIO: opleidingseenheidcode',
        example: 'rio 1234O5678',
        places: at('rio', 'ProgrammeCode'),
    },
    {
        syntax: 'level',
        term: { en: 'level', nl: 'niveau' },
        meaning: {
            en: 'The level of a programme: mbo-1 to mbo-4, entree, vmbo-tl, havo, vwo …; its sector follows from it.',
            nl: 'Het niveau van een opleiding: mbo-1 tot mbo-4, entree, vmbo-tl, havo, vwo …; de sector volgt eruit.',
        },
        standard: 'RIO: niveau (MBO-1..MBO-4); OOAPI: levelOfQualification',
        example: 'level mbo-4',
        places: at('level', 'Programme'),
    },
    {
        syntax: 'levels',
        term: { en: 'module levels', nl: 'niveaus van een onderwijseenheid' },
        meaning: {
            en: 'The levels a module is offered at; a student may follow it at a level other than the programme\'s.',
            nl: 'De niveaus waarop een onderwijseenheid wordt aangeboden; een student kan die op een ander niveau volgen dan dat van de opleiding.',
        },
        example: 'module Engels { levels havo, vwo }',
        places: [...at('levels', 'Module'), ...at('level', 'Module')],
    },
    {
        syntax: 'years',
        term: { en: 'programme years', nl: 'opleidingsjaren' },
        meaning: {
            en: 'The years of a programme (students enrol on one), or the years of its programme a module belongs to.',
            nl: 'De jaren van een opleiding (een student schrijft zich in op een jaar), of de jaren van de opleiding waar een onderwijseenheid bij hoort.',
        },
        example: 'years 1..3',
        places: [...at('years', 'YearSet'), ...at('year', 'YearSet')],
    },
    {
        syntax: 'pathways',
        term: { en: 'pathways', nl: 'leerwegen' },
        meaning: {
            en: 'The mbo pathways a programme can be followed in: BOL (school-based) and BBL (work-based).',
            nl: 'De mbo-leerwegen waarin een opleiding gevolgd kan worden: BOL (beroepsopleidend) en BBL (beroepsbegeleidend).',
        },
        standard: 'RIO: leertraject',
        example: 'pathways BOL, BBL',
        places: at('pathways', 'Programme'),
    },
    {
        syntax: 'in',
        term: { en: 'in grouping', nl: 'in opleidingsgroep' },
        meaning: {
            en: 'The groupings a programme belongs to.',
            nl: 'De opleidingsgroepen waar een opleiding bij hoort.',
        },
        example: 'in ICT',
        places: at('in', 'Programme'),
    },
    {
        syntax: 'with',
        term: { en: 'with characteristics', nl: 'met opleidingskenmerken' },
        meaning: {
            en: 'The characteristics of a programme (all its offerings) or of one offering.',
            nl: 'De kenmerken van een opleiding (al haar aangeboden opleidingen) of van een aangeboden opleiding.',
        },
        example: 'offered by DaVinci at Leerpark as BOL with Versneld { intake at B1 }',
        places: at('with', 'Programme', 'ProgrammeOffering'),
    },
    {
        syntax: 'for (target groups)',
        term: { en: 'for target groups', nl: 'voor doelgroepen' },
        meaning: {
            en: 'The target groups of a programme (all its offerings) or of one offering.',
            nl: 'De doelgroepen van een opleiding (al haar aangeboden opleidingen) of van een aangeboden opleiding.',
        },
        example: 'offered by DaVinci at Leerpark as BOL for Volwassenen { intake at B1 }',
        places: at('for', 'Programme', 'ProgrammeOffering'),
    },
    {
        syntax: 'offered by … at …',
        term: { en: 'offering', nl: 'aangeboden opleiding' },
        meaning: {
            en: 'A programme offered by one provider at one location (and, in mbo, one pathway), with its intake moments.',
            nl: 'Een opleiding aangeboden door een aanbieder op een locatie (en in het mbo in een leerweg), met haar instroommomenten.',
        },
        standard: 'RIO: AangebodenOpleiding; OOAPI: offering (programOffering)',
        example: 'offered by DaVinci at Leerpark as BOL { intake at B1, B2 }',
        places: [...at('offered', 'ProgrammeOffering'), ...at('by', 'ProgrammeOffering'), ...at('at', 'ProgrammeOffering')],
    },
    {
        syntax: 'offered by … at …',
        term: { en: 'module offering', nl: 'aangeboden onderwijseenheid' },
        meaning: {
            en: 'A module offered on its own by one provider at one location, with its own intake moments: a single subject, a lifelong-learning module, an mbo certificate.',
            nl: 'Een onderwijseenheid die los wordt aangeboden door een aanbieder op een locatie, met eigen instroommomenten: een los vak, een LLO-module, een mbo-certificaat.',
        },
        standard: 'OOAPI: courseOffering; RIO: no place (registers programmes only)',
        example: 'module Excel size 40 hours { offered by DaVinci at Leerpark { intake on 2026-09-07 } }',
        places: [...at('offered', 'ModuleOffering'), ...at('by', 'ModuleOffering'), ...at('at', 'ModuleOffering')],
    },
    {
        syntax: 'capacity',
        term: { en: 'capacity', nl: 'capaciteit' },
        meaning: {
            en: 'The maximum number of students an offering takes: a whole number of 1 or more.',
            nl: 'Het maximale aantal studenten dat een aanbod toelaat: een geheel getal van 1 of meer.',
        },
        standard: 'OOAPI: maxNumberStudents',
        example: 'offered by DaVinci at Leerpark as BOL { capacity 24 intake at B1 }',
        places: at('capacity', 'ProgrammeOffering', 'ModuleOffering'),
    },
    {
        syntax: 'mode onsite | online | hybrid',
        term: { en: 'mode of delivery', nl: 'onderwijsvorm' },
        meaning: {
            en: 'How an offering is taught: on site at its location, online, or hybrid (both, interchangeably).',
            nl: 'Hoe een aanbod wordt gegeven: op de locatie, online, of hybride (beide, uitwisselbaar).',
        },
        standard: 'OOAPI: modesOfDelivery (v6 presential, online, hybrid; v5 on campus, online, hybrid)',
        example: 'offered by DaVinci at Leerpark as BBL { mode hybrid intake at B1 }',
        places: ['mode', 'onsite', 'online', 'hybrid'].flatMap(keyword => at(keyword, 'ProgrammeOffering', 'ModuleOffering')),
    },
    {
        syntax: 'price',
        term: { en: 'price', nl: 'prijs' },
        meaning: {
            en: 'What a student pays for an offering in total: an amount with at most two decimals and an ISO 4217 currency.',
            nl: 'Wat een student in totaal voor een aanbod betaalt: een bedrag met hoogstens twee decimalen en een ISO 4217-munteenheid.',
        },
        standard: 'OOAPI: priceInformation (total costs)',
        example: 'module Excel size 40 hours { offered by DaVinci at Leerpark { price 395.00 EUR intake at B1 } }',
        places: at('price', 'ProgrammeOffering', 'ModuleOffering'),
    },
    {
        syntax: 'language',
        term: { en: 'teaching language', nl: 'onderwijstaal' },
        meaning: {
            en: 'The language an offering is taught in, as a two-letter ISO 639-1 code.',
            nl: 'De taal waarin een aanbod wordt gegeven, als ISO 639-1-code van twee letters.',
        },
        standard: 'OOAPI: teachingLanguages (v6), teachingLanguage (v5, ISO 639-2)',
        example: 'offered by DaVinci at Leerpark as BOL { language en intake at B1 }',
        places: at('language', 'ProgrammeOffering', 'ModuleOffering'),
    },
    {
        syntax: 'full-time | part-time',
        term: { en: 'full-time or part-time', nl: 'voltijd of deeltijd' },
        meaning: {
            en: 'Whether an offering takes a student\'s whole week or part of it. Independent of the mbo pathway: BOL is usually full-time, BBL part-time at school.',
            nl: 'Of een aanbod de hele week van een student vraagt of een deel ervan. Los van de mbo-leerweg: BOL is meestal voltijd, BBL deeltijd op school.',
        },
        standard: 'OOAPI: modeOfStudy (full-time, part-time)',
        example: 'offered by DaVinci at Leerpark { part-time intake at B1 }',
        places: ['full-time', 'part-time'].flatMap(keyword => at(keyword, 'ProgrammeOffering', 'ModuleOffering')),
    },
    {
        syntax: 'duration',
        term: { en: 'duration', nl: 'duur' },
        meaning: {
            en: 'How long an offering takes where it differs from its programme\'s years, in whole years or months: versneld, three years in two.',
            nl: 'Hoe lang een aanbod duurt als dat afwijkt van de jaren van de opleiding, in hele jaren of maanden: versneld, drie jaar in twee.',
        },
        standard: 'OOAPI: duration (ISO 8601, P2Y)',
        example: 'offered by DaVinci at Leerpark as BOL with Versneld { duration 2 years intake at B1 }',
        places: [...at('duration', 'ProgrammeOffering', 'ModuleOffering'), ...['year', 'years', 'month', 'months'].flatMap(unit => at(unit, 'Duration'))],
    },
    {
        syntax: 'as',
        term: { en: 'pathway', nl: 'leerweg' },
        meaning: {
            en: 'The pathway of an mbo offering: BOL or BBL.',
            nl: 'De leerweg van een mbo-aanbod: BOL of BBL.',
        },
        standard: 'RIO: leertraject',
        example: 'offered by DaVinci at Leerpark as BBL { intake at B1 }',
        places: at('as', 'ProgrammeOffering'),
    },
    {
        syntax: 'intake',
        term: { en: 'intake moment', nl: 'instroommoment' },
        meaning: {
            en: 'When students can start: on fixed dates, at period starts, or in a flexible window; optionally with a registration window.',
            nl: 'Wanneer studenten kunnen starten: op vaste data, bij de start van perioden of in een flexibel venster; eventueel met een aanmeldperiode.',
        },
        standard: 'RIO: cohort (instroommoment); OOAPI: offering startDate',
        example: 'intake on 2026-09-01, 2027-02-01',
        places: at('intake', 'Intake'),
    },
    {
        syntax: 'intake on',
        term: { en: 'fixed intake dates', nl: 'vaste instroomdata' },
        meaning: {
            en: 'Intake on these dates (YYYY-MM-DD).',
            nl: 'Instroom op deze data (JJJJ-MM-DD).',
        },
        standard: 'RIO: instroommoment',
        example: 'intake on 2026-09-01',
        places: at('on', 'Intake'),
    },
    {
        syntax: 'intake at',
        term: { en: 'intake at period starts', nl: 'instroom bij start van perioden' },
        meaning: {
            en: 'Intake on the first day of each named period of the calendar in use.',
            nl: 'Instroom op de eerste dag van elk genoemde periode van de gebruikte jaarindeling.',
        },
        example: 'intake at B1, B2',
        places: at('at', 'Intake'),
    },
    {
        syntax: 'flexible',
        term: { en: 'flexible intake', nl: 'flexibele instroom' },
        meaning: {
            en: 'Students can start on any day inside the window.',
            nl: 'Studenten kunnen op elke dag binnen het venster starten.',
        },
        standard: 'OOAPI: flexibleEntryPeriodStart, flexibleEntryPeriodEnd',
        example: 'intake flexible from 2026-09-01 to 2027-06-30',
        places: at('flexible', 'Intake'),
    },
    {
        syntax: 'registration',
        term: { en: 'registration window', nl: 'aanmeldperiode' },
        meaning: {
            en: 'When students can register for an intake.',
            nl: 'Wanneer studenten zich voor een instroommoment kunnen aanmelden.',
        },
        standard: 'RIO: aanmeldperiode (cohort); OOAPI: enrollStartDate, enrollEndDate',
        example: 'intake on 2026-09-01 registration from 2026-03-01 to 2026-08-15',
        places: at('registration', 'Intake'),
    },
    // ------------------------------------------------------------ modules
    {
        syntax: 'module',
        term: { en: 'module', nl: 'onderwijseenheid' },
        meaning: {
            en: 'A unit of education with a size bandwidth; belongs to years of one or more programmes, or to no year at all.',
            nl: 'Een eenheid van onderwijs met een bandbreedte in omvang; hoort bij jaren van een of meer opleidingen, of bij geen enkel jaar.',
        },
        standard: 'OOAPI: course',
        example: 'module Programmeren "Programmeren 1" size 240..360 SBU { year 1 }',
        places: at('module', 'Module'),
    },
    {
        syntax: 'keuzedeel',
        term: { en: 'elective part', nl: 'keuzedeel' },
        meaning: {
            en: 'An mbo elective part with a code like K0713, typically 240 or 480 SBU.',
            nl: 'Een mbo-keuzedeel met een code zoals K0713, meestal 240 of 480 SBU.',
        },
        standard: 'OOAPI: course',
        example: 'keuzedeel Robotica "Robotica" code K0713 size 240 SBU { for SoftwareDeveloper year 3 }',
        places: at('keuzedeel', 'Module'),
    },
    {
        syntax: 'subject',
        term: { en: 'subject', nl: 'vak' },
        meaning: {
            en: 'A subject, theme or activity (a study trip, a protocol); may belong to no year.',
            nl: 'Een vak, thema of activiteit (een studiereis, een protocol); hoeft bij geen jaar te horen.',
        },
        standard: 'OOAPI: course',
        example: 'subject Studiereis "Studiereis Berlijn" size 40 hours { for SoftwareDeveloper }',
        places: at('subject', 'Module'),
    },
    {
        syntax: 'choose … from …',
        term: { en: 'choice', nl: 'keuze (keuzeruimte)' },
        meaning: {
            en: 'A choice among options (keuzedelen, vo profiles, electives): the student takes this many SBU or modules of them; the year and keuzedeel volumes count the choice, not every option.',
            nl: 'Een keuze uit mogelijkheden (keuzedelen, vo-profielen, keuzevakken): de student volgt zoveel SBU of onderwijseenheden ervan; jaar- en keuzedeelvolume tellen de keuze, niet elke mogelijkheid.',
        },
        example: 'choose 480 SBU in years 2..3 from Robotica, Ondernemen, Duurzaamheid',
        places: ['choose', 'in', 'from', 'module', 'modules'].flatMap(keyword => at(keyword, 'Choice')),
    },
    {
        syntax: 'for (programmes)',
        term: { en: 'for programmes', nl: 'voor opleidingen' },
        meaning: {
            en: 'The programmes (and optionally their years) a module belongs to; without years it belongs to no year.',
            nl: 'De opleidingen (en eventueel hun jaren) waar een onderwijseenheid bij hoort; zonder jaren hoort die bij geen jaar.',
        },
        example: 'keuzedeel Robotica { for SoftwareDeveloper year 3, Mechatronica years 2, 3 }',
        places: at('for', 'Module'),
    },
    {
        syntax: 'size',
        term: { en: 'size', nl: 'omvang (bandbreedte)' },
        meaning: {
            en: 'The study load of a module as a bandwidth min..max (or one amount) in a unit.',
            nl: 'De studielast van een onderwijseenheid als bandbreedte min..max (of een waarde) in een eenheid.',
        },
        standard: 'OOAPI: studyLoad (one value; the bandwidth is an extension)',
        example: 'module Databases size 7.5 EC',
        places: at('size', 'Module'),
    },
    {
        syntax: 'SBU',
        term: { en: 'study load hour', nl: 'studiebelastingsuur' },
        meaning: {
            en: 'One hour of study load; mbo counts 1600 per study year.',
            nl: 'Een uur studielast; het mbo rekent 1600 per studiejaar.',
        },
        standard: 'OOAPI: studyLoadUnit sbu',
        example: 'size 240..360 SBU',
        places: at('SBU', 'Size'),
    },
    {
        syntax: 'EC',
        term: { en: 'ECTS credit', nl: 'studiepunt' },
        meaning: {
            en: 'A European credit; 1 EC = 28 SBU.',
            nl: 'Een Europees studiepunt; 1 EC = 28 SBU.',
        },
        standard: 'OOAPI: studyLoadUnit ects',
        example: 'size 7.5 EC',
        places: at('EC', 'Size'),
    },
    {
        syntax: 'hours',
        term: { en: 'clock hours', nl: 'klokuren' },
        meaning: {
            en: 'Clock time; never converted to study load.',
            nl: 'Kloktijd; wordt nooit omgerekend naar studielast.',
        },
        standard: 'OOAPI: studyLoadUnit hour',
        example: 'size 40 hours',
        places: at('hours', 'Size'),
    },
    {
        syntax: 'contact-hours',
        term: { en: 'contact hours', nl: 'contacturen' },
        meaning: {
            en: 'Hours with a teacher present; never converted to study load.',
            nl: 'Uren met een docent erbij; worden nooit omgerekend naar studielast.',
        },
        standard: 'OOAPI: studyLoadUnit contacttime',
        example: 'size 20 contact-hours',
        places: at('contact-hours', 'Size'),
    },
    // ------------------------------------------------------------ groups
    {
        syntax: 'class',
        term: { en: 'class', nl: 'stamgroep (stamklas)' },
        meaning: {
            en: 'A home group of students, composed per period; may mix programmes and years.',
            nl: 'Een stamgroep van leerlingen, per periode samengesteld; kan opleidingen en jaren mengen.',
        },
        standard: 'OOAPI: group',
        example: 'class ICT1A "Klas ICT 1A" { during B1 { students of SoftwareDeveloper year 1 } }',
        places: at('class', 'Group'),
    },
    {
        syntax: 'teaching group',
        term: { en: 'teaching group', nl: 'lesgroep' },
        meaning: {
            en: 'A group that is taught one or more modules together, possibly at different levels.',
            nl: 'Een groep die samen les krijgt in een of meer onderwijseenheden, eventueel op verschillende niveaus.',
        },
        standard: 'OOAPI: group',
        example: 'teaching group Engels56 "Engels 5/6" { teaches Engels at havo, vwo }',
        places: [...at('teaching', 'Group'), ...at('group', 'Group')],
    },
    {
        syntax: 'during … { … }',
        term: { en: 'during', nl: 'gedurende' },
        meaning: {
            en: 'The periods in which a group has this composition: the block holds who is in it then (students of) and what it is taught then (teaches), so each period keeps its own students. Without a block, the periods go with the group\'s own students of and teaches.',
            nl: 'De perioden waarin een groep deze samenstelling heeft: het blok bevat wie er dan in zitten (students of) en wat de groep dan krijgt (teaches), zodat elke periode haar eigen studenten houdt. Zonder blok horen de perioden bij de eigen students of en teaches van de groep.',
        },
        example: 'during Schooljaar2026.B1 { students of SoftwareDeveloper year 1 }',
        places: at('during', 'Composition'),
    },
    {
        syntax: 'students of',
        term: { en: 'students of', nl: 'studenten van' },
        meaning: {
            en: 'The programme years whose students are in the group.',
            nl: 'De opleidingsjaren waarvan de studenten in de groep zitten.',
        },
        example: 'students of SoftwareDeveloper year 1, Mechatronica years 1..2',
        places: [...at('students', 'Group', 'Composition'), ...at('of', 'Group', 'Composition')],
    },
    {
        syntax: 'teaches … at …',
        term: { en: 'teaches', nl: 'verzorgt' },
        meaning: {
            en: 'A module the group is taught, optionally at given levels.',
            nl: 'Een onderwijseenheid die de groep krijgt, eventueel op bepaalde niveaus.',
        },
        example: 'teaches Engels at havo, vwo',
        places: [...at('teaches', 'Teaching'), ...at('at', 'Teaching')],
    },
    // ------------------------------------------------------------ policies
    {
        syntax: 'policy',
        term: { en: 'policy', nl: 'kader (bandbreedtes)' },
        meaning: {
            en: 'Central rules (bandwidths) that programmes and modules within its reach must stay inside.',
            nl: 'Centrale regels (bandbreedtes) waar opleidingen en onderwijseenheden binnen het bereik aan moeten voldoen.',
        },
        example: 'policy Kaders "Kaders 2026" { applies to all module size 120..480 SBU }',
        places: at('policy', 'Policy'),
    },
    {
        syntax: 'extends',
        term: { en: 'extends', nl: 'breidt uit' },
        meaning: {
            en: 'Inherits the rules of the named policies.',
            nl: 'Neemt de regels van de genoemde kaders over.',
        },
        example: 'policy Kaders extends Basis { applies to ICT }',
        places: at('extends', 'Policy'),
    },
    {
        syntax: 'applies to',
        term: { en: 'reach', nl: 'geldt voor' },
        meaning: {
            en: 'What a policy governs: all, or groupings (with their nested groupings) and programmes, or boards and providers (the programmes they offer; intake rules only for their own offerings).',
            nl: 'Waar een kader voor geldt: alles, of opleidingsgroepen (met hun geneste groepen) en opleidingen, of besturen en aanbieders (de opleidingen die zij aanbieden; instroomregels alleen voor hun eigen aanbod).',
        },
        example: 'applies to ICT, SoftwareDeveloper',
        places: [...at('applies', 'Reach'), ...at('to', 'Reach'), ...at('all', 'Reach')],
    },
    {
        syntax: 'at level',
        term: { en: 'level filter', nl: 'niveaufilter' },
        meaning: {
            en: 'Limits a policy\'s reach to programmes of these levels.',
            nl: 'Beperkt het bereik van een kader tot opleidingen van deze niveaus.',
        },
        example: 'applies to all at level mbo-4',
        places: [...at('at', 'Reach'), ...at('level', 'Reach'), ...at('levels', 'Reach')],
    },
    {
        syntax: 'module size',
        term: { en: 'module size bandwidth', nl: 'bandbreedte omvang onderwijseenheid' },
        meaning: {
            en: 'Every module in reach must have a size inside this bandwidth.',
            nl: 'Elke onderwijseenheid binnen het bereik heeft een omvang binnen deze bandbreedte.',
        },
        example: 'module size 120..480 SBU',
        places: [...at('module', 'ModuleSizeRule'), ...at('size', 'ModuleSizeRule')],
    },
    {
        syntax: 'module size … for (kinds)',
        term: { en: 'bandwidth for some kinds of module', nl: 'bandbreedte voor soorten onderwijseenheden' },
        meaning: {
            en: 'Limits a module size bandwidth to modules of the kinds named (module, keuzedeel, subject): a study trip written as a subject in clock hours is then not checked against an SBU bandwidth.',
            nl: 'Beperkt een bandbreedte in omvang tot onderwijseenheden van de genoemde soorten (module, keuzedeel, subject): een studiereis als subject in klokuren wordt dan niet aan een bandbreedte in SBU getoetst.',
        },
        example: 'module size 120..960 SBU for module, keuzedeel',
        places: ['for', 'keuzedeel', 'subject'].flatMap(keyword => at(keyword, 'ModuleSizeRule')),
    },
    {
        syntax: 'at least … intakes per year',
        term: { en: 'minimum intakes', nl: 'minimum aantal instroommomenten' },
        meaning: {
            en: 'Every offering in reach has at least this many intake moments per year.',
            nl: 'Elke aangeboden opleiding binnen het bereik heeft minstens zoveel instroommomenten per jaar.',
        },
        example: 'at least 2 intakes per year',
        places: ['at', 'least', 'intakes', 'per', 'year'].flatMap(keyword => at(keyword, 'MinIntakesRule')),
    },
    {
        syntax: 'at least … intakes per year from …',
        term: { en: 'minimum intakes, counted from a date', nl: 'minimum aantal instroommomenten, geteld vanaf een datum' },
        meaning: {
            en: 'Counts the intake moments per 12 months from the date given instead of from the first period of the calendar: for calendars whose periods do not start the year.',
            nl: 'Telt de instroommomenten per 12 maanden vanaf de gegeven datum in plaats van vanaf de eerste periode van de kalender: voor kalenders waarvan de perioden het jaar niet beginnen.',
        },
        example: 'at least 2 intakes per year from 2026-08-01',
        places: at('from', 'MinIntakesRule'),
    },
    {
        syntax: 'intakes at period starts',
        term: { en: 'intakes at period starts', nl: 'instroom op periodestarts' },
        meaning: {
            en: 'Every intake date in reach falls on the first day of a period.',
            nl: 'Elke instroomdatum binnen het bereik valt op de eerste dag van een periode.',
        },
        example: 'intakes at period starts',
        places: ['intakes', 'at', 'period', 'starts'].flatMap(keyword => at(keyword, 'IntakesAtPeriodStartsRule')),
    },
    {
        syntax: 'year volume',
        term: { en: 'year volume', nl: 'jaarvolume (studielast per jaar)' },
        meaning: {
            en: 'The modules of each programme year in reach must be able to add up to this study load.',
            nl: 'De onderwijseenheden van elk opleidingsjaar binnen het bereik moeten samen op deze studielast kunnen uitkomen.',
        },
        example: 'year volume 1600 hours',
        places: [...at('year', 'YearVolumeRule'), ...at('volume', 'YearVolumeRule')],
    },
    {
        syntax: 'keuzedeel volume',
        term: { en: 'elective volume', nl: 'keuzedeelruimte' },
        meaning: {
            en: 'The keuzedelen of each programme in reach must be able to add up to this size (Entree 240, level 2 480, level 4 720 SBU).',
            nl: 'De keuzedelen van elke opleiding binnen het bereik moeten samen op deze omvang kunnen uitkomen (Entree 240, niveau 2 480, niveau 4 720 SBU).',
        },
        example: 'keuzedeel volume 720 SBU',
        places: [...at('keuzedeel', 'KeuzedeelVolumeRule'), ...at('volume', 'KeuzedeelVolumeRule')],
    },
    // ------------------------------------------------------------ values: levels and pathways
    level('entree', 'entree (mbo level 1)', 'Entreeopleiding (mbo niveau 1)',
        'The mbo entry programme, level 1; prepares for work or a level-2 programme.',
        'De entreeopleiding van het mbo, niveau 1; leidt op voor werk of een opleiding op niveau 2.', 'RIO: niveau MBO-1'),
    level('mbo-1', 'mbo level 1', 'mbo niveau 1 (entree)',
        'mbo level 1, the entry level (Entree).',
        'mbo niveau 1, het entreeniveau (Entree).', 'RIO: niveau MBO-1'),
    level('mbo-2', 'mbo level 2', 'mbo niveau 2 (basisberoepsopleiding)',
        'mbo level 2: basic vocational training.',
        'mbo niveau 2: basisberoepsopleiding.', 'RIO: niveau MBO-2'),
    level('mbo-3', 'mbo level 3', 'mbo niveau 3 (vakopleiding)',
        'mbo level 3: professional training.',
        'mbo niveau 3: vakopleiding.', 'RIO: niveau MBO-3'),
    level('mbo-4', 'mbo level 4', 'mbo niveau 4 (middenkader- of specialistenopleiding)',
        'mbo level 4: middle-management or specialist training; gives access to higher professional education.',
        'mbo niveau 4: middenkader- of specialistenopleiding; geeft toegang tot het hbo.', 'RIO: niveau MBO-4'),
    level('havo', 'havo', 'havo (hoger algemeen voortgezet onderwijs)',
        'Senior general secondary education (5 years); prepares for higher professional education.',
        'Hoger algemeen voortgezet onderwijs (5 jaar); bereidt voor op het hbo.'),
    level('vwo', 'vwo', 'vwo (voorbereidend wetenschappelijk onderwijs)',
        'Pre-university education (6 years), atheneum or gymnasium.',
        'Voorbereidend wetenschappelijk onderwijs (6 jaar), atheneum of gymnasium.'),
    level('vmbo-tl', 'vmbo theoretical track', 'vmbo theoretische leerweg',
        'Pre-vocational secondary education, theoretical track.',
        'Voorbereidend middelbaar beroepsonderwijs, theoretische leerweg.'),
    level('2F', 'reference level 2F', 'referentieniveau 2F',
        'The national reference level 2F for Dutch language and arithmetic.',
        'Het landelijke referentieniveau 2F voor Nederlandse taal en rekenen.'),
    level('3F', 'reference level 3F', 'referentieniveau 3F',
        'The national reference level 3F for Dutch language and arithmetic.',
        'Het landelijke referentieniveau 3F voor Nederlandse taal en rekenen.'),
    level('po', 'primary education', 'primair onderwijs (po)',
        'Primary education (basisschool), groups 1 to 8; a po programme states it with `level po`.',
        'Primair onderwijs (basisschool), groep 1 tot en met 8; een po-opleiding zegt het met `level po`.'),
    level('so', 'special primary education', 'speciaal onderwijs (so)',
        'Special education for primary-school-age pupils.',
        'Speciaal onderwijs voor leerlingen van basisschoolleeftijd.'),
    level('vso', 'special secondary education', 'voortgezet speciaal onderwijs (vso)',
        'Special education for secondary-school-age pupils.',
        'Speciaal onderwijs voor leerlingen van middelbareschoolleeftijd.'),
    level('praktijkonderwijs', 'practical education', 'praktijkonderwijs (pro)',
        'Secondary education preparing directly for work, without a national exam.',
        'Voortgezet onderwijs dat direct voorbereidt op werk, zonder landelijk examen.'),
    level('vavo', 'adult general secondary education', 'voortgezet algemeen volwassenenonderwijs (vavo)',
        'General secondary education for adults (vmbo-tl, havo or vwo subjects and diplomas).',
        'Algemeen voortgezet onderwijs voor volwassenen (vakken en diploma\'s vmbo-tl, havo of vwo).'),
    {
        syntax: 'BOL',
        term: { en: 'school-based pathway', nl: 'beroepsopleidende leerweg (BOL)' },
        meaning: {
            en: 'mbo pathway mainly at school, with work placement.',
            nl: 'mbo-leerweg vooral op school, met stage (bpv).',
        },
        standard: 'RIO: leertraject BOL',
        example: 'offered by DaVinci at Leerpark as BOL { intake at B1 }',
        places: [{ keyword: 'BOL', in: PATHWAY }],
    },
    {
        syntax: 'BBL',
        term: { en: 'work-based pathway', nl: 'beroepsbegeleidende leerweg (BBL)' },
        meaning: {
            en: 'mbo pathway mainly at work, with a day a week at school.',
            nl: 'mbo-leerweg vooral in het bedrijf, met een dag per week school.',
        },
        standard: 'RIO: leertraject BBL',
        example: 'offered by DaVinci at Leerpark as BBL { intake at B1 }',
        places: [{ keyword: 'BBL', in: PATHWAY }],
    },
];

/** The glossary entry for a keyword written inside a node of the given AST type. */
export function glossaryEntryFor(keyword: string, astType: string): GlossaryEntry | undefined {
    return GLOSSARY.find(entry => entry.places.some(place => place.keyword === keyword && place.in === astType));
}

/** The glossary entry for a level or pathway as written (`MBO-4` is `mbo-4`). */
export function glossaryValueEntry(value: string, kind: typeof LEVEL | typeof PATHWAY): GlossaryEntry | undefined {
    const lower = value.toLowerCase();
    return GLOSSARY.find(entry => entry.places.some(place => place.in === kind && place.keyword.toLowerCase() === lower));
}

/** An entry as Markdown hover text in one language. */
export function glossaryMarkdown(entry: GlossaryEntry, locale: Locale): string {
    const texts = TEXTS[locale].glossary;
    const heading = texts.heading(entry.syntax, entry.term[locale], entry.term[locale === 'en' ? 'nl' : 'en']);
    const lines = [heading, '', entry.meaning[locale]];
    if (entry.standard) {
        lines.push('', entry.standard);
    }
    lines.push('', `${texts.example}: \`${entry.example}\``);
    return lines.join('\n');
}
