/**
 * The custom requests and notifications of the Offering language server: one typed module,
 * imported by the server (`custom-requests.ts`) and by every client (the VS Code extension,
 * the web app) as `offering-language/protocol`. It imports nothing, so a client bundle that
 * reads it pulls in no part of the server.
 */

/** A request: its method name, with its parameter and result types carried for the compiler only. */
export interface RequestSignature<P, R> {
    readonly method: string;
    /** Never set: carries the types, so that both sides agree at compile time. */
    readonly types?: { params: P; result: R };
}

/** A notification without parameters. */
export interface NotificationSignature {
    readonly method: string;
}

export type ParamsOf<T> = T extends RequestSignature<infer P, unknown> ? P : never;
export type ResultOf<T> = T extends RequestSignature<unknown, infer R> ? R : never;

export interface CatalogueParams {
    /** The preview shows what it can of a workspace with errors; "Generate Catalogue" does not. */
    allowErrors?: boolean;
}

export interface CatalogueError {
    uri: string;
    /** Zero-based, as in LSP. */
    line: number;
    character: number;
    code?: string;
    message: string;
}

export type CatalogueResult =
    | { ok: true; files: number; programmes: number; modules: number; json: string; errors: CatalogueError[] }
    | { ok: false; files: number; errors: CatalogueError[] };

/**
 * The catalogue of the workspace as the server sees it (open editors included), byte-equal to
 * `offering generate` on the same files. The extension writes it or previews it.
 */
export const CatalogueRequest: RequestSignature<CatalogueParams | undefined, CatalogueResult> = { method: 'offering/catalogue' };

/** Sent after every build, so that a preview can refresh. */
export const WorkspaceChangedNotification: NotificationSignature = { method: 'offering/workspaceChanged' };

export interface ExportRequestParams {
    target: 'ooapi' | 'rio';
    /** OOAPI only; 6 when left out. */
    ooapiVersion?: '6' | '5';
}

/** Something the target cannot hold, where it is written (zero-based, as in LSP), in the server's language. */
export interface ExportWarningInfo {
    uri: string;
    line: number;
    character: number;
    code: string;
    message: string;
}

export type ExportRequestResult =
    | { ok: true; files: number; label: string; objects: number; extension: 'json' | 'xml'; text: string; warnings: ExportWarningInfo[] }
    | { ok: false; files: number; errors: CatalogueError[] };

/**
 * The workspace exported to OOAPI or RIO, byte-equal to `offering export` on the same files;
 * refused (`ok: false`) while the workspace has errors. The extension writes it.
 */
export const ExportRequest: RequestSignature<ExportRequestParams, ExportRequestResult> = { method: 'offering/export' };
/** One file of a workspace, handed by a client that has no shared file system with the server. */
export interface WorkspaceFile {
    uri: string;
    text: string;
}

/**
 * The `initializationOptions` of the browser worker (`offering-language/browser`): the message
 * language, and the workspace's `.offering` files, which the worker cannot read itself.
 */
export interface BrowserInitializationOptions {
    locale?: string;
    files?: WorkspaceFile[];
    /** The folder (URL) serving `rules.md` and `rules.nl.md`, which diagnostics link to; default: `docs/` next to the worker. */
    rulesDocumentationBase?: string;
}

export interface FilesChangedParams {
    /** Files added or changed on the client's side (a folder, a drop, VS Code for the Web's file system). */
    changed: WorkspaceFile[];
    /** URIs of files that are gone. */
    deleted: string[];
}

/** The client tells the browser worker that files outside the open editors changed. */
export const FilesChangedNotification: { readonly method: string; readonly types?: { params: FilesChangedParams } } = { method: 'offering/filesChanged' };
