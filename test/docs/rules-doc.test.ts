import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { IssueCode, Locale } from '../../packages/language/src/i18n/messages.js';
import { ISSUE_CODES } from '../../packages/language/src/i18n/messages.js';
import { RULE_EXAMPLES } from '../../packages/language/src/vocabulary/rules/rule-examples.js';
import { exampleErrorFiles, exampleFiles, RULE_CATEGORIES, RULE_TEXTS, ruleAnchor, ruleEntries } from '../../packages/language/src/vocabulary/rules/registry.js';
import { renderRulesDocument } from '../../packages/language/src/vocabulary/rules/rules-doc.js';
import type { CodeAction } from 'vscode-languageserver-types';
import { buildWorkspace } from '../helpers.js';

const read = (relative: string) => readFileSync(fileURLToPath(new URL(`../../${relative}`, import.meta.url)), 'utf8');
const LOCALES: Locale[] = ['en', 'nl'];
const DOCS: Record<Locale, { file: string; template: string }> = {
    en: { file: 'docs/rules.md', template: 'docs/templates/rules.template.md' },
    nl: { file: 'docs/rules.nl.md', template: 'docs/templates/rules.nl.template.md' },
};
const WITH_EXAMPLE = ISSUE_CODES.filter(code => RULE_EXAMPLES[code] !== undefined);

describe('the rules registry and the documents made from it', () => {
    test.each(LOCALES)('the committed rules document (%s) is what the registry makes (run `npm run docs` when this fails)', locale => {
        expect(read(DOCS[locale].file)).toBe(renderRulesDocument(locale, read(DOCS[locale].template)));
    });

    test('every examples/errors file is the wrong example of its code', () => {
        const folder = fileURLToPath(new URL('../../examples/errors/', import.meta.url));
        const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.offering')).sort();
        const expected = Object.assign({}, ...WITH_EXAMPLE.map(code => exampleErrorFiles(code, RULE_EXAMPLES[code]!))) as Record<string, string>;
        expect(files).toEqual(Object.keys(expected).sort());
        for (const [file, text] of Object.entries(expected)) {
            expect(readFileSync(`${folder}${file}`, 'utf8'), file).toBe(text);
        }
    });

    test.each(LOCALES)('every issue code has a complete entry in %s, and every entry is an issue code', locale => {
        const texts = RULE_TEXTS[locale];
        expect(Object.keys(texts).sort()).toEqual([...ISSUE_CODES].sort());
        for (const code of ISSUE_CODES) {
            for (const field of ['title', 'what', 'why', 'fix'] as const) {
                expect(texts[code][field].trim().length, `${code} ${field}`).toBeGreaterThan(0);
            }
        }
        expect(Object.keys(RULE_EXAMPLES).sort()).toEqual([...ISSUE_CODES].sort());
        expect(ISSUE_CODES.filter(code => RULE_EXAMPLES[code] === undefined)).toEqual(['offering.internal.check-failed']);
    });

    test('English and Dutch name the same quick fixes, and the Dutch texts are not the English ones', () => {
        for (const code of ISSUE_CODES) {
            expect(RULE_TEXTS.nl[code].quickFix === undefined, code).toBe(RULE_TEXTS.en[code].quickFix === undefined);
            expect(RULE_TEXTS.nl[code].why, code).not.toBe(RULE_TEXTS.en[code].why);
            expect(RULE_TEXTS.nl[code].title, code).not.toBe(RULE_TEXTS.en[code].title);
        }
    });

    test.each(LOCALES)('each rule (%s) has one section with a stable anchor, under a category', locale => {
        const text = read(DOCS[locale].file);
        for (const code of ISSUE_CODES) {
            expect(text.split(`<a id="${ruleAnchor(code)}"></a>\n### \`${code}\``).length, code).toBe(2);
        }
        expect(ruleAnchor('offering.name.duplicate')).toBe('offering-name-duplicate');
        expect(ruleEntries(locale).map(entry => entry.code).sort()).toEqual([...ISSUE_CODES].sort());
        expect([...text.matchAll(/^## (.*)$/gm)].map(match => match[1]).filter(title => RULE_CATEGORIES.some(c => c.title[locale] === title)))
            .toEqual(RULE_CATEGORIES.map(category => category.title[locale]));
    });

    test.each(WITH_EXAMPLE)('%s: the wrong example yields exactly its code with its severity, the right one nothing', async code => {
        const example = RULE_EXAMPLES[code as IssueCode]!;
        const wrong = await buildWorkspace(exampleFiles(example.wrong));
        const diagnostics = [...wrong.documents.values()].flatMap(document => document.diagnostics ?? []);
        expect([...new Set(diagnostics.map(d => d.code))]).toEqual([code]);
        const severity = ruleEntries('en').find(entry => entry.code === code)!.severity;
        expect([...new Set(diagnostics.map(d => d.severity))]).toEqual([severity === 'error' ? 1 : 2]);
        const right = await buildWorkspace(exampleFiles(example.right));
        expect(right.diagnostics()).toEqual([]);
    });

    test.each(WITH_EXAMPLE)('%s: the editor offers a quick fix on the wrong example exactly when the entry names one', async code => {
        const workspace = await buildWorkspace(exampleFiles(RULE_EXAMPLES[code as IssueCode]!.wrong));
        const document = [...workspace.documents.values()].find(candidate => (candidate.diagnostics ?? []).length > 0)!;
        const diagnostics = document.diagnostics ?? [];
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostics[0]!.range, context: { diagnostics },
        }) ?? [];
        // The duplicate offering's fix adds a characteristic the workspace defines; the example defines none.
        const offered = RULE_TEXTS.en[code as IssueCode].quickFix !== undefined && code !== 'offering.offering.duplicate';
        expect((actions as CodeAction[]).length > 0).toBe(offered);
    });
});
