import type { AstNode, AstNodeDescription, AstNodeDescriptionProvider, AstNodeLocator, IndexManager, LangiumDocument, LangiumDocuments, Reference, ReferenceInfo } from 'langium';
import { DefaultLinker, DocumentState, isAstNode, URI } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { simpleName } from './offering-names.js';

/** Where a reference pointed when its document was last linked, and under which set of exported names. */
interface LinkMemo {
    exportsVersion: number;
    documentUri: string;
    path: string;
    name: string;
    type: string;
}

type MutableReference = Reference & { _ref?: unknown; _nodeDescription?: AstNodeDescription };

/**
 * Re-links cheaply. An edit in a file that every other file references (the calendar, the
 * policy) makes Langium unlink and re-resolve every reference into it through the scopes,
 * although the names rarely change. When the workspace exports exactly the same names as when
 * a reference was resolved, its target is found again by its path in the re-parsed document
 * (same type, same name) instead of a scope lookup, so references still point at the new nodes
 * and validation sees the new content. Any doubt falls back to Langium's resolution.
 */
export class OfferingLinker extends DefaultLinker {

    private readonly memos = new WeakMap<Reference, LinkMemo>();
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly descriptions: AstNodeDescriptionProvider;
    /** Per document the exported (type, name) pairs; undefined until the first link. */
    private signatures: Map<string, string> | undefined;
    private version = 0;
    private readonly uris = new Map<string, URI>();

    constructor(services: LangiumServices) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        const builder = services.shared.workspace.DocumentBuilder;
        // Only re-indexed documents can change the exports: compare theirs, O(changed files).
        builder.onDocumentPhase(DocumentState.IndexedContent, document => {
            if (this.signatures && this.signatures.get(document.uri.toString()) !== this.signatureOf(document.uri.toString())) {
                this.signatures.set(document.uri.toString(), this.signatureOf(document.uri.toString()));
                this.version++;
            }
        });
        builder.onUpdate((_changed, deleted) => {
            if (deleted.length > 0) {
                this.signatures = undefined;
                this.version++;
            }
        });
    }

    private signatureOf(uri: string): string {
        return this.indexManager.allElements(undefined, new Set([uri]))
            .map(description => `${description.type}\u0000${description.name}`)
            .join('\n');
    }

    /** A number that changes whenever the set of exported (type, name, file) changes. */
    private exportsVersion(): number {
        if (!this.signatures) {
            this.signatures = new Map(this.documents.all.map(document => [document.uri.toString(), this.signatureOf(document.uri.toString())]));
            this.version++;
        }
        return this.version;
    }

    override doLink(refInfo: ReferenceInfo, document: LangiumDocument): void {
        const reference = refInfo.reference as MutableReference;
        if (!('_ref' in reference) || reference._ref !== undefined) {
            super.doLink(refInfo, document);
            return;
        }
        const version = this.exportsVersion();
        const memo = this.memos.get(reference);
        const target = memo && memo.exportsVersion === version ? this.findAgain(memo) : undefined;
        if (target) {
            reference._nodeDescription = target.description;
            reference._ref = target.node;
            document.references.push(reference);
            return;
        }
        super.doLink(refInfo, document);
        const description = reference._nodeDescription;
        const linked: unknown = reference._ref;
        if (description && isAstNode(linked)) {
            this.memos.set(reference, {
                exportsVersion: version,
                documentUri: description.documentUri.toString(),
                path: description.path,
                name: description.name,
                type: linked.$type,
            });
        } else {
            this.memos.delete(reference);
        }
    }

    /** The node at the remembered path, if it is still of the same type and name. */
    private findAgain(memo: LinkMemo): { node: AstNode; description: AstNodeDescription } | undefined {
        const document = this.documents.getDocument(this.uriOf(memo.documentUri));
        if (!document || document.state < DocumentState.IndexedContent) {
            return undefined;
        }
        const node = this.locator.getAstNode(document.parseResult.value, memo.path) as (AstNode & { name?: unknown }) | undefined;
        if (!node || node.$type !== memo.type || node.name !== simpleName(memo.name)) {
            return undefined;
        }
        return { node, description: this.descriptions.createDescription(node, memo.name, document) };
    }

    private uriOf(text: string): URI {
        let uri = this.uris.get(text);
        if (!uri) {
            uri = URI.parse(text);
            this.uris.set(text, uri);
        }
        return uri;
    }
}
