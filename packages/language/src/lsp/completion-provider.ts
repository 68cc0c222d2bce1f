import type { AstNode, AstNodeDescription, AstNodeLocator, IndexManager, LangiumDocuments, MaybePromise, ReferenceInfo, Stream } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, LangiumServices, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { Calendar, Period } from '../generated/ast.js';
import { isLocation, isModule, isModuleOffering, isPeriod, isProgramme, isProgrammeOffering, Location, Period as PeriodType, Provider } from '../generated/ast.js';
import { compareCodeUnits } from '../model/order.js';
import { UNITS } from '../model/sizes.js';
import type { UnitId } from '../model/sizes.js';
import type { OfferingMessages, Texts } from '../i18n/messages.js';
import type { OfferingAddedServices } from '../offering-module.js';
import { sizeText } from '../model/sizes.js';
import { calendarInUse } from '../references/calendar-in-use.js';
import { kindName, sbuEquivalent } from './definition-facts.js';
import { allPeriods } from '../model/periods.js';

type SnippetKeyword = keyof Texts['completion']['snippets'];

/** Beyond this many providers or locations a snippet choice list is no help. */
const MAX_CHOICES = 20;

/** The rule a keyword must start for its snippet: `module` also starts a policy's `module size`. */
const SNIPPET_RULES: Record<SnippetKeyword, string> = {
    programme: 'Programme',
    offered: 'ProgrammeOffering',
    module: 'Module',
    calendar: 'Calendar',
    policy: 'Policy',
};

/**
 * Completion that knows the language, on top of Langium's keywords-valid-here:
 * - references filtered to what makes sense: only the periods of the calendar in use; after
 *   `offered by P at`, the locations P uses first and the others after them, marked;
 * - units after the number of a size, and the period start dates where an intake date goes;
 * - snippets for a new programme, offering, module, calendar and policy;
 * - a short detail on each item: a period's dates, a module's size, a programme's code and level.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultCompletionProvider`): `completionFor` is called once per next
 * feature the parser expects at the cursor; reference candidates come from
 * `getReferenceCandidates` (the scope of the reference) and become items through
 * `createReferenceCompletionItem`. Backed by `test/lsp/completion.test.ts`.
 */
export class OfferingCompletionProvider extends DefaultCompletionProvider {

    protected readonly messages: OfferingMessages;
    protected readonly indexManager: IndexManager;
    protected readonly langiumDocuments: LangiumDocuments;
    protected readonly astNodeLocator: AstNodeLocator;

    constructor(services: LangiumServices & OfferingAddedServices) {
        super(services);
        this.messages = services.i18n.Messages;
        this.indexManager = services.shared.workspace.IndexManager;
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
        this.astNodeLocator = services.workspace.AstNodeLocator;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (rule?.name === 'Size' && assignment?.feature === 'unit') {
            return this.completeUnits(context, acceptor);
        }
        if (rule?.name === 'DateValue' && assignment?.feature === 'value') {
            return this.completeIntakeDates(context, acceptor);
        }
        if (GrammarAST.isKeyword(next.feature)) {
            this.completeSnippet(context, next.feature, rule, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Units after the amount of a size; a space goes in first when the cursor touches the number. */
    protected completeUnits(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const text = context.textDocument.getText();
        const touching = context.tokenOffset > 0 && /[0-9]/.test(text.charAt(context.tokenOffset - 1));
        (Object.keys(UNITS) as UnitId[]).forEach((unit, index) => acceptor(context, {
            label: unit,
            insertText: touching ? ` ${unit}` : unit,
            kind: CompletionItemKind.Unit,
            detail: this.messages.texts.units[unit],
            sortText: `0${index}`,
        }));
    }

    /** The start dates of the periods of the calendar in use (of every calendar when none is in use). */
    protected completeIntakeDates(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const calendar = calendarInUse(context.node);
        const periods = calendar ? allPeriods(calendar) : this.allPeriods();
        const text = this.messages.texts.completion;
        periods.filter(period => period.start)
            .sort((a, b) => compareCodeUnits(a.start, b.start))
            .forEach((period, index) => acceptor(context, {
                label: period.start,
                kind: CompletionItemKind.Constant,
                detail: text.periodStart(periodName(period)),
                sortText: `0${String(index).padStart(4, '0')}`,
            }));
    }

    protected allPeriods(): Period[] {
        return this.indexManager.allElements(PeriodType.$type)
            .map(description => this.loadNode(description))
            .filter(isPeriod)
            .toArray();
    }

    protected completeSnippet(context: CompletionContext, keyword: GrammarAST.Keyword, rule: GrammarAST.ParserRule | undefined, acceptor: CompletionAcceptor): void {
        const name = keyword.value as SnippetKeyword;
        if (!Object.hasOwn(SNIPPET_RULES, name) || SNIPPET_RULES[name] !== rule?.name) {
            return;
        }
        acceptor(context, {
            label: name,
            kind: CompletionItemKind.Snippet,
            detail: this.messages.texts.completion.snippets[name],
            insertText: this.snippet(name),
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: '2',
        });
    }

    protected snippet(keyword: SnippetKeyword): string {
        switch (keyword) {
            case 'programme':
                return 'programme ${1:Name} "${2:Title}" {\n    crebo ${3:00000}\n    level ${4:mbo-4}\n    years ${5:1..3}\n    $0\n}';
            case 'offered':
                return `offered by ${this.choice(1, Provider.$type, 'Provider')} at ${this.choice(2, Location.$type, 'Location')} as \${3|BOL,BBL|} {\n    intake at \${4:Period}\n}`;
            case 'module':
                return 'module ${1:Name} "${2:Title}" size ${3:240} ${4|SBU,EC,hours,contact-hours|} {\n    year ${5:1}\n}';
            case 'calendar':
                return 'calendar ${1:Schooljaar} "${2:Title}" {\n    period ${3:P1} from ${4:2026-08-31} to ${5:2026-11-06}\n}';
            case 'policy':
                return 'policy ${1:Name} "${2:Title}" {\n    applies to ${3:all}\n    module size ${4:120}..${5:480} SBU\n    at least ${6:2} intakes per year\n}';
        }
    }

    /** A snippet choice of the workspace's names of one type; a plain placeholder when there are none or too many to pick from. */
    protected choice(index: number, type: string, placeholder: string): string {
        const names = [...new Set(this.indexManager.allElements(type).map(description => description.name))].sort();
        return names.length > 0 && names.length <= MAX_CHOICES ? `\${${index}|${names.join(',')}|}` : `\${${index}:${placeholder}}`;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (this.astReflection.getReferenceType(refInfo) === PeriodType.$type && calendarInUse(refInfo.container)) {
            // The scope has the calendar's periods by simple name, then every period by qualified name.
            return candidates.filter(description => !description.name.includes('.'));
        }
        return candidates;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = this.loadNode(description);
        const detail = node ? this.detail(node) : item.detail;
        const result = { ...item, detail };
        const container = refInfo.container;
        if ((isProgrammeOffering(container) || isModuleOffering(container)) && refInfo.property === 'location' && isLocation(node)) {
            const provider = container.provider?.ref;
            if (provider && !node.providers.some(ref => ref.ref === provider)) {
                const note = this.messages.texts.completion.notUsedBy(provider.name);
                return { ...result, detail: detail ? `${detail} (${note})` : note, sortText: '1' };
            }
        }
        return result;
    }

    /** A short fact about a candidate: a period's dates, a module's size, a programme's code and level; else its title or kind. */
    protected detail(node: AstNode): string {
        return this.facts(node) ?? (node as { title?: string }).title ?? kindName(node, this.messages.locale);
    }

    protected facts(node: AstNode): string | undefined {
        if (isPeriod(node)) {
            return node.start && node.end ? `${node.start} ${this.messages.texts.completion.to} ${node.end}` : undefined;
        }
        if (isModule(node)) {
            if (!node.size) {
                return undefined;
            }
            const equivalent = sbuEquivalent(node.size);
            return equivalent ? `${sizeText(node.size)} (${equivalent})` : sizeText(node.size);
        }
        if (isProgramme(node)) {
            const facts = [...node.codes.filter(code => code.value !== undefined).map(code => `${code.kind} ${code.value}`), node.level].filter(Boolean);
            return facts.length > 0 ? facts.join(' · ') : undefined;
        }
        return undefined;
    }

    protected loadNode(description: AstNodeDescription): AstNode | undefined {
        if (description.node) {
            return description.node;
        }
        const document = this.langiumDocuments.getDocument(description.documentUri);
        return document ? this.astNodeLocator.getAstNode(document.parseResult.value, description.path) : undefined;
    }
}

function periodName(period: Period): string {
    const calendar = period.$container as Calendar | undefined;
    return calendar?.name ? `${calendar.name}.${period.name}` : period.name;
}
