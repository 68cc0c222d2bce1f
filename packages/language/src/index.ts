// The core of the Offering language: runs in Node and in a Web Worker alike (no Node built-ins,
// no `langium/node`). File-system loading, atomic writes and the CLI are in `offering-language/node`.
export * from './generated/ast.js';
export * from './offering-module.js';
export * from './i18n/messages.js';
export * from './references/names.js';
export { calendarInUse } from './references/calendar-in-use.js';
export { SemanticModel } from './model/semantic-model.js';
export type { ModuleFacts, ModuleMembership, OfferingFacts, PolicyFacts, ProgrammeFacts } from './model/semantic-model.js';
export type { DateSpan, IntakeMoment, ResolvedIntake } from './model/intakes.js';
export type { Bandwidth, SizeFacts, UnitId } from './model/sizes.js';
export { OfferingValidator } from './validation/validator.js';
export { buildCatalogue, serializeCatalogue } from './catalogue/generator.js';
export * from './catalogue/model.js';
export { renderPreview } from './catalogue/preview-html.js';
export { OFFERING_EXTENSION, offeringDocuments } from './workspace/offering-documents.js';
export { catalogueOfWorkspace, registerCustomRequests } from './lsp/custom-requests.js';
export * from './lsp/protocol.js';
export { exportOffering } from './export/exporter.js';
export type { ExportOptions, ExportResult, ExportTarget } from './export/exporter.js';
export type { OoapiVersion } from './export/ooapi.js';
export { warningMessage } from './export/warnings.js';
export type { ExportWarning, ExportWarningCode } from './export/warnings.js';
export { workspaceFacts } from './model/workspace-facts.js';
export type { WorkspaceFacts } from './model/workspace-facts.js';
