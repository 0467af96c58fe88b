/**
 * People of the story and their titles. The names come from the draft's one person-name
 * detector (core/person-names.ts), as an official's name is written: a run of capitalised
 * syllables; three or more unless a marker ("đồng chí", "ông", "bà") stands before it, so that
 * places such as "Hà Tĩnh" are not read as people. A person carries a title when a title head stands right after the name
 * ("Trần Văn Tuấn - Phó Bí thư …", "bà Hà Thị Lan, Phó Cục trưởng …") or before it in the same
 * clause ("Trưởng Ban Dân vận Tỉnh ủy Bùi Văn Bia").
 */
import type { Draft, Paragraph, Span } from '../draft.js';
import { personNames, type PersonName } from '../person-names.js';
import { ParagraphMemo } from '../paragraph-memo.js';
import { isSurname, OFFICIAL_INTRODUCERS } from '../surnames.js';
import { syllableKey } from '../casing.js';
import { normRange, normText, wordsRe, B, wordFirst, type NormText } from './normtext.js';
import { BODY_LEVELS, CAPITALISED_TITLE_HEADS, NOT_PEOPLE, PRIVATE_AFTER, PRIVATE_BEFORE, TITLE_BREAKS, TITLE_HEADS, TITLE_QUALIFIERS } from './data.js';
import { lexiconSalt, matchTitles, type TitleMatch } from '../lexicon.js';
import { lazyRegExp } from '../lazy-regexp.js';

export interface Person extends Span {
  name: string;
  titled: boolean;
  /** something introduces the person after the name (", hội viên Hội Nông dân xã", " (Trưởng thôn 3)") */
  introduced: boolean;
  /** a marker ("đồng chí", "ông", "bà", "đ/c") stands right before the name */
  marked: boolean;
  /** the name is written as an official's is, every syllable capitalised (person-names.ts `formal`) */
  formal: boolean;
}

/** a separator, maybe a qualifier ("nguyên", "quyền"), then a title head: the head is group 1 */
const TITLE_AFTER = lazyRegExp(() => new RegExp(`^(?:\\s*[,:;/–—-]\\s*|\\s*\\(\\s*|\\s+)(?:${TITLE_QUALIFIERS}\\s*)?(${TITLE_HEADS})(?!\\p{L}|\\p{N})`, 'u'));
/**
 * A title no list knows, by its shape: after the name and a separator, a capitalised phrase
 * whose words are mostly capitalised, as an office and its body are written ("Nguyễn Thị Hoa,
 * Điều phối viên Chương trình Sức khỏe cộng đồng", "Lê Văn Ba – Chi hội trưởng Chi hội Nông dân
 * thôn 2"). An apposition of a private person is written in lower case ("…, nông dân xã …").
 */
const SHAPED_TITLE = lazyRegExp(() => /^\s*(?:[,:;/–—-]|\()\s*(\p{Lu}\p{Ll}*(?:\s+[\p{L}\p{N}&.\-–]+){1,9})/u);
const TITLE_ANYWHERE = lazyRegExp(() => new RegExp(`${wordFirst(TITLE_HEADS)}(?!\\p{L}|\\p{N})`, 'gu'));
/** an official's introducer right before the name: "đồng chí", "ông", "TS." (dictionaries/surnames.json introducers) */
const MARKER_BEFORE = lazyRegExp(() => new RegExp(`${B}${wordsRe(OFFICIAL_INTRODUCERS)}\\.?\\s*$`, 'u'));
/** "gia đình ông …", "… ở thôn 3": a private citizen, named without an office (privatePersonCues) */
const HOUSEHOLD_BEFORE = lazyRegExp(() => new RegExp(`${B}${PRIVATE_BEFORE}\\s+${wordsRe(OFFICIAL_INTRODUCERS)}\\.?\\s*$`, 'u'));
const HOME_AFTER = new RegExp(`^\\s+${PRIVATE_AFTER}\\s`, 'u');
/** what ends the reach of a title before a name: a clause break, or another actor or a verb (titleBreaks) */
const BREAK = new RegExp(`(?:[,.;:!?()“”"]|\\s${TITLE_BREAKS}\\s)`, 'u');

function titleHeadOk(original: string, index: number, matched: string): boolean {
  // a title head only when written like one: single-syllable heads need a capital ("Trưởng", "Phó", "CT")
  // (… or a capital right after them: "bà Ka Hiền, phó Giám đốc Sở …" has its title, the slip of
  // case is title-case's to report)
  return !CAPITALISED_TITLE_HEADS.has(matched) || /\p{Lu}/u.test(original[index] ?? '') || /^[\p{L}\p{M}]+[ \t\u00a0]+\p{Lu}/u.test(original.slice(index, index + 40));
}

/** Every person named in the story (headline and byline excluded), in order. */
export function findPeople(draft: Draft, withSlips = false): Person[] {
  const people: Person[] = [];
  const view = draft.view;
  const text = draft.text;
  // the shared detector's names, as an official's name is written in the story; `withSlips`:
  // also those with a slip of case person-name-case reports ("bà Ngô Thị thanh Mai, Phó Giám đốc
  // Sở …"), still the person's first mention and title
  const names = personNames(draft).filter((n) => withSlips || n.formal);
  // the lexicon's titles (~90 with their bodies; the same analysis serves the case rules): where
  // they start and end, once a draft
  const titles = draftTitleEdges(draft);
  // each story paragraph's people, remembered by its text: a re-check reads the people of every
  // paragraph it did not edit back (reading every name of a 100 KB draft again, with the
  // normalised text around it and five expressions, was redone on every keystroke). Names come
  // paragraph by paragraph in the draft's order (person-names.ts), so the names of each story
  // paragraph are the next run of the list: one walk along it, not the whole list per paragraph.
  const story = draft.story;
  let j = 0;
  for (let i = 0; i < story.length; i++) {
    const p = story[i];
    while (j < names.length && names[j].start < p.start) j++;
    const from = j;
    while (j < names.length && names[j].start < p.end) j++;
    if (j === from) continue;
    const to = j;
    // what a name's people read beyond its paragraph: a lexicon title ending one or two
    // characters before the paragraph or starting at most four after it (lexiconTitle), and the
    // text between
    const salt = `${withSlips ? 1 : 0}${edgeSalt(text, titles, p)}${lexiconSalt(draft, p)}`;
    const mine = byParagraph.get(draft, p, salt, () => paragraphPeople(draft, p, names, from, to, titles));
    for (let k = 0; k < mine.length; k++) people.push(mine[k]);
  }
  // names joined by "và" share the title after the last ("đồng chí Lê Văn Ba và đồng chí Lò Thị
  // Hoa, Phó Trưởng Ban Dân vận Huyện ủy": both are deputies), from the last name back
  for (let k = people.length - 2; k >= 0; k--) {
    const p = people[k];
    const next = people[k + 1];
    if (!p.titled && next.titled && SHARED_TITLE_JOIN.test(normText(view, p.end, next.start).text)) people[k] = { ...p, titled: true, introduced: true };
  }
  return people;
}

/** The people of each story paragraph (a 100 KB draft's take a few tens of kilobytes). */
const byParagraph = new ParagraphMemo<Person[]>('people.paragraphs', 256 * 1024, { offsets: ['start', 'end'] });

/** The people named by `names[from, to)`, the names of paragraph `p`, in order. */
function paragraphPeople(draft: Draft, p: Paragraph, names: readonly PersonName[], from: number, to: number, titles: TitleEdges): Person[] {
  const people: Person[] = [];
  for (let j = from; j < to; j++) {
    const nm = names[j];
    const name = draft.text.slice(nm.start, nm.end).normalize('NFC');
    if (NOT_PEOPLE.has(name.toLowerCase())) continue;
    // (views cut from the paragraph's, kept by its text: a re-check normalises no other name's surroundings)
    const before = normRange(draft, Math.max(p.start, nm.start - 160), nm.start);
    const marked = MARKER_BEFORE().test(before.text);
    const after = normRange(draft, nm.end, Math.min(p.end, nm.end + 40));
    const a = TITLE_AFTER().exec(after.text);
    // "Phó Bí thư Huyện ủy Lê Sơn": a two-syllable name right after its title is a person too,
    // and one introduced with its title after it ("bác sĩ A Thuyên, Phó Giám đốc Trung tâm …")
    const titledPair = nm.words.length === 2 && (titleRightBefore(draft, before, nm) || (nm.introduced && !!a && titleHeadOk(draft.text, after.map[a[0].length - a[1].length], a[1])));
    if (nm.words.length < 3 && !marked && !titledPair) continue;
    let titled = false;
    if (a) titled = titleHeadOk(draft.text, after.map[a[0].length - a[1].length], a[1]);
    if (!titled) titled = shapedTitle(draft.text.slice(nm.end, Math.min(p.end, nm.end + 90)).normalize('NFC'));
    if (!titled) titled = titleBefore(draft.text, before) || titleBeforeApposed(draft.text, before);
    if (!titled) titled = lexiconTitle(draft.text, titles, nm);
    // an apposition after the name introduces a person who holds no office ("ông Lê Văn Bốn, nông dân xã …",
    // "bà Lê Thị Na, 68 tuổi, …")
    // … and so does a household before it or a home after it ("gia đình ông …", "ông … ở thôn 3")
    const introduced = titled || /^\s*(?:[,(]|[–—-]\s)\s*[\p{L}\p{N}]/u.test(after.text) || HOME_AFTER.test(after.text) || HOUSEHOLD_BEFORE().test(before.text);
    people.push({ start: nm.start, end: nm.end, name, titled, introduced, marked, formal: nm.formal });
  }
  return people;
}

/**
 * What `lexiconTitle` can read of the draft outside paragraph `p`: whether a title ends one or
 * two characters before it, whether one starts zero to four characters after it, and those
 * characters (a paragraph's own titles lie in it: the lexicon reads titles within a sentence).
 */
function edgeSalt(text: string, titles: TitleEdges, p: Span): string {
  let bits = 0;
  if (titles.ends.has(p.start - 1)) bits |= 1;
  if (titles.ends.has(p.start - 2)) bits |= 2;
  for (let gap = 0; gap <= 4; gap++) if (titles.starts.has(p.end + gap)) bits |= 4 << gap;
  return bits === 0 ? '' : `|${bits}|${text.slice(Math.max(0, p.start - 2), p.start)}|${text.slice(p.end, p.end + 4)}`;
}

const titleEdgesOf = new WeakMap<Draft, TitleEdges>();

/** Where the draft's lexicon titles start and end (once a draft). */
function draftTitleEdges(draft: Draft): TitleEdges {
  let edges = titleEdgesOf.get(draft);
  if (edges === undefined) titleEdgesOf.set(draft, (edges = titleEdges(matchTitles(draft))));
  return edges;
}

/** "và", maybe an introducer, between two names: a coordination that the title after the last one covers */
const SHARED_TITLE_JOIN = new RegExp(`^\\s+và\\s+(?:${wordsRe(OFFICIAL_INTRODUCERS)}\\.?\\s+)?$`, 'u');

/**
 * a place or a school before a name ("tỉnh Hà Tĩnh", "phường Trần Phú", "đường Lê Lợi",
 * "Trường THCS Lê Lợi"): a two-syllable name there is no person
 */
const PLACE_BEFORE = lazyRegExp(() => new RegExp(`${B}(?:${BODY_LEVELS}|trường|đường|phố|khu|thpt|thcs|tiểu học|mầm non)\\s*$`, 'u'));

/** A two-syllable name whose first syllable is a surname, a title standing right before it in the same clause. */
function titleRightBefore(draft: Draft, before: NormText, name: { words: Array<{ lower: string }> }): boolean {
  if (!isSurname(syllableKey(name.words[0].lower)) || PLACE_BEFORE().test(before.text)) return false;
  // the word before ends the title's body ("Huyện ủy"); an abbreviation in capitals there names a school or a unit ("THCS")
  const previous = /(\S+)\s*$/u.exec(before.text);
  if (!previous) return false;
  const original = draft.view.slice(before.map[previous.index], before.map[previous.index + previous[1].length]);
  if (/^\p{Lu}{2,}$/u.test(original)) return false;
  return titleBefore(draft.text, before);
}

/** The apposition after a name reads as an office and its body: two or more capitalised words among its first words, a head word first. */
function shapedTitle(after: string): boolean {
  const m = SHAPED_TITLE().exec(after);
  if (!m) return false;
  // the apposition ends at a clause break: another comma, a verb of the event
  const words = m[1].split(/\s+/u);
  const clause: string[] = [];
  for (const w of words) {
    if (/[.;:!?)]$/u.test(w)) {
      clause.push(w.replace(/[.;:!?)]+$/u, ''));
      break;
    }
    if (/,$/u.test(w)) {
      clause.push(w.slice(0, -1));
      break;
    }
    clause.push(w);
  }
  if (clause.length < 2) return false;
  const capitals = clause.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals >= 2 && !isSurname(syllableKey(clause[0]));
}

/** A title head in the same clause before the name, with only organisation words between. */
function titleBefore(original: string, before: NormText): boolean {
  let last: RegExpExecArray | undefined;
  TITLE_ANYWHERE().lastIndex = 0;
  for (let m = TITLE_ANYWHERE().exec(before.text); m; m = TITLE_ANYWHERE().exec(before.text)) {
    // keep the last head whose case fits
    if (titleHeadOk(original, before.map[m.index], m[0])) last = m;
  }
  if (!last) return false;
  const between = before.text.slice(last.index + last[0].length);
  if (BREAK.test(` ${between} `)) return false;
  return between.trim().split(/\s+/u).filter(Boolean).length <= 10;
}

/** "Chủ tịch UBND phường - ông Lê Văn Hùng", "Phó Chủ tịch UBND xã, bà …": the title, a dash or a comma, then the name's introducer */
const APPOSED_INTRODUCER = new RegExp(`\\s*[,:–—-]\\s*${wordsRe(OFFICIAL_INTRODUCERS)}\\.?\\s*$`, 'u');

/** A title head before the introducer the name's apposition opens with ("Trưởng Công an xã - ông …"). */
function titleBeforeApposed(original: string, before: NormText): boolean {
  const m = APPOSED_INTRODUCER.exec(before.text);
  return !!m && titleBefore(original, { text: before.text.slice(0, m.index), map: before.map });
}

/** Where the draft's lexicon titles start and end. */
interface TitleEdges {
  starts: Set<number>;
  ends: Set<number>;
}

function titleEdges(titles: readonly TitleMatch[]): TitleEdges {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (let i = 0; i < titles.length; i++) {
    starts.add(titles[i].start);
    ends.add(titles[i].end);
  }
  return { starts, ends };
}

/**
 * A lexicon title right before the name ("Chủ tịch UBND huyện Hoàng Minh Tuấn": one or two
 * spaces between) or right after it ("…, Bí thư Huyện ủy": at most four characters between).
 * Looked up by the few offsets where such a title could end or start: testing every title of
 * the draft for every name was quadratic (a 10 MB single line: a fifth of its lint).
 */
function lexiconTitle(text: string, titles: TitleEdges, name: Span): boolean {
  for (let gap = 1; gap <= 2; gap++) {
    if (titles.ends.has(name.start - gap) && /^\s{1,2}$/u.test(text.slice(name.start - gap, name.start))) return true;
  }
  for (let gap = 0; gap <= 4; gap++) {
    if (titles.starts.has(name.end + gap) && /^\s*[,–—(-]?\s*$/u.test(text.slice(name.end, name.end + gap))) return true;
  }
  return false;
}
