import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, fixed } from '../helpers/lint.js';
import { source, after, story } from '../helpers/marked.js';
import { markedCases } from '../helpers/marked-cases.js';
import reduplication from '../../dictionaries/reduplication.json';
import grammar from '../../dictionaries/organisation-grammar.json';

const RULE = 'repeated-word';

describe('repeated-word', () => {
  it.each([
    ['Ông Chăm trao chứng chứng nhận cho học viên.', '1:15', 'chứng chứng', 'Từ “chứng” bị lặp lại liền nhau.', 'Ông Chăm trao chứng nhận cho học viên.'],
    ['Lớp học có có 50 học viên.', '1:9', 'có có', 'Từ “có” bị lặp lại liền nhau.', 'Lớp học có 50 học viên.'],
    ['Các các đại biểu dự họp.', '1:1', 'Các các', 'Từ “các” bị lặp lại liền nhau.', 'Các đại biểu dự họp.'],
    ['Hội nghị tập huấn tập huấn nghiệp vụ.', '1:10', 'tập huấn tập huấn', 'Cụm từ “tập huấn” bị lặp lại liền nhau.', 'Hội nghị tập huấn nghiệp vụ.'],
    ['Lớp bồi dưỡng dưỡng nghiệp vụ cho cán bộ xã.', '1:9', 'dưỡng dưỡng', 'Từ “dưỡng” bị lặp lại liền nhau.', 'Lớp bồi dưỡng nghiệp vụ cho cán bộ xã.'],
    ['Tham dự có ông ông Trần Văn Bình.', '1:12', 'ông ông', 'Từ “ông” bị lặp lại liền nhau.', 'Tham dự có ông Trần Văn Bình.'],
    // a word doubled on purpose, but its second copy governs the number after it
    ['Sáng ngày ngày 14/3, Hội Nông dân xã mở lớp.', '1:6', 'ngày ngày', 'Từ “ngày” bị lặp lại liền nhau.', 'Sáng ngày 14/3, Hội Nông dân xã mở lớp.'],
    ['Lớp học kéo dài đến tháng tháng 5-2025.', '1:21', 'tháng tháng', 'Từ “tháng” bị lặp lại liền nhau.', 'Lớp học kéo dài đến tháng 5-2025.'],
    // … or makes a word of the genre with the word after it
    ['Mô hình giúp người người dân tăng thu nhập.', '1:14', 'người người', 'Từ “người” bị lặp lại liền nhau.', 'Mô hình giúp người dân tăng thu nhập.'],
    ['Học viên nghiên cứu văn bản nhà nhà nước về phòng cháy.', '1:29', 'nhà nhà', 'Từ “nhà” bị lặp lại liền nhau.', 'Học viên nghiên cứu văn bản nhà nước về phòng cháy.'],
    // … or a numeral counts it: a noun doubled on purpose takes none
    ['Huyện mở thêm hai lớp lớp cho giáo viên mầm non.', '1:19', 'lớp lớp', 'Từ “lớp” bị lặp lại liền nhau.', 'Huyện mở thêm hai lớp cho giáo viên mầm non.'],
    ['Đội hình tình nguyện tổ chức 3 đoàn đoàn về các bản vùng cao.', '1:32', 'đoàn đoàn', 'Từ “đoàn” bị lặp lại liền nhau.', 'Đội hình tình nguyện tổ chức 3 đoàn về các bản vùng cao.'],
    // a type word doubled before a name whose field does not open with it
    ['Cán bộ Phòng Phòng Tư pháp hướng dẫn học viên.', '1:8', 'Phòng Phòng', 'Từ “Phòng” bị lặp lại liền nhau.', 'Cán bộ Phòng Tư pháp hướng dẫn học viên.'],
    // “nhà văn” + “văn hóa” meet at the copy, but without it they are one listed word, “nhà văn hóa”
    ['Buổi tập huấn diễn ra tại nhà văn văn hóa thôn Đông.', '1:31', 'văn văn', 'Từ “văn” bị lặp lại liền nhau.', 'Buổi tập huấn diễn ra tại nhà văn hóa thôn Đông.'],
  ])('flags %j', (text, at, span, message, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    // idempotent
    expect(fixed(output, RULE)).toBe(output);
  });

  it('speaks English when asked', () => {
    expect(check('trao chứng chứng nhận', RULE, {}, 'en')[0].message).toBe('The word “chứng” is repeated.');
  });

  it.each([
    'Công an xã xử lý nghiêm các hành vi vi phạm trật tự giao thông.',
    'Dự lớp có đồng chí Trưởng Ban Xây dựng Đảng Đảng ủy xã.',
    // “trở thành” + “thành viên”: two listed words meet at the repeated syllable
    'Sau lớp học, anh vừa trở thành thành viên của câu lạc bộ.',
    // “học sinh” + “sinh hoạt”: “học sinh hoạt” is no word
    'Các em học sinh sinh hoạt ngoại khóa tại nhà văn hóa thôn.',
    // “trực tiếp” + “tiếp công dân”, a listed word of three syllables
    'Chủ tịch UBND huyện đã trực tiếp tiếp công dân định kỳ, lắng nghe ý kiến người dân.',
    'Học viên được hướng dẫn sử dụng dụng cụ chữa cháy tại chỗ.',
    // “thiết bị” + the passive “bị”: a word, then a closed-class word opening the next part
    'Cán bộ hướng dẫn cách khai báo khi thiết bị bị mất tín hiệu định vị.',
    'Học viên thực hành dùng trí tuệ nhân tạo tạo sinh để tóm tắt văn bản.',
    'Chị Lan là trưởng Ban Nữ công công đoàn cơ sở của xã.',
    // a body's type word, then its field opening with the same syllable
    'Báo cáo viên của Phòng Phòng, chống ma túy và tội phạm trình bày chuyên đề.',
    'Cán bộ Phòng Phòng cháy chữa cháy hướng dẫn học viên thoát nạn.',
    'Các phóng viên hội viên Hội Nhà báo tỉnh cùng dự lớp.',
    'Chất lượng dần dần được nâng lên.',
    'Người người thi đua, nhà nhà thi đua.',
    'Đời đời nhớ ơn các anh hùng liệt sĩ.',
    'Giải quyết từ từ từng việc.',
    'Điểm số 10 10 được ghi hai lần trong bảng.',
    'Ông nói có.\nCó ai phản đối không?',
    'trao chứng, chứng nhận',
    'Nghị quyết Đại hội Hội Nông dân huyện nhiệm kỳ 2023-2028.',
    'Đại hội Hội Cựu chiến binh xã lần thứ VII.',
  ])('accepts %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('matches an NFC copy against an NFD copy and removes one of them', () => {
    const text = 'trao ' + 'chứng'.normalize('NFD') + ' chứng nhận';
    expect(fixed(text, RULE)).toBe('trao chứng nhận');
  });

  it('leaves a copy that is a tone slip of a word of the genre with the next word to spelling (“hội viên hộ hộ trợ” is “hộ hỗ trợ”): dropping a copy would damage the sentence', () => {
    const text = 'Hội viên hộ hộ trợ nhau làm nhà. Bà con hộ hộ trợ cây giống cho thôn bạn.';
    expect(check(text, RULE)).toEqual([]);
    expect(check(text, 'spelling').map((f) => f.message)).toEqual([
      '“hộ trợ” có thể viết sai chính tả; có phải là “hỗ trợ”?',
      '“hộ trợ” có thể viết sai chính tả; có phải là “hỗ trợ”?',
    ]);
    // a copy that makes a word with the next one is still a copy; and a common word only of the general list proves nothing
    expect(fixed('Các hộ hộ gia đình được hỗ trợ giống.', RULE)).toBe('Các hộ gia đình được hỗ trợ giống.');
    expect(fixed('Học viên đến của của hàng hóa.', RULE)).toBe('Học viên đến của hàng hóa.');
  });

  it('catches "trao chứng chứng nhận" in seed 004, twice', () => {
    const seed = readFileSync(new URL('../fixtures/seeds/004_6ff4995a71d100fd.txt', import.meta.url), 'utf8');
    expect(check(seed, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['21:59 chứng chứng', '23:59 chứng chứng']);
  });

  it('leaves a doubled numeral before a number alone (“năm năm 2025” may be five years)', () => {
    expect(check('Trong năm năm 2021 - 2025, huyện mở 40 lớp.', RULE)).toEqual([]);
  });

  it('leaves the idiom “người người nhà nhà” alone: the word after the second copy is doubled too', () => {
    expect(check('Phong trào được người người nhà nhà hưởng ứng.', RULE)).toEqual([]);
  });

  it('never flags a word of the reduplication list doubled (its own examples)', () => {
    for (const e of reduplication.entries) {
      // (an entry standing only after certain words, `after`, is written after the first of them)
      const doubled = 'before' in e ? `${'after' in e ? `${e.after?.[0]} ` : ''}${e.word} ${e.word} ${e.before?.[0]}` : `${e.word} ${e.word}`;
      expect(check(doubled, RULE), e.word).toEqual([]);
      expect(check(e.example, RULE), e.example).toEqual([]);
    }
  });

  it('flags a noun doubled on purpose after a plural word: the doubled noun is every one already (generic-markers.json plural)', () => {
    for (const [x, word] of [
      ['Phong trào ở các nơi nơi đều được duy trì đều đặn.', 'nơi'],
      ['Hội viên ở những nơi nơi xa trung tâm được hỗ trợ đi lại.', 'nơi'],
      ['Mô hình ở một số nơi nơi chưa được nhân rộng.', 'nơi'],
      ['Đoàn kiểm tra đến vài nhà nhà trong thôn.', 'nhà'],
      ['Cán bộ xuống nhiều nơi nơi vùng sâu để tuyên truyền.', 'nơi'],
    ])
      expect(check(x, RULE).map((f) => f.message), x).toEqual([`Từ “${word}” bị lặp lại liền nhau.`]);
    expect(check('Mô hình ở một số nơi nơi chưa được nhân rộng.', RULE)).toEqual([{ rule: RULE, message: 'Từ “nơi” bị lặp lại liền nhau.', at: '1:18', text: 'nơi nơi' }]);
    expect(fixed('Mô hình ở một số nơi nơi chưa được nhân rộng.', RULE)).toBe('Mô hình ở một số nơi chưa được nhân rộng.');
    // alone, or after a word that is no plural, the doubled noun is the writer's
    expect(check('Nơi nơi treo cờ chào mừng đại hội. Cờ hoa rực rỡ khắp nơi nơi trong huyện.', RULE)).toEqual([]);
    // a closed-class word doubled after a plural is two words
    expect(check('Học viên tra cứu các từ từ Hán Việt trong giáo trình.', RULE)).toEqual([]);
  });

  it('takes a point of the compass doubled only before the point it leans to (“tây tây bắc”)', () => {
    expect(check('Áp thấp nhiệt đới di chuyển theo hướng đông đông bắc.', RULE)).toEqual([]);
    expect(check('Đoàn đi về phía tây tây rồi rẽ vào thôn.', RULE).map((f) => f.message)).toEqual(['Từ “tây” bị lặp lại liền nhau.']);
  });

  it('leaves a given name that doubles a syllable alone (both copies capitalised inside a person name)', () => {
    expect(check('Chị Nguyễn Thanh Thanh Tâm phát biểu tại hội nghị.', RULE)).toEqual([]);
    expect(check('Ông Phan Thanh Thanh, Trưởng phòng Văn hóa và Thông tin, dự.', RULE)).toEqual([]);
    expect(check('Em Lê Hà Hà My đạt giải nhất.', RULE)).toEqual([]);
    // no person's name: still a slip
    expect(check('Đại diện Hội Hội Nông dân huyện dự.', RULE).map((f) => f.message)).toEqual(['Từ “Hội” bị lặp lại liền nhau.']);
  });

  it('leaves a doubled one-syllable given name after “bà”, “chị”, a title alone, no surname before it', () => {
    expect(check('Bà Thu Thu, Chủ tịch Hội Phụ nữ xã, phát biểu tổng kết.', RULE)).toEqual([]);
    expect(check('Theo chị Lan Lan, lớp học rất bổ ích.', RULE)).toEqual([]);
    expect(check('Anh Tâm Tâm cho biết lớp học có 50 học viên.', RULE)).toEqual([]);
    // a capital after the second copy goes on with an organisation's name: still a slip
    expect(check('Phát biểu của Chủ tịch Hội Hội Nông dân huyện.', RULE).map((f) => f.message)).toEqual(['Từ “Hội” bị lặp lại liền nhau.']);
    // lower case, no introducer: still slips
    expect(check('Bà thu thu hồ sơ của học viên.', RULE).map((f) => f.message)).toEqual(['Từ “thu” bị lặp lại liền nhau.']);
  });

  it('leaves a syllable doubled in a proper name going on in capitals mid-sentence (“Khu công nghiệp Thành Thành Công”)', () => {
    expect(check('Đại diện Khu công nghiệp Thành Thành Công dự hội nghị.', RULE)).toEqual([]);
    expect(check('Lãnh đạo Công ty Thành Thành Công phát biểu.', RULE)).toEqual([]);
    // a type word, a province, a place after its level word, the name written without the copy: slips
    expect(check('Đại diện Hội Hội Nông dân huyện dự.', RULE)).toHaveLength(1);
    expect(check('Ủy ban nhân dân tỉnh Hòa Hòa Bình tổ chức hội nghị.', RULE)).toHaveLength(1);
    expect(check('Đoàn làm việc tại xã Tân Tân Hiệp.', RULE)).toHaveLength(1);
    expect(check('Khu công nghiệp Phước Phước Đông giáp Khu công nghiệp Phước Đông mở rộng.', RULE)).toHaveLength(1);
    // a sentence's first word is no name's
    expect(check('Tập Tập Huấn Viên dự lớp.', RULE)).toHaveLength(1);
  });

  it('reads a verb before a noun that opens with it as two words (“học học phần”), not after a number', () => {
    expect(check('Sinh viên phải học học phần giáo dục quốc phòng.', RULE)).toEqual([]);
    const text = 'Học viên hoàn thành 20 học học phần của chương trình.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Từ “học” bị lặp lại liền nhau.', at: '1:24', text: 'học học' }]);
    expect(fixed(text, RULE)).toBe('Học viên hoàn thành 20 học phần của chương trình.');
    expect(check('Lớp học có học học viên.', RULE).map((f) => f.text)).toEqual(['học học']);
  });
  it('reads a word that ends one listed word and opens the next as two words (“giám sát | sát với”)', () => {
    expect(check('Mặt trận chọn nội dung giám sát sát với những việc người dân quan tâm.', 'repeated-word')).toEqual([]);
    expect(check('Mặt trận chọn nội dung giám sát sát những việc người dân quan tâm.', 'repeated-word')).toHaveLength(1);
  });


  it('leaves a name made of one capitalised syllable twice mid-sentence alone: a village, a brand (HYG16)', () => {
    for (const line of [
      'Huyện đoàn tập huấn làm du lịch cho thanh niên bản Cát Cát.',
      'Các hộ dân thôn Ka Ka được hỗ trợ vốn làm homestay.',
      'Du khách đến Cát Cát ngày càng đông.',
      'Lớp học diễn ra tại bản Pắc Pắc, xã Tả Van.',
      'Thanh niên bản Sin Sin được tập huấn làm hướng dẫn viên.',
      'Đoàn viên hướng dẫn người dân dùng trình duyệt Cốc Cốc để tra cứu thủ tục.',
    ]) expect(check(line, RULE), line).toEqual([]);
  });

  it('still flags a capitalised copy that is not the whole name: a type word, a word of the genre after it, a name going on, a name’s last syllable', () => {
    for (const [line, text] of [
      ['Lớp học do Ban Ban chỉ đạo du lịch huyện tổ chức.', 'Ban Ban'],
      ['Lãnh đạo Huyện Huyện ủy dự lớp học.', 'Huyện Huyện'],
      ['Theo Nghị Nghị quyết của Huyện ủy, du lịch là ngành mũi nhọn.', 'Nghị Nghị'],
      ['Thanh niên xã Tân Tân Hiệp tham gia lớp học.', 'Tân Tân'],
      ['Học viên đến từ huyện Sa Pa Pa và huyện Bát Xát.', 'Pa Pa'],
      ['Sáng 5-3, Huyện đoàn tập huấn cho thanh niên của của bản Lác.', 'của của'],
      ['Các các học viên được cấp giấy chứng nhận.', 'Các các'],
    ]) expect(check(line, RULE).map((f) => f.text), line).toEqual([text]);
    expect(fixed('Lãnh đạo Huyện Huyện ủy dự lớp học.', RULE)).toBe('Lãnh đạo Huyện ủy dự lớp học.');
    // no level word before it, and the draft writes the syllable alone elsewhere: the copy is a slip
    expect(check('Lớp học dành cho phụ nữ người Dao Dao ở các thôn. Người Dao ở đây sống bằng nghề rừng.', RULE).map((f) => f.text)).toEqual(['Dao Dao']);
    expect(check('Học viên dùng trình duyệt Cốc Cốc. Các máy đã cài Cốc Cốc từ trước.', RULE)).toEqual([]);
  });
});

describe('repeated-word: a copy the page or the writer typed into a name, and words doubled on purpose (HYG17, issue 13)', () => {
  // ⟦copy →⟧ is the slip and its fix
  const bad: string[] = [
    'Lớp học diễn ra tại ⟦Hội →⟧Hội trường UBND xã Hợp Thành.',
    'Báo cáo viên của ⟦Đoàn →⟧Đoàn thanh niên xã trình bày kinh nghiệm.',
    'Trong hai ngày, ⟦các →⟧các học viên được nghe ba chuyên đề.',
    'Mỗi học viên ⟦được →⟧được cấp một bộ tài liệu.',
    'Huyện Đoàn ⟦tổ chức →⟧tổ chức lớp học trong hai ngày.',
    'Đây là hoạt động thường niên ⟦của →⟧của Huyện Đoàn.',
    'Các học ⟦viên →⟧viên được chia thành bốn tổ thảo luận.',
    'Đại diện Hội Nông ⟦dân →⟧dân xã phát biểu tại lớp học.',
    'Lớp học diễn ra ⟦trong →⟧trong hai ngày tại hội trường.',
    'Đồng chí Trưởng ⟦Ban →⟧Ban Tuyên giáo Huyện ủy dự khai mạc.',
    'Học viên được học lý thuyết ⟦và →⟧và thực hành.',
    '⟦Các →⟧Các học viên đều là bí thư chi đoàn thôn.',
    'Giảng viên ⟦Trung tâm →⟧Trung tâm Chính trị huyện trình bày chuyên đề.',
    'Học viên được rèn luyện ⟦kỹ năng →⟧kỹ năng thuyết trình trước đông người.',
    'Lớp ⟦tập huấn →⟧tập huấn thu hút đông đảo cán bộ đoàn tham gia.',
    'Học viên ⟦đã →⟧đã hoàn thành bài thu hoạch cuối khóa.',
  ];
  const good: string[] = [
    'Các học viên từ từ làm quen với phương pháp mới.',
    'Ngày ngày, các đoàn viên vẫn duy trì sinh hoạt tại nhà văn hóa thôn.',
    'Phong trào thi đua lan rộng, người người hưởng ứng, nhà nhà tham gia.',
    'Đoàn viên ở bản Cát Cát cũng về dự lớp học.',
    'Nhiều đoàn viên nuôi ba ba, cá lóc để phát triển kinh tế.',
    'Trong năm năm qua, Huyện Đoàn đã mở 20 lớp tập huấn.',
    'Đâu đâu cũng thấy màu áo xanh tình nguyện.',
    'Chiều chiều, các đội hình thanh niên ra quân dọn vệ sinh.',
    'Tình cảm ấy sẽ mãi mãi khắc sâu trong lòng học viên.',
    'Đồng chí Đoàn Văn Đoàn, Bí thư Đoàn xã, phát biểu cảm tưởng.',
    'Học viên thôn Ka Ka và thôn Na Hang đều tham dự đầy đủ.',
    'Đời đời nhớ ơn các anh hùng liệt sĩ là chủ đề của buổi sinh hoạt.',
    'Các em nhỏ bắt chuồn chuồn, cào cào bên bờ ruộng.',
    'Đêm đêm, đội thanh niên xung kích đi tuần tra bảo vệ xóm làng.',
    'Lớp học có hai nội dung: một là kỹ năng, hai là nghiệp vụ.',
  ];


  markedCases(RULE, bad, good);

  it.each(grammar.placesOpeningWithType.examples.map((x) => [x.text, x.fixed]))('a place a type word opens is no field after that type word: “%s” → “%s”', (text, out) => {
    expect(fixed(story(text), RULE)).toBe(story(out));
  });

  it('leaves a field that is a common word and an ethnic group’s doubled name alone', () => {
    for (const b of [
      'Giảng viên Khoa Khoa học cơ bản của trường trình bày chuyên đề.',
      'Học viên phần lớn là người Mông, Lô Lô.',
      'Dân quân ở bản Mò O Ồ Ồ được huấn luyện kỹ năng cứu hộ.',
    ]) expect(check(story(b), RULE), b).toEqual([]);
  });

  it('says which word a title ending in a type word doubles before the body', () => {
    const text = story('Đồng chí Trưởng Ban Ban Tuyên giáo Huyện ủy dự khai mạc.');
    expect(check(text, RULE).map((f) => `${f.at} ${f.text} ${f.message}`)).toEqual(['5:17 Ban Ban Từ “Ban” bị lặp lại liền nhau.']);
  });
});

describe('repeated-word: fresh slips and look-alikes, a middle name typed twice (HYG18, issue 13)', () => {
  const bad = [
    'Học viên được ⟦được →⟧hướng dẫn lập kế hoạch hoạt động hè.',
    'Lớp học có sự tham gia của ⟦của →⟧85 đoàn viên.',
    'Học viên thực hành ⟦thực hành →⟧trên máy tính.',
    'Các chi đoàn đăng ký ⟦đăng ký →⟧tham gia hội thi.',
    'Học viên được nghe ⟦nghe →⟧ba chuyên đề về công tác đoàn.',
    'Ông Nguyễn Văn ⟦Văn →⟧Hòa chia sẻ kinh nghiệm.',
    'Học viên ⟦học viên →⟧được cấp giấy chứng nhận.',
    'Lớp học ⟦Lớp học →⟧kết thúc vào chiều cùng ngày.',
    'Đoàn viên tích cực tham gia các ⟦các →⟧hoạt động tình nguyện.',
    'Các học viên được hướng dẫn kỹ năng sơ cứu ⟦sơ cứu →⟧ban đầu.',
    'Xã Hợp Thành có 45 đoàn viên tham dự ⟦dự →⟧lớp học.',
    'Lớp học nhằm nâng cao ⟦nâng cao →⟧kỹ năng cho cán bộ.',
    'Đồng chí Phó Bí thư Huyện ủy ⟦ủy →⟧dự lớp học.',
    'Học viên được trao đổi về ⟦về →⟧kinh nghiệm tổ chức sinh hoạt.',
    'Cuối buổi học, học viên làm bài ⟦bài →⟧thu hoạch.',
    'Học viên được tìm hiểu về Luật Thanh niên ⟦niên →⟧năm 2020.',
    'Học viên xem ⟦xem →⟧lại bài giảng trên điện thoại.',
    'Bà Trần Thị ⟦Thị →⟧Thu Hà, học viên lớp học, phát biểu.',
  ];
  const good = [
    'Học viên từ từ làm quen với phần mềm mới.',
    'Ngày ngày, các đoàn viên đến hội trường ôn bài.',
    'Lớp học có nhiều nhiều học viên hơn dự kiến.',
    'Bà Lê Thị Hà Hà chia sẻ kinh nghiệm làm kinh tế.',
    'Đoàn viên thường thường tham gia các buổi sinh hoạt.',
    'Học viên đến từ bản Nà Nà, xã Hợp Thành.',
    'Các đại biểu trao đổi qua lại về cách làm.',
    'Lớp học diễn ra đều đều mỗi tuần một buổi.',
    'Các chi đoàn sôi nổi thi đua, ai ai cũng hăng hái.',
    'Chị Trần Thị Thanh Thanh là học viên trẻ nhất.',
    'Ông Mùa A Dơ dự lớp học cùng con trai Mùa A A.',
    'Các đội thi đạt 10, 10 và 9 điểm.',
    'Ông Trần Văn Văn, Bí thư Chi bộ, phát biểu.',
  ];

  markedCases(RULE, bad, good);

  it('names the word typed twice', () => {
    expect(check(story('Ông Nguyễn Văn Văn Hòa chia sẻ kinh nghiệm.'), RULE).map((f) => [f.text, f.message])).toEqual([['Văn Văn', 'Từ “Văn” bị lặp lại liền nhau.']]);
    expect(check(story('Bà Trần Thị Thị Thu Hà phát biểu.'), RULE, {}, 'en').map((f) => f.message)).toEqual(['The word “Thị” is repeated.']);
  });
});

describe('repeated-word: a verb or a counted noun before the word its own syllable opens, a body’s syllable typed twice (HYG19, issue 13)', () => {
  const bad = [
    'Sáng nay, Huyện Đoàn ⟦Đoàn →⟧phối hợp với Hội Liên hiệp Thanh niên mở lớp.',
    'Tỉnh Đoàn ⟦Đoàn →⟧đã cử hai báo cáo viên về dự lớp.',
    'Ban Thường vụ Thành Đoàn ⟦Đoàn →⟧chỉ đạo các cơ sở rút kinh nghiệm.',
    'Học viên được chia ⟦thành →⟧thành 5 nhóm thảo luận.',
    'Mỗi ⟦nhóm →⟧nhóm có 10 học viên.',
    'Huyện có hai ⟦tổ →⟧tổ trưởng tổ dân vận mới.',
    'Trong đó, ⟦đội →⟧đội trưởng phân công nhiệm vụ cho từng đội viên.',
    'Thị xã được nâng cấp thành ⟦thành →⟧thành phố vào năm 2020.',
    'Hội Nông dân các cấp trên địa bàn ⟦thành →⟧thành phố phối hợp tổ chức lớp học.',
    'Đoàn viên ở các phường của ⟦thành →⟧thành phố cùng dự lớp.',
    'Các ⟦các →⟧tổ trưởng tổ tự quản nhận tài liệu.',
    'Ban chỉ đạo giao cho ba ⟦nhóm →⟧nhóm trưởng soạn đề cương.',
  ];
  const good = [
    'Năm 2020, thị xã được nâng cấp thành thành phố trực thuộc tỉnh.',
    'Nhiều nông dân đã trở thành thành viên hợp tác xã.',
    'Các hộ được chia thành thành phần nòng cốt và thành phần hỗ trợ.',
    'Nhiều ý tưởng của đoàn viên đã được biến thành thành quả cụ thể.',
    'Khi thực hành, mỗi nhóm nhóm trưởng điểm danh học viên.',
    'Ở mỗi tổ tổ trưởng ghi biên bản buổi sinh hoạt.',
    'Trước giờ thi, mỗi đội đội trưởng bốc thăm câu hỏi.',
    'Từng lớp lớp trưởng nhận tài liệu cho cả lớp.',
    'Ở từng tổ tổ phó phụ trách ghi chép.',
    'Mỗi nhóm nhóm phó giúp giảng viên phát tài liệu.',
    'Đồng chí Bí thư Huyện Đoàn Đoàn Văn Hùng phát biểu khai mạc.',
    'Ban Thường vụ Tỉnh Đoàn Đoàn Kết Xuân Lộc dự lớp học.',
    'Dọc con đường, đoàn đoàn người nối nhau về hội trường.',
    'Lớp lớp thanh niên hăng hái lên đường nhập ngũ.',
    'Hội viên người người thi đua, nhà nhà làm giàu.',
    'Sau sáp nhập, thị trấn được nâng lên thành thành phố thuộc tỉnh.',
    'Các hộ dân liên kết thành thành viên của tổ hợp tác.',
    'Khi chia nhóm, mỗi nhóm nhóm trưởng nhận một bộ đề.',
    'Ở từng đội đội phó phụ trách hậu cần.',
    'Mỗi lớp lớp phó học tập theo dõi chuyên cần.',
    'Mỗi tổ tổ phó ghi biên bản sinh hoạt.',
    'Đồng chí Bí thư Tỉnh Đoàn Đoàn Thị Hồng dự lớp học.',
    'Thị xã nâng cấp thành thành phố loại III.',
    'Các em học sinh sinh hoạt dưới cờ mỗi sáng thứ Hai.',
    'Từng nhóm nhóm trưởng báo cáo kết quả thảo luận.',
    'Anh Tâm Tâm cho biết lớp học có 50 học viên.',
    'Sinh viên phải học học phần kỹ năng mềm.',
  ];

  markedCases(RULE, bad, good);

  it('names the body’s syllable typed twice and leaves the words around it', () => {
    const text = 'Huyện Đoàn Đoàn phối hợp với Hội Liên hiệp Thanh niên mở lớp.';
    expect(check(text, RULE)).toEqual([{ rule: RULE, message: 'Từ “Đoàn” bị lặp lại liền nhau.', at: '1:7', text: 'Đoàn Đoàn' }]);
    expect(fixed(text, RULE)).toBe('Huyện Đoàn phối hợp với Hội Liên hiệp Thanh niên mở lớp.');
  });
});

describe('repeated-word: words the general dictionary writes doubled, and closed-class words typed twice (HYG20, issue 13)', () => {
  // a doubled word of general-words.json is a reduplicative ("song song"); a doubled function word is a slip whatever it lists
  const bad = [
    'Lớp học có ⟦các các→các⟧ học viên là cán bộ chi hội.',
    'Huyện tổ chức lớp học ⟦để để→để⟧ nâng cao kỹ năng cho cán bộ.',
    'Ban tổ chức trao quà ⟦cho cho→cho⟧ các hộ khó khăn.',
    'Đây là nhiệm vụ trọng tâm ⟦của của→của⟧ chi đoàn trong năm.',
    'Đồng chí Bí thư ⟦là là→là⟧ người trực tiếp chỉ đạo.',
    'Các xã đã hoàn thành ⟦từng từng→từng⟧ phần việc được giao.',
    'Học viên ⟦được được→được⟧ hướng dẫn cách sơ cứu.',
    'Lớp học diễn ra ⟦trong trong→trong⟧ hai ngày.',
    'Học viên thực hành ⟦với với→với⟧ sự hướng dẫn của giảng viên.',
    'Các chi đoàn ⟦và và→và⟧ các tổ đội đồng loạt ra quân.',
    'Huyện đã tổ chức ⟦những những→những⟧ lớp học thiết thực.',
    'Các hộ được hỗ trợ ⟦về về→về⟧ giống và phân bón.',
    'Huyện ⟦đã đã→đã⟧ tổ chức thành công lớp học.',
    'Học viên ⟦sẽ sẽ→sẽ⟧ được cấp giấy chứng nhận.',
    'Lớp học ⟦có có→có⟧ 45 học viên tham gia.',
    'Huyện đã ⟦tổ tổ→tổ⟧ chức lớp học cho 45 học viên.',
    'Học viên được phát ⟦tài tài→tài⟧ liệu trước buổi học.',
    'Mỗi ⟦người người→người⟧ dân đều được phát tờ rơi.',
    'Các ⟦em em→em⟧ học sinh hăng hái tham gia.',
    'Chi đoàn đã ⟦thực thực→thực⟧ hiện tốt nhiệm vụ.',
    'Nhiều ⟦nhà nhà→nhà⟧ văn hóa được sửa chữa.',
    'Ban tổ chức đã ⟦chuẩn chuẩn→chuẩn⟧ bị chu đáo.',
    'Các học viên ⟦đúng đúng→đúng⟧ giờ có mặt tại hội trường.',
    'Học viên ⟦cần cần→cần⟧ nắm vững quy trình.',
    'Lớp học ⟦nhằm nhằm→nhằm⟧ nâng cao kỹ năng cho cán bộ.',
    'Hội thi thu hút ⟦đông đông→đông⟧ đảo đoàn viên tham gia.',
    'Học viên thực hành trên ⟦con con→con⟧ đường mới.',
    'Các ⟦hội hội→hội⟧ viên được phát giống lúa mới.',
    'Đoàn công tác ⟦kiểm kiểm→kiểm⟧ tra mô hình tại xã.',
    'Lớp học giúp học viên ⟦nắm nắm→nắm⟧ vững kiến thức.',
  ];
  const good = [
    'Huyện triển khai song song hai nhiệm vụ phát triển kinh tế và bảo đảm an sinh.',
    'Hệ thống mới và hệ thống cũ được vận hành song song trong tháng đầu.',
    'Thường thường, các chi đoàn sinh hoạt vào tối thứ Bảy.',
    'Các thế hệ đoàn viên đời đời ghi nhớ công ơn các anh hùng liệt sĩ.',
    'Đâu đâu cũng thấy cờ hoa rực rỡ chào mừng đại hội.',
    'Người người thi đua, nhà nhà thi đua lập thành tích chào mừng đại hội.',
    'Học viên được giới thiệu về ma túy, mại dâm, cờ bạc, vân vân.',
    'Các em học sinh đăm đăm nhìn lên màn hình trình chiếu.',
    'Nhiều cựu chiến binh rưng rưng xúc động khi nhắc lại kỷ niệm xưa.',
    'Tiếng mưa rào rào ngoài hội trường không làm gián đoạn buổi học.',
    'Gió thổi ào ào nhưng các đoàn viên vẫn bám trụ hiện trường.',
    'Những cánh đồng lúa xanh xanh trải dài ven đường.',
    'Dòng người nườm nượp đổ về quảng trường từ sáng sớm.',
    'Khói bếp lam chiều bay lơ lửng, mờ mờ trên mái nhà.',
    'Bà con rầm rầm kéo nhau ra đồng từ sáng sớm.',
    'Các học viên đều đều đến lớp đúng giờ suốt khóa học.',
    'Tiếng chuông reng reng báo hiệu giờ học bắt đầu.',
    'Bà con nô nức, ầm ầm kéo về xem hội thi.',
    'Tàu điện chạy song song với quốc lộ qua địa bàn xã.',
    'Hàng cây xanh xanh rì chạy dọc con đường mới.',
    'Đồng chí Bí thư ân cần hỏi han, động viên từng người, từng nhà.',
    'Sáng sáng, các cụ tập dưỡng sinh tại nhà văn hóa.',
    'Nhiều hộ dân hồ hởi, phấn khởi khi nhận quà; ai ai cũng vui.',
    'Đêm đêm, tổ tự quản thay nhau tuần tra bảo vệ xóm làng.',
    'Nhịp sống ở xã vùng cao cứ đều đều trôi qua.',
    'Hai con đường chạy song song, cách nhau chừng 200 m.',
    'Các hộ dân thường thường bậc trung được vay vốn ưu đãi.',
    'Các đoàn viên ngày ngày đến lớp học tin học.',
    'Trên đường về, đoàn xe đi song song với đoàn diễu hành.',
    'Xa xa, những cánh đồng lúa chín vàng trải dài.',
  ];
  markedCases('repeated-word', bad, good);
});

describe('repeated-word: a given name doubled where the draft writes the same name once elsewhere (HYG20)', () => {
  // "Nguyễn Thanh Thanh" is a name when the draft always writes it so; "Nguyễn Thị Thủy Thủy"
  // beside "bà Nguyễn Thị Thủy" is one name with a syllable typed twice
  const bad = [
    'Bà Nguyễn Thị ⟦Thủy Thủy→Thủy⟧, Phó Bí thư Huyện Đoàn, phát biểu khai mạc. Theo bà Nguyễn Thị Thủy, lớp học rất thiết thực.',
    'Ông Trần Văn ⟦Hùng Hùng→Hùng⟧ trình bày chuyên đề. Ông Trần Văn Hùng cho biết huyện có 12 mô hình.',
    'Chị Lê Thị ⟦Hoa Hoa→Hoa⟧ được khen thưởng. Theo chị Lê Thị Hoa, lớp học giúp chị tự tin hơn.',
    'Đồng chí Phạm Văn ⟦Nam Nam→Nam⟧, Chủ tịch Hội Nông dân xã, chủ trì lớp học. Kết thúc lớp học, đồng chí Phạm Văn Nam đề nghị các chi hội nhân rộng mô hình.',
  ];
  const good = [
    'Chị Nguyễn Thanh Thanh, Bí thư Chi đoàn, chia sẻ kinh nghiệm. Theo chị Nguyễn Thanh Thanh, lớp học rất bổ ích.',
    'Chị Nguyễn Thanh Thanh, Bí thư Chi đoàn, chia sẻ kinh nghiệm. Chị Thanh cho biết chi đoàn có 30 đoàn viên.',
    'Bà Trần Thị Mai Mai trình bày tham luận về công tác dân vận.',
    'Ông Nguyễn Văn Thanh Thanh và ông Nguyễn Văn Thanh Tùng cùng dự lớp.',
    'Em Trần Mai Mai, học sinh lớp 9, đạt giải nhất. Em Trần Mai Mai cho biết sẽ cố gắng hơn.',
    'Chị Hoàng Thị Lan Lan tham gia lớp học; chị Hoàng Thị Lan Anh là giảng viên.',
  ];
  markedCases('repeated-word', bad, good);
});

describe('repeated-word: two words meeting at a syllable, a law named after a word its type word opens (HYG26)', () => {
  // "cập nhật" + "nhật ký": the second copy opens a word of the general list (general-words.json,
  // common or rare) after a word of the genre; "Luật Luật sư" is the law on lawyers (document-names.json)
  const bad = [
    'Cán bộ xã được tập huấn ⟦thu thập thập→thu thập⟧ thông tin hộ nghèo.',
    'Học viên được ⟦tập tập→tập⟧ huấn hai ngày.',
  ];
  const good = [
    'Các hộ được hướng dẫn cập nhật nhật ký chăm sóc đàn bò trên điện thoại.',
    'Báo cáo viên giới thiệu những điểm mới của Luật Luật sư sửa đổi.',
    'Đội văn nghệ thôn trình diễn điệu múa tung tung da dá của đồng bào Cơ Tu.',
  ];
  markedCases('repeated-word', bad, good);
});
