/**
 * nfc (core/normalise.ts): `normalize('NFC')`, without asking ICU when every character is one NFC
 * keeps whatever stands before it (nfcStable). The whole BMP before each such character was
 * checked once (116 s); here each alone, after letters, combining marks and jamo, and random mixes.
 */
import { describe, expect, it } from 'vitest';
import { nfc, nfcStable } from '../../server/src/core/normalise.js';

const stable: string[] = [];
for (let c = 0; c < 0x10000; c++) if (nfcStable(c)) stable.push(String.fromCharCode(c));

describe('nfc', () => {
  it('composes decomposed Vietnamese and keeps precomposed text as it is', () => {
    expect(nfc('Hue\u0302\u0323n uy\u0309')).toBe('Huện uỷ');
    expect(nfc('Lớp tập huấn “Kỹ năng số” – 2026…')).toBe('Lớp tập huấn “Kỹ năng số” – 2026…');
    expect(nfc('\u2000kho\u0300a')).toBe('\u2002khòa');
    expect(nfc('')).toBe('');
  });

  it('leaves every stable character alone, and after letters, combining marks and jamo', () => {
    const before: string[] = [];
    const ranges = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x17f], [0x300, 0x36f], [0x1100, 0x1112], [0x1161, 0x1175], [0x11a8, 0x11c2]];
    for (const [from, to] of ranges) for (let c = from; c <= to; c++) before.push(String.fromCharCode(c));
    for (const c of ['\u0b47', '\u0bc6', '\u0cc6', '\u0d46', '\u1025', '\u3046', '\u304b', 'ạ', 'ư', 'Ơ', '\ud800']) before.push(c);
    for (const c of stable) {
      expect(c.normalize('NFC')).toBe(c);
      for (const b of before) if ((b + c).normalize('NFC') !== b.normalize('NFC') + c) expect(`${b}${c}`).toBe('stable after it');
    }
  });

  it('is normalize("NFC") on random mixes of stable and other characters', () => {
    const pieces = ['a', 'ă', 'ạ', 'ệ', 'Đ', ' ', '“', '…', '\u0300', '\u0301', '\u0323', '\u0302', 'e\u0302', 'o\u031b', '\u2000', '\u212b', '\u1100', '\u1161', '\u0958', '.', '1'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const length = Math.floor(random() * 10);
      for (let i = 0; i < length; i++) s += pieces[Math.floor(random() * pieces.length)];
      expect(nfc(s)).toBe(s.normalize('NFC'));
    }
  });

  it('reads a long string (searched by an expression, not the loop) as normalize("NFC") does', () => {
    // every UTF-16 unit after, before and amid a run of stable letters longer than the loop reads
    const run = 'Lớp tập huấn kỹ năng số cho cán bộ, công chức cấp xã – năm 2026 “mới” … ';
    expect(run.length).toBeGreaterThan(64);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [run + ch, ch + run, run + ch + run]) if (nfc(s) !== s.normalize('NFC')) expect(`U+${c.toString(16)} in ${s.length}`).toBe('as normalize');
    }
    expect(nfc(`${run}Hue\u0302\u0323n`)).toBe(`${run}Huện`);
    expect(nfc(run + run)).toBe(run + run);
  });
});
