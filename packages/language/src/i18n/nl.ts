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

/** What an export warning's definition is, for 'has no place in RIO'. */
const EXPORT_KINDS: Record<string, string> = { module: 'een module', calendar: 'een kalender', grouping: 'een opleidingsgroep', characteristic: 'een opleidingskenmerk', targetGroup: 'een doelgroep', board: 'een bestuur', moduleOffering: 'een los aangeboden module (RIO registreert alleen opleidingen)', capacity: 'de capaciteit van een aanbod', mode: 'de onderwijsvorm van een aanbod', price: 'de prijs van een aanbod', language: 'de onderwijstaal van een aanbod', pace: 'of een aanbod voltijd of deeltijd is', duration: 'de duur van een aanbod' };
const exportKind = (kind: string | undefined): string => EXPORT_KINDS[kind ?? ''] ?? kind ?? '';

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
            `Deze aangeboden opleiding van ${p.programme} heeft ${p.count} instroommoment(en) in ${p.where}; kader ${p.policy} eist er minstens ${p.required} per jaar${p.share}. Voeg instroommomenten toe.`,
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
        'offering.period.outside-parent': p =>
            `Periode ${p.period} (${p.start} tot ${p.end}) ligt niet binnen periode ${p.parent} (${p.parentStart} tot ${p.parentEnd}) waarin die staat. Zet de datums binnen ${p.parent}, of haal de periode eruit.`,
        'offering.validity.reversed': p =>
            `De geldigheid van ${p.owner} van ${p.from} tot ${p.to} eindigt voordat die begint. Draai de datums om.`,
        'offering.intake.outside-validity': p =>
            p.side === 'after'
                ? `Instroom op ${p.date} valt na het vervallen van ${p.thing} op ${p.limit}. Verplaats de instroom of verleng de geldigheid.`
                : `Instroom op ${p.date} valt voor de ingang van ${p.thing} op ${p.limit}. Verplaats de instroom of vervroeg de geldigheid.`,
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
        'offering.years.out-of-range': p =>
            `Jaar ${p.year} valt buiten het bereik: een opleiding heeft hoogstens ${p.max} jaren. Gebruik de jaren 1..${p.max}.`,
        'offering.group.merged-periods': p =>
            `Groep ${p.group} heeft meerdere 'during'-regels zonder blok, dus elk van ${p.periods} krijgt alle studenten en onderwijseenheden van de groep. Schrijf per periode 'during ... { students of ... teaches ... }' om de samenstelling per periode te houden.`,
        'offering.group.unknown-year': p =>
            `${p.programme} heeft geen jaar ${p.year} (de jaren zijn ${p.years}). Neem leerlingen van een bestaand jaar.`,
        'offering.group.level-not-offered': p =>
            `Onderwijseenheid ${p.module} wordt niet aangeboden op niveau ${p.level}; wel op ${p.levels}. Geef hem op een van die niveaus of voeg het niveau toe aan de onderwijseenheid.`,
        'offering.offering.duplicate': p =>
            `${p.programme} wordt al aangeboden door ${p.provider} op ${p.location}${p.pathway} met dezelfde kenmerken en doelgroepen. Verwijder deze aangeboden opleiding of maak hem uniek met een kenmerk of doelgroep.`,
        'offering.offering.capacity-invalid': p =>
            `Een capaciteit is een aantal studenten, maar ${p.value} is geen geheel getal van 1 of meer. Schrijf het maximale aantal studenten, bijvoorbeeld 'capacity 24'.`,
        'offering.offering.price-invalid': p =>
            `Een prijs is een geldbedrag met hoogstens twee decimalen, maar ${p.value} is dat niet. Schrijf bijvoorbeeld 'price 1250.00 EUR'.`,
        'offering.offering.currency-unknown': p =>
            `'${p.currency}' is geen bekende munteenheid (ISO 4217).${p.suggestion} Gebruik een van ${p.known}.`,
        'offering.offering.language-unknown': p =>
            `'${p.language}' is geen taalcode van twee letters (ISO 639-1, kleine letters).${p.suggestion} Schrijf bijvoorbeeld 'language nl' of 'language en'.`,
        'offering.offering.duration-invalid': p =>
            `Een duur is een geheel aantal jaren of maanden van 1 of meer, maar ${p.value} is dat niet. Schrijf bijvoorbeeld 'duration 2 years' of 'duration 18 months'.`,
        'offering.module-offering.duplicate': p =>
            `Onderwijseenheid ${p.module} wordt al aangeboden door ${p.provider} op ${p.location}. Verwijder dit aanbod, of voeg de instroommomenten samen in het andere.`,
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
            `'${p.level}' is geen bekend niveau.${p.suggestion} Gebruik een van ${p.known}.`,
        'offering.offering.pathway-not-applicable': p =>
            `Leerweg ${p.pathway} past niet bij ${p.programme}: ${p.reason}.`,
        'offering.definition.unused': p =>
            `Niets gebruikt ${p.kind} ${p.name}. Gebruik die of verwijder die.`,
        'offering.internal.check-failed': p =>
            `Er ging iets mis bij het controleren: ${p.error}. Dit is een fout in de controles van Offering, niet in het bestand: meld hem alstublieft.`,
        'offering.programme.keuzedeel-choice': p =>
            `Met de keuzes van ${p.programme} kiest een student ${p.range} aan keuzedelen, buiten de keuzedeelruimte ${p.norm} van kader ${p.policy}. Pas aan wat de keuzes vragen (choose ... from ...).`,
        'offering.choice.option-outside-programme': p =>
            `${p.module} is een keuzemogelijkheid van ${p.programme} maar hoort niet bij die opleiding. Neem het op in ${p.programme} of voeg 'for ${p.programme}' toe.`,
        'offering.choice.too-large': p =>
            `Deze keuze vraagt ${p.chosen}, maar de keuzemogelijkheden bieden samen maar ${p.offered}. Voeg keuzemogelijkheden toe of kies minder.`,
        'offering.reference.ambiguous': p =>
            `'${p.name}' is de naam van meer dan één ${p.kind}: ${p.candidates}. Schrijf de volledige naam van de bedoelde; anders wordt de eerste in bestandsvolgorde genomen.`,
        'offering.policy.loosens': p =>
            `Kader ${p.policy} bouwt voort op ${p.parent} maar verruimt ${p.rule}: ${p.value} waar ${p.parent} ${p.parentValue} vastlegt. Een kader dat voortbouwt op een ander mag dat alleen verscherpen: blijf binnen ${p.parentValue}.`,
        'offering.policy.all-across-boards': p =>
            `Kader ${p.policy} geldt voor alles en geldt zo ook voor ${p.count} opleiding(en) die alleen aanbieders van andere besturen aanbieden, zoals ${p.programme} (${p.boards}), terwijl zijn map bij ${p.home} hoort. Beperk het: 'applies to ${p.home}'.`,
        'offering.level.unknown': p =>
            `'${p.level}' is geen bekend niveau.${p.suggestion} Gebruik een van ${p.known}.`,
        'offering.code.duplicate': p =>
            `De code ${p.code} van deze ${p.kind} is ook de code van ${p.other}. Een RIO-code hoort bij één ${p.kind}: verbeter een van beide.`,
        'offering.offering.same-crebo': p =>
            `${p.programme} en ${p.other} hebben hetzelfde crebo ${p.crebo} en worden allebei aangeboden door ${p.provider} op ${p.location}${p.pathway}: RIO registreert dat als één aangeboden opleiding. Bied er een van beide aan, of onderscheid ze met een opleidingskenmerk of doelgroep.`,
        'offering.offering.location-board': p =>
            `Locatie ${p.location} valt onder ${p.locationBoards}, geen van de besturen van aanbieder ${p.provider} (${p.providerBoards}). Voeg een bestuur van ${p.provider} toe aan 'under' van de locatie, of kies een andere locatie.`,
        'offering.offering.pathway-missing': p =>
            `Deze aangeboden opleiding van de mbo-opleiding ${p.programme} noemt geen leerweg; RIO registreert mbo-aanbod per leerweg. Voeg 'as BOL' of 'as BBL' toe.`,
        'offering.programme.crebo-missing': p =>
            `De mbo-opleiding ${p.programme} heeft geen crebo. Voeg 'crebo' toe met de code van vijf cijfers (bijvoorbeeld crebo 25604).`,
        'offering.programme.crebo-not-mbo': p =>
            `${p.programme} is een opleiding op niveau ${p.level}, en alleen mbo-opleidingen hebben een crebo. Verwijder het crebo, of schrijf de RIO-code met 'rio'.`,
        'offering.code.keuzedeel-format': p =>
            `'${p.code}' is geen keuzedeelcode: K en vier cijfers (bijvoorbeeld K0713).`,
        'offering.intake.registration-after-intake': p =>
            `De aanmelding opent op ${p.opens}, na de instroom waarvoor die is (${p.intake}). Laat de aanmelding openen vóór de instroom.`,
        'offering.intake.period-other-calendar': p =>
            `Periode ${p.period} hoort bij kalender ${p.calendar}, maar hier geldt kalender ${p.inUse}. Noem een periode van ${p.inUse}, of stel de kalender in die deze instroom volgt.`,
        'offering.years.zero': () =>
            `Er is geen jaar 0: jaren tellen vanaf 1. Begin bij jaar 1.`,
        'offering.choice.count-invalid': p =>
            `Een keuze van ${p.count} onderwijseenheden kan niet: kies een geheel aantal, 1 of meer.`,
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
        ModuleOffering: 'de aangeboden onderwijseenheid',
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
    related: {
        otherDefinition: name => `de andere definitie van '${name}'`,
        otherCode: code => `de andere definitie met code ${code}`,
        sameOffering: 'hetzelfde aanbod, eerder gegeven',
        sameCrebo: crebo => `het andere aanbod met crebo ${crebo}`,
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
        qualify: name => `Schrijf de volledige naam ${name}`,
        scope: boards => `Beperk het kader tot ${boards}`,
        pairPeriods: () => 'Geef elke during een eigen blok met de regels die erna staan',
        writeCode: code => `Schrijf ${code}`,
    },
    server: {
        usage: 'gebruik: offering-language-server --stdio | --node-ipc | --socket=<poort> | --pipe=<naam>',
        moreProblems: (more, shown) =>
            `Nog ${plural(more, 'probleem', 'problemen')} in dit bestand, niet getoond (de editor toont de eerste ${shown}; offering validate toont ze allemaal).`,
        syntaxOnly: (megabytes, limit) =>
            `Dit bestand is groot (${megabytes} MB): boven ${limit} MB controleert de editor alleen de syntaxis. Voer offering validate uit voor alle controles, of verdeel het bestand.`,
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
        moduleOfferings: 'Los aangeboden onderwijseenheden',
        capacity: count => plural(count, 'plaats', 'plaatsen'),
        modes: { onsite: 'op locatie', online: 'online', hybrid: 'hybride' },
        language: code => `onderwijstaal ${code}`,
        paces: { 'full-time': 'voltijd', 'part-time': 'deeltijd' },
        duration: (value, unit) => unit === 'years' ? plural(value, 'jaar', 'jaar') : plural(value, 'maand', 'maanden'),
        validity: (from, to) => from && to ? `geldig ${from} – ${to}` : from ? `geldig vanaf ${from}` : `geldig tot ${to ?? ''}`,
    },
    cli: {
        summary: (fileCount, errorCount, warnings) => errorCount === 0 && warnings === 0
            ? `${files(fileCount)} gecontroleerd: geen problemen gevonden.`
            : `${files(fileCount)} gecontroleerd: ${errors(errorCount)}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}.`,
        tooManyWarnings: (warnings, max) => `Te veel waarschuwingen: ${warnings}, hoogstens ${max} toegestaan (--max-warnings).`,
        prettySummary: (fileCount, errorCount, warnings) => errorCount === 0 && warnings === 0
            ? `Geen fouten of waarschuwingen in ${files(fileCount)}`
            : `${[errorCount > 0 ? errors(errorCount) : '', warnings > 0 ? plural(warnings, 'waarschuwing', 'waarschuwingen') : ''].filter(Boolean).join(', ')} in ${files(fileCount)}`,
        severities: { error: 'fout', warning: 'waarschuwing', info: 'melding', hint: 'tip' },
        seeAlso: 'zie ook',
        linesLeftOut: lines => `... nog ${plural(lines, 'regel', 'regels')}`,
        usageHint: '(voeg --help toe voor het gebruik)',
        wholeNumber: 'verwacht een geheel getal van 0 of meer.',
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
        cacheUsed: file => `geen invoer gewijzigd: resultaten hergebruikt uit de cache ${file}`,
        cacheNotUsed: (file, reason) => `cache ${file} niet gebruikt (${reason}); alles wordt gecontroleerd`,
        cacheMiss: { missing: 'nog geen', corrupt: 'beschadigd; wordt opnieuw opgebouwd', 'other-version': 'geschreven door een andere versie', changed: 'bestanden gewijzigd, toegevoegd of verwijderd' },
        cacheIsOffering: file => `kan '${file}' niet als cache gebruiken: namen op .offering zijn invoerbestanden; geef een andere --cache-location`,
        cacheUnwritable: (file, reason) => `kan de cache '${file}' niet schrijven (${reason}); de resultaten veranderen daardoor niet`,
        noSuchPath: given => `Kan '${given}' niet lezen: bestand of map bestaat niet.`,
        notOfferingFile: file => `${file}: geen .offering-bestand; alleen bestanden met de naam *.offering worden gecontroleerd`,
        stdinUnsupported: "'-' (standaardinvoer) wordt niet gelezen: sla de tekst op als .offering-bestand en geef het pad daarvan",
        notRegularFile: file => `${file}: geen gewoon bestand (een apparaat, pipe of socket); geef .offering-bestanden of mappen`,
        outputUnwritable: reason => `kan de uitvoer niet schrijven (${reason})`,
        outputIsFolder: file => `kan '${file}' niet schrijven: het is een map; geef een bestandsnaam`,
        outputNotRegular: file => `kan '${file}' niet schrijven: het is geen gewoon bestand (een apparaat, pipe of socket); geef een bestandsnaam, of gebruik --stdout`,
        outputIsInput: file => `kan '${file}' niet schrijven: het is een van de invoerbestanden; geef een ander uitvoerbestand`,
        readOnly: file => `kan '${file}' niet schrijven: het bestand is alleen-lezen; het is ongewijzigd`,
        ownerNotKept: file => `kan '${file}' niet schrijven: de eigenaar kon niet behouden worden; het is ongewijzigd`,
        serving: (url, folder) => `De Offering-webapp draait met ${folder} geopend op ${url} (alleen op deze computer). Stop met Ctrl+C.`,
        webAppMissing: folder => `De webapp is niet gebouwd (geen index.html in ${folder}). Voer 'npm run build:web' uit, of geef --app <map> mee.`,
        portInUse: port => `Poort ${port} is in gebruik. Geef een andere mee met --port, of --port 0 voor een willekeurige vrije poort.`,
        notAFolder: folder => `'${folder}' is geen map.`,
        notAPort: value => `--port: '${value}' is geen poortnummer.`,
    },
    explain: {
        category: 'Categorie',
        documentation: 'Documentatie',
        unknownRule: (input, suggestions) => `onbekende regel '${input}'.${suggestions.length > 0 ? ` Bedoelde je ${suggestions.join(', ')}?` : ''} 'offering explain --list' toont de regels.`,
        missingRule: "fout: noem een regel (bijvoorbeeld 'offering explain name.duplicate'), of geef --list mee",
    },
    intakeYears: {
        none: 'welk jaar dan ook',
        ofCalendar: (from, to, calendar) => `het jaar ${from} tot ${to} van kalender ${calendar} (12 maanden vanaf de eerste periode)`,
        ofPolicy: (from, to, policy) => `het jaar ${from} tot ${to} (12 maanden vanaf de datum waarvan kader ${policy} telt)`,
        fromIntake: (from, to) => `de 12 maanden ${from} tot ${to} (geteld vanaf de eerste instroom, want er is geen kalender)`,
        share: (needed, until) => `, dus ${needed} in het deel van dit jaar dat de kalender plant (tot ${until})`,
    },
    didYouMean: word => ` Bedoel je ${word}?`,
    exports: {
        warnings: {
            'export.size-bandwidth': p =>
                `${p.id}: de bandbreedte ${p.value} heeft geen veld in OOAPI (studyLoad heeft één waarde); geëxporteerd als het minimum in studyLoad en volledig als ext 'x-offering-size'.`,
            'export.module-years': p =>
                `${p.id}: de opleidingsjaren waar een module bij hoort hebben geen veld in OOAPI; geëxporteerd als ext 'x-offering-programmes'.`,
            'export.module-levels': p =>
                `${p.id}: de niveaus ${p.value} hebben geen veld in OOAPI (een course heeft één niveau, alleen van mbo en hoger onderwijs); geëxporteerd als ext 'x-offering-levels'.`,
            'export.several-parents': p =>
                `${p.id}: valt onder ${p.value}, maar een organisatie in OOAPI heeft één ouder; geëxporteerd onder ${p.other}, allemaal als ext 'x-offering-parents'.`,
            'export.location-boards': p =>
                `${p.id}: de besturen waar de locatie onder valt (${p.value}) hebben geen plaats in de organisatieboom van OOAPI, waar een locatie onder haar aanbieder hangt; geëxporteerd als ext 'x-offering-boards'.`,
            'export.empty-calendar': p =>
                `${p.id}: een kalender zonder perioden heeft geen datums, die een academic session in OOAPI vereist; niet geëxporteerd.`,
            'export.grouping': p =>
                `${p.id}: OOAPI kent geen opleidingsgroep; geëxporteerd als ext 'x-offering-groupings' van de opleidingen erin.`,
            'export.characteristic': p =>
                `${p.id}: OOAPI kent geen opleidingskenmerk; geëxporteerd als ext 'x-offering-characteristics' van de aangeboden opleidingen.`,
            'export.target-group': p =>
                `${p.id}: OOAPI kent geen doelgroep van een aangeboden opleiding; geëxporteerd als ext 'x-offering-targetGroups' van de aangeboden opleidingen.`,
            'export.pathway': p =>
                `${p.id}: een aangeboden opleiding in OOAPI heeft geen leerweg; de leerweg (BOL/BBL) is geëxporteerd als ext 'x-offering-modeOfStudy' van elke aangeboden opleiding${p.value ? ` en als modeOfStudy '${p.value}' van de opleiding` : ''}.`,
            'export.level': p =>
                `${p.id}: het niveau '${p.value}' heeft geen waarde in OOAPI ${p.other}; ${p.other === 'v6' ? `geëxporteerd als 'x-offering-${p.value}'` : 'weggelaten'}.`,
            'export.no-intakes': p =>
                `${p.id}: de aangeboden opleiding bij ${p.value} heeft geen instroommoment; OOAPI heeft één offering per start, dus ze is niet geëxporteerd.`,
            'export.group': p =>
                `${p.id}: klassen en lesgroepen per periode hebben geen plaats in ${p.other}; niet geëxporteerd.`,
            'export.policy': p =>
                `${p.id}: kaders hebben geen plaats in ${p.other}; niet geëxporteerd.`,
            'export.rio-not-mbo': p =>
                `${p.id}: de RIO-export beslaat het mbo (AangebodenMboOpleiding) en het niveau is ${p.value ? `'${p.value}'` : 'niet gegeven'}; de aangeboden opleidingen zijn niet geëxporteerd.`,
            'export.rio-no-code': p =>
                `${p.id}: geen RIO-opleidingseenheidcode ('rio 1234O5678'), die RIO nodig heeft om een aanbod te registreren; de aangeboden opleidingen zijn niet geëxporteerd.`,
            'export.rio-no-provider-code': p =>
                `${p.id}: de aangeboden opleiding bij ${p.value} heeft een aanbieder zonder RIO-code (onderwijsaanbiedercode); niet geëxporteerd.`,
            'export.rio-no-pathway': p =>
                `${p.id}: de aangeboden opleiding bij ${p.value} heeft geen leerweg, die RIO vereist (leertrajectMBO BOL of BBL); niet geëxporteerd.`,
            'export.rio-no-location-code': p =>
                `${p.id}: de locatie heeft geen RIO-code (onderwijslocatiecode); de aangeboden opleidingen daar zijn zonder geëxporteerd.`,
            'export.rio-no-registration': p =>
                `${p.id}: het cohort dat start op ${p.value} heeft geen aanmeldperiode; RIO vereist beginAanmeldperiode, dus voeg 'registration from .. to ..' toe voor het indienen.`,
            'export.rio-admission': p =>
                `${p.id}: RIO vereist toelatingseisen en toegankelijkheid voor de aangeboden opleiding bij ${p.value}; Offering legt die niet vast, dus het systeem dat het verzoek indient moet ze toevoegen.`,
            'export.rio-not-exported': p =>
                `${p.id}: ${exportKind(p.value)} heeft geen plaats in de aangeboden opleiding van RIO; niet geëxporteerd.`,
        },
        notWritten: count => `Export niet geschreven: herstel eerst ${count === 1 ? 'de fout' : `de ${count} fouten`}.`,
        unwritable: (file, reason) => `kan '${file}' niet schrijven (${reason}); de vorige export, als die er is, is ongewijzigd`,
        wrote: (file, target, objects, warnings) =>
            `${file} geschreven: ${target}, ${plural(objects, 'object', 'objecten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')} over wat het doel niet kan bevatten.`,
    },
    init: {
        questions: {
            lang: 'Taal van de bestanden (nl of en)',
            sector: 'Onderwijssector (mbo, vo of po)',
            boardName: 'Naam van het bestuur',
            boardCode: 'RIO-code van het bestuur (bijv. 100B001)',
            schoolName: 'Naam van de school (aanbieder)',
            schoolCode: 'RIO-code van de school (bijv. 100A001)',
            locationName: 'Naam van de locatie',
            locationCode: 'RIO-code van de locatie (bijv. 100X001)',
            address: 'Adres van de locatie',
            year: 'Jaar waarin het schooljaar begint',
            periods: 'Perioden (blocks-4, blocks-5, trimesters of semesters)',
            policyName: 'Naam van de kaders',
            programmeName: 'Naam van de eerste opleiding',
            programmeCode: sector => sector === 'mbo' ? 'Crebocode van de opleiding (5 cijfers)' : 'RIO-code van de opleidingseenheid (bijv. 1001O3001)',
        },
        invalidAnswer: choices => `Geen geldig antwoord; verwacht ${choices}.`,
        codeLike: example => `een code zoals ${example}`,
        aName: 'een naam met letters of cijfers',
        anAddress: 'een adres',
        invalidAnswers: fields => `niets geschreven: deze antwoorden zijn niet geldig: ${fields} (zie offering init --help)`,
        exists: files => `niets geschreven: deze bestanden bestaan al, en init overschrijft nooit: ${files}`,
        notAFolder: folder => `kan de werkmap niet maken in '${folder}': dat is geen map`,
        unwritable: (file, reason) => `kan '${file}' niet schrijven (${reason})`,
        wrote: folder => `Startwerkmap gemaakt in ${folder}:`,
        nextSteps: (folder, catalogue) => `Volgende stappen:\n  offering validate ${folder} --lang nl\n      controleert het aanbod (exitcode 0: geen problemen)\n  offering generate ${folder} -o ${catalogue} --lang nl\n      schrijft de catalogus\n`,
    },
};
