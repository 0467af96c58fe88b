/**
 * URLs, e-mail addresses and domain names in a text (their dots, "@" and slashes are not
 * prose punctuation), found in linear time. One regex such as
 * `[\w.+-]+@[\w-]+(?:\.[\w-]+)+` is tried at every position of a 100 KB run of "a.a.a…" and
 * fails only after scanning the rest of the run each time: quadratic (8–26 s). Here each
 * candidate is grown by hand from its anchor ("://", "www.", "@", ".vn"), and a character
 * is scanned a bounded number of times.
 */
import { lastAtOrBefore } from './sorted.js';
import { BoundedCache } from './bounded-cache.js';
import { paragraphKey } from './paragraph-memo.js';
import type { Draft } from './draft.js';
import { matchesOf } from './matches.js';
import { lazyRegExp } from './lazy-regexp.js';

export interface Span {
  start: number;
  end: number;
}

const TLD = lazyRegExp(() => /\.(?:vn|com|net|org|gov|edu|info)(?!\p{L}|\p{N}|[_])/giu);
/** a necessary condition for any link, cheap to test on a whole text */
const MAY_BE_LINK = /:\/\/|www\.|@|\.(?:vn|com|net|org|gov|edu|info)/iu;
const URL_START = /\b(?:https?:\/\/|www\.)/giu;
/** a TLD's letters after a dot, wherever they stand (TLD without its lookahead): where a domain's run may be */
const TLD_CUE = lazyRegExp(() => /\.(?:vn|com|net|org|gov|edu|info)/giu);
/** a character of a domain's run (a code point: a letter outside the BMP is two units) */
const RUN_CHAR = lazyRegExp(() => /^[\p{L}\p{N}.-]$/u);

/** where the run of letters, digits, dots and hyphens holding offset `at` (one of its characters) starts */
function runStartBefore(text: string, at: number): number {
  let i = at;
  for (;;) {
    if (i === 0) return i;
    const c = text.charCodeAt(i - 1);
    // (a low surrogate after a high one: the code point of both)
    const width = c >= 0xdc00 && c <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    if (!RUN_CHAR().test(text.slice(i - width, i))) return i;
    i -= width;
  }
}

/** where the run holding offset `at` ends */
function runEndAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!RUN_CHAR().test(text.slice(i, i + width))) return i;
    i += width;
  }
  return i;
}
const LABEL_CHAR = lazyRegExp(() => /[\p{L}\p{N}_-]/u);
const LOCAL_CHAR = /[\w.+-]/u;
const STOP = new Set([' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '<', '>', '"', '“', '”']);

const isStop = (c: string | undefined): boolean => c === undefined || STOP.has(c) || /\s/u.test(c);

/** The end of a URL body: up to whitespace or a quote/angle bracket. */
function urlEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isStop(text[i])) i++;
  return i;
}

/** "a-b.c.vn" from `at` (a label start): end of the dotted labels, and how many dots. */
function labelsEnd(text: string, at: number): { end: number; dots: number } {
  let i = at;
  let dots = 0;
  while (i < text.length && LABEL_CHAR().test(text[i])) i++;
  if (i === at) return { end: at, dots: 0 };
  while (text[i] === '.' && i + 1 < text.length && LABEL_CHAR().test(text[i + 1])) {
    i++;
    dots++;
    while (i < text.length && LABEL_CHAR().test(text[i])) i++;
  }
  return { end: i, dots };
}

/** Sorted, merged spans of every URL, e-mail address and domain (with its path) in `text`. */
export function linkSpans(text: string): Span[] {
  if (!MAY_BE_LINK.test(text)) return [];
  const spans: Span[] = [];
  // URLs: "http://…", "https://…", "www.…"
  let covered = 0;
  for (const m of matchesOf(URL_START, text)) {
    const s = m.index ?? 0;
    if (s < covered) continue;
    const e = urlEnd(text, s + m[0].length);
    spans.push({ start: s, end: e });
    covered = e;
  }
  // e-mail addresses: grown left and right of each "@" (runs stop at the next "@")
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && LOCAL_CHAR.test(text[s - 1])) s--;
    if (s === at) continue;
    const { end, dots } = labelsEnd(text, at + 1);
    if (dots === 0) continue;
    spans.push({ start: s, end });
  }
  // domains: a run of letters, digits, dots and hyphens whose last label is a known TLD,
  // plus a "/path" after it. Only a run holding a TLD's letters after a dot can be one: the runs
  // are grown around those (TLD_CUE), each once, not matched at every word of the text (a run
  // per word, 1.7 million of them on a 10 MB single line, each a match array)
  covered = 0;
  let examined = 0;
  for (const cue of matchesOf(TLD_CUE(), text)) {
    if ((cue.index ?? 0) < examined) continue;
    const runStart = runStartBefore(text, cue.index ?? 0);
    const runEnd = runEndAfter(text, cue.index ?? 0);
    examined = runEnd;
    const run = text.slice(runStart, runEnd);
    if (runStart < covered || !run.includes('.')) continue;
    let last: RegExpMatchArray | undefined;
    for (const t of matchesOf(TLD(), run)) last = t;
    if (!last) continue;
    let s = runStart;
    while (s < runStart + (last.index ?? 0) && !LABEL_CHAR().test(text[s])) s++;
    let e = runStart + (last.index ?? 0) + last[0].length;
    if (s >= runStart + (last.index ?? 0)) continue;
    if (text[e] === '/') e = urlEnd(text, e);
    spans.push({ start: s, end: e });
    covered = e;
  }
  return mergeSpans(spans);
}

/** each paragraph's links, relative to its start, by its text */
const paragraphLinks = new BoundedCache<Span[]>('links.paragraphs', 512 * 1024);
const draftLinks = new WeakMap<Draft, Span[]>();

/**
 * `linkSpans(draft.text)`, found paragraph by paragraph in a plain-text draft and kept by each
 * paragraph's text: a link holds no whitespace and none of its tests looks past one, so the
 * spans of a text are those of its lines, and a re-check after a keystroke scans the edited
 * paragraph only (the whole-text scan walked every word: 11 ms a re-check of a 100 KB draft).
 * Outside a plain-text draft's paragraphs there is only whitespace; a markdown draft is
 * scanned whole (its syntax lies outside the prose paragraphs).
 */
export function draftLinkSpans(draft: Pick<Draft, 'text' | 'view' | 'format' | 'paragraphs'>): Span[] {
  let spans = draftLinks.get(draft as Draft);
  if (spans) return spans;
  if (draft.format !== 'text') spans = linkSpans(draft.text);
  else {
    spans = [];
    for (const p of draft.paragraphs) {
      const key = paragraphKey(draft, p);
      let relative = paragraphLinks.get(key);
      if (relative === undefined) {
        relative = linkSpans(draft.text.slice(p.start, p.end));
        paragraphLinks.set(key, relative);
      }
      for (const r of relative) spans.push({ start: r.start + p.start, end: r.end + p.start });
    }
  }
  draftLinks.set(draft as Draft, spans);
  return spans;
}

/** Spans sorted by start, overlapping ones merged (what inSpans needs). */
export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Index of the last span starting at or before `i` (binary search), or -1. */
function lastStartingBy(spans: readonly Span[], i: number): number {
  return lastAtOrBefore(spans, i, (s) => s.start);
}

/** Is offset `i` inside one of the (sorted, merged) spans? */
export function inSpans(spans: readonly Span[], i: number): boolean {
  const k = lastStartingBy(spans, i);
  return k >= 0 && i < spans[k].end;
}

/** Does [start, end) overlap one of the (sorted, merged) spans? */
export function overlapsSpans(spans: readonly Span[], start: number, end: number): boolean {
  const k = lastStartingBy(spans, end - 1);
  return k >= 0 && spans[k].end > start;
}
