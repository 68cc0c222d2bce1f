import type { Connection } from 'vscode-languageserver/node';

/** The method of the test-only memory request: answered only by a server started with `node --expose-gc`. */
export const MEMORY_REQUEST = 'offering/test/memory';

/** Bytes, as `process.memoryUsage()` reports them after a forced full garbage collection. */
export interface MemoryReport {
    /** Resident memory just before the collection (what the editing session left). */
    rssBefore: number;
    rss: number;
    heapUsed: number;
    heapTotal: number;
    external: number;
    arrayBuffers: number;
}

/**
 * Registers the memory request when the garbage collector is exposed (the bench starts the
 * server with `--expose-gc`); an ordinary server does not have it, so no client can make an
 * editor's server stall on full collections.
 */
export function registerMemoryRequest(connection: Connection): boolean {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (typeof gc !== 'function') {
        return false;
    }
    connection.onRequest(MEMORY_REQUEST, (): MemoryReport => {
        const rssBefore = process.memoryUsage.rss();
        // Twice: the first collection can leave objects that only the second finds unreachable (weak maps, finalizers).
        gc();
        gc();
        const usage = process.memoryUsage();
        return { rssBefore, rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external, arrayBuffers: usage.arrayBuffers };
    });
    return true;
}
