import { describe, expect, it } from 'vitest';
import { check, findings, fixed } from '../helpers/lint.js';
import { applyEdits } from '../../server/src/core/index.js';

const R = 'spelling';

/** [written, first suggestion] of each finding */
function firstSuggestions(text: string, user = {}): Array<[string, string | undefined]> {
  return findings(text, R, user).map((f) => [text.slice(f.start, f.end), f.suggestions?.[0]?.args?.replacement as string | undefined]);
}

describe('spelling: syllables that are not Vietnamese', () => {
  it('reports an invalid syllable with the best suggestion in the message', () => {
    const text = 'Huyện ủy trển khai nghị quyết mới.';
    expect(check(text, R)).toEqual([
      { rule: R, message: '“trển” viết sai chính tả; có phải là “triển”?', at: '1:10', text: 'trển' },
    ]);
    expect(check(text, R, {}, 'en')[0].message).toBe('“trển” is misspelt; did you mean “triển”?');
  });

  it('puts first the word of the general list a slip of the ear makes with a neighbour, when no pair of the genre points anywhere', () => {
    // d/gi, tr/ch: "ranh giới", "mua chuộc", "nhỏ giọt" are words of the language, "dời", "trục", "dột" make none there
    const text = 'Cán bộ cắm mốc xác định ranh dới giữa hai thôn, không để kẻ xấu mua truộc, nước nhỏ dọt xuống mái kho.';
    expect(check(text, R).map((f) => f.message)).toEqual([
      '“dới” viết sai chính tả; có phải là “giới”?',
      '“truộc” viết sai chính tả; có phải là “chuộc”?',
      '“dọt” viết sai chính tả; có phải là “giọt”?',
    ]);
    // the suggestions ranked before are still offered after it
    expect(findings(text, R)[0].suggestions?.map((s) => s.args?.replacement)).toContain('dời');
    // a first suggestion that already makes a word stays first ("nghiêp vụ" → "nghiệp vụ")
    expect(firstSuggestions('Lớp học nghiêp vụ diễn ra hai ngày.')).toEqual([['nghiêp', 'nghiệp']]);
  });

  it('catches a missing tone, an extra letter and a wrong final consonant', () => {
    const text = 'Lớp học nghiêp vụ diễn ra tyrong hai ngày.\nLớp tập huấng do Ban Tổ chức tổ chứt.';
    expect(firstSuggestions(text)).toEqual([
      ['nghiêp', 'nghiệp'],
      ['tyrong', 'trong'],
      ['huấng', 'huấn'],
      ['chứt', 'chức'],
    ]);
    expect(check(text, R).map((s) => s.at)).toEqual(['1:9', '1:27', '2:9', '2:33']);
  });

  it('reads the first word of a sentence as a word, its capital being the sentence’s', () => {
    const text = 'Huyện ủy mở lớp bồi dưỡng cho cán bộ. Trog thời gian hai ngày, học viên được nghe chuyên đề về công tác dân vận.';
    expect(firstSuggestions(text)).toEqual([['Trog', 'Trong']]);
    // a brand or a loan word opening the sentence is no slip
    expect(check('Huyện ủy mở lớp bồi dưỡng cho cán bộ. Facebook là mạng xã hội được nhiều học viên dùng.', R)).toEqual([]);
  });

  it('reads a word typed with the Vietnamese keyboard off as its Telex keys', () => {
    const text = 'Huyện đoàn tổ chức lớp tapaj huaasn cho đoàn viên. Ddoongf chí Bí thư giao kees hoạch cho coong chuwcs các xã.';
    expect(firstSuggestions(text)).toEqual([
      ['tapaj', 'tập'],
      ['huaasn', 'huấn'],
      ['Ddoongf', 'Đồng'],
      ['kees', 'kế'],
      ['coong', 'công'],
      ['chuwcs', 'chức'],
    ]);
    // English words a Telex key could turn into a syllable stay English without a pair of the genre
    expect(check('Huyện đoàn tổ chức lớp học tiếng Anh cho đoàn viên. Học viên học các câu how are you, xe bus, box quà.', R)).toEqual([]);
  });

  it('reads a horn key typed after a final consonant, with no vowel to horn, as a stray key', () => {
    const text = 'Huyện đoàn phát động phong trào hiến máu tình nguyện năm nay. Các đoàn viên trongw chi đoàn đều tham gia, nhiều người đã hiến máu nhiều lần.';
    expect(check(text, R).map((f) => f.message)).toEqual(['“trongw” viết sai chính tả; có phải là “trong”?']);
    expect(firstSuggestions(text)).toEqual([['trongw', 'trong']]);
  });

  it('reads a short unmarked token between two Vietnamese words as a key struck for its neighbour', () => {
    const text = 'Các học viên được hướng dẫn thực hiện hwi nhóm thủ tục hành chính, rèn luyện để sớm được đứng tromg hàng ngũ của Đảng.';
    expect(firstSuggestions(text)).toEqual([
      ['hwi', 'hai'],
      ['tromg', 'trong'],
    ]);
    // a letter Vietnamese does not write opens English words
    expect(check('Các học viên được hướng dẫn dùng phần mềm zoom để học, nhiều bạn là fan của đội bóng được tặng quà.', R)).toEqual([]);
  });

  it('reads two vowels typed in the wrong order, and a neighbour nearly always written with the variant', () => {
    const text = 'Ban Chỉ huy Quân sự huyện mở lớp bồi dưỡng cho 120 trưởng thôn trên đại bàn, giúp học viên nắm tình hình đại phương và phát huy vai trò người có uy tính trong cộng đồng.';
    expect(firstSuggestions(text)).toEqual([
      ['đại bàn', 'địa'],
      ['đại phương', 'địa'],
      ['uy tính', 'tín'],
    ]);
    // the words as written stay where they make the genre's own words
    expect(check('Đại biểu các xã dự lớp bồi dưỡng về công tác đại đoàn kết, tính toán kinh phí cho các đại phân đội và xâm nhập mặn.', R)).toEqual([]);
  });

  it('suggests the slip the neighbour outside a listed word explains: a sound swapped before a mark', () => {
    const text = 'Sau khóa học, mỗi học viên phải trở thành tuyên chuyền viên tích cực ở khu dân cư, vận động bà con chấp hành pháp luật.';
    expect(firstSuggestions(text)).toEqual([['tuyên chuyền', 'truyền']]);
  });

  it('takes a closed-class word that lost a letter, when the genre never writes what is left', () => {
    const text = 'Sở Tư pháp phối hợp vớ Tỉnh đoàn tổ chức lớp tập huấn kỹ năng tuyên truyền pháp luật cho đoàn viên các xã.';
    expect(firstSuggestions(text)).toEqual([['hợp vớ', 'với']]);
  });

  it('says when only the tone mark is in the wrong place', () => {
    const text = 'Kính thưa qúy vị, hội nghị tòan thể thành công, gía trị lớn; khách sạn Hòang Gia.';
    expect(check(text, R).map((s) => [s.text, s.message])).toEqual([
      ['qúy', 'Dấu thanh trong “qúy” đặt sai vị trí; viết đúng là “quý”.'],
      ['tòan', 'Dấu thanh trong “tòan” đặt sai vị trí; viết đúng là “toàn”.'],
      ['gía', 'Dấu thanh trong “gía” đặt sai vị trí; viết đúng là “giá”.'],
      ['Hòang', 'Dấu thanh trong “Hòang” đặt sai vị trí; viết đúng là “Hoàng”.'],
    ]);
  });

  it('lets the neighbours overrule the tone position ("qúy định" → "quy định")', () => {
    expect(firstSuggestions('Thực hiện qúy định mới.')).toEqual([['qúy', 'quy']]);
    expect(check('Thực hiện qúy định mới.', R)[0].message).toBe('“qúy” viết sai chính tả; có phải là “quy”?');
  });

  it('catches forgotten accents only where the neighbours make a word', () => {
    expect(firstSuggestions('Lớp hoc tập nghị quyết.')).toEqual([['hoc', 'học']]);
    expect(check('Xem video hoc online.', R)).toEqual([]);
  });

  it('checks one-letter words: “y tế” and a slip such as “ỹ kiến”', () => {
    expect(firstSuggestions('Trạm y tể xã.')).toEqual([['Trạm y tể', 'tế']]);
    expect(firstSuggestions('Ngành y tể phát triển.')).toEqual([['y tể', 'tế']]);
    expect(firstSuggestions('Đóng góp ỹ kiến.')).toEqual([['ỹ', 'ý']]);
    // "ỳ" of "chây ỳ", "ỳ ạch" is a syllable the dictionary lacks (genre-words.json extraSyllables)
    expect(check('Cán bộ thuế làm việc với các hộ còn chây ỳ, chưa nộp tiền thuê đất.', R)).toEqual([]);
  });

  it('reads a lone consonant between Vietnamese words as a syllable that lost its vowel, where a neighbour says which', () => {
    const lead = 'Sáng 14-5, Đảng ủy xã Tân Lập tổ chức hội nghị học tập, quán triệt nghị quyết cho cán bộ, đảng viên trong toàn xã. ';
    expect(firstSuggestions(`${lead}Học viên được nghe giới thiệu Điều l Đảng và các quy định mới.`)).toEqual([['l', 'lệ']]);
    expect(check(`${lead}Điểm mới của lớp học lần này l học viên được thảo luận theo tổ.`, R).map((f) => [f.text, f.message])).toEqual([['l', '“l” viết sai chính tả; có phải là “là”?']]);
    // an initial, “đ/c”, a unit after a number: not between two Vietnamese words
    expect(check(`${lead}Bà Lê T. Hoa, đ/c Tâm và 25 học viên đi bộ 3 km trong buổi sáng.`, R)).toEqual([]);
    // single letters joined by slashes (“v/v”: về việc, “k/g”: kính gửi)
    expect(check(`${lead}Công văn số 12/CV-UBND v/v triển khai lớp học được gửi các xã, k/g các đồng chí.`, R)).toEqual([]);
  });

  it('judges an unmarked slip beside an abbreviation by its other neighbour', () => {
    const lead = 'Sáng 14-5, Đảng ủy xã Tân Lập tổ chức hội nghị học tập, quán triệt nghị quyết cho cán bộ, đảng viên trong toàn xã. ';
    expect(firstSuggestions(`${lead}Có 120 ĐVTN trog toàn huyện tham gia.`)).toEqual([['trog', 'trong']]);
    expect(check(`${lead}Kỹ sư VNPT demo phần mềm cho học viên.`, R)).toEqual([]);
  });

  it('judges a sentence typed first in a new document again once the draft is long enough to be Vietnamese', () => {
    const lead = 'Sáng 14-5, Đảng ủy xã Tân Lập tổ chức hội nghị học tập, quán triệt nghị quyết cho cán bộ, đảng viên trong toàn xã. ';
    const first = 'Có 90 ĐVTN trog các chi đoàn tham gia.';
    // alone, too short to say what language the draft is in: “trog” may be a foreign word
    expect(check(first, R)).toEqual([]);
    expect(firstSuggestions(`${lead}${first}`)).toEqual([['trog', 'trong']]);
    expect(firstSuggestions(`${first} ${lead}`)).toEqual([['trog', 'trong']]);
  });

  it('leaves a loan word written whole alone: several syllables in one token, none of them meant', () => {
    expect(check('Học viên được nghe về tác hại của côcain, hêrôin và các chất ma túy tổng hợp.', R)).toEqual([]);
    expect(check('Lớp học hướng dẫn cách thở ôxy cho người bị nạn.', R)).toEqual([]);
    // one slip from a syllable, it is that syllable's slip, vowels apart or not
    expect(firstSuggestions('Ủy ban nhân dân hutện Bình Lục mở lớp học, trển khai kế hoạch.')).toEqual([
      ['hutện', 'huyện'],
      ['trển', 'triển'],
    ]);
  });

  it('keeps the casing of the word it corrects', () => {
    expect(firstSuggestions('Tòan thể cán bộ dự họp.')).toEqual([['Tòan', 'Toàn']]);
  });

  it('checks the words of a headline written in capitals', () => {
    expect(firstSuggestions('TẬP HUẤN NGHIÊP VỤ CHO CÁN BỘ UBND XÃ')).toEqual([['NGHIÊP', 'NGHIỆP']]);
  });
});

describe('spelling: two syllables glued together', () => {
  it('offers the space back where the genre pairs the two syllables', () => {
    const text = 'Chiều nay Đoàn xã tổchức buổi sinh hoạt, kết thúc hộinghị lúc 17 giờ.';
    expect(check(text, R).map((s) => [s.text, s.message, s.at])).toEqual([
      ['tổchức', '“tổchức” thiếu dấu cách giữa hai tiếng; có phải là “tổ chức”?', '1:19'],
      ['hộinghị', '“hộinghị” thiếu dấu cách giữa hai tiếng; có phải là “hội nghị”?', '1:51'],
    ]);
    expect(check(text, R, {}, 'en')[0].message).toBe('“tổchức” lacks the space between two syllables; did you mean “tổ chức”?');
    // the suggestion inserts one space and touches nothing else; --fix leaves the choice to the reporter
    const [first] = findings(text, R);
    expect(applyEdits(text, first.suggestions?.[0]?.edits ?? [])).toBe(text.replace('tổchức', 'tổ chức'));
    expect(fixed(text, R)).toBe(text);
  });

  it('cuts a word written in decomposed form without tearing a letter from its accent', () => {
    const text = 'Các đơn vị tổchức tốt.'.normalize('NFD');
    const [f] = findings(text, R);
    expect(applyEdits(text, f.suggestions?.[0]?.edits ?? []).normalize('NFC')).toBe('Các đơn vị tổ chức tốt.');
  });

  it('leaves an unmarked English word alone, and a glued name to the writer', () => {
    expect(check('Lớp học có video và website riêng của Trung tâm.', R)).toEqual([]);
    expect(check('Bà Trần ThịHoa phát biểu.', R).filter((s) => /dấu cách/.test(s.message))).toEqual([]);
  });
});

describe('spelling: valid syllables in the wrong word', () => {
  it('catches a tone or vowel slip that only the context shows', () => {
    const text = 'Hội nghi quán triệt về đạo đúc cách mạng.\nLớp bồi dưởng kiến thức cho cán bộ cở sở.\nBáo cáo chuyên để và tài liệu tập huân.';
    expect(check(text, R).map((s) => [s.text, s.message, s.at])).toEqual([
      ['Hội nghi', '“Hội nghi” có thể viết sai chính tả; có phải là “Hội nghị”?', '1:1'],
      ['đạo đúc', '“đạo đúc” có thể viết sai chính tả; có phải là “đạo đức”?', '1:24'],
      ['dưởng', '“dưởng” viết sai chính tả; có phải là “dưỡng”?', '2:9'],
      ['cở', '“cở” viết sai chính tả; có phải là “cơ”?', '2:36'],
      ['chuyên để', '“chuyên để” có thể viết sai chính tả; có phải là “chuyên đề”?', '3:9'],
      ['tập huân', '“tập huân” có thể viết sai chính tả; có phải là “tập huấn”?', '3:31'],
    ]);
  });

  it('takes the capital that opens a sentence for an ordinary word when a lower-case one follows', () => {
    expect(firstSuggestions('Đồng trí Bí thư Đảng ủy xã phát biểu khai mạc.')).toEqual([['Đồng trí', 'chí']]);
    // a name's capitals say nothing of the word after it, nor does a capital whose usual
    // partner is another word ("Tin ngắn" is no "Tin nhắn")
    expect(check('Đồng Tháp tổ chức lớp học. Đồng Trí phát biểu.', R)).toEqual([]);
    expect(check('Tin ngắn\n\nLớp học kết thúc chiều nay.', R)).toEqual([]);
    // a slipped syllable opening the sentence, its usual partner after it
    expect(firstSuggestions('Chấp lượng thông tin cảnh báo sớm cần được nâng lên.')).toEqual([['Chấp lượng', 'Chất']]);
  });

  it('catches a letter lost with its marks ("tập hun" → "tập huấn")', () => {
    expect(firstSuggestions('Huyện đoàn mở lớp tập hun kỹ năng cho cán bộ đoàn.')).toEqual([['tập hun', 'huấn']]);
    expect(firstSuggestions('Học viên nêu những thun lợi và khó khăn ở cơ sở.')).toEqual([['thun lợi', 'thuận']]);
    expect(firstSuggestions('Lớp học dành cho cán bộ người dân tộc thiu số.')).toEqual([['thiu số', 'thiểu']]);
    // a syllable the genre never writes, beside a neighbour it always pairs with: a slip even
    // though "lớp tập" and "kỹ năng" explain as many words as "tập huấn" would
    expect(firstSuggestions('Huyện đoàn mở lớp tập hun kỹ năng.')).toEqual([['tập hun', 'huấn']]);
    expect(firstSuggestions('Các đoàn thể chính tị - xã hội cùng tham gia.')).toEqual([['chính tị', 'trị']]);
  });

  it('edits only the wrong syllable, and says so in the quick fix title', () => {
    const text = 'Chuyên đề về đạo đúc.';
    const [f] = findings(text, R);
    expect(f.suggestions).toEqual([
      { messageId: 'replace', args: { replacement: 'đức' }, edits: [{ start: 17, end: 20, text: 'đức' }] },
    ]);
    expect(f.data).toEqual({ word: 'đạo đúc' });
  });

  it('catches a slip inside a three-syllable word and inside an organisation name', () => {
    expect(firstSuggestions('Cục Chuyển đối số quốc gia hướng dẫn.')).toEqual([['Chuyển đối số', 'đổi']]);
  });

  it('leaves valid phrases that cross a word boundary alone', () => {
    // "đầu từ", "có thế", "số tại" are one mark away from listed words, but here they are
    // the ends of "bắt đầu", "thế hệ", "chuyển đổi số"
    const text = 'Bắt đầu từ tháng 5, thế hệ trẻ có thế hệ tiếp nối; tập huấn chuyển đổi số tại xã.';
    expect(check(text, R)).toEqual([]);
  });

  it('prefers the slip that changes the rarer syllable when two words compete', () => {
    // "sở tãi" → "sở tại" or "tãi chính" → "tài chính"? In a name the capitals decide
    expect(firstSuggestions('Giám đốc Sở Tãi chính phát biểu.')).toEqual([['Tãi chính', 'Tài']]);
  });

  it('catches a slip next to a word that chains on ("góp ý kiên" → "ý kiến")', () => {
    expect(firstSuggestions('Các đại biểu đóng góp ý kiên xây dựng.')).toEqual([['ý kiên', 'kiến']]);
  });

  it('corrects only when the correction explains more of the sentence with known words', () => {
    // "hợp đồng" + "bao tiêu", not "hợp" + "đồng bào"
    expect(check('Hợp tác xã ký hợp đồng bao tiêu sản phẩm.', R)).toEqual([]);
    expect(firstSuggestions('Đồng bao các dân tộc đoàn kết.')).toEqual([['Đồng bao', 'bào']]);
  });

  it('takes a function word next to a common word for ordinary text', () => {
    expect(check('Người dân có thẻ bảo hiểm y tế được khám miễn phí.', R)).toEqual([]);
    // an abbreviation after it explains nothing either way: no slip read from it
    expect(check('Người tham gia bảo hiểm xã hội tự nguyện khi về già có lương hưu, có thẻ BHYT miễn phí.', R)).toEqual([]);
    expect(firstSuggestions('Học viên có thê vận dụng ngay.')).toEqual([['có thê', 'thể']]);
    // a conjunction opening a clause after it ends the clause there, as a noun may end one; a content word there that makes no pair with it strands it
    for (const text of ['Nhiều người không có thẻ nên phải tự chi trả tiền khám.', 'Hội viên chưa có thẻ thì được hướng dẫn làm thẻ.']) expect(check(text, R), text).toEqual([]);
    expect(firstSuggestions('Hợp tác xã chia lợi nhuận cho thành viện và người lao động.')).toEqual([['thành viện', 'viên']]);
    expect(firstSuggestions('Học viên có thẻ làm được ngay.')).toEqual([['có thẻ', 'thể']]);
  });

  it('ranks first, before a number, the word one slip away that stands before a count (participant-counts.json approximate)', () => {
    expect(firstSuggestions('Ngân hàng đã giải ngân chên 20 tỷ đồng cho hộ nghèo vay.')).toEqual([['chên', 'trên']]);
    expect(firstSuggestions('Mỗi xã có khaỏng 30 hộ tham gia mô hình.')).toEqual([['khaỏng', 'khoảng']]);
    // no number after it: the neighbours decide as before
    expect(firstSuggestions('Người dân chen chúc xem hội, ai cũng muốn đứng chên cao.').map(([w]) => w)).toEqual(['chên']);
  });

  it('leaves names alone', () => {
    expect(check('Ông Nguyễn Văn Đức, bà Hồ Thị Đạo dự họp.', R)).toEqual([]);
  });

  it('can be turned off with the context option', () => {
    expect(check('Về đạo đúc cách mạng.', R, { rules: { spelling: ['warning', { context: false }] } })).toEqual([]);
  });

  it('is silenced by a project word of several syllables', () => {
    expect(check('Làng nghề đạo đúc đồng.', R, { words: ['đạo đúc'] })).toEqual([]);
  });
});

describe('spelling: tone style and normalisation', () => {
  it('accepts both tone styles: that mixing is tone-mark-style’s job', () => {
    expect(check('Huyện ủy, Huyện uỷ, hòa bình, hoà bình, sức khỏe, sức khoẻ, thủy lợi, thuỷ lợi.', R)).toEqual([]);
  });

  it('accepts decomposed (NFD) text and reports offsets of the original text', () => {
    const text = 'Cán bộ trển khai.'.normalize('NFD');
    const [f] = findings(text, R);
    expect(text.slice(f.start, f.end)).toBe('trển'.normalize('NFD'));
    expect(f.suggestions?.[0].args?.replacement).toBe('triển');
    expect(check('Huyện ủy tổ chức hội nghị.'.normalize('NFD'), R)).toEqual([]);
  });

  it('writes suggestions in the draft’s tone style', () => {
    // "hoá bình" is a slip for "hòa bình" / "hoà bình"
    const old = 'Văn hóa, khóa học, hoá bình.';
    expect(firstSuggestions(old)).toEqual([['hoá bình', 'hòa']]);
    const neu = 'Văn hoá, khoá học, hóa bình.';
    expect(firstSuggestions(neu)).toEqual([['hóa bình', 'hoà']]);
    expect(firstSuggestions('Giữ hoá bình.', { toneStyle: 'old' })).toEqual([['hoá bình', 'hòa']]);
  });

  it('breaks an even split as tone-mark-style does (the profile\'s default), so its suggestion is never flagged in turn', () => {
    // two old (hóa, thủy) and two new (khoá, hoá): a tie, in the Party profile too
    const text = 'Văn hóa, khoá học, thủy lợi, hoá bình.';
    expect(firstSuggestions(text, { profile: 'party' })).toEqual([['hoá bình', 'hòa']]);
    expect(findings(text, 'tone-mark-style', { profile: 'party' }).map((f) => [f.messageId, text.slice(f.start, f.end)])).toEqual([
      ['tie', 'khoá'],
      ['tie', 'hoá'],
    ]);
  });
});

describe('spelling: what is never a misspelling', () => {
  it('skips numbers, dates, Roman numerals, initials and abbreviations', () => {
    const text =
      'Ngày 12/9/2023, khóa XIII, 1.200 người; P. Tuyết, GS.TS Lê Văn An, ThS Trần Bình, TP. Huế, UBND, HĐND, MTTQ, BCH, BTV, ĐBQH, PCCC, đ/c Hùng.';
    expect(check(text, R)).toEqual([]);
  });

  it('skips URLs and e-mail addresses', () => {
    expect(check('Xem https://vanban.gov.vn/tap-huan/chuyen-de hoặc tapchi.vn, gửi thư tới bbt@toasoan.vn.', R)).toEqual([]);
  });

  it('skips English words and brand names written without Vietnamese marks', () => {
    expect(check('Học viên dùng camera, smartphone, zoom và Samsung Galaxy.', R)).toEqual([]);
  });

  it('flags an extra letter only when it looks like a keyboard slip on a common syllable', () => {
    expect(firstSuggestions('Họp tyrong hội trường.')).toEqual([['tyrong', 'trong']]);
    // one letter away from "chai", "rong", "chang", but English, not slips
    expect(check('Giới thiệu chain, wrong, change và token.', R)).toEqual([]);
  });

  it('leaves the Icelandic “Ð” to unicode-normalisation', () => {
    expect(check('Ðảng bộ xã họp.', R)).toEqual([]);
  });

  it('skips words of the project word list', () => {
    expect(check('Lớp học về mô hình gioăng cao su.', R, { words: ['gioăng'] })).toEqual([]);
    expect(check('Lớp học về mô hình gioăng cao su.', R)).toHaveLength(1);
  });

  it('never spells a name: an unknown syllable inside one is the writer’s', () => {
    for (const text of ['Anh Bùi Văn Hản Em phát biểu.', 'Lễ Chôl Chnăm Thmây của đồng bào Khmer.', 'Quán triệt chủ nghĩa Mác - Lênin.']) {
      expect(check(text, R), text).toEqual([]);
    }
    // a misplaced tone mark is still a slip, name or not
    expect(check('Anh Bùi Văn Hòang phát biểu.', R).map((f) => f.text)).toEqual(['Hòang']);
  });

  it('leaves words of a minority language alone: one written with an apostrophe and those joined to it', () => {
    expect(check('Các nghệ nhân biểu diễn đàn t’rưng, đàn k’lông pút và múa xoang.', R)).toEqual([]);
    expect(firstSuggestions('Các nghệ nhân biểu diễn đàn t’rưng, trển khai lớp truyền dạy.')).toEqual([['trển', 'triển']]);
    // after a name the words are Vietnamese again
    expect(firstSuggestions('Ủy ban nhân dân huyện K’Bang trển khai lớp truyền dạy.')).toEqual([['trển', 'triển']]);
    // the instrument's name capitalised: the word joined to it is still its own, unless one slip
    // away it pairs with the Vietnamese word on its other side
    expect(check('Đội nghệ nhân thổi đàn K’lông pút trong đêm hội.', R)).toEqual([]);
    expect(firstSuggestions('Xã Đak Pne, huyện K’Bang tổo chức đêm hội.')).toEqual([['tổo', 'tổ']]);
  });

  it('leaves a foreign word transcribed syllable by syllable with hyphens alone', () => {
    // three or more lower-case syllables joined by hyphens, one marked: a loan word ("clốp" is none of Vietnamese)
    expect(check('Cộng tác viên thả mê-sô-xi-clốp vào bể nước để diệt bọ gậy.', R)).toEqual([]);
    // two parts are no such word, and a word beside the chain is still read
    expect(check('Cộng tác viên thả xi-clốp vào bể nước.', R).map((f) => f.text)).toEqual(['clốp']);
    expect(firstSuggestions('Cộng tác viên thả mê-sô-xi-clốp vào bể nước để diệt bọ gậyy.')).toEqual([['gậyy', 'gậy']]);
  });

  it('takes a syllable opening with “p” (not “ph”) for a loan or minority word unless a slip pairs it', () => {
    // Thai dishes and a scarf: “p” is no native onset, and the word joined to one goes with it
    expect(check('Gian hàng giới thiệu món pa pỉnh tộp, nậm pịa và khăn piêu của đồng bào Thái.', R)).toEqual([]);
    // an “h” dropped from “ph”: the neighbour says which word was meant
    expect(firstSuggestions('Đoàn viên được giao nhiệm vụ pát huy vai trò xung kích.')).toEqual([['pát', 'phát']]);
  });

  it('takes a word opening with “f”, “j”, “w” or “z” that the draft writes again for a word of its own', () => {
    // the Tà Ôi weaving, named twice: no Vietnamese syllable opens with “z”, and a slip is made once
    expect(check('Hợp tác xã mở lớp dạy nghề dệt zèng cho 30 phụ nữ. Sản phẩm zèng được bày bán tại chợ phiên.', R)).toEqual([]);
    // written once, it is still asked about; “x” struck as its neighbour “z” is caught wherever it is
    expect(check('Hợp tác xã mở lớp dạy nghề dệt zèng cho 30 phụ nữ.', R)).toHaveLength(1);
    expect(firstSuggestions('Lớp học góp phần bảo đảm an sinh zã hội. Các xã đều cử cán bộ dự.')).toEqual([['zã', 'xã']]);
  });

  it('takes a marked syllable Vietnamese spelling makes but the dictionary lacks, written again, for a word of the draft', () => {
    // a mangrove tree named twice: an onset and a rhyme valid syllables have (“đ”, “âng” of “vâng”)
    expect(check('Học viên trồng cây đâng ven sông. Rừng đâng giúp giữ đất, chắn sóng.', R)).toEqual([]);
    // written once, it is still asked about, and so is a slip in a paragraph printed twice (a headline again under itself)
    expect(check('Học viên trồng cây đâng ven sông.', R)).toHaveLength(1);
    expect(check('Lớp học phòng phống cháy rừng\n\nLớp học phòng phống cháy rừng\n\nSáng 5-3, Hạt Kiểm lâm mở lớp tập huấn cho người dân.', R).map((f) => f.text)).toEqual(['phống', 'phống']);
  });

  it('takes a word shaped like a minority language’s, written once, for a word of that language in a draft that names an ethnic group', () => {
    // “đồng bào Thái” names the people: a loan onset, or a syllable Vietnamese spelling makes (“oọng” as “soong” with
    // another tone its final allows), that no slip pairs with a neighbour is a word of their language
    for (const word of ['zèng', 'loọng', 'mẹng']) {
      const text = `Đồng bào Thái trong xã giữ nghề dệt và điệu hát ${word} cổ.`;
      expect(check(text, R), word).toEqual([]);
      // in a draft that names no people, it is still asked about
      expect(check(text.replace('Đồng bào Thái trong xã', 'Người dân trong xã'), R), word).toHaveLength(1);
    }
    // a slip that pairs with a neighbour is a slip there too, and a stop takes no other tone than sắc or nặng
    expect(firstSuggestions('Đồng bào Mường trong xã được hưỡng dẫn trồng rừng.')).toEqual([['hưỡng', 'hướng']]);
    expect(check('Đồng bào Mường trong xã quán triêt nghị quyết.', R).map((f) => f.text)).toEqual(['triêt']);
    // …and so is a slip of the ear, hỏi for ngã or a merged final, that no neighbour pairs
    expect(check('Đồng bào Mường giữ gìn ngôn ngử, trang phục truyền thống.', R).map((f) => f.text)).toEqual(['ngử']);
  });

  it('takes a marked word ending in “l” or “r” for a minority word unless a slip pairs it', () => {
    // the Cơ Tu communal house: no Vietnamese syllable ends in “l”
    expect(check('Huyện phát triển homestay gắn với nhà gươl truyền thống của đồng bào.', R)).toEqual([]);
    // a key struck for its neighbour: “p” → “l”, and the neighbour says which word was meant
    expect(firstSuggestions('Hội nghị nhằm tăng cường hợl tác giữa các địa phương.')).toEqual([['hợl', 'hợp']]);
  });

  it('reads a level word before a place name as that level word, not as half of a pair', () => {
    // “ở bản” is one letter from “cơ bản”, but the name after “bản” explains it
    expect(check('Các thành viên tổ tự quản ở bản Pa Pe cam kết giữ gìn mốc giới.', R)).toEqual([]);
    expect(check('Học viên là người Mường ở bản Đôn và bản Hiêu.', R)).toEqual([]);
    // without a name after it, a level word one letter from the listed word is still a slip
    expect(firstSuggestions('Học viên được trang bị kiến thức cơ bả về công tác dân vận.')).toEqual([['cơ bả', 'bản']]);
  });

  it('reads a closed-class word that opens a pair as a word of its own, however the pair reads with a mark and a letter changed', () => {
    // “đã”, “có”, “ở” are a letter and a mark from “đào”, “cao”, “cơ”: a slip of two at once is believed
    // only for the syllable that ends the listed word (“kế hoặc” → “kế hoạch”)
    expect(check('Dự án đã tạo việc làm cho 300 lao động ở địa phương.', R)).toEqual([]);
    expect(check('Hội nghị đã bàn nhiều giải pháp giảm nghèo bền vững.', R)).toEqual([]);
    expect(check('Chương trình chăm lo cho người có tuổi ở các thôn vùng cao.', R)).toEqual([]);
    expect(check('Buổi sinh hoạt được tổ chức ở bản về đêm, sau giờ lên nương.', R)).toEqual([]);
    expect(firstSuggestions('Xã xây dựng kế hoặc năm 2025 cho từng thôn.')).toEqual([['kế hoặc', 'hoạch']]);
  });

  it('reads "oo" before "ng" as a rhyme of its own unless the genre writes the syllable it would make', () => {
    // "goong" (a Gia Rai instrument) would read "gông", which the genre never writes
    expect(check('Các nghệ nhân Gia Rai gảy đàn goong bên bếp lửa.', R)).toEqual([]);
    expect(firstSuggestions('Sáng nay, trời mưa to kéo dài từ sớm nên buổi tập luyện của đội văn nghệ xã khoong diễn ra như kế hoạch đã định.')).toEqual([['khoong', 'không']]);
  });

  it('does not check web page debris', () => {
    expect(check('Hội nghị tập huấn\n\nChia sẻ bài viết\n\nSáng 5-6, huyện tổ chức tập huấn.', R)).toEqual([]);
  });
});

describe('spelling: quick fixes', () => {
  it('offers at most five suggestions, one edit each, none applied by --fix', () => {
    const text = 'Cán bộ cở sở và trển khai.';
    for (const f of findings(text, R)) {
      expect(f.fix).toBeUndefined();
      expect(f.suggestions!.length).toBeGreaterThan(0);
      expect(f.suggestions!.length).toBeLessThanOrEqual(5);
      for (const s of f.suggestions!) {
        expect(s.messageId).toBe('replace');
        expect(s.edits).toHaveLength(1);
      }
    }
    expect(fixed(text, R)).toBe(text);
  });

  it('names the replacement in the quick fix title', () => {
    const [f] = findings('Lớp nghiêp vụ.', R);
    expect(f.suggestions?.[0]).toEqual({ messageId: 'replace', args: { replacement: 'nghiệp' }, edits: [{ start: 4, end: 10, text: 'nghiệp' }] });
  });

  it('carries the word as written for “add to dictionary”', () => {
    const [f] = findings('Ông Ba trển.', R);
    expect(f.data).toEqual({ word: 'trển' });
  });

  it('reports a misspelling inside a quotation as information, without a fix', () => {
    const [f] = findings('Ông nói: “phải trển khai ngay”.', R);
    expect(f.severity).toBe('info');
    expect(f.inQuote).toBe(true);
  });
});

describe('spelling: markdown', () => {
  it('does not check code or link targets', () => {
    const md = '# Tập huấn\n\nXem [tài liệu](https://x.vn/trển-khai) và `tyrong`.\n';
    expect(check(md, R, {}, 'vi', 'markdown')).toEqual([]);
    // the same sentence as plain text is checked (the per-sentence memo knows the format)
    expect(check('Xem [tài liệu](https://x.vn/trển-khai) và `tyrong`.', R).map((s) => s.text)).toEqual(['tyrong']);
    expect(check('Xem [tài liệu](https://x.vn/trển-khai) và `tyrong`.', R, {}, 'vi', 'markdown')).toEqual([]);
  });

  it('reads back a sentence with a link as it found it, the link left alone', () => {
    const sentence = 'Xem https://x.vn/trển-khai về việc trển khai.';
    const expected = (line: number, column: number) => [{ rule: R, message: '“trển” viết sai chính tả; có phải là “triển”?', at: `${line}:${column}`, text: 'trển' }];
    expect(check(`Tập huấn\n\n${sentence}`, R)).toEqual(expected(3, 36));
    expect(check(`Tập huấn\n\n${sentence}`, R)).toEqual(expected(3, 36));
    // the paragraph moved by an edit above it: the remembered findings at its new place
    expect(check(`Lớp tập huấn\n\n\n${sentence}`, R)).toEqual(expected(4, 36));
  });

  it('re-checks with a changed project word list', () => {
    const text = 'Lớp học về mô hình gioăng cao su.';
    expect(check(text, R)).toHaveLength(1);
    expect(check(text, R, { words: ['gioăng'] })).toEqual([]);
    expect(check(text, R)).toHaveLength(1);
  });
});

describe('spelling: one syllable spelt with i and with y in one draft', () => {
  const draft = (...sentences: string[]): string => `Tập huấn sơ cứu cho y tế thôn bản\n\n${sentences.join(' ')}\n`;

  it('leaves either spelling alone when the draft keeps to it (both are still printed)', () => {
    expect(check(draft('Bác sỹ Lê Văn Hùng hướng dẫn sơ cứu.', 'Thạc sỹ Trần Mai nói về dinh dưỡng.'), R)).toEqual([]);
    expect(check(draft('Các bác sĩ hướng dẫn kĩ năng sơ cứu.', 'Học viên thực hành kĩ thuật băng bó.'), R)).toEqual([]);
    // different syllables are different choices: "kỹ" beside "sĩ" is the usual print
    expect(check(draft('Bác sĩ hướng dẫn kỹ năng sơ cứu.'), R)).toEqual([]);
  });

  it('gives information on the rarer spelling, with the draft’s other one as a suggestion, never a fix', () => {
    const text = draft('Bác sỹ Lê Văn Hùng hướng dẫn sơ cứu.', 'Thạc sỹ Trần Mai nói về dinh dưỡng.', 'Các bác sĩ của trạm cùng tham gia.');
    const found = findings(text, R);
    expect(found.map((f) => [text.slice(f.start, f.end), f.severity, f.suggestions?.[0]?.args?.replacement])).toEqual([['sĩ', 'info', 'sỹ']]);
    expect(found[0].fix).toBeUndefined();
    // on a tie, the rulebook's "i" ("Tiến sĩ", "Thạc sĩ")
    const tie = draft('Học viên rèn kỹ năng sơ cứu.', 'Các em luyện tập kĩ năng bơi.');
    expect(findings(tie, R).map((f) => [tie.slice(f.start, f.end), f.suggestions?.[0]?.args?.replacement])).toEqual([['kỹ', 'kĩ']]);
  });

  it('counts no capital: a name is its bearer’s (“ông Trần Sỹ”)', () => {
    expect(check(draft('Ông Trần Sỹ, bác sĩ của trạm, hướng dẫn sơ cứu.'), R)).toEqual([]);
  });
});

// issue 12: one answer per span. A syllable the person-name analysis reads as a name's typed small
// (core/person-names.ts inPersonName) is person-name-case's to report, not a misspelling too
describe('spelling: a minority name’s syllable typed small is the name’s', () => {
  it.each([
    ['Đại biểu có ông Y Bih êban, Bí thư Đảng ủy xã.', 'Y Bih êban'],
    ['Anh Y Khăm kđoh nhận giấy khen của xã.', 'Y Khăm kđoh'],
    ['Ông Ama Hră mđrơk, Trưởng buôn, chủ trì buổi họp.', 'Ama Hră mđrơk'],
    ['Ông Y Suôn bđap được bầu làm trưởng buôn.', 'Y Suôn bđap'],
    ['Già làng Y Wơn kđăm kể lại sự tích nhà dài.', 'Y Wơn kđăm'],
  ])('leaves %j to person-name-case', (text, name) => {
    expect(check(text, R)).toEqual([]);
    expect(check(text, 'person-name-case').map((f) => f.text)).toEqual([name]);
  });

  it('still reports a real slip right after a name, and one inside it that is no name’s syllable', () => {
    expect(firstSuggestions('Ông Nguyễn Văn An phát biẻu tại hội nghị.')).toEqual([['biẻu', 'biểu']]);
    expect(firstSuggestions('Ông Nguyễn Văn An nghiêp vụ vững vàng.')).toEqual([['nghiêp', 'nghiệp']]);
    // the name's syllable is the name's, the slip after it the writer's
    expect(firstSuggestions('Ông Y Bih êban phát biẻu tại hội nghị.')).toEqual([['biẻu', 'biểu']]);
    // with no name before it, the same word is a slip again
    expect(firstSuggestions('Xã tổ chức lớp êban cho nông dân.')).toEqual([['êban', 'ban']]);
  });
});
