import type { AstNode, AstReflection, DiagnosticInfo, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationOptions, ValidationSeverity } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { OfferingServices } from '../offering-module.js';
import type { DiagnosticData } from '../i18n/issue-codes.js';
import type { OfferingMessages } from '../i18n/messages.js';
import type { RulesDocumentation } from '../vocabulary/rules/documentation.js';
import { pushChildren } from '../references/ast-walk.js';
import { NODES_PER_TURN } from '../references/reference-descriptions.js';
import type { EditorLimits } from '../workspace/editor-limits.js';
import { SYNTAX_ONLY_CODE, textLength } from '../workspace/editor-limits.js';
import type { RuleGroupOptions } from '../workspace/rule-groups.js';
import type { OfferingValidationRegistry } from './validation-registry.js';

/** Where a check's diagnostic came from: its rule group, the node's place in the walk and the check's place among the node's checks. */
interface Origin { group: string; node: number; check: number }

const ALL: object = {};

/**
 * Runs the checks over the AST in a tight loop (Langium awaits every node and every check, which
 * costs more than the checks), and puts linking errors in the language's own terms: code `offering.reference.unresolved`, a message
 * in the user's language that names the missing kind and name, and the data a quick fix needs.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultDocumentValidator`; `test/language/langium-contract.test.ts`):
 * - `validateDocument` calls `processLinkingErrors(document, diagnostics, options)` (for the
 *   built-in category) and then `validateAstNodes(root, options, acceptor, token)` between
 *   `validateAstBefore` and `validateAstAfter`;
 * - Langium's `validateAstNodes` visits the nodes in `AstUtils.streamAst` order (pre-order), asks
 *   `validateSingleNodeOptions` for each and runs `validationRegistry.getChecks(type, categories)`;
 *   the profiler (`profiler.isActive('validating')`) measures only Langium's own loop;
 * - a linking error is `reference.error`, with `info` (container, property, index, reference);
 * - Langium's `validateAst` reports through `toDiagnostic`, called synchronously by the acceptor,
 *   and runs `validateAstBefore`/`validateAstAfter` only for `checksBefore`/`checksAfter`.
 */
export class OfferingDocumentValidator extends DefaultDocumentValidator {

    private readonly messages: OfferingMessages;
    private readonly rulesDocumentation: RulesDocumentation;
    private readonly reflection: AstReflection;
    private readonly checksByCategories = new WeakMap<object, Map<string, ValidationCheck[]>>();
    private readonly limits: EditorLimits;
    /** The origin of every diagnostic a check reported: a re-run of one rule group merges by it. */
    private readonly origins = new WeakMap<Diagnostic, Origin>();
    /** Results of validations that ran every check of their categories (none cut short), with those categories: only those can be merged with. */
    private readonly complete = new WeakMap<Diagnostic[], string>();
    /** How many validations re-ran one rule group and merged (read by tests and bench/). */
    groupReruns = 0;
    /** The check being run by `validateAstNodes`: `toDiagnostic` tags what it reports. */
    private running: Origin | undefined;

    constructor(services: OfferingServices) {
        super(services);
        this.limits = services.editor.Limits;
        this.messages = services.i18n.Messages;
        this.rulesDocumentation = services.i18n.RulesDocumentation;
        this.reflection = services.shared.AstReflection;
    }

    /**
     * Langium's, except that the checks' diagnostics are appended one by one: Langium spreads them
     * into `push(...)`, one function argument each, which throws a RangeError above about 125,000
     * (and the document then had no diagnostics at all). A failure of the whole validation is a
     * diagnostic, not only a log line, so that a broken file never reads as "no problems found".
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {},
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const { ruleGroup, previous } = options as RuleGroupOptions;
        // Checks before and after the walk are in no group, and the profiler's loop tags nothing: then run everything.
        const registry = this.validationRegistry;
        if (ruleGroup !== undefined && previous !== undefined && this.complete.get(previous) === this.categoriesKey(options) && !this.limits.isSyntaxOnly(document)
            && registry.checksBefore.length === 0 && registry.checksAfter.length === 0 && !this.profiler?.isActive('validating')) {
            return this.rerunGroup(document, ruleGroup, previous, options, cancelToken);
        }
        const diagnostics = await this.collectDiagnostics(document, options, cancelToken);
        this.linkToRules(diagnostics);
        return diagnostics;
    }

    /**
     * Re-runs the checks of one rule group and keeps the document's other diagnostics (the
     * document was not re-linked, so its syntax and linking errors stand). Merged in the order a
     * full validation reports them: built-in ones first, then by node and check.
     */
    private async rerunGroup(document: LangiumDocument, ruleGroup: string, previous: Diagnostic[], options: ValidationOptions,
        cancelToken: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const fresh = await this.validateAst(document.parseResult.value, options, cancelToken);
        this.groupReruns++;
        this.linkToRules(fresh);
        const builtIn = previous.filter(diagnostic => !this.origins.has(diagnostic));
        const checked = previous.filter(diagnostic => this.origins.get(diagnostic)?.group !== ruleGroup && this.origins.has(diagnostic)).concat(fresh);
        const origin = (diagnostic: Diagnostic): Origin => this.origins.get(diagnostic)!;
        checked.sort((a, b) => origin(a).node - origin(b).node || origin(a).check - origin(b).check);
        const diagnostics = builtIn.concat(checked);
        this.complete.set(diagnostics, this.categoriesKey(options));
        return diagnostics;
    }

    /** Which checks a validation with these options runs, as a key: its categories that have checks (undefined: all). */
    private categoriesKey(options: ValidationOptions): string {
        const used = ['built-in', ...(this.validationRegistry as OfferingValidationRegistry).usedCategories];
        return used.filter(category => options.categories === undefined || options.categories.includes(category)).sort().join(',');
    }

    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const diagnostic = super.toDiagnostic(severity, message, info);
        if (this.running) {
            this.origins.set(diagnostic, this.running);
        }
        return diagnostic;
    }

    private async collectDiagnostics(document: LangiumDocument, options: ValidationOptions,
        cancelToken: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(parseResult, diagnostics, options);
            if (options.stopAfterLexingErrors && diagnostics.some(d => (d.data as { code?: string } | undefined)?.code === DocumentValidator.LexingError)) {
                return diagnostics;
            }
            this.processParsingErrors(parseResult, diagnostics, options);
            if (this.limits.isSyntaxOnly(document)) {
                diagnostics.push(this.syntaxOnlyNotice(document));
                return diagnostics;
            }
            if (options.stopAfterParsingErrors && diagnostics.some(d => (d.data as { code?: string } | undefined)?.code === DocumentValidator.ParsingError)) {
                return diagnostics;
            }
            this.processLinkingErrors(document, diagnostics, options);
            if (options.stopAfterLinkingErrors && diagnostics.some(d => d.code === 'offering.reference.unresolved')) {
                return diagnostics;
            }
        }
        try {
            for (const diagnostic of await this.validateAst(parseResult.value, options, cancelToken)) {
                diagnostics.push(diagnostic);
            }
            if (!this.profiler?.isActive('validating')) {
                this.complete.set(diagnostics, this.categoriesKey(options));
            }
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            console.error('An error occurred during validation:', error);
            const code = 'offering.internal.check-failed';
            const message = this.messages.format(code, { error: error instanceof Error ? error.message : String(error) });
            diagnostics.push({ severity: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message, code, data: { code }, source: this.getSource() });
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    /** Every diagnostic with an issue code links to its rule's section (in the user's language), once here, not per rule. */
    private linkToRules(diagnostics: Diagnostic[]): void {
        for (const diagnostic of diagnostics) {
            const href = this.rulesDocumentation.href(diagnostic.code, this.messages.locale);
            if (href !== undefined) {
                diagnostic.codeDescription = { href };
            }
        }
    }

    /** Says, on the first line, that the editor checks this document's syntax only, and why. */
    private syntaxOnlyNotice(document: LangiumDocument): Diagnostic {
        const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
        const code = SYNTAX_ONLY_CODE;
        return {
            severity: 3, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, code, data: { code }, source: this.getSource(),
            message: this.messages.texts.server.syntaxOnly(megabytes(textLength(document)), megabytes(this.limits.syntaxOnlyAbove ?? 0)),
        };
    }

    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(root, options, acceptor, cancelToken);
        }
        const categories = options.categories;
        const only = (options as RuleGroupOptions).ruleGroup;
        const registry = this.validationRegistry as OfferingValidationRegistry;
        // Pre-order, like AstUtils.streamAst, so diagnostics come in the same order.
        const stack: AstNode[] = [root];
        for (let visited = 0; stack.length > 0; visited++) {
            if (visited % NODES_PER_TURN === 0) {
                await interruptAndCheck(cancelToken);
            }
            const node = stack.pop()!;
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                const checks = this.checksFor(node.$type, categories);
                for (let index = 0; index < checks.length; index++) {
                    const check = checks[index]!;
                    const group = registry.groupOf(check);
                    if (only !== undefined && group !== only) {
                        continue;
                    }
                    this.running = { group, node: visited, check: index };
                    try {
                        const result = check(node, acceptor, cancelToken);
                        if (result) {
                            await result;
                        }
                    } finally {
                        this.running = undefined;
                    }
                }
            }
            if (nodeOptions.validateChildren) {
                pushChildren(node, stack);
            }
        }
    }

    private checksFor(type: string, categories: ValidationOptions['categories']): ValidationCheck[] {
        // Keyed by the categories array itself: a build passes the same one for every node.
        let byType = this.checksByCategories.get(categories ?? ALL);
        if (!byType) {
            byType = new Map();
            this.checksByCategories.set(categories ?? ALL, byType);
        }
        let checks = byType.get(type);
        if (!checks) {
            checks = this.validationRegistry.getChecks(type, categories).toArray();
            byType.set(type, checks);
        }
        return checks;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const code = 'offering.reference.unresolved' as const;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const targetType = this.reflection.getReferenceType(error.info);
            const refText = error.info.reference.$refText;
            const message = this.messages.format(code, { kind: this.messages.bareKind(targetType), name: refText });
            diagnostics.push(this.toDiagnostic('error', message, {
                node: error.info.container,
                range: reference.$refNode?.range,
                property: error.info.property,
                index: error.info.index,
                code,
                data: { code, refText, targetType, containerType: error.info.container.$type, property: error.info.property } satisfies DiagnosticData<typeof code>,
            } as never));
        }
    }
}
