/**
 * The dateline: the lead says WHEN, with a day and a month ("Sáng ngày 12-9,", "Chiều
 * 19-8-2022,", "Ngày 4/6/2021,", "Trong 2 ngày 14-15/12,"), maybe after a source tag
 * ("(Đài An Lão)", "BDK.VN -"). "Sáng nay", "Vừa qua" and a page date line are not one.
 */
import type { Draft, Paragraph, Span } from '../draft.js';
import { normRange, origRange, B } from './normtext.js';
import { DOCUMENT_TYPES } from './data.js';

const NUM_WORD = '(?:\\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)';
const PREFIX = `(?:(?:trong thời gian\\s+)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|từ|trong(?: thời gian)? ${NUM_WORD} ngày)(?:\\s+(?:ngày|hôm))?(?:\\s+(?:mùng|mồng))?(?:\\s*\\(\\s*|\\s+)(?:từ\\s+(?:ngày\\s+)?)?|(?:sáng|chiều|tối|trưa|hôm)\\s+(?:nay|qua)\\s*\\(\\s*(?:ngày\\s+)?|(?:(?:sáng|chiều|tối)\\s+)?(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\\s*(?:\\(|,)?\\s*(?:ngày\\s+)?)`;
/** day(s) + month (+ year): "12-9", "19 và 25/7/2019", "03-04/10/2018", "21.10", "12 tháng 9" */
const DATE =
  '(\\d{1,2})(?:\\s*(?:[-–,]|và|đến)\\s*\\d{1,2})*\\s*(?:([-/.])\\s*(\\d{1,2})(?:\\s*[-/.]\\s*(\\d{2,4}))?|\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+\\d{4})?)(?![\\d\\p{L}])';

const WITH_PREFIX = new RegExp(`${B}${PREFIX}${DATE}`, 'gu');
const AT_START = new RegExp(`^${DATE}`, 'u');

/** "(Đài An Lão) ", "BDK.VN - ", "(Baothanhhoa.vn) - ", "CTTĐT - ", "Đà Nẵng – " at the start of a lead. */
const SOURCE_TAG = /^\s*(?:\(\s*[^()\n]{2,40}\)\s*(?:[-–—:]\s*)?|[\p{L}\p{N}.&]+(?:\s+[\p{L}\p{N}.&]+){0,3}\s*[-–—]\s+)/u;

/** Offset in the original text where a lead's own words begin (after any source tag). */
export function leadBodyStart(draft: Draft, lead: Paragraph): number {
  const m = SOURCE_TAG.exec(draft.view.slice(lead.start, lead.end));
  return m ? lead.start + m[0].length : lead.start;
}

function validDate(m: RegExpExecArray): boolean {
  const day = Number(m[1]);
  const month = Number(m[3] ?? m[5]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/**
 * A date that belongs to a document reference ("Kế hoạch số 10/KH-UBND, ngày 10/10/2019 của
 * …", "Quyết định 118/QĐ-UBND ngày 9/3/2023"): a document type (dictionaries/structure.json),
 * its number, then the date; or a date followed by "của" (whose document it is).
 */
function isDocumentDate(view: string, at: number, end: number): boolean {
  const before = view.slice(Math.max(0, at - 60), at);
  const after = view.slice(end, end + 8);
  return /số\s+\S+\s*,?\s*(?:ngày\s*)?$/u.test(before) || DOCUMENT_BEFORE.test(before) || /^\s*của\b/u.test(after);
}

/** a document type, its number (maybe with spaces inside: "604/KH- UBND"), then at most "ngày" */
const DOCUMENT_BEFORE = new RegExp(`${B}${DOCUMENT_TYPES}\\s+(?:số\\s*)?[\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}/.\\-–]*(?:\\s+[\\p{L}\\p{N}/.\\-–]+)?\\s*,?\\s*(?:ban hành\\s+)?(?:ngày\\s*)?$`, 'u');
const PREFIXED_AT_START = new RegExp(`^${PREFIX}${DATE}`, 'u');

/** The lead, and the next paragraph too when the lead is a short photo caption. */
function leadParagraphs(story: Paragraph[]): Paragraph[] {
  const words = story[0].sentences.reduce((n, s) => n + s.words.length, 0);
  return words < 15 && story[1] ? [story[0], story[1]] : [story[0]];
}

/** How many story paragraphs after the lead may open with the event date (a preamble or a summary came first). */
const LATER_PARAGRAPHS = 2;

/**
 * The dateline: a date anywhere in the lead (after its source tag); else a sentence of the
 * next paragraphs that opens with one ("Ngày 5/3/2024, …", "Từ ngày 4 đến 6/3, …"), which is
 * how a draft reads whose lead is a preamble ("Thực hiện Kế hoạch số … của …") or a summary.
 */
export function findDateline(draft: Draft): Span | undefined {
  const story = draft.story;
  if (!story.length) return undefined;
  const leads = leadParagraphs(story);
  for (const p of leads) {
    const n = normRange(draft, p === story[0] ? leadBodyStart(draft, p) : p.start, p.end);
    const head = AT_START.exec(n.text);
    if (head && validDate(head)) return origRange(n, 0, head[0].length);
    WITH_PREFIX.lastIndex = 0;
    for (let m = WITH_PREFIX.exec(n.text); m; m = WITH_PREFIX.exec(n.text)) {
      if (!validDate(m)) continue;
      if (isDocumentDate(n.text, m.index, m.index + m[0].length)) continue;
      return origRange(n, m.index, m.index + m[0].length);
    }
  }
  for (const p of story.slice(leads.length, leads.length + LATER_PARAGRAPHS)) {
    for (const s of p.sentences) {
      const t = normRange(draft, s.start, s.end);
      const m = PREFIXED_AT_START.exec(t.text) ?? AT_START.exec(t.text);
      if (m && validDate(m)) return origRange(t, 0, m[0].length);
    }
  }
  return undefined;
}
