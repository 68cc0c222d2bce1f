import type { BuildOptions, LangiumDocument, LangiumSharedCoreServices, Lexer, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Cancellation, DefaultDocumentBuilder, DocumentState } from 'langium';
import type { DocumentFootprint } from './change-impact.js';
import { affectedBy, exportSignature, footprintOf, meaningOf, onlyPoliciesChanged, sameMeaning } from './change-impact.js';
import type { RuleGroupOptions } from './rule-groups.js';
import { POLICY_RULES } from './rule-groups.js';
import type { OfferingIndexManager } from './index-manager.js';
import { LinkMover } from './link-mover.js';
import { simpleName } from '../references/names.js';

type CancellationToken = Cancellation.CancellationToken;

/**
 * The state of one `update()`: made by it, gone when it returns. Langium's first pass reaches it
 * through the builder's overrides (`shouldRelink`, `buildDocuments`, the IndexedContent listener).
 */
class UpdateState {
    /** Changed documents that export the same names, types and paths as before: links into them are moved, not resolved again. */
    readonly documentsWithStableExports = new Set<string>();
    /** Every changed document was fully built and its new text means the same (only titles, addresses, comments or layout changed). */
    sameMeaningEverywhere = true;
    /** Documents whose links into changed documents all point into ones with stable exports: `shouldRelink` lets them keep their links. */
    readonly documentsKeepingLinks: LangiumDocument[] = [];
    /** Documents whose kept links were moved onto the re-parsed nodes: not re-linked, so not re-validated by the first pass. */
    readonly documentsWithMovedLinks: LangiumDocument[] = [];
    /** Documents with a kept link that could not be moved (never expected): re-linked in the second pass. */
    readonly documentsFailingToMove: LangiumDocument[] = [];
    /** The documents Langium's first pass builds. */
    readonly firstPassDocuments = new Set<string>();

    constructor(
        readonly changed: URI[],
        readonly deleted: URI[],
        /** The footprint of each changed or deleted document before the edit (absent when it was not fully built). */
        readonly before: Map<string, DocumentFootprint>,
        /** The meaning of each changed document's new text. */
        readonly newMeaning: Map<string, string | undefined>,
    ) { }
}

/**
 * Re-builds what an edit can affect, no more and no less. Langium re-links (and so re-validates)
 * the documents that reference a changed one. Offering's rules reach further and also less far:
 * - when the edited document exports the same names, types and paths, the documents that
 *   reference it keep their links, moved onto the re-parsed nodes (`LinkMover`) instead of resolved again;
 * - an edit that leaves the model the same for everyone else (a title, a comment, layout: the
 *   usual keystroke) re-validates only the edited document;
 * - otherwise also the documents that read it, the documents it refers to (unused
 *   definitions), the programmes its modules are for (year volumes), the other definitions of
 *   its names (duplicates), and every document when it declares policies or groupings, whose
 *   reach runs through chains of references;
 * - an edit that changes only what policies say (`onlyPoliciesChanged`) re-runs in the documents
 *   outside the first pass only the `policy` rule group and keeps their other diagnostics.
 * One update runs Langium's `update` (the first pass), then builds what that left out (the second pass).
 * `test/language/incremental-validation.test.ts` checks that the result equals a build from scratch.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultDocumentBuilder`; `test/language/langium-contract.test.ts`):
 * - `update` resets the changed documents to `Changed`, calls `shouldRelink(document, changedUris)`
 *   for every other document (before building anything) and resets those it answers true for to
 *   `ComputedScopes`; the others, when validated and complete, are not built at all;
 * - `update` builds through `buildDocuments`, which runs the phases in the order Parsed,
 *   IndexedContent, ComputedScopes, Linked, IndexedReferences, Validated, each for all documents
 *   before the next, and calls the `onBuildPhase` listeners when a phase is done: the
 *   IndexedContent listener runs after every changed document is re-parsed and re-indexed and
 *   before any document is linked;
 * - `LangiumDocumentFactory.update` keeps the parse when the text is unchanged, so the pre-parse
 *   here is the one the build uses;
 * - `resetToState(document, state)` undoes the phases from `state` on (IndexedReferences: the
 *   diagnostics and build state; ComputedScopes: also the links and indexed references) and
 *   lowers the document's state to `state`;
 * - `buildDocuments` runs each phase through `runCancelable(documents, state, ...)`, in the
 *   order of `documents`, and the language server publishes a document's diagnostics when it
 *   reaches Validated (`test/language/open-first.test.ts`);
 * - `validate(document, token)` validates with `findMissingValidationCategories(document, options)`
 *   and records them in `buildState.get(uri).result.validationChecks`; after `resetToState`
 *   to IndexedReferences a document misses the build options' categories again.
 */
export class OfferingDocumentBuilder extends DefaultDocumentBuilder {

    // Across updates.
    /** The meaning of each document's last known text: the "before" of its next edit. */
    private readonly lastMeanings = new Map<string, { text: string; meaning: string | undefined }>();
    /** The edits of an update that was cancelled, for the next one to finish. */
    private unfinishedEdits = new Map<string, { uri: URI; before: DocumentFootprint | undefined; deleted: boolean }>();

    // Within one update.
    /** The update whose first pass (Langium's `update`) is running; undefined outside it. */
    private firstPassOf: UpdateState | undefined;
    /** Documents whose policy rule group alone the second pass re-runs, with their diagnostics from before. */
    private readonly policyRuns = new Map<string, Diagnostic[]>();

    /** How often updates took the policy-only path, and the documents it re-ran the policy group of (read by tests and bench/). */
    readonly ruleGroupStats = { policyOnlyUpdates: 0, policyOnlyDocuments: 0 };

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onBuildPhase(DocumentState.IndexedContent, () => this.moveKeptLinks());
    }

    /** Edits of a cancelled update that no later update has finished yet: `update([], [])` finishes them. */
    get hasUnfinishedEdits(): boolean {
        return this.unfinishedEdits.size > 0;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        // An update cancelled by a newer one (typing cancels the tail of the previous keystroke's
        // update) hands its edits on: the files it changed, with their footprints from before.
        const carried = this.unfinishedEdits;
        this.unfinishedEdits = new Map();
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
            allChanged.forEach(uri => this.unfinishedEdits.set(uri.toString(), { uri, before: before.get(uri.toString()), deleted: false }));
            allDeleted.forEach(uri => this.unfinishedEdits.set(uri.toString(), { uri, before: before.get(uri.toString()), deleted: true }));
            throw error;
        }
    }

    private async rebuild(changed: URI[], deleted: URI[], before: Map<string, DocumentFootprint>, cancelToken: CancellationToken): Promise<void> {
        const newMeaning = new Map<string, string | undefined>();
        for (const uri of changed) {
            newMeaning.set(uri.toString(), this.meaningOf(uri, await this.newText(uri)));
        }
        deleted.forEach(uri => this.lastMeanings.delete(uri.toString()));
        const state = new UpdateState(changed, deleted, before, newMeaning);
        await this.findStableExports(state);
        this.firstPassOf = state;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.firstPassOf = undefined;
        }
        await this.secondPass(state, cancelToken);
    }

    /**
     * Links into a changed document can stay (moved onto the new nodes) when it exports the
     * same names of the same types at the same paths: every name then resolves to the same place.
     * Parsing it here costs nothing extra: the build sees the text unchanged and keeps this parse.
     */
    private async findStableExports(state: UpdateState): Promise<void> {
        for (const uri of state.changed) {
            const key = uri.toString();
            const old = state.before.get(key);
            const document = this.langiumDocuments.getDocument(uri);
            if (!old || !document || !this.serviceRegistry.hasServices(uri)) {
                state.sameMeaningEverywhere = false;
                continue;
            }
            if (sameMeaning(old, state.newMeaning.get(key))) {
                state.documentsWithStableExports.add(key);
                continue;
            }
            state.sameMeaningEverywhere = false;
            // Not cancellable: a half-done pre-parse would leave the document re-parsed but still indexed as before.
            const none = Cancellation.CancellationToken.None;
            await this.langiumDocumentFactory.update(document, none);
            const services = this.serviceRegistry.getServices(uri);
            if (exportSignature(await services.references.ScopeComputation.collectExportedSymbols(document, none)) === old.exports) {
                state.documentsWithStableExports.add(key);
            }
        }
    }

    /** What the edit affects beyond Langium's own choice. */
    private async secondPass(state: UpdateState, cancelToken: CancellationToken): Promise<void> {
        const { changed, deleted, before, newMeaning, firstPassDocuments } = state;
        const affected = new Set<string>();
        let everything = false;
        // Every edit of meaning changed only what policies say: elsewhere only the policy group re-runs.
        let policiesOnly = deleted.length === 0;
        let policiesChanged = false;
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
            const old = before.get(key);
            const policyEdit = onlyPoliciesChanged(old, after);
            policiesOnly &&= policyEdit;
            policiesChanged ||= policyEdit;
            // A policy-only edit reaches everyone's policy checks (below); its other reasons as for any edit.
            const others = policyEdit ? affectedBy(key, { ...old!, governs: false }, { ...after!, governs: false }, documentsDefining)
                : affectedBy(key, old, after, documentsDefining);
            if (!others) {
                everything = true;
            }
            others?.forEach(other => affected.add(other));
        }
        // Only what policies say changed (same exports, the rest token for token in the same place):
        // only the policy checks read that, through `extends` links too.
        const policyEditsOnly = policiesChanged && policiesOnly && !everything;
        // Files whose links were moved, not re-linked, still read the new content: validate them.
        if ((!state.sameMeaningEverywhere || deleted.length > 0) && !policyEditsOnly) {
            state.documentsWithMovedLinks.forEach(document => affected.add(document.uri.toString()));
        }
        // Links that had to change after the first pass (rare: a duplicate name, a link that could
        // not be moved): the first pass validated with the old ones, so validate everything again.
        const relink = [...state.documentsFailingToMove, ...this.shadowed(added, firstPassDocuments)];
        const again = relink.length > 0;
        const policyGroupOnly = policyEditsOnly && !again;
        const revalidate = this.langiumDocuments.all
            .filter(document => document.state === DocumentState.Validated && !relink.includes(document)
                && (again || everything || policyGroupOnly ? !firstPassDocuments.has(document.uri.toString()) : affected.has(document.uri.toString())))
            .toArray();
        if (policyGroupOnly) {
            this.ruleGroupStats.policyOnlyUpdates++;
            revalidate.filter(document => !affected.has(document.uri.toString()) && document.diagnostics)
                .forEach(document => this.policyRuns.set(document.uri.toString(), document.diagnostics!));
            this.ruleGroupStats.policyOnlyDocuments += this.policyRuns.size;
        }
        revalidate.forEach(document => this.resetToState(document, DocumentState.IndexedReferences));
        relink.forEach(document => this.resetToState(document, DocumentState.ComputedScopes));
        try {
            if (revalidate.length + relink.length > 0) {
                await this.buildDocuments([...relink, ...revalidate], this.updateBuildOptions, cancelToken);
            }
        } finally {
            // A cancelled build leaves these documents unvalidated: the next update validates them in full.
            this.policyRuns.clear();
        }
    }

    /**
     * Langium's, except that a document in `policyRuns` re-runs only the policy rule group and
     * keeps its other diagnostics (the validator merges them).
     */
    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const previous = this.policyRuns.get(document.uri.toString());
        if (!previous) {
            return super.validate(document, cancelToken);
        }
        const validator = this.serviceRegistry.getServices(document.uri).validation.DocumentValidator;
        const options = this.getBuildOptions(document);
        const categories = this.findMissingValidationCategories(document, options);
        const validationOptions: RuleGroupOptions = { ...(typeof options.validation === 'object' ? options.validation : {}), categories, ruleGroup: POLICY_RULES, previous };
        document.diagnostics = await validator.validateDocument(document, validationOptions, cancelToken);
        const buildState = this.buildState.get(document.uri.toString());
        if (buildState) {
            buildState.result = { ...buildState.result, validationChecks: categories };
        }
    }

    /** Records what the first pass builds (the second pass builds the rest). */
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        const firstPass = this.firstPassOf?.firstPassDocuments;
        documents.forEach(document => firstPass?.add(document.uri.toString()));
        return super.buildDocuments(documents, options, cancelToken);
    }

    /**
     * Validates the documents open in the editor first: every document is linked and indexed
     * before any is validated, so the open file's diagnostics are final and published (Langium
     * publishes per validated document) before the rest of the workspace is checked. Langium
     * sorts open documents first only in `update`, not in the start-up `build`, which runs
     * before the editor says which file it opened.
     */
    protected override runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken,
        callback: (document: LangiumDocument) => unknown): Promise<void> {
        return super.runCancelable(targetState === DocumentState.Validated ? this.openFirst(documents) : documents, targetState, cancelToken, callback);
    }

    private openFirst(documents: LangiumDocument[]): LangiumDocument[] {
        const open: LangiumDocument[] = [];
        const closed: LangiumDocument[] = [];
        documents.forEach(document => (this.textDocuments?.get(document.uri.toString()) ? open : closed).push(document));
        return open.length === 0 || closed.length === 0 ? documents : [...open, ...closed];
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
        const state = this.firstPassOf;
        if (!state || state.documentsWithStableExports.size === 0) {
            return true;
        }
        const unstable = new Set([...changedUris].filter(uri => !state.documentsWithStableExports.has(uri)));
        if (unstable.size > 0 && this.indexManager.isAffected(document, unstable)) {
            return true;
        }
        state.documentsKeepingLinks.push(document);
        return false;
    }

    /** After the changed documents are re-indexed, before linking: moves the kept links onto the re-parsed nodes. */
    private moveKeptLinks(): void {
        const state = this.firstPassOf;
        if (!state || state.documentsKeepingLinks.length === 0) {
            return;
        }
        const mover = new LinkMover(this.langiumDocuments, this.serviceRegistry, this.indexManager, state.documentsWithStableExports);
        for (const document of state.documentsKeepingLinks.splice(0)) {
            (mover.moveLinks(document) ? state.documentsWithMovedLinks : state.documentsFailingToMove).push(document);
        }
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
        const known = this.lastMeanings.get(key);
        if (text !== undefined && known?.text === text) {
            return known.meaning;
        }
        // A document of no language (a closed untitled buffer) has no lexer: nothing to compare.
        if (!this.serviceRegistry.hasServices(uri)) {
            return undefined;
        }
        const meaning = meaningOf(text, this.lexer(uri));
        if (text !== undefined) {
            this.lastMeanings.set(key, { text, meaning });
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
