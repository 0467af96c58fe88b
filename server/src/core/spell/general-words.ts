/**
 * Words of two syllables from a general Vietnamese word list (dictionaries/general-words.json,
 * built by scripts/build-general-words.mjs): words of other subjects than the genre's ("người
 * dẫn đường", "dây chuyền khép kín", "hoá giải"), which its own figures never met. They explain a
 * pair as written, as the everyday words do, and are never suggested. Only the common ones
 * (`words`) are a reading for a slip of the ear; the rare ones of the full list are words, but
 * too many and too odd to read a draft's syllable as ("da giày" is no "da dày").
 */
import { PairSet } from '../pair-set.js';
import { readGeneralWords, type GeneralWordsData } from './general-words-data.js';

let lists: GeneralWordsData | undefined;
/** The lists, read on the first question (general-words-data.ts: beside the Node bundles, not inside them). */
const data = (): GeneralWordsData => (lists ??= readGeneralWords());

let common: PairSet | undefined;
let rare: PairSet | undefined;

/** The common general words as pairs of lookup keys, indexed on first use. */
function commonPairs(): PairSet {
  // (stored as lookup keys, sorted: read as the list is, slices of it, no syllable normalised
  // and no word cut out on the first check)
  common ??= PairSet.ofJoined(data().words, '|');
  return common;
}

/**
 * The rare general words as pairs of lookup keys: a set of their own, asked after the common
 * one. One set of both joined each first syllable's keys of the two lists into a new string
 * (1 MB made and kept on the first check); apart, each list is slices of itself, for one more
 * map lookup when a pair is no common word.
 */
function rarePairs(): PairSet {
  rare ??= PairSet.ofJoined(data().rare, '|');
  return rare;
}

/** True when the syllables `a` `b` (lookup keys) make a word of the general list, common or rare: a word as written. */
export function isGeneralPair(a: string, b: string): boolean {
  return commonPairs().has(a, b) || rarePairs().has(a, b);
}

/** True when `a` `b` (lookup keys) make a common word of the general list: a reading for a syllable heard wrong. */
export function isCommonGeneralPair(a: string, b: string): boolean {
  return commonPairs().has(a, b);
}

let heads: Map<string, number> | undefined;
let familiarity: Map<string, number> | undefined;

/**
 * Both counts below, read on the first question from the list's `counts` ("key:holds:opens|…",
 * made with the lists by scripts/build-general-words.mjs): 6,000 entries. Counting the lists'
 * 120,000 syllables into maps here instead cost the first check 30–35 ms (with `matchAll` or
 * with indexOf alike: the map updates are the cost).
 */
function tally(): void {
  const opened = new Map<string, number>();
  const holding = new Map<string, number>();
  const list = data().counts;
  // (indexes, not for…of: run once, never optimised; pair-map.ts)
  for (let at = 0; at < list.length; ) {
    let end = list.indexOf('|', at);
    if (end < 0) end = list.length;
    const second = list.lastIndexOf(':', end);
    const first = list.lastIndexOf(':', second - 1);
    const key = list.slice(at, first);
    holding.set(key, Number(list.slice(first + 1, second)));
    const opens = Number(list.slice(second + 1, end));
    if (opens > 0) opened.set(key, opens);
    at = end + 1;
  }
  heads = opened;
  familiarity = holding;
}

/**
 * How many words of the general list, common or rare, the syllable (lookup key) opens: "buồng"
 * opens 16 ("buồng lái", "buồng máy", "buồng trứng" …), "quãng" two. A syllable that opens many
 * words heads compounds of its own (a noun and what qualifies it after it).
 */
export function generalWordsOpened(key: string): number {
  if (!heads) tally();
  return heads!.get(key) ?? 0;
}

/**
 * How many words of the general list, common or rare, hold the syllable (lookup key): "tên"
 * makes 34 ("tên gọi", "tên tuổi", "tên riêng" …), "cỏn" one ("cỏn con"). A syllable of many
 * words is a familiar word of its own.
 */
export function generalWordCount(key: string): number {
  if (!familiarity) tally();
  return familiarity!.get(key) ?? 0;
}
