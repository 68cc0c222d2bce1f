// After any sequence of edits, what the language server holds (diagnostics and links) must be
// exactly what a build from scratch of the same texts gives. OfferingDocumentBuilder re-validates
// only what an edit can affect; this is the check that its choice is never too narrow.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { LangiumDocument } from 'langium';
import { AstUtils, Cancellation, DocumentState, URI, isOperationCancelled } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';
import type { OfferingDocumentBuilder } from '../../packages/language/src/workspace/document-builder.js';
import type { OfferingDocumentValidator } from '../../packages/language/src/validation/document-validator.js';

const EXAMPLE = path.resolve(__dirname, '../../examples/mbo-college');
const ORIGINAL: Record<string, string> = Object.fromEntries(fs.readdirSync(EXAMPLE).filter(f => f.endsWith('.offering')).sort()
    .map(file => [file, fs.readFileSync(path.join(EXAMPLE, file), 'utf-8')]));
const FILES = Object.keys(ORIGINAL);

/** One edit of one file, at a relative position among the places of its kind. */
type Edit =
    | { kind: 'title' | 'comment' | 'number' | 'name' | 'delete-line' | 'duplicate-line' | 'keyword' | 'policy'; file: number; at: number; variant: number }
    | { kind: 'revert'; file: number };

const KEYWORDS = ['policy P2 { applies to all module size 1..2 SBU }', 'grouping Extra within Techniek', 'year 9', 'for SoftwareDeveloper years 1',
    'intake on 2026-09-01', 'module size 100..200 SBU', 'at least 5 intakes per year', 'intakes at period starts', 'calendar Schooljaar2026'];

// Files that others depend on without naming them (policies, groupings, modules `for` programmes) come up more often.
const SHARED = ['kaders.offering', 'groeperingen.offering', 'keuzedelen.offering', 'kalender.offering'];
const fileArbitrary = fc.oneof(
    { arbitrary: fc.nat(FILES.length - 1), weight: 1 },
    { arbitrary: fc.constantFrom(...SHARED.map(file => FILES.indexOf(file))), weight: 1 },
);
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
    {
        arbitrary: fc.record({
            kind: fc.constantFrom('title', 'comment', 'number', 'number', 'name', 'delete-line', 'duplicate-line', 'keyword', 'policy') as fc.Arbitrary<Exclude<Edit['kind'], 'revert'>>,
            file: fileArbitrary, at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), variant: fc.nat(KEYWORDS.length - 1),
        }),
        weight: 5,
    },
    { arbitrary: fc.record({ kind: fc.constant('revert' as const), file: fileArbitrary }), weight: 1 },
);

/** Applies an edit; the kinds aim at what changes meaning (numbers, names, lines) and what does not (titles, comments). */
function apply(text: string, edit: Edit, original: string): string {
    if (edit.kind === 'revert') {
        return original;
    }
    const pick = (pattern: RegExp): RegExpMatchArray | undefined => {
        const matches = [...text.matchAll(pattern)];
        return matches.length === 0 ? undefined : matches[Math.floor(edit.at * matches.length)];
    };
    const replaceAt = (index: number, length: number, by: string) => text.slice(0, index) + by + text.slice(index + length);
    switch (edit.kind) {
        case 'title': {
            const match = pick(/"[^"\n]*"/g);
            return match ? replaceAt(match.index! + 1, 0, 'x') : text;
        }
        case 'comment': {
            const match = pick(/\n/g);
            return match ? replaceAt(match.index!, 0, ' // note') : text;
        }
        case 'number': {
            const match = pick(/\b\d+\b/g);
            return match ? replaceAt(match.index!, match[0].length, String(Number(match[0]) + 1 + edit.variant * 7)) : text;
        }
        case 'name': {
            const match = pick(/\b[A-Z][A-Za-z0-9]+\b/g);
            return match ? replaceAt(match.index! + match[0].length, 0, 'X') : text;
        }
        case 'delete-line': {
            const lines = text.split('\n');
            lines.splice(Math.floor(edit.at * lines.length), 1);
            return lines.join('\n');
        }
        case 'duplicate-line': {
            const lines = text.split('\n');
            const index = Math.floor(edit.at * lines.length);
            lines.splice(index, 0, lines[index] ?? '');
            return lines.join('\n');
        }
        case 'keyword': {
            const match = pick(/\n/g);
            return match ? replaceAt(match.index!, 0, `\n${KEYWORDS[edit.variant]}`) : text;
        }
        case 'policy':
            return editPolicy(text, edit.at, edit.variant);
    }
}

// What a policy says without touching its name or references: a bandwidth, a count, a level, its reach.
const POLICY_CHANGES: Array<[RegExp, (match: string) => string]> = [
    [/\b\d+\b/g, n => String(Number(n) + 7)],
    [/\b\d+\b/g, n => String(Math.max(0, Number(n) - 100))],
    [/mbo-\d/g, level => level === 'mbo-4' ? 'mbo-3' : 'mbo-4'],
    [/applies to all at level mbo-\d/g, () => 'applies to all'],
    [/applies to all\n/g, () => 'applies to all at level mbo-2\n'],
    [/\bmodule size\b/g, () => 'year volume'],
];

/** Changes what one policy says (the policy-only path of OfferingDocumentBuilder); the text unchanged when it has no such place. */
function editPolicy(text: string, at: number, variant: number): string {
    const [pattern, change] = POLICY_CHANGES[variant % POLICY_CHANGES.length]!;
    const places = [...text.matchAll(/\bpolicy [^{]*\{[^}]*\}/g)]
        .flatMap(policy => [...policy[0].matchAll(pattern)].map(place => ({ start: policy.index! + place.index!, image: place[0] })));
    if (places.length === 0) {
        return text;
    }
    const { start, image } = places[Math.floor(at * places.length)]!;
    return text.slice(0, start) + change(image) + text.slice(start + image.length);
}

/** Each document's diagnostics in the order the document holds them (the order the editor gets them), with their related places. */
function diagnosticsInOrder(workspace: TestWorkspace): string[] {
    return [...workspace.documents.entries()].flatMap(([name, document]) => (document.diagnostics ?? [])
        .map(d => `${name}:${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message} ${JSON.stringify(d.relatedInformation ?? [])}`));
}

/** The builder's count of policy-only updates and documents, and the validator's count of group re-runs it merged. */
function ruleGroupStats(workspace: TestWorkspace): { policyOnlyUpdates: number; policyOnlyDocuments: number; groupReruns: number } {
    const { policyOnlyUpdates, policyOnlyDocuments } = (workspace.services.shared.workspace.DocumentBuilder as OfferingDocumentBuilder).ruleGroupStats;
    return { policyOnlyUpdates, policyOnlyDocuments, groupReruns: (workspace.services.validation.DocumentValidator as OfferingDocumentValidator).groupReruns };
}

async function update(workspace: TestWorkspace, file: string, text: string, version: number, token?: Cancellation.CancellationToken): Promise<void> {
    const uri = URI.parse(`memory:///${file}`);
    const shared = workspace.services.shared;
    shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'offering', version, text));
    await shared.workspace.DocumentBuilder.update([uri], [], token);
}

/** References that still point at nodes of a replaced parse: they would hover and navigate wrongly. */
function staleLinks(documents: Iterable<LangiumDocument>): string[] {
    const stale: string[] = [];
    for (const document of documents) {
        for (const reference of document.references) {
            const target = 'ref' in reference ? reference.ref : undefined;
            if (target) {
                const root = AstUtils.findRootNode(target);
                const current = root.$document?.parseResult.value;
                if (root !== current) {
                    stale.push(`${document.uri.path}: ${reference.$refText}`);
                }
            }
        }
    }
    return stale;
}

describe('incremental validation equals a build from scratch', () => {
    test('after every edit of a seeded sequence over examples/mbo-college', async () => {
        await fc.assert(fc.asyncProperty(fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), async edits => {
            const texts = { ...ORIGINAL };
            const workspace = await buildWorkspace(texts);
            let version = 1;
            for (const edit of edits) {
                const file = FILES[edit.file]!;
                texts[file] = apply(texts[file]!, edit, ORIGINAL[file]!);
                await update(workspace, file, texts[file]!, ++version);
                const scratch = await buildWorkspace(texts);
                expect(workspace.diagnostics()).toEqual(scratch.diagnostics());
                expect(staleLinks(workspace.documents.values())).toEqual([]);
            }
        }), { seed: Number(process.env.INCREMENTAL_SEED ?? 20261123), numRuns: Number(process.env.INCREMENTAL_RUNS ?? 25) });
    }, 240_000);

    // Policy edits mostly: an edit that changes only what policies say re-runs only the policy
    // checks elsewhere and keeps the other diagnostics; the path must be taken, and stay exact.
    // A team's policy in another file that extends the central one: its links into kaders.offering are moved, not resolved again.
    const TEAM = { 'team-ict.offering': 'policy TeamIct extends Kaders {\n    applies to ICT\n    module size 240..480 SBU\n    at least 3 intakes per year\n}\n' };

    test('after every edit of a seeded sequence of mostly policy edits', async () => {
        const policyEdit = fc.record({
            kind: fc.constant('policy' as const), file: fc.constantFrom(FILES.indexOf('kaders.offering')),
            at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), variant: fc.nat(POLICY_CHANGES.length - 1),
        });
        let taken = 0;
        const runs = Number(process.env.INCREMENTAL_RUNS ?? 25);
        await fc.assert(fc.asyncProperty(fc.array(fc.oneof({ arbitrary: policyEdit, weight: 4 }, { arbitrary: editArbitrary, weight: 1 }),
            { minLength: 1, maxLength: 5 }), async edits => {
            const texts: Record<string, string> = { ...ORIGINAL, ...TEAM };
            const workspace = await buildWorkspace(texts);
            let version = 1;
            for (const edit of edits) {
                const file = FILES[edit.file]!;
                texts[file] = apply(texts[file]!, edit, ORIGINAL[file]!);
                await update(workspace, file, texts[file]!, ++version);
                const scratch = await buildWorkspace(texts);
                expect(workspace.diagnostics()).toEqual(scratch.diagnostics());
                expect(diagnosticsInOrder(workspace)).toEqual(diagnosticsInOrder(scratch));
                expect(staleLinks(workspace.documents.values())).toEqual([]);
            }
            const stats = ruleGroupStats(workspace);
            // Every document the builder handed on was re-run by group and merged, none fell back to a full validation.
            expect(stats.groupReruns).toBe(stats.policyOnlyDocuments);
            taken += stats.policyOnlyUpdates;
        }), { seed: Number(process.env.INCREMENTAL_SEED ?? 20261207), numRuns: runs });
        // The default seed takes the path 31 times in 25 runs; most edits are policy-only.
        expect(taken).toBeGreaterThanOrEqual(Math.ceil(runs / 2));
    }, 240_000);

    test('a policy bandwidth edit re-runs only the policy checks of the other files', async () => {
        const workspace = await buildWorkspace(ORIGINAL);
        const before = workspace.diagnostics();
        const validated: string[] = [];
        workspace.services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => { validated.push(document.uri.path); });
        const texts = { ...ORIGINAL, 'kaders.offering': ORIGINAL['kaders.offering']!.replace('module size 120..960 SBU', 'module size 300..960 SBU') };
        await update(workspace, 'kaders.offering', texts['kaders.offering']!, 2);
        const scratch = await buildWorkspace(texts);
        // The edit changes diagnostics in other files, and the kept ones of the other groups stay.
        expect(scratch.diagnostics().filter(line => !line.startsWith('kaders.offering') && !before.includes(line))).not.toEqual([]);
        expect(workspace.diagnostics()).toEqual(scratch.diagnostics());
        expect(diagnosticsInOrder(workspace)).toEqual(diagnosticsInOrder(scratch));
        expect(validated.sort()).toEqual(FILES.map(file => `/${file}`));
        expect(ruleGroupStats(workspace)).toEqual({ policyOnlyUpdates: 1, policyOnlyDocuments: FILES.length - 1, groupReruns: FILES.length - 1 });
        // And back again.
        await update(workspace, 'kaders.offering', ORIGINAL['kaders.offering']!, 3);
        expect(workspace.diagnostics()).toEqual(before);
        expect(ruleGroupStats(workspace)).toEqual({ policyOnlyUpdates: 2, policyOnlyDocuments: 2 * (FILES.length - 1), groupReruns: 2 * (FILES.length - 1) });
    });

    test('a policy edit reaches a policy that extends it in another file through the policy checks alone', async () => {
        const workspace = await buildWorkspace({ ...ORIGINAL, ...TEAM });
        const texts = { ...ORIGINAL, ...TEAM, 'kaders.offering': ORIGINAL['kaders.offering']!.replace('module size 120..960 SBU', 'module size 300..960 SBU') };
        await update(workspace, 'kaders.offering', texts['kaders.offering']!, 2);
        const scratch = await buildWorkspace(texts);
        expect(scratch.diagnostics().filter(line => line.startsWith('team-ict.offering'))).not.toEqual([]);
        expect(diagnosticsInOrder(workspace)).toEqual(diagnosticsInOrder(scratch));
        expect(workspace.diagnostics()).toEqual(scratch.diagnostics());
        expect(ruleGroupStats(workspace)).toEqual({ policyOnlyUpdates: 1, policyOnlyDocuments: FILES.length, groupReruns: FILES.length });
        expect(staleLinks(workspace.documents.values())).toEqual([]);
    });

    test.each([
        ['a new policy (a new name)', (t: string) => `${t}\npolicy Extra { applies to all\n at least 1 intakes per year }\n`],
        ['a policy that now extends another (a new reference)', (t: string) => t.replace('policy KeuzedeelNiveau4 "Keuzedeelruimte niveau 4" extends Kaders', 'policy KeuzedeelNiveau4 "Keuzedeelruimte niveau 4" extends KeuzedeelZorgNiveau2')],
        ['a policy with a syntax error', (t: string) => t.replace('year volume 1600 SBU', 'year volume SBU')],
        ['a title only', (t: string) => t.replace('"Kaders Rivierland 2026"', '"Kaders Rivierland 2027"')],
    ])('%s does not take the policy-only path', async (_what, change) => {
        const workspace = await buildWorkspace(ORIGINAL);
        const texts = { ...ORIGINAL, 'kaders.offering': change(ORIGINAL['kaders.offering']!) };
        expect(texts['kaders.offering']).not.toBe(ORIGINAL['kaders.offering']);
        await update(workspace, 'kaders.offering', texts['kaders.offering']!, 2);
        expect(workspace.diagnostics()).toEqual((await buildWorkspace(texts)).diagnostics());
        expect(ruleGroupStats(workspace)).toEqual({ policyOnlyUpdates: 0, policyOnlyDocuments: 0, groupReruns: 0 });
    });

    test('a policy that grows by a line moves what follows it: not the policy-only path', async () => {
        // Messages elsewhere may point at the definitions after it (a duplicate code's related place).
        const base = { ...ORIGINAL, 'kaders.offering': `${ORIGINAL['kaders.offering']!}\nboard Laat "Laat bestuur" code 121B410\n` };
        const workspace = await buildWorkspace(base);
        const texts = { ...base, 'kaders.offering': base['kaders.offering'].replace('    year volume 1600 SBU\n', '    year volume 1600 SBU\n    at least 1 intakes per year\n') };
        expect(texts['kaders.offering']).not.toBe(base['kaders.offering']);
        await update(workspace, 'kaders.offering', texts['kaders.offering'], 2);
        const scratch = await buildWorkspace(texts);
        const related = (w: TestWorkspace) => [...w.documents.values()].flatMap(d => (d.diagnostics ?? []).map(x => JSON.stringify(x.relatedInformation ?? null)));
        expect(related(scratch).filter(r => r.includes('kaders.offering'))).not.toEqual([]);
        expect(related(workspace)).toEqual(related(scratch));
        expect(workspace.diagnostics()).toEqual(scratch.diagnostics());
        expect(ruleGroupStats(workspace)).toEqual({ policyOnlyUpdates: 0, policyOnlyDocuments: 0, groupReruns: 0 });
    });

    test('a title edit in the calendar re-validates only the calendar and keeps everyone else\'s links', async () => {
        const workspace = await buildWorkspace(ORIGINAL);
        const validated: string[] = [];
        workspace.services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => { validated.push(`link ${document.uri.path}`); });
        workspace.services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => { validated.push(`validate ${document.uri.path}`); });
        await update(workspace, 'kalender.offering', ORIGINAL['kalender.offering']!.replace('"', '"Het '), 2);
        expect(validated).toEqual(['link /kalender.offering', 'validate /kalender.offering']);
        expect(staleLinks(workspace.documents.values())).toEqual([]);
    });

    test('a changed date in the calendar re-validates the files that use it, not the others', async () => {
        const workspace = await buildWorkspace(ORIGINAL);
        const validated: string[] = [];
        workspace.services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => { validated.push(document.uri.path); });
        await update(workspace, 'kalender.offering', ORIGINAL['kalender.offering']!.replace('2027-07-09', '2027-07-10'), 2);
        const scratch = await buildWorkspace({ ...ORIGINAL, 'kalender.offering': ORIGINAL['kalender.offering']!.replace('2027-07-09', '2027-07-10') });
        expect(workspace.diagnostics()).toEqual(scratch.diagnostics());
        expect(validated.sort()).toEqual(['/groepen.offering', '/ict.offering', '/kalender.offering', '/llo.offering', '/techniek.offering', '/zorg.offering']);
    });

    // One case per reason an edit reaches beyond the files that reference it: each changes
    // diagnostics in another file, and each fails when OfferingDocumentBuilder forgets that reason.
    test.each([
        ['a policy reaches programmes that never name it', 'kaders.offering', (t: string) => t.replace('at least 2 intakes', 'at least 6 intakes')],
        ['a grouping carries policies to the programmes within it', 'groeperingen.offering',
            (t: string) => t.replace('grouping ICT "ICT en Media" within Techniek', 'grouping ICT "ICT en Media" within ZorgWelzijn')],
        ['a module counts in the year volume of the programme it is for', 'keuzedelen.offering',
            (t: string) => t.replace('size 240 SBU { for Verpleegkundige year 3 }', 'size 1240 SBU { for Verpleegkundige year 3 }')],
        ['a definition becomes unused when its last reference goes', 'ict.offering', (t: string) => t.replace('as BOL with Versneld {', 'as BOL {')],
        ['a new definition duplicates a name in another file', 'kalender.offering', (t: string) => `${t}\ncharacteristic Versneld\n`],
    ])('%s', async (_reason, file, change) => {
        const workspace = await buildWorkspace(ORIGINAL);
        const before = workspace.diagnostics();
        const texts = { ...ORIGINAL, [file]: change(ORIGINAL[file]!) };
        expect(texts[file]).not.toBe(ORIGINAL[file]);
        await update(workspace, file, texts[file]!, 2);
        const scratch = (await buildWorkspace(texts)).diagnostics();
        expect(scratch.filter(line => !line.startsWith(file) && !before.includes(line))).not.toEqual([]);
        expect(workspace.diagnostics()).toEqual(scratch);
        // And back again: the diagnostics elsewhere go away.
        await update(workspace, file, ORIGINAL[file]!, 3);
        expect(workspace.diagnostics()).toEqual(before);
    });

    // Typing cancels the update of the previous keystroke wherever it is; the next update must
    // finish its work (Langium keeps its own state; the builder hands the edit's impact on).
    const PHASES = [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked,
        DocumentState.IndexedReferences, DocumentState.Validated];
    const EDITS: Array<[string, string, (t: string) => string]> = [
        ['a title', 'kalender.offering', t => t.replace('"', '"Het ')],
        ['a period date', 'kalender.offering', t => t.replace('2027-07-09', '2027-07-10')],
        ['a policy', 'kaders.offering', t => t.replace('at least 2 intakes', 'at least 6 intakes')],
        ['a policy bandwidth', 'kaders.offering', t => t.replace('module size 120..960 SBU', 'module size 300..960 SBU')],
        ['a keuzedeel size', 'keuzedelen.offering', t => t.replace('size 240 SBU { for Verpleegkundige year 3 }', 'size 1240 SBU { for Verpleegkundige year 3 }')],
    ];
    test.each(PHASES.flatMap(phase => EDITS.map(([what, file, change]) => [what, DocumentState[phase], phase, file, change] as const)))(
        'an edit of %s, cancelled at %s: the next update finishes it', async (_what, _name, phase, file, change) => {
            const workspace = await buildWorkspace(ORIGINAL);
            const builder = workspace.services.shared.workspace.DocumentBuilder;
            const source = new Cancellation.CancellationTokenSource();
            const listener = builder.onBuildPhase(phase, () => source.cancel());
            const texts = { ...ORIGINAL, [file]: change(ORIGINAL[file]!) };
            await update(workspace, file, texts[file]!, 2, source.token).catch(error => {
                if (!isOperationCancelled(error)) throw error;
            });
            listener.dispose();
            await builder.update([], []);
            expect(workspace.diagnostics()).toEqual((await buildWorkspace(texts)).diagnostics());
            expect(staleLinks(workspace.documents.values())).toEqual([]);
        });
});
