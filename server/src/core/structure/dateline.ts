/**
 * The dateline: the lead says WHEN, with a day and a month ("Sáng ngày 12-9,", "Chiều
 * 19-8-2022,", "Ngày 4/6/2021,", "Trong 2 ngày 14-15/12,"), maybe after a source tag
 * ("(Đài An Lão)", "BDK.VN -"). "Sáng nay", "Vừa qua" and a page date line are not one.
 */
import type { Draft, Paragraph, Span } from '../draft.js';
import { normRange, origRange, B, E } from './normtext.js';

const NUM_WORD = '(?:\\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)';
const PREFIX = `(?:(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|từ|trong(?: thời gian)? ${NUM_WORD} ngày)(?:\\s+(?:ngày|hôm))?(?:\\s+(?:mùng|mồng))?(?:\\s*\\(\\s*|\\s+)|(?:sáng|chiều|tối|trưa|hôm)\\s+(?:nay|qua)\\s*\\(\\s*(?:ngày\\s+)?|(?:(?:sáng|chiều|tối)\\s+)?(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\\s*(?:\\(|,)?\\s*(?:ngày\\s+)?)`;
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

/** A date that belongs to a document reference ("Kế hoạch số 10/KH-UBND, ngày 10/10/2019 của …"). */
function isDocumentDate(view: string, at: number, end: number): boolean {
  const before = view.slice(Math.max(0, at - 40), at);
  const after = view.slice(end, end + 8);
  return /số\s+\S+\s*,?\s*(?:ngày\s*)?$/u.test(before) || /^\s*của\b/u.test(after);
}

/** Paragraphs where a dateline may stand: the lead, and the next one when the lead is a short caption. */
function datelineParagraphs(draft: Draft): Paragraph[] {
  const story = draft.story;
  if (!story.length) return [];
  const first = story[0];
  const words = first.sentences.reduce((n, s) => n + s.words.length, 0);
  return words < 15 && story[1] ? [first, story[1]] : [first];
}

export function findDateline(draft: Draft): Span | undefined {
  for (const p of datelineParagraphs(draft)) {
    const start = p === draft.story[0] ? leadBodyStart(draft, p) : p.start;
    const n = normRange(draft, start, p.end);
    const head = AT_START.exec(n.text);
    if (head && validDate(head)) return origRange(n, 0, head[0].length);
    WITH_PREFIX.lastIndex = 0;
    for (let m = WITH_PREFIX.exec(n.text); m; m = WITH_PREFIX.exec(n.text)) {
      if (!validDate(m)) continue;
      if (isDocumentDate(n.text, m.index, m.index + m[0].length)) continue;
      return origRange(n, m.index, m.index + m[0].length);
    }
  }
  return undefined;
}
