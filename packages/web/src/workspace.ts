// The open workspace: its files with the text as last loaded or saved (`saved`) and as edited
// (`text`), where they came from, and the browser storage that keeps unsaved edits across reloads.

export type SourceKind = 'folder' | 'served' | 'memory';

export interface WorkspaceFileState {
    path: string;
    text: string;
    /** The text on disk as last read or written; undefined for a file not yet saved. */
    saved: string | undefined;
    handle?: FileSystemFileHandle;
    lastModified?: number;
}

export interface Session {
    name: string;
    source: SourceKind;
    files: Array<Pick<WorkspaceFileState, 'path' | 'text' | 'saved'>>;
    /** Paths deleted in the page but not yet on disk. */
    deleted: string[];
}

const STORAGE_KEY = 'offering.session.v1';

export const WORKSPACE_ROOT = 'file:///workspace/';

export function uriOf(path: string): string {
    return WORKSPACE_ROOT + path.split('/').map(encodeURIComponent).join('/');
}

export function pathOf(uri: string): string | undefined {
    return uri.startsWith(WORKSPACE_ROOT) ? uri.slice(WORKSPACE_ROOT.length).split('/').map(decodeURIComponent).join('/') : undefined;
}

/** A relative path of letters, digits, `-`, `_`, `.` and spaces, folders with `/`, ending in `.offering`. */
export function isUsablePath(path: string): boolean {
    return /^(?:[\p{L}\p{N}_\- .]+\/)*[\p{L}\p{N}_\- .]+\.offering$/u.test(path)
        && !path.split('/').some(part => part === '.' || part === '..' || part.trim() === '');
}

export function isDirty(file: WorkspaceFileState): boolean {
    return file.text !== file.saved;
}

/** Keeps the session in localStorage; false when the storage is full or unavailable. */
export function storeSession(storage: Storage, session: Session): boolean {
    try {
        storage.setItem(STORAGE_KEY, JSON.stringify(session));
        return true;
    } catch {
        return false;
    }
}

export function loadSession(storage: Storage): Session | undefined {
    try {
        const raw = storage.getItem(STORAGE_KEY);
        if (!raw) {
            return undefined;
        }
        const session = JSON.parse(raw) as Session;
        return Array.isArray(session.files) ? session : undefined;
    } catch {
        return undefined;
    }
}

export function clearSession(storage: Storage): void {
    storage.removeItem(STORAGE_KEY);
}
