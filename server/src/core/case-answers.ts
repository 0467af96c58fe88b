/**
 * One answer per span for capitalisation: when one finding reads a whole phrase ("phường tân
 * Định" → "Tân Định", admin-unit-case) and another, of another rule, reads one word inside it
 * ("Định" → "định", common-noun-case), the two corrections contradict each other, and
 * applying both damages the name ("Tân định"). The finding that reads the longer phrase keeps
 * the word as written in its correct form, so the word's own finding is dropped; so is a word's
 * finding whose change the longer one makes too ("Khu Phố" → "khu phố" holds "Khu" → "khu"):
 * one span, one answer. Two findings of two rules that propose the same case edits over ranges
 * that meet ("Sông Thái Bình" → "sông", read as a noun of geography by admin-unit-case and as a
 * common word by common-noun-case) are one answer too: the one with a fix, then the more severe is kept (dropping the
 * other never lowers what the span reports), then the longer reading, then the earlier.
 */
import type { Finding, TextEdit } from './types.js';
import { SpanIndex } from './sorted.js';

/** The edits a finding proposes: its fix, else its first suggestion. */
function answerOf(f: Finding): TextEdit[] | undefined {
  return f.fix ?? f.suggestions?.[0]?.edits;
}

/** Edits that only change letters' case ("tân" → "Tân"), none empty. */
function caseOnly(text: string, edits: TextEdit[] | undefined): edits is TextEdit[] {
  if (!edits?.length) return false;
  return edits.every((e) => {
    const was = text.slice(e.start, e.end);
    return e.text !== was && e.text.length === was.length && e.text.toLowerCase() === was.toLowerCase();
  });
}

/**
 * Drop a capitalisation finding lying inside a longer capitalisation finding of another rule
 * that leaves the finding's words as they are written, or changes them the same way: the longer
 * reading is the one answer.
 */
export function dropContradictedCase(text: string, findings: Finding[]): Finding[] {
  const phrases: Array<{ start: number; end: number; owner: Finding; edits: TextEdit[] }> = [];
  for (const f of findings) {
    const edits = answerOf(f);
    if (!f.inQuote && caseOnly(text, edits)) phrases.push({ start: f.start, end: f.end, owner: f, edits });
  }
  if (phrases.length < 2) return findings;
  const index = new SpanIndex(phrases);
  const keeps = (f: Finding): boolean => {
    const edits = answerOf(f);
    if (!caseOnly(text, edits)) return true;
    return !index.containing(f.start, f.end).some(
      (p) =>
        p.owner.ruleId !== f.ruleId &&
        p.end - p.start > f.end - f.start &&
        // the longer reading leaves every word this finding would change as it stands, or
        // makes the same change itself ("Khu Phố Tân Lập": "Khu Phố" → "khu phố" holds "Khu" → "khu")
        // (… the longer one then fixing it too, when this one would)
        edits.every((e) => p.edits.every((q) => q.end <= e.start || q.start >= e.end) || ((!!p.owner.fix || !f.fix) && p.edits.some((q) => q.start === e.start && q.end === e.end && q.text === e.text))),
    );
  };
  return dropSameAnswer(text, findings.filter(keeps));
}

const RANK: Record<string, number> = { error: 3, warning: 2, info: 1 };

/** The edits as one comparable string, in text order. */
function editsKey(edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((e) => `${e.start}:${e.end}:${e.text}`)
    .join('\u0001');
}

/** True when finding a is the one answer kept over b, which proposes the same edits. */
function preferred(a: Finding, b: Finding): boolean {
  // (a finding that fixes before one that only suggests: --fix keeps making the change)
  if (!!a.fix !== !!b.fix) return !!a.fix;
  const ra = RANK[a.severity] ?? 0;
  const rb = RANK[b.severity] ?? 0;
  if (ra !== rb) return ra > rb;
  if (a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  return a.start !== b.start ? a.start < b.start : a.ruleId < b.ruleId;
}

/**
 * Of the capitalisation findings of different rules whose ranges meet and whose answers are the
 * same case edits, keep one (preferred).
 */
function dropSameAnswer(text: string, findings: Finding[]): Finding[] {
  const byEdits = new Map<string, Finding[]>();
  for (const f of findings) {
    const edits = answerOf(f);
    if (f.inQuote || !caseOnly(text, edits)) continue;
    const k = editsKey(edits);
    const group = byEdits.get(k);
    if (group) group.push(f);
    else byEdits.set(k, [f]);
  }
  let dropped: Set<Finding> | undefined;
  for (const group of byEdits.values()) {
    if (group.length < 2) continue;
    for (const f of group) {
      const beaten = group.some((g) => g !== f && g.ruleId !== f.ruleId && g.start < f.end && f.start < g.end && !dropped?.has(g) && preferred(g, f));
      if (beaten) (dropped ??= new Set()).add(f);
    }
  }
  return dropped ? findings.filter((f) => !dropped!.has(f)) : findings;
}
