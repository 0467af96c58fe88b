import { describe, expect, it } from 'vitest';
import { check, findings } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, SPARSE } from '../core/structure-fixtures.js';
import { parseDraft } from '../../server/src/core/parse.js';

const RULE = 'required-byline';
const MESSAGE = 'Thiếu tên tác giả: dòng cuối của tin cần ghi tên người viết, ví dụ “Hoàng Yến” hoặc “Tin, ảnh: P. Tuyết”.';

function draft(last: string): string {
  return `Tập huấn phòng cháy chữa cháy cho dân phòng\n\nSáng 21-10, Công an phường Quang Trung tổ chức tập huấn cho 50 đội viên dân phòng.\n\nCác đội viên được hướng dẫn sử dụng bình chữa cháy.${last}`;
}

describe('required-byline', () => {
  it.each([
    'Hoàng Yến',
    'Tin, ảnh: P. Tuyết',
    'Tin và ảnh: Minh Đức',
    'PV',
    'Nhóm PV',
    'Minh Anh – Thu Hà',
    'Văn Hải - Đặng Thưởng',
    'KIM CHI',
    'Tin, ảnh: XUÂN DIỆN',
    'T.X',
    'Hữu Hoàn.',
    'Lê Văn Hải – Huyện ủy Khánh Sơn',
    'Tác giả: Nguyễn Kim Minh - LĐLĐ thành phố',
    'TS (theo TTXVN)',
    'Mai Phương - Trung tâm Văn hóa, Thông tin và Thể thao huyện',
    'Thu Hà (Đài Truyền thanh huyện)',
    'PV Thu Hà',
    'Phóng viên Minh Đức',
    'Nhóm PV Ban Thời sự',
    '(Theo TTXVN)',
    'Nguồn: baochinhphu.vn',
    'H.Lan',
    'T.N.Hà',
    'Tin-ảnh: Minh Anh',
    'Tác giả bài viết: Trần Bình',
    'VŨ HỒNG NHUNG',
    'Lan Chi và Quốc Toản',
    'Tin Đài Truyền thanh huyện',
    'Trung tâm Truyền thông huyện',
    'Đặng Thị Hoa, Trung tâm Văn hóa huyện',
    'Thành Nhân |',
    'Th.Hằng',
    'Thu Hà | 12:30 20/08/2024',
    'NGỌC ANH | Thứ hai, 12/8/2024',
    'Tin/ảnh: Quốc Bảo',
    'Tin, ảnh - Thanh Tâm',
    'Tin ảnh Hồng Nhung',
    'Ban biên tập',
    'BBT Cổng thông tin điện tử xã',
    'Hồng Nhung - 12/3/2024',
    'Hồng Nhung (5/3)',
    'Mai Phương - Trung tâm Văn hóa, Thông tin và Thể thao huyện Tân Sơn',
    'Đài Truyền thanh xã',
    'Trung tâm Văn hóa - Thông tin và Thể thao huyện',
    'Sương (Đài Truyền thanh xã)',
    // a long affiliation after a label, a body whose type word is two syllables
    'Tin, ảnh: Hà Vân - Trung tâm Văn hóa, Thông tin và Thể thao huyện Bảo Lạc',
    'Phan Thùy Linh - Tòa án nhân dân tỉnh Hà Giang',
    'Tin: Phan Thùy Linh - Tòa án nhân dân tỉnh Hà Giang',
    'Tin: Vi Đức Hậu - Ủy ban nhân dân xã Tả Van',
    // issue 11's forms and the pool's, each in other words
    'K.Anh - H.Trang',
    'Ng. Hà',
    'ĐỨC ANH - MINH HÒA',
    'Minh Anh, Thu Hà',
    'Minh Anh - Thu Hà - Quốc Bảo',
    'Tin & ảnh: Hải Yến',
    'TIN, ẢNH: LÊ THẮNG',
    'Tin: Ngọc Hà - Ảnh: Quốc Bảo',
    'Nguồn tin: Đài Truyền thanh xã',
    '(Nguồn: Báo Phú Thọ)',
    'Theo Thu Hà (Báo Phú Thọ)',
    'Minh Trang/VOV.VN',
    'PV - CTV',
    'PV và CTV',
    'Văn Tùng (CTV)',
    'Trung sĩ Vi Văn Khánh',
    // the apostrophe of Central Highlands names
    "H'Liên - Quốc Việt",
    'K’Sor Thuận',
    "TIN, ẢNH: H'LIÊN",
    // a labelled credit whose name has a syllable in lower case (person-name-case reports its case)
    'Tin, ảnh: nguyễn Hà',
    'Bài, ảnh: lê Thị Mai',
    // the photo's credit first, then the text's; a role before a body's long name
    'Ảnh: Quốc Bảo - Tin: Ngọc Hà',
    'Tin: Ngọc Hà; ảnh: Trung tâm Y tế huyện cung cấp',
    'Phóng viên Đài Phát thanh và Truyền hình tỉnh',
    // the reporter's role after the name
    'Thu Hà - phóng viên',
    'Minh Đức, cộng tác viên',
    'Thiếu tướng Lê Văn Tú',
    'Đại uý Lê Văn Tú',
    'Minh Anh (Trung tâm Văn hóa, Thông tin và Thể thao huyện Tân Sơn)',
    'Tin: Thu Hà (Đài Truyền thanh - Truyền hình huyện Tân Sơn)',
    '12:30 20/08/2024 | Thu Hà',
    'Ảnh, tin: Thu Hà',
    'Nội dung: Thu Hà; Ảnh: Quốc Bảo',
    'Tin, bài, ảnh: Thu Hà',
    'Thu Hà - 12:30, 12/03/2024',
    'Thu Hà (12/3/2024)',
    'PV 14/12/2023 13:39',
    'Nguồn: Trung tâm Văn hóa - Thể thao và Truyền thông huyện',
    // ELEM16: forms of newsrooms, portals and radios that read as no credit before
    'Nhóm tác giả: Lan Anh - Minh Đức',
    'Viết bởi: Nguyễn Văn Bình',
    'Người đăng: Ngọc Anh',
    'Người thực hiện: Lan Anh',
    'PTV: Thu Trang',
    'Biên tập: Hoàng Anh - Đọc: Minh Phương',
    'PV Thu Hà - Đài TT-TH huyện Văn Bàn',
    '15/8/2012 - Minh Tuấn',
    'Hải Yến và nhóm PV',
    // a body abbreviated, then its level and place or the body it belongs to
    'BHXH tỉnh Điện Biên',
    'TTYT huyện Phong Thổ',
    'VP Huyện ủy',
    // a body whose field is two words, the second lowercase ("sinh viên", "cộng đồng")
    'Phòng Công tác sinh viên',
    'Bộ môn Y học cộng đồng',
    'Phòng Khoa học - Hợp tác quốc tế',
    'Ban biên tập Bản tin nội bộ',
    'Lê Văn An - Khoa Lý luận cơ sở, Trường Chính trị tỉnh',
    // a brand before the body's type word
    'Agribank Chi nhánh huyện Bắc Hà',
    // ELEM17: the writer's post before the unit (structure.json creditPositions), a bar between name and unit
    'Bảo Ngân, cán bộ Văn phòng HĐND-UBND xã',
    'Lâm Văn Tha - giáo viên Trường Tiểu học Long Sơn',
    'Tuấn Kiệt, cộng tác viên Đài Truyền thanh xã',
    'Ngọc Yến | Đài TT xã',
    // bodies of sector portals and schools (organisationTypes), fields after 'và', a region after 'khu vực'
    'Thuế cơ sở 2 tỉnh Cà Mau',
    'Thống kê cơ sở huyện Phú Tân',
    'Kho bạc Nhà nước khu vực XV',
    'Phòng Dân tộc và Tôn giáo huyện',
    'Liên đội Trường THCS Long Hiệp',
    'Trang Thông tin điện tử xã Hòa Lợi',
    // a bulletin or a news site credited like a paper (organisationTypes “bản tin”, “trang tin”)
    'Bản tin Khuyến nông Bạc Liêu',
    'Bản tin Hội Nông dân huyện',
    'Trang tin điện tử huyện Mỹ Xuyên',
    // a unit named by its type word and the body it belongs to, by kind (structure.json creditOwners)
    'Văn phòng nhà trường',
    'Công đoàn nhà trường',
    'Đọc tin: Sơn Thị Mỹ Duyên',
    // a long field closed by the unit's level or place; writers each with a unit in brackets
    'Văn phòng Điều phối nông thôn mới huyện',
    'Trung tâm Phục vụ hành chính công xã',
    'Tổ Công nghệ số cộng đồng phường',
    'Mai Thảo - Văn phòng Đăng ký đất đai chi nhánh Tiểu Cần',
    'Hữu Tài (Đài TT-TH Châu Thành) - Ngọc Ánh (CTV)',
    // ELEM18: a unit and the body it belongs to after a comma or a spaced dash, its field long
    'Phòng Tuyên truyền - Hỗ trợ người nộp thuế, Cục Thuế tỉnh Bình Định',
    'Văn phòng Thanh tra - Pháp chế, Sở Lao động - Thương binh và Xã hội',
    'Thu Phương - Phòng Tuyên truyền và Hỗ trợ người nộp thuế, Cục Thuế tỉnh Gia Lai',
    'Đỗ Thu Trang - Phòng Tuyên truyền - Hỗ trợ người nộp thuế',
    // a union of a sector ('ngành', structure.json bodyNameJoiners), a head of two syllables whose
    // common word ('công đoàn viên') the capital after it rules out
    'Công đoàn ngành Giáo dục',
    'Ngọc Hân (Công đoàn ngành Y tế)',
    'Công đoàn Viên chức tỉnh Đắk Lắk',
    // a Central Highlands name with the letter and its apostrophe apart
    "H' Linh",
    // HYG25: a known body's name going on with nouns to a capitalised place ("cửa khẩu", "cảng");
    // a unit right before the body it belongs to, no mark between; a unit's type word in lower
    // case; an apostrophe after two letters
    'Tin, ảnh: Quang Huy - Đồn Biên phòng cửa khẩu cảng Vũng Tàu',
    'Ban Chấp hành Công đoàn cơ sở Công ty TNHH May mặc Hòa Bình',
    'Phòng Đào tạo Trường Trung cấp nghề Dân tộc nội trú tỉnh Lai Châu',
    'Hải Yến - tổ Ngữ văn',
    "Bh'ling Hoa",
  ])('accepts the credit “%s”', (credit) => {
    expect(check(draft(`\n\n${credit}\n`), RULE)).toEqual([]);
  });

  it.each([
    ['a photo caption', '\n\nThu Hà\n\nCác hội viên thực hành sử dụng bình chữa cháy.\n'],
    ['a caption and a stray label', '\n\nTin, ảnh: Thu Hà\n\nQuang cảnh buổi tập huấn\n\nTừ khóa: dân phòng\n'],
    ['page debris glued to the name', '\n\nThu HàÝ kiến bạn đọc\n'],
    ['a long caption with its stop', '\n\nThu Hà\n\nĐồng chí Nguyễn Văn Hòa, Phó Bí thư Huyện ủy phát biểu khai mạc lớp tập huấn phòng cháy, chữa cháy cho đội viên dân phòng các khu phố năm 2024 tại hội trường phường.\n'],
    ['a long caption without an end mark', '\n\nThu Hà\n\nĐội viên dân phòng các tổ thực hành dập đám cháy giả định bằng bình bột và vòi nước tại sân nhà văn hóa khu phố 3 trong buổi chiều cuối đợt tập huấn\n'],
    ['a caption with its photo credit', '\n\nTin: Thu Hà\n\nĐội viên dân phòng thực hành dập đám cháy giả định bằng bình bột tại sân nhà văn hóa khu phố trong buổi chiều cuối đợt tập huấn. Ảnh: Quốc Bảo\n'],
    ['a photo gallery', '\n\nThu Hà\n\nẢnh 1\n\nẢnh 2\n\nẢnh 3\n\nẢnh 4\n\nẢnh 5\n'],
    ['a list of older items', '\n\nThu Hà\n\nTin cũ hơn\n\nPhường ra quân tổng vệ sinh\n\nHội thi văn nghệ người cao tuổi\n'],
  ])('accepts a credit followed by %s', (_, tail) => {
    expect(check(draft(tail), RULE)).toEqual([]);
  });

  it.each([
    ['after “./.”', './. Thu Hà'],
    ['in parentheses', ' (Thu Hà)'],
    ['after the final stop', ' Tin, ảnh: Thu Hà'],
    ['as a name after the final stop', ' Thu Hà'],
    ['after “./.” without a space', './.Thu Hà'],
    ['as a name glued to the final stop', 'Thu Hà'],
    ['after the final stop and a dash', ' - Thu Hà'],
  ])('accepts a credit glued to the last paragraph %s', (_, credit) => {
    const text = draft('').replace(/\.$/u, credit.startsWith('./.') ? credit : `.${credit}`);
    expect(text.endsWith('Thu Hà') || text.endsWith('(Thu Hà)')).toBe(true);
    expect(check(text, RULE)).toEqual([]);
  });

  it.each([
    'H.Lan',
    'Minh Anh – Thu Hà',
    'Lan Chi và Quốc Toản',
    'Tin-ảnh: Minh Anh',
    'NGỌC ANH |',
    'Thu Hà | 20/08/2024 10:30',
    'PV',
    'Nhóm PV',
    'Thu Hà - Đài TT-TH huyện Tân Sơn',
    'Minh Anh - Thu Hà - Trung tâm Văn hóa huyện',
    'Thứ hai, 12/3/2024 | Thu Hà',
    '(Theo baophutho.vn)',
    'Ảnh, tin: Hải Yến',
    'Tin: Hải Yến',
    'Minh Anh (Đài TT-TH An Lão)',
    'Hoàng Lan - Quốc Việt (Trung tâm Văn hóa huyện)',
    'PV Đài TT-TH huyện',
    'Nhóm phóng viên Đài huyện',
    'TS. Nguyễn Văn An',
    '(Thu Hà)',
    '(Minh Anh - Thu Hà)',
  ])('accepts the credit “%s” under the headline', (credit) => {
    const text = draft('\n').replace('\n\n', `\n\n${credit}\n\n`);
    expect(check(text, RULE)).toEqual([]);
  });

  it.each(['Thời sự - Chính trị', 'Trang chủ - Tin tức', 'Hà Nội - Hội trường UBND xã', '(Ảnh minh họa)', '(Video)', '(Tin tổng hợp)', 'Tin tức (Huyện ủy An Lão)', 'Ảnh: Hải Yến', 'Tin: Huyện ủy tổ chức hội nghị'])('reads “%s” under the headline as no credit', (label) => {
    expect(check(draft('\n').replace('\n\n', `\n\n${label}\n\n`), RULE)).toHaveLength(1);
  });

  it.each(['Hồng Nhung', 'T.N.Hà', 'Tin và ảnh: Quốc Bảo'])('accepts the credit “%s” under the headline of a one-paragraph item', (credit) => {
    const text = 'Tập huấn phòng cháy chữa cháy cho dân phòng\n\n' + credit + '\n\nSáng 21-10, Công an phường Quang Trung tổ chức tập huấn cho 50 đội viên dân phòng.\n';
    expect(check(text, RULE)).toEqual([]);
  });

  it.each(['Tác giả: Ngọc Diệp', 'Tin, ảnh: Ngọc Diệp', 'PV Ngọc Diệp'])('accepts the labelled credit “%s” above the headline, the headline still one', (credit) => {
    const text = `${credit}\n\n${draft('\n')}`;
    expect(check(text, RULE)).toEqual([]);
    expect(check(text, 'required-headline')).toEqual([]);
    expect(parseDraft(text).headline?.text).toBe('Tập huấn phòng cháy chữa cháy cho dân phòng');
  });

  it.each(['Minh Châu - Trung tâm Chính trị huyện', 'Hoàng Lan – Đài Truyền thanh huyện'])('accepts the author and their body “%s” above the headline, the headline still one', (credit) => {
    const text = `${credit}\n\n${draft('\n')}`;
    expect(check(text, RULE)).toEqual([]);
    expect(parseDraft(text).headline?.text).toBe('Tập huấn phòng cháy chữa cháy cho dân phòng');
  });

  it('reads a headline naming a place and a body as the headline, not a credit above one', () => {
    const text = draft('\n').replace('Tập huấn phòng cháy chữa cháy cho dân phòng', 'Hà Giang - Hội Liên hiệp Phụ nữ tỉnh tập huấn khởi nghiệp');
    expect(parseDraft(text).headline?.text).toBe('Hà Giang - Hội Liên hiệp Phụ nữ tỉnh tập huấn khởi nghiệp');
    expect(check(text, RULE)).toHaveLength(1);
  });

  it('reads a bare name above the headline as no credit', () => {
    expect(check(`Ngọc Diệp\n\n${draft('\n')}`, RULE)).toHaveLength(1);
  });

  it('reports a sentence opening with an official’s name before a one-sentence last paragraph', () => {
    const text = draft('\n\nÔng Lê Văn Thắng, Phó Chủ tịch UBND phường chủ trì buổi tập huấn.\n\nCuối buổi, các đội viên thực hành dập đám cháy giả định tại sân nhà văn hóa khu phố.\n');
    expect(check(text, RULE)).toHaveLength(1);
  });

  it('accepts the credit a page prints beside its date under the headline', () => {
    expect(check(draft('\n').replace('\n\n', '\n\nThu Hà 14/12/2023 13:39\n\n'), RULE)).toEqual([]);
  });

  it('reports a credit-like line followed by a paragraph of the story', () => {
    const text = draft('\n\nThu Hà\n\nSau buổi tập, đội viên được phát tài liệu. Phường sẽ tổ chức kiểm tra vào cuối năm để đánh giá kết quả.\n');
    expect(check(text, RULE)).toHaveLength(1);
  });

  it('inserts the template after the last paragraph, before the page debris', () => {
    const text = draft('\n\nChia sẻ bài viết\n\nTin cũ hơn\n');
    const [f] = findings(text, RULE);
    expect(text.slice(f.start, f.end)).toBe('cháy.');
    expect(f.suggestions?.[0].edits).toEqual([{ start: f.end, end: f.end, text: '\n\n${1:Tên tác giả}' }]);
  });

  it('reports a one-word section label under the headline', () => {
    expect(check(draft('\n').replace('\n\n', '\n\nThời sự\n\n'), RULE)).toHaveLength(1);
  });

  it.each([
    ['a photo label', 'Ảnh: Đội viên thực hành dập lửa.'],
    ['a caption with its credit', 'Đội viên thực hành dập lửa bằng bình bột. (Ảnh: Quốc Bảo)'],
  ])('accepts a credit in parentheses closing the last paragraph, then %s', (_, caption) => {
    expect(check(draft(` (Thu Hà)\n\n${caption}\n`), RULE)).toEqual([]);
  });

  it('reports a caption after a last paragraph with no credit in it', () => {
    expect(check(draft('\n\nẢnh: Đội viên thực hành dập lửa.\n'), RULE).map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('accepts a credit followed by page debris', () => {
    expect(check(draft('\n\nThu Hà\n\nChia sẻ bài viết\n\nBình luận (0)\n'), RULE)).toEqual([]);
  });

  it.each([
    ['no credit at all', ''],
    ['a photo caption', '\n\nToàn cảnh hội nghị tập huấn.'],
    ['a caption naming a person', '\n\nĐồng chí Bùi Văn Hòa phát biểu tại hội nghị'],
    ['a photo credit only', '\n\nẢnh: Thu Hà'],
    ['two photo credits', '\n\nẢnh: Thu Hà; ảnh: Trung tâm Y tế huyện cung cấp'],
    ['a caption naming a hall', '\n\nHội trường UBND xã Tân Lập'],
    ['a caption naming a body', '\n\nTrung tâm Y tế huyện trao đổi kinh nghiệm với học viên'],
    ['a site label', '\n\nBaonongthon'],
    ['a sentence after the “Tin:” label', '\n\nTin: lớp tập huấn kéo dài hai ngày với nhiều nội dung thiết thực'],
    ['a name and a sentence after the “Tin:” label', '\n\nTin: Thu Hà - đội viên dân phòng thực hành chữa cháy tại sân nhà văn hóa'],
    ['a sentence about a bulletin', '\n\nBản tin thời sự của đài phát lúc 6 giờ sáng.'],
    ['a caption naming a bulletin', '\n\nBản tin khuyến nông phát tới các ấp trong xã'],
    ['a caption about the school library', '\n\nThư viện nhà trường mở cửa cả ngày thứ bảy'],
    ['a caption of a body, a verb and a school', '\n\nPhòng Văn hóa huyện tập huấn cho Trường Tiểu học Kim Đồng'],
    ['a caption of a known body, nouns and a verb', '\n\nĐồn Biên phòng cửa khẩu kiểm tra tàu cá'],
  ])('reports %s', (_, last) => {
    const found = check(draft(last), RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(MESSAGE);
  });

  it('sits on the last words and inserts the template on a line of its own', () => {
    const text = draft('\n');
    const [f] = findings(text, RULE);
    expect(text.slice(f.start, f.end)).toBe('cháy.');
    expect(f.suggestions?.[0]).toEqual({
      messageId: 'insert',
      edits: [{ start: f.end, end: f.end, text: '\n\n${1:Tên tác giả}' }],
      snippet: true,
    });
  });

  it('uses the author setting as plain text', () => {
    const [f] = findings(draft('\n'), RULE, { author: 'Ngọc $Anh' });
    expect(f.suggestions?.[0].edits[0].text).toBe('\n\nNgọc \\$Anh');
  });

  it('accepts a pen name after “./.” and a labelled credit in brackets ending the last paragraph', () => {
    expect(check(draft('').replace(/\.$/u, './. Hoài'), RULE)).toEqual([]);
    expect(check(draft('').replace(/\.$/u, ' (Tin: Thu Hà)'), RULE)).toEqual([]);
  });

  it.each(['Người đọc: Thu Trang', 'PTV: Minh Phương', 'Thu Hà\nNgười đọc: Minh Phương'])('accepts a radio item closed by “./.”, then “%s”', (credit) => {
    expect(check(draft('').replace(/\.$/u, `./.\n\n${credit}\n`), RULE)).toEqual([]);
  });

  it.each([
    // a caption naming an official and a body, its verb left out
    'Bà Vàng Thị Dua, Giám đốc Bảo hiểm xã hội huyện',
    'Đồng chí Lò Văn Thắng, Phó Chánh án Tòa án nhân dân tỉnh',
    // a body the lexicon knows, then a caption's verb
    'Phòng Y tế kiểm tra',
    'Đoàn Thanh niên ra quân',
    'Hội Nông dân xã trao quà',
    // a post the writer never holds ('học viên'), a body's second field running on into a verb
    'Kim Sương, học viên lớp tập huấn',
    'Phòng Dân tộc và Tôn giáo kiểm tra',
    // a long caption closed by a place: a verb, then a preposition before it
    'Hội Nông dân xã trao quà cho hội viên xã',
    'Trung tâm Văn hóa huyện tổ chức hội thi văn nghệ xã',
    // ELEM18: a caption after a unit and its parent, or a sector's union; a body then a place
    'Phòng Tuyên truyền - Hỗ trợ người nộp thuế hướng dẫn doanh nghiệp kê khai thuế',
    'Cục Thuế tỉnh, Phòng Tuyên truyền hướng dẫn hộ kinh doanh kê khai',
    'Công đoàn ngành Giáo dục trao quà cho đoàn viên',
    'Văn phòng Sở Xây dựng, nơi tổ chức lớp học',
    'Trung tâm Y tế huyện - Bệnh viện Đa khoa tỉnh hướng dẫn sơ cứu ban đầu',
  ])('reports “%s” as the last line, a caption and no credit', (last) => {
    expect(check(draft(`\n\n${last}\n`), RULE).map((f) => f.message)).toEqual([MESSAGE]);
  });

  it('reports a last paragraph that is a numbered list of names', () => {
    const text = draft('\n\nHọc viên đạt loại giỏi:\n\n1. Lường Văn Khặm\n\n2. Vàng Thị Dua\n\n3. Lò Thị Ún\n');
    expect(check(text, RULE).map((f) => f.at)).toEqual(['13:11']);
  });

  it('reports a last paragraph that is the last item of a list of names under a dash', () => {
    const text = draft('\n\nĐại biểu dự lớp:\n- Lý Văn Sang\n- Kiên Thị Thu\n');
    expect(check(text, RULE).map((f) => [f.at, f.message])).toEqual([['9:12', MESSAGE]]);
    // a dash before the credit under the story's last sentence is no list
    expect(check(draft('\n\n- Kiên Thị Thu\n'), RULE)).toEqual([]);
  });

  it('takes a document signature block, ending on the signer’s name, as the credit', () => {
    expect(check(draft('\n\nTM. Ủy ban nhân dân phường\nChủ tịch\nLê Văn Khánh\n'), RULE)).toEqual([]);
  });

  it('reads a dateline and its place under the headline as no credit', () => {
    expect(check(draft('\n').replace('\n\n', '\n\nNgày 21/08/2015 – Tỉnh Đồng Nai\n\n'), RULE)).toHaveLength(1);
  });

  it.each([
    ['a city glued to its abbreviation', ' tại TP.Hồ Chí Minh'],
    ['a single word after a plain stop', '. Hoài'],
  ])('reports a last paragraph ending with %s', (_, end) => {
    expect(check(draft('').replace(/\.$/u, end), RULE)).toHaveLength(1);
  });

  it('accepts a credit glued after the end mark (end-mark reports it)', () => {
    expect(check(draft('./. Hoàng Yến\n'), RULE)).toEqual([]);
  });

  it('reads a bold credit in markdown', () => {
    const md = '# Tập huấn phòng cháy chữa cháy\n\nSáng 21-10, Công an phường tổ chức tập huấn cho 50 đội viên.\n\n**Thu Hà**\n';
    expect(check(md, RULE, {}, 'vi', 'markdown')).toEqual([]);
  });

  it('reads a markdown credit with a source line joined to it by one newline, as the same lines of a .txt draft', () => {
    const md = 'Sáng 3/4, Chi cục Thuế huyện tổ chức tập huấn cho 45 hộ kinh doanh.\n\nThanh Bình\nNguồn: Báo Đồng Nai online\n';
    expect(check(md, RULE, {}, 'vi', 'markdown')).toEqual([]);
    expect(check(md, RULE)).toEqual([]);
  });

  it('reads complete drafts and reports the sparse one', () => {
    expect(check(COMPLETE, RULE)).toEqual([]);
    expect(check(COMPLETE_PRESS, RULE)).toEqual([]);
    expect(check(SPARSE, RULE).map((f) => f.at)).toEqual(['5:76']);
  });
});
