import type { Diagnostic } from 'vscode-languageserver-types';
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildWorkspace } from '../helpers.js';

const ORG = 'board B "Bestuur" code 100B490\nprovider P "School" code 110A133 under B\n';

/** The diagnostics of one code in one file, as `line:col` and the related places. */
async function related(files: Record<string, string>, file: string, code: string): Promise<Array<{ at: string; related: Diagnostic['relatedInformation'] }>> {
    const workspace = await buildWorkspace(files);
    return (workspace.documents.get(file)!.diagnostics ?? [])
        .filter(d => d.code === code)
        .map(d => ({ at: `${d.range.start.line + 1}:${d.range.start.character + 1}`, related: d.relatedInformation }));
}

describe('related places (LSP relatedInformation): the other place a diagnostic is about', () => {
    test('offering.name.duplicate points at the other definition\'s name, in another file too', async () => {
        const files = { 'a.offering': 'programme A { level mbo-2 years 1 }\n', 'b.offering': '\ngrouping A "G"\n' };
        expect(await related(files, 'a.offering', 'offering.name.duplicate')).toEqual([{
            at: '1:11',
            related: [{ location: { uri: 'memory:/b.offering', range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } } }, message: "the other definition of 'A'" }],
        }]);
        expect(await related(files, 'b.offering', 'offering.name.duplicate')).toEqual([{
            at: '2:10',
            related: [{ location: { uri: 'memory:/a.offering', range: { start: { line: 0, character: 10 }, end: { line: 0, character: 11 } } }, message: "the other definition of 'A'" }],
        }]);
    });

    test('offering.code.duplicate points at the other definition\'s code', async () => {
        const files = { 'a.offering': `${ORG}location L "Gebouw" code 110X912 under B used by P\nlocation L2 "Twee" code 110X912 under B used by P\n` };
        expect(await related(files, 'a.offering', 'offering.code.duplicate')).toEqual([
            { at: '3:26', related: [{ location: { uri: 'memory:/a.offering', range: { start: { line: 3, character: 24 }, end: { line: 3, character: 31 } } }, message: 'the other definition with code 110X912' }] },
            { at: '4:25', related: [{ location: { uri: 'memory:/a.offering', range: { start: { line: 2, character: 25 }, end: { line: 2, character: 32 } } }, message: 'the other definition with code 110X912' }] },
        ]);
    });

    test('offering.offering.duplicate points at the first of the identical offerings', async () => {
        const text = fs.readFileSync(new URL('../../examples/errors/offering-duplicate.offering', import.meta.url), 'utf-8');
        expect(await related({ 'a.offering': text }, 'a.offering', 'offering.offering.duplicate')).toEqual([{
            at: '17:5',
            related: [{ location: { uri: 'memory:/a.offering', range: { start: { line: 13, character: 4 }, end: { line: 13, character: 11 } } }, message: 'the same offering, given before' }],
        }]);
    });

    test('offering.offering.same-crebo points at the other programme\'s offering', async () => {
        const text = fs.readFileSync(new URL('../../examples/errors/offering-same-crebo.offering', import.meta.url), 'utf-8');
        const message = 'the other offering with crebo 25604';
        expect(await related({ 'a.offering': text }, 'a.offering', 'offering.offering.same-crebo')).toEqual([
            { at: '14:5', related: [{ location: { uri: 'memory:/a.offering', range: { start: { line: 22, character: 4 }, end: { line: 22, character: 11 } } }, message }] },
            { at: '23:5', related: [{ location: { uri: 'memory:/a.offering', range: { start: { line: 13, character: 4 }, end: { line: 13, character: 11 } } }, message }] },
        ]);
    });

    test('in Dutch when the messages are Dutch', async () => {
        const workspace = await buildWorkspace({});
        workspace.services.i18n.Messages.locale = 'nl';
        const dutch = await buildWorkspace({ 'a.offering': 'programme A { level mbo-2 years 1 }\ngrouping A "G"\n' }, workspace.services);
        expect(dutch.documents.get('a.offering')!.diagnostics!.find(d => d.code === 'offering.name.duplicate')!.relatedInformation![0]!.message).toBe("de andere definitie van 'A'");
    });

    test('a diagnostic without another place has none', async () => {
        expect(await related({ 'a.offering': 'programme A { level mbo-2 years 1 }\n' }, 'a.offering', 'offering.definition.unused')).toEqual([]);
        const workspace = await buildWorkspace({ 'a.offering': 'characteristic X\n' });
        expect(workspace.documents.get('a.offering')!.diagnostics!.map(d => [d.code, d.relatedInformation])).toEqual([['offering.definition.unused', undefined]]);
    });
});
