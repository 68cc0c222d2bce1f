import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Choice, OfferingAstType } from '../generated/ast.js';
import type { SemanticModel } from '../model/semantic-model.js';
import { formatBandwidth, sizeText } from '../model/sizes.js';
import type { Reporter } from './reporter.js';

/** Choices (`choose ... from ...`): options that belong to the programme, and a choice the options can fill. */
export class ChoiceChecks {
    constructor(private readonly reporter: Reporter, private readonly model: SemanticModel) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Choice: [this.checkCount, this.checkOptions, this.checkFillable],
        };
    }

    checkCount = (choice: Choice, accept: ValidationAcceptor): void => {
        if (choice.count !== undefined && (!Number.isInteger(choice.count) || choice.count < 1)) {
            this.reporter.report(accept, 'error', 'offering.choice.count-invalid', { count: String(choice.count) }, choice, { property: 'count' });
        }
    };

    checkOptions = (choice: Choice, accept: ValidationAcceptor): void => {
        const programme = choice.$container;
        const members = new Set(this.model.programme(programme).members.map(member => member.module));
        choice.options.forEach((option, index) => {
            const module = option.ref;
            if (module && !members.has(module)) {
                this.reporter.report(accept, 'error', 'offering.choice.option-outside-programme',
                    { module: module.name, programme: programme.name }, choice, { property: 'options', index });
            }
        });
    };

    checkFillable = (choice: Choice, accept: ValidationAcceptor): void => {
        const facts = this.model.programme(choice.$container).choices.find(c => c.node === choice);
        if (!facts || facts.options.length !== choice.options.length || choice.options.some(option => !option.ref)) {
            return; // unresolved or repeated options are reported elsewhere
        }
        if (facts.count !== undefined) {
            if (Number.isInteger(facts.count) && facts.count > facts.options.length) {
                this.reporter.report(accept, 'error', 'offering.choice.too-large',
                    { chosen: `${facts.count}`, offered: `${facts.options.length}` }, choice, { property: 'count' });
            }
            return;
        }
        const size = facts.size?.bandwidth;
        const offered = size && facts.offeredIn(size.unit);
        if (size && offered && offered.max < size.min) {
            this.reporter.report(accept, 'error', 'offering.choice.too-large',
                { chosen: choice.size ? sizeText(choice.size) : '?', offered: formatBandwidth(offered) }, choice, { property: 'size' });
        }
    };
}
