import { EmptyFileSystem } from 'langium';
import { expandToString as s } from 'langium/generate';
import { parseDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';

/** A document with every construct of the language; its prefixes are what an editor sees while typing. */
const sample = s`
    board DaVinciBestuur "Stichting Da Vinci College" code 100B490
    provider DaVinci "Da Vinci College" code 110A133 under DaVinciBestuur
    location Leerpark "Leerpark" code 110X912 address "Leerparkpromenade 100" under DaVinciBestuur used by DaVinci
    calendar Schooljaar2026 "Schooljaar 2026-2027" {
        period B1 "Blok 1" from 2026-08-31 to 2026-11-06
        period B2 "Blok 2" from 2026-11-09 to 2027-01-29
    }
    grouping Techniek "Techniek"
    grouping ICT "ICT en Media" within Techniek
    characteristic Versneld "Versneld traject" code VERSNELD_PROGRAMMA_VWO
    target group Volwassenen "Volwassenen (LLO)"
    /** Software developers. */
    programme SoftwareDeveloper "Software Developer" {
        crebo 25604
        level mbo-4
        years 1..3
        pathways BOL, BBL
        in ICT
        calendar Schooljaar2026
        offered by DaVinci at Leerpark as BOL with Versneld for Volwassenen {
            intake at B1, B2
            intake flexible from 2026-09-01 to 2027-06-30 registration from 2026-03-01 to 2026-08-15
            intake on 2026-09-01, 2027-02-01
        }
        module Programmeren "Programmeren 1" size 240..360 SBU { year 1 levels mbo-3, mbo-4 intake at B1 }
        module Databases size 7.5..-10 EC
    }
    keuzedeel Robotica "Robotica" code K0713 size 240 SBU { for SoftwareDeveloper year 3 }
    subject Studiereis size 40 hours { for SoftwareDeveloper }
    class ICT1A { during Schooljaar2026.B1, B2 students of SoftwareDeveloper year 1 teaches Programmeren at mbo-4 }
    policy Kaders "Kaders 2026" extends Kaders {
        applies to ICT, SoftwareDeveloper at level mbo-4
        module size 120..480 SBU
        at least 2 intakes per year
        intakes at period starts
        year volume 1600 hours
        keuzedeel volume 720 SBU
    }
`;

describe('editor features on every prefix of a document', () => {
    test('completion, hover, semantic tokens, inlay hints and code lens never throw while the text is being typed', async () => {
        const services = createOfferingServices(EmptyFileSystem).Offering;
        const lsp = services.lsp;
        const failures: string[] = [];
        for (let end = 0; end <= sample.length; end += 7) {
            const text = sample.slice(0, end);
            const document = await parseDocument(services, text);
            const textDocument = { uri: document.uri.toString() };
            const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
            const tail = document.textDocument.positionAt(text.length);
            const middle = document.textDocument.positionAt(Math.floor(text.length / 2));
            try {
                await lsp.CompletionProvider!.getCompletion(document, { textDocument, position: tail });
                await lsp.HoverProvider!.getHoverContent(document, { textDocument, position: middle });
                await lsp.HoverProvider!.getHoverContent(document, { textDocument, position: tail });
                await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
                await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole });
                await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
            } catch (error) {
                failures.push(`prefix of ${end} characters: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
            }
            await services.shared.workspace.DocumentBuilder.update([], [document.uri]);
        }
        expect(failures).toEqual([]);
    });
});
