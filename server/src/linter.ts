/**
 * Soát Tin's linter: the core engine created with every rule of the registry. The front-ends
 * (CLI, language server, public API) lint, fix and resolve configs through it; core itself
 * never imports the rules.
 */
import { createLinter } from './core/engine.js';
import { rules } from './rules/index.js';

export const linter = createLinter(rules);
