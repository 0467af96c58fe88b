/**
 * lazyRegExp (core/lazy-regexp.ts): a module's expression made when a check first asks for it,
 * then the same object every time (a global or sticky expression keeps its lastIndex between uses).
 */
import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../../server/src/core/lazy-regexp.js';

describe('lazyRegExp', () => {
  it('makes the expression on the first call only, and hands back the same object after', () => {
    let made = 0;
    const re = lazyRegExp(() => {
      made++;
      return /(?<![\p{L}\p{N}])lớp[ \t]+\d+/gu;
    });
    expect(made).toBe(0);
    const first = re();
    expect(made).toBe(1);
    expect(re()).toBe(first);
    expect(made).toBe(1);
  });

  it('keeps the state of a global expression between calls', () => {
    const re = lazyRegExp(() => /\d+/g);
    const text = 'khóa 3 có 45 học viên';
    expect(re().exec(text)?.[0]).toBe('3');
    expect(re().lastIndex).toBe(6);
    expect(re().exec(text)?.[0]).toBe('45');
    re().lastIndex = 0;
    expect(re().exec(text)?.[0]).toBe('3');
  });
});
