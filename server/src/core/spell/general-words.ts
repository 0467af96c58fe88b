/**
 * Common words of two syllables from a general Vietnamese word list (dictionaries/
 * general-words.json, built by scripts/build-general-words.mjs): words of other subjects than
 * the genre's ("người dẫn đường", "dây chuyền khép kín"), which its own figures never met. They explain
 * a pair as written, as the everyday words do, and are never suggested.
 */
import data from '../../../../dictionaries/general-words.json';
import { PairMap } from '../pair-map.js';

let pairs: PairMap<true> | undefined;

/** The general words as pairs of lookup keys, indexed on first use. */
export function generalPairs(): PairMap<true> {
  // (stored as lookup keys: read back as they are, no syllable normalised on the first check)
  pairs ??= PairMap.ofKeys(data.words.split('|'), true as const);
  return pairs;
}

/** True when the syllables `a` `b` (lookup keys) make a word of the general list. */
export function isGeneralPair(a: string, b: string): boolean {
  return generalPairs().has(a, b);
}
