/** Links of a draft found paragraph by paragraph (the re-check path) are those of its whole text. */
import { describe, expect, it } from 'vitest';
import { draftLinkSpans, linkSpans } from '../../server/src/core/links.js';
import { parseDraft } from '../../server/src/core/parse.js';

const drafts = [
  'Tin tập huấn\n\nXem chi tiết tại https://ubnd.gov.vn/tin-tuc/tap-huan.\nLiên hệ: van.thu@xa.vn; www.tinh.com.vn\tvà a.vn_x, TP.HCM, 1.5 tỷ đồng.\n\nMinh Anh',
  '\ufeffhttp://a.vn\r\n\r\n  \u00a0 www.b.com  \r\n𝐀bc.vn gửi x@𝐀.vn.\r\nHội nghị (xem “tinh.gov.vn/ke-hoach”) kết thúc.',
  'Không có đường dẫn nào trong bài này.\n\nChỉ có TP.HCM và 2.500 người.',
];

describe('draftLinkSpans', () => {
  it('finds in a plain-text draft exactly the links of its whole text, again after an edit', () => {
    for (const text of drafts) {
      expect(draftLinkSpans(parseDraft(text, 'text')), text).toEqual(linkSpans(text));
      // the edited draft reuses the other paragraphs' links, moved to their new offsets
      const edited = `Tin mới: www.moi.vn\n\n${text}`;
      expect(draftLinkSpans(parseDraft(edited, 'text')), edited).toEqual(linkSpans(edited));
    }
  });

  it('reads a markdown draft whole', () => {
    const md = '# Tin\n\n[Kế hoạch](https://xa.gov.vn/kh) và www.b.vn\n';
    expect(draftLinkSpans(parseDraft(md, 'markdown'))).toEqual(linkSpans(md));
  });
});
