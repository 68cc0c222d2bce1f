import './node20-polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createOfferingServices } from './offering-module.js';
import { toLocale } from './offering-messages.js';

// The language server on its own: `offering-language-server --stdio` (also what VS Code starts).
const connection = createConnection(ProposedFeatures.all);
const { shared, Offering } = createOfferingServices({ connection, ...NodeFileSystem });
shared.lsp.LanguageServer.onInitialize(params => {
    Offering.i18n.Messages.locale = toLocale(params.locale);
});
startLanguageServer(shared);
