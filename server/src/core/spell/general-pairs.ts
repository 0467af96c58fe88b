/**
 * Word context from the language at large: how often each syllable and each pair of adjacent
 * syllables occurs in the text of a general Vietnamese dictionary (dictionaries/general-pairs.json,
 * figures made by scripts/build-general-pairs.mjs). The genre's figures (pairs.ts) know the drafts'
 * words; these know everyday words the drafts never wrote: "nộp thuế", "máy móc", "lối sống".
 */
import { readGeneralPairs, type GeneralPairsData } from './general-pairs-data.js';

interface Figures {
  /** the list's text (general-pairs-data.ts: read on the first question, not at load) */
  data: GeneralPairsData;
  /** each first syllable's stretch of `data.pairs` ("a b:n|a c:m"), the list sorted by pair */
  stretches: Map<string, [number, number]>;
  /** the stretches read so far, as second syllable → count */
  read: Map<string, Map<string, number>>;
  counts: Map<string, number>;
}

let figures: Figures | undefined;

/** "key:count|…" as a map (indexes, not for…of: run once, never optimised; pair-map.ts) */
function parse(list: string, from = 0, to = list.length, cut = 0): Map<string, number> {
  const out = new Map<string, number>();
  for (let at = from; at < to; ) {
    let end = list.indexOf('|', at);
    if (end < 0 || end > to) end = to;
    const colon = list.lastIndexOf(':', end);
    out.set(list.slice(at + cut, colon), Number(list.slice(colon + 1, end)));
    at = end + 1;
  }
  return out;
}

/**
 * Where each first syllable's pairs begin in `pairs` ("a b:n|a c:m|…", sorted by pair), as
 * "first:offset|…" in the list's order (a stretch ends where the next begins): finding them is
 * a scan of the whole text (25–45 ms on the first spelling question), so the build does it once
 * and ships the result beside the list (scripts/build.mjs, `stretches` of dist/general-pairs.json);
 * only a list without it (the sources, the web worker) is scanned here. A string, not an object
 * of 4,700 keys: JSON.parse reads a string at once, the object cost 10 ms more than it saved.
 */
export function pairStretches(list: string): string {
  const out: string[] = [];
  let first = '';
  for (let at = 0; at < list.length; ) {
    const space = list.indexOf(' ', at);
    // (the list is sorted by pair, so each first syllable's pairs stand together)
    if (space - at !== first.length || !list.startsWith(first, at)) {
      first = list.slice(at, space);
      out.push(`${first}:${at}`);
    }
    const end = list.indexOf('|', space);
    at = end < 0 ? list.length + 1 : end + 1;
  }
  return out.join('|');
}

/**
 * Read on the first question, the pairs only as far as where each first syllable's stretch
 * begins: 80,000 pairs made into maps cost the first check 700 ms; a syllable's pairs are read
 * when a slip is first looked for beside it.
 */
function load(): Figures {
  if (figures) return figures;
  const data = readGeneralPairs();
  const stretches = new Map<string, [number, number]>();
  let previous: [number, number] | undefined;
  // (parse keeps the list's order: each stretch ends before the next one's start)
  parse(data.stretches ?? pairStretches(data.pairs)).forEach((from, first) => {
    if (previous) previous[1] = from - 1;
    previous = [from, data.pairs.length];
    stretches.set(first, previous);
  });
  figures = { data, stretches, read: new Map(), counts: parse(data.syllables) };
  return figures;
}

/** How often the dictionary's text writes syllable `a` right before `b` (lookup keys); 0 when under twice. */
export function generalPairCount(a: string, b: string): number {
  const f = load();
  let seconds = f.read.get(a);
  if (!seconds) {
    const stretch = f.stretches.get(a);
    if (!stretch) return 0;
    seconds = parse(f.data.pairs, stretch[0], stretch[1], a.length + 1);
    f.read.set(a, seconds);
  }
  return seconds.get(b) ?? 0;
}

/** How often the dictionary's text writes a syllable (lookup key). */
export function generalSyllableCount(key: string): number {
  return load().counts.get(key) ?? 0;
}

let total: number | undefined;

/** How many syllables the dictionary's text holds: the denominator of a syllable's share. */
export function generalSyllableTotal(): number {
  if (total === undefined) {
    let sum = 0;
    load().counts.forEach((n) => (sum += n));
    total = sum;
  }
  return total;
}
