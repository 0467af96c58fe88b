/**
 * Fix-all for the editor with exactly the CLI's semantics (core fixText: whole fixes that do
 * not overlap, passes until stable, quotations untouched), but starting from the findings the
 * server already computed for this version of the draft when it has them: one lint less on
 * save, where the user waits. On save the `soattin.fixOnSave` policy may hold back the fixes
 * that delete whole lines (duplicated captions, web debris): those wait for the reporter.
 */
import { lint, type LintOptions } from '../core/lint.js';
import { applyEdits, selectFixes } from '../core/fix.js';
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
  let output = text;
  const allowed = (fs: Finding[]): Finding[] => (policy === 'all' ? fs : fs.filter((f) => !fixDeletesLines(output, f)));
  let findings = allowed(known ?? lint(output, config, options).findings);
  let first: TextEdit[] | undefined;
  let passes = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = selectFixes(findings);
    if (edits.length === 0) break;
    const next = applyEdits(output, edits);
    if (next === output) break;
    if (pass === 0) first = edits;
    passes++;
    output = next;
    if (pass + 1 < maxPasses) findings = allowed(lint(output, config, options).findings);
  }
  return passes === 1 && first ? { output, exactEdits: first } : { output };
}

export function fixAllText(text: string, config: ResolvedConfig, options: LintOptions, known?: Finding[], maxPasses = 10): string {
  return fixAll(text, config, options, known, maxPasses).output;
}
