import { describe, expect, it } from 'vitest';
import abbreviations from '../../dictionaries/abbreviations.json';
import { check, fixed, findings } from '../helpers/lint.js';

const R = 'abbreviation-first-use';

describe('dictionaries/abbreviations.json', () => {
  it.each(abbreviations.entries.flatMap((e) => e.examples.map((x) => [e.abbr, x])))('%s appears in “%s”', (abbr, example) => {
    expect(example.normalize('NFC')).toContain(abbr.normalize('NFC'));
  });

  it('has one entry per abbreviation, every field in NFC', () => {
    const abbrs = abbreviations.entries.map((e) => e.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
    for (const e of abbreviations.entries) expect(JSON.stringify(e)).toBe(JSON.stringify(e).normalize('NFC'));
  });

  it('lists misspellings that differ from the abbreviation', () => {
    for (const e of abbreviations.entries) for (const w of (e as { wrong?: string[] }).wrong ?? []) expect(w).not.toBe(e.abbr);
  });
});

describe('abbreviation-first-use: ABBR-01', () => {
  it('reports an abbreviation never spelt out, once, as information', () => {
    const text = 'Tập huấn cho cán bộ\n\nSáng 6-5, Bộ Chỉ huy quân sự tỉnh tập huấn cho cán bộ LLVT. Cán bộ LLVT các huyện tham dự.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Chữ viết tắt “LLVT” chưa được giải thích; lần dùng đầu nên viết đầy đủ “lực lượng vũ trang (LLVT)”.', at: '3:55', text: 'LLVT' },
    ]);
    const f = findings(text, R);
    expect(f[0].severity).toBe('info');
    expect(f[0].fix).toBeUndefined();
    expect(f[0].suggestions?.[0].edits[0].text).toBe('lực lượng vũ trang (LLVT)');
    expect(fixed(text, R)).toBe(text);
  });

  it('says when the full form only comes later (English)', () => {
    const text = 'Hội nghị BCĐ huyện\n\nSáng 6-5, BCĐ huyện họp. Trưởng Ban Chỉ đạo phát biểu.';
    expect(check(text, R, {}, 'en').map((s) => [s.message, s.at])).toEqual([
      ['The abbreviation “BCĐ” is used before its full form “Ban Chỉ đạo”.', '3:11'],
    ]);
  });

  it('accepts an introduced abbreviation, known ones and document codes', () => {
    const text = 'Tập huấn\n\nSáng 6-5, Ban Chỉ đạo (BCĐ) huyện họp với UBND, HĐND huyện. BCĐ thống nhất triển khai Nghị quyết số 18-NQ/TW và Kế hoạch số 5-KH/TVTU.';
    expect(check(text, R)).toEqual([]);
  });

  it('accepts an abbreviation the genre writes bare (counted in dictionaries/abbreviations.json), still reports one it spells out', () => {
    // known in the genre: the real drafts write "Bộ CHQS tỉnh", "Hội CCB xã" and rarely spell them out
    const text = 'Tập huấn cho hội viên\n\nSáng 9-4, Hội CCB xã phối hợp với Ban CHQS xã tập huấn cho hội viên. Hội LHPN xã và LĐLĐ huyện cùng dự.';
    expect(check(text, R)).toEqual([]);
    // spelt out in 5 of the 9 real drafts that use it: still a hint
    expect(check('Tin\n\nSáng 9-4, Ban Giám đốc HTX Tân Lợi họp với xã viên.', R).map((s) => s.message)).toEqual([
      'Chữ viết tắt “HTX” chưa được giải thích; lần dùng đầu nên viết đầy đủ “hợp tác xã (HTX)”.',
    ]);
  });

  it('counts each abbreviation known in the genre as the whitelist where the figures are thick', () => {
    const genre = (e: { drafts?: number; spelt?: number }): boolean => (e.drafts ?? 0) >= 3 && (e.spelt ?? 0) * 4 <= (e.drafts ?? 0);
    const byAbbr = new Map(abbreviations.entries.map((e) => [e.abbr, e as { known: boolean; drafts?: number; spelt?: number }]));
    for (const a of ['UBND', 'HĐND', 'MTTQ', 'BTV']) expect([a, genre(byAbbr.get(a)!)]).toEqual([a, true]);
    for (const a of ['CHQS', 'CCB', 'LHPN', 'LĐLĐ']) expect([a, byAbbr.get(a)!.known, genre(byAbbr.get(a)!)]).toEqual([a, false, true]);
    for (const a of ['HTX', 'PCCC', 'BCĐ', 'LLVT']) expect([a, genre(byAbbr.get(a)!)]).toEqual([a, false]);
  });

  it('matches the full form whatever the tone placement', () => {
    expect(check('Tin\n\nSáng 6-5, Uỷ ban Kiểm tra Huyện ủy họp. Chủ nhiệm UBKT phát biểu.', R)).toEqual([]);
  });

  it('accepts “và” or a dash for the comma of a full form', () => {
    const abbr = abbreviations.entries.find((e) => e.full.includes(','))!;
    const [a, b] = abbr.full.split(/\s*,\s*/);
    expect(check(`Tin\n\nSáng 6-5, xã tập huấn ${a} và ${b}. Nội dung ${abbr.abbr} gồm nhiều phần.`, R)).toEqual([]);
    expect(check(`Tin\n\nSáng 6-5, xã tập huấn ${a} - ${b}. Nội dung ${abbr.abbr} gồm nhiều phần.`, R)).toEqual([]);
  });

  it('leaves the abbreviation of a common phrase of the field, nobody’s name (ABBR-01 asks it of bodies and titles)', () => {
    const phrases = abbreviations.entries.filter((e) => (e as { phrase?: boolean }).phrase).map((e) => e.abbr);
    expect(phrases).toEqual(expect.arrayContaining(['PCCC', 'ANTT', 'CNTT']));
    expect(check('Tập huấn cho dân phòng\n\nSáng 6-5, Công an xã tập huấn nghiệp vụ PCCC cho đội dân phòng, bảo đảm ANTT và ứng dụng CNTT trong quản lý.', R)).toEqual([]);
    // a body's abbreviation in the same sentence is still asked for
    expect(check('Tập huấn cho dân phòng\n\nSáng 6-5, BCĐ xã tập huấn nghiệp vụ PCCC cho đội dân phòng.', R).map((s) => s.text)).toEqual(['BCĐ']);
  });

  it('capitalises the suggestion at the start of a sentence', () => {
    const f = findings('Tin ngắn\n\nCLB liên thế hệ xã ra mắt sáng 3-3.', R);
    expect(f[0].suggestions?.[0].edits[0].text).toBe('Câu lạc bộ (CLB)');
  });
});

describe('abbreviation-first-use: ABBR-02', () => {
  it('fixes misspelt abbreviations as warnings', () => {
    const text = 'Chủ tịch HDND xã và Chủ tịch Ubnd xã dự.';
    expect(check(text, R).map((s) => s.message)).toEqual([
      'Viết tắt sai: “HDND” → “HĐND” (Hội đồng nhân dân).',
      'Viết tắt sai: “Ubnd” → “UBND” (Ủy ban nhân dân).',
    ]);
    expect(findings(text, R).map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(fixed(text, R)).toBe('Chủ tịch HĐND xã và Chủ tịch UBND xã dự.');
  });

  it('replaces the informal “đ/c”, keeping the capital and absorbing a doubled “chí”', () => {
    const text = 'Đ/c Lê Văn Tâm phát biểu. Các đ/c chí lãnh đạo và đ/c Chí cùng dự.';
    expect(check(text, R).map((s) => [s.message, s.text])).toEqual([
      ['Cách viết tắt suồng sã “Đ/c” không dùng trong tin đăng; viết “Đồng chí”.', 'Đ/c'],
      ['“đ/c chí” là cách viết tắt suồng sã “đ/c” viết lẫn với chữ nó thay thế; viết “đồng chí”.', 'đ/c chí'],
      ['Cách viết tắt suồng sã “đ/c” không dùng trong tin đăng; viết “đồng chí”.', 'đ/c'],
    ]);
    expect(check(text, R, {}, 'en').map((s) => s.message)).toEqual([
      'The informal abbreviation “Đ/c” has no place in a published item; write “Đồng chí”.',
      '“đ/c chí” is the informal abbreviation “đ/c” run into the word it stands for; write “đồng chí”.',
      'The informal abbreviation “đ/c” has no place in a published item; write “đồng chí”.',
    ]);
    expect(fixed(text, R)).toBe('Đồng chí Lê Văn Tâm phát biểu. Các đồng chí lãnh đạo và đồng chí Chí cùng dự.');
  });

  it('writes “đồng chí” in lower case for a capitalised “Đ/c” mid-sentence', () => {
    const text = 'Đến dự có Đ/c Trần Đình Lực, Bí thư Thị ủy.';
    expect(check(text, R).map((s) => s.message)).toEqual(['Cách viết tắt suồng sã “Đ/c” không dùng trong tin đăng; viết “đồng chí”.']);
    expect(fixed(text, R)).toBe('Đến dự có đồng chí Trần Đình Lực, Bí thư Thị ủy.');
  });

  it('does not fix inside a quotation', () => {
    const f = findings('Ông nói: “đ/c Bình đã về”.', R);
    expect(f[0].severity).toBe('info');
    expect(f[0].fix).toBeUndefined();
  });
});
