import '../node20-polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { registerCustomRequests } from '../lsp/custom-requests.js';
import { createOfferingServices } from '../offering-module.js';
import { toLocale } from '../i18n/messages.js';
import { registerMemoryRequest } from './memory-request.js';
import { rulesDocumentationBase } from './rules-documentation.js';
import { tuneServerHeap } from './heap-tuning.js';
import { SafeNodeFileSystem } from './safe-file-system.js';
import { createServerConnection, parseTransport, SERVER_USAGE } from './server-connection.js';

// The language server on its own: `offering-language-server --stdio` (also what VS Code starts).
tuneServerHeap();
const transport = parseTransport(process.argv.slice(2));
if (!transport) {
    process.stderr.write(`${SERVER_USAGE}\n`);
    process.exit(2);
}
const connection = createServerConnection(transport);
const { shared, Offering } = createOfferingServices({ connection, ...SafeNodeFileSystem });
Offering.i18n.RulesDocumentation.base = rulesDocumentationBase();
shared.lsp.LanguageServer.onInitialize(params => {
    // The extension's `offering.language` setting wins over the editor's display language.
    const options = params.initializationOptions as { locale?: string; rulesDocumentationBase?: string } | undefined;
    Offering.i18n.Messages.locale = toLocale(options?.locale ?? params.locale);
    // A client that serves the rules documentation elsewhere says where (as the web worker's client may).
    if (typeof options?.rulesDocumentationBase === 'string') {
        Offering.i18n.RulesDocumentation.base = options.rulesDocumentationBase;
    }
});
// Where the editor switches to syntax checks only, in characters (docs/reliability.md); for measuring and for big machines.
const syntaxOnlyAbove = Number(process.env.OFFERING_SYNTAX_ONLY_ABOVE);
if (Number.isSafeInteger(syntaxOnlyAbove) && syntaxOnlyAbove > 0) {
    Offering.editor.Limits.syntaxOnlyAbove = syntaxOnlyAbove;
}
registerCustomRequests(connection, shared, Offering);
registerMemoryRequest(connection);
startLanguageServer(shared);
