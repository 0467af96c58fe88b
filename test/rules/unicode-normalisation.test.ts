import { describe, it, expect } from 'vitest';
import { check, fixed } from '../helpers/lint.js';

const RULE = 'unicode-normalisation';

describe('unicode-normalisation', () => {
  it('flags a decomposed (NFD) word and recomposes it', () => {
    const text = `Ban Dân vận ${'Tỉnh ủy'.normalize('NFD')} tổ chức.`;
    expect(check(text, RULE).map((f) => `${f.at} ${f.message}`)).toEqual([
      '1:13 Chữ “Tỉnh” đang ở dạng tổ hợp (NFD); cần dạng dựng sẵn (NFC).',
      `1:${13 + 'Tỉnh'.normalize('NFD').length + 1} Chữ “ủy” đang ở dạng tổ hợp (NFD); cần dạng dựng sẵn (NFC).`,
    ]);
    expect(fixed(text, RULE)).toBe('Ban Dân vận Tỉnh ủy tổ chức.');
  });

  it('summarises a fully decomposed text in one finding that fixes every word', () => {
    const nfc = 'Sáng ngày 12-9, Huyện ủy An Lão tổ chức tập huấn nghiệp vụ công tác dân vận năm 2023 cho cán bộ, công chức các xã, thị trấn trên địa bàn huyện.';
    const text = nfc.normalize('NFD');
    const found = check(text, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^Có \d+ từ ở dạng tổ hợp \(NFD\)/);
    expect(fixed(text, RULE)).toBe(nfc);
  });

  it('replaces the Icelandic Ð/ð with Đ/đ', () => {
    expect(check('Ðảng bộ tỉnh và ðoàn viên', RULE).map((f) => `${f.at} ${f.message}`)).toEqual([
      '1:1 Dùng “Đ” (chữ Đ tiếng Việt) thay cho “Ð” (chữ Eth của tiếng Iceland).',
      '1:17 Dùng “đ” (chữ Đ tiếng Việt) thay cho “ð” (chữ Eth của tiếng Iceland).',
    ]);
    expect(fixed('Ðảng bộ tỉnh và ðoàn viên', RULE)).toBe('Đảng bộ tỉnh và đoàn viên');
  });

  it('removes characters that show nothing (zero-width space, soft hyphen, a byte-order mark inside the text), keeping the text as it reads', () => {
    const text = 'Hội nghị tập\u200B huấn được tổ chức tại Huyện\uFEFF ủy; học viên được bồi dư\u00ADỡng kiến thức.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.message}`)).toEqual([
      '1:13 Ký tự ẩn U+200B (không hiển thị, thường sót lại khi sao chép từ trang web) nằm trong bài; cần xóa.',
      '1:42 Ký tự ẩn U+FEFF (không hiển thị, thường sót lại khi sao chép từ trang web) nằm trong bài; cần xóa.',
      '1:68 Ký tự ẩn U+00AD (không hiển thị, thường sót lại khi sao chép từ trang web) nằm trong bài; cần xóa.',
    ]);
    const out = fixed(text, RULE);
    expect(out).toBe('Hội nghị tập huấn được tổ chức tại Huyện ủy; học viên được bồi dưỡng kiến thức.');
    expect(fixed(out, RULE)).toBe(out);
    // the joiner inside an emoji sequence is part of the emoji
    expect(check('Các em vẽ tranh 👨\u200D👩\u200D👧 gia đình.', RULE)).toEqual([]);
  });

  it('puts a space for an invisible character that was the only break after a mark (“lớp.\\u200bChiều”), where removing it would glue the two sentences', () => {
    const text = 'Khai mạc lớp học.\u200BChiều cùng ngày, học viên thảo luận nhóm,\u200Bsau đó thi trắc nghiệm.';
    expect(check(text, RULE).map((f) => `${f.at} ${f.message}`)).toEqual([
      '1:18 Ký tự ẩn U+200B đứng thay dấu cách sau “.” (thường sót lại khi sao chép từ trang web); cần thay bằng dấu cách.',
      '1:60 Ký tự ẩn U+200B đứng thay dấu cách sau “,” (thường sót lại khi sao chép từ trang web); cần thay bằng dấu cách.',
    ]);
    const out = fixed(text, RULE);
    expect(out).toBe('Khai mạc lớp học. Chiều cùng ngày, học viên thảo luận nhóm, sau đó thi trắc nghiệm.');
    expect(fixed(out, RULE)).toBe(out);
    // a blank beside it, a figure after a comma, a small letter after a full stop (an address): nothing but the mark goes
    expect(fixed('Lớp học. \u200BChiều thi; tỉ lệ 1,\u200B5; trang tanlac.\u200Bgov.vn', RULE)).toBe('Lớp học. Chiều thi; tỉ lệ 1,5; trang tanlac.gov.vn');
  });

  it('recognises TCVN3 (ABC) text and does not try to fix it', () => {
    const tcvn3 = 'Uû ban nh©n d©n huyÖn tæ chøc héi nghÞ tËp huÊn cho c¸n bé.';
    const found = check(tcvn3, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^Văn bản có vẻ được gõ bằng bảng mã TCVN3 \(ABC\) cũ/);
    expect(fixed(tcvn3, RULE)).toBe(tcvn3);
  });

  it('recognises VNI text', () => {
    const vni = 'UÛy ban nhaân daân huyeän toå chöùc hoäi nghò taäp huaán cho caùn boä.';
    const found = check(vni, RULE, {}, 'en');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^The text looks like the legacy VNI encoding/);
  });

  it('flags the replacement character left by a broken encoding', () => {
    expect(check('Huy\uFFFDn An Lão', RULE).map((f) => f.at)).toEqual(['1:4']);
  });

  it.each(['Huyện ủy An Lão tổ chức tập huấn.', 'Hội nghị «Dân vận khéo» năm 2023 © Đài An Lão', 'Ông Ð. (viết tắt) và số 12°C'])(
    'accepts %j',
    (text) => {
      expect(check(text, RULE)).toEqual([]);
    },
  );
});
