import { describe, expect, it } from 'vitest';
import { check, findings, fixed } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, SPARSE } from '../core/structure-fixtures.js';

const RULE = 'required-headline';
const STORY = 'Sáng 8-5, Hội Cựu chiến binh huyện tổ chức tập huấn nghiệp vụ cho 70 hội viên.\n\nHội viên được hướng dẫn công tác tuyên truyền.\n\nĐình Phong\n';

describe('required-headline', () => {
  it('accepts a short headline line', () => {
    expect(check(`Hội Cựu chiến binh huyện tập huấn nghiệp vụ\n\n${STORY}`, RULE)).toEqual([]);
    expect(check(COMPLETE, RULE)).toEqual([]);
    expect(check(COMPLETE_PRESS, RULE)).toEqual([]);
    expect(check(SPARSE, RULE)).toEqual([]);
  });

  it('removes a final period from the headline', () => {
    const text = `Hội Cựu chiến binh huyện tập huấn nghiệp vụ.\n\n${STORY}`;
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tiêu đề không kết thúc bằng dấu chấm.', at: '1:44', text: '.' }]);
    expect(fixed(text, RULE)).toBe(`Hội Cựu chiến binh huyện tập huấn nghiệp vụ\n\n${STORY}`);
  });

  it('reports a draft that starts with its lead, with a template above it', () => {
    const text = STORY;
    const found = check(text, RULE);
    expect(found).toEqual([
      {
        rule: RULE,
        message: 'Thiếu tiêu đề: dòng đầu của tin phải là tiêu đề ngắn, không có dấu chấm cuối, ví dụ “Huyện ủy An Lão tập huấn nghiệp vụ công tác dân vận”.',
        at: '1:1',
        text: 'Sáng 8-5',
      },
    ]);
    const [f] = findings(text, RULE);
    expect(f.fix).toBeUndefined();
    expect(f.suggestions?.[0]).toEqual({ messageId: 'insert', edits: [{ start: 0, end: 0, text: '${1:Tiêu đề tin}\n\n' }], snippet: true });
    // --fix never applies a template
    expect(fixed(text, RULE)).toBe(text);
  });

  it('reports an overlong headline', () => {
    const long = 'Huyện ủy tổ chức hội nghị học tập, quán triệt, triển khai thực hiện các nghị quyết, chỉ thị, kết luận của Trung ương, của Tỉnh ủy và của Huyện ủy cho cán bộ';
    const found = check(`${long}\n\n${STORY}`, RULE);
    expect(found.map((f) => f.message)).toEqual(['Tiêu đề quá dài (34 từ); nên gọn trong khoảng 30 từ.']);
  });
});
