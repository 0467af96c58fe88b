/**
 * Everyday words one slip from a word the genre knows (dictionaries/everyday-words.json):
 * "xếp hàng" is a word of its own, not "xếp hạng" misspelt. The context list names the words a
 * draft is likely to contain, so each of its words has twins the genre's figures never saw;
 * these are the twins that are words. They explain a pair as written and are never suggested.
 */
import data from '../../../../dictionaries/everyday-words.json';
import { lookupKey } from './syllable.js';
import { PairSet } from '../pair-set.js';

let pairs: PairSet | undefined;

/** True when the syllables `a` `b` (lookup keys) make an everyday word. */
export function isEverydayPair(a: string, b: string): boolean {
  return everydayPairs().has(a, b);
}

/** The everyday words as pairs. */
export function everydayPairs(): PairSet {
  pairs ??= PairSet.ofKeys(data.words.map((e) => e.word.split(/\s+/u).map(lookupKey).join(' ')));
  return pairs;
}
