/**
 * Is this draft a training-news item (tin tập huấn / bồi dưỡng / hội nghị quán triệt /
 * khai giảng, bế giảng lớp)? Only then do the required-* structure rules apply.
 *
 * Read as an editor reads it: the headline, then the first sentence of the lead (and of the
 * next paragraph when the lead is only a caption or a placeholder). In the headline the first
 * event named decides: a training event (dictionaries/genre.json trainingEvents) or an event
 * of another kind (otherEvents: a contest, a ceremony, a review, a survey), not one a weak word
 * takes for its topic ("hướng dẫn nghiệp vụ đại hội …"). In the lead a
 * training event decides, else another event rules it out, since a lead may open with a
 * preamble ("Hưởng ứng …, Hội Nông dân tổ chức tập huấn …"). Without either, a weak word
 * ("huấn luyện", "đào tạo"…, also used by sports and business news) needs a sign of a class
 * in the opening paragraphs. A lead whose opening refers to an event it does not name (a line
 * of leaders, "Tham dự hội nghị có …") lets the rest of the opening paragraphs decide. A legal text, a sports report or a weather bulletin is never one.
 */
import type { Draft, Paragraph } from './draft.js';
import type { ResolvedConfig } from './config/types.js';
import { matchesOf } from './matches.js';
import { nfc } from './normalise.js';
import { paragraphKey, paragraphMemosOn } from './paragraph-memo.js';
import { onRelease } from './bounded-cache.js';
import words from '../../../dictionaries/genre.json';
import { lazyRegExp } from './lazy-regexp.js';
import { wordFirst } from './structure/normtext.js';

const L = '(?<!\\p{L}|\\p{N})';
const R = '(?!\\p{L}|\\p{N})';
const alternation = (entries: Array<{ pattern: string }>): string => entries.map((e) => `(?:${e.pattern})`).join('|');
// (`wordFirst(alt)` for `${L}(?:${alt})` opening an expression: the words matched first and the
// lookbehind asked of the very text they matched (structure/normtext.ts) — the same matches, tried
// only where one of the words may start; the expressions made so are read by index and whole match)
const TRAINING = new RegExp(`${wordFirst(alternation(words.trainingEvents.entries))}${R}`, 'iu');
const OTHER_EVENT = lazyRegExp(() => new RegExp(`${wordFirst(alternation(words.otherEvents.entries))}${R}`, 'iu'));
const WEAK = lazyRegExp(() => new RegExp(`${wordFirst(alternation(words.weakEvents.entries))}${R}`, 'giu'));
/** a topic noun right before a weak word ("chất lượng huấn luyện"): the word names a topic, not an event */
const TOPIC_BEFORE = lazyRegExp(() => new RegExp(`${L}(?:${alternation(words.topicNouns.entries)})\\s+$`, 'iu'));
const SUPPORT = lazyRegExp(() => new RegExp(`${wordFirst(alternation(words.classSigns.entries))}${R}`, 'iu'));
const REFERS_BACK = lazyRegExp(() => new RegExp(alternation(words.eventReferences.entries), 'iu'));
const LEARNING = lazyRegExp(() => new RegExp(alternation(words.learningClauses.entries), 'iu'));
const ANNOUNCEMENT = new RegExp(`${wordFirst(alternation(words.announcements.entries))}${R}`, 'iu');
const CLASS_ORDER = lazyRegExp(() => new RegExp(`${L}(?:${alternation(words.classOrders.entries)})\\s*$`, 'iu'));
const REPORTED = lazyRegExp(() => new RegExp(`${wordFirst(alternation(words.reportedClauses.entries))}${R}`, 'iu'));
// (wordFirst: an expression opening with a lookbehind is tried in full at every character, and
// this one reads the opening of every draft: the pool's 254 openings, 13.5 ms → 1.4 ms)
const OTHER_GENRE = new RegExp(`${wordFirst(alternation(words.otherGenreWords.entries))}${R}`, 'giu');

/**
 * A legal document: a line opening an article ("Điều 5."), a preamble ("Căn cứ Luật …"), a
 * title line of its own ("QUYẾT ĐỊNH:") or the national motto (dictionaries/genre.json
 * legalLines, matched as written). A news item may say "căn cứ vào …" mid-paragraph; it does
 * not open lines like these.
 */
const LEGAL = new RegExp(`^[ \\t]*(?:${alternation(words.legalLines.entries)})`, 'mu');

/** a lead this short is a photo caption or a page placeholder ("{title}"), not the story's opening */
const CAPTION_WORDS = 15;

function wordCount(p: Paragraph): number {
  return p.sentences.reduce((n, s) => n + s.words.length, 0);
}

function firstSentence(p: Paragraph): string {
  return nfc(p.sentences[0]?.text ?? p.text);
}

/** How many short paragraphs (captions, page debris) may come before the story's opening. */
const MAX_CAPTIONS = 2;

/** The lead's opening sentence, and the next paragraphs' while the lead is only a caption. */
function leadOpening(draft: Draft): string[] {
  const out: string[] = [];
  for (const p of draft.story.slice(0, MAX_CAPTIONS + 1)) {
    out.push(firstSentence(p));
    if (wordCount(p) >= CAPTION_WORDS) break;
  }
  return out;
}

/** How many paragraphs after the lead may hold the event when the lead opens with a preamble. */
const LATER_PARAGRAPHS = 2;

/** a sentence that opens as a news event does: with its day and month ("Sáng 2-10, …", "Ngày 24/9 …") */
const DATED_OPENING = /^[^\d\n]{0,30}(?<![\d/.-])\d{1,2}\s*[-/.]\s*\d{1,2}(?![\d])/u;

/**
 * The sentences that open with a date in the paragraphs after the lead that may hold the event:
 * a story whose event comes after a preamble still opens it the way a lead does. `start`: how
 * many story paragraphs the lead's opening already read.
 */
function laterOpenings(draft: Draft, start: number): string {
  return draft.story
    .slice(start, start + LATER_PARAGRAPHS)
    .flatMap((p) => p.sentences.slice(0, 2).map((s) => nfc(s.text)))
    .filter((s) => DATED_OPENING.test(s))
    .join('\n');
}

/** How many story paragraphs the opening spans. */
const OPENING_PARAGRAPHS = 3;

function opening(draft: Draft): string {
  const story = draft.story.slice(0, OPENING_PARAGRAPHS).map((p) => p.text);
  return nfc([draft.headline?.text ?? '', ...story].join('\n'));
}

/** Which comes first in a text: a training event, another event, or neither. */
function firstEvent(text: string): 'training' | 'other' | undefined {
  const t = TRAINING.exec(text);
  const o = otherEvent(text);
  if (t && (o < 0 || t.index <= o)) return 'training';
  return o >= 0 ? 'other' : undefined;
}

/** a weak word of briefing (`topicAfter`), then up to two words, ending right before an event: "hướng dẫn nghiệp vụ | đại hội" */
const WEAK_BEFORE = lazyRegExp(() => new RegExp(`${L}(?:${alternation(words.weakEvents.entries.filter((e) => 'topicAfter' in e && e.topicAfter === true))})(?:\\s+[\\p{L}\\p{M}]+){0,2}\\s+$`, 'iu'));

/**
 * Where the first event of another kind is named, or -1: not one a weak word of briefing takes
 * for its topic ("hướng dẫn nghiệp vụ đại hội cựu chiến binh", genre.json weakEvents
 * `topicAfter`): the briefing is the event there, and the congress what it briefs on.
 */
function otherEvent(text: string): number {
  for (const m of matchesOf(OTHER_EVENTS, text)) if (!WEAK_BEFORE().test(text.slice(Math.max(0, m.index - 60), m.index))) return m.index;
  return -1;
}
const OTHER_EVENTS = new RegExp(OTHER_EVENT().source, 'giu');

/** Weak words as common words: written capitalised mid-sentence they are part of a name ("Sở Giáo dục và Đào tạo"). */
function hasWeak(text: string): boolean {
  WEAK().lastIndex = 0;
  for (let m = WEAK().exec(text); m; m = WEAK().exec(text)) {
    // "Khai mạc Huấn luyện dân quân" (a Title Case headline) counts; "… và Đào tạo" after a name does not
    const before = text.slice(0, m.index).split(/[.!?:;,\n]/u).pop()!.trim().split(/\s+/u).filter(Boolean);
    const inName = before.slice(1).slice(-3).some((w) => /^\p{Lu}/u.test(w));
    // "nâng cao chất lượng huấn luyện …": how a body trains, a topic, not an event
    if (TOPIC_BEFORE().test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!/^\p{Lu}/u.test(m[0]) || !inName) return true;
  }
  return false;
}

/**
 * Does the sentence tell a document issued (announcements) before any training event, a
 * document that does not order the class itself ("… Quyết định số 12 về việc tổ chức tập huấn")?
 */
function announces(sentence: string): boolean {
  const a = ANNOUNCEMENT.exec(sentence);
  if (!a) return false;
  const t = TRAINING.exec(sentence);
  return t === null || (a.index < t.index && !CLASS_ORDER().test(sentence.slice(a.index, t.index)));
}

/** A lead sentence without what it reports someone saying ("X cho biết, …"). */
function ownWords(sentence: string): string {
  const r = REPORTED().exec(sentence);
  return r ? sentence.slice(0, r.index) : sentence;
}

/** How many matches of the global `re` the text has, counted up to `max`. */
function matchCount(re: RegExp, text: string, max: number): number {
  const found = matchesOf(re, text);
  let n = 0;
  while (n < max && !found.next().done) n++;
  return n;
}

export function isTrainingNews(draft: Draft): boolean {
  // (the draft's text itself when NFC keeps every character: a copy of a 100 KB draft each check was
  // a hundredth of its re-check)
  const text = nfc(draft.text);
  if (LEGAL.test(text)) return false;
  if (!paragraphMemosOn()) return readsAsTraining(draft);
  // what the rest reads is the headline and the first story paragraphs: a re-check whose edit
  // left them as they were (most keystrokes of a long draft) has the last check's answer
  const keys = openingKeys(draft);
  if (lastOpening !== undefined && sameKeys(keys, lastOpening.keys)) return lastOpening.training;
  const training = readsAsTraining(draft);
  lastOpening = { keys, training };
  return training;
}

/** How many story paragraphs `readsAsTraining` reads at most (`leadOpening`, then `laterOpenings`). */
const READ_PARAGRAPHS = Math.max(OPENING_PARAGRAPHS, MAX_CAPTIONS + 1 + LATER_PARAGRAPHS);

/**
 * The paragraphs `readsAsTraining` reads, by their keys (paragraph-memo.ts paragraphKey: the
 * paragraph's prose and original text, which its sentences are parsed from): the headline's,
 * '' for none, then the first story paragraphs' (`READ_PARAGRAPHS`, fewer in a shorter story).
 */
function openingKeys(draft: Draft): string[] {
  const keys = [draft.headline ? paragraphKey(draft, draft.headline) : ''];
  const story = draft.story;
  for (let i = 0; i < story.length && i < READ_PARAGRAPHS; i++) keys.push(paragraphKey(draft, story[i]));
  return keys;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  // (the shared copies of unedited paragraphs: the same strings, compared by identity)
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** the opening the last check of a host that keeps memos read, and its answer (copies: paragraphKey) */
let lastOpening: { keys: string[]; training: boolean } | undefined;
onRelease(() => {
  lastOpening = undefined;
});

/** `isTrainingNews` of a draft that opens no line as a legal text does: read from its headline and opening paragraphs only. */
function readsAsTraining(draft: Draft): boolean {
  const open = opening(draft);
  // (counted up to 3, all this reads: every match of a single-line draft's whole text was found)
  const other = matchCount(OTHER_GENRE, open, 3);
  const headline = nfc(draft.headline?.text ?? '');
  const lead = leadOpening(draft);
  // the lead tells a plan or a letter issued ("UBND tỉnh ban hành kế hoạch bồi dưỡng …"): the
  // item reports the document, whatever class its headline or its later words name
  if (lead.length > 0 && announces(lead[lead.length - 1])) return false;
  const fromHeadline = firstEvent(headline);
  if (fromHeadline) return fromHeadline === 'training' && other < 3;
  if (lead.some((s) => TRAINING.test(s))) return other < 3;
  // the lead's opening refers to an event it does not name ("Tham dự hội nghị có …", "Tại hội
  // nghị, …"): its title was lost, so read on, as an editor does, through the opening
  // paragraphs; a training event named there is the one referred to, and another kind of event
  // named there is then its topic ("hướng dẫn tổng kết năm", "Đại hội …")
  const refersBack = lead.some((s) => REFERS_BACK().test(s));
  // …or what its participants were taught ("… được giảng viên hướng dẫn cách …"): the event
  // referred to was a class, whatever it was called
  if (refersBack && (TRAINING.test(open) || LEARNING().test(open))) return other < 3;
  if (lead.some((s) => OTHER_EVENT().test(s))) return false;
  // neither the headline nor the lead's opening names an event: a general preamble ("Tệ nạn ma
  // túy là hiểm họa …") or a summary came first, and the event opens a later paragraph ("Sáng
  // 2-10, … tổ chức tập huấn …"); the first event named there decides, as in the lead
  if (!refersBack && firstEvent(laterOpenings(draft, lead.length)) === 'training') return other < 3;
  // a weak word the lead reports someone saying ("Công an huyện cho biết, đơn vị đã tuyên
  // truyền …") is not the item's own event
  const head = [headline, ...lead.map(ownWords), ...(refersBack ? [open] : [])].join('\n');
  return hasWeak(head) && other < 2 && SUPPORT().test(open.replace(WEAK(), ' '));
}

export function appliesTraining(draft: Draft, config: ResolvedConfig): boolean {
  if (config.genre === 'none') return false;
  if (config.genre === 'training') return true;
  return isTrainingNews(draft);
}
