import { describe, expect, it } from 'vitest';
import { check, findings, fixed } from '../helpers/lint.js';

const R = 'participant-count-consistency';

describe('participant-count-consistency', () => {
  it('warns at the second count with both numbers', () => {
    const text = [
      'Sáng 4-6, Huyện đoàn mở lớp bồi dưỡng kỹ năng cho cán bộ đoàn.',
      'Tham dự lớp học có 84 học viên là bí thư chi đoàn các thôn.',
      'Kết thúc khóa học, 82 học viên đã hoàn thành chương trình.',
    ].join('\n');
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Số học viên ở đây là 82, nhưng trước đó bài viết ghi 84.', at: '3:20', text: '82' },
    ]);
    expect(check(text, R, {}, 'en')[0].message).toBe('This says 82 học viên, but the draft said 84 earlier.');
  });

  it('offers the first number as a suggestion, never as a fix', () => {
    const text = 'Lớp học có 1.200 đại biểu. Cuối buổi, 1.210 đại biểu tham gia thảo luận.';
    const f = findings(text, R);
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].suggestions?.[0].edits).toEqual([{ start: 38, end: 43, text: '1.200' }]);
    expect(fixed(text, R)).toBe(text);
  });

  it('accepts the same number twice and different nouns', () => {
    const text = 'Hội nghị có 120 đại biểu tham dự. Trong buổi chiều, 120 đại biểu tham gia thảo luận. Có 40 học viên tham gia.';
    expect(check(text, R)).toEqual([]);
  });

  it('does not compare approximate counts or parts of the total', () => {
    const text = [
      'Hội nghị thu hút hơn 100 cán bộ tham dự. Tổng số có 120 cán bộ.',
      'Lớp có 60 học viên. Trong đó, 12 học viên đạt loại giỏi; 45 học viên nữ tham gia đầy đủ.',
      'Ban tổ chức trao giấy khen cho 5 học viên có thành tích xuất sắc.',
    ].join('\n');
    expect(check(text, R)).toEqual([]);
  });

  it('does not compare the sizes of bodies (“thành viên”)', () => {
    const text = 'Toàn huyện có 12 câu lạc bộ nông dân với 340 thành viên. Số tổ hợp tác là 28 tổ với 210 thành viên.';
    expect(check(text, R)).toEqual([]);
  });
});
