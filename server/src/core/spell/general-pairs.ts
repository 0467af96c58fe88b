/**
 * Word context from the language at large: how often each syllable and each pair of adjacent
 * syllables occurs in the text of a general Vietnamese dictionary (dictionaries/general-pairs.json,
 * figures made by scripts/build-general-pairs.mjs). The genre's figures (pairs.ts) know the drafts'
 * words; these know everyday words the drafts never wrote: "nộp thuế", "máy móc", "lối sống".
 */
import { readGeneralPairs, type GeneralPairsData, type GeneralPairsIndex } from './general-pairs-data.js';

interface Figures {
  /** the list's text (general-pairs-data.ts: read on the first question, not at load) */
  data: GeneralPairsData;
  /** where each first syllable's pairs begin, each syllable's count, their total */
  index: GeneralPairsIndex;
  /** the stretches read so far, as second syllable → count */
  read: Map<string, Map<string, number>>;
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

/** An own key's number of a record JSON.parse made (it has a prototype: "constructor" is no syllable). */
function own(record: Record<string, number>, key: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * What the first question needs of the list besides its text: where each first syllable's pairs
 * begin in `pairs` ("a b:n|a c:m|…", sorted by pair), each syllable's count and their total.
 * Finding them scans both lists and fills 11,000 map entries (25–45 ms on the first spelling
 * question, before the code is optimised), so the build does it once and ships the result beside
 * the list (scripts/build.mjs, `index` of dist/general-pairs.json): JSON.parse makes the two
 * records in about 6 ms. Only a list without it (the sources, the web worker) is indexed here.
 */
export function generalPairsIndex(pairs: string, syllables: string): GeneralPairsIndex {
  const starts: Record<string, number> = {};
  let first = '';
  for (let at = 0; at < pairs.length; ) {
    const space = pairs.indexOf(' ', at);
    // (the list is sorted by pair, so each first syllable's pairs stand together)
    if (space - at !== first.length || !pairs.startsWith(first, at)) {
      first = pairs.slice(at, space);
      starts[first] = at;
    }
    const end = pairs.indexOf('|', space);
    at = end < 0 ? pairs.length + 1 : end + 1;
  }
  const counts: Record<string, number> = {};
  let total = 0;
  parse(syllables).forEach((n, key) => {
    counts[key] = n;
    total += n;
  });
  return { starts, counts, total };
}

/**
 * Read on the first question, the pairs only as far as where each first syllable's stretch
 * begins: 80,000 pairs made into maps cost the first check 700 ms; a syllable's pairs are read
 * when a slip is first looked for beside it.
 */
function load(): Figures {
  if (figures) return figures;
  const data = readGeneralPairs();
  figures = { data, index: data.index ?? generalPairsIndex(data.pairs, data.syllables), read: new Map() };
  return figures;
}

/** How often the dictionary's text writes syllable `a` right before `b` (lookup keys); 0 when under twice. */
export function generalPairCount(a: string, b: string): number {
  const f = load();
  let seconds = f.read.get(a);
  if (!seconds) {
    const from = own(f.index.starts, a);
    if (from === undefined) return 0;
    // the stretch ends before the first pair of another first syllable
    const list = f.data.pairs;
    const prefix = `${a} `;
    let to = from;
    while (to < list.length && list.startsWith(prefix, to)) {
      const end = list.indexOf('|', to);
      to = end < 0 ? list.length : end + 1;
    }
    seconds = parse(list, from, to === list.length ? to : to - 1, prefix.length);
    f.read.set(a, seconds);
  }
  return seconds.get(b) ?? 0;
}

/** How often the dictionary's text writes a syllable (lookup key). */
export function generalSyllableCount(key: string): number {
  return own(load().index.counts, key) ?? 0;
}

/** How many syllables the dictionary's text holds: the denominator of a syllable's share. */
export function generalSyllableTotal(): number {
  return load().index.total;
}
