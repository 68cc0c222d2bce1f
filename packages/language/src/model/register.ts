import type { AstNode } from 'langium';
import type { Board, Location, Programme, ProgrammeOffering, Provider } from '../generated/ast.js';
import { isBoard, isLocation, isProgramme, isProvider } from '../generated/ast.js';
import { isKnownLevel, isMboLevel } from './levels.js';

/** A definition that carries a RIO code meant to be unique in the register. */
export type CodedDefinition = Board | Provider | Location | Programme;

/**
 * What the national register (RIO) keys on, read once per workspace state: which definitions
 * carry the same code, and which offerings of programmes with the same crebo are the same
 * aangeboden opleiding (one per provider x location x pathway, told apart only by
 * characteristics and target groups).
 */
export interface RegisterFacts {
    /** The definitions per code, by kind (`Board:100B490`, `Programme:1234O5678` for a `rio` code); only codes used more than once. */
    readonly sharedCodes: ReadonlyMap<string, readonly CodedDefinition[]>;
    /** The offerings per crebo x provider x location x pathway x characteristics x target groups; only keys with offerings of more than one programme. */
    readonly sameCrebo: ReadonlyMap<string, readonly ProgrammeOffering[]>;
}

/** The key a definition's code is registered under, or undefined when it has none. */
export function codeKeys(node: CodedDefinition): string[] {
    if (isProgramme(node)) {
        return node.codes.filter(code => code.kind === 'rio' && code.value !== undefined).map(code => `Programme:${String(code.value)}`);
    }
    return node.code === undefined ? [] : [`${node.$type}:${String(node.code)}`];
}

/** The crebo of a programme (the first written), or undefined. */
export function creboOf(programme: Programme): string | undefined {
    const code = programme.codes.find(c => c.kind === 'crebo' && c.value !== undefined);
    return code ? String(code.value) : undefined;
}

/** The register key of an offering: its programme's crebo, provider, location, pathway, characteristics and target groups. */
export function offeringKey(offering: ProgrammeOffering): string | undefined {
    const crebo = creboOf(offering.$container);
    const provider = offering.provider?.ref;
    const location = offering.location?.ref;
    if (!crebo || !provider || !location) {
        return undefined;
    }
    const names = (refs: Array<{ $refText: string }>): string => [...new Set(refs.map(r => r.$refText))].sort().join(',');
    const programme = offering.$container;
    return [crebo, provider.name, location.name, offering.pathway ?? '',
        names([...programme.characteristics, ...offering.characteristics]), names([...programme.targetGroups, ...offering.targetGroups])].join('|');
}

export function registerFacts(definitions: readonly AstNode[]): RegisterFacts {
    const codes = new Map<string, CodedDefinition[]>();
    const offerings = new Map<string, ProgrammeOffering[]>();
    for (const node of definitions) {
        if (isBoard(node) || isProvider(node) || isLocation(node) || isProgramme(node)) {
            for (const key of codeKeys(node)) {
                codes.set(key, [...(codes.get(key) ?? []), node]);
            }
        }
        if (isProgramme(node)) {
            for (const offering of node.offerings) {
                const key = offeringKey(offering);
                if (key) offerings.set(key, [...(offerings.get(key) ?? []), offering]);
            }
        }
    }
    return {
        sharedCodes: new Map([...codes].filter(([, nodes]) => nodes.length > 1)),
        sameCrebo: new Map([...offerings].filter(([, list]) => new Set(list.map(o => o.$container)).size > 1)),
    };
}

/** Whether a programme is mbo by its level; undefined when it states no (known) level. */
export function sectorOf(programme: Programme): 'mbo' | 'other' | undefined {
    if (programme.level === undefined || !isKnownLevel(String(programme.level))) return undefined;
    return isMboLevel(String(programme.level)) ? 'mbo' : 'other';
}
