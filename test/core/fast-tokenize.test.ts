import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { ParseLatin } from 'parse-latin';
import { tokenize } from '../../server/src/core/fast-tokenize.js';

const stock = new ParseLatin();
const fast = new ParseLatin();
fast.tokenize = tokenize;

const examples = new URL('../../examples/', import.meta.url);
// real drafts too (read, not copied): the pool's first forty
const pool = new URL('../../../shared/corpus/unlabelled/', import.meta.url);
const texts = [
  ...readdirSync(pool).sort().slice(0, 40).map((f) => readFileSync(new URL(f, pool), 'utf8')),
  ...readdirSync(examples).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).map((f) => readFileSync(new URL(f, examples), 'utf8')),
  'Sáng 5-3, Huyện ủy tổ chức hội nghị!!! Có 120 đại biểu… tham dự?? (Ảnh: Minh Anh).',
  'Dòng một\r\nDòng hai\rDòng ba\n\n  Dòng bốn\t\u00a0cuối.',
  'Biểu tượng 😀😀 và 𝐀𝐁 giữa chữ; ký hiệu ©® §§ ¶ —— “trích dẫn” ‘đơn’ «Pháp» ½ ² x².',
  'Tổ hợp dấu: to\u0301a, Hoa\u0300ng; cách\u200bẩn; chữ Ω ω ß İ ǅ; số ٣ ४.',
  '',
  '   ',
];

describe('fast tokenizer', () => {
  it.each(texts.map((t, i) => [i, t]))('text %i: the same nodes and tree as the stock parser', (_i, text) => {
    expect(tokenize(text)).toEqual(stock.tokenize(text));
    expect(fast.parse(text)).toEqual(stock.parse(text));
  });

  it('every character alone, and runs of each, as the stock tokenizer reads them', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c += 1) all += String.fromCharCode(c);
    for (let at = 0; at < all.length; at += 4096) {
      const piece = all.slice(at, at + 4096);
      expect(tokenize(piece)).toEqual(stock.tokenize(piece));
      const doubled = [...piece].map((c) => c + c).join(' ');
      expect(tokenize(doubled)).toEqual(stock.tokenize(doubled));
    }
  });

  it('shares the start point between a word and its text node, as the stock nodes do', () => {
    const [word] = tokenize('chữ') as Array<{ position: { start: object }; children: Array<{ position: { start: object } }> }>;
    expect(word.children[0].position.start).toBe(word.position.start);
  });
});
