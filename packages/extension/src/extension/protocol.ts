// The server's custom requests, from the one typed module both sides import.
export { CatalogueRequest, WorkspaceChangedNotification } from 'offering-language/protocol';
export type { CatalogueError, CatalogueParams, CatalogueResult } from 'offering-language/protocol';
