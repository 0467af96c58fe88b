import { describe, it, expect } from 'vitest';
import { check, fixed } from '../helpers/lint.js';
import { source, after, story as markedStory } from '../helpers/marked.js';
import { dateLookAlikes } from '../helpers/date-look-alikes.js';
import { markedCases } from '../helpers/marked-cases.js';

const RULE = 'spacing';

describe('spacing', () => {
  it.each([
    ['Huyện ủy An Lão  tổ chức tập huấn.', ['1:16 Có 2 dấu cách liền nhau; chỉ cần một.'], 'Huyện ủy An Lão tổ chức tập huấn.'],
    ['( Đài An Lão) Sáng ngày 12-9.', ['1:1 Thừa dấu cách sau “(”.'], '(Đài An Lão) Sáng ngày 12-9.'],
    ['(Đài An Lão ) Sáng ngày 12-9.', ['1:12 Thừa dấu cách trước “)”.'], '(Đài An Lão) Sáng ngày 12-9.'],
    ['Cán bộ , công chức cấp xã .', ['1:7 Thừa dấu cách trước “,”.', '1:26 Thừa dấu cách trước “.”.'], 'Cán bộ, công chức cấp xã.'],
    ['Tin, ảnh : P. Tuyết', ['1:9 Thừa dấu cách trước “:”.'], 'Tin, ảnh: P. Tuyết'],
    ['Cán bộ,công chức cấp xã.Tham dự có 20 người.', ['1:7 Thiếu dấu cách sau “,”.', '1:24 Thiếu dấu cách sau “.”.'], 'Cán bộ, công chức cấp xã. Tham dự có 20 người.'],
    ['Sáng 5-3,Huyện ủy mở lớp (khóa 2),sau đó bế giảng.', ['1:9 Thiếu dấu cách sau “,”.', '1:34 Thiếu dấu cách sau “,”.'], 'Sáng 5-3, Huyện ủy mở lớp (khóa 2), sau đó bế giảng.'],
    ['Lớp học kết thúc tốt đẹp ./.', ['1:25 Thừa dấu cách trước “.”.'], 'Lớp học kết thúc tốt đẹp./.'],
    ['Lớp học\tkéo dài 3 ngày.', ['1:8 Dùng dấu cách thay cho ký tự tab giữa các từ.'], 'Lớp học kéo dài 3 ngày.'],
    ['    Tại hội nghị, các đại biểu phát biểu.', ['1:1 Đoạn văn bắt đầu bằng khoảng trắng thừa.'], 'Tại hội nghị, các đại biểu phát biểu.'],
    ['Tỷ lệ hộ dùng nước sạch đạt 98,5 % và 100 % trường học có nhà vệ sinh.', ['1:33 Thừa dấu cách trước “%”.', '1:42 Thừa dấu cách trước “%”.'], 'Tỷ lệ hộ dùng nước sạch đạt 98,5% và 100% trường học có nhà vệ sinh.'],
  ])('flags %j', (text, expected, output) => {
    expect(check(text, RULE).map((f) => `${f.at} ${f.message}`)).toEqual(expected);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it.each([
    'Có 1.400 cán bộ, tỷ lệ 3,92%, lúc 17:59 ngày 19/08/2022, diện tích 1,5ha.',
    'Các ngày 5,6 và 7 tháng 3, lúc 8:30, tỷ số 2:1.',
    'Bảng tính ghi tỷ lệ % hộ nghèo của từng thôn.',
    'Tài liệu để ở thư mục ./tai-lieu của lớp.',
    'BDK.VN - Chiều 19-8-2022, Ban Dân vận Tỉnh ủy tổ chức.',
    '(Baothanhhoa.vn) - Sáng 24/9, hội nghị khai mạc.',
    'Xem chi tiết tại https://example.gov.vn/tin,bai-viet.html hoặc thư về lienhe@example.vn.',
    'Công tác dân vận./.',
    'Nội dung gồm: thứ nhất... thứ hai.',
    'Theo GS.TS. Nguyễn Văn Hải, ThS. Lê Minh và TP.HCM.',
    'Tin, ảnh: P. Tuyết',
    'Mục 2.1.Nội dung gồm số 1.400, hàm f(x)y và điểm (a)b; TP:HCM.',
    'Nghị quyết 35-NQ/TW và Kế hoạch 12/KH-UBND; khai mạc ngày 12/9 - UBND huyện chủ trì.',
    'Nhiệm kỳ 2021-2026 và giai đoạn 2016 - 2020; số 12/2021 -2022 không phải khoảng năm.',
  ])('accepts %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });

  it('flags a full stop or a comma typed twice, glued or spaced, and leaves an ellipsis alone', () => {
    const text = 'Lớp học mở tại thôn.. Học viên học tốt. . Lớp có 30 người,, chủ yếu là nữ... Sau đó về.';
    expect(check(text, RULE).map((f) => [f.message, f.text])).toEqual([
      ['Thừa dấu “.”: dấu câu bị gõ hai lần.', '..'],
      ['Thừa dấu “.”: dấu câu bị gõ hai lần.', '. .'],
      ['Thừa dấu “,”: dấu câu bị gõ hai lần.', ',,'],
    ]);
    expect(fixed(text, RULE)).toBe('Lớp học mở tại thôn. Học viên học tốt. Lớp có 30 người, chủ yếu là nữ... Sau đó về.');
  });

  it('keeps indentation in markdown, where it is syntax', () => {
    expect(check('- mục một\n    tiếp tục mục một', RULE, {}, 'vi', 'markdown')).toEqual([]);
  });

  it('leaves the page’s date line: page metadata, not the reporter’s prose', () => {
    const text = 'Huyện tập huấn nghiệp vụ công tác dân vận\n\nThứ Ba 12/11/2024 , 18:52 (GMT+7)\n\nSáng 12-11, Huyện ủy tổ chức tập huấn cho 150 cán bộ , công chức.\n';
    expect(check(text, RULE).map((f) => f.at)).toEqual(['5:53']);
  });

  it('explains in English too', () => {
    expect(check('a  b', RULE, {}, 'en')[0].message).toBe('2 spaces in a row; use one.');
  });

  it('fixes seed-like text without touching anything else', () => {
    const text = 'Dòng đầu\r\n( Đài An Lão) Sáng ngày 12-9, huyện ủy An Lão  tổ chức.\r\nHoàng Yến';
    expect(fixed(text, RULE)).toBe('Dòng đầu\r\n(Đài An Lão) Sáng ngày 12-9, huyện ủy An Lão tổ chức.\r\nHoàng Yến');
  });
});

describe('spacing around a dash or ampersand', () => {
  it.each([
    ['Đồng chí Lê Văn Phúc- Bí thư Đảng ủy xã', '1:21', 'Đồng chí Lê Văn Phúc - Bí thư Đảng ủy xã'],
    ['Giám đốc Trung tâm -Giáo dục nghề nghiệp', '1:20', 'Giám đốc Trung tâm - Giáo dục nghề nghiệp'],
    ['Văn phòng HĐND& UBND huyện', '1:15', 'Văn phòng HĐND & UBND huyện'],
    ['Ban Kinh tế –Ngân sách', '1:13', 'Ban Kinh tế – Ngân sách'],
    ['(TTVH)- Sáng 5-3, lớp học khai giảng.', '1:7', '(TTVH) - Sáng 5-3, lớp học khai giảng.'],
  ])('flags %j', (text, at, output) => {
    expect(check(text, 'spacing').map((f) => f.at)).toEqual([at]);
    expect(fixed(text, 'spacing')).toBe(output);
  });

  it.each(['Ban Kinh tế - Ngân sách', 'kinh tế-xã hội', 'từ 16-19/8', 'Hoàng Yến – Minh Anh', 'BDK.VN - Chiều 19-8'])('accepts %j', (text) => {
    expect(check(text, 'spacing')).toEqual([]);
  });
});

describe('spacing glued around brackets, ellipses, name–title dashes, dates and “./.”', () => {
  it.each([
    ['Lớp do Trung tâm Bồi dưỡng(TTBD) huyện mở.', '1:27 Thiếu dấu cách trước “(”.', 'Lớp do Trung tâm Bồi dưỡng (TTBD) huyện mở.'],
    ['Các tổ thảo luận sôi nổi…Cuối buổi, học viên làm bài.', '1:25 Thiếu dấu cách sau “…”.', 'Các tổ thảo luận sôi nổi… Cuối buổi, học viên làm bài.'],
    ['Các tổ thảo luận sôi nổi...cuối buổi có kiểm tra.', '1:25 Thiếu dấu cách sau “...”.', 'Các tổ thảo luận sôi nổi... cuối buổi có kiểm tra.'],
    ['Ban Tuyên giáo báo cáo …Sau đó các tổ thảo luận.', '1:23 Dấu cách đặt sai phía của “…”: viết liền với chữ trước, cách chữ sau.', 'Ban Tuyên giáo báo cáo… Sau đó các tổ thảo luận.'],
    ['Kinh tế, văn hóa, xã hội ...được thảo luận kỹ.', '1:25 Dấu cách đặt sai phía của “...”: viết liền với chữ trước, cách chữ sau.', 'Kinh tế, văn hóa, xã hội... được thảo luận kỹ.'],
    ['Ông nói lớp học “rất bổ ích”.Buổi chiều học viên thực hành.', '1:29 Thiếu dấu cách sau “.”.', 'Ông nói lớp học “rất bổ ích”. Buổi chiều học viên thực hành.'],
    // (the mark closes a quotation, whose findings are never fixed: reported only)
    ['Mỗi cán bộ phải là "người thầy số"gần gũi với bà con.', '1:34 Thiếu dấu cách sau “"”.', 'Mỗi cán bộ phải là "người thầy số"gần gũi với bà con.'],
    // a straight quote glued to the word before it closes the quotation: the space after it, before the comma, is extra
    ['Xã nhân rộng mô hình "Tổ phụ nữ trồng rau sạch" , giúp nhiều hộ có thu nhập.', '1:48 Thừa dấu cách trước “,”.', 'Xã nhân rộng mô hình "Tổ phụ nữ trồng rau sạch", giúp nhiều hộ có thu nhập.'],
    ['Đồng chí Lê Văn Tâm-phó chủ tịch UBND xã phát biểu.', '1:20 Dấu gạch nối giữa tên và chức vụ (“Tâm-phó”) cần dấu cách ở hai bên.', 'Đồng chí Lê Văn Tâm - phó chủ tịch UBND xã phát biểu.'],
    ['Bà Trần Thị Mai-Trưởng phòng Văn hóa phát biểu.', '1:16 Dấu gạch nối giữa tên và chức vụ (“Mai-Trưởng”) cần dấu cách ở hai bên.', 'Bà Trần Thị Mai - Trưởng phòng Văn hóa phát biểu.'],
    ['Ông Lê Hùng–Phó Giám đốc Sở dự lớp.', '1:12 Dấu gạch nối giữa tên và chức vụ (“Hùng–Phó”) cần dấu cách ở hai bên.', 'Ông Lê Hùng – Phó Giám đốc Sở dự lớp.'],
    ['Lớp học khai giảng ngày 3/4/ 2023 tại hội trường.', '1:25 Thừa dấu cách trong ngày tháng “3/4/ 2023”.', 'Lớp học khai giảng ngày 3/4/2023 tại hội trường.'],
    ['Ngày 15 - 3 - 2026, xã mở lớp tiêm phòng cho vật nuôi.', '1:6 Thừa dấu cách trong ngày tháng “15 - 3 - 2026”.', 'Ngày 15-3-2026, xã mở lớp tiêm phòng cho vật nuôi.'],
    ['Hạn nộp hồ sơ là ngày 30 /6/2026 tại bộ phận một cửa.', '1:23 Thừa dấu cách trong ngày tháng “30 /6/2026”.', 'Hạn nộp hồ sơ là ngày 30/6/2026 tại bộ phận một cửa.'],
    ['Lớp học kết thúc tốt đẹp. / .', '1:25 Dấu kết thúc văn bản viết liền: “./.”.', 'Lớp học kết thúc tốt đẹp./.'],
    ['Lớp học kết thúc tốt đẹp./ .', '1:25 Dấu kết thúc văn bản viết liền: “./.”.', 'Lớp học kết thúc tốt đẹp./.'],
    ['Lớp học diễn ra trong 2 ngày(14-15/5) tại xã.', '1:29 Thiếu dấu cách trước “(”.', 'Lớp học diễn ra trong 2 ngày (14-15/5) tại xã.'],
    ['Người dự thi nhỏ tuổi nhất là em Lê Minh Khoa(12 tuổi) ở thôn Đông.', '1:46 Thiếu dấu cách trước “(”.', 'Người dự thi nhỏ tuổi nhất là em Lê Minh Khoa (12 tuổi) ở thôn Đông.'],
    ['Đại biểu Cụm 3(phường An Hòa, An Lạc) cùng dự.', '1:15 Thiếu dấu cách trước “(”.', 'Đại biểu Cụm 3 (phường An Hòa, An Lạc) cùng dự.'],
    ['Cán bộ Tiểu đoàn 12(Trung đoàn 5) tham gia huấn luyện.', '1:20 Thiếu dấu cách trước “(”.', 'Cán bộ Tiểu đoàn 12 (Trung đoàn 5) tham gia huấn luyện.'],
    ['Học viên có hỏi không?Giảng viên trả lời ngay.', '1:22 Thiếu dấu cách sau “?”.', 'Học viên có hỏi không? Giảng viên trả lời ngay.'],
    ['Thật đáng khen!Cả lớp đều đạt yêu cầu.', '1:15 Thiếu dấu cách sau “!”.', 'Thật đáng khen! Cả lớp đều đạt yêu cầu.'],
    ['Theo Công văn số 5/CV-HND,ngày 2/3 của Hội.', '1:26 Thiếu dấu cách sau “,”.', 'Theo Công văn số 5/CV-HND, ngày 2/3 của Hội.'],
    ['Thời gian khai giảng:8 giờ sáng thứ Hai.', '1:21 Thiếu dấu cách sau “:”.', 'Thời gian khai giảng: 8 giờ sáng thứ Hai.'],
    ['Báo cáo viên nhắc lại câu:“Dân là gốc”.', '1:26 Thiếu dấu cách sau “:”.', 'Báo cáo viên nhắc lại câu: “Dân là gốc”.'],
    ['Tài liệu ôn tập đăng tại:https://hoinongdan.tanphu.vn/on-tap.html để học viên tải về.', '1:25 Thiếu dấu cách sau “:”.', 'Tài liệu ôn tập đăng tại: https://hoinongdan.tanphu.vn/on-tap.html để học viên tải về.'],
    ['Học viên đăng ký trên trang của Hội,www.hoinongdan.tanphu.vn, trước ngày 5-3.', '1:36 Thiếu dấu cách sau “,”.', 'Học viên đăng ký trên trang của Hội, www.hoinongdan.tanphu.vn, trước ngày 5-3.'],
    ['Lớp học có 40 đảng viên;12 quần chúng ưu tú.', '1:24 Thiếu dấu cách sau “;”.', 'Lớp học có 40 đảng viên; 12 quần chúng ưu tú.'],
    ['Học viên thuộc đối tượng 4.Buổi học bắt đầu lúc 7 giờ.', '1:27 Thiếu dấu cách sau “.”.', 'Học viên thuộc đối tượng 4. Buổi học bắt đầu lúc 7 giờ.'],
    ['Đại hội bầu Ban Chấp hành nhiệm kỳ 2025 - 2030.Hội nghị lần thứ nhất diễn ra ngay sau đó.', '1:47 Thiếu dấu cách sau “.”.', 'Đại hội bầu Ban Chấp hành nhiệm kỳ 2025 - 2030. Hội nghị lần thứ nhất diễn ra ngay sau đó.'],
    ['Khai mạc (ngày 2/5)Các học viên có mặt đầy đủ.', '1:19 Thiếu dấu cách sau “)”.', 'Khai mạc (ngày 2/5) Các học viên có mặt đầy đủ.'],
    ['Đội văn nghệ ,tuyên truyền xã biểu diễn.', '1:13 Dấu cách đặt sai phía của “,”: viết liền với chữ trước, cách chữ sau.', 'Đội văn nghệ, tuyên truyền xã biểu diễn.'],
    ['Lớp học kết thúc tốt đẹp .Sau đó các học viên về đơn vị.', '1:25 Dấu cách đặt sai phía của “.”: viết liền với chữ trước, cách chữ sau.', 'Lớp học kết thúc tốt đẹp. Sau đó các học viên về đơn vị.'],
    ['Thực hiện Kế hoạch số 27/KH- UBND của huyện.', '1:23 Thừa dấu cách trong số hiệu văn bản “27/KH- UBND”.', 'Thực hiện Kế hoạch số 27/KH-UBND của huyện.'],
    ['Theo Quyết định 9 /QĐ-UBND, lớp học mở.', '1:17 Thừa dấu cách trong số hiệu văn bản “9 /QĐ-UBND”.', 'Theo Quyết định 9/QĐ-UBND, lớp học mở.'],
    ['Thực hiện Kế hoạch 08-KH/ ĐU của Đảng ủy.', '1:20 Thừa dấu cách trong số hiệu văn bản “08-KH/ ĐU”.', 'Thực hiện Kế hoạch 08-KH/ĐU của Đảng ủy.'],
    ['Nhiệm kỳ 2021- 2026 của Hội có nhiều đổi mới.', '1:10 Khoảng năm “2021- 2026” có dấu cách ở một bên dấu gạch; hãy viết “2021-2026”.', 'Nhiệm kỳ 2021-2026 của Hội có nhiều đổi mới.'],
    ['Hội nghị tổng kết nhiệm kỳ 2021- 2026.', '1:28 Khoảng năm “2021- 2026” có dấu cách ở một bên dấu gạch; hãy viết “2021-2026”.', 'Hội nghị tổng kết nhiệm kỳ 2021-2026.'],
    ['Giai đoạn 2016 –2020 đã qua.', '1:11 Khoảng năm “2016 –2020” có dấu cách ở một bên dấu gạch; hãy viết “2016–2020”.', 'Giai đoạn 2016–2020 đã qua.'],
    ['Các tổ thảo luận ;mỗi tổ cử một người báo cáo.', '1:17 Dấu cách đặt sai phía của “;”: viết liền với chữ trước, cách chữ sau.', 'Các tổ thảo luận; mỗi tổ cử một người báo cáo.'],
    ['Tỷ lệ hộ nghèo giảm còn 3,2%.Các xã đều đạt chỉ tiêu.', '1:29 Thiếu dấu cách sau “.”.', 'Tỷ lệ hộ nghèo giảm còn 3,2%. Các xã đều đạt chỉ tiêu.'],
    ['(BGĐT)-Sáng 15-10, Kho bạc tổ chức hội nghị.', '1:7 Dấu “-” nối hai phần cần dấu cách ở cả hai bên.', '(BGĐT) - Sáng 15-10, Kho bạc tổ chức hội nghị.'],
    ['Bà Lò Thị Sen-hội viên chi hội phụ nữ thôn phát biểu.', '1:14 Dấu gạch nối giữa tên và chức vụ (“Sen-hội”) cần dấu cách ở hai bên.', 'Bà Lò Thị Sen - hội viên chi hội phụ nữ thôn phát biểu.'],
    // written for HYG15 (issue 13's list, fresh sentences): a title in brackets glued to a name,
    // a cost's source glued to its unit, an ellipsis glued to a lower-case word, a dash spaced on one side
    ['Tham dự có ông Lê Văn Hùng(Phó Chủ tịch UBND huyện) và 60 học viên.', '1:27 Thiếu dấu cách trước “(”.', 'Tham dự có ông Lê Văn Hùng (Phó Chủ tịch UBND huyện) và 60 học viên.'],
    ['Kinh phí mở lớp là 20 triệu đồng(từ ngân sách xã).', '1:33 Thiếu dấu cách trước “(”.', 'Kinh phí mở lớp là 20 triệu đồng (từ ngân sách xã).'],
    ['Học viên nghe giảng, thảo luận tổ, thực hành…và viết thu hoạch.', '1:45 Thiếu dấu cách sau “…”.', 'Học viên nghe giảng, thảo luận tổ, thực hành… và viết thu hoạch.'],
    ['Phát biểu có bà Nguyễn Thu Hà -Trưởng phòng Nội vụ huyện.', '1:31 Dấu “-” nối hai phần cần dấu cách ở cả hai bên.', 'Phát biểu có bà Nguyễn Thu Hà - Trưởng phòng Nội vụ huyện.'],
    ['Buổi học thứ hai kết thúc sớm. /.', '1:30 Dấu kết thúc văn bản viết liền: “./.”.', 'Buổi học thứ hai kết thúc sớm./.'],
  ])('flags %j', (text, expected, output) => {
    expect(check(text, RULE).map((f) => `${f.at} ${f.message}`)).toEqual([expected]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it('flags a bracket glued to a word with a blank inside it: both slips, one fix (issue 13)', () => {
    const text = 'Lớp học có 50 học viên( trong đó 20 nữ).';
    const output = 'Lớp học có 50 học viên (trong đó 20 nữ).';
    expect(check(text, RULE).map((f) => `${f.at} ${f.message}`)).toEqual(['1:23 Thiếu dấu cách trước “(”.', '1:23 Thừa dấu cách sau “(”.']);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
    expect(check('Hàm f( x) được tính.', RULE).map((f) => f.message)).toEqual(['Thừa dấu cách sau “(”.']);
  });

  it.each([
    'Tỉnh Bà Rịa-Vũng Tàu và tuyến Hà Nội-Hải Phòng.',
    // written for HYG15: look-alikes of the slips above that are right as they stand
    'Lớp học góp phần phát triển kinh tế-xã hội, giai đoạn 2021-2025, khai giảng ngày 5-3.',
    'Đoàn đến thăm TP.Cần Thơ, học công thức 5W+1H và chuyên đề “Vì sao phải học suốt đời…” của lớp.',
    // a foreign given name joined by its hyphen, then a verb
    'Bà Han Seo-yun cho biết công ty sẵn sàng hợp tác, ông Lee Dong-hyun bày tỏ cảm ơn.',
    'Học tập chủ nghĩa Mác-Lênin theo Kế hoạch 12-KH/HU và Quyết định 45-QĐ/TU.',
    'Điểm a khoản 1(b), hàm f(x) và lệnh alert(1) trong bài, ảnh anh-lop-hoc(2).',
    'Mẫu A1(b), máy S10(bản mới), hàm F(x) và số 1.2(a) giữ nguyên; ảnh Hoc-vien(3).',
    'Hỏi đáp: Vì sao?, Để làm gì? là hai mục.',
    'Anh ấy nói: “…và cần cố gắng hơn nữa.”',
    'Ngày 3/4/2023 và 4-5-2023, lớp học diễn ra.',
    'Tỷ lệ 3/4 học viên, 20 người, đạt yêu cầu.',
    'Đồng bào Ê-đê, Ba-na và người Xơ-đăng dự lớp; kinh tế-xã hội phát triển.',
    // (POOL30) a hyphenated people's or faith's name after two capitalised words: “ni” is nobody's role
    'Lớp học dành cho chức sắc đồng bào Chăm Bà-ni và Chăm Bà-la-môn trong tỉnh.',
    'Tỷ lệ đạt 100%. Mục tiêu năm sau là 100%.',
  ])('accepts %j', (text) => {
    expect(check(text, RULE)).toEqual([]);
  });
});

describe('spacing: fresh cases of issue 13’s list and sentences that look like them (HYG16)', () => {
  const head = 'Huyện đoàn tập huấn kỹ năng chuyển đổi số\n\nSáng 12/3, Huyện đoàn tổ chức tập huấn cho 60 đoàn viên.\n\n';
  const draft = (s: string): string => `${head}${s}\n\nMinh Thư\n`;
  it.each([
    ['Giảng viên của Trung tâm Chính trị(TTCT) huyện trình bày chuyên đề.', 'Giảng viên của Trung tâm Chính trị (TTCT) huyện trình bày chuyên đề.'],
    ['Học viên được hướng dẫn dùng ứng dụng VNeID(bản mới nhất) trên điện thoại.', 'Học viên được hướng dẫn dùng ứng dụng VNeID (bản mới nhất) trên điện thoại.'],
    ['Lớp học diễn ra trong 2 ngày(12 và 13/3).', 'Lớp học diễn ra trong 2 ngày (12 và 13/3).'],
    ['Học viên thực hành lập tài khoản, tra cứu thủ tục…Sau đó, các nhóm trình bày.', 'Học viên thực hành lập tài khoản, tra cứu thủ tục… Sau đó, các nhóm trình bày.'],
    ['Các nội dung gồm an toàn mạng, thanh toán điện tử...Cuối buổi, học viên làm bài kiểm tra.', 'Các nội dung gồm an toàn mạng, thanh toán điện tử... Cuối buổi, học viên làm bài kiểm tra.'],
    ['Đồng chí Vũ Minh Đức-Bí thư Huyện đoàn phát biểu khai mạc.', 'Đồng chí Vũ Minh Đức - Bí thư Huyện đoàn phát biểu khai mạc.'],
    ['Đồng chí Hoàng Văn Nam –Phó Chủ tịch UBND huyện dự lớp học.', 'Đồng chí Hoàng Văn Nam – Phó Chủ tịch UBND huyện dự lớp học.'],
    ['Lớp học kết thúc vào chiều cùng ngày./ .', 'Lớp học kết thúc vào chiều cùng ngày./.'],
    ['Lớp học kết thúc vào chiều cùng ngày. /.', 'Lớp học kết thúc vào chiều cùng ngày./.'],
    ['Lớp học có 60 học viên( trong đó 25 nữ).', 'Lớp học có 60 học viên (trong đó 25 nữ).'],
    // the blank inside a quotation's own mark is the writer's slip, not the quoted words: fixed
    ['Học viên nghe chuyên đề “ Chuyển đổi số trong thanh niên”.', 'Học viên nghe chuyên đề “Chuyển đổi số trong thanh niên”.'],
    ['Học viên nghe chuyên đề “Chuyển đổi số trong thanh niên ”.', 'Học viên nghe chuyên đề “Chuyển đổi số trong thanh niên”.'],
  ])('“%s” → “%s”', (s, out) => {
    expect(check(draft(s), RULE).length).toBeGreaterThan(0);
    expect(fixed(draft(s), RULE)).toBe(draft(out));
  });

  it('leaves formulas, codes, ranges, numbers and spaced brackets alone', () => {
    for (const s of [
      'Học viên dùng hàm SUM(A1:A10) trong bảng tính.',
      'Học viên làm tròn số bằng hàm ROUND(B2,0) của Excel.',
      'Lớp học theo Kế hoạch số 12-KH/HĐ ngày 5/3/2025.',
      'Giai đoạn 2025-2030, huyện phấn đấu 100% xã có điểm truy cập Internet.',
      'Lớp học diễn ra tại Trung tâm Chính trị huyện (TTCT).',
      'Đồng chí Lê Thu Hà - Trưởng phòng Văn hóa và Thông tin huyện dự lớp học.',
      'Tài liệu gồm các mục 1.2, 1.3 và 2.1 của giáo trình.',
      'Số điện thoại đường dây nóng là 0912.345.678.',
      'Hệ thống Wi-Fi miễn phí được lắp ở nhà văn hóa thôn.',
      'Kết quả: 58/60 học viên đạt yêu cầu.',
      'Học viên được giới thiệu mô hình “Chợ 4.0” của tỉnh.',
      'Lớp học có sự tham gia của đoàn viên các xã Hòa Bình, Tân Lập…',
    ]) expect(check(draft(s), RULE), s).toEqual([]);
  });
});

describe('spacing: reporters’ slips and the look-alikes beside them (HYG17, issue 13)', () => {
  // ⟦wrong→right⟧ is the slip and its fix; each case is a paragraph of a whole draft
  const story = (b: string): string => `Huyện Đoàn tập huấn kỹ năng cho cán bộ đoàn cơ sở\n\nSáng 12-3, Huyện Đoàn tổ chức lớp tập huấn cho 85 cán bộ đoàn cơ sở.\n\n${b}\n\nNguyễn Thanh Hà\n`;
  const bad: string[] = [
    'Tham dự có cán bộ đoàn⟦ ,→,⟧ hội viên Hội Liên hiệp Thanh niên các xã.',
    'Các học viên được nghe ba chuyên đề về công tác đoàn⟦ .→.⟧ Buổi chiều, các học viên thực hành.',
    'Tham dự có đoàn viên thanh niên⟦,→, ⟧hội viên phụ nữ các xã trong huyện.',
    'Huyện Đoàn tổ chức⟦  → ⟧lớp học trong hai ngày tại hội trường Huyện ủy.',
    'Lớp học có (⟦ →⟧50 học viên⟦ →⟧) là bí thư chi đoàn các thôn.',
    'Báo cáo viên là bà Nguyễn Thị Hà⟦-→ - ⟧Trưởng phòng Nội vụ huyện.',
    'Các học viên được học kỹ năng tổ chức văn nghệ, thể thao⟦…→… ⟧Sau đó các tổ thảo luận.',
    'Giảng viên của Trung tâm Chính trị⟦(→ (⟧TTCT) huyện trình bày chuyên đề đầu tiên.',
    'Nội dung lớp học gồm⟦ :→:⟧ kỹ năng tổ chức sinh hoạt và kỹ năng thuyết trình.',
    'Các học viên học lý thuyết vào buổi sáng⟦ ;→;⟧ buổi chiều thực hành theo nhóm.',
    'Lớp học kéo dài hai ngày.⟦→ ⟧Các học viên được cấp tài liệu đầy đủ.',
    'Nội dung lớp học gồm:⟦→ ⟧kỹ năng tổ chức sinh hoạt và kỹ năng thuyết trình.',
    'Lớp học diễn ra trong ba buổi⟦ ./.→./.⟧',
    'Các học viên thực hành kỹ năng quản trò⟦   → ⟧theo nhóm tại sân vận động xã.',
    'Trung tâm Chính trị (TTCT)⟦→ ⟧phối hợp tổ chức lớp học này.',
    'Các học viên học lý thuyết vào buổi sáng;⟦→ ⟧buổi chiều thực hành theo nhóm.',
    'Đây là lớp tập huấn đầu tiên của năm (khóa I⟦ )→)⟧ do Huyện Đoàn mở.',
    'Báo cáo viên là ông Lê Văn Nam⟦ -→ - ⟧Bí thư Huyện Đoàn.',
    'Dự khai mạc có bà Trần Thị Lan⟦–→ – ⟧Phó Chủ tịch UBND huyện.',
    'Học viên đến từ 3 xã⟦,→, ⟧2 thị trấn của huyện Yên Thành.',
    'Lớp học kéo dài hai ngày.⟦  → ⟧Các học viên được cấp tài liệu đầy đủ.',
    'Lớp học được tổ chức vào năm 2011⟦ .→.⟧ Các học viên đều là cán bộ mới.',
    'Học viên nghe chuyên đề “⟦ →⟧Tuổi trẻ Yên Thành học tập và làm theo lời Bác”.',
    'Báo cáo viên Tỉnh Đoàn⟦ !→!⟧ Một người rất nhiệt tình với học viên.',
    'Các chi đoàn thôn Đông⟦ ,→, ⟧Tây và Nam đều cử học viên tham dự.',
    'Học viên nghe chuyên đề⟦“→ “⟧Tuổi trẻ Yên Thành học tập và làm theo lời Bác” do Tỉnh Đoàn trình bày.',
    'Học viên nghe chuyên đề “Tuổi trẻ Yên Thành học tập và làm theo lời Bác⟦”→” ⟧của Tỉnh Đoàn.',
  ];
  const good: string[] = [
    'Mỗi chi đoàn được hỗ trợ 1,5 triệu đồng để tổ chức sinh hoạt.',
    'Lớp học bắt đầu lúc 7h30 và kết thúc lúc 11h.',
    'Chương trình nằm trong kế hoạch giai đoạn 2011-2015 của Huyện Đoàn.',
    'Lớp học thực hiện theo Quyết định số 125/QĐ-UBND của UBND huyện.',
    'Tài liệu được đăng trên trang www.yenthanh.gov.vn để học viên tải về.',
    'Lớp học kết thúc tốt đẹp vào chiều cùng ngày./.',
    'Học viên gửi bài thu hoạch về địa chỉ huyendoan.yenthanh@gmail.com trước ngày 20-3.',
    'Tỷ lệ học viên đạt loại khá đạt 92,5%.',
    'Buổi khai mạc bắt đầu lúc 07:30 tại hội trường Huyện ủy.',
    'Các học viên thảo luận về phát triển kinh tế-xã hội ở địa phương.',
    'Nhiều học viên là thành viên tổ phòng, chống dịch Covid-19 ở thôn.',
    'Lớp học thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy.',
    'Có 1.200 đoàn viên tham gia các hoạt động trong quý I/2011.',
    'Dự lớp học có học viên người Ê-đê và Bru-Vân Kiều.',
    'Tài liệu gồm các phần: lý luận, kỹ năng, thực hành, v.v.',
    'Các học viên đến từ TP.HCM và TP. Vinh.',
    'Chương trình áp dụng cho giai đoạn (2011 - 2015) theo kế hoạch của Tỉnh Đoàn.',
    'Bà H’Mai, học viên người dân tộc, phát biểu cảm tưởng.',
    'Học viên được học Điều 5, Khoản 2 của Điều lệ Đoàn.',
    'Lớp học kéo dài từ ngày 12-3 đến ngày 14-3.',
    'Mỗi tổ có 8 - 10 học viên cùng thực hành.',
    'Đồng chí Bí thư nhấn mạnh: “Học đi đôi với hành”.',
    'Các học viên hỏi: “Làm sao để thu hút đoàn viên?”.',
    'Giờ học buổi chiều từ 13h30 - 17h00 hằng ngày.',
    'Giấy chứng nhận có mã số YT-2011-015 do Huyện Đoàn cấp.',
  ];


  it.each(bad)('%s', (b) => {
    expect(check(story(source(b)), RULE).length).toBeGreaterThan(0);
    expect(fixed(story(source(b)), RULE)).toBe(story(after(b)));
    expect(fixed(story(after(b)), RULE)).toBe(story(after(b)));
  });

  it.each(good)('silent: %s', (b) => {
    expect(check(story(b), RULE)).toEqual([]);
  });

  it('says where a curly quotation is glued to the word outside it, and fixes it (the mark is the quotation’s frame, not its words)', () => {
    const text = story('Học viên nghe chuyên đề“Tuổi trẻ Yên Thành”của Tỉnh Đoàn.');
    expect(check(text, RULE).map((f) => `${f.at} ${f.message}`)).toEqual(['5:24 Thiếu dấu cách trước ““”.', '5:43 Thiếu dấu cách sau “””.']);
    expect(check(text, RULE, {}, 'en').map((f) => f.message)).toEqual(['Missing space before ““”.', 'Missing space after “””.']);
    expect(fixed(text, RULE)).toBe(story('Học viên nghe chuyên đề “Tuổi trẻ Yên Thành” của Tỉnh Đoàn.'));
  });
});

describe('spacing: dates broken by blanks, a word glued to its number, spaces of another width (HYG18, issue 13)', () => {
  const bad = [
    'Thời gian học⟦:→: ⟧ba ngày, từ ngày 12-9 đến ngày 14-9.',
    'Lớp học khai giảng ngày ⟦12 / 9→12/9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12 /9→12/9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12/ 9→12/9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12 / 9 / 2026→12/9/2026⟧, kéo dài ba ngày.',
    'Lớp học⟦　→ ⟧khai giảng ngày 12-9, kéo dài ba ngày.',
    'Lớp học khai giảng ngày 12-9,⟦  → ⟧kéo dài ba ngày.',
    'Lớp học khai giảng⟦\t→ ⟧ngày 12-9, kéo dài ba ngày.',
    'Lớp học khai giảng ngày 12-9,⟦\t→ ⟧kéo dài ba ngày.',
    'Thành phần⟦:→: ⟧cán bộ đoàn các xã, thị trấn trong huyện.',
    'Nội dung chính⟦:→: ⟧kỹ năng tổ chức sinh hoạt chi đoàn.',
    'Học viên gồm hai nhóm⟦:→: ⟧bí thư chi đoàn và đoàn viên ưu tú.',
    'Lớp học khai giảng ⟦ngày12-9→ngày 12-9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ⟦ngày12/9→ngày 12/9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12 - 9→12-9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12 - 9 - 2026→12-9-2026⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12- 9→12-9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày ⟦12 -9→12-9⟧, kéo dài ba ngày.',
    'Lớp học khai giảng ngày 12-9⟦ ,→,⟧ kéo dài ba ngày.',
    'Lớp học khai giảng ngày 12-9,⟦→ ⟧kéo dài ba ngày.',
    'Lớp học⟦ → ⟧khai giảng ngày 12-9, kéo dài ba ngày.',
    'Lớp học khai giảng ngày 12-9, kéo dài ba ngày⟦ .→.⟧',
    'Học viên được nghe ba chuyên đề⟦ :→:⟧ kỹ năng, nghiệp vụ và phong trào.',
    'Học viên nhập học ⟦Ngày12/9→Ngày 12/9⟧, kéo dài ba ngày.',
    'Lớp học tổ chức trong ⟦tháng9→tháng 9⟧ năm nay.',
    'Huyện Đoàn mở hai lớp trong ⟦năm2026→năm 2026⟧.',
    'Lớp học khai giảng ⟦chiều 12 /9→chiều 12/9⟧ tại hội trường.',
    'Lớp học khai giảng⟦　　→ ⟧ngày 12-9 tại hội trường.',
    'Lớp học khai giảng ngày 12-9 tại hội trường⟦ → ⟧xã.',
    'Lớp học khai giảng ngày 12-9⟦ → ⟧tại hội trường xã.',
  ];
  const good = dateLookAlikes;

  markedCases('spacing', bad, good);

  it('names the word glued to its number and the unusual space', () => {
    expect(check(markedStory('Lớp học khai giảng ngày12-9 tại hội trường.'), 'spacing').map((f) => f.message)).toEqual(['Thiếu dấu cách sau “ngày”.']);
    const odd = check(markedStory('Lớp học\u3000khai giảng ngày 12-9 tại hội trường.'), 'spacing');
    expect(odd.map((f) => f.message)).toEqual(['Khoảng trắng lạ U+3000 (thường sót lại khi sao chép); dùng dấu cách thường.']);
    expect(check(markedStory('Lớp học\u3000khai giảng ngày 12-9 tại hội trường.'), 'spacing', {}, 'en').map((f) => f.message)).toEqual(['An unusual space U+3000 (often left by copying); use a plain space.']);
    expect(check(markedStory('Lớp học khai giảng ngày 12 / 9 tại hội trường.'), 'spacing').map((f) => [f.message, f.at])).toEqual([['Thừa dấu cách trong ngày tháng “12 / 9”.', '5:25']]);
  });

});

describe('spacing: a blank before a closing mark after the sentence’s own mark, an ellipsis typed as spaced stops (HYG19, issue 13)', () => {
  const bad = [
    'Giảng viên hỏi: “Các bạn đã sẵn sàng chưa?⟦ ”→”⟧',
    'Học viên đồng thanh: “Sẵn sàng!⟦ ”→”⟧ Lớp học bắt đầu.',
    'Giảng viên nhắc lại lời Bác: “Thanh niên là người chủ tương lai của nước nhà.⟦ ”→”⟧',
    'Lớp học có 85 học viên (trong đó có 40 nữ.⟦ )→)⟧',
    'Lớp học kéo dài ba ngày (từ 12 đến 14-9…⟦ )→)⟧.',
    'Học viên hỏi: “Bao giờ có lớp tiếp theo?⟦  ”→”⟧',
    'Học viên hỏi: “Khi nào lớp học kết thúc…⟦ ”→”⟧',
    'Học viên được học về kỹ năng mềm⟦. . .→...⟧',
    'Học viên được học về kỹ năng mềm, kỹ năng số⟦. . .→...⟧ Sau đó thực hành.',
    'Các chuyên đề gồm: chuyển đổi số, kỹ năng mềm⟦.  .  .→...⟧',
  ];
  const good = [
    'Giảng viên hỏi: “Các bạn đã sẵn sàng chưa?”',
    'Học viên đồng thanh: “Sẵn sàng!” Lớp học bắt đầu.',
    'Lớp học có 85 học viên (trong đó có 40 nữ).',
    'Giảng viên hỏi: “Các bạn đã sẵn sàng chưa?” Học viên đồng thanh trả lời.',
    'Học viên được học về kỹ năng mềm...',
    'Học viên được học về kỹ năng mềm… Sau đó thực hành.',
    'Học viên được học về kỹ năng mềm... Sau đó thực hành.',
    'Điểm trung bình của lớp là 8.5 điểm.',
    'Lớp học có ba phần: 1. Lý thuyết. 2. Thực hành. 3. Kiểm tra.',
    'Học viên trả lời: “Có.” Giảng viên ghi nhận.',
    'Kết quả (đạt 95%) cao hơn năm trước.',
    'Lớp học khai giảng ngày 12-9. Lớp học kết thúc ngày 14-9.',
  ];

  markedCases('spacing', bad, good);

  it('names the spaced ellipsis, in either language', () => {
    expect(check(markedStory('Học viên được học về kỹ năng mềm. . .'), 'spacing').map((f) => [f.message, f.text])).toEqual([['Dấu chấm lửng “. . .” bị gõ cách: viết liền “...”.', '. . .']]);
    expect(check(markedStory('Học viên được học về kỹ năng mềm. . .'), 'spacing', {}, 'en').map((f) => f.message)).toEqual(['The ellipsis “. . .” is spaced out: write “...”.']);
  });
});

describe('spacing: a number run into the Vietnamese word before or after it (HYG20, issue 13)', () => {
  // any Vietnamese word, not only the date words; codes, models and units (ASCII or capitals) stay
  const bad = [
    'Xã có⟦→ ⟧186 hộ tham gia mô hình.',
    'Lớp học gồm⟦→ ⟧45 học viên là cán bộ chi hội.',
    'Lớp học khai giảng ngày⟦→ ⟧12-9 tại hội trường xã.',
    'Đoàn công tác làm việc lúc⟦→ ⟧07 giờ sáng.',
    'Có⟦→ ⟧30 đoàn viên tham gia dọn vệ sinh.',
    'Tổng số học viên là⟦→ ⟧120 người.',
    'Hội trao⟦→ ⟧25 suất quà cho hội viên khó khăn.',
    'Huyện hỗ trợ⟦→ ⟧1.200 cây giống cho các hộ dân.',
    'Lớp học kéo dài trong⟦→ ⟧3 ngày.',
    'Ban tổ chức trao giấy khen cho⟦→ ⟧12 tập thể.',
    'Tham dự có 186⟦→ ⟧người là cán bộ các xã.',
    'Mỗi hộ được hỗ trợ 2⟦→ ⟧tấn phân bón.',
    'Lớp học kéo dài 3⟦→ ⟧ngày tại hội trường xã.',
    'Hội viên được phát 1,5⟦→ ⟧tạ giống lúa.',
    'Chương trình có 45⟦→ ⟧học viên tham gia.',
    'Huyện đã xây dựng được⟦→ ⟧15 mô hình.',
    'Đợt này có⟦→ ⟧5 xã đạt chuẩn.',
    'Thứ⟦→ ⟧2 tuần sau, lớp học chuyển sang thực hành.',
    'Bình quân mỗi lớp có⟦→ ⟧40 đến 50 học viên.',
    'Lớp học thu hút hơn⟦→ ⟧200 đoàn viên tham gia.',
    'Tỷ lệ học viên đạt yêu cầu đạt⟦→ ⟧95%.',
    'Huyện có khoảng⟦→ ⟧300 hộ nuôi ong.',
    'Học viên học trong 3⟦→ ⟧tháng tại trường.',
    'Buổi học kéo dài 2⟦→ ⟧giờ.',
    'Xã trao 15⟦→ ⟧suất học bổng cho học sinh nghèo.',
    'Lớp học có 45⟦→ ⟧học viên.',
    'Tổng số học viên là 1.200⟦→ ⟧người.',
    'Đoàn kiểm tra làm việc tại⟦→ ⟧12 xã.',
    'Các hộ được hỗ trợ⟦→ ⟧50% kinh phí.',
    'Giai đoạn này có⟦→ ⟧3 xã về đích nông thôn mới.',
  ];
  const good = [
    'Học viên được phát giấy khổ A4 để làm bài kiểm tra.',
    'Công tác phòng, chống COVID-19 được nhắc lại trong buổi học.',
    'Các trường hợp F0 được hướng dẫn cách ly tại nhà.',
    'Mạng 5G đã phủ sóng toàn bộ trung tâm huyện.',
    'Giảng viên giới thiệu về cúm gia cầm H5N1.',
    'Mỗi hộ được hỗ trợ 500 m2 đất sản xuất.',
    'Diện tích rừng trồng mới đạt 20ha.',
    'Lớp học được tổ chức tại phòng họp P2 của Ủy ban nhân dân xã.',
    'Học viên được phổ biến Luật Đất đai số 31/2024/QH15.',
    'Giống lúa ST25 được đưa vào sản xuất vụ xuân.',
    'Đồng chí Trưởng Công an huyện (PC07) phát biểu tại lớp học.',
    'Đường dây 35kV qua xã được kiểm tra định kỳ.',
    'Học viên học cách đọc mã QR trên điện thoại 4G.',
    'Giảng viên hướng dẫn dùng mẫu số M01 khi báo cáo.',
    'Máy bay Su30 trình diễn trong lễ kỷ niệm.',
    'Lớp học diễn ra trong 2 ngày 14 và 15-3.',
    'Bản đồ tỷ lệ 1:2000 được phát cho các tổ.',
    'Các hộ dân trồng mới 3,5 ha chè.',
    'Đơn vị LĐ1 của Tổng đội được giao nhiệm vụ.',
    'Công văn số 12/UBND-VX được gửi tới các xã.',
    'Nhóm thực hành thiết bị 3D được bố trí riêng.',
    'Đề án 06 của Chính phủ được giới thiệu tại lớp.',
    'Giảng viên trình chiếu sơ đồ mạng lưới trạm BTS.',
    'Vùng trồng lúa ST24 của xã được mở rộng.',
    'Học viên dùng điện thoại iPhone15 để thực hành.',
    'Nhiều hộ dùng giống lúa Đài Thơm 8 cho năng suất cao.',
    'Tài liệu tham khảo được ghi ở mục [3] và [4].',
    'Hội thi có 2 vòng: vòng loại và vòng chung kết.',
    'Xã có 2.500 hộ, trong đó 186 hộ nghèo.',
    'Đường tỉnh ĐT.741 đi qua địa bàn xã.',
    'Tàu Su30 và Yak130 tham gia diễn tập.',
    'Kênh vov1 phát lại buổi tọa đàm.',
    'Tài liệu ở tệp bai1.docx được gửi qua email.',
    'Tham khảo tại https://tinhdoan.vn/tap-huan/lop3 để biết thêm.',
    'Xã có 20 hộ nuôi bò 3B.',
    'Mã bưu chính của xã là 43000.',
    'Mỗi học viên được phát 1 bộ tài liệu khổ A5.',
    'Mô hình trồng giống lúa Bắc Thơm 7 cho năng suất cao.',
    'Học viên dùng bình chữa cháy loại MFZ4.',
  ];
  markedCases('spacing', bad, good);
});

describe('spacing: a sentence that opens with a word glued to its count, en-dash dates, the codes beside them (HYG21, issue 13)', () => {
  // an ASCII word with its capital opening the sentence ("Sau", "Trong", "Qua", "Theo") glued to a
  // count a Vietnamese word follows: inside a sentence a capital glued to digits is a code or a model
  const bad = [
    'Sau⟦→ ⟧2 ngày, các học viên được cấp giấy chứng nhận.',
    'Trong⟦→ ⟧3 ngày, học viên được học năm chuyên đề.',
    'Sau⟦→ ⟧3 buổi học, học viên chuyển sang thực hành.',
    'Trong⟦→ ⟧2 buổi, học viên được nghe báo cáo chuyên đề.',
    'Qua⟦→ ⟧5 năm, mô hình được nhân rộng ra toàn huyện.',
    'Theo⟦→ ⟧2 báo cáo viên, lớp học rất thiết thực.',
    'Lớp học kết thúc tốt đẹp. Sau⟦→ ⟧2 tuần, học viên nộp bài thu hoạch.',
    'Cuối khóa có bài kiểm tra. Trong⟦→ ⟧45 phút, học viên làm bài trắc nghiệm.',
    '(Sau⟦→ ⟧3 tháng, chi đoàn sẽ sơ kết mô hình.)',
    'Sau⟦→ ⟧10 ngày, các chi hội báo cáo kết quả về Hội Nông dân huyện.',
    'Trong⟦→ ⟧6 tháng đầu năm, huyện mở 12 lớp tập huấn.',
    'Qua⟦→ ⟧2 đợt kiểm tra, các chi đoàn đều đạt yêu cầu.',
    'Gồm⟦→ ⟧3 chuyên đề, lớp học kéo dài hai ngày.',
    'Cả⟦→ ⟧3 lớp học đều đạt kết quả tốt.',
    'Có⟦→ ⟧45 học viên tham dự lớp học.',
    'Mỗi học viên được phát 2⟦→ ⟧bộ tài liệu.',
    'Các học viên được chia thành 4⟦→ ⟧nhóm thảo luận.',
    'Lớp học có 45⟦→ ⟧đại biểu tham dự.',
    'Có 60 học viên, trong đó⟦→ ⟧12 là nữ.',
    'Khoảng⟦→ ⟧40 hội viên nông dân dự lớp học.',
  ];
  const good = [
    'F0 được hướng dẫn cách ly tại nhà.',
    'H5N1 là chủng cúm nguy hiểm ở gia cầm.',
    'COVID-19 từng khiến lớp học phải hoãn.',
    '5G được giới thiệu là công nghệ mới.',
    'Mỗi hộ được hỗ trợ 20 m2 nhà lưới.',
    'Các ca F1 được theo dõi sức khỏe tại nhà.',
    'Vitamin B12 giúp tăng sức đề kháng, giảng viên cho biết.',
    'Các máy bay Su30 và MiG21 được giới thiệu trong buổi học.',
    'Khu A1 của ký túc xá được dùng làm lớp học.',
    'Xe Vios2020 được mượn làm mô hình thực hành.',
    'Mã Zalo1 được dùng cho nhóm học viên.',
    'Covid19 là cách viết tắt thường gặp trên mạng xã hội.',
    'SARS-CoV-2 là tên của virus gây bệnh.',
    'Khẩu trang N95 được phát cho học viên.',
    'Quốc lộ 1A đoạn qua xã được học viên khảo sát.',
    'Sau 2 ngày, các học viên được cấp giấy chứng nhận.',
    'Trong 3 ngày, học viên được học năm chuyên đề.',
    'Tổ 3 được giao nhiệm vụ mới.',
    'Trường Mầm non Hoa Sen 2 tổ chức tập huấn.',
    'Sau2000 là tên một nhóm nhạc được học viên nhắc đến.',
    'Mỗi tổ có 3–5 học viên thực hành.',
    'Học sinh lớp 10–12 tham gia cuộc thi.',
    'Lớp học diễn ra từ 8–11 giờ mỗi ngày.',
    'Mỗi nhóm thảo luận 20–30 phút.',
    'Nhiệm kỳ 2025–2030 có nhiều nhiệm vụ mới.',
    'Xã có 12–15 hộ nuôi bò sinh sản.',
    'Học viên được học ngày 3–5 tháng 6.',
    'Trong hai ngày 14–15/3, học viên được học ba chuyên đề.',
    'Điểm thi đạt 7–8 là khá.',
    'Đội hình 4–4–2 được đội bóng thanh niên sử dụng.',
  ];
  markedCases('spacing', bad, good);
});
