/**
 * unicode-normalisation (NORM-01): Vietnamese must be precomposed Unicode (NFC, TCVN 6909:2001).
 * Flags decomposed letters (NFD, common when text is pasted from macOS or PDF), the Icelandic
 * "Ð/ð" used for "Đ/đ", U+FFFD left by a broken encoding, and text typed in the legacy
 * TCVN3 (ABC) or VNI encodings (core/legacy-encoding.ts), which only a conversion the reporter
 * asks for recovers (a suggestion, never `--fix`).
 */
import type { Rule, TextEdit } from '../core/types.js';
import { charBefore } from '../core/draft.js';
import { detectLegacy, ENCODING_NAMES, legacyLineEdits } from '../core/legacy-encoding.js';
import { matchesOf } from '../core/matches.js';
import { nfc } from '../core/normalise.js';

/** Per-word findings up to this many; beyond it one finding carries every edit. */
const PER_WORD_LIMIT = 20;

/** characters outside Latin (U+0000–U+02FF) and Latin Extended Additional (Vietnamese letters) */
const NOT_PLAIN = /[^\u0000-\u02ff\u1e00-\u1eff]/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** characters that show nothing: zero-width space and non-joiner, word joiner, soft hyphen, direction marks, byte-order mark */
const INVISIBLE = /[\u200B\u200C\u2060\u00AD\u200E\u200F\uFEFF]+/gu;
/**
 * the two characters before an invisible run that stood for the space after a mark: a word's
 * last letter or figure (or a closing bracket or quote) then a mark a space follows
 */
const STANDS_FOR_SPACE_BEFORE = /[\p{L}\p{N})\]"”’][.!?…,;:]$/u;
/** after a full stop, a question or an exclamation mark: the next sentence's capital */
const NEXT_CAPITAL = /^\p{Lu}/u;
/** after a comma, a semicolon or a colon: a word */
const NEXT_LETTER = /^\p{L}/u;


/** The code point that starts at offset i ('' at the end). */
function charAt(s: string, i: number): string {
  if (i >= s.length) return '';
  const cp = s.codePointAt(i)!;
  return cp > 0xffff && cp <= 0x10ffff && s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff ? s.slice(i, i + 2) : s[i];
}


export const unicodeNormalisation: Rule = {
  meta: {
    id: 'unicode-normalisation',
    category: 'text',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Chữ Việt phải là Unicode dựng sẵn (NFC), đúng chữ “Đ”, không dùng bảng mã cũ.',
      en: 'Vietnamese must be precomposed Unicode (NFC) with the right “Đ”, not a legacy encoding.',
    },
    rationale: {
      vi: 'Nghị định 30/2020 yêu cầu phông chữ Unicode theo TCVN 6909:2001. Chữ tổ hợp (NFD), chữ “Ð” của tiếng Iceland hay bảng mã TCVN3/VNI làm hỏng tìm kiếm, sắp xếp và hiển thị trên trang tin.',
      en: 'Decree 30/2020 requires Unicode (TCVN 6909:2001). Decomposed letters, the Icelandic “Ð” and TCVN3/VNI text break search and display.',
    },
    messages: {
      nfd: { vi: 'Chữ “{word}” đang ở dạng tổ hợp (NFD); cần dạng dựng sẵn (NFC).', en: '“{word}” is decomposed (NFD); use precomposed (NFC) letters.' },
      nfdMany: { vi: 'Có {count} từ ở dạng tổ hợp (NFD); cần chuyển toàn bộ sang dạng dựng sẵn (NFC).', en: '{count} words are decomposed (NFD); convert the text to precomposed (NFC).' },
      eth: { vi: 'Dùng “{expected}” (chữ Đ tiếng Việt) thay cho “{actual}” (chữ Eth của tiếng Iceland).', en: 'Use “{expected}” (Vietnamese D with stroke) instead of “{actual}” (Icelandic eth).' },
      invisible: {
        vi: 'Ký tự ẩn {code} (không hiển thị, thường sót lại khi sao chép từ trang web) nằm trong bài; cần xóa.',
        en: 'The invisible character {code} (usually left by a copy from a web page) is in the text; remove it.',
      },
      invisibleSpace: {
        vi: 'Ký tự ẩn {code} đứng thay dấu cách sau “{mark}” (thường sót lại khi sao chép từ trang web); cần thay bằng dấu cách.',
        en: 'The invisible character {code} stands for the space after “{mark}” (usually left by a copy from a web page); replace it with a space.',
      },
      removeInvisible: { vi: 'Xóa ký tự ẩn', en: 'Remove the invisible character' },
      spaceForInvisible: { vi: 'Thay ký tự ẩn bằng dấu cách', en: 'Replace the invisible character with a space' },
      replacement: { vi: 'Có ký tự lỗi “�”: tệp đã bị hỏng mã hóa, cần gõ lại chữ này.', en: 'Replacement character “�”: the file’s encoding was broken here; retype this letter.' },
      legacy: {
        vi: 'Văn bản có vẻ được gõ bằng bảng mã {encoding} cũ (ví dụ “{sample}”), không phải Unicode. Hãy chuyển mã sang Unicode (thao tác sửa nhanh, hoặc lệnh “soattin convert”) rồi kiểm tra lại.',
        en: 'The text looks like the legacy {encoding} encoding (e.g. “{sample}”), not Unicode. Convert it to Unicode (the quick fix, or “soattin convert”) and check again.',
      },
      convert: { vi: 'Chuyển các dòng gõ bằng {encoding} sang Unicode', en: 'Convert the {encoding} lines to Unicode' },
      toNfc: { vi: 'Chuyển sang dạng dựng sẵn (NFC)', en: 'Convert to precomposed (NFC)' },
      toD: { vi: 'Thay bằng “{expected}”', en: 'Replace with “{expected}”' },
    },
  },
  check({ draft, report }) {
    const text = draft.text;

    const legacy = detectLegacy(text, draft.words.length);
    if (legacy) {
      const { first } = legacy;
      const encoding = ENCODING_NAMES[legacy.encoding];
      const lineEnd = text.slice(first).search(/[\r\n]|$/);
      const sample = text.slice(Math.max(0, first - 8), first + Math.min(lineEnd, 16)).trim();
      const edits = legacyLineEdits(text, legacy.encoding);
      report({
        start: first,
        end: first + Math.max(1, Math.min(lineEnd, 16)),
        messageId: 'legacy',
        args: { encoding, sample },
        ...(edits.length ? { suggestions: [{ messageId: 'convert', args: { encoding }, edits }] } : {}),
      });
      return; // mojibake: any other finding would be noise
    }

    for (const m of matchesOf(/\uFFFD+/g, text)) {
      report({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, messageId: 'replacement' });
    }

    for (const m of matchesOf(/[\u00d0\u00f0]/g, text)) {
      const i = m.index ?? 0;
      // only where a Vietnamese word is meant: a letter follows
      if (!/\p{L}/u.test(text[i + 1] ?? '')) continue;
      const expected = m[0] === '\u00d0' ? '\u0110' : '\u0111';
      const fix = [{ start: i, end: i + 1, text: expected }];
      report({ start: i, end: i + 1, messageId: 'eth', args: { expected, actual: m[0] }, fix, suggestions: [{ messageId: 'toD', args: { expected }, edits: fix }] });
    }

    // zero-width spaces and joiners, a soft hyphen, direction marks, a byte-order mark inside
    // the text: nothing a reader sees, so removing them keeps the text as it reads, and search
    // and the spelling check see the words as written (the joiner of emoji sequences stays)
    for (const m of matchesOf(INVISIBLE, text)) {
      const i = m.index ?? 0;
      if (i === 0 && m[0] === '\uFEFF') continue;
      const code = [...m[0]].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
      const end = i + m[0].length;
      // the only break between a sentence's mark and the next word ("viên.\u200bBuổi", "viên,\u200btrong"):
      // the page showed a space there, and taking the mark away alone would glue the two
      const space = STANDS_FOR_SPACE_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && (/[.!?…]/u.test(text[i - 1]) ? NEXT_CAPITAL : NEXT_LETTER).test(text.slice(end, end + 2));
      const fix = [{ start: i, end, text: space ? ' ' : '' }];
      report({ start: i, end, messageId: space ? 'invisibleSpace' : 'invisible', args: space ? { code, mark: text[i - 1] } : { code }, fix, suggestions: [{ messageId: space ? 'spaceForInvisible' : 'removeInvisible', edits: fix }] });
    }

    if (text === nfc(text)) return;
    const edits: Array<TextEdit & { word: string }> = [];
    // a word of Latin and Vietnamese precomposed letters only is NFC (every such letter and
    // every pair of them is): read only the words around other characters (combining marks …)
    let checkedTo = 0;
    for (const m of matchesOf(NOT_PLAIN, text)) {
      const i = m.index ?? 0;
      if (i < checkedTo || !WORD_CHAR.test(m[0])) continue;
      let start = i;
      for (let c = charBefore(text, start); c && WORD_CHAR.test(c); c = charBefore(text, start)) start -= c.length;
      let end = i + m[0].length;
      for (let c = charAt(text, end); c && WORD_CHAR.test(c); c = charAt(text, end)) end += c.length;
      checkedTo = end;
      const w = text.slice(start, end);
      const n = w.normalize('NFC');
      if (n !== w) edits.push({ start, end, text: n, word: n });
    }
    if (edits.length === 0) return;
    if (edits.length <= PER_WORD_LIMIT) {
      for (const e of edits) {
        const fix = [{ start: e.start, end: e.end, text: e.text }];
        report({ start: e.start, end: e.end, messageId: 'nfd', args: { word: e.word }, fix, suggestions: [{ messageId: 'toNfc', edits: fix }] });
      }
    } else {
      const fix = edits.map(({ start, end, text: t }) => ({ start, end, text: t }));
      report({ start: edits[0].start, end: edits[0].end, messageId: 'nfdMany', args: { count: edits.length }, fix, suggestions: [{ messageId: 'toNfc', edits: fix, scope: 'all' }] });
    }
  },
};
