/**
 * Every user-facing Dutch text. Typed as `Texts`: a key that the English table has and this one
 * lacks does not compile.
 */
import { cut, type Texts } from './en.js';

/** `1 bestand`, `2 bestanden`. */
function plural(count: number, one: string, many: string): string {
    return `${count} ${count === 1 ? one : many}`;
}

const files = (count: number) => plural(count, 'bestand', 'bestanden');
const errors = (count: number) => plural(count, 'fout', 'fouten');

export const nl: Texts = {
    messages: {
        'offering.name.duplicate': p =>
            `De naam '${p.name}' wordt al gebruikt door ${p.kind} in ${p.other}. Namen zijn uniek in de hele werkruimte: geef een van beide een andere naam.`,
        'offering.syntax.repeated-clause': p =>
            `'${p.clause}' staat meer dan eens bij ${p.owner}; er mag er maar een zijn. Verwijder de extra '${p.clause}'.`,
        'offering.reference.unresolved': p =>
            `Er is geen ${p.kind} met de naam '${p.name}'. Definieer die, verbeter de spelling of gebruik de volledige naam (Kalender.Periode, Opleiding.Onderwijseenheid).`,
        'offering.size.reversed': p =>
            `De bandbreedte ${p.min}..${p.max}${p.unit} heeft een minimum boven het maximum. Draai ze om: ${p.max}..${p.min}${p.unit}.`,
        'offering.size.not-positive': p =>
            `Een omvang moet positief zijn, maar ${p.value} is dat niet. Gebruik een hoeveelheid boven 0.`,
        'offering.size.unknown-unit': p =>
            `'${p.unit}' is geen bekende eenheid. Gebruik SBU, EC, hours of contact-hours.`,
        'offering.size.missing-unit': p =>
            `De omvang ${p.size} heeft geen eenheid. Voeg er een toe: SBU, EC, hours of contact-hours.`,
        'offering.size.incomparable-units': p =>
            `Kan ${p.what} in ${p.unit} niet toetsen aan kader ${p.policy}, dat ${p.other} gebruikt: alleen EC en SBU zijn om te rekenen (1 EC = 28 SBU); uren en contacturen niet. Schrijf beide in vergelijkbare eenheden.`,
        'offering.module.size-outside-policy': p =>
            `Onderwijseenheid ${p.module} heeft omvang ${p.size}, buiten de bandbreedte ${p.norm} van kader ${p.policy}. Breng de omvang binnen ${p.norm}.`,
        'offering.offering.too-few-intakes': p =>
            `Deze aangeboden opleiding van ${p.programme} heeft ${p.count} instroommoment(en) in het schooljaar ${p.from} tot ${p.to}; kader ${p.policy} eist er minstens ${p.required}. Voeg instroommomenten toe.`,
        'offering.intake.not-on-period-start': p =>
            `Instroom op ${p.date} valt niet op het begin van een periode, wat kader ${p.policy} eist. Het dichtstbijzijnde periodebegin is ${p.nearest}.`,
        'offering.policy.conflict': p =>
            `Kaders ${p.policy} en ${p.other} gelden allebei voor ${p.programme} maar verschillen over ${p.rule}: ${p.value} tegenover ${p.otherValue}. Stem de kaders op elkaar af of beperk hun bereik.`,
        'offering.policy.cycle': p =>
            `Kader ${p.policy} breidt zichzelf uit via ${p.chain}${cut(p.members, `een kring van ${p.members} kaders`)}. Verwijder een 'extends' om de kring te doorbreken.`,
        'offering.programme.year-volume': p =>
            `De onderwijseenheden van ${p.programme} jaar ${p.year} tellen op tot ${p.range}; dat haalt het jaarvolume ${p.norm} van kader ${p.policy} niet. Pas de omvang of de onderwijseenheden van dat jaar aan.`,
        'offering.programme.keuzedeel-volume': p =>
            `De keuzedelen van ${p.programme} tellen op tot ${p.range}, te weinig om de keuzedeelruimte ${p.norm} van kader ${p.policy} te vullen. Bied meer keuzedelen aan.`,
        'offering.date.invalid': p =>
            `${p.date} is geen bestaande datum. Schrijf een bestaande datum als JJJJ-MM-DD.`,
        'offering.intake.outside-calendar': p =>
            `Instroom op ${p.date} valt buiten alle periodes van kalender ${p.calendar}. Verplaats de instroom naar een periode of voeg een periode toe.`,
        'offering.date-range.reversed': p =>
            `Het venster van ${p.start} tot ${p.end} eindigt voordat het begint. Draai de datums om.`,
        'offering.period.reversed': p =>
            `Periode ${p.period} eindigt op ${p.end}, voordat die begint op ${p.start}. Draai de datums om.`,
        'offering.period.overlap': p =>
            `Periode ${p.period} begint op ${p.start}, terwijl periode ${p.other} nog loopt tot ${p.end}. Periodes in een kalender mogen niet overlappen: begin na ${p.end}.`,
        'offering.intake.duplicate': p =>
            `Het instroommoment ${p.date} staat er meer dan eens. Verwijder het dubbele.`,
        'offering.module.year-outside-programme': p =>
            `Jaar ${p.year} is geen jaar van ${p.programme}, dat de jaren ${p.years} heeft. Gebruik een van die jaren.`,
        'offering.years.reversed': p =>
            `Het jarenbereik ${p.from}..${p.to} loopt achteruit. Schrijf ${p.to}..${p.from}.`,
        'offering.group.unknown-year': p =>
            `${p.programme} heeft geen jaar ${p.year} (de jaren zijn ${p.years}). Neem leerlingen van een bestaand jaar.`,
        'offering.group.level-not-offered': p =>
            `Onderwijseenheid ${p.module} wordt niet aangeboden op niveau ${p.level}; wel op ${p.levels}. Geef hem op een van die niveaus of voeg het niveau toe aan de onderwijseenheid.`,
        'offering.offering.duplicate': p =>
            `${p.programme} wordt al aangeboden door ${p.provider} op ${p.location}${p.pathway} met dezelfde kenmerken en doelgroepen. Verwijder deze aangeboden opleiding of maak hem uniek met een kenmerk of doelgroep.`,
        'offering.grouping.cycle': p =>
            `Opleidingsgroep ${p.grouping} valt binnen zichzelf: ${p.chain}${cut(p.members, `een kring van ${p.members} opleidingsgroepen`)}. Opleidingsgroepen vormen een boom; verwijder een 'within'.`,
        'offering.offering.location-not-used': p =>
            `Locatie ${p.location} wordt niet gebruikt door aanbieder ${p.provider}. Voeg ${p.provider} toe aan 'used by' van de locatie of kies een andere locatie.`,
        'offering.provider.no-board': p =>
            `Aanbieder ${p.provider} valt onder geen bestuur. Voeg 'under' met het bestuur toe.`,
        'offering.location.no-board': p =>
            `Locatie ${p.location} valt onder geen bestuur. Voeg 'under' met het bestuur toe.`,
        'offering.code.board-format': p =>
            `'${p.code}' is geen RIO-bestuurscode: drie cijfers, B, drie cijfers (bijv. 100B490).`,
        'offering.code.provider-format': p =>
            `'${p.code}' is geen RIO-aanbiederscode: drie cijfers, A, drie cijfers (bijv. 110A133).`,
        'offering.code.location-format': p =>
            `'${p.code}' is geen RIO-locatiecode: drie cijfers, X, drie cijfers (bijv. 110X912).`,
        'offering.code.programme-unit-format': p =>
            `'${p.code}' is geen RIO-opleidingseenheidcode: vier cijfers, O, vier cijfers (bijv. 1234O5678).`,
        'offering.code.crebo-format': p =>
            `'${p.code}' is geen crebocode: precies vijf cijfers (bijv. 25604).`,
        'offering.programme.level-invalid': p =>
            `'${p.level}' is geen bekend niveau. Gebruik een van ${p.known}.`,
        'offering.offering.pathway-not-applicable': p =>
            `Leerweg ${p.pathway} past niet bij ${p.programme}: ${p.reason}.`,
        'offering.definition.unused': p =>
            `Niets gebruikt ${p.kind} ${p.name}. Gebruik die of verwijder die.`,
        'offering.internal.check-failed': p =>
            `Er ging iets mis bij het controleren: ${p.error}. Dit is een fout in de controles van Offering, niet in het bestand: meld hem alstublieft.`,
    },
    kinds: {
        Board: 'het bestuur',
        Provider: 'de aanbieder',
        Location: 'de locatie',
        Calendar: 'de kalender',
        Period: 'de periode',
        Grouping: 'de opleidingsgroep',
        Characteristic: 'het opleidingskenmerk',
        TargetGroup: 'de doelgroep',
        Programme: 'de opleiding',
        ProgrammeOffering: 'de aangeboden opleiding',
        Module: 'de onderwijseenheid',
        Group: 'de groep',
        Policy: 'het kader',
    },
    phrases: {
        'rule.module-size': 'de omvang van onderwijseenheden',
        'rule.min-intakes': 'het aantal instroommomenten per jaar',
        'rule.year-volume': 'het jaarvolume',
        'rule.keuzedeel-volume': 'de keuzedeelruimte',
        'pathway.not-mbo': 'leerwegen gelden alleen voor mbo-opleidingen',
        'pathway.unknown': 'de leerwegen zijn BOL en BBL',
        'pathway.not-listed': "'pathways' van de opleiding noemt hem niet",
        'year.none': 'geen',
        'what.module': 'onderwijseenheid',
        'what.year': 'jaar',
        'what.keuzedelen': 'de keuzedelen van',
    },
    units: {
        SBU: 'studiebelastingsuren',
        EC: 'studiepunten (1 EC = 28 SBU)',
        hours: 'klokuren',
        'contact-hours': 'contacturen',
    },
    facts: {
        code: 'code',
        boards: 'besturen',
        address: 'adres',
        usedBy: 'in gebruik bij',
        periods: 'perioden',
        dates: 'data',
        calendar: 'jaarindeling',
        within: 'valt binnen',
        level: 'niveau',
        levels: 'niveaus',
        years: 'jaren',
        pathways: 'leerwegen',
        size: 'omvang',
        for: 'voor',
        extends: 'breidt uit',
        appliesTo: 'geldt voor',
        to: 't/m',
        all: 'alles',
    },
    glossary: {
        heading: (syntax, term, otherTerm) => `**${syntax}**: ${term} (${otherTerm})`,
        example: 'Voorbeeld',
        headers: ['Sleutelwoord', 'Begrip', 'Engelse term', 'Betekenis', 'RIO / OOAPI', 'Voorbeeld'],
    },
    inlayHints: {
        year: 'jaar',
        noModules: 'geen onderwijseenheden',
        norm: 'norm',
    },
    codeLens: {
        usedBy: count => count === 0 ? 'door geen opleiding gebruikt' : `gebruikt door ${plural(count, 'opleiding', 'opleidingen')}`,
    },
    completion: {
        to: 't/m',
        periodStart: period => `start van ${period}`,
        notUsedBy: provider => `niet in gebruik bij ${provider}`,
        snippets: {
            programme: 'nieuwe opleiding met code, niveau en jaren',
            offered: 'nieuwe aangeboden opleiding met een instroommoment',
            module: 'nieuwe onderwijseenheid met omvang en jaar',
            calendar: 'nieuwe jaarindeling met een periode',
            policy: 'nieuw kader met bandbreedtes',
        },
    },
    codeActions: {
        swap: (min, max) => `Draai de bandbreedte om naar ${max}..${min}`,
        move: date => `Verplaats het instroommoment naar het periodebegin ${date}`,
        unit: unit => `Voeg de eenheid ${unit} toe`,
        create: (keyword, name) => `Maak ${keyword} ${name} aan`,
        remove: name => `Verwijder de ongebruikte definitie ${name}`,
        distinguish: name => `Onderscheid dit aanbod met kenmerk ${name}`,
    },
    preview: {
        title: 'Offering-catalogus',
        noProgrammes: 'Nog geen opleidingen in deze werkruimte.',
        errors: count => `De werkruimte heeft ${errors(count)}; het voorbeeld toont wat gelezen kon worden.`,
        years: years => `jaren ${years}`,
        notOffered: 'Nog nergens aangeboden.',
        offerings: 'Aangeboden opleidingen',
        modulesPerYear: 'Onderwijseenheden per jaar',
        offeredAt: (provider, location) => `${provider} op ${location}`,
        noIntakes: 'geen instroommomenten',
        noPeriods: 'jaarindeling zonder perioden',
        noCalendar: 'geen jaarindeling',
        intake: date => `instroom ${date}`,
        flexibleIntake: range => `flexibele instroom ${range}`,
        noModules: 'Nog geen onderwijseenheden.',
        year: year => `Jaar ${year}`,
        noYear: 'Geen bepaald jaar',
        noSize: 'geen omvang',
    },
    cli: {
        summary: (fileCount, errorCount, warnings) => errorCount === 0 && warnings === 0
            ? `${files(fileCount)} gecontroleerd: geen problemen gevonden.`
            : `${files(fileCount)} gecontroleerd: ${errors(errorCount)}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}.`,
        tooManyWarnings: (warnings, max) => `Te veel waarschuwingen: ${warnings}, hoogstens ${max} toegestaan (--max-warnings).`,
        outputChoice: 'fout: geef -o <bestand> of --stdout',
        notWritten: count => `Catalogus niet geschreven: herstel eerst ${count === 1 ? 'de fout' : `de ${count} fouten`}.`,
        catalogueUnwritable: (file, reason) => `kan '${file}' niet schrijven (${reason}); de vorige catalogus, als die er was, is ongewijzigd`,
        wrote: (file, programmes, modules, fileCount) =>
            `${file} geschreven: ${plural(programmes, 'opleiding', 'opleidingen')}, ${plural(modules, 'onderwijseenheid', 'onderwijseenheden')} uit ${files(fileCount)}.`,
        syntaxErrors: file => `${file}: niet opgemaakt: het bevat syntaxfouten (zie offering validate)`,
        fileUnwritable: (file, reason) => `kan '${file}' niet schrijven (${reason}); het bestand is ongewijzigd`,
        formatted: file => `${file} opgemaakt`,
        allFormatted: fileCount => `${files(fileCount)} gecontroleerd: alle opgemaakt.`,
        notFormatted: (fileCount, changed) => `${files(fileCount)} gecontroleerd: ${files(changed)} niet opgemaakt (voer offering format uit).`,
        reformatted: (fileCount, changed) => `${files(fileCount)} gecontroleerd: ${files(changed)} opnieuw opgemaakt.`,
        noFiles: paths => `geen .offering-bestanden gevonden in ${paths}`,
        tooLarge: (file, megabytes, limit) =>
            `${file}: te groot (${megabytes} MB; de grens is ${limit} MB per bestand). Verdeel het over meerdere .offering-bestanden.`,
        unreadable: (file, reason) => `${file}: kan niet gelezen worden (${reason})`,
        unknownError: 'onbekende fout',
        notUtf8: file => `${file}: geen UTF-8-tekstbestand`,
        found: fileCount => `${files(fileCount)} gevonden`,
        phases: { parsed: 'ingelezen', validated: 'gecontroleerd' },
        phaseDone: (phase, fileCount) => `${files(fileCount)} ${phase}`,
        phaseRunning: (phase, done, total) => `${done}/${total} bestanden ${phase}`,
        serving: (url, folder) => `De Offering-webapp draait met ${folder} geopend op ${url} (alleen op deze computer). Stop met Ctrl+C.`,
        webAppMissing: folder => `De webapp is niet gebouwd (geen index.html in ${folder}). Voer 'npm run build:web' uit, of geef --app <map> mee.`,
        portInUse: port => `Poort ${port} is in gebruik. Geef een andere mee met --port, of --port 0 voor een willekeurige vrije poort.`,
        notAFolder: folder => `'${folder}' is geen map.`,
    },
};
