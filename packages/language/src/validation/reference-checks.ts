import type { AstNode, Reference, ReferenceInfo, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Composition, Intake, OfferingAstType, Teaching } from '../generated/ast.js';
import type { OfferingScopeProvider } from '../references/scope-provider.js';
import type { Reporter } from './reporter.js';

/** References whose short name fits several definitions: file order must not decide what they mean. */
export class ReferenceChecks {
    constructor(private readonly reporter: Reporter, private readonly scopes: OfferingScopeProvider) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Intake: (intake: Intake, accept) => intake.periods.forEach((reference, index) => this.check(intake, 'periods', reference, index, accept)),
            Composition: (composition: Composition, accept) => composition.periods.forEach((reference, index) => this.check(composition, 'periods', reference, index, accept)),
            Teaching: (teaching: Teaching, accept) => this.check(teaching, 'module', teaching.module, undefined, accept),
        };
    }

    private check(container: AstNode, property: string, reference: Reference | undefined, index: number | undefined, accept: ValidationAcceptor): void {
        if (!reference) {
            return;
        }
        const candidates = this.scopes.ambiguousCandidates({ container, property, index, reference } as ReferenceInfo);
        if (candidates.length > 1) {
            this.reporter.report(accept, 'error', 'offering.reference.ambiguous',
                { name: reference.$refText, kind: this.reporter.messages.bareKind(property === 'module' ? 'Module' : 'Period'), candidates: candidates.join(', ') },
                container, { property, index }, { candidates });
        }
    }
}
