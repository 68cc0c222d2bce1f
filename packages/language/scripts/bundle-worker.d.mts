import type { Metafile } from 'esbuild';
/** Writes the language server's Web Worker bundle to `outfile`; returns esbuild's metafile. */
export function bundleWorker(outfile: string, options?: { minify?: boolean; format?: 'esm' | 'iife' }): Promise<Metafile>;
