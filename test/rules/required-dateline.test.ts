import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, SPARSE } from '../core/structure-fixtures.js';

const RULE = 'required-dateline';
const MESSAGE = 'Thiếu thời gian: đoạn mở đầu cần nêu ngày, tháng diễn ra sự kiện, ví dụ “Sáng ngày 12-9, …”.';

function draft(lead: string): string {
  return `Hội Nông dân huyện tập huấn kỹ thuật trồng lúa\n\n${lead}\n\nCác học viên được hướng dẫn cách bón phân hợp lý.\n\nThu Trang\n`;
}

describe('required-dateline', () => {
  it('takes the date before an event told in the passive, the learners its subject', () => {
    expect(check(draft('Chiều 14-3, 80 hội viên nông dân đã được tập huấn kỹ thuật bón phân do Hội Nông dân huyện tổ chức.'), RULE)).toEqual([]);
    expect(check(draft('Ngày 14/3, lớp học kỹ thuật được khai giảng tại hội trường xã cho 80 hội viên.'), RULE)).toEqual([]);
    // a plan is not the event
    expect(check(draft('Chiều 14-3, 80 hội viên nông dân sẽ được tập huấn kỹ thuật bón phân.'), RULE).map((f) => f.message)).toEqual([MESSAGE]);
  });
  it.each([
    ['a preamble citing a dated plan', 'Thực hiện Kế hoạch số 31-KH/HU ngày 8/1/2024 của Huyện ủy về công tác khuyến nông năm 2024.', 'Ngày 14/3/2024, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.'],
    ['a one-sentence summary', 'Tám mươi hội viên nông dân được tập huấn kỹ thuật trồng lúa chất lượng cao.', 'Sáng 14-3, Hội Nông dân huyện tổ chức lớp học tại hội trường xã.'],
  ])('finds the date of the event in the paragraph after %s', (_, lead, next) => {
    const text = `Hội Nông dân huyện tập huấn kỹ thuật trồng lúa\n\n${lead}\n\n${next}\n\nThu Trang\n`;
    expect(check(text, RULE)).toEqual([]);
  });

  it.each([
    ['a period', 'Ảnh: Hoàng Lan.'],
    ['initials in brackets', '(Ảnh: H.L.)'],
  ])('finds the date after a summary and long photo captions ending with a credit (%s)', (_, credit) => {
    const caption = `Mô hình trình diễn giống lúa chịu hạn trên cánh đồng mẫu lớn của hợp tác xã nông nghiệp thôn Đông, vụ đông xuân năm nay. ${credit}`;
    const text = `Hội Nông dân huyện tập huấn kỹ thuật trồng lúa\n\nTám mươi hội viên nông dân được tập huấn kỹ thuật trồng lúa chất lượng cao.\n\n${caption}\n\n${caption}\n\nNgày 14/3, Hội Nông dân huyện tổ chức lớp học tại hội trường xã.\n\nThu Trang\n`;
    expect(check(text, RULE)).toEqual([]);
  });

  it('takes the days after “diễn ra” when the event is the subject, in the lead or the paragraph going on from it', () => {
    const lead = 'Hội Nông dân huyện phối hợp với Trạm Khuyến nông mở lớp tập huấn kỹ thuật trồng lúa cho hội viên.';
    expect(check(`Hội Nông dân huyện tập huấn kỹ thuật trồng lúa\n\n${lead}\n\nLớp học diễn ra từ ngày 4 đến 6-3 tại hội trường xã, với 80 học viên.\n\nThu Trang\n`, RULE)).toEqual([]);
    expect(check(draft(`${lead} Buổi tập huấn diễn ra chiều 14/3 tại nhà văn hóa thôn Đông.`), RULE)).toEqual([]);
    // the days of a campaign are not the class's
    expect(check(draft(`${lead} Đợt ra quân diễn ra từ ngày 4 đến 6-3 tại các thôn.`), RULE).map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('takes the date of a news dateline after the place and a comma, a dash before the story', () => {
    expect(check(draft('Quảng Trị, 14-6-2013 - Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.'), RULE)).toEqual([]);
    expect(check(draft('Quảng Trị, ngày 14/6/2013 – Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.'), RULE)).toEqual([]);
    // the place with no date, or a date with no dash after it (a count, a range of pages), is none
    expect(check(draft('Quảng Trị - Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.'), RULE).map((f) => f.message)).toEqual([MESSAGE]);
    expect(check(draft('Hội Nông dân huyện, 14-6 hội viên tổ chức tập huấn cho nhau.'), RULE).map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('does not take the date of a cited document for the event', () => {
    const text =
      'Hội Nông dân huyện tập huấn kỹ thuật trồng lúa\n\nThực hiện Quyết định 204/QĐ-UBND ngày 9/2/2024 của UBND huyện, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.\n\nCác học viên được hướng dẫn cách bón phân. Quyết định 310/QĐ-SNN ngày 2/3/2024 cũng được phổ biến.\n\nThu Trang\n';
    expect(check(text, RULE).map((f) => f.message)).toEqual([MESSAGE]);
  });

  it.each([
    'Sáng ngày 12-9, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Chiều 19-8-2022, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Ngày 4/6/2021, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    '(Đài Yên Thành) Sáng 3-4, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'BDK.VN - Chiều 19-8, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    '(Baothanhhoa.vn) - Sáng 24/9, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'CTTĐT - Ngày 8/7, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Trong 2 ngày 14-15/12, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Ngày 19 và 25/7/2019, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Sáng 21.10, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Sáng ngày 12 tháng 9 năm 2024, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    '12-9: Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Trong 2 ngày (19-20/3), Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Thứ Hai (12/9), Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Sáng thứ Năm, ngày 14-3, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Sáng ngày mùng 5-9, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Sáng nay (12-9), Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên vào sáng ngày 12-9.',
    'Trong 3 ngày (từ 5 - 7/3), Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Trong thời gian từ ngày 2-10 đến ngày 6-10, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Hội Nông dân huyện mở lớp tập huấn cho 80 hội viên. Từ ngày 11/4/2024 đến ngày 13/4/2024, học viên được học ba chuyên đề.',
    // the days of a span right after the verb that organised the class
    'Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên trong 2 ngày 16 và 17/5.',
  ])('accepts the lead “%s”', (lead) => {
    expect(check(draft(lead), RULE)).toEqual([]);
  });

  it.each([
    'Sáng nay, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Vừa qua, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.',
    'Hội Nông dân huyện vừa tổ chức tập huấn năm 2024 cho 80 hội viên.',
    'Thực hiện Kế hoạch số 12/KH-HND, ngày 10/3/2024 của Hội Nông dân tỉnh, Hội Nông dân huyện tổ chức tập huấn.',
  ])('reports the lead “%s”', (lead) => {
    const found = check(draft(lead), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(MESSAGE);
    expect(found[0].at).toBe('3:1');
  });

  it('does not take the page date line for the dateline', () => {
    const text = 'Tập huấn công tác bầu cử cho tổ bầu cử\n\n12-09-2023 255\n\nSáng nay, Ủy ban bầu cử huyện tổ chức tập huấn cho 150 thành viên tổ bầu cử.\n\nHọc viên được hướng dẫn kiểm phiếu.\n\nLan Chi\n';
    expect(check(text, RULE).map((f) => f.at)).toEqual(['5:1']);
  });

  it('takes a date told with the event’s clock time for the dateline, not a page’s time stamp', () => {
    for (const lead of ['Vào lúc 8h30 sáng 12-9, Hội Nông dân huyện tổ chức lớp tập huấn cho 60 hội viên.', 'Sáng 12-9, lúc 8h30, Hội Nông dân huyện tổ chức lớp tập huấn cho 60 hội viên.']) {
      expect(check(draft(lead), RULE)).toEqual([]);
    }
    expect(check(draft('Cập nhật 8h30 ngày 12/9/2024. Hội Nông dân huyện tổ chức lớp tập huấn cho 60 hội viên.'), RULE)).toHaveLength(1);
  });

  it('points after the source tag and offers a dateline snippet there', () => {
    const text = draft('(Đài Kỳ Anh) Vừa qua, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.');
    const [f] = findings(text, RULE);
    expect(text.slice(f.start, f.end)).toBe('Vừa qua');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions).toEqual([
      { messageId: 'insert', edits: [{ start: f.start, end: f.start, text: '${1|Sáng ngày,Chiều ngày,Ngày|} ${2:dd-mm}, ' }], snippet: true },
    ]);
  });

  it.each([
    ['a page time stamp', '06/05/2025 14:20 Chiều 6-5, Đoàn Thanh niên xã mở lớp kỹ năng cứu đuối cho 40 đoàn viên.'],
    ['a stamp with a bar', '14:20 | 06/05/2025 Chiều 6-5, Đoàn Thanh niên xã mở lớp kỹ năng cứu đuối cho 40 đoàn viên.'],
    ['a player counter', '00:00 / 02:47 Chiều 6-5, Đoàn Thanh niên xã mở lớp kỹ năng cứu đuối cho 40 đoàn viên.'],
    ['a relative time', '2 giờ trước Chiều 6-5, Đoàn Thanh niên xã mở lớp kỹ năng cứu đuối cho 40 đoàn viên.'],
  ])('reads the lead with the page debris glued to its start taken out (%s)', (_, lead) => {
    expect(check(draft(lead), RULE)).toEqual([]);
  });

  it('points after the page debris glued to the lead, and after the source tag behind it', () => {
    const text = draft('Lượt xem: 2.310 (Đài Hải Hà) Vừa qua, Đoàn Thanh niên xã mở lớp kỹ năng cứu đuối cho 40 đoàn viên.');
    const [f] = findings(text, RULE);
    expect(f.suggestions?.[0].edits[0].start).toBe(text.indexOf('Vừa qua'));
  });

  it('offers the dateline before the organiser when a preamble clause opens the lead', () => {
    const text = draft('Thực hiện Kế hoạch số 12-KH/HND của Hội Nông dân tỉnh, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.');
    const [f] = findings(text, RULE);
    const at = text.indexOf(', Hội Nông dân huyện') + 2;
    expect(f.suggestions?.[0].edits).toEqual([{ start: at, end: at, text: '${1|sáng ngày,chiều ngày,ngày|} ${2:dd-mm}, ' }]);
  });

  it('offers the dateline at the start of a lead opening with a short time phrase', () => {
    const text = draft('Trong tuần qua, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên.');
    const [f] = findings(text, RULE);
    expect(f.suggestions?.[0].edits[0].start).toBe(text.indexOf('Trong tuần qua'));
  });

  it('says it in English too', () => {
    const found = check(draft('Vừa qua, Hội Nông dân huyện tổ chức tập huấn.'), RULE, {}, 'en');
    expect(found[0].message).toBe('Missing dateline: the lead must give the day and month of the event, e.g. “Sáng ngày 12-9, …”.');
  });

  it('finds the dateline in complete drafts and reports the sparse one', () => {
    expect(check(COMPLETE, RULE)).toEqual([]);
    expect(check(COMPLETE_PRESS, RULE)).toEqual([]);
    expect(check(SPARSE, RULE)).toHaveLength(1);
  });
});
