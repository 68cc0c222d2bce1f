import type { Command } from 'commander';
import { Option } from 'commander';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import { writeFileAtomically } from '../atomic-write.js';
import { collectOfferingFiles, InputError, OFFERING_EXTENSION } from '../workspace-loader.js';
import type { CommandContext } from './command-context.js';
import { langOption } from './command-context.js';
import { MAX_FILE_BYTES } from './input-files.js';

/** The built web app next to this package in the repository (packages/web/dist). */
export const DEFAULT_APP_FOLDER = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));
/** As in the page: more files than this are refused with a message. */
const MAX_FILES = 2000;
const API = '/__offering/';

interface ServeOptions {
    port: number;
    app: string;
    lang: Locale;
}

export function registerServeCommand(program: Command, context: CommandContext): void {
    program.command('serve')
        .description('serve the Offering web app on 127.0.0.1 with a folder opened (edits are saved back to it)')
        .argument('[dir]', 'the folder to open', '.')
        .addOption(new Option('--port <port>', 'the port (0: any free port)').default(5180).argParser(value => {
            const port = Number(value);
            if (!Number.isInteger(port) || port < 0 || port > 65535) {
                throw new InputError(TEXTS[context.locale].cli.notAPort(value));
            }
            return port;
        }))
        .option('--app <folder>', 'the built web app (default: packages/web/dist)', DEFAULT_APP_FOLDER)
        .addOption(langOption())
        .action(async (dir: string, options: ServeOptions) => {
            const served = await startServer({ folder: dir, app: options.app, port: options.port, locale: options.lang });
            context.io.stdout(TEXTS[options.lang].cli.serving(served.url, path.resolve(dir)) + '\n');
            await new Promise<void>(resolve => {
                process.once('SIGINT', resolve);
                process.once('SIGTERM', resolve);
            });
            await served.close();
        });
}

export interface ServedApp {
    url: string;
    close(): Promise<void>;
}

/**
 * Serves the static app and two requests of the page: the folder's files, and saving edits back.
 * Listens on 127.0.0.1 only and answers only requests addressed to that host (no DNS rebinding).
 */
export async function startServer(options: { folder: string; app: string; port: number; locale?: Locale }): Promise<ServedApp> {
    const text = TEXTS[options.locale ?? 'en'].cli;
    const folder = path.resolve(options.folder);
    const stat = await fs.stat(folder).catch(() => undefined);
    if (!stat?.isDirectory()) {
        throw new InputError(text.notAFolder(options.folder));
    }
    const app = path.resolve(options.app);
    if (!existsSync(path.join(app, 'index.html'))) {
        throw new InputError(text.webAppMissing(app));
    }
    let host = '';
    const server = createServer((request, response) => {
        handle(request, response).catch(error => {
            if (!response.headersSent) {
                response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
            }
            response.end(String(error instanceof Error ? error.message : error));
        });
    });
    async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
        if (request.headers.host !== host) {
            response.writeHead(403).end();
            return;
        }
        const url = new URL(request.url ?? '/', `http://${host}`);
        if (url.pathname === `${API}workspace` && request.method === 'GET') {
            return sendJson(response, await readWorkspace(folder));
        }
        if (url.pathname === `${API}save` && request.method === 'POST') {
            if (request.headers.origin !== `http://${host}` || !request.headers['content-type']?.startsWith('application/json')) {
                response.writeHead(403).end();
                return;
            }
            return sendJson(response, await save(folder, JSON.parse(await body(request)) as SaveRequest));
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.writeHead(405).end();
            return;
        }
        await sendStatic(app, url.pathname, response);
    }
    await new Promise<void>((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new InputError(text.portInUse(options.port)) : error));
        server.listen(options.port, '127.0.0.1', () => resolve());
    });
    const address = server.address() as { port: number };
    host = `127.0.0.1:${address.port}`;
    return { url: `http://${host}/?served=1`, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
    server.closeAllConnections();
    return new Promise(resolve => server.close(() => resolve()));
}

const CONTENT_TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8', '.ttf': 'font/ttf', '.woff': 'font/woff', '.woff2': 'font/woff2',
    '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
};

/** Serves a file of the app folder; never one outside it. */
export async function sendStatic(app: string, pathname: string, response: ServerResponse): Promise<void> {
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = path.resolve(app, `.${relative}`);
    if (!file.startsWith(app + path.sep)) {
        response.writeHead(403).end();
        return;
    }
    const content = await fs.readFile(file).catch(() => undefined);
    if (!content) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(content);
}

function sendJson(response: ServerResponse, value: unknown): void {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(value));
}

async function body(request: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) {
        chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf-8');
}

function relativePath(folder: string, file: string): string {
    return path.relative(folder, file).split(path.sep).join('/');
}

/** The folder's .offering files for the page, with a message for each one it cannot use. */
async function readWorkspace(folder: string): Promise<{ name: string; files: Array<{ path: string; text: string }>; messages: string[] }> {
    const found = await collectOfferingFiles([folder]);
    if (found.length > MAX_FILES) {
        return { name: path.basename(folder), files: [], messages: [`${found.length} .offering files: more than the page opens (${MAX_FILES}).`] };
    }
    const files: Array<{ path: string; text: string }> = [];
    const messages: string[] = [];
    for (const file of found) {
        const relative = relativePath(folder, file);
        const bytes = await fs.readFile(file);
        if (bytes.length > MAX_FILE_BYTES) {
            messages.push(`${relative}: too large, skipped.`);
            continue;
        }
        try {
            files.push({ path: relative, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) });
        } catch {
            messages.push(`${relative}: not UTF-8 text, skipped.`);
        }
    }
    return { name: path.basename(folder), files, messages };
}

interface SaveRequest {
    files: Array<{ path: string; text: string; saved?: string | null; force?: boolean }>;
    deleted: string[];
}

/** A path the page may write: relative, inside the folder, an .offering file. */
function target(folder: string, relative: string): string | undefined {
    const file = path.resolve(folder, relative);
    return typeof relative === 'string' && relative.endsWith(OFFERING_EXTENSION) && file.startsWith(folder + path.sep) ? file : undefined;
}

/**
 * Writes the page's edits atomically. A file whose text on disk is no longer the text the page
 * last read is a conflict, not written, unless the page sends it again with `force` (the user said so).
 */
async function save(folder: string, request: SaveRequest): Promise<{ written: string[]; conflicts: string[]; messages: string[] }> {
    const written: string[] = [];
    const conflicts: string[] = [];
    const messages: string[] = [];
    for (const file of request.files ?? []) {
        const destination = target(folder, file.path);
        if (!destination || typeof file.text !== 'string') {
            messages.push(`${String(file.path)}: not a path inside the folder, not written.`);
            continue;
        }
        const onDisk = await fs.readFile(destination, 'utf-8').catch(() => null);
        if (!file.force && onDisk !== (file.saved ?? null)) {
            conflicts.push(file.path);
            continue;
        }
        await writeFileAtomically(destination, file.text);
        written.push(file.path);
    }
    for (const relative of request.deleted ?? []) {
        const destination = target(folder, relative);
        if (destination) {
            await fs.rm(destination, { force: true });
        }
    }
    return { written, conflicts, messages };
}
