import type { ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * The rule group of the checks that read policies (validation/policy-checks.ts). An edit that
 * changes only what policies say re-runs this group alone in the documents it can reach.
 */
export const POLICY_RULES = 'policy';

/** Validation options for re-running one rule group of a document whose other diagnostics stand. */
export interface RuleGroupOptions extends ValidationOptions {
    /** Run only the checks of this group. */
    ruleGroup?: string;
    /** The document's diagnostics from its last validation: those of the other groups are kept. */
    previous?: Diagnostic[];
}
