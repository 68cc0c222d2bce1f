import type { AstNode, AstNodeDescription, AstReflection, CstNode, DocumentSegment, LangiumCoreServices, LangiumDocument, ReferenceDescription, ReferenceInfo, URI } from 'langium';
import { AstUtils, Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isAstNode, isMultiReference, isReference, UriUtils } from 'langium';
import type { EditorLimits } from '../workspace/editor-limits.js';

/**
 * Give other work a turn (and honour cancellation) after this many nodes, not after every node.
 * Shared by reference indexing and validation; it lives here, the lower layer, so that
 * references/ never imports validation/.
 */
export const NODES_PER_TURN = 500;

/**
 * The child nodes of a node, pushed so that the first child is popped first: popping gives the
 * order of `AstUtils.streamAst` without its stream and keys array per node. Shared with validation.
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

/**
 * Langium's reference descriptions (the index of who refers to what), built in a tight loop:
 * Langium awaits once per AST node, which for a large workspace costs more than the
 * descriptions themselves.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultReferenceDescriptionProvider`;
 * `test/language/langium-contract.test.ts`): Langium's `createDescriptions` is this loop over
 * `AstUtils.streamAst` and `streamReferences`, skipping references with an error, with one
 * `createInfoDescriptions(refInfo)` per reference; only the per-node await differs.
 * A description's `segment` (where the reference is written) is computed when read, as for
 * node descriptions (`node-descriptions.ts`): most are never read, and each was four objects;
 * Langium's `createInfoDescriptions` is otherwise the same (`test/language/node-descriptions.test.ts`
 * compares the two).
 */
export class OfferingReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    private readonly limits: EditorLimits;
    private readonly reflection: AstReflection;
    /** Per AST type, the properties the grammar declares as cross-references (from the reflection). */
    private readonly referenceProperties = new Map<string, ReadonlySet<string>>();

    constructor(services: LangiumCoreServices & { editor: { Limits: EditorLimits } }) {
        super(services);
        this.limits = services.editor.Limits;
        this.reflection = services.shared.AstReflection;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        if (this.limits.isSyntaxOnly(document)) {
            return descriptions; // not linked: reading each reference would link them all
        }
        let visited = 0;
        const stack: AstNode[] = [document.parseResult.value];
        for (let node = stack.pop(); node; node = stack.pop()) {
            if (++visited % NODES_PER_TURN === 0) {
                await interruptAndCheck(cancelToken);
            }
            this.collectReferences(node, descriptions);
            pushChildren(node, stack);
        }
        return descriptions;
    }

    /**
     * What `AstUtils.streamReferences(node).forEach(...)` does, in the same order (own keys in
     * insertion order, array elements by index), without a stream and a keys array per node:
     * those were most of what indexing references allocated (`bench/alloc-profile.ts`). Only
     * properties the grammar declares as references are read; nodes without any are skipped.
     */
    private collectReferences(node: AstNode, descriptions: ReferenceDescription[]): void {
        const properties = this.referencePropertiesOf(node.$type);
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
                this.addInfoDescriptions({ reference: value, container: node, property }, descriptions);
            } else if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const element: unknown = value[index];
                    if (isReference(element) || isMultiReference(element)) {
                        this.addInfoDescriptions({ reference: element, container: node, property, index }, descriptions);
                    }
                }
            }
        }
    }

    private addInfoDescriptions(refInfo: ReferenceInfo, descriptions: ReferenceDescription[]): void {
        if (!refInfo.reference.error) {
            for (const description of this.createInfoDescriptions(refInfo)) descriptions.push(description);
        }
    }

    private referencePropertiesOf(type: string): ReadonlySet<string> {
        let properties = this.referenceProperties.get(type);
        if (!properties) {
            const declared = Object.values(this.reflection.getTypeMetaData(type).properties);
            properties = new Set(declared.filter(property => property.referenceType !== undefined).map(property => property.name));
            this.referenceProperties.set(type, properties);
        }
        return properties;
    }

    protected override createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[] {
        const reference = refInfo.reference;
        const refNode = reference.$refNode;
        if (reference.error || !refNode) {
            return [];
        }
        let targets: AstNodeDescription[] = [];
        if (isReference(reference) && reference.$nodeDescription) {
            targets = [reference.$nodeDescription];
        } else if (isMultiReference(reference)) {
            targets = reference.items.map(item => item.$nodeDescription).filter(item => item !== undefined);
        }
        const sourceUri = AstUtils.getDocument(refInfo.container).uri;
        const sourcePath = this.nodeLocator.getAstNodePath(refInfo.container);
        return targets.map(target => new ReferenceAt(sourceUri, sourcePath, target.documentUri, target.path, UriUtils.equals(target.documentUri, sourceUri), refNode));
    }
}

class ReferenceAt implements ReferenceDescription {
    private segmentCache: DocumentSegment | undefined = undefined;

    constructor(
        readonly sourceUri: URI,
        readonly sourcePath: string,
        readonly targetUri: URI,
        readonly targetPath: string,
        readonly local: boolean,
        private readonly refNode: CstNode,
    ) { }

    get segment(): DocumentSegment {
        return this.segmentCache ??= CstUtils.toDocumentSegment(this.refNode);
    }
}
