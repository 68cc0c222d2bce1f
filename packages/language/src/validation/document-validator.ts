import type { AstNode, AstReflection, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
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
 * - a linking error is `reference.error`, with `info` (container, property, index, reference).
 */
export class OfferingDocumentValidator extends DefaultDocumentValidator {

    private readonly messages: OfferingMessages;
    private readonly rulesDocumentation: RulesDocumentation;
    private readonly reflection: AstReflection;
    private readonly checksByCategories = new WeakMap<object, Map<string, ValidationCheck[]>>();
    private readonly limits: EditorLimits;

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
        const diagnostics = await this.collectDiagnostics(document, options, cancelToken);
        this.linkToRules(diagnostics);
        return diagnostics;
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
        // Pre-order, like AstUtils.streamAst, so diagnostics come in the same order.
        const stack: AstNode[] = [root];
        for (let visited = 0; stack.length > 0; visited++) {
            if (visited % NODES_PER_TURN === 0) {
                await interruptAndCheck(cancelToken);
            }
            const node = stack.pop()!;
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of this.checksFor(node.$type, categories)) {
                    const result = check(node, acceptor, cancelToken);
                    if (result) {
                        await result;
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
