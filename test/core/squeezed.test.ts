/**
 * parse's `squeezed` (each run of whitespace one space, trimmed) answers as the replacement it
 * skips for paragraphs with single spaces only: every short string over an alphabet of spaces,
 * tabs, no-break, ideographic and zero-width no-break spaces, line breaks and letters.
 */
import { describe, expect, it } from 'vitest';
import { squeezed } from '../../server/src/core/parse.js';

describe('squeezed', () => {
  it('equals replace(/\\s+/gu, " ").trim() on every string of up to four pieces', () => {
    const pieces = ['a', 'ế', ' ', '  ', '\t', '\u00a0', '\u3000', '\ufeff', '\u2028', '\r\n', '\n'];
    const strings: string[] = [''];
    for (let n = 0; n < 4; n++) for (const s of [...strings]) for (const p of pieces) strings.push(s + p);
    for (const s of strings) expect(squeezed(s), JSON.stringify(s)).toBe(s.replace(/\s+/gu, ' ').trim());
    expect(squeezed('Lớp tập huấn khai mạc tại Hà Nội.')).toBe('Lớp tập huấn khai mạc tại Hà Nội.');
  });
});
