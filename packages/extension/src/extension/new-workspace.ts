// "Offering: New Offering Workspace": the flow without VS Code, over a small host (the
// adapter in new-workspace-command.ts), so that the desktop and the web share it and tests
// can drive it. Files are written through the host (vscode.workspace.fs), never node:fs.
import type { ScaffoldLang, Sector } from 'offering-language/scaffold';
import { defaultAnswers, scaffoldMainFile, scaffoldWorkspace } from 'offering-language/scaffold';

/** A folder or file as the host knows it (a vscode.Uri in the editor). */
export interface HostLocation {
    readonly label: string;
}

export interface PickItem<T> {
    label: string;
    description?: string;
    value: T;
}

/** What the flow needs of the editor; `t` localises a text with {0}-style arguments. */
export interface NewWorkspaceHost<L extends HostLocation> {
    t(message: string, ...args: string[]): string;
    pick<T>(items: Array<PickItem<T>>, placeholder: string): Promise<T | undefined>;
    /** The first workspace folder, if one is open. */
    workspaceFolder(): L | undefined;
    isEmpty(folder: L): Promise<boolean>;
    pickFolder(openLabel: string): Promise<L | undefined>;
    join(folder: L, relativePath: string): L;
    exists(location: L): Promise<boolean>;
    write(location: L, content: string): Promise<void>;
    open(location: L): Promise<void>;
    error(message: string): void;
    info(message: string): void;
}

export type NewWorkspaceResult = 'cancelled' | 'refused' | 'written';

export async function newWorkspace<L extends HostLocation>(host: NewWorkspaceHost<L>): Promise<NewWorkspaceResult> {
    const sector = await host.pick<Sector>([
        { label: 'mbo', description: host.t('Vocational education: crebo, BOL/BBL, SBU'), value: 'mbo' },
        { label: 'vo', description: host.t('Secondary education: havo, clock hours'), value: 'vo' },
        { label: 'po', description: host.t('Primary education: groups 1 to 8'), value: 'po' },
    ], host.t('Which sector is the offering for?'));
    if (!sector) {
        return 'cancelled';
    }
    const lang = await host.pick<ScaffoldLang>([
        { label: 'Nederlands', description: 'nl', value: 'nl' },
        { label: 'English', description: 'en', value: 'en' },
    ], host.t('Language of the files and their comments'));
    if (!lang) {
        return 'cancelled';
    }
    const current = host.workspaceFolder();
    const folder = current && await host.isEmpty(current) ? current : await host.pickFolder(host.t('Create Workspace Here'));
    if (!folder) {
        return 'cancelled';
    }
    const answers = defaultAnswers(sector, lang);
    const files = [...scaffoldWorkspace(answers)].map(([file, content]) => ({ file, content, location: host.join(folder, file) }));
    const existing: string[] = [];
    for (const { file, location } of files) {
        if (await host.exists(location)) {
            existing.push(file);
        }
    }
    if (existing.length > 0) {
        host.error(host.t('Nothing written: these files exist already in {0}: {1}', folder.label, existing.join(', ')));
        return 'refused';
    }
    for (const { location, content } of files) {
        await host.write(location, content);
    }
    await host.open(host.join(folder, scaffoldMainFile(answers)));
    host.info(host.t('Created a starter workspace with {0} files in {1}.', String(files.length), folder.label));
    return 'written';
}
