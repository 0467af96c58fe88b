import { describe, expect, it } from 'vitest';
import { check, fixed } from '../helpers/lint.js';

/**
 * HYG30: dates the rule did not read — a day and month right after an event's verb, with no
 * date word before it ("khai mạc 8/3 tại …", "kết thúc 10.3."), and a headline's bracketed date
 * ("… cho đoàn viên (12/3)"), which is held to the draft's style but never sets it.
 */
const R = 'date-format';
const lead = 'Sáng 12-3, Huyện Đoàn tổ chức lớp tập huấn kỹ năng tuyên truyền cho 60 đoàn viên tại hội trường xã.';
const tail = 'Lê Minh Khoa';

describe('date-format: dates after an event verb and in a headline’s brackets (HYG30)', () => {
  it('writes a day and month after an event verb in the draft’s style', () => {
    const text = `Huyện Đoàn tập huấn kỹ năng tuyên truyền\n\n${lead} Lớp học bế giảng 14/3 và trao giấy chứng nhận cho học viên.\n\n${tail}\n`;
    expect(check(text, R).map((f) => f.text)).toEqual(['14/3']);
    expect(fixed(text, R)).toContain('bế giảng 14-3 và');
  });

  it('writes a dot date after an event verb with the draft’s separator', () => {
    const text = `Huyện Đoàn tập huấn kỹ năng tuyên truyền\n\n${lead} Kế hoạch được Huyện Đoàn ban hành 2.3. Lớp học kết thúc 14.3.\n\n${tail}\n`;
    expect(check(text, R).map((f) => f.text)).toEqual(['2.3', '14.3']);
    expect(fixed(text, R)).toContain('ban hành 2-3. Lớp học kết thúc 14-3.');
  });

  it('leaves a count after an event verb alone', () => {
    const text = `Huyện Đoàn tập huấn kỹ năng tuyên truyền\n\n${lead} Năm nay Huyện Đoàn ban hành 2/3 văn bản hướng dẫn, lớp học diễn ra 2/3 buổi.\n\n${tail}\n`;
    expect(check(text, R)).toEqual([]);
  });

  it('writes a headline’s bracketed date in the draft’s style, and does not let it vote', () => {
    const text = `Huyện Đoàn tập huấn kỹ năng tuyên truyền cho đoàn viên (12/3)\n\n${lead}\n\n${tail}\n`;
    expect(check(text, R).map((f) => f.text)).toEqual(['12/3']);
    expect(fixed(text, R)).toContain('cho đoàn viên (12-3)\n');
  });

  it('leaves a bracketed fraction inside a sentence alone', () => {
    const text = `Huyện Đoàn tập huấn kỹ năng tuyên truyền\n\n${lead} Số đoàn viên đã dự lớp chiếm hơn hai phần ba (2/3).\n\n${tail}\n`;
    expect(check(text, R)).toEqual([]);
  });
});
