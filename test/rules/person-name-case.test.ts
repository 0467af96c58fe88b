import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, fixed } from '../helpers/lint.js';
import { parseDraft } from '../../server/src/core/parse.js';
import { personNames } from '../../server/src/core/person-names.js';
import surnames from '../../dictionaries/surnames.json';
import markers from '../../dictionaries/generic-markers.json';

const RULE = 'person-name-case';

describe('person-name-case', () => {
  it.each([
    ['Dự hội nghị có ông nguyễn Văn An, Chủ tịch UBND xã.', '1:20', 'nguyễn Văn An', 'Tên người “nguyễn Văn An” phải viết hoa chữ cái đầu của mọi âm tiết: “Nguyễn Văn An”.', 'Dự hội nghị có ông Nguyễn Văn An, Chủ tịch UBND xã.'],
    ['Bà Trần ThỊ Hoa phát biểu khai mạc.', '1:4', 'Trần ThỊ Hoa', 'Tên người “Trần ThỊ Hoa” có chữ hoa sai vị trí: viết “Trần Thị Hoa”.', 'Bà Trần Thị Hoa phát biểu khai mạc.'],
    ['Tham dự có đồng chí Lê thị Hồng, Phó Chủ tịch UBND huyện.', '1:21', 'Lê thị Hồng', 'Tên người “Lê thị Hồng” phải viết hoa chữ cái đầu của mọi âm tiết: “Lê Thị Hồng”.', 'Tham dự có đồng chí Lê Thị Hồng, Phó Chủ tịch UBND huyện.'],
    ['Đồng chí Phạm VĂN Hùng trao giấy chứng nhận.', '1:10', 'Phạm VĂN Hùng', 'Tên người “Phạm VĂN Hùng” có chữ hoa sai vị trí: viết “Phạm Văn Hùng”.', 'Đồng chí Phạm Văn Hùng trao giấy chứng nhận.'],
    // a surname that is also an everyday word, lowercase right after "ông" or a title, before two given names
    ['Phát biểu bế giảng, ông lê Đình Quang đề nghị học viên ôn tập.', '1:25', 'lê Đình Quang', 'Tên người “lê Đình Quang” phải viết hoa chữ cái đầu của mọi âm tiết: “Lê Đình Quang”.', 'Phát biểu bế giảng, ông Lê Đình Quang đề nghị học viên ôn tập.'],
    ['Phó Chủ tịch UBND tỉnh Kiên Giang lê Quốc Anh phát biểu tại cuộc họp.', '1:35', 'lê Quốc Anh', 'Tên người “lê Quốc Anh” phải viết hoa chữ cái đầu của mọi âm tiết: “Lê Quốc Anh”.', 'Phó Chủ tịch UBND tỉnh Kiên Giang Lê Quốc Anh phát biểu tại cuộc họp.'],
    // "Thạc sỹ" is "Thạc sĩ" before a name
    ['Giảng viên là Thạc sỹ nguyễn Thái Cơ, Trưởng khoa Luật.', '1:23', 'nguyễn Thái Cơ', 'Tên người “nguyễn Thái Cơ” phải viết hoa chữ cái đầu của mọi âm tiết: “Nguyễn Thái Cơ”.', 'Giảng viên là Thạc sỹ Nguyễn Thái Cơ, Trưởng khoa Luật.'],
    // a given name typed in lower case after "Văn"/"Thị", before the title's separator
    ['Dự lớp học có ông Đỗ Văn lợi, Phó Chủ tịch UBND xã.', '1:19', 'Đỗ Văn lợi', 'Tên người “Đỗ Văn lợi” phải viết hoa chữ cái đầu của mọi âm tiết: “Đỗ Văn Lợi”.', 'Dự lớp học có ông Đỗ Văn Lợi, Phó Chủ tịch UBND xã.'],
    ['Bà Ngô Thị hạnh - Chủ tịch Hội Phụ nữ xã phát biểu.', '1:4', 'Ngô Thị hạnh', 'Tên người “Ngô Thị hạnh” phải viết hoa chữ cái đầu của mọi âm tiết: “Ngô Thị Hạnh”.', 'Bà Ngô Thị Hạnh - Chủ tịch Hội Phụ nữ xã phát biểu.'],
    // … or a semicolon, and after a title with its body, which runs up to the name
    ['Dự lớp học có ông Tạ Văn hiếu; bà Lò Thị Dung.', '1:19', 'Tạ Văn hiếu', 'Tên người “Tạ Văn hiếu” phải viết hoa chữ cái đầu của mọi âm tiết: “Tạ Văn Hiếu”.', 'Dự lớp học có ông Tạ Văn Hiếu; bà Lò Thị Dung.'],
    ['Dự có đồng chí Phó Giám đốc Sở Nội vụ Lương Văn khải; đại diện các phòng chuyên môn.', '1:39', 'Lương Văn khải', 'Tên người “Lương Văn khải” phải viết hoa chữ cái đầu của mọi âm tiết: “Lương Văn Khải”.', 'Dự có đồng chí Phó Giám đốc Sở Nội vụ Lương Văn Khải; đại diện các phòng chuyên môn.'],
    ['Tới dự có Chánh án Tòa án nhân dân khu vực 3 Đinh Văn khôi, cùng 40 hòa giải viên.', '1:46', 'Đinh Văn khôi', 'Tên người “Đinh Văn khôi” phải viết hoa chữ cái đầu của mọi âm tiết: “Đinh Văn Khôi”.', 'Tới dự có Chánh án Tòa án nhân dân khu vực 3 Đinh Văn Khôi, cùng 40 hòa giải viên.'],
    // a surname that is no everyday word, lowercase before a capitalised "Thị"/"Văn" and a given name, with nothing before it
    // after "ông / đồng chí …", a lowercase surname and middle name before a capitalised given name,
    // or a capitalised surname before a lowercase middle and given name and the title
    ['Đồng chí nguyễn văn Phúc phát biểu khai mạc lớp học.', '1:10', 'nguyễn văn Phúc', 'Tên người “nguyễn văn Phúc” phải viết hoa chữ cái đầu của mọi âm tiết: “Nguyễn Văn Phúc”.', 'Đồng chí Nguyễn Văn Phúc phát biểu khai mạc lớp học.'],
    ['Dự lớp học có bà Vũ thị thu, Chủ tịch Hội Nông dân xã.', '1:18', 'Vũ thị thu', 'Tên người “Vũ thị thu” phải viết hoa chữ cái đầu của mọi âm tiết: “Vũ Thị Thu”.', 'Dự lớp học có bà Vũ Thị Thu, Chủ tịch Hội Nông dân xã.'],
    // an Ê Đê given name typed in lower case between two capitalised syllables, before a title
    ['Dự có ông Y blim Niê, Phó Chủ tịch UBND huyện.', '1:11', 'Y blim Niê', 'Tên người “Y blim Niê” phải viết hoa chữ cái đầu của mọi âm tiết: “Y Blim Niê”.', 'Dự có ông Y Blim Niê, Phó Chủ tịch UBND huyện.'],
    // a surname the list lacks, lowercase between "chị / anh …" and a capitalised "Thị"/"Văn"
    ['Chị vừ Thị Dính, chủ một nhà nghỉ ở thôn Sủng Là, kể lại.', '1:5', 'vừ Thị Dính', 'Tên người “vừ Thị Dính” phải viết hoa chữ cái đầu của mọi âm tiết: “Vừ Thị Dính”.', 'Chị Vừ Thị Dính, chủ một nhà nghỉ ở thôn Sủng Là, kể lại.'],
    // a surname the list lacks, capitalised before a lowercase "thị"/"văn" it makes no word with
    ['Báo cáo viên là Khà thị Liên, cán bộ Hội Phụ nữ xã.', '1:17', 'Khà thị Liên', 'Tên người “Khà thị Liên” phải viết hoa chữ cái đầu của mọi âm tiết: “Khà Thị Liên”.', 'Báo cáo viên là Khà Thị Liên, cán bộ Hội Phụ nữ xã.'],
    // right after "già làng / ông …", a lowercase word that is no Vietnamese syllable, a capital after it
    ['Già làng alăng Bhứ ở thôn Ka Dăng chia sẻ kinh nghiệm giữ rừng.', '1:10', 'alăng Bhứ', 'Tên người “alăng Bhứ” phải viết hoa chữ cái đầu của mọi âm tiết: “Alăng Bhứ”.', 'Già làng Alăng Bhứ ở thôn Ka Dăng chia sẻ kinh nghiệm giữ rừng.'],
    // right after "anh / ông …", a capitalised word that is no Vietnamese syllable opens a name, and a
    // lowercase syllable between it and another such word is the name's
    ['Anh Cil pa Hlông, chủ một nhà nghỉ trong thôn, chia sẻ kinh nghiệm.', '1:5', 'Cil pa Hlông', 'Tên người “Cil pa Hlông” phải viết hoa chữ cái đầu của mọi âm tiết: “Cil Pa Hlông”.', 'Anh Cil Pa Hlông, chủ một nhà nghỉ trong thôn, chia sẻ kinh nghiệm.'],
    ['Giải thưởng mang tên trần Thị Lý được trao cho ba học viên.', '1:22', 'trần Thị Lý', 'Tên người “trần Thị Lý” phải viết hoa chữ cái đầu của mọi âm tiết: “Trần Thị Lý”.', 'Giải thưởng mang tên Trần Thị Lý được trao cho ba học viên.'],
  ])('flags %j', (text, at, span, message, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it('reads a byline whose middle name was typed in lower case, an unlisted surname before it', () => {
    const story = 'Tập huấn sơ cứu\n\nSáng 5-3, Trung tâm Y tế huyện tổ chức lớp sơ cứu cho 60 học viên.\n\n';
    const text = `${story}Pờ thị Hoa - Trung tâm Văn hóa, Thông tin và Thể thao huyện\n`;
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên người “Pờ thị Hoa” phải viết hoa chữ cái đầu của mọi âm tiết: “Pờ Thị Hoa”.', at: '5:1', text: 'Pờ thị Hoa' }]);
    expect(check(text, 'required-byline')).toEqual([]);
    expect(check(`${story}Đô thị Hà Nội\n`, RULE)).toEqual([]);
  });

  it('reads the name after a credit’s label on the last line as the author’s', () => {
    const story = 'Tập huấn sơ cứu\n\nSáng 5-3, Trung tâm Y tế huyện tổ chức lớp sơ cứu cho 60 học viên.\n\n';
    expect(check(`${story}Tin, ảnh: nguyễn Hà\n`, RULE)).toEqual([
      { rule: RULE, message: 'Tên người “nguyễn Hà” phải viết hoa chữ cái đầu của mọi âm tiết: “Nguyễn Hà”.', at: '5:11', text: 'nguyễn Hà' },
    ]);
    expect(fixed(`${story}Tin, ảnh: nguyễn Hà\n`, RULE)).toBe(`${story}Tin, ảnh: Nguyễn Hà\n`);
  });

  it.each([
    ['Minh Châu - Hồng nhung', '5:13', 'Hồng nhung', 'Minh Châu - Hồng Nhung'],
    ['Ngọc Lan – Diệu linh', '5:12', 'Diệu linh', 'Ngọc Lan – Diệu Linh'],
    // a pen name alone on the last line: its lowercase syllable one drafts capitalise more often than not
    ['Diệu thanh', '5:1', 'Diệu thanh', 'Diệu Thanh'],
    ['Toàn cảnh', undefined, undefined, undefined],
  ])('reads a pen name in a byline, its syllable typed in lower case: %j', (credit, at, span, output) => {
    const story = 'Tập huấn sơ cứu\n\nSáng 5-3, Trung tâm Y tế huyện tổ chức lớp sơ cứu cho 60 học viên.\n\n';
    if (!span) {
      // (a caption alone on the last line: "cảnh" is a word drafts write lowercase)
      expect(check(`${story}${credit}\n`, RULE)).toEqual([]);
      return;
    }
    const expected = output!.slice(output!.length - span.length);
    expect(check(`${story}${credit}\n`, RULE)).toEqual([{ rule: RULE, message: `Tên người “${span}” phải viết hoa chữ cái đầu của mọi âm tiết: “${expected}”.`, at, text: span }]);
    expect(fixed(`${story}${credit}\n`, RULE)).toBe(`${story}${output}\n`);
  });

  it.each(['Thu Hà - Đài huyện', 'Minh Châu - Hà thực hiện', 'Minh Châu - Ảnh minh họa', 'Thu Hà - Công an huyện'])('leaves a credit’s body, role or label alone: %j', (credit) => {
    const story = 'Tập huấn sơ cứu\n\nSáng 5-3, Trung tâm Y tế huyện tổ chức lớp sơ cứu cho 60 học viên.\n\n';
    expect(check(`${story}${credit}\n`, RULE)).toEqual([]);
  });

  it.each([
    ['Ông Nguyễn Hoàng phúc, Chủ tịch UBND xã, phát biểu khai mạc.', '1:5', 'Nguyễn Hoàng phúc', 'Tên người “Nguyễn Hoàng phúc” phải viết hoa chữ cái đầu của mọi âm tiết: “Nguyễn Hoàng Phúc”.', 'Ông Nguyễn Hoàng Phúc, Chủ tịch UBND xã, phát biểu khai mạc.'],
    ['Đồng chí Phạm minh Tuấn, Chính ủy Bộ Chỉ huy Quân sự tỉnh, dự buổi lễ.', '1:10', 'Phạm minh Tuấn', 'Tên người “Phạm minh Tuấn” phải viết hoa chữ cái đầu của mọi âm tiết: “Phạm Minh Tuấn”.', 'Đồng chí Phạm Minh Tuấn, Chính ủy Bộ Chỉ huy Quân sự tỉnh, dự buổi lễ.'],
    // a middle syllable that is a surname too ("hoàng", "lê") right after the surname of an introduced name
    ['Đồng chí Lý hoàng Nam nhắc học viên giữ kỷ luật lớp học.', '1:10', 'Lý hoàng Nam', 'Tên người “Lý hoàng Nam” phải viết hoa chữ cái đầu của mọi âm tiết: “Lý Hoàng Nam”.', 'Đồng chí Lý Hoàng Nam nhắc học viên giữ kỷ luật lớp học.'],
    ['Chị Nguyễn Thị hồng Nhung nhận Bằng khen của Trung ương Đoàn.', '1:5', 'Nguyễn Thị hồng Nhung', 'Tên người “Nguyễn Thị hồng Nhung” phải viết hoa chữ cái đầu của mọi âm tiết: “Nguyễn Thị Hồng Nhung”.', 'Chị Nguyễn Thị Hồng Nhung nhận Bằng khen của Trung ương Đoàn.'],
    // a verb's syllable ("đạt") is the given name of a two-syllable name before a comma and a title
    ['Dự lớp có ông Trần Minh đạt, Giám đốc Sở Tài chính tỉnh.', '1:15', 'Trần Minh đạt', 'Tên người “Trần Minh đạt” phải viết hoa chữ cái đầu của mọi âm tiết: “Trần Minh Đạt”.', 'Dự lớp có ông Trần Minh Đạt, Giám đốc Sở Tài chính tỉnh.'],
    // no introducer: a middle name typed small between a surname that is no everyday word and a given name
    ['Sau đó, giảng viên Phạm thanh Tùng hướng dẫn thực hành sơ cứu.', '1:20', 'Phạm thanh Tùng', 'Tên người “Phạm thanh Tùng” phải viết hoa chữ cái đầu của mọi âm tiết: “Phạm Thanh Tùng”.', 'Sau đó, giảng viên Phạm Thanh Tùng hướng dẫn thực hành sơ cứu.'],
    // … a syllable drafts write lowercase almost only inside words ("đạo đức") has no evidence of its own there
    ['Phát biểu bế mạc, ông Phạm Quang đức cho biết huyện sẽ mở thêm lớp.', '1:23', 'Phạm Quang đức', 'Tên người “Phạm Quang đức” phải viết hoa chữ cái đầu của mọi âm tiết: “Phạm Quang Đức”.', 'Phát biểu bế mạc, ông Phạm Quang Đức cho biết huyện sẽ mở thêm lớp.'],
    ['Ông Trần Quốc vượng cho hay nông dân rất phấn khởi.', '1:5', 'Trần Quốc vượng', 'Tên người “Trần Quốc vượng” phải viết hoa chữ cái đầu của mọi âm tiết: “Trần Quốc Vượng”.', 'Ông Trần Quốc Vượng cho hay nông dân rất phấn khởi.'],
    ['Chị H’mai Êban, cán bộ Hội Phụ nữ xã, chia sẻ kinh nghiệm.', '1:5', 'H’mai', 'Tên riêng Tây Nguyên “H’mai” viết hoa cả chữ cái sau dấu nháy: “H’Mai”.', 'Chị H’Mai Êban, cán bộ Hội Phụ nữ xã, chia sẻ kinh nghiệm.'],
    ['Già làng Điểu k’Rai chia sẻ kinh nghiệm giữ rừng.', '1:15', 'k’Rai', 'Tên người “k’Rai” phải viết hoa chữ cái đầu của mọi âm tiết: “K’Rai”.', 'Già làng Điểu K’Rai chia sẻ kinh nghiệm giữ rừng.'],
    ['Bà Rmah H’ngơn báo cáo kết quả thực hiện nghị quyết.', '1:9', 'H’ngơn', 'Tên riêng Tây Nguyên “H’ngơn” viết hoa cả chữ cái sau dấu nháy: “H’Ngơn”.', 'Bà Rmah H’Ngơn báo cáo kết quả thực hiện nghị quyết.'],
  ])('capitalises the one syllable of a name typed in lower case: %j', (text, at, span, message, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it.each([
    'Ông Nguyễn Văn An cho biết lớp học rất thiết thực.',
    'Đồng chí Nông Đức Mạnh nguyên là Tổng Bí thư Ban Chấp hành Trung ương Đảng.',
    'Ông Hồ Văn Lai nhận Bằng khen của Chủ tịch UBND tỉnh.',
    'Anh Lê Minh cùng Hội Cựu chiến binh tham gia dọn vệ sinh.',
    'Ông Trần và bà Lê cùng tham gia buổi lễ.',
    // an everyday word with the introducer before a capitalised "Văn": no surname typed small
    'Các chị em Văn Phòng Đảng ủy xã cùng dự buổi sinh hoạt.',
    // a capitalised syllable and a lowercase "văn"/"thị" that make a word are no name
    'Cô giáo dạy Ngữ văn Trường THCS Nam Hà được tập huấn.',
    // an English word after the introducer is no surname
    'Ông email Nam gửi thư cho ban tổ chức.',
    // a European name with a lowercase particle is no name of Vietnam's peoples typed small
    'Dự lớp có bà Anne de Vries, chuyên gia của tổ chức phi chính phủ.',
    'Học viên tìm hiểu quy hoạch Đô thị Nam Sông Hồng.',
    'Phó Chủ tịch UBND tỉnh Kiên Giang Lê Quốc Anh phát biểu tại cuộc họp.',
    'Ông Nguyễn Văn Hùng phát biểu tại lễ tổng kết.',
  ])('reads the words after a name as the sentence’s: %s', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('takes an everyday word for a surname only after "ông" or a title, before two capitalised given names or one that makes no word with it', () => {
    expect(check('Học viên được tặng lê Đà Lạt.', RULE)).toEqual([]);
    // (CN18: one given name after "ông / anh …" is enough when the two make no word: the Khmer
    // surname "Danh", the Ba Na "Đinh" are everyday words too)
    expect(check('Phát biểu bế giảng, ông lê Hùng đề nghị học viên ôn tập.', RULE).map((f) => f.text)).toEqual(['lê Hùng']);
    expect(fixed('Ông danh Thươl cho biết bà con đã quen cách làm mới.', RULE)).toBe('Ông Danh Thươl cho biết bà con đã quen cách làm mới.');
    expect(fixed('Tại buổi lễ, anh danh Phước, Trưởng ấp, phát biểu cảm ơn.', RULE)).toBe('Tại buổi lễ, anh Danh Phước, Trưởng ấp, phát biểu cảm ơn.');
    expect(fixed('Ông đinh Blơng chia sẻ cách ủ phân chuồng.', RULE)).toBe('Ông Đinh Blơng chia sẻ cách ủ phân chuồng.');
    // a word with the introducer, a people's name after the word, a word with the capital
    expect(check('Học sinh vẽ tranh hoa anh đào Nhật bên cửa sổ.', RULE)).toEqual([]);
    // (CN19: … and a country's name of two syllables: the flower is still no person)
    expect(check('Sinh viên trồng hoa anh đào Nhật Bản trong khuôn viên trường.', RULE)).toEqual([]);
    expect(check('Vườn hoa anh đào Hàn Quốc thu hút nhiều du khách.', RULE)).toEqual([]);
    expect(fixed('Dự lễ có anh đào Văn Minh, Bí thư Chi đoàn.', RULE)).toBe('Dự lễ có anh Đào Văn Minh, Bí thư Chi đoàn.');
    expect(check('Ông Ba đọc danh Sách học viên.', RULE)).toEqual([]);
  });

  it('reads a lower-case word after "Văn" as the given name only before a separator, in an introduced name', () => {
    expect(check('Ông Đỗ Văn nói: lớp học rất bổ ích.', RULE)).toEqual([]);
    expect(check('Dự có ông Đỗ Văn lợi phát biểu.', RULE)).toEqual([]);
    expect(check('Hội trường Văn hóa, nhà Đỗ Văn, xã Tân Lập.', RULE)).toEqual([]);
  });

  it('recognises a lowercase surname before a comma and a title', () => {
    const text = 'Tham dự có trần Văn Bình, Chủ tịch UBND xã, và nhiều đại biểu.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:12 trần Văn Bình']);
    // with no title, a lowercase surname needs a capitalised "Văn" / "Thị" after it
    expect(check('Hội nghị có trần Bình và nhiều đại biểu.', RULE)).toEqual([]);
    expect(check('Hội nghị có trần Văn Bình và nhiều đại biểu.', RULE).map((f) => f.text)).toEqual(['trần Văn Bình']);
    expect(check('Phát biểu khai mạc, Chủ tịch UBND xã trần Văn Bình nêu rõ.', RULE).map((f) => f.text)).toEqual(['trần Văn Bình']);
  });

  // a Central Highlands name's syllable typed small that no Vietnamese syllable is shaped like
  it.each([
    ['Ông Y Bih êban, Bí thư Chi bộ buôn, phát biểu tại lớp học.', '1:5', 'Y Bih êban', 'Y Bih Êban'],
    ['Bà H\'Zen mlô được khen thưởng tại hội nghị.', '1:4', "H'Zen mlô", "H'Zen Mlô"],
    ['Chị H\'Lim knul đạt giải nhất hội thi dệt thổ cẩm.', '1:5', "H'Lim knul", "H'Lim Knul"],
    ['Già làng Y Wơn kđăm kể lại sự tích nhà dài.', '1:10', 'Y Wơn kđăm', 'Y Wơn Kđăm'],
  ])('reads a minority name’s syllable typed small after its capitals: %j', (text, at, name, expected) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: `Tên người “${name}” phải viết hoa chữ cái đầu của mọi âm tiết: “${expected}”.`, at, text: name }]);
    const output = text.replace(name, expected);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it.each([
    'Anh Nguyễn Văn An email cho ban tổ chức.',
    'Chị Lan dạy H\'Mai cách dệt thổ cẩm.',
    'Bà H\'Zen được khen thưởng tại hội nghị.',
    'Anh Y Nhi cùng H\'Mai biểu diễn cồng chiêng.',
    'Huyện Cư M\'gar tổ chức lễ hội cà phê.',
  ])('reads no name slip in a foreign word or a sentence going on: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  // the second syllable of a Gia Rai surname of two ("Rơ Châm", "Rơ Mah") typed small before a minority given name
  it.each([
    ['Chị Rơ châm H\'Luyên kể lại lễ mừng lúa mới của làng.', '1:5', "Rơ châm H'Luyên", "Rơ Châm H'Luyên"],
    ['Dự buổi lễ có bà Rơ mah Blơi, Chi hội trưởng Chi hội Phụ nữ làng.', '1:18', 'Rơ mah Blơi', 'Rơ Mah Blơi'],
  ])('reads a two-syllable surname’s second syllable typed small: %j', (text, at, name, expected) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: `Tên người “${name}” phải viết hoa chữ cái đầu của mọi âm tiết: “${expected}”.`, at, text: name }]);
    const output = text.replace(name, expected);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it.each([
    'Chị Rơ Châm H\'Luyên kể lại lễ mừng lúa mới của làng.',
    'Chị Siu nói H\'Mai rất chăm chỉ.',
    'Anh Ksor thấy H\'Hen ở nhà văn hóa.',
    'Ông Lò thăm Hà Nội cùng đoàn.',
  ])('reads no second syllable typed small after another surname or a word drafts write lowercase: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  // after a surname and a capitalised "Văn"/"Thị", a syllable before a capital or a function word is the given name
  it.each([
    ['Giám đốc Sở Đinh Thị thu Hà chủ trì lớp học.', '1:13', 'Đinh Thị thu Hà', 'Đinh Thị Thu Hà'],
    ['Dự lớp có Trưởng phòng Văn hóa huyện Lê Thị mai và 40 học viên.', '1:38', 'Lê Thị mai', 'Lê Thị Mai'],
    ['Huấn luyện viên Phan Thị thu Trang hướng dẫn các em.', '1:17', 'Phan Thị thu Trang', 'Phan Thị Thu Trang'],
  ])('reads the syllable after a capitalised middle name as the given name: %j', (text, at, name, expected) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: `Tên người “${name}” phải viết hoa chữ cái đầu của mọi âm tiết: “${expected}”.`, at, text: name }]);
    const output = text.replace(name, expected);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it.each([
    'Học viên tham quan Nhà Văn hóa thôn và Trường Văn hóa nghệ thuật.',
    'Đồng chí Hoàng Văn thu hút nhiều người tham gia.',
    'Dự lớp có bà Trần Thị và các hội viên.',
    'Xã mời ông Lê Văn thăm Hà Giang cùng đoàn.',
    'Trường Đại học Văn hóa Hà Nội cử giảng viên tham gia.',
  ])('reads no given name in a word or a sentence going on after “Văn”/“Thị”: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('recognises a name typed wholly in lower case between its introducer and its title', () => {
    const text = 'Dự lớp học có đồng chí phạm thị hồng, Phó Chủ tịch UBND huyện.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text} ${f.message}`)).toEqual(['1:24 phạm thị hồng Tên người “phạm thị hồng” phải viết hoa chữ cái đầu của mọi âm tiết: “Phạm Thị Hồng”.']);
    expect(fixed(text, RULE)).toBe('Dự lớp học có đồng chí Phạm Thị Hồng, Phó Chủ tịch UBND huyện.');
    // without the title after it, or without the introducer, the words may be anything
    expect(check('Dự lớp học có đồng chí phạm thị hồng và nhiều đại biểu.', RULE)).toEqual([]);
    expect(check('Lớp học về phạm thị trường, Phó Chủ tịch UBND huyện dự.', RULE)).toEqual([]);
  });

  it.each([
    // a surname the dictionary lacks, before a lowercase "văn"/"thị", after an introducer
    ['Dự buổi học có ông Khổng Minh văn Tư, Chủ tịch UBND xã.', 'Khổng Minh văn Tư', 'Khổng Minh Văn Tư'],
    ['Ông Quản văn Khải, người dân thôn Bắc, kể lại.', 'Quản văn Khải', 'Quản Văn Khải'],
    // between an introducer and a title, whatever the surname: the H'Mông "A", a Central Highlands or a Khmer name
    ['Có mặt tại lớp học còn có đồng chí Lầu a Sình, Bí thư Đảng ủy xã.', 'Lầu a Sình', 'Lầu A Sình'],
    ["Giảng bài là bà H'Yên niê, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.", "H'Yên niê", "H'Yên Niê"],
    ['Phát biểu có ông chau Sóc Đa, Phó Chủ tịch UBND xã.', 'chau Sóc Đa', 'Chau Sóc Đa'],
    ['Cùng dự có đồng chí Y khuê, Trưởng Ban Tuyên giáo Huyện ủy.', 'Y khuê', 'Y Khuê'],
    ['Dự buổi học có bà bhriu Thị Lanh, Phó Chủ tịch UBND huyện.', 'bhriu Thị Lanh', 'Bhriu Thị Lanh'],
    ['Dự buổi học có bà Tạ Thị thanh Hà, Chủ tịch Hội Chữ thập đỏ huyện.', 'Tạ Thị thanh Hà', 'Tạ Thị Thanh Hà'],
  ])('reads a name between its introducer and its title whatever its surname: %j', (text, span, expected) => {
    expect(check(text, RULE).map((f) => f.text)).toEqual([span]);
    const out = fixed(text, RULE);
    expect(out).toBe(text.replace(span, expected));
    expect(fixed(out, RULE)).toBe(out);
  });

  it('reads no name where the words between the introducer and the title are a sentence going on', () => {
    expect(check('Ông Tâm nói, Chủ tịch UBND xã sẽ trả lời trong tuần.', RULE)).toEqual([]);
    expect(check('Ông Hà cho biết, Phó Chủ tịch UBND huyện đã chỉ đạo.', RULE)).toEqual([]);
    // a name of three capitalised syllables is whole: the verb after it is the sentence's
    expect(check('Ông Trần Văn Bình nói, Chủ tịch UBND tỉnh rất quan tâm việc này.', RULE)).toEqual([]);
    expect(check('Bà Lê Thị Hạnh dặn các chi hội trưởng nộp báo cáo đúng hạn.', RULE)).toEqual([]);
    expect(check('Dự có đồng chí Tỉnh ủy viên, Bí thư Huyện ủy.', RULE)).toEqual([]);
    expect(check('Bà con Khmer, Chủ tịch UBND xã và cán bộ ấp cùng dự.', RULE)).toEqual([]);
  });

  it.each([
    // a minority surname typed small after "ông / chị …", its given names capitalised, a separator after them
    ['Ông điểu Khanh, người giữ rừng lâu năm ở sóc Bù Lạch, kể lại.', 'điểu Khanh', 'Điểu Khanh'],
    ["Chị liêng Hót K'Bình, ở thôn Đạ Tro, làm chủ một tổ dệt.", "liêng Hót K'Bình", "Liêng Hót K'Bình"],
  ])('reads a surname typed small before capitalised given names and a separator: %j', (text, span, expected) => {
    expect(check(text, RULE).map((f) => f.text)).toEqual([span]);
    const out = fixed(text, RULE);
    expect(out).toBe(text.replace(span, expected));
    expect(fixed(out, RULE)).toBe(out);
  });

  it.each([
    'Ông về Đà Lạt, sau đó dự hội nghị tỉnh.',
    'Bà con Khmer, người Kinh cùng dự lễ.',
    'Chị ở thôn Tân Lập, cách xã 10 km.',
    'Các em học sinh Trường Tiểu học Kim Đồng, xã Quảng Hòa tham gia.',
    'Anh hùng Núp, người con của Tây Nguyên, được nhắc tới.',
    'Lớp học có 48 chị em người Tày, Dao, Mường ở các xã vùng cao.',
  ])('reads no surname where a word goes on the sentence before a capitalised name: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('speaks English when asked', () => {
    expect(check('Có ông nguyễn Văn An dự.', RULE, {}, 'en')[0].message).toBe(
      'Capitalise the first letter of every syllable of the name “nguyễn Văn An”: “Nguyễn Văn An”.',
    );
  });

  it.each([
    'Đồng chí Nguyễn Văn An, Bí thư Huyện ủy, dự và phát biểu.',
    'Trưởng Ban Dân vận Tỉnh ủy Bùi Văn Bình đến dự.',
    'Lớp học tổ chức tại huyện Phan Thiết và thị xã Hoàng Mai.',
    'Phát biểu bế giảng, ông lại nhắc nhở học viên.',
    'Ông lê la khắp các xã để nắm tình hình.',
    'Đoàn TNCS Hồ Chí Minh huyện tổ chức tập huấn.',
    'Tin, ảnh: NGUYỄN HOÀNG',
    'Lớp học do ông trần văn an phụ trách.',
    'Giáo viên Trường Lê Quý Đôn tham dự.',
    'Tiến sĩ Nguyễn Văn A trình bày chuyên đề.',
    'Đồng chí Trần Văn Tuấn UBND huyện phát biểu.',
  ])('accepts %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('leaves a name inside a quotation unfixed', () => {
    const text = 'Báo cáo ghi: “ông nguyễn Văn An đã hoàn thành nhiệm vụ”.';
    expect(fixed(text, RULE)).toBe(text);
  });

  it('finds the name of every surname and middle-name example (dictionaries/surnames.json)', () => {
    for (const e of [...surnames.entries, ...surnames.middleNames]) {
      for (const ex of e.examples) {
        const d = parseDraft(ex.text);
        expect(personNames(d).map((n) => ex.text.slice(n.start, n.end)), ex.text).toEqual([ex.name]);
      }
    }
  });

  it.each([
    // a place before the name: the name is the tail of the capitalised run
    ['Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Văn An phát biểu.', ['Nguyễn Văn An'], ['Nguyễn Văn An']],
    ['Giám đốc Học viện Chính trị Hồ Chí Minh Đặng Văn Bảy dự lớp.', ['Đặng Văn Bảy'], ['Đặng Văn Bảy']],
    // a surname no list knows, before "Văn" / "Thị"
    ['Tham dự có TS Thịnh Văn Khoa, Phó Giám đốc Sở.', ['Thịnh Văn Khoa'], ['Thịnh Văn Khoa']],
    // all in capitals, or "văn" in lower case: a name to check, not one an official is written with
    ['Hội nghị có đồng chí NGUYỄN VĂN AN phát biểu.', ['NGUYỄN VĂN AN'], []],
    ['Dự có ông Nguyễn văn Hải phát biểu.', ['Nguyễn văn Hải'], ['Nguyễn văn Hải']],
    // two syllables drafts write as one lowercase word are that word, unless a person is introduced
    ['Lớp học giới thiệu di sản Văn Hóa của các dân tộc.', [], []],
    ['Phát biểu có ông Văn Hóa, Trưởng thôn.', ['Văn Hóa'], ['Văn Hóa']],
  ])('one detector for the case rules and the officials: %j', async (text, names, officials) => {
    const { findPeople } = await import('../../server/src/core/structure/people.js');
    const d = parseDraft(text);
    expect(personNames(d).map((n) => text.slice(n.start, n.end))).toEqual(names);
    expect(findPeople(d).map((p) => p.name)).toEqual(officials);
  });

  it.each(surnames.introducers.flatMap((e) => e.examples.map((x) => [e.word, x.text, x.name, 'official' in e && e.official === true] as const)))(
    'a lowercase surname is a name after “%s”: %s',
    async (word, text, name, official) => {
      const { findPeople } = await import('../../server/src/core/structure/people.js');
      const names = (t: string): string[] => personNames(parseDraft(t)).map((n) => t.slice(n.start, n.end));
      const introducer = new RegExp(`(?<![\\p{L}])${word.replace(/[./]/gu, '\\$&')}(?![\\p{L}])`, 'iu');
      const without = text.replace(introducer, 'cùng');
      expect(without).not.toBe(text);
      expect(names(text)).toEqual([name]);
      expect(names(without)).toEqual([]);
      // the name written right: an official's introducer marks the person for a title
      const capitalised = text.replace(name, name.charAt(0).toUpperCase() + name.slice(1));
      const marked = (t: string): boolean[] => findPeople(parseDraft(t)).map((p) => p.marked);
      if (official) {
        expect(marked(capitalised)).toEqual([true]);
        expect(marked(capitalised.replace(introducer, 'cùng'))).toEqual([false]);
      }
    },
  );

  it('finds no error in the two seed drafts', () => {
    for (const f of ['000_0aae31176f9fe9d1.txt', '004_6ff4995a71d100fd.txt']) {
      const seed = readFileSync(new URL(`../fixtures/seeds/${f}`, import.meta.url), 'utf8');
      expect(check(seed, RULE)).toEqual([]);
    }
  });

  it('recognises the names of the seed drafts', () => {
    const seed = readFileSync(new URL('../fixtures/seeds/004_6ff4995a71d100fd.txt', import.meta.url), 'utf8');
    const names = new Set(personNames(parseDraft(seed)).map((n) => seed.slice(n.start, n.end)));
    expect([...names]).toEqual(expect.arrayContaining(['Bùi Văn Bia', 'Bùi Văn Hản Em', 'Dương Văn Chăm']));
  });
});

describe('person-name-case and Central Highlands place names', () => {
  it.each(markers.highlandPlacePrefixes.examples)('reads a place, not a name slip, after a prefix of places: %s', (x) => {
    expect(check(x, RULE)).toEqual([]);
    // the same word after a person's introducer is a name whose capital was lost
    expect(check(x.replace(/(?<!\p{L})(?:Cư|Ea|Đắk|Kon) (?=\p{Lu}')/u, 'chị '), RULE).length).toBeGreaterThan(0);
  });

  // CN19: a name whose first words are no prefix, right after a village's or a district's level word
  it.each([
    "Cán bộ hội đã đến thăm các hộ nghèo ở buôn Sút M'rư trong tuần qua.",
    "Lớp học thực hành tại làng Kon K'tu, xã Đăk Rơ Wa.",
    "Đoàn công tác về thăm huyện Đắk R'lấp vào ngày 20-11.",
  ])('reads a place after its level word: %s', (x) => {
    expect(check(x, RULE)).toEqual([]);
  });

  it('reads a name opening with “Thị” / “Văn” typed small after “ông / bà …”, where the two make no word', () => {
    expect(fixed('Phát biểu khai mạc, bà thị Xuân nhấn mạnh vai trò của chi hội trưởng.', RULE)).toBe('Phát biểu khai mạc, bà Thị Xuân nhấn mạnh vai trò của chi hội trưởng.');
    expect(check('Phát biểu khai mạc, chị thị Xuân cho biết lớp học rất bổ ích.', RULE).map((f) => f.text)).toEqual(['thị Xuân']);
    expect(check('Tham dự có anh văn Nghệ, cán bộ xã.', RULE)).toEqual([]);
    expect(check('Anh văn Minh, người Chơ Ro, chia sẻ kinh nghiệm.', RULE)).toEqual([]);
  });

  it('reads the S’tiêng surname “Điểu” typed small before one given name, no title after it (CN19)', () => {
    expect(fixed('Ông điểu Lý cho biết ấp có 120 hộ.', RULE)).toBe('Ông Điểu Lý cho biết ấp có 120 hộ.');
    // one answer for the name: common-noun-case leaves its capital to person-name-case
    expect(check('Ông điểu Lý cho biết ấp có 120 hộ.', 'common-noun-case')).toEqual([]);
    expect(check('Trang trại nuôi đà điểu Úc của hợp tác xã thu hút khách tham quan.', RULE)).toEqual([]);
  });

  it('still reads a name after a village elder, whose role ends in a level word', () => {
    expect(fixed("Già làng A Hmư và bà Y H'nhi cùng dự lễ.", RULE)).toBe("Già làng A Hmư và bà Y H'Nhi cùng dự lễ.");
    expect(fixed("Phát biểu tại buổi lễ, già làng K'lang Bình kể chuyện giữ rừng.", RULE)).toBe("Phát biểu tại buổi lễ, già làng K'Lang Bình kể chuyện giữ rừng.");
  });
});

it('reads a local group after an ethnic group’s name, not a person’s name slip (“Chăm H’roi”)', () => {
  expect(check('Nhiều đảng viên là người Ê Đê, Chăm H’roi ở các buôn trong xã.', RULE)).toEqual([]);
  expect(check('Nhiều đảng viên như chị Lan, Nga H’roi ở các buôn trong xã.', RULE).length).toBeGreaterThan(0);
});

it('reads a capitalised non-syllable after an introducer as a name only with a Vietnamese letter or mark in it', () => {
  const names = (text: string): string[] => personNames(parseDraft(text)).map((n) => text.slice(n.start, n.end));
  expect(names('Anh Cil pa Hlông chia sẻ kinh nghiệm làm du lịch.')).toEqual(['Cil pa Hlông']);
  // (a foreign expert's name is no person the official titles rule asks a title for)
  expect(names('Giảng viên là ông Park Soo đến từ Hàn Quốc.')).toEqual([]);
});

// issue 12 (CN17): a middle syllable of a minority name typed small, the name between "ông / bà …"
// and a comma, with no title after the comma (an apposition: "người có uy tín …", "giáo viên …")
describe('person-name-case: a middle syllable typed small before an apposition', () => {
  it.each([
    ['Ông Hầu mí Lử, người có uy tín ở bản, phát biểu.', '1:5', 'Hầu mí Lử', 'Hầu Mí Lử'],
    ['Bà Thạch thị Sa Ri, giáo viên người Khmer, dạy chữ cho học sinh.', '1:4', 'Thạch thị Sa Ri', 'Thạch Thị Sa Ri'],
    ['Ông Sơn ngọc Thành, hòa giải viên của ấp, chia sẻ kinh nghiệm.', '1:5', 'Sơn ngọc Thành', 'Sơn Ngọc Thành'],
    ['Ông Y bhin Niê, cán bộ người Ê Đê, chia sẻ tại lớp học.', '1:5', 'Y bhin Niê', 'Y Bhin Niê'],
  ])('capitalises “%s”', (text, at, name, expected) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, at, text: name, message: `Tên người “${name}” phải viết hoa chữ cái đầu của mọi âm tiết: “${expected}”.` }]);
    expect(fixed(text, RULE)).toBe(text.replace(name, expected));
  });

  it.each([
    'Bà Thạch Thị Sa Ri, giáo viên người Khmer, dạy chữ cho học sinh.',
    'Danh sách học viên gồm Triệu Thị Mai, Bàn Văn Quầy, Lò Thị Hương.',
    // a European particle is written small: no name of Vietnam's peoples
    'Tiến sĩ Anne de Vries, chuyên gia nông nghiệp, trình bày chuyên đề.',
    // a word with the syllable after it is no name's syllable
    'Ông Tư cố gắng, Bí thư chi bộ nhắc lại.',
    // a people's craft after a title: no surname typed small before a given name
    'Bà Đàng Thị Năng, nghệ nhân gốm Chăm, truyền dạy cho học viên.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('person-name-case: a surname that is an everyday word typed small after a noun for a person (CN20)', () => {
  it.each([
    ['Ban Giám khảo trao giải Nhất cho thí sinh lò Thị Thu, xã Trung Hạ.', 'lò Thị Thu', 'Lò Thị Thu'],
    ['Học viên lò Văn Pọm phát biểu cảm tưởng sau khóa học.', 'lò Văn Pọm', 'Lò Văn Pọm'],
    ['Tổ trưởng tổ vay vốn giàng Thị Dính cho biết cả tổ có 40 hộ.', 'giàng Thị Dính', 'Giàng Thị Dính'],
    ['Thay mặt học viên, hội viên sùng Thị Súa phát biểu.', 'sùng Thị Súa', 'Sùng Thị Súa'],
  ])('reports “%s”', (text, span, expected) => {
    const f = check(text, 'person-name-case');
    expect(f.map((x) => x.text)).toEqual([span]);
    expect(f[0].message).toContain(`“${expected}”`);
  });

  it.each([
    // written right, in a list, after a title, in a byline
    'Ban Giám khảo trao giải Nhất cho thí sinh Lò Thị Thu, xã Trung Hạ.',
    'Dự lớp có các học viên Lò Văn Pọm, Quàng Thị Mai, Giàng A Páo.',
    'Trưởng bản Vàng A Sình cho biết bản có 52 hộ.',
    // a "lò" that is an oven, nothing introducing a person
    'Bà con được hướng dẫn xây lò Văn Minh kiểu mới để tiết kiệm củi.',
    'Học viên thực hành bên bếp lò Thị trấn tổ chức.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, 'person-name-case')).toEqual([]);
  });
});

// CN22: after "ông / già làng …" a capital letter alone ("A", "Y": the prefix of many Ba Na, Xơ
// Đăng, Mông and Ê Đê names) opens only a name; the syllable after it, typed small, is its given
// name when the sentence goes on after it (a mark, a function word, a common word of two syllables)
describe('person-name-case: a name opening with a capital letter alone (CN22)', () => {
  it.each([
    ['Tham dự có ông A hiên, Trưởng thôn Nậm Pồ.', '1:16', 'A hiên', 'A Hiên'],
    ['Ông A hiên đề nghị đảng ủy xã chỉ đạo các chi bộ thôn.', '1:5', 'A hiên', 'A Hiên'],
    ['Già làng A thuê, thôn Đăk Dơn, kể về luật tục giữ rừng.', '1:10', 'A thuê', 'A Thuê'],
  ])('reports “%s”', (text, at, span, expected) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, at, text: span, message: `Tên người “${span}” phải viết hoa chữ cái đầu của mọi âm tiết: “${expected}”.` }]);
    expect(fixed(text, RULE)).toBe(text.replace(span, expected));
  });

  it.each([
    'Tham dự có ông A Hiên, Trưởng thôn Nậm Pồ.',
    // a verb after the letter: the sentence goes on, no name typed small
    'Ông A nói với học viên về luật tục giữ rừng.',
    'Ông A cho biết xã có 20 hộ nghèo.',
    // a letter naming a team or a placeholder
    'Hội thi có đội A và đội B tham gia.',
    'Ông A, bà B cùng tham gia buổi hòa giải.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});
