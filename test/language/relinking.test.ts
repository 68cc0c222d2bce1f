// Links after an edit in a shared file (OfferingDocumentBuilder moves them): references must point at
// the re-parsed nodes, and a changed name must still be resolved from scratch.
import { AstUtils, URI } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Calendar, Programme } from '../../packages/language/src/generated/ast.js';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';

const calendar = (b2Start: string, b2Name = 'B2') => `calendar Schooljaar "Schooljaar" {
    period B1 from 2026-08-31 to 2026-11-06
    period ${b2Name} from ${b2Start} to 2027-01-29
}
`;

const programme = `programme Zorg {
    calendar Schooljaar
    module Basis size 240 SBU { year 1 intake at B2 }
}
`;

/** Scope look-ups for references in the programme file during the edit (re-resolutions). */
function spyOnProgrammeLookups(workspace: TestWorkspace): () => string[] {
    const spy = vi.spyOn(workspace.services.references.ScopeProvider, 'getScope');
    return () => spy.mock.calls
        .filter(([info]) => AstUtils.getDocument(info.container).uri.path === '/programme.offering')
        .map(([info]) => info.reference.$refText);
}

async function edit(workspace: TestWorkspace, name: string, text: string): Promise<void> {
    const uri = URI.parse(`memory:///${name}`);
    const shared = workspace.services.shared;
    shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'offering', 2, text));
    await shared.workspace.DocumentBuilder.update([uri], []);
}

function intakePeriod(workspace: TestWorkspace) {
    const programmeNode = workspace.documents.get('programme.offering')!.parseResult.value.definitions[0] as Programme;
    return programmeNode.modules[0]!.intakes[0]!.periods[0]!.ref;
}

describe('re-linking after an edit in a referenced file', () => {
    test('a reference follows its target into the re-parsed file when no name changed', async () => {
        const workspace = await buildWorkspace({ 'calendar.offering': calendar('2026-11-09'), 'programme.offering': programme });
        const before = intakePeriod(workspace);
        expect(before?.start).toBe('2026-11-09');
        const lookups = spyOnProgrammeLookups(workspace);

        await edit(workspace, 'calendar.offering', calendar('2026-11-16'));

        expect(lookups()).toEqual([]);
        const after = intakePeriod(workspace);
        const newCalendar = workspace.documents.get('calendar.offering')!.parseResult.value.definitions[0] as Calendar;
        expect(after).toBe(newCalendar.periods[1]);
        expect(after).not.toBe(before);
        expect(after?.start).toBe('2026-11-16');
    });

    test('a renamed target is resolved again and reported when it is gone', async () => {
        const workspace = await buildWorkspace({ 'calendar.offering': calendar('2026-11-09'), 'programme.offering': programme });

        const lookups = spyOnProgrammeLookups(workspace);

        await edit(workspace, 'calendar.offering', calendar('2026-11-09', 'Blok2'));

        expect(lookups()).toEqual(['Schooljaar', 'B2']);
        expect(intakePeriod(workspace)).toBeUndefined();
        expect(workspace.diagnostics().filter(d => d.includes('offering.reference.unresolved'))).toEqual([
            "programme.offering:3:50 offering.reference.unresolved: There is no period named 'B2'. Define it, correct the spelling, or use the qualified name (Calendar.Period, Programme.Module).",
        ]);
    });
});
