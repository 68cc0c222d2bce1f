import { EmptyFileSystem } from 'langium';
import { testCodeAction } from 'langium/test';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

let services: OfferingServices;

beforeAll(() => {
    services = createOfferingServices(EmptyFileSystem).Offering;
});

afterEach(() => {
    services.i18n.Messages.locale = 'en';
});

/** Validates the files, takes the one diagnostic with `code` in `file`, and returns its quick fixes as title -> text after applying. */
async function fixes(files: Record<string, string>, file: string, code: string): Promise<Record<string, string>> {
    const ws = await buildWorkspace(files, services);
    const document = ws.documents.get(file)!;
    const diagnostics = (document.diagnostics ?? []).filter(d => (d.data as { code?: string } | undefined)?.code === code);
    expect(diagnostics).toHaveLength(1);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0].range,
        context: { diagnostics },
    }) ?? [];
    const result: Record<string, string> = {};
    for (const action of actions as CodeAction[]) {
        expect(action.kind).toBe('quickfix');
        result[action.title] = TextDocument.applyEdits(document.textDocument, action.edit?.changes?.[document.uri.toString()] ?? []);
    }
    for (const other of ws.documents.values()) {
        await services.shared.workspace.DocumentBuilder.update([], [other.uri]);
    }
    return result;
}

describe('quick fixes', () => {
    test('offering.size.reversed: swap the bandwidth', async () => {
        await testCodeAction(services)(
            'module M size 360..240 SBU { for P }\nprogramme P { module N size 1 EC }',
            'offering.size.reversed',
            'module M size 240..360 SBU { for P }\nprogramme P { module N size 1 EC }');
    });

    test('offering.size.missing-unit: SBU, EC or hours', async () => {
        expect(await fixes({ 'a.offering': 'programme P {\n    module M size 240..360\n}\n' }, 'a.offering', 'offering.size.missing-unit')).toEqual({
            'Add the unit SBU': 'programme P {\n    module M size 240..360 SBU\n}\n',
            'Add the unit EC': 'programme P {\n    module M size 240..360 EC\n}\n',
            'Add the unit hours': 'programme P {\n    module M size 240..360 hours\n}\n',
        });
    });

    test('offering.intake.not-on-period-start: move the intake to the nearest period start', async () => {
        const text = [
            'calendar SJ {',
            '    period B1 from 2026-08-31 to 2026-11-06',
            '    period B2 from 2026-11-09 to 2027-01-29',
            '}',
            'policy Starts { applies to all intakes at period starts }',
            'programme P {',
            '    calendar SJ',
            '    offered by D at L { intake on 2026-11-02 }',
            '}',
            'provider D',
            'location L used by D',
            '',
        ].join('\n');
        expect(await fixes({ 'a.offering': text }, 'a.offering', 'offering.intake.not-on-period-start')).toEqual({
            'Move the intake to the period start 2026-11-09': text.replace('intake on 2026-11-02', 'intake on 2026-11-09'),
        });
    });

    test('offering.policy.all-across-boards: scope the policy to the boards of its folder', async () => {
        const policy = 'board Oost\nprovider Po under Oost\npolicy K { applies to all module size 120..480 SBU }\n';
        const files = {
            'oost/k.offering': policy,
            'west/w.offering': 'board West\nprovider Pw under West\nlocation L under West used by Pw\nprogramme Zorg { level havo years 4..5 offered by Pw at L }\n',
        };
        expect(await fixes(files, 'oost/k.offering', 'offering.policy.all-across-boards')).toEqual({
            'Scope the policy to Oost': policy.replace('applies to all', 'applies to Oost'),
        });
    });

    test('offering.reference.unresolved: create a missing characteristic next to the others', async () => {
        const text = 'characteristic Deeltijd\ngrouping ICT\nprogramme P { in ICT with Versneld, Deeltijd }\n';
        expect(await fixes({ 'a.offering': text }, 'a.offering', 'offering.reference.unresolved')).toEqual({
            'Create characteristic Versneld': 'characteristic Deeltijd\ncharacteristic Versneld\ngrouping ICT\nprogramme P { in ICT with Versneld, Deeltijd }\n',
        });
    });

    test('offering.reference.unresolved: create a missing target group or grouping at the end of the file', async () => {
        expect(await fixes({ 'a.offering': 'programme P { for Volwassenen }' }, 'a.offering', 'offering.reference.unresolved')).toEqual({
            'Create target group Volwassenen': 'programme P { for Volwassenen }\n\ntarget group Volwassenen\n',
        });
        expect(await fixes({ 'a.offering': 'programme P { in ICT }\n' }, 'a.offering', 'offering.reference.unresolved')).toEqual({
            'Create grouping ICT': 'programme P { in ICT }\n\ngrouping ICT\n',
        });
    });

    test('offering.reference.unresolved: a missing policy target becomes a grouping', async () => {
        expect(await fixes({ 'a.offering': 'grouping Zorg\npolicy K { applies to Techniek }\n' }, 'a.offering', 'offering.reference.unresolved')).toEqual({
            'Create grouping Techniek': 'grouping Zorg\ngrouping Techniek\npolicy K { applies to Techniek }\n',
        });
    });

    test('offering.reference.unresolved: nothing to create for other kinds', async () => {
        expect(await fixes({ 'a.offering': 'programme P { calendar Missing }\n' }, 'a.offering', 'offering.reference.unresolved')).toEqual({});
    });

    test('offering.definition.unused: remove the definition with its doc comment and its lines', async () => {
        const text = 'grouping ICT\n/**\n * Not used.\n */\ncharacteristic Oud "Oud"\nprogramme P { in ICT }\n';
        expect(await fixes({ 'a.offering': text }, 'a.offering', 'offering.definition.unused')).toEqual({
            'Remove the unused definition Oud': 'grouping ICT\nprogramme P { in ICT }\n',
        });
    });

    test('offering.offering.duplicate: distinguish with a characteristic from the workspace', async () => {
        const text = [
            'programme P {',
            '    offered by D at L as BOL { intake on 2026-09-01 }',
            '    offered by D at L as BOL { intake on 2027-02-01 }',
            '}',
            'provider D',
            'location L used by D',
            '',
        ].join('\n');
        const result = await fixes({ 'a.offering': text, 'b.offering': 'characteristic Versneld\ncharacteristic Deeltijd\n' }, 'a.offering', 'offering.offering.duplicate');
        expect(result).toEqual({
            'Distinguish this offering with characteristic Deeltijd': text.replace('as BOL { intake on 2027', 'as BOL with Deeltijd { intake on 2027'),
            'Distinguish this offering with characteristic Versneld': text.replace('as BOL { intake on 2027', 'as BOL with Versneld { intake on 2027'),
        });
    });

    test('offering.offering.language-unknown: write the suggested code; none without a suggestion', async () => {
        const text = (language: string) => `provider P location L used by P\nprogramme S { offered by P at L { language ${language} } }\n`;
        expect(await fixes({ 'a.offering': text('nld') }, 'a.offering', 'offering.offering.language-unknown')).toEqual({ 'Write nl': text('nl') });
        expect(await fixes({ 'a.offering': text('xx') }, 'a.offering', 'offering.offering.language-unknown')).toEqual({});
    });

    test('offering.offering.currency-unknown: write the suggested currency', async () => {
        const text = (currency: string) => `provider P location L used by P\nmodule M size 4 hours { offered by P at L { price 10.00 ${currency} } }\n`;
        expect(await fixes({ 'a.offering': text('eur') }, 'a.offering', 'offering.offering.currency-unknown')).toEqual({ 'Write EUR': text('EUR') });
    });

    test('titles follow the user\'s language', async () => {
        services.i18n.Messages.locale = 'nl';
        expect(Object.keys(await fixes({ 'a.offering': 'programme P { module M size 360..240 SBU }' }, 'a.offering', 'offering.size.reversed')))
            .toEqual(['Draai de bandbreedte om naar 240..360']);
    });
});
