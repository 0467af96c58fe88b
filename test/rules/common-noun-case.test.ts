import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, findings, fixed } from '../helpers/lint.js';
import data from '../../dictionaries/common-nouns.json';
import stats from '../../dictionaries/capitalisation-stats.json';

const RULE = 'common-noun-case';

/** Each case — text, line:column, the capitalised span, its lowercase — is reported once with the rule's message and fixed to the lowercase. */
function lowersEach(cases: [string, string, string, string][]): void {
  it.each(cases)('lowers “%s”', (text, at, span, lowered) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, at, text: span, message: `“${span}” là từ thường, không phải tên riêng: viết thường giữa câu: “${lowered}”.` }]);
    expect(fixed(text, RULE)).toBe(text.replace(span, lowered));
  });
}

const seed = (f: string): string => readFileSync(new URL(`../fixtures/seeds/${f}`, import.meta.url), 'utf8');

/** `text` with the edits of the first suggestion of the first finding applied. */
function suggested(text: string): string {
  const f = findings(text, RULE)[0];
  let out = text;
  for (const e of [...(f?.suggestions?.[0].edits ?? [])].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('common-noun-case', () => {
  it.each([
    [
      'Huyện ủy tập huấn nghiệp vụ công tác Dân vận năm 2024.',
      '1:29',
      'công tác Dân vận',
      '“công tác Dân vận” là danh từ chung, viết thường giữa câu: “công tác dân vận”.',
      'Huyện ủy tập huấn nghiệp vụ công tác dân vận năm 2024.',
    ],
    [
      'Ban Dân vận tổ chức Hội nghị tập huấn cho cán bộ cơ sở.',
      '1:21',
      'Hội nghị tập huấn',
      '“Hội nghị tập huấn” ở đây là danh từ chung chỉ sự kiện, không phải tên riêng: viết “hội nghị tập huấn”.',
      'Ban Dân vận tổ chức hội nghị tập huấn cho cán bộ cơ sở.',
    ],
    [
      'Trường Chính trị tỉnh tổ chức Lễ Bế giảng lớp trung cấp.',
      '1:31',
      'Lễ Bế giảng',
      '“Lễ Bế giảng” là danh từ chung, viết thường giữa câu: “lễ bế giảng”.',
      'Trường Chính trị tỉnh tổ chức lễ bế giảng lớp trung cấp.',
    ],
    [
      'Lớp học dành cho cán bộ Tuyên giáo các xã.',
      '1:18',
      'cán bộ Tuyên giáo',
      '“cán bộ Tuyên giáo” là danh từ chung, viết thường giữa câu: “cán bộ tuyên giáo”.',
      'Lớp học dành cho cán bộ tuyên giáo các xã.',
    ],
    [
      'Huyện ủy triển khai học tập tại các Đảng bộ, chi bộ trực thuộc.',
      '1:33',
      'các Đảng bộ',
      'Sau “các”, danh từ chỉ nhiều đơn vị viết thường: “các đảng bộ” thay cho “các Đảng bộ”.',
      'Huyện ủy triển khai học tập tại các đảng bộ, chi bộ trực thuộc.',
    ],
    [
      'Đại diện một số Sở, ngành của tỉnh dự lớp học.',
      '1:10',
      'một số Sở',
      'Sau “một số”, danh từ chỉ nhiều đơn vị viết thường: “một số sở” thay cho “một số Sở”.',
      'Đại diện một số sở, ngành của tỉnh dự lớp học.',
    ],
    [
      'Qua lớp học, Các học viên nắm vững kỹ năng.',
      '1:14',
      'Các',
      '“Các” đứng giữa câu (sau dấu phẩy) nên viết thường: “các”.',
      'Qua lớp học, các học viên nắm vững kỹ năng.',
    ],
  ])('flags %j', (text, at, span, message, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it('reads the word after a place and its province opening the lead as the sentence’s first', () => {
    const lead = 'Tập huấn cứu hộ cho ngư dân\n\nBình Châu (Quảng Ngãi) - Từ ngày 6 đến 8/5, Ủy ban nhân dân xã mở lớp tập huấn cho 90 ngư dân.\n';
    expect(check(lead, RULE)).toEqual([]);
    // inside a sentence the same shape is no tag: the capital is still a slip
    expect(check(lead.replace('mở lớp', 'mở lớp ở Bình Châu (Quảng Ngãi) - Từ'), RULE)).toHaveLength(1);
  });

  it('keeps the capital of a document its issuer is named for with “do” as with “của”', () => {
    expect(check('Các y sĩ được cập nhật Hướng dẫn phòng bệnh tay chân miệng do Sở Y tế ban hành.', RULE)).toEqual([]);
    expect(check('Các y sĩ được cập nhật Hướng dẫn phòng bệnh tay chân miệng cho trẻ nhỏ.', RULE)).toHaveLength(1);
  });

  it('reads up to six words of description between a place’s head and its name, none a word names never hold', () => {
    expect(check('Doanh nghiệp khai báo trên Hệ thống thông quan hàng hóa tự động VNACCS.', RULE)).toEqual([]);
    expect(check('Người dân Khu dân cư mới được quy hoạch gần Trường Tiểu học Hòa Bình dự lớp học.', RULE)).toHaveLength(1);
  });

  it('reads the first of a list of names as a name, however common its syllables; not a list of common words in capitals', () => {
    expect(check('Đoàn công tác đến các xã vùng cao như Thắng Lợi, Phú Cường, Đồng Tâm để kiểm tra.', RULE)).toEqual([]);
    expect(check('Tham gia có cán bộ các thôn Hòa Bình, Tân Tiến, Quyết Thắng của xã.', RULE)).toEqual([]);
    // common words in capitals are no names
    expect(check('Lớp học giúp nâng cao Kiến Thức, Kỹ Năng, Trách Nhiệm cho cán bộ.', RULE).map((f) => f.text)).toEqual(['Kiến Thức', 'Kỹ Năng', 'Trách Nhiệm']);
  });

  it('leaves a capitalised level word to admin-unit-case: one finding per word', () => {
    const text = 'Hội nghị tập huấn công tác bầu cử có các thành viên Ban Chỉ đạo bầu cử Phường tham dự. Sau hội nghị, UBND Phường gửi tài liệu cho các tổ bầu cử.';
    expect(check(text, RULE)).toEqual([]);
    expect(check(text, 'admin-unit-case').map((x) => x.text)).toEqual(['Phường', 'Phường']);
  });

  it('lowercases a form of address before a person’s name mid-sentence, whatever comes before it', () => {
    const text = 'Dự lớp học có ông Phạm Văn Tường và Ông Đinh Quang Vũ. Tham dự còn có Đồng chí Hà Thị Lan, Phó Bí thư Huyện ủy. Học viên đến từ tỉnh Bà Rịa - Vũng Tàu.';
    expect(check(text, RULE).map((x) => [x.text, x.message])).toEqual([
      ['Ông', '“Ông” là từ thường, không phải tên riêng: viết thường giữa câu: “ông”.'],
      ['Đồng chí', '“Đồng chí” là từ thường, không phải tên riêng: viết thường giữa câu: “đồng chí”.'],
    ]);
    expect(fixed(text, RULE)).toBe(text.replace('và Ông', 'và ông').replace('có Đồng chí', 'có đồng chí'));
  });

  it('reads “và” as joining a name’s fields only when the phrase before it holds together as one', () => {
    const text = 'Lớp học ở xã Tân Lập (Đan Phượng) và Mô hình mới được giới thiệu. Học viên Học viện Báo chí và Tuyên truyền dự lớp.';
    expect(check(text, RULE).map((x) => x.text)).toEqual(['Mô hình']);
  });

  it('reads a body named once with its place as the same body when named again without it', () => {
    const named = 'Bảo hiểm xã hội huyện Mường Tè tổ chức hội nghị đối thoại. Nhiều câu hỏi của người dân được cán bộ Bảo hiểm xã hội giải đáp.';
    expect(check(named, RULE)).toEqual([]);
    // never named with its place: the capital is a common word's
    const bare = 'Huyện tổ chức hội nghị đối thoại. Nhiều câu hỏi của người dân được cán bộ Bảo hiểm xã hội giải đáp.';
    expect(check(bare, RULE).map((x) => x.text)).toEqual(['Bảo hiểm']);
  });

  it('reads a name glossed by its foreign name or abbreviation as a name, not one glossed by its own initials', () => {
    expect(check('Trung tâm phối hợp với Tổ chức Cứu trợ trẻ em (Save the Children) mở lớp học.', RULE)).toEqual([]);
    expect(check('Lớp học do Quỹ Nhi đồng Liên hợp quốc (UNICEF) tài trợ.', RULE)).toEqual([]);
    // the initials of its own words: a Vietnamese name, cased as one
    expect(check('Học viên tìm hiểu Chương Trình Mục Tiêu quốc gia (MTQG) giảm nghèo.', RULE).map((x) => x.text)).toEqual(['Chương Trình Mục Tiêu']);
    // several lowercase words before the next capital: the gloss is another name's
    expect(check('Lớp học có một số Cha mẹ học sinh Mầm non Hoa Sen (LSK) tham dự.', RULE).map((x) => x.text)).toEqual(['Cha mẹ']);
  });

  it('reads a name glossed by its own initials right before its level word and place as a body with its place', () => {
    expect(check('Sáng 9/5, Bảo hiểm xã hội (BHXH) huyện Mỹ Đức mở lớp tập huấn cho đại lý thu.', RULE)).toEqual([]);
    // no level and place after the gloss: the capital is weighed as before
    expect(check('Sáng 9/5, Bảo hiểm xã hội (BHXH) được giới thiệu tới đại lý thu.', RULE).map((x) => x.text)).toEqual(['Bảo hiểm']);
  });

  it('still lowers a common word after “ngày” when no name runs on from it', () => {
    expect(check('Trong ngày Khai mạc, ban tổ chức đón 300 lượt khách.', RULE).map((x) => x.message)).toEqual([
      '“Khai mạc” là từ thường, không phải tên riêng: viết thường giữa câu: “khai mạc”.',
    ]);
  });

  it('lowers the last syllable of a rank or degree written in capitals before a name (CAP-25)', () => {
    const text = 'Dự có Thượng Tá Nguyễn Minh Quang và Tiến Sĩ Lê Thị Hằng.';
    expect(check(text, RULE).map((x) => x.message)).toEqual([
      '“Thượng Tá” là một từ: chỉ viết hoa chữ đầu: “Thượng tá”.',
      '“Tiến Sĩ” là một từ: chỉ viết hoa chữ đầu: “Tiến sĩ”.',
    ]);
    expect(fixed(text, RULE)).toBe('Dự có Thượng tá Nguyễn Minh Quang và Tiến sĩ Lê Thị Hằng.');
    expect(check('Dự có Thượng tá Nguyễn Minh Quang và tiến sĩ Lê Thị Hằng.', RULE)).toEqual([]);
  });

  it('reads a month named by its number word, even in lower case, as an event’s name (“Cách mạng Tháng tám”)', () => {
    expect(check('Học viên tìm hiểu bài học của Cách mạng Tháng tám.', RULE)).toEqual([]);
    // a lowercase "tháng" names no event
    expect(check('Học viên tìm hiểu Cách mạng tháng này.', RULE).map((x) => x.text)).toEqual(['Cách mạng']);
  });

  it('accepts the capital of a programme or contest head before its quoted name, and fixes it without one', () => {
    // Party and state texts capitalise the head of one named campaign or contest (CAP-36: a specific one is meant)
    expect(findings('Học viên tìm hiểu Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.', RULE)).toEqual([]);
    // its kind may take a few words of description before the name (“Cuộc thi trắc nghiệm trực tuyến “…””)
    expect(findings('Đoàn viên tham gia Cuộc thi trắc nghiệm trực tuyến “Tìm hiểu lịch sử Đảng bộ tỉnh”.', RULE)).toEqual([]);
    // with no quoted name after it the capital is fixed
    expect(findings('Học viên tìm hiểu Cuộc vận động của Mặt trận.', RULE)[0].fix).toBeDefined();
    // nor when the description runs too long before a quotation
    expect(findings('Đoàn viên tham gia Cuộc thi trắc nghiệm trực tuyến dành cho học sinh “Tìm hiểu lịch sử”.', RULE)).toHaveLength(1);
  });

  it('speaks English when asked', () => {
    expect(check('tổ chức lớp Tập huấn cho cán bộ xã', RULE, {}, 'en')[0].message).toBe(
      '“lớp Tập huấn” is a common noun, lowercase mid-sentence: “lớp tập huấn”.',
    );
  });

  it('flags a bare "Hội nghị" mid-sentence only when the draft also writes "hội nghị"', () => {
    expect(check('Tại Hội nghị, các đại biểu thảo luận sôi nổi.', RULE)).toEqual([]);
    const text = 'Huyện ủy tổ chức hội nghị quán triệt nghị quyết.\nQuang cảnh Hội nghị';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['2:12 Hội nghị']);
    expect(fixed(text, RULE)).toBe('Huyện ủy tổ chức hội nghị quán triệt nghị quyết.\nQuang cảnh hội nghị');
  });

  it('lowers a word of the genre the draft itself writes lowercase, capitalised as a whole phrase and never before a name', () => {
    const text = 'Lớp học dành cho bí thư chi bộ các thôn. Học viên thực hành sinh hoạt Chi bộ, ghi biên bản và tập dượt tại sân Hội trường. Buổi chiều, lớp học chuyển vào hội trường xã.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text} ${f.message}`)).toEqual([
      '1:71 Chi bộ “Chi bộ” là từ thường, không phải tên riêng: viết thường giữa câu: “chi bộ”.',
      '1:112 Hội trường “Hội trường” là từ thường, không phải tên riêng: viết thường giữa câu: “hội trường”.',
    ]);
    const once = fixed(text, RULE);
    expect(once).toBe('Lớp học dành cho bí thư chi bộ các thôn. Học viên thực hành sinh hoạt chi bộ, ghi biên bản và tập dượt tại sân hội trường. Buổi chiều, lớp học chuyển vào hội trường xã.');
    expect(check(once, RULE)).toEqual([]);
  });

  it('lowers a rarely capitalised syllable opening a word of the genre as a whole phrase mid-clause, even in a pair drafts never showed', () => {
    const text = 'Chi cục Thuế giải đáp câu hỏi của Người nộp thuế về hóa đơn điện tử.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text} ${f.message}`)).toEqual(['1:35 Người nộp thuế “Người nộp thuế” là từ thường, không phải tên riêng: viết thường giữa câu: “người nộp thuế”.']);
    expect(fixed(text, RULE)).toBe('Chi cục Thuế giải đáp câu hỏi của người nộp thuế về hóa đơn điện tử.');
  });

  it.each([
    // more lowercase words of the phrase after it: a name printed in sentence case may open there
    'Xã tổ chức ra mắt Hợp tác xã chăn nuôi và dịch vụ xã Tân Lập.',
    // the draft capitalises it before a name: alone it refers back to that one
    'Học viên học Tiêu chí số 10 về thu nhập. Cán bộ hướng dẫn cách tính Tiêu chí về thu nhập bình quân.',
    // a document's type
    'Huyện triển khai Đề án về phát triển du lịch cộng đồng.',
  ])('leaves a word of the genre alone where it may be a name or refer back to one: %s', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it.each([
    // "chăm" is lowercase in "chăm sóc", "chăm lo": alone, after a noun, it is the ethnic group's name
    'Học sinh tìm hiểu kiến trúc đền tháp Chăm và nghệ thuật điêu khắc đá.',
    'Bảo tàng mời nhóm múa dân gian Chăm biểu diễn cho khách tham quan.',
  ])('leaves alone a syllable drafts write lowercase only inside longer words when it stands in none here: %s', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('still lowers such a syllable where it makes a word with its neighbour, and a common word with evidence of its own', () => {
    const text = 'Cán bộ y tế hướng dẫn cách Chăm sóc trẻ nhỏ và nâng cao Nhận thức cho các bà mẹ.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:28 Chăm sóc', '1:57 Nhận thức']);
  });

  it('reads a document’s type alone as the one document of that type the draft names in full, not after a plural marker', () => {
    const named = 'Hội nghị triển khai Quy chế làm việc của Ban Chấp hành Đảng bộ xã. Các chi bộ đưa nội dung Quy chế vào sinh hoạt.';
    expect(check(named, RULE)).toEqual([]);
    // named nowhere: the common noun
    const bare = 'Các chi bộ đưa nội dung Quy chế vào sinh hoạt.';
    expect(check(bare, RULE).map((f) => `${f.at} ${f.text} ${f.message}`)).toEqual(['1:25 Quy chế “Quy chế” là từ thường, không phải tên riêng: viết thường giữa câu: “quy chế”.']);
    // a quoted title after the type names no document of it
    const quoted = 'Học viên nâng cao nhận thức về Chiến lược “diễn biến hòa bình”. Cán bộ nêu rõ âm mưu của Chiến lược.';
    expect(check(quoted, RULE).map((f) => f.text)).toContain('Chiến lược');
  });

  it('reads a word of the genre after “Các” opening the sentence as the plural’s noun, however often its first syllable is capitalised elsewhere', () => {
    const text = 'Lớp học kéo dài ba tháng. Các Bác sĩ học viên được thực hành tại khoa cấp cứu.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:31 Bác sĩ']);
    expect(fixed(text, RULE)).toBe('Lớp học kéo dài ba tháng. Các bác sĩ học viên được thực hành tại khoa cấp cứu.');
  });

  it('reads a capital after “các đồng chí” as a generic plural’s noun, not a person’s name or an organ of a body', () => {
    const text = 'Đồng chí đề nghị các đồng chí Trưởng thôn, bí thư chi bộ tích cực tham gia.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:31 Trưởng thôn']);
    expect(fixed(text, RULE)).toBe('Đồng chí đề nghị các đồng chí trưởng thôn, bí thư chi bộ tích cực tham gia.');
    expect(check('Dự hội nghị có các đồng chí Thường trực Hội Cựu chiến binh huyện.', RULE)).toEqual([]);
    expect(check('Dự hội nghị có các đồng chí Nguyễn Văn An, Lê Văn Bình.', RULE)).toEqual([]);
  });

  it('reads a title one person holds in each body, after a plural marker, as generic, its body aside, unless a colon lists its holders (CAP-24)', () => {
    const text = 'Lớp học có 90 học viên là các Chủ tịch UBND xã, phường mới được bầu.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:27 các Chủ tịch']);
    expect(fixed(text, RULE)).toBe('Lớp học có 90 học viên là các chủ tịch UBND xã, phường mới được bầu.');
    expect(check('Dự lễ có các Ủy viên Ban Thường vụ Tỉnh ủy: đồng chí Lê Văn An, đồng chí Trần Thị Hoa.', RULE)).toEqual([]);
    // a deputy's or a member's title may name several holders of one body
    expect(check('Đại diện các Phó Chủ tịch UBND huyện cùng dự.', RULE)).toEqual([]);
    // "cùng" is with one, not several
    expect(check('Học viên cùng Bí thư Huyện ủy trồng cây lưu niệm.', RULE)).toEqual([]);
  });

  it('reads a name the draft gives in full elsewhere, alone here, as a short reference to it: a given name after a noun for a person, a place without its level word', () => {
    expect(check('Dự lớp có kỹ sư Trần Minh Đạt, cán bộ Trạm Khuyến nông. Theo kỹ sư Đạt, giống lúa mới chịu mặn tốt.', RULE)).toEqual([]);
    expect(check('Hội Nông dân huyện Lý Nhân mở lớp học. Học viên tìm hiểu truyền thống của quê hương Lý Nhân và hướng phát triển kinh tế.', RULE)).toEqual([]);
    // no full name, no level word: the capital is the common word's
    expect(check('Theo kỹ sư, lớp học Đạt kết quả tốt.', RULE).map((f) => f.text)).toEqual(['Đạt']);
    expect(check('Học viên tìm hiểu truyền thống của quê hương Lý Nhân và hướng phát triển kinh tế.', RULE).map((f) => f.text)).toEqual(['Lý Nhân']);
  });

  it('reads a body after "cùng" as one partner body, not bodies, whether its type word or the lexicon names it', () => {
    expect(check('Trạm Khuyến nông cùng Ủy ban nhân dân xã hướng dẫn bà con làm chuồng trại.', RULE)).toEqual([]);
    expect(check('Chi hội cùng Đảng ủy, Ủy ban nhân dân thị trấn vận động hội viên đóng góp.', RULE)).toEqual([]);
    // … a generic of the list stays plural there ("cùng Chi bộ" is any cell), and "các" makes bodies
    expect(check('Đoàn viên cùng các Đảng ủy, chi bộ trồng cây.', RULE).map((f) => f.text)).toEqual(['các Đảng ủy']);
  });

  it('reads an agent noun opening the clause after an adverbial and its comma as a common noun, an issuer after it or not', () => {
    const text = 'Trong hai buổi, Báo cáo viên hướng dẫn học viên cách lập kế hoạch. Tại lớp học, Báo cáo viên của Ban Tuyên giáo Huyện ủy trình bày chuyên đề.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Báo cáo viên', 'Báo cáo viên']);
    expect(fixed(text, RULE)).toBe('Trong hai buổi, báo cáo viên hướng dẫn học viên cách lập kế hoạch. Tại lớp học, báo cáo viên của Ban Tuyên giáo Huyện ủy trình bày chuyên đề.');
    // a name after it: the agent noun introduces a person
    expect(check('Tại lớp học, Báo cáo viên Nguyễn Văn An trình bày chuyên đề.', RULE)).toEqual([]);
  });

  it('reads “ứng dụng” written lowercase as the verb, no app’s name opening after it', () => {
    const text = 'Cán bộ xã được hướng dẫn ứng dụng Trí tuệ nhân tạo trong soạn thảo văn bản.';
    expect(fixed(text, RULE)).toBe('Cán bộ xã được hướng dẫn ứng dụng trí tuệ nhân tạo trong soạn thảo văn bản.');
    expect(check('Người dân được hướng dẫn cài ứng dụng VNeID trên điện thoại.', RULE)).toEqual([]);
  });

  it.each([
    // the draft never writes it lowercase
    'Học viên thực hành sinh hoạt Chi bộ, ghi biên bản.',
    // … or also before a name: a short name of that one body
    'Bí thư chi bộ dự lớp. Chi bộ thôn Đông có 30 đảng viên; sinh hoạt Chi bộ, ghi biên bản đều đặn.',
    // more words of a phrase after it: a name printed in sentence case may open there
    'Cán bộ nộp tài liệu lưu trữ. Hồ sơ được giao nộp vào Lưu trữ lịch sử tỉnh theo quy định.',
    // a document's type, capitalised for one document
    'Học viên nghiên cứu các nghị quyết của Đảng và triển khai nội dung Nghị quyết.',
  ])('leaves the capital alone where the draft gives no word on it: %s', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('counts a capitalised event head it lowercases before its kind as the draft writing it lowercase: one fix pass is enough', () => {
    const text = 'Huyện ủy tổ chức Hội nghị tập huấn cho cán bộ xã. Tại Hội nghị, các đại biểu thảo luận sôi nổi.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:18 Hội nghị tập huấn', '1:55 Hội nghị']);
    const once = fixed(text, RULE);
    expect(once).toBe('Huyện ủy tổ chức hội nghị tập huấn cho cán bộ xã. Tại hội nghị, các đại biểu thảo luận sôi nổi.');
    expect(check(once, RULE)).toEqual([]);
  });

  it('reads a word it lowers in a plural as lowercase when judging the list after it: one fix pass is enough', () => {
    const text = 'Lớp học có cán bộ lãnh đạo các Hội, Đoàn thể của xã.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text} | ${f.message}`)).toEqual([
      '1:28 các Hội | Sau “các”, danh từ chỉ nhiều đơn vị viết thường: “các hội” thay cho “các Hội”.',
      '1:37 Đoàn thể | “Đoàn thể” là từ thường, không phải tên riêng: viết thường giữa câu: “đoàn thể”.',
    ]);
    const once = fixed(text, RULE);
    expect(once).toBe('Lớp học có cán bộ lãnh đạo các hội, đoàn thể của xã.');
    expect(check(once, RULE)).toEqual([]);
    const longer = 'Dự có đại biểu các Ban, Ngành, Đoàn thể của huyện.';
    expect(check(longer, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:16 các Ban', '1:25 Ngành', '1:32 Đoàn thể']);
    expect(check(fixed(longer, RULE), RULE)).toEqual([]);
  });

  it('reads the capital after “về” as a document’s title only right after the document’s reference', () => {
    const titled = 'Xã thực hiện Kế hoạch số 36/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân huyện về Tổ chức tập huấn cho tổ hòa giải.';
    expect(check(titled, RULE)).toEqual([]);
    const bare = 'Xã mở lớp cho tổ hòa giải về Tổ chức tuyên truyền ở thôn.';
    expect(check(bare, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:30 Tổ chức']);
    expect(fixed(bare, RULE)).toBe('Xã mở lớp cho tổ hòa giải về tổ chức tuyên truyền ở thôn.');
  });

  it('judges a capitalised common word in a sentence-case headline as in the body (CAP-39)', () => {
    const text = 'Tập huấn kỹ năng số cho Hội viên nông dân\n\nSáng 4-3, Hội Nông dân xã tập huấn cho 50 hội viên.\n\nThu Hà\n';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text} | ${f.message}`)).toEqual(['1:25 Hội viên | “Hội viên” là từ thường, không phải tên riêng: viết thường giữa câu: “hội viên”.']);
    expect(fixed(text, RULE)).toBe(text.replace('Hội viên', 'hội viên'));
    expect(check('Hội Nông dân xã Tân Phú tập huấn cho hội viên\n\nSáng 4-3, Hội Nông dân xã tập huấn cho 50 hội viên.\n\nThu Hà\n', RULE)).toEqual([]);
    // (a headline in Title Case is headline-case's: one answer per word)
    expect(check('Tập Huấn Kỹ Năng Số Cho Hội Viên Nông Dân\n\nSáng 4-3, Hội Nông dân xã tập huấn cho 50 hội viên.\n\nThu Hà\n', RULE)).toEqual([]);
  });

  it('shows a word of three syllables whole (“Cuộc vận động”, not “Cuộc vận”)', () => {
    const text = 'Hội viên được phổ biến Cuộc vận động xây dựng gia đình no ấm.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text} | ${f.message}`)).toEqual(['1:24 Cuộc vận động | “Cuộc vận động” là từ thường, không phải tên riêng: viết thường giữa câu: “cuộc vận động”.']);
    expect(fixed(text, RULE)).toBe('Hội viên được phổ biến cuộc vận động xây dựng gia đình no ấm.');
  });

  it('shows a word of three syllables written with two capitals whole (“Câu Lạc bộ”, not “Câu Lạc”)', () => {
    const text = 'Các đại biểu bàn việc sửa đổi Điều lệ Câu Lạc bộ trong nhiệm kỳ mới.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text} | ${f.message}`)).toEqual(['1:39 Câu Lạc bộ | “Câu Lạc bộ” là một từ: chỉ viết hoa chữ đầu: “Câu lạc bộ”.']);
    expect(fixed(text, RULE)).toBe('Các đại biểu bàn việc sửa đổi Điều lệ Câu lạc bộ trong nhiệm kỳ mới.');
  });

  it('reads the names after a lowercase type word in a plural as the bodies’ names (“các phòng Tham mưu, Chính trị”)', () => {
    expect(check('Học viên được cán bộ các phòng Tham mưu, Chính trị của Bộ Chỉ huy Quân sự tỉnh hướng dẫn nghiệp vụ.', RULE)).toEqual([]);
    // (without the plural a lowercase type word among lowercase words opens no field: "hiện trường vụ Tai nạn")
    expect(check('Lực lượng chức năng khám nghiệm hiện trường vụ Tai nạn.', RULE).map((f) => f.text)).toEqual(['Tai nạn']);
  });

  it('shows a listed word of the genre whole, even where drafts never showed its pair (“Cuộc thi”, not “Cuộc”)', () => {
    const text = 'Tỉnh đoàn phát động cuộc thi viết về Bác. Thí sinh tham gia Cuộc thi được tập huấn kỹ năng viết bài.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:61 Cuộc thi']);
    expect(fixed(text, RULE)).toBe('Tỉnh đoàn phát động cuộc thi viết về Bác. Thí sinh tham gia cuộc thi được tập huấn kỹ năng viết bài.');
  });

  it('reads the head of a contest or programme the draft names in full as a short reference to it when alone', () => {
    const text = 'Tỉnh đoàn trao giải Cuộc thi trực tuyến tìm hiểu 95 năm thành lập Đảng. Sau hai tháng, Cuộc thi thu hút hơn 5.000 lượt người tham gia.';
    expect(check(text, RULE)).toEqual([]);
    // without the full name, the head alone is the common noun
    expect(check('Tỉnh đoàn tổng kết các hoạt động. Sau hai tháng, Cuộc thi thu hút hơn 5.000 lượt người tham gia.', RULE).map((f) => f.text)).toEqual(['Cuộc thi']);
  });

  it('keeps the capital of an award’s head before the award’s name, not before a common word', () => {
    expect(check('Ba học viên được nhận Kỷ niệm chương Vì sự nghiệp dân vận.', RULE)).toEqual([]);
    const text = 'Ba học viên được nhận Kỷ niệm chương của tỉnh.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:23 Kỷ niệm']);
    expect(fixed(text, RULE)).toBe('Ba học viên được nhận kỷ niệm chương của tỉnh.');
  });

  it('accepts the short name of a mass organisation used as a name, capitalised or not', () => {
    for (const text of data.shortNames.valid) expect(check(text, RULE), text).toEqual([]);
    const text = 'Liên đoàn Lao động huyện tập huấn nghiệp vụ công tác Công đoàn năm 2024.';
    expect(check(text, RULE)).toEqual([]);
  });

  it.each([
    'Ban Dân vận Huyện ủy phối hợp Trung tâm Chính trị huyện tổ chức tập huấn.',
    'Công tác dân vận là nhiệm vụ của cả hệ thống chính trị.',
    'Đồng chí nêu rõ: Công tác dân vận có vai trò quan trọng.',
    'Học viên được nghe chuyên đề về Công tác dân tộc trong tình hình mới.',
    'Đại diện cán bộ Tuyên giáo Huyện ủy phát biểu.',
    'Học viên lớp Trung cấp Lý luận Chính trị tham dự.',
    'Ban Công tác Mặt trận thôn Đông tham dự hội nghị.',
    'Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII.',
    'HỘI NGHỊ TẬP HUẤN CÔNG TÁC DÂN VẬN',
    'Chuyên đề gồm: Các chủ trương mới; các văn bản hướng dẫn.',
    'Báo cáo viên nhấn mạnh “công tác Dân vận là của cả hệ thống chính trị” trong bài giảng.',
  ])('accepts %j', (text) => {
    const fs = findings(text, RULE).filter((f) => !f.inQuote);
    expect(fs).toEqual([]);
  });

  it('reports quoted text as information only, without a fix', () => {
    const text = 'Báo cáo viên nhấn mạnh “công tác Dân vận là của cả hệ thống chính trị”.';
    expect(findings(text, RULE).map((f) => [f.severity, f.fix])).toEqual([['info', undefined]]);
    expect(fixed(text, RULE)).toBe(text);
  });

  it('judges reported speech after a colon as the draft’s own text, as information without a fix; not a quoted title', () => {
    const text = 'Già làng lưu ý: “Hòa giải viên giúp các bên tự tìm tiếng nói chung. Muốn vậy phải hiểu phong tục của từng Bản, tôn trọng người có uy tín”.';
    expect(findings(text, RULE).map((f) => [text.slice(f.start, f.end), f.severity, f.fix])).toEqual([['Bản', 'info', undefined]]);
    expect(check('Cuộc thi có chủ đề: “Thanh niên với Kỹ năng số, Chuyển đổi số”.', RULE)).toEqual([]);
  });

  it('keeps the draft’s tone placement and Unicode form', () => {
    const text = 'tổ chức Lễ Khai giảng khoá học'.normalize('NFD');
    expect(fixed(text, RULE)).toBe('tổ chức lễ khai giảng khoá học'.normalize('NFD'));
  });

  it('seed 000: "Công tác Dân vận" after a colon keeps its opening capital', () => {
    const text = seed('000_0aae31176f9fe9d1.txt');
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['7:120 Công tác Dân vận']);
    expect(fixed(text, RULE)).toContain('nêu rõ: Công tác dân vận là một bộ phận');
  });

  it('seed 004 has no common-noun error', () => {
    expect(check(seed('004_6ff4995a71d100fd.txt'), RULE)).toEqual([]);
  });

  describe('a common word capitalised mid-sentence, judged by how drafts write it', () => {
    it('lowercases the word, shows it with the syllable it pairs with, and says why', () => {
      const text = 'Sau buổi học, toàn thể Học viên viết bài thu hoạch.';
      expect(check(text, RULE)).toEqual([
        { rule: RULE, at: '1:24', text: 'Học viên', message: '“Học viên” là từ thường, không phải tên riêng: viết thường giữa câu: “học viên”.' },
      ]);
      expect(check(text, RULE, {}, 'en')[0].message).toBe('“Học viên” is a common word, not a name: lowercase mid-sentence: “học viên”.');
      expect(fixed(text, RULE)).toBe('Sau buổi học, toàn thể học viên viết bài thu hoạch.');
    });

    it('makes one finding of a phrase with several capitals', () => {
      const text = 'Huyện tổ chức lễ Khai giảng Lớp bồi dưỡng cho đảng viên mới.';
      expect(check(text, RULE).map((f) => f.text)).toEqual(['Khai giảng Lớp bồi dưỡng']);
      expect(fixed(text, RULE)).toBe('Huyện tổ chức lễ khai giảng lớp bồi dưỡng cho đảng viên mới.');
    });

    it('reads a type word that ends a whole name or a common word as no body opening there', () => {
      // "Xã hội" ends the body the lexicon read; "xã hội", "dân phòng" are common words
      expect(fixed('Sở Lao động - Thương binh và Xã hội Phối hợp với huyện mở lớp.', RULE)).toBe('Sở Lao động - Thương binh và Xã hội phối hợp với huyện mở lớp.');
      expect(check('Các báo cáo viên về dư luận xã hội Truyền đạt ba chuyên đề.', RULE).map((f) => f.text)).toEqual(['Truyền đạt']);
      expect(fixed('Đội dân phòng Tham gia diễn tập chữa cháy.', RULE)).toBe('Đội dân phòng tham gia diễn tập chữa cháy.');
      // a title's head is still a type word: "Trưởng ban Nghiệp vụ" names a department
      expect(check('Bà Lan, Trưởng ban Nghiệp vụ Hội Nhà báo tỉnh, giảng bài.', RULE)).toEqual([]);
    });

    it.each([
      'Giảng viên Học viện Báo chí và Tuyên truyền trình bày chuyên đề.',
      'Đài Phát thanh - Truyền hình tỉnh đưa tin về lớp học.',
      'Ông Hải, Trưởng khoa Cấp cứu Bệnh viện tỉnh, hướng dẫn thực hành.',
      'Đơn vị thực hiện Hướng dẫn số 12 của Ban Tổ chức Huyện ủy.',
      'Nội dung gồm: chủ trương mới; Nhiệm vụ trọng tâm năm tới.',
      'Đại biểu nhận cuốn sách “Kỹ năng làm báo” của tác giả.',
      'Cán bộ Tập đoàn Dầu khí dự lớp học.',
      // an event named by its month (CAP-37), in the Decree's case and in the capitals drafts give it
      'Đoàn viên ôn lại truyền thống Cách mạng tháng Tám trước buổi học.',
      'Đoàn viên ôn lại truyền thống Cách mạng Tháng Tám trước buổi học.',
      // a named day after its lowercase head, its name running on to another capital (CAP-35)
      'Nhân 50 năm ngày Giải phóng miền Nam, thống nhất đất nước, xã tổ chức văn nghệ.',
      'Hưởng ứng ngày Sách và Văn hóa đọc Việt Nam, thư viện mở cửa cả ngày.',
      'Hưởng ứng ngày Pháp luật Việt Nam, xã tổ chức phiên tòa giả định.',
      // the head of a programme or movement before its quoted name
      'Hội Liên hiệp Phụ nữ huyện triển khai Phong trào thi đua “Phụ nữ tích cực học tập” tới các chi hội.',
      'Mặt trận xã phát động Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong hội viên.',
      // … or on to its date
      'Công an xã tuyên truyền nhân ngày Toàn dân phòng, chống mua bán người 30/7.',
      'Đoàn viên ra quân dọn rác hưởng ứng ngày Môi trường thế giới 5-6 tại bãi biển.',
    ])('accepts %j', (text) => {
      expect(check(text, RULE)).toEqual([]);
    });
  });

  describe('every example of dictionaries/common-nouns.json', () => {
    const groups = [...data.heads, ...data.fields, ...data.events, ...data.generics, data.terms, data.congress, data.counts, data.functionWords, data.evidence];
    for (const g of groups) {
      for (const ex of g.examples) {
        it(`${ex.from} → ${ex.to}`, () => {
          expect(suggested(ex.from)).toBe(ex.to);
          expect(findings(ex.to, RULE), ex.to).toEqual([]);
        });
      }
      for (const v of ('valid' in g ? g.valid : undefined) ?? []) {
        it(`accepts ${v}`, () => {
          expect(check(v, RULE)).toEqual([]);
        });
      }
    }
  });
});

describe('one word written as two capitalised syllables (capitalisation-stats.json continuations)', () => {
  it('reads a special noun as a whole name: a capital after it stands on its own ("Nhà nước Ta")', () => {
    const text = 'Học viên được quán triệt chính sách của Đảng và Nhà nước Ta về công tác dân tộc.';
    expect(check(text, CAPS).map((f) => [f.rule, f.text])).toEqual([['common-noun-case', 'Ta']]);
    expect(fixed(text, CAPS)).toBe('Học viên được quán triệt chính sách của Đảng và Nhà nước ta về công tác dân tộc.');
    expect(check('Học viên tìm hiểu pháp luật của Nhà nước Việt Nam.', CAPS)).toEqual([]);
  });

  it('takes no second half of a word for a name opener, nor a never-capitalised syllable for a field', () => {
    // "sách" opens book titles, but not as the end of "chính sách"
    const text = 'Học viên tìm hiểu chế độ, chính sách Đối với lao động nữ.';
    expect(check(text, CAPS).map((f) => [f.rule, f.text])).toEqual([['common-noun-case', 'Đối với']]);
    expect(check('Học viên được giới thiệu cuốn sách Những tấm gương bình dị.', CAPS)).toEqual([]);
    // "vụ" before "Tai nạn" is the incident, not a department ("Vụ"): the capital is the slip
    const crash = 'Lực lượng chức năng đã khám nghiệm hiện trường vụ Tai nạn ngay trong đêm.';
    expect(check(crash, CAPS).map((f) => [f.rule, f.text])).toEqual([['common-noun-case', 'Tai nạn']]);
    expect(fixed(crash, CAPS)).toBe('Lực lượng chức năng đã khám nghiệm hiện trường vụ tai nạn ngay trong đêm.');
    // after a title the body's field may open with such a syllable
    expect(check('Ông Trần Văn Dũng, Trưởng ban Nghiệp vụ Hội Nhà báo tỉnh, trình bày.', CAPS)).toEqual([]);
  });

  it('reads no short name of a mass organisation in the first half of a word of the genre (“Hội viên”)', () => {
    const text = 'Mô hình giúp Hội viên nâng cao thu nhập, Đoàn viên hăng hái tham gia.';
    expect(check(text, CAPS).map((f) => [f.rule, f.text])).toEqual([
      ['common-noun-case', 'Hội viên'],
      ['common-noun-case', 'Đoàn viên'],
    ]);
    expect(fixed(text, CAPS)).toBe('Mô hình giúp hội viên nâng cao thu nhập, đoàn viên hăng hái tham gia.');
    expect(check('Lớp học dành cho cán bộ Hội ở các chi hội.', CAPS)).toEqual([]);
  });

  it('shows a capitalised word with the syllable it makes a word with, never with a mere neighbour', () => {
    const text = 'Học viên tìm hiểu pháp luật Nhà nước Về quốc phòng.';
    expect(check(text, CAPS).map((f) => [f.text, f.message])).toEqual([['Về', '“Về” là từ thường, không phải tên riêng: viết thường giữa câu: “về”.']]);
    expect(check('Lớp học giúp Học viên nâng cao nhận thức.', CAPS).map((f) => f.text)).toEqual(['Học viên']);
  });

  it('reads a place’s name after its level word as two syllables at least, and a capital after it as a slip', () => {
    expect(check('Giáo viên được chuyên viên của Sở Giáo dục và Đào tạo tỉnh Nam Định hướng dẫn phương pháp mới.', CAPS)).toEqual([]);
    expect(check('Lớp học do tỉnh Kiên Giang Hỗ trợ kinh phí.', CAPS).map((f) => f.text)).toEqual(['Hỗ trợ']);
  });

  it('reads a function word after a syllable drafts never write in lower case as the rest of a place’s name', () => {
    expect(check('Các xã vùng cao như Lũng Cú, Sủng Là còn nhiều khó khăn.', CAPS)).toEqual([]);
    // after a word drafts write in lower case it is the function word, capitalised wrongly
    expect(check('Học viên tìm hiểu pháp luật Nhà nước Về quốc phòng.', CAPS).map((f) => f.text)).toEqual(['Về']);
  });

  it('reads a document type as one word whatever the figures saw (“Nghị Định số 136” → “Nghị định”)', () => {
    const text = 'Học viên được phổ biến Nghị Định số 136/2020/NĐ-CP và Đề Án 06 của Chính phủ.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Nghị Định', 'Đề Án']);
    expect(fixed(text, RULE)).toBe('Học viên được phổ biến Nghị định số 136/2020/NĐ-CP và Đề án 06 của Chính phủ.');
    expect(check('Học viên nghe ông Nguyễn Công Văn trình bày.', RULE)).toEqual([]);
    // before the document's name too, whose own capital stays
    const named = 'Học viên được quán triệt Nghị Quyết Đại hội Đảng bộ tỉnh lần thứ XIX.';
    expect(check(named, RULE).map((f) => f.text)).toEqual(['Nghị Quyết']);
    expect(fixed(named, RULE)).toBe('Học viên được quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX.');
  });

  it('reads a document name after its type word like a sentence (CAP-36)', () => {
    const text = 'Học viên được phổ biến Luật Quốc Phòng năm 2018.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:29', text: 'Quốc Phòng', message: '“Quốc Phòng” là một từ: chỉ viết hoa chữ đầu: “Quốc phòng”.' }]);
    expect(fixed(text, RULE)).toBe('Học viên được phổ biến Luật Quốc phòng năm 2018.');
  });

  it('reports the pair once, with the exact message, and lowers only its second syllable', () => {
    const text = 'Học viên nắm vững Chương Trình hành động của huyện.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:19', text: 'Chương Trình', message: '“Chương Trình” là một từ: chỉ viết hoa chữ đầu: “Chương trình”.' }]);
    expect(check(text, RULE, {}, 'en')[0].message).toBe('“Chương Trình” is one word: only its first syllable takes a capital: “Chương trình”.');
    expect(fixed(text, RULE)).toBe('Học viên nắm vững Chương trình hành động của huyện.');
  });

  it('reads a word of the genre written whole in Title Case after a common noun as one word, where drafts write its pairs as one', () => {
    const text = 'Lớp học dành cho cán bộ, hội viên Cựu Chiến Binh ở các xã.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:35', text: 'Cựu Chiến Binh', message: '“Cựu Chiến Binh” là một từ: chỉ viết hoa chữ đầu: “Cựu chiến binh”.' }]);
    expect(fixed(text, RULE)).toBe('Lớp học dành cho cán bộ, hội viên Cựu chiến binh ở các xã.');
    expect(check('Lớp học dành cho cán bộ, hội viên Cựu chiến binh ở các xã.', RULE)).toEqual([]);
    // a name drafts give no such figures, after a place noun or not: a region, a crop season, a body
    expect(check('Học viên tìm hiểu về chủ quyền vùng biển Đông Bắc của Tổ quốc.', RULE)).toEqual([]);
    expect(check('Sau vụ Hè Thu, hợp tác xã tổ chức lớp học cho xã viên.', RULE)).toEqual([]);
    expect(check('Lớp học diễn ra tại Nhà Văn hóa Thanh niên tỉnh.', RULE)).toEqual([]);
  });

  it('reads a capitalised word after a count as the noun counted, not a country (“50 Áo phao”)', () => {
    const text = 'Dịp này, đơn vị tặng 40 Áo phao cho ngư dân trong xã.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Áo phao']);
    expect(fixed(text, RULE)).toBe('Dịp này, đơn vị tặng 40 áo phao cho ngư dân trong xã.');
    expect(check('Đoàn sang học tập kinh nghiệm tại Áo trong 2 tuần.', RULE)).toEqual([]);
  });

  it('keeps the capitals a name of its own gives its syllables, and only those (“vào Thứ Hai” → “thứ Hai”)', () => {
    const text = 'Lớp học sẽ khai giảng vào Thứ Hai tuần tới.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:27', text: 'Thứ', message: '“Thứ” là từ thường, không phải tên riêng: viết thường giữa câu: “thứ”.' }]);
    expect(fixed(text, RULE)).toBe('Lớp học sẽ khai giảng vào thứ Hai tuần tới.');
    expect(check('Lớp học sẽ khai giảng vào thứ Hai tuần tới.', RULE)).toEqual([]);
  });

  it('takes a title of emulation the law names for a name with its own capitals (“là Chiến sĩ thi đua toàn quốc”)', () => {
    expect(check('Chị Lan là Chiến sĩ thi đua toàn quốc và được mời chia sẻ kinh nghiệm.', RULE)).toEqual([]);
    expect(check('Hai tổ công tác đạt Tập thể lao động xuất sắc năm 2025.', RULE)).toEqual([]);
  });

  it('reads a name in Title Case after a capitalised newspaper opener as the owner’s (“Báo Nhân Dân”), unless it goes on in another style', () => {
    expect(check('Phóng viên Báo Nhân Dân và Báo Người Lao Động dự buổi khai giảng.', RULE)).toEqual([]);
    const text = 'Phóng viên Báo Dân Tộc và Phát triển dự buổi khai giảng.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:16', text: 'Dân Tộc', message: '“Dân Tộc” là một từ: chỉ viết hoa chữ đầu: “Dân tộc”.' }]);
    expect(fixed(text, RULE)).toBe('Phóng viên Báo Dân tộc và Phát triển dự buổi khai giảng.');
    // the opener's own word is no opener: "Báo Cáo viên"
    expect(check('Hội nghị nghe đại diện Báo Cáo viên phát biểu.', RULE).map((f) => f.text)).toEqual(['Báo Cáo viên']);
  });

  it('takes a list after a colon whose items all open with a capital for written so on purpose (“2 phần: Lý thuyết và Thực hành”)', () => {
    expect(check('Đợt này, học viên được học 2 phần: Lý thuyết và Thực hành.', RULE)).toEqual([]);
    // a list whose first item is lowercase is cased like a sentence: the capital later is a slip
    const text = 'Đợt này, học viên được học 2 phần: lý thuyết và Thực hành.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:49', text: 'Thực hành', message: '“Thực hành” là từ thường, không phải tên riêng: viết thường giữa câu: “thực hành”.' }]);
    expect(fixed(text, RULE)).toBe('Đợt này, học viên được học 2 phần: lý thuyết và thực hành.');
  });

  it('takes the head of a competition before its description and its name or edition for the name’s (“Giải chạy Báo Hà Nội mới”)', () => {
    expect(check('Đoàn viên của xã tham gia Giải chạy Báo Hà Nội mới lần thứ 49.', RULE)).toEqual([]);
    expect(check('Huyện tổ chức Giải bóng đá thanh niên lần thứ V cho 12 đội.', RULE)).toEqual([]);
    // a description broken by a function word names nothing, nor a head that makes a common word
    const text = 'Ban tổ chức trao Giải thưởng cho Trường Tiểu học Kim Đồng.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:18', text: 'Giải thưởng', message: '“Giải thưởng” là từ thường, không phải tên riêng: viết thường giữa câu: “giải thưởng”.' }]);
    expect(fixed(text, RULE)).toBe('Ban tổ chức trao giải thưởng cho Trường Tiểu học Kim Đồng.');
    expect(fixed('Xã đã Giải quyết dứt điểm đơn thư của Nhân dân.', RULE)).toBe('Xã đã giải quyết dứt điểm đơn thư của Nhân dân.');
  });

  it('takes a document named by its issuer for one document, its type capitalised (“Hướng dẫn … của Bộ Y tế”)', () => {
    expect(check('Nhân viên y tế được tập huấn Hướng dẫn chẩn đoán và điều trị bệnh sởi của Bộ Y tế.', RULE)).toEqual([]);
    // (a name inside the title keeps its capitals)
    expect(check('Bác sĩ tuyến xã học Hướng dẫn chẩn đoán và điều trị sốt xuất huyết Dengue của Bộ Y tế.', RULE)).toEqual([]);
    expect(check('Chi ủy thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ mới.', RULE)).toEqual([]);
    // the verb, or a document for someone, is no document's name: the capital is a slip
    const text = 'Cán bộ khuyến nông Hướng dẫn cho các hộ của xã cách bón phân.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:20', text: 'Hướng dẫn', message: '“Hướng dẫn” là từ thường, không phải tên riêng: viết thường giữa câu: “hướng dẫn”.' }]);
    expect(fixed(text, RULE)).toBe('Cán bộ khuyến nông hướng dẫn cho các hộ của xã cách bón phân.');
    expect(fixed('Đơn vị xây dựng Quy chế làm việc cho cơ quan.', RULE)).toBe('Đơn vị xây dựng quy chế làm việc cho cơ quan.');
  });

  const CAPS = ['common-noun-case', 'organisation-case', 'title-case', 'special-noun-case', 'admin-unit-case'];
  it.each(stats.examples.map((e) => [e.from, e.to]))('%j → %j', (from, to) => {
    expect(check(from, CAPS)).toHaveLength(1);
    expect(fixed(from, CAPS)).toBe(to);
    expect(check(to, CAPS)).toEqual([]);
  });
  it.each(stats.valid)('accepts %j', (text) => {
    expect(check(text, CAPS)).toEqual([]);
  });
});

it('reads a word after web debris that opens its line as the sentence’s start: the fix that removes the debris leaves its capital', () => {
  const text = 'Lượt xem: 2.317 Các học viên được phát tài liệu ôn tập.';
  expect(check(text, RULE)).toEqual([]);
  expect(fixed(text, [RULE, 'web-leftover'])).toBe('Các học viên được phát tài liệu ôn tập.');
  // a count in the sentence itself still makes the noun after it plural
  expect(check('Lớp học có 12 Đảng bộ cơ sở cử cán bộ tham dự.', RULE)).toHaveLength(1);
});

it('reads a type word alone as the short name of the one body of that type the draft names (“… tại hội trường Sở”), not of two', () => {
  const draft = (bodies: string): string =>
    `Tập huấn luật hòa giải cho cán bộ cơ sở\n\nSáng 5-3, ${bodies} tỉnh Kon Tum tổ chức hội nghị tập huấn cho 60 cán bộ.\n\nHội nghị được tổ chức tại hội trường Sở và trực tuyến tại các huyện.\n\nMinh Anh\n`;
  expect(check(draft('Sở Tư pháp'), RULE)).toEqual([]);
  // … and of two too (CN20): a type word alone names one of the bodies the draft names with it,
  // never the common noun ("các kỹ sư của Sở" after "Sở Công nghiệp … Sở Lao động …")
  expect(check(draft('Sở Tư pháp và Sở Nội vụ'), RULE)).toEqual([]);
  // … but not where the draft names no body with it
  expect(check(draft('Ủy ban nhân dân'), RULE).map((f) => f.text)).toEqual(['Sở']);
  // … of two, the one named just before it in the paragraph (that sentence or the one before)
  expect(check('Dự lớp có lãnh đạo Sở Nội vụ và Sở Tư pháp. Lớp học diễn ra tại hội trường Sở và trực tuyến đến các xã.', RULE)).toEqual([]);
  // (nor a type word that opens a word of the genre: “Hội nghị” after “Hội Nông dân” is the event)
  expect(check('Hội Nông dân huyện tổ chức lớp học. Sau đó, Hội nghị trực tuyến được mở cho các xã.', RULE)).toHaveLength(1);
});

it('reads the first syllable of a unique national body alone as its short name (“Bộ Y tế … hội trường Bộ”)', () => {
  const draft = (bodies: string): string =>
    `Tập huấn an toàn thực phẩm cho cán bộ y tế\n\nSáng 5-3, ${bodies} tổ chức hội nghị tập huấn cho 60 cán bộ.\n\nHội nghị được tổ chức tại hội trường Bộ và trực tuyến tại các tỉnh.\n\nMinh Anh\n`;
  expect(check(draft('Bộ Y tế'), RULE)).toEqual([]);
  // (of two, the one named just before it in the paragraph only)
  expect(check(draft('Bộ Y tế và Bộ Công Thương'), RULE)).toHaveLength(1);
});

it('reads a capital after a plural marker as the plural’s noun, before a body’s type word or an issuer too', () => {
  const text = 'Bên cạnh giờ giảng của các Giảng viên Học viện, lớp học có các buổi trao đổi.';
  expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:28 Giảng viên']);
  expect(fixed(text, RULE)).toBe('Bên cạnh giờ giảng của các giảng viên Học viện, lớp học có các buổi trao đổi.');
  const documents = 'Đảng viên thảo luận việc thực hiện các Nghị quyết của Đảng ở thôn.';
  expect(check(documents, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:40 Nghị quyết']);
  expect(fixed(documents, RULE)).toBe('Đảng viên thảo luận việc thực hiện các nghị quyết của Đảng ở thôn.');
  // (… also where the draft names one of them before: the plural refers back to none)
  expect(check(`Chi bộ quán triệt Nghị quyết Đại hội. ${documents}`, RULE).map((f) => f.text)).toEqual(['Nghị quyết']);
  // (one document named by its issuer keeps its capital; so does a body's name after the plural)
  expect(check('Chi bộ thực hiện Nghị quyết của Đảng ủy xã về xây dựng nông thôn mới.', RULE)).toEqual([]);
  expect(check('Đại diện các Sở Y tế, Giáo dục và Đào tạo cùng dự.', RULE)).toEqual([]);
});

it('reads a group name in a list of ethnic groups joined by dashes or commas as the group’s', () => {
  expect(check('Thuyết minh viên giới thiệu vùng đất giao thoa văn hóa Kinh - Hoa - Khmer với du khách.', RULE)).toEqual([]);
  // (a capital that opens a common word outside such a list is still one)
  expect(check('Cán bộ ngành Kinh tế và Tài chính dự lớp học.', RULE)).toHaveLength(1);
});

it('reads the items listed after a name standing alone as common nouns, not as a field running on in that name', () => {
  const text = 'Học viên là cán bộ Mặt trận, Đoàn thể của các xã vùng biên.';
  expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:30', text: 'Đoàn thể', message: '“Đoàn thể” là từ thường, không phải tên riêng: viết thường giữa câu: “đoàn thể”.' }]);
  expect(fixed(text, RULE)).toBe('Học viên là cán bộ Mặt trận, đoàn thể của các xã vùng biên.');
  expect(fixed('Hội viên tích cực tham gia xây dựng Đảng, Chính quyền vững mạnh.', RULE)).toBe('Hội viên tích cực tham gia xây dựng Đảng, chính quyền vững mạnh.');
  // a body named by its type word runs its field on: “Học viện Báo chí và Tuyên truyền”
  expect(check('Giảng viên Học viện Báo chí và Tuyên truyền trình bày chuyên đề.', RULE)).toEqual([]);
  // (two short names side by side stay names: “cán bộ Hội, Đoàn”)
  expect(check('Lớp học dành cho cán bộ Hội, Đoàn của xã.', RULE)).toEqual([]);
});

it('flags a level word capitalised in a list of levels with no name after it', () => {
  const text = 'Lớp học hướng tới người cao tuổi ở các thôn, Buôn vùng cao.';
  expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:46', text: 'Buôn', message: '“Buôn” là từ thường, không phải tên riêng: viết thường giữa câu: “buôn”.' }]);
  expect(fixed(text, RULE)).toBe('Lớp học hướng tới người cao tuổi ở các thôn, buôn vùng cao.');
  expect(fixed('Cán bộ các ấp và Khóm trong xã dự lớp.', RULE)).toBe('Cán bộ các ấp và khóm trong xã dự lớp.');
  // a name or a number after it makes it one place
  expect(check('Học viên đến từ thôn, Buôn Đôn và tổ 5, Khu phố 3 của thị trấn.', RULE)).toEqual([]);
});

it('flags an item of a list of common nouns written with its first capital alone, nothing after it', () => {
  const text = 'Dự lớp có người có uy tín, Trưởng ấp, nghệ nhân của các xã.';
  expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:28', text: 'Trưởng ấp', message: '“Trưởng ấp” là từ thường, không phải tên riêng: viết thường giữa câu: “trưởng ấp”.' }]);
  expect(fixed(text, RULE)).toBe('Dự lớp có người có uy tín, trưởng ấp, nghệ nhân của các xã.');
  // after an item that is a word of the genre, capitalised as well (“già làng” itself is lowered
  // since CN28: the written sets write “già” lowercase every time)
  expect(fixed('Hội nghị dành cho Già làng, Trưởng buôn, người có uy tín của xã.', RULE)).toBe('Hội nghị dành cho già làng, trưởng buôn, người có uy tín của xã.');
  // a list of names of that shape, a body's fields after a comma, a title before a name stay
  expect(check('Học viên tìm hiểu nghệ thuật sân khấu Rô băm, Dù kê và hoa văn chùa.', RULE)).toEqual([]);
  expect(check('Trung tâm Văn hóa, Thể thao và Du lịch huyện mở lớp.', RULE)).toEqual([]);
  expect(check('Dự lớp có người có uy tín, Trưởng ấp Nguyễn Văn Út và các nghệ nhân.', RULE)).toEqual([]);
});

it('reads an item of a list of common nouns that goes on in lowercase words to the next comma', () => {
  const text = 'Tham dự có chủ tàu, thuyền trưởng, Thuyền viên các tàu du lịch, nhân viên các điểm tham quan.';
  expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:36', text: 'Thuyền viên', message: '“Thuyền viên” là từ thường, không phải tên riêng: viết thường giữa câu: “thuyền viên”.' }]);
  expect(fixed(text, RULE)).toBe('Tham dự có chủ tàu, thuyền trưởng, thuyền viên các tàu du lịch, nhân viên các điểm tham quan.');
  // not a programme's name, a body's short name before a verb, a law's name going on after “và”
  expect(check('Xã triển khai các dự án, Chương trình mục tiêu quốc gia, các mô hình sinh kế.', RULE)).toEqual([]);
  expect(check('Sáu tháng đầu năm, Đồn đã kiểm tra, kiểm soát 1.200 lượt tàu cá.', RULE)).toEqual([]);
  expect(check('Học viên nghiên cứu các luật: Quốc phòng, Dân quân tự vệ, Biên giới quốc gia và nhiều văn bản khác.', RULE)).toEqual([]);
});

// issue 12 (CN17): a capitalised word of the general language after a word that is no noun — a
// preposition, a verb, a quantifier — heads a common noun phrase in any sector, whatever names
// the genre's own figures saw it open
describe('PREC30: a field phrase after “và” inside a body’s name whose first field runs on with a comma', () => {
  it.each([
    'Dự hội nghị có bà Lê Thị Hoa, Trưởng phòng Tuyên truyền, phổ biến pháp luật và Hỗ trợ tư pháp của Sở.',
    'Cán bộ Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện hướng dẫn bà con gia cố nhà cửa.',
    'Đại diện Trung tâm Tư vấn, hỗ trợ pháp lý và Trợ giúp người lao động tỉnh giới thiệu các gói dịch vụ.',
  ])('no common-noun finding: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
  it.each([
    // no type word before the field: a list of common nouns, the capital after "và" is a slip
    ['Học viên được hướng dẫn tuyên truyền, phổ biến pháp luật và Hỗ trợ pháp lý cho người dân.', 'Hỗ trợ'],
    // a function word inside the run: a clause, no field ("Ban Tổ chức đã mời các chuyên gia và Giảng viên")
    ['Ban Tổ chức đã mời các chuyên gia và Giảng viên của trường về hướng dẫn.', 'Giảng viên'],
    // a branch's name opened by "Cảnh sát" is one phrase, its rest lowercase
    ['Cán bộ Phòng Cảnh sát phòng cháy, chữa cháy và Cứu nạn, cứu hộ Công an tỉnh hướng dẫn thoát nạn.', 'Cứu nạn'],
  ])('still lowers the capital after “và” outside a name: %j', (text, span) => {
    expect(check(text, RULE).map((f) => f.text)).toEqual([span]);
  });
});

describe('common-noun-case: a common noun after a word that is no noun', () => {
  lowersEach([
    ['Phiên tòa có sự tham gia của Thẩm phán giàu kinh nghiệm xét xử.', '1:30', 'Thẩm phán', 'thẩm phán'],
    ['Ngân hàng cam kết bảo mật thông tin của Khách hàng vay vốn.', '1:41', 'Khách hàng', 'khách hàng'],
    ['Chi cục Thuế mở lớp giúp Thương nhân kê khai thuế điện tử.', '1:26', 'Thương nhân', 'thương nhân'],
    ['Ông Sáu hiện là Kiểm sát viên của viện kiểm sát huyện.', '1:17', 'Kiểm sát viên', 'kiểm sát viên'],
    ['Cơ quan thuế đã gửi thông báo tới Người nộp thuế chậm nộp.', '1:35', 'Người nộp thuế', 'người nộp thuế'],
    ['Đồn Biên phòng phối hợp với Ngư dân bảo vệ chủ quyền biển đảo.', '1:29', 'Ngư dân', 'ngư dân'],
    ['Cán bộ tư pháp giúp Đương sự hiểu quyền và nghĩa vụ của mình.', '1:21', 'Đương sự', 'đương sự'],
    ['Hội nghị ghi nhận ý kiến của Cử tri về công tác giải phóng mặt bằng.', '1:30', 'Cử tri', 'cử tri'],
    ['Trạm y tế phối hợp với Nông dân phun thuốc diệt muỗi.', '1:24', 'Nông dân', 'nông dân'],
    // CN18: a noun the dictionary defines by another person's noun ("khách …", "xem độc giả")
    ['Khu du lịch phát bản đồ miễn phí cho Du khách đến tham quan.', '1:38', 'Du khách', 'du khách'],
    ['Tòa soạn đã tiếp nhận nhiều thư góp ý của Bạn đọc.', '1:43', 'Bạn đọc', 'bạn đọc'],
    // … whose first syllable drafts capitalise for other words ("Nhà văn hóa", "Du lịch")
    ['Sở yêu cầu chủ đầu tư thanh toán đúng hạn cho Nhà thầu thi công.', '1:47', 'Nhà thầu', 'nhà thầu'],
    // an agent noun in "viên" after a word of two syllables, though "Thanh tra" opens a body
    ['Lớp tập huấn nâng cao kỹ năng cho Thanh tra viên mới được bổ nhiệm.', '1:35', 'Thanh tra viên', 'thanh tra viên'],
    // opening the clause after an adverbial and its comma
    ['Theo quy định mới, Thủ quỹ các xã phải nộp tiền mặt vào kho bạc hằng ngày.', '1:20', 'Thủ quỹ', 'thủ quỹ'],
    // an ethnic group after the noun says whose people they are: no name goes on
    ['Nhà trường miễn học phí cho Học sinh Khmer có hoàn cảnh khó khăn.', '1:29', 'Học sinh', 'học sinh'],
    // a compound for a person: a head that is a person in most of its senses and a word after it
    ['Cảnh sát giao thông nhắc nhở Chủ phương tiện chấp hành quy định tải trọng.', '1:30', 'Chủ phương tiện', 'chủ phương tiện'],
    ['Vì vậy, mỗi Chủ tàu cần trang bị đủ phao cứu sinh.', '1:13', 'Chủ tàu', 'chủ tàu'],
    ['Ban quản lý phát tờ gấp cho Khách tham quan khu di tích.', '1:29', 'Khách tham quan', 'khách tham quan'],
  ]);

  it('shows a listed word of three syllables whole, and speaks English when asked', () => {
    const text = 'Lớp học trang bị kiến thức pháp luật cho Hòa giải viên ở cơ sở.';
    expect(check(text, RULE, {}, 'en')).toEqual([{ rule: RULE, at: '1:42', text: 'Hòa giải viên', message: '“Hòa giải viên” is a common word, not a name: lowercase mid-sentence: “hòa giải viên”.' }]);
  });

  it.each([
    // a name goes on after it: a capital, a level word and a name, a title chain to a person
    'Lãi suất cho vay của Ngân hàng Chính sách xã hội được giữ ổn định.',
    'Chương trình giúp Hội Nông dân xã mở rộng mô hình trồng nấm.',
    'Bà Lan hiện là Thẩm phán Tòa án nhân dân tỉnh Quảng Trị.',
    'Huyện ủy giao nhiệm vụ cho Chi bộ thôn Đông Hòa rà soát đảng viên.',
    'Hội nghị lắng nghe ý kiến của Nhà báo, Tiến sĩ Trần Văn Hải.',
    // a special noun, a body's short name, a word drafts capitalise mid-clause more often than not
    'Đề án nhận được sự ủng hộ của Nhân dân trong xã.',
    'Hội thi nhằm cổ vũ tinh thần học tập theo gương của Bác.',
    'Đơn vị đã hoàn thành nhiệm vụ bảo vệ Tổ quốc trong năm.',
    'Ông đã nhiều năm công tác trong lực lượng Công an.',
    // after a noun, a name's head may stand: not this reading's
    'Đội tuyên truyền lưu động phục vụ bà con tại Nhà văn hóa thôn Trung Lập.',
    // a name printed in sentence case, going on to its place's capital
    'Xã tổ chức ra mắt Tổ hợp tác trồng rau an toàn thôn Đông Phú.',
    // a body's noun the rule reads as generic only after a plural marker
    'Học viên thực hành sinh hoạt Chi đoàn, ghi biên bản.',
    // a noun for a thing or a body, whose name may run on in lowercase or be one by convention,
    // and a person's noun defined by a name ("người theo đạo Phật")
    'Làn điệu này đã được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia.',
    'Hồ sơ được đăng tải trên Cổng thông tin điện tử của huyện.',
    'Sinh viên thi tìm hiểu Hiến pháp năm 2013 và pháp luật về bầu cử.',
    'Lực lượng công an bảo đảm an ninh cho các hoạt động của Thủ đô.',
    'Ban trị sự phối hợp với Phật tử dọn vệ sinh khuôn viên chùa.',
    // the short reference to a body the draft names in full with the same head
    'Quân chủng Hải quân tổ chức lớp học. Học viên đến từ các đơn vị trong và ngoài Quân chủng.',
    // after an adverbial and its comma: a body, a title before its body, a title before a name
    'Trong buổi làm việc, Thanh tra tỉnh nêu rõ những tồn tại cần khắc phục.',
    'Tại hội nghị, Chủ tịch UBND huyện phát biểu chỉ đạo.',
    'Sau đó, Kiểm sát viên Lê Văn Bình công bố cáo trạng.',
    // a head and the next syllable making a word of their own, or a name after it
    'Lớp học diễn ra vào Chủ nhật hằng tuần.',
    'Đoàn nghỉ tại Khách sạn Mường Thanh.',
    'Lực lượng Dân quân tự vệ xã tham gia diễn tập.',
    'Các em được gặp Thầy Tư, người thầy đầu tiên của làng.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('common-noun-case: names of two syllables and names person-name-case answers for (CN19)', () => {
  it.each([
    // two capitalised syllables making no word, with each other or their neighbours: a town's name
    'Đại diện Phủ Lý đề nghị hỗ trợ thêm cho các làng nghề ven thành phố.',
    'Cán bộ Phủ Lý tham dự lớp học cùng đồng nghiệp của Duy Tiên.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('keeps a common word written in capitals, which makes a word', () => {
    expect(check('Ban tổ chức hướng dẫn các em Khai Mạc hội thi.', RULE).map((f) => f.text)).toEqual(['Khai Mạc']);
  });

  it('leaves a capital inside a name with a syllable typed small to person-name-case: one answer', () => {
    const text = 'Tham dự có ông điểu Lý, Phó Chủ tịch UBND xã Đăk Ơ.';
    expect(check(text, RULE)).toEqual([]);
    expect(check(text, 'person-name-case').map((f) => f.text)).toEqual(['điểu Lý']);
  });
});

describe('common-noun-case: a person’s noun where a level word, a short name or a document’s reference stood (CN19)', () => {
  lowersEach([
    // a level word that opens a person's noun of the dictionary with the next syllable
    ['Hợp tác xã chia lãi cho Xã viên theo mức vốn góp.', '1:25', 'Xã viên', 'xã viên'],
    ['Ban quản trị đã họp với đại diện của Xã viên để bàn phương án.', '1:38', 'Xã viên', 'xã viên'],
    // a mass organisation's short name that opens one
    ['Tòa án huyện tập huấn cho một số Hội thẩm mới được bầu.', '1:34', 'Hội thẩm', 'hội thẩm'],
    ['Cán bộ tòa án hướng dẫn Hội thẩm nghiên cứu hồ sơ vụ án.', '1:25', 'Hội thẩm', 'hội thẩm'],
    // a person's noun before a number numbers no document: the number is the next phrase's
    ['Tòa tuyên phạt mỗi Bị cáo 3 năm tù về tội vận chuyển gỗ trái phép.', '1:20', 'Bị cáo', 'bị cáo'],
    // a lowercase verb that also opens documents' names ("hướng dẫn") is the verb
    ['Giảng viên hướng dẫn Thuyền viên cách ghi nhật ký dầu.', '1:22', 'Thuyền viên', 'thuyền viên'],
  ]);

  it('reads a person’s noun of three syllables after a plural marker opening the sentence or a count', () => {
    expect(fixed('Nhiều Người lao động trong ngành là con em địa phương mới vào nghề.', RULE)).toBe('Nhiều người lao động trong ngành là con em địa phương mới vào nghề.');
    expect(fixed('Tổ chức cho 45 Người lao động học nghề.', RULE)).toBe('Tổ chức cho 45 người lao động học nghề.');
    expect(check('Nhiều Người Việt ở nước ngoài gửi quà về.', RULE)).toEqual([]);
    expect(check('Năm 2024 Người cao tuổi được khám sức khỏe miễn phí.', RULE)).toEqual([]);
  });

  it.each([
    // a level word before a place's name, a committee's member, a role, a name after the noun
    'Đoàn đến thăm xã Hội Sơn và Xã Viên Nội của huyện Anh Sơn.',
    'Đồng chí Hồ Văn Lai, Huyện ủy viên, Bí thư Đảng ủy xã A Dơi, phát biểu.',
    'Đội trưởng Đội Quản lý thị trường số 4 báo cáo kết quả kiểm tra.',
    'Hội thẩm Lê Văn An tham gia phiên tòa sơ thẩm.',
    'Đoàn đã làm việc với Hội Thẩm định giá Việt Nam.',
    // a document after the verb's capital, its number after it
    'Học viên được nghe Hướng dẫn số 36 của Ban Tổ chức Trung ương.',
    'Giảng viên hướng dẫn Luật Hải quan năm 2014 cho học viên.',
    'Tòa tuyên phạt bị cáo Vi Văn Tám 3 năm tù.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('common-noun-case: type words, counts, campaigns and names of common words the draft names (CN20)', () => {
  it.each([
    // a number word after "thứ", "lần"… is an ordinal: no count of bodies
    'Đây là năm thứ ba Sở mở lớp bồi dưỡng cho giáo viên vùng cao.',
    'Lớp thứ hai Chi nhánh tổ chức tại huyện Tuần Giáo, cho 60 tổ trưởng.',
    // a type word alone, the draft naming a body with it: that one
    'Sở Giáo dục và Đào tạo tỉnh Lai Châu mở lớp học. Giảng viên là chuyên viên của Sở và giáo viên các trường.',
    'Sở Công nghiệp Quảng Bình mời Sở Xây dựng dự lớp. Học viên được các kỹ sư của Sở hướng dẫn.',
    // a count in words before it, the bodies named before
    'Sở Tư pháp phối hợp với Sở Y tế tập huấn cho cán bộ. Hai Sở thống nhất in tài liệu hỏi đáp.',
    // a campaign or movement the draft names with its quoted name, alone afterwards
    'Phường vận động người dân tham gia Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa". Phường sẽ sơ kết Cuộc vận động vào cuối năm.',
    'Đảng ủy quán triệt chuyên đề của Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”. Các chi bộ đăng ký việc làm để thực hiện Cuộc vận động.',
    // a document the draft names after a numbered document's "về", alone afterwards
    'Đồn tuyên truyền Nghị định số 34/2000/NĐ-CP của Chính phủ về Quy chế khu vực biên giới. Cán bộ Đồn giải thích các điểm chính của Quy chế.',
    // a place, road or firm named with a word that is no noun
    'Xã Độc Lập và xã Thắng Lợi cử cán bộ đến dự lớp.',
    'Lớp học mở tại xã Thống Nhất, huyện Hoành Bồ.',
    'Cán bộ các xã có tuyến đường sắt Thống Nhất đi qua được mời dự.',
    'Học viên là người dân các xã Bom Bo, Đăk Nhau, Đường 10, Thống Nhất.',
    'Công nhân Công ty may Thống Nhất được kiểm tra sức khỏe định kỳ.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it.each([
    // a count that is one: several bodies no draft named
    ['Trong năm, ba Sở đã phối hợp tổ chức lớp học.', '1:12', 'ba Sở', 'ba sở'],
    // a type word alone in a draft that names no body with it
    ['Giảng viên là chuyên viên của Sở và giáo viên các trường.', '1:31', 'Sở', 'sở'],
    // a word that is a noun, in Title Case: a slip
    ['Học viên nắm vững Chương Trình của huyện.', '1:19', 'Chương Trình', 'Chương trình'],
    // a verb in Title Case before its object, after a function word
    ['Hai bên đã Thống Nhất kế hoạch phối hợp.', '1:12', 'Thống Nhất', 'Thống nhất'],
    // a capitalised pair inside a body's name after its field: a slip
    ['Sở phối hợp với Ủy ban An toàn giao thông Quốc Gia tổ chức hội thảo.', '1:43', 'Quốc Gia', 'Quốc gia'],
  ])('reports “%s” at %s (%s → %s)', (text, at, span, expected) => {
    const f = check(text, RULE);
    expect(f.map((x) => [x.at, x.text])).toEqual([[at, span]]);
    expect(f[0].message).toContain(`“${expected}”`);
  });
});

describe('common-noun-case: a capital inside a noun for a person headed by “người” (CN20)', () => {
  it('lowers the capital of “người Lao động”, whatever bodies’ names do with the pair', () => {
    const text = 'Công ty thường xuyên đối thoại với người Lao động để phát hiện sớm mâu thuẫn.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, at: '1:42', text: 'Lao động', message: '“Lao động” là từ thường, không phải tên riêng: viết thường giữa câu: “lao động”.' }]);
    expect(fixed(text, RULE)).toBe('Công ty thường xuyên đối thoại với người lao động để phát hiện sớm mâu thuẫn.');
  });

  it.each([
    'Phóng viên báo Người Lao Động dự lớp học.',
    'Cán bộ Liên đoàn Lao động tỉnh dự lớp.',
    'Chương trình dành cho người Khmer nghèo.',
    'Công ty thường xuyên đối thoại với người lao động để phát hiện sớm mâu thuẫn.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN21: a capitalised noun for a thing right after a verb whose object is a paper of a kind
// (common-nouns.json paperVerbs), a lowercase modifier going on from it, is that kind of paper —
// no name — in any sector ("cấp Giấy phép xây dựng")
describe('common-noun-case: a noun for a thing after a verb of papers (CN21)', () => {
  lowersEach([
    ['Bộ phận một cửa huyện đã cấp Giấy phép kinh doanh cho 40 hộ.', '1:30', 'Giấy phép', 'giấy phép'],
    ['Bảo hiểm xã hội huyện phát Thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.', '1:28', 'Thẻ bảo hiểm', 'thẻ bảo hiểm'],
    ['Hai bên ký Hợp đồng tặng cho quyền sử dụng đất tại văn phòng công chứng.', '1:12', 'Hợp đồng', 'hợp đồng'],
    ['Tòa án huyện Cầu Ngang đã tống đạt Bản án phúc thẩm tới các bên.', '1:36', 'Bản án', 'bản án'],
    ['Chủ thể sản xuất cần hoàn thiện Hồ sơ đăng ký sản phẩm trước tháng 9.', '1:33', 'Hồ sơ', 'hồ sơ'],
    ['Chi nhánh văn phòng đăng ký đất đai trao Giấy chứng nhận quyền sử dụng đất cho 86 hộ.', '1:42', 'Giấy chứng nhận', 'giấy chứng nhận'],
    ['Đoàn kiểm tra lập Biên bản vi phạm đối với hai cơ sở chế biến.', '1:19', 'Biên bản', 'biên bản'],
  ]);

  it.each(data.paperVerbs.examples.map((e) => [e.from, e.to]))('fixes the example %j', (from, to) => {
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });

  it.each([
    ...data.paperVerbs.valid,
    // a noun alone may be a name by convention; a year makes the description one document's
    'Học viên tìm hiểu những điểm mới trong việc thi hành Hiến pháp.',
    'Học viên thảo luận về việc thẩm định Hiến pháp năm 1946 trong lịch sử lập hiến.',
    // a preposition before it, an issuing verb, another verb: a name's head may stand there
    'Làn điệu này đã được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia.',
    'Ủy ban nhân dân tỉnh ban hành Danh mục dịch vụ sự nghiệp công sử dụng ngân sách.',
    'Trung tâm phối hợp với các ban xây dựng Đảng huyện mở lớp bồi dưỡng.',
    // the draft writes the same capital after a lowercase word elsewhere: its style for a name
    'Chi bộ cấp Sổ tay đảng viên điện tử cho 30 đảng viên. Đảng viên dùng Sổ tay đảng viên điện tử khi sinh hoạt.',
    // at a sentence's start; a grade written as a numeral after "cấp"
    'Giấy chứng nhận quyền sử dụng đất được trao cho 86 hộ.',
    'Nguy cơ cháy rừng ở cấp IV, cấp V tại nhiều xã vùng cao.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN22: after a count, a noun of the general dictionary — of two syllables, or of one that makes no
// word with the next (a unit, a classifier) — is what is counted, no name ("phát 2.000 Tờ rơi",
// "tặng 30 Suất học bổng"); a number after a capitalised word designates a unit of that name
describe('common-noun-case: a noun of the dictionary after a count (CN22)', () => {
  lowersEach([
    ['Trung tâm phát 2.000 Tờ rơi hướng dẫn phòng bệnh sốt xuất huyết cho người dân.', '1:22', 'Tờ rơi', 'tờ rơi'],
    ['Công đoàn công ty tặng 30 Suất học bổng cho con công nhân học giỏi.', '1:27', 'Suất', 'suất'],
  ]);

  it.each([
    'Trung tâm phát 2.000 tờ rơi hướng dẫn phòng bệnh sốt xuất huyết cho người dân.',
    // a number after a capitalised word is a unit's designation, a name going on after it
    'Cán bộ Hải đội 2 Biên phòng tham dự lớp học.',
    'Người dân khu phố 5 Bình hòa tham dự lớp học.',
    'Lớp học do Trung tâm Cấp cứu 115 Huế tổ chức cho 40 học viên.',
    // a year is no count
    'Nhiệm vụ năm 2026 Đảng bộ xã đề ra 12 chỉ tiêu.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN22: a noun of places capitalised before a name where the same sentence writes it lowercase
// before another name is the common noun (placeNouns: "sông Hồng", "cống Vàm Giồng")
describe('common-noun-case: a noun of places the sentence itself writes lowercase (CN22)', () => {
  lowersEach([
    ['Công ty thủy lợi vận hành Cống Cái Lớn và cống Cái Bé để ngăn mặn xâm nhập.', '1:27', 'Cống', 'cống'],
    ['Đội tình nguyện dọn rác ở kênh Xà No và Kênh Tẻ.', '1:41', 'Kênh', 'kênh'],
    ['Đoàn đến thăm cầu Mỹ Thuận và Cầu Rạch Miễu.', '1:31', 'Cầu', 'cầu'],
  ]);

  it.each([
    'Công ty thủy lợi vận hành cống Cái Lớn và cống Cái Bé để ngăn mặn xâm nhập.',
    // nothing in the sentence says how its writer cases the noun
    'Đoàn khảo sát Sông Tiền và Sông Hậu trong hai ngày.',
    'Đoàn đến thăm Chợ Bến Thành và các chợ khác của thành phố.',
    // a place whose name opens with such a noun: after a level word, a province, a person
    'Đoàn về thăm huyện Chợ Mới và chợ Long Xuyên.',
    'Đội sơ cấp cứu hoạt động ở các xã ven sông Lô, sông Hồng thuộc huyện Lập Thạch, Sông Lô, Vĩnh Tường, Yên Lạc.',
    'Nông dân chở hàng qua cầu Cái Răng về Bến Tre tiêu thụ.',
    'Đoàn dâng hương tại hồ Tây rồi viếng Lăng Chủ tịch Hồ Chí Minh.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN21: a plural subject reaches the role after its copula ("52 cán bộ là Chi hội trưởng"): a role
// several people hold, generic (CAP-24); one person's role, or a body's name after it, is left alone
describe('common-noun-case: a role after a plural subject and "là" (CN21)', () => {
  it.each(data.counts.copulaExamples.map((e) => [e.from, e.to]))('fixes %j', (from, to) => {
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });
  it('says which subject makes it plural', () => {
    expect(check('Tham gia có 52 cán bộ là Chi hội trưởng, chi hội phó của 18 chi hội.', RULE)).toEqual([
      { rule: RULE, at: '1:13', text: '52 cán bộ là Chi', message: 'Sau “52 cán bộ là”, danh từ chỉ nhiều đơn vị viết thường: “52 cán bộ là chi” thay cho “52 cán bộ là Chi”.' },
    ]);
  });
  it.each(data.counts.copulaValid)('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN24: a title right before a marker of several bodies ("Giám đốc một số doanh nghiệp") is the
// post in each of them, no one person's (CAP-24): lowercase; with its own body, at a sentence's
// start or with a name after the marker it is left alone
describe('common-noun-case: a title of several bodies before "các", "một số" (CN24)', () => {
  it.each(data.counts.titleOfManyExamples.map((e) => [e.from, e.to]))('fixes %j', (from, to) => {
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });
  it('says which words make it several', () => {
    expect(check('Dự hội nghị có chức sắc tôn giáo và Giám đốc một số công ty trên địa bàn.', RULE)).toEqual([
      {
        rule: RULE,
        at: '1:37',
        text: 'Giám đốc một số',
        message: '“Giám đốc” ở đây là chức danh chung của nhiều đơn vị (sau nó là “một số”), không phải chức danh của một người: viết thường: “giám đốc một số”.',
      },
    ]);
  });
  it.each(data.counts.titleOfManyValid)('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN24: after "cấp" a body's type word alone is the one body the draft names with it (its level), no plural
describe('common-noun-case: a type word after "cấp" in a draft naming that body (CN24)', () => {
  it('leaves the short name alone after "cấp", reports it after "các"', () => {
    const text = 'Tập đoàn Dầu khí Việt Nam tổ chức hội thi an toàn lao động. Đội đạt giải Nhất sẽ dự hội thi cấp Tập đoàn vào tháng 9.';
    expect(check(text, RULE)).toEqual([]);
    expect(check('Tập đoàn Dầu khí Việt Nam tổ chức hội thi an toàn lao động cho công nhân của các Tập đoàn.', RULE).map((f) => f.text)).toEqual(['các Tập đoàn']);
  });
});

// CN25: an occupation set after a person's name by a comma or a dash is a common noun (the
// person's title keeps its capital there, CAP-20): lowercase when drafts write the pair so
describe('common-noun-case: an occupation after a person’s name (CN25)', () => {
  it.each([
    ['Bà Lê Thị Mai, Giáo viên Trường Tiểu học Đông Phong, cho biết lớp học rất bổ ích.', '1:16', 'Giáo viên', 'giáo viên'],
    ['Anh Hà Văn Tùng, Nhân viên thú y xã Mỹ Hòa, chia sẻ kinh nghiệm phòng dịch.', '1:18', 'Nhân viên', 'nhân viên'],
    ['Lớp học có sự tham gia của ông Đỗ Văn Khải - Cán bộ địa chính xã.', '1:46', 'Cán bộ', 'cán bộ'],
  ])('lowers the occupation in “%s”', (text, at, span, lowered) => {
    expect(check(text, RULE)).toEqual([
      { rule: RULE, at, text: span, message: `Sau tên người, “${span}” chỉ nghề nghiệp, không phải chức danh của người ấy: viết thường: “${lowered}”.` },
    ]);
    expect(fixed(text, RULE)).toBe(text.replace(span, lowered));
  });

  it('says it in English too', () => {
    expect(check('Bà Lê Thị Mai, Giáo viên Trường Tiểu học Đông Phong, cho biết lớp học rất bổ ích.', RULE, {}, 'en').map((f) => f.message)).toEqual([
      'After a person’s name, “Giáo viên” says what the person does, not a title they hold: lowercase: “giáo viên”.',
    ]);
  });

  it.each([
    // a title after the name keeps its capital (CAP-20), a role's head and a committee's member too
    'Ông Lê Văn Nam, Chủ tịch UBND xã Mỹ Hòa, phát biểu khai mạc lớp học.',
    'Ông Lê Văn Nam, Tổ trưởng Tổ hòa giải thôn Đông, chia sẻ kinh nghiệm.',
    'Ông Lò Văn Pọm, Trưởng thôn Nà Sản, chia sẻ kinh nghiệm.',
    'Ông Lê Văn Nam, Huyện ủy viên, Bí thư Đảng ủy xã, dự lớp học.',
    // a judicial post drafts never showed lowercase: the figures say nothing, so nothing is said
    'Bà Lê Thị Mai, Kiểm sát viên cao cấp, trình bày chuyên đề về kỹ năng tranh tụng.',
    // no person's name before it
    'Giáo viên Trường Tiểu học Đông Phong dự lớp học.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN25: a person's noun of two syllables of the general dictionary after the classifier "người" is
// the common noun it counts, as "người lao động" is
describe('common-noun-case: a person’s noun after “người” (CN25)', () => {
  lowersEach([['Huyện mở lớp tập huấn cho người Lái đò, người bán hàng ở bến.', '1:33', 'Lái đò', 'lái đò']]);

  it.each([
    // an ethnic group after "người" keeps its capital; a role's head is left to the title rules
    'Huyện mở lớp tập huấn cho người Mông, người Dao ở các bản.',
    'Huyện mở lớp tập huấn cho người lái đò, người bán hàng ở bến.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN25: the field inside a listed word of four syllables for a person, its first two a person's
// noun of the general dictionary written lowercase, is a slip inside one word; before a capital
// the field names a body
describe('common-noun-case: the field inside a person’s word of four syllables (CN25)', () => {
  lowersEach([
    ['Lớp học dành cho nhân viên Y tế thôn bản của các xã vùng cao.', '1:28', 'Y tế', 'y tế'],
    ['Nhân viên Y tế thôn bản được tập huấn kỹ năng sơ cứu.', '1:11', 'Y tế', 'y tế'],
  ]);

  it.each([
    'Lớp học dành cho nhân viên Y tế Trường Tiểu học Đông Phong.',
    // a special noun, a title of honour's own capital
    'Lớp học có sự tham gia của đại biểu Quốc hội tỉnh.',
    'Lớp học có sự tham gia của nghệ sĩ Nhân dân Trần Văn Bình.',
    'Lớp học dành cho nhân viên y tế thôn bản của các xã vùng cao.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN26: a noun of the general dictionary right after a word that is no noun, the pair never seen
// by drafts often enough to judge, is judged by its head: a head drafts never capitalise right
// after a lowercase word before a lowercase syllable ("nội" of "nội dung", "tài" of "tài liệu")
// opens no name there, when the clause runs on in lowercase words to a mark
describe('common-noun-case: a dictionary noun judged by its head mid-clause (CN26)', () => {
  lowersEach([
    ['Cán bộ bưu điện hướng dẫn người dân mở Tài khoản thanh toán trên điện thoại.', '1:40', 'Tài khoản', 'tài khoản'],
    ['Học viên được nhắc chấp hành đúng Nội quy ký túc xá trong thời gian học.', '1:35', 'Nội quy', 'nội quy'],
    ['Đoàn kiểm tra rà soát việc quản lý Tài chính công đoàn ở cơ sở.', '1:36', 'Tài chính', 'tài chính'],
  ]);

  it.each([
    // a number or a capital in the clause may make the noun a name's head
    'Người dân gọi Tổng đài hỗ trợ 1900 để được giải đáp.',
    'Người dân mở Tài khoản Agribank để nhận tiền hỗ trợ.',
    'Học viên thực hành trên Tài khoản thanh toán mẫu của Ngân hàng Chính sách xã hội.',
    // a round of a contest is named after "phần thi", "vòng thi" (common-nouns.json nameOpeners)
    'Ban tổ chức công bố kết quả phần thi Tài năng của các đội.',
    // a head drafts never showed mid-clause gives no evidence: names by convention
    'Học viên tìm hiểu những điểm mới trong việc thi hành Hiến pháp.',
    'Học viên được hướng dẫn mở tài khoản thanh toán trên điện thoại.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN27: guards the larger evidence table (written sets' corrected text counted with the pool) needs:
// there "hội nghị" and the pair "khu công" are written lowercase far more often than the pool alone
// showed, and the evidence alone would lower a numbered plenum and a zone's name
describe('common-noun-case: a numbered event held by a body, two words under two capitals (CN27)', () => {
  it.each([
    // an event numbered by its ordinal, the body that held it named right after it, is that one event
    'Chi bộ quán triệt các quy định của Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII.',
    'Học viên nghe giới thiệu kết quả Phiên họp thứ 12 Ủy ban nhân dân tỉnh.',
    // two capitals that make no word, the second opening one with the next syllable: two words
    'Đoàn học viên tham quan Khu Công nghệ cao của thành phố.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('still reads one word written with two capitals', () => {
    expect(check('Huyện đoàn triển khai Chương Trình hành động năm 2025.', RULE)).toEqual([{ rule: RULE, at: '1:23', text: 'Chương Trình', message: '“Chương Trình” là một từ: chỉ viết hoa chữ đầu: “Chương trình”.' }]);
  });
});

// CN28: the written sets add LOWERCASE evidence (scripts/stats-drafts.mjs mergeLowercaseOnly) for the
// syllables the real drafts never capitalised and saw too rarely to judge ("vay", "nộp", "bếp")
describe('common-noun-case: a syllable only the written sets show, always lowercase (CN28)', () => {
  lowersEach([
    ['Hội viên được hướng dẫn thủ tục Vay vốn ưu đãi tại điểm giao dịch xã.', '1:33', 'Vay vốn', 'vay vốn'],
    ['Học viên được hướng dẫn cách Nộp hồ sơ trực tuyến.', '1:30', 'Nộp', 'nộp'],
    ['Công nhân được nhắc giữ vệ sinh tại Bếp ăn tập thể của công ty.', '1:37', 'Bếp', 'bếp'],
  ]);

  it('counts them lowercase, and a syllable the written sets also capitalise not at all', () => {
    for (const k of ['vay', 'nộp', 'bếp']) expect(stats.unigrams[k as keyof typeof stats.unigrams]?.[1], k).toBe(0);
    // "Sen" of "Trường Mầm non Hoa Sen": written both ways, so no evidence from the written sets
    expect(check('Cô giáo Trường Mầm non Hoa Sen tham gia lớp bồi dưỡng.', RULE)).toEqual([]);
    // a head noun of the general dictionary before a name heads that name ("khách" is evidence
    // from the written sets only, the pair "khách sạn" none); before a person's name it is no head
    expect(check('Đoàn khảo sát nghỉ tại Khách sạn Sài Gòn gần trung tâm huyện.', RULE)).toEqual([]);
    expect(fixed('Trong buổi sinh hoạt, Già làng Hoàng Văn Páo kể chuyện về bản.', RULE)).toBe('Trong buổi sinh hoạt, già làng Hoàng Văn Páo kể chuyện về bản.');
  });
});

// CN29: the written sets' own pairs after a lowercase word (capitalisation-stats.json
// writtenAfterLower) are lowercase evidence for a noun of the dictionary or the genre right after a
// word that is no noun, its phrase running on in lowercase to a mark or a function word
describe('common-noun-case: a noun the written sets write lowercase after a word that is no noun (CN29)', () => {
  lowersEach([
    ['Chi cục Thuế mở lớp hướng dẫn để giúp Doanh nghiệp kê khai đúng hạn.', '1:39', 'Doanh nghiệp', 'doanh nghiệp'],
    ['Hợp tác xã bao tiêu sản phẩm, không để bà con bán rẻ cho Thương lái.', '1:58', 'Thương lái', 'thương lái'],
  ]);

  it('counts the pairs apart from the real drafts', () => {
    const written = (stats as unknown as { writtenAfterLower: Record<string, [number, number]> }).writtenAfterLower;
    const [lower, capitalised] = written['doanh nghiệp'];
    expect(lower).toBeGreaterThanOrEqual(stats.thresholds.minWrittenPair);
    expect(capitalised).toBeLessThanOrEqual(stats.thresholds.maxWrittenShare * (lower + capitalised));
  });

  it.each([
    // a name goes on after it, or the written sets capitalise the pair there too often
    'Chương trình hỗ trợ Doanh nghiệp Hoàng Long mở rộng nhà xưởng.',
    'Thư viện huyện ra mắt Tủ sách pháp luật tại nhà văn hóa xã.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN30: reported speech that opens its sentence, a listed word weighed by the noun of its first two
// syllables, a list item ending before its owner, a noun of one syllable drafts never capitalise
describe('common-noun-case: speech, listed words, list items and nouns of one syllable (CN30)', () => {
  it('judges a quotation that opens its sentence and runs as a clause as reported speech: information without a fix', () => {
    const text = '“Muốn giữ nghề lâu dài thì bà con phải chấp hành Pháp luật về khai thác thủy sản”, ông Tám nói.';
    expect(findings(text, RULE).map((f) => [text.slice(f.start, f.end), f.severity, f.fix])).toEqual([['Pháp luật', 'info', undefined]]);
    expect(fixed(text, RULE)).toBe(text);
  });

  it.each([
    // a short quotation, a name or a slogan, stays someone else's text
    '“Tháng Thanh niên” năm nay có nhiều hoạt động ý nghĩa.',
    // a quotation after a colon with one sentence is a title or a slogan, as before
    'Cuộc thi có chủ đề: “Thanh niên với Kỹ năng số, Chuyển đổi số”.',
    // inside a sentence, after its head, a quotation is a name
    'Hội phát động phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng Gia đình hạnh phúc” trong toàn tỉnh.',
  ])('leaves the quotation of “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  lowersEach([
    // "Ngân" opens "Ngân hàng" capitalised: the listed word shown whole is weighed as "ngân sách"
    ['Các hộ kinh doanh nộp thuế đầy đủ vào Ngân sách nhà nước.', '1:39', 'Ngân sách nhà nước', 'ngân sách nhà nước'],
    // the item stops before "của", its owner's opener (listItemEnds)
    ['Dân quân tuần tra bảo vệ đường biên, Cột mốc của bản mỗi tuần.', '1:38', 'Cột mốc', 'cột mốc'],
    // a noun of one syllable real drafts write lowercase and never capitalise
    ['Học viên được chia Nhóm thảo luận về cách lập kế hoạch.', '1:20', 'Nhóm', 'nhóm'],
  ]);

  it.each([
    // a syllable drafts do capitalise may open a name ("Đảng", "Hội")
    'Chi bộ tập trung xây dựng Đảng vững mạnh về chính trị.',
    // a capital further on may make it a name's head
    'Học viên được chia Nhóm thực hành Đội Một của lớp.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

// CN30 (second step): after a lowercase noun that opens no name, the written sets' own case of the
// pair right after a lowercase word reads the capital; the noun's phrase ends at a function word
describe('common-noun-case: a noun the written sets write lowercase after a lowercase noun (CN30)', () => {
  lowersEach([
    ['Hội nghị bàn giải pháp cho lĩnh vực Chuyển đổi số của xã.', '1:37', 'Chuyển đổi số', 'chuyển đổi số'],
    ['Cán bộ phụ trách mảng Công nghệ thông tin của huyện dự lớp.', '1:23', 'Công nghệ', 'công nghệ'],
    // the phrase ends at "và": the listed word is shown whole
    ['Huyện tập trung xây dựng Nông thôn mới và giữ gìn bản sắc văn hóa.', '1:26', 'Nông thôn mới', 'nông thôn mới'],
  ]);

  it.each([
    // a name's opener before it, or an owner's name after "của"
    'Huyện đẩy mạnh phong trào Nông thôn mới ở các xã.',
    'Hội nghị bàn giải pháp cho lĩnh vực Chuyển đổi số của Hội Nông dân.',
    // a head of the first pass: its list of fields decides ("lớp Cao cấp lý luận chính trị" names the course)
    'Học viên lớp Cao cấp lý luận chính trị dự lễ bế giảng.',
  ])('leaves “%s” alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});
