import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { buildCatalogue, serializeCatalogue } from '../../packages/language/src/catalogue/generator.js';
import type { Document } from '../../packages/language/src/generated/ast.js';
import type { OfferingServices } from '../../packages/language/src/offering-module.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { random } from './offering-arbitraries.js';
import { rangeProblems } from './harness.js';

/**
 * Systematic token fuzzing: every token of every example file, deleted or replaced by a token
 * of each other kind the lexer knows (keywords, punctuation, dates, codes, numbers, names,
 * strings, comments). Error recovery then leaves AST properties undefined in every place the
 * grammar allows; each case must pass every check without a check failing
 * (`offering.internal.*`) and every editor feature without throwing. The space is large
 * (tokens x kinds); a run takes TOKEN_FUZZ_CASES cases (5,000) from a shuffle fixed by
 * TOKEN_FUZZ_SEED, so different seeds cover different parts, and `TOKEN_FUZZ_CASES=all`
 * runs every case.
 */
export const TOKEN_FUZZ_SEED = Number(process.env.TOKEN_FUZZ_SEED ?? 20261201);
const REQUESTED = process.env.TOKEN_FUZZ_CASES ?? '5000';

/** A text of each terminal kind (keywords are their own text). A new terminal must be added here. */
const TERMINAL_SAMPLES: Record<string, string | undefined> = {
    DATE: '2026-09-01', CODE: '100B490', NUMBER: '5', ID: 'Xyz', STRING: '"tekst"', ML_COMMENT: '/* c */', SL_COMMENT: '// c\n', WS: undefined,
};

export interface TokenCase {
    file: string;
    /** The token's offset and length in the file. */
    offset: number;
    length: number;
    /** The replacement text, or '' for a deletion. */
    replacement: string;
}

interface ExampleFile {
    name: string;
    folder: string;
    text: string;
}

const examplesRoot = fileURLToPath(new URL('../../examples/', import.meta.url));

function exampleFiles(): ExampleFile[] {
    const files: ExampleFile[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                walk(full);
            } else if (entry.name.endsWith('.offering')) {
                files.push({ name: path.relative(examplesRoot, full), folder: path.relative(examplesRoot, folder), text: readFileSync(full, 'utf-8') });
            }
        }
    };
    walk(examplesRoot);
    return files;
}

/** One text per token kind of the lexer; fails when a terminal has no sample. */
export function tokenKindSamples(services: OfferingServices): string[] {
    const samples: string[] = [];
    for (const [name, type] of Object.entries(services.parser.Lexer.definition)) {
        if (typeof type.PATTERN === 'string' || /^[a-z]/.test(name)) {
            samples.push(typeof type.PATTERN === 'string' ? type.PATTERN : name);
        } else if (!(name in TERMINAL_SAMPLES)) {
            throw new Error(`no sample text for the terminal ${name}: add one to TERMINAL_SAMPLES`);
        } else if (TERMINAL_SAMPLES[name] !== undefined) {
            samples.push(TERMINAL_SAMPLES[name]!);
        }
    }
    return samples;
}

/** Every case, in a fixed order: per file, per token, deletion then each other kind. */
export function allTokenCases(services: OfferingServices, files = exampleFiles()): TokenCase[] {
    const samples = tokenKindSamples(services);
    const cases: TokenCase[] = [];
    for (const file of files) {
        for (const token of services.parser.Lexer.tokenize(file.text).tokens) {
            cases.push({ file: file.name, offset: token.startOffset, length: token.image.length, replacement: '' });
            for (const sample of samples) {
                if (sample !== token.image) {
                    cases.push({ file: file.name, offset: token.startOffset, length: token.image.length, replacement: ` ${sample} ` });
                }
            }
        }
    }
    return cases;
}

/** The run's cases: a seeded shuffle of all of them, cut to the requested number, grouped by file. */
export function selectTokenCases(all: TokenCase[], seed = TOKEN_FUZZ_SEED, requested = REQUESTED): TokenCase[] {
    const count = requested === 'all' ? all.length : Math.min(all.length, Number(requested));
    const rnd = random(seed);
    const picked = [...all];
    for (let i = picked.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [picked[i], picked[j]] = [picked[j]!, picked[i]!];
    }
    return picked.slice(0, count).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
}

export function applyCase(text: string, tokenCase: TokenCase): string {
    return text.slice(0, tokenCase.offset) + tokenCase.replacement + text.slice(tokenCase.offset + tokenCase.length);
}

/**
 * Runs the cases: the other files of the example's folder stay loaded (so that the damaged file
 * links as in real use), the damaged file is built, checked by every feature, and removed.
 */
export async function runTokenCases(cases: TokenCase[]): Promise<{ failures: string[]; slowestMs: number }> {
    return runTokenCasesOver(exampleFiles(), cases);
}

async function runTokenCasesOver(files: ExampleFile[], cases: TokenCase[]): Promise<{ failures: string[]; slowestMs: number }> {
    const byName = new Map(files.map(file => [file.name, file]));
    const failures: string[] = [];
    let slowestMs = 0;
    let services: OfferingServices | undefined;
    let folder: string | undefined;
    let generation = 0;
    for (const tokenCase of cases) {
        const file = byName.get(tokenCase.file)!;
        if (!services || folder !== file.folder) {
            services = createOfferingServices(EmptyFileSystem).Offering;
            folder = file.folder;
            const siblings = files.filter(other => other.folder === folder && other.name !== file.name).map(other =>
                services!.shared.workspace.LangiumDocumentFactory.fromString<Document>(other.text, URI.parse(`memory:///${other.name}`)));
            siblings.forEach(document => services!.shared.workspace.LangiumDocuments.addDocument(document));
            await services.shared.workspace.DocumentBuilder.build(siblings, { validation: false });
        }
        const started = performance.now();
        const text = applyCase(file.text, tokenCase);
        const problem = await exerciseCase(services, text, tokenCase, `memory:///fuzz-${generation++}/${path.basename(file.name)}`);
        if (problem) {
            failures.push(`${tokenCase.file} @${tokenCase.offset} ${JSON.stringify(file.text.slice(tokenCase.offset, tokenCase.offset + tokenCase.length))} -> ${JSON.stringify(tokenCase.replacement)}: ${problem}`);
        }
        slowestMs = Math.max(slowestMs, performance.now() - started);
    }
    return { failures, slowestMs };
}

async function exerciseCase(services: OfferingServices, text: string, tokenCase: TokenCase, uri: string): Promise<string | undefined> {
    const shared = services.shared;
    const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse(uri));
    shared.workspace.LangiumDocuments.addDocument(document);
    let stage = 'build';
    // Langium catches some failures and only logs them (the linker: "An error occurred while
    // resolving reference"); a logged error fails the case as well.
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(arg => arg instanceof Error ? arg.stack?.split('\n').slice(0, 4).join(' | ') : String(arg)).join(' '));
    try {
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const failed = (document.diagnostics ?? []).filter(d => String(d.code ?? '').startsWith('offering.internal'));
        if (failed.length > 0) {
            return `a check failed: ${failed.map(d => d.message).join('; ')}`;
        }
        const ranges = rangeProblems(document, document.diagnostics ?? []);
        if (ranges.length > 0) {
            return `diagnostic ranges: ${ranges.join('; ')}`;
        }
        const textDocument = { uri };
        const position = document.textDocument.positionAt(Math.min(text.length, tokenCase.offset + 1));
        const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
        const lsp = services.lsp;
        const features: Array<[string, () => unknown]> = [
            ['document symbols', () => lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument })],
            ['folding', () => lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument })],
            ['semantic tokens', () => lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument })],
            ['inlay hints', () => lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole })],
            ['code lens', () => lsp.CodeLensProvider!.provideCodeLens(document, { textDocument })],
            ['hover', () => lsp.HoverProvider!.getHoverContent(document, { textDocument, position })],
            ['completion', () => lsp.CompletionProvider!.getCompletion(document, { textDocument, position })],
            ['definition', () => lsp.DefinitionProvider!.getDefinition(document, { textDocument, position })],
            ['references', () => lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } })],
            ['highlight', () => lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position })],
            ['prepare rename', () => lsp.RenameProvider!.prepareRename(document, { textDocument, position })],
            ['code actions', () => lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics: document.diagnostics ?? [] } })],
            ['formatting', () => lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } })],
            ['workspace symbols', () => shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' })],
            ['catalogue', () => JSON.parse(serializeCatalogue(buildCatalogue(shared.workspace.LangiumDocuments.all.toArray() as Array<LangiumDocument<Document>>, services)))],
        ];
        for (const [name, run] of features) {
            stage = name;
            await run();
        }
        return logged.length > 0 ? `logged an error: ${logged.join(' | ').slice(0, 800)}` : undefined;
    } catch (error) {
        return `${stage} threw: ${error instanceof Error ? error.stack?.split('\n').slice(0, 4).join(' | ') : String(error)}`;
    } finally {
        console.error = consoleError;
        shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        shared.workspace.IndexManager.remove(document.uri);
    }
}

/**
 * The cases the issue names (error recovery leaving a size without its bounds), run through the
 * same checks as the fuzzer's: each text replaces the first file of the mbo-college example.
 */
export const NAMED_CASES = ['module M size ..5 SBU', 'module M size SBU', 'module M size 1e5 SBU', 'class K { students of years 5..6 teaches M }'];

/** Cases the fuzzer found (seed and run in docs/reliability.md), run on every run. */
export const FOUND_CASES: TokenCase[] = [
    // A policy whose name became a comment: sorting the governing policies read `name` of undefined.
    { file: 'errors/intake-not-on-period-start.offering', offset: 463, length: 1, replacement: ' /* c */ ' },
    // `applies to applies`: completion made up a node of no document, and the local scopes asked for its document.
    { file: 'errors/module-size-outside-policy.offering', offset: 506, length: 3, replacement: ' applies ' },
];

export async function runNamedCases(): Promise<string[]> {
    const files = exampleFiles();
    const first = files.find(file => file.folder === 'mbo-college')!;
    const failures: string[] = [];
    for (const text of NAMED_CASES) {
        const withText = { ...first, text };
        const { failures: found } = await runTokenCasesOver([withText, ...files.filter(f => f !== first)],
            [{ file: first.name, offset: 0, length: 0, replacement: '' }]);
        failures.push(...found.map(failure => `${JSON.stringify(text)}: ${failure}`));
    }
    failures.push(...(await runTokenCases(FOUND_CASES)).failures);
    return failures;
}

/** The suite's test over the cases of one half (`part` 0 or 1) of the run, so that two workers share it. */
export function tokenFuzzTest(part: 0 | 1): void {
    const services = createOfferingServices(EmptyFileSystem).Offering;
    const selected = selectTokenCases(allTokenCases(services));
    const cases = selected.filter((_, i) => i % 2 === part);
    test(`${cases.length} token deletions and substitutions over the examples (seed ${TOKEN_FUZZ_SEED}, part ${part + 1} of 2): every check and editor feature survives`, async () => {
        const { failures, slowestMs } = await runTokenCases(cases);
        console.info(`token fuzz part ${part + 1}: ${cases.length} cases, slowest ${slowestMs.toFixed(0)} ms, ${failures.length} failures`);
        expect(failures.slice(0, 20)).toEqual([]);
    }, 180_000);
    if (part === 0) {
        test('the cases the issue names and the cases the fuzzer found: every check and editor feature survives', async () => {
            expect(await runNamedCases()).toEqual([]);
        });
    }
}
