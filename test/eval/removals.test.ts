/**
 * The bench's organiser removal (scripts/eval/inject/removals.mjs): the copy must lack every
 * statement of who organised the event, or the case counts a correct silence as a miss. Drafts
 * written for this test.
 */
import { describe, it, expect } from 'vitest';
// @ts-expect-error the bench is plain JavaScript without declarations
import { annotatedRemoval, organisingBodies, organiserPatterns, poolRemoval, without } from '../../scripts/eval/inject/removals.mjs';
// @ts-expect-error likewise
import { core } from '../../scripts/eval/core.mjs';

type Range = { start: number; end: number };

function removal(text: string, evidence: string): Range[] | null {
  const { draft } = core.lint(text, core.defaultConfig(), { format: 'text' });
  const ann = { elements: { 'required-organiser': { present: true, evidence } } };
  return annotatedRemoval({ text, draft, ann }, 'required-organiser');
}

const fold = (s: string) => core.foldAccents(s.normalize('NFC')).toLowerCase();
const names = (evidence: string, mention: string) => organisingBodies(evidence).flatMap(organiserPatterns).some((re: RegExp) => re.test(fold(mention)));

describe('the organiser removal', () => {
  it('reads each co-organiser out of the annotated evidence', () => {
    expect(organisingBodies('do Ban Thường vụ Huyện đoàn phối hợp với Phòng Văn hóa huyện, Trung tâm Y tế huyện đã tổ chức lớp')).toEqual([
      'Ban Thường vụ Huyện đoàn',
      'Phòng Văn hóa huyện',
      'Trung tâm Y tế huyện',
    ]);
    expect(organisingBodies('UBND xã Tân Mỹ giao Hội Nông dân xã chủ trì tổ chức')).toEqual(['UBND xã Tân Mỹ', 'Hội Nông dân xã']);
  });

  it('meets a body under its short names: initials, spelt-out abbreviations, the level alone', () => {
    expect(names('Hội Cựu chiến binh huyện tổ chức', 'Hội CCB huyện tổ chức lớp')).toBe(true);
    expect(names('UBND huyện tổ chức', 'Ủy ban nhân dân huyện mở lớp')).toBe(true);
    expect(names('Hội Chữ thập đỏ tỉnh tổ chức', 'tỉnh Hội tổ chức tập huấn')).toBe(true);
    expect(names('Hội Chữ thập đỏ tỉnh tổ chức', 'Tỉnh ủy chỉ đạo')).toBe(false);
  });

  it('removes every sentence that names the organiser as one, and no sentence that only gives a title', () => {
    const text = [
      'Tập huấn kỹ năng sơ cứu cho tình nguyện viên',
      '',
      'Sáng 8/4, Hội Chữ thập đỏ huyện Yên Lập tổ chức lớp tập huấn sơ cứu cho 45 tình nguyện viên.',
      '',
      'Phát biểu khai mạc, Chủ tịch Hội Chữ thập đỏ huyện Đinh Văn Lộc nhấn mạnh ý nghĩa của lớp học. Học viên được thực hành băng bó vết thương, cầm máu, cố định xương gãy và hô hấp nhân tạo cho người bị đuối nước, dưới sự hướng dẫn của các y sĩ Trung tâm Y tế huyện.',
      '',
      'Dịp này, Hội Chữ thập đỏ huyện cũng tổ chức trao quà cho các hộ nghèo trong xã.',
      '',
      'Lê Thanh',
      '',
    ].join('\n');
    const ranges = removal(text, 'Hội Chữ thập đỏ huyện Yên Lập tổ chức');
    expect(ranges).toHaveLength(2);
    const left = without(text, ranges);
    expect(left).not.toContain('Yên Lập tổ chức');
    expect(left).not.toContain('trao quà');
    expect(left).toContain('Chủ tịch Hội Chữ thập đỏ huyện Đinh Văn Lộc');
    expect(left).toContain('Lê Thanh');
  });

  it('leaves out a draft that names its organiser in most of its story', () => {
    const text = [
      'Huyện đoàn mở lớp tin học',
      '',
      'Sáng 2/6, Huyện đoàn Tam Nông tổ chức lớp tin học văn phòng cho đoàn viên các xã.',
      '',
      'Huyện đoàn Tam Nông cũng tổ chức cho học viên thực hành soạn thảo văn bản trên máy tính.',
      '',
      'Lớp học kéo dài ba ngày.',
      '',
      'Thu Hà',
      '',
    ].join('\n');
    expect(removal(text, 'Huyện đoàn Tam Nông tổ chức')).toBeNull();
  });

  it('removes a credit printed twice, under the headline with its time and at the end', () => {
    const text = 'Tập huấn sơ cứu cho giáo viên\n\nCTV 08/04/2025 09:15\n\nSáng 8/4, Trung tâm Y tế huyện tổ chức lớp tập huấn sơ cứu cho 60 giáo viên mầm non.\n\nCTV\n';
    const { draft } = core.lint(text, core.defaultConfig(), { format: 'text' });
    const ann = { elements: { 'required-byline': { present: true, evidence: 'CTV 08/04/2025 09:15' } } };
    const left = without(text, annotatedRemoval({ text, draft, ann }, 'required-byline'));
    expect(left).not.toMatch(/CTV/u);
    expect(left).toContain('Sáng 8/4');
  });

  it('removes the names above an affiliation that ends the page in brackets', () => {
    const text = 'Tập huấn sơ cứu cho giáo viên\n\nSáng 8/4, Trung tâm Y tế huyện tổ chức lớp tập huấn sơ cứu cho 60 giáo viên mầm non.\n\nLò Hà - Vi Lan\n\n(Đài TT-TH huyện)\n';
    const { draft } = core.lint(text, core.defaultConfig(), { format: 'text' });
    const left = without(text, poolRemoval({ text, draft }, 'required-byline'));
    expect(left.trim().endsWith('mầm non.')).toBe(true);
  });

  it('leaves out the dateline of a page that keeps only its lead', () => {
    const lead = 'Sáng 8/4, Trung tâm Y tế huyện tổ chức lớp tập huấn sơ cứu cho 60 giáo viên mầm non các xã.';
    const only = `Tập huấn sơ cứu cho giáo viên\n\n${lead}\n`;
    const full = `Tập huấn sơ cứu cho giáo viên\n\n${lead}\n\nHọc viên được hướng dẫn cách sơ cứu khi trẻ bị hóc dị vật, bỏng và đuối nước, rồi thực hành theo nhóm dưới sự hướng dẫn của các bác sĩ.\n\nLò Hà\n`;
    const ranges = (text: string) => poolRemoval({ text, draft: core.lint(text, core.defaultConfig(), { format: 'text' }).draft }, 'required-dateline');
    expect(ranges(only)).toBeNull();
    expect(without(full, ranges(full))).not.toContain('Sáng 8/4');
  });
});
