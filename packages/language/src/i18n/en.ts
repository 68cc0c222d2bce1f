/**
 * Every user-facing English text of the language and its tools: diagnostic messages, editor
 * texts (hover, inlay hints, code lens, completion, quick fixes), the catalogue preview and the
 * CLI. `nl.ts` has the same keys (its type is `Texts`); code looks texts up, it holds none.
 */
import { CYCLE_MEMBERS_SHOWN } from '../model/cycles.js';
import type { UnitId } from '../model/sizes.js';

/** ` (a cycle of 5000 groupings)` after a cycle's chain when it was cut (cycleChain), else nothing. */
export function cut(members: number, count: string): string {
    return members > CYCLE_MEMBERS_SHOWN ? ` (${count})` : '';
}

/** `1 file`, `2 files`. */
function plural(count: number, one: string, many: string = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}

// Not `as const`: the values widen to string, so the Dutch table may differ but must have every key.
/** What an export warning's definition is, for 'has no place in RIO'. */
const EXPORT_KINDS: Record<string, string> = { module: 'a module', calendar: 'a calendar', grouping: 'a grouping', characteristic: 'a characteristic', targetGroup: 'a target group', board: 'a board', moduleOffering: 'a module offered on its own (RIO registers programmes only)', capacity: 'the capacity of an offering', mode: 'the mode of delivery of an offering', price: 'the price of an offering', language: 'the teaching language of an offering', pace: 'whether an offering is full-time or part-time', duration: 'the duration of an offering' };
const exportKind = (kind: string | undefined): string => EXPORT_KINDS[kind ?? ''] ?? kind ?? '';

export const en = {
    /** Diagnostic messages, keyed by issue code (see docs/rules.md). */
    messages: {
        'offering.name.duplicate': (p: { name: string; kind: string; other: string }) =>
            `The name '${p.name}' is already used by the ${p.kind} in ${p.other}. Names are unique across the workspace: rename one of them.`,
        'offering.syntax.repeated-clause': (p: { clause: string; owner: string }) =>
            `'${p.clause}' is given more than once for ${p.owner}; only one is allowed. Remove the extra '${p.clause}'.`,
        'offering.reference.unresolved': (p: { kind: string; name: string }) =>
            `There is no ${p.kind} named '${p.name}'. Define it, correct the spelling, or use the qualified name (Calendar.Period, Programme.Module).`,
        'offering.size.reversed': (p: { min: string; max: string; unit: string }) =>
            `The bandwidth ${p.min}..${p.max}${p.unit} has its minimum above its maximum. Swap them: ${p.max}..${p.min}${p.unit}.`,
        'offering.size.not-positive': (p: { value: string }) =>
            `A size must be positive, but ${p.value} is not. Use an amount above 0.`,
        'offering.size.unknown-unit': (p: { unit: string }) =>
            `'${p.unit}' is not a known unit. Use SBU, EC, hours or contact-hours.`,
        'offering.size.missing-unit': (p: { size: string }) =>
            `The size ${p.size} has no unit. Add one: SBU, EC, hours or contact-hours.`,
        'offering.size.incomparable-units': (p: { what: string; unit: string; policy: string; other: string }) =>
            `Cannot check ${p.what} in ${p.unit} against policy ${p.policy}, which uses ${p.other}: only EC and SBU convert (1 EC = 28 SBU); hours and contact hours do not convert. Write both in comparable units.`,
        'offering.module.size-outside-policy': (p: { module: string; size: string; policy: string; norm: string }) =>
            `Module ${p.module} has size ${p.size}, outside the module bandwidth ${p.norm} of policy ${p.policy}. Bring the size within ${p.norm}.`,
        'offering.offering.too-few-intakes': (p: { programme: string; count: number; required: number; policy: string; where: string; share: string }) =>
            `This offering of ${p.programme} has ${p.count} intake moment(s) in ${p.where}; policy ${p.policy} requires at least ${p.required} per year${p.share}. Add intake moments.`,
        'offering.intake.not-on-period-start': (p: { date: string; policy: string; nearest: string }) =>
            `Intake on ${p.date} is not on a period start, which policy ${p.policy} requires. The nearest period start is ${p.nearest}.`,
        'offering.policy.conflict': (p: { programme: string; rule: string; policy: string; value: string; other: string; otherValue: string }) =>
            `Policies ${p.policy} and ${p.other} both govern ${p.programme} but disagree on ${p.rule}: ${p.value} versus ${p.otherValue}. Align the policies or narrow their reach.`,
        'offering.policy.cycle': (p: { policy: string; chain: string; members: number }) =>
            `Policy ${p.policy} extends itself through ${p.chain}${cut(p.members, `a cycle of ${p.members} policies`)}. Remove one 'extends' to break the cycle.`,
        'offering.programme.year-volume': (p: { programme: string; year: number; range: string; norm: string; policy: string }) =>
            `The modules of ${p.programme} year ${p.year} add up to ${p.range}, which cannot meet the year volume ${p.norm} of policy ${p.policy}. Adjust the module sizes or the year's modules.`,
        'offering.programme.keuzedeel-volume': (p: { programme: string; range: string; norm: string; policy: string }) =>
            `The keuzedelen of ${p.programme} add up to ${p.range}, not enough to choose the keuzedeel volume ${p.norm} of policy ${p.policy}. Offer more keuzedelen.`,
        'offering.date.invalid': (p: { date: string }) =>
            `${p.date} is not a real date. Write an existing date as YYYY-MM-DD.`,
        'offering.intake.outside-calendar': (p: { date: string; calendar: string }) =>
            `Intake on ${p.date} falls outside every period of calendar ${p.calendar}. Move it into a period or add a period.`,
        'offering.date-range.reversed': (p: { start: string; end: string }) =>
            `The window from ${p.start} to ${p.end} ends before it starts. Swap the dates.`,
        'offering.period.outside-parent': (p: { period: string; parent: string; start: string; end: string; parentStart: string; parentEnd: string }) =>
            `Period ${p.period} (${p.start} to ${p.end}) does not lie within period ${p.parent} (${p.parentStart} to ${p.parentEnd}) that holds it. Move its dates inside, or move it out of ${p.parent}.`,
        'offering.validity.reversed': (p: { owner: string; from: string; to: string }) =>
            `The validity of ${p.owner} from ${p.from} to ${p.to} ends before it starts. Swap the dates.`,
        'offering.intake.outside-validity': (p: { date: string; thing: string; side: 'before' | 'after'; limit: string }) =>
            p.side === 'after'
                ? `Intake on ${p.date} falls after ${p.thing} lapses on ${p.limit}. Move the intake or extend the validity.`
                : `Intake on ${p.date} falls before ${p.thing} becomes valid on ${p.limit}. Move the intake or extend the validity.`,
        'offering.period.reversed': (p: { period: string; start: string; end: string }) =>
            `Period ${p.period} ends on ${p.end}, before it starts on ${p.start}. Swap the dates.`,
        'offering.period.overlap': (p: { period: string; other: string; start: string; end: string }) =>
            `Period ${p.period} starts on ${p.start}, while period ${p.other} still runs until ${p.end}. Periods in one calendar must not overlap: start after ${p.end}.`,
        'offering.intake.duplicate': (p: { date: string }) =>
            `The intake moment ${p.date} is given more than once. Remove the duplicate.`,
        'offering.module.year-outside-programme': (p: { year: number; programme: string; years: string }) =>
            `Year ${p.year} is not a year of ${p.programme}, which has years ${p.years}. Use one of those years.`,
        'offering.years.reversed': (p: { from: number; to: number }) =>
            `The year range ${p.from}..${p.to} runs backwards. Write ${p.to}..${p.from}.`,
        'offering.years.out-of-range': (p: { year: number; max: number }) =>
            `Year ${p.year} is out of range: a programme has at most ${p.max} years. Use years 1..${p.max}.`,
        'offering.group.merged-periods': (p: { group: string; periods: string }) =>
            `Group ${p.group} has several 'during' clauses without a block, so each of ${p.periods} gets every student and module of the group. Write 'during ... { students of ... teaches ... }' per period to keep each period's own composition.`,
        'offering.group.unknown-year': (p: { year: number; programme: string; years: string }) =>
            `${p.programme} has no year ${p.year} (its years are ${p.years}). Take students of an existing year.`,
        'offering.group.level-not-offered': (p: { module: string; level: string; levels: string }) =>
            `Module ${p.module} is not offered at level ${p.level}; it is offered at ${p.levels}. Teach it at one of those levels or add the level to the module.`,
        'offering.offering.duplicate': (p: { programme: string; provider: string; location: string; pathway: string }) =>
            `${p.programme} is already offered by ${p.provider} at ${p.location}${p.pathway} with the same characteristics and target groups. Remove this offering or make it distinct with a characteristic or target group.`,
        'offering.offering.capacity-invalid': (p: { value: string }) =>
            `A capacity is a number of students, but ${p.value} is not a whole number of 1 or more. Write the maximum number of students, e.g. 'capacity 24'.`,
        'offering.offering.price-invalid': (p: { value: string }) =>
            `A price is an amount of money with at most two decimals, but ${p.value} is not. Write e.g. 'price 1250.00 EUR'.`,
        'offering.offering.currency-unknown': (p: { currency: string; known: string; suggestion: string }) =>
            `'${p.currency}' is not a known currency (ISO 4217).${p.suggestion} Use one of ${p.known}.`,
        'offering.offering.language-unknown': (p: { language: string; suggestion: string }) =>
            `'${p.language}' is not a two-letter language code (ISO 639-1, lower case).${p.suggestion} Write e.g. 'language nl' or 'language en'.`,
        'offering.offering.duration-invalid': (p: { value: string }) =>
            `A duration is a whole number of years or months of 1 or more, but ${p.value} is not. Write e.g. 'duration 2 years' or 'duration 18 months'.`,
        'offering.module-offering.duplicate': (p: { module: string; provider: string; location: string }) =>
            `Module ${p.module} is already offered by ${p.provider} at ${p.location}. Remove this offering, or merge its intakes into the other one.`,
        'offering.grouping.cycle': (p: { grouping: string; chain: string; members: number }) =>
            `Grouping ${p.grouping} lies within itself: ${p.chain}${cut(p.members, `a cycle of ${p.members} groupings`)}. Groupings form a tree; remove one 'within'.`,
        'offering.offering.location-not-used': (p: { provider: string; location: string }) =>
            `Location ${p.location} is not used by provider ${p.provider}. Add ${p.provider} to the location's 'used by' or choose another location.`,
        'offering.provider.no-board': (p: { provider: string }) =>
            `Provider ${p.provider} falls under no board. Add 'under' with its board.`,
        'offering.location.no-board': (p: { location: string }) =>
            `Location ${p.location} falls under no board. Add 'under' with its board.`,
        'offering.code.board-format': (p: { code: string }) =>
            `'${p.code}' is not a RIO board code: three digits, B, three digits (e.g. 100B490).`,
        'offering.code.provider-format': (p: { code: string }) =>
            `'${p.code}' is not a RIO provider code: three digits, A, three digits (e.g. 110A133).`,
        'offering.code.location-format': (p: { code: string }) =>
            `'${p.code}' is not a RIO location code: three digits, X, three digits (e.g. 110X912).`,
        'offering.code.programme-unit-format': (p: { code: string }) =>
            `'${p.code}' is not a RIO programme unit code: four digits, O, four digits (e.g. 1234O5678).`,
        'offering.code.crebo-format': (p: { code: string }) =>
            `'${p.code}' is not a crebo code: exactly five digits (e.g. 25604).`,
        'offering.programme.level-invalid': (p: { level: string; known: string; suggestion: string }) =>
            `'${p.level}' is not a known level.${p.suggestion} Use one of ${p.known}.`,
        'offering.offering.pathway-not-applicable': (p: { pathway: string; programme: string; reason: string }) =>
            `Pathway ${p.pathway} does not apply to ${p.programme}: ${p.reason}.`,
        'offering.definition.unused': (p: { kind: string; name: string }) =>
            `Nothing uses the ${p.kind} ${p.name}. Use it or remove it.`,
        'offering.internal.check-failed': (p: { error: string }) =>
            `An error occurred during validation: ${p.error}. This is a fault in the Offering checks, not in the file: please report it.`,
        'offering.programme.keuzedeel-choice': (p: { programme: string; range: string; norm: string; policy: string }) =>
            `The keuzedeel choices of ${p.programme} let a student take ${p.range} of keuzedelen, outside the keuzedeel volume ${p.norm} of policy ${p.policy}. Change what the choices ask for (choose ... from ...).`,
        'offering.choice.option-outside-programme': (p: { module: string; programme: string }) =>
            `${p.module} is an option of a choice of ${p.programme} but not a module of it. Nest it in ${p.programme} or add 'for ${p.programme}' to it.`,
        'offering.choice.too-large': (p: { chosen: string; offered: string }) =>
            `This choice asks for ${p.chosen}, but its options together offer only ${p.offered}. Add options or choose less.`,
        'offering.reference.ambiguous': (p: { name: string; kind: string; candidates: string }) =>
            `'${p.name}' names more than one ${p.kind}: ${p.candidates}. Write the qualified name of the one you mean; otherwise the first in file order is taken.`,
        'offering.policy.loosens': (p: { policy: string; parent: string; rule: string; value: string; parentValue: string }) =>
            `Policy ${p.policy} extends ${p.parent} but loosens its ${p.rule}: ${p.value} where ${p.parent} sets ${p.parentValue}. A policy that extends another may only narrow it: stay within ${p.parentValue}.`,
        'offering.policy.all-across-boards': (p: { policy: string; count: number; programme: string; boards: string; home: string }) =>
            `Policy ${p.policy} applies to all, so it also governs ${p.count} programme(s) that only providers of other boards offer, such as ${p.programme} (${p.boards}), while its folder belongs to ${p.home}. Scope it: 'applies to ${p.home}'.`,
        'offering.level.unknown': (p: { level: string; known: string; suggestion: string }) =>
            `'${p.level}' is not a known level.${p.suggestion} Use one of ${p.known}.`,
        'offering.code.duplicate': (p: { code: string; kind: string; other: string }) =>
            `The ${p.kind} code ${p.code} is also the code of ${p.other}. A RIO code identifies one ${p.kind}: correct one of them.`,
        'offering.offering.same-crebo': (p: { programme: string; other: string; crebo: string; provider: string; location: string; pathway: string }) =>
            `${p.programme} and ${p.other} have the same crebo ${p.crebo} and are both offered by ${p.provider} at ${p.location}${p.pathway}: RIO registers that as one offering. Offer one of them there, or tell them apart with a characteristic or target group.`,
        'offering.offering.location-board': (p: { location: string; provider: string; locationBoards: string; providerBoards: string }) =>
            `Location ${p.location} falls under ${p.locationBoards}, none of the boards of provider ${p.provider} (${p.providerBoards}). Add a board of ${p.provider} to the location's 'under', or choose another location.`,
        'offering.offering.pathway-missing': (p: { programme: string }) =>
            `This offering of the mbo programme ${p.programme} names no pathway; RIO registers mbo offerings per pathway. Add 'as BOL' or 'as BBL'.`,
        'offering.programme.crebo-missing': (p: { programme: string }) =>
            `The mbo programme ${p.programme} has no crebo. Add 'crebo' with its five-digit code (e.g. crebo 25604).`,
        'offering.programme.crebo-not-mbo': (p: { programme: string; level: string }) =>
            `${p.programme} is a ${p.level} programme, and only mbo programmes have a crebo. Remove the crebo, or write its RIO code with 'rio'.`,
        'offering.code.keuzedeel-format': (p: { code: string }) =>
            `'${p.code}' is not a keuzedeel code: K and four digits (e.g. K0713).`,
        'offering.intake.registration-after-intake': (p: { opens: string; intake: string }) =>
            `Registration opens on ${p.opens}, after the intake it is for (${p.intake}). Let registration open before the intake.`,
        'offering.intake.period-other-calendar': (p: { period: string; calendar: string; inUse: string }) =>
            `Period ${p.period} belongs to calendar ${p.calendar}, but the calendar in use here is ${p.inUse}. Name a period of ${p.inUse}, or set the calendar this intake follows.`,
        'offering.years.zero': (_p: Record<string, never>) =>
            `There is no year 0: years count from 1. Start at year 1.`,
        'offering.choice.count-invalid': (p: { count: string }) =>
            `A choice of ${p.count} modules is not possible: choose a whole number of modules, 1 or more.`,
    },
    /** The name of each kind of definition, with its article, for use inside messages. */
    kinds: {
        Board: 'board',
        Provider: 'provider',
        Location: 'location',
        Calendar: 'calendar',
        Period: 'period',
        Grouping: 'grouping',
        Characteristic: 'characteristic',
        TargetGroup: 'target group',
        Programme: 'programme',
        ProgrammeOffering: 'offering',
        ModuleOffering: 'module offering',
        Module: 'module',
        Group: 'group',
        Policy: 'policy',
    },
    /** Short phrases that messages embed (rule names, reasons). */
    phrases: {
        'rule.module-size': 'module size',
        'rule.min-intakes': 'intakes per year',
        'rule.year-volume': 'year volume',
        'rule.keuzedeel-volume': 'keuzedeel volume',
        'pathway.not-mbo': 'pathways apply to mbo programmes only',
        'pathway.unknown': 'the pathways are BOL and BBL',
        'pathway.not-listed': "the programme's 'pathways' does not list it",
        'year.none': 'none',
        'what.module': 'module',
        'what.year': 'year',
        'what.keuzedelen': 'the keuzedelen of',
    },
    /** What a diagnostic's related place is (LSP relatedInformation). */
    related: {
        otherDefinition: (name: string) => `the other definition of '${name}'`,
        otherCode: (code: string) => `the other definition with code ${code}`,
        sameOffering: 'the same offering, given before',
        sameCrebo: (crebo: string) => `the other offering with crebo ${crebo}`,
    },
    /** What a unit is, as completion shows it. */
    units: {
        SBU: 'study load hours',
        EC: 'ECTS credits (1 EC = 28 SBU)',
        hours: 'clock hours',
        'contact-hours': 'contact hours',
    } satisfies Record<UnitId, string>,
    /** The labels of a definition's key facts (hover, completion detail). */
    facts: {
        code: 'code',
        boards: 'boards',
        address: 'address',
        usedBy: 'used by',
        periods: 'periods',
        dates: 'dates',
        calendar: 'calendar',
        within: 'within',
        level: 'level',
        levels: 'levels',
        years: 'years',
        pathways: 'pathways',
        size: 'size',
        for: 'for',
        extends: 'extends',
        appliesTo: 'applies to',
        /** Between a period's first and last day. */
        to: 'to',
        /** A policy that applies to everything. */
        all: 'all',
    },
    glossary: {
        /** A keyword's hover heading: its term here, the term in the other language after it. */
        heading: (syntax: string, term: string, otherTerm: string) => `**${syntax}**: ${term} (Dutch: ${otherTerm})`,
        example: 'Example',
        /** The columns of the glossary table in docs/language.md. */
        headers: ['Keyword', 'Concept', 'Dutch term', 'Meaning', 'RIO / OOAPI', 'Example'],
    },
    inlayHints: {
        year: 'year',
        noModules: 'no modules',
        norm: 'norm',
    },
    codeLens: {
        usedBy: (count: number) => count === 0 ? 'used by no programme' : `used by ${plural(count, 'programme')}`,
    },
    completion: {
        /** Between a period's first and last day. */
        to: 'to',
        periodStart: (period: string) => `start of ${period}`,
        notUsedBy: (provider: string) => `not used by ${provider}`,
        snippets: {
            programme: 'new programme with code, level and years',
            offered: 'new offering with an intake',
            module: 'new module with size and year',
            calendar: 'new calendar with a period',
            policy: 'new policy with bandwidths',
        },
    },
    /** The titles of the quick fixes. */
    codeActions: {
        swap: (min: string, max: string) => `Swap the bandwidth to ${max}..${min}`,
        move: (date: string) => `Move the intake to the period start ${date}`,
        unit: (unit: string) => `Add the unit ${unit}`,
        create: (keyword: string, name: string) => `Create ${keyword} ${name}`,
        remove: (name: string) => `Remove the unused definition ${name}`,
        distinguish: (name: string) => `Distinguish this offering with characteristic ${name}`,
        qualify: (name: string) => `Write the qualified name ${name}`,
        scope: (boards: string) => `Scope the policy to ${boards}`,
        pairPeriods: () => 'Give each during its own block with the clauses written after it',
        writeCode: (code: string) => `Write ${code}`,
    },
    /** The language server's own lines: its usage, and what it publishes besides the checks. */
    server: {
        usage: 'usage: offering-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>',
        moreProblems: (more: number, shown: number) =>
            `${plural(more, 'more problem')} in this file, not shown (the editor shows the first ${shown}; offering validate lists them all).`,
        syntaxOnly: (megabytes: string, limit: string) =>
            `This file is large (${megabytes} MB): the editor checks only its syntax above ${limit} MB. Run offering validate for all checks, or split the file.`,
    },
    /** The catalogue preview (HTML). */
    preview: {
        title: 'Offering catalogue',
        noProgrammes: 'No programmes in this workspace yet.',
        errors: (count: number) => `The workspace has ${plural(count, 'error')}; the preview shows what could be read.`,
        years: (years: string) => `years ${years}`,
        notOffered: 'Not offered anywhere yet.',
        offerings: 'Offerings',
        modulesPerYear: 'Modules per year',
        offeredAt: (provider: string, location: string) => `${provider} at ${location}`,
        noIntakes: 'no intakes',
        noPeriods: 'calendar without periods',
        noCalendar: 'no calendar',
        intake: (date: string) => `intake ${date}`,
        flexibleIntake: (range: string) => `flexible intake ${range}`,
        noModules: 'No modules yet.',
        year: (year: number) => `Year ${year}`,
        noYear: 'No particular year',
        noSize: 'no size',
        moduleOfferings: 'Modules offered on their own',
        capacity: (count: number) => plural(count, 'place'),
        modes: { onsite: 'on site', online: 'online', hybrid: 'hybrid' },
        language: (code: string) => `taught in ${code}`,
        paces: { 'full-time': 'full-time', 'part-time': 'part-time' },
        duration: (value: number, unit: 'years' | 'months') => unit === 'years' ? plural(value, 'year') : plural(value, 'month'),
        validity: (from: string | undefined, to: string | undefined) => from && to ? `valid ${from} – ${to}` : from ? `valid from ${from}` : `valid to ${to ?? ''}`,
    },
    /** The command line tool's own lines (the diagnostics come from `messages`). */
    cli: {
        summary: (files: number, errors: number, warnings: number) => errors === 0 && warnings === 0
            ? `Checked ${plural(files, 'file')}: no problems found.`
            : `Checked ${plural(files, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
        tooManyWarnings: (warnings: number, max: number) => `Too many warnings: ${warnings}, at most ${max} allowed (--max-warnings).`,
        /** The pretty format (a terminal): the closing line, severities, related places. */
        prettySummary: (files: number, errors: number, warnings: number) => errors === 0 && warnings === 0
            ? `No errors or warnings in ${plural(files, 'file')}`
            : `${[errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')} in ${plural(files, 'file')}`,
        severities: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
        seeAlso: 'see also',
        linesLeftOut: (lines: number) => `... ${plural(lines, 'more line')}`,
        /** Usage mistakes (exit 2). */
        usageHint: '(add --help for usage)',
        wholeNumber: 'expected a whole number of 0 or more.',
        outputChoice: 'error: give either -o <file> or --stdout',
        notWritten: (errors: number) => `Catalogue not written: fix the ${plural(errors, 'error')} first.`,
        catalogueUnwritable: (file: string, reason: string) => `cannot write '${file}' (${reason}); the previous catalogue, if any, is unchanged`,
        wrote: (file: string, programmes: number, modules: number, files: number) =>
            `Wrote ${file}: ${plural(programmes, 'programme')}, ${plural(modules, 'module')} from ${plural(files, 'file')}.`,
        syntaxErrors: (file: string) => `${file}: not formatted: it has syntax errors (see offering validate)`,
        fileUnwritable: (file: string, reason: string) => `cannot write '${file}' (${reason}); the file is unchanged`,
        formatted: (file: string) => `Formatted ${file}`,
        allFormatted: (files: number) => `${plural(files, 'file')} checked: all formatted.`,
        notFormatted: (files: number, changed: number) => `${plural(files, 'file')} checked: ${plural(changed, 'file')} not formatted (run offering format).`,
        reformatted: (files: number, changed: number) => `${plural(files, 'file')} checked: ${plural(changed, 'file')} reformatted.`,
        noFiles: (paths: string) => `no .offering files found in ${paths}`,
        tooLarge: (file: string, megabytes: string, limit: string) =>
            `${file}: too large (${megabytes} MB; the limit is ${limit} MB per file). Split it into several .offering files.`,
        unreadable: (file: string, reason: string) => `${file}: cannot be read (${reason})`,
        unknownError: 'unknown error',
        notUtf8: (file: string) => `${file}: not a UTF-8 text file`,
        /** Progress lines (a terminal, or --verbose). */
        found: (files: number) => `found ${plural(files, 'file')}`,
        phases: { parsed: 'parsed', validated: 'validated' },
        phaseDone: (phase: string, files: number) => `${phase} ${plural(files, 'file')}`,
        phaseRunning: (phase: string, done: number, total: number) => `${done}/${total} files ${phase}`,
        /** `validate --cache` (the first two are progress lines). */
        cacheUsed: (file: string) => `no input changed: results reused from the cache ${file}`,
        cacheNotUsed: (file: string, reason: string) => `cache ${file} not used (${reason}); checking everything`,
        cacheMiss: { missing: 'none yet', corrupt: 'damaged; it will be rebuilt', 'other-version': 'written by another version', changed: 'files changed, added or removed' },
        cacheIsOffering: (file: string) => `cannot use '${file}' as the cache: names ending in .offering are input files; give another --cache-location`,
        cacheUnwritable: (file: string, reason: string) => `cannot write the cache '${file}' (${reason}); the results are not affected`,
        /** Input and output problems (exit 2): one line each. */
        noSuchPath: (given: string) => `Cannot read '${given}': no such file or folder.`,
        notOfferingFile: (file: string) => `${file}: not an .offering file; only files named *.offering are checked`,
        stdinUnsupported: "'-' (standard input) is not read: save the text as an .offering file and give its path",
        notRegularFile: (file: string) => `${file}: not a regular file (a device, pipe or socket); give .offering files or folders`,
        outputUnwritable: (reason: string) => `cannot write the output (${reason})`,
        outputIsFolder: (file: string) => `cannot write '${file}': it is a folder; give a file name`,
        outputNotRegular: (file: string) => `cannot write '${file}': it is not a regular file (a device, pipe or socket); give a file name, or use --stdout`,
        outputIsInput: (file: string) => `cannot write '${file}': it is one of the input files; give another output file`,
        readOnly: (file: string) => `cannot write '${file}': the file is read-only; it is unchanged`,
        ownerNotKept: (file: string) => `cannot write '${file}': its owner could not be kept; it is unchanged`,
        /** `offering serve`. */
        serving: (url: string, folder: string) => `Serving the Offering web app with ${folder} opened at ${url} (only on this computer). Press Ctrl+C to stop.`,
        webAppMissing: (folder: string) => `The web app is not built (no index.html in ${folder}). Run 'npm run build:web', or pass --app <folder>.`,
        portInUse: (port: number) => `Port ${port} is in use. Pass another with --port, or --port 0 for any free port.`,
        notAFolder: (folder: string) => `'${folder}' is not a folder.`,
        notAPort: (value: string) => `--port: '${value}' is not a port number.`,
    },
    /** `offering explain`: the lines around a rule's entry (the entry itself is in vocabulary/rules/). */
    explain: {
        category: 'Category',
        documentation: 'Documentation',
        unknownRule: (input: string, suggestions: string[]) => `unknown rule '${input}'.${suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ''} 'offering explain --list' lists the rules.`,
        missingRule: "error: name a rule (for example 'offering explain name.duplicate'), or pass --list",
    },
    /** The year an intake count speaks of (offering.offering.too-few-intakes). */
    intakeYears: {
        none: 'any year',
        ofCalendar: (from: string, to: string, calendar: string) => `the year ${from} to ${to} of calendar ${calendar} (12 months from its first period)`,
        ofPolicy: (from: string, to: string, policy: string) => `the year ${from} to ${to} (12 months from the date policy ${policy} counts from)`,
        fromIntake: (from: string, to: string) => `the 12 months ${from} to ${to} (counted from its first intake, as it has no calendar)`,
        share: (needed: number, until: string) => `, so ${needed} in the part of this year the calendar plans (until ${until})`,
    },
    /** After an unknown word, the known one it most likely means. */
    didYouMean: (word: string) => ` Did you mean ${word}?`,
    /** `offering export`: what a target cannot hold (docs/exports.md), and the command's own lines. */
    exports: {
        warnings: {
            'export.size-bandwidth': (p: ExportParams) =>
                `${p.id}: the size bandwidth ${p.value} has no OOAPI field (studyLoad holds one value); exported as the minimum in studyLoad and in full as ext 'x-offering-size'.`,
            'export.module-years': (p: ExportParams) =>
                `${p.id}: the programme years a module belongs to have no OOAPI field; exported as ext 'x-offering-programmes'.`,
            'export.module-levels': (p: ExportParams) =>
                `${p.id}: the levels ${p.value} have no OOAPI field (a course has one level, of mbo and higher education only); exported as ext 'x-offering-levels'.`,
            'export.several-parents': (p: ExportParams) =>
                `${p.id}: falls under ${p.value}, but an OOAPI organisation has one parent; exported under ${p.other}, all of them as ext 'x-offering-parents'.`,
            'export.location-boards': (p: ExportParams) =>
                `${p.id}: the boards it falls under (${p.value}) have no place in OOAPI's organisation tree, where a location hangs under its provider; exported as ext 'x-offering-boards'.`,
            'export.empty-calendar': (p: ExportParams) =>
                `${p.id}: a calendar without periods has no dates, which an OOAPI academic session requires; not exported.`,
            'export.grouping': (p: ExportParams) =>
                `${p.id}: OOAPI has no grouping of programmes; exported as ext 'x-offering-groupings' of its programmes.`,
            'export.characteristic': (p: ExportParams) =>
                `${p.id}: OOAPI has no characteristic (opleidingskenmerk); exported as ext 'x-offering-characteristics' of the offerings.`,
            'export.target-group': (p: ExportParams) =>
                `${p.id}: OOAPI has no target group (doelgroep) of an offering; exported as ext 'x-offering-targetGroups' of the offerings.`,
            'export.pathway': (p: ExportParams) =>
                `${p.id}: an OOAPI offering has no mode of study; the pathway (BOL/BBL) is exported as ext 'x-offering-modeOfStudy' of each offering${p.value ? ` and as the programme's modeOfStudy '${p.value}'` : ''}.`,
            'export.level': (p: ExportParams) =>
                `${p.id}: the level '${p.value}' has no OOAPI ${p.other} value; ${p.other === 'v6' ? `exported as 'x-offering-${p.value}'` : 'left out'}.`,
            'export.no-intakes': (p: ExportParams) =>
                `${p.id}: the offering at ${p.value} has no intake; OOAPI has one offering per start, so it is not exported.`,
            'export.group': (p: ExportParams) =>
                `${p.id}: classes and teaching groups composed per period have no place in ${p.other}; not exported.`,
            'export.policy': (p: ExportParams) =>
                `${p.id}: policies (kaders) have no place in ${p.other}; not exported.`,
            'export.rio-not-mbo': (p: ExportParams) =>
                `${p.id}: the RIO export covers mbo (AangebodenMboOpleiding) and the level is ${p.value ? `'${p.value}'` : 'not given'}; its offerings are not exported.`,
            'export.rio-no-code': (p: ExportParams) =>
                `${p.id}: no RIO opleidingseenheidcode ('rio 1234O5678'), which RIO needs to register an offering; its offerings are not exported.`,
            'export.rio-no-provider-code': (p: ExportParams) =>
                `${p.id}: the offering at ${p.value} has a provider without a RIO code (onderwijsaanbiedercode); not exported.`,
            'export.rio-no-pathway': (p: ExportParams) =>
                `${p.id}: the offering at ${p.value} has no pathway, which RIO requires (leertrajectMBO BOL or BBL); not exported.`,
            'export.rio-no-location-code': (p: ExportParams) =>
                `${p.id}: the location has no RIO code (onderwijslocatiecode); its offerings are exported without one.`,
            'export.rio-no-registration': (p: ExportParams) =>
                `${p.id}: the cohort starting ${p.value} has no registration window; RIO requires beginAanmeldperiode, so add 'registration from .. to ..' before submitting.`,
            'export.rio-admission': (p: ExportParams) =>
                `${p.id}: RIO requires toelatingseisen and toegankelijkheid for the offering at ${p.value}; Offering does not record them, so the system that submits the request must add them.`,
            'export.rio-not-exported': (p: ExportParams) =>
                `${p.id}: ${exportKind(p.value)} has no place in RIO's aangeboden opleiding; not exported.`,
        },
        notWritten: (errors: number) => `Export not written: fix the ${plural(errors, 'error')} first.`,
        unwritable: (file: string, reason: string) => `cannot write '${file}' (${reason}); the previous export, if any, is unchanged`,
        wrote: (file: string, target: string, objects: number, warnings: number) =>
            `Wrote ${file}: ${target}, ${plural(objects, 'object')}, ${plural(warnings, 'warning')} about what the target cannot hold.`,
    },
    /** `offering init`: the questions, and what it says after writing a starter workspace. */
    init: {
        questions: {
            lang: 'Language of the files (nl or en)',
            sector: 'Sector (mbo, vo or po)',
            boardName: 'Name of the board',
            boardCode: 'RIO code of the board (e.g. 100B001)',
            schoolName: 'Name of the school (provider)',
            schoolCode: 'RIO code of the school (e.g. 100A001)',
            locationName: 'Name of the location',
            locationCode: 'RIO code of the location (e.g. 100X001)',
            address: 'Address of the location',
            year: 'Year the school year starts in',
            periods: 'Periods (blocks-4, blocks-5, trimesters or semesters)',
            policyName: 'Name of the policy',
            programmeName: 'Name of the first programme',
            programmeCode: (sector: string): string => sector === 'mbo' ? 'Crebo code of the programme (5 digits)' : 'RIO programme unit code (e.g. 1001O3001)',
        },
        invalidAnswer: (choices: string) => `Not a valid answer; expected ${choices}.`,
        codeLike: (example: string) => `a code like ${example}`,
        aName: 'a name with letters or digits',
        anAddress: 'an address',
        invalidAnswers: (fields: string) => `not written: these answers are not valid: ${fields} (see offering init --help)`,
        exists: (files: string) => `not written: these files exist already, and init never overwrites: ${files}`,
        notAFolder: (folder: string) => `cannot create the workspace in '${folder}': it is not a folder`,
        unwritable: (file: string, reason: string) => `cannot write '${file}' (${reason})`,
        wrote: (folder: string) => `Created a starter workspace in ${folder}:`,
        nextSteps: (folder: string, catalogue: string) => `Next steps:\n  offering validate ${folder}\n      checks the offering (exit 0: no problems)\n  offering generate ${folder} -o ${catalogue}\n      writes the catalogue\n`,
    },
};

/** The facts an export warning names: the definition, and a value and another name where it has them. */
export interface ExportParams {
    id: string;
    value?: string;
    other?: string;
}

export type Texts = typeof en;
