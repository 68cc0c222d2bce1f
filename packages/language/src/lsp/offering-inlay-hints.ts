import type { AstNode, AstNodeLocator, IndexManager, LangiumDocuments, References, URI } from 'langium';
import type { InlayHintAcceptor, LangiumServices } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import type { Module, Policy, Programme, Size, YearSet, YearVolumeRule } from '../generated/ast.js';
import { isGrouping, isModule, isPolicy, isProgramme, isProgrammeYears, isSize, isYearVolumeRule, Policy as PolicyType } from '../generated/ast.js';
import { convert, resolveUnit, toSbu } from '../domain/sizes.js';
import type { UnitId } from '../domain/sizes.js';
import type { Locale, OfferingMessages } from '../offering-messages.js';
import type { OfferingAddedServices } from '../offering-module.js';
import { sbuEquivalent, signed, sizeText } from './definition-facts.js';

const TEXT: Record<Locale, { year: string; noModules: string; norm: string }> = {
    en: { year: 'year', noModules: 'no modules', norm: 'norm' },
    nl: { year: 'jaar', noModules: 'geen onderwijseenheden', norm: 'norm' },
};

/** Years beyond this are not expanded: `years 1..100000` must not hang the editor. */
const MAX_YEARS = 12;

/**
 * Inlay hints that do the arithmetic for the reader:
 * - a size in EC shows its SBU equivalent (`7.5 EC` -> `= 210 SBU`);
 * - a programme's `years` clause shows, per year, the summed size range of the modules of
 *   that year, against the `year volume` of a policy that governs the programme.
 */
export class OfferingInlayHintProvider extends AbstractInlayHintProvider {

    protected readonly messages: OfferingMessages;
    protected readonly references: References;
    protected readonly indexManager: IndexManager;
    protected readonly langiumDocuments: LangiumDocuments;
    protected readonly astNodeLocator: AstNodeLocator;

    constructor(services: LangiumServices & OfferingAddedServices) {
        super();
        this.messages = services.i18n.Messages;
        this.references = services.references.References;
        this.indexManager = services.shared.workspace.IndexManager;
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
        this.astNodeLocator = services.workspace.AstNodeLocator;
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
        const yearNumbers = expandYears(years);
        if (yearNumbers.length === 0 || !years.$cstNode) {
            return;
        }
        const modules = this.modulesByYear(programme);
        const norm = this.yearVolumeNorm(programme)?.size;
        if (!norm && modules.size === 0) {
            return;
        }
        const text = TEXT[this.messages.locale];
        const normUnit = resolveUnit(norm?.unit);
        const parts = yearNumbers.map(year => {
            const sizes = (modules.get(year) ?? []).flatMap(module => module.size ? [module.size] : []);
            const sum = sizes.length > 0 ? formatSum(sumSizes(sizes), normUnit) : text.noModules;
            const normText = norm ? ` / ${text.norm} ${sizeText(norm)}` : '';
            return `${text.year} ${year}: ${sum}${normText}`;
        });
        acceptor({ position: years.$cstNode.range.end, label: parts.join(' · '), kind: InlayHintKind.Parameter, paddingLeft: true });
    }

    /** The modules of each year of a programme: its own modules by their `year` clause, and every module naming it with `for P years …`. */
    protected modulesByYear(programme: Programme): Map<number, Module[]> {
        const byYear = new Map<number, Module[]>();
        const add = (module: Module, years: YearSet | undefined) => {
            for (const year of years ? expandYears(years) : []) {
                const list = byYear.get(year) ?? [];
                if (!list.includes(module)) {
                    list.push(module);
                }
                byYear.set(year, list);
            }
        };
        programme.modules.forEach(module => add(module, module.years));
        for (const reference of this.references.findReferences(programme, { includeDeclaration: false })) {
            const source = this.load(reference.sourceUri, reference.sourcePath);
            if (isProgrammeYears(source) && isModule(source.$container)) {
                add(source.$container, source.years);
            }
        }
        return byYear;
    }

    /**
     * The `year volume` rule that governs a programme: from the first policy (by name) whose
     * reach covers it, its own rule or one it inherits through `extends`.
     * Local until the validation's policy index lands in src/domain/.
     */
    protected yearVolumeNorm(programme: Programme): YearVolumeRule | undefined {
        const policies = this.indexManager.allElements(PolicyType.$type)
            .map(description => this.load(description.documentUri, description.path))
            .filter(isPolicy)
            .toArray()
            .sort((a, b) => a.name.localeCompare(b.name));
        for (const policy of policies) {
            if (governs(policy, programme)) {
                const rule = inheritedRules(policy).find(isYearVolumeRule);
                if (rule) {
                    return rule;
                }
            }
        }
        return undefined;
    }

    protected load(uri: URI, path: string): AstNode | undefined {
        const document = this.langiumDocuments.getDocument(uri);
        return document ? this.astNodeLocator.getAstNode(document.parseResult.value, path) : undefined;
    }
}

function governs(policy: Policy, programme: Programme): boolean {
    const reach = policy.reach;
    if (!reach) {
        return false;
    }
    if (reach.levels.length > 0 && !reach.levels.map(String).includes(String(programme.level))) {
        return false;
    }
    if (reach.all) {
        return true;
    }
    const groupings = new Set<AstNode>();
    for (const ref of programme.groupings) {
        // The programme's groupings and every grouping they lie within (cycle-safe).
        for (let grouping = ref.ref; grouping && !groupings.has(grouping); grouping = grouping.parent?.ref) {
            groupings.add(grouping);
        }
    }
    return reach.targets.some(target => target.ref === programme || (isGrouping(target.ref) && groupings.has(target.ref)));
}

/** A policy's rules followed by those of the policies it extends, nearest first (cycle-safe). */
function inheritedRules(policy: Policy): AstNode[] {
    const rules: AstNode[] = [];
    const seen = new Set<Policy>();
    const queue = [policy];
    while (queue.length > 0) {
        const current = queue.shift()!;
        if (seen.has(current)) {
            continue;
        }
        seen.add(current);
        rules.push(...current.rules);
        current.extends.forEach(ref => ref.ref && queue.push(ref.ref));
    }
    return rules;
}

function expandYears(years: YearSet): number[] {
    const result = new Set<number>();
    for (const range of years.ranges) {
        const to = range.to ?? range.from;
        for (let year = range.from; year <= to && year - range.from < MAX_YEARS; year++) {
            result.add(year);
        }
    }
    return [...result].sort((a, b) => a - b);
}

/** Summed min..max per unit: SBU and EC add up as SBU, hours and contact hours stay apart. */
type Sum = Map<UnitId | string, { min: number; max: number }>;

function sumSizes(sizes: Size[]): Sum {
    const sum: Sum = new Map();
    for (const size of sizes) {
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
