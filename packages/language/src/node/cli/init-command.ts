import type { Command } from 'commander';
import { Option } from 'commander';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { Texts } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import type { PeriodScheme, ScaffoldAnswers, ScaffoldLang, Sector } from '../../scaffold/index.js';
import { CODE_FORMATS, PERIOD_SCHEMES, SCAFFOLD_LANGS, SECTORS, answerProblems, defaultAnswers, identifierWords, isSchoolYear, scaffoldWorkspace } from '../../scaffold/index.js';
import { writeFileAtomically } from '../atomic-write.js';
import type { CliIo, CommandContext } from './command-context.js';
import { EXIT_OK, EXIT_USAGE } from './command-context.js';

interface InitOptions {
    sector?: Sector;
    lang?: ScaffoldLang;
    yes?: boolean;
    boardName?: string;
    boardCode?: string;
    schoolName?: string;
    schoolCode?: string;
    locationName?: string;
    locationCode?: string;
    address?: string;
    year?: string;
    periods?: PeriodScheme;
    policyName?: string;
    programmeName?: string;
    programmeCode?: string;
    /** The language the question about the language offers (that of the environment). */
    defaultLang?: ScaffoldLang;
}

export function registerInitCommand(program: Command, context: CommandContext): void {
    program.command('init')
        .description('create a starter workspace (organisation, calendar, policies, one programme) that validates cleanly; never overwrites')
        .argument('[dir]', 'the folder to create it in (made when missing)', '.')
        .addOption(new Option('--sector <sector>', 'mbo, vo or po').choices([...SECTORS]))
        .addOption(new Option('--lang <lang>', 'language of the files, comments and messages').choices([...SCAFFOLD_LANGS]))
        .option('-y, --yes', 'use the defaults and the flags given; ask nothing')
        .option('--board-name <name>', 'name of the board')
        .option('--board-code <code>', 'RIO code of the board, e.g. 100B001')
        .option('--school-name <name>', 'name of the school (provider)')
        .option('--school-code <code>', 'RIO code of the school, e.g. 100A001')
        .option('--location-name <name>', 'name of the location')
        .option('--location-code <code>', 'RIO code of the location, e.g. 100X001')
        .option('--address <address>', 'address of the location')
        .option('--year <year>', 'the year the school year starts in, e.g. 2026')
        .addOption(new Option('--periods <scheme>', 'how the school year is divided').choices([...PERIOD_SCHEMES]))
        .option('--policy-name <name>', 'name of the policy')
        .option('--programme-name <name>', 'name of the first programme')
        .option('--programme-code <code>', 'crebo code (mbo) or RIO programme unit code (vo, po)')
        .action(async (dir: string, options: InitOptions, command: Command) => {
            // main.ts fills --lang from the environment when it is not given; then it is still asked.
            const asked = command.getOptionValueSource('lang') === 'cli' ? options : { ...options, lang: undefined, defaultLang: options.lang };
            context.setExitCode(await init(dir, asked, context.io));
        });
}

/** The answers from the flags over the defaults of the sector and language. */
function fromFlags(options: InitOptions, sector: Sector, lang: ScaffoldLang): ScaffoldAnswers {
    const defaults = defaultAnswers(sector, lang);
    return {
        sector,
        lang,
        board: { name: options.boardName ?? defaults.board.name, code: options.boardCode ?? defaults.board.code },
        school: { name: options.schoolName ?? defaults.school.name, code: options.schoolCode ?? defaults.school.code },
        location: {
            name: options.locationName ?? defaults.location.name,
            code: options.locationCode ?? defaults.location.code,
            address: options.address ?? defaults.location.address,
        },
        schoolYearStart: options.year === undefined ? defaults.schoolYearStart : Number(options.year),
        periods: options.periods ?? defaults.periods,
        policy: { name: options.policyName ?? defaults.policy.name },
        programme: { name: options.programmeName ?? defaults.programme.name, code: options.programmeCode ?? defaults.programme.code },
    };
}

async function init(dir: string, options: InitOptions, io: CliIo): Promise<number> {
    const interactive = !options.yes && io.stdinIsTTY === true && io.stdin !== undefined;
    const answers = interactive && io.stdin
        ? await ask(options, io.stdin, io)
        : fromFlags(options, options.sector ?? 'mbo', options.lang ?? options.defaultLang ?? 'en');
    const text = TEXTS[answers.lang].init;
    const problems = answerProblems(answers);
    if (problems.length > 0) {
        io.stderr(`offering: ${text.invalidAnswers(problems.join(', '))}\n`);
        return EXIT_USAGE;
    }
    const folder = await fs.stat(dir).catch(() => undefined);
    if (folder && !folder.isDirectory()) {
        io.stderr(`offering: ${text.notAFolder(dir)}\n`);
        return EXIT_USAGE;
    }
    const files = scaffoldWorkspace(answers);
    const shown = (file: string) => path.join(dir, ...file.split('/'));
    const existing: string[] = [];
    for (const file of files.keys()) {
        if (await fs.lstat(shown(file)).then(() => true, () => false)) {
            existing.push(shown(file));
        }
    }
    if (existing.length > 0) {
        io.stderr(`offering: ${text.exists(existing.join(', '))}\n`);
        return EXIT_USAGE;
    }
    io.stdout(`${text.wrote(dir)}\n`);
    for (const [file, content] of files) {
        try {
            await writeFileAtomically(shown(file), content);
        } catch (error) {
            io.stderr(`offering: ${text.unwritable(shown(file), (error as NodeJS.ErrnoException).code ?? String(error))}\n`);
            return EXIT_USAGE;
        }
        io.stdout(`  ${shown(file)}\n`);
    }
    io.stdout(`\n${text.nextSteps(dir, path.join(dir, 'out', answers.lang === 'nl' ? 'catalogus.json' : 'catalogue.json'))}`);
    return EXIT_OK;
}

/**
 * Asks every question not answered by a flag, with the default in brackets; an empty line takes
 * the default, an invalid one asks again, the end of the input takes the defaults for the rest.
 * Lines are read through an async iterator, which buffers what arrives before it is asked for.
 */
async function ask(options: InitOptions, input: NodeJS.ReadableStream, io: CliIo): Promise<ScaffoldAnswers> {
    const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
    const iterator = lines[Symbol.asyncIterator]();
    let ended = false;
    const question = async (prompt: string, fallback: string, valid: (value: string) => boolean, choices: string, invalid: Texts['init']['invalidAnswer']): Promise<string> => {
        for (;;) {
            if (ended) {
                return fallback;
            }
            io.stdout(`${prompt} [${fallback}]: `);
            const next = await iterator.next();
            if (next.done) {
                ended = true;
                io.stdout('\n');
                return fallback;
            }
            const answer = next.value.trim();
            if (answer === '') {
                return fallback;
            }
            if (valid(answer)) {
                return answer;
            }
            io.stdout(`${invalid(choices)}\n`);
        }
    };
    const oneOf = <T extends string>(values: readonly T[]) => (value: string): value is T => (values as readonly string[]).includes(value);
    const named = (value: string) => identifierWords(value) !== '';
    const format = (pattern: RegExp) => (value: string) => pattern.test(value);
    try {
        const lang = options.lang ?? await question(`${TEXTS.en.init.questions.lang} / ${TEXTS.nl.init.questions.lang}`, options.defaultLang ?? 'en', oneOf(SCAFFOLD_LANGS), SCAFFOLD_LANGS.join(', '), TEXTS.en.init.invalidAnswer) as ScaffoldLang;
        const text = TEXTS[lang].init;
        const q = text.questions;
        const sector = options.sector ?? await question(q.sector, 'mbo', oneOf(SECTORS), SECTORS.join(', '), text.invalidAnswer) as Sector;
        const current = fromFlags(options, sector, lang);
        // A name needs a letter or digit; a code its format (the example in the question shows it).
        const free = (prompt: string, given: string | undefined, fallback: string, valid: (value: string) => boolean = named, expected: string = text.aName) =>
            given ?? question(prompt, fallback, valid, expected, text.invalidAnswer);
        const answers: ScaffoldAnswers = {
            sector,
            lang,
            board: { name: await free(q.boardName, options.boardName, current.board.name), code: await free(q.boardCode, options.boardCode, current.board.code, format(CODE_FORMATS.board), text.codeLike(current.board.code)) },
            school: { name: await free(q.schoolName, options.schoolName, current.school.name), code: await free(q.schoolCode, options.schoolCode, current.school.code, format(CODE_FORMATS.school), text.codeLike(current.school.code)) },
            location: {
                name: await free(q.locationName, options.locationName, current.location.name),
                code: await free(q.locationCode, options.locationCode, current.location.code, format(CODE_FORMATS.location), text.codeLike(current.location.code)),
                address: await free(q.address, options.address, current.location.address, value => value !== '', text.anAddress),
            },
            schoolYearStart: Number(await free(q.year, options.year, String(current.schoolYearStart), value => /^\d{4}$/.test(value) && isSchoolYear(Number(value)), '2000..2098')),
            periods: options.periods ?? await question(q.periods, current.periods, oneOf(PERIOD_SCHEMES), PERIOD_SCHEMES.join(', '), text.invalidAnswer) as PeriodScheme,
            policy: { name: await free(q.policyName, options.policyName, current.policy.name) },
            programme: {
                name: await free(q.programmeName, options.programmeName, current.programme.name),
                code: await free(q.programmeCode(sector), options.programmeCode, current.programme.code, format(sector === 'mbo' ? CODE_FORMATS.crebo : CODE_FORMATS.rio), text.codeLike(current.programme.code)),
            },
        };
        return answers;
    } finally {
        lines.close();
    }
}
