import type { AstNode, LangiumCoreServices, ValidationAcceptor, ValidationCategory, ValidationCheck, ValidationChecks } from 'langium';
import { OperationCancelled, ValidationRegistry } from 'langium';
import type { OfferingMessages } from '../i18n/messages.js';
import type { OfferingAddedServices } from '../offering-module.js';
import { POLICY_RULES } from '../workspace/rule-groups.js';

/**
 * Langium's registry, but a check that returns synchronously is called synchronously: Langium
 * wraps every check in two promises, which for tens of thousands of nodes cost more than the
 * checks themselves. A check that throws is still reported on its node, as Langium does, but
 * with an issue code (`offering.internal.check-failed`) and in the user's language.
 *
 * Relies on (checked against Langium 4.4.0, `ValidationRegistry`; `test/language/langium-contract.test.ts`):
 * `register` wraps every check with `wrapValidationException(check, thisObj)` and `getChecks`
 * returns the wrapped checks; Langium's wrapper rethrows `OperationCancelled` and reports any
 * other error as `An error occurred during validation: <message>` (error, on the node);
 * `register(checks, thisObj, category)` files the checks under `category` (default `fast`).
 */
export class OfferingValidationRegistry extends ValidationRegistry {

    private readonly messages: OfferingMessages;
    /** The categories checks were registered in (Langium's default: `fast`). */
    readonly usedCategories = new Set<ValidationCategory>();
    /** The rule group of every registered (wrapped) check: its object's `ruleGroup`, else `core`. */
    private readonly groups = new WeakMap<ValidationCheck, string>();

    constructor(services: LangiumCoreServices & OfferingAddedServices) {
        super(services);
        this.messages = services.i18n.Messages;
    }

    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: ThisParameterType<unknown>, category: ValidationCategory = 'fast'): void {
        this.usedCategories.add(category);
        super.register(checksRecord, thisObj, category);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const report = (error: unknown, node: AstNode, accept: ValidationAcceptor): void => {
            if (error === OperationCancelled) {
                throw error;
            }
            console.error('An error occurred during validation:', error);
            if (error instanceof Error && error.stack) {
                console.error(error.stack);
            }
            const code = 'offering.internal.check-failed';
            const message = this.messages.format(code, { error: error instanceof Error ? error.message : String(error) });
            accept('error', message, { node, code, data: { code } });
        };
        const wrapped = ((node: AstNode, accept: ValidationAcceptor, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken) as unknown;
                return result instanceof Promise ? result.catch(error => report(error, node, accept)) : undefined;
            } catch (error) {
                report(error, node, accept);
                return undefined;
            }
        }) as ValidationCheck;
        this.groups.set(wrapped, (thisObj as { ruleGroup?: unknown } | undefined)?.ruleGroup === POLICY_RULES ? POLICY_RULES : 'core');
        return wrapped;
    }

    /** The rule group of a check `getChecks` returned. */
    groupOf(check: ValidationCheck): string {
        return this.groups.get(check) ?? 'core';
    }
}
