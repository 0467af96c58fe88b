/**
 * date-format (DATE-01, DATE-03): dates in the story are written D-M(-YYYY) or D/M(/YYYY), one
 * style per draft (metadata lines excluded: they are the website's, not the reporter's); no
 * leading zeros ("12-09" → "12-9"); no dot dates ("17.10" collides with numbers); day ranges
 * spaced on both sides or on neither ("15 -16/9"); a range never ends before it starts.
 */
import { findDates, findShortYearDates, withSeparator, type DateToken, type ShortYearDate } from '../core/dates.js';
import { draftDebris } from '../core/web-debris.js';
import type { Report, Rule, TextEdit } from '../core/types.js';
import type { Paragraph } from '../core/draft.js';
import cues from '../../../dictionaries/date-cues.json';
import structure from '../../../dictionaries/structure.json';
import { matchesOf } from '../core/matches.js';
import { BoundedCache } from '../core/bounded-cache.js';
import { paragraphMemosOn, paragraphProse } from '../core/paragraph-memo.js';
import { lazyRegExp } from '../core/lazy-regexp.js';

/** "trong 4 ngày (17-20/9)", "hai ngày (6/5)": "ngày" counted by a number is a length; its brackets gloss it */
const COUNTED = lazyRegExp(() => new RegExp(`(?:\\d|(?<!\\p{L}|\\p{M})(?:${[...structure.numberWords.units, ...structure.numberWords.scales].map((e) => e.word).join('|')}))[ \\t\\u00a0]+$`, 'iu'));

/**
 * Holidays keep the hyphen form even in slash-style text (Decree 30 writes "2-9", "1-5"):
 * a bare "D-M" among these is not counted as mixing. A fixed calendar, not a growing list.
 */
const HOLIDAYS = new Set(['1-1', '3-2', '8-3', '26-3', '30-4', '1-5', '19-5', '1-6', '27-7', '19-8', '2-9', '20-10', '20-11', '22-12']);
/**
 * "Sáng 2-9" is a day of an event, "trước ngày 30-4" a deadline: days of the calendar, not the
 * holiday (dictionaries/date-cues.json, `eventDay` and `calendarDays`)
 */
const DAYTIME = lazyRegExp(() => new RegExp(
  `(?<!\\p{L}|\\p{M})(?:${[...cues.dotDateCues.entries.filter((e) => 'eventDay' in e), ...cues.calendarDays.entries].map((e) => e.word).join('|')})\\s+(?:ngày\\s+)?$`,
  'iu',
));
/**
 * "ngày 20-11" right before the digits is a day of the calendar ("được thông qua ngày 20-11")
 * unless a word that celebrates the holiday stands before "ngày" ("nhân ngày 20-11"):
 * date-cues.json `holidayCues`
 */
const CALENDAR_NGAY = lazyRegExp(() => /(?<!\p{L}|\p{M})ngày\s+$/iu);
const CELEBRATED = lazyRegExp(() => new RegExp(`(?<!\\p{L}|\\p{M})(?:${cues.holidayCues.entries.map((e) => e.word).join('|')})\\s+ngày\\s+$`, 'iu'));
/** "Nghị quyết số 33-NQ/TW ngày 09/6/2014": a citation keeps the document's own date form */
const CITATION = lazyRegExp(() => /\d+[-/]\p{Lu}[\p{L}\d-]*(?:\/[\p{L}\d-]+)*\s*,?\s+(?:ngày\s+)?$/u);

/** the words that close a range of days ("đến", "tới"; not "và", which joins a pair): date-cues.json dayRangeJoiners `reversed` */
const RANGE_TO = `(?:${cues.dayRangeJoiners.entries.filter((e) => 'reversed' in e).map((e) => e.word).join('|')})`;
/** "từ 19 đến " before the date that closes the range */
const BARE_RANGE_OPEN = new RegExp(`(?:^|[^\\p{L}])từ\\s+(?:ngày\\s+)?(\\d{1,2})\\s+${RANGE_TO}\\s+(?:ngày\\s+)?$`, 'iu');
/** " đến ngày " between two dates */
const RANGE_CLOSE = new RegExp(`^\\s+${RANGE_TO}\\s+(?:ngày\\s+)?$`, 'iu');
/** "Cập nhật 07:12 ngày 17/01/2015": a publication line the parser did not recognise (date-cues.json publicationLines) */
const PUBLISHED = new RegExp(`^(?:${cues.publicationLines.entries.map((e) => e.word).join('|')})\\b`, 'iu');

/** "ngày 13 tháng 5", "ngày 6 và 7 tháng 9": a date (or two days of a month) written in words, the style of a draft that writes most of its dates so */
const IN_WORDS = /(?<!\p{L}|\p{N})ngày[ \t\u00a0]+\d{1,2}(?:[ \t\u00a0]*(?:,|và|đến|tới|-|–)[ \t\u00a0]*\d{1,2})?[ \t\u00a0]+tháng[ \t\u00a0]+\d{1,2}(?!\p{N})/giu;
/** "ngày " right before a digit date: the date in words keeps it, never writes it twice */
const DAY_WORD_BEFORE = lazyRegExp(() => /(?<!\p{L}|\p{N})ngày[ \t\u00a0]+$/iu);

function inScope(p: Paragraph): boolean {
  if (p.kind === 'metadata' || p.kind === 'chrome') return false;
  return !(PUBLISHED.test(p.text) && p.text.split(/\s+/u).length <= 10);
}

function isHoliday(text: string, d: DateToken): boolean {
  if (d.sep !== '-' || d.year || d.from) return false;
  if (!HOLIDAYS.has(`${d.day.value}-${d.month.value}`)) return false;
  const before = text.slice(Math.max(0, d.start - 24), d.start);
  // ("hướng tới ngày 20-11" celebrates, though "tới ngày 2-9" bounds a period)
  if (CELEBRATED().test(before)) return true;
  return !CALENDAR_NGAY().test(before) && !DAYTIME().test(before.slice(-16));
}

/** the last two digits of a year a short year ("12/9/26") is taken in this century for: later ones are the last century's */
const SHORT_YEAR_THIS_CENTURY = 49;

/** "25-03" → "25-3", "05-7-2011" → "5-7-2011": a day's or a month's leading zero dropped (a year's digits are kept) */
function withoutLeadingZeros(date: string): string {
  return date.replace(/(?<!\d)0(?=\d(?!\d))/gu, '');
}

interface Written {
  start: number;
  end: number;
  text: string;
}

/**
 * "quý II.2024", "tháng 7/2024", "tháng 10-2025": the month or quarter of a year, with the
 * separator written between them.
 */
function periodsOf(text: string, from: number, to: number): Array<Written & { head: string; sep: string; year: string }> {
  const out: Array<Written & { head: string; sep: string; year: string }> = [];
  const seg = text.slice(from, to);
  // (the word before the lookbehind that asks what stands before it: tried only where a word
  // matches, not at every character; the same matches, 3.4 ms → 0.3 over the pool's paragraphs)
  for (const m of matchesOf(/(quý|tháng)(?<![\p{L}\p{N}](?:quý|tháng))([ \t\u00a0]+)(I{1,3}|IV|\d{1,2})([./-])((?:19|20)\d\d)(?![\p{N}.,/-]\p{N}|\p{N})/giu, seg)) {
    const most = m[1].toLowerCase() === 'quý' ? 4 : 12;
    if (/^\d/u.test(m[3]) && (Number(m[3]) < 1 || Number(m[3]) > most)) continue;
    const start = from + (m.index ?? 0) + m[1].length + m[2].length;
    const end = from + (m.index ?? 0) + m[0].length;
    out.push({ start, end, text: text.slice(start, end), head: m[3], sep: m[4], year: m[5] });
  }
  return out;
}

/**
 * A bracketed date after "ngày" or a time of day that dates the event ("sáng (10/3)", "Chiều
 * ngày (8/11)": date-cues.json leadTimeWords), with the word before it.
 */
const BRACKETED = new RegExp(
  `(?<!\\p{L}|\\p{N})(${cues.leadTimeWords.entries.map((e) => e.word).join('|')})(?:[ \\t\\u00a0]+ngày)?[ \\t\\u00a0]*(\\((\\d{1,2})(?:([ \\t\\u00a0]*[-–][ \\t\\u00a0]*)(\\d{1,2}))?([-/])(\\d{1,2})(?:\\6((?:19|20)\\d\\d))?\\))`,
  'giu',
);

/**
 * "ngày (8/11)", "ngày (12-15/11)", "sáng (10/3)": a bracketed date or day range right after "ngày" (not
 * "(8/11/2023 – 12/11/2023)" after a noun), with its parts.
 */
function bracketedDates(text: string, from: number, to: number): Array<Written & { days: string; range?: string; month: string; year?: string; word: string }> {
  const out: Array<Written & { days: string; range?: string; month: string; year?: string; word: string }> = [];
  const seg = text.slice(from, to);
  for (const m of matchesOf(BRACKETED, seg)) {
    const [, word, written, d1, range, d2, , month, year] = m;
    if (/^ngày$/iu.test(word) && COUNTED().test(seg.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0))) continue;
    const day = Number(d2 ?? d1);
    if (Number(d1) < 1 || Number(d1) > 31 || day < 1 || day > 31 || Number(month) < 1 || Number(month) > 12) continue;
    const start = from + (m.index ?? 0) + m[0].length - written.length;
    out.push({ start, end: start + written.length, text: written, word, days: d1, ...(range !== undefined ? { range: `${range}${d2}` } : {}), month, ...(year ? { year } : {}) });
  }
  return out;
}

/**
 * A day range's dash in a hyphen date: spaced, or "12-15-11" would read as one date of three
 * parts ("12 - 15-11", as the draft writes a hyphen range elsewhere).
 */
function rangeDash(range: string, sep: string): string {
  return sep === '-' && !/\s/u.test(range) ? ` ${range.trim()} ` : range;
}

type Period = ReturnType<typeof periodsOf>[number];
type Bracketed = ReturnType<typeof bracketedDates>[number];

/** What the rule reads in one paragraph: its digit dates, periods, bracketed dates, dates with a two-digit year and dates in words (their offsets). */
interface ParagraphDates {
  dates: DateToken[];
  periods: Period[];
  bracketed: Bracketed[];
  shortYears: ShortYearDate[];
  inWords: number[];
}

/**
 * Each paragraph's dates, remembered by its prose at offsets from its start: the language
 * server re-checks after every keystroke, and reading every paragraph's dates again (four
 * expressions over the whole draft, the bracketed dates' a long alternation behind a
 * lookbehind) was 6 % of a re-check of a 100 KB draft, where one paragraph had changed.
 * findDates also reads a little around its paragraph (the words before a date at the
 * paragraph's start, up to 80 characters back, 30 ahead): that context is the answer's salt,
 * a few per paragraph text (a line a draft writes twice, a caption, stands in two contexts),
 * and a paragraph with no line break in the 80 characters before it is not remembered (a run
 * of blanks may lead further back).
 */
const byParagraph = new BoundedCache<{ salts: Context[]; found: ParagraphDates[] }>('date-format.paragraphs', 4 * 1024 * 1024);
const BEFORE = 80;
const AFTER = 30;
const SALTS_PER_TEXT = 4;

/** What `findDates` may read around a paragraph: the text before it (up to `BEFORE`) and after it (up to `AFTER`). */
interface Context {
  before: string;
  after: string;
}

/**
 * Whether the text around `p` is the remembered context `c`, read in place: the context of
 * every paragraph cut out and joined into a salt was most of what the rule allocated on a
 * re-check of a 100 KB draft once its answers were remembered (two slices and a string of
 * 110 characters a paragraph, to be compared with the stored one).
 */
function sameContext(view: string, p: Paragraph, from: number, c: Context): boolean {
  return c.before.length === p.start - from && c.after.length === Math.min(AFTER, view.length - p.end) && view.startsWith(c.before, from) && view.startsWith(c.after, p.end);
}

function paragraphDates(view: string, p: Paragraph): ParagraphDates {
  if (!paragraphMemosOn()) return datesIn(view, p);
  const from = Math.max(0, p.start - BEFORE);
  // (no line break in the 80 characters before it: a run of blanks may lead further back)
  if (p.start > BEFORE && view.lastIndexOf('\n', p.start - 1) < from) return datesIn(view, p);
  const key = paragraphProse(view, p);
  const hit = byParagraph.get(key);
  if (hit) for (let i = 0; i < hit.salts.length; i++) if (sameContext(view, p, from, hit.salts[i])) return placedAt(hit.found[i], p.start);
  const found = datesIn(view, p);
  const salts = hit ? hit.salts.slice(-(SALTS_PER_TEXT - 1)) : [];
  const lists = hit ? hit.found.slice(-(SALTS_PER_TEXT - 1)) : [];
  salts.push({ before: view.slice(from, p.start), after: view.slice(p.end, p.end + AFTER) });
  lists.push(moved(found, -p.start));
  byParagraph.set(key, { salts, found: lists });
  return found;
}

function isEmpty(found: ParagraphDates): boolean {
  return found.dates.length === 0 && found.periods.length === 0 && found.bracketed.length === 0 && found.shortYears.length === 0 && found.inWords.length === 0;
}

/**
 * A remembered answer at its paragraph's offset `at`: the stored one itself when it holds no
 * date (most paragraphs of a draft: it has no offset to move, and the rule reads what it is
 * handed, never changes it); the copy made the last time it stood there (every paragraph before
 * an edit); else a new copy. Moved anew on every re-check, each paragraph's answer was five new
 * arrays and a closure, dates or none, before the edit or after it.
 */
function placedAt(found: ParagraphDates, at: number): ParagraphDates {
  if (isEmpty(found)) return found;
  const last = lastPlaced.get(found);
  if (last !== undefined && last.at === at) return last.found;
  const out = moved(found, at);
  lastPlaced.set(found, { at, found: out });
  return out;
}
const lastPlaced = new WeakMap<ParagraphDates, { at: number; found: ParagraphDates }>();

function datesIn(view: string, p: Paragraph): ParagraphDates {
  return {
    dates: findDates(view, p.start, p.end),
    periods: periodsOf(view, p.start, p.end),
    bracketed: bracketedDates(view, p.start, p.end),
    shortYears: findShortYearDates(view, p.start, p.end),
    inWords: [...matchesOf(IN_WORDS, view.slice(p.start, p.end))].map((m) => p.start + (m.index ?? 0)),
  };
}

/** `found` with every offset moved `by` characters (new objects: a remembered answer is never changed). */
function moved(found: ParagraphDates, by: number): ParagraphDates {
  const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    dates: found.dates.map((d) => ({
      ...d,
      start: d.start + by,
      end: d.end + by,
      from: d.from && span(d.from),
      rangeSep: d.rangeSep && span(d.rangeSep),
      day: span(d.day),
      month: span(d.month),
      year: d.year && span(d.year),
      sepAt: d.sepAt.map((at) => at + by),
    })),
    periods: found.periods.map(span),
    bracketed: found.bracketed.map(span),
    shortYears: found.shortYears.map(span),
    inWords: found.inWords.map((at) => at + by),
  };
}

export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Ngày tháng viết thống nhất một kiểu (12-9 hoặc 12/9), không có số 0 ở đầu, không dùng dấu chấm.',
      en: 'Dates in one style per draft (12-9 or 12/9), without leading zeros or dots.',
    },
    rationale: {
      vi: 'Tin có thể viết ngày kiểu 12-9 hoặc 12/9 tùy cơ quan, nhưng trong một bài chỉ dùng một kiểu. Ngày viết bằng dấu chấm (17.10) dễ nhầm với số thập phân hoặc số hàng nghìn.',
      en: 'Outlets write 12-9 or 12/9, but one draft uses one style. Dot dates (17.10) read like decimal or thousand numbers.',
    },
    messages: {
      mixedHyphen: {
        vi: 'Ngày “{date}” viết bằng gạch chéo, khác kiểu gạch ngang (12-9) dùng trong phần lớn bài.',
        en: 'The date “{date}” uses a slash; most of the draft uses hyphens (12-9).',
      },
      mixedSlash: {
        vi: 'Ngày “{date}” viết bằng gạch ngang, khác kiểu gạch chéo (12/9) dùng trong phần lớn bài.',
        en: 'The date “{date}” uses a hyphen; most of the draft uses slashes (12/9).',
      },
      configuredHyphen: {
        vi: 'Ngày “{date}” viết bằng gạch chéo; cấu hình yêu cầu kiểu gạch ngang (12-9).',
        en: 'The date “{date}” uses a slash; the configuration asks for hyphens (12-9).',
      },
      configuredSlash: {
        vi: 'Ngày “{date}” viết bằng gạch ngang; cấu hình yêu cầu kiểu gạch chéo (12/9).',
        en: 'The date “{date}” uses a hyphen; the configuration asks for slashes (12/9).',
      },
      leadingZero: {
        vi: 'Ngày tháng trong bài không viết số 0 ở đầu: “{date}” → “{fixed}”.',
        en: 'No leading zeros in dates of the story: “{date}” → “{fixed}”.',
      },
      mixedWords: {
        vi: 'Ngày “{date}” viết bằng số, khác kiểu viết chữ (ngày 12 tháng 9) dùng trong phần lớn bài; hãy viết “{fixed}”.',
        en: 'The date “{date}” is in digits; most of the draft writes dates in words (ngày 12 tháng 9); write “{fixed}”.',
      },
      dot: {
        vi: 'Ngày “{date}” viết bằng dấu chấm dễ nhầm với số; hãy viết “{fixed}”.',
        en: 'The date “{date}” uses dots and reads like a number; write “{fixed}”.',
      },
      enDash: {
        vi: 'Ngày “{date}” viết bằng gạch dài (dấu của khoảng); hãy viết “{fixed}”.',
        en: 'The date “{date}” uses an en dash (a range’s mark); write “{fixed}”.',
      },
      dotNoStyle: {
        vi: 'Ngày “{date}” viết bằng dấu chấm dễ nhầm với số; hãy dùng gạch ngang hoặc gạch chéo.',
        en: 'The date “{date}” uses dots and reads like a number; use a hyphen or a slash.',
      },
      halfSpaced: {
        vi: 'Khoảng ngày “{date}” có dấu cách ở một bên dấu gạch; hãy viết “{fixed}”.',
        en: 'The range “{date}” has a space on one side of the dash only; write “{fixed}”.',
      },
      reversed: {
        vi: 'Khoảng ngày “{date}” kết thúc trước khi bắt đầu.',
        en: 'The date range “{date}” ends before it starts.',
      },
      parenthesisedAfter: {
        vi: 'Ngày “{date}” sau chữ “{word}” không đặt trong ngoặc; hãy viết “{fixed}”.',
        en: 'The date “{date}” after “{word}” takes no brackets; write “{fixed}”.',
      },
      parenthesised: {
        vi: 'Ngày “{date}” sau chữ “ngày” không đặt trong ngoặc; hãy viết “{fixed}”.',
        en: 'The date “{date}” after “ngày” takes no brackets; write “{fixed}”.',
      },
      dotPeriod: {
        vi: '“{date}” viết bằng dấu chấm dễ nhầm với số; hãy viết “{fixed}”.',
        en: '“{date}” uses a dot and reads like a number; write “{fixed}”.',
      },
      wordsPeriod: {
        vi: '“{date}” viết bằng số, khác kiểu viết chữ (ngày 12 tháng 9 năm 2024) dùng trong phần lớn bài; hãy viết “{fixed}”.',
        en: '“{date}” is in digits; most of the draft writes dates in words (ngày 12 tháng 9 năm 2024); write “{fixed}”.',
      },
      mixedPeriod: {
        vi: '“{date}” dùng dấu phân cách khác kiểu ngày tháng của bài; hãy viết “{fixed}”.',
        en: '“{date}” uses another separator than the draft’s dates; write “{fixed}”.',
      },
      shortYear: {
        vi: 'Năm trong ngày “{date}” chỉ có hai chữ số; hãy viết đủ: “{fixed}”.',
        en: 'The year of “{date}” has two digits only; write it in full: “{fixed}”.',
      },
      useStyle: { vi: 'Viết “{fixed}”', en: 'Write “{fixed}”' },
    },
  },
  check({ draft, config, report }) {
    const { text, view } = draft;
    const dates: DateToken[] = [];
    const scope = draft.paragraphs.filter(inScope);
    // a page's time stamp glued into a line ("Thứ Hai, 14/10/2024 - 09:30Sáng 14-10") is web
    // debris (web-leftover removes it), not the reporter's date style
    const debris = draftDebris(view, draft.paragraphs);
    const inDebris = (d: DateToken): boolean => debris.some((x) => d.start >= x.start && d.end <= x.end);
    const found = scope.map((p) => paragraphDates(view, p));
    for (const f of found) for (const d of f.dates) if (debris.length === 0 || !inDebris(d)) dates.push(d);
    const periods = found.flatMap((f) => f.periods);
    const bracketed = found.flatMap((f) => f.bracketed);
    // a bracketed date's own finding says it all: its fix writes the draft's style too
    if (bracketed.length > 0) {
      const kept = dates.filter((d) => !bracketed.some((b) => d.start >= b.start && d.end <= b.end));
      dates.splice(0, dates.length, ...kept);
    }
    const shortYears = found.flatMap((f) => f.shortYears);
    if (dates.length === 0 && periods.length === 0 && bracketed.length === 0 && shortYears.length === 0) return;

    // the style of the draft: configured, or the majority of its dates; a tie (a draft of two
    // dates, one of them mistyped) goes to the months and quarters of a year written with a
    // separator ("tháng 10-2025": a correct draft writes them as its dates, never the other way),
    // then to the first date
    // (a headline's bracketed date read by its shape alone is held to the style, never sets it)
    const counted = dates.filter((d) => d.sep !== '.' && d.sep !== '–' && !d.byShape && !isHoliday(text, d));
    const hyphen = counted.filter((d) => d.sep === '-').length;
    const slash = counted.filter((d) => d.sep === '/').length;
    const configured = config.dateStyle !== 'auto';
    let target: '-' | '/' | undefined;
    if (config.dateStyle === 'hyphen') target = '-';
    else if (config.dateStyle === 'slash') target = '/';
    else if (hyphen > slash) target = '-';
    else if (slash > hyphen) target = '/';
    else if (counted.length > 0) {
      const periodHyphen = periods.filter((d) => d.sep === '-').length;
      const periodSlash = periods.filter((d) => d.sep === '/').length;
      target = periodHyphen > periodSlash ? '-' : periodSlash > periodHyphen ? '/' : (counted[0].sep as '-' | '/');
    }
    // a draft that writes its dates in words ("ngày 13 tháng 5", the full form DATE-01 allows)
    // holds a digit date to that style ("báo cáo kết quả trước 20-6"): the majority, the first
    // date breaking a tie as between hyphens and slashes (a lead dated in words, one digit date
    // after it); one date in words among more digit dates is no style of the draft
    const inWords = configured ? [] : found.flatMap((f) => f.inWords);
    const wordsStyle = inWords.length > counted.length || (inWords.length > 0 && inWords.length === counted.length && inWords[0] < counted[0].start);

    // "quý II.2024", "tháng 7.2024": a period of a year written with a dot; "tháng 10/2025"
    // among hyphen dates: the other separator (a period never sets the style: the dates do)
    for (const d of periods) {
      // "tháng 03/2011": a month's leading zero goes as a day's does (DATE-01)
      const head = d.head.replace(/^0(?=\d$)/u, '');
      // "tháng 8/2020" in a draft that writes its dates in words ("ngày 3 tháng 8 năm 2020"): the
      // year in words too, as the dates write it (a quarter, "quý II-2010", is no date's part: drafts
      // that date in words write it either way)
      if (wordsStyle && /^\d/u.test(d.head)) {
        const fixed = `${head} năm ${d.year}`;
        const edits = [{ start: d.start, end: d.end, text: fixed }];
        report({ start: d.start, end: d.end, messageId: 'wordsPeriod', args: { date: d.text, fixed }, fix: edits, suggestions: [{ messageId: 'useStyle', args: { fixed }, edits }] });
        continue;
      }
      if (d.sep !== '.' && (!target || d.sep === target)) {
        if (head !== d.head) {
          const fixed = `${head}${d.sep}${d.year}`;
          const edits = [{ start: d.start, end: d.start + 1, text: '' }];
          report({ start: d.start, end: d.end, messageId: 'leadingZero', args: { date: d.text, fixed }, fix: edits, suggestions: [{ messageId: 'useStyle', args: { fixed }, edits }] });
        }
        continue;
      }
      const fixed = `${head}${target ?? '/'}${d.year}`;
      const edits = [{ start: d.start, end: d.end, text: fixed }];
      report({ start: d.start, end: d.end, messageId: d.sep === '.' ? 'dotPeriod' : 'mixedPeriod', args: { date: d.text, fixed }, fix: edits, suggestions: [{ messageId: 'useStyle', args: { fixed }, edits }] });
    }
    for (const d of bracketed) {
      const inner = d.text.slice(1, -1);
      const sep = target ?? (/[-/]/u.exec(inner.slice(inner.length - d.month.length - (d.year ? d.year.length + 1 : 0) - 1))?.[0] ?? '-');
      const days = d.range === undefined ? d.days : d.days + rangeDash(d.range.slice(0, d.range.length - /\d+$/u.exec(d.range)![0].length), sep) + /\d+$/u.exec(d.range)![0];
      const fixed = `${days}${sep}${d.month}${d.year ? `${sep}${d.year}` : ''}`;
      const edits = [{ start: d.start, end: d.end, text: fixed }];
      const word = /ngày$/iu.test(text.slice(Math.max(0, d.start - 8), d.start).trimEnd()) ? undefined : d.word.toLowerCase();
      report({ start: d.start, end: d.end, messageId: word ? 'parenthesisedAfter' : 'parenthesised', args: { date: d.text, fixed, ...(word ? { word } : {}) }, fix: edits, suggestions: [{ messageId: 'useStyle', args: { fixed }, edits }] });
    }

    // "ngày 12/9/26": the year written in full, in the draft's style, without leading zeros. A
    // year of this century is certain enough to fix ("26" in a draft of today); "12/9/98" is only
    // suggested as 1998: a draft may recall an old event, and the writer knows which
    for (const d of shortYears) {
      const yy = Number(d.year);
      const century = yy <= SHORT_YEAR_THIS_CENTURY ? 2000 : 1900;
      const sep = target ?? (d.sep === '.' ? '-' : d.sep);
      const fixed = `${d.day}${sep}${d.month}${sep}${century + yy}`;
      const edits = [{ start: d.start, end: d.end, text: fixed }];
      report({
        start: d.start,
        end: d.end,
        messageId: 'shortYear',
        args: { date: text.slice(d.start, d.end), fixed },
        ...(century === 2000 ? { fix: edits } : {}),
        suggestions: [{ messageId: 'useStyle', args: { fixed }, edits }],
      });
    }

    const ranges = dates.filter((d) => d.rangeSep);
    const spacedRanges = ranges.filter((d) => /^\s+[-–]\s+$/.test(d.rangeSep!.text)).length;
    const tightRanges = ranges.filter((d) => /^[-–]$/.test(d.rangeSep!.text)).length;

    const push = (r: Report & { fixed?: string }): void => {
      const { fixed, ...rest } = r;
      report({ ...rest, suggestions: rest.suggestions ?? (rest.fix && fixed ? [{ messageId: 'useStyle', args: { fixed }, edits: rest.fix }] : undefined) });
    };

    for (const d of dates) {
      const written = text.slice(d.start, d.end);
      const base = { start: d.start, end: d.end };
      // (not a range, whose words the writer rewrites, nor a holiday; a document's date it cites
      // goes into words too: the document itself dates its header in words, "ngày 30 tháng 3 năm 2013")
      if (wordsStyle && !d.from && !d.byShape && !isHoliday(text, d)) {
        const words = `${d.day.value} tháng ${d.month.value}${d.year ? ` năm ${d.year.value}` : ''}`;
        const fixed = DAY_WORD_BEFORE().test(text.slice(Math.max(0, d.start - 8), d.start)) ? words : `ngày ${words}`;
        push({ ...base, messageId: 'mixedWords', args: { date: written, fixed }, fix: [{ ...base, text: fixed }], fixed });
        continue;
      }

      // leading zeros, except in a document citation that keeps the document's form
      const zeroParts = [d.from, d.day, d.month].filter((x) => x && /^0\d$/.test(x.text));
      const noZeros = zeroParts.length > 0 && !CITATION().test(text.slice(Math.max(0, d.start - 40), d.start));
      let restyledWhole: TextEdit[] | undefined;
      // "12-15.11" in a hyphen draft is "12 - 15-11", never "12-15-11"
      const restyled = (sep: '-' | '/'): string => {
        const out = withSeparator(text, d, sep);
        if (d.sep !== '.' || !d.from || !d.rangeSep) return out;
        const a = d.rangeSep.start - d.start;
        return out.slice(0, a) + rangeDash(d.rangeSep.text, sep) + out.slice(d.rangeSep.end - d.start);
      };
      if (d.sep === '.' || d.sep === '–') {
        // an en dash is the hyphen mistyped ("14–3"): with no style in the draft, the hyphen
        const style = target ?? (d.sep === '–' ? '-' : undefined);
        if (style) {
          const fixed = noZeros ? withoutLeadingZeros(restyled(style)) : restyled(style);
          if (noZeros) restyledWhole = [{ ...base, text: fixed }];
          push({ ...base, messageId: d.sep === '–' ? 'enDash' : 'dot', args: { date: written, fixed }, fix: [{ ...base, text: fixed }], fixed });
        } else {
          const options = (['-', '/'] as const).map((s) => restyled(s));
          report({
            ...base,
            messageId: 'dotNoStyle',
            args: { date: written },
            suggestions: options.map((fixed) => ({ messageId: 'useStyle', args: { fixed }, edits: [{ ...base, text: fixed }] })),
          });
        }
      } else if (target && d.sep !== target && !(target === '/' && isHoliday(text, d))) {
        // "25/03" in a hyphen draft is "25-3": the draft's separator and no leading zero (which
        // leadingZero below reports too, with this same edit: fixed one way, the date is right)
        const fixed = noZeros ? withoutLeadingZeros(withSeparator(text, d, target)) : withSeparator(text, d, target);
        const edits = [{ ...base, text: fixed }];
        if (noZeros && !d.from) restyledWhole = edits;
        report({
          ...base,
          messageId: `${configured ? 'configured' : 'mixed'}${target === '-' ? 'Hyphen' : 'Slash'}`,
          args: { date: written, fixed },
          // a range changes its look too much to be rewritten without a reader ("14-15-12")
          ...(d.from ? {} : { fix: edits }),
          suggestions: [{ messageId: 'useStyle', args: { fixed }, edits }],
          data: { style: d.sep, expected: target },
        });
      }

      if (noZeros) {
        const edits: TextEdit[] = restyledWhole ?? zeroParts.map((x) => ({ start: x!.start, end: x!.start + 1, text: '' }));
        // (the message names the date as the fix writes it: without its zeros, in the draft's separator)
        let fixed = '';
        let pos = d.start;
        for (const x of zeroParts) {
          fixed += text.slice(pos, x!.start);
          pos = x!.start + 1;
        }
        fixed += text.slice(pos, d.end);
        if (restyledWhole) fixed = restyledWhole[0].text;
        push({ ...base, messageId: 'leadingZero', args: { date: written, fixed }, fix: edits, fixed });
      }

      if (d.from && d.rangeSep) {
        const rs = d.rangeSep;
        const half = /^\s+[-–]$|^[-–]\s+$/.test(rs.text);
        if (half) {
          const dash = rs.text.trim();
          const sepText = spacedRanges > tightRanges ? ` ${dash} ` : dash;
          const fixed = text.slice(d.start, rs.start) + sepText + text.slice(rs.end, d.end);
          push({ ...base, messageId: 'halfSpaced', args: { date: written, fixed }, fix: [{ start: rs.start, end: rs.end, text: sepText }], fixed });
        }
        if (d.from.value > d.day.value) report({ ...base, messageId: 'reversed', args: { date: written } });
      }
    }

    // "từ 19 đến 16-8", "từ ngày 12-9 đến ngày 7-9"
    for (const [i, d] of dates.entries()) {
      if (d.from) continue;
      const before = text.slice(Math.max(0, d.start - 40), d.start);
      const bare = BARE_RANGE_OPEN.exec(before);
      if (bare && Number(bare[1]) > d.day.value) {
        const start = d.start - before.length + (bare.index ?? 0) + bare[0].indexOf(bare[1]);
        report({ start, end: d.end, messageId: 'reversed', args: { date: text.slice(start, d.end) } });
        continue;
      }
      const prev = i > 0 && RANGE_CLOSE.test(text.slice(dates[i - 1].end, d.start)) ? dates[i - 1] : undefined;
      if (prev && !prev.from && prev.month.value === d.month.value && (prev.year?.value ?? 0) === (d.year?.value ?? 0) && prev.day.value > d.day.value) {
        report({ start: prev.start, end: d.end, messageId: 'reversed', args: { date: text.slice(prev.start, d.end) } });
      }
    }
  },
};
