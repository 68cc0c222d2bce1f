import type { AstNode, AstNodeDescription, LangiumCoreServices, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, WorkspaceCache } from 'langium';
import type { Calendar } from './generated/ast.js';
import { Module, Period, isGroup, isModule, isProgramme, isProgrammeOffering, isTeaching } from './generated/ast.js';
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

    constructor(services: LangiumCoreServices) {
        super(services);
        this.periodsBySimpleName = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === Period.$type) {
            return this.periodScope(context);
        }
        if (referenceType === Module.$type && isTeaching(context.container)) {
            return this.taughtModuleScope(context);
        }
        return super.getScope(context);
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
                .toArray());
        return this.createScope(bySimpleName, global);
    }

    private taughtModuleScope(context: ReferenceInfo): Scope {
        const outer = super.getScope(context);
        const group = AstUtils.getContainerOfType(context.container, isGroup);
        if (!group) {
            return outer;
        }
        const modules = group.members.flatMap(member => member.programme.ref?.modules ?? []);
        return this.createScopeForNodes(modules, outer);
    }
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
