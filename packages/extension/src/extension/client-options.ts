// What both clients (desktop and web) send the server at `initialize`. No VS Code and no Node
// imports: the web bundle uses it too, and tests call it directly.
import type { BrowserInitializationOptions, WorkspaceFile } from 'offering-language/protocol';

/** What the desktop server reads at `initialize` (offering-language's node/main.ts). */
export interface DesktopInitializationOptions {
    locale: string;
    rulesDocumentationBase: string;
}

/** The `offering.language` setting wins; `auto` (or nothing) follows VS Code's display language. */
export function serverLocale(setting: string | undefined, displayLanguage: string): string {
    return setting === 'en' || setting === 'nl' ? setting : displayLanguage;
}

/**
 * The folder inside the installed extension that holds `rules.md` and `rules.nl.md` (copied there
 * by esbuild.mjs), which every diagnostic links to: `file:` on the desktop, the extension's own
 * `https:` (or other) URL in VS Code for the Web. `extensionUri` is `context.extensionUri.toString()`.
 */
export function rulesDocumentationBase(extensionUri: string): string {
    return `${extensionUri.endsWith('/') ? extensionUri : `${extensionUri}/`}docs/`;
}

export function desktopInitializationOptions(languageSetting: string | undefined, displayLanguage: string, extensionUri: string): DesktopInitializationOptions {
    return { locale: serverLocale(languageSetting, displayLanguage), rulesDocumentationBase: rulesDocumentationBase(extensionUri) };
}

export function browserInitializationOptions(languageSetting: string | undefined, displayLanguage: string, extensionUri: string, files: WorkspaceFile[]): BrowserInitializationOptions {
    return { locale: serverLocale(languageSetting, displayLanguage), files, rulesDocumentationBase: rulesDocumentationBase(extensionUri) };
}
