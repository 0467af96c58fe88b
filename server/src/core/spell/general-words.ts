/**
 * Common words of two syllables from a general Vietnamese word list (dictionaries/
 * general-words.json, built by scripts/build-general-words.mjs): words of other subjects than
 * the genre's ("bảng tín hiệu", "người dẫn đường"), which its own figures never met. They explain
 * a pair as written, as the everyday words do, and are never suggested.
 */
import data from '../../../../dictionaries/general-words.json';
import { lookupKey } from './syllable.js';
import { PairMap } from '../pair-map.js';

let pairs: PairMap<true> | undefined;

/** The general words as pairs of lookup keys, indexed on first use. */
export function generalPairs(): PairMap<true> {
  if (pairs) return pairs;
  pairs = new PairMap<true>([]);
  for (const word of data.words.split('|')) {
    const at = word.indexOf(' ');
    pairs.add(lookupKey(word.slice(0, at)), lookupKey(word.slice(at + 1)), true);
  }
  return pairs;
}

/** True when the syllables `a` `b` (lookup keys) make a word of the general list. */
export function isGeneralPair(a: string, b: string): boolean {
  return generalPairs().has(a, b);
}
