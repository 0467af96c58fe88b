/**
 * Cases written with their slips marked in place: ⟦typed→fixed⟧, or ⟦debris⟧ alone for text the
 * fix removes. One sentence then gives both the draft a reporter typed and the text the fix must
 * leave, so the two cannot drift apart.
 */
const marks = /⟦([^⟧]*)⟧/gu;

/** The case as the reporter typed it. */
export const source = (t: string): string => t.replace(marks, (_m, x: string) => x.split('→')[0]);

/** The case as the fix must leave it; a mark without an arrow is debris and goes. */
export const after = (t: string): string => t.replace(marks, (_m, x: string) => (x.includes('→') ? x.split('→')[1] : ''));

/** A complete training draft (headline, lead, closing, byline) with the case as its middle paragraph. */
export const story = (b: string): string =>
  `Huyện Đoàn Yên Thành tập huấn kỹ năng cho cán bộ đoàn cơ sở\n\nSáng 12-3, Huyện Đoàn Yên Thành tổ chức lớp tập huấn kỹ năng công tác đoàn cho 85 cán bộ đoàn cơ sở.\n\n${b}\n\nCuối khóa, Huyện Đoàn trao giấy chứng nhận cho các học viên. Lớp học kết thúc tốt đẹp.\n\nNguyễn Thanh Hà\n`;
