import { describe, expect, it } from 'vitest';
import { PairSet } from '../../server/src/core/pair-set.js';

/** every question asked of `set`, answered as a set of the joined keys would */
function expectSameAs(set: PairSet, keys: string[], questions: [string, string][]): void {
  const joined = new Set(keys.filter((k) => k.includes(' ')));
  for (const [a, b] of questions) expect(set.has(a, b), `${a} | ${b}`).toBe(joined.has(`${a} ${b}`));
}

const keys = ['bàn ghế', 'bàn tay', 'bàn tay trái', 'cây bàn', 'cây', 'hoa hồng', 'hoa', 'tay bàn'];
const questions: [string, string][] = [
  ['bàn', 'ghế'],
  ['bàn', 'tay'],
  ['bàn', 'tay trái'],
  ['bàn tay', 'trái'],
  ['bàn', 'trái'],
  ['bàn', 'ta'],
  ['bàn', 'ay'],
  ['bà', 'n tay'],
  ['tay', 'bàn'],
  ['ghế', 'bàn'],
  ['cây', 'bàn'],
  ['cây', ''],
  ['hoa', 'hồng'],
  ['hoa', ''],
  ['', 'hoa'],
  ['hoa hồng', ''],
  ['xe', 'đạp'],
];

describe('PairSet', () => {
  it('of a sorted list written as one string answers as the set of its keys', () => {
    const sorted = [...keys].sort();
    expectSameAs(PairSet.ofJoined(sorted.join('|'), '|'), sorted, questions);
  });

  it('of a list whose keys of one first syllable are apart answers the same', () => {
    const apart = ['bàn tay', 'hoa hồng', 'bàn ghế', 'tay bàn', 'bàn tay trái', 'cây bàn'];
    expectSameAs(PairSet.ofJoined(apart.join('|'), '|'), apart, questions);
  });

  it('of keys, and of the union of two sets, answers the same', () => {
    expectSameAs(PairSet.ofKeys(keys), keys, questions);
    const [some, rest] = [keys.slice(0, 4), keys.slice(3)];
    expectSameAs(PairSet.union([PairSet.ofKeys(some), PairSet.ofKeys(rest)]), keys, questions);
    expectSameAs(PairSet.union([PairSet.ofJoined(some.join('|'), '|'), PairSet.ofJoined(rest.join('|'), '|')]), keys, questions);
  });

  it('of an empty list finds nothing', () => {
    expectSameAs(PairSet.ofJoined('', '|'), [], questions);
    expectSameAs(PairSet.ofKeys([]), [], questions);
  });
});
