/**
 * The draft's one person-name detector: a surname of dictionaries/surnames.json (or an unlisted
 * one before "Văn" / "Thị") and its given syllables; a lowercase surname only right after
 * "ông / bà / đồng chí …" or a title, with a capitalised syllable after it. In a long run of
 * capitalised words the name is the run's tail ("Tỉnh ủy Hà Tĩnh Nguyễn Văn An"). In an introduced
 * name, a lowercase middle syllable between capitalised ones ("đồng chí Phạm minh Tuấn") and a
 * lowercase last one where the sentence clearly goes on ("ông Trần Quốc vượng cho hay") are its. Computed once
 * per draft and shared: person-name-case checks the names' casing, common-noun-case and
 * tone-mark-style leave them alone, and the officials detector (structure/people.ts) reads the
 * `formal` ones for their titles.
 */
import type { Draft, Paragraph, Span, Word } from './draft.js';
import { ParagraphMemo } from './paragraph-memo.js';
import { caseShape, isLevelWord, syllableKey, wordKey } from './casing.js';
import { isPenNameSlipShape } from './pen-name-shape.js';
import { lexiconSalt, matchTitles } from './lexicon.js';
import { COMPOUND_HEADS, INTRODUCERS, MIDDLE, SURNAME } from './surnames.js';
import { commonWordPair, countsOf, lowercaseOnlyInWords, lowercaseWord, neverSeenCapitalised, usuallyLowercase } from './capital-evidence.js';
import { functionAt, typeWordAt } from './lexicon/grammar.js';
import { isGeneralPair } from './spell/general-words.js';
import { isGeneralPerson } from './spell/general-nouns.js';
import { isEverydayPair } from './spell/everyday-words.js';
import { lookupKey, wordLookupKey } from './spell/syllable.js';
import { WordMemo } from './bounded-cache.js';
import { SpanIndex } from './sorted.js';
import markers from '../../../dictionaries/generic-markers.json';
import commonNouns from '../../../dictionaries/common-nouns.json';
import { lazyRegExp } from './lazy-regexp.js';

/**
 * A Vietnamese syllable: onset, one to three vowels, coda. "VĂN" is one, "UBND", "TNCS" are
 * not (abbreviations inside a capitalised run end the name).
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;


/** the shape of a Vietnamese syllable (no dictionary: names may use rare syllables) */
function looksLikeSyllable(s: string): boolean {
  return (shapeOf(s) & SYLLABLE_SHAPED) !== 0;
}

/** A vowel letter, marks aside: what every syllable of a name has, whatever its onset ("Blưn", "Kđăm"). */
function hasVowel(s: string): boolean {
  return (shapeOf(s) & VOWELLED) !== 0;
}

const SYLLABLE_SHAPED = 1;
const VOWELLED = 2;

/**
 * Both facts of a spelling, per spelling: they are asked of nearly every capitalised word and
 * its neighbours, and each answer normalised the word twice (NFD, NFC); a draft says a few
 * thousand different words.
 */
function shapeOf(s: string): number {
  let shape = SHAPES.get(s);
  if (shape === undefined) {
    const folded = foldVowels(s.toLowerCase());
    shape = (SYLLABLE.test(folded) ? SYLLABLE_SHAPED : 0) | (/[aăâeêioôơuưy]/u.test(folded) ? VOWELLED : 0);
    SHAPES.set(s, shape);
  }
  return shape;
}
const SHAPES = new WordMemo<number>('person-names.shapes', () => 8);

/** Tone marks off, vowel letters kept (ă, â, ê, ô, ơ, ư), NFC. */
function foldVowels(s: string): string {
  return s.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
}

export interface PersonName extends Span {
  /** the words of the name, as in the draft */
  words: Word[];
  /** true when "ông / bà / đồng chí …" or a title comes just before the name */
  introduced: boolean;
  /**
   * written as a name in running text: a whole run of capitalised syllables, one space apart
   * (not "NGUYỄN VĂN AN", not the "Hà Tĩnh" before "Nguyễn Văn An")
   */
  formal: boolean;
}

const LETTERS = lazyRegExp(() => /^[\p{L}\p{M}]+/u);

/** The letters a word starts with ("Phúc-" → "Phúc"), or '' when it starts with something else. */
export function lettersOf(w: Word): string {
  // unit by unit for ASCII and the Latin letters Vietnamese uses, without a regex match (hot:
  // every word, several times a check); any other character goes to the regex
  const t = w.text;
  let i = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // the apostrophe after the capital of a Central Highlands name is one of its letters: "H'Hen", "K’Sor"
    if ((c === 0x27 || c === 0x2019) && i === 1 && i + 1 < t.length && isUpperAt(t, 0) && isUpperAt(t, 2)) continue;
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) continue;
      break;
    }
    // letters: Latin-1 À–ÿ (not × ÷), Latin Extended-A and -B, the combining marks,
    // Latin Extended Additional
    if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) continue;
    return LETTERS().exec(t)?.[0] ?? '';
  }
  return i === t.length ? t : t.slice(0, i);
}

function isUpperAt(t: string, i: number): boolean {
  const ch = t[i];
  return ch !== ch.toLowerCase();
}

/** "H'Hen", "K’Sor": a capital, an apostrophe, a capitalised syllable — only names are written so */
const APOSTROPHE_NAME = /^\p{Lu}['’]\p{Lu}\p{Ll}*$/u;

/** Only blanks between two words. */
export function blankBetween(text: string, a: Word, b: Word): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start));
}

/** "sỹ" and "sĩ" are one word in the titles before a name ("Thạc sỹ", "Tiến sỹ", "Bác sỹ"). */
const spellingOf = (k: string): string => (k === 'sỹ' ? 'sĩ' : k);

/** A word's key as the introducers are matched ("Ths." → "ths", "sỹ" → "sĩ"). */
const introducerKey = (w: Word): string => spellingOf(w.text.endsWith('.') ? syllableKey(w.text.slice(0, -1)) : wordKey(w));

/**
 * The introducers by their last syllable, in the list's order: a trigger before word i must end
 * with word i - 1, so only those ending with its key are tried (asked for every surname).
 */
const INTRODUCERS_BY_LAST = new Map<string, string[][]>();
for (const t of INTRODUCERS) {
  const last = t[t.length - 1];
  INTRODUCERS_BY_LAST.set(last, [...(INTRODUCERS_BY_LAST.get(last) ?? []), t]);
}

/** Length (in words) of a trigger ending just before words[i] ("ông", "Thượng tá", "Tiến sĩ"), or 0. */
export function introducerBefore(text: string, words: Word[], i: number): number {
  if (i < 1) return 0;
  const ending = INTRODUCERS_BY_LAST.get(introducerKey(words[i - 1]));
  if (ending === undefined) return 0;
  // loops, not `every` (asked before every capitalised word: a closure each time)
  for (let n = 0; n < ending.length; n++) {
    const t = ending[n];
    const start = i - t.length;
    if (start < 0) continue;
    let all = true;
    for (let j = 0; j < t.length && all; j++) all = introducerKey(words[start + j]) === t[j];
    if (all && blankBetween(text, words[i - 1], words[i])) return t.length;
  }
  return 0;
}

const cache = new WeakMap<Draft, PersonName[]>();

/** A title ends just before words[i]: "Chủ tịch UBND xã Nguyễn Văn An", "Bí thư Huyện ủy Lê Văn Hòa". */
function afterTitle(draft: Draft, ws: Word[], i: number): boolean {
  if (!blankBetween(draft.text, ws[i - 1], ws[i])) return false;
  const ends = titles(draft).ends;
  if (ends.has(ws[i - 1].end)) return true;
  // a level word after the body ("UBND xã") is not part of the title's span, nor is the
  // place it names ("Chủ tịch UBND tỉnh Kiên Giang")
  let k = i - 1;
  while (k > i - 4 && k > 1 && caseShape(ws[k].text) === 'cap' && blankBetween(draft.text, ws[k - 1], ws[k])) k--;
  return k > 0 && isLevelWord(ws[k].text) && blankBetween(draft.text, ws[k - 1], ws[k]) && ends.has(ws[k - 1].end);
}

const titleCache = new WeakMap<Draft, { starts: Set<number>; ends: Set<number> }>();

/** Where the titles of the lexicon ("Chủ tịch UBND xã", "Bí thư Huyện ủy") start and end. */
function titles(draft: Draft): { starts: Set<number>; ends: Set<number> } {
  let t = titleCache.get(draft);
  if (!t) {
    const ms = matchTitles(draft);
    titleCache.set(draft, (t = { starts: new Set(ms.map((m) => m.start)), ends: new Set(ms.map((m) => m.end)) }));
  }
  return t;
}

/**
 * How a name is written in running text: every syllable capitalised ("Nguyễn Văn An", a Central
 * Highlands "H'Mlai" too). Tested on the NFC letters of a word.
 */
const CAPITALISED = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}*$/u;

/** The letters of the word ("An-" → "An") are capitalised. */
function capitalised(w: Word): boolean {
  // a word starting with a small ASCII letter is not (most words)
  const c = w.text.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return false;
  const l = lettersOf(w);
  // most words are lower case (hot: every word of the draft)
  return l !== l.toLowerCase() && CAPITALISED.test(l.normalize('NFC'));
}

/**
 * The end of the run of capitalised words from each word: words one space apart, each written in
 * letters only (a word glued to a dash or a bracket ends the run). "Hà Tĩnh Nguyễn Văn An" is
 * one run; so is "Nguyễn văn An", a middle name typed in lower case.
 */
function runEnds(text: string, ws: Word[]): number[] {
  // from the right, once per sentence: a run of a thousand capitals ("A A A …") is read in one
  // pass, not once from each of its words
  const ends = new Array<number>(ws.length);
  for (let i = ws.length - 1; i >= 0; i--) {
    const j = i + 1;
    const joins = j < ws.length && text.slice(ws[i].end, ws[j].start) === ' ' && lettersOf(ws[i]) === ws[i].text && (capitalised(ws[j]) || lowerMiddle(text, ws, j));
    ends[i] = joins ? ends[j] : j;
  }
  return ends;
}

/**
 * "văn" in "Nguyễn văn An": a middle name in lower case between a surname and a capitalised word;
 * after "ông / bà / đồng chí …" the syllable before it is a surname even when the dictionary lacks
 * it ("ông Lữ văn Tâm"), and so is a capitalised syllable that makes no word with it and is no
 * word drafts write lowercase ("Xa thị Hương - Trung tâm …" in a byline; "Đô thị Hà Nội",
 * "Công văn Sở", "giáo viên Ngữ văn Trường …" are words, of the genre's or the general list).
 */
function lowerMiddle(text: string, ws: Word[], j: number): boolean {
  const next = ws[j + 1];
  if (!MIDDLE.has(wordKey(ws[j])) || caseShape(ws[j].text) !== 'lower' || next === undefined || text.slice(ws[j].end, next.start) !== ' ' || !capitalised(next)) return false;
  const before = ws[j - 1];
  return SURNAME.has(wordKey(before)) || introducerBefore(text, ws, j - 1) > 0 || unlistedSurname(before, ws[j]);
}

/** A capitalised syllable before a lowercase "văn"/"thị" that can only be a surname the dictionary lacks. */
function unlistedSurname(w: Word, middle: Word): boolean {
  return caseShape(w.text) === 'cap' && looksLikeSyllable(w.text) && !usuallyLowercase(wordKey(w)) && !lowercaseWord(wordKey(w), wordKey(middle)) && !makesWord(w.text, middle.text);
}

/**
 * True when two syllables, as written, make a word of the genre's or of the general list ("đồng
 * chí", "lao động"), not two words of a name: with a "văn"/"thị" after it ("Đô thị", "Công văn",
 * "Ngữ văn") a syllable is no surname before a middle name, which person-name-case and the byline
 * read by it.
 */
export function makesWord(a: string, b: string): boolean {
  return commonWordPair(a, b) || isGeneralPair(lookupKey(a), lookupKey(b));
}

/**
 * A lower-case word that can only be the given name the writer forgot to capitalise: it follows
 * a capitalised "Văn"/"Thị" (which never ends a name) and a separator follows it ("Lê Văn sơn,
 * Phó Chủ tịch …", "Lê Thị hoa - …", "Lê Văn sơn; …"), not a colon ("Lê Văn nói: …").
 */
function endsGivenName(text: string, name: Word[], w: Word): boolean {
  const before = name[name.length - 1];
  return name.length >= 2 && MIDDLE.has(wordKey(before)) && caseShape(before.text) === 'cap' && /^\s*(?:[,(;]|[–—-]\s)/u.test(text.slice(w.end, w.end + 3));
}

/**
 * A lowercase syllable that can be a given name typed without its capital: a syllable shape,
 * no function word, no common word with the name's syllable before it, and no word drafts write
 * lowercase nearly always ("nhận", "nói") — unless a separator and a title follow it after a
 * name of two syllables (`titled`): "ông Trần Quang đạt, Giám đốc …" has its given name there,
 * however often "đạt" is a verb.
 */
function lowerGivenName(keys: string[], ws: Word[], j: number, titled = false): boolean {
  const l = ws[j].text;
  return looksLikeSyllable(l) && !functionAt(keys, j) && (titled || !usuallyLowercase(keys[j])) && !lowercaseWord(keys[j - 1], keys[j]) && !commonWordPair(ws[j - 1].text, l);
}

/**
 * After an introduced name of two or more capitalised syllables, the lowercase word at j closes
 * it as its given name when the sentence clearly goes on after it ("ông Trần Quốc vượng cho
 * hay …", "ông Nguyễn Hoàng phúc, Chủ tịch …"): a separator and a title, a function word, or a
 * common word of two syllables that it is no part of.
 */
function closesName(draft: Draft, ws: Word[], keys: string[], j: number, nameLength: number): boolean {
  const text = draft.text;
  const next = ws[j + 1];
  if (!next) return lowerGivenName(keys, ws, j) && /^\s*[.!?;…]?\s*$/u.test(text.slice(ws[j].end, ws[j].end + 2));
  const gap = text.slice(ws[j].end, next.start);
  // (a name of three capitalised syllables is whole: "ông Trần Văn Bình nói, Chủ tịch …" goes on)
  if (/^\s*(?:[,(]|[–—-]\s)\s*$/u.test(gap)) return titles(draft).starts.has(next.start) && lowerGivenName(keys, ws, j, nameLength === 2);
  // …and without a title after it, a verb goes on there: "Ông Huỳnh Văn Tý nhắc các tổ trưởng …"
  if (nameLength > 2 || !lowerGivenName(keys, ws, j)) return false;
  // (without a title after it, only a syllable drafts capitalise at least as often as not: "nguyên là" is "former";
  // or one whose lowercase sightings are nearly all inside words with a neighbour, standing alone
  // with no evidence of its own: "đức" is lowercase in "đạo đức", "ông Trần Minh đức cho biết")
  const c = countsOf(keys[j]);
  if (!blankBetween(text, ws[j], next) || commonWordPair(ws[j].text, next.text) || (c && c[1] < c[0] && !lowercaseOnlyInWords(keys[j]))) return false;
  const after = ws[j + 2];
  return functionAt(keys, j + 1) || (!!after && blankBetween(text, next, after) && caseShape(next.text) === 'lower' && caseShape(after.text) === 'lower' && commonWordPair(next.text, after.text));
}

/**
 * Without "ông / đồng chí …" before it, the lowercase syllable at j right after a surname that is
 * no everyday word ("kiểm sát viên Trần minh Luân") is a middle name typed small when a
 * capitalised syllable closes the name right after it, the syllable is one drafts capitalise at
 * least as often as not (a name's: "minh", "thanh"; not "nói", "cho") and it makes no word with
 * the syllable after it.
 */
function slipAfterSurname(ws: Word[], i: number, j: number, common: boolean): boolean {
  if (common || j !== i + 1 || caseShape(ws[i].text) !== 'cap') return false;
  const c = countsOf(wordKey(ws[j]));
  const next = ws[j + 1];
  const after = ws[j + 2];
  return !!c && c[1] >= c[0] && !!next && !commonWordPair(ws[j].text, next.text) && !(after && /^\p{Lu}/u.test(after.text));
}

/** a letter or mark only Vietnamese spelling has (ă, â, ê, ô, ơ, ư, đ, the tones) */
const VIETNAMESE_MARK = /[\u0300-\u036f]|đ|Đ/u;

/** the words of one syllable before a people's name ("người", "tiếng": common-nouns.json ethnicGroups openers) */
const ETHNIC_OPENERS = new Set(commonNouns.ethnicGroups.openers.filter((o) => !o.includes(' ')).map(syllableKey));
/** the first syllables of countries' names ("Nhật", "Hàn": common-nouns.json evidence.countries) */
const COUNTRY_STARTS = new Set(commonNouns.evidence.countries.map((c) => syllableKey(c.split(' ')[0])));
/** the ethnic groups' names of one syllable ("Chăm", "Thái", "Mông": common-nouns.json ethnicGroups) */
const ONE_SYLLABLE_GROUPS = new Set(commonNouns.ethnicGroups.names.filter((n) => !/[\s-]/u.test(n.trim())).map(syllableKey));

/** words opening Central Highlands place names ("Chư Păh", "Plei Kần": generic-markers.json highlandPlacePrefixes) */
const PLACE_PREFIXES = new Set(markers.highlandPlacePrefixes.words.map(syllableKey));

/**
 * "già làng bhling Mia", "ông alăng Đức": right after "ông / già làng …", a lowercase word that is
 * no Vietnamese syllable (a cluster of the Central Highlands' and the mountains' languages) but has
 * a vowel, a capitalised syllable after it, is a surname typed small: Vietnamese words, which could
 * go on the sentence there, are syllables.
 */
function foreignSurnameAfterIntroducer(text: string, ws: Word[], i: number): boolean {
  const w = ws[i];
  const next = ws[i + 1];
  // (the capital after it first: most lowercase words go on with another, one question settles them)
  if (!next || caseShape(next.text) !== 'cap' || caseShape(w.text) !== 'lower' || lettersOf(w) !== w.text || looksLikeSyllable(w.text) || !hasVowel(w.text)) return false;
  // (a Vietnamese letter or mark, or two consonants opening it that no Vietnamese onset is, as
  // such names have, "alăng", "bhling": an English word has neither, "ông email Nam")
  const marked = VIETNAMESE_MARK.test(w.text.normalize('NFD'));
  const cluster = /^[bcdfghjklmnpqrstvwxz]{2}/u.test(w.text) && !/^(?:ch|gh|kh|ng|nh|ph|th|tr)/u.test(w.text);
  if (!marked && !cluster) return false;
  // (a word that opens a place's name is none: "già làng plei Kơ Tu" names the village after the
  // role, "plei" being the Jrai word for one; generic-markers.json highlandPlacePrefixes)
  if (PLACE_PREFIXES.has(syllableKey(w.text))) return false;
  return i > 0 && blankBetween(text, w, next) && lettersOf(next) === next.text && caseShape(next.text) === 'cap' && introducerBefore(text, ws, i) > 0;
}

/**
 * "Anh Cil ha Kriêng": right after "ông / anh / già làng …", a capitalised word that is no
 * Vietnamese syllable ("Cil", "Kpă") opens a person's name the surname list lacks: only a name is
 * written so there.
 */
function foreignCapitalAfterIntroducer(text: string, ws: Word[], i: number): boolean {
  const w = ws[i];
  const next = ws[i + 1];
  if (i === 0 || !next || caseShape(w.text) !== 'cap' || lettersOf(w) !== w.text || looksLikeSyllable(w.text) || !hasVowel(w.text) || !blankBetween(text, w, next)) return false;
  // (a name of Vietnam's peoples: a Vietnamese letter or mark in it or in the two words after it,
  // "Cil ha Kriêng"; a European or Korean name has none, "ông Park Soo", "bà Anne de Vries")
  // (the name's words: the capitalised ones after it, a lowercase one between two of them)
  const third = ws[i + 2];
  const on = !!third && blankBetween(text, next, third) && caseShape(third.text) === 'cap';
  const run = caseShape(next.text) === 'cap' ? [w, next, ...(on ? [third] : [])] : on ? [w, next, third] : [w];
  return run.some((x) => VIETNAMESE_MARK.test(x.text.normalize('NFD'))) && introducerBefore(text, ws, i) > 0;
}

/**
 * The lowercase syllable at j sits inside a minority name: the name's syllable before it and the
 * capitalised word after it are no Vietnamese syllables ("Cil ha Kriêng"), so it is the name's
 * own syllable typed small, however often drafts write it lowercase elsewhere ("ha" of hectares);
 * a function word there ends the name ("Kpă và Ksor").
 */
function betweenForeignSyllables(text: string, ws: Word[], j: number, before: Word): boolean {
  const w = ws[j];
  const next = ws[j + 1];
  if (!next || !blankBetween(text, w, next) || lettersOf(next) !== next.text || caseShape(next.text) !== 'cap') return false;
  if (looksLikeSyllable(lettersOf(before)) || looksLikeSyllable(next.text) || !hasVowel(next.text)) return false;
  // (… of Vietnam's peoples, a Vietnamese letter or mark on one side: “Anne de Vries” is none)
  if (!VIETNAMESE_MARK.test(`${before.text}${next.text}`.normalize('NFD'))) return false;
  return looksLikeSyllable(w.text) && !functionAt(keysOfSentence(ws), j);
}

/**
 * The lowercase word at j, right after a surname that is the first of two syllables (surnames.json
 * compoundHead: "Rơ") opening an introduced name, is the surname's second syllable typed small
 * when a minority given name follows it: an
 * apostrophe name or a capitalised syllable no Vietnamese one is shaped like ("chị Rơ châm
 * H'Luyên", "bà Rơ mah Blơi": Gia Rai surnames of two syllables). Letters only, a vowel, no
 * function word nor a word drafts write lowercase; a Vietnamese given name after it says nothing
 * ("ông Lò thăm Hà Nội").
 */
function surnameSecondTypedSmall(text: string, ws: Word[], j: number, name: Word[]): boolean {
  const w = ws[j];
  const next = ws[j + 1];
  if (name.length !== 1 || caseShape(name[0].text) !== 'cap' || !COMPOUND_HEADS.has(wordKey(name[0]))) return false;
  // (nor a word drafts write lowercase, a verb: "chị Siu nói H'Mai …")
  if (lettersOf(w) !== w.text || !/^\p{Ll}+$/u.test(w.text.normalize('NFC')) || !hasVowel(w.text) || functionAt(keysOfSentence(ws), j) || usuallyLowercase(wordKey(w))) return false;
  if (!next || !blankBetween(text, w, next)) return false;
  return APOSTROPHE_NAME.test(next.text) || (lettersOf(next) === next.text && caseShape(next.text) === 'cap' && !looksLikeSyllable(next.text) && hasVowel(next.text));
}

/**
 * The lowercase word at j right after a listed surname and a capitalised "Văn"/"Thị" is the given
 * name typed small ("Đinh Thị thu Hà", "Lê Thị mai và …") when a capitalised syllable or a function
 * word follows it: the middle name then goes on to it. Not a function word, a word drafts write
 * lowercase nearly always (a verb: "Đỗ Văn nói"), nor one that makes a word with the middle name
 * ("Văn hóa", "Thị trấn").
 */
function givenAfterMiddle(text: string, ws: Word[], keys: string[], name: Word[], j: number): boolean {
  if (name.length !== 2 || caseShape(name[0].text) !== 'cap' || !SURNAME.has(wordKey(name[0])) || caseShape(name[1].text) !== 'cap' || !MIDDLE.has(wordKey(name[1]))) return false;
  const w = ws[j];
  if (w.text !== lettersOf(w) || caseShape(w.text) !== 'lower' || !looksLikeSyllable(w.text) || functionAt(keys, j)) return false;
  if (lowercaseWord(keys[j - 1], keys[j]) || makesWord(name[1].text, w.text) || usuallyLowercase(keys[j])) return false;
  // ("Văn" may be a given name itself, "ông Đỗ Văn nói: …", "ông Đỗ Văn lợi phát biểu": the name is
  // sure to go on only when a capitalised syllable follows, or a function word closes the syllable)
  const next = ws[j + 1];
  if (!next || !blankBetween(text, w, next)) return false;
  // (one capitalised syllable closes the name: "thu Hà chủ trì"; a longer run after it is a place's
  // or a body's name the sentence goes on to, "ông Lê Văn thăm Hà Giang")
  const after = ws[j + 2];
  if (caseShape(next.text) === 'cap') return lettersOf(next) === next.text && !(after && blankBetween(text, next, after) && /^\p{Lu}/u.test(after.text));
  return caseShape(next.text) === 'lower' && functionAt(keys, j + 1);
}

/**
 * The lowercase word w after an introduced name's capitalised words is a syllable of a Central
 * Highlands name typed small ("ông Y Bih êban", "bà H'Zen mlô được …", "chị H'Lim knul đạt …"): no
 * Vietnamese syllable is shaped like it (a cluster, a coda Vietnamese lacks), it has a vowel and
 * letters only, and either a Vietnamese letter or mark says it is no foreign word ("êban", "mlô")
 * or the name before it is a minority name already (an apostrophe, a syllable no Vietnamese one
 * is shaped like: "H'Lim", "Bih"); "anh Nguyễn Văn An email …" stays a sentence going on.
 */
function foreignSyllable(w: Word, name: Word[]): boolean {
  const l = w.text;
  if (lettersOf(w) !== l || !/^\p{Ll}+$/u.test(l.normalize('NFC')) || looksLikeSyllable(l) || !hasVowel(l)) return false;
  if (!name.every((x) => caseShape(x.text) === 'cap' || APOSTROPHE_NAME.test(x.text))) return false;
  return VIETNAMESE_MARK.test(l.normalize('NFD')) || name.some((x) => APOSTROPHE_NAME.test(x.text) || (caseShape(x.text) === 'cap' && !looksLikeSyllable(x.text) && hasVowel(x.text)));
}

/** A surname of the dictionary, or an unlisted one before "Văn" / "Thị" in a run of three or four ("Lô Văn Thắm"). */
function startsName(ws: Word[], k: number, j: number): boolean {
  return SURNAME.has(syllableKey(lettersOf(ws[k]))) || (j - k >= 3 && j - k <= 4 && MIDDLE.has(syllableKey(lettersOf(ws[k + 1]))));
}

/**
 * Where the name starts in a run of capitalised words [i, j) of five or more: a place or a body
 * comes before the name ("Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Văn An"), so the name is the run's tail
 * of two to four syllables from a surname, else its last five ("Y Thanh Hà Niê Kđăm"), else none.
 */
function tailStart(ws: Word[], i: number, j: number): number {
  for (let k = Math.max(i, j - 4); k < j; k++) if (j - k >= 2 && startsName(ws, k, j)) return k;
  return j - 5 >= i && startsName(ws, j - 5, j) ? j - 5 : -1;
}

/**
 * The end of a name typed in lower case at word i (its surname may have its capital), or 0: a surname, "văn"/"thị" (or
 * another middle name) and one or two given names, then a separator and a title ("lê thị mai,
 * Chủ tịch UBND huyện"). Asked only after "ông / đồng chí …" or a title: with both ends
 * marked, the words between can be nothing but a name.
 */
function lowercaseNameEnd(draft: Draft, ws: Word[], i: number): number {
  const text = draft.text;
  const middle = ws[i + 1];
  if (!middle || !MIDDLE.has(wordKey(middle))) return 0;
  for (let j = i + 3; j <= i + 4 && j < ws.length; j++) {
    const name = ws.slice(i, j);
    if (!name.every((w, n) => (caseShape(w.text) === 'lower' || (n === 0 && caseShape(w.text) === 'cap')) && looksLikeSyllable(w.text) && (n === 0 || blankBetween(text, name[n - 1], w)))) return 0;
    if (/^\s*[,\-–—]\s*$/u.test(text.slice(name[name.length - 1].end, ws[j].start)) && titles(draft).starts.has(ws[j].start)) return j;
  }
  return 0;
}

/**
 * The words i..k, two capitalised ends, hold a lowercase syllable and each of them lies between
 * two capitalised ones ("Ly | cố | Xá", "Y | bhin | Niê") that make no common word with it after
 * it: the middle of a name of Vietnam's peoples typed small.
 */
function innerTypedSmall(ws: Word[], i: number, k: number): boolean {
  if (k - i < 2) return false;
  const shapes = ws.slice(i, k + 1).map((x) => caseShape(x.text));
  if (shapes[0] !== 'cap' || shapes[shapes.length - 1] !== 'cap') return false;
  // (a name of Vietnam's peoples: a Vietnamese letter or mark in it; "Anne de Vries" has none)
  if (!VIETNAMESE_MARK.test(ws.slice(i, k + 1).map((x) => x.text).join('').normalize('NFD'))) return false;
  let lower = 0;
  for (let n = 1; n < shapes.length - 1; n++) {
    if (shapes[n] !== 'lower') continue;
    if (shapes[n - 1] === 'lower' || shapes[n + 1] === 'lower' || commonWordPair(ws[i + n].text, ws[i + n + 1].text)) return false;
    lower++;
  }
  return lower > 0;
}

/**
 * The end of a name with a syllable typed in lower case or a surname the list lacks, held between
 * "ông / bà / đồng chí …" and a separator before a title ("bà H'Nhi niê, Phó Chủ tịch …", "đồng chí
 * Sùng a Pao, Bí thư …", "ông chau Sóc Ra, Phó Chủ tịch …", "bà Ka Hiền, Phó Giám đốc …"), or 0. With both ends marked, two to four syllables between
 * them, one capitalised at least, can be nothing but a name, whatever its surname; a lowercase
 * one must be no function word and make no everyday word with its neighbours ("ông Hùng nhấn
 * mạnh, Phó Chủ tịch …" is a sentence going on), and the first no title ("đồng chí Bí thư …").
 */
function boundedNameEnd(draft: Draft, ws: Word[], keys: string[], i: number): number {
  const text = draft.text;
  if (titles(draft).starts.has(ws[i].start)) return 0;
  // (with nothing introducing it, a surname typed small before capitalised given names and ", <title>": "Cựu chiến binh điểu Lới, Chủ tịch Hội …")
  if (introducerBefore(text, ws, i) === 0) return smallSurnameBeforeTitle(draft, ws, keys, i);
  for (let k = i; k < i + 4 && k + 1 < ws.length; k++) {
    const w = ws[k];
    if (lettersOf(w) !== w.text || !hasVowel(w.text) || !blankBetween(text, ws[k - 1], w)) return 0;
    if (caseShape(w.text) === 'lower') {
      const next = ws[k + 1];
      const inner = k > i && caseShape(ws[k - 1].text) !== 'lower' && blankBetween(text, w, next) && caseShape(next.text) === 'cap';
      // (a surname may be no Vietnamese syllable: the Cơ Tu "Alăng", "Bhriu"; nor a syllable
      // between two capitalised ones: the Ê Đê "Y blim Niê")
      if ((k > i && !inner && !looksLikeSyllable(w.text)) || functionAt(keys, k)) return 0;
      // a verb ("nói", "lưu ý") tells the sentence goes on; "văn", "thị", the H'Mông "a" are names'
      // own, and so is any syllable between two capitalised ones ("Tạ Thị thanh Hà")
      if (!MIDDLE.has(keys[k]) && !inner && usuallyLowercase(keys[k])) return 0;
      // nor a word with the word before it, the introducer included ("bà con Khmer")
      const prev = ws[k - 1];
      if (commonWordPair(prev.text, w.text) || lowercaseWord(keys[k - 1], keys[k])) return 0;
      // (after "ông / già làng …" a capital letter alone opens nothing but a name: "A", "Y", the
      // prefix of many Ba Na, Xơ Đăng, Mông and Ê Đê names; the syllable after it, passed above, is
      // its given name typed small when the sentence goes on after it — a mark, a function word or
      // a common word of two syllables: "ông A hiên, thôn …", "Ông A hiên đề nghị …")
      if (k === i + 1 && /^\p{Lu}$/u.test(ws[i].text) && sentenceGoesOn(text, ws, keys, k)) return k + 1;
    } else if (caseShape(w.text) !== 'cap' && !APOSTROPHE_NAME.test(w.text)) return 0;
    if (k === i || !/^\s*(?:[,(]|[–—-]\s)\s*$/u.test(text.slice(w.end, ws[k + 1].start))) continue;
    const shapes = ws.slice(i, k + 1).map((x) => caseShape(x.text));
    if (!titles(draft).starts.has(ws[k + 1].start)) {
      // without a title after it, only a surname typed small before given names all capitalised,
      // or a syllable typed small between two capitalised ones, the name opening and ending with a
      // capital: "Ông Ly cố Xá, người có uy tín …", "bà Thạch thị Sa Ri, giáo viên …" (the lowercase
      // one is no function word and makes no word with the syllable before it, read above, nor
      // with the one after it)
      if (smallSurnameBeforeGiven(text, ws, keys, i, k) || innerTypedSmall(ws, i, k)) return k + 1;
      continue;
    }
    // (all capitalised, the name has a surname the list lacks, "bà Ka Hiền, Phó Giám đốc …": the
    // first reading found those it knows)
    return shapes.some((sh) => sh !== 'lower') ? k + 1 : 0;
  }
  return 0;
}

/** After word k the sentence goes on: a mark, a function word, or two lowercase syllables that make a common word ("đề nghị"). */
function sentenceGoesOn(text: string, ws: Word[], keys: string[], k: number): boolean {
  const next = ws[k + 1];
  if (!next) return true;
  if (!blankBetween(text, ws[k], next)) return /^\s*(?:[,(;:.]|[–—-]\s)/u.test(text.slice(ws[k].end, next.start));
  if (caseShape(next.text) !== 'lower') return false;
  const after = ws[k + 2];
  return functionAt(keys, k + 1) || (!!after && blankBetween(text, next, after) && caseShape(after.text) === 'lower' && commonWordPair(next.text, after.text) && !commonWordPair(ws[k].text, next.text));
}

/**
 * "Ông điểu Phon, …", "Chị liêng Jrang K'Duyên, ở thôn …": after "ông / chị …", a lowercase
 * syllable and one to three given names all capitalised, closed by a separator, are a name whose
 * surname lost its capital (a minority surname the list lacks, often): the capitals after it say
 * a name is there, and a word the sentence could go on with ("ông về Đà Lạt", "bà con Khmer", "anh
 * hùng Núp", "thôn Đạ Nghịt") is a function word, a word drafts write lowercase, a word with its
 * neighbour, a level word, a type word or a word drafts write and never capitalise. Words [i, k] are the name.
 */
function smallSurnameBeforeGiven(text: string, ws: Word[], keys: string[], i: number, k: number): boolean {
  const w = ws[i];
  if (k - i > 3 || caseShape(w.text) !== 'lower' || !looksLikeSyllable(w.text)) return false;
  for (let n = i + 1; n <= k; n++) if (caseShape(ws[n].text) !== 'cap' && !APOSTROPHE_NAME.test(ws[n].text)) return false;
  // (nor a thing of a people, one syllable of its name after the word: "nghệ nhân gốm Chăm, …", "váy Mông")
  if (k === i + 1 && ONE_SYLLABLE_GROUPS.has(keys[k])) return false;
  // (a surname that is an everyday word, "đoàn", "lê", needs two given names: paragraphNames reads it; a type word opens a body, "đoàn Bình Định")
  // (nor a word before a people's name: "chị em người Tày, Dao", "tiếng Mông")
  if (SURNAME.get(keys[i])?.common || typeWordAt(keys, i) > 0 || ETHNIC_OPENERS.has(keys[i])) return false;
  // (nor the second syllable of a word, an introducer's included: "đồng chí | Đào Văn Tâm", "Lao động | Việt Nam")
  const prev = ws[i - 1];
  if (introducerBefore(text, ws, i + 1) > 0 || (prev && (makesWord(prev.text, w.text) || lowercaseWord(keys[i - 1], keys[i])))) return false;
  return !isLevelWord(w.text) && !PLACE_PREFIXES.has(keys[i]) && !neverSeenCapitalised(keys[i]) && !makesWord(w.text, ws[i + 1].text) && !lowercaseWord(keys[i], keys[i + 1]);
}

/** The end of the name at i when smallSurnameBeforeGiven reads one there closed by a separator and a title, or 0. */
function smallSurnameBeforeTitle(draft: Draft, ws: Word[], keys: string[], i: number): number {
  const text = draft.text;
  // (asked at every word with nothing introducing it: the shape first, a lowercase word and a capital after it)
  if (caseShape(ws[i].text) !== 'lower' || !ws[i + 1] || caseShape(ws[i + 1].text) !== 'cap') return 0;
  for (let k = i + 1; k <= i + 3 && k + 1 < ws.length; k++) {
    if (!blankBetween(text, ws[k - 1], ws[k])) return 0;
    if (!/^\s*(?:[,(]|[–—-]\s)\s*$/u.test(text.slice(ws[k].end, ws[k + 1].start))) continue;
    return titles(draft).starts.has(ws[k + 1].start) && smallSurnameBeforeGiven(text, ws, keys, i, k) ? k + 1 : 0;
  }
  return 0;
}

/**
 * True when the name read at i is a listed surname that is also an everyday word, typed small
 * right after "ông / anh …" (`introduced`), and one capitalised given name: the two make no word
 * (general or genre's, nor one drafts write lowercase) and the given name is no ethnic group's
 * one-syllable name, no surname of the list's everyday words and no level or type word.
 */
function oneGivenNameTypedAfter(ws: Word[], i: number, name: Word[], introduced: boolean): boolean {
  if (!introduced || name.length !== 2 || lettersOf(name[1]) !== name[1].text || caseShape(name[1].text) !== 'cap') return false;
  const keys = keysOfSentence(ws);
  const [a, b] = [keys[i], keys[i + 1]];
  if (makesWord(ws[i].text, name[1].text) || lowercaseWord(a, b) || ONE_SYLLABLE_GROUPS.has(b) || SURNAME.get(b)?.common) return false;
  // (nor a word drafts write with the introducer: "Anh danh Hoà" is a name, "anh danh" no word
  // drafts use; one of the general dictionary before a country, "hoa anh đào Nhật", the caller's
  // wordBeforeCountry skips)
  const before = i > 0 ? ws[i - 1].text : '';
  if (before && (commonWordPair(before, ws[i].text) || isEverydayPair(lookupKey(before), wordLookupKey(ws[i])))) return false;
  return !isLevelWord(name[1].text) && typeWordAt(keys, i + 1) === 0 && !PLACE_PREFIXES.has(b);
}

/**
 * True when the lowercase syllable read as a surname at i makes a word of the general dictionary
 * with the introducer before it and a country's name follows: "hoa anh đào Nhật Bản", "anh đào
 * Hàn Quốc" are flowers of that country, whatever the length of its name.
 */
function wordBeforeCountry(ws: Word[], i: number): boolean {
  const before = ws[i - 1];
  const after = ws[i + 1];
  return !!before && !!after && caseShape(ws[i].text) === 'lower' && isGeneralPair(wordLookupKey(before), wordLookupKey(ws[i])) && COUNTRY_STARTS.has(wordKey(after));
}

/**
 * "chị vừ Thị Mai", "anh lò Văn Pọm": a lowercase syllable between "ông / chị …" and a
 * capitalised "Văn"/"Thị" with a capitalised given name after it is a surname typed small, one
 * the surname list may lack (Mông, Thái, Dao surnames are many): no function word, no word
 * mostly written lowercase, no everyday word with the introducer ("chị em", "bà con").
 */
function surnameBeforeMiddle(text: string, ws: Word[], i: number): boolean {
  const w = ws[i];
  const middle = ws[i + 1];
  const given = ws[i + 2];
  // (asked at nearly every lowercase word that is no surname: the rare shape after it first)
  if (!middle || !given || !MIDDLE.has(wordKey(middle)) || caseShape(middle.text) !== 'cap' || caseShape(given.text) !== 'cap') return false;
  if (caseShape(w.text) !== 'lower' || !blankBetween(text, w, middle) || !blankBetween(text, middle, given)) return false;
  if (!looksLikeSyllable(w.text) || introducerBefore(text, ws, i) === 0) return false;
  const keys = keysOfSentence(ws);
  return !functionAt(keys, i) && !usuallyLowercase(keys[i]) && !commonWordPair(ws[i - 1].text, w.text);
}

/**
 * "thí sinh lò Thị Thu", "hội viên sùng Văn Chớ": a listed surname that is also an everyday word
 * ("lò", "vàng", "hà"), typed small with nothing introducing it, before a capitalised "Văn"/"Thị"
 * and a capitalised given name, joined by blanks: those capitals are a name's own, so is the
 * syllable before them — unless it makes a word with the word before it ("bếp lò") or is a
 * function word.
 */
function commonSurnameBeforeMiddle(text: string, ws: Word[], i: number): boolean {
  const w = ws[i];
  const middle = ws[i + 1];
  const given = ws[i + 2];
  if (!middle || !given || !MIDDLE.has(wordKey(middle)) || caseShape(middle.text) !== 'cap' || caseShape(given.text) !== 'cap' || lettersOf(given) !== given.text) return false;
  if (lettersOf(w) !== w.text || !blankBetween(text, w, middle) || !blankBetween(text, middle, given)) return false;
  const keys = keysOfSentence(ws);
  const prev = ws[i - 1];
  const before = ws[i - 2];
  if (!prev || !blankBetween(text, prev, w) || functionAt(keys, i) || commonWordPair(prev.text, w.text) || lowercaseWord(keys[i - 1], keys[i])) return false;
  // (after a noun for a kind of person of the general dictionary, in apposition: "thí sinh",
  // "học viên", "hội viên", "tổ trưởng"; "cùng hoàng Thị Lan" has nothing to say a person is meant)
  const person = (a: string): boolean => isGeneralPerson(a);
  return person(wordLookupKey(prev)) || (!!before && blankBetween(text, before, prev) && person(`${wordLookupKey(before)} ${wordLookupKey(prev)}`));
}

/**
 * "bà thị Xuân nhấn mạnh": a lowercase "thị"/"văn" right after "ông / bà …", a capitalised
 * syllable after it: the first syllable of a name that opens with it, typed small.
 */
function middleOpensName(text: string, ws: Word[], i: number): boolean {
  const w = ws[i];
  const next = ws[i + 1];
  return !!next && MIDDLE.has(wordKey(w)) && w.text === lettersOf(w) && caseShape(w.text) === 'lower' && blankBetween(text, w, next) && caseShape(next.text) === 'cap' && introducerBefore(text, ws, i) > 0;
}

/** The syllable keys of a sentence's words, computed once per word list. */
function keysOfSentence(ws: Word[]): string[] {
  let k = sentenceKeys.get(ws);
  if (!k) sentenceKeys.set(ws, (k = ws.map(wordKey)));
  return k;
}
const sentenceKeys = new WeakMap<Word[], string[]>();

/** Person names of a draft (headline, lead, body, byline), in text order. */
export function personNames(draft: Draft): PersonName[] {
  const hit = cache.get(draft);
  if (hit) return hit;
  const out: PersonName[] = [];
  for (const p of draft.paragraphs) {
    if (p.kind === 'chrome' || p.kind === 'metadata') continue;
    // names are read within a sentence (its words, its gaps, the lexicon's titles in it): a
    // re-check reads the paragraphs it did not edit back
    for (const n of byParagraph.get(draft, p, lexiconSalt(draft, p), () => paragraphNames(draft, p))) out.push(n);
  }
  cache.set(draft, out);
  return out;
}

/** The names of each paragraph (a 100 KB draft's take about 0.16 MB). */
const byParagraph = new ParagraphMemo<PersonName[]>('person-names.paragraphs', 1024 * 1024, { offsets: ['start', 'end'] });

/** The index of the first name of `names` from `from` on that overlaps `w`, or -1. */
function overlapping(names: readonly PersonName[], from: number, w: Word): number {
  for (let k = from; k < names.length; k++) if (names[k].end > w.start && names[k].start < w.end) return k;
  return -1;
}

/** Person names of one paragraph, in text order. */
function paragraphNames(draft: Draft, p: Paragraph): PersonName[] {
  const text = draft.text;
  const out: PersonName[] = [];
  {
    for (const s of p.sentences) {
      const ws = s.words;
      const ends = runEnds(text, ws);
      // this sentence's names come after the earlier sentences' (none can overlap its words):
      // the second reading looks among them only, not through the paragraph's every name for
      // each word (a paragraph that is one 10 MB line was quadratic)
      const ownNames = out.length;
      for (let i = 0; i < ws.length; i++) {
        const first = lettersOf(ws[i]);
        if (!first) continue;
        const run = capitalised(ws[i]) ? ends[i] : i + 1;
        if (run - i >= 5) {
          const k = tailStart(ws, i, run);
          if (k > i) {
            i = k - 1;
            continue;
          }
        }
        let sn = SURNAME.get(first === ws[i].text ? wordKey(ws[i]) : syllableKey(first));
        if (!sn && APOSTROPHE_NAME.test(first)) sn = { common: false };
        if (!sn && run - i >= 3 && run - i <= 4 && startsName(ws, i, run)) sn = { common: false };
        if (!sn && surnameBeforeMiddle(text, ws, i)) sn = { common: false };
        // ("bà thị Xuân": a name opening with "Thị"/"Văn", as many S'tiêng, Khmer and Chơ Ro names
        // do, typed small; read as an everyday surname is: after "ông / bà …" only, and only where
        // it makes no word with the given name, oneGivenNameTypedAfter)
        if (!sn && middleOpensName(text, ws, i)) sn = { common: true };
        if (!sn && (foreignSurnameAfterIntroducer(text, ws, i) || foreignCapitalAfterIntroducer(text, ws, i))) sn = { common: false };
        if (!sn) continue;
        const shape = caseShape(first);
        // (a credit's label introduces the author: "Tin, ảnh: nguyễn Hà")
        const introduced = i > 0 && (introducerBefore(text, ws, i) > 0 || afterTitle(draft, ws, i) || (p.kind === 'byline' && /:\s*$/u.test(text.slice(ws[i - 1].end, ws[i].start))));
        // a surname that is also an everyday word ("lê", "hoàng") is a name's in lowercase only
        // right after "ông / đồng chí …" or a title, with two capitalised given names after it
        // (… or where a capitalised "Văn"/"Thị" and a capitalised given name follow it, which only a
        // name writes so mid-sentence: "trao giải Nhất cho thí sinh lò Thị Thu", "học viên lò Văn Pọm")
        const typedSmall = shape === 'lower' && sn.common && !introduced && commonSurnameBeforeMiddle(text, ws, i);
        if (shape === 'lower' && sn.common && !introduced && !typedSmall) continue;
        // the given names: adjacent single syllables, capitalised, or a lowercase "văn"/"thị"
        // between capitalised ones
        const name: Word[] = [ws[i]];
        let j = i + 1;
        let capitals = 0;
        // "ông Lê Văn sơn, Phó Chủ tịch …": a given name typed in lower case after "Văn"/"Thị" ends an introduced name
        let lowerTail = false;
        // a syllable of a Central Highlands name typed small was read among the given names
        let foreignTail = false;
        while (j < ws.length && name.length < 5 && lettersOf(name[name.length - 1]) === name[name.length - 1].text && blankBetween(text, ws[j - 1], ws[j])) {
          const l = lettersOf(ws[j]);
          if (!l) break;
          // a Central Highlands given name is capitalised after its apostrophe too ("Rmah H’Ngơn", "Ksor H'Lan")
          const sh = APOSTROPHE_NAME.test(l) ? 'cap' : caseShape(l);
          // "UBND", "TNCS" are abbreviations, not given names; "VĂN" in "Phạm VĂN Hùng" is one;
          // a capitalised word with a vowel is one whatever its onset: the names of the Central
          // Highlands have clusters Vietnamese lacks ("Kpă Blưn", "Puih Hlin", "Niê Kđăm")
          // (a minority name's syllable typed small may be no Vietnamese syllable either: foreignSyllable)
          if (sh === 'cap' ? !hasVowel(l) : !looksLikeSyllable(l) && !(introduced && sh === 'lower' && (foreignSyllable(ws[j], name) || surnameSecondTypedSmall(text, ws, j, name)))) break;
          if (sh === 'upper' && name.some((w) => caseShape(lettersOf(w)) === 'cap')) {
            const next = ws[j + 1];
            if (!next || !blankBetween(text, ws[j], next) || caseShape(lettersOf(next)) !== 'cap') break;
          }
          if (sh === 'lower') {
            const next = ws[j + 1];
            // "Văn"/"Thị" typed lowercase, or, in an introduced name, another middle syllable
            // between capitalised ones ("đồng chí Phạm minh Tuấn", "chị Nguyễn Thị hồng Nhung"); one
            // that is a surname too ("hoàng", "lê") only right after "ông / đồng chí …" and its
            // surname, one capitalised syllable closing it ("Đồng chí Võ hoàng Sơn yêu cầu …"): two
            // after it open a name of their own ("… tỉnh Kiên Giang lê Quốc Anh")
            let middle =
              (MIDDLE.has(syllableKey(l)) && next && lettersOf(next) && caseShape(lettersOf(next)) !== 'lower' && blankBetween(text, ws[j], next)) ||
              (introduced && l === ws[j].text && betweenForeignSyllables(text, ws, j, name[name.length - 1])) ||
              (introduced && surnameSecondTypedSmall(text, ws, j, name)) ||
              ((introduced || slipAfterSurname(ws, i, j, sn.common)) && shape === 'cap' && l === ws[j].text && name.length <= 3 && !!next && blankBetween(text, ws[j], next) && lettersOf(next) === next.text && caseShape(next.text) === 'cap' && !SURNAME.has(wordKey(next)) && (!SURNAME.has(syllableKey(l)) || MIDDLE.has(wordKey(name[name.length - 1])) || (name.length === 1 && introducerBefore(text, ws, i) > 0 && !(ws[j + 2] && blankBetween(text, next, ws[j + 2]) && caseShape(ws[j + 2].text) === 'cap'))) && lowerGivenName(keysOfSentence(ws), ws, j));
            // (without an introducer, a surname and a capitalised "Văn"/"Thị" name a person when the
            // syllable after them is a given name's and a separator ends it: "… Sở Nội vụ Lương Văn
            // tuấn; …", where a body's name runs up to the person's)
            lowerTail =
              !middle &&
              shape === 'cap' &&
              l === ws[j].text &&
              ((introduced && (endsGivenName(text, name, ws[j]) || (name.length >= 2 && caseShape(name[name.length - 1].text) === 'cap' && closesName(draft, ws, keysOfSentence(ws), j, name.length)))) ||
                (name.length === 2 && endsGivenName(text, name, ws[j]) && lowerGivenName(keysOfSentence(ws), ws, j)));
            // (after a surname and a capitalised "Văn"/"Thị", the lowercase syllable before a capital
            // or a function word is the given name typed small, "Giám đốc Sở Đinh Thị thu Hà",
            // "Lê Thị mai và …", with or without "ông / bà …" before: givenAfterMiddle)
            if (!middle && !lowerTail && givenAfterMiddle(text, ws, keysOfSentence(ws), name, j)) {
              if (next && blankBetween(text, ws[j], next) && lettersOf(next) === next.text && caseShape(next.text) === 'cap') middle = true;
              else lowerTail = true;
            }
            // (a Central Highlands name's syllable typed small after its capitalised ones, "ông Y Bih
            // êban", "bà H'Zen mlô được …": foreignSyllable; a capital after it goes on with the name)
            if (!middle && !lowerTail && introduced && foreignSyllable(ws[j], name)) {
              if (next && blankBetween(text, ws[j], next) && lettersOf(next) === next.text && caseShape(next.text) === 'cap') middle = true;
              else lowerTail = true;
              foreignTail = true;
            }
            // (a lowercase surname goes on through a lowercase middle name only after "ông /
            // đồng chí …": "đồng chí nguyễn văn An")
            if ((!middle && !lowerTail) || (shape === 'lower' && !(middle && introduced))) break;
          } else capitals++;
          name.push(ws[j]);
          j++;
          if (lowerTail) break;
        }
        if (capitals === 0 && introduced && !foreignTail) {
          // "đồng chí lê thị mai, Chủ tịch …": a whole name in lower case, between its introducer
          // and its title (or all but its surname: "ông Trần văn bình, Chủ tịch …")
          const end = lowercaseNameEnd(draft, ws, i);
          if (end > 0) {
            const words = ws.slice(i, end);
            out.push({ start: words[0].start, end: words[words.length - 1].end, words, introduced, formal: false });
            i = end - 1;
          }
          continue;
        }
        // (one given name is enough after "ông / anh …" when the surname and it make no word and
        // the capital is no people's, country's or place's own: "Ông danh Sóc", "anh đinh Blơng"
        // — the listed surname, the introducer and the capital say a name is there; "bà con
        // Khmer", "ông về Huế" have no surname typed small, "anh hùng Núp" makes a word)
        if ((capitals === 0 && !foreignTail) || (shape === 'lower' && sn.common && capitals < 2 && !oneGivenNameTypedAfter(ws, i, name, introduced))) continue;
        // (… nor a flower or a fruit of a country, a longer country's name after it: "hoa anh đào Nhật Bản")
        if (shape === 'lower' && sn.common && wordBeforeCountry(ws, i)) continue;
        // two syllables that real drafts write as one lowercase word ("Văn Hóa", "Giao Thông")
        // are that word in capitals, not a person, unless something introduces a person there
        if (name.length === 2 && !introduced && lowercaseWord(wordKey(name[0]), wordKey(name[1]))) continue;
        const last = name[name.length - 1];
        // a lowercase surname needs "ông / đồng chí …" before or ", Chủ tịch …" after the name,
        // or, when it is no everyday word, a capitalised "Văn" / "Thị" and a given name after it ("mang tên nguyễn Thị Định")
        const middleAfter = (!sn.common || typedSmall) && name.length >= 3 && MIDDLE.has(wordKey(name[1])) && caseShape(name[1].text) === 'cap';
        if (shape === 'lower' && !introduced && !middleAfter && !(j < ws.length && /^\s*[,\-–—]\s*$/u.test(text.slice(last.end, ws[j].start)) && titles(draft).starts.has(ws[j].start))) continue;
        out.push({ start: name[0].start, end: last.start + lettersOf(last).length, words: name, introduced, formal: (run === j || (lowerTail && run === j - 1)) && capitalised(ws[i]) });
        i = j - 1;
      }
      // a second reading, for the names the first could not start (a surname it does not know) or
      // finish (a lowercase syllable it could not place: "bà Đinh Thị thu Hà, Chủ tịch …" was
      // "Đinh Thị"), between an introducer and a title
      let grown = false;
      for (let i = 1; i < ws.length; i++) {
        const at = overlapping(out, ownNames, ws[i]);
        if (at >= 0 && out[at].start !== ws[i].start) continue;
        const end = boundedNameEnd(draft, ws, keysOfSentence(ws), i);
        if (end === 0 || (at >= 0 && out[at].end >= ws[end - 1].end)) continue;
        const words = ws.slice(i, end);
        // (written as an official's is when every syllable is capitalised: "bà Ka Hiền, Phó Giám đốc …")
        const name = { start: words[0].start, end: words[words.length - 1].end, words, introduced: true, formal: words.every(capitalised) };
        if (at >= 0) out[at] = name;
        else out.push(name);
        grown = true;
        i = end - 1;
      }
      if (grown) out.sort((a, b) => a.start - b.start);
      if (p.kind === 'byline') {
        const before = out.length;
        for (const n of penNames(draft, ws)) if (!out.some((m) => m.start < n.end && n.start < m.end)) out.push(n);
        if (out.length > before) out.sort((a, b) => a.start - b.start);
      }
    }
  }
  return out;
}

/** what parts the authors of a credit ("Hương Giang - Y Sơn", "Thu Hà và Minh Anh", "Tin, ảnh: Thu Hà") */
const CREDIT_GAP = /^[ \t\u00a0]*(?:[-–—&,:][ \t\u00a0]*)+$/u;

/**
 * The pen names of a byline with a syllable typed in lower case: "Hương Giang - Y sơn", "Thanh
 * Thuý - Bảo khánh". A credit names its authors, often without a surname; an item of two or three
 * syllables between its separators (a dash, "&", "và", a comma, a label's colon), the first
 * capitalised, that makes no common word ("Hà thực hiện"), opens no body ("Đài huyện") and holds
 * no level word nor a syllable drafts write lowercase nearly always ("Hà nói"), and opens with no
 * word of a credit's label ("Ảnh minh họa"), is a name whatever its syllables.
 */
function penNames(draft: Draft, ws: Word[]): PersonName[] {
  const text = draft.text;
  const keys = keysOfSentence(ws);
  const out: PersonName[] = [];
  let from = 0;
  for (let k = 1; k <= ws.length; k++) {
    const gap = k < ws.length ? text.slice(ws[k - 1].end, ws[k].start) : '';
    const ends = k === ws.length || CREDIT_GAP.test(gap) || keys[k] === 'và' || keys[k - 1] === 'và';
    if (!ends) {
      if (blankBetween(text, ws[k - 1], ws[k])) continue;
      // a bracket or a mark inside the item: no bare name
      from = -1;
      continue;
    }
    if (from >= 0 && k - from >= 2 && k - from <= 3 && keys[from] !== 'và') {
      const item = ws.slice(from, k);
      if (isPenNameSlip(keys, ws, from, k)) out.push({ start: item[0].start, end: item[item.length - 1].end, words: item, introduced: false, formal: false });
    }
    from = k;
    // (the word after a lone "và" opens the next item; so does the one after a separator)
  }
  return out;
}

function isPenNameSlip(keys: string[], ws: Word[], from: number, to: number): boolean {
  const item = ws.slice(from, to);
  if (typeWordAt(keys, from) > 0) return false;
  // (a syllable drafts write lowercase nearly always is a word's, not a name's: "Ảnh minh họa")
  return isPenNameSlipShape(
    item.map((w) => w.text),
    (k) => looksLikeSyllable(item[k].text) && !functionAt(keys, from + k) && !isLevelWord(item[k].text) && !usuallyLowercase(keys[from + k]),
  );
}

/** True when [start, end) lies inside a person name of the draft. */
export function inPersonName(draft: Draft, start: number, end = start): boolean {
  const names = personNames(draft);
  let index = nameIndex.get(names);
  if (!index) nameIndex.set(names, (index = new SpanIndex(names)));
  return index.containing(start, end).length > 0;
}
/** the names of a draft, searchable by position: asked for every word, a scan of them all is quadratic on a long draft */
const nameIndex = new WeakMap<readonly PersonName[], SpanIndex<PersonName>>();
