// Where a required element sits, for the removal cases: on annotated drafts the annotator's
// evidence says; on unlabelled drafts only what the shape of the text shows (the last short
// credit line is the byline; a lead sentence opening with a date carries the dateline).
import { core } from '../core.mjs';

/** whole lines [start, end) covering [from, to), the line break included */
function linesAround(draft, text, from, to) {
  const ls = draft.lineStarts;
  let a = 0;
  while (a + 1 < ls.length && ls[a + 1] <= from) a++;
  let b = a;
  while (b + 1 < ls.length && ls[b + 1] < to) b++;
  return { start: ls[a], end: ls[b + 1] ?? text.length };
}

/** the sentences covering [from, to), with the spaces after them; the line when that is all of it */
function sentencesAround(draft, text, from, to) {
  const hit = draft.sentences.filter((s) => s.start < to && s.end > from);
  if (!hit.length) return null;
  let start = hit[0].start;
  let end = hit.at(-1).end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const line = linesAround(draft, text, start, end);
  if (!text.slice(line.start, start).trim() && !text.slice(end, line.end).trim()) return line;
  if (end === line.end || text[end] === '\n' || text[end] === '\r') while (start > line.start && text[start - 1] === ' ') start--;
  return { start, end };
}

function evidenceAt(text, evidence) {
  if (!evidence) return -1;
  const at = text.indexOf(evidence);
  if (at >= 0) return at;
  // the annotation is NFC; a non-NFC draft of the same length still lines up
  const nfc = text.normalize('NFC');
  return nfc.length === text.length ? nfc.indexOf(evidence.normalize('NFC')) : -1;
}

/** the range to delete to remove `element` from an annotated draft, or null */
export function annotatedRemoval(d, element) {
  const e = d.ann?.elements?.[element];
  if (!e?.present) return null;
  const at = evidenceAt(d.text, e.evidence);
  if (at < 0) return null;
  const to = at + e.evidence.length;
  return element === 'required-byline' ? linesAround(d.draft, d.text, at, to) : sentencesAround(d.draft, d.text, at, to);
}

/** the last line that is neither page debris nor a date line: a short credit is the byline */
function structuralByline(d) {
  const lines = d.text.split(/\r?\n/);
  const ls = d.draft.lineStarts;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].trim();
    if (!t || core.isDebrisLine(t) || core.isMetadataLine(t)) continue;
    const words = t.split(/\s+/u);
    if (words.length > 8 || /[.!?…:;]$/u.test(t) || !/^[\p{Lu}(]/u.test(t) || /\d{3,}/u.test(t)) return null;
    return { start: ls[i], end: ls[i + 1] ?? d.text.length };
  }
  return null;
}

/** the lead's first sentence when a day/month date sits among its first six words */
function structuralDateline(d) {
  const s = d.draft.lead?.sentences?.[0];
  if (!s) return null;
  const opening = s.words.slice(0, 6).map((w) => w.text).join(' ');
  if (!/(?:^|\s)\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?(?:\s|$)/u.test(opening)) return null;
  // a page's date line ("Thứ tư - 26/07/2023 05:30") is no sentence of the story
  if (s.words.length < 8 || /\d{1,2}:\d{2}/u.test(s.text)) return null;
  return sentencesAround(d.draft, d.text, s.start, s.end);
}

export function poolRemoval(d, element) {
  if (element === 'required-byline') return structuralByline(d);
  if (element === 'required-dateline') return structuralDateline(d);
  return null;
}

/** "(Baothanhhoa.vn) - ", "LSO-": a source tag before a lead, left out when comparing copies */
const SOURCE_TAG = /^(?:\([^()\n]{2,40}\)\s*[-–—:]?|[\p{Lu}\p{N}.]{2,20}\s*[-–—:])\s*/u;
/** a line's opening, without its source tag and a trailing bar ("NGUYỄN DƯƠNG |") */
const opening = (line) => line.trim().replace(SOURCE_TAG, '').replace(/\s*[|]\s*$/u, '').slice(0, 60);

/**
 * Does the page print the removed stretch twice (a lead repeated as its summary, a credit both
 * under the headline and at the end)? Then removing one copy removes nothing, and the case
 * would count a correct "still there" as a miss.
 */
export function printedTwice(text, range) {
  const key = opening(text.slice(range.start, range.end));
  if (key.length < 6) return false;
  const rest = text.slice(0, range.start) + text.slice(range.end);
  return rest.split(/\r?\n/u).some((line) => opening(line).startsWith(key));
}

const squash = (s) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');

/**
 * Does the draft state the annotated element again outside the removed sentence ("huyện ủy X
 * tổ chức …" in the lead and again in the body)? Then the element is still there, as with a
 * stretch printed twice, and a silent linter is right.
 */
export function statedAgain(d, element, range) {
  const evidence = d.ann?.elements?.[element]?.evidence;
  if (!evidence || squash(evidence).length < 12) return false;
  const rest = squash(d.text.slice(0, range.start) + '\n' + d.text.slice(range.end));
  return rest.includes(squash(evidence));
}
