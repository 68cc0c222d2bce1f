// The documents open in the editor are validated (and so published) before the rest of the workspace.
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';

const files: Record<string, string> = {
    'a.offering': 'calendar A "A" {\n}\n',
    'b.offering': 'calendar B "B" {\n}\n',
    'c.offering': 'calendar C "C" {\n}\n',
};

async function order(open: string[]): Promise<{ linked: string[]; validated: string[] }> {
    const { shared } = createOfferingServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    for (const name of open) {
        shared.workspace.TextDocuments!.set(TextDocument.create(`memory:///${name}`, 'offering', 1, files[name]!));
    }
    const seen = { linked: [] as string[], validated: [] as string[] };
    const name = (uri: URI) => uri.path.slice(1);
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => void seen.linked.push(name(document.uri)));
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => void seen.validated.push(name(document.uri)));
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return seen;
}

describe('open documents first', () => {
    test('an open document is validated first, once every document is linked', async () => {
        expect(await order(['c.offering'])).toEqual({
            linked: ['a.offering', 'b.offering', 'c.offering'],
            validated: ['c.offering', 'a.offering', 'b.offering'],
        });
    });

    test('without open documents, or with all open, the order is the build\'s', async () => {
        expect((await order([])).validated).toEqual(['a.offering', 'b.offering', 'c.offering']);
        expect((await order(['b.offering', 'a.offering', 'c.offering'])).validated).toEqual(['a.offering', 'b.offering', 'c.offering']);
    });
});
