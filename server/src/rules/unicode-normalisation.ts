/**
 * unicode-normalisation (NORM-01): Vietnamese must be precomposed Unicode (NFC, TCVN 6909:2001).
 * Flags decomposed letters (NFD, common when text is pasted from macOS or PDF), the Icelandic
 * "Ð/ð" used for "Đ/đ", U+FFFD left by a broken encoding, and text typed in the legacy
 * TCVN3 (ABC) or VNI encodings, which no fix can recover safely.
 */
import type { Rule, TextEdit } from '../core/types.js';
import { charBefore } from '../core/draft.js';

/** Per-word findings up to this many; beyond it one finding carries every edit. */
const PER_WORD_LIMIT = 20;

/** TCVN3 (ABC) puts Vietnamese letters on these Latin-1 code points ("nh©n d©n", "Uû ban"). */
const TCVN3 = /\p{L}[¸µ¶·¹¨¾»¼½Æ©ÇÊÈÉË®ÐÎÏÑª×ÕÖØ«ÞÜÝß¬¢¤¥¦§£¡]|[¸µ¶·¹¨¾»¼½Æ©ÇÊÈÉË®ÎÏÑª×ÕÖØ«ÞÜÝß¬¢¤¥¦§£¡]\p{L}/gu;
/** every TCVN3 match has one of these: a cheap first test (the pattern opens with \p{L}, tried almost everywhere) */
const TCVN3_CHAR = /[¸µ¶·¹¨¾»¼½Æ©ÇÊÈÉË®ÐÎÏÑª×ÕÖØ«ÞÜÝß¬¢¤¥¦§£¡]/u;
/** VNI writes a vowel then its marks as separate Latin-1 letters ("Vieät", "ñaøo", "UÛy"). */
const VNI = /[aeoAEO][âÂäÄ]|[ñÑ]\p{L}|[aeiouyAEIOUY][øïûØÏÛ]/gu;

/** characters outside Latin (U+0000–U+02FF) and Latin Extended Additional (Vietnamese letters) */
const NOT_PLAIN = /[^\u0000-\u02ff\u1e00-\u1eff]/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;


/** The code point that starts at offset i ('' at the end). */
function charAt(s: string, i: number): string {
  if (i >= s.length) return '';
  const cp = s.codePointAt(i)!;
  return cp > 0xffff && cp <= 0x10ffff && s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff ? s.slice(i, i + 2) : s[i];
}

function count(re: RegExp, text: string): { n: number; first: number } {
  let n = 0;
  let first = -1;
  for (const m of text.matchAll(re)) {
    if (first < 0) first = m.index ?? 0;
    n++;
  }
  return { n, first };
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
      replacement: { vi: 'Có ký tự lỗi “�”: tệp đã bị hỏng mã hóa, cần gõ lại chữ này.', en: 'Replacement character “�”: the file’s encoding was broken here; retype this letter.' },
      legacy: {
        vi: 'Văn bản có vẻ được gõ bằng bảng mã {encoding} cũ (ví dụ “{sample}”), không phải Unicode. Hãy chuyển mã sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi kiểm tra lại.',
        en: 'The text looks like the legacy {encoding} encoding (e.g. “{sample}”), not Unicode. Convert it to Unicode (e.g. Unikey’s converter) and check again.',
      },
      toNfc: { vi: 'Chuyển sang dạng dựng sẵn (NFC)', en: 'Convert to precomposed (NFC)' },
      toD: { vi: 'Thay bằng “{expected}”', en: 'Replace with “{expected}”' },
    },
  },
  check({ draft, report }) {
    const text = draft.text;

    for (const [enc, re] of [['TCVN3 (ABC)', TCVN3], ['VNI', VNI]] as const) {
      const { n, first } = re === TCVN3 && !TCVN3_CHAR.test(text) ? { n: 0, first: -1 } : count(re, text);
      const words = Math.max(1, draft.words.length);
      if (n >= 3 && n / words > 0.02) {
        const lineEnd = text.slice(first).search(/[\r\n]|$/);
        const sample = text.slice(Math.max(0, first - 8), first + Math.min(lineEnd, 16)).trim();
        report({ start: first, end: first + Math.max(1, Math.min(lineEnd, 16)), messageId: 'legacy', args: { encoding: enc, sample } });
        return; // mojibake: any other finding would be noise
      }
    }

    for (const m of text.matchAll(/\uFFFD+/g)) {
      report({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, messageId: 'replacement' });
    }

    for (const m of text.matchAll(/[\u00d0\u00f0]/g)) {
      const i = m.index ?? 0;
      // only where a Vietnamese word is meant: a letter follows
      if (!/\p{L}/u.test(text[i + 1] ?? '')) continue;
      const expected = m[0] === '\u00d0' ? '\u0110' : '\u0111';
      const fix = [{ start: i, end: i + 1, text: expected }];
      report({ start: i, end: i + 1, messageId: 'eth', args: { expected, actual: m[0] }, fix, suggestions: [{ messageId: 'toD', args: { expected }, edits: fix }] });
    }

    if (text === text.normalize('NFC')) return;
    const edits: Array<TextEdit & { word: string }> = [];
    // a word of Latin and Vietnamese precomposed letters only is NFC (every such letter and
    // every pair of them is): read only the words around other characters (combining marks …)
    let checkedTo = 0;
    for (const m of text.matchAll(NOT_PLAIN)) {
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
