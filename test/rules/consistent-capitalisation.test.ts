import { describe, it, expect } from 'vitest';
import { check, fixed, findings } from '../helpers/lint.js';

const RULE = 'consistent-capitalisation';

describe('consistent-capitalisation', () => {
  const mixedTitle = [
    'Trưởng ban Tuyên giáo Huyện ủy Lê Văn Sáu khai mạc lớp học.',
    'Trưởng ban Tuyên giáo Huyện ủy Lê Văn Sáu trao giấy chứng nhận.',
    'Phát biểu bế mạc, Trưởng Ban Tuyên giáo Huyện ủy Lê Văn Sáu nhấn mạnh yêu cầu.',
  ].join('\n');

  it('flags the minority style of a contested title in press-lower, with a fix to the majority and a fix-all', () => {
    expect(check(mixedTitle, RULE, { profile: 'press-lower' })).toEqual([
      {
        rule: RULE,
        message: '“Trưởng Ban Tuyên giáo Huyện ủy” viết hoa khác với 2 lần khác trong bài (“Trưởng ban Tuyên giáo Huyện ủy”).',
        at: '3:19',
        text: 'Trưởng Ban Tuyên giáo Huyện ủy',
      },
    ]);
    const f = findings(mixedTitle, RULE, { profile: 'press-lower' })[0];
    expect(f.suggestions?.map((s) => s.scope)).toEqual(['one', 'all']);
    expect(fixed(mixedTitle, RULE, { profile: 'press-lower' })).toBe(mixedTitle.replace('Trưởng Ban Tuyên', 'Trưởng ban Tuyên'));
  });

  it('leaves a name the draft writes the same way everywhere, whatever the lexicon reads into each', () => {
    // a role under a title of nobody and a generic mention of the same board, written alike
    const text = 'Hội nghị có 135 đại biểu là trưởng ban công tác Mặt trận, chi hội trưởng các đoàn thể.\nHội nghị bàn về vai trò của ban công tác Mặt trận trong cuộc vận động.';
    expect(check(text, RULE)).toEqual([]);
  });

  it('compares the paragraphs an edit did not touch with the one it did, and with the profile of this check', () => {
    const lines = mixedTitle.split('\n');
    // each check reads the other paragraphs back: the majority moves with the edited line
    expect(check(mixedTitle, RULE, { profile: 'press-lower' }).map((x) => x.at)).toEqual(['3:19']);
    const edited = [lines[0], lines[1].replace('Trưởng ban Tuyên', 'Trưởng Ban Tuyên'), lines[2], lines[2]].join('\n');
    expect(check(edited, RULE, { profile: 'press-lower' }).map((x) => x.at)).toEqual(['1:1']);
    expect(check(mixedTitle, RULE, { profile: 'press-lower' }).map((x) => x.at)).toEqual(['3:19']);
    expect(check(mixedTitle, RULE)).toEqual([]);
  });

  it('lowers a capital inside a grammar-read field where the draft writes the word lowercase after the same syllable', () => {
    const draft = ['Chi cục Trồng trọt và Bảo vệ thực vật tỉnh mở lớp học cho nông dân.', 'Dự lớp có cán bộ Trạm Trồng Trọt và Bảo vệ thực vật huyện Cái Nước.'].join('\n');
    expect(check(draft, RULE)).toEqual([{ rule: RULE, message: '“Trạm Trồng Trọt” viết hoa khác với 1 lần khác trong bài (“Trạm Trồng trọt”).', at: '2:18', text: 'Trạm Trồng Trọt' }]);
    expect(fixed(draft, RULE)).toBe(draft.replace('Trồng Trọt', 'Trồng trọt'));
    // a tie is enough (Decree 30 capitalises a field phrase's first syllable only)
    // (a kind of hospital or school in Title Case, "Bệnh viện Đa Khoa", is organisation-case's own)
    // (a field the drafts write lowercase there, "Trung tâm Huấn Luyện", is organisation-case's by usage)
    const tie = 'Trung tâm Giám định tỉnh mở lớp học. Dự lớp có cán bộ Trung tâm Giám Định tỉnh.';
    expect(check(tie, RULE).map((x) => x.text)).toEqual(['Trung tâm Giám Định']);
  });

  it('weighs a field capital against the sightings of every paragraph, re-checked after edits elsewhere in the draft', () => {
    const lines = ['Sáng 3/4, huyện mở lớp tập huấn kỹ thuật cho nông dân.', 'Chi cục Trồng trọt và Bảo vệ thực vật tỉnh cử cán bộ hướng dẫn.', 'Dự lớp có cán bộ Trạm Trồng Trọt và Bảo vệ thực vật huyện.'];
    const finding = (line: number, at: number) => [{ rule: RULE, message: '“Trạm Trồng Trọt” viết hoa khác với 1 lần khác trong bài (“Trạm Trồng trọt”).', at: `${line}:${at}`, text: 'Trạm Trồng Trọt' }];
    expect(check(lines.join('\n'), RULE)).toEqual(finding(3, 18));
    // the paragraphs before the capital edited, moved, one added: its sighting is read where it stands now
    expect(check(['Sáng 3/4, huyện Cái Nước mở lớp tập huấn kỹ thuật cho nông dân.', 'Lớp học kéo dài hai ngày.', lines[1], lines[2]].join('\n'), RULE)).toEqual(finding(4, 18));
    // the lowercase sighting gone (its paragraph edited): nothing left to weigh the capital against
    expect(check([lines[0], 'Chi cục Trồng Trọt và Bảo vệ thực vật tỉnh cử cán bộ hướng dẫn.', lines[2]].join('\n'), RULE)).toEqual([]);
    // the two words apart across a sentence's end are no sighting
    expect(check([lines[0], 'Cán bộ chi cục hướng dẫn cách trồng. Trọt hỏi thêm về giống.', lines[2]].join('\n'), RULE)).toEqual([]);
  });

  it('leaves a field capital that opens a word of its own, and one the draft never writes lowercase there', () => {
    // (“Giao thông” opens a word: the running text's “an toàn giao thông” says nothing of the name)
    expect(check('Ban An toàn Giao thông tỉnh dạy học sinh về an toàn giao thông và an toàn giao thông đường thủy.', RULE)).toEqual([]);
    // (nothing else in the draft writes “Đa khoa”: organisation-case's grammar alone speaks)
    expect(check('Dự lớp có bác sĩ Bệnh viện Đa Khoa tỉnh và Trường Đại học Luật.', RULE)).toEqual([]);
    // (a kind of school opens the field: its next word starts a phrase, “học luật” notwithstanding)
    expect(check('Sinh viên năm cuối học luật tại Trường Đại học Luật tỉnh.', RULE)).toEqual([]);
  });

  it('leaves the same draft to title-case in gov, where the profile decides the form', () => {
    expect(check(mixedTitle, RULE)).toEqual([]);
    expect(check(mixedTitle, 'title-case').map((x) => x.at)).toEqual(['1:1', '2:1']);
  });

  it('gives one answer per span: an occurrence organisation-case reports is not reported again', () => {
    const text = [
      'Sáng 4-5, Ban Quản lý rừng phòng hộ Sông Đà mở lớp tập huấn.',
      'Giám đốc Ban Quản lý rừng phòng hộ Sông Đà khai mạc lớp học.',
      'Cán bộ Ban quản lý rừng phòng hộ Sông đà tham gia đầy đủ.',
    ].join('\n');
    expect(check(text, 'organisation-case').map((x) => x.at)).toEqual(['3:8']);
    expect(check(text, RULE)).toEqual([]);
    expect(fixed(text, [RULE, 'organisation-case'])).toBe(text.replace('Ban quản lý', 'Ban Quản lý'));
  });

  it('reads no body in the second half of a word (“hội” of “Đại hội”)', () => {
    const text = [
      'Hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.',
      'Học viên nắm vững tinh thần Nghị quyết Đại hội đại biểu Đảng bộ tỉnh.',
      'Báo cáo viên giới thiệu Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
    expect(check(text, 'common-noun-case').map((x) => x.text)).toEqual(['Đại hội Đại biểu']);
  });

  it('takes a body of many units for no spelling of the one body (“ban Tuyên giáo các đảng bộ”)', () => {
    const text = [
      'Ban Tuyên giáo Tỉnh ủy tổ chức lớp học cho cán bộ ban Tuyên giáo các đảng bộ trực thuộc.',
      'Đại diện Ban Tuyên giáo Tỉnh ủy phát biểu bế mạc.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
  });

  it('takes bodies of one kind in many places for no spelling of the one named body (“các chi cục hải quan khu vực”)', () => {
    const text = [
      'Sáng 3-6, Chi cục Hải quan khu vực IV tổ chức tập huấn cho doanh nghiệp.',
      'Theo ông Lê Văn Hà, các chi cục hải quan khu vực đã thống nhất quy trình; một số chi cục hải quan khu vực mở thêm lớp.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
    const plural = 'Các cục thống kê tỉnh gửi báo cáo cho Cục Thống kê. Cục Thống kê tổng hợp số liệu.';
    expect(check(plural, RULE)).toEqual([]);
  });

  it('takes a title of many units for no spelling of the one title, whatever the plural marker (“một số”)', () => {
    const text = [
      'Lớp học có Trưởng ban Nữ công các công đoàn cơ sở và Trưởng Ban Nữ công một số công đoàn cơ sở.',
      'Các Trưởng ban Nữ công nhiều trường học cũng dự.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
  });

  it('does not report again what organisation-case already fixes to the majority form', () => {
    const text = [
      'Trưởng ban Dân vận Tỉnh ủy Hồ Văn Ba dự.',
      'Trưởng ban Dân Vận Tỉnh ủy Hồ Văn Ba phát biểu.',
      'Trưởng ban Dân vận Tỉnh ủy Hồ Văn Ba trao thưởng.',
    ].join('\n');
    expect(check(text, RULE, { profile: 'press-lower' })).toEqual([]);
    expect(check(text, 'organisation-case', { profile: 'press-lower' }).map((x) => x.at)).toEqual(['2:1']);
  });

  it('flags a body the lexicon does not know, written two ways, and leaves its plural mentions lowercase', () => {
    const text = [
      'Sáng 3-8, Ban Quản lý Cảng cá Cửa Việt tổ chức tập huấn.',
      'Thành viên Ban Quản lý Cảng cá Cửa Việt trình bày kế hoạch.',
      'Đại diện Ban Quản lý cảng cá Cửa Việt phát biểu.',
      'Các ban quản lý cảng cá trong tỉnh báo cáo định kỳ.',
    ].join('\n');
    const got = check(text, RULE);
    expect(got).toEqual([
      { rule: RULE, at: '3:10', text: 'Ban Quản lý cảng cá', message: '“Ban Quản lý cảng cá” viết hoa khác với 2 lần khác trong bài (“Ban Quản lý Cảng cá”).' },
    ]);
    expect(fixed(text, RULE)).toBe(text.replace('Ban Quản lý cảng cá Cửa Việt phát', 'Ban Quản lý Cảng cá Cửa Việt phát'));
  });

  it('takes the body under a lowercase title of nobody for the board of every unit, no spelling of the one body (CAP-24)', () => {
    const text = [
      'Lớp học bồi dưỡng kỹ năng giám sát cho Ban Thanh tra nhân dân.',
      'Học viên là cán bộ Mặt trận các xã; trưởng ban thanh tra nhân dân, trưởng ban giám sát đầu tư của cộng đồng các thôn.',
      'Báo cáo viên nêu vai trò của Ban Thanh tra nhân dân trong giám sát.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
  });

  it('on a tie prefers the form written as it stands to one only another rule’s correction gives', () => {
    const text = [
      'Hội Nông dân huyện phối hợp với Trung tâm dịch vụ Nông nghiệp huyện mở lớp tập huấn.',
      'Kỹ sư Trần Văn Lộc, Trung tâm Dịch vụ nông nghiệp huyện, hướng dẫn bà con ủ phân.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
    expect(check(text, 'organisation-case').map((x) => x.text)).toEqual(['Trung tâm dịch vụ Nông nghiệp']);
  });

  it('leaves the case of a type word that is a title\'s head to the title (“trưởng ban công tác Mặt trận”)', () => {
    const text = [
      'Học viên nắm vai trò của trưởng ban công tác Mặt trận ở khu dân cư.',
      'Báo cáo viên hướng dẫn xếp loại Ban công tác Mặt trận thôn Đông.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
    expect(fixed(text, RULE)).toBe(text);
  });

  it('takes the body of a title made many by a count for no spelling of the one body the draft names (“45 trưởng ban công tác mặt trận”)', () => {
    const text = [
      'Ban Công tác Mặt trận thôn Bắc vận động bà con hiến đất làm đường.',
      'Hội nghị tập huấn cho 45 trưởng ban công tác mặt trận và 45 trưởng thôn.',
      'Đồng chí Lê Văn Tám, Trưởng Ban Công tác Mặt trận thôn Bắc, chia sẻ kinh nghiệm.',
    ].join('\n');
    expect(check(text, [RULE, 'organisation-case', 'title-case'])).toEqual([]);
    // the body of the title alone, with no count, is the draft's one board written another way
    const one = text.replace('cho 45 trưởng ban công tác mặt trận', 'tại trụ sở ban công tác mặt trận');
    expect(check(one, RULE).map((f) => f.text)).toEqual(['ban công tác mặt trận']);
  });

  it('compares mentions of many bodies only among themselves (CAP-24)', () => {
    // a capitalised phrase the plural mentions outnumber is no slip of theirs, nor they of it
    const text = [
      'Thành viên Ban Chỉ huy ứng phó bão lũ các xã dự tập huấn.',
      'Mỗi ban chỉ huy ứng phó bão lũ phải có kế hoạch.',
      'Các ban chỉ huy ứng phó bão lũ báo cáo định kỳ.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
    // plural mentions written two ways are still one term
    const plural = ['Các ban chỉ huy ứng phó bão lũ báo cáo định kỳ.', 'Mỗi ban chỉ huy ứng phó bão lũ có kế hoạch.', 'Một số Ban Chỉ huy ứng phó bão lũ chưa gửi báo cáo.'].join('\n');
    expect(check(plural, RULE).map((f) => [f.at, f.text])).toEqual([['3:8', 'Ban Chỉ huy ứng phó']]);
  });

  it('flags mixing of contested Youth Union names', () => {
    const text = 'Tỉnh Đoàn phát động phong trào.\nBan Thường vụ Tỉnh Đoàn chỉ đạo các cơ sở.\nĐại diện Tỉnh đoàn phát biểu.';
    const got = check(text, RULE);
    expect(got.map((g) => [g.at, g.text])).toEqual([['3:10', 'Tỉnh đoàn']]);
  });

  it('flags a tie between two accepted styles: the lexicon’s own form sets the style of the draft, whichever comes first', () => {
    const text = 'Tỉnh Đoàn phát động phong trào.\nĐại diện Tỉnh đoàn phát biểu.';
    expect(check(text, RULE).map((g) => [g.at, g.text])).toEqual([['2:10', 'Tỉnh đoàn']]);
    const reversed = 'Đại diện Tỉnh đoàn phát biểu.\nSau đó, Tỉnh Đoàn phát động phong trào.';
    expect(check(reversed, RULE).map((g) => [g.at, g.text])).toEqual([['1:10', 'Tỉnh đoàn']]);
    expect(fixed(reversed, RULE)).toBe('Đại diện Tỉnh Đoàn phát biểu.\nSau đó, Tỉnh Đoàn phát động phong trào.');
  });

  it.each([
    // one form throughout
    'Trưởng Ban Tuyên giáo Huyện ủy dự.\nTrưởng Ban Tuyên giáo Huyện ủy phát biểu.',
    // a tie between two spellings of a body the lexicon does not know is no evidence
    'Ban Chỉ huy ứng phó bão lũ họp tối qua.\nSau đó, ban chỉ huy ứng phó bão lũ họp tiếp.\nMọi người đồng ý.',
    // a generic plural title is no other spelling of a person's title (CAP-24)
    'Ông Lý Văn Tư, Phó Bí thư, phát biểu.\nCác bí thư, phó bí thư đều dự.',
    'Huyện ủy Tân Phước chỉ đạo.\nVăn bản gửi các huyện ủy, thành ủy.',
    // the capital of a sentence start says nothing
    'Ban chỉ huy ứng phó bão lũ họp.\nMỗi ban chỉ huy ứng phó bão lũ phải có kế hoạch.',
  ])('accepts %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('consistent-capitalisation and generic mentions in lower case', () => {
  it('leaves a generic lowercase body beside the capitalised bodies of named units (CAP-24)', () => {
    const text = [
      'Lớp học dành cho bác sĩ các trung tâm y tế tuyến huyện.',
      'Học viên đến từ Trung tâm Y tế các huyện Mường Tè, Sìn Hồ và Phong Thổ.',
      'Ở nhiều trung tâm y tế huyện vùng cao, máy móc còn thiếu.',
      '"Chúng tôi mong mỗi trung tâm y tế huyện, kể cả ở huyện xa, đều có kíp cấp cứu", ông nói.',
      'Bác sĩ Lò Văn Pao, Trung tâm Y tế huyện Sìn Hồ, cho biết sẽ tập huấn lại.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
  });
  it('reads a body listed before two level words as one in each unit (“trạm y tế xã, phường”)', () => {
    const text = [
      'Học viên là y sĩ của các trung tâm y tế, trạm y tế xã, phường trong tỉnh.',
      'Sau khi sắp xếp, nhiều trạm y tế xã được giao thêm nhiệm vụ.',
      'Y sĩ Lò Thị Mai, Trạm Y tế xã Mường Mô, cho biết sẽ áp dụng ngay.',
    ].join('\n');
    expect(check(text, RULE)).toEqual([]);
  });
  it('still reports a specific lowercase mention of the same body', () => {
    const text = [
      'Học viên đến từ Trung tâm Y tế huyện Sìn Hồ.',
      'Bác sĩ Trung tâm Y tế huyện Sìn Hồ hướng dẫn thực hành.',
      'Lãnh đạo trung tâm y tế huyện Sìn Hồ phát biểu bế mạc.',
    ].join('\n');
    expect(check(text, [RULE, 'organisation-case']).length).toBeGreaterThan(0);
  });
});

describe('consistent-capitalisation: “hệ thống” before a body makes it the bodies of a system, generic (generic-markers.json plural; CAPS22)', () => {
  it('leaves the system of offices in lower case beside the one office the draft names', () => {
    const text = [
      'Văn phòng Đăng ký đất đai Kiên Giang bồi dưỡng nghiệp vụ',
      '',
      'Ngày 9-5, Văn phòng Đăng ký đất đai tỉnh Kiên Giang tổ chức lớp học cho viên chức.',
      '',
      'Dự lớp có bà Lâm Thị Thu, Giám đốc Văn phòng Đăng ký đất đai cùng lãnh đạo các chi nhánh Văn phòng Đăng ký đất đai tại các huyện.',
      '',
      'Bà Thu cho biết năm 2022, hệ thống văn phòng đăng ký đất đai trong tỉnh đã giải quyết 18.000 hồ sơ.',
    ].join('\n');
    expect(check(text, ['consistent-capitalisation', 'organisation-case'])).toEqual([]);
    // (the same words without the system are one office written two ways)
    expect(check(text.replace('hệ thống văn phòng', 'văn phòng'), 'consistent-capitalisation').map((f) => f.text)).toEqual(['văn phòng đăng ký đất đai']);
  });
});
