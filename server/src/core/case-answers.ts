/**
 * One answer per span for capitalisation: when one finding reads a whole phrase ("phường tân
 * Định" → "Tân Định", admin-unit-case) and another, of another rule, reads one word inside it
 * ("Định" → "định", common-noun-case), the two corrections contradict each other, and
 * applying both damages the name ("Tân định"). The finding that reads the longer phrase keeps
 * the word as written in its correct form, so the word's own finding is dropped; so is a word's
 * finding whose change the longer one makes too ("Khu Phố" → "khu phố" holds "Khu" → "khu"):
 * one span, one answer.
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
  return findings.filter(keeps);
}
