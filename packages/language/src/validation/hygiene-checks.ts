import type { AstNode, AstNodeLocator, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { Characteristic, Grouping, Module, OfferingAstType, Period, TargetGroup } from '../generated/ast.js';
import { isCalendar, isDocument } from '../generated/ast.js';
import type { OfferingIndexManager } from '../workspace/index-manager.js';
import type { Reporter } from './reporter.js';

/**
 * Hygiene: characteristics, target groups, groupings, periods and top-level modules that
 * nothing refers to. A period counts as used when its calendar is in use; a module nested in
 * a programme, or naming programmes with `for`, belongs to them and so is used.
 * Whether something is referenced is read from the index, which keeps references by target.
 */
export class HygieneChecks {

    constructor(private readonly reporter: Reporter, private readonly index: OfferingIndexManager, private readonly locator: AstNodeLocator) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Characteristic: this.checkUsed,
            TargetGroup: this.checkUsed,
            Grouping: this.checkUsed,
            Period: this.checkPeriod,
            Module: this.checkModule,
        };
    }

    checkUsed = (node: Characteristic | TargetGroup | Grouping | Module | Period, accept: ValidationAcceptor): void => {
        if (!this.isReferenced(node)) {
            const kind = node.$type;
            this.reporter.report(accept, 'warning', 'offering.definition.unused',
                { kind: this.reporter.messages.kind(kind), name: node.name }, node, { property: 'name' }, { kind });
        }
    };

    checkPeriod = (period: Period, accept: ValidationAcceptor): void => {
        // Nested periods too: the calendar that holds them, at any depth.
        const calendar = AstUtils.getContainerOfType(period, isCalendar);
        if (!(calendar && this.isReferenced(calendar))) {
            this.checkUsed(period, accept);
        }
    };

    checkModule = (module: Module, accept: ValidationAcceptor): void => {
        // A module offered on its own is in use: students enrol on the offering.
        if (isDocument(module.$container) && module.programmes.length === 0 && module.offerings.length === 0) {
            this.checkUsed(module, accept);
        }
    };

    private isReferenced(node: AstNode): boolean {
        return this.index.referencesTo(AstUtils.getDocument(node).uri.toString(), this.locator.getAstNodePath(node)).size > 0;
    }
}
