import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, SPARSE } from '../core/structure-fixtures.js';

const RULE = 'required-duration';

function draft(sentence: string): string {
  return `Bồi dưỡng lý luận chính trị cho đảng viên mới\n\nSáng 2-4, Trung tâm Chính trị huyện khai giảng lớp bồi dưỡng cho 60 đảng viên mới. ${sentence}\n\nThanh Bình\n`;
}

describe('required-duration (info)', () => {
  it.each([
    'Lớp học diễn ra trong 5 ngày.',
    'Lớp học kéo dài đến hết tuần.',
    'Lớp học từ ngày 2-4 đến ngày 6-4.',
    'Qua 4 ngày học tập, học viên làm bài thu hoạch.',
    'Trong thời gian 03 ngày, học viên nghiên cứu 6 chuyên đề.',
  ])('accepts “%s”', (sentence) => {
    expect(check(draft(sentence), RULE)).toEqual([]);
  });

  it('reports a draft without a duration, as information', () => {
    const text = draft('Học viên được nghe 6 chuyên đề.');
    expect(check(text, RULE)).toEqual([
      {
        rule: RULE,
        message: 'Chưa nêu thời lượng: nên ghi lớp học diễn ra bao lâu, ví dụ “Lớp tập huấn diễn ra trong 3 ngày, từ ngày 12-9 đến ngày 14-9”.',
        at: '1:1',
        text: 'Bồi dưỡng lý luận chính trị cho đảng viên mới',
      },
    ]);
    expect(findings(text, RULE)[0].severity).toBe('info');
  });

  it('reads complete drafts', () => {
    expect(check(COMPLETE, RULE)).toEqual([]);
    expect(check(COMPLETE_PRESS, RULE)).toEqual([]);
    expect(check(SPARSE, RULE)).toHaveLength(1);
  });
});
