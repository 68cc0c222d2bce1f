import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Board, Intake, Location, Module, ModuleOffering, OfferingAstType, Programme, ProgrammeOffering, Provider, YearRange } from '../generated/ast.js';
import { isCalendar } from '../generated/ast.js';
import { compareDates, isValidDate } from '../model/dates.js';
import { resolveIntake } from '../model/intakes.js';
import type { CodedDefinition } from '../model/register.js';
import { codeKeys, creboOf, offeringKey, sectorOf } from '../model/register.js';
import type { SemanticModel } from '../model/semantic-model.js';
import type { Reporter } from './reporter.js';

const KEUZEDEEL_CODE = /^K\d{4}$/;

/** Register consistency (RIO): unique codes, one aangeboden opleiding per key, mbo codes and pathways where they belong, dates in order. */
export class RegisterChecks {
    constructor(private readonly reporter: Reporter, private readonly model: SemanticModel) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Board: this.checkSharedCode,
            Provider: this.checkSharedCode,
            Location: this.checkSharedCode,
            Programme: [this.checkSharedCode, this.checkCrebo],
            ProgrammeOffering: [this.checkSameCrebo, this.checkPathwayMissing, this.checkLocationBoards],
            ModuleOffering: this.checkLocationBoards,
            Module: this.checkKeuzedeelCode,
            Intake: [this.checkRegistration, this.checkPeriodCalendar],
            YearRange: this.checkYearZero,
        };
    }

    checkSharedCode = (node: CodedDefinition, accept: ValidationAcceptor): void => {
        const shared = this.model.registerFacts().sharedCodes;
        for (const key of codeKeys(node)) {
            const others = shared.get(key)?.filter(other => other !== node);
            const other = others?.[0];
            if (!other) continue;
            const code = key.slice(key.indexOf(':') + 1);
            const place = this.codePlace(node, code);
            this.reporter.report(accept, 'error', 'offering.code.duplicate',
                { code, kind: this.reporter.messages.bareKind(node.$type), other: other.name }, place.node,
                { property: place.property, related: this.relatedCode(other, code) });
        }
    };

    /** Where the other definition writes the shared code, as a related place. */
    private relatedCode(other: CodedDefinition, code: string): DiagnosticRelatedInformation[] | undefined {
        const place = this.codePlace(other, code);
        const range = GrammarUtils.findNodeForProperty(place.node.$cstNode, place.property)?.range;
        return range ? [{ location: { uri: AstUtils.getDocument(other).uri.toString(), range }, message: this.reporter.messages.texts.related.otherCode(code) }] : undefined;
    }

    private codePlace(node: CodedDefinition, code: string): { node: CodedDefinition | Programme['codes'][number]; property: string } {
        if ('codes' in node) {
            const written = node.codes.find(c => c.kind === 'rio' && String(c.value) === code);
            return written ? { node: written, property: 'value' } : { node, property: 'name' };
        }
        return { node, property: 'code' };
    }

    checkCrebo = (programme: Programme, accept: ValidationAcceptor): void => {
        const sector = sectorOf(programme);
        // RIO registers offerings: an mbo programme that is offered needs its crebo (a draft that is not offered yet does not).
        if (sector === 'mbo' && programme.offerings.length > 0 && !creboOf(programme)) {
            this.reporter.report(accept, 'error', 'offering.programme.crebo-missing', { programme: programme.name }, programme, { property: 'name' });
        }
        if (sector === 'other') {
            for (const code of programme.codes.filter(c => c.kind === 'crebo')) {
                this.reporter.report(accept, 'error', 'offering.programme.crebo-not-mbo',
                    { programme: programme.name, level: String(programme.level) }, code, { property: 'kind' });
            }
        }
    };

    checkSameCrebo = (offering: ProgrammeOffering, accept: ValidationAcceptor): void => {
        const key = offeringKey(offering);
        const same = key ? this.model.registerFacts().sameCrebo.get(key) : undefined;
        const other = same?.find(o => o.$container !== offering.$container);
        if (!other) {
            return;
        }
        this.reporter.report(accept, 'error', 'offering.offering.same-crebo', {
            programme: offering.$container.name, other: other.$container.name, crebo: creboOf(offering.$container) ?? '',
            provider: offering.provider?.$refText ?? '', location: offering.location?.$refText ?? '', pathway: offering.pathway ? ` (${offering.pathway})` : '',
        }, offering, {
            range: GrammarUtils.findNodeForKeyword(offering.$cstNode, 'offered')?.range,
            related: this.reporter.related(other, GrammarUtils.findNodeForKeyword(other.$cstNode, 'offered')?.range,
                this.reporter.messages.texts.related.sameCrebo(creboOf(other.$container) ?? '')),
        });
    };

    checkPathwayMissing = (offering: ProgrammeOffering, accept: ValidationAcceptor): void => {
        if (offering.pathway === undefined && sectorOf(offering.$container) === 'mbo') {
            this.reporter.report(accept, 'error', 'offering.offering.pathway-missing', { programme: offering.$container.name },
                offering, { range: GrammarUtils.findNodeForKeyword(offering.$cstNode, 'offered')?.range });
        }
    };

    /** E4: a location under several boards is fine, but it must fall under a board of each provider that offers there. */
    checkLocationBoards = (offering: ProgrammeOffering | ModuleOffering, accept: ValidationAcceptor): void => {
        const provider = offering.provider?.ref;
        const location = offering.location?.ref;
        const boardsOf = (node: Provider | Location): Board[] => node.boards.map(ref => ref.ref).filter((b): b is Board => b !== undefined);
        if (!provider || !location) {
            return;
        }
        const providerBoards = boardsOf(provider);
        const locationBoards = boardsOf(location);
        if (providerBoards.length > 0 && locationBoards.length > 0 && !providerBoards.some(board => locationBoards.includes(board))) {
            this.reporter.report(accept, 'error', 'offering.offering.location-board', {
                location: location.name, provider: provider.name,
                locationBoards: locationBoards.map(b => b.name).join(', '), providerBoards: providerBoards.map(b => b.name).join(', '),
            }, offering, { property: 'location' });
        }
    };

    checkKeuzedeelCode = (module: Module, accept: ValidationAcceptor): void => {
        if (module.kind === 'keuzedeel' && module.code !== undefined && !KEUZEDEEL_CODE.test(String(module.code))) {
            this.reporter.report(accept, 'error', 'offering.code.keuzedeel-format', { code: String(module.code) }, module, { property: 'code' });
        }
    };

    /** Registration must open before the intake it is for: before the first fixed date or period start, or before a flexible window ends. */
    checkRegistration = (intake: Intake, accept: ValidationAcceptor): void => {
        const resolved = resolveIntake(intake);
        const opens = resolved.registration?.from;
        if (!opens || !isValidDate(opens)) {
            return;
        }
        const dates = resolved.moments.filter(m => m.kind !== 'window').map(m => m.date).filter(isValidDate).sort(compareDates);
        const latest = resolved.window && isValidDate(resolved.window.to) ? resolved.window.to : dates[0];
        if (latest && compareDates(opens, latest) > 0) {
            this.reporter.report(accept, 'error', 'offering.intake.registration-after-intake', { opens, intake: latest },
                intake.registration!, { property: 'start' });
        }
    };

    checkPeriodCalendar = (intake: Intake, accept: ValidationAcceptor): void => {
        const inUse = this.model.calendarOf(intake);
        if (!inUse) {
            return;
        }
        intake.periods.forEach((reference, index) => {
            const calendar = reference.ref?.$container;
            if (isCalendar(calendar) && calendar !== inUse) {
                this.reporter.report(accept, 'error', 'offering.intake.period-other-calendar',
                    { period: reference.$refText, calendar: calendar.name, inUse: inUse.name }, intake, { property: 'periods', index });
            }
        });
    };

    checkYearZero = (range: YearRange, accept: ValidationAcceptor): void => {
        if (range.from === 0 || range.to === 0) {
            this.reporter.report(accept, 'error', 'offering.years.zero', {}, range);
        }
    };
}
