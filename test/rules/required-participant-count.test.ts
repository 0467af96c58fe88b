import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, SPARSE } from '../core/structure-fixtures.js';

const RULE = 'required-participant-count';
const MESSAGE = 'Thiếu số người tham dự: cần nêu con số cụ thể, ví dụ “Tham dự có 166 học viên là cán bộ, công chức cấp xã”.';

function draft(sentence: string): string {
  return `Tập huấn nghiệp vụ hòa giải ở cơ sở\n\nSáng 9-5, Phòng Tư pháp huyện tổ chức tập huấn nghiệp vụ hòa giải. ${sentence}\n\nMai Lan\n`;
}

describe('required-participant-count', () => {
  it.each([
    'Lớp có 166 học viên tham gia.',
    'Hơn 100 đại biểu dự hội nghị.',
    'Gần 200 cán bộ được tập huấn.',
    'Trên 1.200 đảng viên theo dõi qua truyền hình trực tuyến.',
    'Tham dự có hai trăm hội viên.',
    'Lớp học thu hút một trăm hai mươi hòa giải viên.',
    'Khoảng 65 thành viên tổ hòa giải tham dự.',
    'Có 92 vị đại biểu tham dự.',
    // ELEM16: how many of the class, out of its head-count; judges and clerks counted
    'Kết thúc khóa học, 68/68 học viên được cấp giấy chứng nhận.',
    'Có 45/48 học viên đạt yêu cầu.',
    'Lớp học có 65 thẩm phán, thư ký tòa án hai cấp.',
    // ELEM17: a count and its noun, then a verb of attending with 'cùng', 'về', 'đến' (learnerVerbs)
    'Hơn 30 tiểu thương chợ thị trấn cùng dự.',
    'Gần 50 trưởng ấp, trưởng khóm về dự lớp.',
    'Có 27 chủ tàu cá của các tổ đoàn kết đến dự.',
    // ELEM18: a noun the general dictionary defines as a kind of person (general-nouns.json
    // people, two syllables or more), after 'gồm', 'với' too; monks and lay Buddhists, teachers
    'Lớp học gồm 85 ngư dân của các tổ đoàn kết.',
    'Buổi tập huấn an toàn thực phẩm diễn ra với 60 tiểu thương.',
    'Lớp truyền dạy hát then có sự góp mặt của 25 nghệ nhân.',
    'Khóa học gồm 45 dược sĩ, y sĩ của các trạm y tế.',
    'Năm nay nhà trường có 126 tăng sinh theo học.',
    'Khóa bồi dưỡng gồm 90 tăng ni trẻ.',
    'Lớp tập huấn gồm 32 thầy cô giáo.',
  ])('accepts “%s”', (sentence) => {
    expect(check(draft(sentence), RULE)).toEqual([]);
  });

  it.each([
    'Lớp học diễn ra trong 3 ngày.',
    'Học viên được nghe 4 chuyên đề.',
    'Hội nghị kết nối trực tuyến tới 17 xã, thị trấn.',
    'Các đại biểu là hòa giải viên ở cơ sở.',
    'Sáng 12/5 học viên có mặt đầy đủ.',
    '100% cán bộ, công chức cơ quan tham dự lớp học.',
    'Tham dự có các đồng chí trong Ban Chấp hành Đảng bộ xã.',
    'Đây là lần thứ 12 huyện tổ chức lớp học.',
    'Năm 2024 các cán bộ được tập huấn sớm hơn.',
    'Hai đại biểu phát biểu tham luận.',
    // ELEM18: no people counted, or too few to be a class; a one-syllable person noun is too loose
    'Hội đồng đã nghiệm thu 12 đề tài của học viên.',
    'Thôn có 120 hộ với 530 nhân khẩu.',
    'Hội viên được hỗ trợ 500 con giống.',
    'Ba bác sĩ hướng dẫn thực hành sơ cứu.',
    'Đến nay, tổng dư nợ cho vay của ngân hàng đạt 1.250 tỷ đồng, với hơn 6.000 khách hàng còn dư nợ.',
  ])('reports “%s” (no head-count)', (sentence) => {
    const found = check(draft(sentence), RULE);
    expect(found).toEqual([{ rule: RULE, message: MESSAGE, at: '1:1', text: 'Tập huấn nghiệp vụ hòa giải ở cơ sở' }]);
  });

  it('offers a sentence template after the first sentence of the lead', () => {
    const text = draft('Các đại biểu là hòa giải viên.');
    const [f] = findings(text, RULE);
    const at = text.indexOf(' Các đại biểu');
    expect(f.suggestions?.[0]).toEqual({
      messageId: 'insert',
      edits: [{ start: at, end: at, text: ' Tham dự có ${1:số lượng} ${2:học viên} là ${3:thành phần tham dự}.' }],
      snippet: true,
    });
  });

  it('wants the count in the story even when the headline gives it', () => {
    const text = 'Bồi dưỡng kỹ năng cứu đuối cho hơn 80 người\n\nNgày 2-6, Hội Chữ thập đỏ tỉnh tổ chức tập huấn kỹ năng cứu đuối.\n\nAn Nhiên\n';
    expect(check(text, RULE)).toHaveLength(1);
    expect(check(text.replace('kỹ năng cứu đuối.', 'kỹ năng cứu đuối cho hơn 80 người.'), RULE)).toEqual([]);
  });

  it('finds counts in complete drafts and reports the sparse one', () => {
    expect(check(COMPLETE, RULE)).toEqual([]);
    expect(check(COMPLETE_PRESS, RULE)).toEqual([]);
    expect(check(SPARSE, RULE)).toHaveLength(1);
  });
});
