/**
 * Words of two syllables from a general Vietnamese word list (dictionaries/general-words.json,
 * built by scripts/build-general-words.mjs): words of other subjects than the genre's ("người
 * dẫn đường", "dây chuyền khép kín", "hoá giải"), which its own figures never met. They explain a
 * pair as written, as the everyday words do, and are never suggested. Only the common ones
 * (`words`) are a reading for a slip of the ear; the rare ones of the full list are words, but
 * too many and too odd to read a draft's syllable as ("da giày" is no "da dày").
 */
import { firstKeyFrom, SortedPairs } from '../pair-set.js';
import { readGeneralWords, type GeneralWordsData } from './general-words-data.js';
import type { SyllableInfo } from './syllable.js';

let lists: GeneralWordsData | undefined;
/** The lists, read on the first question (general-words-data.ts: beside the Node bundles, not inside them). */
const data = (): GeneralWordsData => (lists ??= readGeneralWords());

let common: SortedPairs | undefined;
let rare: SortedPairs | undefined;

/** The common general words as pairs of lookup keys, searched in the list as asked. */
function commonPairs(): SortedPairs {
  // (stored as lookup keys, sorted: a first syllable's keys are found in the list by binary
  // search the first time it is asked, no syllable normalised and no word cut out; pair-set.ts)
  common ??= new SortedPairs(data().words, '|');
  return common;
}

/**
 * The rare general words as pairs of lookup keys: a set of their own, asked after the common
 * one. One set of both joined each first syllable's keys of the two lists into a new string
 * (1 MB made and kept on the first check); apart, each list is slices of itself, for one more
 * map lookup when a pair is no common word.
 */
function rarePairs(): SortedPairs {
  rare ??= new SortedPairs(data().rare, '|');
  return rare;
}

/** True when the syllables `a` `b` (lookup keys) make a word of the general list, common or rare: a word as written. */
export function isGeneralPair(a: string, b: string): boolean {
  return commonPairs().has(a, b) || rarePairs().has(a, b);
}

let triples: SortedPairs | undefined;

/**
 * True when `a` `b` `c` (lookup keys) make a word of three syllables of the full list ("nhu yếu
 * phẩm", "xuất nhập cảnh"), searched like the pairs: by the first syllable, the other two its key's rest.
 */
export function isGeneralTriple(a: string, b: string, c: string): boolean {
  triples ??= new SortedPairs(data().triples, '|');
  return triples.has(a, `${b} ${c}`);
}

/** True when `a` `b` (lookup keys) make a common word of the general list: a reading for a syllable heard wrong. */
export function isCommonGeneralPair(a: string, b: string): boolean {
  return commonPairs().has(a, b);
}

/** Counts kept before they are let go and read again (a draft's odd syllables are asked too). */
const COUNTS_KEPT = 50_000;
/** syllable (lookup key) → how many words of the lists hold it, and how many open with it */
const holds = new Map<string, number>();
const opens = new Map<string, number>();

/**
 * Both counts below, read from the list's `counts` ("key:holds:opens|…", 6,000 entries sorted by
 * key, made with the lists by scripts/build-general-words.mjs) the first time a syllable is
 * asked about: its entry found by binary search (pair-set.ts firstKeyFrom), not every entry
 * parsed into two maps on the first question (the first check of a 5 KB draft asks about three
 * syllables). Counting the lists' 120,000 syllables here instead cost the first check 30–35 ms.
 */
function countsOf(key: string): void {
  if (holds.size >= COUNTS_KEPT) {
    holds.clear();
    opens.clear();
  }
  const list = data().counts;
  const prefix = `${key}:`;
  const at = firstKeyFrom(list, '|', prefix);
  // (no key holds '|' or ':'; one that does is no syllable's and has no entry)
  if (key.includes('|') || key.includes(':') || !list.startsWith(prefix, at)) {
    holds.set(key, 0);
    opens.set(key, 0);
    return;
  }
  let end = list.indexOf('|', at);
  if (end < 0) end = list.length;
  const second = list.lastIndexOf(':', end);
  holds.set(key, Number(list.slice(at + prefix.length, second)));
  opens.set(key, Number(list.slice(second + 1, end)));
}

/**
 * How many words of the general list, common or rare, the syllable (lookup key) opens: "buồng"
 * opens 16 ("buồng lái", "buồng máy", "buồng trứng" …), "quãng" two. A syllable that opens many
 * words heads compounds of its own (a noun and what qualifies it after it).
 */
export function generalWordsOpened(key: string): number {
  let n = opens.get(key);
  if (n === undefined) {
    countsOf(key);
    n = opens.get(key)!;
  }
  return n;
}

/**
 * How many words of the general list, common or rare, hold the syllable (lookup key): "tên"
 * makes 34 ("tên gọi", "tên tuổi", "tên riêng" …), "cỏn" one ("cỏn con"). A syllable of many
 * words is a familiar word of its own.
 */
export function generalWordCount(key: string): number {
  let n = holds.get(key);
  if (n === undefined) {
    countsOf(key);
    n = holds.get(key)!;
  }
  return n;
}

/**
 * `isGeneralPair(info.key, b)` of a token's syllable (spelling/sentence.ts PairFacts: the pairs
 * of every sentence): the runs of the common and the rare list it opens kept on its facts, no
 * lookup among the runs kept by first syllable.
 */
export function isGeneralPairOf(info: SyllableInfo, b: string): boolean {
  let common = info.commonRun;
  if (common === undefined) {
    if (info.key.includes(' ')) return isGeneralPair(info.key, b);
    info.commonRun = common = commonPairs().runFor(info.key);
    info.rareRun = rarePairs().runFor(info.key);
  }
  return commonPairs().hasIn(common, info.key, b) || rarePairs().hasIn(info.rareRun as string, info.key, b);
}
