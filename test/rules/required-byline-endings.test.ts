import { describe, expect, it } from 'vitest';
import { check } from '../helpers/lint.js';

/**
 * HYG22: endings of a page as reporters paste them: the credit in its many forms, then the
 * page's furniture (comments, print, views, share, tags, related links) or nothing; and the
 * same furniture after a story that credits nobody, which must still be reported.
 */
const RULE = 'required-byline';

const STORY =
  'Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở\n\nNgày 14/9, Ban Dân vận Huyện ủy Cư Kuin tổ chức lớp tập huấn nghiệp vụ cho 85 cán bộ làm công tác dân vận ở các xã.\n\nHọc viên được trao đổi cách nắm tình hình nhân dân, cách vận động đồng bào tham gia giữ gìn an ninh trật tự ở thôn, buôn.';

const CREDITS = [
  'Hoài',
  'Yaly',
  'Krông',
  'Khánh Linh',
  'Nhóm phóng viên Đài Truyền thanh xã Ea Tul',
  'Nhóm cộng tác viên Trang tin điện tử phường An Lạc',
  'Tin, ảnh: Đình Văn',
  'T.T.H',
  'Ngọc Mai (CTV)',
  'Phòng Văn hóa và Thông tin huyện',
  'Bích Trâm - Đài TT-TH huyện',
  'Tin: Lệ Quyên; ảnh: Thái Hòa',
  'Nhóm PV',
  'Hải Đăng (Trung tâm Văn hóa - Thông tin huyện)',
  'Văn Tú - Thu Sương',
  'N.V.Q',
  'Tin, ảnh: Xuân Thủy - CTV',
  'BẢO TRÂN',
  'Ban Tuyên giáo Huyện ủy',
  'Tin và ảnh: Nhóm cộng tác viên xã Hòa Hiệp',
];

const FURNITURE = [
  '',
  '\n\nBình luận (0) | In bài',
  '\n\nLượt xem: 1.032',
  '\n\nChia sẻ: Facebook | Zalo',
  '\n\nTags: dân vận, tập huấn, Cư Kuin',
  '\n\nIn bài viết | Gửi email\n\nLượt xem: 845',
  '\n\nTin liên quan\n\n- Hội Nông dân xã ra mắt tổ hợp tác trồng cà phê\n\n- Huyện Đoàn tổ chức ngày hội thanh niên',
  '\n\nLượt xem: 845\n\nBình luận (0)',
  '\n\nXem thêm: Xã Ea Bhốk ra mắt mô hình dân vận khéo',
];

// every credit once with no furniture, then each furniture after two credits in turn: 60 endings
const ENDINGS: [string, string][] = [];
for (const c of CREDITS) ENDINGS.push([c, '']);
for (let k = 0; ENDINGS.length < 60; k++) ENDINGS.push([CREDITS[k % CREDITS.length], FURNITURE[1 + (k % (FURNITURE.length - 1))]]);

describe('required-byline: a credit before the page furniture', () => {
  it.each(ENDINGS)('accepts “%s” then %j', (credit, furniture) => {
    expect(check(`${STORY}\n\n${credit}${furniture}\n`, RULE)).toEqual([]);
  });
});

// 30 endings that credit nobody: the furniture alone, a caption, the mark of the end
const NO_CREDIT: string[] = [
  ...FURNITURE,
  '\n\nẢnh: Học viên trao đổi tại lớp tập huấn.',
  '\n\nToàn cảnh lớp tập huấn',
  '\n\nToàn cảnh lớp tập huấn\n\nBình luận (0) | In bài',
  '\n\nHết',
  '\n\nHết\n\nLượt xem: 212',
  '\n\nBaonongthon',
  '\n\nChia sẻ',
  '\n\nChia sẻ\n\nIn bài',
  '\n\nTags',
  '\n\nVideo',
  '\n\nẢnh',
  '\n\nTin liên quan',
  '\n\nBình luận (0) | In bài\n\nLượt xem: 1.032',
  '\n\nẢnh 1: Cán bộ dân vận trao đổi với học viên',
  '\n\nĐồng chí Y Ngọc phát biểu tại lớp tập huấn\n\nLượt xem: 77',
  '\n\nÔng Y Khu Niê, Trưởng ban Dân vận Huyện ủy',
  '\n\nDân vận',
  '\n\nThời sự',
  '\n\nFacebook',
  '\n\nZalo',
  '\n\nTop',
];

describe('required-byline: no credit before the page furniture', () => {
  it.each(NO_CREDIT.map((e) => [e]))('reports an ending %j', (ending) => {
    expect(check(`${STORY}${ending}\n`, RULE)).toHaveLength(1);
  });
  it('has thirty of them', () => expect(NO_CREDIT).toHaveLength(30));
});
