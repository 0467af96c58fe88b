export * from './types.js';
export * from './defaults.js';
export * from './resolve.js';
export * from './schema.js';
export { validateConfig, type ConfigProblem } from './validate.js';
export * from './occurrences.js';
