import { describe, expect, it } from 'vitest';
import { check, fixed } from '../helpers/lint.js';

/**
 * HYG30: a range of numbers spaced on one side of its dash ("từ 20 -30%", "5- 8 tổ"), spaced on
 * both sides as a dash between two parts is, and a source tag's bracket before a dash spaced on
 * its left only ("(ĐN) -Trong hai ngày, …"). Ranges written tight or spaced on both sides, dates,
 * years and document numbers are left alone.
 */
const RULE = 'spacing';
const story = (b: string): string => `Hội Nông dân huyện tập huấn kỹ thuật nuôi ong\n\nSáng 12-3, Hội Nông dân huyện tổ chức lớp tập huấn cho 60 hội viên.\n\n${b}\n\nLê Thu Trang\n`;

describe('spacing: a number range and a source tag’s dash spaced on one side (HYG30)', () => {
  it.each([
    ['Mỗi đàn ong cho thu hoạch từ 20 -30% mật nhiều hơn.', 'Mỗi đàn ong cho thu hoạch từ 20 - 30% mật nhiều hơn.'],
    ['Mỗi tổ có từ 5- 8 hội viên nuôi ong lâu năm.', 'Mỗi tổ có từ 5 - 8 hội viên nuôi ong lâu năm.'],
    ['Giá mật ong từ 1.500 -2.000 đồng mỗi ml.', 'Giá mật ong từ 1.500 - 2.000 đồng mỗi ml.'],
    ['(ĐN) -Trong hai ngày, các học viên được hướng dẫn cách chia đàn.', '(ĐN) - Trong hai ngày, các học viên được hướng dẫn cách chia đàn.'],
    ['Lớp học bế giảng 14 - 3 tại hội trường xã.', 'Lớp học bế giảng 14-3 tại hội trường xã.'],
    ['Đến 30 / 4, các chi hội gửi báo cáo về Hội Nông dân huyện.', 'Đến 30/4, các chi hội gửi báo cáo về Hội Nông dân huyện.'],
  ])('“%s” → “%s”', (s, out) => {
    expect(check(story(s), RULE)).toHaveLength(1);
    expect(fixed(story(s), RULE)).toBe(story(out));
  });

  it('leaves tight and spaced ranges, dates, years and codes to their own checks', () => {
    for (const s of [
      'Mỗi tổ có từ 5-8 hội viên nuôi ong lâu năm.',
      'Mỗi tổ có từ 5 - 8 hội viên nuôi ong lâu năm.',
      'Lớp học kéo dài trong hai ngày 15-16/3 tại hội trường.',
      'Kế hoạch giai đoạn 2021-2025 của Hội được triển khai.',
      'Lớp học thực hiện Kế hoạch số 12-KH/HND của Hội.',
      'Nhiệt độ trong thùng ong giữ ở mức 32-35 độ.',
      '(ĐN) - Trong hai ngày, các học viên được hướng dẫn cách chia đàn.',
      'Hội viên đạt năng suất cao (trên 30 kg mỗi đàn) -được tuyên dương.',
      'Sau 1 - 2 năm, mỗi hộ có thể nhân lên gấp đôi số đàn ong.',
      'Mỗi hộ được hỗ trợ từ 2 - 3 thùng ong giống.',
    ]) expect(check(story(s), RULE), s).toEqual([]);
    // a spaced date is reported once, as a date
    expect(check(story('Lớp học bế giảng ngày 14 -3 tại hội trường.'), RULE).map((f) => f.message)).toEqual(['Thừa dấu cách trong ngày tháng “14 -3”.']);
    // two spaced dates closing a range, each once
    expect(check(story('Lớp học kéo dài từ 12 - 3 đến 14 - 3.'), RULE).map((f) => f.text)).toEqual(['12 - 3', '14 - 3']);
  });
});
