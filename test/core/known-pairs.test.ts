/**
 * spell/pairs.ts isKnownPair: the genre's counted pairs, its listed words and the everyday words
 * as one run of keys per first syllable, made the first time a syllable is asked about. It must
 * answer as the one set of all three lists it replaced (PairSet.union) did.
 */
import { describe, expect, it } from 'vitest';
import data from '../../dictionaries/syllable-pairs.json';
import { PairSet } from '../../server/src/core/pair-set.js';
import { isKnownPair } from '../../server/src/core/spell/pairs.js';
import { listedPairs } from '../../server/src/core/spell/genre-words.js';
import { everydayPairs } from '../../server/src/core/spell/everyday-words.js';

describe('isKnownPair', () => {
  // the counted pairs as the figures hold them: "a b:count", a pair counted at least once
  const counted = data.pairs
    .split('|')
    .filter((e) => Number(e.slice(e.lastIndexOf(':') + 1)) > 0)
    .map((e) => e.slice(0, e.lastIndexOf(':')));
  const union = PairSet.union([PairSet.ofKeys(counted), listedPairs(), everydayPairs()]);

  it('answers as the union of the three lists for each counted pair and for pairs near them', () => {
    expect(counted.length).toBeGreaterThan(3_000);
    for (const key of counted) {
      const at = key.indexOf(' ');
      const [a, b] = [key.slice(0, at), key.slice(at + 1)];
      expect(isKnownPair(a, b), key).toBe(true);
      for (const [x, y] of [
        [b, a],
        [a, `${b}x`],
        [`${a}x`, b],
        [a, b.slice(1)],
        [key, 'và'],
        ['và', key],
      ])
        expect(isKnownPair(x, y), `${x} | ${y}`).toBe(union.has(x, y));
    }
  });

  it('knows a word the genre lists and an everyday word its drafts never counted, not the same syllables apart', () => {
    // (questions asked twice: the second from the run kept)
    for (let i = 0; i < 2; i++) {
      expect(isKnownPair('tập', 'huấn')).toBe(true);
      expect(isKnownPair('huấn', 'tập')).toBe(union.has('huấn', 'tập'));
      expect(isKnownPair('tập huấn', 'viên')).toBe(union.has('tập', 'huấn viên'));
      expect(isKnownPair('', 'tập')).toBe(false);
      expect(isKnownPair('xyz', 'tập')).toBe(false);
    }
  });
});
