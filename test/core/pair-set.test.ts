import { describe, expect, it } from 'vitest';
import { firstKeyFrom, PairSet, SortedPairs } from '../../server/src/core/pair-set.js';

/** every question asked of `set`, answered as a set of the joined keys would */
function expectSameAs(set: Pick<PairSet, 'has'>, keys: string[], questions: [string, string][]): void {
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

describe('SortedPairs', () => {
  it('of a sorted list written as one string answers as the set of its keys', () => {
    const sorted = [...keys].sort();
    expectSameAs(new SortedPairs(sorted.join('|'), '|'), sorted, questions);
    // asked again, from the runs it kept
    const set = new SortedPairs(sorted.join('|'), '|');
    expectSameAs(set, sorted, questions);
    expectSameAs(set, sorted, questions);
  });

  it('finds the runs at the list’s start and end, of a list of one key, and nothing in an empty list', () => {
    expectSameAs(new SortedPairs('bàn tay', '|'), ['bàn tay'], questions);
    expectSameAs(new SortedPairs('bàn ghế|bàn tay', '|'), ['bàn ghế', 'bàn tay'], questions);
    expectSameAs(new SortedPairs('hoa hồng|tay bàn', '|'), ['hoa hồng', 'tay bàn'], questions);
    expectSameAs(new SortedPairs('', '|'), [], questions);
  });

  it('never reads a separator in a question as one between keys', () => {
    const set = new SortedPairs('bàn|ghế gỗ|hoa hồng', '|');
    expect(set.has('bàn|ghế', 'gỗ')).toBe(false);
    expect(set.has('ghế', 'gỗ')).toBe(true);
    expect(set.has('hoa', 'hồng|tay')).toBe(false);
  });

  it('answers as a PairSet of the same list for every key of a long list and for pairs near them', () => {
    // (a made-up list: first syllables of one to three letters, each with a few second ones)
    const letters = 'abcdeghiklmnoprstuvxy';
    const made = new Set<string>();
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const syllable = (): string => Array.from({ length: 1 + next(3) }, () => letters[next(letters.length)]).join('');
    for (let i = 0; i < 3000; i++) made.add(`${syllable()} ${syllable()}`);
    const sorted = [...made].sort();
    const list = sorted.join('|');
    const set = new SortedPairs(list, '|');
    const reference = PairSet.ofJoined(list, '|');
    for (const key of sorted) {
      const [a, b] = key.split(' ');
      expect(set.has(a, b), key).toBe(true);
      for (const [x, y] of [
        [a, `${b}a`],
        [`${a}a`, b],
        [a.slice(0, -1), b],
        [a, b.slice(0, -1)],
        [b, a],
      ])
        expect(set.has(x, y), `${x} | ${y}`).toBe(reference.has(x, y));
    }
  });
});

describe('firstKeyFrom', () => {
  it('is the start of the first key that does not sort before the prefix', () => {
    const list = 'an b|an c|ang d|b e';
    expect(firstKeyFrom(list, '|', 'an ')).toBe(0);
    expect(firstKeyFrom(list, '|', 'ang ')).toBe(list.indexOf('ang d'));
    expect(firstKeyFrom(list, '|', 'anh ')).toBe(list.indexOf('b e'));
    expect(firstKeyFrom(list, '|', 'c ')).toBe(list.length);
    expect(firstKeyFrom(list, '|', '')).toBe(0);
    expect(firstKeyFrom('', '|', 'a ')).toBe(0);
  });
});
