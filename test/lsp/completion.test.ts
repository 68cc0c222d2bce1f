import { EmptyFileSystem } from 'langium';
import { expandToString as s } from 'langium/generate';
import { expectCompletion } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';

let services: OfferingServices;
let completion: ReturnType<typeof expectCompletion>;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
    completion = expectCompletion(services);
});

afterEach(() => {
    services.i18n.Messages.locale = 'en';
});

/** Keywords by their label; everything else as `label: detail`, snippets marked. */
function show(item: CompletionItem): string {
    if (item.kind === CompletionItemKind.Keyword) {
        return item.label;
    }
    if (item.kind === CompletionItemKind.Snippet) {
        return `${item.label} (snippet)`;
    }
    return `${item.label}: ${item.detail}`;
}

/** An example file with a marker at every kind of position. */
const example = s`
    <|>board B code 100B490
    provider P under B
    provider Q under B
    location L1 used by P
    location L2 "Tweede" used by Q
    calendar SJ { period B1 from 2026-08-31 to 2026-11-06 period B2 from 2026-11-09 to 2027-01-29 }
    calendar Other { period X1 from 2026-09-01 to 2026-12-01 }
    grouping ICT
    characteristic Versneld
    target group Volw
    programme SD {
        crebo 25604
        level mbo-4
        years 1..3
        in <|>
        calendar SJ
        offered by P at <|> as BOL with <|>Versneld for <|>Volw {
            <|>
            intake at <|>B1
            intake on <|>
        }
        <|>
        module M size 240 <|>
        module N size 7.5 EC { <|> }
    }
    keuzedeel K code K0713 size 240 SBU { for <|> }
    class C { during <|> students of SD year 1 teaches <|> }
    policy Pol { <|> }
`;

const at = (index: number, expectedItems: string[]) =>
    completion({ text: example, index, expectedItems, itemToString: show, disposeAfterCheck: true });

const PROGRAMME_CLAUSES = ['crebo', 'rio', 'level', 'year', 'years', 'pathways', 'in', 'with', 'for', 'calendar', 'valid', 'offered', 'module', 'keuzedeel', 'subject', 'choose'];

describe('completion at every kind of position', () => {
    test('top level: the definition keywords, then the snippets', async () => {
        // The first line of a file may still be its `namespace` header.
        await at(0, [
            'namespace', 'board', 'provider', 'location', 'calendar', 'grouping', 'characteristic', 'target', 'programme', 'module', 'keuzedeel', 'subject', 'class', 'teaching', 'policy',
            'calendar (snippet)', 'programme (snippet)', 'module (snippet)', 'policy (snippet)',
        ]);
    });

    test('after `in`: groupings', async () => {
        await at(1, ['ICT: grouping']);
    });

    test('after `offered by`: providers', async () => {
        await completion({
            text: 'provider P\nprovider Q\nprogramme S { offered by <|> }', index: 0, itemToString: show, disposeAfterCheck: true,
            expectedItems: ['P: provider', 'Q: provider'],
        });
    });

    test('after `offered by P at`: the locations P uses, then the others, marked', async () => {
        await at(2, ['L1: location', 'L2: Tweede (not used by P)']);
    });

    test('after `with` and `for` in an offering: characteristics and target groups', async () => {
        await at(3, ['Versneld: characteristic']);
        await at(4, ['Volw: target group']);
    });

    test('inside an offering: its clauses', async () => {
        await at(5, ['calendar', 'valid', 'intake', 'capacity', 'mode', 'price', 'language', 'full-time', 'part-time', 'duration']);
    });

    test('after `intake at`: only the periods of the calendar in use, with their dates', async () => {
        await at(6, ['B1: 2026-08-31 to 2026-11-06', 'B2: 2026-11-09 to 2027-01-29']);
    });

    test('after `intake on`: the start dates of the periods of the calendar in use', async () => {
        await at(7, ['2026-08-31: start of SJ.B1', '2026-11-09: start of SJ.B2']);
    });

    test('inside a programme: its clauses and the offering and module snippets', async () => {
        await at(8, [...PROGRAMME_CLAUSES, 'offered (snippet)', 'module (snippet)']);
    });

    test('after the number of a size: the units first', async () => {
        await at(9, [
            'SBU: study load hours', 'EC: ECTS credits (1 EC = 28 SBU)', 'hours: clock hours', 'contact-hours: contact hours',
            ...PROGRAMME_CLAUSES, 'offered (snippet)', 'module (snippet)',
        ]);
    });

    test('inside a module: its clauses', async () => {
        await at(10, ['year', 'years', 'for', 'level', 'levels', 'calendar', 'intake', 'offered']);
    });

    test('after `for` in a module: programmes with code and level', async () => {
        await at(11, ['SD: crebo 25604 · mbo-4']);
    });

    test('after `during` without a calendar in use: every period, by simple and qualified name', async () => {
        await at(12, [
            'B1: 2026-08-31 to 2026-11-06', 'B2: 2026-11-09 to 2027-01-29', 'X1: 2026-09-01 to 2026-12-01',
            'SJ.B1: 2026-08-31 to 2026-11-06', 'SJ.B2: 2026-11-09 to 2027-01-29', 'Other.X1: 2026-09-01 to 2026-12-01',
        ]);
    });

    test('after `teaches`: modules with their size', async () => {
        await at(13, ['M: 240', 'N: 7.5 EC (= 210 SBU)', 'K: 240 SBU', 'SD.M: 240', 'SD.N: 7.5 EC (= 210 SBU)']);
    });

    test('inside a policy: its rules', async () => {
        await at(14, ['applies', 'module', 'at', 'intakes', 'year', 'keuzedeel']);
    });
});

describe('details and inserted text', () => {
    test('in Dutch when the client runs in Dutch', async () => {
        services.i18n.Messages.locale = 'nl';
        await at(7, ['2026-08-31: start van SJ.B1', '2026-11-09: start van SJ.B2']);
        await at(2, ['L1: onderwijslocatie', 'L2: Tweede (niet in gebruik bij P)']);
    });

    test('a unit right after the number gets a space before it', async () => {
        await completion({
            text: 'programme P { module M size 240<|> }', index: 0, disposeAfterCheck: true,
            assert: list => expect(list.items.filter(item => item.kind === CompletionItemKind.Unit).map(item => item.textEdit?.newText))
                .toEqual([' SBU', ' EC', ' hours', ' contact-hours']),
        });
    });

    test('a module offered on its own: the locations its provider uses first, the others marked', async () => {
        await completion({
            text: s`
                provider P
                location L1 used by P
                location L2 "Tweede"
                module M { offered by P at <|> }
            `,
            index: 0, itemToString: show, disposeAfterCheck: true,
            expectedItems: ['L1: location', 'L2: Tweede (not used by P)'],
        });
    });

    test('without a calendar in use, intake dates come from every calendar, in date order', async () => {
        await completion({
            text: s`
                calendar A { period A2 from 2027-01-04 to 2027-03-01 period A1 from 2026-09-01 to 2026-12-01 }
                calendar B { period B1 from 2026-08-24 to 2026-12-01 }
                module M { intake on <|> }
            `,
            index: 0, itemToString: show, disposeAfterCheck: true,
            expectedItems: ['2026-08-24: start of B.B1', '2026-09-01: start of A.A1', '2027-01-04: start of A.A2'],
        });
    });

    test('the offering snippet offers the workspace providers and locations as choices', async () => {
        await completion({
            text: s`
                provider Q
                provider P
                location L used by P
                programme S { off<|> }
            `,
            index: 0, disposeAfterCheck: true,
            assert: list => expect(list.items.filter(item => item.kind === CompletionItemKind.Snippet).map(item => item.textEdit?.newText))
                .toEqual(['offered by ${1|P,Q|} at ${2|L|} as ${3|BOL,BBL|} {\n    intake at ${4:Period}\n}']),
        });
    });

    test('the programme snippet', async () => {
        await completion({
            text: 'prog<|>', index: 0, disposeAfterCheck: true,
            assert: list => expect(list.items.filter(item => item.kind === CompletionItemKind.Snippet).map(item => item.textEdit?.newText))
                .toEqual(['programme ${1:Name} "${2:Title}" {\n    crebo ${3:00000}\n    level ${4:mbo-4}\n    years ${5:1..3}\n    $0\n}']),
        });
    });

    test('while typing, the typed prefix filters the items and is replaced', async () => {
        const typing = s`
            provider P
            location L1 used by P
            calendar SJ { period B1 from 2026-08-31 to 2026-11-06 period B2 from 2026-11-09 to 2027-01-29 }
            programme SD {
                calendar SJ
                offered by P at L<|> {
                    intake on 2026<|>
                }
                module M size 240 E<|>
            }
        `;
        const edits = (index: number, expected: string[]) => completion({
            text: typing, index, disposeAfterCheck: true,
            assert: list => expect(list.items.map(item => {
                const edit = item.textEdit as { newText: string; range: { start: { line: number; character: number }; end: { character: number } } };
                return `${edit.newText} @${edit.range.start.line + 1}:${edit.range.start.character + 1}-${edit.range.end.character + 1}`;
            })).toEqual(expected),
        });
        await edits(0, ['L1 @6:21-22']);
        await edits(1, ['2026-08-31 @7:19-23', '2026-11-09 @7:19-23']);
        await edits(2, ['EC @9:23-24']);
    });

    test('broken input never crashes completion', async () => {
        for (const text of ['<|>', 'programme { <|>', 'module M size <|>', 'calendar C { period P from <|>', '}}} <|> {{{']) {
            await completion({ text, index: 0, disposeAfterCheck: true, assert: list => expect(Array.isArray(list.items)).toBe(true) });
        }
    });
});
