import { LangiumParserErrorMessageProvider } from 'langium';

/** The token types a name may be: ID and the soft keywords of the grammar's `Name` rule. */
const NAME_TOKENS = new Set(['ID', 'choose', 'modules', 'capacity', 'mode', 'onsite', 'online', 'hybrid', 'valid', 'namespace', 'price', 'language', 'full-time', 'part-time', 'duration', 'month', 'months']);

type NoViableAlt = Parameters<LangiumParserErrorMessageProvider['buildNoViableAltMessage']>[0];

/**
 * Where a name is missing, the parser sees a choice between ID and the soft keywords and would list
 * them as token sequences; say what it meant before they became keywords instead.
 * Relies on (checked against Langium 4.4.0, `LangiumParserErrorMessageProvider`): keyword token types
 * are named after the keyword, and a missing name ends in `buildNoViableAltMessage`.
 */
export class OfferingParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildNoViableAltMessage(options: NoViableAlt): string {
        const paths = options.expectedPathsPerAlt.flat();
        if (paths.length > 0 && paths.every(path => path.length === 1 && NAME_TOKENS.has(path[0].name))) {
            return `Expecting token of type 'ID' but found \`${options.actual[0]?.image ?? ''}\`.`;
        }
        return super.buildNoViableAltMessage(options);
    }
}
