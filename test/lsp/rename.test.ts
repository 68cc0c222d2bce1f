import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';

const calendar = [
    'calendar SJ {',
    '    period B1 from 2026-08-31 to 2026-11-06',
    '    period B2 from 2026-11-09 to 2027-01-29',
    '}',
    'grouping ICT',
    '',
].join('\n');
const programmes = [
    'programme SoftwareDeveloper {',
    '    in ICT',
    '    calendar SJ',
    '    module Programmeren size 1 EC {',
    '        intake at B1',
    '    }',
    '    module Databases size 1 EC',
    '}',
    'module Stage size 2 EC { for SoftwareDeveloper year 1 }',
    '',
].join('\n');
const classes = [
    'class K {',
    '    during SJ.B1, SJ . B2',
    '    students of SoftwareDeveloper year 1',
    '    teaches SoftwareDeveloper.Programmeren',
    '    teaches SoftwareDeveloper.Databases',
    '}',
    '',
].join('\n');

async function workspace(): Promise<TestWorkspace> {
    const ws = await buildWorkspace({ 'calendar.offering': calendar, 'programmes.offering': programmes, 'classes.offering': classes });
    expect(ws.diagnostics().filter(d => d.includes('reference') || d.includes('linking'))).toEqual([]);
    return ws;
}

/** Renames at the first occurrence of `at` (plus `offset` characters) in `file`. */
async function rename(ws: TestWorkspace, file: string, at: string, newName: string, offset = 0): Promise<WorkspaceEdit | undefined> {
    const document = ws.documents.get(file)!;
    const position = document.textDocument.positionAt(document.textDocument.getText().indexOf(at) + offset);
    return ws.services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
}

/** The texts of all files after applying the edit. */
function apply(ws: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, document] of ws.documents as Map<string, LangiumDocument>) {
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        result[name] = TextDocument.applyEdits(document.textDocument, edits);
    }
    return result;
}

describe('rename', () => {
    test('a nested module: the plain name inside and the qualified name elsewhere', async () => {
        const ws = await workspace();
        const after = apply(ws, await rename(ws, 'programmes.offering', 'Programmeren', 'Coderen'));
        expect(after['programmes.offering']).toBe(programmes.replace('module Programmeren', 'module Coderen'));
        expect(after['classes.offering']).toBe(classes.replace('SoftwareDeveloper.Programmeren', 'SoftwareDeveloper.Coderen'));
        expect(after['calendar.offering']).toBe(calendar);
    });

    test('a programme: its references and the qualifier of its modules\' qualified names', async () => {
        const ws = await workspace();
        const after = apply(ws, await rename(ws, 'classes.offering', 'SoftwareDeveloper year', 'SD'));
        expect(after['programmes.offering']).toBe(programmes.replace('programme SoftwareDeveloper', 'programme SD').replace('for SoftwareDeveloper', 'for SD'));
        expect(after['classes.offering']).toBe(classes.replaceAll('SoftwareDeveloper', 'SD'));
    });

    test('from the qualifier of a qualified reference, the container is renamed', async () => {
        const ws = await workspace();
        const after = apply(ws, await rename(ws, 'classes.offering', 'SJ.B1', 'Jaar2026'));
        expect(after['calendar.offering']).toBe(calendar.replace('calendar SJ', 'calendar Jaar2026'));
        expect(after['programmes.offering']).toBe(programmes.replace('calendar SJ', 'calendar Jaar2026'));
        expect(after['classes.offering']).toBe(classes.replace('SJ.B1, SJ . B2', 'Jaar2026.B1, Jaar2026 . B2'));
    });

    test('a period from its qualified reference renames the period everywhere', async () => {
        const ws = await workspace();
        const after = apply(ws, await rename(ws, 'classes.offering', 'SJ.B1', 'Blok1', 3));
        expect(after['calendar.offering']).toBe(calendar.replace('period B1', 'period Blok1'));
        expect(after['programmes.offering']).toBe(programmes.replace('intake at B1', 'intake at Blok1'));
        expect(after['classes.offering']).toBe(classes.replace('SJ.B1', 'SJ.Blok1'));
    });

    test('refuses a name that is already used in the workspace', async () => {
        const ws = await workspace();
        await expect(rename(ws, 'programmes.offering', 'Programmeren', 'Databases')).rejects.toThrow(
            "Cannot rename to 'Databases': the name is already used (Module in programmes.offering).");
        await expect(rename(ws, 'calendar.offering', 'ICT', 'SJ')).rejects.toThrow(
            "Cannot rename to 'SJ': the name is already used (Calendar in calendar.offering).");
    });

    test('refuses keywords and names that are not identifiers', async () => {
        const ws = await workspace();
        await expect(rename(ws, 'calendar.offering', 'ICT', 'programme')).rejects.toThrow("Cannot rename to 'programme': it is a keyword.");
        await expect(rename(ws, 'calendar.offering', 'ICT', '2ICT')).rejects.toThrow("Cannot rename to '2ICT': it is not a valid name.");
        await expect(rename(ws, 'calendar.offering', 'ICT', 'I T')).rejects.toThrow("Cannot rename to 'I T': it is not a valid name.");
        await expect(rename(ws, 'calendar.offering', 'ICT', 'A.B')).rejects.toThrow("Cannot rename to 'A.B': it is not a valid name.");
    });

    test('nothing to rename on a keyword', async () => {
        const ws = await workspace();
        expect(await rename(ws, 'calendar.offering', 'grouping', 'X')).toBeUndefined();
    });

    test('prepareRename gives the range of the name segment under the cursor', async () => {
        const ws = await workspace();
        const document = ws.documents.get('classes.offering')!;
        const at = (line: number, character: number) => ws.services.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position: { line, character } });
        expect(await at(3, 30)).toEqual({ start: { line: 3, character: 30 }, end: { line: 3, character: 42 } });
        expect(await at(3, 4)).toBeUndefined();
    });
});
