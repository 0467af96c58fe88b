/**
 * A matching view of a span of the original text: NFC, lower case, old-style tone placement
 * ("uỷ" → "ủy", "hoà" → "hòa"), with a map back to original offsets. Detectors match on the
 * view and report on the original, so an NFD draft or a new-style draft is read the same way
 * and its findings still sit on the reader's characters.
 */
import { nfc, withToneStyle } from '../normalise.js';
import { firstAtOrAfter, itself, lastAtOrBefore } from '../sorted.js';
import { BoundedCache, detach, stringBytes } from '../bounded-cache.js';
import { paragraphProse } from '../paragraph-memo.js';
import { charBefore, type Span } from '../draft.js';

export interface NormText {
  /** the matching view */
  text: string;
  /** original offset of each UTF-16 unit of `text`, plus one entry for the end */
  map: number[];
}

const COMBINING = /\p{M}/u;

/** a toned oa / oe / uy: the only syllables whose tone placement varies */
const MAY_MOVE = /[òóỏõọ][ae]|o[àáảãạèéẻẽẹ]|[ùúủũụ]y|u[ỳýỷỹỵ]/u;

/** The matching view of original[start, end). */
export function normText(original: string, start = 0, end = original.length): NormText {
  const slice = original.slice(start, end);
  const out = plainNorm(slice);
  if (out === undefined) return slowNormText(original, start, end);
  const map = new Array<number>(slice.length + 1);
  for (let k = 0; k <= slice.length; k++) map[k] = start + k;
  return { text: out, map };
}

/**
 * The fast path of `normText`: with no combining marks, NFC and lower case keep one unit per
 * unit, and so does the tone style (its map is the identity); undefined when they do not.
 */
function plainNorm(slice: string): string | undefined {
  if (COMBINING.test(slice)) return undefined;
  const out = nfc(slice).toLowerCase();
  return out.length === slice.length ? oldToneStyle(out) : undefined;
}

function slowNormText(original: string, start: number, end: number): NormText {
  let out = '';
  const map: number[] = [];
  let i = start;
  let plainEnd = start;
  while (i < end) {
    if (i >= plainEnd) {
      // a run of Latin characters with no combining mark after it normalises unit for unit, so
      // one normalize() of the run equals the segments below (most of an NFD-tainted draft)
      let j = i;
      while (j < end && isPlain(original.charCodeAt(j))) j++;
      if (j < end && j > i && COMBINING.test(original[j])) j--;
      if (j > i) {
        const run = original.slice(i, j);
        const seg = run.normalize('NFC').toLowerCase();
        if (seg.length === run.length) {
          for (let k = i; k < j; k++) map.push(k);
          out += seg;
          i = j;
          continue;
        }
        plainEnd = j; // one character changes length ("İ"): this run goes segment by segment
      }
    }
    // a segment: one base character (maybe a surrogate pair) and the combining marks after it
    let j = i + (original.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < end && COMBINING.test(original[j])) j++;
    const seg = original.slice(i, j).normalize('NFC').toLowerCase();
    for (let k = 0; k < seg.length; k++) map.push(i);
    out += seg;
    i = j;
  }
  map.push(end);
  return { text: oldToneStyle(out), map };
}

/** Latin, Vietnamese and punctuation units: no combining marks, and none composes with the next unit */
function isPlain(c: number): boolean {
  return c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x206f);
}

const MAY_MOVE_ALL = new RegExp(MAY_MOVE.source, 'gu');
const LETTER = /^\p{L}$/u;

/**
 * tone placement: same length in both styles, so the map stays valid. Only the words around a
 * toned oa / oe / uy are read: a callback for every word of the text cost a 10 MB single line
 * seconds, for the few words whose tone may move.
 */
function oldToneStyle(text: string): string {
  MAY_MOVE_ALL.lastIndex = 0;
  let m = MAY_MOVE_ALL.exec(text);
  if (!m) return text;
  let out = '';
  let done = 0;
  for (; m; m = MAY_MOVE_ALL.exec(text)) {
    // the word: the run of letters around the match (the match is letters only)
    let start = m.index;
    for (let c = letterBefore(text, start); c; c = letterBefore(text, start)) start -= c.length;
    let end = m.index + m[0].length;
    for (let c = letterAt(text, end); c; c = letterAt(text, end)) end += c.length;
    const w = text.slice(start, end);
    const old = withToneStyle(w, 'old');
    out += text.slice(done, start) + (old.length === w.length ? old : w);
    done = end;
    MAY_MOVE_ALL.lastIndex = end;
  }
  return out + text.slice(done);
}

/** The letter (one code point) starting at i, or ''. */
function letterAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  if (cp === undefined) return '';
  const c = String.fromCodePoint(cp);
  // (a lone surrogate is no letter)
  return LETTER.test(c) ? c : '';
}

/** The letter (one code point) ending at i, or ''. */
function letterBefore(text: string, i: number): string {
  const c = charBefore(text, i);
  return LETTER.test(c) ? c : '';
}

/** Original [start, end) of a view range. */
export function origRange(n: NormText, start: number, end: number): { start: number; end: number } {
  // (a paragraph's range answers without making its map: a detector's match in a 10 MB single
  // line made a map of the whole line, 80 MB, to read two entries)
  const origin = n instanceof ParagraphRange ? (k: number): number => n.origin(k) : (k: number): number => n.map[k];
  const last = (n instanceof ParagraphRange ? n.units : n.map.length) - 1;
  const s = origin(start);
  // end: the original offset where the last matched unit's segment ends
  const e = end >= last ? origin(last) : origin(end);
  return { start: s, end: Math.max(s, e) };
}

/** Escape a literal for a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A word-bounded alternation of literals (longest first), for the matching view. */
export function wordsRe(words: string[]): string {
  const sorted = [...new Set(words.map((w) => normKey(w)))].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escapeRe).join('|')})`;
}

/** The matching key of a dictionary word: NFC, lower case, old tone style. */
export function normKey(s: string): string {
  // the view's text alone: its map of offsets (an array the length of the word, made and
  // dropped for each of the thousands of list words the detectors' expressions are built from
  // at every start) is for matching spans of a draft
  return plainNorm(s) ?? normText(s).text;
}

/** Letter or digit boundaries that work for Vietnamese (\b is ASCII-only in JS). */
export const B = '(?<!\\p{L}|\\p{N})';
export const E = '(?!\\p{L}|\\p{N})';

/**
 * `${B}(?:${alt})` at the start of an expression, written the other way round: the alternation
 * is matched first, then a lookbehind asks that no letter or digit stands before the very text
 * it matched (\k<first>). The same matches, but an expression that opens with a lookbehind is
 * tried in full at every character, while one that opens with its words only where one of them
 * may start (genre.ts OTHER_GENRE, participants.ts FIRST_NUMBER). Named group `first` is group
 * 1: only for expressions whose own groups nobody reads by number.
 */
export function wordFirst(alt: string): string {
  return `(?<first>(?:${alt}))(?<!(?:\\p{L}|\\p{N})\\k<first>)`;
}

const perDraft = new WeakMap<object, NormText>();

/**
 * Each paragraph's view for the draft being checked, by the paragraph's start: the detectors
 * ask for a paragraph once a sentence, and the cache below finds it by its text (a slice to
 * hash each time) and keeps none too big for its budget (a 10 MB single line was normalised
 * once per detector: a fifth of its lint).
 */
const perDraftParagraphs = new WeakMap<object, Map<number, LocalNorm>>();

/** A paragraph's matching view: its text, and the offset in the paragraph of each unit (null: unit for unit). */
interface LocalNorm {
  text: string;
  map: Int32Array | null;
}

/**
 * Matching views of paragraphs by their text (bounded, holding copies: bounded-cache.ts): a
 * paragraph's view depends on its text alone (normalisation, case and tone placement never
 * reach across the line break between paragraphs), so a re-check normalises the edited one.
 */
const byParagraph = new BoundedCache<LocalNorm>(
  'normtext.paragraphs',
  4 * 1024 * 1024,
  (v) => stringBytes(v.text) + (v.map ? 4 * v.map.length : 0),
  (v) => ({ text: detach(v.text), map: v.map }),
);

function paragraphNorm(view: string, p: Span): LocalNorm {
  const seg = paragraphProse(view, p);
  let local = byParagraph.get(seg);
  if (!local) {
    // most paragraphs take the fast path, whose map is the identity: no map is built to learn it
    const plain = plainNorm(seg);
    if (plain !== undefined) {
      byParagraph.set(seg, (local = { text: plain, map: null }));
      return local;
    }
    const n = normText(seg);
    let identity = n.text.length === seg.length;
    for (let k = 0; identity && k < n.map.length; k++) identity = n.map[k] === k;
    local = { text: n.text, map: identity ? null : Int32Array.from(n.map) };
    byParagraph.set(seg, local);
  }
  return local;
}

/**
 * A range of a paragraph's matching view whose offset map is made when first read: the
 * detectors read every paragraph and sentence, and most of them match nothing, so a map of
 * every unit of the draft, several times a lint, went unread.
 */
class ParagraphRange implements NormText {
  private made: number[] | undefined;

  constructor(
    readonly text: string,
    /** the paragraph view's map (null: unit for unit) */
    private readonly rel: Int32Array | null,
    private readonly i: number,
    private readonly j: number,
    /** the paragraph's start in the draft */
    private readonly offset: number,
    private readonly end: number,
  ) {}

  get map(): number[] {
    if (!this.made) {
      const map = new Array<number>(this.units);
      for (let k = 0; k < map.length; k++) map[k] = this.origin(k);
      this.made = map;
    }
    return this.made;
  }

  /** entries of `map` */
  get units(): number {
    return this.j - this.i + 1;
  }

  /** `map[k]`, without making the map */
  origin(k: number): number {
    const q = this.i + k;
    if (q >= this.j) return this.end;
    return (this.rel ? this.rel[q] : q) + this.offset;
  }
}

/**
 * The matching view of draft.view[start, end). A range inside one paragraph (what every
 * detector reads) is cut from that paragraph's view, kept by its text across re-checks;
 * another range from one view of the whole draft, built once per draft.
 */
export function normRange(draft: { view: string; paragraphs?: readonly Span[] }, start: number, end: number): NormText {
  const ps = draft.paragraphs;
  const k = ps ? lastAtOrBefore(ps, start, (p) => p.start) : -1;
  const p = ps && k >= 0 ? ps[k] : undefined;
  if (p && end <= p.end) {
    let mine = perDraftParagraphs.get(draft);
    if (!mine) perDraftParagraphs.set(draft, (mine = new Map()));
    let local = mine.get(p.start);
    if (!local) mine.set(p.start, (local = paragraphNorm(draft.view, p)));
    const last = local.text.length;
    const from = start - p.start;
    const to = end - p.start;
    const rel = local.map;
    const i = rel ? Math.min(firstAtOrAfter(rel, from, itself), last) : Math.min(from, last);
    const j = rel ? Math.min(firstAtOrAfter(rel, to, itself), last) : Math.min(to, last);
    return new ParagraphRange(local.text.slice(i, j), rel, i, j, p.start, end);
  }
  let all = perDraft.get(draft);
  if (!all) perDraft.set(draft, (all = normText(draft.view)));
  // the map ends with the view's length: a range always finds its end
  const last = all.map.length - 1;
  const i = Math.min(firstAtOrAfter(all.map, start, itself), last);
  const j = Math.min(firstAtOrAfter(all.map, end, itself), last);
  const map = all.map.slice(i, j);
  map.push(end);
  return { text: all.text.slice(i, j), map };
}
