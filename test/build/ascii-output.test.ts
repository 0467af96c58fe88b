/**
 * scripts/ascii-output.mjs, run by the build on every bundle: the bundle comes out ASCII-only,
 * does what it did, and its source map still points each piece of code at its source.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error the build's scripts are plain JavaScript without declarations
import { asciiOnly } from '../../scripts/ascii-output.mjs';

// a regular expression literal with Vietnamese letters and a dash (esbuild leaves those as
// written), a string and a template (esbuild escapes those itself), code after each on the line
const SOURCE = `const DASHED = /^[-–] (?:ảnh|hình) \\d+$/u;
const VOWELS = /[oòóỏõọ][aàáảãạ]/;
export function caption(line: string): string {
  const found = DASHED.test(line) ? 'chú thích' : \`dòng “\${line}”\`;
  return VOWELS.test(line) ? found + ' (oa)' : found;
}
`;

describe('asciiOnly', () => {
  it('escapes the non-ASCII characters of a bundle, which behaves as before, and moves its source map', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soattin-ascii-'));
    writeFileSync(join(dir, 'caption.ts'), SOURCE);
    const out = join(dir, 'caption.js');
    await build({ entryPoints: [join(dir, 'caption.ts')], outfile: out, bundle: true, format: 'cjs', platform: 'node', minify: true, sourcemap: 'external', logLevel: 'silent' });
    const before = readFileSync(out, 'utf8');
    const beforeMap = new SourceMap(JSON.parse(readFileSync(`${out}.map`, 'utf8')));
    expect(before).toMatch(/[^\x00-\x7f]/);

    asciiOnly(out);
    const after = readFileSync(out, 'utf8');
    expect(after).not.toMatch(/[^\x00-\x7f]/);
    expect(after).toContain('\\u2013');

    // the same answers from the escaped bundle
    const load = (code: string): ((line: string) => string) => {
      const m = { exports: {} as { caption: (line: string) => string } };
      new Function('module', 'exports', code)(m, m.exports);
      return m.exports.caption;
    };
    for (const line of ['– ảnh 3', '- hình 12', 'hoà thuận', 'Ảnh: Thu Hà', 'toàn thể']) expect(load(after)(line)).toBe(load(before)(line));

    // the code after the escapes (the last `function`, `return`, "(oa)" of the line) where the
    // moved map says, and mapped to the source as before
    const afterMap = new SourceMap(JSON.parse(readFileSync(`${out}.map`, 'utf8')));
    const line = before.split('\n')[0];
    for (const word of ['function', 'return', '(oa)']) {
      const at = line.lastIndexOf(word);
      const moved = at + 5 * [...line.slice(0, at)].filter((c) => c.charCodeAt(0) > 0x7f).length;
      expect(after.split('\n')[0].slice(moved, moved + word.length)).toBe(word);
      const { originalLine, originalColumn } = beforeMap.findEntry(0, at) as { originalLine: number; originalColumn: number };
      expect(afterMap.findEntry(0, moved)).toMatchObject({ originalLine, originalColumn });
    }
  });

  it('leaves a bundle that is ASCII already as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soattin-ascii-'));
    const file = join(dir, 'plain.js');
    writeFileSync(file, 'module.exports = /^[-\\u2013]$/u;\n');
    asciiOnly(file);
    expect(readFileSync(file, 'utf8')).toBe('module.exports = /^[-\\u2013]$/u;\n');
  });
});
