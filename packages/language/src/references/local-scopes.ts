import type { AstNode, AstNodeDescription, AstReflection, LangiumDocument, Scope, Stream } from 'langium';
import { AstUtils, MultiMapScope, stream } from 'langium';

type LocalSymbols = NonNullable<LangiumDocument['localSymbols']>;

/**
 * The local symbols of a document (its definitions, a calendar's periods, a programme's
 * modules) looked up by name through a map instead of Langium's default scan of the whole
 * list for every reference: a file of n definitions that refer to each other linked in
 * O(n²) (a 1 MB file of chained groupings took minutes). Built once per container and
 * reference type, and forgotten with the document's local symbols when they are recomputed.
 *
 * Relies on (checked against Langium 4.4.0; `test/language/langium-contract.test.ts`): the build
 * assigns `document.localSymbols` a new `MultiMap` each time it computes local symbols (the cache
 * key), and `resetToState` to IndexedContent or an earlier state clears it; `LayeredScope` answers as Langium's
 * `StreamScope` (first element of the name, then the outer scope) and `MultiMapScope.getElement`
 * gives the first element added under a name.
 */
export class LocalScopes {
    private readonly byDocument = new WeakMap<LocalSymbols, Map<AstNode, Map<string, Layer>>>();
    private readonly byOwner = new WeakMap<AstNode, Layer>();

    constructor(private readonly reflection: AstReflection) { }

    /** The local symbols of every container of the node (innermost first), then `outer`. */
    scope(container: AstNode, referenceType: string, outer: Scope): Scope {
        // A node completion made up for a cut-short definition may belong to no document.
        const localSymbols = AstUtils.findRootNode(container).$document?.localSymbols;
        if (!localSymbols) {
            return outer;
        }
        const layers: Layer[] = [];
        for (let node: AstNode | undefined = container; node; node = node.$container) {
            if (localSymbols.has(node)) {
                layers.push(this.layer(localSymbols, node, referenceType));
            }
        }
        return layers.reduceRight<Scope>((result, layer) => new LayeredScope(layer, result), outer);
    }

    /**
     * Nodes that belong to one owner and change only with it (a calendar's periods), by name:
     * described once per owner node instead of for every reference (800 intakes in a calendar
     * of 10,000 periods took 10 s).
     */
    ownedScope(owner: AstNode, describe: () => AstNodeDescription[], outer: Scope): Scope {
        let layer = this.byOwner.get(owner);
        if (!layer) {
            const all = describe();
            layer = { byName: new MultiMapScope(all), all };
            this.byOwner.set(owner, layer);
        }
        return new LayeredScope(layer, outer);
    }

    private layer(localSymbols: LocalSymbols, node: AstNode, referenceType: string): Layer {
        let containers = this.byDocument.get(localSymbols);
        if (!containers) {
            containers = new Map();
            this.byDocument.set(localSymbols, containers);
        }
        let byType = containers.get(node);
        if (!byType) {
            byType = new Map();
            containers.set(node, byType);
        }
        let layer = byType.get(referenceType);
        if (!layer) {
            const all = localSymbols.getStream(node).filter(d => this.reflection.isSubtype(d.type, referenceType)).toArray();
            layer = { byName: new MultiMapScope(all), all };
            byType.set(referenceType, layer);
        }
        return layer;
    }
}

/**
 * Descriptions looked up by name, built once and put in front of any outer scope: for a set
 * that many references share but that no single owner node holds (a group's taught modules).
 */
export class NamedLayer {
    private readonly layer: Layer;

    constructor(all: AstNodeDescription[]) {
        this.layer = { byName: new MultiMapScope(all), all };
    }

    inFrontOf(outer: Scope): Scope {
        return new LayeredScope(this.layer, outer);
    }
}

/** One container's symbols of one type: by name, and in written order (for completion). */
interface Layer {
    byName: MultiMapScope;
    all: AstNodeDescription[];
}

/** A cached layer in front of the scope around it: the same answers as Langium's StreamScope. */
class LayeredScope implements Scope {
    constructor(private readonly layer: Layer, private readonly outer: Scope) { }

    getElement(name: string): AstNodeDescription | undefined {
        return this.layer.byName.getElement(name) ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.layer.byName.getElements(name).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.layer.all).concat(this.outer.getAllElements());
    }
}
