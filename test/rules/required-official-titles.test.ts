import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, SPARSE } from '../core/structure-fixtures.js';
import structure from '../../dictionaries/structure.json';

const RULE = 'required-official-titles';
const MISSING =
  'Thiếu đại biểu có chức vụ: cần nêu họ tên kèm chức vụ của lãnh đạo dự hoặc chỉ đạo, ví dụ “đồng chí Trần Văn Tuấn, Phó Bí thư Thường trực Huyện ủy”.';

function draft(sentence: string): string {
  return `Hội nghị quán triệt nghị quyết của Huyện ủy\n\nSáng 6-7, Huyện ủy Đông Anh tổ chức hội nghị quán triệt nghị quyết cho 300 đảng viên.\n\n${sentence}\n\nĐức Minh\n`;
}

describe('required-official-titles', () => {
  it.each([
    'Dự hội nghị có đồng chí Nguyễn Thị Hồng Vân, Phó Bí thư Thường trực Huyện ủy.',
    'Dự hội nghị có đồng chí Đỗ Văn Thắng - Bí thư Huyện ủy, Chủ tịch HĐND huyện.',
    'Trưởng Ban Tuyên giáo Huyện ủy Lưu Quang Dũng trực tiếp truyền đạt nghị quyết.',
    'Tham dự có ông Trịnh Xuân Lộc, Giám đốc Sở Tư pháp.',
    'Đồng chí Vũ Đức Tâm – Tỉnh ủy viên – Bí thư Huyện ủy phát biểu chỉ đạo.',
    'Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện Hoàng Minh Tuấn phát biểu.',
    'Đồng chí Tạ Văn Khải-Trưởng Ban Dân vận Huyện ủy truyền đạt nghị quyết.',
    'Dự hội nghị có đồng chí Phùng Văn Lực – HUV, Bí thư Đảng ủy xã Tân Hòa.',
    'Đồng chí Mạc Thị Yên - UVTV, Trưởng Ban Tổ chức Huyện ủy phát biểu.',
    'Đại úy Lò Văn Tiến, Trợ lý Tuyên huấn Ban Chỉ huy Quân sự huyện truyền đạt nghị quyết.',
    'Bà Khúc Thị Hạnh, Điều phối viên Dự án Sinh kế bền vững, giới thiệu chuyên đề.',
    'Ông Nông Văn Quý: Chi hội trưởng Chi hội Nông dân thôn Đồng Tâm phát biểu.',
    'Dự hội nghị có đồng chí Nguyễn văn Thành, Bí thư Huyện ủy.',
    'Dự hội nghị có đồng chí Hà Quang Vinh/Phó Chủ tịch UBND huyện.',
    'Phó Bí thư Thường trực Huyện ủy Lò Thanh phát biểu khai mạc hội nghị.',
    'Thượng tá Đinh Công Hậu, Chính trị viên Ban Chỉ huy Quân sự huyện, truyền đạt nghị quyết.',
    // issue 11's forms, in other words: a rank no list had, a former or acting holder, an
    // abbreviated title, a given name typed in lower case
    'Hội nghị vinh dự đón Thượng tướng Vương Đình Lộc.',
    'Dự hội nghị có bà Lã Thị Nga, nguyên Phó Chủ tịch HĐND huyện.',
    'Dự hội nghị có ông Kha Văn Lực, Quyền Giám đốc Trung tâm Y tế huyện.',
    'Dự hội nghị có đồng chí Bế Văn Cường – PBT Thường trực Huyện ủy.',
    'Dự hội nghị có ông Hoàng Văn tuấn, Phó Chủ tịch UBND huyện.',
    // the names of the Central Highlands: an apostrophe after the first capital, clusters in given names
    'Dự hội nghị có bà H’Mai Niê, Phó Chủ tịch UBND huyện.',
    "Dự hội nghị có bà H'Mai Niê, Phó Chủ tịch UBND huyện.",
    'Dự hội nghị có đồng chí Rơ Châm Dũng, Phó Bí thư Huyện ủy.',
    // a surname no list has, between the introducer and the title
    'Dự hội nghị có bà Ka Huệ, Phó Chủ tịch UBND huyện.',
    "Dự hội nghị có bà Bon Đơng K'Nhi, Chủ tịch Hội Liên hiệp Phụ nữ huyện.",
    // the title first, then the name's introducer after a dash or a comma
    'Trưởng Ban Dân vận Huyện ủy - bà Lục Thị Mai truyền đạt nghị quyết.',
    'Phó Chủ tịch UBND huyện, ông Đàm Văn Khoa phát biểu khai mạc.',
    // names joined by "và" share the title after the last one
    'Dự hội nghị có đồng chí Lò Văn Pọm và đồng chí Quàng Thị Dung, Phó Trưởng Ban Dân vận Huyện ủy.',
  ])('accepts “%s”', (sentence) => {
    expect(check(draft(sentence), RULE)).toEqual([]);
  });

  it.each([
    'Các đại biểu đã nghe báo cáo viên của tỉnh truyền đạt nghị quyết.',
    'Hội nghị được truyền hình trực tiếp tới các điểm cầu ở Hà Tĩnh và Nghệ An.',
    'Học viên học tập tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    'Ông Lục Văn Dũng, nông dân thôn Bản Cầu, chia sẻ kinh nghiệm nuôi ong.',
    'Hội nghị có Hiệu trưởng Trường THCS Lê Lợi và lãnh đạo phường Trần Phú dự.',
    'Giám đốc Sở Nội vụ tỉnh Hà Giang gửi thư chúc mừng hội nghị.',
    'Phát biểu khai mạc, ông Đàm Văn Khoa nhấn mạnh vai trò của nghị quyết.',
    'Phó Chủ tịch UBND huyện và ông Đàm Văn Khoa cùng dự.',
  ])('reports a draft without a titled official: “%s”', (sentence) => {
    expect(check(draft(sentence), RULE)).toEqual([{ rule: RULE, message: MISSING, at: '1:1', text: 'Hội nghị quán triệt nghị quyết của Huyện ủy' }]);
  });

  it('reports a person introduced without a title at the first mention, once', () => {
    const text = draft('Dự hội nghị có đồng chí Nguyễn Thị Hồng Vân, Phó Bí thư Huyện ủy. Ông Lê Văn Bốn phát biểu tham luận. Sau đó ông Lê Văn Bốn trả lời câu hỏi.');
    expect(check(text, RULE)).toEqual([
      {
        rule: RULE,
        message: '“Lê Văn Bốn” được nhắc lần đầu mà không có chức vụ; hãy ghi chức vụ và cơ quan, ví dụ “Lê Văn Bốn, Chủ tịch UBND huyện”.',
        at: '5:71',
        text: 'Lê Văn Bốn',
      },
    ]);
    const [f] = findings(text, RULE);
    expect(f.suggestions?.[0].edits).toEqual([{ start: f.end, end: f.end, text: ', ${1:chức vụ, cơ quan}' }]);
  });

  it('takes a first mention with a slip of case for the titled first mention (the slip is person-name-case’s)', () => {
    const text = draft('Dự hội nghị có bà nguyễn Thị Lan, Phó Chủ tịch Hội Nông dân huyện. Bà Nguyễn Thị Lan đề nghị hội viên chủ động học tập.');
    expect(check(text, RULE)).toEqual([]);
  });

  it('reads a one-syllable title head typed lowercase before a capital as a title, and a two-syllable name introduced with one after it', () => {
    expect(check(draft('Khai giảng lớp học, bà Lê Thị Hà, phó Giám đốc Sở Y tế, đề nghị học viên chuyên cần.'), RULE)).toEqual([]);
    expect(check(draft('Khai giảng lớp học, bác sĩ A Thuyên, Phó Giám đốc Trung tâm Y tế huyện, đề nghị học viên chuyên cần.'), RULE)).toEqual([]);
  });

  it('separates a place from the name that follows it', async () => {
    const { findPeople } = await import('../../server/src/core/structure/people.js');
    const { parseDraft } = await import('../../server/src/core/parse.js');
    const people = findPeople(parseDraft('Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Văn An phát biểu.'));
    expect(people.map((p) => [p.name, p.titled])).toEqual([['Nguyễn Văn An', true]]);
  });

  it('does not take a photo caption for the first mention', () => {
    const text = draft('Đồng chí Lê Văn Bốn phát biểu tại hội nghị.\n\nPhát biểu chỉ đạo, đồng chí Lê Văn Bốn, Phó Bí thư Huyện ủy, yêu cầu các chi bộ tổ chức học tập nghiêm túc, đầy đủ. Hội nghị kết thúc trong ngày.');
    expect(check(text, RULE)).toEqual([]);
  });

  it('takes a short paragraph that gives the title for the first mention (a guest, not a caption)', () => {
    const text = draft('Dự buổi tập huấn có ông Lê Văn Tâm, Phó Chủ tịch UBND phường.\n\nHọc viên được hướng dẫn cách phân loại rác tại nguồn, cách bỏ rác vào thùng đúng giờ và đúng chỗ.\n\nÔng Lê Văn Tâm đề nghị các tổ trưởng đưa việc phân loại rác vào hương ước, quy ước của khu dân cư và nhân rộng mô hình này.');
    expect(check(text, RULE)).toEqual([]);
  });

  it('takes an item of a list for the first mention, not for a caption', () => {
    const text = draft('Dự lễ khai giảng có:\n- Đồng chí Lê Văn Bốn, Phó Bí thư Huyện ủy;\n- Đồng chí Hà Thị Mai, Phó Chủ tịch UBND huyện.\n\nPhát biểu tại lễ khai giảng, đồng chí Lê Văn Bốn yêu cầu các học viên chấp hành nghiêm nội quy, tích cực nghiên cứu, trao đổi để vận dụng vào công việc ở cơ sở.');
    expect(check(text, RULE)).toEqual([]);
  });

  it.each([
    ...structure.privatePersonCues.before.map((c) => [c.word, c.example, c.example.replace(`${c.word} `, '')]),
    ...structure.privatePersonCues.after.map((c) => [c.word, c.example, c.example.replace(` ${c.word} `, ', ')]),
  ])('needs no title for a private citizen marked by “%s”: %s', (_word, example, without) => {
    const officials = 'Dự có đồng chí Nguyễn Thị Hồng Vân, Phó Bí thư Thường trực Huyện ủy. ';
    expect(check(draft(officials + example), RULE)).toEqual([]);
    // the same person with the cue taken away (a comma in its place after the name): named without an office
    const bare = draft(officials + without.replace(/, [^,]*?(?= (?:chia|kể|cho))/u, ''));
    expect(check(bare, RULE).map((f) => f.message)).toHaveLength(1);
  });

  it('accepts a person introduced by an apposition that is not an office', () => {
    const text = draft('Dự có đồng chí Nguyễn Thị Hồng Vân, Phó Bí thư Huyện ủy. Ông Lê Văn Bốn, nông dân xã Đông Hưng, chia sẻ kinh nghiệm.');
    expect(check(text, RULE)).toEqual([]);
  });

  it('accepts a person introduced by their age, and still asks for the title of one introduced by nothing', () => {
    const officials = 'Dự có đồng chí Nguyễn Thị Hồng Vân, Phó Bí thư Huyện ủy. ';
    expect(check(draft(officials + 'Bà Lê Thị Na, 68 tuổi, hội viên lâu năm, kể lại kỷ niệm.'), RULE)).toEqual([]);
    expect(check(draft(officials + 'Bà Lê Thị Na kể lại kỷ niệm.'), RULE).map((f) => f.message)).toEqual([
      '“Lê Thị Na” được nhắc lần đầu mà không có chức vụ; hãy ghi chức vụ và cơ quan, ví dụ “Lê Thị Na, Chủ tịch UBND huyện”.',
    ]);
  });

  it('offers a paragraph template after the lead', () => {
    const text = draft('Các đại biểu đã nghe báo cáo viên của tỉnh truyền đạt nghị quyết.');
    const [f] = findings(text, RULE);
    const leadEnd = text.indexOf('đảng viên.') + 'đảng viên.'.length;
    expect(f.suggestions?.[0].edits).toEqual([
      { start: leadEnd, end: leadEnd, text: '\n\nDự ${1:hội nghị} có đồng chí ${2:Họ và tên}, ${3:chức vụ, cơ quan}.' },
    ]);
    expect(f.data).toEqual({ missing: true });
  });

  it('reads complete drafts and reports the sparse one', () => {
    expect(check(COMPLETE, RULE)).toEqual([]);
    expect(check(COMPLETE_PRESS, RULE)).toEqual([]);
    expect(check(SPARSE, RULE)).toHaveLength(1);
  });
});
