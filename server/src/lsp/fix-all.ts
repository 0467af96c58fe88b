/**
 * Fix-all for the editor with exactly the CLI's semantics (core fixText: whole fixes that do
 * not overlap, passes until stable, quotations untouched), but starting from the findings the
 * server already computed for this version of the draft when it has them: one lint less on
 * save, where the user waits. On save the `soattin.fixOnSave` policy may hold back the fixes
 * that delete whole lines (duplicated captions, web debris): those wait for the reporter.
 */
import type { LintOptions } from '../core/lint.js';
import { linter } from '../linter.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { Finding, TextEdit } from '../core/types.js';
import { fixDeletesLines } from '../core/deletions.js';

export interface FixAll {
  output: string;
  /**
   * The edits of the first pass, on the original text, when that pass was the only one: then
   * they are exactly what changed (a diff could merge two fixes on one line into one edit).
   */
  exactEdits?: TextEdit[];
}

/** Which fixes a fix-all may apply: `all` (as `soattin --fix`) or `safe` (no line deletions). */
export type FixPolicy = 'all' | 'safe';

export function fixAll(text: string, config: ResolvedConfig, options: LintOptions, known?: Finding[], maxPasses = 10, policy: FixPolicy = 'all'): FixAll {
  // the one fix loop (core fixText): uncapped, only what the first pass reported
  const keep = policy === 'all' ? undefined : (output: string, f: Finding): boolean => !fixDeletesLines(output, f);
  const r = linter.fixText(text, config, options, maxPasses, known, keep);
  return r.passes === 1 && r.firstEdits ? { output: r.output, exactEdits: r.firstEdits } : { output: r.output };
}

export function fixAllText(text: string, config: ResolvedConfig, options: LintOptions, known?: Finding[], maxPasses = 10): string {
  return fixAll(text, config, options, known, maxPasses).output;
}
