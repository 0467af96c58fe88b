import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, SPARSE } from '../core/structure-fixtures.js';

const RULE = 'required-agenda';
const MESSAGE = 'Thiếu nội dung tập huấn: cần nêu các chuyên đề hoặc nội dung chính, ví dụ “Các học viên được nghe giới thiệu chuyên đề: …”.';

function draft(headline: string, body: string): string {
  return `${headline}\n\nNgày 27-1, Học viện Chính trị khu vực III tổ chức ${body}\n\nCó 110 học viên hoàn thành khóa học.\n\nPhương Thảo\n`;
}

describe('required-agenda', () => {
  it.each([
    ['Bế giảng lớp bồi dưỡng', 'bế giảng lớp bồi dưỡng. Học viên được nghe ba chuyên đề về kinh tế số.'],
    ['Bế giảng lớp bồi dưỡng', 'bế giảng lớp bồi dưỡng. Nội dung lớp học gồm lý luận và thực tiễn.'],
    ['Bế giảng lớp bồi dưỡng', 'bế giảng lớp bồi dưỡng. Các học viên được hướng dẫn kỹ năng soạn thảo văn bản.'],
    ['Bế giảng lớp bồi dưỡng', 'bế giảng lớp bồi dưỡng. Đảng viên được quán triệt nghị quyết Trung ương.'],
    ['Bế giảng lớp bồi dưỡng', 'bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh.'],
    ['Tập huấn về chuyển đổi số cho cán bộ xã', 'bế giảng lớp bồi dưỡng.'],
    ['Khai giảng lớp học mới', 'lớp bồi dưỡng cho 60 cán bộ thôn, bản về kỹ năng vận động quần chúng.'],
  ])('accepts %s / “%s”', (headline, body) => {
    expect(check(draft(headline, body), RULE)).toEqual([]);
  });

  it.each([
    // ELEM16: the learners doing a learner's verb, a speaker's verb and what it is about
    'Học viên nghiên cứu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII.',
    'Chiến sĩ mới học điều lệnh đội ngũ và kỹ thuật bắn súng tiểu liên.',
    'Qua lớp học, các tổ trưởng nắm quy trình bình xét cho vay.',
    'Trong hai ngày, học viên nghe giảng về Luật Đất đai và các nghị định hướng dẫn.',
    'Báo cáo viên nói chuyện chuyên sâu về tình hình biển Đông.',
    'Giảng viên trao đổi với học viên về kinh nghiệm giải quyết đơn thư khiếu nại.',
    'Các học viên thảo luận, đóng góp ý kiến vào dự thảo quy chế làm việc.',
    'Báo cáo viên thông tin tình hình thời sự trong nước và quốc tế.',
    'Cán bộ Bảo hiểm xã hội huyện giải đáp thắc mắc về chế độ ốm đau, thai sản.',
    'Cán bộ kỹ thuật hướng dẫn bà con làm chuồng trại cho đàn gia súc.',
    // ELEM17: what a speaker informs the class about, the model a class is shown
    'Cán bộ tư pháp thông tin về Luật Thực hiện dân chủ ở cơ sở.',
    'Kỹ sư Trạm Khuyến nông giới thiệu mô hình trồng nấm rơm trong nhà lưới.',
    'Lớp học trang bị cho đoàn viên cách sơ cứu người bị đuối nước.',
    'Bác sĩ lên lớp 3 bài: sơ cứu vết thương, cầm máu và cố định xương gãy.',
    'Cán bộ địa chính hướng dẫn người dân thủ tục cấp đổi giấy chứng nhận.',
    'Buổi tuyên truyền Luật Trật tự, an toàn giao thông đường bộ thu hút nhiều học sinh.',
    'Học viên tham quan mô hình trồng rau thủy canh của hợp tác xã.',
    'Các chủ hộ chia sẻ kinh nghiệm nuôi dê sinh sản.',
    // ELEM18: parts listed after 'có … phần:', a lecturer's 'truyền thụ', a decree briefed,
    // revision, exercises
    'Chương trình có bốn phần: lưu trữ hồ sơ, tiếp công dân, thống kê và báo cáo.',
    'Giảng viên Trường Chính trị tỉnh truyền thụ các bài về xây dựng chính quyền cơ sở.',
    'Các báo cáo viên triển khai Nghị định về đánh giá, xếp loại chất lượng cán bộ.',
    'Học viên được ôn tập quy trình cấp phiếu lý lịch tư pháp.',
    'Học viên làm bài tập tình huống về xử lý đơn thư.',
  ])('accepts the content told as “%s”', (sentence) => {
    expect(check(draft('Khai giảng lớp học mới', `lớp bồi dưỡng cho 60 cán bộ. ${sentence}`), RULE)).toEqual([]);
  });

  it.each(['Đại biểu thảo luận sôi nổi, thống nhất cao.', 'Học viên tiếp thu nghiêm túc, chăm chú lắng nghe.', 'Học viên học tập trung tại hội trường xã trong ba ngày.', 'Các em học sinh tham gia lớp học đầy đủ.', 'Cuối buổi, học viên trao đổi kinh nghiệm với nhau.', 'Sau lớp học, học viên tham quan khu di tích lịch sử của xã.', 'Lớp học có 60 học viên, chia thành hai nhóm.', 'Học viên được ăn ở tại ký túc xá của trường.'])('reports a class whose only words of learning say how, not what: “%s”', (sentence) => {
    expect(check(draft('Khai giảng lớp học mới', `lớp bồi dưỡng cho 60 cán bộ. ${sentence}`), RULE).map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('does not take whom the class is for, then “về dự”, for what was taught', () => {
    expect(check(draft('Khai giảng lớp học mới', 'lớp bồi dưỡng cho 60 cán bộ từ các xã về dự.'), RULE).map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('reads a list the paragraph before it announces with a colon', () => {
    const text = draft('Khai giảng lớp trung cấp lý luận chính trị', 'lễ khai giảng lớp trung cấp lý luận chính trị cho 60 học viên.\n\nChương trình học gồm ba phần:\n1. Lịch sử Đảng Cộng sản Việt Nam;\n2. Kỹ năng lãnh đạo, quản lý ở cơ sở.');
    expect(check(text, RULE)).toEqual([]);
  });

  it('reports a closing ceremony that names only the programme', () => {
    const text = draft('Bế giảng lớp cao cấp lý luận chính trị', 'lễ bế giảng lớp cao cấp lý luận chính trị khóa 9. Sau hai năm, các học viên hoàn thành 18 học phần.');
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: MESSAGE, at: '1:1', text: 'Bế giảng lớp cao cấp lý luận chính trị' }]);
    const [f] = findings(text, RULE);
    expect(f.suggestions?.[0].edits[0].text).toBe('\n\nTại ${1:hội nghị}, các ${2:học viên} được nghe giới thiệu các chuyên đề: ${3:nội dung chuyên đề}.');
  });

  it('reads complete drafts', () => {
    expect(check(COMPLETE, RULE)).toEqual([]);
    expect(check(COMPLETE_PRESS, RULE)).toEqual([]);
    expect(check(SPARSE, RULE)).toEqual([]);
  });
});
