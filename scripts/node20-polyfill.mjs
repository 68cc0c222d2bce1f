// Same polyfill as packages/language/src/node20-polyfill.ts, for running `langium generate`
// on Node 20 (chevrotain 13 uses Object.groupBy while checking the grammar).
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, key) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const k = key(item, index++);
            (groups[k] ??= []).push(item);
        }
        return groups;
    };
}
