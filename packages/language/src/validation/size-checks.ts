import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { OfferingAstType, Size } from '../generated/ast.js';
import type { SemanticModel } from '../model/semantic-model.js';
import type { Reporter } from './reporter.js';

/** Bandwidths: minimum at most maximum, positive amounts, a known unit. */
export class SizeChecks {
    constructor(private readonly reporter: Reporter, private readonly model: SemanticModel) { }

    checks(): ValidationChecks<OfferingAstType> {
        return { Size: this.checkSize };
    }

    checkSize = (size: Size, accept: ValidationAcceptor): void => {
        const facts = this.model.size(size)!;
        if (facts.writtenUnit === undefined) {
            this.reporter.report(accept, 'error', 'offering.size.missing-unit', { size: facts.text }, size);
        } else if (!facts.unit) {
            this.reporter.report(accept, 'error', 'offering.size.unknown-unit', { unit: facts.writtenUnit }, size, { property: 'unit' });
        }
        const amounts: Array<['min' | 'max', number | undefined]> = [['min', facts.min], ['max', facts.max]];
        for (const [property, amount] of amounts) {
            if (amount !== undefined && amount <= 0) {
                this.reporter.report(accept, 'error', 'offering.size.not-positive', { value: String(amount) }, size, { property });
            }
        }
        if (facts.min !== undefined && facts.max !== undefined && facts.min > facts.max) {
            const [min, max] = [String(facts.min), String(facts.max)];
            this.reporter.report(accept, 'error', 'offering.size.reversed', { min, max, unit: facts.writtenUnit ? ` ${facts.writtenUnit}` : '' }, size, {}, { min, max });
        }
    };
}
