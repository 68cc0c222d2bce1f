import type { AstNode } from 'langium';
import type { Size, YearSet } from '../generated/ast.js';
import {
    isBoard, isCalendar, isCharacteristic, isGroup, isGrouping, isLocation, isModule, isPeriod, isPolicy, isProgramme,
    isProvider, isTargetGroup,
} from '../generated/ast.js';
import type { Locale, Texts } from '../i18n/messages.js';
import { TEXTS } from '../i18n/messages.js';
import { sizeFacts, sizeText } from '../model/sizes.js';
import { qualifiedName } from '../references/names.js';
import { glossaryEntryFor } from '../vocabulary/glossary.js';

/**
 * The key facts of a definition as short label/value pairs, in one language: what hover
 * shows under a name and what completion shows as an item's detail. Read from the AST
 * only, so it works on half-written and unresolved input.
 */
export interface Fact {
    label: string;
    value: string;
}


/** `= 210 SBU` for a size in a unit that converts to SBU (EC); undefined for SBU itself and clock hours. */
export function sbuEquivalent(size: Size): string | undefined {
    const facts = sizeFacts(size);
    if (facts.unit === 'SBU' || !facts.sbu) {
        return undefined;
    }
    return facts.ranged ? `= ${facts.sbu.min}..${facts.sbu.max} SBU` : `= ${facts.sbu.min} SBU`;
}

/** `1..3, 5` (without the `years` keyword). */
export function yearSetText(years: YearSet): string {
    return years.ranges.map(range => range.to === undefined ? `${range.from}` : `${range.from}..${range.to}`).join(', ');
}

/** The concept name of a definition, e.g. `programme` / `opleiding`, from the glossary. */
export function kindName(node: AstNode, locale: Locale): string {
    const keyword = isModule(node) ? node.kind
        : isGroup(node) ? (node.kind === 'class' ? 'class' : 'teaching')
        : isTargetGroup(node) ? 'target'
        : node.$type.toLowerCase();
    // `periode (blok, trimester, semester)` -> `periode`: the heading needs the plain term.
    return glossaryEntryFor(keyword, node.$type)?.term[locale].replace(/ \(.*\)$/, '') ?? node.$type;
}

export function definitionFacts(node: AstNode, locale: Locale): Fact[] {
    const facts: Fact[] = [];
    const add = (label: Exclude<keyof Texts['facts'], 'to' | 'all'>, value: string | number | undefined) => {
        if (value !== undefined && value !== '') {
            facts.push({ label: TEXTS[locale].facts[label], value: String(value) });
        }
    };
    const names = (refs: Array<{ $refText: string }>) => refs.length ? refs.map(ref => ref.$refText).join(', ') : undefined;
    if (isBoard(node) || isCharacteristic(node) || isTargetGroup(node)) {
        add('code', node.code);
    } else if (isProvider(node)) {
        add('code', node.code);
        add('boards', names(node.boards));
    } else if (isLocation(node)) {
        add('code', node.code);
        add('address', node.address);
        add('boards', names(node.boards));
        add('usedBy', names(node.providers));
    } else if (isCalendar(node)) {
        add('periods', node.periods.length ? node.periods.map(period => `${period.name} (${periodDates(period.start, period.end, locale)})`).join(', ') : undefined);
    } else if (isPeriod(node)) {
        add('dates', periodDates(node.start, node.end, locale));
        add('calendar', isCalendar(node.$container) ? node.$container.name : undefined);
    } else if (isGrouping(node)) {
        add('within', node.parent?.$refText);
    } else if (isProgramme(node)) {
        node.codes.filter(code => code.value !== undefined).forEach(code => facts.push({ label: code.kind, value: String(code.value) }));
        add('level', node.level);
        add('years', node.years ? yearSetText(node.years) : undefined);
        add('pathways', node.pathways.length ? node.pathways.join(', ') : undefined);
    } else if (isModule(node)) {
        add('code', node.code);
        if (node.size) {
            const equivalent = sbuEquivalent(node.size);
            add('size', equivalent ? `${sizeText(node.size)} (${equivalent})` : sizeText(node.size));
        }
        if (isProgramme(node.$container)) {
            add('years', node.years ? `${yearSetText(node.years)} (${node.$container.name})` : undefined);
        }
        add('for', node.programmes.length
            ? node.programmes.map(p => p.years ? `${p.programme?.$refText ?? '?'} ${yearsWord(p.years)} ${yearSetText(p.years)}` : p.programme?.$refText ?? '?').join(', ')
            : undefined);
        add('levels', node.levels.length ? node.levels.join(', ') : undefined);
    } else if (isPolicy(node)) {
        add('extends', names(node.extends));
        if (node.reach) {
            add('appliesTo', node.reach.all ? TEXTS[locale].facts.all : names(node.reach.targets));
        }
    }
    return facts;
}

function yearsWord(years: YearSet): string {
    return years.ranges.length === 1 && years.ranges[0].to === undefined ? 'year' : 'years';
}

function periodDates(start: string | undefined, end: string | undefined, locale: Locale): string | undefined {
    return start && end ? `${start} ${TEXTS[locale].facts.to} ${end}` : undefined;
}

/** A definition's heading: `programme **SoftwareDeveloper** "Software Developer"`. */
export function definitionHeading(node: AstNode & { name?: string; title?: string }, locale: Locale): string {
    const name = qualifiedName(node) ?? node.name ?? '';
    return `${kindName(node, locale)} **${name}**${node.title ? ` "${node.title}"` : ''}`;
}
