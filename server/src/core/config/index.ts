export * from './types.js';
export * from './defaults.js';
// resolving, loading and validating a config need the rules: a linter's methods (engine.ts)
export { RC_NAME, DEFAULT_WORDS_FILE, clearConfigCache, findConfig, readWordList, relativeToConfig, applyOverrides, type ConfigError, type ConfigResult } from './resolve.js';
export type { RuleList } from './schema.js';
export type { ConfigProblem } from './validate.js';
export * from './occurrences.js';
