/**
 * Where a missing-element finding sits and where its template goes. A finding for a missing
 * element has no fix (a template needs a human); it carries one snippet suggestion that
 * inserts the template at the right place.
 */
import type { Draft, Paragraph, Span } from '../draft.js';
import type { Report } from '../types.js';
import { leadBodyStart } from './dateline.js';

/** The line break the draft uses, and whether its paragraphs are separated by a blank line. */
export function paragraphBreak(draft: Draft): string {
  const eol = draft.text.includes('\r\n') ? '\r\n' : '\n';
  const ps = draft.paragraphs;
  for (let i = 0; i + 1 < ps.length; i++) {
    const gap = draft.text.slice(ps[i].end, ps[i + 1].start);
    if (/\r?\n[ \t]*\r?\n/u.test(gap)) return eol + eol;
  }
  return ps.length > 1 ? eol : eol + eol;
}

/** At most `max` characters from `start`, cut at a word end inside the paragraph. */
function clip(draft: Draft, p: Paragraph, start: number, max: number): Span {
  let end = Math.min(p.end, start + max);
  if (end < p.end) {
    const cut = draft.text.slice(start, end).search(/[\s,;:]\S*$/u);
    if (cut > 0) end = start + cut;
  }
  const comma = draft.text.slice(start, end).indexOf(',');
  if (comma > 0) end = start + comma;
  return { start, end: Math.max(end, Math.min(p.end, start + 1)) };
}

/** The opening words of the lead (after any source tag): where dateline and organiser findings sit. */
export function leadSpot(draft: Draft): Span {
  const lead = draft.lead ?? draft.story[0];
  if (!lead) return headlineSpot(draft);
  return clip(draft, lead, leadBodyStart(draft, lead), 60);
}

/** The headline line (or, without one, the start of the lead): the place of the other findings. */
export function headlineSpot(draft: Draft): Span {
  if (draft.headline) return { start: draft.headline.start, end: draft.headline.end };
  const first = draft.lead ?? draft.story[0] ?? draft.paragraphs[0];
  if (!first) return { start: 0, end: 0 };
  return clip(draft, first, first.start, 60);
}

/** The last words of the story: where a missing byline is reported. */
export function endSpot(draft: Draft): Span {
  const last = draft.story[draft.story.length - 1] ?? draft.paragraphs[draft.paragraphs.length - 1];
  if (!last) return { start: 0, end: 0 };
  // the last run of non-blanks, read back from the end (`/\S+\s*$/u` was tried from every
  // position of the paragraph: seconds on a 10 MB single line)
  const text = draft.text;
  let end = last.end;
  while (end > last.start && SPACE.test(text[end - 1])) end--;
  let start = end;
  while (start > last.start && !SPACE.test(text[start - 1])) start--;
  return { start, end: last.end };
}
const SPACE = /^\s$/u;

/** The report of a missing element: no fix, one snippet suggestion. */
export function missing(
  at: Span,
  insertAt: number,
  snippet: string,
  args: Record<string, string> = {},
): Report {
  return {
    start: at.start,
    end: at.end,
    messageId: 'missing',
    args,
    suggestions: [{ messageId: 'insert', edits: [{ start: insertAt, end: insertAt, text: snippet }], snippet: true }],
    data: { missing: true },
  };
}
