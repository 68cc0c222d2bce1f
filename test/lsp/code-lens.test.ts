import type { LangiumDocument } from 'langium';
import { expandToString as s } from 'langium/generate';
import { afterEach, describe, expect, test } from 'vitest';
import type { CodeLens, Location } from 'vscode-languageserver';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

let services: OfferingServices | undefined;

afterEach(() => {
    if (services) {
        services.i18n.Messages.locale = 'en';
    }
});

const at = (location: Location) => `${location.uri.replace(/^memory:\/+/, '')}:${location.range.start.line + 1}:${location.range.start.character + 1}`;

/** The lenses of one file as `line:col title -> file:line:col, ...` (1-based). */
async function lenses(files: Record<string, string>, file = Object.keys(files)[0], locale: 'en' | 'nl' = 'en'): Promise<string[]> {
    const workspace = await buildWorkspace(files);
    services = workspace.services;
    services.i18n.Messages.locale = locale;
    const document = workspace.documents.get(file) as LangiumDocument;
    const result: CodeLens[] = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    return result.map(lens => {
        const [uri, position, locations] = lens.command!.arguments as [string, { line: number; character: number }, Location[]];
        expect(lens.command!.command).toBe('editor.action.showReferences');
        expect(uri).toBe(document.uri.toString());
        expect(position).toEqual(lens.range.start);
        return `${lens.range.start.line + 1}:${lens.range.start.character + 1} ${lens.command!.title} -> ${locations.map(at).join(', ')}`;
    });
}

const definitions = s`
    grouping Techniek
    grouping ICT within Techniek
    characteristic Versneld
    target group Volw
    provider P
    location L used by P
    keuzedeel Rob size 240 SBU { for SD year 3, MT years 2..3 }
    subject Trip size 40 hours
`;

const programmes = s`
    programme SD {
        in ICT
        with Versneld
        offered by P at L with Versneld for Volw { }
        module Prog size 240 SBU
    }
    programme MT { in ICT }
    policy K { applies to Techniek }
`;

describe('code lens: used by N programmes', () => {
    test('on groupings, characteristics, target groups and modules, with the places that use them, across files', async () => {
        expect(await lenses({ 'defs.offering': definitions, 'programmes.offering': programmes })).toEqual([
            '1:10 used by no programme -> ',
            '2:10 used by 2 programmes -> programmes.offering:2:8, programmes.offering:7:19',
            '3:16 used by 1 programme -> programmes.offering:3:10, programmes.offering:4:28',
            '4:14 used by 1 programme -> programmes.offering:4:41',
            '7:11 used by 2 programmes -> defs.offering:7:34, defs.offering:7:45',
            '8:9 used by no programme -> ',
        ]);
    });

    test('a module inside a programme belongs to it', async () => {
        expect(await lenses({ 'defs.offering': definitions, 'programmes.offering': programmes }, 'programmes.offering')).toEqual([
            '5:12 used by 1 programme -> programmes.offering:1:11',
        ]);
    });

    test('in Dutch', async () => {
        expect(await lenses({ 'defs.offering': definitions, 'programmes.offering': programmes }, 'defs.offering', 'nl')).toEqual([
            '1:10 door geen opleiding gebruikt -> ',
            '2:10 gebruikt door 2 opleidingen -> programmes.offering:2:8, programmes.offering:7:19',
            '3:16 gebruikt door 1 opleiding -> programmes.offering:3:10, programmes.offering:4:28',
            '4:14 gebruikt door 1 opleiding -> programmes.offering:4:41',
            '7:11 gebruikt door 2 opleidingen -> defs.offering:7:34, defs.offering:7:45',
            '8:9 door geen opleiding gebruikt -> ',
        ]);
    });

    test('unresolved references and nameless definitions give no lens and no error', async () => {
        expect(await lenses({ 'a.offering': 'keuzedeel K { for Missing }\ngrouping\nprogramme P { in Nowhere }' })).toEqual([
            '1:11 used by no programme -> ',
        ]);
    });
});
