import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';

/**
 * The files of a workspace as the client (the web page, or VS Code for the Web) hands them to
 * the worker: a browser has no file system the worker can read, so the client reads the folder
 * and sends the texts. Folders are implied by the files' paths.
 */
export class MemoryFileSystem implements FileSystemProvider {
    private readonly files = new Map<string, string>();

    set(uri: string, text: string): void {
        this.files.set(URI.parse(uri).toString(), text);
    }

    delete(uri: string): boolean {
        return this.files.delete(URI.parse(uri).toString());
    }

    get size(): number {
        return this.files.size;
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const key = uri.toString();
        if (this.files.has(key)) {
            return { isFile: true, isDirectory: false, uri };
        }
        if (this.hasFolder(key)) {
            return { isFile: false, isDirectory: true, uri };
        }
        throw new Error(`No such file or folder: ${key}`);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        const key = uri.toString();
        return this.files.has(key) || this.hasFolder(key);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) {
            throw new Error(`No such file: ${uri.toString()}`);
        }
        return text;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    /** The direct children of a folder: its files, and one entry per sub-folder. */
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = folderPrefix(uri.toString());
        const children = new Map<string, FileSystemNode>();
        for (const key of this.files.keys()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            const rest = key.slice(prefix.length);
            const slash = rest.indexOf('/');
            if (slash < 0) {
                children.set(key, { isFile: true, isDirectory: false, uri: URI.parse(key) });
            } else {
                const folder = prefix + rest.slice(0, slash);
                children.set(folder, { isFile: false, isDirectory: true, uri: URI.parse(folder) });
            }
        }
        return [...children.keys()].sort().map(key => children.get(key)!);
    }

    private hasFolder(key: string): boolean {
        const prefix = folderPrefix(key);
        for (const file of this.files.keys()) {
            if (file.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

function folderPrefix(key: string): string {
    return key.endsWith('/') ? key : key + '/';
}
