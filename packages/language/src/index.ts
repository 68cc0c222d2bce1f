export * from './generated/ast.js';
export * from './offering-module.js';
export * from './offering-messages.js';
export * from './offering-names.js';
export { calendarInUse } from './offering-scope-provider.js';
export { OfferingValidator } from './offering-validator.js';
export { loadWorkspace, collectOfferingFiles } from './workspace-loader.js';
export type { LoadedWorkspace, FileDiagnostic } from './workspace-loader.js';
