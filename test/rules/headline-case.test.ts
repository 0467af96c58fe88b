import { describe, it, expect } from 'vitest';
import { check, fixed, findings } from '../helpers/lint.js';

const RULE = 'headline-case';
const body = '\n\nSáng 5-3, Huyện ủy Tân Phước tổ chức tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở.\n\nLê Hòa\n';

describe('headline-case', () => {
  it('flags a Title Case headline and suggests sentence case that keeps the names', () => {
    const text = 'Huyện Ủy Tân Phước Tập Huấn Nghiệp Vụ Công Tác Dân Vận' + body;
    expect(check(text, RULE)).toEqual([
      {
        rule: RULE,
        message: 'Tít viết hoa từng chữ; hãy viết hoa như câu thường: “Huyện ủy Tân Phước tập huấn nghiệp vụ công tác dân vận”.',
        at: '1:1',
        text: 'Huyện Ủy Tân Phước Tập Huấn Nghiệp Vụ Công Tác Dân Vận',
      },
    ]);
    const f = findings(text, RULE)[0];
    // which capitals are names is a guess: a suggestion, not a fix
    expect(f.fix).toBeUndefined();
    expect(f.suggestions).toHaveLength(1);
    expect(fixed(text, RULE)).toBe(text);
  });

  it('removes a final full stop when the line is surely the headline', () => {
    const text = 'Tân Phước tập huấn nghiệp vụ công tác dân vận.\n12-03-2024 10:20' + body;
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tít không đặt dấu chấm ở cuối.', at: '1:46', text: '.' }]);
    expect(fixed(text, RULE)).toBe(text.replace('dân vận.\n', 'dân vận\n'));
  });

  it('speaks English when asked', () => {
    const text = 'Tân Phước tập huấn nghiệp vụ công tác dân vận.\n12-03-2024 10:20' + body;
    expect(check(text, RULE, {}, 'en')[0].message).toBe('A headline has no final full stop.');
  });

  it.each([
    'Huyện ủy Tân Phước tập huấn nghiệp vụ công tác dân vận năm 2024',
    'Ban Dân vận Tỉnh ủy và Trường Chính trị tỉnh bế giảng lớp bồi dưỡng',
    'Bế giảng lớp bồi dưỡng nghiệp vụ...',
    'Ban Dân vận Tỉnh ủy Long An và Hội Nông dân Việt Nam ký kết phối hợp',
    'TẬP HUẤN NGHIỆP VỤ CÔNG TÁC DÂN VẬN',
  ])('accepts %j', (headline) => {
    expect(check(headline + body, RULE)).toEqual([]);
  });
});
