// Offering's compact node descriptions describe every exported and local symbol exactly as Langium's default would.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AstNodeDescription, ReferenceDescription } from 'langium';
import { AstUtils, DefaultAstNodeDescriptionProvider, DefaultReferenceDescriptionProvider } from 'langium';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';

const folder = path.resolve(__dirname, '../../examples/mbo-college');

function plain(description: AstNodeDescription): object {
    return {
        node: description.node, name: description.name, type: description.type, path: description.path,
        documentUri: description.documentUri.toString(), nameSegment: description.nameSegment, selectionSegment: description.selectionSegment,
    };
}

describe('node descriptions', () => {
    test('equal Langium\'s for every export and local symbol of the mbo-college example', async () => {
        const files = Object.fromEntries(fs.readdirSync(folder).filter(f => f.endsWith('.offering')).map(f => [f, fs.readFileSync(path.join(folder, f), 'utf-8')]));
        const { services, documents } = await buildWorkspace(files);
        const langiums = new DefaultAstNodeDescriptionProvider(services);
        let compared = 0;
        for (const document of documents.values()) {
            const symbols = [...services.shared.workspace.IndexManager.allElements().filter(d => d.documentUri.toString() === document.uri.toString())];
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                if (document.localSymbols?.has(node)) symbols.push(...document.localSymbols.getStream(node));
            }
            for (const description of symbols) {
                expect(description.constructor.name).toBe('NodeDescription');
                expect(plain(description)).toEqual(plain(langiums.createDescription(description.node!, description.name, document)));
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(100);
    });

    test('reference descriptions equal Langium\'s for every reference of the example', async () => {
        const files = Object.fromEntries(fs.readdirSync(folder).filter(f => f.endsWith('.offering')).map(f => [f, fs.readFileSync(path.join(folder, f), 'utf-8')]));
        const { services, documents } = await buildWorkspace(files);
        const langiums = new DefaultReferenceDescriptionProvider(services);
        const plainReference = (d: ReferenceDescription) => ({
            sourceUri: d.sourceUri.toString(), sourcePath: d.sourcePath, targetUri: d.targetUri.toString(), targetPath: d.targetPath, local: d.local, segment: d.segment,
        });
        let compared = 0;
        for (const document of documents.values()) {
            const ours = await services.workspace.ReferenceDescriptionProvider.createDescriptions(document);
            expect(ours.map(plainReference)).toEqual((await langiums.createDescriptions(document)).map(plainReference));
            compared += ours.length;
        }
        expect(compared).toBeGreaterThan(100);
    });

    test('a node without a name and none given is refused, as by Langium', async () => {
        const { services, documents } = await buildWorkspace({ 'a.offering': 'calendar Jaar "Jaar" {\n}\n' });
        const root = documents.get('a.offering')!.parseResult.value;
        expect(() => services.workspace.AstNodeDescriptionProvider.createDescription(root, undefined)).toThrow('Node at path  has no name.');
    });
});
