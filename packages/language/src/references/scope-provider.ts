import type { AstNode, AstNodeDescription, AstNodeDescriptionProvider, AstReflection, LangiumCoreServices, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DefaultScopeProvider, WorkspaceCache, stream } from 'langium';
import type { Composition, Group } from '../generated/ast.js';
import { Module, Period, isComposition, isGroup, isPeriod, isTeaching } from '../generated/ast.js';
import { calendarInUse } from './calendar-in-use.js';
import type { OfferingIndexManager } from '../workspace/index-manager.js';
import { LocalScopes, NamedLayer } from './local-scopes.js';
import { byPlace, firstTwoByPlace, namespaceOf, qualifiedName, simpleName } from './names.js';

/**
 * Scoping beyond Langium's defaults:
 * - a period is found by its simple name in the calendar in use (offering, then module,
 *   then programme), by `Calendar.Period` anywhere, and by its simple name when no
 *   calendar is in use (a workspace with one calendar needs no ceremony);
 * - a module a group teaches is found by its simple name among the modules of the
 *   programmes whose students the group takes;
 * - in a file with `namespace Oost`, a name is looked up as `Oost.Name` first (the
 *   namespace's own definitions, which so shadow global ones), then as written (global
 *   definitions, and other namespaces' by their qualified names `West.Name`): two hashed
 *   lookups, no scan. A period by its simple name without a calendar in use is looked for among
 *   the periods of the reference's own namespace.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultScopeProvider`; `test/language/langium-contract.test.ts`):
 * - the linker resolves a reference as `getScope(info).getElement($refText)`;
 * - Langium's `getScope`: the local symbols of every container of the reference (innermost
 *   first, first match wins), then `getGlobalScope(referenceType, info)` (see `LocalScopes`);
 * - `globalScopeCache` is a `WorkspaceCache`, emptied on every `DocumentBuilder.update`: a global
 *   scope (and what `IndexScope` chose in it) lives for one state of the workspace;
 * - `createScope` and `createScopeForNodes` give a `StreamScope`: its own elements first, then the outer scope.
 */
export class OfferingScopeProvider extends DefaultScopeProvider {

    /** Every period of the workspace under its simple name; rebuilt when any document changes. */
    private readonly periodsBySimpleName: WorkspaceCache<string, AstNodeDescription[]>;
    private readonly localScopes: LocalScopes;
    /**
     * The modules a group can teach, by name, per group: built once per state of the workspace
     * (the programmes behind `students of` live in other files) instead of for every `teaches`,
     * which made a group of n `students of` and n `teaches` link in O(n²) (5,000 each: 63 s).
     */
    private readonly taughtModules: WorkspaceCache<AstNode, NamedLayer>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.periodsBySimpleName = new WorkspaceCache(services.shared);
        this.taughtModules = new WorkspaceCache(services.shared);
        this.localScopes = new LocalScopes(this.reflection);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === Period.$type) {
            return this.periodScope(context);
        }
        if (referenceType === Module.$type && isTeaching(context.container)) {
            return this.taughtModuleScope(context);
        }
        return this.defaultScope(context);
    }

    /** Langium's default (local symbols of every container, then the global scope), looked up by name. */
    private defaultScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        return this.localScopes.scope(context.container, referenceType, this.getGlobalScope(referenceType, context));
    }

    /** The whole workspace by name, read live from the index (no map rebuilt per edit); per namespace of the reference. */
    override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const global = this.globalScopeCache.get(referenceType, () => new IndexScope(this.indexManager as OfferingIndexManager, referenceType, this.reflection));
        const namespace = namespaceOf(context.container);
        if (!namespace) {
            return global;
        }
        return this.globalScopeCache.get(`${referenceType}\u0000${namespace}`, () => new NamespaceScope(global, namespace, this.descriptions));
    }

    /** Every period of the reference's namespace (the global one: of files without one) under its simple name, by place. */
    private periodsInNamespace(namespace: string | undefined): AstNodeDescription[] {
        return this.periodsBySimpleName.get(namespace ?? '', () =>
            this.indexManager.allElements(Period.$type)
                // Index descriptions carry their node (node-descriptions.ts).
                .filter(description => description.node !== undefined && namespaceOf(description.node) === namespace)
                .map(description => ({ ...description, name: simpleName(description.name) }))
                .toArray()
                .sort(byPlace));
    }

    private periodScope(context: ReferenceInfo): Scope {
        const global = this.getGlobalScope(Period.$type, context);
        const calendar = calendarInUse(context.container);
        if (calendar) {
            return this.localScopes.ownedScope(calendar, () => this.createScopeForNodes(AstUtils.streamAllContents(calendar).filter(isPeriod)).getAllElements().toArray(), global);
        }
        return this.createScope(this.periodsInNamespace(namespaceOf(context.container)), global);
    }

    /**
     * The definitions a short reference could equally mean, by qualified name, when there are
     * several (it then resolves to the first by place, so file order would decide); empty when
     * it is qualified or unambiguous. Two places allow it: a period by its simple name with no
     * calendar in use, and a module a group teaches, by its simple name, among the modules of
     * the programmes whose students the group takes.
     */
    ambiguousCandidates(context: ReferenceInfo): string[] {
        const name = context.reference.$refText;
        if (!name || name.includes('.')) {
            return [];
        }
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === Period.$type && !calendarInUse(context.container)) {
            const own = new Set(this.periodsInNamespace(namespaceOf(context.container)).filter(d => d.name === name).map(d => d.path + d.documentUri.toString()));
            const candidates = this.indexManager.allElements(Period.$type).filter(d => own.has(d.path + d.documentUri.toString())).toArray().sort(byPlace);
            return candidates.length > 1 ? candidates.map(d => d.name) : [];
        }
        if (referenceType === Module.$type && isTeaching(context.container)) {
            const owner = teachingOwner(context.container);
            const modules = new Set(owner?.members.flatMap(member => member.programme?.ref?.modules ?? []).filter(module => module.name === name));
            const names = [...modules].map(module => qualifiedName(module)).filter((n): n is string => n !== undefined);
            return names.length > 1 ? [...new Set(names)].sort() : [];
        }
        return [];
    }

    private taughtModuleScope(context: ReferenceInfo): Scope {
        const outer = this.defaultScope(context);
        const owner = teachingOwner(context.container);
        if (!owner) {
            return outer;
        }
        // Error recovery can leave a member without its programme reference.
        const layer = this.taughtModules.get(owner, () => new NamedLayer(owner.members
            .flatMap(member => member.programme?.ref?.modules ?? [])
            .flatMap(module => {
                const name = this.nameProvider.getName(module);
                return name ? [this.descriptions.createDescription(module, name)] : [];
            })));
        return layer.inFrontOf(outer);
    }
}

/**
 * The global scope seen from a file in a namespace: `Name` is the namespace's own `Ns.Name` when
 * there is one, else the global `Name` (or another namespace's, written qualified). All elements
 * (completion) adds the namespace's own definitions under their short names.
 */
class NamespaceScope implements Scope {
    private readonly prefix: string;

    constructor(private readonly global: Scope, namespace: string, private readonly descriptions: AstNodeDescriptionProvider) {
        this.prefix = `${namespace}.`;
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.global.getElement(this.prefix + name) ?? this.global.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const own = this.global.getElements(this.prefix + name).toArray();
        return own.length > 0 ? stream(own) : this.global.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        // Read once: the index's stream may rest on a one-shot iterator.
        const all = this.global.getAllElements().toArray();
        const short = all.filter(description => description.name.startsWith(this.prefix) && description.node !== undefined)
            .map(description => this.descriptions.createDescription(description.node!, description.name.slice(this.prefix.length)));
        return stream(short, all);
    }
}

/** What a `teaches` is taught to: the students of its `during ... { }` block, else of its group. */
function teachingOwner(node: AstNode): Group | Composition | undefined {
    const owner = node.$container;
    return isComposition(owner) || isGroup(owner) ? owner : AstUtils.getContainerOfType(node, isGroup);
}

/** The definitions of one type (or its subtypes) in the index; of a name defined twice (an error), the first by place. */
class IndexScope implements Scope {
    constructor(private readonly index: OfferingIndexManager, private readonly type: string, private readonly reflection: AstReflection) { }

    /** Chosen once per name: this scope lives for one state of the workspace. */
    private readonly chosen = new Map<string, AstNodeDescription | undefined>();

    getElement(name: string): AstNodeDescription | undefined {
        if (!this.chosen.has(name)) {
            const candidates = this.candidates(name);
            this.chosen.set(name, candidates.length > 1 ? firstTwoByPlace(candidates)[0] : candidates[0]);
        }
        return this.chosen.get(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.candidates(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.index.allElements(this.type);
    }

    private candidates(name: string): AstNodeDescription[] {
        return this.index.definitionsNamed(name).filter(description => this.reflection.isSubtype(description.type, this.type));
    }
}
