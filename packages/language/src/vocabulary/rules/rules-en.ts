/**
 * The rules in English: per issue code its title, what it checks, why schools have the rule, how
 * to fix it and the editor's quick fix (absent when there is none). `rules-nl.ts` is typed by this
 * table, so a code without a text does not compile.
 */
import type { IssueCode } from '../../i18n/messages.js';

export interface RuleText {
    title: string;
    /** What the rule checks (Markdown: `code` spans). */
    what: string;
    /** Why schools have the rule. */
    why: string;
    /** How to set it right by hand. */
    fix: string;
    /** What the editor's quick fix does; absent when there is none. */
    quickFix?: string;
}

export const RULES_EN: Readonly<Record<IssueCode, RuleText>> = {
    'offering.name.duplicate': {
        title: 'Two definitions with one name',
        what: 'Two definitions share a (qualified) name anywhere in the workspace. Reported on both.',
        why: 'A name is how every team, service department and system refers to a programme, module or policy; if it means two things, a reference, the catalogue and the register would each have to guess which one is meant.',
        fix: 'Rename one of them.',
    },
    'offering.syntax.repeated-clause': {
        title: 'A clause written twice',
        what: 'A single-valued clause (`level`, `years`, `calendar`, `applies to`) is written twice; the parser would keep only the last.',
        why: 'A programme has one level, one set of years, one calendar; writing a clause twice means two people disagree, and silently keeping the last one would hide that disagreement.',
        fix: 'Remove the extra clause.',
    },
    'offering.reference.unresolved': {
        title: 'A name that refers to nothing',
        what: 'A reference names nothing of the expected kind (Langium\'s `linking-error`, re-coded). `data`: `refText`, `targetType`, `containerType`, `property`.',
        why: 'A reference to a programme, period or policy that does not exist means a link in the offering is broken: the catalogue would leave the intake, grouping or rule out without saying so.',
        fix: 'Define the missing definition, fix the spelling, or use the qualified name (`Calendar.Period`, `Programme.Module`).',
        quickFix: 'Create the missing definition (for a simple name of a kind that can be created).',
    },
    'offering.reference.ambiguous': {
        title: 'A name that fits several definitions',
        what: 'A short name fits several definitions equally, so only the order of the files would decide which one it means (and renaming a file would change the catalogue): a period by its simple name while no calendar is in use, when two calendars have a period of that name; a module a group `teaches` by its simple name, when two of the programmes whose students the group (or the `during` block the `teaches` is in) takes have a nested module of that name. The reference still links to the first by place so the other checks run. `data.candidates`: the qualified names; the quick fix writes each one.',
        why: 'If a short name fits two periods or modules, the order of the files would decide which one is meant, and renaming a file would change the catalogue; the text must say it once, precisely.',
        fix: 'Write the qualified name (`Oost.B1`), or name the calendar in use.',
        quickFix: 'Write one of the qualified names.',
    },
    'offering.size.reversed': {
        title: 'Bandwidth minimum above maximum',
        what: 'A bandwidth whose minimum is above its maximum. `data`: `min`, `max`.',
        why: 'A bandwidth says how small and how large a module may be; a minimum above the maximum allows no size at all, so the module can never be planned or checked against the kaders.',
        fix: 'Swap the amounts.',
        quickFix: 'Swap the two amounts.',
    },
    'offering.size.not-positive': {
        title: 'A size of zero or less',
        what: 'An amount of zero or less.',
        why: 'Every module asks study load of a student; a size of zero or less is a typing mistake, and it would distort every year volume it counts in.',
        fix: 'Use an amount above 0.',
    },
    'offering.size.unknown-unit': {
        title: 'An unknown unit',
        what: 'A unit other than SBU, EC, hours, contact-hours (and their spellings ects, uur, uren, contacturen).',
        why: 'Sizes are only comparable in units everyone agrees on (SBU, EC, clock hours, contact hours); an unknown unit cannot be checked against any norm or exported.',
        fix: 'Use a known unit.',
    },
    'offering.size.missing-unit': {
        title: 'A size without unit',
        what: 'A size without unit.',
        why: '240 means nothing until you know whether it is SBU, EC or clock hours; the difference is large (1 EC = 28 SBU), so the unit must be written.',
        fix: 'Add a unit.',
        quickFix: 'Add a unit (SBU first).',
    },
    'offering.size.incomparable-units': {
        title: 'A size that cannot be compared with the norm',
        what: 'A size must be checked against a policy norm in a unit it does not convert to. Only EC <-> SBU convert (1 EC = 28 SBU); hours and contact hours never convert. The check is skipped, hence a warning.',
        why: 'Clock hours and contact hours do not convert to SBU or EC by any law or convention, so Offering refuses to compare them rather than guess; the warning says a kader was not checked.',
        fix: 'Write the size and the norm in comparable units, or, when the bandwidth was not meant for this kind of module (a study trip), name the kinds it is for: `module size 120..480 SBU for module, keuzedeel`.',
    },
    'offering.module.size-outside-policy': {
        title: 'Module size outside the kaders',
        what: 'A module\'s bandwidth (converted to the norm\'s unit) is not inside the `module size` of a policy governing one of its programmes.',
        why: 'The centre sets a bandwidth for module sizes so that modules fit the timetable and students can combine them; teams choose within it, and a module outside it breaks that agreement.',
        fix: 'Bring the size within the bandwidth, or change the policy.',
    },
    'offering.offering.too-few-intakes': {
        title: 'Too few intake moments per year',
        what: 'An offering has fewer intake moments in a year (12 months from the first period of its calendar) than `at least N intakes per year` requires. See "Counting intakes" above. Reported on `offered`. A module offered on its own (`offered by` in a module) is held to the policies that govern the module\'s programmes: the programme it is written in and those its `for` names (the strictest minimum of them). A module of no programme is governed by no policy, as for its size: a policy\'s reach names programmes and groupings, not modules.',
        why: 'Flexible education means students can start more than once a year; when the kaders require several intake moments, an offering with fewer keeps students waiting for the next school year.',
        fix: 'Add intake moments.',
    },
    'offering.intake.not-on-period-start': {
        title: 'Intake not at the start of a period',
        what: 'With `intakes at period starts`, an `intake on` date of an offering is not the start of a period of the calendar in use. `data.nearest`: the nearest period start (quick fix "move to nearest period start"). For a module offered on its own, the policies of the module\'s programmes apply (see `offering.offering.too-few-intakes`).',
        why: 'When the kaders say students start at period starts, groups, timetables and assessments are planned per period; an intake in the middle of a period has no group or timetable to join.',
        fix: 'Move the date to a period start, or write `intake at <period>`.',
        quickFix: 'Move the intake to the nearest period start.',
    },
    'offering.policy.conflict': {
        title: 'Two kaders disagree',
        what: 'Two policies govern one programme and disagree on a rule (module size, intakes per year, year volume, keuzedeel volume). A policy that extends another overrides it and does not conflict with it. Reported on the programme name.',
        why: 'When two policies govern one programme and disagree, the team cannot meet both and nobody can tell which one holds; the centre has to settle it, not the order of the files.',
        fix: 'Align the policies, narrow their reach, or let one extend the other.',
    },
    'offering.policy.cycle': {
        title: 'A policy that extends itself',
        what: 'A policy extends itself, directly or through others. Reported on every policy on the cycle; inheritance stops at the repeat.',
        why: 'Inheritance between kaders must end somewhere; a cycle means no policy is the source of the rule, so nobody can tell where a value comes from.',
        fix: 'Remove one `extends`.',
    },
    'offering.policy.loosens': {
        title: 'A team policy wider than the central kader',
        what: 'A policy that `extends` another declares a rule that is looser than the one it inherits from that parent: a module size, year volume or keuzedeel volume bandwidth not inside the parent\'s (compared in the parent\'s unit; units that do not convert are not judged), a lower `at least N intakes per year`, or a module size that leaves out kinds of module (`for module`) the parent\'s bandwidth checks. Teams decide within central bandwidths: an extending policy may only narrow. Reported on the rule; the message shows both values.',
        why: 'Teams decide within the central bandwidths: a policy that extends another may narrow its rules but not widen them, or the central kader would mean nothing.',
        fix: 'Stay within the parent\'s value, or change the central policy.',
    },
    'offering.policy.all-across-boards': {
        title: 'A policy for all that reaches other boards',
        what: 'A policy with `applies to all` governs programmes that only providers of other boards offer than its home boards (the boards declared in its folder, or in the nearest folder above that declares some; see the decision on `applies to all` above). Reported on `all`, once per policy, naming how many such programmes there are and the first by name with its boards. Not judged: a policy without home boards, a programme without offerings or with a provider without a board.',
        why: 'When several boards share a repository (a region, E1/E3/E4), one board\'s central kaders are not another board\'s: a policy written for one board must not silently govern the programmes of another.',
        fix: 'Scope the policy to its board (`applies to Oost`), or move it to a folder that holds every board it is meant for.',
        quickFix: 'Scope the policy to its home boards: `all` becomes their names.',
    },
    'offering.programme.year-volume': {
        title: 'Year volume outside the norm',
        what: 'For a programme year with sized modules, the sum of its modules\' minimums..maximums (in the norm\'s unit) cannot meet the policy\'s `year volume` (the ranges do not overlap). Years without any sized module are not checked. Reported on `years`.',
        why: 'A study year has a fixed study load (in mbo 1600 hours); if the modules of a year cannot add up to the norm, the year is over- or under-planned for every student.',
        fix: 'Adjust module sizes or the modules of that year.',
    },
    'offering.programme.keuzedeel-volume': {
        title: 'Too few keuzedelen to choose from',
        what: 'The maximum sizes of a programme\'s keuzedelen add up to less than the policy\'s `keuzedeel volume`: keuzedelen are options, so the offer must at least allow choosing the required volume.',
        why: 'mbo students must take a fixed volume of keuzedelen (Entree 240 SBU, level 2 480, level 4 720); if the offer is smaller, a student cannot meet the requirement.',
        fix: 'Offer more keuzedelen.',
    },
    'offering.programme.keuzedeel-choice': {
        title: 'Keuzedeel choices outside the norm',
        what: 'A programme has choices among keuzedelen (`choose ... from ...`) and what they let a student take (plus the keuzedelen outside any choice, which every student takes) lies outside the policy\'s `keuzedeel volume`. Reported on the programme name.',
        why: 'What the choices let a student take is their keuzedeelruimte; if it lies outside the required volume, every student who follows the choices takes too much or too little.',
        fix: 'Change what the choices ask for, or the policy.',
    },
    'offering.choice.too-large': {
        title: 'A choice larger than its options',
        what: 'A choice asks for more than its options offer together: `choose N modules` with fewer than N options, or `choose X SBU` where the options\' maximums add up to less than X. Reported on the amount.',
        why: 'A student cannot choose more modules or more study load than the options offer; such a choice cannot be completed by anyone.',
        fix: 'Add options or choose less.',
    },
    'offering.choice.count-invalid': {
        title: 'A number of modules that is not whole',
        what: '`choose N modules` with N not a whole number of at least 1.',
        why: 'A student takes whole modules; half a module is not a choice a student can make.',
        fix: 'Choose a whole number of modules, or choose by size (`choose 300 hours from ...`).',
    },
    'offering.choice.option-outside-programme': {
        title: 'An option from another programme',
        what: 'An option of a programme\'s choice is not a module of that programme (neither nested in it nor naming it with `for`). Reported on the option.',
        why: 'An option of a choice must be a module of the programme; otherwise the choice promises students something the programme does not offer or plan.',
        fix: 'Nest the module in the programme, add `for <programme>` to it, or drop the option.',
    },
    'offering.date.invalid': {
        title: 'A date that does not exist',
        what: 'A date that does not exist (the lexer accepts any `YYYY-MM-DD`).',
        why: 'A date like 31 September would be moved or rejected by every system that reads the catalogue; it is a typing mistake that must be fixed at the source.',
        fix: 'Write an existing date.',
    },
    'offering.intake.outside-calendar': {
        title: 'Intake outside the calendar',
        what: 'An `intake on` date or the start of a flexible window lies outside every period of the calendar in use (offering, then module, then programme). Without a calendar in use nothing is checked.',
        why: 'An intake on a day without a period has no group, timetable or teaching to start in; usually the date or the calendar is wrong.',
        fix: 'Move the intake into a period, or add the period.',
    },
    'offering.date-range.reversed': {
        title: 'A window that ends before it starts',
        what: 'A flexible intake window or registration window ends before it starts.',
        why: 'A flexible intake or registration window that ends before it starts is never open, so nobody could register or start.',
        fix: 'Swap the dates.',
    },
    'offering.period.reversed': {
        title: 'A period that ends before it starts',
        what: 'A period ends before it starts.',
        why: 'A period is planned time in which teaching happens; one that ends before it starts holds no days, and everything planned in it falls outside the calendar.',
        fix: 'Swap the dates.',
    },
    'offering.period.overlap': {
        title: 'Overlapping periods',
        what: 'A period starts on or before the end of an earlier period of the same calendar, or, for nested periods, of the same holding period: each level is checked on its own (a semester and the blocks it holds do not overlap, but two semesters of one year do). Reported on the later start.',
        why: 'Periods of one calendar follow each other: groups are composed per period, and a day that lies in two periods would belong to two groups and two timetables.',
        fix: 'Let the later period start after the earlier one ends.',
    },
    'offering.period.outside-parent': {
        title: 'A nested period outside the period holding it',
        what: 'A period nested in another period (a block in a semester, a semester in a school year) starts before or ends after the period that holds it. Reported on the date that lies outside.',
        why: 'A semester\'s blocks make up that semester: a block that runs past it belongs to two semesters at once, so intakes, timetables and the OOAPI academic sessions built from it contradict each other.',
        fix: 'Move the dates inside the holding period, or move the period out of it.',
    },
    'offering.validity.reversed': {
        title: 'A validity that ends before it starts',
        what: 'A `valid from ... to ...` clause (on a board, provider, location, programme or offering) ends before it starts. Both ends count as days the thing exists; either end may be left open (`valid from 2020-08-01`, `valid to 2027-07-31`).',
        why: 'Registers such as RIO record when a location, a programme or an offering begins and ends; a reversed range means the thing never exists, which is always a typing mistake.',
        fix: 'Swap the dates.',
    },
    'offering.intake.outside-validity': {
        title: 'An intake outside a validity',
        what: 'An intake of an offering (an `on` date, the start of an `at` period or of a flexible window) falls before the `valid from` or after the `valid to` of the offering itself, its programme, its provider or its location; the message names the first of these (in that order) that does not hold the intake, and the date it begins or lapses. A validity that is reversed or holds an impossible date is reported on its own and not used here. A board\'s validity is not checked against intakes: an offering does not name a board.',
        why: 'Students cannot start at a location that has closed, in a programme whose crebo has lapsed, or before an offering exists: the register would reject the enrolment, and the student would be told a start that cannot happen.',
        fix: 'Move the intake inside the validity, or extend the validity.',
    },
    'offering.intake.duplicate': {
        title: 'The same intake moment twice',
        what: 'The same intake moment twice in one offering or module; a date equal to the start of a period named with `intake at` counts as the same moment.',
        why: 'One moment written twice would count twice towards the required intake moments and show twice in the catalogue and the register.',
        fix: 'Remove the duplicate.',
    },
    'offering.module.year-outside-programme': {
        title: 'A module in a year the programme does not have',
        what: 'A module\'s years (nested `year`, or `for P years ...`) include a year the programme does not have. Only checked when the programme states its years.',
        why: 'Students enrol on a year of a programme; a module in a year the programme does not have is followed by nobody and counts in no year volume.',
        fix: 'Use one of the programme\'s years.',
    },
    'offering.years.reversed': {
        title: 'A year range that runs backwards',
        what: 'A year range runs backwards.',
        why: 'Years 3..1 names no year at all; the programme or module would have no years.',
        fix: 'Write it forwards.',
    },
    'offering.years.out-of-range': {
        title: 'A year above 100',
        what: 'A year range names a year above 100, the most years a programme can have. Years above 100 are left out of the model and the catalogue, so they are reported rather than dropped silently.',
        why: 'No programme has more than 100 years; such a year is a typing mistake, and leaving it out silently would change the catalogue without saying so.',
        fix: 'Use years 1..100.',
    },
    'offering.group.unknown-year': {
        title: 'A group for a year that does not exist',
        what: 'A class or teaching group takes students of a programme year that does not exist.',
        why: 'A class or teaching group takes students of a year of a programme; if that year does not exist, the group has no students.',
        fix: 'Name an existing year.',
    },
    'offering.group.merged-periods': {
        title: 'A class per period in the older form',
        what: 'A group has more than one `during` clause without a block. In that older form the periods of every such clause go with all of the group\'s own `students of` and `teaches`: every period gets every student and every module, so "in B1 these students, in B2 those" is lost. A single `during` without a block (`during B1, B2` followed by the group\'s students) stays valid: it means what it says. Reported once per group, on its first `during`.',
        why: 'Classes are composed per period in flexible education: which students sit together in which block decides rooms and timetables, and the catalogue must keep each period with its own students.',
        fix: 'Write a block per period, `during B1 { students of Prog year 1 }`; check the result, since the older form did not say which clauses belonged together.',
        quickFix: 'Give each `during` a block holding the `students of` and `teaches` written after it up to the next `during` (those written before the first `during` go into every block).',
    },
    'offering.group.level-not-offered': {
        title: 'A group teaching at a level the module is not offered at',
        what: 'A group teaches a module at a level the module is not offered at (only when the module declares levels).',
        why: 'A teaching group may follow a module at another level (a dakpanklas, a student who takes a subject at a higher level), but only at a level the module is offered at.',
        fix: 'Teach at an offered level, or add the level to the module.',
    },
    'offering.offering.duplicate': {
        title: 'The same programme offered twice',
        what: 'A programme is offered twice by one provider at one location with the same pathway, characteristics and target groups. Reported on the second `offered`.',
        why: 'RIO registers one aangeboden opleiding per provider, location and pathway, made unique only by a characteristic or target group; two equal offerings are one offering written twice.',
        fix: 'Remove it, or make it distinct with a characteristic or target group.',
        quickFix: 'Distinguish the offering with a characteristic the workspace defines (one fix per characteristic; none when it defines none).',
    },
    'offering.module-offering.duplicate': {
        title: 'A module offered twice at one place',
        what: 'A module offered on its own is offered twice by one provider at one location (an OOAPI course offering is one per provider and location). Reported on the second `offered`.',
        why: 'A course offering is what a student enrols in: two for the same module, provider and location cannot be told apart by a register or a student, and their intakes belong in one.',
        fix: 'Remove it, or merge its intakes into the other offering.',
    },
    'offering.offering.capacity-invalid': {
        title: 'A capacity that is not a number of students',
        what: 'An offering\'s `capacity` (the maximum number of students; OOAPI `maxNumberStudents`) is not a whole number of 1 or more. Applies to programme and module offerings. Reported on the number.',
        why: 'Capacity is published to students and registers as the number of places; a fraction or zero places cannot be enrolled in.',
        fix: 'Write the maximum number of students, e.g. `capacity 24`.',
    },
    'offering.offering.price-invalid': {
        title: 'A price with more than two decimals',
        what: 'An offering\'s `price` (OOAPI `priceInformation`, total costs) has an amount with more than two decimals, e.g. `price 99.999 EUR`. Applies to programme and module offerings. Reported on the amount. A negative amount cannot be written (the grammar has no minus there).',
        why: 'A price is paid in cents at the smallest; an amount of a fraction of a cent cannot be charged and is most likely a typo.',
        fix: 'Write the amount with at most two decimals, e.g. `price 1250.00 EUR`.',
    },
    'offering.offering.currency-unknown': {
        title: 'A price in an unknown currency',
        what: 'The currency of a `price` is not one of the known ISO 4217 codes: AUD, CAD, CHF, CNY, CZK, DKK, EUR, GBP, HUF, JPY, NOK, PLN, SEK, USD (upper case). The message suggests a code written in another case (`eur` -> EUR) or one letter away. Reported on the currency.',
        why: 'Registers and portals show the price with its currency; a code they do not know makes the price meaningless. The list holds the currencies an offering in the Netherlands plausibly charges in; ask for one that is missing.',
        fix: 'Write a known currency code in upper case, e.g. `EUR`.',
        quickFix: 'Write the suggested currency (one fix per suggestion; none without one).',
    },
    'offering.offering.language-unknown': {
        title: 'An unknown teaching language',
        what: 'The `language` of an offering (the language it is taught in) is not a two-letter ISO 639-1 code in lower case. The message suggests the code written in lower case (`NL` -> nl), the two-letter form of an ISO 639-2 code (`nld` -> nl), or for another longer word the codes one letter away. Reported on the code.',
        why: 'OOAPI publishes the teaching language as a language code (v6 `teachingLanguages`, v5 `teachingLanguage` as its ISO 639-2 three-letter form); an unknown code cannot be mapped and tells a student nothing.',
        fix: 'Write the ISO 639-1 code, e.g. `language nl` or `language en`.',
        quickFix: 'Write the suggested code (one fix per suggestion; none without one).',
    },
    'offering.offering.duration-invalid': {
        title: 'A duration that is not a whole number of years or months',
        what: 'An offering\'s `duration` (how long it takes when it differs from the programme\'s years, e.g. versneld: `duration 2 years` for a three-year programme) is not a whole number of 1 or more. Reported on the number. There is no check that a duration fits the programme\'s years: a part-time offering may take longer, an accelerated one shorter.',
        why: 'OOAPI publishes a duration as ISO 8601 (`P2Y`, `P18M`) in whole years or months, and the offering\'s end date follows from it; zero or a fraction cannot be published.',
        fix: 'Write a whole number of years or months, e.g. `duration 2 years` or `duration 18 months`.',
    },
    'offering.grouping.cycle': {
        title: 'A grouping within itself',
        what: 'A grouping lies within itself. Reported on every grouping of the cycle; walks stop at the first repeat.',
        why: 'Groupings form a tree (vwo onderbouw within voortgezet onderwijs); a cycle has no top, so policies for a grouping would reach no one or everyone.',
        fix: 'Remove one `within`.',
    },
    'offering.offering.location-not-used': {
        title: 'A location that is not used by the provider',
        what: 'An offering\'s location does not list its provider in `used by`. `data`: `provider`, `location`.',
        why: 'A location lists the providers that use it; offering at a location the provider does not use is usually the wrong location, and RIO would reject it.',
        fix: 'Add the provider to the location\'s `used by`, or choose another location.',
    },
    'offering.provider.no-board': {
        title: 'A provider under no board',
        what: 'A provider falls under no board.',
        why: 'In RIO every provider falls under a board (onderwijsbestuur), the legal body responsible for it; without one the provider cannot be registered.',
        fix: 'Add `under <board>`.',
    },
    'offering.location.no-board': {
        title: 'A location under no board',
        what: 'A location falls under no board.',
        why: 'In RIO every location falls under a board; without one it cannot be registered and no offering there can be checked against the boards.',
        fix: 'Add `under <board>`.',
    },
    'offering.code.board-format': {
        title: 'A board code in the wrong format',
        what: 'A board code is not `\\d{3}B\\d{3}`.',
        why: 'RIO identifies a board by a code of three digits, B and three digits; any other code cannot be matched with the register.',
        fix: 'Use the RIO board code, e.g. 100B490.',
    },
    'offering.code.provider-format': {
        title: 'A provider code in the wrong format',
        what: 'A provider code is not `\\d{3}A\\d{3}`.',
        why: 'RIO identifies a provider by a code of three digits, A and three digits; any other code cannot be matched with the register.',
        fix: 'Use the RIO provider code, e.g. 110A133.',
    },
    'offering.code.location-format': {
        title: 'A location code in the wrong format',
        what: 'A location code is not `\\d{3}X\\d{3}`.',
        why: 'RIO identifies a location by a code of three digits, X and three digits; any other code cannot be matched with the register.',
        fix: 'Use the RIO location code, e.g. 110X912.',
    },
    'offering.code.programme-unit-format': {
        title: 'An opleidingseenheid code in the wrong format',
        what: 'A `rio` programme unit code is not `\\d{4}O\\d{4}`.',
        why: 'RIO identifies a programme by its opleidingseenheidcode, four digits, O and four digits; any other code cannot be matched with the register.',
        fix: 'Use the RIO opleidingseenheidcode, e.g. 1234O5678.',
    },
    'offering.code.crebo-format': {
        title: 'A crebo in the wrong format',
        what: 'A crebo is not exactly five digits.',
        why: 'The crebo (the recognised mbo qualification code) has exactly five digits; any other number matches no mbo qualification.',
        fix: 'Use the five-digit crebo, e.g. 25604.',
    },
    'offering.programme.level-invalid': {
        title: 'An unknown programme level',
        what: 'A programme level that is not known: entree, mbo-1..mbo-4, vmbo-bb/kb/gl/gt/tl, havo, vwo, 1F-4F, 1S, po, so, vso, praktijkonderwijs, vavo (case-insensitive). A po school states its level with `level po`. The message suggests the closest known levels ("Did you mean ...?"): those at the smallest edit distance, ignoring case, when it is at most 2 and less than half the word.',
        why: 'The level decides which norms apply (keuzedeel volume, pathways, crebo); a level nobody knows matches no norm and no register value.',
        fix: 'Use a known level.',
    },
    'offering.level.unknown': {
        title: 'An unknown level of a module, group or policy',
        what: 'A level a module is offered at (`levels`), a group teaches at (`teaches M at ...`) or a policy reaches (`applies to ... at level ...`) that is not a known level (the list of `offering.programme.level-invalid`), with the same "Did you mean ...?" suggestion. Reported on the level.',
        why: 'Modules, groups and policies use the same levels as programmes; an unknown level matches no programme, so the module, group or policy would silently apply to nobody.',
        fix: 'Use a known level.',
    },
    'offering.offering.pathway-not-applicable': {
        title: 'A pathway that does not apply',
        what: 'A pathway (programme `pathways` or offering `as`) on a non-mbo programme, a pathway other than BOL/BBL, or an offering pathway the programme\'s `pathways` does not list.',
        why: 'The pathways BOL and BBL exist only in mbo, and an offering can only use a pathway its programme offers; anything else would be registered wrongly.',
        fix: 'Remove the pathway, or use BOL/BBL as listed by the programme.',
    },
    'offering.code.duplicate': {
        title: 'Two with the same RIO code',
        what: 'Two boards, two providers or two locations with the same RIO code, or two programmes with the same `rio` opleidingseenheid code, anywhere in the workspace. Reported on each, naming the other.',
        why: 'A RIO code identifies one board, provider, location or programme; two with the same code would be one in the register, and data of the one would overwrite the other.',
        fix: 'Correct one of the codes.',
    },
    'offering.offering.same-crebo': {
        title: 'Two programmes with one crebo offered at the same place',
        what: 'Two different programmes with the same crebo are offered by the same provider at the same location with the same pathway, characteristics and target groups (the programme\'s and the offering\'s together): RIO registers one aangeboden opleiding per provider x location x pathway, so this is one offering written twice. Reported on each `offered`. (The same programme offered twice is `offering.offering.duplicate`.)',
        why: 'RIO registers one aangeboden opleiding per provider, location and pathway; two programmes with the same crebo offered there are one offering in the register, written twice.',
        fix: 'Offer one of them there, or tell them apart with a characteristic or target group.',
    },
    'offering.offering.location-board': {
        title: 'A location outside the provider\'s boards',
        what: 'A provider offers at a location that falls under none of the provider\'s boards (E4: a location may fall under several boards, and a provider under several, but they must share one). Only checked when both name their boards. Reported on the location of the offering.',
        why: 'A provider offers under the responsibility of a board; the location must fall under one of the provider\'s boards (E4), or the register would reject the offering.',
        fix: 'Add a board of the provider to the location\'s `under`, or choose another location.',
    },
    'offering.offering.pathway-missing': {
        title: 'An mbo offering without pathway',
        what: 'An offering of an mbo programme (level entree or mbo-1..mbo-4) names no pathway: RIO registers mbo offerings per pathway (leertraject). Reported on `offered`.',
        why: 'RIO registers mbo offerings per pathway (BOL or BBL): hours, work placement and funding differ per pathway, so an offering must say which.',
        fix: 'Add `as BOL` or `as BBL`.',
    },
    'offering.programme.crebo-missing': {
        title: 'An offered mbo programme without crebo',
        what: 'An mbo programme that is offered (has an `offered by`) has no crebo. A programme that is not offered yet (a draft) is not reported. Reported on the programme name.',
        why: 'An mbo programme is registered and funded by its crebo; an offered programme without one cannot be registered.',
        fix: 'Add `crebo` with its five-digit code.',
    },
    'offering.programme.crebo-not-mbo': {
        title: 'A crebo outside mbo',
        what: 'A programme with a known level outside mbo (vo, po, ...) has a crebo; crebos are mbo qualification codes. Reported on `crebo`.',
        why: 'Crebos are mbo qualification codes; on a vo or po programme a crebo is a mistake, and the register identifies those by their opleidingseenheid code.',
        fix: 'Remove the crebo, or write the RIO opleidingseenheid code with `rio`.',
    },
    'offering.code.keuzedeel-format': {
        title: 'A keuzedeel code in the wrong format',
        what: 'A keuzedeel\'s code is not a keuzedeel code: `K` and four digits.',
        why: 'Keuzedelen are identified nationally by a K and four digits; any other code cannot be matched with the national list of keuzedelen.',
        fix: 'Use the keuzedeel code, e.g. K0713.',
    },
    'offering.intake.registration-after-intake': {
        title: 'Registration that opens after the intake',
        what: 'A registration window opens after the intake it belongs to: after its first fixed date or period start, or, for a flexible window, after the window ends. Reported on the registration\'s start.',
        why: 'Students must be able to register before they start; a registration window that opens after the intake leaves no time to register.',
        fix: 'Let registration open before the intake.',
    },
    'offering.intake.period-other-calendar': {
        title: 'An intake in a period of another calendar',
        what: 'An `intake at` names (by qualified name) a period of a calendar other than the calendar in use for that intake (offering, then module, then programme). Reported on the period.',
        why: 'An offering follows one calendar; an intake in a period of another calendar starts students on a date their timetable does not know.',
        fix: 'Name a period of the calendar in use, or set the offering\'s `calendar`.',
    },
    'offering.years.zero': {
        title: 'Year 0',
        what: 'A year range names year 0; years count from 1.',
        why: 'Programme years count from 1; year 0 is a typing mistake and names no year students can enrol on.',
        fix: 'Start at year 1.',
    },
    'offering.definition.unused': {
        title: 'A definition nobody uses',
        what: 'A characteristic, target group, grouping, period or top-level module that nothing refers to. A period counts as used when its calendar is used; a module nested in a programme or naming programmes with `for` belongs to them. `data.kind`: the definition type (`Characteristic`, `TargetGroup`, `Grouping`, `Period`, `Module`).',
        why: 'A characteristic, target group, grouping, period or module nobody refers to is often a leftover or a spelling mistake elsewhere; it still shows in the catalogue and confuses readers.',
        fix: 'Use it or remove it.',
        quickFix: 'Remove the definition.',
    },
    'offering.internal.check-failed': {
        title: 'A check failed',
        what: 'A check itself failed (threw an exception) on a node: a fault in the Offering checks, not in the file. The other checks still run; the exception is also logged on the server\'s error output. The message names the exception\'s message and asks to report it.',
        why: 'This is a fault in Offering, not in your file: a check stopped with an exception, so the file may have problems that were not reported.',
        fix: 'Report it, with the file that triggers it.',
    },
};
