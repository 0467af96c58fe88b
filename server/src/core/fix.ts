/**
 * Apply fixes ESLint-style: plain edits on the original text, non-overlapping, in passes
 * until nothing changes. A fix never touches text outside its own edits.
 */
import type { Finding, LintResult, TextEdit } from './types.js';
import type { LintOptions } from './lint.js';
import type { ResolvedConfig } from './config/types.js';
import { firstAtOrAfter } from './sorted.js';

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

/**
 * The text of [start, end) once the edits inside it, in text order, are made ("lê thị Hoa" →
 * "Lê Thị Hoa"): the expected form a finding's message shows.
 */
export function editedText(text: string, start: number, end: number, edits: readonly TextEdit[]): string {
  let out = '';
  let pos = start;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos, end);
}

/** Pick whole fixes (all edits of a finding together) that overlap no other picked fix. */
export function selectFixes(findings: Finding[], ruleFilter?: (ruleId: string) => boolean): TextEdit[] {
  const picked: TextEdit[] = [];
  // picked edits sorted by start (they never overlap, so by end too): a binary search finds
  // the neighbours of a new edit — thousands of fixes are no longer compared pairwise
  const taken: TextEdit[] = [];
  const firstEndingAtOrAfter = (pos: number): number => firstAtOrAfter(taken, pos, (e) => e.end);
  const overlaps = (e: TextEdit): boolean => {
    for (let k = firstEndingAtOrAfter(e.start); k < taken.length && taken[k].start <= e.end; k++) {
      const p = taken[k];
      if ((e.start < p.end && p.start < e.end) || (e.start === e.end && e.start === p.start) || (p.start === p.end && p.start === e.start)) return true;
    }
    return false;
  };
  for (const f of findings) {
    if (!f.fix || f.inQuote || (ruleFilter && !ruleFilter(f.ruleId))) continue;
    if (f.fix.some(overlaps)) continue;
    for (const e of f.fix) {
      picked.push(e);
      let at = firstEndingAtOrAfter(e.end);
      while (at < taken.length && taken[at].start < e.start) at++;
      taken.splice(at, 0, e);
    }
  }
  return picked;
}

export interface FixResult {
  output: string;
  /** number of fixes applied over all passes */
  fixed: number;
  passes: number;
  /** the edits of the first pass, on the original text */
  firstEdits?: TextEdit[];
}

/** What identifies a reported finding across passes: its rule and the text it covers (the message may change: “again”). */
// (NFC: a finding on NFD text is the same finding once the text is normalised)
const keyOf = (text: string, f: Finding): string => `${f.ruleId}\0${text.slice(f.start, f.end).normalize('NFC')}`;

/**
 * Fix every fixable finding of the text — all of them, not the first `maxFindings` a report
 * shows — and nothing else: later passes only apply fixes for findings the first pass
 * reported but could not apply (they overlapped another fix). A finding that only appears
 * after fixing (an NFD draft turned NFC, a capital left at a new sentence start) is reported,
 * never applied silently.
 */
/** The lint pass the fix loop repeats (a linter's `lint`, engine.ts). */
/** Whether a fix of `f` may be applied to `output`. */
export type FindingFilter = (output: string, f: Finding) => boolean;

export type LintFn = (text: string, config: ResolvedConfig, options?: LintOptions) => LintResult;

export function fixWith(
  lint: LintFn,
  text: string,
  config: ResolvedConfig,
  options: LintOptions = {},
  maxPasses = 10,
  known?: Finding[],
  /** a policy on top (the editor's fix-on-save holds back line deletions) */
  keep?: FindingFilter,
): FixResult {
  const uncapped: ResolvedConfig = { ...config, maxFindings: Number.MAX_SAFE_INTEGER };
  let output = text;
  let fixed = 0;
  let passes = 0;
  let firstEdits: TextEdit[] | undefined;
  let pending: Map<string, number> | undefined;
  // findings already computed for this text (the editor's) save the first lint, unless capped
  let reuse = known && !known.some((f) => f.messageId === 'lint.capped') ? known : undefined;
  for (; passes < maxPasses; passes++) {
    let findings = reuse ?? lint(output, uncapped, options).findings;
    reuse = undefined;
    if (!pending) {
      // everything the first pass reports may be fixed later (a third copy of a sentence is
      // reported at once, and gets its fix once the second copy is gone)
      pending = new Map();
      for (const f of findings) if (!f.inQuote) pending.set(keyOf(output, f), (pending.get(keyOf(output, f)) ?? 0) + 1);
    } else {
      const left = new Map(pending);
      findings = findings.filter((f) => {
        const k = keyOf(output, f);
        const n = left.get(k) ?? 0;
        if (n <= 0) return false;
        left.set(k, n - 1);
        return true;
      });
    }
    findings = findings.filter((f) => f.fix && !f.inQuote && (!keep || keep(output, f)));
    const edits = selectFixes(findings);
    if (edits.length === 0) break;
    const next = applyEdits(output, edits);
    if (next === output) break;
    if (passes === 0) firstEdits = edits;
    const applied = appliedFindings(findings, edits);
    for (const f of applied) {
      const k = keyOf(output, f);
      pending.set(k, (pending.get(k) ?? 1) - 1);
    }
    fixed += applied.length;
    output = next;
  }
  return { output, fixed, passes, firstEdits };
}

function appliedFindings(findings: Finding[], edits: TextEdit[]): Finding[] {
  const set = new Set(edits);
  return findings.filter((f) => f.fix?.every((e) => set.has(e)));
}
