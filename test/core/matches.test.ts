import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../server/src/core/matches.js';

/** index and groups of each match: what the callers read */
const shape = (ms: Iterable<RegExpMatchArray>): Array<[number | undefined, string[]]> => [...ms].map((m) => [m.index, [...m]]);

describe('matchesOf', () => {
  it('finds what matchAll finds, groups and all, empty matches stepping over one code point', () => {
    const cases: Array<[RegExp, string]> = [
      [/(\d{1,2})[-/](\d{1,2})/gu, 'Sáng 12-9 và chiều 13/9, huyện tổ chức hội nghị.'],
      [/[ \t\u00a0]*/gu, 'Ủy ban  nhân dân 😀 xã'],
      [/(?:)/g, 'a😀b'],
      [/(?:)/gu, 'a😀b'],
      [/ngày|tháng/giu, 'NGÀY 5 THÁNG 3, ngày hội'],
      [/x/g, 'không có'],
    ];
    for (const [re, text] of cases) expect(shape(matchesOf(re, text))).toEqual(shape(text.matchAll(new RegExp(re))));
  });

  it('starts at the expression’s lastIndex and leaves it as it was, even when the loop uses it', () => {
    const re = /\p{Lu}\p{Ll}+/gu;
    const text = 'Lớp học tại Huyện ủy Bảo Lạc';
    re.lastIndex = 8;
    const expected = shape(text.matchAll(re));
    const seen: Array<[number | undefined, string[]]> = [];
    for (const m of matchesOf(re, text)) {
      seen.push([m.index, [...m]]);
      // the body asks the same expression something else, moving its lastIndex
      re.lastIndex = 0;
      expect(re.test('Hà Nội')).toBe(true);
    }
    expect(seen).toEqual(expected);
    re.lastIndex = 8;
    // a loop left early puts it back too
    for (const m of matchesOf(re, text)) if (m) break;
    expect(re.lastIndex).toBe(8);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/a/u, 'a')).toThrow(TypeError);
  });
});
