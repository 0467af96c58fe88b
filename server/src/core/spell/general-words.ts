/**
 * Words of two syllables from a general Vietnamese word list (dictionaries/general-words.json,
 * built by scripts/build-general-words.mjs): words of other subjects than the genre's ("người
 * dẫn đường", "dây chuyền khép kín", "hoá giải"), which its own figures never met. They explain a
 * pair as written, as the everyday words do, and are never suggested. Only the common ones
 * (`words`) are a reading for a slip of the ear; the rare ones of the full list are words, but
 * too many and too odd to read a draft's syllable as ("da giày" is no "da dày").
 */
import data from '../../../../dictionaries/general-words.json';
import { PairMap } from '../pair-map.js';

let common: PairMap<true> | undefined;
let all: PairMap<true> | undefined;

/** The common general words as pairs of lookup keys, indexed on first use. */
function commonPairs(): PairMap<true> {
  // (stored as lookup keys: read back as they are, no syllable normalised on the first check)
  common ??= PairMap.ofKeys(data.words.split('|'), true as const);
  return common;
}

/** Every general word, common and rare, as pairs of lookup keys. */
function generalPairs(): PairMap<true> {
  all ??= PairMap.ofKeys([...data.words.split('|'), ...data.rare.split('|')], true as const);
  return all;
}

/** True when the syllables `a` `b` (lookup keys) make a word of the general list, common or rare: a word as written. */
export function isGeneralPair(a: string, b: string): boolean {
  return generalPairs().has(a, b);
}

/** True when `a` `b` (lookup keys) make a common word of the general list: a reading for a syllable heard wrong. */
export function isCommonGeneralPair(a: string, b: string): boolean {
  return commonPairs().has(a, b);
}
