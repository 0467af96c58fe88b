import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { ParseLatin } from 'parse-latin';
import type { Paragraph, Sentence } from 'nlcst';
import { mergeInnerWordSlash, mergeInnerWordSymbol } from '../../server/src/core/linear-merges.js';

const stock = new ParseLatin();
const linear = new ParseLatin();
linear.tokenizeSentencePlugins[2] = mergeInnerWordSymbol as (typeof linear.tokenizeSentencePlugins)[number];
linear.tokenizeSentencePlugins[3] = mergeInnerWordSlash as (typeof linear.tokenizeSentencePlugins)[number];

const examples = new URL('../../examples/', import.meta.url);
// real drafts too (read, not copied): the pool's first forty
const pool = new URL('../../../shared/corpus/unlabelled/', import.meta.url);
const texts = [
  ...readdirSync(pool).sort().slice(0, 40).map((f) => readFileSync(new URL(f, pool), 'utf8')),
  ...readdirSync(examples).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).map((f) => readFileSync(new URL(f, examples), 'utf8')),
  'Liên hệ qua e-mail tuyentruyen@huyen.gov.vn hoặc trang soattin.vn/tin-tuc, tốc độ 60 km/h.',
  'Tỷ lệ 1/2, 3/4/2024, và/hoặc các đ/c; co-op’s A&B a.b.c. x.y? z=1 a_b __ a.vn/a.vn/a.vn.',
  'Nhà văn O’Neill và Ph.D. Trần; dấu…cuối; ./. hết.',
  `${'a.vn/'.repeat(300)} ${'1/'.repeat(300)}`,
];

describe('one-pass inner-word merges', () => {
  it('parse-latin still has the six sentence plugins whose two inner merges are replaced', () => {
    expect(stock.tokenizeSentencePlugins).toHaveLength(6);
  });

  it.each(texts.map((t, i) => [i, t]))('text %i: the same tree as the stock parser', (_i, text) => {
    const paragraphs = text.split(/\n+/).filter((p) => p.trim());
    for (const p of paragraphs) {
      const a = stock.tokenizeParagraph(p) as Paragraph;
      const b = linear.tokenizeParagraph(p) as Paragraph;
      expect(b).toEqual(a);
      expect(b.children.filter((c): c is Sentence => c.type === 'SentenceNode').length).toBeGreaterThan(0);
    }
  });
});
