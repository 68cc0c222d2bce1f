import { describe, expect, test } from 'vitest';
import type { HostLocation, NewWorkspaceHost, PickItem } from '../../packages/extension/src/extension/new-workspace.js';
import { newWorkspace } from '../../packages/extension/src/extension/new-workspace.js';
import { buildWorkspace } from '../helpers.js';

interface Place extends HostLocation {
    readonly path: string;
}

/** An editor with an in-memory file system (path -> text), picks answered from a list, and a log of what it showed. */
class FakeHost implements NewWorkspaceHost<Place> {
    readonly files = new Map<string, string>();
    readonly shown: string[] = [];
    opened: string | undefined;

    constructor(private readonly answers: Array<string | undefined>, private readonly folder: string | undefined, private readonly picked: string | undefined) { }

    t(message: string, ...args: string[]): string {
        return message.replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)] ?? '');
    }

    async pick<T>(items: Array<PickItem<T>>, placeholder: string): Promise<T | undefined> {
        const answer = this.answers.shift();
        this.shown.push(`pick ${placeholder}: ${items.map(item => item.label).join(', ')}`);
        return items.find(item => item.label === answer)?.value;
    }

    workspaceFolder(): Place | undefined {
        return this.folder === undefined ? undefined : place(this.folder);
    }

    async isEmpty(folder: Place): Promise<boolean> {
        return ![...this.files.keys()].some(file => file.startsWith(`${folder.path}/`));
    }

    async pickFolder(openLabel: string): Promise<Place | undefined> {
        this.shown.push(`folder picker: ${openLabel}`);
        return this.picked === undefined ? undefined : place(this.picked);
    }

    join(folder: Place, relativePath: string): Place {
        return place(`${folder.path}/${relativePath}`);
    }

    async exists(location: Place): Promise<boolean> {
        return this.files.has(location.path);
    }

    async write(location: Place, content: string): Promise<void> {
        this.files.set(location.path, content);
    }

    async open(location: Place): Promise<void> {
        this.opened = location.path;
    }

    error(message: string): void {
        this.shown.push(`error: ${message}`);
    }

    info(message: string): void {
        this.shown.push(`info: ${message}`);
    }
}

function place(path: string): Place {
    return { path, label: path };
}

describe('New Offering Workspace', () => {
    test('into the empty workspace folder: writes the files, opens the programme, and they validate', async () => {
        const host = new FakeHost(['mbo', 'Nederlands'], '/w', '/elsewhere');
        expect(await newWorkspace(host)).toBe('written');
        expect([...host.files.keys()]).toEqual([
            '/w/.gitignore', '/w/README.md', '/w/kaders.offering', '/w/kalender.offering', '/w/opleidingen/software-developer.offering', '/w/organisatie.offering',
        ]);
        expect(host.opened).toBe('/w/opleidingen/software-developer.offering');
        expect(host.shown).toEqual([
            'pick Which sector is the offering for?: mbo, vo, po',
            'pick Language of the files and their comments: Nederlands, English',
            'info: Created a starter workspace with 6 files in /w.',
        ]);
        const offering = Object.fromEntries([...host.files].filter(([file]) => file.endsWith('.offering')).map(([file, text]) => [file.slice(1), text]));
        expect((await buildWorkspace(offering)).diagnostics()).toEqual([]);
    });

    test('a workspace folder with files in it: asks for a folder', async () => {
        const host = new FakeHost(['vo', 'English'], '/w', '/new');
        host.files.set('/w/notes.txt', 'mine');
        expect(await newWorkspace(host)).toBe('written');
        expect(host.shown).toContain('folder picker: Create Workspace Here');
        expect(host.opened).toBe('/new/programmes/havo.offering');
        expect([...host.files.keys()].filter(file => file.startsWith('/w/'))).toEqual(['/w/notes.txt']);
    });

    test('no folder open: asks for one; cancelling it writes nothing', async () => {
        const host = new FakeHost(['po', 'English'], undefined, undefined);
        expect(await newWorkspace(host)).toBe('cancelled');
        expect(host.shown.at(-1)).toBe('folder picker: Create Workspace Here');
        expect(host.files.size).toBe(0);
    });

    test('refuses to overwrite: one file exists, nothing is written and the file is named', async () => {
        const host = new FakeHost(['mbo', 'English'], undefined, '/chosen');
        host.files.set('/chosen/calendar.offering', '// mine');
        expect(await newWorkspace(host)).toBe('refused');
        expect(host.shown.at(-1)).toBe('error: Nothing written: these files exist already in /chosen: calendar.offering');
        expect([...host.files]).toEqual([['/chosen/calendar.offering', '// mine']]);
        expect(host.opened).toBeUndefined();
    });

    test('escape at the first question: nothing else is asked', async () => {
        const host = new FakeHost([undefined], '/w', '/w');
        expect(await newWorkspace(host)).toBe('cancelled');
        expect(host.shown).toEqual(['pick Which sector is the offering for?: mbo, vo, po']);
    });
});
