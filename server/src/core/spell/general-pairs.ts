/**
 * Word context from the language at large: how often each syllable and each pair of adjacent
 * syllables occurs in the text of a general Vietnamese dictionary (dictionaries/general-pairs.json,
 * figures made by scripts/build-general-pairs.mjs). The genre's figures (pairs.ts) know the drafts'
 * words; these know everyday words the drafts never wrote: "nộp thuế", "máy móc", "lối sống".
 */
import { readGeneralPairs } from './general-pairs-data.js';

interface Figures {
  /** "first second:count|…" as UTF-8 bytes, sorted by pair (general-pairs-data.ts: read on the first question, not at load) */
  pairs: Uint8Array;
  /** "key:count|…" as UTF-8 bytes, made into `counts` on the first question about a syllable */
  syllables: Uint8Array;
  counts: Map<string, number> | undefined;
  /** the counts' sum: the denominator of a syllable's share */
  total: number;
  /** the stretches read so far, as second syllable → count */
  read: Map<string, Map<string, number>>;
  /** first syllables looked up and found in no pair (bounded: a server meets every word typed) */
  absent: Set<string>;
}

let figures: Figures | undefined;
const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** a first syllable and its space, encoded: syllables are short, so one buffer serves every question */
let prefix = new Uint8Array(64);
const BAR = 0x7c;
const MAX_ABSENT = 20_000;

/** "key:count|…" as a map (indexes, not for…of: run once, never optimised; pair-map.ts) */
function parse(list: string, cut = 0): Map<string, number> {
  const out = new Map<string, number>();
  for (let at = 0; at < list.length; ) {
    let end = list.indexOf('|', at);
    if (end < 0) end = list.length;
    const colon = list.lastIndexOf(':', end);
    out.set(list.slice(at + cut, colon), Number(list.slice(colon + 1, end)));
    at = end + 1;
  }
  return out;
}

/**
 * The list read as bytes and nothing else: no index to make, no map to fill (JSON.parse of the
 * list with its index cost the first spelling question 30–60 ms; general-pairs-data.ts).
 */
function load(): Figures {
  if (figures) return figures;
  const data = readGeneralPairs();
  figures = { pairs: data.pairs, syllables: data.syllables, counts: undefined, total: 0, read: new Map(), absent: new Set() };
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
function stretch(list: Uint8Array, n: number): [number, number] {
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

/** How often the dictionary's text writes syllable `a` right before `b` (lookup keys); 0 when under twice. */
export function generalPairCount(a: string, b: string): number {
  const f = load();
  let seconds = f.read.get(a);
  if (!seconds) {
    if (f.absent.has(a)) return 0;
    const first = `${a} `;
    if (prefix.length < 3 * first.length) prefix = new Uint8Array(3 * first.length);
    const n = encoder.encodeInto(first, prefix).written;
    const [from, to] = stretch(f.pairs, n);
    if (from === to) {
      if (f.absent.size >= MAX_ABSENT) f.absent.clear();
      // (a copy: a key cut from a draft would keep the draft alive; bounded-cache.ts)
      f.absent.add(a.length < 13 ? a : (' ' + a).slice(1));
      return 0;
    }
    // (the stretch's last entry ends with "|" unless it is the list's last)
    seconds = parse(decoder.decode(f.pairs.subarray(from, to < f.pairs.length || f.pairs[to - 1] === BAR ? to - 1 : to)), first.length);
    f.read.set(a, seconds);
  }
  return seconds.get(b) ?? 0;
}

/** Each syllable's count and their total, made on the first question about a syllable. */
function counts(f: Figures): Map<string, number> {
  if (f.counts) return f.counts;
  const counts = parse(decoder.decode(f.syllables));
  let total = 0;
  counts.forEach((n) => {
    total += n;
  });
  f.total = total;
  f.counts = counts;
  return counts;
}

/** How often the dictionary's text writes a syllable (lookup key). */
export function generalSyllableCount(key: string): number {
  return counts(load()).get(key) ?? 0;
}

/** How many syllables the dictionary's text holds: the denominator of a syllable's share. */
export function generalSyllableTotal(): number {
  const f = load();
  counts(f);
  return f.total;
}
