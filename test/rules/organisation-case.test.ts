import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, fixed, findings } from '../helpers/lint.js';
import organisations from '../../dictionaries/organisations.json';
import grammar from '../../dictionaries/organisation-grammar.json';
import markers from '../../dictionaries/generic-markers.json';

const RULE = 'organisation-case';

const CAP_RULES = ['organisation-case', 'admin-unit-case', 'common-noun-case', 'special-noun-case'];

describe('organisation-case', () => {
  it.each([
    // a specific Party committee, subject of "tổ chức" or followed by its place (CAP-12)
    ['Sáng 5-3, huyện ủy Tân Phước tổ chức hội nghị.', '1:11', 'huyện ủy', '“huyện ủy” → “Huyện ủy”', 'Sáng 5-3, Huyện ủy Tân Phước tổ chức hội nghị.'],
    // field phrase lowercase, or a second syllable capitalised (CAP-10)
    ['Chiều 7-4, Ban dân vận Tỉnh ủy phối hợp tổ chức lớp học.', '1:12', 'Ban dân vận Tỉnh ủy', '“Ban dân vận Tỉnh ủy” → “Ban Dân vận Tỉnh ủy”', 'Chiều 7-4, Ban Dân vận Tỉnh ủy phối hợp tổ chức lớp học.'],
    ['Lớp học do Ban Tuyên Giáo Huyện ủy mở.', '1:12', 'Ban Tuyên Giáo Huyện ủy', '“Ban Tuyên Giáo Huyện ủy” → “Ban Tuyên giáo Huyện ủy”', 'Lớp học do Ban Tuyên giáo Huyện ủy mở.'],
    // a committee after a body is specific
    ['Đại diện Ban Dân vận thành ủy Cần Thơ phát biểu.', '1:10', 'Ban Dân vận thành ủy', '“Ban Dân vận thành ủy” → “Ban Dân vận Thành ủy”', 'Đại diện Ban Dân vận Thành ủy Cần Thơ phát biểu.'],
    ['Thay mặt BTV huyện ủy, ông Lê Hòa phát biểu.', '1:10', 'BTV huyện ủy', '“BTV huyện ủy” → “BTV Huyện ủy”', 'Thay mặt BTV Huyện ủy, ông Lê Hòa phát biểu.'],
    ['Hội nghị do Ban thường vụ tỉnh ủy triệu tập.', '1:13', 'Ban thường vụ tỉnh ủy', '“Ban thường vụ tỉnh ủy” → “Ban Thường vụ Tỉnh ủy”', 'Hội nghị do Ban Thường vụ Tỉnh ủy triệu tập.'],
    // a lowercase type word before a capitalised field
    ['Lớp học khai giảng tại trường Chính trị tỉnh Long An.', '1:24', 'trường Chính trị', '“trường Chính trị” → “Trường Chính trị”', 'Lớp học khai giảng tại Trường Chính trị tỉnh Long An.'],
    // registered names and mass organisations (CAP-14, CAP-15)
    ['Đại diện Sở Công thương tỉnh tham dự.', '1:10', 'Sở Công thương', '“Sở Công thương” → “Sở Công Thương”', 'Đại diện Sở Công Thương tỉnh tham dự.'],
    ['Các đoàn viên Đoàn Thanh niên cộng sản Hồ Chí Minh tham gia.', '1:15', 'Đoàn Thanh niên cộng sản Hồ Chí Minh', '“Đoàn Thanh niên cộng sản Hồ Chí Minh” → “Đoàn Thanh niên Cộng sản Hồ Chí Minh”', 'Các đoàn viên Đoàn Thanh niên Cộng sản Hồ Chí Minh tham gia.'],
    ['Đại diện Hội Cựu Chiến Binh huyện dự.', '1:10', 'Hội Cựu Chiến Binh', '“Hội Cựu Chiến Binh” → “Hội Cựu chiến binh”', 'Đại diện Hội Cựu chiến binh huyện dự.'],
    ['Lớp học do Ủy Ban Nhân Dân xã Tân Hòa mở.', '1:12', 'Ủy Ban Nhân Dân', '“Ủy Ban Nhân Dân” → “Ủy ban nhân dân”', 'Lớp học do Ủy ban nhân dân xã Tân Hòa mở.'],
    ['Sự lãnh đạo của Đảng cộng sản Việt Nam là nhân tố quyết định.', '1:17', 'Đảng cộng sản Việt Nam', '“Đảng cộng sản Việt Nam” → “Đảng Cộng sản Việt Nam”', 'Sự lãnh đạo của Đảng Cộng sản Việt Nam là nhân tố quyết định.'],
    // the unknown-body pattern: type word + field phrase + level word + place
    ['Ngày 2-6, Ủy ban bầu cử huyện Cái Bè họp.', '1:11', 'Ủy ban bầu cử', '“Ủy ban bầu cử” → “Ủy ban Bầu cử”', 'Ngày 2-6, Ủy ban Bầu cử huyện Cái Bè họp.'],
    ['Ngày 2-6, Chi cục kiểm lâm tỉnh Lâm Đồng tổ chức tập huấn.', '1:11', 'Chi cục kiểm lâm', '“Chi cục kiểm lâm” → “Chi cục Kiểm lâm”', 'Ngày 2-6, Chi cục Kiểm lâm tỉnh Lâm Đồng tổ chức tập huấn.'],
    // a lone known body in lower case names one unit: with a proper name right after it, or a
    // registered name of two fields
    // a name whose lowercase form is a common noun ("công an"), with its place's name: one body
    ['Sáng 25-8, công an tỉnh Lai Châu tổ chức lớp tập huấn.', '1:12', 'công an', '“công an” → “Công an”', 'Sáng 25-8, Công an tỉnh Lai Châu tổ chức lớp tập huấn.'],
    ['Cán bộ đồn biên phòng Mường Nhé hướng dẫn bà con.', '1:8', 'đồn biên phòng', '“đồn biên phòng” → “Đồn Biên phòng”', 'Cán bộ Đồn Biên phòng Mường Nhé hướng dẫn bà con.'],
    ['Giảng viên của sở khoa học và công nghệ trình bày chuyên đề.', '1:16', 'sở khoa học và công nghệ', '“sở khoa học và công nghệ” → “Sở Khoa học và Công nghệ”', 'Giảng viên của Sở Khoa học và Công nghệ trình bày chuyên đề.'],
    // a distinctive type word at a sentence start, a proper name inside its lowercase field: one body
    ['Chi cục thuế khu vực Đô Lương - Anh Sơn hướng dẫn hộ kinh doanh kê khai.', '1:1', 'Chi cục thuế khu vực Đô Lương', '“Chi cục thuế khu vực Đô Lương” → “Chi cục Thuế khu vực Đô Lương”', 'Chi cục Thuế khu vực Đô Lương - Anh Sơn hướng dẫn hộ kinh doanh kê khai.'],
    // type words of theatres and university departments, the command of a military region
    ['Đoàn học viên xem Nhà hát ca múa nhạc dân gian Việt Bắc biểu diễn.', '1:19', 'Nhà hát ca múa nhạc dân gian Việt Bắc', '“Nhà hát ca múa nhạc dân gian Việt Bắc” → “Nhà hát Ca múa nhạc dân gian Việt Bắc”', 'Đoàn học viên xem Nhà hát Ca múa nhạc dân gian Việt Bắc biểu diễn.'],
    ['Giảng viên Bộ môn lịch sử Việt Nam của trường chủ trì hội thảo.', '1:12', 'Bộ môn lịch sử Việt Nam', '“Bộ môn lịch sử Việt Nam” → “Bộ môn Lịch sử Việt Nam”', 'Giảng viên Bộ môn Lịch sử Việt Nam của trường chủ trì hội thảo.'],
    // the capitalised level word of a place whose name holds it is the place's, not the body's to lower
    ['Sáng 9-8, Trung tâm văn hóa Thành phố Hồ Chí Minh mở lớp bơi cho thiếu nhi.', '1:11', 'Trung tâm văn hóa', '“Trung tâm văn hóa” → “Trung tâm Văn hóa”', 'Sáng 9-8, Trung tâm Văn hóa Thành phố Hồ Chí Minh mở lớp bơi cho thiếu nhi.'],
    ['Sáng 2-10, Bộ tư lệnh Quân khu 4 mở lớp bồi dưỡng kiến thức quốc phòng.', '1:12', 'Bộ tư lệnh', '“Bộ tư lệnh” → “Bộ Tư lệnh”', 'Sáng 2-10, Bộ Tư lệnh Quân khu 4 mở lớp bồi dưỡng kiến thức quốc phòng.'],
  ])('flags %j', (text, at, span, change, output) => {
    const got = check(text, RULE);
    expect(got).toHaveLength(1);
    expect(got[0].at).toBe(at);
    expect(got[0].text).toBe(span);
    expect(got[0].message).toContain(change);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it.each([
    'Sáng 6-3, ban nhạc Bức Tường biểu diễn phục vụ đoàn viên.',
    'Các bộ môn thể thao của hội thao gồm bóng chuyền, kéo co và cờ tướng.',
    'Học viên tham quan Nhà hát Lớn Hà Nội và Bảo tàng Lịch sử quốc gia.',
    'Các nhà hát, đoàn nghệ thuật trong tỉnh cử diễn viên dự lớp.',
    'Phòng bệnh cho đàn gia súc ở Thanh Văn là việc cần làm ngay.',
    'Đại diện các bộ tư lệnh quân khu dự hội nghị.',
  ])('leaves a band, a sport, a generic theatre or command alone: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it.each([
    'Học viên là điều dưỡng của các khoa Nội, Nhi, Sản và khoa Kiểm soát nhiễm khuẩn của các bệnh viện trong tỉnh.',
    'Lớp học dành cho thành viên Ban chỉ đạo, tổ trưởng tổ điều tra các xã, thị trấn trong huyện.',
    'Tài liệu phát cho Ban chỉ đạo, điều tra viên các xã trên địa bàn.',
  ])('reads a body whose owner is plural, after it or shared backwards along a list, as a kind: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
  it.each([
    'Lớp học có hai hội viên chi hội khuyến học biết tiếng Thái giúp giáo viên.',
    'Giáo viên được hai cán bộ đoàn, hội phụ nữ nói tiếng Mông hỗ trợ phiên dịch.',
  ])('ends a lowercase body’s field at a verb that opens no field, the name after it the sentence’s: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
  it.each([
    [
      'Cán bộ Ngân hàng Nông nghiệp và phát triển nông thôn huyện Krông Pắc hướng dẫn hồ sơ vay.',
      '1:8',
      'Ngân hàng Nông nghiệp và phát triển nông thôn',
      '“Ngân hàng Nông nghiệp và phát triển nông thôn” → “Ngân hàng Nông nghiệp và Phát triển nông thôn”',
      'Cán bộ Ngân hàng Nông nghiệp và Phát triển nông thôn huyện Krông Pắc hướng dẫn hồ sơ vay.',
    ],
    [
      'Kỹ sư Chi cục Trồng trọt và bảo vệ thực vật tỉnh Tiền Giang hướng dẫn phòng trừ sâu bệnh.',
      '1:7',
      'Chi cục Trồng trọt và bảo vệ thực vật',
      '“Chi cục Trồng trọt và bảo vệ thực vật” → “Chi cục Trồng trọt và Bảo vệ thực vật”',
      'Kỹ sư Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Tiền Giang hướng dẫn phòng trừ sâu bệnh.',
    ],
    [
      'Chuyên gia Viện Chiến lược và phát triển du lịch tỉnh trình bày tham luận.',
      '1:12',
      'Viện Chiến lược và phát triển du lịch',
      '“Viện Chiến lược và phát triển du lịch” → “Viện Chiến lược và Phát triển du lịch”',
      'Chuyên gia Viện Chiến lược và Phát triển du lịch tỉnh trình bày tham luận.',
    ],
    // a function syllable ending a word with the field's syllable before it is that word's ("luật gia")
    ['Hội luật gia huyện Thạch Hà tổ chức tư vấn pháp luật miễn phí.', '1:1', 'Hội luật gia', '“Hội luật gia” → “Hội Luật gia”', 'Hội Luật gia huyện Thạch Hà tổ chức tư vấn pháp luật miễn phí.'],
  ])('gives a field phrase after “và” its lost capital when the name goes on to its level word: %j', (text, at, found, message, to) => {
    const shown = check(text, RULE);
    expect(shown).toHaveLength(1);
    expect(shown[0].at).toBe(at);
    expect(shown[0].text).toBe(found);
    expect(shown[0].message).toContain(message);
    expect(fixed(text, RULE)).toBe(to);
    expect(check(to, CAP_RULES)).toEqual([]);
  });
  it.each([
    // a body of its own, people the body works with, a plural, a body's short name
    'Đại diện Sở Y tế và bệnh viện tỉnh tham dự lớp học.',
    'Lớp học có Hội Nông dân và nông dân xã Tân Lập tham gia.',
    'Chi cục Kiểm lâm và chủ rừng huyện Con Cuông ký cam kết bảo vệ rừng.',
    'Trung tâm Khuyến nông và bà con nông dân xã Tân Lập trồng thử giống lúa mới.',
    'Chi cục Thủy sản và ngư dân xã Tam Hải ký cam kết không khai thác tận diệt.',
    'Cán bộ Ban Dân vận và mặt trận huyện Quỳ Hợp dự lớp.',
    'Phòng Giáo dục và Đào tạo và các trường tiểu học trong huyện tham gia.',
    // "và" inside a longer phrase joins its last word with the next: one phrase
    'Hội đồng Giáo dục quốc phòng và an ninh tỉnh họp phiên thường kỳ.',
  ])('leaves a lowercase phrase after “và” that is no field of the name alone: %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
  it('still reads a body of one owner, or one listed before many units, as one body', () => {
    expect(check('Sáng nay, khoa Hồi sức tích cực của Bệnh viện Đa khoa tỉnh tổ chức lớp học.', RULE).map((f) => [f.at, f.text])).toEqual([['1:11', 'khoa Hồi sức']]);
    expect(check('Dự lớp có Ban chỉ đạo, các xã và thị trấn.', RULE).map((f) => [f.at, f.text, f.message])).toEqual([['1:11', 'Ban chỉ đạo', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Ban chỉ đạo” → “Ban Chỉ đạo”.']]);
  });

  it('reads a body written all in lowercase as that level’s one body when its level word follows, not after “cấp” or a plural', () => {
    const text = 'Đại diện sở nội vụ tỉnh và chi cục kiểm lâm tỉnh dự lớp học. Giám đốc trung tâm y tế cấp huyện và các chi cục kiểm lâm tỉnh được mời.';
    expect(check(text, RULE).map((x) => x.text)).toEqual(['sở nội vụ', 'chi cục kiểm lâm']);
    expect(fixed(text, RULE)).toBe(text.replace('sở nội vụ tỉnh', 'Sở Nội vụ tỉnh').replace('và chi cục kiểm lâm tỉnh dự', 'và Chi cục Kiểm lâm tỉnh dự'));
  });

  it('reads a body that needs its place as one body before a province’s or the country’s name with no level word', () => {
    expect(check('Đại diện Bảo hiểm xã hội Việt Nam hướng dẫn cài ứng dụng VssID.', 'common-noun-case')).toEqual([]);
    expect(check('Cán bộ Bảo hiểm xã hội Thanh Hóa giải đáp thắc mắc của người lao động.', 'common-noun-case')).toEqual([]);
    expect(fixed('Đại diện Bảo hiểm Xã hội Việt Nam hướng dẫn cài ứng dụng VssID.', RULE)).toBe('Đại diện Bảo hiểm xã hội Việt Nam hướng dẫn cài ứng dụng VssID.');
    // written lowercase, it may be the insurance itself
    expect(check('Người lao động đóng bảo hiểm xã hội Việt Nam theo luật.', RULE)).toEqual([]);
  });

  it.each([
    ['Chiều 3-10, Trung tâm khuyến nông Lai Châu mở lớp tập huấn trồng sắn cho 35 hộ.', 'Trung tâm khuyến nông Lai Châu', 'Chiều 3-10, Trung tâm Khuyến nông Lai Châu mở lớp tập huấn trồng sắn cho 35 hộ.'],
    ['Cán bộ Trạm thú y Tân Châu hướng dẫn tiêm phòng cho đàn trâu.', 'Trạm thú y Tân Châu', 'Cán bộ Trạm Thú y Tân Châu hướng dẫn tiêm phòng cho đàn trâu.'],
  ])('keeps a lesser level word that ends a place name after a field as the name\'s capital (the fix lowers no place): %j', (text, found, to) => {
    const shown = check(text, RULE);
    expect(shown.map((f) => f.text)).toEqual([found]);
    expect(fixed(text, RULE)).toBe(to);
    expect(fixed(to, RULE)).toBe(to);
  });
  it('fixes a slip where every accepted form of a contested name agrees, and leaves the house style alone', () => {
    // "Viện kiểm sát / Viện Kiểm sát" agree on "Viện"; "Công an / công an" agree on "an"
    const text = 'Dự có đại diện viện kiểm sát nhân dân tỉnh và Công An Tỉnh.';
    expect(check(text, ['organisation-case', 'admin-unit-case']).map((f) => [f.rule, f.text])).toEqual([
      ['organisation-case', 'viện kiểm sát nhân dân'],
      ['organisation-case', 'Công An Tỉnh'],
    ]);
    expect(fixed(text, ['organisation-case', 'admin-unit-case'])).toBe('Dự có đại diện Viện kiểm sát nhân dân tỉnh và Công an tỉnh.');
    expect(check('Dự có đại diện Viện Kiểm sát nhân dân tỉnh và cán bộ công an xã.', RULE)).toEqual([]);
  });

  it('reads a body as the owner of a board whether or not its own type word has its capital yet: one pass fixes both', () => {
    const text = 'Dự có đại diện Ban giám hiệu trường Chính trị tỉnh.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Ban giám hiệu', 'trường Chính trị']);
    const once = fixed(text, RULE);
    expect(once).toBe('Dự có đại diện Ban Giám hiệu Trường Chính trị tỉnh.');
    expect(fixed(once, RULE)).toBe(once);
  });

  it('reads a field naming a kind of school as one school only with a name, a number or a place after it, and gives the field after the kind its capital', () => {
    expect(check('Giáo viên trường Mầm non trên địa bàn và trường Tiểu học trong huyện dự lớp học.', RULE)).toEqual([]);
    expect(fixed('Giảng viên trường Đại học y dược Thái Bình dự.', RULE)).toBe('Giảng viên Trường Đại học Y dược Thái Bình dự.');
  });

  it('ends a name before a level word of two syllables: the special name after it is admin-unit-case’s, with no second answer', () => {
    const text = 'Báo cáo viên Trường Đại Học Luật thành phố Hồ Chí Minh trình bày.';
    expect(check(text, ['organisation-case', 'admin-unit-case']).map((f) => [f.rule, f.text])).toEqual([
      ['organisation-case', 'Trường Đại Học Luật'],
      ['admin-unit-case', 'thành phố'],
    ]);
    expect(fixed(text, ['organisation-case', 'admin-unit-case'])).toBe('Báo cáo viên Trường Đại học Luật Thành phố Hồ Chí Minh trình bày.');
  });

  it('answers a name it reads by its grammar with the form the draft gives it elsewhere, so one fix leaves the draft consistent', () => {
    const text = 'Đại diện Công ty Cổ phần Phân bón Bình Điền và cán bộ Công ty cổ phần phân bón Bình Điền dự.';
    expect(check(text, RULE).map((f) => f.message)).toEqual([
      'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Công ty cổ phần phân bón Bình Điền” → “Công ty Cổ phần Phân bón Bình Điền”.',
    ]);
    const once = fixed(text, ['organisation-case', 'consistent-capitalisation']);
    expect(once).toBe('Đại diện Công ty Cổ phần Phân bón Bình Điền và cán bộ Công ty Cổ phần Phân bón Bình Điền dự.');
    // (a form whose type word lost its capital is no model: “ban Nữ công”)
    expect(fixed('Bà Lan, trưởng ban Nữ công, giới thiệu chuyên đề về Ban nữ công cơ sở của huyện Tân Phước.', RULE)).not.toContain('về ban Nữ công');
  });

  it('reads a known name of three syllables or more after a frequent pair as that name (“cán bộ hội nông dân tỉnh”), not after a compound (“cơ sở y tế”)', () => {
    expect(fixed('Các tổ trưởng được cán bộ hội nông dân tỉnh hướng dẫn.', RULE)).toBe('Các tổ trưởng được cán bộ Hội Nông dân tỉnh hướng dẫn.');
    expect(fixed('Đại diện ban tổ chức Huyện ủy phát biểu.', RULE)).toBe('Đại diện Ban Tổ chức Huyện ủy phát biểu.');
    expect(check('Lãnh đạo cơ sở y tế tỉnh dự.', RULE)).toEqual([]);
  });

  it('reads a lowercase field after a body whose head’s title is named by its type word as that body’s name (“Phó Vụ trưởng | Vụ pháp chế”)', () => {
    const rules = ['organisation-case', 'title-case'];
    expect(fixed('Bà Hạnh, Phó Cục trưởng Cục quản lý khám chữa bệnh, trình bày.', rules)).toBe('Bà Hạnh, Phó Cục trưởng Cục Quản lý khám chữa bệnh, trình bày.');
    expect(fixed('Ông Phước, Viện trưởng Viện nghiên cứu hải sản, giới thiệu đề tài.', rules)).toBe('Ông Phước, Viện trưởng Viện Nghiên cứu hải sản, giới thiệu đề tài.');
    expect(fixed('Ông Dũng, Phó Vụ trưởng Vụ pháp chế, Bộ Tài chính giới thiệu luật.', rules)).toBe('Ông Dũng, Phó Vụ trưởng Vụ Pháp chế, Bộ Tài chính giới thiệu luật.');
    expect(check('Ông Hoàng Minh, Vụ trưởng Vụ Pháp chế, Bộ Tài chính, dự hội nghị. Các vụ trưởng vụ chuyên môn của bộ tham dự.', rules)).toEqual([]);
  });

  it('reads a body listed with a neighbour of its own type word whose field has its capital as a named body too', () => {
    expect(fixed('Tại hội nghị, đại diện Phòng tổng hợp và Phòng Thanh tra của Cục Thuế hướng dẫn cài đặt.', RULE)).toBe('Tại hội nghị, đại diện Phòng Tổng hợp và Phòng Thanh tra của Cục Thuế hướng dẫn cài đặt.');
    expect(fixed('Đại diện Vụ tổng hợp, Vụ Pháp chế và Vụ Tổ chức cán bộ dự họp.', RULE)).toBe('Đại diện Vụ Tổng hợp, Vụ Pháp chế và Vụ Tổ chức cán bộ dự họp.');
    expect(fixed('Đại diện Phòng Hành chính - Tổng hợp và Phòng nghiệp vụ dự họp.', RULE)).toBe('Đại diện Phòng Hành chính - Tổng hợp và Phòng Nghiệp vụ dự họp.');
    expect(check('Đại diện các phòng chức năng và Phòng Tư pháp dự.', RULE)).toEqual([]);
    // (a level word after the type word is the body's place: no field to capitalise)
    expect(check('Học viên nghe chuyên gia của Thư viện Khoa học Tổng hợp và Thư viện tỉnh truyền đạt kinh nghiệm.', RULE)).toEqual([]);
  });

  it('reads “châu” before a continent’s name as a level word, lowercase like “tỉnh” (not the field of a name)', () => {
    expect(check('Sản phẩm phải đáp ứng quy định của Liên minh châu Âu về truy xuất nguồn gốc.', CAP_RULES)).toEqual([]);
    expect(check('Đại biểu đến từ huyện Châu Thành và thành phố Châu Đốc; bà Trần Minh Châu phát biểu.', CAP_RULES)).toEqual([]);
  });

  it.each((organisations.entries as Array<{ canonical: string; unique?: boolean }>).filter((e) => e.unique).map((e) => e.canonical))(
    'reads the one body of the country named “%s” as that body in lower case too',
    (canonical) => {
      const text = (name: string): string => `Học viên nghiên cứu văn bản của ${name} về công tác cán bộ.`;
      expect(fixed(text(canonical.toLowerCase()), 'organisation-case')).toBe(text(canonical));
      // a plural marker still makes it many
      expect(check(`Học viên nghiên cứu văn bản của các ${canonical.toLowerCase()}.`, 'organisation-case')).toEqual([]);
    },
  );

  it('reads “Giáo hội” as a type word: the body it opens ends the field of the one before', () => {
    const text = 'Học viên được Ban trị sự Giáo hội Phật giáo Việt Nam tỉnh giới thiệu về lễ hội.';
    expect(check(text, 'organisation-case').map((x) => `${x.text} → ${x.message.split('→ ')[1]}`)).toEqual(['Ban trị sự → “Ban Trị sự”.']);
    expect(check('Đại diện giáo hội Phật giáo Việt Nam tỉnh phát biểu.', 'organisation-case').map((x) => x.text)).toEqual(['giáo hội Phật giáo Việt Nam']);
  });

  it('lowers a capital inside a committee’s one word, generic or not', () => {
    expect(check('Dự có đại diện Đảng Ủy các xã và Huyện Ủy.', 'organisation-case').map((x) => x.text)).toEqual(['Đảng Ủy', 'Huyện Ủy']);
    expect(fixed('Dự có đại diện Đảng Ủy các xã.', 'organisation-case')).toBe('Dự có đại diện Đảng ủy các xã.');
    // the first syllable's case is the generic/specific question, left alone here
    expect(check('Dự có đại diện Đảng ủy các xã.', 'organisation-case')).toEqual([]);
  });

  it('capitalises a bare committee listed among specific bodies (§8.6)', () => {
    const text = 'Triển khai văn bản của Trung ương, Chính phủ, thành ủy, UBND thành phố về công tác này.';
    expect(fixed(text, RULE)).toBe('Triển khai văn bản của Trung ương, Chính phủ, Thành ủy, UBND thành phố về công tác này.');
    expect(check('Gửi các sở, ngành, thành ủy, UBND các huyện.', RULE)).toEqual([]);
  });

  it('knows a name whose dash or comma the draft left out or changed, checks its casing and puts back what is missing', () => {
    const text = 'Cán bộ Sở Lao động Thương Binh và Xã hội tỉnh dự lớp học.';
    expect(check(text, 'organisation-case')).toEqual([
      { rule: 'organisation-case', at: '1:8', text: 'Sở Lao động Thương Binh và Xã hội', message: 'Viết hoa tên cơ quan, tổ chức chưa đúng: “Sở Lao động Thương Binh và Xã hội” → “Sở Lao động - Thương binh và Xã hội”.' },
    ]);
    expect(fixed(text, 'organisation-case')).toBe('Cán bộ Sở Lao động - Thương binh và Xã hội tỉnh dự lớp học.');
    // …or the "và" of the name
    expect(fixed('Cán bộ Sở Lao động Thương Binh Xã Hội tỉnh dự.', 'organisation-case')).toBe('Cán bộ Sở Lao động - Thương binh và Xã hội tỉnh dự.');
    // casing right, only the comma missing: a warning of its own, fixed once
    const comma = 'Giám đốc Sở Văn hóa Thể thao và Du lịch dự lớp học.';
    expect(check(comma, 'organisation-case')).toEqual([
      { rule: 'organisation-case', at: '1:1', text: 'Giám đốc Sở Văn hóa Thể thao và Du lịch', message: 'Tên cơ quan viết thiếu dấu hoặc thiếu chữ “và” so với tên chính thức: “Giám đốc Sở Văn hóa Thể thao và Du lịch” → “Giám đốc Sở Văn hóa, Thể thao và Du lịch”.' },
    ]);
    expect(fixed(comma, 'organisation-case')).toBe('Giám đốc Sở Văn hóa, Thể thao và Du lịch dự lớp học.');
    expect(check(fixed(comma, 'organisation-case'), 'organisation-case')).toEqual([]);
    // a comma for the dash, casing right: nothing to say
    expect(check('Cán bộ Sở Lao động, Thương binh và Xã hội tỉnh dự lớp học.', 'organisation-case')).toEqual([]);
  });

  it('gives the exact message in Vietnamese and English', () => {
    const text = 'Chiều 7-4, Ban dân vận Tỉnh ủy tổ chức lớp học.';
    expect(check(text, RULE)[0].message).toBe('Viết hoa tên cơ quan, tổ chức chưa đúng: “Ban dân vận Tỉnh ủy” → “Ban Dân vận Tỉnh ủy”.');
    expect(check(text, RULE, {}, 'en')[0].message).toBe('Organisation name capitalised wrongly: “Ban dân vận Tỉnh ủy” → “Ban Dân vận Tỉnh ủy”.');
  });

  it.each([
    // correct forms of Table B
    'Sáng 5-3, Huyện ủy Tân Phước tổ chức hội nghị.',
    'Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức lớp học.',
    'Đại diện Ủy ban nhân dân tỉnh, Hội đồng nhân dân tỉnh và Sở Văn hóa, Thể thao và Du lịch dự.',
    'Giảng viên Học viện Chính trị quốc gia Hồ Chí Minh và Bộ Công Thương trình bày chuyên đề.',
    'Đại diện Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh phát biểu.',
    'Hội Liên hiệp Phụ nữ huyện và Hội Nông dân huyện cùng tham gia.',
    // generic and plural committees stay lowercase (CAP-12, CAP-24)
    'Văn bản gửi các tỉnh ủy, thành ủy và cấp ủy cơ sở.',
    'Tập huấn cho ban tuyên giáo các huyện ủy trong tỉnh.',
    'Đây là nhiệm vụ của cấp ủy, chính quyền các cấp.',
    // common nouns that start like a body
    'Hội nghị diễn ra tại Hội trường huyện Tân Phước.',
    'Ban tổ chức lớp học đã chuẩn bị tài liệu.',
    // the police as a force, no one body; a type word that is a person's given name
    'Lực lượng công an xã bán chuyên trách cùng dự lớp học.',
    'Kết thúc buổi học, ông Khoa nhấn mạnh vai trò của hội viên.',
    // a bare committee word with no sign that it is specific: no opinion
    'Báo cáo gửi tỉnh ủy trước ngày 15.',
    // an organisation name at the start of a sentence
    'Ban dân vận là bộ phận tham mưu.',
  ])('accepts %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('matches whatever tone style and Unicode form the draft uses, and keeps it in the fix', () => {
    const nfd = 'Sáng 5-3, huyện uỷ Tân Phước tổ chức hội nghị.'.normalize('NFD');
    expect(check(nfd, RULE)).toHaveLength(1);
    expect(fixed(nfd, RULE)).toBe('Sáng 5-3, Huyện uỷ Tân Phước tổ chức hội nghị.'.normalize('NFD'));
    expect(fixed('Chiều 7-4, Ban dân vận Tỉnh uỷ họp.', RULE)).toBe('Chiều 7-4, Ban Dân vận Tỉnh uỷ họp.');
  });

  it('reports text inside quotation marks as information without a fix', () => {
    const text = 'Ông nhắc lại: “Ban dân vận Tỉnh ủy luôn đồng hành”.';
    const f = findings(text, RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].fix).toBeUndefined();
    expect(fixed(text, RULE)).toBe(text);
  });

  it('fixes one syllable at a time and never touches text outside the name', () => {
    const f = findings('Chiều 7-4, Ban dân vận Tỉnh ủy họp.', RULE)[0];
    expect(f.severity).toBe('error');
    expect(f.fix).toEqual([{ start: 15, end: 18, text: 'Dân' }]);
  });

  it('treats contested names as warnings with a suggestion, never a fix', () => {
    // "Kiểm toán nhà nước" / "Kiểm toán Nhà nước" are both accepted (§8.8): no finding
    expect(check('Đoàn Kiểm toán nhà nước làm việc với tỉnh.', RULE)).toEqual([]);
    expect(check('Đoàn Kiểm toán Nhà nước làm việc với tỉnh.', RULE)).toEqual([]);
  });
});

describe('capitalisation of the two seed drafts (rulebook §11)', () => {
  const CAP = ['organisation-case', 'title-case', 'admin-unit-case', 'headline-case', 'consistent-capitalisation'];
  const seed000 = readFileSync(new URL('../fixtures/seeds/000_0aae31176f9fe9d1.txt', import.meta.url), 'utf8');
  const seed004 = readFileSync(new URL('../fixtures/seeds/004_6ff4995a71d100fd.txt', import.meta.url), 'utf8');

  it('seed 000: the committee, the titles of the speaker and the city committee', () => {
    expect(check(seed000, CAP).map((f) => [f.rule, f.at, f.text])).toEqual([
      ['organisation-case', '5:31', 'huyện ủy'],
      // a title and its body are one phrase: one finding, one fix (issue 14)
      ['organisation-case', '7:59', 'Phó Bí thư thường trực huyện ủy'],
      ['title-case', '7:92', 'chủ tịch HĐND'],
      ['organisation-case', '9:116', 'Ban Dân vận thành ủy'],
    ]);
    const out = fixed(seed000, CAP);
    expect(out).toMatch(/Sáng ngày 12-9, Huyện ủy An Lão\s+tổ chức/u);
    expect(out).toContain('Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện');
    expect(out).toContain('Ban Dân vận Thành ủy Hải Phòng');
  });

  it('seed 004: "Dân Vận", "Phó trưởng Ban", "Phó hiệu trưởng"; "Trưởng ban" is a profile question', () => {
    const lower = check(seed004, CAP, { profile: 'press-lower' }).map((f) => [f.rule, f.at, f.text]);
    expect(lower).toEqual([
      ['title-case', '5:206', 'Phó trưởng Ban Dân vận Tỉnh ủy'],
      ['title-case', '5:253', 'Phó hiệu trưởng Trường Chính trị'],
      ['organisation-case', '9:1', 'Trưởng ban Dân Vận Tỉnh ủy'],
      ['organisation-case', '11:1', 'Trưởng ban Dân Vận Tỉnh ủy'],
      ['title-case', '21:1', 'Phó hiệu trưởng Trường Chính trị'],
      ['title-case', '23:1', 'Phó hiệu trưởng Trường Chính trị'],
    ]);
    const gov = check(seed004, CAP);
    expect(gov.filter((f) => f.rule === 'title-case' && f.text.startsWith('Trưởng ban'))).toHaveLength(3);
    // the caption "Trưởng ban Dân Vận Tỉnh ủy": one finding whose correct form is what its fix writes
    const caption = gov.filter((f) => f.at === '9:1');
    expect(caption.map((f) => [f.rule, f.message])).toEqual([
      ['organisation-case', 'Viết hoa tên cơ quan, tổ chức chưa đúng: “Trưởng ban Dân Vận Tỉnh ủy” → “Trưởng Ban Dân vận Tỉnh ủy”.'],
    ]);
    expect(fixed(seed004, CAP).split('\n')[8]).toMatch(/^Trưởng Ban Dân vận Tỉnh ủy/u);
    const out = fixed(seed004, CAP, { profile: 'press-lower' });
    expect(out).not.toContain('Dân Vận');
    expect(out).toContain('Phó Trưởng Ban Dân vận Tỉnh ủy Bùi Văn Hản Em');
    expect(out).toContain('Phó Hiệu trưởng Trường Chính trị tỉnh Dương Văn Chăm');
  });
});

describe('a capital inside a lexicon name', () => {
  it('is wrong in a generic mention too, and only it is lowered', () => {
    const text = 'Thời gian qua, các cấp Hội Nông Dân trên địa bàn đã phối hợp mở lớp.';
    expect(check(text, RULE)).toEqual([
      { rule: RULE, at: '1:24', text: 'Hội Nông Dân', message: 'Viết hoa tên cơ quan, tổ chức chưa đúng: “Hội Nông Dân” → “Hội Nông dân”.' },
    ]);
    expect(fixed(text, RULE)).toBe('Thời gian qua, các cấp Hội Nông dân trên địa bàn đã phối hợp mở lớp.');
    expect(check('Thời gian qua, các cấp hội nông dân trên địa bàn đã phối hợp mở lớp.', RULE)).toEqual([]);
  });

  it('reads a body followed by the abbreviation of its place as a name', () => {
    const text = 'Sáng 6/9, Hội chữ thập đỏ TPHCM tổ chức lễ kỷ niệm.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Hội chữ thập đỏ']);
    expect(fixed(text, RULE)).toBe('Sáng 6/9, Hội Chữ thập đỏ TPHCM tổ chức lễ kỷ niệm.');
  });

  it('reads a body after "Trung ương" as the central body it names', () => {
    const text = 'Nhân dịp này, Trung ương Hội khuyến học trao bằng khen cho hai tập thể.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Hội khuyến học']);
    expect(fixed(text, RULE)).toBe('Nhân dịp này, Trung ương Hội Khuyến học trao bằng khen cho hai tập thể.');
  });

  it('reads a known body opening the sentence with its level word as one body', () => {
    const text = 'Hội khuyến học xã vừa mở lớp tin học cho hội viên.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Hội khuyến học']);
    expect(fixed(text, RULE)).toBe('Hội Khuyến học xã vừa mở lớp tin học cho hội viên.');
    // without the level word it may be any association of its kind
    expect(check('Hội khuyến học là tổ chức xã hội.', RULE)).toEqual([]);
  });

  it('leaves a committee alone when others are listed after it: the bodies of many units', () => {
    expect(check('Dự lớp có lãnh đạo Ban Tuyên giáo huyện ủy, thành ủy, đảng ủy trực thuộc.', RULE)).toEqual([]);
    expect(check('Dự lớp có lãnh đạo Ban Tuyên giáo huyện ủy An Lão.', RULE).map((f) => f.text)).toEqual(['Ban Tuyên giáo huyện ủy']);
  });

  it('reads the body after a list of lowercase titles sharing its type word as every board of its kind (“trưởng, phó ban công tác Mặt trận”, CAP-24)', () => {
    expect(check('Dự lớp có trưởng, phó ban công tác Mặt trận của 75 khu phố.', RULE)).toEqual([]);
    expect(check('Lớp học mời trưởng, phó ban Dân vận các xã.', RULE)).toEqual([]);
    // one title before it names one board: the house style of the name is still suggested
    expect(check('Dự lớp có đồng chí Hà Văn An, phó ban công tác Mặt trận thôn Đông.', RULE).map((f) => f.text)).toEqual(['ban công tác Mặt trận']);
  });

  it('reads a lowercase type word shared by a list of fields as the offices of those fields, not one body (“phòng Tư pháp, Nội vụ”)', () => {
    const rules = ['organisation-case', 'common-noun-case', 'consistent-capitalisation'];
    expect(check('Đại diện phòng Tư pháp, Nội vụ, Tài chính - Kế hoạch của huyện dự lớp.', rules)).toEqual([]);
    expect(check('Lãnh đạo sở Y tế, Giáo dục và Đào tạo tham dự buổi khai giảng.', rules)).toEqual([]);
    // a body after the comma leaves the first one a body of its own, whose type word lost its capital
    const text = 'Đại diện phòng Tư pháp, Công an xã dự lớp.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['phòng Tư pháp']);
    expect(fixed(text, RULE)).toBe('Đại diện Phòng Tư pháp, Công an xã dự lớp.');
    // a distinctive type word heads one body whose field is the list
    expect(check('Cán bộ trung tâm Văn hóa, Thông tin và Thể thao huyện dự lớp.', RULE).map((f) => f.text)).toEqual(['trung tâm Văn hóa, Thông tin và Thể thao']);
  });
});

describe('the grammar of names the lexicon does not know (dictionaries/organisation-grammar.json)', () => {
  it.each(grammar.examples.map((e) => [e.from, e.to]))('%j: one finding, fixed to %j', (from, to) => {
    expect(check(from, RULE)).toHaveLength(1);
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });

  it.each(grammar.unitWords.examples.map((e) => [e.from, e.to]))('%j: a body and the area it serves, fixed to %j', (from, to) => {
    expect(check(from, RULE)).toHaveLength(1);
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });

  it.each(grammar.internationalBodies.examples)('reads an international body’s Vietnamese name, its head no type word, as one body no capitalisation rule lowers: %j', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });

  it('reads no international body after a lowercase head or without its scope', () => {
    expect(check('Việt Nam gia nhập Tổ chức Thương mại từ năm 2007.', CAP_RULES).map((f) => [f.rule, f.text])).toEqual([['common-noun-case', 'Tổ chức Thương mại']]);
  });

  it.each(grammar.valid)('accepts %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('knows the army’s economic-defence units, whose field no capitalisation rule lowers (“Đoàn Kinh tế - Quốc phòng 379”)', () => {
    expect(check('Sáng 18-6, Đoàn Kinh tế - Quốc phòng 379 tổ chức tập huấn cho bà con.', CAP_RULES)).toEqual([]);
    expect(fixed('Sáng 18-6, Đoàn kinh tế - quốc phòng 379 tổ chức tập huấn cho bà con.', CAP_RULES)).toBe('Sáng 18-6, Đoàn Kinh tế - Quốc phòng 379 tổ chức tập huấn cho bà con.');
  });

  it('reads a hospital department after a lowercase “khoa” as its name, one finding for the pair (“khoa Cấp cứu”)', () => {
    const text = 'Điều dưỡng khoa Cấp cứu được hướng dẫn quy trình mới.';
    expect(check(text, CAP_RULES).map((f) => [f.rule, f.text])).toEqual([['organisation-case', 'khoa Cấp cứu']]);
    expect(fixed(text, CAP_RULES)).toBe('Điều dưỡng Khoa Cấp cứu được hướng dẫn quy trình mới.');
  });

  it('reads a board of a level below the commune, unnamed, at a sentence start as no one body (“Ban điều hành ấp”)', () => {
    expect(check('Ban điều hành ấp vận động bà con hiến đất làm đường.', RULE)).toEqual([]);
    // with the hamlet's name, or a commune's level word, it names one
    const named = 'Ban điều hành ấp Phú Hòa vận động bà con hiến đất làm đường.';
    expect(check(named, RULE)).toEqual([
      { rule: RULE, at: '1:1', text: 'Ban điều hành', message: 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Ban điều hành” → “Ban Điều hành”.' },
    ]);
    expect(fixed(named, RULE)).toBe('Ban Điều hành ấp Phú Hòa vận động bà con hiến đất làm đường.');
  });

  it('takes “trung cấp nghề” for the kind of a school, whose field opens after it (“Trường Trung cấp nghề Kỹ thuật công nghiệp”)', () => {
    expect(check('Trường Trung cấp nghề Kỹ thuật công nghiệp tuyển sinh 300 học viên.', RULE)).toEqual([]);
    expect(check('Học viên của Trường Cao đẳng nghề Việt - Đức Hà Tĩnh dự lớp.', RULE)).toEqual([]);
  });

  it('names the lowercase field and gives the one correct form in both languages', () => {
    const text = 'Sáng 3-5, Trung tâm văn hóa thể thao huyện tổ chức lớp tập huấn.';
    expect(check(text, RULE)).toEqual([
      { rule: RULE, at: '1:11', text: 'Trung tâm văn hóa', message: 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Trung tâm văn hóa” → “Trung tâm Văn hóa”.' },
    ]);
    expect(check(text, RULE, {}, 'en')[0].message).toBe('An organisation name capitalises the first syllable of its field phrase: “Trung tâm văn hóa” → “Trung tâm Văn hóa”.');
  });

  it('a Title Case level word after a wrong name is part of its one answer, not a second finding', () => {
    const text = 'Đại diện Bộ Chỉ huy Quân Sự Tỉnh dự lễ bế giảng.';
    const got = check(text, ['organisation-case', 'admin-unit-case']);
    expect(got.map((f) => [f.rule, f.text])).toEqual([['organisation-case', 'Bộ Chỉ huy Quân Sự Tỉnh']]);
    expect(fixed(text, ['organisation-case', 'admin-unit-case'])).toBe('Đại diện Bộ Chỉ huy Quân sự tỉnh dự lễ bế giảng.');
  });

  it.each([
    ['Lớp học do Trường Chính Trị, Bộ Chỉ huy Quân sự tỉnh phối hợp mở.', 'Trường Chính Trị', 'Lớp học do Trường Chính trị, Bộ Chỉ huy Quân sự tỉnh phối hợp mở.'],
    ['Lớp học do Trung tâm Y Tế và Bộ Chỉ huy Quân sự huyện phối hợp mở.', 'Trung tâm Y Tế', 'Lớp học do Trung tâm Y tế và Bộ Chỉ huy Quân sự huyện phối hợp mở.'],
    ['Ủy ban Mặt trận Tổ quốc và Bộ Chỉ Huy Quân Sự Tỉnh đồng chủ trì hội nghị.', 'Bộ Chỉ Huy Quân Sự Tỉnh', 'Ủy ban Mặt trận Tổ quốc và Bộ Chỉ huy Quân sự tỉnh đồng chủ trì hội nghị.'],
  ])('ends a name in Title Case where a body the lexicon knows follows “,” or “và”: %j', (text, span, output) => {
    const rules = ['organisation-case', 'admin-unit-case', 'common-noun-case'];
    expect(check(text, rules).map((f) => [f.rule, f.text])).toEqual([['organisation-case', span]]);
    expect(fixed(text, rules)).toBe(output);
  });
});

describe('capitalisation on correct text nobody tuned on (sentences of our own, issue 12)', () => {
  const CAPS = ['organisation-case', 'admin-unit-case', 'common-noun-case', 'special-noun-case', 'title-case', 'person-name-case', 'consistent-capitalisation'];
  it.each([
    // a type word that makes a common word with the syllable after it ("hội chứng" = syndrome)
    'Bác sĩ Nguyễn Thị Lan hướng dẫn cách nhận biết trẻ mắc hội chứng Down ngay từ khi sinh.',
    // the school won the prize: an award's rank is no name a lowercase type word opens
    'Năm học này, trường đoạt giải Nhất toàn đoàn tại Hội khỏe Phù Đổng huyện.',
    'Năm nay, trường giành giải Nhì hội thi cấp tỉnh.',
    // a shopping centre named by its brand, no state body
    'Học viên thực tập tại Trung tâm thương mại Vincom Plaza.',
    // a vaccination, no "Phòng" (the disease's capital is common-noun-case's, not a body's)
    'Học sinh lớp 6 được tiêm phòng Covid-19 tại trường.',
    // a company's legal form is written as registered; its field starts after it
    'Hợp tác xã Nông nghiệp Tân Tiến liên kết với Công ty cổ phần Tập đoàn PAN tiêu thụ 200 tấn lúa.',
    'Nông dân trồng mía đang bán cho Công ty cổ phần Mía đường Lam Sơn.',
    'Học viên đến thăm Công ty Cổ phần Sữa Việt Nam và Công ty cổ phần Xe khách Phương Trang.',
    'Công ty cổ phần Xe khách Phương Trang mở tuyến mới đến huyện.',
    // a subject of study, no law
    'Sinh viên ngành Luật kinh tế của Trường Đại học Luật Hà Nội tư vấn pháp luật cho người dân.',
    // an event's name after its head opening the sentence
    'Liên hoan Phát thanh toàn quốc lần thứ XV được tổ chức tại Cần Thơ.',
    'Diễn đàn Kinh tế tư nhân Việt Nam năm 2025 được tổ chức tại Hà Nội.',
    'Hội chợ Thương mại quốc tế Việt - Trung diễn ra tại Lào Cai.',
    // honours and feasts whose capitals are their own
    'Anh hùng Lực lượng vũ trang nhân dân Hồ Văn Lợi kể chuyện truyền thống cho học sinh.',
    'Sở Dân tộc và Tôn giáo tỉnh chúc mừng các cơ sở tôn giáo nhân dịp lễ Phục sinh.',
    // a region of three syllables before "và" and a lowercase word
    'Các tỉnh Bắc Trung Bộ và duyên hải Nam Trung Bộ đang bước vào mùa mưa bão.',
    'Các tỉnh Đông Nam Bộ và đồng bằng sông Cửu Long có nhiều khu công nghiệp.',
    // a type word of two syllables opening the sentence opens its field too, whatever drafts do with the field's syllable
    'Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải khu vực II đã cứu hộ thành công 8 ngư dân.',
    'Ngư dân được cứu nhờ sự phối hợp của Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải khu vực II.',
    // a festival (the "hội" of "ngày hội"), no association
    'Tổ dân phố số 7 tổ chức ngày hội Đại đoàn kết toàn dân tộc.',
    // a treaty's name after its type word opening the sentence
    'Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) mở ra cơ hội xuất khẩu.',
    'Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) có hiệu lực từ năm 2020.',
    'Pháp lệnh Ưu đãi người có công với cách mạng được sửa đổi năm 2020.',
    // a system or network a body names after itself, its description running to its owner
    'Người dân có thể phản ánh qua Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị của Chính phủ.',
    'Thành phố Hội An là thành viên Mạng lưới các thành phố sáng tạo của UNESCO.',
    // an agent noun before a name is a title; a committee's member is one (CAP-26)
    'Phiên tòa có sự tham gia của Kiểm sát viên Nguyễn Văn An.',
    'Đồng chí Lê Văn Nam, Huyện ủy viên, Bí thư Đảng ủy xã Tân Lập, phát biểu.',
    // a zone's description may join two words with a dash before its name
    'Đoàn học viên đi thực tế tại Khu kinh tế - thương mại đặc biệt Lao Bảo.',
    // a model's or programme's quoted title is cased as its authors cased it: no body there
    'Học viên được giới thiệu mô hình “Chi hội khuyến học trong dòng họ” của xã.',
    'Đơn vị duy trì mô hình “Con nuôi đồn Biên phòng” ở các xã biên giới.',
    // an auxiliary after a type word opens no field: the body named by its type alone
    'Theo báo cáo viên, cán bộ Hội phải nắm chắc Điều lệ và gần gũi hội viên.',
    // … nor does a verb a body is the subject of, its object a body named after it
    'Các ý kiến của học viên được tổng hợp để Sở báo cáo UBND tỉnh.',
    'Sau lớp học, Trung tâm đề nghị UBND huyện bổ sung kinh phí cho lớp sau.',
    'Mở đầu buổi học, cán bộ Trung tâm giới thiệu các gói dịch vụ hỗ trợ người lao động.',
    'Cuối buổi, bà đề nghị các cơ sở Hội quan tâm hơn nữa công tác Hội ở các bản vùng cao.',
    // an archive fonds of the local government of 1946–1980 (as “Ủy ban nhân dân”)
    'Học viên nghiên cứu hồ sơ lưu trữ trong phông Ủy ban hành chính tỉnh Hà Tây cũ.',
    // one name alone after a count of units is no unit's ("phường" a guild of singers here)
    'Các nghệ nhân của 4 phường Xoan gốc ở xã Kim Đức truyền dạy làn điệu cổ.',
    // a lowercase syllable between capitals after a place's head is a word of its name
    'Học viên nghe giới thiệu giá trị của Quần thể di tích Cố đô Huế.',
    // a newspaper's masthead after a comma opens a name of its own, not the body's next field phrase
    'Giảng viên là các nhà báo của Học viện Báo chí và Tuyên truyền, Báo Nhân Dân, Đài Truyền hình Việt Nam.',
    // a place's head alone after the draft named that place in full: a short reference to it
    'Khu di tích Kim Liên mở lớp bồi dưỡng nghiệp vụ thuyết minh. Cán bộ Phòng Tuyên truyền của Khu di tích trực tiếp hướng dẫn.',
    // a body's type word closing a listed word with the syllable before: a party branch, the whole budget, no ministry
    'Ủy ban nhân dân xã đã công khai toàn bộ tài chính của dự án cho người dân.',
    'Các chi bộ, đảng bộ xây dựng kế hoạch học tập chuyên đề.',
    // a board named by the code it drafts or appraises: "Bộ luật" is a law, no ministry owning the board
    'Ông là thành viên Ban soạn thảo Bộ luật Hình sự năm 2015.',
    'Bà Nguyễn Thị Lan, thành viên Hội đồng thẩm định Bộ luật Hàng hải, trình bày chuyên đề.',
    'Nhóm chuyên gia giúp việc Ban soạn thảo Bộ luật Tố tụng dân sự đã họp tại Hà Nội.',
  ])('no finding: %j', (text) => {
    expect(check(text, CAPS)).toEqual([]);
  });

  it.each([
    // still caught: the same words where they name a body, or mis-cased
    ['Đại diện Trường tiểu học Kim Đồng phát biểu.', 'Trường tiểu học Kim Đồng', 'Đại diện Trường Tiểu học Kim Đồng phát biểu.'],
    ['Giám đốc Công ty cổ phần xe khách Phương Trang phát biểu.', 'Giám đốc Công ty cổ phần xe khách Phương Trang', 'Giám đốc Công ty cổ phần Xe khách Phương Trang phát biểu.'],
    ['Học viên đến tham quan Trung tâm Y Tế huyện.', 'Trung tâm Y Tế', 'Học viên đến tham quan Trung tâm Y tế huyện.'],
    // a committee capitalised by halves before one of its own verbs; a body the lexicon knows whose field opens with such a verb
    ['Tại buổi bế giảng, tỉnh Đoàn trình bày kết quả học tập của các chi đoàn.', 'tỉnh Đoàn', 'Tại buổi bế giảng, Tỉnh Đoàn trình bày kết quả học tập của các chi đoàn.'],
    ['Bà Lò Thị Hiền, Phó Giám đốc Trung tâm giới thiệu việc làm tỉnh, dự lớp học.', 'Phó Giám đốc Trung tâm giới thiệu việc làm', 'Bà Lò Thị Hiền, Phó Giám đốc Trung tâm Giới thiệu việc làm tỉnh, dự lớp học.'],
    // the last item of a list of communes, its first syllable lowercase: one answer (admin-unit-case's), no "ta"
    ['Học viên đến từ các xã Nậm Xé, Tả Van và pắc Ta của huyện.', 'pắc Ta', 'Học viên đến từ các xã Nậm Xé, Tả Van và Pắc Ta của huyện.'],
    // a named place's head before its name: a syllable that lost its capital there
    ['Học viên làm việc tại Khu công nghiệp Hòa phú, Khu công nghiệp Bình Minh.', 'Hòa phú', 'Học viên làm việc tại Khu công nghiệp Hòa Phú, Khu công nghiệp Bình Minh.'],
  ])('still fixes %j', (text, span, output) => {
    expect(check(text, CAPS).map((f) => f.text)).toEqual([span]);
    expect(fixed(text, CAPS)).toBe(output);
  });
});

describe('common-noun-case: an agent noun of three syllables capitalised mid-clause', () => {
  it('lowers “Báo cáo viên” with the exact message, range and fix', () => {
    const text = 'Các đại biểu nghe Báo cáo viên trình bày chuyên đề.';
    expect(check(text, 'common-noun-case')).toEqual([
      { rule: 'common-noun-case', at: '1:19', text: 'Báo cáo viên', message: '“Báo cáo viên” là từ thường, không phải tên riêng: viết thường giữa câu: “báo cáo viên”.' },
    ]);
    expect(fixed(text, 'common-noun-case')).toBe('Các đại biểu nghe báo cáo viên trình bày chuyên đề.');
    expect(fixed(fixed(text, 'common-noun-case'), 'common-noun-case')).toBe('Các đại biểu nghe báo cáo viên trình bày chuyên đề.');
  });
  it('leaves the same capital where a name, a body or a list item follows, or at a sentence start', () => {
    expect(check('Báo cáo viên trình bày chuyên đề về chuyển đổi số.', 'common-noun-case')).toEqual([]);
    expect(check('Lớp học mời Báo cáo viên Trung ương Lê Văn Hà giảng bài.', 'common-noun-case')).toEqual([]);
  });
});

describe('organisation-grammar.json country: the country’s name after a body', () => {
  it.each(grammar.country.generic)('a lowercase kind of body and the country’s name alone is no one body: %j', (text) => {
    expect(check(text, 'organisation-case')).toEqual([]);
  });
  it.each(grammar.country.named.map((e) => [e.from, e.to]))('%j: a body named by the country, fixed to %j', (from, to) => {
    expect(check(from, 'organisation-case')).toHaveLength(1);
    expect(fixed(from, 'organisation-case')).toBe(to);
    expect(check(to, 'organisation-case')).toEqual([]);
  });
});

describe('organisation-case and a bare level word after a plural of that level', () => {
  it('reads a lowercase body of a bare level word as each unit’s where the sentence named several before (“một số xã … ủy ban nhân dân xã”)', () => {
    expect(check('Ở một số xã vùng sâu, bà con còn ngại đến ủy ban nhân dân xã để làm thủ tục.', 'organisation-case')).toEqual([]);
    expect(check('Cán bộ các xã phản ánh nhiều hộ chưa đến ủy ban nhân dân xã đăng ký.', 'organisation-case')).toEqual([]);
  });
  it('still reads it as one body with no plural before it', () => {
    expect(check('Bà con đến ủy ban nhân dân xã để làm thủ tục.', 'organisation-case').map((f) => f.text)).toEqual(['ủy ban nhân dân']);
  });
});

describe('organisation-grammar.json notFieldOpeners: no field opens with a preposition or a verb', () => {
  it.each(grammar.notFieldOpeners.examples)('%j', (text) => {
    expect(check(text, ['organisation-case', 'admin-unit-case', 'common-noun-case', 'special-noun-case', 'title-case', 'person-name-case', 'consistent-capitalisation'])).toEqual([]);
  });
  it('holds each word in an example', () => {
    for (const w of grammar.notFieldOpeners.words) expect(grammar.notFieldOpeners.examples.some((e) => e.includes(` ${w} `))).toBe(true);
  });
});

describe('organisation-grammar.json indefiniteOwners: a lowercase body of an unnamed unit or under a title of nobody', () => {
  it.each(grammar.indefiniteOwners.examples)('%j', (text) => {
    expect(check(text, ['organisation-case', 'title-case', 'consistent-capitalisation'])).toEqual([]);
  });
  it('still capitalises the body of a named unit', () => {
    expect(check('Bà Lê Thị Hoa, Chủ tịch công đoàn Trường Mầm non Hoa Sen, chia sẻ.', 'organisation-case').map((f) => f.text)).toEqual(['Chủ tịch công đoàn']);
  });
});

describe('organisation-grammar.json unitPrepositions: a lowercase body in each of several units is generic', () => {
  it.each(grammar.unitPrepositions.examples)('%j', (text) => {
    expect(check(text, ['organisation-case', 'consistent-capitalisation'])).toEqual([]);
  });
  it('leaves a house style’s choice alone on a lowercase board of no named unit', () => {
    expect(check('Học viên trao đổi về vai trò của ban công tác Mặt trận trong hòa giải ở cơ sở.', 'organisation-case')).toEqual([]);
  });
  it('still names one board where one unit is named', () => {
    expect(check('Đại diện ban công tác Mặt trận khu phố 3 phát biểu.', 'organisation-case').map((f) => f.text)).toEqual(['ban công tác Mặt trận']);
  });
});

describe('organisation-case and a type word standing alone', () => {
  it('reads a verb right after a capitalised type word as the body named before, not its field', () => {
    expect(check('Năm nay, Bệnh viện triển khai Đề án khám chữa bệnh từ xa tại các xã.', 'organisation-case')).toEqual([]);
    // drafts go on with a capital after “Ban” + “Chỉ”: that field is still read
    expect(check('Sáng 3-4, Ban chỉ đạo huyện tổ chức hội nghị.', 'organisation-case').map((f) => f.text)).toEqual(['Ban chỉ đạo']);
  });
  it('reads “bệnh viện tuyến tỉnh” as hospitals of a level, not a body', () => {
    expect(check('Người bệnh phải đi hơn 40 km đến bệnh viện tuyến tỉnh.', 'organisation-case')).toEqual([]);
  });
});


describe('organisation-case and the posts of every unit of a kind', () => {
  it('reads a lowercase body after a list of lowercase titles as every unit’s (CAP-24)', () => {
    expect(check('Lớp học có 90 học viên là bí thư, phó bí thư, ủy viên ban thường vụ đảng ủy và cán bộ văn phòng ở các xã.', 'organisation-case')).toEqual([]);
    expect(check('Học viên là chủ tịch, phó chủ tịch ủy ban nhân dân và công chức tư pháp.', 'organisation-case')).toEqual([]);
  });
  it('still reads the body of a named place, and a list of one person’s titles', () => {
    expect(check('Tham dự có bí thư, phó bí thư, ủy viên ban thường vụ Đảng ủy xã Tân Lập.', 'organisation-case').map((f) => f.text)).toEqual(['ban thường vụ Đảng ủy']);
    expect(check('Dự hội nghị có ông Trần Văn Hải, bí thư, chủ tịch ủy ban nhân dân xã Tân Lập.', ['organisation-case', 'title-case']).length).toBeGreaterThan(0);
  });
});

describe('organisation-case and a kind of body of the country', () => {
  it('reads a lowercase kind of body before the country’s name alone as the country’s bodies of that kind', () => {
    expect(check('Bệnh viện đang áp dụng bộ tiêu chí chất lượng bệnh viện Việt Nam trong công tác kiểm soát nhiễm khuẩn.', 'organisation-case')).toEqual([]);
  });
  it('still reads a name that goes on after the country', () => {
    expect(check('Lãnh đạo bệnh viện Việt Nam - Cu Ba phát biểu tại lớp học.', 'organisation-case').map((f) => f.text)).toEqual(['bệnh viện Việt Nam']);
  });
});

describe('organisation-case and a body joined to a generic one', () => {
  it('reads a lowercase body after “và” closing a plural phrase as generic too (CAP-24)', () => {
    expect(check('Học viên được hướng dẫn cách quản lý tiêm chủng của các trạm y tế xã và trung tâm y tế huyện.', 'organisation-case')).toEqual([]);
  });
  it('still reads one named by its place, or with no plural before it', () => {
    expect(check('Học viên là cán bộ các trạm y tế xã và trung tâm y tế huyện Mường Tè.', 'organisation-case').map((f) => f.text)).toEqual(['trung tâm y tế']);
    expect(check('Lớp học do trạm y tế xã và trung tâm y tế huyện phối hợp tổ chức.', 'organisation-case').map((f) => f.text)).toEqual(['trung tâm y tế']);
  });
  it('reads the country’s kind of body with lowercase words after it', () => {
    expect(check('Bệnh viện thực hiện bộ tiêu chí chất lượng bệnh viện Việt Nam phiên bản mới.', 'organisation-case')).toEqual([]);
  });
});

describe('organisation-case and a body listed among named bodies', () => {
  it('reads a lone capitalised body between named bodies of a list as one body', () => {
    expect(fixed('Huyện Đoàn phối hợp với Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội cựu chiến binh và Huyện Đoàn Ia Grai tổ chức lớp học.', 'organisation-case')).toBe(
      'Huyện Đoàn phối hợp với Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh và Huyện Đoàn Ia Grai tổ chức lớp học.',
    );
  });
  it('reads the first or the last item of such a list by its one named neighbour', () => {
    expect(fixed('Dự lớp có đại diện Hội cựu chiến binh và Đoàn Thanh niên xã.', 'organisation-case')).toBe('Dự lớp có đại diện Hội Cựu chiến binh và Đoàn Thanh niên xã.');
    expect(fixed('Ngân hàng phối hợp với Hội nông dân, Hội Liên hiệp Phụ nữ tổ chức lớp học.', 'organisation-case')).toBe('Ngân hàng phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ tổ chức lớp học.');
    expect(fixed('Dự lớp có Hội Nông dân và Hội cựu chiến binh.', 'organisation-case')).toBe('Dự lớp có Hội Nông dân và Hội Cựu chiến binh.');
  });
  it('leaves it alone outside such a list', () => {
    expect(check('Lớp học dành cho Hội cựu chiến binh các xã.', 'organisation-case')).toEqual([]);
    // (a lowercase neighbour names no body: a kind of group)
    expect(check('Dự lớp có Hội cựu chiến binh và các đoàn thể khác.', 'organisation-case')).toEqual([]);
  });
});

describe('PREC30: a body with a lowercase type word and no place, in a sentence about many units', () => {
  it.each([
    // the units named in the plural after the body's list item, or before it as the owner of the clause
    'Dự hội nghị có 120 đại biểu là lãnh đạo văn phòng UBND, cán bộ phụ trách cải cách hành chính của 9 tỉnh, thành phố.',
    'Giám đốc đề nghị bảo hiểm xã hội các huyện chủ động phối hợp với phòng lao động - thương binh và xã hội rà soát danh sách.',
    'Đại diện nhiều tỉnh phản ánh khó khăn về trụ sở cho trung tâm phục vụ hành chính công, nhất là ở vùng núi.',
    // two units of one level named: each one's office
    'Tham gia có cán bộ văn phòng Đảng ủy và bộ phận một cửa của phường Hòa Bình, phường Tân Mai.',
  ])('is each unit’s body, no finding: %j', (text) => {
    expect(check(text, 'organisation-case')).toEqual([]);
  });
  it.each([
    // a capital in the body's own words is a name's field or place: the writer meant one body
    ['Sở Y tế (phòng Kế hoạch tài chính) phối hợp với trung tâm y tế các huyện tổ chức tập huấn.', 'phòng Kế hoạch'],
    ['Ngày 5-3, Ban Chỉ đạo Tổng điều tra huyện phối hợp với cục thống kê Quảng Trị mở lớp cho điều tra viên của 12 xã.', 'cục thống kê Quảng Trị'],
    // the body acting is one body
    ['Sáng 5-3, sở lao động - thương binh và xã hội chủ trì tập huấn cho cán bộ các huyện.', 'sở lao động - thương binh và xã hội'],
    ['Sáng 5-3, văn phòng UBND tổ chức tập huấn cho cán bộ các xã.', 'văn phòng UBND'],
    // no plural of units in its sentence
    ['Giảng viên của sở khoa học và công nghệ trình bày chuyên đề về đổi mới sáng tạo.', 'sở khoa học và công nghệ'],
  ])('is still reported where one body is meant: %j', (text, found) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual([found]);
  });
});

describe('generic-markers.json levelOfMany: a lowercase body of a level the draft speaks of in the plural and names none of', () => {
  it.each(markers.levelOfMany.examples.map((e) => [e.text, e.named]))('%j', (text, named) => {
    expect(check(text, ['organisation-case', 'consistent-capitalisation'])).toEqual([]);
    // the same body once the draft names one unit of that level is that unit's body
    expect(check(named, 'organisation-case').length).toBe(1);
  });
  it('reads the kind, not the body, where no unit is named: exact finding only once a commune is named', () => {
    const many = 'Huyện tập huấn cho dân quân các xã. Kinh phí được cấp cho ban chỉ huy quân sự xã để may trang phục.';
    expect(check(many, 'organisation-case')).toEqual([]);
    const one = 'Huyện tập huấn cho dân quân xã Tân Hòa. Kinh phí được cấp cho ban chỉ huy quân sự xã để may trang phục.';
    expect(check(one, 'organisation-case').map((f) => [f.at, f.text, f.message])).toEqual([
      ['1:63', 'ban chỉ huy quân sự', 'Viết hoa tên cơ quan, tổ chức chưa đúng: “ban chỉ huy quân sự” → “Ban Chỉ huy Quân sự”.'],
    ]);
  });
  it.each(markers.levelOfMany.notMany)('a level word after “cấp”, or a body that acts, is one body: %j', (text) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual(['trung tâm chính trị']);
  });
  it('still reports a body written with a capital, whose writer meant a name', () => {
    expect(check('Huyện tập huấn cho dân quân các xã. Kinh phí được cấp cho Ban chỉ huy quân sự xã để may trang phục.', 'organisation-case').map((f) => f.text)).toEqual(['Ban chỉ huy quân sự']);
  });
});

describe('organisation-grammar.json schoolStreams: a lowercase “ban” after a word of schooling is a stream', () => {
  it.each(grammar.schoolStreams.examples)('%j', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });
  it.each(grammar.schoolStreams.bodies)('the same head with no word of schooling before it is a body: %j', (text) => {
    expect(check(text, 'organisation-case').map((f) => [f.text, f.message])).toEqual([
      ['ban Khoa học', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “ban Khoa học” → “Ban Khoa học”.'],
    ]);
  });
  it('reads the next stream of a list as a stream too', () => {
    expect(check('Học sinh ban Khoa học tự nhiên và ban Cơ bản được hướng dẫn chọn nghề.', CAP_RULES)).toEqual([]);
    expect(check('Các em lớp 10 ban Tự nhiên, ban Xã hội cùng nghe tư vấn.', CAP_RULES)).toEqual([]);
  });
  it('holds each opener in an example or in a list test', () => {
    for (const o of grammar.schoolStreams.openers) expect(grammar.schoolStreams.examples.some((e) => e.toLowerCase().includes(`${o} `))).toBe(true);
  });
});

describe('organisation-case: a list of one kind’s names that a plural marker opens', () => {
  it.each([
    'Học viên là bác sĩ các khoa Nội, khoa Nhi và khoa Sản của bệnh viện huyện.',
    'Đại diện các phòng Nội vụ, phòng Tư pháp dự lớp bồi dưỡng.',
  ])('reads each item as generic as the first: %j', (text) => {
    expect(check(text, ['organisation-case', 'consistent-capitalisation'])).toEqual([]);
  });
  it('still reports the item of a list no plural marker opens', () => {
    expect(check('Học viên là bác sĩ khoa Nội, khoa Nhi của bệnh viện huyện.', 'organisation-case').map((f) => [f.text, f.message])).toEqual([
      ['khoa Nội', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “khoa Nội” → “Khoa Nội”.'],
      ['khoa Nhi', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “khoa Nhi” → “Khoa Nhi”.'],
    ]);
  });
});

describe('organisation-grammar.json notABody: “Hội thẩm” is a juror, no body', () => {
  it('reads no body in a people’s juror before another role', () => {
    expect(check('Báo cáo viên giới thiệu Hiến pháp cho Hội thẩm nhân dân và Thẩm tra viên.', CAP_RULES)).toEqual([]);
    expect(check('Các hội thẩm nhân dân được bồi dưỡng kỹ năng xét xử.', CAP_RULES)).toEqual([]);
  });
});

describe('organisation-case: a body named by its type word alone, then its verb and the name of what it acts on', () => {
  it.each([
    // a document (common-nouns.json documentReferences) after the verb
    'Sáng 9-5, Chi cục Thủy sản tỉnh mở lớp cho ngư dân. Tại lớp học, cán bộ Chi cục phổ biến Nghị định số 37/2024/NĐ-CP về quản lý tàu cá.',
    'Trung tâm Dịch vụ việc làm tỉnh tư vấn cho 200 lao động. Đại diện Trung tâm trình bày Đề án hỗ trợ lao động đi làm việc ở nước ngoài.',
    // … and the body the document belongs to after it
    'Hội Cựu chiến binh xã tổ chức hội nghị. Hội giới thiệu Điều lệ Hội Cựu chiến binh Việt Nam tới hội viên mới.',
    // a language after its head (common-nouns.json evidence.languageHeads), at a sentence start
    'Chi cục Thú y tỉnh tập huấn cho 50 hộ chăn nuôi người Chăm. Chi cục cử cán bộ nói tiếng Chăm hướng dẫn từng hộ.',
    // a country (common-nouns.json evidence.countries), whose last syllable is no level word
    'Trung tâm Khuyến nông tỉnh tổ chức hội thảo. Dịp này, Trung tâm mời chuyên gia Nhật Bản giới thiệu giống lúa mới.',
  ])('%j', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });
  it('still reads a lowercase field with a place’s name, and keeps a country’s capitals in the answer', () => {
    expect(check('Ngày 2-6, Chi cục kiểm lâm vùng Tây Nguyên tổ chức tập huấn.', 'organisation-case').map((f) => [f.at, f.text, f.message])).toEqual([
      ['1:11', 'Chi cục kiểm lâm vùng Tây Nguyên', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Chi cục kiểm lâm vùng Tây Nguyên” → “Chi cục Kiểm lâm vùng Tây Nguyên”.'],
    ]);
    expect(fixed('Đại diện Trung tâm xúc tiến đầu tư Nhật Bản tại Hà Nội dự hội thảo.', 'organisation-case')).toBe('Đại diện Trung tâm Xúc tiến đầu tư Nhật Bản tại Hà Nội dự hội thảo.');
  });
});

describe('organisation-case: fields listed with a comma and “và”, closed by the body’s level word', () => {
  it('capitalises the lowercase phrases of the list', () => {
    const text = 'Lớp học do Ủy ban Dân số, gia đình và trẻ em huyện tổ chức.';
    expect(check(text, 'organisation-case').map((f) => [f.at, f.text, f.message])).toEqual([
      ['1:12', 'Ủy ban Dân số, gia đình và trẻ em', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Ủy ban Dân số, gia đình và trẻ em” → “Ủy ban Dân số, Gia đình và Trẻ em”.'],
    ]);
    expect(fixed(text, 'organisation-case')).toBe('Lớp học do Ủy ban Dân số, Gia đình và Trẻ em huyện tổ chức.');
    expect(fixed('Lớp học do Ủy ban Dân số, gia đình và trẻ em tỉnh Gia Lai tổ chức.', 'organisation-case')).toBe('Lớp học do Ủy ban Dân số, Gia đình và Trẻ em tỉnh Gia Lai tổ chức.');
  });
  it.each([
    'Lớp học do Ủy ban Dân số, Gia đình và Trẻ em huyện tổ chức.',
    // people, bodies, a plural: a list of them, not one body's fields
    'Đại diện Hội Nông dân, phụ nữ và thanh niên xã dự lớp.',
    'Đại diện Phòng Nội vụ, tài chính và các xã dự lớp.',
    'Đại diện Hội Cựu chiến binh, đoàn viên và hội viên xã dự lớp.',
    'Phòng Tư pháp, văn phòng và công an xã phối hợp tổ chức.',
    'Cán bộ Đoàn Thanh niên, hội viên và nông dân xã được tập huấn.',
    'Học viên là cán bộ Phòng Giáo dục, giáo viên và học sinh các trường trong huyện.',
  ])('leaves %j alone', (text) => {
    expect(check(text, 'organisation-case')).toEqual([]);
  });
});

describe('organisation-grammar.json typeWords: “Cảng vụ”, a port authority', () => {
  it('reads its name by the grammar, Title Case and a lowercase field', () => {
    expect(fixed('Sáng 13-9, Cảng vụ hàng hải Quảng Ninh tổ chức diễn tập.', 'organisation-case')).toBe('Sáng 13-9, Cảng vụ Hàng hải Quảng Ninh tổ chức diễn tập.');
    expect(check('Đại diện Cảng Vụ Hàng hải Quảng Ninh phát biểu.', 'organisation-case').map((f) => f.message)).toEqual([
      'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Cảng Vụ Hàng hải Quảng Ninh” → “Cảng vụ Hàng hải Quảng Ninh”.',
    ]);
  });
  it.each([
    'Sáng 13-9, Cảng vụ Hàng hải Quảng Ninh tổ chức diễn tập. Cảng vụ điều động 4 tàu tuần tra.',
    'Đoàn công tác thăm Cảng Hải Phòng và Cảng Cái Lân.',
    'Cán bộ các cảng vụ hàng hải khu vực phía Bắc dự lớp.',
  ])('leaves %j alone', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });
});

describe('organisation-case: a known body whose list shares a plural owner backwards', () => {
  it('reads a lowercase known name before “…, phòng kinh tế - hạ tầng các huyện” as every district’s office', () => {
    expect(check('Dự hội nghị có cán bộ phòng quản lý đô thị, phòng kinh tế - hạ tầng các huyện, thị xã.', 'organisation-case')).toEqual([]);
  });
  it('still reads one named by its place', () => {
    expect(check('Dự hội nghị có cán bộ phòng quản lý đô thị, phòng kinh tế - hạ tầng huyện Cam Lộ.', 'organisation-case').map((f) => f.text)).toEqual(['phòng quản lý đô thị', 'phòng kinh tế - hạ tầng']);
  });
});

describe('organisation-case: a name in Title Case whose surname-like syllable makes a word with the one before', () => {
  it('lowers it with the word, no person’s name ends the field there', () => {
    expect(check('Đại diện Trung Tâm Trợ Giúp Pháp Lý Nhà Nước tỉnh dự lớp.', 'organisation-case').map((f) => f.message)).toEqual([
      'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Trung Tâm Trợ Giúp Pháp Lý Nhà Nước” → “Trung tâm Trợ giúp pháp lý Nhà nước”.',
    ]);
  });
  it('still keeps a person’s name after the field', () => {
    expect(fixed('Học sinh Trường Tiểu Học Lý Cảnh Hớn dự lễ.', 'organisation-case')).toBe('Học sinh Trường Tiểu học Lý Cảnh Hớn dự lễ.');
  });
  // CAPS29: a level word in Title Case that opens a listed word with the capital after it is that word's
  it('reads “Xã Hội” of a Title Case field as the word “xã hội”, no commune, and lowers it with the rest', () => {
    const text = 'Sáng 5-3, Trung Tâm Bảo Trợ Xã Hội tỉnh Long Hòa mở lớp tập huấn cho nhân viên.';
    expect(check(text, 'organisation-case').map((f) => [f.text, f.message])).toEqual([
      ['Trung Tâm Bảo Trợ Xã Hội', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Trung Tâm Bảo Trợ Xã Hội” → “Trung tâm Bảo trợ xã hội”.'],
    ]);
    expect(fixed(text, 'organisation-case')).toBe('Sáng 5-3, Trung tâm Bảo trợ xã hội tỉnh Long Hòa mở lớp tập huấn cho nhân viên.');
  });
  it('still ends a Title Case field at a commune’s level word before its name', () => {
    expect(fixed('Đại diện Hội Nông Dân Xã Tân Hội dự lớp.', 'organisation-case')).toBe('Đại diện Hội Nông dân xã Tân Hội dự lớp.');
  });
});

describe('organisation-case: a lowercase body of several units, a kind (CAPS19)', () => {
  it.each([
    // its place a list of units: a named one, then a plural of a level ("…, các huyện …")
    'Dự hội nghị có cán bộ của Cục Thuế tỉnh và chi cục thuế thành phố Vinh, các huyện Nghi Lộc, Hưng Nguyên.',
    'Lãnh đạo Ủy ban nhân dân tỉnh và ủy ban nhân dân thị xã Cửa Lò, các huyện Diễn Châu, Yên Thành tham dự.',
    'Học viên là thẩm phán của Tòa án nhân dân tỉnh và tòa án nhân dân thị xã Thái Hòa và các huyện miền Tây.',
    // a type word's capital opening the sentence says nothing: the body of several units after it
    'Ban thường vụ huyện đoàn các huyện chọn cử 90 cán bộ đoàn tham gia.',
    'Ban chấp hành hội liên hiệp thanh niên các huyện giới thiệu đoàn viên có hoàn cảnh khó khăn.',
    // the owner the list of items shares, after "của" and a count
    'Tham dự có lãnh đạo phòng tài nguyên và môi trường, cán bộ địa chính của 12 huyện, thị xã.',
  ])('leaves %j alone', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });
  it('reads a bare level word after a body the draft writes lowercase for many units as the kind', () => {
    const draft = 'Lớp học dành cho cán bộ hội khuyến học các xã, thị trấn.\n\nÔng Lê Văn Bình, Chủ tịch Hội Khuyến học xã Nghi Phong, cho biết hội đã trao 40 suất học bổng.\n\nGiám đốc Sở nhấn mạnh, hội khuyến học xã là cầu nối giữa nhà trường và gia đình.';
    expect(check(draft, 'organisation-case')).toEqual([]);
  });
  it.each([
    // one named unit, its place no list: still one body
    ['Dự hội nghị có cán bộ chi cục thuế thành phố Vinh và Cục Thuế tỉnh.', 'chi cục thuế'],
    ['Lãnh đạo ủy ban nhân dân thị xã Cửa Lò, huyện Diễn Châu tham dự.', 'ủy ban nhân dân'],
  ])('still reads %j as one body', (text, found) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual([found]);
  });
  it('still reads a bare level word as the draft’s one unit when the draft writes the body of many units capitalised', () => {
    const draft = 'Lớp học dành cho cán bộ Hội Khuyến học các xã, thị trấn.\n\nÔng Lê Văn Bình, Chủ tịch Hội Khuyến học xã Nghi Phong, cho biết hội đã trao 40 suất học bổng.\n\nGiám đốc Sở nhấn mạnh, hội khuyến học xã đã làm tốt vai trò cầu nối.';
    expect(check(draft, 'organisation-case').map((f) => f.text)).toEqual(['hội khuyến học']);
  });
});

describe('organisation-case: a company’s legal form “một thành viên”, a body named by its type word before “chủ trì” (CAPS19)', () => {
  it.each([
    'Công ty TNHH một thành viên Lâm nghiệp Sông Hiếu trồng mới 200 ha rừng phòng hộ.',
    'Đại diện Công ty TNHH MTV Thủy lợi Bắc Nghệ An phát biểu.',
    'Hội nghị do Chi cục chủ trì, với sự tham gia của 60 hộ kinh doanh.',
    'Buổi đối thoại do Cục chủ trì, các chi cục thuế khu vực cùng tham gia.',
  ])('leaves %j alone', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });
  it('reads the field after the legal form', () => {
    expect(fixed('Đại diện Công ty TNHH một thành viên lâm nghiệp Sông Hiếu phát biểu.', 'organisation-case')).toBe('Đại diện Công ty TNHH một thành viên Lâm nghiệp Sông Hiếu phát biểu.');
  });
});

describe('organisation-case: a lowercase field of two phrases after a capitalised type word; a kind of school in Title Case (CAPS19)', () => {
  it.each([
    ['Đại diện Phòng kinh tế và hạ tầng huyện Quế Phong dự lớp.', 'Phòng kinh tế và hạ tầng', 'Đại diện Phòng Kinh tế và Hạ tầng huyện Quế Phong dự lớp.'],
    ['Đại diện Trường Cao Đẳng Đường Sắt phát biểu.', 'Trường Cao Đẳng Đường Sắt', 'Đại diện Trường Cao đẳng Đường Sắt phát biểu.'],
    ['Học sinh Trường Mầm Non Hoa Sen dự lễ khai giảng.', 'Trường Mầm Non Hoa Sen', 'Học sinh Trường Mầm non Hoa Sen dự lễ khai giảng.'],
  ])('%j: one finding “%s”, fixed', (text, found, output) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual([found]);
    expect(fixed(text, 'organisation-case')).toBe(output);
  });
  it.each([
    'Đại diện Hội nông dân và phụ nữ xã dự lớp.',
    'Đại diện Ban Chỉ đạo và tổ công tác xã dự lớp.',
    'Sinh viên Trường Đại học Bách khoa Hà Nội tham gia tình nguyện.',
    'Học sinh Trường Tiểu học Kim Đồng dự lễ chào cờ.',
    'Thầy Lò Văn Sơn, Hiệu trưởng Trường Phổ thông Dân tộc nội trú huyện, phát biểu.',
  ])('leaves %j alone', (text) => {
    expect(check(text, 'organisation-case')).toEqual([]);
  });
});

describe('organisation-case: a type word that closes a word of the general dictionary with the syllable before (CAPS20)', () => {
  it.each([
    'Hợp tác xã ứng dụng tiến bộ khoa học và công nghệ vào nuôi tôm thẻ chân trắng.',
    'Các hộ được hướng dẫn đưa tiến bộ khoa học kỹ thuật vào chăn nuôi bò sữa.',
    'Chương trình chuyển giao tiến bộ khoa học và công nghệ cho đồng bào vùng cao được triển khai từ năm 2004.',
  ])('leaves %j alone', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });
  it.each([
    // "đạo" already closes "lãnh đạo": no "đạo văn" with the body after it
    ['Lãnh đạo văn phòng tỉnh ủy dự lớp bồi dưỡng.', 'văn phòng tỉnh ủy', 'Lãnh đạo Văn phòng Tỉnh ủy dự lớp bồi dưỡng.'],
    // "cán bộ" is a word, "bộ hội" none: the body opens at "hội"
    ['Cán bộ hội nông dân tỉnh dự lớp tập huấn.', 'hội nông dân', 'Cán bộ Hội Nông dân tỉnh dự lớp tập huấn.'],
    ['Giảng viên của bộ khoa học và công nghệ trình bày chuyên đề.', 'bộ khoa học và công nghệ', 'Giảng viên của Bộ Khoa học và Công nghệ trình bày chuyên đề.'],
  ])('%j: one finding “%s”, fixed', (text, found, output) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual([found]);
    expect(fixed(text, 'organisation-case')).toBe(output);
  });
});

describe('organisation-grammar.json typeWords: “Vườn quốc gia”, a national park, its name after it (CAPS20)', () => {
  it.each([
    ['Lớp học diễn ra tại Vườn Quốc gia Cúc Phương.', 'Vườn Quốc gia Cúc Phương', 'Lớp học diễn ra tại Vườn quốc gia Cúc Phương.'],
    ['Cán bộ Vườn Quốc Gia Bạch Mã hướng dẫn học viên nhận biết loài chim.', 'Vườn Quốc Gia Bạch Mã', 'Cán bộ Vườn quốc gia Bạch Mã hướng dẫn học viên nhận biết loài chim.'],
    ['Lớp học do cán bộ vườn quốc gia Cát Tiên hướng dẫn.', 'vườn quốc gia Cát Tiên', 'Lớp học do cán bộ Vườn quốc gia Cát Tiên hướng dẫn.'],
  ])('%j: one finding “%s”, fixed', (text, found, output) => {
    expect(check(text, CAP_RULES).map((f) => f.text)).toEqual([found]);
    expect(fixed(text, CAP_RULES)).toBe(output);
  });
  it.each([
    'Học viên tham quan Vườn quốc gia Pù Mát và Khu bảo tồn thiên nhiên Pù Luông.',
    'Cả nước có 34 vườn quốc gia, trong đó nhiều vườn quốc gia ở Tây Nguyên.',
    'Cán bộ các vườn quốc gia và khu bảo tồn dự lớp.',
    'Ông Lê Văn Hải, Giám đốc Vườn quốc gia Vũ Quang, phát biểu.',
    'Mô hình vườn quốc gia của Mỹ được giới thiệu cho học viên.',
  ])('leaves %j alone', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });
});

describe('organisation-case: a body’s number closes its lowercase field (CAPS20)', () => {
  it.each([
    ['Ban Giám khảo gồm cán bộ của Công ty điện lực 2 và Điện lực Quảng Trị.', 'Công ty điện lực', 'Ban Giám khảo gồm cán bộ của Công ty Điện lực 2 và Điện lực Quảng Trị.'],
    ['Cán bộ Công ty xây dựng số 4 dự lớp an toàn lao động.', 'Công ty xây dựng', 'Cán bộ Công ty Xây dựng số 4 dự lớp an toàn lao động.'],
    ['Đoàn học viên tham quan Công ty điện lực 2.', 'Công ty điện lực', 'Đoàn học viên tham quan Công ty Điện lực 2.'],
    // (the number is no field: "Số" was capitalised here before)
    ['Học sinh Trường tiểu học số 2 dự lễ chào cờ.', 'Trường tiểu học', 'Học sinh Trường Tiểu học số 2 dự lễ chào cờ.'],
  ])('%j: one finding “%s”, fixed', (text, found, output) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual([found]);
    expect(fixed(text, 'organisation-case')).toBe(output);
  });
  it.each([
    'Năm nay, Trung tâm mở 10 lớp cho lao động nông thôn.',
    'Sau đó, Sở cử 12 cán bộ đi học.',
    'Học viên được giới thiệu giống lúa Đài thơm 8, ST25 và nếp cái hoa vàng.',
    'Năm 2008, Sở cũng dành 3,5 tỷ đồng mua máy tính cho các trường.',
    'Đại diện Công ty Điện lực 1 phát biểu.',
    'Học sinh Trường Tiểu học số 2 dự lễ chào cờ.',
  ])('leaves %j alone', (text) => {
    expect(check(text, CAP_RULES)).toEqual([]);
  });
});

describe('organisation-case: bodies of many units, a body named again by its type word, a practice’s legal form (CAPS21)', () => {
  it.each([
    // a preposition of place and a distributive after the body, at a sentence start (its capital says nothing)
    'Ban chấp hành chi hội ở mỗi buôn được hướng dẫn cách ghi biên bản sinh hoạt.',
    'Lớp học diễn ra ở phường Cửa Nam. Ban công tác mặt trận ở mỗi khu dân cư phải nắm được ý kiến của người dân.',
    // the rest of a field runs, through a compound's comma and "và", to the units it stands in
    'Ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các xã được đề nghị rà soát các hộ ở vùng trũng.',
    // a bare level word after a body the draft writes lowercase for many units, with "của" between
    'Học viên là chỉ huy trưởng, chỉ huy phó ban chỉ huy quân sự của 9 phường, trong đó có các phường Cát Dài, Lạc Viên. Quận tập huấn cho cán bộ ban chỉ huy quân sự phường trong hai ngày.',
    // … the type word's capital opening the sentence says nothing
    'Thuốc được cấp cho trạm y tế 14 xã, trong đó có các xã Chà Cang, Na Cô Sa. Trạm y tế xã là nơi người dân tìm đến đầu tiên khi ốm đau.',
    // a type word named in full before, then alone with a verb of one syllable
    'Sở Tư pháp tỉnh Trà Vinh mở lớp bồi dưỡng. Sở chọn Cầu Ngang làm điểm vì huyện có đông đồng bào Khmer.',
    'Trung tâm Văn hóa tỉnh tổng kết lớp truyền dạy. Trong ba tháng, Trung tâm cấp một bộ chiêng mới cho buôn Ako Dhông.',
    // a practice named by its legal form (Law on Notarization, Law on Lawyers)
    'Đại diện Văn phòng công chứng Cửu Long và Văn phòng luật sư Minh Tâm hướng dẫn học viên lập di chúc.',
    'Công chứng viên của Văn phòng Công chứng Phú Lợi và Phòng Công chứng số 1 tỉnh Trà Vinh trả lời học viên.',
  ])('leaves %j alone', (text) => {
    expect(check(text, [...CAP_RULES, 'consistent-capitalisation'])).toEqual([]);
  });
  it.each([
    // a body of one named unit still
    ['Ban chấp hành chi hội buôn Ea Kly họp. Ban chấp hành chi hội ở buôn Ea Kly được hướng dẫn cách ghi biên bản.', 'Ban chấp hành', 'Ban Chấp hành chi hội buôn Ea Kly họp. Ban Chấp hành chi hội ở buôn Ea Kly được hướng dẫn cách ghi biên bản.'],
    // no body named in full before: the field is read
    ['Trong buổi học, Sở chọn huyện Cầu Ngang làm điểm.', 'Sở chọn', 'Trong buổi học, Sở Chọn huyện Cầu Ngang làm điểm.'],
    // a word of two syllables after the type word is the field's ("quản lý"), whatever the draft named before
    ['Sở Tư pháp tỉnh mở lớp. Đại diện Ban quản lý khu kinh tế tỉnh Kiên Giang phát biểu.', 'Ban quản lý', 'Sở Tư pháp tỉnh mở lớp. Đại diện Ban Quản lý khu kinh tế tỉnh Kiên Giang phát biểu.'],
    // a notary office's type word lowercase before its name
    ['Đại diện văn phòng công chứng Cửu Long phát biểu.', 'văn phòng công chứng Cửu Long', 'Đại diện Văn phòng công chứng Cửu Long phát biểu.'],
  ])('%j: one finding “%s”, fixed', (text, found, output) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual(found === 'Ban chấp hành' ? [found, found] : [found]);
    expect(fixed(text, 'organisation-case')).toBe(output);
  });
});

describe('organisation-case: a prison, a flotilla (organisation-grammar.json typeWords “Trại giam”, “Hải đội”; CAPS21)', () => {
  it.each([
    ['Cán bộ trại giam Nam Hà hướng dẫn phạm nhân học nghề mộc.', 'trại giam Nam Hà', 'Cán bộ Trại giam Nam Hà hướng dẫn phạm nhân học nghề mộc.'],
    ['Đại diện trại giam Xuân Lộc (Bộ Công an) phát biểu.', 'trại giam Xuân Lộc', 'Đại diện Trại giam Xuân Lộc (Bộ Công an) phát biểu.'],
    ['Thượng tá Lý Hùng, Hải đội trưởng hải đội Biên phòng 2, phát biểu.', 'hải đội Biên phòng', 'Thượng tá Lý Hùng, Hải đội trưởng Hải đội Biên phòng 2, phát biểu.'],
  ])('%j: one finding “%s”, fixed', (text, found, output) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual([found]);
    expect(fixed(text, 'organisation-case')).toBe(output);
  });
  it.each([
    'Cán bộ các trại giam phía Nam dự lớp tập huấn.',
    'Phạm nhân được học nghề mộc trong trại giam.',
    'Đại diện Trại giam Thủ Đức và Trại giam Nam Hà dự hội nghị.',
    'Hai hải đội được giao tuần tra vùng biển phía Tây.',
    'Các giám thị coi thi được tập huấn quy chế thi.',
    'Học viên không bon chen, chạy theo thành tích.',
  ])('leaves %j alone', (text) => {
    expect(check(text, [...CAP_RULES, 'title-case'])).toEqual([]);
  });
});

describe('organisation-case: a people or its language named after a type word is no field (common-nouns.json ethnicGroups; CAPS22)', () => {
  it.each([
    'Cán bộ Hội người Chăm tỉnh phiên dịch cho bà con trong buổi học.',
    'Đại diện hội đồng bào Khmer ở phường phát biểu tại hội nghị.',
    'Có cán bộ chi hội phiên dịch tiếng Ba Na để hội viên dễ hiểu.',
    'Hội người Việt Nam tại Lào cử đại diện dự lớp học.',
    'Hội người Hoa và các hội dân tộc tham gia tuyên truyền.',
  ])('leaves %j alone', (text) => {
    expect(check(text, [...CAP_RULES, 'title-case'])).toEqual([]);
  });
  it('still reads a field opening with “người” that names no people (“Hội Người cao tuổi”)', () => {
    const text = 'Ông Lê Văn Tư, Chủ tịch Hội người cao tuổi xã Tân Hòa, phát biểu.';
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual(['Chủ tịch Hội người cao tuổi']);
    expect(fixed(text, 'organisation-case')).toBe('Ông Lê Văn Tư, Chủ tịch Hội Người cao tuổi xã Tân Hòa, phát biểu.');
  });
});

describe('organisation-grammar.json bodyKinds: a lowercase body followed by a kind of body is generic (CAPS22)', () => {
  it.each(grammar.bodyKinds.examples.map((e) => [e.text, e.without]))('%j: silent; without the kind, %j is reported', (text, without) => {
    expect(check(text, ['organisation-case', 'consistent-capitalisation'])).toEqual([]);
    expect(check(without, 'organisation-case')).toHaveLength(1);
  });
  it('still reads a named grassroots body (“Công đoàn cơ sở Trường Tiểu học Kim Đồng”)', () => {
    const text = 'Đại diện văn phòng đảng ủy cơ sở Trường Đại học Nha Trang phát biểu.';
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual(['văn phòng đảng ủy']);
  });
});

describe('organisation-case: a steering committee whose task runs to many units is generic (CAPS22)', () => {
  it.each([
    'Ban Chỉ đạo chuyển đổi số thị xã mở lớp. Học viên là thành viên ban chỉ đạo chuyển đổi số các xã, phường. Ban Chỉ đạo chuyển đổi số thị xã sẽ kiểm tra.',
    'Ban Chỉ đạo thực hiện dân chủ ở cơ sở thị xã mở lớp.\n\nHọc viên là thành viên ban chỉ đạo thực hiện dân chủ ở cơ sở các xã, phường.\n\nBan Chỉ đạo thực hiện dân chủ ở cơ sở thị xã sẽ kiểm tra.',
    'Ban Chỉ đạo phòng, chống thiên tai tỉnh tập huấn cho thành viên ban chỉ đạo phòng, chống thiên tai 12 xã ven biển. Ban Chỉ đạo phòng, chống thiên tai tỉnh sẽ kiểm tra.',
  ])('%j', (text) => {
    expect(check(text, ['organisation-case', 'consistent-capitalisation', 'title-case'])).toEqual([]);
  });
  it('still reads one unit’s committee after its task (“… huyện”)', () => {
    const text = 'Ông Hải, Trưởng ban chỉ đạo phòng, chống thiên tai huyện, chủ trì.';
    expect(fixed(text, 'organisation-case')).toBe('Ông Hải, Trưởng Ban Chỉ đạo phòng, chống thiên tai huyện, chủ trì.');
  });
});

describe('organisation-case: set55 families on drafts of our own (CAPS22)', () => {
  it.each([
    // a works unit's type word (organisation-grammar.json typeWords “Xí nghiệp”)
    ['Lớp học diễn ra tại Xí nghiệp thủy lợi Chợ Gạo, huyện Chợ Gạo.', 'Xí nghiệp thủy lợi Chợ Gạo', 'Lớp học diễn ra tại Xí nghiệp Thủy lợi Chợ Gạo, huyện Chợ Gạo.'],
    ['Công nhân Xí nghiệp cơ khí Sông Hậu được tập huấn an toàn lao động.', 'Xí nghiệp cơ khí Sông Hậu', 'Công nhân Xí nghiệp Cơ khí Sông Hậu được tập huấn an toàn lao động.'],
    // a contested committee whose accepted forms agree on a capital, a capital inside it naming it
    ['Học viên được báo cáo viên của tỉnh Đoàn hướng dẫn nghiệp vụ.', 'tỉnh Đoàn', 'Học viên được báo cáo viên của Tỉnh Đoàn hướng dẫn nghiệp vụ.'],
    ['Chiều 6-5, huyện Đoàn tổ chức tập huấn cho bí thư chi đoàn.', 'huyện Đoàn', 'Chiều 6-5, Huyện Đoàn tổ chức tập huấn cho bí thư chi đoàn.'],
    // a Party committee and its bare level word, the subject of a verb (CAP-12)
    ['Ông Hùng đề nghị đảng ủy xã chỉ đạo các chi bộ đổi mới sinh hoạt.', 'đảng ủy', 'Ông Hùng đề nghị Đảng ủy xã chỉ đạo các chi bộ đổi mới sinh hoạt.'],
    ['Sau hội nghị, đảng ủy phường tổ chức cho đảng viên viết thu hoạch.', 'đảng ủy', 'Sau hội nghị, Đảng ủy phường tổ chức cho đảng viên viết thu hoạch.'],
  ])('%j: one finding “%s”, fixed', (text, found, output) => {
    expect(check(text, 'organisation-case').map((f) => f.text)).toEqual([found]);
    expect(fixed(text, 'organisation-case')).toBe(output);
  });
  it.each([
    'Công nhân các xí nghiệp được tập huấn an toàn lao động.',
    'Nhiều xí nghiệp may trong khu công nghiệp thiếu lao động.',
    'Xí nghiệp nào có công nhân đạt giỏi sẽ được khen.',
    'Ông Tư từng công tác ở một xí nghiệp cơ khí tại thị xã.',
    'Các chi đoàn, tỉnh đoàn, huyện đoàn đều tham gia phong trào.',
    'Huyện đoàn kết các lực lượng để phòng chống thiên tai.',
    'Đoàn công tác tỉnh Đắk Lắk do ông Y Bhin dẫn đầu.',
    'Các đảng ủy xã phải báo cáo trước ngày 30-6.',
    'Mỗi đảng ủy xã cử hai cán bộ dự lớp.',
    'Hằng năm, đảng ủy xã nào cũng tổ chức học tập nghị quyết.',
    'Ông Nam là đảng ủy viên, phụ trách công tác kiểm tra.',
    'Lớp học dành cho bí thư đảng ủy xã, phường trong tỉnh.',
  ])('leaves %j alone', (text) => {
    expect(check(text, [...CAP_RULES, 'title-case', 'consistent-capitalisation'])).toEqual([]);
  });
});

describe('generic-markers.json ordinalBefore: “thứ ba” is a rank, no count of bodies (CAPS22)', () => {
  it.each(markers.ordinalBefore.examples.map((e) => [e.from, e.to]))('%j → %j', (from, to) => {
    expect(check(from, 'organisation-case')).toHaveLength(1);
    expect(fixed(from, 'organisation-case')).toBe(to);
  });
  it.each(['Ba trường chính trị trong khu vực cùng mở lớp.', 'Học viên học vào thứ Hai, thứ Ba hằng tuần tại hai trường chính trị.'])('leaves %j alone', (text) => {
    expect(check(text, [...CAP_RULES, 'title-case'])).toEqual([]);
  });
});

describe('organisation-grammar.json zonePlurals: the zones one body serves, in the plural inside its name', () => {
  it.each(grammar.zonePlurals.examples.map((e) => [e.text, e.fixed]))('%j', (text, to) => {
    expect(fixed(text, RULE)).toBe(to);
    expect(fixed(to, RULE)).toBe(to);
  });
  it.each(grammar.zonePlurals.valid)('%j', (text) => {
    expect(check(text, ['organisation-case', 'common-noun-case', 'admin-unit-case', 'consistent-capitalisation'])).toEqual([]);
  });
  it('answers the body and its zones as one phrase, the city’s level word kept', () => {
    expect(check('Sáng 4-6, Công đoàn các Khu Chế xuất và Công nghiệp Thành phố Hồ Chí Minh mở lớp học.', RULE).map((f) => f.message)).toEqual([
      'Viết hoa tên cơ quan, tổ chức chưa đúng: “Công đoàn các Khu Chế xuất và Công nghiệp” → “Công đoàn các Khu chế xuất và công nghiệp”.',
    ]);
  });
  it('leaves a plural of zones with no place after the body alone', () => {
    expect(check('Ban quản lý các khu công nghiệp phải báo cáo hằng tháng.', RULE)).toEqual([]);
  });
});

describe('organisation-case and a known body after an office’s field', () => {
  it('ends the office’s field at a capitalised body the lexicon knows and reads that body', () => {
    expect(check('Đại diện Phòng Kế hoạch Bộ chỉ huy quân sự tỉnh Long Hòa phát biểu.', RULE).map((f) => f.text)).toEqual(['Bộ chỉ huy quân sự']);
    expect(fixed('Đại diện Phòng Kế hoạch Bộ chỉ huy quân sự tỉnh Long Hòa phát biểu.', RULE)).toBe('Đại diện Phòng Kế hoạch Bộ Chỉ huy Quân sự tỉnh Long Hòa phát biểu.');
  });
  it('still reads the office whose lowercase field comes before the body', () => {
    expect(fixed('Cán bộ Phòng cảnh sát kinh tế Công an tỉnh Long Hòa hướng dẫn.', RULE)).toBe('Cán bộ Phòng Cảnh sát kinh tế Công an tỉnh Long Hòa hướng dẫn.');
  });
});

describe('organisation-case and a list of bodies of one type word', () => {
  it('reads a distinctive type word after a comma, its neighbour named in full, as one more body of the list', () => {
    expect(fixed('Học viên là công chức Chi cục Thuế khu vực Long Hòa, Chi cục quản lý thị trường và các đội nghiệp vụ.', RULE)).toBe(
      'Học viên là công chức Chi cục Thuế khu vực Long Hòa, Chi cục Quản lý thị trường và các đội nghiệp vụ.',
    );
  });
  it('reads the body named in full before, written again with its field’s capital lost, as that name', () => {
    expect(fixed('Chi cục Bảo vệ thực vật tỉnh mở lớp học. Cán bộ Chi cục bảo vệ thực vật hướng dẫn cách phun thuốc.', RULE)).toBe(
      'Chi cục Bảo vệ thực vật tỉnh mở lớp học. Cán bộ Chi cục Bảo vệ thực vật hướng dẫn cách phun thuốc.',
    );
    // (another verb phrase after the type word alone is still the body acting)
    expect(check('Chi cục Bảo vệ thực vật tỉnh mở lớp học. Dịp này, Chi cục bảo vệ quyền lợi của học viên.', RULE)).toEqual([]);
  });
  it('still reads the type word alone after the name in full as that body again', () => {
    expect(check('Trung tâm Y tế huyện Long Hòa mở lớp học. Dịp này, Trung tâm tặng giấy khen cho học viên.', RULE)).toEqual([]);
  });
});

describe('organisation-grammar.json branchHeads: a branch’s name after its head is one lowercase phrase', () => {
  it.each(grammar.branchHeads.examples.map((e) => [e.text, e.fixed]))('%j', (text, to) => {
    expect(fixed(text, RULE)).toBe(to);
    expect(fixed(to, RULE)).toBe(to);
  });
  it.each(grammar.branchHeads.valid)('%j', (text) => {
    expect(check(text, ['organisation-case', 'common-noun-case', 'consistent-capitalisation'])).toEqual([]);
  });
  it('keeps a proper name after the branch’s rest, and another body after a comma', () => {
    expect(check('Đại diện Phòng Cảnh sát giao thông Long Hòa dự lớp.', RULE)).toEqual([]);
    expect(check('Dự lớp có đại diện Phòng Cảnh sát hình sự, Đội Cảnh sát điều tra và Phòng Tham mưu.', RULE)).toEqual([]);
  });
});

describe('organisation-grammar.json ownerNamed: an office named by the body it serves (“Văn phòng”; CAPS25)', () => {
  it('keeps the lowercase word that says what kind of office it is, before its owner body', () => {
    const text = 'Sáng 6-4, cán bộ Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh Long Hòa hướng dẫn ngư dân.';
    expect(check(text, CAP_RULES)).toEqual([]);
    expect(check('Đại diện Văn phòng điều hành Quỹ Bảo trợ trẻ em tỉnh trình bày kế hoạch.', CAP_RULES)).toEqual([]);
  });
  it('still reads a field before a level word, an abbreviation or after a longer run', () => {
    const text = 'Chuyên viên Văn phòng điều phối nông thôn mới tỉnh Long Hòa hướng dẫn học viên.';
    const got = check(text, RULE);
    expect(got.map((f) => [f.text, f.message])).toEqual([['Văn phòng điều phối', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Văn phòng điều phối” → “Văn phòng Điều phối”.']]);
    expect(fixed(text, RULE)).toBe('Chuyên viên Văn phòng Điều phối nông thôn mới tỉnh Long Hòa hướng dẫn học viên.');
    expect(check('Đại diện Văn phòng điều phối NTM tỉnh dự lớp.', RULE).map((f) => f.text)).toEqual(['Văn phòng điều phối']);
    expect(fixed('Cán bộ Văn phòng đăng ký đất đai Sở Tài nguyên và Môi trường dự lớp.', RULE)).toBe('Cán bộ Văn phòng Đăng ký đất đai Sở Tài nguyên và Môi trường dự lớp.');
  });
  it('leaves “Ban thường trực”, the standing board whose field it is, to the figures (“Ban Thường trực”)', () => {
    expect(fixed('Ban thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Long Hòa mở lớp tập huấn.', RULE)).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Long Hòa mở lớp tập huấn.');
  });
});

describe('a title’s lowercase head syllable opening a body that runs to the zones of one body (CAPS25)', () => {
  it('reads the zones’ board after “Phó Trưởng ban”: one finding for the phrase, its field capitalised', () => {
    const text = 'Ông Lê Văn Tâm, Phó Trưởng ban quản lý các khu công nghiệp Long Hòa, phát biểu.';
    expect(check(text, ['organisation-case', 'title-case']).map((f) => [f.rule, f.text, f.message])).toEqual([
      ['organisation-case', 'Phó Trưởng ban quản lý', 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Phó Trưởng ban quản lý” → “Phó Trưởng Ban Quản lý”.'],
    ]);
    expect(fixed(text, ['organisation-case', 'title-case'])).toBe('Ông Lê Văn Tâm, Phó Trưởng Ban Quản lý các khu công nghiệp Long Hòa, phát biểu.');
  });
  it('still reads no body after a lowercase head without the zones (“Trưởng ban quản lý dự án”)', () => {
    expect(check('Ông Lê Văn Tâm, Trưởng ban quản lý dự án của xã, phát biểu.', RULE)).toEqual([]);
  });
});

describe('a name whose lowercase form is a common noun, with its bare main level word, the subject of a verb (CAPS30)', () => {
  it.each([
    ['Chiều 17-3, Ủy ban nhân dân xã Long Hòa phối hợp với công an xã tổ chức lớp tập huấn.', 'Chiều 17-3, Ủy ban nhân dân xã Long Hòa phối hợp với Công an xã tổ chức lớp tập huấn.'],
    ['Đến nay, công an tỉnh đã bố trí 120 cán bộ về các xã biên giới.', 'Đến nay, Công an tỉnh đã bố trí 120 cán bộ về các xã biên giới.'],
    // the last item of a list whose item before names a body with its capital
    ['Học viên được cán bộ Văn phòng Ủy ban nhân dân tỉnh và công an tỉnh hướng dẫn cài đặt ứng dụng.', 'Học viên được cán bộ Văn phòng Ủy ban nhân dân tỉnh và Công an tỉnh hướng dẫn cài đặt ứng dụng.'],
  ])('names the unit’s one body acting: %j', (text, output) => {
    const got = check(text, RULE);
    expect(got.map((f) => f.text)).toEqual(['công an']);
    expect(fixed(text, RULE)).toBe(output);
    expect(check(output, RULE)).toEqual([]);
  });
  it.each([
    // the force, no body acting
    'Lực lượng công an xã bán chuyên trách cùng dự lớp học.',
    // a list of the unit's kinds of body, the item before lowercase
    'Phòng Tư pháp, văn phòng và công an xã phối hợp tổ chức.',
    // a draft of many communes naming none: the communes' police at large
    'Lớp học dành cho trưởng công an các xã trong huyện. Thời gian qua, công an xã đã hòa giải nhiều vụ việc.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('a field in Title Case by slip, one draft’s capital continuations no evidence (CAPS30)', () => {
  it('lowers the rest of a Title Case field once the drafts’ usage lowered a capital inside a word of it', () => {
    const text = 'Đại diện Hội Bảo Vệ Quyền Trẻ Em tỉnh Long Hòa dự lớp.';
    const got = check(text, RULE);
    expect(got.map((f) => f.text)).toEqual(['Hội Bảo Vệ Quyền Trẻ Em']);
    expect(fixed(text, RULE)).toBe('Đại diện Hội Bảo vệ quyền trẻ em tỉnh Long Hòa dự lớp.');
    expect(fixed('Cán bộ Trung tâm Bảo Vệ Môi Trường tỉnh hướng dẫn học viên.', RULE)).toBe('Cán bộ Trung tâm Bảo vệ môi trường tỉnh hướng dẫn học viên.');
  });
  it('keeps a place’s name after such a field', () => {
    expect(fixed('Đại diện Trung tâm Bảo Vệ Môi Trường Hà Tĩnh dự lớp.', RULE)).toBe('Đại diện Trung tâm Bảo vệ môi trường Hà Tĩnh dự lớp.');
  });
});

describe('a lowercase first field phrase before a dash and a capitalised one (CAPS30)', () => {
  it('capitalises the first phrase of a field whose second phrase the writer capitalised after the dash', () => {
    const text = 'Đại diện Trung tâm Văn hóa tỉnh và Phòng văn hóa - Thông tin thị xã Long Hòa dự lớp.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Phòng văn hóa - Thông tin']);
    expect(fixed(text, RULE)).toBe('Đại diện Trung tâm Văn hóa tỉnh và Phòng Văn hóa - Thông tin thị xã Long Hòa dự lớp.');
  });
  it.each([
    // a kind of body at a level, many units
    'Cán bộ Đài phát thanh - Truyền hình cấp tỉnh, huyện dự lớp.',
    // an aside after the dash
    'Đại diện Sở Y tế - cơ quan thường trực dự lớp.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('a level word before a verb is the level word, not a word the drafts merely show often (CAPS30)', () => {
  it('reads “tỉnh | truyền đạt” as the body’s level word and its verb', () => {
    const text = 'Học viên nghe báo cáo viên của Ban tôn giáo tỉnh truyền đạt chuyên đề.';
    expect(check(text, RULE).map((f) => f.text)).toEqual(['Ban tôn giáo']);
    expect(fixed(text, RULE)).toBe('Học viên nghe báo cáo viên của Ban Tôn giáo tỉnh truyền đạt chuyên đề.');
  });
  it('still reads “xã hội” as a word', () => {
    expect(fixed('Đại diện Trung tâm bảo trợ xã hội tỉnh dự lớp.', RULE)).toBe('Đại diện Trung tâm Bảo trợ xã hội tỉnh dự lớp.');
  });
});
