import '../node20-polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerCustomRequests } from '../lsp/custom-requests.js';
import { createOfferingServices } from '../offering-module.js';
import { toLocale } from '../i18n/messages.js';
import { registerMemoryRequest } from './memory-request.js';
import { tuneServerHeap } from './heap-tuning.js';

// The language server on its own: `offering-language-server --stdio` (also what VS Code starts).
tuneServerHeap();
const connection = createConnection(ProposedFeatures.all);
const { shared, Offering } = createOfferingServices({ connection, ...NodeFileSystem });
shared.lsp.LanguageServer.onInitialize(params => {
    // The extension's `offering.language` setting wins over the editor's display language.
    const options = params.initializationOptions as { locale?: string } | undefined;
    Offering.i18n.Messages.locale = toLocale(options?.locale ?? params.locale);
});
registerCustomRequests(connection, shared, Offering);
registerMemoryRequest(connection);
startLanguageServer(shared);
