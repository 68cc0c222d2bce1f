import type { LangiumDocument } from 'langium';
import { expandToString as s } from 'langium/generate';
import { afterEach, describe, expect, test } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

let services: OfferingServices | undefined;

afterEach(() => {
    if (services) {
        services.i18n.Messages.locale = 'en';
    }
});

/** The hints of one file of a workspace as `line:col label` (1-based, like editors show). */
async function hints(files: Record<string, string>, file = Object.keys(files)[0], locale: 'en' | 'nl' = 'en'): Promise<string[]> {
    const workspace = await buildWorkspace(files);
    services = workspace.services;
    services.i18n.Messages.locale = locale;
    const document = workspace.documents.get(file) as LangiumDocument;
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const result = await services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end },
    }) ?? [];
    return result.map((hint: InlayHint) => `${hint.position.line + 1}:${hint.position.character + 1} ${hint.label}`);
}

describe('inlay hints', () => {
    test('a size in EC shows its SBU equivalent; SBU and hours show nothing', async () => {
        expect(await hints({
            'm.offering': s`
                module A size 7.5 EC
                module B size 5..10 EC
                module C size 240 SBU
                subject D size 40 hours
                policy P { module size 4..20 EC }
            `,
        })).toEqual(['1:21 = 210 SBU', '2:23 = 140..280 SBU', '5:32 = 112..560 SBU']);
    });

    test('a programme\'s years show the summed module sizes per year against the year volume of the policy that governs it, across files', async () => {
        expect(await hints({
            'sd.offering': s`
                programme SD {
                    in ICT
                    level mbo-4
                    years 1..3
                    module A size 240..360 SBU { year 1 }
                    module B size 7.5 EC { years 1, 2 }
                    module C size 100 SBU
                }
                keuzedeel K size 480 SBU { for SD year 2, Other year 1 }
                subject Trip size 40 hours { for SD year 2 }
            `,
            'policy.offering': s`
                grouping Techniek
                grouping ICT within Techniek
                programme Other { years 1 }
                policy Basis { year volume 1600 SBU }
                policy Kaders extends Basis { applies to Techniek at level mbo-4 }
            `,
        })).toEqual([
            '4:15 year 1: 450..570 SBU / norm 1600 SBU · year 2: 690 SBU + 40 hours / norm 1600 SBU · year 3: no modules / norm 1600 SBU',
            '6:25 = 210 SBU',
        ]);
    });

    test('the sum is shown in the norm\'s unit when it converts (SBU -> EC)', async () => {
        expect(await hints({
            'a.offering': s`
                policy P { applies to all year volume 60 EC }
                programme S { years 1 module A size 840 SBU { year 1 } }
            `,
        })).toEqual(['1:44 = 1680 SBU', '2:22 year 1: 30 EC / norm 60 EC']);
    });

    test('a policy whose level filter excludes the programme sets no norm; without norm, sums still show', async () => {
        expect(await hints({
            'a.offering': s`
                policy P { applies to all at level mbo-2 year volume 1600 SBU }
                programme S { level mbo-4 years 1 module A size 240 SBU { year 1 } }
            `,
        })).toEqual(['2:34 year 1: 240 SBU']);
    });

    test('no hint on a programme without modules or norm; in Dutch when the client runs in Dutch', async () => {
        expect(await hints({ 'a.offering': 'programme S { years 1..2 }' })).toEqual([]);
        expect(await hints({
            'a.offering': 'policy P { applies to S year volume 1600 hours }\nprogramme S { years 1 }',
        }, 'a.offering', 'nl')).toEqual(['2:22 jaar 1: geen onderwijseenheden / norm 1600 hours']);
    });

    test('cyclic extends, cyclic groupings and absurd year ranges do not hang; the hint shows the first 12 years', async () => {
        expect(await hints({
            'a.offering': s`
                grouping G within H
                grouping H within G
                policy A extends B { applies to G }
                policy B extends A { year volume 10 SBU }
                programme S { in G years 1..100000 module M size 1 SBU { year 2 } }
            `,
        })).toEqual(['5:35 year 1: no modules / norm 10 SBU · year 2: 1 SBU / norm 10 SBU · year 3: no modules / norm 10 SBU · year 4: no modules / norm 10 SBU · year 5: no modules / norm 10 SBU · year 6: no modules / norm 10 SBU · year 7: no modules / norm 10 SBU · year 8: no modules / norm 10 SBU · year 9: no modules / norm 10 SBU · year 10: no modules / norm 10 SBU · year 11: no modules / norm 10 SBU · year 12: no modules / norm 10 SBU · …']);
    });
});
