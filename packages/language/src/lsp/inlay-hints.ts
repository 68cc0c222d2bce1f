import type { AstNode } from 'langium';
import type { InlayHintAcceptor, LangiumServices } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import type { Programme, Size, YearSet, YearVolumeRule } from '../generated/ast.js';
import { isProgramme, isSize } from '../generated/ast.js';
import type { PolicyIndex } from '../model/policies.js';
import type { ProgrammeIndex } from '../model/programme-index.js';
import { yearsOf } from '../model/programme-index.js';
import { convert, resolveUnit, toSbu } from '../model/sizes.js';
import type { UnitId } from '../model/sizes.js';
import type { OfferingMessages } from '../i18n/messages.js';
import type { OfferingAddedServices } from '../offering-module.js';
import { sbuEquivalent, signed, sizeText } from './definition-facts.js';

/** Years beyond this are left out of the hint: it must stay readable on `years 1..100`. */
const MAX_SHOWN_YEARS = 12;

/**
 * Inlay hints that do the arithmetic for the reader:
 * - a size in EC shows its SBU equivalent (`7.5 EC` -> `= 210 SBU`);
 * - a programme's `years` clause shows, per year, the summed size range of the modules of
 *   that year, against the `year volume` of a policy that governs the programme.
 */
export class OfferingInlayHintProvider extends AbstractInlayHintProvider {

    protected readonly messages: OfferingMessages;
    protected readonly policies: PolicyIndex;
    protected readonly programmes: ProgrammeIndex;

    constructor(services: LangiumServices & OfferingAddedServices) {
        super();
        this.messages = services.i18n.Messages;
        this.policies = services.domain.Policies;
        this.programmes = services.domain.Programmes;
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
        const yearNumbers = yearsOf(years);
        if (yearNumbers.length === 0 || !years.$cstNode) {
            return;
        }
        const members = this.programmes.membersOf(programme);
        // The rule the validation checks against (offering.programme.year-volume).
        const norm = this.policies.rule<YearVolumeRule>(programme, 'year-volume')?.rule.size;
        if (!norm && members.every(member => member.years.length === 0)) {
            return;
        }
        const text = this.messages.texts.inlayHints;
        const normUnit = resolveUnit(norm?.unit);
        const parts = yearNumbers.slice(0, MAX_SHOWN_YEARS).map(year => {
            const sizes = this.programmes.membersInYear(programme, year).flatMap(module => module.size ? [module.size] : []);
            const sum = sizes.length > 0 ? formatSum(sumSizes(sizes), normUnit) : text.noModules;
            const normText = norm ? ` / ${text.norm} ${sizeText(norm)}` : '';
            return `${text.year} ${year}: ${sum}${normText}`;
        });
        const more = yearNumbers.length > MAX_SHOWN_YEARS ? ' · …' : '';
        acceptor({ position: years.$cstNode.range.end, label: parts.join(' · ') + more, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
}

/** Summed min..max per unit: SBU and EC add up as SBU, hours and contact hours stay apart. */
type Sum = Map<UnitId | string, { min: number; max: number }>;

function sumSizes(sizes: Size[]): Sum {
    const sum: Sum = new Map();
    for (const size of sizes.filter(size => size.min?.value !== undefined && (!size.max || size.max.value !== undefined))) {
        const unit = resolveUnit(size.unit);
        const min = signed(size.min);
        const max = size.max ? signed(size.max) : min;
        const sbuMin = unit ? toSbu(min, unit) : undefined;
        const sbuMax = unit ? toSbu(max, unit) : undefined;
        const [key, lo, hi] = sbuMin !== undefined && sbuMax !== undefined ? ['SBU', sbuMin, sbuMax] : [unit ?? size.unit ?? '', min, max];
        const entry = sum.get(key) ?? { min: 0, max: 0 };
        sum.set(key, { min: round(entry.min + lo), max: round(entry.max + hi) });
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

function round(value: number): number {
    return Math.round(value * 1e6) / 1e6;
}
