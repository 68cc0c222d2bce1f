import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogueOfWorkspace } from '../../packages/language/src/lsp/custom-requests.js';
import type { CatalogueResult } from '../../packages/language/src/lsp/protocol.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace, showDiagnostic } from '../helpers.js';

/**
 * The catalogue request (the page's preview and its `settled()`, the extension's preview) used
 * to cancel the update in progress and then only build the documents left unvalidated: the
 * update's second pass never ran, so after a rename across files ict.offering kept "the
 * keuzedelen of SD add up to 0 SBU" although keuzedelen.offering names SD again. In process and
 * without timing: the request is made while the last file's update is between linking and validating.
 */
const example = join(import.meta.dirname, '../../examples/mbo-college');
const names = readdirSync(example).filter(name => name.endsWith('.offering')).sort();

test('a catalogue request made during the last update of a rename waits for it: the diagnostics equal a fresh build', async () => {
    const { shared, Offering } = createOfferingServices(EmptyFileSystem);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const uri = (name: string): URI => URI.parse(`memory:///${name}`);
    const documents = new Map<string, LangiumDocument>();
    for (const name of names) {
        const text = readFileSync(join(example, name), 'utf-8');
        shared.workspace.TextDocuments!.set(TextDocument.create(uri(name).toString(), 'offering', 1, text));
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const diagnostics = (): string[] => names.flatMap(name => (documents.get(name)!.diagnostics ?? []).map(d => showDiagnostic(d, name)));
    expect(diagnostics()).toEqual([]);

    const ict = documents.get('ict.offering')!;
    const position = ict.textDocument.positionAt(ict.textDocument.getText().indexOf('SoftwareDeveloper'));
    const edit = await Offering.lsp.RenameProvider!.rename(ict, { textDocument: { uri: ict.uri.toString() }, position, newName: 'SD' });
    const edited = (name: string): string => TextDocument.applyEdits(documents.get(name)!.textDocument, edit?.changes?.[uri(name).toString()] ?? []);
    const texts = Object.fromEntries(names.map(name => [name, edited(name)]));
    const lock = shared.workspace.WorkspaceLock;
    const change = (name: string): Promise<void> => {
        shared.workspace.TextDocuments!.set(TextDocument.create(uri(name).toString(), 'offering', 2, texts[name]!));
        return lock.write(token => shared.workspace.DocumentBuilder.update([uri(name)], [], token));
    };

    // The declaration's file first, built to the end: ict.offering is validated while its keuzedelen still name the old programme.
    await change('ict.offering');
    expect(diagnostics().filter(line => line.includes('keuzedeel-volume'))).toHaveLength(1);
    await change('generiek.offering');
    await change('groepen.offering');
    // The request arrives while the last file's update runs: its documents are linked, not yet validated.
    let request: Promise<CatalogueResult> | undefined;
    const listener = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Linked, () => {
        request ??= catalogueOfWorkspace(shared, Offering, { allowErrors: true });
    });
    await change('keuzedelen.offering');
    listener.dispose();
    expect(request).toBeDefined();
    const result = await request!;

    const fresh = await buildWorkspace(texts);
    expect(fresh.diagnostics()).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(diagnostics()).toEqual([]);
});
