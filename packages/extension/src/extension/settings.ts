import * as path from 'node:path';

/** The `offering.language` setting: `auto` follows VS Code's display language. */
export type LanguageSetting = 'auto' | 'en' | 'nl';

// Lives in client-options.ts, which the web bundle shares (this file needs node:path).
export { serverLocale } from './client-options.js';

/** Where "Generate Catalogue" writes: the setting, relative to the workspace root unless absolute. */
export function catalogueOutputPath(workspaceRoot: string, setting: string | undefined): string {
    const configured = setting?.trim() || 'catalogue.json';
    return path.isAbsolute(configured) ? configured : path.join(workspaceRoot, configured);
}
