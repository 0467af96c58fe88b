/**
 * Which findings the editor shows when a draft has more than the configured maximum
 * (`maxFindings`, 300 by default; VS Code itself stops at 1,000 per file). Cutting the sorted
 * list would silence the end of a long draft — where a reporter usually types. Instead:
 * the findings near the place being edited are shown first, and the rest of the budget is
 * shared out paragraph by paragraph (the first findings of each), so no part of the draft
 * goes quiet.
 * The CLI keeps its own cap; this only decides what the editor shows.
 */
import type { Finding } from '../core/types.js';
import { itself, lastAtOrBefore } from '../core/sorted.js';

/** Lines above and below the edited line whose findings are shown first. */
export const FOCUS_LINES = 40;

export interface CapResult {
  shown: Finding[];
  total: number;
}

/** Start offsets of the lines, ascending. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function indexAt(sorted: number[], offset: number): number {
  return Math.max(0, lastAtOrBefore(sorted, offset, itself));
}

/**
 * `findings` sorted by position; `focus` the offset of the last edit (undefined right after
 * opening). At most `max` are shown: first those within FOCUS_LINES lines of the focus
 * (nearest first), then the rest of the budget round by round over the paragraphs (lines: a
 * news draft has one paragraph per line) in document order — the first finding of every
 * paragraph, then the second … — spread evenly over the draft when a round does not fit.
 */
export function capFindings(text: string, findings: Finding[], max: number, focus?: number): CapResult {
  const total = findings.length;
  if (total <= max) return { shown: findings, total };
  const starts = lineStarts(text);
  const lineOf = (offset: number): number => indexAt(starts, offset);
  const keep = new Set<Finding>();
  if (focus !== undefined) {
    const at = lineOf(focus);
    const near = findings
      .map((f) => ({ f, distance: Math.abs(lineOf(f.start) - at) }))
      .filter((n) => n.distance <= FOCUS_LINES)
      .sort((a, b) => a.distance - b.distance);
    for (const n of near.slice(0, max)) keep.add(n.f);
  }
  const paragraphs: Finding[][] = [];
  let current = -1;
  for (const f of findings) {
    if (keep.has(f)) continue;
    const line = lineOf(f.start);
    if (line !== current) {
      paragraphs.push([]);
      current = line;
    }
    paragraphs[paragraphs.length - 1].push(f);
  }
  let budget = max - keep.size;
  for (let round = 0; budget > 0; round++) {
    const open = paragraphs.filter((p) => p.length > round);
    if (open.length === 0) break;
    if (open.length <= budget) {
      for (const p of open) keep.add(p[round]);
      budget -= open.length;
    } else {
      // evenly from the first paragraph to the last one (the end of the draft is never left out)
      const step = budget > 1 ? (open.length - 1) / (budget - 1) : 0;
      for (let i = 0; i < budget; i++) keep.add(open[Math.round(i * step)][round]);
      budget = 0;
    }
  }
  return { shown: findings.filter((f) => keep.has(f)), total };
}

/** Offset of the first character where two versions of a draft differ (undefined if equal). */
export function firstDifference(before: string, after: string): number | undefined {
  if (before === after) return undefined;
  const n = Math.min(before.length, after.length);
  let i = 0;
  // a block at a time by the native comparison of two slices, then the last block character by
  // character: the server's baseline tier (--max-opt=2) ran the plain loop at ~4 ns a character,
  // 1–2 ms to reach an edit in the middle of a 100 KB draft, every re-check
  for (const block of [4096, 256, 16]) {
    while (i + block <= n && before.slice(i, i + block) === after.slice(i, i + block)) i += block;
  }
  while (i < n && before.charCodeAt(i) === after.charCodeAt(i)) i++;
  return i;
}
