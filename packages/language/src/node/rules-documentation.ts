import { existsSync } from 'node:fs';

/**
 * The folder of `rules.md` and `rules.nl.md` as a file URL, for the links on diagnostics and in
 * `offering explain`: the package's own copy (`docs/`, put there when it is packed), else, in
 * this repository, the generated `docs/` at its root. Undefined when neither is there.
 */
export function rulesDocumentationBase(moduleUrl: string | undefined = import.meta.url): string | undefined {
    // A CommonJS bundle without a replacement for import.meta.url has none: then no links.
    if (typeof moduleUrl !== 'string') {
        return undefined;
    }
    // The repository's docs/ is recognised by its template, so an installed package never links to a project's own docs/.
    const candidates: Array<[folder: string, marker: string]> = [['../../docs/', 'rules.md'], ['../../../../docs/', 'templates/rules.template.md']];
    for (const [folder, marker] of candidates) {
        const url = new URL(folder, moduleUrl);
        if (existsSync(new URL(marker, url))) {
            return url.href;
        }
    }
    return undefined;
}
