import { describe, expect, it } from 'vitest';
import tables from '../../dictionaries/legacy-encodings.json';
import { applyEdits } from '../../server/src/core/index.js';
import { fromLegacy, guessLegacy, legacyLineEdits, toLegacy, type LegacyEncoding } from '../../server/src/core/legacy-encoding.js';
import { check, findings } from '../helpers/lint.js';

const ALPHABET = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

describe('dictionaries/legacy-encodings.json', () => {
  it.each(tables.examples.map((e) => [e.encoding, e.unicode, e] as const))('%s: “%s” both ways', (_enc, unicode, e) => {
    const enc = e.encoding as LegacyEncoding;
    expect(fromLegacy(e.legacy, enc)).toBe(unicode);
    expect(toLegacy(unicode, enc)).toBe(e.legacy);
  });

  it('VNI has every Vietnamese letter in both cases, TCVN3 every lower-case one', () => {
    const letters = [...ALPHABET].filter((c) => c.normalize('NFD') !== c || c === 'đ');
    expect(letters.length).toBe(67);
    for (const c of letters) {
      expect(tables.vni, c).toHaveProperty(c);
      expect(tables.vni, c.toUpperCase()).toHaveProperty(c.toUpperCase());
      expect(tables.tcvn3, c).toHaveProperty(c);
    }
    expect(Object.keys(tables.vni)).toHaveLength(134);
    expect(Object.keys(tables.tcvn3)).toHaveLength(74);
  });

  it.each(['tcvn3', 'vni'] as const)('%s: every letter of the table converts there and back', (enc) => {
    for (const letter of Object.keys(tables[enc])) expect(fromLegacy(toLegacy(letter, enc), enc), letter).toBe(letter);
    const sentence = 'Sáng ngày 12-9, Hội Liên hiệp Phụ nữ huyện mở lớp bồi dưỡng kỹ năng tuyên truyền cho 85 hội viên; đồng chí Trần Thị Thủy phát biểu khai mạc.';
    const lower = sentence.toLowerCase();
    expect(fromLegacy(toLegacy(enc === 'vni' ? sentence : lower, enc), enc)).toBe(enc === 'vni' ? sentence : lower);
  });
});

describe('guessing and converting only legacy lines', () => {
  it('guesses the encoding from its signs, and nothing for Unicode text', () => {
    expect(guessLegacy(toLegacy('tổ chức hội nghị tập huấn cán bộ', 'tcvn3'))).toBe('tcvn3');
    expect(guessLegacy(toLegacy('Tổ chức hội nghị tập huấn cán bộ', 'vni'))).toBe('vni');
    expect(guessLegacy('Tổ chức hội nghị tập huấn cán bộ')).toBeUndefined();
  });

  it('converts the lines written in the encoding and leaves the Unicode lines alone', () => {
    const unicodeLine = 'Huyện ủy tổ chức hội nghị quán triệt nghị quyết.';
    const text = `${unicodeLine}\n${toLegacy('các học viên được truyền đạt nội dung cơ bản của nghị quyết', 'tcvn3')}\n`;
    expect(applyEdits(text, legacyLineEdits(text, 'tcvn3'))).toBe(`${unicodeLine}\ncác học viên được truyền đạt nội dung cơ bản của nghị quyết\n`);
  });
});

describe('unicode-normalisation: the legacy finding offers the conversion', () => {
  it('reports the encoding once and suggests converting its lines', () => {
    const text = toLegacy('Hội nghị tập huấn nghiệp vụ công tác dân vận cho cán bộ xã được tổ chức sáng nay.', 'vni');
    expect(check(text, 'unicode-normalisation').map((s) => s.message)).toEqual([
      'Văn bản có vẻ được gõ bằng bảng mã VNI cũ (ví dụ “Hoäi nghò taäp hu”), không phải Unicode. Hãy chuyển mã sang Unicode (thao tác sửa nhanh, hoặc lệnh “soattin convert”) rồi kiểm tra lại.',
    ]);
    const [f] = findings(text, 'unicode-normalisation');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions?.[0].messageId).toBe('convert');
    expect(applyEdits(text, f.suggestions![0].edits)).toBe('Hội nghị tập huấn nghiệp vụ công tác dân vận cho cán bộ xã được tổ chức sáng nay.');
  });
});
