import type { AstNode, AstNodeDescription } from 'langium';
import { AstUtils } from 'langium';
import { isCalendar, isDocument, isModule, isPeriod, isProgramme } from '../generated/ast.js';

/**
 * Qualified names: top-level definitions are known by their own name; a period by
 * `Calendar.Period` (nested: `Calendar.Year.S1.B1`) and a module nested in a programme by
 * `Programme.Module`; in a file that starts with `namespace Oost`, each of these with `Oost.` in
 * front (`Oost.Schooljaar2026.B1`).
 * These are the names other files use and the names in the catalogue.
 */
export function qualifiedName(node: AstNode & { name?: string }): string | undefined {
    const name = node.name;
    if (!name) {
        return undefined;
    }
    const container = node.$container;
    const namespace = namespaceOf(node);
    const local = localName(node, name, container);
    return local === undefined ? undefined : namespace ? `${namespace}.${local}` : local;
}

/** A name within its file: `Cal.Year.S1.B1` for a nested period, `Prog.Module` for a nested module. */
function localName(node: AstNode, name: string, container: AstNode | undefined): string | undefined {
    if (isPeriod(node) && (isCalendar(container) || isPeriod(container)) && container.name) {
        const outer = localName(container, container.name, container.$container);
        return outer ? `${outer}.${name}` : undefined;
    }
    if (isModule(node) && isProgramme(container) && container.name) {
        return `${container.name}.${name}`;
    }
    return name;
}

/** The namespace of the file a node is in; undefined for a file without `namespace` (the global one). */
export function namespaceOf(node: AstNode): string | undefined {
    const root = AstUtils.findRootNode(node);
    return isDocument(root) ? root.namespace : undefined;
}

/** The last segment of a (possibly qualified) name. */
export function simpleName(name: string): string {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.slice(dot + 1);
}

/**
 * Definitions in order of place: file, then position in it. Where a name is defined twice
 * (an error), the first by place is the one references resolve to and messages point at,
 * whatever order edits left the index in.
 */
export function byPlace(a: AstNodeDescription, b: AstNodeDescription): number {
    const ua = a.documentUri.toString();
    const ub = b.documentUri.toString();
    return ua < ub ? -1 : ua > ub ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The first two definitions by place (the first wins, the second is the one it is told about), in one pass. */
export function firstTwoByPlace(candidates: readonly AstNodeDescription[]): [AstNodeDescription | undefined, AstNodeDescription | undefined] {
    let first: AstNodeDescription | undefined;
    let second: AstNodeDescription | undefined;
    for (const candidate of candidates) {
        if (!first || byPlace(candidate, first) < 0) {
            second = first;
            first = candidate;
        } else if (!second || byPlace(candidate, second) < 0) {
            second = candidate;
        }
    }
    return [first, second];
}
