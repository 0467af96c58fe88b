/**
 * Fixes that delete whole lines of the draft (a duplicated caption, a line of web debris):
 * the editor's fix-on-save leaves them to the reporter by default, and findings of other
 * rules inside a line such a fix removes are not reported (one answer per mistake: the line
 * goes, so its typos need no fixing).
 */
import type { Finding, TextEdit } from './types.js';
import { SpanIndex } from './sorted.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Does this edit remove a line break together with words, and put no words back? */
export function deletesLine(text: string, e: TextEdit): boolean {
  if (LETTER_OR_DIGIT.test(e.text)) return false;
  const removed = text.slice(e.start, e.end);
  return /[\r\n]/.test(removed) && LETTER_OR_DIGIT.test(removed);
}

/** The finding's own fix deletes at least one whole line. */
export function fixDeletesLines(text: string, f: Finding): boolean {
  return !!f.fix?.some((e) => deletesLine(text, e));
}

/** Does this edit take words out ("| Bản in", "Responsive image ") and put none back? */
function deletesWords(text: string, e: TextEdit): boolean {
  return !LETTER_OR_DIGIT.test(e.text) && LETTER_OR_DIGIT.test(text.slice(e.start, e.end));
}

/**
 * Drop the findings of other rules that lie inside text a fix deletes: a whole line, or
 * words inside one (web debris, a repeated word). Only findings whose fix is certain (the one
 * `--fix` applies) count; a mere suggestion to delete leaves the other findings in place,
 * since the reporter may keep the text.
 */
export function dropInsideDeletedLines(text: string, findings: Finding[]): Finding[] {
  const spans: Array<{ start: number; end: number; owner: Finding }> = [];
  for (const f of findings) {
    if (f.inQuote || !f.fix) continue;
    for (const e of f.fix) if (deletesWords(text, e)) spans.push({ start: e.start, end: e.end, owner: f });
  }
  if (spans.length === 0) return findings;
  // a finding that deletes lines itself is kept (two rules may want the same line gone); one
  // that deletes a word inside a line another rule deletes goes with the line
  const lineDeleters = new Set(findings.filter((f) => !f.inQuote && f.fix?.some((e) => deletesLine(text, e))));
  // the spans holding a finding, by binary search: a long draft has thousands of both
  const index = new SpanIndex(spans);
  return findings.filter((f) => lineDeleters.has(f) || !index.containing(f.start, f.end).some((s) => s.owner.ruleId !== f.ruleId));
}
