import type { AstNode, Reference } from 'langium';
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';
import { qualifiedName } from '../../packages/language/src/references/names.js';
import { REGION } from '../support/namespaces-region.js';

/** The qualified name of what the first reference in `file` whose text is `text` resolves to. */
function target(ws: TestWorkspace, file: string, text: string): string | undefined {
    const document = ws.documents.get(file)!;
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            if ((reference as Reference).$refText === text) {
                const ref = (reference as Reference).ref as (AstNode & { name?: string }) | undefined;
                return ref && `${AstUtils.getDocument(ref).uri.path}:${qualifiedName(ref)}`;
            }
        }
    }
    throw new Error(`no reference ${text} in ${file}`);
}

describe('namespaces', () => {
    test('two namespaces may use the same local names: no duplicates, each file links to its own', async () => {
        const ws = await buildWorkspace(REGION);
        expect(ws.diagnostics()).toEqual([]);
        expect(target(ws, 'oost/ict.offering', 'Schooljaar2026')).toBe('/oost/organisatie.offering:Oost.Schooljaar2026');
        expect(target(ws, 'oost/ict.offering', 'B1')).toBe('/oost/organisatie.offering:Oost.Schooljaar2026.B1');
        expect(target(ws, 'oost/ict.offering', 'School')).toBe('/oost/organisatie.offering:Oost.School');
        expect(target(ws, 'west/zorg.offering', 'Schooljaar2026')).toBe('/west/organisatie.offering:West.Schooljaar2026');
        expect(target(ws, 'west/zorg.offering', 'School')).toBe('/west/organisatie.offering:West.School');
        expect(target(ws, 'west/zorg.offering', 'B1')).toBe('/west/organisatie.offering:West.Schooljaar2026.B1');
    });

    test('a qualified name reaches into another namespace; a file without namespace sees global names', async () => {
        const ws = await buildWorkspace(REGION);
        expect(target(ws, 'gedeeld/locaties.offering', 'West.Bestuur')).toBe('/west/organisatie.offering:West.Bestuur');
        expect(target(ws, 'oost/ict.offering', 'Gedeeld.Campus')).toBe('/gedeeld/locaties.offering:Gedeeld.Campus');
        expect(target(ws, 'oost/ict.offering', 'Techniek')).toBe('/groeperingen.offering:Techniek');
    });

    test('a name in the namespace shadows a global one; outside the namespace the global one counts', async () => {
        const ws = await buildWorkspace({
            'global.offering': 'grouping Techniek\ngrouping Zorg within Techniek\n',
            'oost.offering': 'namespace Oost\ngrouping Techniek\ngrouping Ict within Techniek\n',
        });
        expect(ws.diagnostics().filter(line => !line.includes('definition.unused'))).toEqual([]);
        expect(target(ws, 'oost.offering', 'Techniek')).toBe('/oost.offering:Oost.Techniek');
        expect(target(ws, 'global.offering', 'Techniek')).toBe('/global.offering:Techniek');
    });

    test('a name defined twice in one namespace is a duplicate; a namespace\'s names are unknown unqualified outside it', async () => {
        const ws = await buildWorkspace({
            'a.offering': 'namespace Oost\ngrouping Techniek\n',
            'b.offering': 'namespace Oost\ngrouping Techniek\n',
            'c.offering': 'grouping Ict within Techniek\n',
        });
        expect(ws.diagnostics().filter(line => !line.includes('definition.unused'))).toEqual([
            'a.offering:2:10 offering.name.duplicate: The name \'Oost.Techniek\' is already used by the grouping in b.offering:2. Names are unique across the workspace: rename one of them.',
            'b.offering:2:10 offering.name.duplicate: The name \'Oost.Techniek\' is already used by the grouping in a.offering:2. Names are unique across the workspace: rename one of them.',
            'c.offering:1:21 offering.reference.unresolved: There is no grouping named \'Techniek\'. Define it, correct the spelling, or use the qualified name (Calendar.Period, Programme.Module).',
        ]);
    });
});
