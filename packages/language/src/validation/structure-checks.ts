import type { LangiumSharedCoreServices, ValidationAcceptor, ValidationChecks } from 'langium';
import { GrammarUtils, WorkspaceCache } from 'langium';
import type { Group, Grouping, Location, Module, ModuleOffering, OfferingAstType, Programme, ProgrammeOffering, Provider } from '../generated/ast.js';
import { CURRENCY_CODES, isCurrencyCode, isLanguageCode, isPriceAmount, priceText, suggestCodes, suggestLanguages } from '../model/offering-attributes.js';
import { CYCLE_MEMBERS_SHOWN, cycleChain, FunctionalCycles } from '../model/cycles.js';
import type { Reporter } from './reporter.js';

/** Structure: unique offerings, groupings as a tree, locations and providers that belong together and under a board. */
export class StructureChecks {
    private readonly cache: WorkspaceCache<string, FunctionalCycles<Grouping>>;

    constructor(private readonly reporter: Reporter, shared: LangiumSharedCoreServices) {
        this.cache = new WorkspaceCache(shared);
    }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Programme: this.checkDuplicateOfferings,
            Grouping: this.checkGroupingCycle,
            ProgrammeOffering: [this.checkLocationUsed, this.checkCapacity, this.checkAttributes],
            ModuleOffering: [this.checkLocationUsed, this.checkCapacity, this.checkAttributes],
            Module: this.checkDuplicateModuleOfferings,
            Provider: this.checkProviderBoard,
            Location: this.checkLocationBoard,
            Group: this.checkMergedPeriods,
        };
    }

    /**
     * Several `during` clauses without a block lose their pairing: the older form gives every one of
     * their periods every student and module of the group. One warning per group, on the first clause.
     */
    checkMergedPeriods = (group: Group, accept: ValidationAcceptor): void => {
        const flat = group.compositions.filter(composition => !composition.block);
        if (flat.length > 1) {
            const periods = flat.flatMap(composition => composition.periods.map(period => period.$refText)).join(', ');
            this.reporter.report(accept, 'warning', 'offering.group.merged-periods', { group: group.name, periods }, flat[0]!);
        }
    };

    checkDuplicateOfferings = (programme: Programme, accept: ValidationAcceptor): void => {
        const seen = new Map<string, ProgrammeOffering>();
        for (const offering of programme.offerings) {
            const names = (refs: Array<{ $refText: string }>): string => refs.map(r => r.$refText).sort().join(',');
            const key = [offering.provider?.$refText, offering.location?.$refText, offering.pathway ?? '',
                names(offering.characteristics), names(offering.targetGroups)].join('|');
            const first = seen.get(key);
            if (first) {
                const offered = GrammarUtils.findNodeForKeyword(offering.$cstNode, 'offered');
                this.reporter.report(accept, 'error', 'offering.offering.duplicate', {
                    programme: programme.name, provider: offering.provider?.$refText, location: offering.location?.$refText,
                    pathway: offering.pathway ? ` (${offering.pathway})` : '',
                }, offering, {
                    range: offered?.range,
                    related: this.reporter.related(first, GrammarUtils.findNodeForKeyword(first.$cstNode, 'offered')?.range, this.reporter.messages.texts.related.sameOffering),
                });
            } else {
                seen.set(key, offering);
            }
        }
    };

    /** A module offered twice by one provider at one location: OOAPI would see one course offering. */
    checkDuplicateModuleOfferings = (module: Module, accept: ValidationAcceptor): void => {
        const seen = new Set<string>();
        for (const offering of module.offerings) {
            const key = `${offering.provider?.$refText}|${offering.location?.$refText}`;
            if (seen.has(key)) {
                this.reporter.report(accept, 'error', 'offering.module-offering.duplicate', {
                    module: module.name, provider: offering.provider?.$refText ?? '', location: offering.location?.$refText ?? '',
                }, offering, { range: GrammarUtils.findNodeForKeyword(offering.$cstNode, 'offered')?.range });
            }
            seen.add(key);
        }
    };

    /**
     * Reported on every grouping on a `within` cycle. Which groupings those are is worked out
     * once per workspace state (each has one parent: a walk per grouping, each walked once);
     * a grouping that only leads into a cycle is not on it and is not reported.
     */
    checkGroupingCycle = (grouping: Grouping, accept: ValidationAcceptor): void => {
        const cycles = this.cache.get('within-cycles', () => new FunctionalCycles<Grouping>(g => g.parent?.ref));
        const position = cycles.cycleOf(grouping);
        if (position) {
            const names = FunctionalCycles.walkFrom(position, CYCLE_MEMBERS_SHOWN).map(g => g.name);
            this.reporter.report(accept, 'error', 'offering.grouping.cycle',
                { grouping: grouping.name, chain: cycleChain(names, position.cycle.length), members: position.cycle.length }, grouping, { property: 'parent' });
        }
    };

    checkLocationUsed = (offering: ProgrammeOffering | ModuleOffering, accept: ValidationAcceptor): void => {
        const provider = offering.provider?.ref;
        const location = offering.location?.ref;
        if (provider && location && !location.providers.some(ref => ref.ref === provider)) {
            this.reporter.report(accept, 'error', 'offering.offering.location-not-used',
                { provider: provider.name, location: location.name }, offering, { property: 'location' },
                { provider: provider.name, location: location.name });
        }
    };

    /** A capacity counts students: a whole number, at least 1 (OOAPI maxNumberStudents is an int32). */
    checkCapacity = (offering: ProgrammeOffering | ModuleOffering, accept: ValidationAcceptor): void => {
        if (offering.capacity !== undefined && !(Number.isInteger(offering.capacity) && offering.capacity >= 1 && offering.capacity <= 2147483647)) {
            this.reporter.report(accept, 'error', 'offering.offering.capacity-invalid', { value: String(offering.capacity) }, offering, { property: 'capacity' });
        }
    };

    /** Price (at most two decimals, a known currency), teaching language (ISO 639-1) and a whole, positive duration. */
    checkAttributes = (offering: ProgrammeOffering | ModuleOffering, accept: ValidationAcceptor): void => {
        const { price, language, duration } = offering;
        if (price) {
            const amount = priceText(price);
            if (price.amount !== undefined && !isPriceAmount(amount)) {
                this.reporter.report(accept, 'error', 'offering.offering.price-invalid', { value: amount }, price, { property: 'amount' });
            }
            if (price.currency !== undefined && !isCurrencyCode(price.currency)) {
                const suggestions = suggestCodes(price.currency, CURRENCY_CODES);
                this.reporter.report(accept, 'error', 'offering.offering.currency-unknown',
                    { currency: price.currency, known: CURRENCY_CODES.join(', '), suggestion: this.suggestion(suggestions) },
                    price, { property: 'currency' }, { suggestions });
            }
        }
        if (language !== undefined && !isLanguageCode(language)) {
            const suggestions = suggestLanguages(language);
            this.reporter.report(accept, 'error', 'offering.offering.language-unknown',
                { language, suggestion: this.suggestion(suggestions) }, offering, { property: 'language' }, { suggestions });
        }
        if (duration?.value !== undefined && !(Number.isInteger(duration.value) && duration.value >= 1)) {
            this.reporter.report(accept, 'error', 'offering.offering.duration-invalid', { value: String(duration.value) }, duration, { property: 'value' });
        }
    };

    /** ` Did you mean EUR?` or nothing. */
    private suggestion(suggested: string[]): string {
        return suggested.length > 0 ? this.reporter.messages.texts.didYouMean(suggested.join(', ')) : '';
    }

    checkProviderBoard = (provider: Provider, accept: ValidationAcceptor): void => {
        if (provider.boards.length === 0) {
            this.reporter.report(accept, 'error', 'offering.provider.no-board', { provider: provider.name }, provider, { property: 'name' });
        }
    };

    checkLocationBoard = (location: Location, accept: ValidationAcceptor): void => {
        if (location.boards.length === 0) {
            this.reporter.report(accept, 'error', 'offering.location.no-board', { location: location.name }, location, { property: 'name' });
        }
    };
}
