/**
 * Dates written with digits in a draft's prose: "12-9", "19-8-2022", "24/9", "17.10", and day
 * ranges "14-15/12", "15 -16/9", "3-4/10/2018". Pure scanning; rules decide what is wrong.
 *
 * A digit group is taken as a date only when it cannot be something else: a day and month in
 * range AND either a four-digit year or a date word just before it ("ngày", "sáng", "từ"…).
 * Document numbers ("18-NQ/TW", "30/2020/NĐ-CP"), scores ("1-2"), fractions, decimals and
 * times ("17:59") therefore never look like dates.
 */

import cues from '../../../dictionaries/date-cues.json';
import { matchesOf } from './matches.js';
import { lazyRegExp } from './lazy-regexp.js';

/** '–': an en dash typed for the hyphen ("ngày 14–3"), read only where a dot date would be */
export type DateSep = '-' | '/' | '.' | '–';

/** "25 tháng 3 năm 2019": a date in words; captures day, month, year */
export const DATE_IN_WORDS = '(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})';

export interface DatePart {
  /** offset of the digits in the text */
  start: number;
  end: number;
  /** digits as written ("09") */
  text: string;
  value: number;
}

export interface DateToken {
  start: number;
  end: number;
  /** the separator between day and month (and month and year) */
  sep: DateSep;
  /** first day of a range ("14" of "14-15/12") */
  from?: DatePart;
  /** the blanks-and-dash between the days of a range, as written (" -") */
  rangeSep?: { start: number; end: number; text: string };
  day: DatePart;
  month: DatePart;
  year?: DatePart;
  /** offsets of the day/month (and month/year) separators */
  sepAt: number[];
  /**
   * read as a date by its shape alone, a bracketed day and month closing a line with no mark
   * ("… cho đoàn viên (8/3)", a headline's date): written in the draft's style, but no vote for it
   */
  byShape?: true;
}

const words = (section: { entries: Array<{ word: string }> }): Set<string> => new Set(section.entries.map((e) => e.word));
/** Words after which a bare "D-M" is a date ("Sáng 12-9", "từ 16 đến 19-8"). */
const CUE = words(cues.dateCues);
/** Stronger cue for dot dates: "17.10" is a number unless a time word stands before it. */
const DOT_CUE = words(cues.dotDateCues);
/**
 * "từ ngày 6 đến ", "3 ngày (từ 18 tới ", "2 ngày (14 và ", "3 ngày, từ 28 đến ", "ngày 10 và ":
 * the first day of a range or pair of DAYS, before the date that closes it ("từ 2 đến 3.5 tỷ"
 * names no day: a number)
 */
const DAY_RANGE_JOINERS = cues.dayRangeJoiners.entries.map((e) => e.word);
const DAY_RANGE_OPEN = lazyRegExp(() => new RegExp(`(?<!\\p{L}|\\p{M})(?:từ[ \\t\\u00a0]+ngày[ \\t\\u00a0]+|ngày[ \\t\\u00a0]*\\([ \\t\\u00a0]*(?:từ[ \\t\\u00a0]+)?|ngày[ \\t\\u00a0]*,?[ \\t\\u00a0]*từ[ \\t\\u00a0]+|ngày[ \\t\\u00a0]+)\\d{1,2}[ \\t\\u00a0]+(?:${DAY_RANGE_JOINERS.join('|')})[ \\t\\u00a0]*$`, 'iu'));
/**
 * " đến 31/8", " tới ngày 5-9": a range's close that is a date written with a hyphen or a slash
 * after a dotted first day ("từ 1.6 đến 31/8"); "từ 2.5 đến 3.5 tỷ" closes on a number
 */
const CLOSES_ON_DATE = lazyRegExp(() => new RegExp(`^[ \\t\\u00a0]+(?:${cues.dayRangeJoiners.entries.filter((e) => 'reversed' in e).map((e) => e.word).join('|')})[ \\t\\u00a0]+(?:ngày[ \\t\\u00a0]+)?\\d{1,2}[-/]\\d{1,2}(?![\\p{N}]|[.,]\\p{N})`, 'iu'));
/**
 * "Ngày Môi trường thế giới 5-6", "ngày thành lập Quân đội nhân dân Việt Nam 22-12": a named
 * day, "ngày" and its name (a capital in it, no digit or mark between), dated right after it
 */
const NAMED_DAY = lazyRegExp(() => /(?<!\p{L}|\p{M})ngày((?:[ \t\u00a0]+[\p{L}\p{M}]+){1,10})[ \t\u00a0]+$/iu);
const namesADay = (before: string): boolean => /\p{Lu}/u.test(NAMED_DAY().exec(before)?.[1] ?? '');
/**
 * "thứ Hai 12-9", "thứ Hai (12/9)", "Chủ nhật (20-9)": a weekday before a day and month, bare or
 * with the date in brackets after it, makes it a date (date-cues.json weekdays)
 */
const WEEKDAY = words(cues.weekdays);
/** "Sáng nay (12-3)", "Chiều qua, 11/3,", "hôm nay 12-3": a time of day with "nay"/"qua" names a day as a weekday does (date-cues.json today) */
const TODAY = words(cues.today);
/**
 * "khai mạc 8/3 tại …", "kết thúc 10.3.": an event's verb before a day and month that closes its
 * clause (date-cues.json eventVerbs); a count after the digits ("ban hành 2-3 văn bản", "diễn ra
 * 2-3 ngày") keeps them a number
 */
const EVENT_VERB = words(cues.eventVerbs);
const CLAUSE_END = lazyRegExp(() => /^(?:[ \t\u00a0]*(?:[,.;:!?)]|$)|[ \t\u00a0]+(?:tại|ở|và|với|vừa qua)(?!\p{L}|\p{M}))/u);
/** "số 12/5", "Số: 3-4", "tỷ số 1-2", "lúc 9.30": a number, not a date (one or two words before) */
const NUMBER_CUE = words(cues.numberCues);

/**
 * The one or two words just before `at`, lower case, NFC ("sáng", "tỷ số"), and whether a
 * colon stands between them and `at`. Scans backwards a few characters only, so a 10 MB line
 * costs no more than a short one.
 */
function wordsBefore(text: string, at: number): { one: string; two: string; colon: boolean; open: boolean; weekday: boolean } {
  let i = at;
  const skip = (): void => {
    while (i > 0 && /[ \t\u00a0]/.test(text[i - 1])) i--;
  };
  const word = (): string => {
    const end = i;
    while (i > 0 && end - i < 12 && /[\p{L}\p{M}]/u.test(text[i - 1])) i--;
    return text.slice(i, end).normalize('NFC').toLowerCase();
  };
  skip();
  const open = text[i - 1] === '(';
  const colon = text[i - 1] === ':';
  const comma = text[i - 1] === ',';
  if (colon) i--;
  skip();
  const oneAt = i;
  const one = word();
  skip();
  const first = word();
  const two = first ? `${first} ${one}` : one;
  // a weekday right before the digits, before the date's opening bracket or before a comma
  // ("thứ Hai 12-9", "thứ Hai (12/9)", "thứ Bảy, 19/9"); its day capitalised as a weekday's is
  // (an ordinal is written small: "nhóm thứ ba (3/4 số học viên)"), "chủ nhật" either way
  let weekday = false;
  const isWeekday = (words: string, lastAt: number): boolean =>
    TODAY.has(words) || (WEEKDAY.has(words) && (words === 'chủ nhật' || /\p{Lu}/u.test(text[lastAt] ?? '')));
  if (!colon && !open && !comma) weekday = isWeekday(two, oneAt - one.length);
  else if (open || comma) {
    i = at;
    skip();
    i--;
    skip();
    const lastAt = i;
    const last = word();
    skip();
    const prior = word();
    weekday = isWeekday(prior ? `${prior} ${last}` : last, lastAt - last.length);
  }
  return { one, two, colon, open, weekday };
}

/** a date word (date-cues.json dateCues) or a weekday (date-cues.json weekdays) stands just before `at` */
function cuedAt(before: ReturnType<typeof wordsBefore>): boolean {
  return (!before.colon && CUE.has(before.one)) || before.weekday;
}

// (the first digit is matched before the lookbehind asks what stands before it: an expression
// opening with a lookbehind is tried at every character, this one only at digits. The same
// matches: over the pool's 1,140 paragraphs 11 ms → 0.4 ms)
const CHAIN = /(\d(?<![\p{L}\p{N}/.,:%–-]\d)\d?)(?:([ \t\u00a0]*[-–][ \t\u00a0]*)(\d{1,2}))?([-/.–])(\d{1,2})(?:([-/.–])(\d{4}))?(?![\p{L}\p{N}%]|[-/.:,–]\p{N})/gu;

function part(start: number, digits: string): DatePart {
  return { start, end: start + digits.length, text: digits, value: Number(digits) };
}

/**
 * Digit dates of `text` between `from` and `to` (the prose view of a paragraph: markdown
 * syntax already blanked). Offsets are offsets of `text`.
 */
export function findDates(text: string, from = 0, to = text.length): DateToken[] {
  const out: DateToken[] = [];
  const seg = text.slice(from, to);
  for (const m of matchesOf(CHAIN, seg)) {
    const at = from + (m.index ?? 0);
    const [, d1, rsep, d2, sep, mon, ysep, year] = m;
    if (ysep !== undefined && ysep !== sep) continue;
    const s = sep as DateSep;
    let pos = at;
    const first = part(pos, d1);
    pos = first.end;
    let fromPart: DatePart | undefined;
    let rangeSep: DateToken['rangeSep'];
    let day = first;
    if (d2 !== undefined && rsep !== undefined) {
      rangeSep = { start: pos, end: pos + rsep.length, text: rsep };
      pos += rsep.length;
      fromPart = first;
      day = part(pos, d2);
      pos = day.end;
    }
    const sepAt = [pos];
    pos += 1;
    const month = part(pos, mon);
    pos = month.end;
    let y: DatePart | undefined;
    if (year !== undefined) {
      sepAt.push(pos);
      pos += 1;
      y = part(pos, year);
      pos = y.end;
    }
    // a hyphen range of a hyphen date is ambiguous ("14-15-12"): leave it alone
    if (fromPart && s === '-' && !/\s/.test(rangeSep?.text ?? '')) continue;
    if (fromPart && s === '-' && !y) continue;
    if (day.value < 1 || day.value > 31 || month.value < 1 || month.value > 12) continue;
    if (fromPart && (fromPart.value < 1 || fromPart.value > 31)) continue;
    if (y && (y.value < 1900 || y.value > 2100)) continue;
    const before = wordsBefore(text, at);
    if (NUMBER_CUE.has(before.one) || NUMBER_CUE.has(before.two)) continue;
    const cued = cuedAt(before);
    const eventCued = !before.colon && EVENT_VERB.has(before.two) && CLAUSE_END().test(text.slice(pos, Math.min(to, pos + 12)));
    // "Huyện Đoàn tập huấn cho đoàn viên (8/3)": a bracket holding only a day and month closes a
    // line without a stop — a headline's date (a sentence's fraction in brackets is followed by
    // its stop or its words)
    const byShape = before.open && !fromPart && !y && text[pos] === ')' && /^\)[ \t\u00a0]*(?:\r?\n|$)/u.test(text.slice(pos, Math.min(to + 2, pos + 8)));
    // "ngày 14–3", "sáng 14–3–2026": an en dash between day and month, read as strictly as a
    // dot (an en dash is a range's mark: "3–5 học viên", "ngày 3–5 tháng 6" are no date), never
    // a range's close ("14–15–3")
    if (s === '–' && (fromPart || /^[ \t\u00a0]+tháng(?!\p{L}|\p{M})/iu.test(text.slice(pos, pos + 8)))) continue;
    if (s === '.' || s === '–') {
      // "25.12.2015" cannot be a number (thousands come in groups of three); "từ 6 đến 8.7",
      // "ngày 10 và 11.10" close a range or pair of days
      const dotCued =
        DOT_CUE.has(before.one) ||
        before.weekday ||
        !!y ||
        eventCued ||
        (DAY_RANGE_JOINERS.includes(before.one) && DAY_RANGE_OPEN().test(text.slice(Math.max(0, at - 40), at).normalize('NFC'))) ||
        (before.one === 'từ' && !fromPart && CLOSES_ON_DATE().test(text.slice(pos, pos + 30).normalize('NFC')));
      if (before.colon || !dotCued) continue;
    } else if (!y && !cued && !eventCued && !byShape && !(fromPart && before.open) && !namesADay(text.slice(Math.max(0, at - 80), at))) continue;
    const shapeOnly = s !== '.' && s !== '–' && !y && !cued && !eventCued && byShape && !namesADay(text.slice(Math.max(0, at - 80), at));
    out.push({ start: at, end: pos, sep: s, from: fromPart, rangeSep, day, month, year: y, sepAt, ...(shapeOnly ? { byShape: true as const } : {}) });
  }
  return out;
}

/** The date written with another separator (day/month and month/year only). */
export function withSeparator(text: string, d: DateToken, sep: '-' | '/'): string {
  let out = '';
  let pos = d.start;
  for (const at of d.sepAt) {
    out += text.slice(pos, at) + sep;
    pos = at + 1;
  }
  return out + text.slice(pos, d.end);
}

/** A date whose year has two digits ("12/9/26"), after a date word or a weekday. */
export interface ShortYearDate {
  start: number;
  end: number;
  sep: DateSep;
  day: number;
  month: number;
  /** the two digits of the year */
  year: string;
}

const SHORT_YEAR = /(?<!\p{L}|\p{N}|[/.,:%-])(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?![\p{L}\p{N}%]|[-/.:,]\p{N})/gu;

/**
 * "ngày 12/9/26", "sáng thứ Hai 12-9-26": a day, a month and two digits of a year with one
 * separator, after a date word or a weekday (the cue tells it from "số 12/9/26" or a ratio).
 */
export function findShortYearDates(text: string, from = 0, to = text.length): ShortYearDate[] {
  const out: ShortYearDate[] = [];
  for (const m of matchesOf(SHORT_YEAR, text.slice(from, to))) {
    const at = from + (m.index ?? 0);
    const day = Number(m[1]);
    const month = Number(m[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const before = wordsBefore(text, at);
    if (NUMBER_CUE.has(before.one) || NUMBER_CUE.has(before.two) || !cuedAt(before)) continue;
    out.push({ start: at, end: at + m[0].length, sep: m[2] as DateSep, day, month, year: m[4] });
  }
  return out;
}
