/**
 * The engine API: `createLinter(rules)` binds the lint pass, the fix loop and config
 * resolution to one list of rules. Core never imports the rules: the front-ends (CLI,
 * language server, public API) pass them in, through server/src/linter.ts, so the import
 * graph reads top-down and a test can run the engine with rules of its own.
 */
import type { FindingFilter, FixResult } from './fix.js';
import { fixWith } from './fix.js';
import { lintWith, type LintOptions } from './lint.js';
import { addRuleMessages } from './messages.js';
import type { ConfigResult } from './config/resolve.js';
import { loadConfigObject, resolveConfig } from './config/resolve.js';
import { configSchema } from './config/schema.js';
import { validateConfig, type ConfigProblem } from './config/validate.js';
import type { ResolvedConfig } from './config/types.js';
import type { Finding, LintResult, Rule } from './types.js';

export interface Linter {
  /** the rules, in the order they run */
  readonly rules: readonly Rule[];
  ruleById(id: string): Rule | undefined;
  lint(text: string, config: ResolvedConfig, options?: LintOptions): LintResult;
  /** every safe fix, in passes until stable (see fix.ts for `known` and `keep`) */
  fixText(text: string, config: ResolvedConfig, options?: LintOptions, maxPasses?: number, known?: Finding[], keep?: FindingFilter): FixResult;
  /** the config for a draft (or folder) at `filePath`; `explicit` replaces discovery */
  resolveConfig(filePath: string, explicit?: string): ConfigResult;
  /** a resolved config from a user config object found in `file` (its folder `dir`) */
  loadConfigObject(raw: unknown, file: string, dir: string, base?: ResolvedConfig): ConfigResult;
  /** every problem of a user config object, rule ids and options checked against the rules */
  validateConfig(raw: unknown): ConfigProblem[];
  /** JSON Schema of `.soattinrc.json` for these rules */
  configSchema(): Record<string, unknown>;
}

export function createLinter(rules: readonly Rule[]): Linter {
  const list = [...rules];
  const byId = new Map(list.map((r) => [r.meta.id, r]));
  addRuleMessages(list);
  const lint = (text: string, config: ResolvedConfig, options?: LintOptions): LintResult => lintWith(list, text, config, options);
  // plain closures, not methods: `const { lint } = linter` works
  return {
    rules: list,
    ruleById: (id) => byId.get(id),
    lint,
    fixText: (text, config, options, maxPasses, known, keep) => fixWith(lint, text, config, options, maxPasses, known, keep),
    resolveConfig: (filePath, explicit) => resolveConfig(list, filePath, explicit),
    loadConfigObject: (raw, file, dir, base) => loadConfigObject(list, raw, file, dir, base),
    validateConfig: (raw) => validateConfig(raw, list),
    configSchema: () => configSchema(list),
  };
}
