/**
 * spacing (NORM-02): one space between words; none after "(" or before ")" , . : ; ! ?;
 * one after , ; : and a sentence-ending full stop; no indentation at the start of a paragraph
 * of a plain-text draft (indentation is layout, not text).
 */
import type { Report, Rule } from '../core/types.js';
import { charBefore } from '../core/draft.js';
import { debrisInParagraph, draftDebris } from '../core/web-debris.js';
import { BoundedCache } from '../core/bounded-cache.js';
import { paragraphText } from '../core/paragraph-memo.js';
import titles from '../../../dictionaries/titles.json';
import dateCues from '../../../dictionaries/date-cues.json';

/** "ngày12-9", "tháng9", "năm2026": a word a number follows with a blank, glued to it (date-cues.json digitWords) */
const GLUED_TO_DIGITS = new RegExp(`(?<!\\p{L}|\\p{M}|\\p{N})(?:${dateCues.digitWords.entries.map((e) => e.word).join('|')})(?=\\d)`, 'giu');
/**
 * "có186", "gồm45 học viên": a word and the number after it run together. Only a Vietnamese
 * word (core/spell syllables, a letter beyond ASCII in it), in lower case or with its first letter
 * capital: a code or a model is ASCII or capitals ("A4", "F0", "H5N1", "m2", "LĐ1", "QH13").
 * (The words of date-cues.json digitWords have their own check: GLUED_TO_DIGITS.)
 */
const WORD_THEN_DIGITS = /(?<!\p{L}|\p{M}|\p{N}|[_./@#-])\p{L}[\p{Ll}\p{M}]+(?=\d(?:[\d.,]*\d)?(?![\p{L}\p{M}\p{N}_]|[.,/-][\p{L}\p{N}]))/gu;
/** "186người", "45học viên": a number and the Vietnamese word after it run together (the word as above: "5G", "10ha", "3D" are ASCII) */
const DIGITS_THEN_WORD = /(?<!\p{L}|\p{M}|\p{N}|[_./@#,-])\d(?:[\d.,]*\d)?(?=\p{Ll}[\p{Ll}\p{M}]*(?!\p{L}|\p{M}|\p{N}|[_]))/gu;
const NON_ASCII = /[^\u0000-\u007f]/u;
/** a digit right after a letter or a combining mark: what GLUED_TO_DIGITS and WORD_THEN_DIGITS each need (the digit first: only digits are tried) */
const GLUED_DIGIT = /\d(?<=[\p{L}\p{M}]\d)/u;

/** Is the word before `start` or after the number at `end` (past blanks) a word with a letter beyond ASCII? */
function vietnameseBeside(seg: string, start: number, end: number): boolean {
  const before = /([\p{L}\p{M}]+)[ \t\u00a0]+$/u.exec(seg.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  const after = /^[\d.,]*[ \t\u00a0]+([\p{L}\p{M}]+)/u.exec(seg.slice(end, end + 40))?.[1] ?? '';
  return NON_ASCII.test(before) || NON_ASCII.test(after);
}
/**
 * "Sau2 ngày", "Trong3 ngày": an ASCII word with its first letter capital, opening the sentence,
 * glued to a count of at most three digits that a Vietnamese word in lower case follows (a letter
 * beyond ASCII). Inside a sentence a capital glued to digits is a code or a model ("Su30", "Vios2020",
 * "Zalo1"), and opening one it is followed by no such count ("F0 được", "H5N1 là": capitals).
 */
function opensCount(seg: string, start: number, end: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(seg.slice(start, end))) return false;
  if (!/(?:^|[.!?…:;]["”’)]*[ \t\u00a0]+|^["“(][ \t\u00a0]*)$/u.test(seg.slice(Math.max(0, start - 4), start)) && start !== 0) return false;
  const after = /^\d{1,3}[ \t\u00a0]+([\p{L}\p{M}]+)/u.exec(seg.slice(end, end + 40))?.[1] ?? '';
  return /^\p{Ll}/u.test(after) && NON_ASCII.test(after);
}
/**
 * "khai mạc 12 - 3 tại …", "từ 12 - 3 đến 14 - 3.", "Đến 30 - 4, …": a day and month spaced
 * around its mark after any date word or event verb (date-cues.json dateCues, eventVerbs), when
 * it closes its clause (a mark, the line's end, "tại", "ở", "và", "với", "đến", "tới", "vừa qua"
 * after it): "từ 5 - 8 hội viên", "sau 1 - 2 năm" have a count after them (HYG30)
 */
const SPACED_CUED_DATE = new RegExp(
  `(?=\\d)(?<=(?<!\\p{L}|\\p{M})(?:${[...dateCues.dateCues.entries, ...dateCues.eventVerbs.entries].map((e) => e.word).join('|')})[ \\t\\u00a0]+)(\\d{1,2})[ \\t\\u00a0]*([/-])[ \\t\\u00a0]*(\\d{1,2})(?=[ \\t\\u00a0]*(?:[,.;:!?)]|$)|[ \\t\\u00a0]+(?:tại|ở|và|với|đến|tới|vừa qua)(?!\\p{L}|\\p{M}))`,
  'giu',
);
const DIGIT_WORDS = new Set(dateCues.digitWords.entries.map((e) => e.word.normalize('NFC').toLowerCase()));

/**
 * "ngày 12 / 9", "sáng 12- 9": a day and month with no year broken by blanks, right after a
 * time-of-day word (date-cues.json dotDateCues: "ngày", "sáng", "chiều" …). Not a range of days
 * ("ngày 16 - 19/8", a separator and digits after it), nor a span of days or hours before its
 * unit ("ngày 1 - 2 tháng 6", "chiều 3 - 4 giờ"). A digit is asked for before the lookbehind, so a
 * long run of blanks is not read back once per blank.
 */
const SPACED_SHORT_DATE = new RegExp(
  `(?=\\d)(?<=(?<!\\p{L}|\\p{M})(?:${dateCues.dotDateCues.entries.map((e) => e.word).join('|')})[ \\t\\u00a0]+)(\\d{1,2})[ \\t\\u00a0]*([/-])[ \\t\\u00a0]*(\\d{1,2})(?![\\p{N}]|[ \\t\\u00a0]*[-/.–][ \\t\\u00a0]*\\p{N}|[ \\t\\u00a0]+(?:tháng|giờ|tiếng|phút|h)(?!\\p{L}|\\p{M}))`,
  'giu',
);

/** Is the word ending at `end` (inclusive) Vietnamese (a letter beyond ASCII) or capitalised, and after a blank or a line start? */
function standsAlone(seg: string, end: number): boolean {
  let i = end;
  while (i > 0 && /[\p{L}\p{M}]/u.test(seg[i - 1])) i--;
  const word = seg.slice(i, end + 1);
  // a Vietnamese word (a letter beyond ASCII) or a capitalised one (a name: "Trung(40 tuổi)")
  return (i === 0 || /\s/u.test(seg[i - 1])) && (/[^\u0000-\u007f]/u.test(word) || /^\p{Lu}\p{Ll}+$/u.test(word));
}

/** Is the number ending at `end` (inclusive) a number of its own: digits (maybe "1.400") after a blank? */
function numberStandsAlone(seg: string, end: number): boolean {
  let i = end;
  while (i > 0 && /[\d.,]/u.test(seg[i - 1])) i--;
  return i > 0 && /\s/u.test(seg[i - 1]) && /^\d/u.test(seg[i]);
}

/** "Hà-Trưởng phòng": a title right after a hyphen glued to a name (titles.json, with "Phó") */
const TITLE_STARTS = [...titles.entries.map((e) => e.canonical), titles.deputy].map((t) => t.normalize('NFC').toLowerCase());

function startsWithTitle(s: string): boolean {
  const lower = s.normalize('NFC').toLowerCase();
  return TITLE_STARTS.some((t) => lower.startsWith(t) && !/^[\p{L}\p{M}]/u.test(lower.slice(t.length)));
}
import { draftLinkSpans, inSpans, linkSpans, mergeSpans, type Span } from '../core/links.js';
import { isSyllable } from '../core/spell/dictionary.js';
import { lookupKey } from '../core/spell/syllable.js';
import { isGeneralPerson, isPersonHead } from '../core/spell/general-nouns.js';
import { matchesOf } from '../core/matches.js';
import { lazyRegExp } from '../core/lazy-regexp.js';

const LETTER = /^\p{L}$/u;
const LOWER = lazyRegExp(() => /^\p{Ll}$/u);


/**
 * A document number with its parts: "604/KH-UBND", "12/QĐ-UBND", "05-KH/HU", "35-NQ/TW" — a
 * number, then capitals joined by "/" and "-" (spaces allowed around the joins, which is what is
 * reported); a number alone after "/" is a date, not a document.
 */
const DOCUMENT_NUMBER = /(?<!\p{L}|\p{N}|[/])\d{1,5}[ \t]*(?:\/[ \t]*\p{Lu}{1,8}(?:[ \t]*[-–][ \t]*\p{Lu}[\p{Lu}\p{N}]{0,11})+|[-–][ \t]*\p{Lu}{1,8}[ \t]*\/[ \t]*\p{Lu}[\p{Lu}\p{N}]{0,11})(?!\p{L}|\p{N})/gu;

/**
 * `"` ending at `at`, glued to the word or mark before it (“trồng rau sạch" ,”): a straight quote
 * closes a quotation when nothing parts it from the text it closes, as one opening is glued to
 * the text after it
 */
function closingStraightQuote(seg: string, at: number): boolean {
  return seg[at - 1] === '"' && /^[\p{L}\p{N}.!?…]$/u.test(charBefore(seg, at - 1));
}

/**
 * Does the mark at `at`, glued to the word after it, end a word or sentence (so a space is
 * missing)? "xã,công", "HPN,ngày" and "5-3,Huyện" (a comma or semicolon after a letter, a digit or a
 * closing bracket or quote; a colon after a
 * lower-case one, not "TP:"); "xã.Tham", "không?Giảng" (two lower-case letters before: not
 * "TP.Hồ", "GS.Trần"); "đối tượng 3.Quang", "nhiệm kỳ 2025 - 2030.Hội nghị" (a number standing
 * alone, not "1.400" or "2.1.Nội");
 * "(3/6)Lực", "“Dân vận khéo”Cuộc thi" (a closing bracket or quote after a letter, digit or stop).
 */
function gluedBefore(seg: string, at: number, mark: string, before: string): boolean {
  // (also after a number, a closing bracket or quote: "ngày 5-3,Huyện ủy", "(TTCT),sau đó")
  if (mark === ',' || mark === ';') return LETTER.test(before) || /^[\p{N})\]”’"]$/u.test(before);
  if (mark === ':') return LOWER().test(before);
  if (mark === ')' || mark === '”') return /^[\p{L}\p{N}.!?]$/u.test(before);
  if (LOWER().test(before)) return LOWER().test(charBefore(seg, at - before.length));
  // "đạt 89,1%.Trong quý I": a per cent sign after its number ends the sentence
  if (before === '%') return /^\d$/u.test(charBefore(seg, at - 1));
  // a sentence closing a quotation or a bracket: "… rất bổ ích”.Buổi chiều", "(ảnh).Sau đó"
  if (/^[)”’"]$/u.test(before)) return /^[\p{L}\p{N}.!?…]$/u.test(charBefore(seg, at - 1));
  if (!/^\d$/.test(before)) return false;
  let i = at;
  while (i > 0 && /\d/.test(seg[i - 1])) i--;
  // (up to four digits: a year ends a sentence as often as a count, "nhiệm kỳ 2025 - 2030.Hội nghị")
  return i > 0 && /\s/.test(seg[i - 1]) && at - i <= 4;
}

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: { vi: 'Khoảng trắng thừa hoặc thiếu quanh từ và dấu câu.', en: 'Missing or extra spaces around words and punctuation.' },
    rationale: {
      vi: 'Văn bản chuẩn dùng đúng một dấu cách giữa các từ, không có dấu cách trước dấu câu hay sau dấu mở ngoặc, và có một dấu cách sau dấu phẩy, dấu chấm.',
      en: 'One space between words, none before punctuation or after an opening bracket, one after a comma or full stop.',
    },
    messages: {
      multiple: { vi: 'Có {count} dấu cách liền nhau; chỉ cần một.', en: '{count} spaces in a row; use one.' },
      afterOpen: { vi: 'Thừa dấu cách sau “{mark}”.', en: 'Extra space after “{mark}”.' },
      beforeClose: { vi: 'Thừa dấu cách trước “{mark}”.', en: 'Extra space before “{mark}”.' },
      moved: { vi: 'Dấu cách đặt sai phía của “{mark}”: viết liền với chữ trước, cách chữ sau.', en: 'The space is on the wrong side of “{mark}”: close it up to the word before, space it from the word after.' },
      missingAfter: { vi: 'Thiếu dấu cách sau “{mark}”.', en: 'Missing space after “{mark}”.' },
      missingBefore: { vi: 'Thiếu dấu cách trước “{mark}”.', en: 'Missing space before “{mark}”.' },
      indent: { vi: 'Đoạn văn bắt đầu bằng khoảng trắng thừa.', en: 'The paragraph starts with extra whitespace.' },
      tab: { vi: 'Dùng dấu cách thay cho ký tự tab giữa các từ.', en: 'Use a space instead of a tab between words.' },
      dash: { vi: 'Dấu “{mark}” nối hai phần cần dấu cách ở cả hai bên.', en: 'A “{mark}” between two parts needs a space on both sides.' },
      nameDash: { vi: 'Dấu gạch nối giữa tên và chức vụ (“{text}”) cần dấu cách ở hai bên.', en: 'The dash between a name and a title (“{text}”) needs a space on both sides.' },
      beforeOpen: { vi: 'Thiếu dấu cách trước “(”.', en: 'Missing space before “(”.' },
      endMark: { vi: 'Dấu kết thúc văn bản viết liền: “./.”.', en: 'The closing mark is written without spaces: “./.”.' },
      yearRange: { vi: 'Khoảng năm “{text}” có dấu cách ở một bên dấu gạch; hãy viết “{fixed}”.', en: 'The year range “{text}” is spaced on one side of its dash; write “{fixed}”.' },
      insideCode: { vi: 'Thừa dấu cách trong số hiệu văn bản “{text}”.', en: 'Extra space inside the document number “{text}”.' },
      insideDate: { vi: 'Thừa dấu cách trong ngày tháng “{text}”.', en: 'Extra space inside the date “{text}”.' },
      oddSpace: { vi: 'Khoảng trắng lạ {code} (thường sót lại khi sao chép); dùng dấu cách thường.', en: 'An unusual space {code} (often left by copying); use a plain space.' },
      doubledMark: { vi: 'Thừa dấu “{mark}”: dấu câu bị gõ hai lần.', en: 'An extra “{mark}”: the mark is typed twice.' },
      spacedEllipsis: { vi: 'Dấu chấm lửng “{text}” bị gõ cách: viết liền “...”.', en: 'The ellipsis “{text}” is spaced out: write “...”.' },
      fix: { vi: 'Sửa khoảng trắng', en: 'Fix the spacing' },
    },
  },
  check({ draft, report }) {
    const { text, view } = draft;
    // URLs, e-mail addresses, domains (core/links.ts, linear) and web debris ("huyệnnbsp;ủy",
    // "&amp;": web-leftover's finding): their punctuation is not prose punctuation
    let opaque: Span[] | undefined;
    const isOpaque = (i: number): boolean =>
      inSpans((opaque ??= mergeSpans([...draftLinkSpans(draft), ...draftDebris(view, draft.paragraphs).map((d) => ({ start: d.start, end: d.end }))])), i);
    const blank = (s: number, e: number): boolean => /^[ \t\u00a0]*$/.test(text.slice(s, e));
    const push = (r: Finding): void => report({ ...r, suggestions: r.fix ? [{ messageId: 'fix', edits: r.fix }] : undefined });

    for (const p of draft.paragraphs) {
      // the page's lines, its debris and its date line ("Thứ Ba 12/11/2024 , 18:52"), are not the
      // reporter's prose (web-leftover has the debris; date-format leaves the date line too)
      if (p.kind === 'chrome' || p.kind === 'metadata') continue;
      // indentation before the paragraph (plain text only: in markdown it is syntax)
      if (draft.format === 'text') {
        const lineStart = draft.lineStarts[p.line];
        if (p.start > lineStart && blank(lineStart, p.start)) {
          push({ start: lineStart, end: p.start, messageId: 'indent', severity: 'info', fix: [{ start: lineStart, end: p.start, text: '' }] });
        }
        // a line of plain text is a paragraph whose findings depend on its text alone (a link
        // or a piece of debris never crosses a line): a re-check reuses the unchanged ones
        // (its text as the parse keyed it: a string whose hash is known, not a new slice to hash)
        for (const r of paragraphFindings(paragraphText(draft, p))) push(shift(r, p.start));
      } else checkParagraph(view, text, p.start, p.end, isOpaque, push);
    }
  },
};

/** a URL's opening, which core/links.ts reads as the start of a link */
const ADDRESS_OPENS = /^(?:https?:\/\/|www\.)/iu;

/** what the rule reports, before its suggestion is made of the fix */
type Finding = Omit<Report, 'suggestions'>;

/** findings of a plain-text paragraph, by its text, offsets from its start (bounded-cache.ts) */
const byParagraph = new BoundedCache<Finding[]>('spacing.paragraphs', 2 * 1024 * 1024);

function paragraphFindings(paragraph: string): Finding[] {
  let found = byParagraph.get(paragraph);
  if (!found) {
    const out: Finding[] = [];
    let opaque: Span[] | undefined;
    const isOpaque = (i: number): boolean =>
      inSpans((opaque ??= mergeSpans([...linkSpans(paragraph), ...debrisInParagraph(paragraph).map((d) => ({ start: d.start, end: d.end }))])), i);
    checkParagraph(paragraph, paragraph, 0, paragraph.length, isOpaque, (r) => out.push(r));
    byParagraph.set(paragraph, (found = out));
  }
  return found;
}

function shift(r: Finding, by: number): Finding {
  return { ...r, start: r.start + by, end: r.end + by, ...(r.fix ? { fix: r.fix.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) } : {}) };
}

/** a spreadsheet formula ending at the bracket: an ASCII function name, then arguments with a digit and no blank */
const FORMULA = /^[A-Za-z]{2,12}\((?=[^()\s]*\d)[^()\s]{1,30}\)/u;

/** The word ending just before `d` (the dash) is capitalised: a name's last syllable ("Phin" of "Triệu Văn Phin-tổ trưởng"). */
function afterCapitalisedWord(seg: string, d: number): boolean {
  let from = d;
  while (from > 0 && /[\p{L}\p{M}]/u.test(seg[from - 1])) from--;
  return /^\p{Lu}\p{Ll}/u.test(seg.slice(from, d));
}

/** The two words ending just before `d` are capitalised and spaced ("Văn Phin" of "Triệu Văn Phin-tổ trưởng"). */
function afterPersonName(seg: string, d: number): boolean {
  return /(?:^|[^\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*[ \t\u00a0]\p{Lu}[\p{Ll}\p{M}]+$/u.test(seg.slice(Math.max(0, d - 30), d));
}

/**
 * The syllables on both sides of the hyphen at d are Vietnamese ("Phin-tổ"), not the two halves
 * of a foreign given name ("Ji-yeon", "Soo-min")
 */
function vietnameseAround(seg: string, d: number): boolean {
  const before = /[\p{L}\p{M}]+$/u.exec(seg.slice(Math.max(0, d - 12), d))?.[0] ?? '';
  const after = /^[\p{L}\p{M}]+/u.exec(seg.slice(d + 1, d + 13))?.[0] ?? '';
  return isSyllable(before) && isSyllable(after);
}

/**
 * The lower-case phrase after the hyphen at d opens with a noun for a kind of person, of one or
 * two syllables ("hội viên", "tổ trưởng", "trưởng": general-nouns.json `people`, `personHeads`):
 * what a name glued to its role is followed by. A syllable of a name spelt with hyphens is not
 * ("đồng bào Chăm Bà-ni và …": "ni" names nobody).
 */
function personNounAfter(seg: string, d: number): boolean {
  const words = /^([\p{Ll}\p{M}]+)(?:[ \t\u00a0]+([\p{Ll}\p{M}]+))?/u.exec(seg.slice(d + 1, d + 30));
  if (!words) return false;
  const first = lookupKey(words[1]);
  return isPersonHead(first) || isGeneralPerson(first) || (words[2] !== undefined && isGeneralPerson(`${first} ${lookupKey(words[2])}`));
}

/** a space, a tab or a no-break space */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** The findings of the paragraph view[start, end) (`text`: the original, for what is blank). */
function checkParagraph(view: string, text: string, start: number, end: number, isOpaque: (i: number) => boolean, push: (r: Finding) => void): void {
  const seg = view.slice(start, end);
  const base = start;
  // markdown syntax is blanked in the view: only real spaces of the original count
  const blank = (s: number, e: number): boolean => /^[ \t\u00a0]*$/.test(text.slice(s, e));

  for (const m of matchesOf(/(?<=\S)([ \t\u00a0]{2,}|\t)(?=\S)/g, seg)) {
    const s = base + (m.index ?? 0);
    const e = s + m[0].length;
    if (!blank(s, e)) continue;
    const tab = m[0] === '\t';
    push({ start: s, end: e, messageId: tab ? 'tab' : 'multiple', args: { count: m[0].length }, fix: [{ start: s, end: e, text: ' ' }] });
  }
  // "Lớp học\u3000khai giảng": a space of another width (an ideographic, thin or en space) a
  // copy from a page or an office file brought along, between words; between digits it is a
  // thousands separator, number-format's. The match opens only where a run of blanks does
  // (the lookbehind), so a long run of plain spaces is read once, not once per space
  for (const m of matchesOf(/(?<![ \t\u00a0])[ \t\u00a0]*[\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*/gu, seg)) {
    const at = m.index ?? 0;
    const s = base + at;
    const e = s + m[0].length;
    if (/\d/u.test(seg[at - 1] ?? '') && /\d/u.test(seg[at + m[0].length] ?? '')) continue;
    if (isOpaque(s)) continue;
    const odd = /[\u2000-\u200a\u202f\u205f\u3000]/u.exec(m[0])![0];
    const code = `U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const edge = at === 0 || at + m[0].length >= seg.length;
    push({ start: s, end: e, messageId: 'oddSpace', args: { code }, fix: [{ start: s, end: e, text: edge ? '' : ' ' }] });
  }
  for (const m of matchesOf(/([([{“‘])[ \t\u00a0]+(?=\S)/g, seg)) {
    const s = base + (m.index ?? 0) + 1;
    const e = base + (m.index ?? 0) + m[0].length;
    if (!blank(s, e) || isOpaque(s)) continue;
    push({ start: s - 1, end: e, messageId: 'afterOpen', args: { mark: m[1] }, fix: [{ start: s, end: e, text: '' }] });
  }
  // (lookbehinds checked by hand: a regex that opens with one is tried at every position;
  // the mark is optional so that a run of spaces is consumed whole, once: a required mark
  // made the regex retry from every space of a 300,000-space line, quadratic)
  // (a full stop before "./." too: "kết thúc ./." → "kết thúc./.")
  // (the marks are found, each after a blank, and the run of blanks before it is walked back
  // by hand: a regex matching every run of blanks made a match for every gap between words)
  // ("100 %": a per cent sign is written against its number; after a word it is a word, "tỷ lệ %")
  for (const mark of matchesOf(/(?<=[ \t\u00a0])(?:[)\]}”’,;:!?]|%(?!\p{L}|\p{N})|\.(?![.\d])(?!\/(?!\.)))/gu, seg)) {
    const runEnd = mark.index ?? 0;
    let runStart = runEnd;
    while (runStart > 0 && isBlank(seg.charCodeAt(runStart - 1))) runStart--;
    const m = { index: runStart, 0: seg.slice(runStart, runEnd + mark[0].length), 1: mark[0] };
    // (a closing bracket or quotation mark after the sentence's own mark counts too: "chưa? ”",
    // "thôn Đông. )": the mark ends what the bracket or quotation holds)
    const closes = /^[)\]}”’]$/u.test(mark[0]);
    if (!(mark[0] === '%' ? /^\d$/u : closes ? /^[\p{L}\p{N}”’).!?…]$/u : /^[\p{L}\p{N}”’)]$/u).test(charBefore(seg, m.index)) && !(mark[0] !== '%' && closingStraightQuote(seg, m.index))) continue;
    const s = base + m.index;
    const e = s + m[0].length - m[1].length;
    if (!blank(s, e) || isOpaque(e)) continue;
    // "truyền ,văn nghệ", "cấp xã .Tham dự": the space stands on the wrong side of the mark;
    // the fix moves it (a word follows that the mark should be spaced from)
    const after = base + m.index + m[0].length;
    const moved = /[,;:]/u.test(m[1]) ? LETTER.test(view[after] ?? '') : /[.!?]/u.test(m[1]) && /^\p{Lu}\p{Ll}/u.test(view.slice(after, after + 2));
    const fix = [{ start: s, end: e, text: '' }, ...(moved ? [{ start: after, end: after, text: ' ' }] : [])];
    push({ start: s, end: e + m[1].length, messageId: moved ? 'moved' : 'beforeClose', args: { mark: m[1] }, fix });
  }
  // "tại buôn..", "Long. .", "xã,, thôn": a full stop or a comma typed twice after a word, the
  // second glued or spaced (never an ellipsis: a third dot, glued or spaced, "…", or a number
  // after it, "1..5")
  // (the word before is asked after the mark, by a lookbehind behind it: an expression that
  // opens with a lookbehind is tried at every character of the paragraph, one that opens with
  // the mark only where a mark stands. The same matches; the pool's paragraphs, 1,140 of them,
  // 50 ms → 0.3 ms. Likewise the spaced ellipsis below, 34 ms → 0.3)
  for (const m of matchesOf(/([.,])(?<=[\p{L}\p{N})”’][.,])[ \t\u00a0]*\1(?![.\d]|[ \t\u00a0]+\.)/gu, seg)) {
    const i = base + (m.index ?? 0);
    if (!blank(i + 1, i + m[0].length - 1) || isOpaque(i)) continue;
    push({ start: i, end: i + m[0].length, messageId: 'doubledMark', args: { mark: m[1] }, fix: [{ start: i + 1, end: i + m[0].length, text: '' }] });
  }
  // "kỹ năng mềm. . .": an ellipsis typed as three spaced full stops after a word; written as one
  // mark ("...", the draft's own dots), not a stop typed twice, which a fix would leave ". ."
  for (const m of matchesOf(/\.(?<=[\p{L}\p{N})”’]\.)[ \t\u00a0]+\.[ \t\u00a0]+\.(?![.\d])/gu, seg)) {
    const i = base + (m.index ?? 0);
    // (the original text holds the same dots and blanks: markdown syntax is blanked in the view)
    if (text.slice(i, i + m[0].length) !== m[0] || isOpaque(i)) continue;
    push({ start: i, end: i + m[0].length, messageId: 'spacedEllipsis', args: { text: m[0] }, fix: [{ start: i, end: i + m[0].length, text: '...' }] });
  }
  // (a comma, semicolon or colon glued to the quotation it opens counts too: "câu:“Dân là gốc”")
  for (const m of matchesOf(/([,;:])(?=\p{L}|\d|“\p{L})|([.!?])(?=\p{Lu}\p{Ll})|([)”])(?=\p{L}\p{Ll})/gu, seg)) {
    const at = m.index ?? 0;
    const lower1 = charBefore(seg, at);
    // a number after the mark only after a word ("Thời gian:08 giờ", "các xã;2 thôn"): after a
    // digit it is a decimal, a time or a list of numbers ("1,5", "8:30", "5,6 và 7")
    if (/\d/u.test(seg[at + 1] ?? '') && !LETTER.test(lower1)) continue;
    if (!gluedBefore(seg, at, m[1] ?? m[2] ?? m[3], lower1)) continue;
    const i = base + at;
    // "học viên.Bản in Tham dự": the page glued its debris on; removing it settles the space
    // (an address after a comma, semicolon or colon is the sentence's, not the page's: "xem
    // tại:https://…", "Website:www.…" want the space a word would)
    if (isOpaque(i) || (isOpaque(i + 1) && !(m[1] !== undefined && ADDRESS_OPENS.test(seg.slice(at + 1, at + 9))))) continue;
    const mark = m[1] ?? m[2] ?? m[3];
    push({ start: i, end: i + 1, messageId: 'missingAfter', args: { mark }, fix: [{ start: i + 1, end: i + 1, text: ' ' }] });
  }
  // "Chính trị(TTCT)", "2 ngày(5-6/3)": a bracket glued to the word before it (not "f(x)",
  // "1(a)": a word of two or more letters before; a number inside only after a Vietnamese or
  // capitalised word standing alone, "Trung(40 tuổi)", not "alert(1)" or "anh-hoi-nghi(1)");
  // "Cụm 1(phường", "Trung đoàn 274(Sư đoàn": a number standing alone, a word inside
  for (const m of matchesOf(/[\p{L}\p{N}]\(/gu, seg)) {
    const at = m.index ?? 0;
    // "học viên( trong đó": a blank inside the bracket is its own finding; the word still opens it
    let k = at + 2;
    while (k < seg.length && k < at + 6 && /[ \t\u00a0]/u.test(seg[k])) k++;
    const inside = seg[k] ?? '';
    if (/\p{N}/u.test(seg[at])) {
      if (!numberStandsAlone(seg, at) || !/^\p{L}[\p{L}\p{M}]/u.test(seg.slice(at + 2, at + 4))) continue;
    } else {
      if (!/\p{L}/u.test(charBefore(seg, at))) continue;
      if (!/^\p{L}$/u.test(inside) && !(/^\p{N}$/u.test(inside) && standsAlone(seg, at))) continue;
      // "hàm SUM(A1:A10)", "ROUND(B2,0)": a formula's function and its arguments, written as one
      // token (an ASCII name, no blank inside the brackets, a digit among the arguments)
      let w = at;
      while (w > 0 && w > at - 12 && /[A-Za-z]/.test(seg[w - 1])) w--;
      if (!/[\p{L}\p{M}\p{N}]/u.test(charBefore(seg, w)) && FORMULA.test(seg.slice(w, w + 50))) continue;
    }
    const i = base + at + 1;
    if (isOpaque(i)) continue;
    push({ start: i, end: i + 1, messageId: 'beforeOpen', fix: [{ start: i, end: i, text: ' ' }] });
  }
  // "chuyên đề“Tuổi trẻ”": a curly quotation opened against the word before it (never inside
  // a word: a curly opening mark after a letter or a digit always opens a quotation)
  for (const m of matchesOf(/[\p{L}\p{N}]“(?=\p{L}|\p{N}|[…])/gu, seg)) {
    const i = base + (m.index ?? 0) + m[0].length - 1;
    if (isOpaque(i)) continue;
    push({ start: i, end: i + 1, messageId: 'missingBefore', args: { mark: '“' }, fix: [{ start: i, end: i, text: ' ' }] });
  }
  // "tổ chức…Sau đó": an ellipsis glued to the next word (one that opens a quotation, "“…và", is not)
  // "báo cáo …Sau đó", "xã hội …được": spaced from the word before, glued to the next: the
  // space stands on the wrong side, and the fix moves it
  for (const m of matchesOf(/(?:…|\.\.\.)(?=\p{L})/gu, seg)) {
    const at = m.index ?? 0;
    let from = at;
    while (from > 0 && isBlank(seg.charCodeAt(from - 1))) from--;
    if (!/[\p{L}\p{N})”]/u.test(charBefore(seg, from))) continue;
    const i = base + at;
    if (isOpaque(i)) continue;
    const after = { start: i + m[0].length, end: i + m[0].length, text: ' ' };
    if (from === at) push({ start: i, end: i + m[0].length, messageId: 'missingAfter', args: { mark: m[0] }, fix: [after] });
    else if (blank(base + from, i)) push({ start: base + from, end: i + m[0].length, messageId: 'moved', args: { mark: m[0] }, fix: [{ start: base + from, end: i, text: '' }, after] });
  }
  // "Văn Hà-Trưởng phòng": a name and a title glued by a hyphen ("Bà Rịa-Vũng Tàu",
  // "Mác-Lênin", "12-KH/HU" have no title after the hyphen)
  // (a title in lower case after a name's last syllable too: "Ông Triệu Văn Phin-tổ trưởng")
  for (const m of matchesOf(/\p{L}[-–]\p{Lu}|\p{Ll}[-–]\p{Ll}/gu, seg)) {
    const d = (m.index ?? 0) + 1;
    const lowerAfter = LOWER().test(seg[d + 1]);
    // a lower-case word after a person's name ("Triệu Văn Phin-tổ trưởng tổ hợp tác"): two
    // capitalised words before the hyphen and a phrase after it; a name joined by hyphens
    // ("người Ê-đê", "Bà Rịa-Vũng Tàu") has no lower-case phrase after a two-word name
    // (not a foreign given name joined by its hyphen: "Kim Ji-yeon cho biết", "Park Soo-min bày tỏ")
    if (!startsWithTitle(seg.slice(d + 1, d + 40)) && !(lowerAfter && afterPersonName(seg, d) && vietnameseAround(seg, d) && /^\p{Ll}+[ \t\u00a0]+\p{Ll}/u.test(seg.slice(d + 1, d + 30)) && personNounAfter(seg, d))) continue;
    if (lowerAfter && !afterCapitalisedWord(seg, d)) continue;
    const i = base + d;
    if (isOpaque(i)) continue;
    let from = d;
    while (from > 0 && /[\p{L}\p{M}]/u.test(seg[from - 1])) from--;
    let to = d + 1;
    while (to < seg.length && /[\p{L}\p{M}]/u.test(seg[to])) to++;
    push({ start: i, end: i + 1, messageId: 'nameDash', args: { text: seg.slice(from, to) }, fix: [{ start: i, end: i, text: ' ' }, { start: i + 1, end: i + 1, text: ' ' }] });
  }
  // "người thầy số"gần gũi": a straight quote closing a quotation (the second, fourth … of the
  // paragraph) glued to the word after it
  let quotes = 0;
  for (const m of matchesOf(/"/gu, seg)) {
    const at = m.index ?? 0;
    if (++quotes % 2 === 1) continue;
    if (!/[\p{L}\p{N}.!?…]/u.test(charBefore(seg, at)) || !/^\p{L}/u.test(seg.slice(at + 1, at + 2))) continue;
    const i = base + at;
    if (isOpaque(i) || isOpaque(i + 1)) continue;
    push({ start: i, end: i + 1, messageId: 'missingAfter', args: { mark: '"' }, fix: [{ start: i + 1, end: i + 1, text: ' ' }] });
  }
  // "(BGĐT)-Sáng 15-10, …": a source tag glued to the lead by its dash, no space on either side
  for (const m of matchesOf(/\)[-–](?=\p{Lu})/gu, seg)) {
    const d = (m.index ?? 0) + 1;
    const i = base + d;
    if (isOpaque(i)) continue;
    push({ start: i, end: i + 1, messageId: 'dash', args: { mark: seg[d] }, fix: [{ start: i, end: i, text: ' ' }, { start: i + 1, end: i + 1, text: ' ' }] });
  }
  // "./ ." or ". /.": the closing mark of an official text is written as one
  for (const m of matchesOf(/\.(?:[ \t\u00a0]+\/[ \t\u00a0]*|\/[ \t\u00a0]+)\./gu, seg)) {
    const i = base + (m.index ?? 0);
    push({ start: i, end: i + m[0].length, messageId: 'endMark', fix: [{ start: i, end: i + m[0].length, text: './.' }] });
  }
  // (the spaced dates below, which the number ranges further down leave to them)
  const spacedDates: Span[] = [];
  // "25/7/ 2017", "25/ 7/2017", "15 - 3 - 2026": a date broken by spaces (the year and the
  // same separator twice tell it from a range of days or a score)
  for (const m of matchesOf(/(?<![\d/])\d{1,2}[ \t\u00a0]*([/-])[ \t\u00a0]*\d{1,2}[ \t\u00a0]*\1[ \t\u00a0]*(?:19|20)\d\d(?!\d)/gu, seg)) {
    if (!/[ \t\u00a0]/u.test(m[0])) continue;
    const i = base + (m.index ?? 0);
    spacedDates.push({ start: i, end: i + m[0].length });
    push({ start: i, end: i + m[0].length, messageId: 'insideDate', args: { text: m[0] }, fix: [{ start: i, end: i + m[0].length, text: m[0].replace(/[ \t\u00a0]+/gu, '') }] });
  }
  // "ngày 12 / 9", "sáng 12- 9": the same without a year, after a time-of-day word
  for (const m of matchesOf(SPACED_SHORT_DATE, seg)) {
    if (!/[ \t\u00a0]/u.test(m[0]) || Number(m[1]) < 1 || Number(m[1]) > 31 || Number(m[3]) < 1 || Number(m[3]) > 12) continue;
    const i = base + (m.index ?? 0);
    if (isOpaque(i)) continue;
    spacedDates.push({ start: i, end: i + m[0].length });
    push({ start: i, end: i + m[0].length, messageId: 'insideDate', args: { text: m[0] }, fix: [{ start: i, end: i + m[0].length, text: m[0].replace(/[ \t\u00a0]+/gu, '') }] });
  }
  for (const m of /\d[ \t\u00a0]*[/-][ \t\u00a0]*\d/u.test(seg) ? matchesOf(SPACED_CUED_DATE, seg) : []) {
    if (!/[ \t\u00a0]/u.test(m[0]) || Number(m[1]) < 1 || Number(m[1]) > 31 || Number(m[3]) < 1 || Number(m[3]) > 12) continue;
    const i = base + (m.index ?? 0);
    if (isOpaque(i) || spacedDates.some((x) => x.start === i)) continue;
    spacedDates.push({ start: i, end: i + m[0].length });
    push({ start: i, end: i + m[0].length, messageId: 'insideDate', args: { text: m[0] }, fix: [{ start: i, end: i + m[0].length, text: m[0].replace(/[ \t\u00a0]+/gu, '') }] });
  }
  // (both checks below need a letter or a mark glued to a digit: a paragraph without one, nearly
  // every paragraph, is not searched for either; the two expressions open with a lookbehind and
  // were tried at each of its characters: the pool's paragraphs, 40 + 94 ms → the test's 3 ms)
  const gluedDigit = GLUED_DIGIT.test(seg);
  // "ngày12-9", "năm2026": the word and its number run together
  for (const m of gluedDigit ? matchesOf(GLUED_TO_DIGITS, seg) : []) {
    const at = (m.index ?? 0) + m[0].length;
    const i = base + at;
    if (isOpaque(i - 1) || isOpaque(i)) continue;
    push({ start: base + (m.index ?? 0), end: i, messageId: 'missingAfter', args: { mark: m[0] }, fix: [{ start: i, end: i, text: ' ' }] });
  }
  // "có186", "gồm45 học viên": any Vietnamese word and its number
  for (const m of gluedDigit ? matchesOf(WORD_THEN_DIGITS, seg) : []) {
    const word = m[0];
    const at = (m.index ?? 0) + word.length;
    if (DIGIT_WORDS.has(word.toLowerCase()) || !isSyllable(word)) continue;
    // a word in ASCII letters ("trao25", "cho12") only in lower case with a Vietnamese word
    // (a letter beyond ASCII) beside it: "Su30", "vov1" and a slug's pieces are names and codes
    if (!NON_ASCII.test(word) && !(/^\p{Ll}+$/u.test(word) ? vietnameseBeside(seg, m.index ?? 0, at) : opensCount(seg, m.index ?? 0, at))) continue;
    const i = base + at;
    if (isOpaque(i - 1) || isOpaque(i)) continue;
    push({ start: base + (m.index ?? 0), end: i, messageId: 'missingAfter', args: { mark: word }, fix: [{ start: i, end: i, text: ' ' }] });
  }
  // "186người": a number and the Vietnamese word after it
  for (const m of matchesOf(DIGITS_THEN_WORD, seg)) {
    const at = (m.index ?? 0) + m[0].length;
    const word = /^[\p{L}\p{M}]+/u.exec(seg.slice(at, at + 12))?.[0] ?? '';
    if (!NON_ASCII.test(word) || !isSyllable(word)) continue;
    const i = base + at;
    if (isOpaque(i - 1) || isOpaque(i)) continue;
    push({ start: base + (m.index ?? 0), end: i, messageId: 'missingAfter', args: { mark: m[0] }, fix: [{ start: i, end: i, text: ' ' }] });
  }
  // "604/KH- UBND", "12 /QĐ-UBND", "05-KH/ HU": a document number is written without spaces
  // (its dash is no separator between two parts, so the dash check below leaves it alone)
  const codes: Span[] = [];
  for (const m of matchesOf(DOCUMENT_NUMBER, seg)) {
    if (!/[ \t]/u.test(m[0])) continue;
    const i = base + (m.index ?? 0);
    codes.push({ start: i, end: i + m[0].length });
    push({ start: i, end: i + m[0].length, messageId: 'insideCode', args: { text: m[0] }, fix: [{ start: i, end: i + m[0].length, text: m[0].replace(/[ \t]+/gu, '') }] });
  }
  // "2021- 2025", "2017 -2022": a range of years spaced on one side of its dash (day ranges,
  // "15 -16/9", are date-format's); closed up, the form most drafts use
  for (const m of matchesOf(/(?<![\d/.,-])((?:19|20)\d\d)(?:[ \t]+[-–](?=(?:19|20)\d\d)|[-–][ \t]+(?=(?:19|20)\d\d))((?:19|20)\d\d)(?![\d/-]|[.,]\d)/gu, seg)) {
    const i = base + (m.index ?? 0);
    const dash = m[0].includes('–') ? '–' : '-';
    const fixed = `${m[1]}${dash}${m[2]}`;
    codes.push({ start: i, end: i + m[0].length });
    push({ start: i, end: i + m[0].length, messageId: 'yearRange', args: { text: m[0], fixed }, fix: [{ start: i, end: i + m[0].length, text: fixed }] });
  }
  // "từ 20 -30%", "5- 8 tổ hợp tác": a range of numbers spaced on one side of its dash (HYG30),
  // spaced on both as a dash between two parts is; a year range is closed up above, a range of
  // days before its month ("15 -16/9") is date-format's, a spaced date ("ngày 8 -3") is above
  // (asked only of a paragraph with a digit beside a one-sided dash: the expression opens with a lookbehind)
  for (const m of /\d[ \t]+[-–]\d|\d[-–][ \t]+\d/u.test(seg) ? matchesOf(/(?<!\p{L}|\p{N}|[/.,:-])\d{1,3}(?:[.,]\d{1,3})*(?:[ \t]+[-–](?=\d)|[-–][ \t]+(?=\d))\d{1,3}(?:[.,]\d{1,3})*(?!\p{L}|\p{N}|[/-]|[.,]\d)/gu, seg) : []) {
    const i = base + (m.index ?? 0);
    if (isOpaque(i) || inSpans(codes, i) || spacedDates.some((x) => x.start < i + m[0].length && x.end > i)) continue;
    const d = m[0].search(/[-–]/u);
    const spacedAfter = m[0][d + 1] === ' ' || m[0][d + 1] === '\t';
    const at = spacedAfter ? i + d : i + d + 1;
    codes.push({ start: i, end: i + m[0].length });
    push({ start: i + d, end: i + d + 1, messageId: 'dash', args: { mark: m[0][d] }, fix: [{ start: at, end: at, text: ' ' }] });
  }
  // a dash or "&" spaced on one side only: "Phúc- Bí thư", "nghiệp -Giáo", "HĐND& UBND"
  // (a hyphen between two letters, "kinh tế-xã hội", or two digits, "12-9", is left alone)
  for (const m of matchesOf(/[-–—&](?:(?=[ \t]+\p{L})|(?=\p{L}))/gu, seg)) {
    const d = m.index ?? 0;
    // spaced after: a letter just before; spaced before: spaces, then a letter, before
    const spacedAfter = seg[d + 1] === ' ' || seg[d + 1] === '\t';
    let j = d;
    if (!spacedAfter) while (j > 0 && (seg[j - 1] === ' ' || seg[j - 1] === '\t')) j--;
    // a letter before, or the bracket closing a source tag ("(ĐN)- Trong")
    if ((!spacedAfter && j === d) || !(LETTER.test(charBefore(seg, j)) || (charBefore(seg, j) === ')' && (spacedAfter || /^\p{Lu}/u.test(seg.slice(d + 1, d + 2)))))) continue;
    const i = base + d;
    if (isOpaque(i) || inSpans(codes, i)) continue;
    const at = spacedAfter ? i : i + 1;
    push({ start: i, end: i + 1, messageId: 'dash', args: { mark: m[0] }, fix: [{ start: at, end: at, text: ' ' }] });
  }
}
