import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { GrammarUtils } from 'langium';
import type { Grouping, Location, OfferingAstType, Programme, ProgrammeOffering, Provider } from '../generated/ast.js';
import type { Reporter } from './reporter.js';

/** Structure: unique offerings, groupings as a tree, locations and providers that belong together and under a board. */
export class StructureChecks {
    constructor(private readonly reporter: Reporter) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Programme: this.checkDuplicateOfferings,
            Grouping: this.checkGroupingCycle,
            ProgrammeOffering: this.checkLocationUsed,
            Provider: this.checkProviderBoard,
            Location: this.checkLocationBoard,
        };
    }

    checkDuplicateOfferings = (programme: Programme, accept: ValidationAcceptor): void => {
        const seen = new Set<string>();
        for (const offering of programme.offerings) {
            const names = (refs: Array<{ $refText: string }>): string => refs.map(r => r.$refText).sort().join(',');
            const key = [offering.provider?.$refText, offering.location?.$refText, offering.pathway ?? '',
                names(offering.characteristics), names(offering.targetGroups)].join('|');
            if (seen.has(key)) {
                const offered = GrammarUtils.findNodeForKeyword(offering.$cstNode, 'offered');
                this.reporter.report(accept, 'error', 'offering.offering.duplicate', {
                    programme: programme.name, provider: offering.provider?.$refText, location: offering.location?.$refText,
                    pathway: offering.pathway ? ` (${offering.pathway})` : '',
                }, offering, { range: offered?.range });
            }
            seen.add(key);
        }
    };

    /** Reported on every grouping on the cycle; the walk stops at the first repeat. */
    checkGroupingCycle = (grouping: Grouping, accept: ValidationAcceptor): void => {
        const chain: Grouping[] = [grouping];
        const seen = new Set<Grouping>([grouping]);
        for (let current = grouping.parent?.ref; current; current = current.parent?.ref) {
            chain.push(current);
            if (current === grouping) {
                this.reporter.report(accept, 'error', 'offering.grouping.cycle',
                    { grouping: grouping.name, chain: chain.map(g => g.name).join(' -> ') }, grouping, { property: 'parent' });
                return;
            }
            if (seen.has(current)) {
                return; // a cycle further up, reported on its own members
            }
            seen.add(current);
        }
    };

    checkLocationUsed = (offering: ProgrammeOffering, accept: ValidationAcceptor): void => {
        const provider = offering.provider?.ref;
        const location = offering.location?.ref;
        if (provider && location && !location.providers.some(ref => ref.ref === provider)) {
            this.reporter.report(accept, 'error', 'offering.offering.location-not-used',
                { provider: provider.name, location: location.name }, offering, { property: 'location' },
                { provider: provider.name, location: location.name });
        }
    };

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
