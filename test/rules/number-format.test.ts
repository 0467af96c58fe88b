import { describe, expect, it } from 'vitest';
import { check, fixed, findings } from '../helpers/lint.js';
import structure from '../../dictionaries/structure.json';

const R = 'number-format';

describe('number-format: thousands', () => {
  it('flags comma thousands before a count as an error and fixes them', () => {
    const text = 'Hội nghị được tổ chức cho hơn 2,300 cán bộ, đảng viên toàn huyện.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Dùng dấu chấm để phân cách hàng nghìn: “2,300” → “2.300”.', at: '1:31', text: '2,300' },
    ]);
    expect(findings(text, R)[0].severity).toBe('error');
    expect(fixed(text, R)).toBe('Hội nghị được tổ chức cho hơn 2.300 cán bộ, đảng viên toàn huyện.');
  });

  it('flags several comma groups whatever follows', () => {
    expect(fixed('Kinh phí hỗ trợ là 1,250,000 đồng mỗi học viên.', R)).toBe('Kinh phí hỗ trợ là 1.250.000 đồng mỗi học viên.');
  });

  it('leaves decimals, dot thousands and ambiguous amounts alone', () => {
    const text = 'Tỷ lệ đạt 3,92%, có 1.400 học viên, 2,5 ngày học, 9,500 điểm và 2,500 tỷ đồng vốn.';
    expect(check(text, R)).toEqual([]);
  });

  it('reads every “d,ddd” of a draft that certainly groups thousands with commas, unless it writes a decimal comma', () => {
    const text = 'Ban tổ chức phát 12,400 tờ rơi, 30,000 cuốn sổ tay và 4,000 lá cờ cho học viên.';
    expect(check(text, R).map((f) => f.text)).toEqual(['12,400', '30,000', '4,000']);
    expect(fixed(text, R)).toBe('Ban tổ chức phát 12.400 tờ rơi, 30.000 cuốn sổ tay và 4.000 lá cờ cho học viên.');
    // a decimal comma elsewhere: the writer groups the Vietnamese way, an unclear one stays
    expect(check('Ban tổ chức phát 12,400 tờ rơi, 2,5 tấn gạo và 30,000 cuốn sổ tay.', R).map((f) => f.text)).toEqual(['30,000']);
  });

  it('joins spaced thousands after a word that introduces a count', () => {
    const text = 'Lớp học thu hút 1 250 học viên.';
    expect(check(text, R, {}, 'en').map((s) => [s.message, s.at])).toEqual([
      ['The number “1 250” is split by a space; write “1.250”.', '1:17'],
    ]);
    expect(fixed(text, R)).toBe('Lớp học thu hút 1.250 học viên.');
    expect(check('Khai giảng lớp 1 200 học viên đăng ký.', R)).toEqual([]);
  });
});

describe('number-format: leading zeros', () => {
  it('keeps the zero of a document’s number after its kind written as a name, not after a verb', () => {
    expect(check('Tổ công tác triển khai Đề án 06 huyện họp định kỳ, quán triệt Chỉ thị 05 xã đã ban hành.', R)).toEqual([]);
    expect(check('Cán bộ khuyến nông hướng dẫn 05 hộ làm chuồng trại.', R).map((f) => f.text)).toEqual(['05']);
  });

  it('drops a leading zero of a count (info)', () => {
    const text = 'Lớp học diễn ra trong 03 ngày với 05 chuyên đề.';
    const f = findings(text, R);
    expect(f.map((x) => [x.messageId, x.severity, text.slice(x.start, x.end)])).toEqual([
      ['leadingZero', 'info', '03'],
      ['leadingZero', 'info', '05'],
    ]);
    expect(check(text, R)[0].message).toBe('Số đếm không cần số 0 ở đầu: “03” → “3”.');
    expect(fixed(text, R)).toBe('Lớp học diễn ra trong 3 ngày với 5 chuyên đề.');
  });

  it('keeps zeros of written-out dates, document numbers and times', () => {
    const text = 'Theo Kế hoạch số 05 ngày 05 tháng 01 năm 2024, lúc 07 giờ các đại biểu có mặt.';
    expect(check(text, R)).toEqual([]);
  });
});

describe('the count nouns of dictionaries/structure.json (countedPeople, countUnits)', () => {
  const counted = [...structure.countedPeople.entries, ...structure.countUnits.entries].flatMap((e) => e.examples.map((x) => [e.word, x]));
  it.each(counted)('“%s” makes a count of the number before it: %s', (word, example) => {
    const zero = /\b0\d\b/u.exec(example)!;
    expect(check(example, R).map((f) => f.text)).toEqual([zero[0]]);
    // another noun after the number: no count, nothing to say
    expect(check(example.replace(`${zero[0]} ${word}`, `${zero[0]} xyz`), R)).toEqual([]);
  });
});

describe('number-format: a decimal point before a unit of measure or a score (NUM-01: decimal comma)', () => {
  it('reports the dot and fixes it to a comma, once', () => {
    const text = 'Em Vàng Thị Mỷ đạt 8.5 điểm, năng suất lúa của xã đạt 6.8 tấn mỗi héc-ta.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Số thập phân viết bằng dấu phẩy: “8.5” → “8,5”.', at: '1:20', text: '8.5' },
      { rule: R, message: 'Số thập phân viết bằng dấu phẩy: “6.8” → “6,8”.', at: '1:55', text: '6.8' },
    ]);
    const once = fixed(text, R);
    expect(once).toBe('Em Vàng Thị Mỷ đạt 8,5 điểm, năng suất lúa của xã đạt 6,8 tấn mỗi héc-ta.');
    expect(fixed(once, R)).toBe(once);
    expect(fixed('Tỷ lệ hộ nghèo giảm còn 3.5%.', R)).toBe('Tỷ lệ hộ nghèo giảm còn 3,5%.');
  });

  it('leaves a dot that is no decimal point alone: thousands, dates, versions, plates, sections', () => {
    const text = 'Xã thu 1.200 kg chè; ngày 14.7 khai giảng; công nghiệp 4.0; xe biển số 51C - 581.68; mục 2.3 của kế hoạch; từ 26.9-11.10.';
    expect(check(text, R)).toEqual([]);
  });

  it('reports each decimalUnits example once, and nothing once the unit is replaced', async () => {
    const { default: data } = await import('../../dictionaries/number-format.json');
    for (const e of data.decimalUnits.entries) {
      const found = check(e.example, R);
      expect(found.length, e.example).toBe(1);
      expect(found[0].message, e.example).toMatch(/^Số thập phân viết bằng dấu phẩy/u);
      const without = e.word === '%' ? e.example.replace('%', ' xe') : e.example.replace(new RegExp(`(\\d) ${e.word}(?![\\p{L}\\p{N}-])`, 'u'), '$1 xe');
      expect(without, e.word).not.toBe(e.example);
      expect(check(without, R), without).toEqual([]);
    }
  });
});
