/**
 * A word's edge is written as a lookaround over Unicode properties one by one
 * (`(?<!\p{L}|\p{N})`, `(?!\p{L}|\p{M}|[/-])`), never as one class of them
 * (`(?<![\p{L}\p{N}])`): the two match the same characters, but V8 sorts the ranges of a
 * class of several properties into one list each time it parses the expression (when it is
 * made, and again for each compile: Latin-1 and two-byte text apart), by insertion, and the
 * ~660 ranges of \p{L} with the ~140 of \p{N} cost about 1 M instructions an edge (issue 15,
 * server start → first diagnostics: the expressions the first check runs, made and compiled,
 * 60 M instructions fewer). Classes that consume a character (`[\p{L}\p{M}]+`) stay classes:
 * an alternation in a loop runs slower.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

/** a lookaround whose whole body is one class holding two property escapes or more, as source text (`\p` or `\\p`) */
const MERGED_EDGE = /\(\?<?[=!]\[(?!\^)(?:\\{1,2}[pP]\{[A-Za-z_=]+\}|\\{1,2}[^pP]|[^\]\\])*\]\)/g;
const PROPERTY = /\\{1,2}[pP]\{[A-Za-z_=]+\}/g;

describe('word edges in regular expressions', () => {
  it('no lookaround holds a class of several Unicode properties, in the code or the word lists', () => {
    const files = [...filesUnder(join(root, 'server', 'src'), '.ts'), ...filesUnder(join(root, 'dictionaries'), '.json')];
    const found: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(MERGED_EDGE)) {
        if ((m[0].match(PROPERTY) ?? []).length >= 2) found.push(`${f.slice(root.length + 1)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('an alternation of properties in a lookaround takes the characters the class took', () => {
    const pairs: Array<[RegExp, RegExp]> = [
      [/(?<![\p{L}\p{N}])x/u, /(?<!\p{L}|\p{N})x/u],
      [/x(?![\p{L}\p{M}])/u, /x(?!\p{L}|\p{M})/u],
      [/(?<![\p{L}\p{N}/.-])x/iu, /(?<!\p{L}|\p{N}|[/.-])x/iu],
      [/x(?=[\p{L}\p{M}\p{N}])/u, /x(?=\p{L}|\p{M}|\p{N})/u],
    ];
    // every code point of the first plane, and one in 251 above it (surrogate pairs read as one character)
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 251) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const [merged, alternated] of pairs) {
        for (const s of [`${c}x`, `x${c}`]) {
          if (merged.test(s) !== alternated.test(s)) throw new Error(`${merged} and ${alternated} differ on U+${cp.toString(16)}`);
        }
      }
    }
    expect(/(?<!\p{L}|\p{N})lớp/u.test('Các lớp')).toBe(true);
    expect(/(?<!\p{L}|\p{N})lớp/u.test('3lớp')).toBe(false);
    expect(/(?<!\p{L}|\p{N})lớp/u.test('𝐀lớp')).toBe(false);
  });
});
