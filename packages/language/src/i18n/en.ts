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
        'offering.offering.too-few-intakes': (p: { programme: string; count: number; required: number; policy: string; from: string; to: string }) =>
            `This offering of ${p.programme} has ${p.count} intake moment(s) in the school year ${p.from} to ${p.to}; policy ${p.policy} requires at least ${p.required}. Add intake moments.`,
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
        'offering.group.unknown-year': (p: { year: number; programme: string; years: string }) =>
            `${p.programme} has no year ${p.year} (its years are ${p.years}). Take students of an existing year.`,
        'offering.group.level-not-offered': (p: { module: string; level: string; levels: string }) =>
            `Module ${p.module} is not offered at level ${p.level}; it is offered at ${p.levels}. Teach it at one of those levels or add the level to the module.`,
        'offering.offering.duplicate': (p: { programme: string; provider: string; location: string; pathway: string }) =>
            `${p.programme} is already offered by ${p.provider} at ${p.location}${p.pathway} with the same characteristics and target groups. Remove this offering or make it distinct with a characteristic or target group.`,
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
        'offering.programme.level-invalid': (p: { level: string; known: string }) =>
            `'${p.level}' is not a known level. Use one of ${p.known}.`,
        'offering.offering.pathway-not-applicable': (p: { pathway: string; programme: string; reason: string }) =>
            `Pathway ${p.pathway} does not apply to ${p.programme}: ${p.reason}.`,
        'offering.definition.unused': (p: { kind: string; name: string }) =>
            `Nothing uses the ${p.kind} ${p.name}. Use it or remove it.`,
        'offering.internal.check-failed': (p: { error: string }) =>
            `An error occurred during validation: ${p.error}. This is a fault in the Offering checks, not in the file: please report it.`,
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
    },
    /** The command line tool's own lines (the diagnostics come from `messages`). */
    cli: {
        summary: (files: number, errors: number, warnings: number) => errors === 0 && warnings === 0
            ? `Checked ${plural(files, 'file')}: no problems found.`
            : `Checked ${plural(files, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
        tooManyWarnings: (warnings: number, max: number) => `Too many warnings: ${warnings}, at most ${max} allowed (--max-warnings).`,
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
        /** `offering serve`. */
        serving: (url: string, folder: string) => `Serving the Offering web app with ${folder} opened at ${url} (only on this computer). Press Ctrl+C to stop.`,
        webAppMissing: (folder: string) => `The web app is not built (no index.html in ${folder}). Run 'npm run build:web', or pass --app <folder>.`,
        portInUse: (port: number) => `Port ${port} is in use. Pass another with --port, or --port 0 for any free port.`,
        notAFolder: (folder: string) => `'${folder}' is not a folder.`,
    },
};

export type Texts = typeof en;
