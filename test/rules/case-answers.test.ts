/**
 * One answer per span across the capitalisation rules (server/src/core/case-answers.ts): a
 * word inside a phrase another rule corrects as a whole is not corrected a second way.
 */
import { describe, expect, it } from 'vitest';
import { check, fixed } from '../helpers/lint.js';

const CASE_RULES = ['admin-unit-case', 'common-noun-case', 'person-name-case', 'organisation-case', 'title-case'];

describe('one answer per span across the capitalisation rules', () => {
  it.each([
    [
      'Sáng 5-3-2026, cán bộ phường tân Định dự lớp tập huấn.',
      { rule: 'admin-unit-case', message: 'Tên địa danh viết hoa mọi âm tiết: “tân Định” → “Tân Định”.', at: '1:30', text: 'tân Định' },
      'Sáng 5-3-2026, cán bộ phường Tân Định dự lớp tập huấn.',
    ],
    [
      'Học viên đến từ thôn đông Thái của xã Hòa Bình.',
      { rule: 'admin-unit-case', message: 'Tên địa danh viết hoa mọi âm tiết: “đông Thái” → “Đông Thái”.', at: '1:22', text: 'đông Thái' },
      'Học viên đến từ thôn Đông Thái của xã Hòa Bình.',
    ],
    [
      'Buổi tập huấn có ông Lò văn Hùng, trưởng bản, tham dự.',
      { rule: 'person-name-case', message: 'Tên người “Lò văn Hùng” phải viết hoa chữ cái đầu của mọi âm tiết: “Lò Văn Hùng”.', at: '1:22', text: 'Lò văn Hùng' },
      'Buổi tập huấn có ông Lò Văn Hùng, trưởng bản, tham dự.',
    ],
    // (a word's finding whose change the longer finding makes too: "Khu" → "khu" inside "Khu Phố" → "khu phố")
    [
      'Người dân Khu Phố Bình An góp ý dự thảo quy hoạch.',
      { rule: 'admin-unit-case', message: 'Từ chỉ đơn vị hành chính viết thường: “Khu Phố” → “khu phố”.', at: '1:11', text: 'Khu Phố' },
      'Người dân khu phố Bình An góp ý dự thảo quy hoạch.',
    ],
  ])('%j: one finding, and the fix keeps the name whole', (text, finding, output) => {
    expect(check(text, CASE_RULES)).toEqual([finding]);
    expect(fixed(text, CASE_RULES)).toBe(output);
    expect(fixed(output, CASE_RULES)).toBe(output);
  });

  // two rules proposing the same case edit over ranges that meet: one finding, the one with a fix, the more severe, the longer
  it.each([
    // admin-unit-case (a noun of geography) and common-noun-case (a common word the draft writes lowercase) on one word
    [
      'Các xã có đê sông, đê biển dài. Nhiều xã ven Sông Thái Bình, sông Luộc thường bị sạt lở.',
      { rule: 'admin-unit-case', message: 'Danh từ chung chỉ địa lý trước tên riêng viết thường: “Sông Thái Bình” → “sông Thái Bình”.', at: '1:46', text: 'Sông' },
      'Các xã có đê sông, đê biển dài. Nhiều xã ven sông Thái Bình, sông Luộc thường bị sạt lở.',
    ],
    // admin-unit-case (the special name) and common-noun-case (a word in Title Case) on one span
    [
      'Đoàn cán bộ học tập kinh nghiệm tại Thành Phố Hồ Chí Minh trong ba ngày.',
      { rule: 'admin-unit-case', message: '“Thành phố Hồ Chí Minh” là tên riêng đặc biệt, viết hoa cả từ chỉ đơn vị.', at: '1:37', text: 'Thành Phố' },
      'Đoàn cán bộ học tập kinh nghiệm tại Thành phố Hồ Chí Minh trong ba ngày.',
    ],
    // admin-unit-case (a place name's last syllable) and person-name-case (a name read from that syllable on)
    [
      'Học viên đến từ huyện Bảo Lâm; đồng chí Chủ tịch UBND huyện Bảo lâm Hà Thị Mai dự.',
      { rule: 'admin-unit-case', message: 'Tên địa danh viết hoa mọi âm tiết (trong bài đã viết “Bảo Lâm”): “Bảo lâm” → “Bảo Lâm”.', at: '1:61', text: 'Bảo lâm' },
      'Học viên đến từ huyện Bảo Lâm; đồng chí Chủ tịch UBND huyện Bảo Lâm Hà Thị Mai dự.',
    ],
  ])('%j: two rules, one edit, one finding', (text, finding, output) => {
    expect(check(text, [...CASE_RULES, 'consistent-capitalisation'])).toEqual([finding]);
    expect(fixed(text, CASE_RULES)).toBe(output);
    expect(fixed(output, CASE_RULES)).toBe(output);
  });

  it('reads a committee holder’s name as a person’s, not as a place spelling (admin-unit-case yields to person-name-case)', () => {
    const text = 'Tới dự có đồng chí Phó Bí thư Thường trực Huyện ủy Sùng Thị Pà. Phát biểu tại lớp học, đồng chí Sùng thị Pà nhấn mạnh vai trò của cán bộ cơ sở.';
    expect(check(text, 'admin-unit-case')).toEqual([]);
    expect(check(text, CASE_RULES)).toEqual([
      { rule: 'person-name-case', message: 'Tên người “Sùng thị Pà” phải viết hoa chữ cái đầu của mọi âm tiết: “Sùng Thị Pà”.', at: '1:97', text: 'Sùng thị Pà' },
    ]);
    expect(fixed(text, CASE_RULES)).toBe(text.replace('Sùng thị Pà', 'Sùng Thị Pà'));
  });

  it('still reads a place after a committee where the run has no middle name ("Huyện ủy Bạch Long Vĩ")', () => {
    const text = 'Ngày 3-4, Ban Thường vụ Huyện ủy Bạch Long Vĩ tổ chức hội nghị, cán bộ huyện Bạch long Vĩ dự.';
    expect(check(text, 'admin-unit-case')).toEqual([
      { rule: 'admin-unit-case', message: 'Tên địa danh viết hoa mọi âm tiết (trong bài đã viết “Bạch Long Vĩ”): “Bạch long Vĩ” → “Bạch Long Vĩ”.', at: '1:78', text: 'Bạch long Vĩ' },
    ]);
  });

  it('keeps a word’s own finding beside a phrase that does not contain it', () => {
    const text = 'Cán bộ phường tân Định học các Kỹ năng mềm.';
    expect(check(text, CASE_RULES).map((f) => [f.rule, f.text])).toEqual([
      ['admin-unit-case', 'tân Định'],
      ['common-noun-case', 'Kỹ năng'],
    ]);
    expect(fixed(text, CASE_RULES)).toBe('Cán bộ phường Tân Định học các kỹ năng mềm.');
  });
});
