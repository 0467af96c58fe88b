/**
 * Photo captions printed among the story's paragraphs. A caption belongs to its photo, not to
 * the prose: the story's end mark, for one, goes after the last paragraph of prose, not after a
 * caption the page set under it.
 */
import { nfc } from '../normalise.js';

/** "… do Quỹ Thiện Tâm tài trợ. Ảnh: PC.", "(Ảnh: P.T.)": a caption ends with its photo credit, whatever its length */
export const PHOTO_CREDIT_END = /(?:(?:^|[\s.])Ảnh|\(\s*[Ảả]nh)\s*:\s*[^:;\n]{1,40}$/u;

/** "Ảnh: Quang cảnh lớp tập huấn.", "Ảnh minh họa", "ẢNH: …": a line that opens with the photo label */
const PHOTO_LABEL_START = /^[(\[]?\s*(?:Ảnh|ẢNH)(?:\s+(?:minh\s+(?:họa|hoạ|HỌA|HOẠ)|\d{1,2}))?\s*(?:[:.)\]]|$)/u;

/** Is this paragraph a photo caption or photo credit by its shape (its label or its closing credit)? */
export function isPhotoCaptionText(text: string): boolean {
  const t = nfc(text).trim();
  // the end mark may close the caption itself ("Ảnh: P.T./."): the credit is what precedes it
  const bare = t.replace(/\s*\.\/\.$/u, '');
  return PHOTO_LABEL_START.test(t) || PHOTO_CREDIT_END.test(bare);
}
