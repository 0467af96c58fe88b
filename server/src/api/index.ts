/**
 * The programmatic API of the `soattin` package: `lintText`, `fixText`, `resolveConfig` and
 * the retext plugin. The names and shapes are public (semver, CHANGELOG.md): every export is
 * annotated with the types of types.ts, so the declarations the build emits from this file
 * (scripts/build.mjs) say exactly what the functions do. The work happens in engine.ts.
 */
import { fixDraft, lintDraft, resolveDraftConfig } from './engine.js';
import type { ConfigResult, FixTextResult, LintTextOptions, LintTextResult, ResolveConfigOptions } from './types.js';

export type * from './types.js';
export { retextSoattin } from './retext.js';

/**
 * The configuration for a draft at `filePath` (or for a folder; default: the working
 * directory), found and merged exactly as the CLI does. Config files are read again on each
 * call. Problems come back as `{ ok: false, error }`, never thrown.
 */
export function resolveConfig(filePath?: string, options?: ResolveConfigOptions): ConfigResult {
  return resolveDraftConfig(filePath, options);
}

/** Lint one draft: the messages of `soattin --format json` for it. */
export function lintText(text: string, options?: LintTextOptions): LintTextResult {
  return lintDraft(text, options).result;
}

/**
 * Apply every safe fix (what `soattin --fix` writes) and lint the result: `output` is the
 * fixed text, `messages` what is left to look at. An unusable configuration changes nothing.
 */
export function fixText(text: string, options?: LintTextOptions): FixTextResult {
  return fixDraft(text, options);
}
