import type { AstNode, AstNodeDescription, IndexManager, LangiumDocument, LangiumDocuments, Reference, ServiceRegistry } from 'langium';

/**
 * Re-points resolved references at the re-parsed nodes of documents whose exports did not
 * change, instead of resolving them again (see `OfferingDocumentBuilder`). A target is the
 * re-parsed node at the old path, if it has the old type and name; anything else is a failure
 * and the caller re-links the document.
 *
 * The only code that writes Langium's reference internals.
 * Relies on (checked against Langium 4.4.0, `DefaultReferenceImpl` in `references/linker.ts`;
 * `test/language/langium-contract.test.ts`):
 * - a linked reference is an object with own fields `_ref` (the target node, or a linking
 *   error) and `_nodeDescription` (the description it was resolved through);
 * - `ref` returns `_ref` as is when it is an AST node (no second look-up), `$nodeDescription`
 *   returns `_nodeDescription`, and `error` is derived from `_ref`;
 * - `Linker.unlink` resets both fields, so a document that fails here is re-linked cleanly.
 */
export class LinkMover {

    /** Many links share a target (the calendar, its periods, the policy): each target is found once. */
    private readonly targets = new Map<string, Target | null>();
    /** Per target document, the index's descriptions of its exports by path. */
    private readonly exportsByPath = new Map<string, Map<string, AstNodeDescription>>();

    /** `from`: the URIs of the re-parsed documents whose links are moved; links elsewhere are left alone. */
    constructor(private readonly documents: LangiumDocuments, private readonly serviceRegistry: ServiceRegistry,
        private readonly indexManager: IndexManager, private readonly from: ReadonlySet<string>) { }

    /**
     * Moves every link of the document into a `from` document onto the re-parsed node. False when
     * one target is not found again (never expected): the links before it are moved already, so
     * the document must then be re-linked.
     */
    moveLinks(document: LangiumDocument): boolean {
        for (const reference of document.references as LinkedReference[]) {
            const old = reference.$nodeDescription;
            const uri = old?.documentUri.toString();
            if (!old || !uri || !this.from.has(uri)) {
                continue;
            }
            const key = `${uri}#${old.path}#${old.name}`;
            let target = this.targets.get(key);
            if (target === undefined) {
                target = this.findAgain(old) ?? null;
                this.targets.set(key, target);
            }
            if (!target) {
                return false;
            }
            reference._ref = target.node;
            reference._nodeDescription = target.description;
        }
        return true;
    }

    /** The re-parsed node at the old path, if it has the old type and name, with a description like the old one. */
    private findAgain(old: AstNodeDescription): Target | undefined {
        const uri = old.documentUri.toString();
        const document = this.documents.getDocument(old.documentUri);
        if (!document) {
            return undefined;
        }
        const services = this.serviceRegistry.getServices(document.uri);
        const node = services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, old.path);
        const oldName = (old.node as { name?: unknown } | undefined)?.name;
        if (!node || node.$type !== old.type || (node as { name?: unknown }).name !== oldName) {
            return undefined;
        }
        // The index already holds a description of every exported node: reuse it when it carries the same name.
        let byPath = this.exportsByPath.get(uri);
        if (!byPath) {
            byPath = new Map(this.indexManager.allElements(undefined, new Set([uri])).map(description => [description.path, description]));
            this.exportsByPath.set(uri, byPath);
        }
        const indexed = byPath.get(old.path);
        const description = indexed && indexed.name === old.name ? indexed : services.workspace.AstNodeDescriptionProvider.createDescription(node, old.name, document);
        return { node, description };
    }
}

interface Target {
    node: AstNode;
    description: AstNodeDescription;
}

/** Langium's `DefaultReferenceImpl` as the link mover writes it. */
type LinkedReference = Reference & { _ref?: unknown; _nodeDescription?: unknown };
