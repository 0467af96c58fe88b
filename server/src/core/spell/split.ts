/**
 * Two syllables typed without the space between them ("tổchức", "hộinghị", "trongkhi"): the
 * token is no syllable, but it cuts into two that the genre writes side by side. The cut is
 * chosen by the genre's own figures (dictionaries/syllable-pairs.json and the word list), so
 * "tổchức" reads "tổ chức", never "tổc hức".
 */
import { pairWeight } from './pairs.js';
import { lookupKey } from './syllable.js';
import { lazyRegExp } from '../lazy-regexp.js';

export interface GluedSplit {
  /** UTF-16 offset inside the token where the space goes */
  at: number;
  /** how strongly the genre knows the pair (see pairWeight); 0 when both are syllables but the pair is rare */
  weight: number;
}

/** Two syllables of seven letters, each with two combining marks in decomposed text. */
const MAX_PAIR_LENGTH = 22;

/** A cut never falls before a combining mark: that would tear a letter from its accent. */
const MARK = lazyRegExp(() => /\p{M}/u);

/**
 * The best place to put the missing space in `written`, or undefined when no cut makes two
 * syllables. `isSyllable` takes a lookup key.
 */
export function gluedSplit(written: string, isSyllable: (key: string) => boolean): GluedSplit | undefined {
  // a syllable has at most seven letters (and a decomposed mark or two): a longer token is no
  // pair of them, and cutting a 100 KB token at every place would cost its length squared
  if (written.length > MAX_PAIR_LENGTH) return undefined;
  let best: GluedSplit | undefined;
  for (let at = 1; at < written.length; at++) {
    if (MARK().test(written[at])) continue;
    const left = lookupKey(written.slice(0, at));
    const right = lookupKey(written.slice(at));
    if (!isSyllable(left) || !isSyllable(right)) continue;
    const weight = pairWeight(left, right);
    if (!best || weight > best.weight) best = { at, weight };
  }
  return best;
}
