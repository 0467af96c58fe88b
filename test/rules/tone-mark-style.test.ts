import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, findings, fixed } from '../helpers/lint.js';
import { withToneStyle } from '../../server/src/core/normalise.js';

const RULE = 'tone-mark-style';

describe('tone-mark-style', () => {
  it('flags the minority style of the draft and fixes it in the majority style', () => {
    const text = 'Huyện ủy tổ chức hội nghị về văn hóa, hòa giải ở cơ sở và công tác của cấp uỷ.';
    expect(check(text, RULE)).toEqual([
      {
        rule: RULE,
        // the majority is shown by the draft's own words
        message: 'Bài viết lẫn hai kiểu bỏ dấu thanh: “uỷ” khác kiểu “ủy, hóa, hòa” mà phần lớn bài đang dùng (3 chỗ). Nên viết “ủy”.',
        at: '1:76',
        text: 'uỷ',
      },
    ]);
    const out = fixed(text, RULE);
    expect(out).toBe('Huyện ủy tổ chức hội nghị về văn hóa, hòa giải ở cơ sở và công tác của cấp ủy.');
    expect(fixed(out, RULE)).toBe(out);
  });

  it('follows a new-style majority too', () => {
    const text = 'Thành uỷ chỉ đạo khoá học về hoà giải; lớp học khóa 2 đã kết thúc.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['1:48 khóa']);
    expect(fixed(text, RULE)).toBe('Thành uỷ chỉ đạo khoá học về hoà giải; lớp học khoá 2 đã kết thúc.');
  });

  it('never touches syllables without a choice: qu/gi onsets, closed syllables, ua/ia', () => {
    expect(check('Quý vị, già làng, Hoàng Sa, quyết định, của mùa, thuế, khoẻ mạnh.', RULE)).toEqual([]);
    expect(check('Quý vị, già làng và hoàng hôn; ông quyết tâm hòa giải.', RULE, { toneStyle: 'new' }).map((f) => f.text)).toEqual(['hòa']);
  });

  it('enforces the configured style on every word', () => {
    const text = 'Ủy ban nhân dân xã tổ chức hòa giải.';
    expect(check(text, RULE, { toneStyle: 'new' })).toEqual([
      { rule: RULE, message: 'Cấu hình “toneStyle” yêu cầu kiểu bỏ dấu “hoà, thuỷ, uỷ”: nên viết “Uỷ” thay cho “Ủy”.', at: '1:1', text: 'Ủy' },
      { rule: RULE, message: 'Cấu hình “toneStyle” yêu cầu kiểu bỏ dấu “hoà, thuỷ, uỷ”: nên viết “hoà” thay cho “hòa”.', at: '1:28', text: 'hòa' },
    ]);
    expect(fixed(text, RULE, { toneStyle: 'new' })).toBe('Uỷ ban nhân dân xã tổ chức hoà giải.');
    expect(fixed('ỦY BAN NHÂN DÂN', RULE, { toneStyle: 'new' })).toBe('UỶ BAN NHÂN DÂN');
    expect(check(text, RULE, { toneStyle: 'old' })).toEqual([]);
  });

  it('on a tie suggests the profile default but fixes nothing', () => {
    const text = 'Tỉnh ủy chỉ đạo hoà giải.';
    const fs = findings(text, RULE);
    expect(fs.map((f) => [text.slice(f.start, f.end), f.messageId, f.fix])).toEqual([['hoà', 'tie', undefined]]);
    expect(fs[0].suggestions?.[0].edits).toEqual([{ start: 16, end: 19, text: 'hòa' }]);
    expect(fixed(text, RULE)).toBe(text);
  });

  it('offers "fix every occurrence in this draft"', () => {
    const text = 'Tỉnh ủy, Huyện ủy, Thành ủy chỉ đạo; cấp uỷ và chính quyền hoà giải.';
    const fs = findings(text, RULE);
    expect(fs).toHaveLength(2);
    const all = fs[0].suggestions?.find((s) => s.scope === 'all');
    expect(all?.edits.map((e) => e.text)).toEqual(['ủy', 'hòa']);
    expect(check(text, RULE, {}, 'en')[0].message).toBe(
      'Mixed tone-mark styles: “uỷ” differs from the “ủy” style used in most of the draft (3 words). Write “ủy”.',
    );
  });

  it('warns on a person name the draft also writes in its own style, never fixes it, and names do not vote', () => {
    const text = 'Bà Nguyễn Thị Thuỷ, Phó Chủ tịch Ủy ban nhân dân huyện, phát biểu về công tác hòa giải. Bà Thủy đề nghị các xã làm tốt việc này.';
    const fs = findings(text, RULE);
    expect(fs.map((f) => [text.slice(f.start, f.end), f.messageId, f.fix])).toEqual([['Thuỷ', 'name', undefined]]);
    // a name written one way only is its owner's spelling (HYG21): nothing, unless `toneStyle`
    // asks every word for one style (then a warning with the style as a suggestion, no fix)
    const alone = 'Bà Nguyễn Thị Thuỷ, Phó Chủ tịch Ủy ban nhân dân huyện, phát biểu về công tác hòa giải.';
    expect(check(alone, RULE)).toEqual([]);
    expect(check(alone, RULE, { toneStyle: 'old' })).toEqual([
      { rule: RULE, at: '1:15', text: 'Thuỷ', message: 'Tên riêng “Thuỷ” bỏ dấu khác kiểu “hòa, thủy, ủy” của bài. Chỉ sửa thành “Thủy” nếu đó đúng là cách viết tên này.' },
    ]);
    const own = findings(alone, RULE, { toneStyle: 'old' })[0];
    expect([own.severity, own.fix, own.suggestions?.map((x) => x.edits.map((e) => e.text))]).toEqual(['warning', undefined, [['Thủy']]]);
    expect(fixed(alone, RULE, { toneStyle: 'old' })).toBe(alone);
    // … and nothing where the draft's own words hold no style (a tie, or names leaning it)
    expect(check('Bà Nguyễn Thị Thuỷ phát biểu về công tác hòa giải và cấp uỷ.', RULE).filter((f) => f.text === 'Thuỷ')).toEqual([]);
    // a place after its level word is no person's name, and votes ("xã Phan Hòa", a surname first)
    expect(findings('Ủy ban xã Phan Hòa phối hợp với xã Phan Hoà tổ chức hội nghị.', RULE).map((f) => f.messageId)).toEqual(['mixed']);
    expect(fixed(text, RULE)).toBe(text);
    // a draft whose only oa/oe/uy syllables are in names has no style to enforce
    expect(check('Tin, ảnh: Thu Thuỷ', RULE)).toEqual([]);
    expect(check('Bài viết của bà Trần Thị Thuỷ.', RULE)).toEqual([]);
  });

  it('keeps a person name a warning even when the rule is set to error', () => {
    const text = 'Bà Nguyễn Thị Thuỷ phát biểu về công tác hòa giải, văn hóa cơ sở và cấp uỷ. Bà Thủy đề nghị các xã làm tốt.';
    const fs = findings(text, RULE, { rules: { [RULE]: 'error' } });
    expect(fs.map((f) => [text.slice(f.start, f.end), f.severity])).toEqual([
      ['Thuỷ', 'warning'],
      ['uỷ', 'error'],
    ]);
  });

  it('lets the draft’s quotations break an even split of its own words', () => {
    const text = 'Ủy ban nhân dân xã chăm lo sức khoẻ người dân; “tùy điều kiện từng thôn”, ông nói.';
    const fs = findings(text, RULE);
    expect(fs.map((f) => [text.slice(f.start, f.end), f.messageId])).toEqual([['khoẻ', 'mixed']]);
  });

  it('lets the names lean a draft of a single word of either style, without an automatic fix', () => {
    const text = 'Ông Lê Văn Hòa phát biểu; bà Trần Thị Hòa đề nghị cấp uỷ quan tâm hơn.';
    const fs = findings(text, RULE);
    expect(fs.map((f) => [text.slice(f.start, f.end), f.messageId, f.fix])).toEqual([['uỷ', 'mixed', undefined]]);
    expect(fixed(text, RULE)).toBe(text);
  });

  it('reports quotations as information and never fixes them', () => {
    const text = 'Ủy ban xã hòa giải, văn hóa cơ sở; Nghị quyết nêu rõ: “cấp uỷ phải gương mẫu”.';
    const fs = findings(text, RULE);
    expect(fs.map((f) => [text.slice(f.start, f.end), f.severity, f.fix])).toEqual([['uỷ', 'info', undefined]]);
    expect(fixed(text, RULE)).toBe(text);
  });

  it('skips URLs and e-mail addresses', () => {
    expect(check('Xem thêm tại https://hoà.vn/uỷ-ban và thuỷ@xa.vn; Ủy ban xã hòa giải, văn hóa.', RULE)).toEqual([]);
  });

  it('matches and fixes NFD text in its own form', () => {
    const text = 'Ủy ban xã hòa giải, văn hóa; cấp uỷ.'.normalize('NFD');
    expect(fixed(text, RULE)).toBe('Ủy ban xã hòa giải, văn hóa; cấp ủy.'.normalize('NFD'));
  });

  it('works on markdown and CRLF drafts, reporting original positions', () => {
    const md = '# Hội nghị về hòa giải\r\n\r\nCông tác văn hóa và [cấp uỷ](https://uỷ.vn/hoà) được chú trọng.\r\n';
    expect(check(md, RULE, {}, 'vi', 'markdown').map((f) => `${f.at} ${f.text}`)).toEqual(['3:26 uỷ']);
    expect(fixed(md, RULE, {}, 'markdown')).toBe(md.replace('cấp uỷ]', 'cấp ủy]'));
  });

  it('catches the one "cấp uỷ" of seed 000 among old-style words', () => {
    const seed = readFileSync(new URL('../fixtures/seeds/000_0aae31176f9fe9d1.txt', import.meta.url), 'utf8');
    expect(check(seed, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['7:483 uỷ']);
  });

  it('treats a person’s name the same in a byline and after a title: its owner’s spelling, silent however firmly the draft’s words hold a style (HYG16, HYG21)', () => {
    const story = 'Sáng 5-3, Ủy ban nhân dân xã tổ chức hội nghị về công tác hòa giải và văn hóa cơ sở. Các tổ hòa giải báo cáo kết quả.';
    for (const [text, word] of [
      [`${story}\n\nThu Thuỷ`, 'Thuỷ'],
      [`${story}\n\nTin, ảnh: Lê Thị Thuỷ`, 'Thuỷ'],
      [`${story} Chủ tịch Hội Phụ nữ xã Lê Thị Thuỳ phát biểu.`, 'Thuỳ'],
      [`${story} Bà Hoàng Thị Hoà đề nghị các thôn làm tốt việc này.`, 'Hoà'],
    ]) {
      expect(findings(text, RULE), text).toEqual([]);
      // the same name in the draft's own style elsewhere: one of the two is mistyped, a warning, never a fix
      const both = `${text}\n\nBà ${word === 'Hoà' ? 'Hòa' : withToneStyle(word, 'old')} phát biểu.`;
      const f = findings(both, RULE);
      expect(f.map((x) => [both.slice(x.start, x.end), x.messageId, x.severity, x.fix]), both).toEqual([[word, 'name', 'warning', undefined]]);
      expect(fixed(both, RULE)).toBe(both);
    }
    // the draft's words hold their style less often than its names break it (“Ủy”, “hòa” against
    // three names): no name is reported, unless the draft writes the same name both ways; another
    // person's name is no other spelling
    const few = 'Ủy ban xã mời bà Lê Thị Thuỷ, ông Trần Văn Hoà và bà Phạm Thị Thuỳ dự lớp hòa giải về sức khoẻ.';
    expect(check(few, RULE).map((f) => f.text)).toEqual(['khoẻ']);
    expect(check(`${few} Ông Đinh Văn Thủy phát biểu.`, RULE).map((f) => f.text)).toEqual(['khoẻ']);
    expect(check(`${few} Bà Lê Thị Thủy phát biểu.`, RULE).map((f) => f.text)).toEqual(['Thuỷ', 'khoẻ']);
    // the official named after the body's level word is a person, not a commune: her spelling
    expect(findings(`${story} Chủ tịch UBND xã Lê Thị Thuỳ phát biểu.`, RULE)).toEqual([]);
  });
});

describe('tone-mark-style: drafts of either style, names in their owners’ spelling (HYG18, issue 13)', () => {
  const NEW = (b: string): string =>
    `Huyện uỷ Yên Thành tập huấn công tác tuyên giáo\n\nSáng 12-3, Ban Tuyên giáo Huyện uỷ Yên Thành tổ chức lớp tập huấn cho 85 cán bộ. Lớp học giúp học viên nâng cao kiến thức về văn hoá, sức khoẻ và công tác thi đua.\n\n${b}\n\nCuối khoá, Huyện uỷ trao giấy chứng nhận cho học viên.\n\nNguyễn Thanh Hà\n`;
  // (the frame restyled before the case goes in: the case's own slip stays as typed)
  const OLD = (b: string): string => NEW('@').replace(/uỷ/gu, 'ủy').replace('văn hoá', 'văn hóa').replace('khoẻ', 'khỏe').replace('khoá', 'khóa').replace('@', b);
  const marks = /⟦([^⟧]*)⟧/gu;
  const typed = (t: string): string => t.replace(marks, (_m, x: string) => x.split('→')[0]);
  const meant = (t: string): string => t.replace(marks, (_m, x: string) => x.split('→')[1]);
  /** a mark whose two sides are the same: a person's name in its owner's spelling, silent (HYG21) */
  const cases: Array<[string, (b: string) => string, string]> = [
    ['new', NEW, 'Đồng chí Bí thư Huyện ⟦ủy→uỷ⟧ phát biểu khai mạc lớp học.'],
    ['new', NEW, 'Học viên được học về chuyển đổi số và ⟦hòa→hoà⟧ giải ở cơ sở.'],
    ['new', NEW, '⟦Ủy→Uỷ⟧ ban nhân dân huyện cử cán bộ tham dự lớp học.'],
    ['new', NEW, 'Giảng viên hướng dẫn cách ⟦xóa→xoá⟧ bỏ thủ tục rườm rà.'],
    ['new', NEW, 'Lớp học góp phần nâng cao ⟦sức khỏe→sức khoẻ⟧ cộng đồng.'],
    ['new', NEW, 'Học viên tìm hiểu về công trình ⟦thủy→thuỷ⟧ lợi của huyện.'],
    ['new', NEW, 'Mỗi học viên ⟦tùy→tuỳ⟧ theo vị trí công tác chọn chuyên đề.'],
    ['new', NEW, 'Bà Nguyễn Thị ⟦Thủy→Thủy⟧, Phó Chủ tịch UBND huyện, phát biểu.'],
    ['new', NEW, 'Ông Lê Văn ⟦Hòa→Hòa⟧, Chủ tịch Hội Nông dân xã, chia sẻ kinh nghiệm.'],
    ['new', NEW, 'Học viên thảo luận về kế hoạch ⟦hòa→hoà⟧ nhập cộng đồng.'],
    ['new', NEW, 'Đồng chí ⟦Ủy→Uỷ⟧ viên Ban Thường vụ Huyện uỷ dự lớp học.'],
    ['new', NEW, '⟦Thủy→Thuỷ⟧ sản là thế mạnh của xã ven biển.'],
    ['new', NEW, 'Lớp học nhằm tối ưu ⟦hóa→hoá⟧ quy trình xử lý hồ sơ.'],
    ['new', NEW, '⟦Hòa→Hoà⟧ chung không khí thi đua, các chi đoàn ra quân.'],
    ['new', NEW, 'Đoàn thanh niên phát động phong trào rèn luyện ⟦khỏe→khoẻ⟧ mạnh.'],
    ['new', NEW, 'Chị Phạm Thị ⟦Thúy→Thúy⟧ Hằng, học viên lớp học, chia sẻ cảm nghĩ.'],
    ['new', NEW, 'Các chi bộ được giao nhiệm vụ ⟦lũy→luỹ⟧ kế kết quả từng quý.'],
    ['new', NEW, 'Thầy giáo ⟦Thủy→Thủy⟧ hướng dẫn học viên thực hành.'],
    ['new', NEW, 'Theo bà ⟦Thủy→Thủy⟧, lớp học rất bổ ích.'],
    ['new', NEW, 'Ông ⟦Hòa→Hòa⟧ cho biết xã sẽ nhân rộng mô hình.'],
    ['new', NEW, 'Chị ⟦Thúy→Thúy⟧ chia sẻ cảm nghĩ sau lớp học.'],
    ['new', NEW, 'Anh ⟦Hòa→Hòa⟧ là học viên nhỏ tuổi nhất.'],
    ['new', NEW, 'Cô ⟦Thủy→Thủy⟧ hướng dẫn học viên thực hành.'],
    ['old', OLD, 'Đồng chí Bí thư Huyện ⟦uỷ→ủy⟧ phát biểu khai mạc lớp học.'],
    ['old', OLD, 'Bà Lê Thị ⟦Thuỷ→Thuỷ⟧, Chủ tịch Hội Phụ nữ xã, phát biểu.'],
    ['old', OLD, 'Ông Trần Văn ⟦Hoà→Hoà⟧, Bí thư Chi bộ, chia sẻ kinh nghiệm.'],
    ['old', OLD, 'Học viên được học về ⟦hoà→hòa⟧ giải ở cơ sở.'],
  ];
  const silent: Array<[string, (b: string) => string, string]> = [
    ['new', NEW, 'Học viên được học về quý trọng, quyết tâm và kế hoạch tuyển sinh.'],
    ['new', NEW, 'Đồng chí Hoàng Văn Quyết phát biểu tại lớp học.'],
    ['new', NEW, 'Các cụ già trong thôn cũng đến dự lớp học của thuở trước.'],
    ['new', NEW, 'Bà Nguyễn Thị Thuỷ, Phó Chủ tịch UBND huyện, phát biểu.'],
    ['new', NEW, 'Học viên đến từ xã Quỳnh Hoa và thị trấn Yên Thành.'],
    ['new', NEW, 'Học viên được nghe thuyết trình về hoạch định chính sách.'],
    ['old', OLD, 'Bà Nguyễn Thị Thủy, Phó Chủ tịch UBND huyện, phát biểu.'],
    ['old', OLD, 'Học viên được học về quý trọng, quyết tâm và kế hoạch tuyển sinh.'],
  ];

  it.each(cases.map(([style, draft, b]) => [style, b, draft] as const))('a %s-style draft: %s', (_style, b, draft) => {
    if (typed(b) === meant(b)) expect(check(draft(typed(b)), RULE)).toEqual([]);
    else expect(check(draft(typed(b)), RULE).length).toBeGreaterThan(0);
    expect(fixed(draft(typed(b)), RULE)).toBe(draft(meant(b)));
  });

  it.each(silent.map(([style, draft, b]) => [style, b, draft] as const))('a %s-style draft, silent: %s', (_style, b, draft) => {
    expect(check(draft(b), RULE)).toEqual([]);
  });

  it('reads a given name after the word introducing it as the name, and a title after the introducer as a title', () => {
    const text = NEW('Theo bà Thủy, lớp học rất bổ ích. Đồng chí Ủy viên Ban Thường vụ Huyện uỷ dự lớp học.');
    expect(check(text, RULE).map((f) => [f.text, f.message])).toEqual([
      ['Ủy', 'Bài viết lẫn hai kiểu bỏ dấu thanh: “Ủy” khác kiểu “uỷ, hoá, khoẻ” mà phần lớn bài đang dùng (7 chỗ). Nên viết “Uỷ”.'],
    ]);
  });
});

describe('tone-mark-style: a name in its owner’s spelling is no slip, a common word in the other style is (HYG21, TONE-01)', () => {
  // a new-style draft and an old-style one, each holding its style in a few words of its own
  const NEW = (b: string): string =>
    `Hội Nông dân huyện tập huấn kỹ thuật chăn nuôi\n\nSáng 8-4, Hội Nông dân huyện phối hợp với Trạm Thú y tổ chức lớp tập huấn cho 60 hội viên. Lớp học giúp hội viên giữ sức khoẻ đàn vật nuôi và hoà nhập thị trường.\n\n${b}\n\nCuối khoá, các học viên được cấp giấy chứng nhận.\n\nTrần Minh Đức\n`;
  const OLD = (b: string): string => NEW(b).replace('sức khoẻ', 'sức khỏe').replace('hoà nhập', 'hòa nhập').replace('Cuối khoá', 'Cuối khóa');
  // names of people, written as they write them: silent in a draft of the other style
  const names: Array<[string, (b: string) => string, string]> = [
    ['new', NEW, 'Bà Hà Thị Thủy, Chủ tịch Hội Phụ nữ xã, phát biểu.'],
    ['new', NEW, 'Ông Lò Văn Hòa, hội viên bản Nà Lốc, chia sẻ kinh nghiệm nuôi bò.'],
    ['new', NEW, 'Chị Vi Thị Thúy, học viên lớp học, cho biết sẽ áp dụng ngay.'],
    ['new', NEW, 'Anh Đặng Văn Khóa, chủ trang trại, hướng dẫn cách làm chuồng.'],
    ['new', NEW, 'Bác sĩ thú y Nguyễn Thị Thanh Thủy giới thiệu các bệnh thường gặp.'],
    ['new', NEW, 'Giảng viên Phạm Thị Hòa hướng dẫn cách tiêm phòng.'],
    ['new', NEW, 'Theo ông Hòa, mô hình này cho thu nhập ổn định.'],
    ['new', NEW, 'Chị Thúy cho biết gia đình đã nuôi 20 con lợn.'],
    ['new', NEW, 'Dự lớp học có bà Lê Thị Minh Thủy, Phó Chủ tịch UBND huyện.'],
    ['new', NEW, 'Kỹ sư Hoàng Văn Thủy trình bày quy trình ủ thức ăn.'],
    ['new', NEW, 'Cô giáo Trần Thị Ngọc Thúy giới thiệu tài liệu.'],
    ['new', NEW, 'Ông Nông Văn Hỏa, Trưởng bản, đề nghị mở thêm lớp.'],
    ['new', NEW, 'Bà Mai Thị Hòa và bà Mai Thị Thủy là hai chị em cùng dự lớp.'],
    ['new', NEW, 'Anh Lường Văn Thủy được chọn làm tổ trưởng tổ hợp tác.'],
    ['new', NEW, 'Học viên nhỏ tuổi nhất là chị Quàng Thị Thùy, 19 tuổi.'],
    ['old', OLD, 'Bà Hà Thị Thuỷ, Chủ tịch Hội Phụ nữ xã, phát biểu.'],
    ['old', OLD, 'Ông Lò Văn Hoà, hội viên bản Nà Lốc, chia sẻ kinh nghiệm nuôi bò.'],
    ['old', OLD, 'Chị Vi Thị Thuý, học viên lớp học, cho biết sẽ áp dụng ngay.'],
    ['old', OLD, 'Anh Đặng Văn Khoá, chủ trang trại, hướng dẫn cách làm chuồng.'],
    ['old', OLD, 'Bác sĩ thú y Nguyễn Thị Thanh Thuỷ giới thiệu các bệnh thường gặp.'],
    ['old', OLD, 'Giảng viên Phạm Thị Hoà hướng dẫn cách tiêm phòng.'],
    ['old', OLD, 'Theo ông Hoà, mô hình này cho thu nhập ổn định.'],
    ['old', OLD, 'Chị Thuý cho biết gia đình đã nuôi 20 con lợn.'],
    ['old', OLD, 'Dự lớp học có bà Lê Thị Minh Thuỷ, Phó Chủ tịch UBND huyện.'],
    ['old', OLD, 'Kỹ sư Hoàng Văn Thuỷ trình bày quy trình ủ thức ăn.'],
    ['old', OLD, 'Cô giáo Trần Thị Ngọc Thuý giới thiệu tài liệu.'],
    ['old', OLD, 'Ông Nông Văn Hoả, Trưởng bản, đề nghị mở thêm lớp.'],
    ['old', OLD, 'Bà Mai Thị Hoà và bà Mai Thị Thuỷ là hai chị em cùng dự lớp.'],
    ['old', OLD, 'Anh Lường Văn Thuỷ được chọn làm tổ trưởng tổ hợp tác.'],
    ['old', OLD, 'Học viên nhỏ tuổi nhất là chị Quàng Thị Thuỳ, 19 tuổi.'],
  ];
  // common words in the other style: the slip, found and fixed in the draft's style
  const slips: Array<[string, (b: string) => string, string, string]> = [
    ['new', NEW, 'Học viên được hướng dẫn ⟦hòa⟧ trộn thức ăn cho bò.', 'hoà'],
    ['new', NEW, 'Cán bộ ⟦thủy⟧ lợi hướng dẫn cách dẫn nước vào chuồng.', 'thuỷ'],
    ['new', NEW, 'Hội viên được nhắc tiêu ⟦hủy⟧ xác vật nuôi chết đúng cách.', 'huỷ'],
    ['new', NEW, 'Uỷ ban nhân dân xã cử cán bộ dự lớp, cấp ⟦ủy⟧ quan tâm chỉ đạo.', 'uỷ'],
    ['new', NEW, 'Lớp học được tổ chức theo hình thức ⟦tùy⟧ chọn chuyên đề.', 'tuỳ'],
    ['new', NEW, 'Giảng viên hướng dẫn ⟦xóa⟧ bỏ tập quán thả rông.', 'xoá'],
    ['new', NEW, 'Hội viên được học về cơ giới ⟦hóa⟧ khâu làm chuồng.', 'hoá'],
    ['new', NEW, 'Mục tiêu là đàn vật nuôi ⟦khỏe⟧ mạnh quanh năm.', 'khoẻ'],
    ['new', NEW, 'Chi hội có ⟦lũy⟧ kế 120 hộ nuôi bò sinh sản.', 'luỹ'],
    ['new', NEW, 'Nhiều hộ nuôi ⟦thủy⟧ sản kết hợp chăn nuôi gia cầm.', 'thuỷ'],
    ['new', NEW, 'Học viên được hướng dẫn cách ⟦thỏa⟧ thuận với thương lái.', 'thoả'],
    ['new', NEW, 'Lớp học góp phần nâng cao văn ⟦hóa⟧ chăn nuôi an toàn.', 'hoá'],
    ['new', NEW, 'Hội viên cam kết không ⟦họa⟧ theo cách làm cũ.', 'hoạ'],
    ['new', NEW, 'Xã sẽ phối hợp với Chi cục ⟦Thủy⟧ sản mở lớp tiếp theo.', 'Thuỷ'],
    ['new', NEW, 'Hội viên được hướng dẫn cách ⟦hòa⟧ giải tranh chấp về đất chăn thả.', 'hoà'],
    ['old', OLD, 'Học viên được hướng dẫn ⟦hoà⟧ trộn thức ăn cho bò.', 'hòa'],
    ['old', OLD, 'Cán bộ ⟦thuỷ⟧ lợi hướng dẫn cách dẫn nước vào chuồng.', 'thủy'],
    ['old', OLD, 'Hội viên được nhắc tiêu ⟦huỷ⟧ xác vật nuôi chết đúng cách.', 'hủy'],
    ['old', OLD, 'Ủy ban nhân dân xã cử cán bộ dự lớp, cấp ⟦uỷ⟧ quan tâm chỉ đạo.', 'ủy'],
    ['old', OLD, 'Lớp học được tổ chức theo hình thức ⟦tuỳ⟧ chọn chuyên đề.', 'tùy'],
    ['old', OLD, 'Giảng viên hướng dẫn ⟦xoá⟧ bỏ tập quán thả rông.', 'xóa'],
    ['old', OLD, 'Hội viên được học về cơ giới ⟦hoá⟧ khâu làm chuồng.', 'hóa'],
    ['old', OLD, 'Mục tiêu là đàn vật nuôi ⟦khoẻ⟧ mạnh quanh năm.', 'khỏe'],
    ['old', OLD, 'Chi hội có ⟦luỹ⟧ kế 120 hộ nuôi bò sinh sản.', 'lũy'],
    ['old', OLD, 'Nhiều hộ nuôi ⟦thuỷ⟧ sản kết hợp chăn nuôi gia cầm.', 'thủy'],
    ['old', OLD, 'Học viên được hướng dẫn cách ⟦thoả⟧ thuận với thương lái.', 'thỏa'],
    ['old', OLD, 'Lớp học góp phần nâng cao văn ⟦hoá⟧ chăn nuôi an toàn.', 'hóa'],
    ['old', OLD, 'Hội viên cam kết không ⟦hoạ⟧ theo cách làm cũ.', 'họa'],
    ['old', OLD, 'Xã sẽ phối hợp với Chi cục ⟦Thuỷ⟧ sản mở lớp tiếp theo.', 'Thủy'],
    ['old', OLD, 'Hội viên được hướng dẫn cách ⟦hoà⟧ giải tranh chấp về đất chăn thả.', 'hòa'],
  ];

  it.each(names.map(([style, draft, b]) => [style, b, draft] as const))('a %s-style draft, a name in its owner’s spelling, silent: %s', (_style, b, draft) => {
    expect(check(draft(b), RULE)).toEqual([]);
  });

  it.each(slips.map(([style, draft, b, want]) => [style, b, want, draft] as const))('a %s-style draft, a common word is the slip: %s', (_style, b, want, draft) => {
    const typed = b.replace(/[⟦⟧]/gu, '');
    const word = /⟦([^⟧]*)⟧/u.exec(b)![1];
    const text = draft(typed);
    const at = text.indexOf(typed) + b.indexOf('⟦');
    expect(findings(text, RULE).map((f) => [f.start, text.slice(f.start, f.end), f.messageId])).toEqual([[at, word, 'mixed']]);
    expect(fixed(text, RULE)).toBe(draft(typed.slice(0, b.indexOf('⟦')) + want + typed.slice(b.indexOf('⟦') + word.length)));
  });

  it('still reports a name the draft writes both ways, as a warning and never a fix', () => {
    const text = NEW('Bà Hà Thị Thủy, Chủ tịch Hội Phụ nữ xã, phát biểu. Theo bà Thuỷ, hội viên rất hăng hái.');
    const f = findings(text, RULE);
    expect(f.map((x) => [text.slice(x.start, x.end), x.messageId, x.severity, x.fix])).toEqual([['Thủy', 'name', 'warning', undefined]]);
    expect(fixed(text, RULE)).toBe(text);
  });
});

describe('tone-mark-style: one word against the names, the body on the byline (HYG22)', () => {
  const HEAD = 'Tập huấn nghiệp vụ công chứng cho viên chức\n\n';
  it.each([
    ['Bà Trần Thị Thuý Vân hướng dẫn cách xử lý tùy trường hợp cụ thể.', 'tùy', 'tuỳ', 'hoà, thuỷ, uỷ'],
    ['Ông Lê Văn Thủy đề nghị các tổ giữ hài hoà lợi ích của bà con.', 'hoà', 'hòa', 'hòa, thủy, ủy'],
    ['Chị Phạm Thị Khoẻ cho biết các hộ đã ủy quyền cho tổ trưởng.', 'ủy', 'uỷ', 'hoà, thuỷ, uỷ'],
  ])('points at the one word whose style the names do not share: %s', (line, word, expected, style) => {
    const text = `${HEAD}${line}\n`;
    const found = findings(text, RULE);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe(word);
    expect(found[0].fix).toBeUndefined();
    expect(check(text, RULE)[0].message).toBe(`“${word}” là chữ duy nhất của bài theo kiểu bỏ dấu này, còn tên riêng trong bài viết theo kiểu “${style}”: nếu bài theo kiểu ấy, viết “${expected}”.`);
    expect(check(text, RULE, {}, 'en')[0].message).toBe(`“${word}” is the only word of the draft in this tone-mark style, while the names in it are written in the “${style}” style: if the draft follows that style, write “${expected}”.`);
    expect(fixed(text, RULE)).toBe(text);
  });

  it.each([
    ['the word and the name in one style', 'Bà Trần Thị Thúy Vân hướng dẫn cách xử lý tùy trường hợp cụ thể.'],
    ['two words of the style against one name', 'Bà Trần Thị Thuý Vân hướng dẫn cách xử lý tùy trường hợp, giữ hòa khí.'],
    ['a name alone', 'Bà Trần Thị Thuý Vân hướng dẫn cách xử lý từng trường hợp.'],
    ['names split evenly and no word', 'Bà Trần Thị Thuý Vân và ông Lê Văn Hòa hướng dẫn học viên.'],
  ])('stays silent on %s', (_, line) => {
    expect(check(`${HEAD}${line}\n`, RULE)).toEqual([]);
  });

  it('counts the body on the byline as the draft’s words, the writer’s name as a name', () => {
    const text = `${HEAD}Lớp học giúp viên chức nâng cao chất lượng hồ sơ về văn hóa, thủy lợi và hòa giải ở cơ sở.\n\nThu Thuỷ - Trung tâm Văn hoá, Thông tin và Thể thao huyện\n`;
    expect(check(text, RULE).map((f) => f.text)).toEqual(['hoá']);
    expect(fixed(text, RULE)).toBe(text.replace('Văn hoá', 'Văn hóa'));
  });
});
