/**
 * Word context from the language at large: how often each syllable and each pair of adjacent
 * syllables occurs in the text of a general Vietnamese dictionary (dictionaries/general-pairs.json,
 * figures made by scripts/build-general-pairs.mjs). The genre's figures (pairs.ts) know the drafts'
 * words; these know everyday words the drafts never wrote: "nộp thuế", "máy móc", "lối sống".
 */
import { readGeneralPairs } from './general-pairs-data.js';
import { detach, stringBytes, WordMemo } from '../bounded-cache.js';
import type { SyllableInfo } from './syllable.js';

interface Figures {
  /** "first second:count|…" as UTF-8 bytes, sorted by pair (general-pairs-data.ts: read on the first question, not at load) */
  pairs: Uint8Array;
  /** "key:count|…" as UTF-8 bytes, sorted by key: a syllable's count is searched for in them */
  syllables: Uint8Array;
  /** the syllables asked about and their counts */
  syllableCounts: WordMemo<number>;
  /** the counts' sum, the denominator of a syllable's share (-1 until asked) */
  total: number;
  /**
   * each first syllable looked up: where its pairs lie in `pairs` ([from, to)) and the counts
   * asked so far, as second syllable → count (each count added is counted into the word memos'
   * budget: a server meets every pair typed); a first syllable found in no pair: `ABSENT`
   */
  read: WordMemo<Stretch>;
}

/** A first syllable's pairs in the list, and the counts of those asked about. */
interface Stretch {
  from: number;
  to: number;
  counts: Map<string, number>;
}

let figures: Figures | undefined;
const encoder = new TextEncoder();
/** a first syllable and its space, or a pair's key, encoded: keys are short, so one buffer serves every question */
let prefix = new Uint8Array(64);
const BAR = 0x7c;
const COLON = 0x3a;
/** what `read` keeps for a first syllable of no pair (its stretch empty, never asked for a count) */
const ABSENT: Stretch = { from: 0, to: 0, counts: new Map() };
/** the bytes a second syllable's count adds to its stretch's entry, roughly */
const countBytes = (b: string): number => 32 + stringBytes(b);

/**
 * The list read as bytes and nothing else: no index to make, no map to fill (JSON.parse of the
 * list with its index cost the first spelling question 30–60 ms; general-pairs-data.ts).
 */
function load(): Figures {
  if (figures) return figures;
  const data = readGeneralPairs();
  figures = {
    pairs: data.pairs,
    syllables: data.syllables,
    syllableCounts: new WordMemo('general-pairs.syllables', () => 8),
    total: -1,
    read: new WordMemo('general-pairs.stretches', (s) => 64 + 48 * s.counts.size),
  };
  return figures;
}

/** The entry of `list` starting at `at` against the first `n` bytes of `prefix`: <0, 0 (it starts with them), >0. */
function compareAt(list: Uint8Array, at: number, n: number): number {
  for (let i = 0; i < n; i++) {
    const d = (at + i < list.length ? list[at + i] : -1) - prefix[i];
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The first "|" at or after `from`, or -1. (A loop over the bytes: an entry is a dozen bytes,
 * and the list is a Buffer, whose indexOf and lastIndexOf go through Node's argument checks
 * and a call into C++ each time: two dozen of them per syllable looked up, half the time of
 * the first question about each syllable, which every new process and CLI worker asks afresh.)
 */
function barFrom(list: Uint8Array, from: number): number {
  for (let i = from; i < list.length; i++) if (list[i] === BAR) return i;
  return -1;
}

/** The last "|" at or before `from`, or -1. */
function barUpTo(list: Uint8Array, from: number): number {
  for (let i = from; i >= 0; i--) if (list[i] === BAR) return i;
  return -1;
}

/**
 * Where the pairs whose first syllable is `prefix` (n bytes, its space included) begin and end
 * in the sorted list, by binary search over the entries ("|"-separated): [from, to), empty
 * when there are none. Byte order is code-point order, the order the build sorted the keys by.
 */
function stretchOf(list: Uint8Array, n: number): [number, number] {
  let lo = 0;
  let hi = list.length;
  // lo and hi are entry starts; the first entry not below the prefix lies in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : barUpTo(list, mid - 1) + 1;
    if (compareAt(list, start, n) < 0) {
      const end = barFrom(list, mid);
      lo = end < 0 ? list.length : end + 1;
    } else hi = start;
  }
  let to = lo;
  while (to < list.length && compareAt(list, to, n) === 0) {
    const end = barFrom(list, to);
    to = end < 0 ? list.length : end + 1;
  }
  return [lo, to];
}

/**
 * The key of the entry starting at `at` (up to its ":") against the first `n` bytes of `prefix`, a
 * whole key: <0, 0 (the same key), >0, in the order the build sorted the keys by (a key that is the
 * start of another comes first).
 */
function compareKey(list: Uint8Array, at: number, n: number): number {
  for (let i = 0; i < n; i++) {
    const c = at + i < list.length ? list[at + i] : BAR;
    if (c === COLON || c === BAR) return -1;
    const d = c - prefix[i];
    if (d !== 0) return d;
  }
  return at + n < list.length && list[at + n] === COLON ? 0 : 1;
}

/** The count of the entry whose key is the first `n` bytes of `prefix`, searched for in [from, to) (entry starts); 0 when none. */
function countIn(list: Uint8Array, from: number, to: number, n: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === lo ? lo : Math.max(lo, barUpTo(list, mid - 1) + 1);
    if (compareKey(list, start, n) < 0) {
      const end = barFrom(list, start);
      lo = end < 0 || end >= to ? to : end + 1;
    } else hi = start;
  }
  if (lo >= to || compareKey(list, lo, n) !== 0) return 0;
  let count = 0;
  for (let i = lo + n + 1; i < list.length && list[i] !== BAR; i++) count = count * 10 + (list[i] - 0x30);
  return count;
}

/**
 * How often the dictionary's text writes syllable `a` right before `b` (lookup keys); 0 when under twice.
 * A pair's count is found by binary search in the stretch of `a`'s pairs, as bytes: the stretch
 * is never decoded. (Each first syllable's whole stretch was decoded into a map, up to 8 KB and
 * 600 pairs for "và", "như", "một", to ask about one or two of them, and kept: the heap held
 * 2.5 MB more after a check of a 100 KB draft.)
 */
export function generalPairCount(a: string, b: string): number {
  return countInStretch(stretchFor(a), a, b);
}

/**
 * `generalPairCount(info.key, b)` of a token's syllable (spelling/sentence.ts PairFacts: the
 * pairs of every sentence): the stretch of its pairs kept on its facts, no lookup among the
 * stretches kept by first syllable.
 */
export function generalPairCountOf(info: SyllableInfo, b: string): number {
  let stretch = info.generalPairs as Stretch | undefined;
  if (stretch === undefined) info.generalPairs = stretch = stretchFor(info.key);
  return countInStretch(stretch, info.key, b);
}

/** where the pairs of first syllable `a` lie in the counts (found once and kept), `ABSENT` when none */
function stretchFor(a: string): Stretch {
  const f = load();
  let stretch = f.read.get(a);
  if (!stretch) {
    const first = `${a} `;
    if (prefix.length < 3 * first.length) prefix = new Uint8Array(3 * first.length);
    const n = encoder.encodeInto(first, prefix).written;
    const [from, to] = stretchOf(f.pairs, n);
    stretch = f.read.set(a, from === to ? ABSENT : { from, to, counts: new Map() });
  }
  return stretch;
}

/** `generalPairCount(a, b)` with `a`'s stretch found */
function countInStretch(stretch: Stretch, a: string, b: string): number {
  if (stretch === ABSENT) return 0;
  const f = load();
  const known = stretch.counts.get(b);
  if (known !== undefined) return known;
  const key = `${a} ${b}`;
  if (prefix.length < 3 * key.length) prefix = new Uint8Array(3 * key.length);
  const count = countIn(f.pairs, stretch.from, stretch.to, encoder.encodeInto(key, prefix).written);
  // (a copy: a key cut from a draft would keep the draft alive; bounded-cache.ts)
  if (b.length <= 32) {
    stretch.counts.set(detach(b), count);
    f.read.grew(countBytes(b));
  }
  return count;
}

/**
 * How often the dictionary's text writes a syllable (lookup key): by binary search in the
 * syllables' list, as bytes (the whole list was decoded into a map of 4,700 on the first
 * question, 12.6 ms of a fresh process against 0.2 ms).
 */
export function generalSyllableCount(key: string): number {
  const f = load();
  const known = f.syllableCounts.get(key);
  if (known !== undefined) return known;
  if (prefix.length < 3 * key.length) prefix = new Uint8Array(3 * key.length);
  return f.syllableCounts.set(key, countIn(f.syllables, 0, f.syllables.length, encoder.encodeInto(key, prefix).written));
}

/** How many syllables the dictionary's text holds: the denominator of a syllable's share (the counts summed from the bytes once). */
export function generalSyllableTotal(): number {
  const f = load();
  if (f.total < 0) {
    let total = 0;
    let count = 0;
    let inCount = false;
    const list = f.syllables;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (c === COLON) {
        inCount = true;
        count = 0;
      } else if (c === BAR) {
        total += count;
        inCount = false;
      } else if (inCount) count = count * 10 + (c - 0x30);
    }
    if (inCount) total += count;
    f.total = total;
  }
  return f.total;
}
