import type { AstNodeDescription, LangiumDocument, LangiumSharedCoreServices, ReferenceDescription, Stream, URI } from 'langium';
import { Cancellation, DefaultIndexManager, stream } from 'langium';

/**
 * Langium's index, plus two views kept up to date document by document as Langium indexes
 * them: definitions by name (duplicates, global scopes) and references by target (unused
 * definitions, modules that name a programme). The checks used to rebuild such maps from the
 * whole workspace after every edit; an edit now costs in proportion to the edited file.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultIndexManager`; `test/language/langium-contract.test.ts`):
 * - `symbolIndex` (uri -> exported descriptions) changes only through `updateContent` and
 *   `removeContent`, `referenceIndex` (uri -> reference descriptions) only through
 *   `updateReferences` and `removeReferences`; `remove` calls both removals;
 * - `updateContent` stores exactly what `ScopeComputation.collectExportedSymbols` returns;
 * - Langium's `isAffected(document, changedUris)`: some non-local reference description of the
 *   document targets one of `changedUris` (answered here the same, from `referrers`).
 */
export class OfferingIndexManager extends DefaultIndexManager {

    private readonly byName = new Map<string, AstNodeDescription[]>();
    // Sets: a calendar's periods are the target of thousands of references, removed one file at a time.
    private readonly byTarget = new Map<string, Set<ReferenceDescription>>();
    /** Target document -> the other documents that reference it, with how many references. */
    private readonly referrers = new Map<string, Map<string, number>>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    /** Every exported definition with this (qualified) name, in any document. */
    definitionsNamed(name: string): readonly AstNodeDescription[] {
        return this.byName.get(name) ?? [];
    }

    /**
     * As Langium's, but the definitions of one document are looked up, not found by scanning every
     * document of the index: the duplicate-name check asks this for each document, which made
     * validation quadratic in the number of files (20,000 small files: 22 s).
     */
    override allElements(nodeType?: string, uris?: Set<string>): Stream<AstNodeDescription> {
        if (uris?.size === 1) {
            const [uri] = uris;
            return this.symbolIndex.has(uri!) ? stream(this.getFileDescriptions(uri!, nodeType)) : stream([]);
        }
        return super.allElements(nodeType, uris);
    }

    /** Every resolved reference to the node at `path` in the document `uri`. */
    referencesTo(uri: string, path: string): ReadonlySet<ReferenceDescription> {
        return this.byTarget.get(targetKey(uri, path)) ?? NONE;
    }

    /** Langium asks this for every document on every edit: answered from `referrers`, not by scanning the document's references. */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const uri = document.uri.toString();
        for (const changed of changedUris) {
            if (this.referrers.get(changed)?.has(uri)) {
                return true;
            }
        }
        return false;
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.dropNames(document.uri.toString());
        await super.updateContent(document, cancelToken);
        this.addNames(document.uri.toString());
    }

    override removeContent(uri: URI): void {
        this.dropNames(uri.toString());
        super.removeContent(uri);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.dropReferences(document.uri.toString());
        await super.updateReferences(document, cancelToken);
        this.addReferences(document.uri.toString());
    }

    override removeReferences(uri: URI): void {
        this.dropReferences(uri.toString());
        super.removeReferences(uri);
    }

    private addNames(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const list = this.byName.get(description.name);
            list ? list.push(description) : this.byName.set(description.name, [description]);
        }
    }

    private dropNames(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const list = this.byName.get(description.name);
            const rest = list?.filter(other => other !== description);
            rest && rest.length > 0 ? this.byName.set(description.name, rest) : this.byName.delete(description.name);
        }
    }

    private addReferences(uri: string): void {
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            const key = targetKey(reference.targetUri.toString(), reference.targetPath);
            const set = this.byTarget.get(key);
            set ? set.add(reference) : this.byTarget.set(key, new Set([reference]));
            if (!reference.local) {
                this.countReferrer(reference, 1);
            }
        }
    }

    private dropReferences(uri: string): void {
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            const key = targetKey(reference.targetUri.toString(), reference.targetPath);
            const set = this.byTarget.get(key);
            set?.delete(reference);
            if (set?.size === 0) {
                this.byTarget.delete(key);
            }
            if (!reference.local) {
                this.countReferrer(reference, -1);
            }
        }
    }

    private countReferrer(reference: ReferenceDescription, delta: number): void {
        const target = reference.targetUri.toString();
        const source = reference.sourceUri.toString();
        let sources = this.referrers.get(target);
        if (!sources) {
            sources = new Map();
            this.referrers.set(target, sources);
        }
        const count = (sources.get(source) ?? 0) + delta;
        if (count > 0) {
            sources.set(source, count);
        } else {
            sources.delete(source);
        }
    }
}

const NONE: ReadonlySet<ReferenceDescription> = new Set();

function targetKey(uri: string, path: string): string {
    return `${uri}#${path}`;
}
