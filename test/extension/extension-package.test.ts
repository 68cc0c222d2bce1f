import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import * as client from '../../packages/extension/src/extension/protocol.js';
import { defaultAnswers, scaffoldPaths, scaffoldWorkspace, SECTORS } from '../../packages/language/src/scaffold/index.js';
import { buildWorkspace } from '../helpers.js';
import { catalogueOutputPath, serverLocale } from '../../packages/extension/src/extension/settings.js';

const extension = fileURLToPath(new URL('../../packages/extension/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${extension}package.json`, 'utf-8'));
const nlsEn = JSON.parse(readFileSync(`${extension}package.nls.json`, 'utf-8')) as Record<string, string>;
const nlsNl = JSON.parse(readFileSync(`${extension}package.nls.nl.json`, 'utf-8')) as Record<string, string>;

/** A manifest string as VS Code shows it: `%key%` replaced from one of the nls files. */
function localised(value: string, nls: Record<string, string> = nlsEn): string {
    const key = /^%(.+)%$/.exec(value)?.[1];
    return key === undefined ? value : nls[key] ?? `(missing ${key})`;
}

/** Every `%key%` string anywhere in the manifest. */
function nlsKeys(value: unknown): string[] {
    if (typeof value === 'string') {
        const key = /^%(.+)%$/.exec(value)?.[1];
        return key === undefined ? [] : [key];
    }
    if (value && typeof value === 'object') {
        return Object.values(value).flatMap(nlsKeys);
    }
    return [];
}
const clientSource = readdirSync(`${extension}src/extension`).map(file => readFileSync(`${extension}src/extension/${file}`, 'utf-8')).join('\n');

describe('package.json of the extension', () => {
    test('activates only for Offering files', () => {
        expect(manifest.activationEvents).toEqual(['onLanguage:offering', 'workspaceContains:**/*.offering']);
    });

    test('contributes exactly the commands the client registers, each with a title and category', () => {
        const registered = [...clientSource.matchAll(/registerCommand\('([^']+)'/g)].map(match => match[1]).sort();
        const contributed = manifest.contributes.commands.map((command: { command: string; title: string; category: string }) =>
            `${localised(command.category)}: ${localised(command.title)} (${command.command})`);
        expect(registered).toEqual(['offering.export', 'offering.generateCatalogue', 'offering.newWorkspace', 'offering.openCataloguePreview', 'offering.restartLanguageServer']);
        expect(contributed).toEqual([
            'Offering: Generate Catalogue (offering.generateCatalogue)',
            'Offering: Open Catalogue Preview (offering.openCataloguePreview)',
            'Offering: Restart Language Server (offering.restartLanguageServer)',
            'Offering: Export to OOAPI / RIO (offering.export)',
            'Offering: New Offering Workspace (offering.newWorkspace)',
        ]);
    });

    test('the new command is registered by the web entry too', () => {
        const browser = readFileSync(`${extension}src/browser/main.ts`, 'utf-8');
        expect(browser).toContain("import { registerNewWorkspaceCommand } from '../extension/new-workspace-command.js';");
        expect(browser).toContain('registerNewWorkspaceCommand()');
    });

    test('contributes the three settings with defaults and descriptions', () => {
        const properties = manifest.contributes.configuration.properties as Record<string, { default: string; enum?: string[]; description?: string; markdownDescription?: string }>;
        expect(Object.entries(properties).map(([key, value]) => [key, value.default, value.enum ?? null, Boolean(value.description ?? value.markdownDescription)])).toEqual([
            ['offering.catalogue.outputPath', 'catalogue.json', null, true],
            ['offering.language', 'auto', ['auto', 'en', 'nl'], true],
            ['offering.trace.server', 'off', ['off', 'messages', 'verbose'], true],
        ]);
    });

    test('points at files that exist', () => {
        const paths = [
            manifest.main, manifest.icon,
            ...manifest.contributes.languages.map((language: { configuration: string }) => language.configuration),
            ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path),
            ...manifest.contributes.snippets.map((snippet: { path: string }) => snippet.path),
        ].filter(path => !path.startsWith('./out/'));
        expect(paths.filter(path => !existsSync(`${extension}${path}`))).toEqual([]);
    });
});

describe('localisation (package.nls.json, package.nls.nl.json, l10n/)', () => {
    test('every UI string of the manifest is a %key%, and every key resolves in English and Dutch', () => {
        const keys = [...new Set(nlsKeys(manifest))].sort();
        expect(keys.filter(key => !(key in nlsEn) || !(key in nlsNl))).toEqual([]);
        expect(Object.keys(nlsEn).sort()).toEqual(keys);
        expect(Object.keys(nlsNl).sort()).toEqual(keys);
        const c = manifest.contributes;
        const uiStrings: string[] = [
            manifest.displayName, manifest.description, c.configuration.title,
            ...c.commands.flatMap((command: { title: string; category: string }) => [command.title, command.category]),
            ...Object.values(c.configuration.properties as Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }>)
                .flatMap(property => [property.description ?? property.markdownDescription ?? '', ...(property.enumDescriptions ?? [])]),
            ...c.walkthroughs.flatMap((walkthrough: { title: string; description: string; steps: Array<{ title: string; description: string; media: { markdown: string } }> }) =>
                [walkthrough.title, walkthrough.description, ...walkthrough.steps.flatMap(step => [step.title, step.description, step.media.markdown])]),
        ];
        expect(uiStrings.filter(text => !/^%.+%$/.test(text))).toEqual([]);
    });

    test('the Dutch texts are translations, not copies (except the name, and the label of the Dutch option)', () => {
        expect(Object.keys(nlsEn).filter(key => nlsEn[key] === nlsNl[key]).sort()).toEqual(['command.category', 'configuration.language.nl', 'configuration.title']);
    });

    test('every runtime string of the new command has a Dutch translation, and no translation is left over', () => {
        const sources = ['new-workspace.ts', 'new-workspace-command.ts'].map(file => readFileSync(`${extension}src/extension/${file}`, 'utf-8')).join('\n');
        const used = [...sources.matchAll(/\bt\('((?:[^'\\]|\\.)+)'/g)].map(match => match[1]).sort();
        const bundle = JSON.parse(readFileSync(`${extension}l10n/bundle.l10n.nl.json`, 'utf-8')) as Record<string, string>;
        expect(used.length).toBe(9);
        expect(Object.keys(bundle).sort()).toEqual(used);
        expect(manifest.l10n).toBe('./l10n');
    });
});

describe('the walkthrough', () => {
    const walkthrough = manifest.contributes.walkthroughs[0] as {
        id: string; title: string; steps: Array<{ id: string; title: string; description: string; media: { markdown: string }; completionEvents: string[] }>;
    };

    test('four steps, from a new workspace to the catalogue, in both languages', () => {
        expect(walkthrough.steps.map(step => localised(step.title))).toEqual([
            'Create a workspace', 'Open your first programme', 'See a problem and fix it', 'Generate the catalogue',
        ]);
        expect(walkthrough.steps.map(step => localised(step.title, nlsNl))).toEqual([
            'Maak een werkmap', 'Open je eerste opleiding', 'Zie een probleem en herstel het', 'Genereer de catalogus',
        ]);
    });

    test('the buttons run the new command first and the catalogue commands last', () => {
        const commands = (step: { description: string }, nls: Record<string, string>) => [...localised(step.description, nls).matchAll(/\(command:([\w.]+)\)/g)].map(match => match[1]);
        for (const nls of [nlsEn, nlsNl]) {
            expect(walkthrough.steps.map(step => commands(step, nls))).toEqual([
                ['offering.newWorkspace'], ['workbench.action.quickOpen'], ['workbench.actions.view.problems'], ['offering.generateCatalogue', 'offering.openCataloguePreview'],
            ]);
        }
    });

    test('"see a problem" holds for the starter workspace of every sector and language: each edit it names, where it applies, gives that rule', async () => {
        const edits = (markdown: string) => [...markdown.matchAll(/`(size [^`]+)` (?:to|in) `(size [^`]+)`/g)].map(match => [match[1]!, match[2]!] as const);
        const results: string[] = [];
        for (const [lang, nls] of [['en', nlsEn], ['nl', nlsNl]] as const) {
            const fixProblem = walkthrough.steps.find(step => step.id === 'fixProblem')!;
            const named = edits(readFileSync(`${extension}${localised(fixProblem.media.markdown, nls)}`, 'utf-8'));
            expect(named).toEqual([['size 120..240 SBU', 'size 60..240 SBU'], ['size 80..320 hours', 'size 10..320 hours']]);
            for (const sector of SECTORS) {
                const files = Object.fromEntries([...scaffoldWorkspace(defaultAnswers(sector, lang))].filter(([path]) => path.endsWith('.offering')));
                const programme = scaffoldPaths(defaultAnswers(sector, lang)).programme;
                const applicable = named.filter(([from]) => files[programme]!.includes(from));
                files[programme] = files[programme]!.replace(applicable[0]![0], applicable[0]![1]);
                const workspace = await buildWorkspace(files);
                results.push(`${sector}-${lang}: ${applicable.length} ${workspace.diagnostics().map(line => /offering\.[\w.-]+/.exec(line)?.[0]).join(' ')}`);
            }
        }
        expect(results).toEqual([
            'mbo-en: 1 offering.module.size-outside-policy', 'vo-en: 1 offering.module.size-outside-policy', 'po-en: 1 offering.module.size-outside-policy',
            'mbo-nl: 1 offering.module.size-outside-policy', 'vo-nl: 1 offering.module.size-outside-policy', 'po-nl: 1 offering.module.size-outside-policy',
        ]);
    });

    test('the media of every step exist in English and Dutch, and differ', () => {
        const media = walkthrough.steps.flatMap(step => [localised(step.media.markdown, nlsEn), localised(step.media.markdown, nlsNl)]);
        expect(media.filter(file => !existsSync(`${extension}${file}`))).toEqual([]);
        expect(media.length).toBe(8);
        for (let i = 0; i < media.length; i += 2) {
            expect(readFileSync(`${extension}${media[i]}`, 'utf-8')).not.toBe(readFileSync(`${extension}${media[i + 1]}`, 'utf-8'));
        }
    });
});

describe('client and server agree', () => {
    test('on the names of the custom request and notification (one module, imported by both)', () => {
        expect([client.CatalogueRequest.method, client.WorkspaceChangedNotification.method]).toEqual(['offering/catalogue', 'offering/workspaceChanged']);
        expect(clientSource).not.toMatch(/language\/src/);
    });
});

describe('settings', () => {
    test('offering.language: en/nl win, auto follows the display language', () => {
        expect([serverLocale('en', 'nl'), serverLocale('nl', 'en'), serverLocale('auto', 'nl-be'), serverLocale(undefined, 'de')]).toEqual(['en', 'nl', 'nl-be', 'de']);
    });

    test('offering.catalogue.outputPath: relative to the workspace, absolute as is, empty is the default', () => {
        expect([
            catalogueOutputPath('/w', 'out/cat.json'), catalogueOutputPath('/w', '/tmp/c.json'), catalogueOutputPath('/w', ' '), catalogueOutputPath('/w', undefined),
        ]).toEqual(['/w/out/cat.json', '/tmp/c.json', '/w/catalogue.json', '/w/catalogue.json']);
    });
});

describe('language configuration and snippets', () => {
    test('comments, brackets and auto-closing pairs', () => {
        const configuration = JSON.parse(readFileSync(`${extension}language-configuration.json`, 'utf-8'));
        expect({ comments: configuration.comments, brackets: configuration.brackets, pairs: configuration.autoClosingPairs.map((pair: { open: string }) => pair.open) }).toEqual({
            comments: { lineComment: '//', blockComment: ['/*', '*/'] },
            brackets: [['{', '}']],
            pairs: ['{', '"', '/**'],
        });
    });

    test('the word pattern takes dates, codes and hyphenated levels as one word', () => {
        const configuration = JSON.parse(readFileSync(`${extension}language-configuration.json`, 'utf-8'));
        const words = 'intake on 2026-09-01 level mbo-4 code 110A133 size 7.5 EC'.match(new RegExp(configuration.wordPattern, 'g'));
        expect(words).toEqual(['intake', 'on', '2026-09-01', 'level', 'mbo-4', 'code', '110A133', 'size', '7.5', 'EC']);
    });

    test('every snippet has a prefix, a description and a body', () => {
        const snippets = JSON.parse(readFileSync(`${extension}snippets/offering.json`, 'utf-8')) as Record<string, { prefix: string; description: string; body: string[] }>;
        expect(Object.values(snippets).map(snippet => snippet.prefix)).toEqual(['programme', 'calendar', 'module', 'offered', 'policy', 'class']);
        expect(Object.values(snippets).filter(snippet => !snippet.description || snippet.body.length === 0)).toEqual([]);
    });
});

describe('TextMate grammar', () => {
    test('the committed grammar is what scripts/refine-textmate.mjs makes from the generated one', () => {
        // Throws (exit code 1) when stale.
        execFileSync(process.execPath, [`${extension}scripts/refine-textmate.mjs`, '--check'], { stdio: 'pipe' });
    });

    test('colours every keyword of the grammar', () => {
        const generated = readFileSync(`${extension}syntaxes/generated/offering.tmLanguage.json`, 'utf-8');
        const keywords = /\\\\b\(([a-z|-]+)\)\\\\b/.exec(generated)![1]!.split('|');
        const refined = readFileSync(`${extension}syntaxes/offering.tmLanguage.json`, 'utf-8');
        expect(keywords.filter(keyword => !new RegExp(`[(|]${keyword}[|)]`).test(refined))).toEqual([]);
    });
});

/** The files in a .vsix (a zip), by name: read from its central directory. */
function zipDirectory(file: string): Map<string, { method: number; compressedSize: number; localHeader: number }> {
    const zip = readFileSync(file);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries = new Map<string, { method: number; compressedSize: number; localHeader: number }>();
    for (let i = 0; i < count; i++) {
        const nameLength = zip.readUInt16LE(offset + 28);
        entries.set(zip.toString('utf-8', offset + 46, offset + 46 + nameLength), {
            method: zip.readUInt16LE(offset + 10), compressedSize: zip.readUInt32LE(offset + 20), localHeader: zip.readUInt32LE(offset + 42),
        });
        offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    }
    return entries;
}

function zipEntries(file: string): string[] {
    return [...zipDirectory(file).keys()].sort();
}

/** One file's bytes from a .vsix: stored (0) or deflated (8), as vsce writes them. */
function zipEntry(file: string, name: string): Buffer {
    const entry = zipDirectory(file).get(name)!;
    const zip = readFileSync(file);
    const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    return entry.method === 8 ? inflateRawSync(data) : Buffer.from(data);
}

const vsix = `${extension}dist/offering-vscode-${manifest.version}.vsix`;
// The .vsix is built by `npm run package:vsix` (and by the e2e run), which needs Node 24 for vsce.
describe.skipIf(!existsSync(vsix))('the packaged .vsix', () => {
    test('contains only the bundles and static contributions', () => {
        expect(zipEntries(vsix)).toEqual([
            '[Content_Types].xml',
            'extension.vsixmanifest',
            'extension/docs/rules.md',
            'extension/docs/rules.nl.md',
            'extension/images/icon.png',
            ...(existsSync(`${extension}images/screenshot.png`) ? ['extension/images/screenshot.png'] : []),
            'extension/l10n/bundle.l10n.nl.json',
            'extension/language-configuration.json',
            ...['create-workspace', 'fix-problem', 'generate-catalogue', 'open-programme'].flatMap(name => [`extension/media/walkthrough/en/${name}.md`, `extension/media/walkthrough/nl/${name}.md`])
                .sort(),
            'extension/out/browser/main.cjs',
            'extension/out/browser/server.js',
            'extension/out/extension/main.cjs',
            'extension/out/language/main.cjs',
            'extension/package.json',
            'extension/package.nls.json',
            'extension/package.nls.nl.json',
            'extension/readme.md',
            'extension/snippets/offering.json',
            'extension/syntaxes/offering.tmLanguage.json',
        ]);
    });

    test('ships the rules documentation that diagnostics link to, as in the repository\'s docs/', () => {
        for (const file of ['rules.md', 'rules.nl.md']) {
            expect(zipEntry(vsix, `extension/docs/${file}`).toString('utf-8')).toBe(readFileSync(fileURLToPath(new URL(`../../docs/${file}`, import.meta.url)), 'utf-8'));
        }
    });

    // The desktop bundles (about 345 KiB compressed) plus the web client and worker (about 320 KiB).
    test('stays small: under 1 MiB', () => {
        expect(statSync(vsix).size).toBeLessThan(1024 * 1024);
    });
});
