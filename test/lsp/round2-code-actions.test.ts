import { EmptyFileSystem } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

let services: OfferingServices;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
});

/** Validates the files, takes the diagnostics with `code` in `file`, and returns the quick fixes of the first as title -> text after applying. */
async function fixes(files: Record<string, string>, file: string, code: string): Promise<Record<string, string>> {
    const ws = await buildWorkspace(files, services);
    const document = ws.documents.get(file)!;
    const diagnostics = (document.diagnostics ?? []).filter(d => (d.data as { code?: string } | undefined)?.code === code);
    expect(diagnostics).toHaveLength(1);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics },
    }) ?? [];
    const result: Record<string, string> = {};
    for (const action of actions as CodeAction[]) {
        expect(action.kind).toBe('quickfix');
        result[action.title] = TextDocument.applyEdits(document.textDocument, action.edit?.changes?.[document.uri.toString()] ?? []);
    }
    await services.shared.workspace.DocumentBuilder.update([], [...ws.documents.values()].map(d => d.uri));
    return result;
}

describe('offering.reference.ambiguous: one fix per qualified candidate', () => {
    test('a period in two calendars', async () => {
        const calendars = 'calendar Oost { period B1 from 2026-08-31 to 2026-11-06 }\ncalendar West { period B1 from 2026-09-07 to 2026-11-13 }\n';
        expect(await fixes({ 'a.offering': 'module M { intake at B1 }\n', 'b.offering': calendars }, 'a.offering', 'offering.reference.ambiguous')).toEqual({
            'Write the qualified name Oost.B1': 'module M { intake at Oost.B1 }\n',
            'Write the qualified name West.B1': 'module M { intake at West.B1 }\n',
        });
    });

    test('a nested module in two programmes a group takes students of', async () => {
        const text = 'programme A { module Stage }\nprogramme B { module Stage }\nteaching group G { students of A, B teaches Stage }\n';
        expect(await fixes({ 'a.offering': text }, 'a.offering', 'offering.reference.ambiguous')).toEqual({
            'Write the qualified name A.Stage': text.replace('teaches Stage', 'teaches A.Stage'),
            'Write the qualified name B.Stage': text.replace('teaches Stage', 'teaches B.Stage'),
        });
    });
});
