import type { AstNode, AstNodeDescription, AstReflection, LangiumCoreServices, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DefaultScopeProvider, WorkspaceCache, stream } from 'langium';
import type { Composition, Group } from '../generated/ast.js';
import { Module, Period, isComposition, isGroup, isPeriod, isTeaching } from '../generated/ast.js';
import { calendarInUse } from './calendar-in-use.js';
import type { OfferingIndexManager } from '../workspace/index-manager.js';
import { LocalScopes, NamedLayer } from './local-scopes.js';
import { byPlace, firstTwoByPlace, qualifiedName, simpleName } from './names.js';

/**
 * Scoping beyond Langium's defaults:
 * - a period is found by its simple name in the calendar in use (offering, then module,
 *   then programme), by `Calendar.Period` anywhere, and by its simple name when no
 *   calendar is in use (a workspace with one calendar needs no ceremony);
 * - a module a group teaches is found by its simple name among the modules of the
 *   programmes whose students the group takes.
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

    /** The whole workspace by name, read live from the index (no map rebuilt per edit). */
    override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        return this.globalScopeCache.get(referenceType, () => new IndexScope(this.indexManager as OfferingIndexManager, referenceType, this.reflection));
    }

    private periodScope(context: ReferenceInfo): Scope {
        const global = this.getGlobalScope(Period.$type, context);
        const calendar = calendarInUse(context.container);
        if (calendar) {
            return this.localScopes.ownedScope(calendar, () => this.createScopeForNodes(AstUtils.streamAllContents(calendar).filter(isPeriod)).getAllElements().toArray(), global);
        }
        const bySimpleName = this.periodsBySimpleName.get('all', () =>
            this.indexManager.allElements(Period.$type)
                .map(description => ({ ...description, name: simpleName(description.name) }))
                .toArray()
                .sort(byPlace));
        return this.createScope(bySimpleName, global);
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
            const candidates = this.indexManager.allElements(Period.$type).filter(d => simpleName(d.name) === name).toArray().sort(byPlace);
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
