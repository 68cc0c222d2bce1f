import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

/**
 * Scale cliffs, pinned by counting work instead of timing it (the times are in
 * `bench/scale-cliffs.ts` and docs/reliability.md): the work must grow linearly.
 */
function services(): OfferingServices {
    return createOfferingServices(EmptyFileSystem).Offering;
}

describe('a group with n `students of` and n `teaches`', () => {
    /** Descriptions made while building: the taught-module scope used to describe every module of the group's programmes for each `teaches`. */
    async function descriptionsMade(n: number): Promise<number> {
        const offering = services();
        const provider = offering.workspace.AstNodeDescriptionProvider;
        const create = provider.createDescription.bind(provider);
        let made = 0;
        provider.createDescription = (...args) => {
            made++;
            return create(...args);
        };
        const programmes = Array.from({ length: n }, (_, p) => `programme P${p} { level mbo-4 years 1..2\n    module M${p} size 240 SBU { year 1 }\n}\n`).join('');
        const group = `class K {\n${Array.from({ length: n }, (_, i) => `    students of P${i} year 1\n`).join('')}${Array.from({ length: n }, (_, i) => `    teaches M${i}\n`).join('')}}\n`;
        const workspace = await buildWorkspace({ 'programmes.offering': programmes, 'group.offering': group }, offering);
        expect(workspace.diagnostics().filter(d => d.includes('unresolved'))).toEqual([]);
        return made;
    }

    test('links with work linear in n', async () => {
        const [small, large] = [await descriptionsMade(100), await descriptionsMade(400)];
        // Four times the clauses: about four times the descriptions (it was sixteen times).
        expect(large / small).toBeLessThan(5);
    });

    test('a `teaches` still finds modules of the group\'s programmes only, the first by place', async () => {
        const workspace = await buildWorkspace({
            'a.offering': 'programme A { level mbo-4 years 1..2\n    module M size 240 SBU { year 1 }\n}\nprogramme B { level mbo-4 years 1..2\n    module N size 240 SBU { year 1 }\n}\n',
            'g.offering': 'class K { students of A year 1 teaches M teaches N }\n',
        });
        expect(workspace.diagnostics().filter(d => d.startsWith('g.offering'))).toEqual([
            "g.offering:1:50 offering.reference.unresolved: There is no module named 'N'. Define it, correct the spelling, or use the qualified name (Calendar.Period, Programme.Module).",
        ]);
    });
});

describe('n small files', () => {
    /** Index entries visited while validating: the duplicate-name check used to scan every document of the index for each document. */
    async function indexEntriesVisited(n: number): Promise<number> {
        const offering = services();
        const index = offering.shared.workspace.IndexManager as unknown as { symbolIndex: Map<string, unknown> };
        let visited = 0;
        const keys = index.symbolIndex.keys.bind(index.symbolIndex);
        index.symbolIndex.keys = () => {
            const iterator = keys();
            return { [Symbol.iterator]() { return this; }, next: () => { visited++; return iterator.next(); } } as ReturnType<typeof keys>;
        };
        const files: Record<string, string> = {};
        for (let i = 0; i < n; i++) files[`f${i}.offering`] = `grouping G${i % (n - 1)}\n`; // one name defined twice
        const workspace = await buildWorkspace(files, offering);
        expect(workspace.diagnostics().filter(d => d.includes('offering.name.duplicate')).length).toBe(2);
        return visited;
    }

    test('validate with work linear in n', async () => {
        const [small, large] = [await indexEntriesVisited(200), await indexEntriesVisited(800)];
        expect(large / Math.max(small, 1)).toBeLessThan(5);
    });
});
