/**
 * The custom requests of the Offering language server, as the client uses them. The names
 * repeat the server's (`offering-custom-requests.ts`) so that the client bundle does not pull
 * in the server; a test checks that both sides agree.
 */
export type { CatalogueError, CatalogueParams, CatalogueResult } from '../../../language/src/lsp/offering-custom-requests.js';
export const CatalogueRequest = 'offering/catalogue';
export const WorkspaceChangedNotification = 'offering/workspaceChanged';
