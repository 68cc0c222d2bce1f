// The server's custom requests, from the one typed module both sides import.
export { CatalogueRequest, ExportRequest, WorkspaceChangedNotification } from 'offering-language/protocol';
export type { CatalogueError, CatalogueParams, CatalogueResult, ExportRequestParams, ExportRequestResult, ExportWarningInfo } from 'offering-language/protocol';
