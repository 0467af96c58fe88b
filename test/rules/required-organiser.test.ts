import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, SPARSE } from '../core/structure-fixtures.js';

const RULE = 'required-organiser';
const MESSAGE =
  'Thiếu cơ quan tổ chức: cần nêu rõ đơn vị nào tổ chức, ví dụ “Huyện ủy An Lão tổ chức …” hoặc “… do Hội Nông dân tỉnh tổ chức”.';

function draft(lead: string): string {
  return `Tập huấn nghiệp vụ công tác dân vận năm 2024\n\n${lead}\n\nHọc viên được nghe hai chuyên đề về dân vận chính quyền.\n\nBảo Ngọc\n`;
}

describe('required-organiser', () => {
  it.each([
    'Sáng ngày 12-9, Huyện ủy Tiên Lãng tổ chức tập huấn nghiệp vụ công tác dân vận.',
    'Sáng ngày 12-9, huyện ủy Tiên Lãng  tổ chức tập huấn nghiệp vụ công tác dân vận.',
    'Chiều 19-8, Ban Dân vận Tỉnh ủy phối hợp Trường Chính trị tỉnh tổ chức bế giảng lớp bồi dưỡng.',
    'Ngày 3-6, UBND huyện mở lớp tập huấn công tác dân vận cho cán bộ xã.',
    'Ngày 3-6, Hội Nông dân tỉnh khai giảng lớp bồi dưỡng nghiệp vụ cho chi hội trưởng.',
    'Ngày 3-6, hơn 100 cán bộ dự hội nghị tập huấn công tác dân vận do Liên đoàn Lao động thành phố tổ chức.',
    'Ngày 3-6, Ủy ban MTTQ Việt Nam huyện đã phối hợp với Phòng Nội vụ huyện tổ chức hội nghị tập huấn.',
    'Ngày 3-6, Sở Tư pháp vừa tổ chức lớp tập huấn kỹ năng hòa giải.',
    'Trong 2 ngày (3-4/6), hơn 80 cán bộ dự lớp tập huấn công tác dân vận. Lớp học do Ban Dân vận Huyện ủy mở.',
    'Ngày 3-6, Công an huyện Thạch Hà tổ chức tập huấn nghiệp vụ cho công an xã.',
    'Ngày 3-6, Trung tâm Chính trị huyện Lục Ngạn mở lớp bồi dưỡng lý luận chính trị.',
    'Ngày 3-6, hội nông dân xã Tân Lập tổ chức tập huấn kỹ thuật nuôi ong.',
    'Ngày 3-6, phòng tư pháp huyện phối hợp với sở y tế tổ chức tập huấn.',
    'Ngày 3-6, Sở Y tế đã tổ chức cho 60 học viên thực hành sơ cứu ban đầu.',
    'Ngày 3-6, lớp bồi dưỡng do Trung tâm Chính trị huyện Hạ Hòa tổ chức đã khai mạc.',
    'Ngày 3-6, lớp bồi dưỡng do Thường trực Hội Cựu chiến binh tỉnh phối hợp với Sở Nội vụ tổ chức đã khai mạc.',
    'Ngày 3-6, hội nghị được Ban Dân vận Huyện ủy phối hợp với Phòng Nội vụ tổ chức tại hội trường xã.',
    'Ngày 3-6, Trung tâm Dịch vụ việc làm tỉnh phối hợp với Hội Nông dân xã mở lớp dạy nghề.',
    'Ngày 3-6, Ban Quản lý dự án giảm nghèo tỉnh tổ chức tập huấn cho cán bộ xã.',
    'Ngày 3-6, Hội LHPN huyện tổ chức tập huấn cho chi hội trưởng.',
    'Ngày 3-6, Bộ CHQS tỉnh khai giảng lớp bồi dưỡng kiến thức quốc phòng.',
    'Ngày 3-6, Trạm Khuyến nông huyện phối hợp với UBND xã Ea Sol, TP. Buôn Ma Thuột tổ chức lớp tập huấn.',
    'Ngày 3-6, Công an tỉnh đã tổ chức trên 30 lớp tập huấn nghiệp vụ cho dân phòng.',
    'Ngày 3-6, Ban Chỉ huy Quân sự huyện tổ chức ra quân huấn luyện dân quân năm 2024.',
    'Ngày 3-6, huyện Mường Lát tổ chức lớp bồi dưỡng đại biểu HĐND cấp xã.',
  ])('accepts “%s”', (lead) => {
    expect(check(draft(lead), RULE)).toEqual([]);
  });

  it.each([
    'Sáng 20-8, Phó Chủ tịch UBND tỉnh Trần Quốc Bảo chủ trì hội nghị tập huấn công tác dân vận.',
    'Sáng 20-8, Thạch Hà tổ chức hội nghị tập huấn công tác dân vận.',
    'Sáng 20-8, hội nghị tập huấn công tác dân vận được tổ chức tại Hội trường UBND huyện.',
    'Sáng 20-8, các đại biểu tham dự hội nghị tập huấn công tác dân vận ở cơ sở.',
    'Sáng 20-8, Phó Chủ tịch UBND huyện Lê Văn Hòa phát biểu khai mạc lớp tập huấn công tác dân vận.',
  ])('reports “%s”', (lead) => {
    expect(check(draft(lead), RULE)).toEqual([{ rule: RULE, message: MESSAGE, at: '3:1', text: 'Sáng 20-8' }]);
  });

  it('wants the organiser in the story even when the headline names it', () => {
    const text = 'Hội Nông dân tỉnh tập huấn kỹ thuật nuôi ong\n\nSáng 20-8, lớp tập huấn kỹ thuật nuôi ong cho 40 hội viên đã khai mạc tại xã Tân Lập.\n\nThu Hà\n';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: MESSAGE, at: '3:1', text: 'Sáng 20-8' }]);
    expect(check(text.replace('Sáng 20-8, lớp', 'Sáng 20-8, Hội Nông dân tỉnh khai mạc lớp').replace(' đã khai mạc', ''), RULE)).toEqual([]);
  });

  it('inserts the organiser template right after the dateline', () => {
    const text = draft('Sáng 20-8, các đại biểu tham dự hội nghị tập huấn công tác dân vận.');
    const [f] = findings(text, RULE);
    const at = text.indexOf('các đại biểu');
    expect(f.suggestions?.[0].edits).toEqual([{ start: at, end: at, text: '${1:Tên cơ quan} tổ chức ' }]);
    expect(f.suggestions?.[0].snippet).toBe(true);
  });

  it('finds the organiser in complete drafts and reports the sparse one', () => {
    expect(check(COMPLETE, RULE)).toEqual([]);
    expect(check(COMPLETE_PRESS, RULE)).toEqual([]);
    expect(check(SPARSE, RULE)).toHaveLength(1);
  });
});
