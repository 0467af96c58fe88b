/**
 * A generic plural (CAP-12, CAP-24): after a plural marker ("các", "những") or a count ("12",
 * "1.250", "3-5") a generic noun or an organisation type word is lowercase: "các Phòng, ban" →
 * "các phòng, ban", "12 Đảng bộ cơ sở" → "12 đảng bộ cơ sở" (dictionaries/common-nouns.json
 * `generics` and `counts`).
 */
import data from '../../../../dictionaries/common-nouns.json';
import structure from '../../../../dictionaries/structure.json';
import type { Sentence, Span, Word } from '../../core/draft.js';
import type { TitleMatch } from '../../core/lexicon/types.js';
import { caseShape, levelWordAt, pluralMarkerEndingAt, syllableKey, wordKey } from '../../core/casing.js';
import { keysOf, typeWordAt } from '../../core/lexicon.js';
import { blank, GENERICS, longest, phrase, SPECIAL_CONTEXT_PAIRS } from './phrases.js';
import { lazyRegExp } from '../../core/lazy-regexp.js';

/** after these a type word is one body's level or partner ("các cấp Hội"), not bodies */
const NOT_BEFORE_TYPE = new Set(data.counts.notBeforeType.map(syllableKey));
/** the last syllable of a noun for a person's role: "Hòa giải viên" (common-nouns.json counts.roleSuffixes) */
const ROLE_SUFFIXES = new Set(data.counts.roleSuffixes.map(syllableKey));
/** the first syllable of a noun for the head of a level: "Trưởng thôn" (common-nouns.json counts.roleHeads) */
const ROLE_HEADS = new Set(data.counts.roleHeads.map(syllableKey));
/** a number after these is a date, a period or a numbered item, no count ("quý 3", "lần 2") */
const NOT_COUNT_AFTER = new Set(data.counts.notAfter.map((w) => phrase(w).join(' ')));
/** the number words ("hai", "ba": structure.json numberWords.units): a count in words */
export const NUMBER_WORDS = new Set(structure.numberWords.units.map((u) => syllableKey(u.word)));
/** "12", "1.250", "3-5" right before a word (blanks between), with up to two words before the number */
const COUNT_BEFORE = lazyRegExp(() => /(?:^|[^\p{L}\p{N}.,/:–-])((?:\p{L}+[ \t\u00a0]+)?(?:\p{L}+[ \t\u00a0]+)?)(\d{1,3}(?:\.\d{3})+|\d+)(?:[ \t\u00a0]*[-–][ \t\u00a0]*\d+)?[ \t\u00a0]+$/du);

/**
 * What makes word i a generic plural: a plural marker or a count right before it; a year
 * ("năm 2024 Đảng bộ") or a number after a date, period or numbered-item word is none. The
 * span of the marker, or undefined.
 */
export function pluralBefore(text: string, s: Sentence, ws: Word[], i: number): Span | undefined {
  const prev = ws[i - 1];
  const marker = pluralMarkerEndingAt(ws, i - 1);
  // (a number word after "thứ", "lần", "khóa"… is an ordinal or a numbered item, no count: "lớp
  // thứ ba Sở tổ chức" is the third class the Department holds)
  const ahead = ws[i - 1 - marker];
  const ordinal = marker === 1 && NUMBER_WORDS.has(wordKey(prev)) && ahead !== undefined && blank(text, ahead, prev) && NOT_COUNT_AFTER.has(wordKey(ahead));
  if (marker > 0 && !ordinal && blank(text, prev, ws[i])) return { start: ws[i - marker].start, end: prev.end };
  if (ordinal) return undefined;
  const from = Math.max(s.start, ws[i].start - 40);
  // COUNT_BEFORE ends in a digit and blanks: most words have neither before them (asked for
  // every capitalised word a rule weighs)
  let k = ws[i].start;
  while (k > from && /[ \t\u00a0]/u.test(text[k - 1])) k--;
  if (k === ws[i].start || k === from || !/\d/u.test(text[k - 1])) return undefined;
  const before = text.slice(from, ws[i].start);
  const m = COUNT_BEFORE().exec(before);
  if (!m || (m[2].length === 4 && /^(?:19|20)/u.test(m[2]))) return undefined;
  const lead = m[1].trim().split(/[ \t\u00a0]+/u).map(syllableKey);
  if (lead[0] && (NOT_COUNT_AFTER.has(lead.join(' ')) || NOT_COUNT_AFTER.has(lead[lead.length - 1]))) return undefined;
  return { start: ws[i].start - before.length + m.indices![2][0], end: prev.end };
}

/** a copula between a plural subject and a role: "là" (common-nouns.json counts.copulas) */
const COPULAS = new Set(data.counts.copulas.map(syllableKey));

/**
 * The span from the plural marker or count of the subject to the copula right before word i, when
 * the subject is a plural one of up to three lowercase words ("52 cán bộ là | Chi hội trưởng",
 * "nhiều người là | Tổ trưởng …"): the role after the copula is held by several, generic (CAP-24).
 */
export function pluralSubjectBefore(text: string, s: Sentence, ws: Word[], i: number): Span | undefined {
  const copula = ws[i - 1];
  if (i < 3 || !COPULAS.has(wordKey(copula)) || caseShape(copula.text) !== 'lower' || !blank(text, copula, ws[i])) return undefined;
  for (let j = i - 2; j >= 1 && j >= i - 4; j--) {
    if (caseShape(ws[j].text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(ws[j].text) || !blank(text, ws[j], ws[j + 1])) return undefined;
    const marker = pluralBefore(text, s, ws, j);
    if (marker) return { start: marker.start, end: copula.end };
  }
  return undefined;
}

/**
 * The plural marker or count before word i that makes a body's name there generic, or
 * undefined: not after a word that makes the body one body's level or partner ("các cấp Hội").
 */
export function pluralOfBodiesBefore(text: string, s: Sentence, ws: Word[], i: number): Span | undefined {
  return i > 0 && NOT_BEFORE_TYPE.has(wordKey(ws[i - 1])) ? undefined : pluralBefore(text, s, ws, i);
}

/**
 * Length of the generic noun or organisation type word at word i ("Đảng bộ", "Phòng") when no
 * capitalised word follows it (that may make a name: "các Sở Y tế, Giáo dục"), or 0. `body`:
 * the length of a body the lexicon reads generic there, its first syllable alone capitalised
 * ("các Đồn biên phòng": the lexicon's "Đồn Biên phòng", a kind of body after a plural).
 */
export function genericAt(text: string, s: Sentence, i: number, body = 0): number {
  const ws = s.words;
  // "các Chi hội": the type word "Chi hội" is longer than the generic "chi"
  // (after "cùng", "cấp" a body, by its type word or as the lexicon reads it, is one body's
  // partner or level, not bodies: "cùng Ủy ban nhân dân xã góp ý", "cùng Đảng ủy, Ủy ban …")
  const partner = i > 0 && NOT_BEFORE_TYPE.has(wordKey(ws[i - 1]));
  const type = partner ? 0 : typeWordAt(keysOf(s), i);
  const size = Math.max(longest(text, ws, i, GENERICS)?.keys.length ?? 0, type, roleNounAt(text, ws, i), partner ? 0 : body);
  // "các Đảng viên": special-noun-case says how to write "Đảng" before "viên", one answer for the span
  if (size === 2 && SPECIAL_CONTEXT_PAIRS.has(`${wordKey(ws[i])} ${wordKey(ws[i + 1])}`)) return 0;
  const after = size ? ws[i + size] : undefined;
  return after !== undefined && blank(text, ws[i + size - 1], after) && caseShape(after.text) !== 'lower' ? 0 : size;
}

/**
 * Length of a noun for a person's role at word i: two or three syllables joined by blanks,
 * the rest lowercase, the last a role suffix ("Hòa giải viên", "Kiểm lâm viên"), or a role head
 * and a level word ("Trưởng thôn"), or 0.
 */
function roleNounAt(text: string, ws: Word[], i: number): number {
  // the head of a level: "Trưởng thôn", "Trưởng khu phố"
  const level = ROLE_HEADS.has(wordKey(ws[i])) && ws[i + 1] && blank(text, ws[i], ws[i + 1]) && caseShape(ws[i + 1].text) === 'lower' ? levelWordAt(ws, i + 1) : 0;
  if (level > 0) return 1 + level;
  for (let n = 2; n <= 3; n++) {
    const last = ws[i + n - 1];
    if (!last || !blank(text, ws[i + n - 2], last) || caseShape(last.text) !== 'lower' || caseShape(ws[i + n - 2].text) !== (n === 2 ? 'cap' : 'lower')) return 0;
    if (ROLE_SUFFIXES.has(wordKey(last))) return n;
  }
  return 0;
}

/**
 * The number of words of a title of the lexicon starting at word i that belongs to no one, its
 * body aside, or 0: a title one person holds in each body ("Chủ tịch", "Trưởng thôn"), after a
 * plural marker, names the holders of several bodies, a generic plural (CAP-24: "các Chủ tịch UBND
 * xã" → "các chủ tịch UBND xã"); a deputy's or a member's title ("Phó Chủ tịch", "Ủy viên": a role
 * suffix) may name several holders of one body, and a colon after it lists its holders ("các Ủy
 * viên Bộ Chính trị: …"). Capitals only as first letters: an abbreviation inside is no title's word.
 */
export function genericTitleAt(text: string, ws: Word[], i: number, spans: Span[]): number {
  const t = spans.find((sp): sp is TitleMatch => sp.start === ws[i].start && 'titleEnd' in sp && (sp as TitleMatch).attached === false);
  if (!t || t.deputy || ROLE_SUFFIXES.has(syllableKey(t.entry.canonical.split(' ').pop() ?? '')) || /^[^,;.:!?()\n]{0,40}:/u.test(text.slice(t.titleEnd, t.titleEnd + 41))) return 0;
  let n = 0;
  while (i + n < ws.length && ws[i + n].end <= t.titleEnd) n++;
  return ws.slice(i, i + n).every((x) => caseShape(x.text) === 'cap' || caseShape(x.text) === 'lower') ? n : 0;
}

/** the words after a title that make it the title of several bodies: "một số", "các" (common-nouns.json counts.titleOfMany) */
const TITLE_OF_MANY = data.counts.titleOfMany.map(phrase);

/**
 * A title of the lexicon capitalised mid-sentence at word i, right followed by a marker of
 * several bodies and a lowercase word (“Giám đốc một số doanh nghiệp”, “Hiệu trưởng các trường”):
 * the post as held in each of those bodies, no one person's title (CAP-24), so lowercase. The
 * number of the title's words and of the marker's, or undefined. Not a title with its own body
 * between it and the marker ("Giám đốc Sở các …" is none), nor one with an abbreviation.
 */
export function titleOfManyAt(text: string, ws: Word[], i: number, spans: Span[]): { title: number; marker: number } | undefined {
  const t = spans.find((sp): sp is TitleMatch => sp.start === ws[i].start && 'titleEnd' in sp);
  if (!t) return undefined;
  let n = 0;
  while (i + n < ws.length && ws[i + n].end <= t.titleEnd) n++;
  const at = i + n;
  if (n === 0 || at >= ws.length || ws[at - 1].end !== t.titleEnd || !blank(text, ws[at - 1], ws[at])) return undefined;
  const title = ws.slice(i, at);
  if (!title.every((x, k) => (caseShape(x.text) === 'cap' || caseShape(x.text) === 'lower') && /^[\p{L}\p{M}]+$/u.test(x.text) && (k === 0 || blank(text, title[k - 1], x)))) return undefined;
  const marker = TITLE_OF_MANY.find((keys) => keys.every((k, m) => ws[at + m] !== undefined && wordKey(ws[at + m]) === k && caseShape(ws[at + m].text) === 'lower' && (m === 0 || blank(text, ws[at + m - 1], ws[at + m]))));
  if (!marker) return undefined;
  const unit = ws[at + marker.length];
  if (!unit || !blank(text, ws[at + marker.length - 1], unit) || caseShape(unit.text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(unit.text)) return undefined;
  return { title: n, marker: marker.length };
}
