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

  it('keeps a word’s own finding beside a phrase that does not contain it', () => {
    const text = 'Cán bộ phường tân Định học các Kỹ năng mềm.';
    expect(check(text, CASE_RULES).map((f) => [f.rule, f.text])).toEqual([
      ['admin-unit-case', 'tân Định'],
      ['common-noun-case', 'Kỹ năng'],
    ]);
    expect(fixed(text, CASE_RULES)).toBe('Cán bộ phường Tân Định học các kỹ năng mềm.');
  });
});
