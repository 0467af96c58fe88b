import { describe, expect, it } from 'vitest';
import { check, fixed, findings } from '../helpers/lint.js';
import { source, after, story } from '../helpers/marked.js';
import { markedCases } from '../helpers/marked-cases.js';
import { dateLookAlikes } from '../helpers/date-look-alikes.js';
import { setParagraphMemos } from '../../server/src/core/paragraph-memo.js';

const R = 'date-format';

describe('date-format: one style per draft', () => {
  it('flags the minority style with a fix to the majority', () => {
    const text = 'Sáng 5-3, Hội Nông dân xã mở lớp tập huấn.\nLớp học kéo dài đến ngày 7-3.\nChiều 8/3, các học viên đi thực tế.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Ngày “8/3” viết bằng gạch chéo, khác kiểu gạch ngang (12-9) dùng trong phần lớn bài.', at: '3:7', text: '8/3' },
    ]);
    expect(fixed(text, R)).toBe(text.replace('8/3', '8-3'));
  });

  it('holds a digit date to the words of a draft that writes its dates in words', () => {
    const text = 'Ngày 13 tháng 5, Hội Nông dân xã mở lớp tập huấn. Lớp học kéo dài đến ngày 15 tháng 5.\nCác chi hội báo cáo kết quả trước 20-6.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Ngày “20-6” viết bằng số, khác kiểu viết chữ (ngày 12 tháng 9) dùng trong phần lớn bài; hãy viết “ngày 20 tháng 6”.', at: '2:35', text: '20-6' },
    ]);
    expect(fixed(text, R)).toBe(text.replace('20-6', 'ngày 20 tháng 6'));
    // after "ngày" the words keep it once, and a year goes into words too
    const dated = 'Ngày 13 tháng 5, Hội Nông dân xã mở lớp tập huấn. Lớp học kéo dài đến ngày 15 tháng 5. Các chi hội tổng kết vào ngày 30/6/2025.';
    expect(fixed(dated, R)).toBe(dated.replace('30/6/2025', '30 tháng 6 năm 2025'));
    // one date in words against one digit date: the first date breaks the tie, as between hyphens and slashes
    const lead = 'Ngày 13 tháng 5 năm 2025, Hội Nông dân xã mở lớp tập huấn. Các chi hội báo cáo trước ngày 20/6.';
    expect(check(lead, R).map((f) => f.message)).toEqual(['Ngày “20/6” viết bằng số, khác kiểu viết chữ (ngày 12 tháng 9) dùng trong phần lớn bài; hãy viết “20 tháng 6”.']);
    expect(fixed(lead, R)).toBe(lead.replace('20/6', '20 tháng 6'));
    expect(check('Sáng 12-5, Hội Nông dân xã mở lớp tập huấn. Các chi hội báo cáo trước ngày 20 tháng 6.', R)).toEqual([]);
    // a document's date it cites goes into words too (the document dates its own header so)
    const cited = 'Ngày 11 tháng 4 năm 2024, Huyện ủy mở lớp quán triệt Chỉ thị số 05-CT/TW ngày 09/6/2016 của Bộ Chính trị.';
    expect(check(cited, R).map((f) => f.message)).toEqual(['Ngày “09/6/2016” viết bằng số, khác kiểu viết chữ (ngày 12 tháng 9) dùng trong phần lớn bài; hãy viết “9 tháng 6 năm 2016”.']);
    expect(fixed(cited, R)).toBe(cited.replace('09/6/2016', '9 tháng 6 năm 2016'));
    // one date in words among more digit dates is the full form DATE-01 allows, no style of the draft
    expect(check('Ngày 13 tháng 5, Hội Nông dân xã mở lớp tập huấn. Các chi hội báo cáo trước 20-6, tổng kết vào ngày 30-6.', R)).toEqual([]);
  });

  it('holds a month of a year to the words of a draft that writes its dates in words, not a quarter (HYG25)', () => {
    const text = 'Ngày 4 tháng 3 năm 2024, Hội Phụ nữ xã mở lớp dạy nghề đan lát. Lớp thứ hai sẽ mở vào tháng 9/2024, lớp thứ ba trong quý IV-2024.';
    expect(check(text, R)).toEqual([
      { rule: R, message: '“9/2024” viết bằng số, khác kiểu viết chữ (ngày 12 tháng 9 năm 2024) dùng trong phần lớn bài; hãy viết “9 năm 2024”.', at: '1:93', text: '9/2024' },
    ]);
    expect(fixed(text, R)).toBe(text.replace('9/2024', '9 năm 2024'));
    expect(fixed(fixed(text, R), R)).toBe(fixed(text, R));
    // a dot period goes into words too; in a draft of digit dates a period keeps the digits
    expect(fixed('Ngày 4 tháng 3 năm 2024, Hội Phụ nữ xã mở lớp. Lớp sau mở vào tháng 09.2024.', R)).toBe('Ngày 4 tháng 3 năm 2024, Hội Phụ nữ xã mở lớp. Lớp sau mở vào tháng 9 năm 2024.');
    expect(check('Sáng 4-3-2024, Hội Phụ nữ xã mở lớp. Lớp sau mở vào tháng 9-2024.', R)).toEqual([]);
  });

  it('reads the day and month right after a named day as a date', () => {
    const text = 'Sáng 5-6, Đoàn xã ra quân dọn rác hưởng ứng Ngày Môi trường thế giới 5/6, chiều 6-6 trồng cây. Dịp kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam 22/12, đoàn viên thăm hỏi cựu chiến binh.';
    expect(check(text, R).map((f) => f.text)).toEqual(['5/6', '22/12']);
    expect(fixed(text, R)).toBe(text.replace('5/6', '5-6').replace('22/12', '22-12'));
    // a name without a capital, or a mark between, names no day: a score stays a score
    expect(check('Sáng 5-6, trong ngày thi đấu đội xã thắng 2/1. Ngày hội, đội Tân Lập thắng 3/1.', R)).toEqual([]);
  });

  it('gives the English message', () => {
    const text = 'Ngày 2/4/2024, lớp khai giảng. Ngày 5/4/2024, lớp bế giảng. Sáng 6-4, đoàn trở về.';
    expect(check(text, R, {}, 'en').map((s) => s.message)).toEqual(['The date “6-4” uses a hyphen; most of the draft uses slashes (12/9).']);
  });

  it('follows the configured style', () => {
    const text = 'Sáng 12-9, Huyện ủy tổ chức hội nghị.';
    expect(check(text, R, { dateStyle: 'slash' }).map((s) => s.message)).toEqual([
      'Ngày “12-9” viết bằng gạch ngang; cấu hình yêu cầu kiểu gạch chéo (12/9).',
    ]);
    expect(fixed('Sáng 12-9-2023, lớp học khai giảng.', R, { dateStyle: 'slash' })).toBe('Sáng 12/9/2023, lớp học khai giảng.');
    expect(check(text, R, { dateStyle: 'hyphen' })).toEqual([]);
  });

  it('reads a dot date that closes a range of days, or carries its year, as a date', () => {
    const text = 'Sáng 3-6, lớp học khai giảng. Lớp học diễn ra từ ngày 3 đến 5.6. Đợt hai học ngày 9 và 10.6, đợt ba trong 2 ngày (từ 12 đến 13.6), đợt bốn từ 14.6.2025 – 15.6.2025.';
    expect(check(text, R).map((s) => s.text)).toEqual(['5.6', '10.6', '13.6', '14.6.2025', '15.6.2025']);
    expect(fixed(text, R)).toBe('Sáng 3-6, lớp học khai giảng. Lớp học diễn ra từ ngày 3 đến 5-6. Đợt hai học ngày 9 và 10-6, đợt ba trong 2 ngày (từ 12 đến 13-6), đợt bốn từ 14-6-2025 – 15-6-2025.');
    // numbers stay numbers: a score, a decimal, thousands
    expect(check('Kinh phí tăng từ 2 đến 3.5 tỷ đồng, đạt 1.250 học viên, tỷ lệ 12.5%.', R)).toEqual([]);
  });

  it('reads a dotted pair of days in brackets, and a dotted first day of a range that closes on a date, as dates', () => {
    const text = 'Sáng 3/6, lớp học khai giảng. Lớp học kéo dài 2 ngày (20 và 21.6). Trong dịp hè, từ 5.6 đến 20/8, Huyện đoàn mở lớp dạy bơi.';
    expect(check(text, R).map((s) => s.text)).toEqual(['21.6', '5.6']);
    expect(fixed(text, R)).toBe('Sáng 3/6, lớp học khai giảng. Lớp học kéo dài 2 ngày (20 và 21/6). Trong dịp hè, từ 5/6 đến 20/8, Huyện đoàn mở lớp dạy bơi.');
    // a range of numbers closes on a number, not a date
    expect(check('Sáng 3/6, giá lúa tăng từ 6.5 đến 7.2 nghìn đồng, lãi suất giảm từ 1.5 đến 2 điểm.', R)).toEqual([]);
    // a range of days after “N ngày,”: its dotted close is a date; a score after “ngày” and other words is not
    expect(check('Sáng 3/6, khai giảng lớp học. Trong 3 ngày, từ 26 đến 28.6, học viên thực hành.', R).map((f) => f.text)).toEqual(['28.6']);
    expect(check('Sáng 3/6, khai giảng lớp học. Sau 10 ngày, điểm tăng từ 6 đến 6.5 nhờ ôn tập.', R)).toEqual([]);
  });

  it('ignores metadata lines, document numbers, scores and times', () => {
    const text = [
      'Hội nghị quán triệt nghị quyết',
      '',
      '20/09/2023 10:15',
      '',
      'Sáng 20-9, Đảng ủy xã quán triệt Nghị quyết số 18-NQ/TW và Nghị định số 30/2020/NĐ-CP.',
      'Trận giao hữu kết thúc với tỷ số 1-2 lúc 17:59, khoảng 3/4 đại biểu ở lại.',
      'Ngày 21-9, buổi học bắt đầu lúc 7.30, phòng 2-3, theo Công văn số: 12/5 và Số 3-4.',
    ].join('\n');
    expect(check(text, R)).toEqual([]);
  });

  it('skips a publication line the parser left in the story', () => {
    expect(check('Tin thể thao\n\nCập nhật 07:12 ngày 17/01/2025\n\nSáng 16/1, hai đội gặp nhau.', R)).toEqual([]);
  });

  it('lets holidays keep the hyphen in a slash draft', () => {
    const text = 'Sáng 28/8, Đoàn xã tổ chức tập huấn chào mừng Quốc khánh 2-9. Ngày 29/8, lớp bế giảng.';
    expect(check(text, R)).toEqual([]);
  });

  it('does not rewrite a range to the other style automatically', () => {
    const text = 'Ngày 3-5, lớp khai giảng. Ngày 9-5, lớp bế giảng. Trong 2 ngày 14-15/5, học viên đi thực tế.';
    const f = findings(text, R);
    expect(f.map((x) => x.messageId)).toEqual(['mixedHyphen']);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].suggestions?.[0].edits[0].text).toBe('14-15-5');
  });
});

describe('date-format: leading zeros, dots, ranges', () => {
  it('removes leading zeros of day and month', () => {
    const text = 'Ngày 05/09/2024, Ban Dân vận huyện mở lớp bồi dưỡng.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Ngày tháng trong bài không viết số 0 ở đầu: “05/09/2024” → “5/9/2024”.', at: '1:6', text: '05/09/2024' },
    ]);
    expect(fixed(text, R)).toBe('Ngày 5/9/2024, Ban Dân vận huyện mở lớp bồi dưỡng.');
    expect(fixed(fixed(text, R), R)).toBe('Ngày 5/9/2024, Ban Dân vận huyện mở lớp bồi dưỡng.');
  });

  it('keeps the form of a cited document date', () => {
    expect(check('Hội nghị quán triệt Chỉ thị số 05-CT/TW ngày 09/6/2016 của Bộ Chính trị.', R)).toEqual([]);
    // a comma after the number, a lower-case letter in the issuer's code ("TTg")
    expect(check('Hội nghị quán triệt Kết luận số 07-KL/HU, ngày 03/8/2021 của Huyện ủy.', R)).toEqual([]);
    expect(check('Lớp học thực hiện Quyết định số 15/QĐ-TTg ngày 06/01/2022 của Thủ tướng.', R)).toEqual([]);
  });

  it('warns on dot dates and fixes them to the draft style', () => {
    const text = 'Sáng 17.10, Hội Phụ nữ tỉnh tập huấn kỹ năng. Chiều 18-10, lớp học kết thúc.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Ngày “17.10” viết bằng dấu chấm dễ nhầm với số; hãy viết “17-10”.', at: '1:6', text: '17.10' },
    ]);
    expect(fixed(text, R)).toBe(text.replace('17.10', '17-10'));
  });

  it('offers both styles for a lone dot date and never reads numbers as dates', () => {
    const f = findings('Ngày 19.10, hơn 1.200 cán bộ tham dự, đạt 9.5 điểm.', R);
    expect(f.map((x) => x.messageId)).toEqual(['dotNoStyle']);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].suggestions?.map((s) => s.edits[0].text)).toEqual(['19-10', '19/10']);
  });

  it('fixes a half-spaced range', () => {
    const text = 'Trong 2 ngày 15 -16/9, Ban Tuyên giáo mở lớp.';
    expect(check(text, R).map((s) => [s.message, s.at])).toEqual([
      ['Khoảng ngày “15 -16/9” có dấu cách ở một bên dấu gạch; hãy viết “15-16/9”.', '1:14'],
    ]);
    expect(fixed(text, R)).toBe('Trong 2 ngày 15-16/9, Ban Tuyên giáo mở lớp.');
  });

  it('follows spaced ranges of the draft', () => {
    const text = 'Lớp học từ 4 - 7/6/2024 và đợt hai từ ngày 10- 12/6/2024.';
    expect(fixed(text, R)).toBe('Lớp học từ 4 - 7/6/2024 và đợt hai từ ngày 10 - 12/6/2024.');
  });

  it('warns when a range ends before it starts', () => {
    expect(check('Lớp học diễn ra trong 3 ngày 18-16/9.', R).map((s) => s.message)).toEqual(['Khoảng ngày “18-16/9” kết thúc trước khi bắt đầu.']);
    expect(check('Lớp học diễn ra từ ngày 19 đến ngày 16-8-2024.', R).map((s) => [s.message, s.text])).toEqual([
      ['Khoảng ngày “19 đến ngày 16-8-2024” kết thúc trước khi bắt đầu.', '19 đến ngày 16-8-2024'],
    ]);
    expect(check('Lớp học diễn ra từ ngày 16 đến ngày 19-8-2024.', R)).toEqual([]);
    expect(check('Đợt kiểm tra từ ngày 12-9 đến ngày 7-9 đã kết thúc.', R).map((s) => s.text)).toEqual(['12-9 đến ngày 7-9']);
    expect(check('Đợt kiểm tra từ ngày 28-12 đến ngày 3-1 đã kết thúc.', R)).toEqual([]);
  });

  it('reports a date inside a quotation as information without a fix', () => {
    const f = findings('Chiều 3-4, ông phát biểu: “Từ ngày 05-4, lớp sẽ học tại xã”.', R);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].fix).toBeUndefined();
  });
});

describe('date-format: bracketed dates and dotted periods', () => {
  it('takes the brackets off a date after “ngày”, in the draft’s style', () => {
    const text = 'Chiều ngày (6/5), Đoàn xã mở lớp; đến ngày 9/5 bế giảng.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Ngày “(6/5)” sau chữ “ngày” không đặt trong ngoặc; hãy viết “6/5”.', at: '1:12', text: '(6/5)' },
    ]);
    expect(fixed(text, R)).toBe('Chiều ngày 6/5, Đoàn xã mở lớp; đến ngày 9/5 bế giảng.');
    expect(fixed('Sáng ngày (6/5), lớp khai giảng; chiều 7-5 thi.', R)).toBe('Sáng ngày 6-5, lớp khai giảng; chiều 7-5 thi.');
  });

  it('writes a quarter or month of a year with the draft’s separator', () => {
    const text = 'Kế hoạch quý III.2025 và tháng 10.2025 được thông qua ngày 2-9-2025.';
    expect(check(text, R, {}, 'en').map((f) => [f.text, f.message])).toEqual([
      ['III.2025', '“III.2025” uses a dot and reads like a number; write “III-2025”.'],
      ['10.2025', '“10.2025” uses a dot and reads like a number; write “10-2025”.'],
    ]);
    expect(fixed('Trong quý I.2025, huyện mở ba lớp.', R)).toBe('Trong quý I/2025, huyện mở ba lớp.');
  });

  it('writes a month or quarter of a year with a slash or hyphen in the style of the draft’s dates (issue 13)', () => {
    const text = 'Sáng 5-11, Hội Nông dân huyện họp. Từ tháng 10/2025, huyện mở ba lớp; ngày 7-11 bế giảng.';
    expect(check(text, R)).toEqual([
      { rule: R, message: '“10/2025” dùng dấu phân cách khác kiểu ngày tháng của bài; hãy viết “10-2025”.', at: '1:45', text: '10/2025' },
    ]);
    expect(fixed(text, R)).toBe(text.replace('10/2025', '10-2025'));
    expect(check(fixed(text, R), R)).toEqual([]);
    expect(fixed('Chiều 6/5, xã tổng kết quý I-2025 và tháng 4-2025.', R)).toBe('Chiều 6/5, xã tổng kết quý I/2025 và tháng 4/2025.');
    // no date sets a style: a period alone, or periods of both kinds, are left as written
    for (const alone of ['Từ tháng 10/2025, huyện mở ba lớp.', 'Từ tháng 9-2025 đến tháng 10/2025, huyện mở ba lớp.', 'Sáng 5-11, huyện ban hành Nghị định số 12/2025/NĐ-CP.']) {
      expect(check(alone, R), alone).toEqual([]);
    }
  });

  it('writes a day range of a dot or bracketed date in the draft’s style, never as one date of three parts (issue 13)', () => {
    // hyphen draft: "12-15-11" would read as day-month-year; the range's dash is spaced
    const hyphen = 'Sáng 5-11, Hội Cựu chiến binh huyện họp. Lớp tập huấn diễn ra từ ngày 12-15.11 tại hội trường xã.';
    expect(check(hyphen, R)).toEqual([
      { rule: R, message: 'Ngày “12-15.11” viết bằng dấu chấm dễ nhầm với số; hãy viết “12 - 15-11”.', at: '1:71', text: '12-15.11' },
    ]);
    expect(fixed(hyphen, R)).toBe(hyphen.replace('12-15.11', '12 - 15-11'));
    expect(check(fixed(hyphen, R), R)).toEqual([]);
    // slash draft: the range stays tight
    expect(fixed('Sáng 5/11, Hội Cựu chiến binh huyện họp. Lớp học diễn ra từ ngày 12–15.11.2025.', R)).toBe(
      'Sáng 5/11, Hội Cựu chiến binh huyện họp. Lớp học diễn ra từ ngày 12–15/11/2025.',
    );
    // no style yet: both offered, the hyphen one spaced
    expect(findings('Lớp học diễn ra từ ngày 12-15.11 tại xã.', R)[0].suggestions?.map((x) => x.edits[0].text)).toEqual(['12 - 15-11', '12-15/11']);
    // a bracketed range after "ngày": one finding, its fix in the draft's style
    const bracketed = 'Sáng 5-11, Hội Cựu chiến binh huyện họp. Chiều ngày (12-15/11), các hội viên đi thực tế.';
    expect(check(bracketed, R).map((f) => f.message)).toEqual(['Ngày “(12-15/11)” sau chữ “ngày” không đặt trong ngoặc; hãy viết “12 - 15-11”.']);
    expect(fixed(bracketed, R)).toBe(bracketed.replace('(12-15/11)', '12 - 15-11'));
    expect(fixed('Sáng 5/11, hội viên họp. Chiều ngày (12-15/11), các hội viên đi thực tế.', R)).toBe('Sáng 5/11, hội viên họp. Chiều ngày 12-15/11, các hội viên đi thực tế.');
  });

  it('leaves brackets after other words and numbers that are not periods alone', () => {
    for (const text of ['Đợt học (6/5 – 9/5) có 40 người.', 'Lớp học diễn ra trong 4 ngày (17-20/9) tại hội trường.', 'Lớp học kéo dài hai ngày (6/5 và 7/5).', 'Hội nghị diễn ra trong một ngày (8/11).', 'Quý 6.2025 không có; tháng 13.2025 cũng không.', 'Kinh phí 1.2025 tỷ đồng.', 'Các ngày (trừ thứ Bảy) đều học.']) {
      expect(check(text, R), text).toEqual([]);
    }
  });
});

describe('date-format: fresh dot dates and bracketed dates after “ngày”, and numbers that look like them (HYG16)', () => {
  const head = 'Huyện đoàn tập huấn kỹ năng chuyển đổi số\n\nSáng 12/3, Huyện đoàn tổ chức tập huấn cho 60 đoàn viên.\n\n';
  const draft = (s: string): string => `${head}${s}\n\nMinh Thư\n`;
  it.each([
    ['Lớp học kéo dài đến ngày 14.3 mới kết thúc.', 'Lớp học kéo dài đến ngày 14/3 mới kết thúc.'],
    ['Huyện sẽ mở lớp tiếp theo vào quý II.2025.', 'Huyện sẽ mở lớp tiếp theo vào quý II/2025.'],
    ['Chiều ngày (13/3), các học viên làm bài kiểm tra.', 'Chiều ngày 13/3, các học viên làm bài kiểm tra.'],
    ['Trước đó, ngày 20.2, Huyện đoàn đã ban hành kế hoạch.', 'Trước đó, ngày 20/2, Huyện đoàn đã ban hành kế hoạch.'],
    ['Lớp học thứ hai dự kiến mở vào tháng 5.2025.', 'Lớp học thứ hai dự kiến mở vào tháng 5/2025.'],
    ['Hạn nộp bài thu hoạch là ngày 30.3.2025.', 'Hạn nộp bài thu hoạch là ngày 30/3/2025.'],
    ['Chiều ngày 13-3, các học viên làm bài kiểm tra.', 'Chiều ngày 13/3, các học viên làm bài kiểm tra.'],
    ['Ngày (15/3) tới, huyện tổng kết lớp học.', 'Ngày 15/3 tới, huyện tổng kết lớp học.'],
  ])('“%s” → “%s” (the draft’s own style)', (s, out) => {
    expect(check(draft(s), R).length).toBeGreaterThan(0);
    expect(fixed(draft(s), R)).toBe(draft(out));
  });

  it('leaves document numbers, decimals, versions, phone numbers, times and spans alone', () => {
    for (const s of [
      'Lớp học theo Kế hoạch số 12-KH/HĐ ngày 5/3/2025.',
      'Học viên học phiên bản 2.1 của ứng dụng.',
      'Số điện thoại đường dây nóng là 0912.345.678.',
      'Tài liệu gồm các mục 1.2, 1.3 và 2.1 của giáo trình.',
      'Giai đoạn 2021 - 2025, huyện đã mở 20 lớp.',
      'Lớp học diễn ra trong 2 ngày (13 và 14/3).',
      'Ngày hội diễn ra vào dịp 26/3 hằng năm.',
      'Chương trình Chuyển đổi số 4.0 được triển khai từ năm 2023.',
    ]) expect(check(draft(s), R), s).toEqual([]);
  });
});

describe('date-format: dot, bracketed and zero-led dates reporters write, and numbers that look like dates (HYG17, issue 13)', () => {
  const RULE = R;
  // ⟦written→fixed⟧ in a draft whose dates are hyphenated (its lead: “Sáng 12-3”)
  const bad: string[] = [
    'Trước đó, ngày ⟦14.3→14-3⟧, Huyện Đoàn đã tổ chức họp chuẩn bị.',
    'Lớp học thực hiện kế hoạch của Tỉnh Đoàn trong quý ⟦II.2011→II-2011⟧.',
    'Chiều ngày ⟦(13/3)→13-3⟧, các học viên thực hành tại sân vận động.',
    'Lớp học thứ hai sẽ khai giảng vào ngày ⟦05-4→5-4⟧ tới.',
    'Kế hoạch được ban hành ngày ⟦07-02-2011→7-2-2011⟧.',
    'Lớp học khai giảng ngày 12-3 và bế giảng ngày ⟦14/3→14-3⟧.',
    'Các học viên nộp bài thu hoạch trước ngày ⟦20.3.2011→20-3-2011⟧.',
    'Trước đó, sáng ⟦(10/3)→10-3⟧, Ban Thường vụ Huyện Đoàn đã họp.',
    'Chương trình được triển khai từ tháng ⟦03/2011→3-2011⟧.',
    'Đợt hai sẽ diễn ra vào ngày ⟦9.4→9-4⟧ tại xã Hợp Thành.',
    'Kết quả lớp học được báo cáo về Tỉnh Đoàn trước ngày ⟦25/03→25-3⟧.',
    'Trước đó, ngày ⟦10/3/2011→10-3-2011⟧, Huyện Đoàn đã ban hành kế hoạch.',
    'Lớp học diễn ra hai ngày, từ ngày ⟦12.3→12-3⟧ đến ngày 13-3.',
    'Tối ⟦(12/3)→12-3⟧, các học viên giao lưu văn nghệ với đoàn viên xã.',
    'Hạn cuối đăng ký tham gia lớp học là ngày ⟦08-3→8-3⟧.',
  ];
  const good: string[] = [
    'Mỗi học viên được hỗ trợ 1.5 triệu đồng tiền ăn.',
    'Lớp học thực hiện theo Nghị định 30/2020/NĐ-CP về công tác văn thư.',
    'Đến nay đã có 12/15 xã, thị trấn cử học viên tham dự.',
    'Kết quả có 3/4 số học viên đạt loại giỏi.',
    'Chương trình nằm trong kế hoạch giai đoạn 2011-2015.',
    'Lớp học thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.',
    'Điểm trung bình của các học viên đạt 8.5 điểm.',
    'Học viên ôn lại mục 1.2 và mục 2.3 của tài liệu.',
    'Tổ 2.3 của lớp gồm tám học viên đến từ xã Hợp Thành.',
    'Ứng dụng phiên bản 2.0 được giới thiệu cho các học viên.',
    'Tỷ lệ đoàn viên tham gia đạt 95.5% so với kế hoạch.',
    'Lớp học diễn ra trong 2 ngày (12 và 13-3).',
    'Chương trình áp dụng cho năm học 2010-2011.',
    'Nhiều đoàn viên sinh năm 1990, 1991 tham gia lớp học.',
    'Số điện thoại đường dây nóng của Huyện Đoàn là 0238.3868.123.',
  ];


  markedCases(RULE, bad, good);

  it('names the time of day a bracketed date follows', () => {
    const text = story('Tối (12/3), các học viên giao lưu văn nghệ với đoàn viên xã.');
    expect(check(text, R).map((f) => f.message)).toEqual(['Ngày “(12/3)” sau chữ “tối” không đặt trong ngoặc; hãy viết “12-3”.']);
    expect(check(text, R, {}, 'en').map((f) => f.message)).toEqual(['The date “(12/3)” after “tối” takes no brackets; write “12-3”.']);
  });

  it('writes a zero-led date of the other style in the draft’s style without its zero, in one fix', () => {
    const text = story('Kết quả được báo cáo về Tỉnh Đoàn trước ngày 25/03.');
    expect(check(text, R).map((f) => f.message)).toEqual([
      'Ngày “25/03” viết bằng gạch chéo, khác kiểu gạch ngang (12-9) dùng trong phần lớn bài.',
      'Ngày tháng trong bài không viết số 0 ở đầu: “25/03” → “25-3”.',
    ]);
    expect(fixed(text, R)).toBe(story('Kết quả được báo cáo về Tỉnh Đoàn trước ngày 25-3.'));
  });
});

describe('date-format: a weekday before the date, a two-digit year (HYG18, issue 13)', () => {
  const bad = [
    'Lớp học khai giảng ngày ⟦12/9/26→12-9-2026⟧, kéo dài ba ngày.',
    'Lớp học khai giảng vào thứ Hai (⟦12/9→12-9⟧), kéo dài ba ngày.',
    'Lớp học khai giảng vào thứ Hai ⟦12.9→12-9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng sáng thứ Hai (⟦12/9→12-9⟧), kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12/9→12-9⟧, bế giảng ngày 14-9.',
    'Lớp học khai giảng ⟦ngày 12.9.2026→ngày 12-9-2026⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12/9/25→12-9-2025⟧ tại hội trường.',
    'Lớp học khai giảng vào thứ Hai ⟦12/9→12-9⟧ tại hội trường.',
    'Lớp học bế giảng vào Chủ nhật (⟦20/9→20-9⟧) tại hội trường.',
    'Lớp học bế giảng vào thứ Bảy, ⟦19/9→19-9⟧ tại hội trường.',
    'Thứ Sáu (⟦18/9→18-9⟧), học viên làm bài kiểm tra cuối khóa.',
    'Lớp học khai giảng ngày ⟦12/09/26→12-9-2026⟧ tại hội trường.',
    'Lớp học khai giảng ngày ⟦1/10/25→1-10-2025⟧ tại hội trường.',
    'Lớp học khai giảng sáng ⟦3.10.26→3-10-2026⟧ tại hội trường.',
    'Lớp học khai giảng thứ Hai, ⟦12/9/26→12-9-2026⟧ tại hội trường.',
    'Kết quả được tổng hợp hôm ⟦5/10/25→5-10-2025⟧ tại văn phòng.',
    'Lớp học diễn ra từ ngày ⟦12/9/26→12-9-2026⟧ đến ngày ⟦14/9/26→14-9-2026⟧.',
    'Lớp học bế giảng Chủ nhật, ⟦20/9→20-9⟧ tại hội trường.',
    'Học viên thực hành ngoài đồng thứ Tư ⟦16/9→16-9⟧.',
    'Học viên kiểm tra cuối khóa thứ Năm (⟦17.9→17-9⟧) tại hội trường.',
    'Lớp học khai giảng (thứ Hai, ⟦12/9→12-9⟧) tại hội trường.',
    'Lớp học khai giảng sáng thứ Ba (⟦15/09→15-9⟧) tại hội trường.',
    'Học viên giao lưu văn nghệ tối thứ Bảy ⟦19.9→19-9⟧.',
    'Lớp học khai giảng ngày ⟦01/9/26→1-9-2026⟧ tại hội trường.',
    'Báo cáo được gửi trước ngày ⟦31/12/25→31-12-2025⟧.',
    'Hội thi diễn ra ngày ⟦8.3.26→8-3-2026⟧ tại nhà văn hóa.',
    'Lớp học khai giảng Thứ Hai (⟦12/9/2026→12-9-2026⟧) tại hội trường.',
    'Đoàn viên ra quân dọn vệ sinh Chủ nhật ⟦20.9→20-9⟧.',
    'Thứ Hai, ⟦12/9→12-9⟧, lớp học khai giảng tại hội trường.',
    'Lớp học bế giảng chiều thứ Sáu (⟦18/9→18-9⟧) tại hội trường.',
  ];
  const good = dateLookAlikes;

  it.each(bad)('%s', (b) => {
    expect(check(story(source(b)), R).length).toBeGreaterThan(0);
    expect(fixed(story(source(b)), R)).toBe(story(after(b)));
    expect(fixed(story(after(b)), R)).toBe(story(after(b)));
  });

  it.each(good)('silent: %s', (b) => {
    expect(check(story(b), R)).toEqual([]);
  });

  it('writes a two-digit year in full, fixing it only for this century', () => {
    const text = story('Lớp học khai giảng ngày 12/9/26 tại hội trường.');
    expect(check(text, R).map((f) => f.message)).toEqual(['Năm trong ngày “12/9/26” chỉ có hai chữ số; hãy viết đủ: “12-9-2026”.']);
    expect(check(text, R, {}, 'en').map((f) => f.message)).toEqual(['The year of “12/9/26” has two digits only; write it in full: “12-9-2026”.']);
    // "98" may be the last century's or a slip: suggested, never fixed
    const old = story('Hợp tác xã được thành lập ngày 12-9-98 với 40 thành viên.');
    expect(findings(old, R).map((f) => [f.fix, f.suggestions?.[0]?.edits[0]?.text])).toEqual([[undefined, '12-9-1998']]);
  });
});

describe('date-format: a re-check reads each paragraph’s dates back (the language server)', () => {
  /** the findings of `text` as a one-shot lint computes them, every paragraph read anew */
  const fresh = (text: string): ReturnType<typeof findings> => {
    setParagraphMemos(false);
    try {
      return findings(text, R);
    } finally {
      setParagraphMemos(true);
    }
  };

  it('moves a remembered paragraph’s dates with it (a two-digit year too)', () => {
    const body = 'Chiều 8/3, các học viên đi thực tế tại xã.\nLớp học mở từ ngày 12 - 14/3, bế mạc sáng (15/3).\nCác chi hội báo cáo trong quý I.2025, trước ngày 05-4.\nHọc viên nộp bài thu hoạch trước ngày 20-4-26.';
    const first = findings(body, R);
    expect(first).toEqual(fresh(body));
    // a line typed above: every paragraph moved, read back at its new place
    const moved = `Sáng 5-3, Hội Nông dân xã mở lớp tập huấn.\n${body}`;
    expect(findings(moved, R)).toEqual(fresh(moved));
    expect(findings(moved, R).map((f) => moved.slice(f.start, f.end))).toEqual(['8/3', '12 - 14/3', '(15/3)', 'I.2025', '05-4', '20-4-26']);
  });

  it('reads the words before a paragraph’s first date where the paragraph now stands', () => {
    // the words before a date opening a paragraph stop at the line break: the same paragraph
    // after another line (its remembered dates read back) is read as a fresh lint reads it
    const a = 'Hội Nông dân xã mở lớp tập huấn sáng\n12-9, các học viên đi thực tế.\nChiều 13/9, lớp học bế mạc.';
    const b = 'Hội Nông dân xã mở lớp tập huấn.\n12-9, các học viên đi thực tế.\nChiều 13/9, lớp học bế mạc.';
    expect(findings(a, R)).toEqual(fresh(a));
    expect(findings(b, R)).toEqual(fresh(b));
    expect(findings(a, R)).toEqual(fresh(a));
    // the same line twice in one draft, in two contexts: each read as it stands
    const twice = `${a}\n${b}`;
    expect(findings(twice, R)).toEqual(fresh(twice));
    expect(findings(twice, R)).toEqual(fresh(twice));
  });

  it('reads each paragraph back the same through a typing session (dates or none, before the edit or after it)', () => {
    // paragraphs without dates, handed back as remembered, and paragraphs with dates, read back
    // where they stood or where an edit moved them: each version as a fresh lint reads it
    const lines = [
      'Hội Phụ nữ huyện tổ chức lớp bồi dưỡng kỹ năng cho cán bộ cơ sở.',
      'Sáng 07/5, lớp học khai giảng tại hội trường Ủy ban nhân dân huyện.',
      'Các học viên được hướng dẫn cách lập kế hoạch hoạt động của chi hội.',
      'Lớp học kéo dài từ ngày 7 - 9/5, kết thúc sáng (10/5).',
      'Cuối khóa, các học viên làm bài thu hoạch và thảo luận nhóm.',
    ];
    let text = lines.join('\n');
    const versions = [
      (t: string) => t.replace('cán bộ cơ sở', 'cán bộ chi hội cơ sở'),
      (t: string) => t.replace('thảo luận nhóm', 'thảo luận theo nhóm'),
      (t: string) => `Chiều 6-5, các học viên có mặt tại huyện.\n${t}`,
      (t: string) => t.replace('Sáng 07/5', 'Sáng 7/5'),
      (t: string) => t.slice(t.indexOf('\n') + 1),
      (t: string) => t.replace('hội trường', 'hội trường lớn'),
    ];
    expect(findings(text, R)).toEqual(fresh(text));
    for (const edit of versions) {
      text = edit(text);
      expect(findings(text, R)).toEqual(fresh(text));
      // read again unchanged: every paragraph stands where it stood
      expect(findings(text, R)).toEqual(fresh(text));
    }
  });
});

describe('date-format: an en dash typed for the hyphen of a date (HYG20, issue 13)', () => {
  // read where a dot date would be (a time word, a weekday, a year); ranges of numbers stay
  const bad = [
    'Ngày ⟦14–3→14-3⟧, các học viên chuyển sang thực hành tại vườn.',
    'Chiều ⟦15–3→15-3⟧, lớp học bế mạc.',
    'Sáng ⟦2–4→2-4⟧, đoàn công tác kiểm tra mô hình.',
    'Lớp học kết thúc ngày ⟦20–3–2026→20-3-2026⟧.',
    'Hội nghị diễn ra vào thứ Hai ⟦16–3→16-3⟧ tại hội trường huyện.',
    'Từ ngày 14 đến ngày ⟦18–3→18-3⟧, các chi đoàn ra quân làm đường.',
    'Trước ngày ⟦30–4→30-4⟧, các xã hoàn thành báo cáo.',
    'Tối ⟦14–3→14-3⟧, các đội văn nghệ giao lưu.',
    'Sáng ⟦12–3→12-3⟧, lớp học khai giảng; chiều 13-3, học viên thực hành.',
    'Trưa ⟦14–3→14-3⟧, đoàn công tác làm việc tại xã.',
    'Hôm ⟦14–3→14-3⟧, đoàn viên ra quân dọn vệ sinh.',
    'Chủ nhật ⟦15–3→15-3⟧, các chi đoàn ra quân tình nguyện.',
    'Sáng thứ Bảy ⟦21–3→21-3⟧, học viên thi cuối khóa.',
    'Kế hoạch có hiệu lực từ ngày ⟦1–4–2026→1-4-2026⟧.',
    'Sau ngày ⟦15–4→15-4⟧, các xã gửi báo cáo về huyện.',
    'Đến ngày ⟦20–4→20-4⟧, toàn huyện có 12 xã hoàn thành.',
    'Ngày ⟦05–3→5-3⟧, đoàn công tác kiểm tra mô hình.',
    'Sáng ⟦9–3→9-3⟧, huyện khai giảng lớp thứ hai.',
    'Chiều ⟦10–3→10-3⟧, các học viên thảo luận nhóm.',
    'Ngày ⟦3–3→3-3⟧, chi bộ họp kiểm điểm.',
    'Tối ⟦28–2→28-2⟧, các đội văn nghệ tổng duyệt.',
    'Từ ngày 14 đến ngày ⟦16–3→16-3⟧, học viên học lý thuyết.',
    'Sáng ⟦31–3→31-3⟧, huyện sơ kết quý I.',
    'Ngày ⟦30–3–2026→30-3-2026⟧, Ban Thường vụ Huyện ủy họp.',
    'Chiều ⟦18–3→18-3⟧, lớp học bế mạc.',
    'Sáng ⟦19–3→19-3⟧, các học viên tham quan mô hình.',
    'Ngày ⟦25–3→25-3⟧, huyện tổng kết đợt thi đua.',
    'Thứ Hai ⟦23–3→23-3⟧, các xã nộp báo cáo.',
    'Sáng ⟦1–4→1-4⟧, lớp học thứ ba khai giảng.',
    'Ngày ⟦7–4→7-4⟧, hội đồng chấm thi họp.',
  ];
  const good = [
    'Mỗi tổ có 3–5 học viên thực hành cùng nhau.',
    'Lớp học kéo dài 3–5 ngày tùy theo từng xã.',
    'Lớp học diễn ra từ ngày 3–5 tháng 6.',
    'Các đợt tập huấn diễn ra trong giai đoạn 2021–2025.',
    'Tỷ số trận giao hữu là 2–1 nghiêng về đội thôn Đông.',
    'Các lớp học diễn ra trong tháng 3–4 hằng năm.',
    'Diện tích mỗi thửa ruộng từ 3–4 sào.',
    'Học viên được chia thành 4–6 nhóm.',
    'Lớp học dành cho thanh niên 18–30 tuổi.',
    'Khoảng 20–25 % số hộ đã áp dụng kỹ thuật mới.',
    'Các trang 12–15 của tài liệu hướng dẫn cách sơ cứu.',
    'Buổi học kéo dài từ 7–11 giờ sáng.',
    'Hội thi diễn ra ngày 14 – 15-3 tại nhà văn hóa xã.',
    'Mỗi học viên làm 2–3 bài thực hành.',
    'Quy định tại khoản 2–3 Điều 5 được giảng viên phân tích.',
    'Chiều 14-3, học viên thảo luận về tỷ lệ 1–2 % hộ tái nghèo.',
    'Mỗi tổ có 5–7 người thực hành cùng nhau.',
    'Học viên đọc các điều 12–15 của luật.',
    'Ngày 14 – 15-3, các chi đoàn ra quân.',
    'Năm 2025–2026 là năm học thứ hai của chương trình.',
    'Buổi tối có 2–3 tiết mục văn nghệ.',
    'Chi phí khoảng 1–2 triệu đồng mỗi hộ.',
    'Lớp học gồm 30–35 học viên.',
    'Các hộ nuôi 10–15 con bò.',
    'Học sinh lớp 10–12 được mời tham dự.',
    'Bài kiểm tra của học viên đạt điểm 8–9.',
    'Buổi học diễn ra từ 8–11 giờ.',
    'Hội trường ở tầng 3–4 của nhà văn hóa huyện.',
    'Khóa học kéo dài khoảng 6–8 tuần.',
    'Tổ thực hành gồm 4–5 người.',
  ];
  markedCases(R, bad, good);
});

describe('date-format: a day named by "mùng", "dịp", "sáng nay" or "hôm qua"; a tie broken by the months of a year (HYG29, issue 13)', () => {
  const bad = [
    'Hội người cao tuổi họp mặt vào mùng ⟦4/2→4-2⟧ tại nhà văn hóa.',
    'Các chi hội nhận quà Tết từ mồng ⟦6/2→6-2⟧.',
    'Thanh niên tình nguyện ra quân nhân dịp ⟦26/3→26-3⟧ tại các thôn.',
    'Sáng nay (⟦12/9→12-9⟧), lớp học bước sang ngày thứ hai.',
    'Chiều qua, ⟦11/9→11-9⟧, học viên đi thực tế tại hợp tác xã.',
    'Hôm nay ⟦12.9→12-9⟧, học viên làm bài kiểm tra cuối khóa.',
  ];

  it.each(bad)('%s', (b) => {
    expect(check(story(source(b)), R).length).toBeGreaterThan(0);
    expect(fixed(story(source(b)), R)).toBe(story(after(b)));
    expect(fixed(story(after(b)), R)).toBe(story(after(b)));
  });

  it('keeps "hiện nay" and "dịp" before a number that is no date silent', () => {
    expect(check(story('Hiện nay 3/4 số hộ trong xã đã có nước sạch.'), R)).toEqual([]);
    expect(check(story('Đoàn viên ra quân nhiều dịp trong năm, 3/4 số chi đoàn đạt loại tốt.'), R)).toEqual([]);
  });

  it('breaks a tie of two dates by the months of a year the draft writes with its separator', () => {
    const text = 'Chiều 4/3, Hội Phụ nữ xã mở lớp tập huấn. Sáng 6-3, học viên thực hành. Lớp thứ hai dự kiến mở vào tháng 9-2025.';
    expect(check(text, R)).toEqual([
      { rule: R, message: 'Ngày “4/3” viết bằng gạch chéo, khác kiểu gạch ngang (12-9) dùng trong phần lớn bài.', at: '1:7', text: '4/3' },
    ]);
    expect(fixed(text, R)).toBe(text.replace('4/3', '4-3'));
    // no month of a year: the first date breaks the tie, as before
    const bare = 'Chiều 4/3, Hội Phụ nữ xã mở lớp tập huấn. Sáng 6-3, học viên thực hành.';
    expect(fixed(bare, R)).toBe(bare.replace('6-3', '6/3'));
  });
});
