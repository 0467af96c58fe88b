// Where a required element sits, for the removal cases: on annotated drafts the annotator's
// evidence says; on unlabelled drafts only what the shape of the text shows (the last short
// credit line is the byline; a lead sentence opening with a date carries the dateline).
import { core } from '../core.mjs';

/** whole lines [start, end) covering [from, to), the line break included */
function linesAround(draft, text, from, to) {
  const ls = draft.lineStarts;
  let a = 0;
  while (a + 1 < ls.length && ls[a + 1] <= from) a++;
  let b = a;
  while (b + 1 < ls.length && ls[b + 1] < to) b++;
  return { start: ls[a], end: ls[b + 1] ?? text.length };
}

/** the sentences covering [from, to), with the spaces after them; the line when that is all of it */
function sentencesAround(draft, text, from, to) {
  const hit = draft.sentences.filter((s) => s.start < to && s.end > from);
  if (!hit.length) return null;
  let start = hit[0].start;
  let end = hit.at(-1).end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const line = linesAround(draft, text, start, end);
  if (!text.slice(line.start, start).trim() && !text.slice(end, line.end).trim()) return line;
  if (end === line.end || text[end] === '\n' || text[end] === '\r') while (start > line.start && text[start - 1] === ' ') start--;
  return { start, end };
}

function evidenceAt(text, evidence) {
  if (!evidence) return -1;
  const at = text.indexOf(evidence);
  if (at >= 0) return at;
  // the annotation is NFC; a non-NFC draft of the same length still lines up
  const nfc = text.normalize('NFC');
  return nfc.length === text.length ? nfc.indexOf(evidence.normalize('NFC')) : -1;
}

/**
 * The ranges to delete to remove `element` from an annotated draft (sorted, apart), or null.
 * The organiser goes with every story sentence that names an organising body again
 * (organiserRemoval); the other elements with the annotated evidence's line or sentences.
 */
export function annotatedRemoval(d, element) {
  const e = d.ann?.elements?.[element];
  if (!e?.present) return null;
  const at = evidenceAt(d.text, e.evidence);
  if (at < 0) return null;
  const to = at + e.evidence.length;
  if (element === 'required-organiser') return organiserRemoval(d, e.evidence, at, to);
  if (element === 'required-byline') return withRepeatedCredit(d, linesAround(d.draft, d.text, at, to));
  const range = sentencesAround(d.draft, d.text, at, to);
  return range && [range];
}

/** a credit line without the page's date and time beside it ("PV 14/12/2023 13:39" → "PV") */
const creditKey = (line) =>
  line
    .replace(/\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2}(?::\d{2})?|[|]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/**
 * The byline's line and every other line that repeats its credit (a page printing "PV" under
 * the headline with its time stamp and again at the end): removing one leaves the author
 * credited, and a silent linter is right.
 */
function withRepeatedCredit(d, range) {
  const key = creditKey(d.text.slice(range.start, range.end));
  if (key.length < 2) return [range];
  const ls = d.draft.lineStarts;
  const ranges = [range];
  for (let i = 0; i < ls.length; i++) {
    const start = ls[i];
    const end = ls[i + 1] ?? d.text.length;
    if (start !== range.start && creditKey(d.text.slice(start, end)) === key) ranges.push({ start, end });
  }
  return mergeRanges(ranges);
}

// The organiser removal reads the annotation with the bench's own small grammar, not the
// linter's word lists: a measure that shared the detector's vocabulary would only find what
// the detector already knows.

/** the organising verb and what follows it ("đã phối hợp tổ chức lớp …", "chủ trì tổ chức …") */
const ORGANISING_TAIL = /\s+(?:(?:đã|vừa|đang|sẽ|chính thức|tiếp tục)\s+)*(?:chủ trì\s+)?(?:phối hợp\s+)?(?:tổ chức|tiến hành|khai giảng|bế giảng|khai mạc|mở|triển khai)(?:\s.*)?$/isu;
/** adverbs left after a co-organiser's name ("Sở Nội vụ đã phối hợp với …") */
const ADVERBS_AFTER = /(?:\s+(?:đã|vừa|đang|sẽ|chính thức|tiếp tục))+$/iu;
/** what joins co-organisers ("X phối hợp với Y", "X giao Y chủ trì", "X, Y") */
const CO_ORGANISERS = /\s+(?:phối hợp với|phối hợp cùng|phối hợp|cùng với|giao cho|giao)\s+|\s*,\s*(?=\p{Lu})/u;
/** a standing committee or leadership before the body ("BTV Thành đoàn", "Thường trực Ủy ban MTTQ tỉnh") */
const BODY_RANK = /^(?:ban thường vụ|btv|ban thường trực|thường trực|ban chấp hành|bch|lãnh đạo)\s+/iu;
/** a level word in lower case ends a body's own name ("Hội Chữ thập đỏ tỉnh Thái Nguyên" → "Hội Chữ thập đỏ") */
const LEVEL_WORD = /^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|các)$/u;
const fold = (s) => core.foldAccents(s.normalize('NFC')).toLowerCase();
/** heads whose level alone may stand for the body ("tỉnh Hội", "huyện Đoàn") */
const SHORT_FORM_HEADS = /^(?:hội|đoàn)$/iu;
/** how many of a body's first words make its key: enough to tell it, few enough to meet its short mentions */
const KEY_WORDS = 3;

/**
 * The names an organising body goes by in the draft: its first words up to a lower-case level
 * word; with the words after its head shortened to initials ("Hội Cựu chiến binh" → "Hội
 * CCB"); an abbreviation spelt out by any words with its initials ("UBND" → "Ủy ban nhân
 * dân"); and the level's short form ("Hội Chữ thập đỏ tỉnh" → "tỉnh Hội").
 */
export function organiserPatterns(body) {
  const words = body
    .replace(/\([^()]*\)/gu, ' ')
    .replace(BODY_RANK, '')
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const cut = words.findIndex((w, i) => i > 0 && LEVEL_WORD.test(w));
  const own = cut > 0 ? words.slice(0, cut) : words;
  if (!own.length) return [];
  const spelt = (w) => (/^\p{Lu}{2,6}$/u.test(w) ? `(?:${fold(w)}|${[...fold(w)].map((c) => `${c}\\S*`).join('\\s+')})` : fold(w).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const forms = [own.slice(0, KEY_WORDS).map(spelt).join('\\s+')];
  for (const head of [1, 2]) {
    const rest = own.slice(head);
    if (rest.length >= 2 && rest.length <= 4 && rest.every((w) => /^\p{L}+$/u.test(w) && !/^\p{Lu}{2,}$/u.test(w) && w !== 'và')) forms.push([...own.slice(0, head).map(spelt), fold(rest.map((w) => w[0]).join(''))].join('\\s+'));
  }
  if (cut > 0 && own.length >= 2 && SHORT_FORM_HEADS.test(own[0])) forms.push(`${fold(words[cut])}\\s+${spelt(own[0])}`);
  return forms.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${f}(?![\\p{L}\\p{N}])`, 'u'));
}

/** the bodies the annotated evidence names as organising ("X phối hợp với Y tổ chức …") */
export function organisingBodies(evidence) {
  const subject = evidence.normalize('NFC').trim().replace(/^(?:do|được|bởi)\s+/iu, '').replace(ORGANISING_TAIL, '');
  return subject
    .split(CO_ORGANISERS)
    .map((b) => b.replace(ADVERBS_AFTER, '').trim())
    .filter((b) => /^\p{L}/u.test(b));
}

/** the share of the story's text past which removing it leaves no draft to speak of */
const MOST_OF_STORY = 0.5;
/** what an organiser does in a sentence that names it as one ("… tổ chức", "… mở lớp", "… phối hợp với") */
const ORGANISES = /(?<![\p{L}\p{N}])(?:to chuc|tien hanh|khai giang|be giang|khai mac|mo|trien khai|phoi hop|chu tri|tap huan|boi duong|huan luyen|quan triet)(?![\p{L}\p{N}])/u;
/** words after a body's key within which its verb comes (the rest of its name, "đã", a place) */
const VERB_REACH = 6;

/**
 * Remove the organiser honestly: the annotated sentence and every other story sentence that
 * names an organising body as one, its name followed by what an organiser does (a draft that
 * says "Hội Nông dân tỉnh tổ chức …" twice still names its organiser when one sentence goes;
 * "Phó Chủ tịch Hội Nông dân tỉnh phát biểu" does not name it as the organiser). Null when
 * that would take most of the story.
 */
function organiserRemoval(d, evidence, at, to) {
  const patterns = organisingBodies(evidence).flatMap(organiserPatterns);
  const sentences = d.draft.story.flatMap((p) => p.sentences);
  const namesOne = (s) => {
    const t = fold(d.text.slice(s.start, s.end));
    return patterns.some((re) => {
      const m = re.exec(t);
      return m && ORGANISES.test(t.slice(m.index + m[0].length).split(/\s+/u).slice(0, VERB_REACH + 1).join(' '));
    });
  };
  const named = sentences.filter((s) => (s.start < to && s.end > at) || namesOne(s));
  const length = (list) => list.reduce((sum, s) => sum + s.end - s.start, 0);
  if (!named.length || length(named) > length(sentences) * MOST_OF_STORY) return null;
  const ranges = named.map((s) => sentencesAround(d.draft, d.text, s.start, s.end)).filter(Boolean);
  return mergeRanges(ranges);
}

function mergeRanges(ranges) {
  const out = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** the last line that is neither page debris nor a date line: a short credit is the byline */
function structuralByline(d) {
  const lines = d.text.split(/\r?\n/);
  const ls = d.draft.lineStarts;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].trim();
    if (!t || core.isDebrisLine(t) || core.isMetadataLine(t)) continue;
    const words = t.split(/\s+/u);
    if (!creditShaped(t)) return null;
    // "Vũ Hà - Lê Lan" then "(Đài TT-TH huyện)": an affiliation in brackets on a line of its own
    // belongs to the names above it
    let first = i;
    if (/^\(.*\)$/u.test(t)) {
      let k = i - 1;
      while (k >= 0 && !lines[k].trim()) k--;
      if (k >= 0 && creditShaped(lines[k].trim())) first = k;
    }
    return { start: ls[first], end: ls[i + 1] ?? d.text.length };
  }
  return null;
}

/** short, capitalised or bracketed, no end mark, no long number: how a credit line looks */
function creditShaped(t) {
  return t.split(/\s+/u).length <= 8 && !/[.!?…:;]$/u.test(t) && /^[\p{Lu}(]/u.test(t) && !/\d{3,}/u.test(t);
}

/** the lead's first sentence when a day/month date sits among its first six words */
function structuralDateline(d) {
  const s = d.draft.lead?.sentences?.[0];
  if (!s) return null;
  const opening = s.words.slice(0, 6).map((w) => w.text).join(' ');
  if (!/(?:^|\s)\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?(?:\s|$)/u.test(opening)) return null;
  // a page's date line ("Thứ tư - 26/07/2023 05:30") is no sentence of the story
  if (s.words.length < 8 || /\d{1,2}:\d{2}/u.test(s.text)) return null;
  // a page that keeps only its lead (a list or tag page) has no draft left without it
  const story = d.draft.story.reduce((sum, p) => sum + p.end - p.start, 0);
  if (s.end - s.start > story * MOST_OF_STORY) return null;
  return sentencesAround(d.draft, d.text, s.start, s.end);
}

/** the ranges to delete from an unlabelled draft, or null */
export function poolRemoval(d, element) {
  const range = element === 'required-byline' ? structuralByline(d) : element === 'required-dateline' ? structuralDateline(d) : null;
  return range && [range];
}

/** "(Baothanhhoa.vn) - ", "LSO-": a source tag before a lead, left out when comparing copies */
const SOURCE_TAG = /^(?:\([^()\n]{2,40}\)\s*[-–—:]?|[\p{Lu}\p{N}.]{2,20}\s*[-–—:])\s*/u;
/** a line's opening, without its source tag and a trailing bar ("NGUYỄN DƯƠNG |") */
const opening = (line) => line.trim().replace(SOURCE_TAG, '').replace(/\s*[|]\s*$/u, '').slice(0, 60);

/** the text without the ranges (sorted, apart) */
export function without(text, ranges) {
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    out += text.slice(pos, r.start);
    pos = r.end;
  }
  return out + text.slice(pos);
}

/**
 * Does the page print a removed stretch twice (a lead repeated as its summary, a credit both
 * under the headline and at the end)? Then removing one copy removes nothing, and the case
 * would count a correct "still there" as a miss.
 */
export function printedTwice(text, ranges) {
  const rest = without(text, ranges).split(/\r?\n/u).map(opening);
  return ranges.some((range) => {
    const key = opening(text.slice(range.start, range.end));
    return key.length >= 6 && rest.some((line) => line.startsWith(key));
  });
}

const squash = (s) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');

/**
 * Does the draft state the annotated element again outside the removed sentences ("huyện ủy X
 * tổ chức …" in the lead and again in the body)? Then the element is still there, as with a
 * stretch printed twice, and a silent linter is right.
 */
export function statedAgain(d, element, ranges) {
  const evidence = d.ann?.elements?.[element]?.evidence;
  if (!evidence || squash(evidence).length < 12) return false;
  return squash(without(d.text, ranges)).includes(squash(evidence));
}
