import { describe, it, expect } from 'vitest';
import { check, fixed, findings } from '../helpers/lint.js';
import markers from '../../dictionaries/generic-markers.json';

const RULE = 'admin-unit-case';

describe('admin-unit-case', () => {
  it.each([
    ['Lớp học diễn ra tại Huyện Tân Phước trong hai ngày.', '1:21', 'Huyện', 'Từ chỉ đơn vị hành chính viết thường: “Huyện” → “huyện”.', 'Lớp học diễn ra tại huyện Tân Phước trong hai ngày.'],
    ['Hội nghị do Ủy ban nhân dân Xã Tân Hòa tổ chức.', '1:29', 'Xã', 'Từ chỉ đơn vị hành chính viết thường: “Xã” → “xã”.', 'Hội nghị do Ủy ban nhân dân xã Tân Hòa tổ chức.'],
    ['Giảng viên Trường Chính trị Tỉnh trình bày.', '1:29', 'Tỉnh', 'Từ chỉ đơn vị hành chính viết thường: “Tỉnh” → “tỉnh”.', 'Giảng viên Trường Chính trị tỉnh trình bày.'],
    ['Các xã trên địa bàn Thị Xã đều cử cán bộ.', '1:21', 'Thị Xã', 'Từ chỉ đơn vị hành chính viết thường: “Thị Xã” → “thị xã”.', 'Các xã trên địa bàn thị xã đều cử cán bộ.'],
    ['Đoàn công tác làm việc tại thành phố Hồ Chí Minh.', '1:28', 'thành phố', '“Thành phố Hồ Chí Minh” là tên riêng đặc biệt, viết hoa cả từ chỉ đơn vị.', 'Đoàn công tác làm việc tại Thành phố Hồ Chí Minh.'],
    ['Chị Lan mở tiệm bánh ở phường 7, thành phố Sóc Trăng.', '1:24', 'phường 7', 'Đơn vị hành chính đặt tên bằng số viết hoa từ chỉ cấp: “phường 7” → “Phường 7”.', 'Chị Lan mở tiệm bánh ở Phường 7, thành phố Sóc Trăng.'],
    ['Cán bộ Công an quận 3 hướng dẫn học viên.', '1:16', 'quận 3', 'Đơn vị hành chính đặt tên bằng số viết hoa từ chỉ cấp: “quận 3” → “Quận 3”.', 'Cán bộ Công an Quận 3 hướng dẫn học viên.'],
  ])('flags %j', (text, at, span, message, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it('reads a place name glued to its level word by a page’s “&nbsp;” as one written with a space', () => {
    const text = 'Lớp học mở tại xã&nbsp;Phú thịnh, huyện&nbsp;yên Bình.';
    expect(check(text, RULE)).toEqual([
      { rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “Phú thịnh” → “Phú Thịnh”.', at: '1:24', text: 'Phú thịnh' },
      { rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “yên Bình” → “Yên Bình”.', at: '1:46', text: 'yên Bình' },
    ]);
    expect(fixed(text, RULE)).toBe('Lớp học mở tại xã&nbsp;Phú Thịnh, huyện&nbsp;Yên Bình.');
  });

  it('reads a full stop glued to a page’s “&nbsp;” as the mark that closes the place name before it', () => {
    const text = 'Lớp học diễn ra tại huyện minh Hóa.&nbsp;Học viên là cán bộ xã.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “minh Hóa” → “Minh Hóa”.', at: '1:27', text: 'minh Hóa' }]);
    expect(fixed(text, RULE)).toBe('Lớp học diễn ra tại huyện Minh Hóa.&nbsp;Học viên là cán bộ xã.');
  });

  it('restores a place name the draft writes correctly elsewhere', () => {
    const text = 'Sáng 3-4, Huyện ủy Mỏ Cày tổ chức hội nghị.\nCán bộ huyện Mỏ cày tham dự đầy đủ.';
    expect(check(text, RULE)).toEqual([
      { rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết (trong bài đã viết “Mỏ Cày”): “Mỏ cày” → “Mỏ Cày”.', at: '2:14', text: 'Mỏ cày' },
    ]);
    expect(fixed(text, RULE)).toBe('Sáng 3-4, Huyện ủy Mỏ Cày tổ chức hội nghị.\nCán bộ huyện Mỏ Cày tham dự đầy đủ.');
  });

  it('re-reads the other paragraphs when an edit adds or removes the spelling they are checked against', () => {
    const lead = 'Sáng 3-4, Huyện ủy Mỏ Cày tổ chức hội nghị.';
    const body = 'Cán bộ huyện Mỏ cày tham dự đầy đủ.';
    const other = 'Đại biểu các xã phát biểu ý kiến.';
    // each check reads back the paragraphs it did not edit: the finding in the body follows the lead
    expect(check([lead, body, other].join('\n'), RULE).map((f) => f.at)).toEqual(['2:14']);
    // (without the lead, the name's mixed case alone is the evidence: no spelling of the draft to cite)
    expect(check(['Sáng 3-4, Huyện ủy tổ chức hội nghị.', body, other].join('\n'), RULE).map((f) => [f.at, f.message])).toEqual([['2:14', 'Tên địa danh viết hoa mọi âm tiết: “Mỏ cày” → “Mỏ Cày”.']]);
    expect(check([lead, body, other].join('\n'), RULE).map((f) => f.at)).toEqual(['2:14']);
    // and a level word capitalised alone is let be only while the draft names the city it stands for
    const city = 'Hội Chữ thập đỏ Thành phố trao quà cho học viên.';
    expect(check(['Lớp học tại Thành phố Hồ Chí Minh kết thúc.', city].join('\n'), RULE)).toEqual([]);
    expect(check(['Lớp học tại tỉnh Long An kết thúc.', city].join('\n'), RULE).map((f) => [f.at, f.text])).toEqual([['2:17', 'Thành phố']]);
  });

  it('takes the correct spelling from a sentence start too, when a level word shows the name', () => {
    const text = 'Chiều 3-4, Mỏ Cày tổ chức hội nghị.\nCán bộ huyện Mỏ cày tham dự đầy đủ.';
    expect(check(text, RULE).map((f) => [f.at, f.text])).toEqual([['2:14', 'Mỏ cày']]);
    // without a level word or a committee before it, a lowercase syllable is no evidence
    expect(check('Chiều 3-4, Mỏ Cày tổ chức hội nghị.\nNgười dân Mỏ cày ruộng sớm.', RULE)).toEqual([]);
  });

  it('restores a first syllable lost right after a main level word when the draft writes the name in full mid-sentence', () => {
    const text = 'Học viên thăm Cố đô Hoa Lư.\nChiều cùng ngày, phường hoa Lư trao giấy chứng nhận.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết (trong bài đã viết “Hoa Lư”): “hoa Lư” → “Hoa Lư”.', at: '2:25', text: 'hoa Lư' }]);
    expect(fixed(text, RULE)).toBe('Học viên thăm Cố đô Hoa Lư.\nChiều cùng ngày, phường Hoa Lư trao giấy chứng nhận.');
    // the name after its level word is evidence too
    expect(check('UBND đặc khu Vân Đồn mở lớp.\nHiện đặc khu vân Đồn có 42 sản phẩm.', RULE).map((f) => [f.at, f.text])).toEqual([['2:14', 'vân Đồn']]);
    // a sentence start's capital is no evidence, nor is a name without a main level word before
    // it, nor a syllable drafts write lowercase
    expect(check('Dự lễ có đại diện các xã.\nSáng nay, UBND xã dự Lễ khai mạc hội thao.', RULE)).toEqual([]);
    expect(check('Học viên thăm Cố đô Hoa Lư.\nHọc viên tặng hoa Lư Văn Hùng.', RULE)).toEqual([]);
    // (a holder's name after a body's level word is person-name-case's)
    expect(check('Dự lớp có ông Nguyễn Văn Hùng.\nBí thư Đảng ủy xã nguyễn Văn Hùng phát biểu.', RULE)).toEqual([]);
    expect(check('Lớp 3 tại Phía Nam có 300 học viên.\nLớp 2 tại khu vực phía Nam được tổ chức sớm.', RULE)).toEqual([]);
    expect(check('Lớp 3 tại khu vực Phía Nam có 300 học viên.\nLớp 2 tại khu vực phía Nam được tổ chức sớm.', RULE)).toEqual([]);
  });

  it('speaks English when asked', () => {
    expect(check('Lớp học tại Huyện Tân Phước.', RULE, {}, 'en')[0].message).toBe('The administrative level word is lowercase: “Huyện” → “huyện”.');
  });

  it.each([
    'Lớp học diễn ra tại huyện Tân Phước trong hai ngày.',
    'Huyện Tân Phước có 12 xã tham gia.',
    'Cán bộ Quận 1 và Phường 10 tham dự.',
    // a syllable of a person's name
    'Dự lớp có bác sĩ Lò Văn Tỉnh, Giám đốc Trung tâm Y tế huyện.',
    // the number ends the sentence
    'Học viên lớp này đều ở Phường 12.',
    'Học viên đến từ Phường 4, Quận 11.',
    // a plural or a count before it: many units, a list the rulebook leaves open
    'Học viên đến từ các phường 1, 2 và 3 của thị xã.',
    'Huyện có 3 phường 7 xã được chọn làm điểm.',
    'Đoàn đến thăm Thủ đô Hà Nội và Thành phố Hồ Chí Minh.',
    'Đại diện Ủy ban nhân dân tỉnh và Trường Chính trị tỉnh dự.',
    'Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh thẩm tra.',
    // a level syllable that starts a word hyphenated to the next one
    'Ông Hà, Trưởng Phòng Lao động, Thương binh, Xã hội-Dân tộc huyện phát biểu.',
    'Ông Tâm, Trưởng Ban Tuyên giáo Huyện ủy-Giám đốc Trung tâm Chính trị huyện.',
    'Huyện ủy và Huyện Đoàn phối hợp tổ chức.',
    'Ban Thường vụ Tỉnh Đoàn chỉ đạo.',
    'HỘI NGHỊ TẬP HUẤN TẠI HUYỆN TÂN PHƯỚC',
  ])('accepts %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('reads a syllable drafts mostly capitalise, lowercase after a place’s first syllable and before a word they never capitalise, as the name’s', () => {
    expect(fixed('Các em học sinh xã Hòa khánh nhận quà.', RULE)).toBe('Các em học sinh xã Hòa Khánh nhận quà.');
    expect(fixed('Đoàn công tác đến thị trấn Phong điền vào chiều qua.', RULE)).toBe('Đoàn công tác đến thị trấn Phong Điền vào chiều qua.');
    expect(fixed('Lãnh đạo huyện Đông giang nêu kiến nghị.', RULE)).toBe('Lãnh đạo huyện Đông Giang nêu kiến nghị.');
    // (a common word with the word after it is the sentence going on: "hồ hởi", "linh hoạt", "sơn sửa")
    for (const text of ['Người dân thành phố Vinh hồ hởi đón Tết.', 'Lãnh đạo thành phố Huế linh hoạt điều chỉnh kế hoạch.', 'Xã Tân Hòa sơn sửa lại trụ sở làm việc.', 'Nông dân xã Cẩm Thủy nhận giống lúa mới.']) expect(check(text, RULE)).toEqual([]);
  });

  it('reports a quotation as information without a fix', () => {
    const f = findings('Nghị quyết ghi: “phát triển Huyện Tân Phước nhanh, bền vững”.', RULE);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].fix).toBeUndefined();
  });
});

describe('the level words of dictionaries/generic-markers.json', () => {
  const capitalised = (s: string): string => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  it.each(markers.levels.map((m) => [m.word, 'main' in m && m.main === true, m.example]))('“%s” (main: %s) capitalised mid-sentence: %s', (word, main, example) => {
    const text = `Đoàn công tác về ${capitalised(example)} trong hai ngày.`;
    const got = check(text, RULE).map((f) => f.text);
    // (a village's level word too, before a name of two capitalised syllables or more: "Thôn Đông Xá";
    // not before one, which may be a commune named with the word: "Buôn Đôn")
    const nameSyllables = example.split(' ').length - word.split(' ').length;
    expect(got).toEqual(main || nameSyllables >= 2 ? [capitalised(word)] : []);
  });

  it.each(markers.namedAfter.examples)('keeps the capital of a unit named after a person or an event (CAP-04): %s', (example) => {
    expect(check(example, RULE)).toEqual([]);
  });

  it('reads a noun of geography opening an item of a list of bare place names as the place’s name (“qua Sông Mã, Sốp Cộp, Mộc Châu”: a district)', () => {
    expect(check('Ma túy được vận chuyển qua Sông Mã, Sốp Cộp, Mộc Châu, Yên Châu vào nội địa.', RULE)).toEqual([]);
    expect(check('Học viên đến từ Mộc Châu, Yên Châu và Sông Mã tham dự lớp học.', RULE)).toEqual([]);
    // one name after it, or rivers in the list: a river still
    const river = 'Đoàn đi dọc Sông Hồng, Hà Nội rồi về quê.';
    expect(check(river, RULE).map((f) => [f.at, f.text])).toEqual([['1:13', 'Sông']]);
    expect(fixed(river, RULE)).toBe('Đoàn đi dọc sông Hồng, Hà Nội rồi về quê.');
    expect(fixed('Đoàn đi qua Sông Hồng, sông Đuống và sông Cầu.', RULE)).toBe('Đoàn đi qua sông Hồng, sông Đuống và sông Cầu.');
  });

  it('reads “nông” + “thôn” as one word and no other level word after “nông” (generic-markers.json notLevelBefore `level`)', () => {
    expect(check('Cán bộ Trung tâm Khuyến nông Tỉnh Phú Yên hướng dẫn kỹ thuật.', RULE).map((f) => [f.at, f.text])).toEqual([['1:30', 'Tỉnh']]);
    expect(check('Chuyên gia trung tâm Khuyến nông tỉnh Phú Yên hướng dẫn kỹ thuật.', 'organisation-case').map((f) => f.text)).toEqual(['trung tâm Khuyến nông']);
  });

  it('keeps the capital of a unit the draft writes capitalised every time while it writes the level word lowercase before other names (CAP-04, the draft’s own choice)', () => {
    const chosen = 'Học viên là tổ viên của các phường Tân Mai, Hoàng Văn Thụ và Phường Yết Kiêu. Ông Lê Văn Nam, Trưởng Ban Bảo vệ dân phố Phường Yết Kiêu, phát biểu.';
    expect(check(chosen, RULE)).toEqual([]);
    expect(check('Các xã Tân Hòa, Tân Phú và Xã Lạc Long Quân tham gia. Bà Lê Thị Hoa, cán bộ Xã Lạc Long Quân, cho biết như vậy.', RULE)).toEqual([]);
    // one capital alone, the name also written lowercase, or no lowercase level word beside it: a slip
    const once = 'Học viên là tổ viên của các phường Tân Mai, Hoàng Văn Thụ và Phường Tân Lập.';
    expect(check(once, RULE).map((f) => [f.at, f.text, f.message])).toEqual([['1:62', 'Phường', 'Từ chỉ đơn vị hành chính viết thường: “Phường” → “phường”.']]);
    expect(fixed(once, RULE)).toBe('Học viên là tổ viên của các phường Tân Mai, Hoàng Văn Thụ và phường Tân Lập.');
    expect(fixed('Học viên của phường Tân Mai và Phường Yết Kiêu dự lớp. Sau đó, phường Yết Kiêu tổ chức tổng kết.', RULE)).toBe('Học viên của phường Tân Mai và phường Yết Kiêu dự lớp. Sau đó, phường Yết Kiêu tổ chức tổng kết.');
    expect(check('Lớp học tại Phường Tân Lập. Cán bộ Phường Tân Lập dự lớp.', RULE).map((f) => f.text)).toEqual(['Phường', 'Phường']);
  });

  it('still lowers the capital before a place name that merely opens with a surname, and keeps a school named by its town', () => {
    expect(check('Đội tuyển Huyện Kim Sơn, Tỉnh Hà Giang và Phường Bến Thành dự.', RULE).map((f) => f.text)).toEqual(['Huyện', 'Tỉnh', 'Phường']);
    expect(check('Trường THCS Thị trấn Đô Lương và Trường Tiểu học Thị trấn đạt chuẩn.', RULE)).toEqual([]);
  });

  it('reads a level word closing a two-syllable place name as the name\'s (“cảng cá Phước Tỉnh”), not one after a body\'s field', () => {
    expect(check('Tàu cá neo đậu tại cảng cá Phước Tỉnh và cảng cá Cát Lở đã lắp thiết bị.', RULE)).toEqual([]);
    expect(check('Ông Lê Văn Hòa, Đồn trưởng Đồn Biên phòng Phước Tỉnh, phát biểu.', RULE)).toEqual([]);
    expect(check('Cán bộ Cục Thuế Tỉnh và Sở Công Thương Tỉnh hướng dẫn học viên.', RULE).map((f) => f.text)).toEqual(['Tỉnh', 'Tỉnh']);
    expect(check('Cán bộ Trung tâm Y tế Huyện hướng dẫn học viên.', RULE).map((f) => f.text)).toEqual(['Huyện']);
  });

  it('reads a lowercase word between a level word and several names as a kind of unit (“phường xoan”), a single one as a lost capital', () => {
    expect(check('Lớp học mời trùm phường xoan Kim Đái và trùm phường xoan Phù Đức truyền dạy.', RULE)).toEqual([]);
    expect(check('Học viên đến từ xã mường Nhé và xã Chung Chải.', RULE).map((f) => f.text)).toEqual(['mường Nhé']);
  });

  it('reports a name after a level word of two syllables once, not again after its last syllable (“thị xã”)', () => {
    expect(check('Học viên đến từ thị xã đông Triều.', RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “đông Triều” → “Đông Triều”.', at: '1:24', text: 'đông Triều' }]);
  });

  it('keeps the capital of a noun of geography inside the name of a place its head opens (“Khu du lịch quốc gia Núi Bà Đen”)', () => {
    expect(check('Học viên tham quan Khu du lịch quốc gia Núi Bà Đen vào chiều cùng ngày.', RULE)).toEqual([]);
    expect(check('Học viên tham quan Khu di tích lịch sử quốc gia Núi Thành vào chiều cùng ngày.', RULE)).toEqual([]);
    expect(check('Học viên leo lên Núi Bà Đen vào chiều cùng ngày.', RULE).map((f) => f.text)).toEqual(['Núi']);
  });

  it('reads a function word after a place’s level word as a name that lost its first capital (“tại phường từ Sơn,”, “xã gia Viễn, xã …”)', () => {
    expect(check('Hội nghị được tổ chức tại phường từ Sơn, với 160 học viên.', RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “từ Sơn” → “Từ Sơn”.', at: '1:34', text: 'từ Sơn' }]);
    expect(fixed('Bác sĩ về hỗ trợ trạm y tế xã gia Viễn, xã Nho Quan.', RULE)).toBe('Bác sĩ về hỗ trợ trạm y tế xã Gia Viễn, xã Nho Quan.');
    // (a unit's officials going to a city: no place of the level word's own)
    expect(check('Cán bộ xã đến Huế.', RULE)).toEqual([]);
  });

  it('reads a function word after a level word of two syllables as a lost capital too, after “tại” or another unit and “và” (“thành phố Hải Dương và thành phố từ Sơn.”)', () => {
    const text = 'Cán bộ thuế hỗ trợ hộ kinh doanh ở thành phố Hải Dương và thành phố từ Sơn.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “từ Sơn” → “Từ Sơn”.', at: '1:69', text: 'từ Sơn' }]);
    expect(fixed(text, RULE)).toBe('Cán bộ thuế hỗ trợ hộ kinh doanh ở thành phố Hải Dương và thành phố Từ Sơn.');
    expect(fixed('Lớp học mở tại thành phố từ Sơn, kéo dài hai ngày.', RULE)).toBe('Lớp học mở tại thành phố Từ Sơn, kéo dài hai ngày.');
    // (no unit named before “và”: the level word's people go somewhere)
    expect(check('Đại biểu của các sở và huyện đến Đà Lạt.', RULE)).toEqual([]);
  });

  it('reads a lowercase syllable and a capital before “và” and other units as one unit’s name (“ở xã tả Phìn và các bản”)', () => {
    expect(check('Tỷ lệ tiêm chủng còn thấp ở xã tả Phìn và các bản giáp biên.', RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “tả Phìn” → “Tả Phìn”.', at: '1:32', text: 'tả Phìn' }]);
    expect(fixed('Cán bộ huyện về làm việc với thị trấn hồ Xá và huyện Vĩnh Linh.', RULE)).toBe('Cán bộ huyện về làm việc với thị trấn Hồ Xá và huyện Vĩnh Linh.');
    // (many units of a kind before it: no one unit's name)
    expect(check('Lớp học dành cho cán bộ các xã giáp Lào và các bản giáp biên.', RULE)).toEqual([]);
  });

  it('reads a noun of place after a main level word as the first syllable of a name that lost its capital (“phường bến Thành.”)', () => {
    expect(fixed('Lớp học diễn ra tại phường bến Thành.', RULE)).toBe('Lớp học diễn ra tại phường Bến Thành.');
    // (a word that describes the unit is no name: "thành phố biển")
    expect(check('Lớp học diễn ra tại thành phố biển Nha Trang.', RULE)).toEqual([]);
  });

  it('reads a lowercase syllable and capitals after a body’s main level word as the body’s place, whatever follows (“Đảng ủy xã tả Phìn tổ chức”)', () => {
    expect(check('Sáng nay, Ủy ban nhân dân xã mù Cang Chải tổ chức lớp tập huấn.', RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “mù Cang Chải” → “Mù Cang Chải”.', at: '1:30', text: 'mù Cang Chải' }]);
    expect(fixed('Lớp học do Đảng ủy phường bến Thành và Hội Nông dân tổ chức.', RULE)).toBe('Lớp học do Đảng ủy phường Bến Thành và Hội Nông dân tổ chức.');
    // (a verb, a syllable drafts never capitalise, before an award or a document)
    expect(check('Ủy ban nhân dân xã tặng Giấy khen cho 5 tập thể.', RULE)).toEqual([]);
    // nor another body a level word opens there
    expect(check('Cuối buổi, UBND xã giao Xã đoàn duy trì tổ công nghệ số cộng đồng.', RULE)).toEqual([]);
    expect(check('Đảng ủy phường giao Phường đoàn tổ chức lớp học.', RULE)).toEqual([]);
    expect(check('Ủy ban nhân dân xã ban hành Kế hoạch số 12 về phòng dịch.', RULE)).toEqual([]);
  });

  it('reads the place name after a committee a level word opens, “ủy” or “Đoàn” (“Quận đoàn sơn Trà”)', () => {
    expect(fixed('Sáng nay, Quận đoàn sơn Trà phối hợp tổ chức ngày hội tình nguyện.', RULE)).toBe('Sáng nay, Quận đoàn Sơn Trà phối hợp tổ chức ngày hội tình nguyện.');
    expect(check('Đại diện Huyện đoàn, Hội Nông dân dự lớp.', RULE)).toEqual([]);
  });

  it('keeps the capital of a noun of geography right after a named place’s head in lowercase (“địa đạo Vịnh Mốc”)', () => {
    expect(check('Đoàn viên được nghe kể về cuộc sống trong địa đạo Vịnh Mốc thời chiến tranh.', RULE)).toEqual([]);
  });

  it('keeps the capital of a noun of geography that opens a school’s name after its kind (“Trung học cơ sở Suối Hoa”)', () => {
    expect(check('Cô giáo Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Suối Hoa cho biết lớp học đã xong.', RULE)).toEqual([]);
    expect(check('Các em học sinh trường tiểu học Núi Thành dự buổi ngoại khóa.', RULE)).toEqual([]);
  });

  it('leaves a common word alone where a place of the draft is named by it (“xã Thành Công”, “Thành công của lớp học”), not after a level word', () => {
    const text = 'Học viên đến từ xã Thành Công và xã Hòa Bình. Thành công của lớp học là nhờ mọi người mong Hòa bình. Cán bộ xã Thành công phát biểu.';
    expect(check(text, RULE).map((f) => [f.at, f.text])).toEqual([['1:112', 'Thành công']]);
  });

  it.each(markers.notLevelAfter.map((m) => [m.word, m.example]))('“%s” after a level syllable makes another word: %s', (word, example) => {
    expect(check(example, RULE)).toEqual([]);
    const other = example.replace(new RegExp(`(?<=\\p{Lu}\\p{Ll}* )${word}(?![\\p{L}])`, 'u'), 'Sơn Hà');
    expect(other).not.toBe(example);
    expect(check(other, RULE)).toHaveLength(1);
  });
  it.each([
    ['Đoàn công tác làm việc tại quận ninh Kiều, thành phố Cần Thơ.', '1:33', 'ninh Kiều', 'Ninh Kiều', 'Đoàn công tác làm việc tại quận Ninh Kiều, thành phố Cần Thơ.'],
    ['Huyện ủy huyện Trần đề tổ chức lớp bồi dưỡng.', '1:16', 'Trần đề', 'Trần Đề', 'Huyện ủy huyện Trần Đề tổ chức lớp bồi dưỡng.'],
    ['Học viên đến từ huyện tân Biên, tỉnh Tây Ninh.', '1:23', 'tân Biên', 'Tân Biên', 'Học viên đến từ huyện Tân Biên, tỉnh Tây Ninh.'],
    ['Sáng nay, xã Hòa phú ra quân làm đường giao thông.', '1:14', 'Hòa phú', 'Hòa Phú', 'Sáng nay, xã Hòa Phú ra quân làm đường giao thông.'],
    ['Học viên tham quan khu di tích ở huyện Nam đàn, tỉnh Nghệ An.', '1:40', 'Nam đàn', 'Nam Đàn', 'Học viên tham quan khu di tích ở huyện Nam Đàn, tỉnh Nghệ An.'],
    ['Hàng nghìn du khách đã lên núi bà Đen dịp đầu năm.', '1:32', 'bà Đen', 'Bà Đen', 'Hàng nghìn du khách đã lên núi Bà Đen dịp đầu năm.'],
    ['Học viên đến từ huyện Mỏ cày Nam, tỉnh Bến Tre.', '1:23', 'Mỏ cày Nam', 'Mỏ Cày Nam', 'Học viên đến từ huyện Mỏ Cày Nam, tỉnh Bến Tre.'],
    ['Đồng chí Sùng A Hồ, Bí thư Huyện ủy Mường tè, chủ trì hội nghị.', '1:37', 'Mường tè', 'Mường Tè', 'Đồng chí Sùng A Hồ, Bí thư Huyện ủy Mường Tè, chủ trì hội nghị.'],
  ])('capitalises the one syllable of a place name in the wrong case: %j', (text, at, span, expected, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: `Tên địa danh viết hoa mọi âm tiết: “${span}” → “${expected}”.`, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
    expect(check(output, RULE)).toEqual([]);
  });

  it.each([
    'Sáng nay, thành phố Huế tổ chức lễ kỷ niệm ngày giải phóng.',
    'Thành phố Vinh vừa khánh thành công viên trung tâm.',
    'Xã Anh hùng Lực lượng vũ trang nhân dân Vĩnh Thủy đón đoàn cựu chiến binh.',
    'Các xã nhận Bằng khen của UBND tỉnh vì thành tích xuất sắc.',
    'UBND tỉnh giao Sở Nội vụ chủ trì triển khai kế hoạch.',
    'Các xã viên Hợp tác xã Tân Phú được tập huấn.',
    'Huyện ủy đã chỉ đạo các xã đạt chuẩn nông thôn mới tiếp tục nâng chất các tiêu chí.',
    'Thành phố trực thuộc trung ương có vai trò đầu tàu.',
    'Các huyện miền núi Tây Bắc được hỗ trợ xây dựng trường học.',
    'Sông Đà chảy qua nhiều tỉnh miền núi phía Bắc.',
    'Cầu treo Bản Lác được sửa chữa trước mùa mưa.',
    'Huyện Đoàn tổ chức lớp bồi dưỡng cho bí thư chi đoàn.',
    'Hội tham mưu xây dựng làng Hữu nghị Việt - Hàn cho trẻ em khuyết tật.',
    'Dự án hỗ trợ nông dân 13 tỉnh Đồng bằng Sông Cửu Long sản xuất lúa.',
  ])('reads no mixed-case place name where the words are another: %s', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it.each(markers.notANameAfter.map((m) => [m.word, m.example]))('“%s” describes a unit, it does not open its name: %s', (_word, example) => {
    expect(check(example, RULE)).toEqual([]);
  });
  it.each(markers.notANameTail.map((m) => [m.word, m.example]))('“%s” after a name says which unit it was, it is not the name’s: %s', (_word, example) => {
    expect(check(example, RULE)).toEqual([]);
  });
  it.each(markers.kindBefore.examples)('a kind of unit opens no name with a word drafts write lowercase: %s', (example) => {
    expect(check(example, RULE)).toEqual([]);
  });
  it('reads a lowercase everyday syllable and a capital closing the phrase after one unit’s level word as its name', () => {
    const text = 'Sáng 11-4, tại hội trường ở thị trấn hoàn Lão, Huyện ủy tổ chức hội nghị.';
    expect(check(text, RULE).map((f) => [f.at, f.text, f.message])).toEqual([['1:38', 'hoàn Lão', 'Tên địa danh viết hoa mọi âm tiết: “hoàn Lão” → “Hoàn Lão”.']]);
    expect(fixed(text, RULE)).toBe(text.replace('hoàn Lão', 'Hoàn Lão'));
    // (many units, a country, a phrase going on: no name)
    expect(check('Các xã giáp Lào, Campuchia được hỗ trợ máy móc.', RULE)).toEqual([]);
    expect(check('Cán bộ thị trấn nhận Bằng khen của tỉnh.', RULE)).toEqual([]);
  });
  it.each(markers.geographicGenerics.examples.map((e) => [e.from, e.to]))('lowers the noun of geography before a name: %s', (from, to) => {
    const f = check(from, RULE);
    expect(f).toHaveLength(1);
    expect(fixed(from, RULE)).toBe(to);
    expect(fixed(to, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });

  it('gives the noun of geography its exact message and range', () => {
    expect(check('Tàu tuần tra hoạt động thường xuyên trên Vịnh Hạ Long.', RULE)).toEqual([
      { rule: RULE, message: 'Danh từ chung chỉ địa lý trước tên riêng viết thường: “Vịnh Hạ Long” → “vịnh Hạ Long”.', at: '1:42', text: 'Vịnh' },
    ]);
  });

  it.each(markers.geographicGenerics.valid)('keeps a noun of geography that opens a name: %s', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it.each(markers.geographicGenerics.bodyHeads.map((h) => [h.word, h.valid]))('“%s” before a noun of geography makes it a body’s name: %s', (word, text) => {
    expect(text.toLowerCase()).toContain(word);
    expect(check(text, RULE)).toEqual([]);
  });
  it('keeps a team named after its river and province, lowers the river itself in the same sentence', () => {
    const text = 'Các cầu thủ Sông Lam Nghệ An tập bơi qua Sông Lam.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Danh từ chung chỉ địa lý trước tên riêng viết thường: “Sông Lam” → “sông Lam”.', at: '1:42', text: 'Sông' }]);
    expect(fixed(text, RULE)).toBe('Các cầu thủ Sông Lam Nghệ An tập bơi qua sông Lam.');
  });
  // a club, a team, a firm or a hotel named after a river: the noun's capital is the body's name
  it.each([
    'Hai đội Hồng Lĩnh Hà Tĩnh và Sông Lam Nghệ An hòa nhau trên sân Vinh.',
    'Các cựu cầu thủ Sông Lam Nghệ An hướng dẫn kỹ thuật cho học viên nhỏ tuổi.',
    'Khách sạn Sông Hàn được khen thưởng vì bảo đảm an toàn thực phẩm.',
    'Công đoàn Tổng công ty Sông Đà tổ chức hội thao cho công nhân.',
    'Câu lạc bộ bơi chải Sông La của huyện giành hai huy chương vàng.',
    'Phóng viên tạp chí Sông Lam dự lớp bồi dưỡng nghiệp vụ.',
  ])('keeps the noun of geography that opens a body’s name: %s', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
  it.each([
    ['Đoàn viên đi thuyền trên Sông Lam nhặt rác thải nhựa.', 'Đoàn viên đi thuyền trên sông Lam nhặt rác thải nhựa.'],
    ['Khách sạn của xã nằm bên Sông Hàn.', 'Khách sạn của xã nằm bên sông Hàn.'],
    ['Câu lạc bộ tổ chức bơi qua Sông Lam vào dịp hè.', 'Câu lạc bộ tổ chức bơi qua sông Lam vào dịp hè.'],
  ])('still lowers the river after a body that only acts on it: %s', (from, to) => {
    expect(check(from, RULE)).toHaveLength(1);
    expect(fixed(from, RULE)).toBe(to);
  });
});

describe('admin-unit-case: a page’s non-breaking space glued to a body’s name', () => {
  it('reads “Huyện ủy&nbsp;” as the body; fixing every rule twice changes nothing the second time', () => {
    const text = 'Hội nghị tập huấn nghiệp vụ\n\nSáng 5-3, Huyện ủy tổ chức hội nghị tập huấn cho 60 cán bộ.\n\nSau đó Huyện ủy&nbsp;\nHuyện ủy tiếp tục chỉ đạo. Bí thư Huyện ủy&nbsp;phát biểu.\n';
    expect(check(text, 'admin-unit-case')).toEqual([]);
    const once = fixed(text, ['admin-unit-case', 'web-leftover', 'organisation-case', 'common-noun-case']);
    expect(once).toBe('Hội nghị tập huấn nghiệp vụ\n\nSáng 5-3, Huyện ủy tổ chức hội nghị tập huấn cho 60 cán bộ.\n\nSau đó Huyện ủy\nHuyện ủy tiếp tục chỉ đạo. Bí thư Huyện ủy phát biểu.\n');
    expect(fixed(once, ['admin-unit-case', 'web-leftover', 'organisation-case', 'common-noun-case'])).toBe(once);
  });
  it('reads no place name after a level or geography word that belongs to a name or a word before it', () => {
    // “Mộc bản” is a heritage's name, “bản” no village; “Địa đạo Vịnh Mốc” names a relic
    expect(check('Học viên được giới thiệu Mộc bản triều Nguyễn và các tài liệu lưu trữ.', RULE)).toEqual([]);
    expect(check('Đoàn viên giữ gìn cảnh quan di tích Địa đạo Vịnh Mốc ở Quảng Trị.', RULE)).toEqual([]);
    expect(check('Du khách được đưa đón trên Vịnh Hạ Long bằng tàu mới.', RULE)).toHaveLength(1);
    expect(check('Lớp học có cán bộ xã Hòa phú tham dự.', RULE)).toHaveLength(1);
    // (POOL30) after a named place's head, a capital and a lowercase syllable that make a noun of
    // the general dictionary name the one place it stands for, as written: “Cố đô” is Huế
    expect(check('Sau lớp học, đoàn viên dọn vệ sinh quần thể di tích Cố đô và khu du lịch Hòa phú.', RULE).map((f) => f.text)).toEqual(['Hòa phú']);
    // a main level is the unit whatever word comes before it; a village's level word after “già” is “già làng”
    expect(check('Đoàn Thanh niên Cộng sản Hồ Chí Minh quận ninh Kiều mở lớp học.', RULE)).toHaveLength(1);
    expect(check('Lớp có 82 học viên là già làng người Hà Nhì ở các xã vùng cao.', RULE)).toEqual([]);
    // “xã” closing “Hợp tác xã” is no unit: the cooperative's name is its own (generic-markers.json notLevelBefore)
    for (const m of markers.notLevelBefore) expect(check(m.example, RULE), m.example).toEqual([]);
  });

  it('leaves a bare level word naming the authority of the draft\'s own unit (generic-markers.json authorityAfter)', () => {
    for (const m of markers.authorityAfter) {
      expect(check(m.example, RULE), m.example).toEqual([]);
      // after “cấp” the same capital is a slip (a level, no body)
      const level = m.example.replace(new RegExp(`\\b${m.word} (?=\\p{Lu})`, 'u'), 'cấp ');
      expect(level).not.toBe(m.example);
      expect(check(level, RULE).map((f) => f.message), level).toHaveLength(1);
    }
    // an organisation before it (CAP-06), a name after it, a capital on its second syllable: still reported
    expect(check('Cán bộ UBND Tỉnh dự lớp tập huấn kỹ thuật.', RULE)).toHaveLength(1);
    expect(check('Nông dân cảm ơn sự quan tâm của Huyện Tân Phước.', RULE)).toHaveLength(1);
    expect(check('Cán bộ tiếp dân của Thị Xã nắm vững quy trình.', RULE)).toHaveLength(1);
  });

  it('reads no lost capital in a lowercase word drafts never capitalise before a name (a kind of village, a people)', () => {
    // “làng chài”, “làng gốm” are kinds of village; “cấp xã người Khmer” speaks of an ethnic group
    expect(check('Học viên tham quan làng chài Hàm Ninh và làng gốm Thanh Hà.', RULE)).toEqual([]);
    expect(check('Lớp học có 74 học viên là cán bộ, công chức cấp xã người Khmer.', RULE)).toEqual([]);
    // a syllable drafts do capitalise is still read as the name's (“quận ninh Kiều”)
    expect(check('Đoàn Thanh niên Cộng sản Hồ Chí Minh quận ninh Kiều mở lớp học.', RULE)).toHaveLength(1);
    // the subject of a verb opening a clause names the authority too; elsewhere mid-clause it is a level
    expect(check('Năm nay, Huyện tổ chức ba lớp tập huấn cho cán bộ cơ sở.', RULE)).toEqual([]);
    expect(check('Năm nay, Huyện Tân Phước tổ chức ba lớp tập huấn.', RULE)).toHaveLength(1);
    expect(check('Năm nay, cán bộ Huyện tổ chức ba lớp tập huấn.', RULE)).toHaveLength(1);
  });


  it('reads a village’s name opened by a syllable real drafts never showed, before capitals that close the phrase or one drafts never capitalise (“thôn la Phù”)', () => {
    const text = 'Hội viên thôn la Phù tổ chức buổi học ở nhà văn hóa.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “la Phù” → “La Phù”.', at: '1:15', text: 'la Phù' }]);
    expect(fixed(text, RULE)).toBe('Hội viên thôn La Phù tổ chức buổi học ở nhà văn hóa.');
    expect(fixed('Lớp học mở cho nông dân thôn hiếu Nghĩa (xã Tân Hòa).', RULE)).toBe('Lớp học mở cho nông dân thôn Hiếu Nghĩa (xã Tân Hòa).');
    // (one answer: common-noun-case leaves the capital after it alone)
    expect(fixed(text, ['admin-unit-case', 'common-noun-case'])).toBe('Hội viên thôn La Phù tổ chức buổi học ở nhà văn hóa.');
    // (a word drafts write, a kind of village, stays as it is; after a level word kinds follow, any word)
    expect(check('Học viên tham quan làng nghề Vạn Phúc.', RULE)).toEqual([]);
  });

  it.each(markers.levels.filter((m) => 'kindsAfter' in m).map((m) => [m.word, (m as { kindsAfter: string }).kindsAfter]))('reads a word after “%s” as a kind of it, not a name that lost its capital: %s', (_word, example) => {
    expect(check(example, RULE)).toEqual([]);
  });

  it('reads a list of place names on past a Central Highlands syllable with its apostrophe (“Đắk R’Tih”)', () => {
    const text = "Học viên đến từ 6 xã Đắk Mol, quảng Sơn, Đắk R'Lấp, Đắk Hà, Quảng Hòa, Quảng Phú.";
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “quảng Sơn” → “Quảng Sơn”.', at: '1:31', text: 'quảng Sơn' }]);
    expect(fixed(text, RULE)).toBe("Học viên đến từ 6 xã Đắk Mol, Quảng Sơn, Đắk R'Lấp, Đắk Hà, Quảng Hòa, Quảng Phú.");
    expect(check("Học viên đến từ các huyện Đắk Mil, Đắk R'lấp và Tuy Đức.", RULE)).toEqual([]);
  });

  it('lowers a level word before a syllable that makes another word with it where a comma joins it to the same level word lowercase (“Phường Hội Hòa, phường Tân Bình”)', () => {
    const text = 'Học viên đến từ Phường Hội Hòa, phường Tân Bình và các xã ven biển.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Từ chỉ đơn vị hành chính viết thường: “Phường” → “phường”.', at: '1:17', text: 'Phường' }]);
    expect(fixed(text, RULE)).toBe('Học viên đến từ phường Hội Hòa, phường Tân Bình và các xã ven biển.');
    expect(fixed('Học viên đến từ phường Tân Bình, Phường Hội Hòa.', RULE)).toBe('Học viên đến từ phường Tân Bình, phường Hội Hòa.');
    // (alone, the two syllables may still be a word: left as written)
    expect(check('Học viên đến từ Phường Hội Hòa.', RULE)).toEqual([]);
  });

  it('reads a list of names after words that describe the units, a noun of geography closing a word among them (“các huyện miền núi”)', () => {
    const text = 'Đại diện các huyện miền núi Bắc Hà, Si Ma Cai, Mường khương nêu khó khăn về nguồn vốn.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “Mường khương” → “Mường Khương”.', at: '1:48', text: 'Mường khương' }]);
    expect(fixed(text, RULE)).toBe('Đại diện các huyện miền núi Bắc Hà, Si Ma Cai, Mường Khương nêu khó khăn về nguồn vốn.');
    // (a noun of geography alone is a river's: the list is of rivers)
    expect(check('Học viên đến từ các xã ven sông Lô, sông Chảy.', RULE)).toEqual([]);
  });

  it('reads an item of a list of place names that writes lowercase a syllable the other items capitalise', () => {
    expect(fixed('Học viên đến từ các xã vùng cao Tân Lập, Tân Hợp, tân Minh và Phú Lương.', RULE)).toBe('Học viên đến từ các xã vùng cao Tân Lập, Tân Hợp, Tân Minh và Phú Lương.');
    expect(fixed('Lớp học có cán bộ 4 xã Xuân Hòa, Mỹ hòa, Xuân Lộc, Mỹ Lợi.', RULE)).toBe('Lớp học có cán bộ 4 xã Xuân Hòa, Mỹ Hòa, Xuân Lộc, Mỹ Lợi.');
    // (a lowercase syllable no other item capitalises is no evidence, in a list no plural marker opens)
    expect(check('Học viên đến từ 3 xã vùng cao Tân Lập, Tân Hợp, Mỹ thuận.', RULE)).toEqual([]);
    // (after “các”, words describing the units do not change how the list reads: “các xã Nam Tiến, Đông hải.”)
    expect(fixed('Học viên đến từ các xã vùng cao Tân Lập, Tân Hợp, Mỹ thuận.', RULE)).toBe('Học viên đến từ các xã vùng cao Tân Lập, Tân Hợp, Mỹ Thuận.');
  });
});

describe('generic-markers.json placeListPrepositions: a list of place names after “ở”, “tại” without a level word', () => {
  it.each(markers.placeListPrepositions.examples.map((e) => [e.from, e.to]))('%j', (from, to) => {
    expect(check(from, RULE).length).toBe(1);
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });
  it.each(markers.placeListPrepositions.valid)('leaves alone %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
  it('reports the item exactly, once, also where the draft writes the name right elsewhere', () => {
    expect(check('Học viên đến từ các thôn ở Khe sanh, Hướng Phùng và Tân Hợp.', RULE)).toEqual([
      { rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “Khe sanh” → “Khe Sanh”.', at: '1:28', text: 'Khe sanh' },
    ]);
    expect(check('Học viên đến từ các thôn ở Khe sanh, Hướng Phùng.\nĐoàn về Khe Sanh ngày 3-4.', RULE).map((f) => [f.at, f.text])).toEqual([['1:28', 'Khe sanh']]);
  });
  it('needs another item of two capitalised syllables: a lone item or a list of one-syllable names says nothing', () => {
    expect(check('Học viên đến từ các thôn ở Khe sanh trong tuần.', RULE)).toEqual([]);
    expect(check('Đoàn đi qua ở Huế, Vinh và Lao bảo.', RULE)).toEqual([]);
  });
});

describe('admin-unit-case: a village’s level word capitalised mid-sentence before its name (PLACE20)', () => {
  it.each(markers.levelOpenedNames.examples.map((e) => [e.from, e.to]))('lowers the level word of %j', (from, to) => {
    expect(check(from, RULE).map((f) => f.message)).toEqual([expect.stringMatching(/^Từ chỉ đơn vị hành chính viết thường: “(Thôn|Tổ dân phố|Bản)” → “(thôn|tổ dân phố|bản)”\.$/u)]);
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });
  it('reports the level word after a body, exactly', () => {
    const text = 'Sáng 22-3, Chi hội Nông dân Thôn Khe Ván, xã Bình Phú tổ chức tập huấn.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Từ chỉ đơn vị hành chính viết thường: “Thôn” → “thôn”.', at: '1:29', text: 'Thôn' }]);
    expect(fixed(text, RULE)).toBe(text.replace('Thôn', 'thôn'));
  });
  it.each([
    ...markers.levelOpenedNames.valid,
    // (a one-syllable name may be a commune named with the word; a sentence start; a level word before it)
    'Đoàn đến thăm Bản Lầu vào chiều qua.',
    'Thôn Nà Hừ có 60 hộ dân.',
    'Lớp học mở ở xã Bản Hồ, huyện Sa Pa.',
    'Du khách ngắm thác Bản Giốc vào mùa thu.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('admin-unit-case: a village’s level word of two syllables or more written in Title Case (PLACE23)', () => {
  it.each([
    ['Hội viên Tổ Dân Phố Hòa Xuân góp quỹ khuyến học.', '1:10', 'Tổ Dân Phố', '“Tổ Dân Phố” → “tổ dân phố”', 'Hội viên tổ dân phố Hòa Xuân góp quỹ khuyến học.'],
    ['Chi đoàn Khu Phố Bình An ra quân dọn vệ sinh.', '1:10', 'Khu Phố', '“Khu Phố” → “khu phố”', 'Chi đoàn khu phố Bình An ra quân dọn vệ sinh.'],
    // (a sentence’s start keeps its first capital)
    ['Khu Dân Cư Tân Tiến có 120 hộ.', '1:1', 'Khu Dân Cư', '“Khu Dân Cư” → “Khu dân cư”', 'Khu dân cư Tân Tiến có 120 hộ.'],
  ])('lowers %j, every syllable at once', (text, at, span, pair, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: `Từ chỉ đơn vị hành chính viết thường: ${pair}.`, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });
  it('gives one answer with common-noun-case: the fix never leaves “khu Phố”', () => {
    const rules = [RULE, 'common-noun-case'];
    const text = 'Người dân Khu Phố Bình An góp ý dự thảo.';
    expect(check(text, rules).map((f) => [f.rule, f.text])).toEqual([[RULE, 'Khu Phố']]);
    expect(fixed(text, rules)).toBe('Người dân khu phố Bình An góp ý dự thảo.');
  });
  it.each([
    // (a one-syllable name, a number, a headline in Title Case)
    'Người dân Khu Phố Đông góp ý.',
    'Người dân Khu Phố 3 góp ý.',
    'Tổ Dân Phố Hòa Xuân Ra Quân Dọn Vệ Sinh\nSáng 3-4, người dân góp sức.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('admin-unit-case: a name’s first syllable lowercase before a function word (PLACE23)', () => {
  it.each([
    ['Lớp học mở tại xã tân Ninh cho cán bộ cơ sở.', '1:19', 'tân Ninh', 'Lớp học mở tại xã Tân Ninh cho cán bộ cơ sở.'],
    ['Hội thi diễn ra ở phường đông Ninh cho đoàn viên.', '1:26', 'đông Ninh', 'Hội thi diễn ra ở phường Đông Ninh cho đoàn viên.'],
  ])('reads %j: the function word makes no word with the capital, however often drafts write the two together', (text, at, span, output) => {
    const [first, second] = span.split(' ');
    const expected = `${first[0].toUpperCase()}${first.slice(1)} ${second}`;
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: `Tên địa danh viết hoa mọi âm tiết: “${span}” → “${expected}”.`, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
    // (one answer with common-noun-case, which read the capital alone as a common word)
    expect(fixed(text, [RULE, 'common-noun-case'])).toBe(output);
  });
});

describe('admin-unit-case: a street’s noun capitalised mid-sentence before its name (PLACE21)', () => {
  it.each(markers.streets.examples.map((e) => [e.from, e.to]))('lowers the street’s noun of %j', (from, to) => {
    expect(check(from, RULE)).toHaveLength(1);
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });
  it('gives the street’s noun its exact message, range and fix', () => {
    const text = 'Các hộ dân dọc tuyến Phố Nguyễn Sơn được phát tờ rơi.';
    expect(check(text, RULE)).toEqual([
      { rule: RULE, message: 'Danh từ chung chỉ địa lý trước tên riêng viết thường: “Phố Nguyễn Sơn” → “phố Nguyễn Sơn”.', at: '1:22', text: 'Phố' },
    ]);
    expect(fixed(text, RULE)).toBe('Các hộ dân dọc tuyến phố Nguyễn Sơn được phát tờ rơi.');
    expect(check('Xe chạy dọc Đại lộ Đông Tây.', RULE).map((f) => f.text)).toEqual(['Đại lộ']);
    expect(fixed('Xe chạy dọc Đại lộ Đông Tây.', RULE)).toBe('Xe chạy dọc đại lộ Đông Tây.');
  });
  it.each([
    ...markers.streets.valid,
    // (a one-syllable name, a sentence start, a street named after a street)
    'Đoàn viên dọn vệ sinh dọc tuyến đường Nguyễn Sơn.',
    'Phố Nguyễn Sơn có 40 hộ kinh doanh.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('admin-unit-case: Jrai villages (plei), villages named like a person, villages of a people (PLACE21)', () => {
  it.each([
    ['Già làng dẫn đoàn về thăm Plei Kơ Tu vào sáng nay.', '1:27', 'Plei', 'Từ chỉ đơn vị hành chính viết thường: “Plei” → “plei”.', 'Già làng dẫn đoàn về thăm plei Kơ Tu vào sáng nay.'],
    ['Các em học sinh plei Kơ tu được tặng áo ấm.', '1:22', 'Kơ tu', 'Tên địa danh viết hoa mọi âm tiết: “Kơ tu” → “Kơ Tu”.', 'Các em học sinh plei Kơ Tu được tặng áo ấm.'],
    ['Cô giáo đến từng nhà ở Thôn Lô Lô Chải vận động học sinh ra lớp.', '1:24', 'Thôn', 'Từ chỉ đơn vị hành chính viết thường: “Thôn” → “thôn”.', 'Cô giáo đến từng nhà ở thôn Lô Lô Chải vận động học sinh ra lớp.'],
  ])('flags %j', (text, at, span, message, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });
  it.each([
    // (a people's name after a village's level word says whose villages: no place name lost a capital)
    'Đồng bào các thôn bản Mông đón Tết cổ truyền trong không khí đầm ấm.',
    'Đồng bào các phum sóc Khmer đón Tết Chôl Chnăm Thmây vui tươi.',
    'Bà con các bản Thái đón Tết Độc lập bên bờ sông Đà.',
    // ("sóc" of "chăm sóc", a province that opens with the word, one name after it)
    'Cán bộ y tế chăm sóc sức khỏe cho bà con các sóc.',
    'Trung tâm Khuyến nông Sóc Trăng tổ chức lớp học cho nông dân.',
    'Học viên đến từ Sóc Trăng, Bạc Liêu và Cà Mau.',
    'Các em học sinh plei Ốp tham gia lớp học bơi.',
    'Đồng bào ở sóc Ba Xuyên, phum Pô Thum và bon Bu Prâng được tập huấn.',
    // (“sóc”, “bon”, “phum” are no level words: “sóc” and “bon” open people's names too, “ông Danh Sóc”, “ông Bon Niêng Ha Biên”)
    'Tham dự có ông Bon Niêng Ha Biên, Phó Chủ tịch Ủy ban nhân dân huyện.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
  it('still lowers a village’s level word before a name that is a person’s, and keeps a unit named after one', () => {
    expect(check('Hội viên xã Thái hòa tham dự lớp học.', RULE).map((f) => f.text)).toEqual(['Thái hòa']);
    expect(check('Lớp học tổ chức tại hội trường Phường Trần Phú.', RULE)).toEqual([]);
  });
});

describe('admin-unit-case: a capitalised level word before a place name with a middle name’s syllable (CAPS19)', () => {
  it.each([
    ['Đoàn kiểm tra công trình ở xã Tân Quang, Huyện Văn Lâm.', '1:42', 'Đoàn kiểm tra công trình ở xã Tân Quang, huyện Văn Lâm.'],
    ['Học viên đến từ Huyện Văn Chấn và huyện Trạm Tấu.', '1:17', 'Học viên đến từ huyện Văn Chấn và huyện Trạm Tấu.'],
  ])('lowers the level word of %j: no one is named “Huyện”', (text, at, output) => {
    expect(check(text, RULE).map((f) => [f.at, f.text, f.message])).toEqual([[at, 'Huyện', 'Từ chỉ đơn vị hành chính viết thường: “Huyện” → “huyện”.']]);
    expect(fixed(text, RULE)).toBe(output);
  });
  it.each([
    'Dự lớp có bác sĩ Lò Văn Tỉnh, Giám đốc Trung tâm Y tế huyện.',
    'Đoàn kiểm tra công trình ở xã Tân Quang, huyện Văn Lâm.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('admin-unit-case: a syllable foreign to the language in a place name (PLACE20)', () => {
  it.each(markers.foreignSyllables.examples.map((e) => [e.from, e.to]))('fixes %j', (from, to) => {
    expect(check(from, RULE).length).toBe(1);
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });
  it.each(markers.foreignSyllables.valid)('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
  it.each([
    ['Đồng bào thôn séo Lủng có thêm nguồn thu từ du lịch.', '1:15', 'séo Lủng', 'Séo Lủng'],
    ['Lớp tập huấn dành cho phụ nữ xã sín chéng, huyện Si Ma Cai.', '1:33', 'sín chéng', 'Sín Chéng'],
    ['Hộ kinh doanh ở đường Lạch tray được hướng dẫn kê khai thuế.', '1:23', 'Lạch tray', 'Lạch Tray'],
    ['Lớp học diễn ra tại hội trường tỉnh, phường pleiku, với 80 học viên.', '1:45', 'pleiku', 'Pleiku'],
    ['Đoàn về thăm bà con ở bản pằn.', '1:27', 'pằn', 'Pằn'],
    ['Người dân xã Pa vây Sử nhận giống ngô.', '1:14', 'Pa vây Sử', 'Pa Vây Sử'],
    // (alone before a function word of one syllable, never half of a noun: PLACE23)
    ['Buổi chiếu phim ở bản pằn tại nhà văn hóa thu hút đông bà con.', '1:23', 'pằn', 'Pằn'],
    ['Tổ hòa giải thôn đoài cho biết đã hòa giải 5 vụ việc.', '1:18', 'đoài', 'Đoài'],
  ])('reads %j: the syllable is no word of Vietnamese, a minority language’s name', (text, at, span, expected) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: `Tên địa danh viết hoa mọi âm tiết: “${span}” → “${expected}”.`, at, text: span }]);
    expect(fixed(text, RULE)).toBe(text.replace(span, expected));
  });
  it.each([
    // (a common word, however rare after a name, and a syllable of a genre word stay as written)
    'Thanh niên trồng cây ven sông Đà chảy qua thành phố.',
    'Đoàn đến thăm bản Tả Van rồi về xã.',
    'Người dân phường Cát Bi, quận Hải An dự buổi tuyên truyền.',
    'Các bản Nậm Sin, Huổi Lả cùng tham gia.',
    'Cán bộ thôn vận động cho các hộ.',
    // (after a plural marker the level word names a kind of village: an English word there is no name)
    'Học viên ở lại các bản homestay tại huyện vùng cao.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('admin-unit-case: a list after a plural marker and a village’s level word drafts often write together (PLACE20)', () => {
  it('reads “các thôn” as many villages before their names, no word of its own', () => {
    const text = 'Đoàn về các thôn Tả Van, Pá khoang và Lao Chải.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “Pá khoang” → “Pá Khoang”.', at: '1:26', text: 'Pá khoang' }]);
    expect(fixed(text, RULE)).toBe('Đoàn về các thôn Tả Van, Pá Khoang và Lao Chải.');
    expect(check('Cán bộ các thôn tham gia đầy đủ.', RULE)).toEqual([]);
  });
});

describe('admin-unit-case: a street named after a mountain (CAPS21)', () => {
  it('keeps the capital of a noun of geography after “phố”, “ngõ”, and still lowers it elsewhere', () => {
    expect(check('Các tuyến phố Núi Trúc, Kim Mã được chỉnh trang vỉa hè trước Tết.', RULE)).toEqual([]);
    expect(fixed('Đoàn học viên leo Núi Trúc vào buổi sáng.', RULE)).toBe('Đoàn học viên leo núi Trúc vào buổi sáng.');
  });
});

describe('admin-unit-case: a list of whole names after a main level word, whatever stands before it (PLACE22)', () => {
  it.each([
    ['Học viên đến từ huyện Trà Cú, Cầu ngang, Tiểu Cần và Duyên Hải.', '1:31', 'Cầu ngang', 'Cầu Ngang'],
    ['Đại biểu của 4 phường Bến Thành, Sài Gòn, Tân định, Cầu Ông Lãnh tham dự.', '1:43', 'Tân định', 'Tân Định'],
    ['Lớp học dành cho công chức xã Phù Đổng, Thuận An, Gia lâm và Bát Tràng.', '1:51', 'Gia lâm', 'Gia Lâm'],
    ['Các đặc khu Phú Quốc, Côn Đảo, Vân đồn cử cán bộ tham dự.', '1:32', 'Vân đồn', 'Vân Đồn'],
    // (closing the list before a verb: a syllable another item capitalises)
    ['Đại diện các huyện vùng cao Nam Giang, Tây Giang, Đông giang phát biểu.', '1:51', 'Đông giang', 'Đông Giang'],
    ['Đội tuyển 5 huyện Sìn Hồ, Mường Tè, Nậm nhùn, Tam Đường, Than Uyên tham gia.', '1:37', 'Nậm nhùn', 'Nậm Nhùn'],
    // (the item after it whole, the sentence going on: "Tiểu Cần vẫn …")
    ['Ở một số xã của huyện Trà Cú, Cầu ngang, Tiểu Cần vẫn còn nợ quá hạn.', '1:31', 'Cầu ngang', 'Cầu Ngang'],
  ])('reads %j', (text, at, span, expected) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: `Tên địa danh viết hoa mọi âm tiết: “${span}” → “${expected}”.`, at, text: span }]);
    const out = text.replace(span, expected);
    expect(fixed(text, RULE)).toBe(out);
    expect(fixed(out, RULE)).toBe(out);
  });

  it.each([
    'Tại phường Hà Đông, Bí thư Đảng ủy phường phát biểu.',
    'Các xã Tân Lập, Yên Bình, Hòa Sơn giảm nghèo nhanh.',
    'Ở xã Tân Phú, Hội viên Hội Nông dân được tập huấn kỹ thuật.',
    'Cán bộ xã Đông Anh, Mê Linh, Sóc Sơn học tập kinh nghiệm lẫn nhau.',
    // (one whole name beside it makes no list of the level's names)
    'Hội nghị diễn ra ở xã Tân Phú, Trường học mới khánh thành.',
    // (closing the list, a word the sentence goes on with: no syllable of a name another item capitalises)
    'Học viên là trưởng bản ở các xã Mường Lạn, Mường Lèo, Nậm Lạnh giáp biên giới.',
    'Cán bộ đang công tác ở các xã Vĩnh Hậu, Vĩnh Thịnh, Minh Diệu ven biển.',
  ])('leaves %j alone', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it.each(markers.levels.filter((m) => 'nameTail' in m).map((m) => [m.word, (m as { nameTail: string }).nameTail]))('reads “%s” after a unit’s one capitalised syllable as that name’s: %s', (word, example) => {
    const found = check(example, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].text.endsWith(word)).toBe(true);
    expect(fixed(example, RULE)).toBe(example.replace(found[0].text, found[0].text.replace(word, capitalisedWord(word))));
  });

  it('reads a lowercase word before a capitalised noun of geography and its name as a word before a river, no name that lost its first capital (“ven Sông Đáy, sông Hồng”)', () => {
    const text = 'Nhiều xã ven Sông Đáy, sông Hồng bị sạt lở sau lũ.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Danh từ chung chỉ địa lý trước tên riêng viết thường: “Sông Đáy” → “sông Đáy”.', at: '1:14', text: 'Sông' }]);
    expect(fixed(text, RULE)).toBe('Nhiều xã ven sông Đáy, sông Hồng bị sạt lở sau lũ.');
    expect(check('Các xã ven Sông Đáy, sông Hồng, sông Châu bị sạt lở.', RULE).map((f) => f.text)).toEqual(['Sông']);
  });

  it('reads an item of a list of place names as a place whatever person it is named after (“các xã …, Trần Hưng đạo và …”)', () => {
    const text = 'Cán bộ các xã Hòa Thắng, Phú Lộc, Trần Hưng đạo và Long Phú cùng dự lớp.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “Trần Hưng đạo” → “Trần Hưng Đạo”.', at: '1:35', text: 'Trần Hưng đạo' }]);
    expect(fixed(text, RULE)).toBe('Cán bộ các xã Hòa Thắng, Phú Lộc, Trần Hưng Đạo và Long Phú cùng dự lớp.');
  });

  it('reads one lowercase syllable after a level word, before a comma and the same level word with a name, as the first unit’s name (“ấp mỹ, ấp Tân Lợi”)', () => {
    const text = 'Các hộ ở ấp mỹ, ấp Tân Lợi được hỗ trợ giống lúa.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết: “mỹ” → “Mỹ”.', at: '1:13', text: 'mỹ' }]);
    expect(fixed(text, RULE)).toBe('Các hộ ở ấp Mỹ, ấp Tân Lợi được hỗ trợ giống lúa.');
    // (a word drafts write lowercase, a pair drafts write with the level word, many units: left alone)
    expect(check('Cán bộ xã nghèo, xã Tân Lập được hỗ trợ.', RULE)).toEqual([]);
    expect(check('Cán bộ xã nhà, xã Tân Lập dự lớp.', RULE)).toEqual([]);
    expect(check('Cán bộ các ấp mỹ, ấp Tân Lợi dự lớp.', RULE)).toEqual([]);
  });

  it('lowers a level word before a syllable that makes another word with it where the name goes on to the unit above (“Xã Viên Thành, huyện Yên Thành”)', () => {
    const text = 'Cán bộ thu thuế Xã Viên Thành, huyện Yên Thành được khen thưởng.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Từ chỉ đơn vị hành chính viết thường: “Xã” → “xã”.', at: '1:17', text: 'Xã' }]);
    expect(fixed(text, RULE)).toBe('Cán bộ thu thuế xã Viên Thành, huyện Yên Thành được khen thưởng.');
    // (a committee the level word opens is a body's name: organisation-case's)
    expect(check('Cán bộ Huyện Đoàn Phù Cát, tỉnh Bình Định dự lớp.', RULE)).toEqual([]);
    // (no unit above it: the two syllables may still be a word)
    expect(check('Cán bộ thu thuế Xã Viên Thành được khen thưởng.', RULE)).toEqual([]);
  });

  it.each(markers.levels.flatMap((m) => ('namedByPlace' in m ? (m as { namedByPlace: Array<{ from: string; to: string }> }).namedByPlace.map((e) => [m.word, e.from, e.to]) : [])))('lowers “%s” capitalised before a name that reads as a person’s or an event’s: the level takes a place’s name (%s)', (_word, from, to) => {
    expect(check(from, RULE)).toHaveLength(1);
    expect(fixed(from, RULE)).toBe(to);
    expect(check(to, RULE)).toEqual([]);
  });

  it('restores the first capital of an item opening a list of place names where the draft writes the name whole (“đồng Mỏ, Tân Lập, Hòa Bình”)', () => {
    const text = 'Học viên đến từ các thôn vùng bãi ngang đồng Mỏ, Tân Lập, Hòa Bình.\nBuổi chiều, học viên thăm Khu du lịch Đồng Mỏ.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Tên địa danh viết hoa mọi âm tiết (trong bài đã viết “Đồng Mỏ”): “đồng Mỏ” → “Đồng Mỏ”.', at: '1:41', text: 'đồng Mỏ' }]);
    expect(fixed(text, RULE)).toBe('Học viên đến từ các thôn vùng bãi ngang Đồng Mỏ, Tân Lập, Hòa Bình.\nBuổi chiều, học viên thăm Khu du lịch Đồng Mỏ.');
    // (no whole spelling elsewhere: the syllable may be a common word)
    expect(check('Học viên đến từ các thôn vùng bãi ngang đồng Mỏ, Tân Lập, Hòa Bình.', RULE)).toEqual([]);
    // (the syllable opening a sentence or closing the text is no list's item)
    expect(check('Học viên thăm Khu du lịch Đồng Mỏ.\nđồng Mỏ có nhiều rừng.\nHọc viên về đồng', RULE)).toEqual([]);
  });
});

function capitalisedWord(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
