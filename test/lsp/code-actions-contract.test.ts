import { EmptyFileSystem } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

/**
 * The quick fixes against the contract alone: a diagnostic with the issue code and the data
 * the contract promises, placed where the validator places it. (code-actions.test.ts runs
 * the same fixes on the validator's own diagnostics.)
 */
let services: OfferingServices;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
});

/** The quick fixes (title -> text after applying) for a diagnostic on the first occurrence of `at` in a.offering. */
async function fixes(files: Record<string, string>, at: string, code: string, data: Record<string, unknown> = {}): Promise<Record<string, string>> {
    const ws = await buildWorkspace(files, services);
    const document = ws.documents.get('a.offering')!;
    const start = document.textDocument.getText().indexOf(at);
    expect(start).toBeGreaterThanOrEqual(0);
    const diagnostic: Diagnostic = {
        range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(start + at.length) },
        message: 'm', code, data: { code, ...data },
    };
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) ?? [];
    const result: Record<string, string> = {};
    for (const action of actions as CodeAction[]) {
        expect(action.diagnostics).toEqual([diagnostic]);
        result[action.title] = TextDocument.applyEdits(document.textDocument, action.edit?.changes?.[document.uri.toString()] ?? []);
    }
    await services.shared.workspace.DocumentBuilder.update([], [...ws.documents.values()].map(d => d.uri));
    return result;
}

describe('quick fixes from the contract\'s codes and data', () => {
    test('offering.size.reversed on the size', async () => {
        expect(await fixes({ 'a.offering': 'module M size 7.5..-2 EC' }, '7.5..-2 EC', 'offering.size.reversed', { min: '7.5', max: '-2' })).toEqual({
            'Swap the bandwidth to -2..7.5': 'module M size -2..7.5 EC',
        });
    });

    test('offering.size.missing-unit on the size', async () => {
        expect(Object.values(await fixes({ 'a.offering': 'module M size 3 { year 1 }' }, '3', 'offering.size.missing-unit'))).toEqual([
            'module M size 3 SBU { year 1 }', 'module M size 3 EC { year 1 }', 'module M size 3 hours { year 1 }',
        ]);
    });

    test('offering.intake.not-on-period-start on the date, with the nearest start in data', async () => {
        const text = 'programme P { offered by D at L { intake on 2026-09-01, 2026-11-02 } }';
        expect(await fixes({ 'a.offering': text }, '2026-11-02', 'offering.intake.not-on-period-start', { nearest: '2026-11-09' })).toEqual({
            'Move the intake to the period start 2026-11-09': 'programme P { offered by D at L { intake on 2026-09-01, 2026-11-09 } }',
        });
        // Without the nearest start there is nothing to move to.
        expect(await fixes({ 'a.offering': text }, '2026-11-02', 'offering.intake.not-on-period-start')).toEqual({});
    });

    test('offering.reference.unresolved with refText and targetType', async () => {
        expect(await fixes({ 'a.offering': 'target group Jong\nprogramme P { for Oud }' }, 'Oud', 'offering.reference.unresolved', { refText: 'Oud', targetType: 'TargetGroup' })).toEqual({
            'Create target group Oud': 'target group Jong\ntarget group Oud\nprogramme P { for Oud }',
        });
        // A qualified name cannot be created at the top level.
        expect(await fixes({ 'a.offering': 'programme P { in A.B }' }, 'A.B', 'offering.reference.unresolved', { refText: 'A.B', targetType: 'Grouping' })).toEqual({});
    });

    test('offering.definition.unused on the name: a period inside a calendar, or a definition sharing its line', async () => {
        const calendar = 'calendar SJ {\n    period B1 from 2026-08-31 to 2026-11-06\n    period B2 from 2026-11-09 to 2027-01-29\n}\n';
        expect(await fixes({ 'a.offering': calendar }, 'B2', 'offering.definition.unused', { kind: 'Period' })).toEqual({
            'Remove the unused definition B2': 'calendar SJ {\n    period B1 from 2026-08-31 to 2026-11-06\n}\n',
        });
        expect(await fixes({ 'a.offering': 'grouping A grouping B\n' }, 'B', 'offering.definition.unused', { kind: 'Grouping' })).toEqual({
            'Remove the unused definition B': 'grouping A\n',
        });
    });

    test('offering.offering.duplicate on `offered`: after existing characteristics, none when there is nothing to add', async () => {
        const text = 'characteristic V\ncharacteristic W\nprogramme P {\n    offered by D at L with V for T { }\n}\n';
        expect(await fixes({ 'a.offering': text }, 'offered', 'offering.offering.duplicate')).toEqual({
            'Distinguish this offering with characteristic W': text.replace('with V for', 'with V, W for'),
        });
        expect(await fixes({ 'a.offering': 'programme P { offered by D at L { } }' }, 'offered', 'offering.offering.duplicate')).toEqual({});
    });

    test('other codes have no quick fix', async () => {
        expect(await fixes({ 'a.offering': 'grouping A' }, 'A', 'offering.grouping.cycle')).toEqual({});
    });
});
