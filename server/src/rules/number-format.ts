/**
 * number-format (NUM-01, NUM-02): Vietnamese groups thousands with a dot and writes decimals
 * with a comma ("1.400 cán bộ", "3,92%"). A comma before exactly three digits and a noun of
 * counting ("1,400 cán bộ") is the English habit and reads as a decimal; a space ("1 400")
 * splits the number; a leading zero ("03 ngày") copies the document-number style of Decree
 * 30, which concerns document numbers only.
 */
import words from '../../../dictionaries/number-format.json';
import structure from '../../../dictionaries/structure.json';
import { COUNT_NOUN_RE, PEOPLE_RE } from '../core/numbers.js';
import type { Rule } from '../core/types.js';
import { matchesOf } from '../core/matches.js';
import { lazyRegExp } from '../core/lazy-regexp.js';

const SPACE = '[ \\t\\u00a0]+';
/** the words of one section of dictionaries/number-format.json, as alternatives in the order listed */
const listed = (section: { entries: Array<{ word: string }> }): string => section.entries.map((e) => e.word).join('|');
/** "1,400 cán bộ", "12,500 lượt người", "1,200,000 đồng" (two comma groups are never a decimal) */
const COMMA_THOUSANDS = lazyRegExp(() => new RegExp(
  `(?<![\\p{N}.,])(\\d{1,3}(?:,\\d{3})+)(?=${SPACE}${COUNT_NOUN_RE})|(?<![\\p{N}.,])(\\d{1,3}(?:,\\d{3}){2,})(?![\\p{N}]|[.,]\\p{N})`,
  'gu',
));
/** "có 1 400 học viên": only after a word that introduces a count, so "lớp 1 200 học viên" is left alone */
const SPACED_THOUSANDS = lazyRegExp(() => new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:${listed(words.countIntroducers)})${SPACE})(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+)(?=${SPACE}${PEOPLE_RE})`,
  'giu',
));
/** COMMA_THOUSANDS asked once per paragraph, without a global expression's state */
const CERTAIN_COMMA = lazyRegExp(() => new RegExp(COMMA_THOUSANDS().source, 'u'));
/** "14,300": one comma before three digits, no more digits or groups around it */
const ONE_COMMA_GROUP = lazyRegExp(() => /(?<![\p{N}.,])\d{1,3},\d{3}(?![\p{N}]|[.,]\p{N})/gu);
/** "3,5 tấn", "12,75%": a comma before one, two or four digits and more is a decimal one */
const DECIMAL_COMMA = lazyRegExp(() => /(?<![\p{N}.,])\d+,(?:\d{1,2}|\d{4,})(?![\p{N}]|[.,]\p{N})/u);
const LEADING_ZERO = new RegExp(`(?<!\\p{L}|\\p{N}|[.,/:-])0(\\d)(?=${SPACE}${COUNT_NOUN_RE})`, 'gu');
/**
 * "8.5 điểm", "6.8 tấn", "3.5%": a dot before one or two digits, then a unit of measure or a
 * score (decimalUnits), is a decimal point; a dotted date, version or plate number has no unit after it
 */
const DECIMAL_POINT = lazyRegExp(() => new RegExp(
  `(?<!\\p{L}|\\p{N}|[.,/:-])\\d+\\.\\d{1,2}(?=(?:[ \\t\\u00a0]*%|${SPACE}(?:${words.decimalUnits.entries.filter((e) => e.word !== '%').map((e) => e.word).sort((a, b) => b.length - a.length).join('|')})(?!\\p{L}|\\p{N}|[-])))`,
  'gu',
));
/** "ngày 05 tháng 01 năm 2020", "số 03 …", "lúc 07 giờ": not counts (notACountBefore) */
const NOT_A_COUNT = lazyRegExp(() => new RegExp(`(?:^|[^\\p{L}])(?:${listed(words.notACountBefore)})\\s*:?\\s*$`, 'iu'));
/**
 * "Đề án 06", "Chỉ thị 05": a document's number after its kind written as a name, capitalised
 * (structure.json documentTypes); "hướng dẫn 05 hộ" counts households
 */
const DOCUMENT_BEFORE = lazyRegExp(() => new RegExp(`(?:^|[^\\p{L}])(?:${structure.documentTypes.entries.map((e) => e.word.charAt(0).toUpperCase() + e.word.slice(1)).join('|')})\\s*:?\\s*$`, 'u'));

export const numberFormat: Rule = {
  meta: {
    id: 'number-format',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Số viết theo quy ước tiếng Việt: dấu chấm phân cách hàng nghìn, dấu phẩy cho số thập phân, không thêm số 0 ở đầu.',
      en: 'Numbers in Vietnamese convention: dot for thousands, comma for decimals, no leading zeros.',
    },
    rationale: {
      vi: 'Tiếng Việt viết “1.400 cán bộ” và “3,92%”. Viết “1,400 cán bộ” theo kiểu tiếng Anh khiến người đọc hiểu thành số thập phân. Số 0 ở đầu (“03 ngày”) chỉ dùng cho số hiệu văn bản.',
      en: 'Vietnamese writes “1.400 cán bộ” and “3,92%”. The English “1,400” reads as a decimal. Leading zeros (“03 ngày”) belong to document numbers only.',
    },
    messages: {
      commaThousands: {
        vi: 'Dùng dấu chấm để phân cách hàng nghìn: “{number}” → “{fixed}”.',
        en: 'Use a dot to group thousands: “{number}” → “{fixed}”.',
      },
      spacedThousands: {
        vi: 'Số “{number}” bị tách bằng dấu cách; viết “{fixed}”.',
        en: 'The number “{number}” is split by a space; write “{fixed}”.',
      },
      decimalPoint: {
        vi: 'Số thập phân viết bằng dấu phẩy: “{number}” → “{fixed}”.',
        en: 'Write a decimal with a comma: “{number}” → “{fixed}”.',
      },
      leadingZero: {
        vi: 'Số đếm không cần số 0 ở đầu: “{number}” → “{fixed}”.',
        en: 'A count needs no leading zero: “{number}” → “{fixed}”.',
      },
      write: { vi: 'Viết “{fixed}”', en: 'Write “{fixed}”' },
    },
  },
  check({ draft, report }) {
    const { view } = draft;
    const prose = draft.paragraphs.filter((p) => p.kind !== 'metadata' && p.kind !== 'chrome');
    // the draft's own habit: once a number is certainly grouped with commas ("60,000 cuốn",
    // "1,200,000 đồng") and no comma in it is a decimal one ("3,5 tấn"), every other "d,ddd" of
    // the draft is grouped the same way ("14,300 bảng hiệu")
    const commaHabit =
      prose.some((p) => /\d,\d{3}/.test(view.slice(p.start, p.end)) && CERTAIN_COMMA().test(view.slice(p.start, p.end))) &&
      !prose.some((p) => DECIMAL_COMMA().test(view.slice(p.start, p.end)));
    for (const p of prose) {
      const seg = view.slice(p.start, p.end);
      const push = (index: number, number: string, fixed: string, messageId: string, severity?: 'error' | 'info'): void => {
        const start = p.start + index;
        const edits = [{ start, end: start + number.length, text: fixed }];
        report({
          start,
          end: start + number.length,
          messageId,
          args: { number, fixed },
          fix: edits,
          suggestions: [{ messageId: 'write', args: { fixed }, edits }],
          ...(severity ? { severity } : {}),
        });
      };
      // cheap necessary conditions first: the patterns open with lookbehinds, tried at every position
      if (/\d,\d{3}/.test(seg)) {
        const taken = new Set<number>();
        for (const m of matchesOf(COMMA_THOUSANDS(), seg)) {
          const n = m[1] ?? m[2];
          taken.add(m.index ?? 0);
          push(m.index ?? 0, n, n.replace(/,/g, '.'), 'commaThousands', 'error');
        }
        if (commaHabit) {
          for (const m of matchesOf(ONE_COMMA_GROUP(), seg)) if (!taken.has(m.index ?? 0)) push(m.index ?? 0, m[0], m[0].replace(',', '.'), 'commaThousands', 'error');
        }
      }
      if (/\d[ \u00a0\u202f]\d{3}/.test(seg)) for (const m of matchesOf(SPACED_THOUSANDS(), seg)) {
        push(m.index ?? 0, m[1], m[1].replace(/[ \u00a0\u202f]/g, '.'), 'spacedThousands');
      }
      if (/\d\.\d/.test(seg)) for (const m of matchesOf(DECIMAL_POINT(), seg)) push(m.index ?? 0, m[0], m[0].replace('.', ','), 'decimalPoint');
      if (/0\d/.test(seg)) for (const m of matchesOf(LEADING_ZERO, seg)) {
        const i = m.index ?? 0;
        const before = seg.slice(Math.max(0, i - 16), i);
        if (NOT_A_COUNT().test(before) || DOCUMENT_BEFORE().test(before)) continue;
        push(i, m[0], m[1], 'leadingZero', 'info');
      }
    }
  },
};
