import * as v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection kept alive,
 * in percent. V8 picks 100-300 % for a process that allocates as fast as a whole-workspace
 * validation does, so a 230 MB heap at 100k lines reached 860-890 MB resident during policy
 * edits although the live heap stayed flat; at 25 % the peak was 380 MB
 * (`bench/profile-edit.ts --size 100k --file shared --change number`, docs/performance.md).
 */
export const HEAP_GROWING_PERCENT = 25;

/** Applies the language server's heap settings; V8 reads them at every full collection, so setting them at start-up is enough. */
export function tuneServerHeap(setFlags: (flags: string) => void = v8.setFlagsFromString): void {
    setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
