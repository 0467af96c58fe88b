/**
 * Fix-all for the editor with exactly the CLI's semantics (core fixText: whole fixes that do
 * not overlap, passes until stable, quotations untouched), but starting from the findings the
 * server already computed for this version of the draft when it has them: one lint less on
 * save, where the user waits.
 */
import { lint, type LintOptions } from '../core/lint.js';
import { applyEdits, selectFixes } from '../core/fix.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { Finding } from '../core/types.js';

export function fixAllText(text: string, config: ResolvedConfig, options: LintOptions, known?: Finding[], maxPasses = 10): string {
  let output = text;
  let findings = known ?? lint(output, config, options).findings;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = selectFixes(findings);
    if (edits.length === 0) break;
    const next = applyEdits(output, edits);
    if (next === output) break;
    output = next;
    if (pass + 1 < maxPasses) findings = lint(output, config, options).findings;
  }
  return output;
}
