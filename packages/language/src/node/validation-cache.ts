import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../i18n/messages.js';
import { writeFileAtomically } from './atomic-write.js';
import type { InputFile } from './input-files.js';

/**
 * The validation cache of `offering validate --cache`: whole-result reuse. Diagnostics of one
 * file depend on the other files (policies, duplicates, references, unused definitions), so a
 * result is reused only when the key covers everything that went into it: this format, the
 * tool's version and build (`toolIdentity`), the message language, and every input file's
 * absolute path and content hash.
 * Any change (a file edited, added, deleted or renamed) is a miss and the whole workspace is
 * checked again. The file is one header line (format, version, tool, SHA-256 of the rest) and a
 * JSON body; anything that does not match it exactly is ignored and rebuilt, never trusted.
 */

/** Raise when the body's shape or meaning changes: older files then read as another version. */
export const CACHE_FORMAT_VERSION = 1;
export const CACHE_FORMAT = 'offering-validate-cache';
/** Like ESLint's `.eslintcache`: in the current folder unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_FILE = '.offeringcache';

/** The diagnostics of one file, by its absolute path (display paths depend on the current folder). */
export interface CachedFileResult {
    file: string;
    diagnostics: Diagnostic[];
}

/** Why a cache was not used. */
export type CacheMiss = 'missing' | 'corrupt' | 'other-version' | 'changed';

export type CacheLookup = { hit: true; results: CachedFileResult[] } | { hit: false; reason: CacheMiss };

export interface CacheIdentity {
    /** The tool's version: another version may check differently. */
    tool: string;
    /** Messages are stored already translated. */
    locale: Locale;
}

interface CacheHeader {
    format: string;
    version: number;
    tool: string;
    checksum: string;
}

interface CacheBody {
    key: string;
    results: CachedFileResult[];
}

/**
 * The tool's identity in the cache: its version, plus the size and modification time of every
 * module of this build, so that a rebuilt checkout (same version, other code) never reuses a
 * result of the old code. Stat only: a few ms for the whole package. `root`: the modules'
 * folder (this package's `out/`, or `src/` when run from source).
 */
export async function toolIdentity(version: string, root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))): Promise<string> {
    const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
    const modules = entries
        .filter(entry => entry.isFile() && /\.(js|ts)$/.test(entry.name))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const hash = createHash('sha256');
    for (const module of modules) {
        const status = await fs.stat(module);
        hash.update(`${path.relative(root, module)}\0${status.size}\0${status.mtimeMs}\0`);
    }
    return `${version}+${hash.digest('hex').slice(0, 16)}`;
}

function sha256(text: string): string {
    return createHash('sha256').update(text, 'utf-8').digest('hex');
}

/** The key of one run: changes when any input that can change a diagnostic changes. */
export function cacheKey(files: readonly InputFile[], identity: CacheIdentity): string {
    // Compared by code units, so the key does not depend on discovery order or the locale's collation.
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const hash = createHash('sha256');
    hash.update(`${CACHE_FORMAT}\0${CACHE_FORMAT_VERSION}\0${identity.tool}\0${identity.locale}\0`);
    for (const file of sorted) {
        hash.update(`${path.resolve(file.path)}\0${sha256(file.text)}\0`);
    }
    return hash.digest('hex');
}

/** The cache file to use: `location` (a folder gets `.offeringcache` inside), relative to the current folder. */
export async function resolveCacheFile(location: string | undefined): Promise<string> {
    const given = path.resolve(location ?? DEFAULT_CACHE_FILE);
    let status: Stats | undefined;
    try {
        status = await fs.stat(given);
    } catch {
        status = undefined;
    }
    return status?.isDirectory() || /[\\/]$/.test(location ?? '') ? path.join(given, DEFAULT_CACHE_FILE) : given;
}

/** Serialises a cache; exported for tests that build caches of their own. */
export function encodeCache(key: string, results: CachedFileResult[], identity: CacheIdentity): string {
    const body = JSON.stringify({ key, results } satisfies CacheBody);
    const header: CacheHeader = { format: CACHE_FORMAT, version: CACHE_FORMAT_VERSION, tool: identity.tool, checksum: sha256(body) };
    return `${JSON.stringify(header)}\n${body}`;
}

/** Checks a cache's text against the expected key; anything unexpected is a miss. */
export function decodeCache(text: string, key: string, identity: CacheIdentity): CacheLookup {
    const newline = text.indexOf('\n');
    if (newline < 0) {
        return { hit: false, reason: 'corrupt' };
    }
    const header = parseJson(text.slice(0, newline));
    if (!isHeader(header) || header.format !== CACHE_FORMAT) {
        return { hit: false, reason: 'corrupt' };
    }
    if (header.version !== CACHE_FORMAT_VERSION || header.tool !== identity.tool) {
        return { hit: false, reason: 'other-version' };
    }
    const body = text.slice(newline + 1);
    if (sha256(body) !== header.checksum) {
        return { hit: false, reason: 'corrupt' };
    }
    const parsed = parseJson(body);
    if (!isBody(parsed)) {
        return { hit: false, reason: 'corrupt' };
    }
    return parsed.key === key ? { hit: true, results: parsed.results } : { hit: false, reason: 'changed' };
}

/** Reads the cache file; a missing or unreadable file is a miss, never an error. */
export async function readCache(file: string, key: string, identity: CacheIdentity): Promise<CacheLookup> {
    let text: string;
    try {
        text = await fs.readFile(file, 'utf-8');
    } catch (error) {
        return { hit: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'corrupt' };
    }
    return decodeCache(text, key, identity);
}

/** Writes the cache atomically: a reader sees the old cache or the new one, never half of one. */
export async function writeCache(file: string, key: string, results: CachedFileResult[], identity: CacheIdentity): Promise<void> {
    await writeFileAtomically(file, encodeCache(key, results, identity));
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHeader(value: unknown): value is CacheHeader {
    return isRecord(value) && typeof value.format === 'string' && typeof value.version === 'number'
        && typeof value.tool === 'string' && typeof value.checksum === 'string';
}

function isBody(value: unknown): value is CacheBody {
    return isRecord(value) && typeof value.key === 'string' && Array.isArray(value.results)
        && value.results.every(result => isRecord(result) && typeof result.file === 'string'
            && Array.isArray(result.diagnostics) && result.diagnostics.every(isDiagnostic));
}

function isDiagnostic(value: unknown): boolean {
    if (!isRecord(value) || !isRecord(value.range)) {
        return false;
    }
    const { start, end } = value.range;
    return isPosition(start) && isPosition(end) && (typeof value.message === 'string' || isRecord(value.message));
}

function isPosition(value: unknown): boolean {
    return isRecord(value) && typeof value.line === 'number' && typeof value.character === 'number';
}
