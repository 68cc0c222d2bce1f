import type { AstNode, AstNodeDescription, LangiumCoreServices, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, MultiMapScope, WorkspaceCache } from 'langium';
import type { Calendar } from './generated/ast.js';
import { Module, Period, isGroup, isModule, isProgramme, isProgrammeOffering, isTeaching } from './generated/ast.js';
import { LocalScopes } from './offering-local-scopes.js';
import { simpleName } from './offering-names.js';

/**
 * Scoping beyond Langium's defaults:
 * - a period is found by its simple name in the calendar in use (offering, then module,
 *   then programme), by `Calendar.Period` anywhere, and by its simple name when no
 *   calendar is in use (a workspace with one calendar needs no ceremony);
 * - a module a group teaches is found by its simple name among the modules of the
 *   programmes whose students the group takes.
 */
export class OfferingScopeProvider extends DefaultScopeProvider {

    /** Every period of the workspace under its simple name; rebuilt when any document changes. */
    private readonly periodsBySimpleName: WorkspaceCache<string, AstNodeDescription[]>;
    private readonly localScopes: LocalScopes;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.periodsBySimpleName = new WorkspaceCache(services.shared);
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

    /** The whole workspace by name; a name defined twice (an error) resolves the same way whatever the history of edits. */
    override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        return this.globalScopeCache.get(referenceType, () => new FirstPlaceScope(this.indexManager.allElements(referenceType)));
    }

    private periodScope(context: ReferenceInfo): Scope {
        const global = this.getGlobalScope(Period.$type, context);
        const calendar = calendarInUse(context.container);
        if (calendar) {
            return this.createScopeForNodes(calendar.periods, global);
        }
        const bySimpleName = this.periodsBySimpleName.get('all', () =>
            this.indexManager.allElements(Period.$type)
                .map(description => ({ ...description, name: simpleName(description.name) }))
                .toArray()
                .sort(byPlace));
        return this.createScope(bySimpleName, global);
    }

    private taughtModuleScope(context: ReferenceInfo): Scope {
        const outer = this.defaultScope(context);
        const group = AstUtils.getContainerOfType(context.container, isGroup);
        if (!group) {
            return outer;
        }
        const modules = group.members.flatMap(member => member.programme.ref?.modules ?? []);
        return this.createScopeForNodes(modules, outer);
    }
}

/**
 * Among definitions of the same name, the first by file and then position wins, not the first
 * indexed: after edits the index order differs from a fresh build's, the resolution must not.
 */
class FirstPlaceScope extends MultiMapScope {
    override getElement(name: string): AstNodeDescription | undefined {
        const candidates = this.elements.get(name);
        return candidates.length > 1 ? [...candidates].sort(byPlace)[0] : candidates[0] ?? this.outerScope?.getElement(name);
    }
}

function byPlace(a: AstNodeDescription, b: AstNodeDescription): number {
    const ua = a.documentUri.toString();
    const ub = b.documentUri.toString();
    return ua < ub ? -1 : ua > ub ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The calendar that governs a node: the nearest offering, module or programme that names one. */
export function calendarInUse(node: AstNode | undefined): Calendar | undefined {
    for (let current = node; current; current = current.$container) {
        if ((isProgrammeOffering(current) || isModule(current) || isProgramme(current)) && current.calendar?.ref) {
            return current.calendar.ref;
        }
    }
    return undefined;
}
