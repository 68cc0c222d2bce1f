import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Board, Location, Module, OfferingAstType, Programme, ProgrammeCode, ProgrammeOffering, Provider, Reach, Teaching } from '../generated/ast.js';
import { KNOWN_LEVELS, isKnownLevel, isMboLevel, isPathway, suggestLevels } from '../model/levels.js';
import type { PhraseKey } from '../i18n/messages.js';
import type { Reporter } from './reporter.js';

const FORMATS = {
    'offering.code.board-format': /^\d{3}B\d{3}$/,
    'offering.code.provider-format': /^\d{3}A\d{3}$/,
    'offering.code.location-format': /^\d{3}X\d{3}$/,
    'offering.code.programme-unit-format': /^\d{4}O\d{4}$/,
    'offering.code.crebo-format': /^\d{5}$/,
} as const;
type FormatCode = keyof typeof FORMATS;

/** Codes and classifications: RIO and crebo formats, known levels, pathways only where they apply. */
export class CodeChecks {
    constructor(private readonly reporter: Reporter) { }

    checks(): ValidationChecks<OfferingAstType> {
        return {
            Board: (node, accept) => this.checkFormat(node, 'offering.code.board-format', accept),
            Provider: (node, accept) => this.checkFormat(node, 'offering.code.provider-format', accept),
            Location: (node, accept) => this.checkFormat(node, 'offering.code.location-format', accept),
            ProgrammeCode: this.checkProgrammeCode,
            Programme: [this.checkLevel, this.checkProgrammePathways],
            Module: (node, accept) => this.checkLevels(node, node.levels, accept),
            Teaching: (node, accept) => this.checkLevels(node, node.levels, accept),
            Reach: (node, accept) => this.checkLevels(node, node.levels, accept),
            ProgrammeOffering: this.checkOfferingPathway,
        };
    }

    private checkFormat(node: Board | Provider | Location, code: FormatCode, accept: ValidationAcceptor): void {
        if (node.code !== undefined && !FORMATS[code].test(String(node.code))) {
            this.reporter.report(accept, 'error', code, { code: String(node.code) }, node, { property: 'code' });
        }
    }

    checkProgrammeCode = (code: ProgrammeCode, accept: ValidationAcceptor): void => {
        const issue: FormatCode = code.kind === 'crebo' ? 'offering.code.crebo-format' : 'offering.code.programme-unit-format';
        if (!FORMATS[issue].test(String(code.value))) {
            this.reporter.report(accept, 'error', issue, { code: String(code.value) }, code, { property: 'value' });
        }
    };

    checkLevel = (programme: Programme, accept: ValidationAcceptor): void => {
        if (programme.level !== undefined && !isKnownLevel(String(programme.level))) {
            this.reporter.report(accept, 'error', 'offering.programme.level-invalid',
                { level: String(programme.level), known: KNOWN_LEVELS.join(', '), suggestion: this.suggestion(String(programme.level)) }, programme, { property: 'level' });
        }
    };

    /** The levels a module is offered at, a group teaches at, or a policy reaches. */
    private checkLevels(node: Module | Teaching | Reach, levels: Array<string | number>, accept: ValidationAcceptor): void {
        levels.forEach((value, index) => {
            const level = String(value);
            if (!isKnownLevel(level)) {
                this.reporter.report(accept, 'error', 'offering.level.unknown',
                    { level, known: KNOWN_LEVELS.join(', '), suggestion: this.suggestion(level) }, node, { property: 'levels', index });
            }
        });
    }

    /** ` Did you mean havo?` or nothing. */
    private suggestion(level: string): string {
        const suggested = suggestLevels(level);
        return suggested.length > 0 ? this.reporter.messages.texts.didYouMean(suggested.join(', ')) : '';
    }

    checkProgrammePathways = (programme: Programme, accept: ValidationAcceptor): void => {
        programme.pathways.forEach((pathway, index) => {
            const reason = this.pathwayProblem(programme, pathway, false);
            if (reason) {
                this.reportPathway(programme, pathway, reason, { node: programme, property: 'pathways', index }, accept);
            }
        });
    };

    checkOfferingPathway = (offering: ProgrammeOffering, accept: ValidationAcceptor): void => {
        const programme = offering.$container;
        const reason = offering.pathway !== undefined ? this.pathwayProblem(programme, offering.pathway, true) : undefined;
        if (offering.pathway !== undefined && reason) {
            this.reportPathway(programme, offering.pathway, reason, { node: offering, property: 'pathway' }, accept);
        }
    };

    private pathwayProblem(programme: Programme, pathway: string, checkListed: boolean): PhraseKey | undefined {
        if (programme.level !== undefined && isKnownLevel(String(programme.level)) && !isMboLevel(String(programme.level))) return 'pathway.not-mbo';
        if (!isPathway(pathway)) return 'pathway.unknown';
        if (checkListed && programme.pathways.length > 0 && !programme.pathways.includes(pathway)) return 'pathway.not-listed';
        return undefined;
    }

    private reportPathway(programme: Programme, pathway: string, reason: PhraseKey,
        where: { node: Programme | ProgrammeOffering; property: string; index?: number }, accept: ValidationAcceptor): void {
        this.reporter.report(accept, 'error', 'offering.offering.pathway-not-applicable',
            { pathway, programme: programme.name, reason: this.reporter.messages.phrase(reason) }, where.node,
            { property: where.property, index: where.index });
    }
}
