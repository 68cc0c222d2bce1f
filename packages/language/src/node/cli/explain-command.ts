import type { Command } from 'commander';
import type { Locale } from '../../i18n/messages.js';
import { ISSUE_CODES, TEXTS } from '../../i18n/messages.js';
import type { RuleEntry } from '../../vocabulary/rules/registry.js';
import { RULE_CATEGORIES, ruleEntries, ruleEntry, resolveRuleCode, similarRuleCodes } from '../../vocabulary/rules/registry.js';
import { RULE_LABELS } from '../../vocabulary/rules/rules-doc.js';
import { rulesHref } from '../../vocabulary/rules/documentation.js';
import { rulesDocumentationBase } from '../rules-documentation.js';
import type { CommandContext } from './command-context.js';
import { EXIT_OK, EXIT_USAGE, langOption } from './command-context.js';

interface ExplainOptions {
    list?: boolean;
    lang: Locale;
}

export function registerExplainCommand(program: Command, context: CommandContext): void {
    program.command('explain')
        .description('explain a rule: what it checks, why, a wrong and a right example and the fix (offering explain name.duplicate); --list lists the rules')
        .argument('[code]', 'the issue code, with or without "offering.", dots or dashes: offering.name.duplicate, name.duplicate, name-duplicate')
        .option('--list', 'list every rule: code, severity and title')
        .addOption(langOption())
        .action((code: string | undefined, options: ExplainOptions) => {
            context.setExitCode(explain(code, options, context));
        });
}

function explain(input: string | undefined, options: ExplainOptions, { io }: CommandContext): number {
    const texts = TEXTS[options.lang].explain;
    if (options.list) {
        io.stdout(listRules(options.lang));
        return EXIT_OK;
    }
    if (input === undefined) {
        io.stderr(`${texts.missingRule}\n`);
        return EXIT_USAGE;
    }
    const code = resolveRuleCode(input);
    if (!code) {
        io.stderr(`offering: ${texts.unknownRule(input, similarRuleCodes(input))}\n`);
        return EXIT_USAGE;
    }
    io.stdout(renderRuleForTerminal(ruleEntry(code, options.lang), options.lang, rulesDocumentationBase()));
    return EXIT_OK;
}

/** One line per rule in the order of docs/rules.md: code, severity and title, in columns. */
function listRules(locale: Locale): string {
    const labels = RULE_LABELS[locale];
    const width = Math.max(...ISSUE_CODES.map(code => code.length));
    const severityWidth = Math.max(labels.error.length, labels.warning.length);
    return ruleEntries(locale)
        .map(entry => `${entry.code.padEnd(width)}  ${labels[entry.severity].padEnd(severityWidth)}  ${entry.title}\n`)
        .join('');
}

/** The entry as plain text: headings on their own line, texts and examples indented; last the link to its section. */
export function renderRuleForTerminal(entry: RuleEntry, locale: Locale, base: string | undefined): string {
    const labels = RULE_LABELS[locale];
    const texts = TEXTS[locale].explain;
    const indent = (text: string) => text.replace(/\n$/, '').split('\n').map(line => line ? `    ${line}` : '').join('\n');
    const category = RULE_CATEGORIES.find(c => c.id === entry.category)!.title[locale];
    const sections: Array<[string, string]> = [[labels.what, entry.what], [labels.why, entry.why]];
    if (entry.example) {
        sections.push([labels.wrong, entry.example.wrong], [labels.right, entry.example.right]);
    }
    sections.push([labels.fix, entry.fix], [labels.quickFix, entry.quickFix ?? labels.none]);
    return `${entry.code} (${labels[entry.severity]}): ${entry.title}\n`
        + `${texts.category}: ${category}\n\n`
        + sections.map(([heading, body]) => `${heading}:\n${indent(body)}\n\n`).join('')
        + `${texts.documentation}: ${rulesHref(base ?? 'docs/', entry.code, locale)}\n`;
}
