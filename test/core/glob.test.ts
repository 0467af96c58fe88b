import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, expandBraces, globBase, isGlob } from '../../server/src/core/glob.js';

// picomatch is the reference for ordinary patterns (it is what the globs meant before)
const TABLE: Array<[string, string[]]> = [
  ['*.txt', ['a.txt', 'b.md', 'dir/a.txt', '.txt', 'a.txt.bak']],
  ['**/*.bak.txt', ['x.bak.txt', 'sub/x.bak.txt', 'a/b/c/y.bak.txt', 'x.txt', 'sub/x.bak.md']],
  ['tin/**/*.md', ['tin/a.md', 'tin/2024/05/a.md', 'tin.md', 'other/tin/a.md', 'tin/a.txt']],
  ['tin/**', ['tin/a.md', 'tin/x/y', 'tinx/a']],
  ['**', ['a', 'a/b/c', '.hidden/x']],
  ['a?c.txt', ['abc.txt', 'a/c.txt', 'ac.txt', 'abbc.txt']],
  ['[ab]*.txt', ['a1.txt', 'b.txt', 'c.txt', 'A.txt']],
  ['[a-c]x', ['ax', 'bx', 'dx', '-x']],
  ['{luu-tru,nhap}/**', ['luu-tru/a.txt', 'nhap/b/c.txt', 'khac/a.txt']],
  ['Tin \\(2\\).txt', ['Tin (2).txt', 'Tin 2.txt']],
  ['\\[nháp\\].txt', ['[nháp].txt', 'n.txt']],
  ['tin/*/ban-*.txt', ['tin/a/ban-1.txt', 'tin/a/b/ban-1.txt', 'tin/ban-1.txt']],
  ['Hội nghị*.txt', ['Hội nghị tỉnh.txt', 'Hoi nghi.txt']],
  ['*', ['a', 'a/b']],
];

describe('compileGlob agrees with picomatch on ordinary patterns', () => {
  for (const [pattern, paths] of TABLE) {
    it(pattern, () => {
      const ours = compileGlob(pattern);
      const ref = picomatch(pattern, { dot: true });
      expect(paths.map((p) => [p, ours(p)])).toEqual(paths.map((p) => [p, ref(p)]));
    });
  }
});

it('[!ab] is a negated class, as in gitignore and the shell (picomatch reads it otherwise)', () => {
  const m = compileGlob('[!ab]*.txt');
  expect(['a1.txt', 'c.txt', 'x/c.txt', 'b.txt'].map(m)).toEqual([false, true, false, false]);
});

describe('compileGlob on hostile patterns', () => {
  it('**/*a*a*a*a*a*a*a*a*a*a*a*a*b.txt against a 4,000-letter name: no match, and it returns', () => {
    const m = compileGlob('**/*a*a*a*a*a*a*a*a*a*a*a*a*b.txt');
    expect(m(`d/${'a'.repeat(4000)}.txt`)).toBe(false);
    expect(m(`d/${'a'.repeat(4000)}b.txt`)).toBe(true);
  });

  it('many ** segments against a deep path', () => {
    const m = compileGlob('**/**/**/**/**/**/**/**/**/z');
    expect(m(`${'a/'.repeat(2000)}y`)).toBe(false);
    expect(m(`${'a/'.repeat(2000)}z`)).toBe(true);
  });

  it('a brace bomb is taken literally instead of expanding to 2^20 patterns', () => {
    const bomb = '{a,b}'.repeat(20);
    expect(expandBraces(bomb)).toEqual([bomb.replace(/[{}]/g, '\\$&')]);
    expect(compileGlob(bomb)('a'.repeat(20))).toBe(false);
    expect(compileGlob(bomb)(bomb)).toBe(true);
  });

  it('an unclosed class or brace is literal', () => {
    expect(compileGlob('[ab')('[ab')).toBe(true);
    expect(compileGlob('{ab')('{ab')).toBe(true);
  });
});

describe('isGlob and globBase (CLI arguments)', () => {
  it.each([
    ['tin/**/*.md', true, 'tin'],
    ['tin/2024/*.txt', true, 'tin/2024'],
    ['*.txt', true, ''],
    ['tin/a.txt', false, 'tin/a.txt'],
    ['Tin \\(2\\).txt', false, 'Tin \\(2\\).txt'],
    ['/abs/dir/*.md', true, '/abs/dir'],
  ])('%s', (pattern, glob, base) => {
    expect(isGlob(pattern)).toBe(glob);
    expect(globBase(pattern)).toBe(base);
  });
});
