import type { AstNode, AstNodeDescription, BuildOptions, LangiumDocument, LangiumSharedCoreServices, Lexer, Reference, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState } from 'langium';
import type { DocumentFootprint } from './change-impact.js';
import { affectedBy, exportSignature, footprintOf, meaningOf, sameMeaning } from './change-impact.js';
import type { OfferingIndexManager } from './index-manager.js';
import { simpleName } from '../references/names.js';

type CancellationToken = Cancellation.CancellationToken;

type MutableReference = Reference & { _ref?: unknown; _nodeDescription?: unknown };

/**
 * Re-builds what an edit can affect, no more and no less. Langium re-links (and so re-validates)
 * the documents that reference a changed one. Offering's rules reach further and also less far:
 * - when the edited document exports the same names, types and paths, the documents that
 *   reference it keep their links, moved onto the re-parsed nodes instead of resolved again;
 * - an edit that leaves the model the same for everyone else (a title, a comment, layout: the
 *   usual keystroke) re-validates only the edited document;
 * - otherwise also the documents that read it, the documents it refers to (unused
 *   definitions), the programmes its modules are for (year volumes), the other definitions of
 *   its names (duplicates), and every document when it declares policies or groupings, whose
 *   reach runs through chains of references.
 * `test/language/incremental-validation.test.ts` checks that the result equals a build from scratch.
 */
export class OfferingDocumentBuilder extends DefaultDocumentBuilder {

    /** Changed documents whose references from elsewhere are moved, not resolved again, during one update. */
    private linksKept = new Set<string>();
    /** Documents whose links were moved during the update. */
    private movedLinks: LangiumDocument[] = [];
    /** Documents that reference only those and keep their links: moved onto the new nodes after indexing. */
    private keptLinks: LangiumDocument[] = [];
    /** Kept links that could not be moved (never expected): re-linked in the second pass. */
    private failedKeptLinks: LangiumDocument[] = [];
    /** The meaning of each edited document's last text: the "before" of its next edit. */
    private readonly meanings = new Map<string, { text: string; meaning: string | undefined }>();
    /** The edits of an update that was cancelled, for the next one to finish. */
    private unfinished = new Map<string, { uri: URI; before: DocumentFootprint | undefined; deleted: boolean }>();
    /** The documents the first pass of an update builds; undefined outside it. */
    private firstPass: Set<string> | undefined;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onBuildPhase(DocumentState.IndexedContent, () => this.moveKeptLinks());
    }

    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        // An update cancelled by a newer one (typing cancels the tail of the previous keystroke's
        // update) hands its edits on: the files it changed, with their footprints from before.
        const carried = this.unfinished;
        this.unfinished = new Map();
        const allChanged = [...changed];
        const allDeleted = [...deleted];
        const seen = new Set([...changed, ...deleted].map(uri => uri.toString()));
        for (const [key, entry] of carried) {
            if (!seen.has(key) && (entry.deleted || this.langiumDocuments.hasDocument(entry.uri))) {
                (entry.deleted ? allDeleted : allChanged).push(entry.uri);
                seen.add(key);
            }
        }
        const before = new Map<string, DocumentFootprint>();
        for (const uri of [...allChanged, ...allDeleted]) {
            const key = uri.toString();
            const document = this.langiumDocuments.getDocument(uri);
            const footprint = carried.get(key)?.before ?? (document && document.state >= DocumentState.IndexedReferences
                ? footprintOf(document, this.meaningOf(uri, document.parseResult.value.$cstNode?.root.fullText), this.indexManager)
                : undefined);
            if (footprint) {
                before.set(key, footprint);
            }
        }
        try {
            await this.rebuild(allChanged, allDeleted, before, cancelToken);
        } catch (error) {
            allChanged.forEach(uri => this.unfinished.set(uri.toString(), { uri, before: before.get(uri.toString()), deleted: false }));
            allDeleted.forEach(uri => this.unfinished.set(uri.toString(), { uri, before: before.get(uri.toString()), deleted: true }));
            throw error;
        }
    }

    private async rebuild(changed: URI[], deleted: URI[], before: Map<string, DocumentFootprint>, cancelToken: CancellationToken): Promise<void> {
        const newMeaning = new Map<string, string | undefined>();
        for (const uri of changed) {
            newMeaning.set(uri.toString(), this.meaningOf(uri, await this.newText(uri)));
        }
        deleted.forEach(uri => this.meanings.delete(uri.toString()));
        // Links into a changed document can stay (moved onto the new nodes) when it exports the
        // same names of the same types at the same paths: every name then resolves to the same place.
        // Parsing it here costs nothing extra: the build sees the text unchanged and keeps this parse.
        this.linksKept = new Set();
        let sameMeaningEverywhere = true;
        for (const uri of changed) {
            const key = uri.toString();
            const old = before.get(key);
            const document = this.langiumDocuments.getDocument(uri);
            if (!old || !document || !this.serviceRegistry.hasServices(uri)) {
                sameMeaningEverywhere = false;
                continue;
            }
            if (sameMeaning(old, newMeaning.get(key))) {
                this.linksKept.add(key);
                continue;
            }
            sameMeaningEverywhere = false;
            // Not cancellable: a half-done pre-parse would leave the document re-parsed but still indexed as before.
            const none = Cancellation.CancellationToken.None;
            await this.langiumDocumentFactory.update(document, none);
            const services = this.serviceRegistry.getServices(uri);
            if (exportSignature(await services.references.ScopeComputation.collectExportedSymbols(document, none)) === old.exports) {
                this.linksKept.add(key);
            }
        }
        this.keptLinks = [];
        this.movedLinks = [];
        this.failedKeptLinks = [];
        const firstPass = this.firstPass = new Set();
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.firstPass = undefined;
            this.linksKept.clear();
        }

        // Second pass: what the edit affects beyond Langium's own choice.
        const affected = new Set<string>();
        let everything = false;
        const index = this.indexManager as OfferingIndexManager;
        const documentsDefining = (name: string): Iterable<string> => index.definitionsNamed(name).map(description => description.documentUri.toString());
        const added = new Set<string>();
        for (const uri of [...changed, ...deleted]) {
            const key = uri.toString();
            if (sameMeaning(before.get(key), newMeaning.get(key))) {
                // Same names, same references: only the messages that point at its lines elsewhere.
                namesakes(key, before.get(key)!, documentsDefining).forEach(other => affected.add(other));
                continue;
            }
            const document = this.langiumDocuments.getDocument(uri);
            const after = document ? footprintOf(document, undefined, this.indexManager) : undefined;
            after?.names.forEach(name => {
                // A new top-level name can take over references elsewhere only when another definition
                // has it too; nested ones (`Calendar.Period`) are also found by their simple name.
                if (!before.get(key)?.names.has(name) && (name.includes('.') || index.definitionsNamed(name).length > 1)) {
                    added.add(name).add(simpleName(name));
                }
            });
            const others = affectedBy(key, before.get(key), after, documentsDefining);
            if (!others) {
                everything = true;
            }
            others?.forEach(other => affected.add(other));
        }
        // Links that had to change after the first pass (rare: a duplicate name, a link that could
        // not be moved): the first pass validated with the old ones, so validate everything again.
        // Files whose links were moved, not re-linked, still read the new content: validate them.
        if (!sameMeaningEverywhere || deleted.length > 0) {
            this.movedLinks.forEach(document => affected.add(document.uri.toString()));
        }
        this.movedLinks = [];
        const relink = [...this.failedKeptLinks, ...this.shadowed(added, firstPass)];
        this.failedKeptLinks = [];
        const again = relink.length > 0;
        const revalidate = this.langiumDocuments.all
            .filter(document => document.state === DocumentState.Validated && !relink.includes(document)
                && (again || (everything ? !firstPass.has(document.uri.toString()) : affected.has(document.uri.toString()))))
            .toArray();
        revalidate.forEach(document => this.resetToState(document, DocumentState.IndexedReferences));
        relink.forEach(document => this.resetToState(document, DocumentState.ComputedScopes));
        if (revalidate.length + relink.length > 0) {
            await this.buildDocuments([...relink, ...revalidate], this.updateBuildOptions, cancelToken);
        }
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        documents.forEach(document => this.firstPass?.add(document.uri.toString()));
        return super.buildDocuments(documents, options, cancelToken);
    }

    /** Documents that reference changed documents only where their exports stayed the same keep their links. */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        // Langium's rule (linking errors, or references into a changed file), except that links into
        // files whose exports stayed the same are kept and moved.
        // A build cancelled between linking and indexing references leaves links the index does not know about.
        if (hasLinkingErrors(document) || (document.state >= DocumentState.Linked && document.state < DocumentState.IndexedReferences)) {
            return true;
        }
        if (!this.indexManager.isAffected(document, changedUris)) {
            return false;
        }
        if (this.linksKept.size === 0) {
            return true;
        }
        const others = new Set([...changedUris].filter(uri => !this.linksKept.has(uri)));
        if (others.size > 0 && this.indexManager.isAffected(document, others)) {
            return true;
        }
        this.keptLinks.push(document);
        return false;
    }

    /**
     * Points kept links at the re-parsed nodes: same path, type and name (the exports are
     * unchanged, so the paths are too). Anything unexpected falls back to re-linking.
     */
    private moveKeptLinks(): void {
        // Many links share a target (the calendar, its periods, the policy): find each target once.
        const moved = new Map<string, { node: AstNode; description: AstNodeDescription } | null>();
        const exported = new Map<string, Map<string, AstNodeDescription>>();
        for (const document of this.keptLinks) {
            let failed = false;
            for (const reference of document.references as MutableReference[]) {
                const old = reference.$nodeDescription;
                const uri = old?.documentUri.toString();
                if (!old || !uri || !this.linksKept.has(uri)) {
                    continue;
                }
                const key = `${uri}#${old.path}#${old.name}`;
                let target = moved.get(key);
                if (target === undefined) {
                    target = this.findAgain(old, exported) ?? null;
                    moved.set(key, target);
                }
                if (!target) {
                    failed = true;
                    break;
                }
                reference._ref = target.node;
                reference._nodeDescription = target.description;
            }
            (failed ? this.failedKeptLinks : this.movedLinks).push(document);
        }
        this.keptLinks = [];
    }

    /** The re-parsed node at the old path, if it has the old type and name, with a description like the old one. */
    private findAgain(old: AstNodeDescription, exported: Map<string, Map<string, AstNodeDescription>>): { node: AstNode; description: AstNodeDescription } | undefined {
        const uri = old.documentUri.toString();
        const target = this.langiumDocuments.getDocument(old.documentUri);
        if (!target) {
            return undefined;
        }
        const services = this.serviceRegistry.getServices(target.uri);
        const node = services.workspace.AstNodeLocator.getAstNode(target.parseResult.value, old.path);
        const oldName = (old.node as { name?: unknown } | undefined)?.name;
        if (!node || node.$type !== old.type || (node as { name?: unknown }).name !== oldName) {
            return undefined;
        }
        // The index already holds a description of every exported node: reuse it when it carries the same name.
        let byPath = exported.get(uri);
        if (!byPath) {
            byPath = new Map(this.indexManager.allElements(undefined, new Set([uri])).map(description => [description.path, description]));
            exported.set(uri, byPath);
        }
        const indexed = byPath.get(old.path);
        const description = indexed && indexed.name === old.name ? indexed : services.workspace.AstNodeDescriptionProvider.createDescription(node, old.name, target);
        return { node, description };
    }

    /**
     * Documents outside the first pass with a reference to a newly defined name: the new
     * definition may now be the one it resolves to (a duplicate name; Langium re-links only
     * documents that reference the changed files or have unresolved references).
     */
    private shadowed(added: Set<string>, firstPass: Set<string>): LangiumDocument[] {
        if (added.size === 0) {
            return [];
        }
        return this.langiumDocuments.all
            .filter(document => !firstPass.has(document.uri.toString()) && document.state === DocumentState.Validated
                && document.references.some(reference => added.has(reference.$refText) || added.has(simpleName(reference.$refText))))
            .toArray();
    }

    private async newText(uri: URI): Promise<string | undefined> {
        const open = this.textDocuments?.get(uri.toString());
        if (open) {
            return open.getText();
        }
        try {
            return await this.fileSystemProvider.readFile(uri);
        } catch {
            return undefined;
        }
    }

    /** The meaning of a document's text; the last one per document is remembered (it is the next edit's "before"). */
    private meaningOf(uri: URI, text: string | undefined): string | undefined {
        const key = uri.toString();
        const known = this.meanings.get(key);
        if (text !== undefined && known?.text === text) {
            return known.meaning;
        }
        // A document of no language (a closed untitled buffer) has no lexer: nothing to compare.
        if (!this.serviceRegistry.hasServices(uri)) {
            return undefined;
        }
        const meaning = meaningOf(text, this.lexer(uri));
        if (text !== undefined) {
            this.meanings.set(key, { text, meaning });
        }
        return meaning;
    }

    private lexer(uri: URI): Lexer {
        return this.serviceRegistry.getServices(uri).parser.Lexer;
    }
}

/**
 * Whether some reference of the document did not resolve. A validated document says so in its
 * diagnostics, far fewer than its references (Langium scans the references of every document on
 * every edit).
 */
function hasLinkingErrors(document: LangiumDocument): boolean {
    if (document.state >= DocumentState.Validated && document.diagnostics) {
        return document.diagnostics.some(diagnostic => diagnostic.code === 'offering.reference.unresolved');
    }
    return document.references.some(reference => reference.error !== undefined);
}

/** The other documents that define a name the document defines (their duplicate messages point at its lines). */
function namesakes(uri: string, footprint: DocumentFootprint, documentsDefining: (name: string) => Iterable<string>): Set<string> {
    const result = new Set<string>();
    footprint.names.forEach(name => {
        for (const other of documentsDefining(name)) result.add(other);
    });
    result.delete(uri);
    return result;
}
