import type { AstNode, LangiumSharedCoreServices, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { Document, OfferingAstType } from '../generated/ast.js';
import { isCalendar, isCharacteristic, isGrouping, isModule, isPeriod, isTargetGroup } from '../generated/ast.js';
import type { Reporter } from './reporter.js';

/**
 * Hygiene: characteristics, target groups, groupings, periods and top-level modules that
 * nothing refers to. A period counts as used when its calendar is in use; a module nested in
 * a programme, or naming programmes with `for`, belongs to them and so is used.
 */
export class HygieneChecks {

    /** Every node some reference in the workspace resolves to; one pass over all references per workspace state. */
    private readonly referenced: WorkspaceCache<string, Set<AstNode>>;

    constructor(private readonly reporter: Reporter, private readonly shared: LangiumSharedCoreServices) {
        this.referenced = new WorkspaceCache(shared);
    }

    checks(): ValidationChecks<OfferingAstType> {
        return { Document: this.checkUnused };
    }

    checkUnused = (document: Document, accept: ValidationAcceptor): void => {
        const used = this.referenced.get('all', () => {
            const set = new Set<AstNode>();
            for (const doc of this.shared.workspace.LangiumDocuments.all) {
                for (const reference of doc.references) {
                    if ('ref' in reference && reference.ref) {
                        set.add(reference.ref);
                    } else if ('items' in reference) {
                        reference.items.forEach(item => set.add(item.ref));
                    }
                }
            }
            return set;
        });
        for (const node of AstUtils.streamAllContents(document)) {
            const checked = isCharacteristic(node) || isTargetGroup(node) || isGrouping(node)
                || (isPeriod(node) && !(isCalendar(node.$container) && used.has(node.$container)))
                || (isModule(node) && node.$container === document && node.programmes.length === 0);
            if (checked && !used.has(node)) {
                const kind = node.$type;
                this.reporter.report(accept, 'warning', 'offering.definition.unused',
                    { kind: this.reporter.messages.kind(kind), name: (node as AstNode & { name: string }).name }, node, { property: 'name' },
                    { kind });
            }
        }
    };
}
