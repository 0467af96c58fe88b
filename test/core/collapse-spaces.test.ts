/**
 * collapseSpaces (core/normalise.ts): every run of white space as one plain space, as
 * `replace(/\s+/gu, ' ')` does, without replacing the single spaces (a draft that is one long line).
 */
import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../server/src/core/normalise.js';

const old = (s: string): string => s.replace(/\s+/gu, ' ');

describe('collapseSpaces', () => {
  it('reads runs of blanks, tabs, no-break and other spaces and line breaks as one space', () => {
    expect(collapseSpaces('Lớp  tập\thuấn\u00a0kỹ năng \n số')).toBe('Lớp tập huấn kỹ năng số');
    expect(collapseSpaces(' đầu và cuối  ')).toBe(' đầu và cuối ');
    expect(collapseSpaces('\u2009\u3000học viên\u202f')).toBe(' học viên ');
    expect(collapseSpaces('không đổi gì')).toBe('không đổi gì');
  });

  it('is replace(/\\s+/gu, " ") on random mixes of letters and white space', () => {
    const pieces = ['a', 'ă', 'học', ' ', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '.'];
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) s += pieces[Math.floor(random() * pieces.length)];
      expect(collapseSpaces(s)).toBe(old(s));
    }
  });
});
