import type { AstNode, Cancellation, LangiumDocument } from 'langium';
import type { InlayHintAcceptor, LangiumServices } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import type { Programme, Size, YearSet, YearVolumeRule } from '../generated/ast.js';
import { isProgramme, isSize } from '../generated/ast.js';
import type { SemanticModel } from '../model/semantic-model.js';
import type { EditorLimits } from '../workspace/editor-limits.js';
import { addAmounts, convert } from '../model/sizes.js';
import type { SizeFacts, UnitId } from '../model/sizes.js';
import type { OfferingMessages } from '../i18n/messages.js';
import type { OfferingAddedServices } from '../offering-module.js';
import { sbuEquivalent } from './definition-facts.js';

/** Years beyond this are left out of the hint: it must stay readable on `years 1..100`. */
const MAX_SHOWN_YEARS = 12;

/**
 * Inlay hints that do the arithmetic for the reader:
 * - a size in EC shows its SBU equivalent (`7.5 EC` -> `= 210 SBU`);
 * - a programme's `years` clause shows, per year, the summed size range of the modules of
 *   that year, against the `year volume` of a policy that governs the programme.
 *
 * Relies on (checked against Langium 4.4.0, `AbstractInlayHintProvider`): `computeInlayHint` is called for every AST
 * node whose CST overlaps the requested range. Backed by `test/lsp/inlay-hints.test.ts`.
 */
export class OfferingInlayHintProvider extends AbstractInlayHintProvider {

    protected readonly messages: OfferingMessages;
    protected readonly model: SemanticModel;
    protected readonly limits: EditorLimits;

    constructor(services: LangiumServices & OfferingAddedServices) {
        super();
        this.messages = services.i18n.Messages;
        this.model = services.model.SemanticModel;
        this.limits = services.editor.Limits;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: Cancellation.CancellationToken): Promise<InlayHint[] | undefined> {
        // The year volumes need the links a document checked for syntax only does not get.
        return this.limits.isSyntaxOnly(document) ? [] : super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isSize(node)) {
            this.sizeHint(node, acceptor);
        } else if (isProgramme(node) && node.years) {
            this.yearVolumeHint(node, node.years, acceptor);
        }
    }

    protected sizeHint(size: Size, acceptor: InlayHintAcceptor): void {
        const equivalent = sbuEquivalent(size);
        if (equivalent && size.$cstNode) {
            acceptor({ position: size.$cstNode.range.end, label: equivalent, kind: InlayHintKind.Type, paddingLeft: true });
        }
    }

    protected yearVolumeHint(programme: Programme, years: YearSet, acceptor: InlayHintAcceptor): void {
        const facts = this.model.programme(programme);
        const yearNumbers = facts.years;
        if (yearNumbers.length === 0 || !years.$cstNode) {
            return;
        }
        const members = facts.members;
        // The rule the validation checks against (offering.programme.year-volume).
        const norm = this.model.size(facts.rule<YearVolumeRule>('year-volume')?.rule.size);
        if (!norm && members.every(member => member.years.length === 0)) {
            return;
        }
        const text = this.messages.texts.inlayHints;
        const normUnit = norm?.unit;
        const parts = yearNumbers.slice(0, MAX_SHOWN_YEARS).map(year => {
            const sizes = members.filter(member => member.years.includes(year))
                .flatMap(member => this.model.module(member.module).size ?? []);
            const sum = sizes.length > 0 ? formatSum(sumSizes(sizes), normUnit) : text.noModules;
            const normText = norm ? ` / ${text.norm} ${norm.text}` : '';
            return `${text.year} ${year}: ${sum}${normText}`;
        });
        const more = yearNumbers.length > MAX_SHOWN_YEARS ? ' · …' : '';
        acceptor({ position: years.$cstNode.range.end, label: parts.join(' · ') + more, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
}

/** Summed min..max per unit: SBU and EC add up as SBU, hours and contact hours stay apart. */
type Sum = Map<UnitId | string, { min: number; max: number }>;

function sumSizes(sizes: SizeFacts[]): Sum {
    const sum: Sum = new Map();
    for (const size of sizes) {
        if (!size.amounts) {
            continue;
        }
        const [key, { min, max }] = size.sbu ? ['SBU', size.sbu] : [size.unit ?? size.writtenUnit ?? '', size.amounts];
        const entry = sum.get(key) ?? { min: 0, max: 0 };
        sum.set(key, { min: addAmounts(entry.min, min), max: addAmounts(entry.max, max) });
    }
    return sum;
}

/** `240..360 SBU`, in the norm's unit where the conversion is fixed (SBU -> EC). */
function formatSum(sum: Sum, normUnit: UnitId | undefined): string {
    return [...sum.entries()].map(([unit, { min, max }]) => {
        let shownUnit = unit;
        if (unit === 'SBU' && normUnit && normUnit !== 'SBU') {
            const lo = convert(min, 'SBU', normUnit);
            const hi = convert(max, 'SBU', normUnit);
            if (lo !== undefined && hi !== undefined) {
                [min, max, shownUnit] = [lo, hi, normUnit];
            }
        }
        const range = min === max ? `${min}` : `${min}..${max}`;
        return shownUnit ? `${range} ${shownUnit}` : range;
    }).join(' + ');
}
