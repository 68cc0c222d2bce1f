import type { AstNode, AstReflection, ReferenceInfo } from 'langium';
import { isAstNode, isMultiReference, isReference } from 'langium';

// Walking an AST without Langium's streams: `AstUtils.streamAst` and `streamReferences` make a
// stream and an `Object.keys` array per node, which were most of what linking and reference
// indexing allocated (`bench/alloc-profile.ts`). Both keep Langium's order.

/**
 * The child nodes of a node, pushed so that the first child is popped first: popping gives the
 * order of `AstUtils.streamAst` without its stream and keys array per node. Shared by linking, reference
 * indexing and validation.
 */
export function pushChildren(node: AstNode, stack: AstNode[]): void {
    const start = stack.length;
    for (const key in node) {
        if (key.startsWith('$')) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) {
                if (isAstNode(item)) stack.push(item);
            }
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    // Reverse what was pushed: the stack pops from the end.
    for (let i = start, j = stack.length - 1; i < j; i++, j--) {
        [stack[i], stack[j]] = [stack[j]!, stack[i]!];
    }
}

/** What `AstUtils.streamReferences(node)` yields, in its order, read from the properties the grammar declares as references. */
export class NodeReferences {
    /** Per AST type, the properties that hold cross-references (from the reflection). */
    private readonly byType = new Map<string, ReadonlySet<string>>();

    constructor(private readonly reflection: AstReflection) { }

    /** Own keys in insertion order, array elements by index, as `streamReferences`. */
    forEach(node: AstNode, action: (refInfo: ReferenceInfo) => void): void {
        const properties = this.propertiesOf(node.$type);
        if (properties.size === 0) {
            return;
        }
        const record = node as unknown as Record<string, unknown>;
        for (const property in record) {
            if (!properties.has(property) || !Object.prototype.hasOwnProperty.call(record, property)) {
                continue;
            }
            const value = record[property];
            if (isReference(value) || isMultiReference(value)) {
                action({ reference: value, container: node, property });
            } else if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const element: unknown = value[index];
                    if (isReference(element) || isMultiReference(element)) {
                        action({ reference: element, container: node, property, index });
                    }
                }
            }
        }
    }

    private propertiesOf(type: string): ReadonlySet<string> {
        let properties = this.byType.get(type);
        if (!properties) {
            const declared = Object.values(this.reflection.getTypeMetaData(type).properties);
            properties = new Set(declared.filter(property => property.referenceType !== undefined).map(property => property.name));
            this.byType.set(type, properties);
        }
        return properties;
    }
}
