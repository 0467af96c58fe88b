/**
 * Apply fixes ESLint-style: plain edits on the original text, non-overlapping, in passes
 * until nothing changes. A fix never touches text outside its own edits.
 */
import type { Finding, TextEdit } from './types.js';
import { lint, type LintOptions } from './lint.js';
import type { ResolvedConfig } from './config/types.js';

/** Apply edits that do not overlap (earlier-starting edit wins); returns the new text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Pick whole fixes (all edits of a finding together) that overlap no other picked fix. */
export function selectFixes(findings: Finding[], ruleFilter?: (ruleId: string) => boolean): TextEdit[] {
  const picked: TextEdit[] = [];
  const overlaps = (e: TextEdit): boolean =>
    picked.some((p) => e.start < p.end && p.start < e.end || (e.start === e.end && e.start === p.start) || (p.start === p.end && p.start === e.start));
  for (const f of findings) {
    if (!f.fix || f.inQuote || (ruleFilter && !ruleFilter(f.ruleId))) continue;
    if (f.fix.some(overlaps)) continue;
    for (const e of f.fix) picked.push(e);
  }
  return picked;
}

export interface FixResult {
  output: string;
  /** number of fixes applied over all passes */
  fixed: number;
  passes: number;
}

export function fixText(text: string, config: ResolvedConfig, options: LintOptions = {}, maxPasses = 10): FixResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  for (; passes < maxPasses; passes++) {
    const { findings } = lint(output, config, options);
    const edits = selectFixes(findings);
    if (edits.length === 0) break;
    const next = applyEdits(output, edits);
    if (next === output) break;
    fixed += findings.filter((f) => f.fix && !f.inQuote).length > 0 ? countApplied(findings, edits) : 0;
    output = next;
  }
  return { output, fixed, passes };
}

function countApplied(findings: Finding[], edits: TextEdit[]): number {
  const set = new Set(edits);
  return findings.filter((f) => f.fix?.every((e) => set.has(e))).length;
}
