/**
 * Renders docs/rules.md and docs/rules.nl.md from the registry. The hand-written prose around the
 * rules (the decisions, the editor's notices) comes in as a template whose `<!-- rules -->` line
 * is replaced; `npm run docs` reads and writes the files, this only makes the text.
 */
import type { Locale } from '../../i18n/messages.js';
import type { RuleEntry } from './registry.js';
import { exampleFile, RULE_CATEGORIES, ruleAnchor, ruleEntries } from './registry.js';

/** The line of a template that the rules replace. */
export const RULES_PLACEHOLDER = '<!-- rules -->';

/** The words around the texts of a rule, in docs and in `offering explain`. */
export const RULE_LABELS: Readonly<Record<Locale, {
    error: string; warning: string; what: string; why: string; wrong: string; right: string; fix: string;
    quickFix: string; none: string; exampleFile: string; noExample: string;
}>> = {
    en: {
        error: 'error', warning: 'warning', what: 'What it checks', why: 'Why', wrong: 'Wrong', right: 'Right',
        fix: 'Fix', quickFix: 'Quick fix', none: 'none', exampleFile: 'Example file',
        noExample: 'none; no valid or invalid input is meant to trigger it (it is excluded in `test/validation/error-examples.test.ts`).',
    },
    nl: {
        error: 'fout', warning: 'waarschuwing', what: 'Wat het controleert', why: 'Waarom', wrong: 'Fout voorbeeld', right: 'Goed voorbeeld',
        fix: 'Oplossen', quickFix: 'Snelle oplossing', none: 'geen', exampleFile: 'Voorbeeldbestand',
        noExample: 'geen; geen enkele geldige of ongeldige invoer hoort dit te veroorzaken (`test/validation/error-examples.test.ts` slaat het over).',
    },
};

/** The template with its placeholder line replaced by every rule, by category. */
export function renderRulesDocument(locale: Locale, template: string): string {
    if (!template.includes(`\n${RULES_PLACEHOLDER}\n`)) {
        throw new Error(`the rules template has no line ${RULES_PLACEHOLDER}`);
    }
    return template.replace(`\n${RULES_PLACEHOLDER}\n`, `\n${renderRules(locale)}`);
}

function renderRules(locale: Locale): string {
    const entries = ruleEntries(locale);
    return RULE_CATEGORIES.map(category => {
        const intro = category.intro[locale] ? `${category.intro[locale]}\n\n` : '';
        const rules = entries.filter(entry => entry.category === category.id).map(entry => renderRule(entry, locale));
        return `## ${category.title[locale]}\n\n${intro}${rules.join('')}`;
    }).join('');
}

function renderRule(entry: RuleEntry, locale: Locale): string {
    const labels = RULE_LABELS[locale];
    const block = (text: string) => `\`\`\`offering\n${text.endsWith('\n') ? text : `${text}\n`}\`\`\`\n\n`;
    const examples = entry.example
        ? `${labels.wrong}:\n\n${block(entry.example.wrong)}${labels.right}:\n\n${block(entry.example.right)}`
        : '';
    const file = entry.example ? `\`examples/errors/${exampleFile(entry.code)}\`.` : labels.noExample;
    return `<a id="${ruleAnchor(entry.code)}"></a>\n`
        + `### \`${entry.code}\` (${labels[entry.severity]}): ${entry.title}\n\n`
        + `**${labels.what}.** ${entry.what}\n\n`
        + `**${labels.why}.** ${entry.why}\n\n`
        + examples
        + `**${labels.fix}:** ${entry.fix} **${labels.quickFix}:** ${entry.quickFix ?? `${labels.none}.`} **${labels.exampleFile}:** ${file}\n\n`;
}
