import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import { WriteRefusedError } from '../atomic-write.js';
import type { InputFile } from '../input-files.js';
import { displayPath, InputError } from '../input-files.js';
import { OFFERING_EXTENSION } from '../../workspace/offering-documents.js';
import { cacheKey, readCache, resolveCacheFile, toolIdentity, writeCache } from '../validation-cache.js';
import type { FileDiagnostic } from '../workspace-loader.js';
import { fileDiagnostics, loadWorkspace } from '../workspace-loader.js';
import type { CliIo } from './command-context.js';
import { offeringFiles } from './input-files.js';
import { Progress } from './progress.js';

export interface CachedCheckOptions {
    lang: Locale;
    verbose?: boolean;
    /** `--cache`: reuse the last result when no input changed. */
    cache?: boolean;
    /** `--cache-location`: the cache file, or a folder to keep `.offeringcache` in. */
    cacheLocation?: string;
}

/**
 * Like checkWorkspace, but only the diagnostics, and with `--cache`: the stored result is used
 * when every input file is unchanged (validation-cache.ts), otherwise the workspace is checked
 * and the cache rewritten. A cache that cannot be written costs a warning, not the result.
 */
export async function checkDiagnostics(paths: string[], options: CachedCheckOptions, io: CliIo, tool: string): Promise<{ files: InputFile[]; diagnostics: FileDiagnostic[] }> {
    const text = TEXTS[options.lang].cli;
    const progress = new Progress({ write: io.stderr, isTTY: io.stderrIsTTY ?? false, verbose: options.verbose ?? false, locale: options.lang });
    try {
        const files = await offeringFiles(paths, options.lang);
        progress.phase(text.found(files.length));
        if (!options.cache) {
            const { diagnostics } = await loadWorkspace(files, { locale: options.lang, onProgress: progress.onLoad });
            return { files, diagnostics };
        }
        const identity = { tool: await toolIdentity(tool), locale: options.lang };
        const cacheFile = await resolveCacheFile(options.cacheLocation);
        if (cacheFile.endsWith(OFFERING_EXTENSION)) {
            // It would overwrite an input, or be read as one next time.
            throw new InputError(text.cacheIsOffering(displayPath(cacheFile)));
        }
        const key = cacheKey(files, identity);
        const lookup = await readCache(cacheFile, key, identity);
        if (lookup.hit) {
            progress.phase(text.cacheUsed(displayPath(cacheFile)));
            return { files, diagnostics: fileDiagnostics(lookup.results) };
        }
        progress.phase(text.cacheNotUsed(displayPath(cacheFile), text.cacheMiss[lookup.reason]));
        const { results, diagnostics } = await loadWorkspace(files, { locale: options.lang, onProgress: progress.onLoad });
        try {
            await writeCache(cacheFile, key, results, identity);
        } catch (error) {
            progress.clear();
            const reason = error instanceof WriteRefusedError ? error.reason : (error as NodeJS.ErrnoException).code ?? text.unknownError;
            io.stderr(`offering: ${text.cacheUnwritable(displayPath(cacheFile), reason)}\n`);
        }
        return { files, diagnostics };
    } finally {
        progress.clear();
    }
}
