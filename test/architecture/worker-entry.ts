// The shape of a Web Worker entry for the language server (the real one will live in
// packages/language/src/browser/): the core's services over postMessage, with no file system.
// browser-bundle.test.ts bundles it for the browser, which proves that this path needs no Node.
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createOfferingServices, registerCustomRequests } from '../../packages/language/src/index.js';

// Typed without the webworker lib (tsconfig has ES2022 only): the worker's global scope is the port.
const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
const { shared, Offering } = createOfferingServices({ connection, ...EmptyFileSystem });
registerCustomRequests(connection, shared, Offering);
startLanguageServer(shared);
