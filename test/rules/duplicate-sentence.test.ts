import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, fixed, findings } from '../helpers/lint.js';

const R = 'duplicate-sentence';

describe('duplicate-sentence', () => {
  const caption = 'Phó Chủ tịch UBND huyện trao giấy chứng nhận cho học viên.';

  it('flags a caption repeated on the next line and removes the copy', () => {
    const text = `Hội Nông dân huyện bế giảng lớp tập huấn\n\nSáng 9-5, Hội Nông dân huyện bế giảng lớp tập huấn.\n\n${caption}\n\n${caption} \n\nLớp học kéo dài 3 ngày.\n`;
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Dòng này lặp lại nguyên văn dòng 5.', at: '7:1', text: caption },
    ]);
    expect(fixed(text, R)).toBe(`Hội Nông dân huyện bế giảng lớp tập huấn\n\nSáng 9-5, Hội Nông dân huyện bế giảng lớp tập huấn.\n\n${caption}\n\nLớp học kéo dài 3 ngày.\n`);
  });

  it('is idempotent and leaves a draft without copies unchanged', () => {
    const text = `Tin ngắn về lớp học\n\n${caption}\n${caption}\n${caption}\nHết.`;
    const once = fixed(text, R);
    expect(once).toBe(`Tin ngắn về lớp học\n\n${caption}\nHết.`);
    expect(fixed(once, R)).toBe(once);
  });

  it('only suggests removing a copy that is not next to its original', () => {
    const text = `Tập huấn kỹ năng cho cán bộ\n\n${caption}\n\nCác học viên thảo luận sôi nổi về nội dung tập huấn.\n\n${caption}`;
    const f = findings(text, R);
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].suggestions).toHaveLength(1);
    expect(fixed(text, R)).toBe(text);
  });

  it('finds a lead pasted again without its source tag', () => {
    const lead = 'Sáng 3-4, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tập huấn nghiệp vụ cho báo cáo viên cơ sở.';
    const text = `Tập huấn báo cáo viên\n\n(Đài huyện) - ${lead}\n\n${lead}\n\nHội nghị kết thúc cùng ngày.`;
    expect(check(text, R, {}, 'en').map((s) => [s.message, s.at])).toEqual([['This line repeats text already on line 3.', '5:1']]);
  });

  it('does not take a caption that reuses words of the lead for a copy', () => {
    const text = 'Tập huấn nghiệp vụ\n\nPhòng Tư pháp huyện vừa mở lớp tập huấn nghiệp vụ hòa giải ở cơ sở năm 2024 cho tổ trưởng.\n\nLớp tập huấn nghiệp vụ hòa giải ở cơ sở.';
    expect(check(text, R)).toEqual([]);
  });

  it('flags a repeated sentence inside paragraphs', () => {
    const s = 'Các học viên được nghe giới thiệu chuyên đề về công tác dân vận.';
    const text = `Tập huấn công tác dân vận\n\nSáng 2-3, lớp học khai giảng. ${s}\n\nBuổi chiều, lớp học thảo luận. ${s} Lớp học kết thúc.`;
    const f = findings(text, R);
    expect(check(text, R).map((x) => [x.message, x.at])).toEqual([['Câu này lặp lại câu ở dòng 3.', '5:32']]);
    expect(f[0].suggestions?.[0].edits[0]).toMatchObject({ text: '' });
  });

  it('ignores short lines, bylines and web debris', () => {
    const text = 'Tập huấn kỹ năng cho cán bộ\n\nẢnh: Thu Hà.\n\nLớp học có nhiều nội dung mới và bổ ích.\n\nẢnh: Thu Hà.\n\nChia sẻ bài viết\n\nChia sẻ bài viết\n\nHoàng Lan';
    expect(check(text, R)).toEqual([]);
  });

  it('lets a radio script greet its listeners twice, but not repeat a longer exclamation', () => {
    const greeting = 'Kính thưa quý thính giả!';
    const text = `Xã Quỳnh Lâm tập huấn trồng nấm rơm\n\n${greeting}\n\nChiều 14-10, Hội Phụ nữ xã Quỳnh Lâm mở lớp tập huấn trồng nấm rơm cho 35 hội viên.\n\n${greeting}\n\nLớp học kết thúc vào cuối ngày.`;
    expect(check(text, R)).toEqual([]);
    const cheer = 'Chúc mừng các học viên đã hoàn thành tốt khóa học bổ ích này!';
    const twice = `Xã Quỳnh Lâm tập huấn trồng nấm rơm\n\n${cheer}\n\nLớp học kết thúc vào cuối ngày.\n\n${cheer}`;
    expect(check(twice, R).map((x) => [x.message, x.at])).toEqual([['Dòng này lặp lại nguyên văn dòng 3.', '7:1']]);
  });

  it('removes the repeated caption of the sample draft', () => {
    const seed = readFileSync(new URL('../fixtures/seeds/004_6ff4995a71d100fd.txt', import.meta.url), 'utf8');
    const f = check(seed, R);
    expect(f.map((x) => x.at)).toEqual(['11:1', '23:1']);
    const out = fixed(seed, R);
    expect(out.split('Bùi Văn Bia phát biểu bế giảng lớp học.').length).toBe(2);
    expect(out.split('trao chứng chứng nhận cho đại diện học viên các huyện.').length).toBe(2);
    expect(check(out, R)).toEqual([]);
  });
});
