export * from './answers.js';
export * from './scaffold.js';
