import * as path from 'node:path';

/** The `offering.language` setting: `auto` follows VS Code's display language. */
export type LanguageSetting = 'auto' | 'en' | 'nl';

/** The locale the server's messages use: the setting, or VS Code's display language for `auto`. */
export function serverLocale(setting: string | undefined, displayLanguage: string): string {
    return setting === 'en' || setting === 'nl' ? setting : displayLanguage;
}

/** Where "Generate Catalogue" writes: the setting, relative to the workspace root unless absolute. */
export function catalogueOutputPath(workspaceRoot: string, setting: string | undefined): string {
    const configured = setting?.trim() || 'catalogue.json';
    return path.isAbsolute(configured) ? configured : path.join(workspaceRoot, configured);
}
