// The Node entry of the Offering language (`offering-language/node`): what needs Node, beside
// the core (`offering-language`): loading a workspace from disk and writing files atomically.
export { loadWorkspace, collectOfferingFiles, displayPath, InputError } from './workspace-loader.js';
export type { LoadedWorkspace, FileDiagnostic, LoadProgress } from './workspace-loader.js';
export { writeFileAtomically, WriteRefusedError } from './atomic-write.js';
export type { WriteRefusal } from './atomic-write.js';
