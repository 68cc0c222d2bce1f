/**
 * The wrong and the right example of every rule (docs/rules.md, `offering explain`): each a whole,
 * self-contained file. The wrong one yields exactly its code (it is also written, after its note as a
 * comment, to `examples/errors/`); the right one is the wrong one with the fix applied and yields no problem at all
 * (test/docs/rules-doc.test.ts). The right one is written as the edits of the fix, so the two differ
 * only where the fix is.
 */
import type { IssueCode } from '../../i18n/messages.js';

export interface RuleExample {
    /** What is wrong, in a few words: the first line of the example file, as a comment. */
    note: string;
    wrong: string;
    right: string;
}

/**
 * The wrong text (after a first line `// note`), and the right text made from it by replacing each
 * `from` (which must occur) by `to`.
 */
function example(text: string, edits: ReadonlyArray<readonly [from: string, to: string]>): RuleExample {
    const [, note, wrong] = /^\n\/\/ (.*)\n([^]*)$/.exec(text) ?? [];
    if (note === undefined || wrong === undefined) {
        throw new Error('rule example: the first line must be a // comment');
    }
    let right = wrong;
    for (const [from, to] of edits) {
        if (!right.includes(from)) {
            throw new Error(`rule example: '${from}' does not occur`);
        }
        right = right.replace(from, to);
    }
    return { note, wrong, right };
}

/** The board, school, location and two-block calendar most examples start from. */
const SCHOOL = `board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
`;

/** The opening of the mbo programme many examples put their mistake in (its closing brace is theirs). */
const PROGRAMME = `programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
`;

/** Per code its examples; undefined for a code no input is meant to trigger. */
export const RULE_EXAMPLES: Readonly<Record<IssueCode, RuleExample | undefined>> = {
    'offering.name.duplicate': example(`
// Two definitions named Prog.
${SCHOOL}${PROGRAMME}}
grouping Prog "Nog een Prog"
programme Q { in Prog }
`, [
        ['grouping Prog "Nog een Prog"\nprogramme Q { in Prog }', 'grouping ICT "ICT-opleidingen"\nprogramme Q { in ICT }'],
    ]),
    'offering.syntax.repeated-clause': example(`
// 'level' written twice.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    level mbo-3
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['    level mbo-3\n', ''],
    ]),
    'offering.reference.unresolved': example(`
// The grouping Ghost does not exist.
${SCHOOL}${PROGRAMME}    in Ghost
}
`, [
        ['    in Ghost\n}', '    in Ghost\n}\ngrouping Ghost "Opleidingen in ontwikkeling"'],
    ]),
    'offering.reference.ambiguous': example(`
// B1 is a period of two calendars and the module names no calendar: which one is meant?
calendar Oost {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
}
calendar West {
    period B1 "Blok 1" from 2026-09-07 to 2026-11-13
}
programme Prog "Software Developer" {
    level mbo-4
    years 1
    module M size 240 SBU { year 1 intake at B1 }
}
class K "Klas West" { during West.B1 students of Prog year 1 }
`, [
        ['intake at B1 }', 'intake at Oost.B1 }'],
    ]),
    'offering.size.reversed': example(`
// Minimum above maximum.
${SCHOOL}${PROGRAMME}    module M size 480..240 SBU { year 1 }
}
`, [
        ['480..240 SBU', '240..480 SBU'],
    ]),
    'offering.size.not-positive': example(`
// A size of zero.
${SCHOOL}${PROGRAMME}    module M size 0 SBU { year 1 }
}
`, [
        ['size 0 SBU', 'size 240 SBU'],
    ]),
    'offering.size.unknown-unit': example(`
// 'lessons' is no unit.
${SCHOOL}${PROGRAMME}    module M size 240 lessons { year 1 }
}
`, [
        ['240 lessons', '240 SBU'],
    ]),
    'offering.size.missing-unit': example(`
// A size without unit.
${SCHOOL}${PROGRAMME}    module M size 240 { year 1 }
}
`, [
        ['size 240 {', 'size 240 SBU {'],
    ]),
    'offering.size.incomparable-units': example(`
// Hours cannot be checked against SBU.
${SCHOOL}${PROGRAMME}    module M size 40 hours { year 1 }
}
policy K { applies to all module size 120..480 SBU }
`, [
        ['module size 120..480 SBU', 'module size 120..480 SBU for module, keuzedeel'],
        ['module M size 40 hours', 'subject M size 40 hours'],
    ]),
    'offering.module.size-outside-policy': example(`
// A module below the policy bandwidth.
${SCHOOL}${PROGRAMME}    module M size 60 SBU { year 1 }
}
policy K { applies to all module size 120..480 SBU }
`, [
        ['size 60 SBU', 'size 120 SBU'],
    ]),
    'offering.offering.too-few-intakes': example(`
// One intake where the policy wants two.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1
    }
}
policy K { applies to all at least 2 intakes per year }
`, [
        ['        intake at B1\n', '        intake at B1, B2\n'],
    ]),
    'offering.intake.not-on-period-start': example(`
// An intake a week after the period start.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake on 2026-09-07
    }
}
policy K { applies to all intakes at period starts }
`, [
        ['intake on 2026-09-07', 'intake on 2026-08-31'],
    ]),
    'offering.policy.conflict': example(`
// Two policies disagree on module size for Prog.
${SCHOOL}${PROGRAMME}    in ICT
}
grouping ICT
policy K1 { applies to all module size 120..480 SBU }
policy K2 { applies to ICT module size 240..480 SBU }
`, [
        ['policy K2 { applies to ICT module size 240..480 SBU }', 'policy K2 extends K1 { applies to ICT module size 240..480 SBU }'],
    ]),
    'offering.policy.cycle': example(`
// Policies that extend each other.
${SCHOOL}${PROGRAMME}}
policy K1 extends K2 { }
policy K2 extends K1 { }
`, [
        ['policy K1 extends K2 { }', 'policy K1 { }'],
    ]),
    'offering.policy.loosens': example(`
// A team policy that extends the central kaders but widens the module bandwidth.
programme Prog "Software Developer" {
    level mbo-4
    years 1
    module M size 240 SBU { year 1 }
}
policy Kaders { applies to all module size 120..480 SBU }
policy Team extends Kaders {
    applies to Prog
    module size 60..480 SBU
}
`, [
        ['module size 60..480 SBU', 'module size 240..480 SBU'],
    ]),
    'offering.policy.all-across-boards': example(`
// Board Oost's kaders say \`applies to all\`, and so also govern West's programme Zorg.
// file: oost/oost.offering
board Oost code 100B490
provider Po code 110A133 under Oost

policy Kaders {
    applies to all
    module size 120..480 SBU
}
// file: west/west.offering
// Board West's folder: only West's provider offers Zorg.
board West code 100B491
provider Pw code 110A134 under West
location Stad code 110X912 under West used by Pw

programme Zorg {
    level havo years 4..5
    module Verzorging size 200 SBU { years 4..5 }
    offered by Pw at Stad { intake on 2026-09-01 }
}
`, [
        ['    applies to all\n', '    applies to Oost\n'],
    ]),
    'offering.programme.year-volume': example(`
// Year 1 adds up to 240 SBU of the 1600 required.
${SCHOOL}${PROGRAMME}    module M size 240 SBU { year 1 }
}
policy K { applies to all year volume 1600 SBU }
`, [
        ['module M size 240 SBU { year 1 }', 'module M size 1200 SBU { year 1 }\n    module Stage "Beroepspraktijkvorming" size 400 SBU { year 1 }'],
    ]),
    'offering.programme.keuzedeel-volume': example(`
// One keuzedeel of 240 SBU where 720 SBU is required.
${SCHOOL}${PROGRAMME}    keuzedeel K1 size 240 SBU
}
policy K { applies to all keuzedeel volume 720 SBU }
`, [
        ['    keuzedeel K1 size 240 SBU\n', '    keuzedeel K1 size 240 SBU\n    keuzedeel K2 size 240 SBU\n    keuzedeel K3 size 240 SBU\n'],
    ]),
    'offering.programme.keuzedeel-choice': example(`
// The choices let a student take 480 SBU of keuzedelen where the policy asks for 720.
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    keuzedeel K1 size 240 SBU { year 2 }
    keuzedeel K2 size 240 SBU { year 2 }
    keuzedeel K3 size 240 SBU { year 3 }
    choose 480 SBU in years 2..3 from K1, K2, K3
}
policy K { applies to all keuzedeel volume 720 SBU }
`, [
        ['choose 480 SBU', 'choose 720 SBU'],
    ]),
    'offering.choice.too-large': example(`
// A choice of two modules among one option.
programme Prog "Havo" {
    level havo
    years 4
    subject ProfielNT size 200 hours { year 4 }
    choose 2 modules in year 4 from ProfielNT
}
`, [
        ['choose 2 modules', 'choose 1 module'],
    ]),
    'offering.choice.count-invalid': example(`
// Half a module cannot be chosen.
programme Prog "Havo" {
    level havo
    years 4
    subject ProfielNT size 200 hours { year 4 }
    subject ProfielNG size 200 hours { year 4 }
    choose 1.5 modules in year 4 from ProfielNT, ProfielNG
}
`, [
        ['choose 1.5 modules', 'choose 1 module'],
    ]),
    'offering.choice.option-outside-programme': example(`
// An option that belongs to another programme.
programme Prog "Havo" {
    level havo
    years 4
    subject ProfielNT size 200 hours { year 4 }
    choose 1 module in year 4 from ProfielNT, Vwo.ProfielNG
}
programme Vwo "Vwo" {
    level vwo
    years 4
    subject ProfielNG size 200 hours { year 4 }
}
`, [
        ['from ProfielNT, Vwo.ProfielNG', 'from ProfielNT, ProfielNG'],
        ['    subject ProfielNT size 200 hours { year 4 }\n', '    subject ProfielNT size 200 hours { year 4 }\n    subject ProfielNG size 200 hours { year 4 }\n'],
    ]),
    'offering.date.invalid': example(`
// September has 30 days.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake flexible from 2026-09-01 to 2026-09-31
    }
}
`, [
        ['2026-09-31', '2026-09-30'],
    ]),
    'offering.intake.outside-calendar': example(`
// An intake after the last period.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake on 2027-03-01
    }
}
`, [
        ['intake on 2027-03-01', 'intake on 2026-11-09'],
    ]),
    'offering.date-range.reversed': example(`
// A window that ends before it starts.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake flexible from 2026-10-01 to 2026-09-01
    }
}
`, [
        ['from 2026-10-01 to 2026-09-01', 'from 2026-09-01 to 2026-10-01'],
    ]),
    'offering.period.reversed': example(`
// A period that ends before it starts.
board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2027-01-29 to 2026-11-09
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1
    }
}
`, [
        ['from 2027-01-29 to 2026-11-09', 'from 2026-11-09 to 2027-01-29'],
    ]),
    'offering.period.overlap': example(`
// Blok 2 starts before Blok 1 ends.
board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-02 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['from 2026-11-02 to', 'from 2026-11-09 to'],
    ]),
    'offering.period.outside-parent': example(`
// A block that runs past the end of the semester holding it.
board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period Jaar "Schooljaar" from 2026-08-31 to 2027-07-09 {
        period S1 "Semester 1" from 2026-08-31 to 2027-01-29 {
            period B1 "Blok 1" from 2026-08-31 to 2026-11-06
            period B2 "Blok 2" from 2026-11-09 to 2027-02-05
        }
        period S2 "Semester 2" from 2027-02-08 to 2027-07-09
    }
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, S2
    }
}
`, [
        ['period B2 "Blok 2" from 2026-11-09 to 2027-02-05', 'period B2 "Blok 2" from 2026-11-09 to 2027-01-29'],
    ]),
    'offering.validity.reversed': example(`
// A location whose validity ends before it starts.
board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P valid from 2027-08-01 to 2020-07-31
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1
    }
}
`, [
        ['valid from 2027-08-01 to 2020-07-31', 'valid from 2020-08-01 to 2027-07-31'],
    ]),
    'offering.intake.outside-validity': example(`
// An intake after the location closes.
board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P valid to 2026-12-31
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1
        intake on 2027-01-04
    }
}
`, [
        ['valid to 2026-12-31', 'valid to 2027-07-31'],
    ]),
    'offering.intake.duplicate': example(`
// 2026-08-31 is also the start of B1.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
        intake on 2026-08-31
    }
}
`, [
        ['        intake on 2026-08-31\n', ''],
    ]),
    'offering.module.year-outside-programme': example(`
// The programme has years 1..3.
${SCHOOL}${PROGRAMME}    module M size 240 SBU { year 4 }
}
`, [
        ['{ year 4 }', '{ year 3 }'],
    ]),
    'offering.years.reversed': example(`
// A year range written backwards.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 3..1
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['years 3..1', 'years 1..3'],
    ]),
    'offering.years.out-of-range': example(`
// A year beyond the last year a programme can have.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..150
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['years 1..150', 'years 1..3'],
    ]),
    'offering.group.unknown-year': example(`
// Prog has no year 4.
${SCHOOL}${PROGRAMME}}
class K1A { during B1 students of Prog year 4 }
`, [
        ['students of Prog year 4', 'students of Prog year 1'],
    ]),
    'offering.group.merged-periods': example(`
// A class written per period in the older form: both periods get both years.
${SCHOOL}${PROGRAMME}}
class K1 "Klas 1" {
    during B1
    students of Prog year 1
    during B2
    students of Prog year 2
}
`, [
        ['    during B1\n    students of Prog year 1\n    during B2\n    students of Prog year 2\n', '    during B1 { students of Prog year 1 }\n    during B2 { students of Prog year 2 }\n'],
    ]),
    'offering.group.level-not-offered': example(`
// M is offered at mbo-3 and mbo-4 only.
${SCHOOL}${PROGRAMME}    module M size 240 SBU { year 1 levels mbo-3, mbo-4 }
}
class K1A { during B1 students of Prog year 1 teaches M at mbo-2 }
`, [
        ['teaches M at mbo-2', 'teaches M at mbo-3'],
    ]),
    'offering.offering.duplicate': example(`
// The same offering twice.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1
    }
    offered by P at L as BOL {
        intake at B2
    }
}
`, [
        ['    offered by P at L as BOL {\n        intake at B2', '    offered by P at L as BBL {\n        intake at B2'],
    ]),
    'offering.module-offering.duplicate': example(`
// The same module offered twice by one provider at one location.
${SCHOOL}module Excel "Excel voor professionals" size 40 hours {
    calendar C
    offered by P at L {
        intake at B1
    }
    offered by P at L {
        intake at B2
    }
}
`, [
        ['        intake at B1\n    }\n    offered by P at L {\n        intake at B2\n', '        intake at B1, B2\n'],
    ]),
    'offering.offering.capacity-invalid': example(`
// A capacity that is not a whole number of students.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
        capacity 24.5
    }
}
`, [
        ['capacity 24.5', 'capacity 24'],
    ]),
    'offering.offering.price-invalid': example(`
// A price with a fraction of a cent.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
        price 1250.005 EUR
    }
}
`, [
        ['price 1250.005 EUR', 'price 1250.00 EUR'],
    ]),
    'offering.offering.currency-unknown': example(`
// A price in a currency code that does not exist.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
        price 1250.00 EUO
    }
}
`, [
        ['price 1250.00 EUO', 'price 1250.00 EUR'],
    ]),
    'offering.offering.language-unknown': example(`
// A teaching language written as a three-letter code.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
        language nld
    }
}
`, [
        ['language nld', 'language nl'],
    ]),
    'offering.offering.duration-invalid': example(`
// A duration of half a year.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
        duration 1.5 years
    }
}
`, [
        ['duration 1.5 years', 'duration 18 months'],
    ]),
    'offering.grouping.cycle': example(`
// Two groupings within each other.
${SCHOOL}${PROGRAMME}    in G1
}
grouping G1 within G2
grouping G2 within G1
`, [
        ['grouping G2 within G1', 'grouping G2'],
    ]),
    'offering.offering.location-not-used': example(`
// L does not list P in used by.
board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['code 110X912 under B\n', 'code 110X912 under B used by P\n'],
    ]),
    'offering.provider.no-board': example(`
// P falls under no board.
board B "Bestuur" code 100B490
provider P "School" code 110A133
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['code 110A133\n', 'code 110A133 under B\n'],
    ]),
    'offering.location.no-board': example(`
// L falls under no board.
board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['code 110X912 used by P', 'code 110X912 under B used by P'],
    ]),
    'offering.code.board-format': example(`
// A board code needs a B.
board B "Bestuur" code 100A490
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['100A490', '100B490'],
    ]),
    'offering.code.provider-format': example(`
// A provider code has three digits after the A.
board B "Bestuur" code 100B490
provider P "School" code 110A13 under B
location L "Gebouw" code 110X912 under B used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['110A13 ', '110A133 '],
    ]),
    'offering.code.location-format': example(`
// A location code needs an X.
board B "Bestuur" code 100B490
provider P "School" code 110A133 under B
location L "Gebouw" code 110B912 under B used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['110B912', '110X912'],
    ]),
    'offering.code.programme-unit-format': example(`
// A RIO programme unit code has four digits after the O.
${SCHOOL}programme Prog "Software Developer" {
    rio 1234O567
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['1234O567', '1234O5678'],
    ]),
    'offering.code.crebo-format': example(`
// A crebo has five digits.
${SCHOOL}programme Prog "Software Developer" {
    crebo 2560
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['crebo 2560\n', 'crebo 25604\n'],
    ]),
    'offering.programme.level-invalid': example(`
// mbo has levels 1 to 4.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-5
    years 1..3
    calendar C
    offered by P at L {
        intake at B1, B2
    }
}
`, [
        ['level mbo-5', 'level mbo-4'],
        ['offered by P at L {', 'offered by P at L as BOL {'],
    ]),
    'offering.level.unknown': example(`
// A module offered at a level that does not exist (a typo for havo).
programme Prog "Havo" {
    level havo
    years 4
    subject Wiskunde size 120 hours {
        year 4
        levels havo, hvo
    }
}
`, [
        ['levels havo, hvo', 'levels havo, vwo'],
    ]),
    'offering.offering.pathway-not-applicable': example(`
// havo has no BOL/BBL.
${SCHOOL}programme Prog "Software Developer" {
    level havo
    years 4..5
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['offered by P at L as BOL {', 'offered by P at L {'],
    ]),
    'offering.code.duplicate': example(`
// Two locations with the same RIO code.
${SCHOOL}location L2 "Tweede gebouw" code 110X912 under B used by P
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
    offered by P at L2 as BOL {
        intake at B1, B2
    }
}
`, [
        ['L2 "Tweede gebouw" code 110X912', 'L2 "Tweede gebouw" code 110X913'],
    ]),
    'offering.offering.same-crebo': example(`
// Two programmes with one crebo, offered by the same provider at the same location and pathway.
${SCHOOL}${PROGRAMME}}
programme Prog2 "Software Developer (kopie)" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['}\nprogramme Prog2 "Software Developer (kopie)" {\n    crebo 25604\n    level mbo-4\n    years 1..3\n    calendar C\n    offered by P at L as BOL {', '}\nprogramme Prog2 "Software Developer (kopie)" {\n    crebo 25604\n    level mbo-4\n    years 1..3\n    calendar C\n    offered by P at L as BBL {'],
    ]),
    'offering.offering.location-board': example(`
// The provider offers at a location that falls under none of its boards.
board B "Bestuur" code 100B490
board B2 "Ander bestuur" code 100B491
provider P "School" code 110A133 under B
location L "Gebouw" code 110X912 under B2 used by P
calendar C {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['location L "Gebouw" code 110X912 under B2 used by P', 'location L "Gebouw" code 110X912 under B, B2 used by P'],
    ]),
    'offering.offering.pathway-missing': example(`
// An mbo offering without a pathway (BOL or BBL).
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L {
        intake at B1, B2
    }
}
`, [
        ['offered by P at L {', 'offered by P at L as BOL {'],
    ]),
    'offering.programme.crebo-missing': example(`
// An offered mbo programme without its crebo.
${SCHOOL}programme Prog "Software Developer" {
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, B2
    }
}
`, [
        ['    level mbo-4\n', '    crebo 25604\n    level mbo-4\n'],
    ]),
    'offering.programme.crebo-not-mbo': example(`
// A crebo on a havo programme: crebos are for mbo.
${SCHOOL}programme Prog "Havo" {
    crebo 25604
    level havo
    years 4..5
    calendar C
    offered by P at L {
        intake at B1
    }
}
`, [
        ['    crebo 25604\n', '    rio 1234O5678\n'],
    ]),
    'offering.code.keuzedeel-format': example(`
// A keuzedeel code is K and four digits.
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    keuzedeel Robotica "Robotica" code 25604 size 240 SBU { year 3 }
}
`, [
        ['code 25604 size', 'code K0713 size'],
    ]),
    'offering.intake.registration-after-intake': example(`
// Registration opens after the intake it is for.
${SCHOOL}programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1 registration from 2026-09-01 to 2026-09-30
        intake at B2
    }
}
`, [
        ['registration from 2026-09-01 to 2026-09-30', 'registration from 2026-06-01 to 2026-08-14'],
    ]),
    'offering.intake.period-other-calendar': example(`
// An intake at a period of a calendar the offering does not follow.
${SCHOOL}calendar D {
    period D1 "Blok 1" from 2026-09-07 to 2026-11-13
}
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar C
    offered by P at L as BOL {
        intake at B1, D.D1
    }
    offered by P at L as BBL {
        calendar D
        intake at D1
    }
}
`, [
        ['intake at B1, D.D1', 'intake at B1'],
    ]),
    'offering.years.zero': example(`
// Years count from 1.
programme Prog "Software Developer" {
    crebo 25604
    level mbo-4
    years 0..3
}
`, [
        ['years 0..3', 'years 1..3'],
    ]),
    'offering.definition.unused': example(`
// Nothing uses Versneld.
${SCHOOL}${PROGRAMME}}
characteristic Versneld "Versneld traject"
`, [
        ['        intake at B1, B2\n    }\n', '        intake at B1, B2\n    }\n    offered by P at L as BOL with Versneld {\n        intake at B1\n    }\n'],
    ]),
    // A check that throws is a bug of ours: no file is meant to trigger it.
    'offering.internal.check-failed': undefined,
};
