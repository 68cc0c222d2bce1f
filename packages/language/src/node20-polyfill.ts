// Chevrotain 13 calls Object.groupBy (Node 21+) while it checks a grammar; the machines
// and CI run Node 20. Installing the function once, before any parser is built, keeps
// `engines: node >=20.19` honest. A no-op on newer Node.
type GroupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => Partial<Record<PropertyKey, T[]>>;
const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };
if (typeof objectWithGroupBy.groupBy !== 'function') {
    objectWithGroupBy.groupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
        const groups: Partial<Record<PropertyKey, T[]>> = Object.create(null);
        let index = 0;
        for (const item of items) {
            const k = key(item, index++);
            (groups[k] ??= []).push(item);
        }
        return groups;
    };
}
export {};
