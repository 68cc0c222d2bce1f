import type { Choice, Module } from '../generated/ast.js';
import { yearsOf } from './programme-index.js';
import type { Bandwidth, SizeFacts, UnitId } from './sizes.js';
import { addAmounts, inUnit, sizeFacts } from './sizes.js';

/**
 * A choice of a programme (`choose 480 SBU in years 2..3 from ...`, `choose 1 module from ...`):
 * the student takes that much of the options, not all of them. The year volume and the
 * keuzedeel volume count what is chosen, never the catalogue of options.
 */
export interface ChoiceFacts {
    readonly node: Choice;
    /** The years it names, sorted (empty: no particular year, so it counts for no year's volume). */
    readonly years: number[];
    /** The options that resolve, in written order, each once. */
    readonly options: Module[];
    /** `choose N modules`: N; undefined for a choice by size. */
    readonly count?: number;
    /** `choose 480 SBU`: the size read; undefined for a choice by count. */
    readonly size?: SizeFacts;
    /**
     * What a student takes, in a unit: the size, or for `choose N modules` the N smallest minimums
     * up to the N largest maximums of the options. Undefined when a size does not convert to the
     * unit (hours vs SBU) or is not complete.
     */
    volumeIn(unit: UnitId): Bandwidth | undefined;
    /** All options together, in a unit; undefined when one does not convert. Options without size count 0. */
    offeredIn(unit: UnitId): Bandwidth | undefined;
}

export function choiceFacts(node: Choice, sizeOf: (module: Module) => SizeFacts | undefined): ChoiceFacts {
    const options = [...new Set(node.options.map(option => option.ref).filter((m): m is Module => m !== undefined))];
    const size = node.size ? sizeFacts(node.size) : undefined;
    const converted = (unit: UnitId): Bandwidth[] | undefined => {
        const result: Bandwidth[] = [];
        for (const option of options) {
            const bandwidth = sizeOf(option)?.bandwidth;
            if (!bandwidth) continue;
            const inTarget = inUnit(bandwidth, unit);
            if (!inTarget) return undefined;
            result.push(inTarget);
        }
        return result;
    };
    return {
        node,
        years: yearsOf(node.years),
        options,
        count: node.count,
        size,
        volumeIn(unit) {
            if (node.count === undefined) {
                return size?.bandwidth && inUnit(size.bandwidth, unit);
            }
            const sizes = converted(unit);
            if (!sizes) return undefined;
            const n = Math.min(node.count, sizes.length);
            const mins = sizes.map(s => s.min).sort((a, b) => a - b).slice(0, n);
            const maxes = sizes.map(s => s.max).sort((a, b) => b - a).slice(0, n);
            return { min: mins.reduce(addAmounts, 0), max: maxes.reduce(addAmounts, 0), unit };
        },
        offeredIn(unit) {
            const sizes = converted(unit);
            return sizes && { min: sizes.map(s => s.min).reduce(addAmounts, 0), max: sizes.map(s => s.max).reduce(addAmounts, 0), unit };
        },
    };
}
