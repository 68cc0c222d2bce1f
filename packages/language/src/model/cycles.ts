/**
 * Cycle detection over the workspace's reference graphs (`within`, `extends`), linear in the
 * size of the graph and iterative: chains may be tens of thousands long, so no recursion.
 * Both finders visit lazily from the nodes asked about and remember what they found, so one
 * instance per workspace state (a WorkspaceCache) answers every node in amortised O(1).
 */

/** The chain of a cycle is written out in full up to this many members; longer ones are cut. */
export const CYCLE_MEMBERS_SHOWN = 8;
/** How many names a cut chain shows before `...`. */
const CUT_CHAIN_HEAD = 5;

/**
 * `A -> B -> A` for a cycle of `members` members, given (at least) the first names of the walk
 * round from the member itself. Past CYCLE_MEMBERS_SHOWN members only the first names, `...`
 * and the member itself are shown (the message adds the count): writing the whole chain on
 * every member of a 5,000-long cycle would be 25 million names.
 */
export function cycleChain(names: readonly string[], members: number): string {
    if (members <= CYCLE_MEMBERS_SHOWN) {
        return [...names.slice(0, members), names[0]].join(' -> ');
    }
    return [...names.slice(0, CUT_CHAIN_HEAD), '...', names[0]].join(' -> ');
}

/** Where a node lies on a cycle of a graph in which every node has at most one successor. */
export interface CyclePosition<T> {
    /** The members in successor order. */
    cycle: readonly T[];
    index: number;
}

/**
 * Cycles of a functional graph (each node has at most one successor, like `within`): each
 * node is walked once; a walk that meets its own path has found a cycle.
 */
export class FunctionalCycles<T> {
    private readonly done = new Set<T>();
    private readonly positions = new Map<T, CyclePosition<T>>();

    constructor(private readonly next: (node: T) => T | undefined) { }

    /** The cycle the node lies on, or undefined when it lies on none (it may still lead into one). */
    cycleOf(node: T): CyclePosition<T> | undefined {
        if (!this.done.has(node)) {
            this.walk(node);
        }
        return this.positions.get(node);
    }

    /** The first `count` members from the node round its cycle (wrapping), for messages. */
    static walkFrom<T>(position: CyclePosition<T>, count: number): T[] {
        const { cycle, index } = position;
        return Array.from({ length: Math.min(count, cycle.length) }, (_, i) => cycle[(index + i) % cycle.length]);
    }

    private walk(start: T): void {
        const path: T[] = [];
        const onPath = new Map<T, number>();
        let current: T | undefined = start;
        while (current !== undefined && !this.done.has(current)) {
            const seenAt = onPath.get(current);
            if (seenAt !== undefined) {
                const cycle = path.slice(seenAt);
                cycle.forEach((member, index) => this.positions.set(member, { cycle, index }));
                break;
            }
            onPath.set(current, path.length);
            path.push(current);
            current = this.next(current);
        }
        path.forEach(node => this.done.add(node));
    }
}

/**
 * Strongly connected components of a graph with any number of successors per node (like
 * `extends`): Tarjan's algorithm with an explicit stack, started lazily from the nodes asked
 * about. A run from a node completes the components of everything reachable from it, so the
 * answers never change for the rest of the instance's life.
 */
export class StronglyConnected<T> {
    private readonly component = new Map<T, T[]>();
    private readonly selfLoop = new Set<T>();
    private counter = 0;
    private readonly indexOf = new Map<T, number>();
    private readonly lowLink = new Map<T, number>();

    constructor(private readonly successors: (node: T) => readonly T[]) { }

    /** The members of the node's component (the node alone when it lies on no cycle). */
    componentOf(node: T): readonly T[] {
        if (!this.component.has(node)) {
            this.run(node);
        }
        return this.component.get(node)!;
    }

    /** Whether the node can reach itself: a component of two or more, or a direct self-reference. */
    onCycle(node: T): boolean {
        return this.componentOf(node).length > 1 || this.selfLoop.has(node);
    }

    private run(root: T): void {
        const stack: T[] = [];
        const onStack = new Set<T>();
        const frames: Array<{ node: T; successors: readonly T[]; next: number }> = [];
        const open = (node: T): void => {
            this.indexOf.set(node, this.counter);
            this.lowLink.set(node, this.counter);
            this.counter++;
            stack.push(node);
            onStack.add(node);
            const successors = this.successors(node);
            if (successors.includes(node)) this.selfLoop.add(node);
            frames.push({ node, successors, next: 0 });
        };
        open(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.next < frame.successors.length) {
                const successor = frame.successors[frame.next++];
                if (!this.indexOf.has(successor)) {
                    open(successor);
                } else if (onStack.has(successor)) {
                    this.lowLink.set(frame.node, Math.min(this.lowLink.get(frame.node)!, this.indexOf.get(successor)!));
                }
                continue;
            }
            frames.pop();
            const low = this.lowLink.get(frame.node)!;
            if (frames.length > 0) {
                const parent = frames[frames.length - 1].node;
                this.lowLink.set(parent, Math.min(this.lowLink.get(parent)!, low));
            }
            if (low === this.indexOf.get(frame.node)) {
                const members: T[] = [];
                let member: T;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    members.push(member);
                } while (member !== frame.node);
                members.forEach(m => this.component.set(m, members));
            }
        }
    }
}
