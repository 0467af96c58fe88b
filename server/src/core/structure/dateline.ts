/**
 * The dateline: the lead says WHEN, with a day and a month ("Sáng ngày 12-9,", "Chiều
 * 19-8-2022,", "Ngày 4/6/2021,", "Trong 2 ngày 14-15/12,"), maybe after a source tag
 * ("(Đài An Lão)", "BDK.VN -"), or after "Sáng nay" ("Sáng nay (5-3)", "Sáng nay, 5/3,"). "Sáng nay" or "Vừa qua" alone and a page date line are not one.
 */
import type { Draft, Paragraph, Span } from '../draft.js';
import { normRange, origRange, B, E, wordFirst, type NormText } from './normtext.js';
import { DATELINE_TIMES, DATELINE_TIMES_TODAY, DATELINE_TIMES_WEEKDAY, DOCUMENT_TYPES, END_POINTS, EVENT_VERBS, LASTING_VERBS, LEAD_SUBJECTS, PASSIVE_MARKERS, RECEIVING_MARKERS, REPORTING_VERBS, UNTIL_NOW, WEEKDAYS } from './data.js';
import { NUMBER_WORD } from './numbers.js';
import { PHOTO_CREDIT_END } from './captions.js';
import { nfc } from '../normalise.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { paragraphDebris } from '../web-debris.js';
import { firstAtOrAfter, itself } from '../sorted.js';

const PREFIX = `(?:(?:trong thời gian\\s+)?(?:${DATELINE_TIMES}|trong(?: thời gian)? ${NUMBER_WORD} ngày)(?:\\s+(?:ngày|hôm))?(?:\\s+(?:mùng|mồng))?(?:\\s*\\(\\s*|\\s+)(?:từ\\s+(?:ngày\\s+)?)?|${DATELINE_TIMES_TODAY}\\s+(?:nay|qua)\\s*[(,]\\s*(?:${WEEKDAYS}\\s*,?\\s*)?(?:ngày\\s+)?|(?:${DATELINE_TIMES_WEEKDAY}\\s+)?${WEEKDAYS}\\s*(?:\\(|,)?\\s*(?:ngày\\s+)?)`;
/** day(s) + month (+ year): "12-9", "19 và 25/7/2019", "03-04/10/2018", "21.10", "12 tháng 9" */
const DATE =
  '(\\d{1,2})(?:\\s*(?:[-–,]|và|đến(?:\\s+ngày)?)\\s*\\d{1,2})*\\s*(?:([-/.])\\s*(\\d{1,2})(?:\\s*[-/.]\\s*(\\d{2,4}))?|\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+\\d{4})?)(?![\\d\\p{L}])';

const WITH_PREFIX = new RegExp(`${B}${PREFIX}${DATE}`, 'gu');
const AT_START = new RegExp(`^${DATE}`, 'u');
/**
 * a news dateline: the place, a comma, the date, then a dash before the story ("Bình Định,
 * 14-12-2016 - Sở Tài chính …", "Hà Nội, ngày 5/3 – …"); the place is what stands before the date
 */
const PLACE_BEFORE_DATE = /^[\p{L}.]+(?:\s+[\p{L}.]+){0,3}\s*,\s*(?:ngày\s+)?/u;
const DASH_AFTER = /^\s*[-–—]\s/u;

/** "(Đài An Lão) ", "BDK.VN - ", "(Baothanhhoa.vn) - ", "CTTĐT - ", "Đà Nẵng – " at the start of a lead. */
const SOURCE_TAG = /^\s*(?:\(\s*[^()\n]{2,40}\)\s*(?:[-–—:]\s*)?|[\p{L}\p{N}.&]+(?:\s+[\p{L}\p{N}.&]+){0,3}\s*[-–—]\s+)/u;

/**
 * Offset in the original text where a lead's own words begin: after the page's debris glued
 * to its start ("Lượt xem: 1.204 Sáng 5-3, …", "08:30 | 05/03/2024 Sáng 5-3, …": web-leftover
 * reports it) and any source tag.
 */
export function leadBodyStart(draft: Draft, lead: Paragraph): number {
  const debris = debrisOf(draft, lead);
  let at = afterDebris(draft.view, debris, lead.start);
  const m = SOURCE_TAG.exec(draft.view.slice(at, lead.end));
  if (m) at = afterDebris(draft.view, debris, at + m[0].length);
  return at;
}

/** the page's debris glued into `p` (core/web-debris.ts), as the parse found it */
function debrisOf(draft: Draft, p: Paragraph): ReadonlyArray<{ start: number; end: number }> {
  const k = draft.paragraphs.indexOf(p);
  return k < 0 ? [] : paragraphDebris(draft.view, draft.paragraphs)[k];
}

/** `at`, or past the debris (and the blanks after it) that starts there, one piece after another */
function afterDebris(view: string, debris: ReadonlyArray<{ start: number; end: number }>, at: number): number {
  if (debris.length === 0) return at;
  for (;;) {
    let i = at;
    while (i < view.length && /\s/u.test(view[i])) i++;
    const d = debris.find((x) => x.start <= i && i < x.end);
    if (!d) return at;
    at = d.end;
    while (at < view.length && /[ \t\u00a0]/u.test(view[at])) at++;
  }
}

/**
 * `n` with the debris inside it blanked (same length, same map): a page's clock time glued next
 * to the lead's date ("Sáng 5-3 Cập nhật 08:30, …") is no time of the event
 */
function withoutDebris(n: NormText, debris: ReadonlyArray<{ start: number; end: number }>, from: number, to: number): NormText {
  const inside = debris.filter((d) => d.start < to && d.end > from).sort((a, b) => a.start - b.start);
  if (inside.length === 0) return n;
  const map = n.map;
  let text = '';
  let k = 0;
  for (const d of inside) {
    const a = Math.max(k, Math.min(firstAtOrAfter(map, d.start, itself), n.text.length));
    const b = Math.max(a, Math.min(firstAtOrAfter(map, d.end, itself), n.text.length));
    text += n.text.slice(k, a) + ' '.repeat(b - a);
    k = b;
  }
  return { text: text + n.text.slice(k), map };
}

/** The date of a news dateline opening `t` ("Bình Định, 14-12-2016 - …"), as [start, end) of `t`. */
function placedDate(t: string): [number, number] | undefined {
  const place = PLACE_BEFORE_DATE.exec(t);
  if (!place) return undefined;
  const at = place[0].length;
  const date = AT_START.exec(t.slice(at));
  return date && validDate(date) && DASH_AFTER.test(t.slice(at + date[0].length)) ? [at, at + date[0].length] : undefined;
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
  return /số\s+\S+\s*,?\s*(?:ngày\s*)?$/u.test(before) || DOCUMENT_BEFORE().test(before) || /^\s*của\b/u.test(after);
}

/** a document type, its number (maybe with spaces inside: "604/KH- UBND"), then at most "ngày" */
const DOCUMENT_BEFORE = lazyRegExp(() => new RegExp(`${B}${DOCUMENT_TYPES}\\s+(?:số\\s*)?[\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}/.\\-–]*(?:\\s+[\\p{L}\\p{N}/.\\-–]+)?\\s*,?\\s*(?:ban hành\\s+)?(?:ngày\\s*)?$`, 'u'));

/** a paragraph this short is a photo caption or a subhead: it neither holds nor hides the dateline */
const CAPTION_WORDS = 15;

function isCaption(p: Paragraph): boolean {
  return p.sentences.reduce((n, s) => n + s.words.length, 0) < CAPTION_WORDS || PHOTO_CREDIT_END.test(nfc(p.text));
}

/** The lead, and the next paragraph too when the lead is a short photo caption. */
function leadParagraphs(story: Paragraph[]): Paragraph[] {
  return isCaption(story[0]) && story[1] ? [story[0], story[1]] : [story[0]];
}

/** The paragraphs after the lead that may open with the event date: the next few, not counting captions between them. */
function laterParagraphs(story: Paragraph[], from: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = from, told = 0; i < story.length && told < LATER_PARAGRAPHS; i++) {
    out.push(story[i]);
    if (!isCaption(story[i])) told++;
  }
  return out;
}

/** How many story paragraphs after the lead (captions not counted) may open with the event date (a preamble or a summary came first). */
const LATER_PARAGRAPHS = 2;

/**
 * Where a sentence sits: the opening sentence of a lead paragraph, another sentence of the
 * lead, or a sentence of a later paragraph.
 */
type Place = 'opening' | 'lead' | 'later';

const EVENT_VERB = new RegExp(`${wordFirst(EVENT_VERBS)}${E}`, 'gu');
/** "sẽ", "được": what learners will receive, or a plan; a clause the event does not open (receivingMarkers) */
const RECEIVES = lazyRegExp(() => new RegExp(`${B}${RECEIVING_MARKERS}${E}`, 'u'));
const PASSIVE = lazyRegExp(() => new RegExp(`${B}${PASSIVE_MARKERS}${E}`, 'u'));
/** an event verb right after a passive marker, a word between at most: "được tổ chức", "được Sở tổ chức" */
const PASSIVE_JUST_BEFORE = lazyRegExp(() => new RegExp(`${PASSIVE_MARKERS}\\s+(?:\\p{L}+\\s+)?$`, 'u'));
/**
 * the event told in the passive, the learners its subject: "60 cán bộ đã được tập huấn …",
 * "lớp học được khai giảng …" — a passive marker right before an event verb, as opposed to
 * what learners receive ("học viên được nghe …", "được tham gia tập huấn …")
 */
const PASSIVE_EVENT = lazyRegExp(() => new RegExp(`${B}${PASSIVE_MARKERS}\\s+${EVENT_VERBS}${E}`, 'u'));
const REPORTED = lazyRegExp(() => new RegExp(`${B}${REPORTING_VERBS}${E}`, 'u'));
/** a span timing how long something lasts: "trong (thời gian) 3 ngày (…)", "diễn ra / kéo dài …", "trong thời gian huấn luyện …" */
const DURATION_SPAN = new RegExp(`^trong\\s+(?:thời gian\\s+)?${NUMBER_WORD}\\s+ngày`, 'u');
const DURATION_BEFORE = lazyRegExp(() => new RegExp(`(?:${LASTING_VERBS}\\s+(?:trong\\s+)?|trong thời gian(?:\\s+\\p{L}+){0,3}\\s+)$`, 'u'));
/** a verb of lasting right before the date: "diễn ra từ ngày 6 đến 8-11", "diễn ra sáng 27/9" */
const LASTING_JUST_BEFORE = lazyRegExp(() => new RegExp(`${B}${LASTING_VERBS}\\s+$`, 'u'));
/** an end point alone ("đến ngày 15/11", "trước ngày 5/9"): a deadline, not the event */
const END_POINT = new RegExp(`(?:^|\\s)${END_POINTS}\\s+$`, 'u');
/** "từ ngày 1-7 đến nay": a period up to now, what happened since, not the event */
const SINCE = new RegExp(`^\\s*${UNTIL_NOW}\\s+nay`, 'u');
/** a page's time stamp: a clock time or a time zone next to the date */
const CLOCK = /\d{1,2}\s*(?::|giờ|h)\s*\d{2}|gmt/u;
/** the words of a page's own time stamp: "Cập nhật lúc 8h30 ngày 12/9", "Đăng lúc …" */
const PAGE_STAMP = /(?:cập nhật|đăng)(?:\s+(?:lúc|ngày))?\s*:?\s*\d|gmt/u;
/** … unless the clock time is the event's, told in words: "(vào) lúc 8h30 sáng 12-9", "8 giờ 30 phút ngày 12-9" */
const EVENT_CLOCK = lazyRegExp(() => /(?:lúc|hồi)\s+\d{1,2}\s*(?:giờ|h)|\d{1,2}\s*(?:giờ|h)\s*\d{2}(?:\s*phút)?\s*,?\s+(?:sáng|chiều|tối|trưa|ngày)|(?:sáng|chiều|tối|trưa)\s+\d{1,2}[-/.]\d{1,2}\s*,?\s*(?:vào\s+)?lúc/u);

/** a sentence about the class itself: "Lớp bồi dưỡng lần này có 62 học viên …" */
const EVENT_SUBJECT = new RegExp(`^${LEAD_SUBJECTS}\\s`, 'u');

/** Index of the first event verb of `s` that is active (not right after "được"), or -1. */
function activeVerb(s: string): number {
  EVENT_VERB.lastIndex = 0;
  for (let m = EVENT_VERB.exec(s); m; m = EVENT_VERB.exec(s)) {
    if (!PASSIVE_JUST_BEFORE().test(s.slice(Math.max(0, m.index - 16), m.index))) return m.index;
  }
  return -1;
}

/**
 * Does the date at [at, end) of the sentence `t` time the event itself? It does when an event
 * verb follows it in the same clause ("Ngày 5-3, Hội Nông dân tổ chức …") or, inside the lead,
 * precedes it ("… tổ chức lớp học từ ngày 5 đến 7-3"); the lead's opening sentence may also
 * name the event with a verb no list knows, and once it has told the event a next sentence may
 * open with its days. It does not when it is a duration whose clause
 * says what learners will receive ("Trong 3 ngày (5-7/3), học viên sẽ được nghe …"), a passive
 * statement ("Lớp học được tổ chức trong 3 ngày (…)"), a deadline ("đến ngày 15/11"), part of
 * what someone reported ("ông A cho biết từ ngày 1-7, …") or a page's time stamp.
 */
function timesEvent(t: string, at: number, end: number, place: Place, opened: boolean): boolean {
  const before = t.slice(0, at);
  const rest = t.slice(end);
  const around = t.slice(Math.max(0, at - 20), Math.min(t.length, end + 20));
  if (CLOCK.test(around) && (!EVENT_CLOCK().test(around) || PAGE_STAMP.test(around))) return false;
  if (END_POINT.test(before) || REPORTED().test(before) || SINCE.test(rest)) return false;
  const verb = activeVerb(rest);
  const receives = RECEIVES().exec(rest)?.index ?? -1;
  if (verb >= 0 && (receives < 0 || verb < receives)) return true;
  // the event in the passive, unless a plan or what learners receive comes first ("sẽ được tập huấn")
  const passive = PASSIVE_EVENT().exec(rest)?.index ?? -1;
  if (passive >= 0 && (receives < 0 || passive <= receives)) return true;
  // the lead told the event, its next sentence opens with the days: "Hội … mở lớp tập huấn.
  // Từ ngày 11 đến 13/4, học viên được học …"
  if (place === 'lead' && opened && at === 0) return true;
  // the days of a span right after the verb that organised it: "… tổ chức lớp học trong 2 ngày 5 và 6/3"
  const organised = place !== 'later' && receives < 0 && activeVerb(before) >= 0;
  if (organised && DURATION_SPAN.test(t.slice(at, end)) && !PASSIVE().test(before) && !DURATION_BEFORE().test(before)) return true;
  // the event itself as the subject, a verb of lasting right before its days, in the lead: "Lớp
  // học diễn ra từ ngày 6 đến 8-11 tại …", "Buổi tập huấn diễn ra sáng 27/9 …" say when it took
  // place (TIN-03 "Từ ngày"); a campaign's days ("Đợt kiểm tra diễn ra từ …") and "diễn ra trong
  // 3 ngày (…)", a duration, do not
  if (place !== 'later' && receives < 0 && EVENT_SUBJECT.test(t) && LASTING_JUST_BEFORE().test(before) && !DURATION_SPAN.test(t.slice(at, end))) return true;
  if (PASSIVE().test(before) || DURATION_BEFORE().test(before) || DURATION_SPAN.test(t.slice(at, end))) return false;
  if (place === 'later') return false;
  if (activeVerb(before) >= 0) return true;
  // a date opening a sentence of the lead with no verb at all: "Sáng 5-3 tại hội trường huyện."
  return receives < 0 && (place === 'opening' || at === 0);
}

/**
 * The dateline: a date in the lead (after its source tag) that times the event; else a date
 * opening a sentence of the next paragraphs and timing the event ("Ngày 5/3/2024, Hội … tổ
 * chức …"), which is how a draft reads whose lead is a preamble ("Thực hiện Kế hoạch số … của
 * …") or a summary.
 */
export function findDateline(draft: Draft): Span | undefined {
  const story = draft.story;
  if (!story.length) return undefined;
  const leads = leadParagraphs(story);
  let told = false; // the lead paragraph told the event
  for (const p of [...leads, ...laterParagraphs(story, leads.length)]) {
    // a later paragraph may carry its own source tag: it is the story's real lead ("(ĐN)- Ngày …")
    const from = leadBodyStart(draft, p);
    const debris = debrisOf(draft, p);
    const isLead = leads.includes(p);
    // the paragraph right after a lead that told the event opens as the lead's next sentence
    // would: "Ban … tổ chức tập huấn cho 120 cán bộ." ⏎ "Trong 3 ngày (5 - 7/3), các học viên được nghe …"
    const goesOn: boolean = !isLead && told && p === story[leads.length];
    let place: Place = isLead ? 'opening' : goesOn ? 'lead' : 'later';
    let opened: boolean = goesOn; // the lead's opening sentence tells the event (an active verb, or the class as its subject)
    for (const s of p.sentences) {
      if (s.end <= from) continue;
      const n = withoutDebris(normRange(draft, Math.max(from, s.start), s.end), debris, Math.max(from, s.start), s.end);
      const head = AT_START.exec(n.text);
      if (head && validDate(head) && timesEvent(n.text, 0, head[0].length, place, opened)) return origRange(n, 0, head[0].length);
      const placed = placedDate(n.text);
      if (placed && timesEvent(n.text, placed[0], placed[1], place, opened)) return origRange(n, placed[0], placed[1]);
      WITH_PREFIX.lastIndex = 0;
      for (let m = WITH_PREFIX.exec(n.text); m; m = WITH_PREFIX.exec(n.text)) {
        const mEnd = m.index + m[0].length;
        if (!validDate(m) || isDocumentDate(n.text, m.index, mEnd)) continue;
        if (timesEvent(n.text, m.index, mEnd, place, opened)) return origRange(n, m.index, mEnd);
      }
      if (place === 'opening') {
        opened = activeVerb(n.text) >= 0 || EVENT_SUBJECT.test(n.text);
        place = 'lead';
        told ||= opened;
      } else if (goesOn) {
        // only its opening sentence goes on with the lead
        place = 'later';
        opened = false;
      }
    }
  }
  return undefined;
}
