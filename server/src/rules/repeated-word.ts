/**
 * repeated-word (NORM-03): the same word twice in a row ("trao chứng chứng nhận"), or the same
 * two-word phrase twice ("tập huấn tập huấn"). Vietnamese doubles some words on purpose
 * ("dần dần", "người người"): those are in dictionaries/reduplication.json. A syllable two
 * words share is no repetition ("hành vi vi phạm"): the genre's pair figures say so.
 */
import reduplication from '../../../dictionaries/reduplication.json';
import type { Rule } from '../core/types.js';
import type { Draft, Paragraph, Word } from '../core/draft.js';
import { ParagraphMemo } from '../core/paragraph-memo.js';
import { genreWords, isListed, isListedPair } from '../core/spell/genre-words.js';
import { isCommonGeneralPair, isGeneralPair } from '../core/spell/general-words.js';
import { foldKey, wordLookupKey } from '../core/spell/syllable.js';
import { nearSyllables } from '../core/spell/suggest.js';
import { isKnownPair } from '../core/spell/pairs.js';
import { isLevelWord, levelEndsAt, pluralMarkerEndingAt, syllableKey, wordKey } from '../core/casing.js';
import { commaCompoundAt, typeWordAt } from '../core/lexicon/grammar.js';
import grammar from '../../../dictionaries/organisation-grammar.json';
import documents from '../../../dictionaries/document-names.json';
import { inPersonName, introducerBefore } from '../core/person-names.js';
import { provinceAt } from '../core/provinces.js';
import { isSurname, MIDDLE } from '../core/surnames.js';
import { ORG_BY_KEY } from '../core/structure/data.js';
import { normKey } from '../core/structure/normtext.js';

const ALLOWED = new Set(reduplication.entries.filter((e) => !('before' in e)).map((e) => e.word.normalize('NFC')));
/**
 * A word Vietnamese doubles on purpose: listed in reduplication.json, or written doubled as one
 * word of the general dictionary's common list (dictionaries/general-words.json: "song song",
 * "thường thường", "đời đời", "vân vân"), a closed-class word aside ("là là", "các các",
 * "để để" are slips whatever a dictionary lists: genre-words.json functionWords).
 */
function doubledOnPurpose(w: Word): boolean {
  if (ALLOWED.has(w.lower)) return true;
  if (!/^\p{L}+$/u.test(w.text)) return false;
  const k = wordLookupKey(w);
  return isCommonGeneralPair(k, k) && !genreWords().functionWords.has(k);
}

/**
 * words doubled on purpose only before certain words: "tây tây bắc", "đông đông nam" (reduplication.json
 * `before`), and the words before the first copy after which the doubling still stands (`after`)
 */
const ALLOWED_BEFORE = new Map(
  reduplication.entries.flatMap((e) => ('before' in e ? [[e.word.normalize('NFC'), { before: new Set(e.before), after: new Set('after' in e ? e.after : []) }] as const] : [])),
);

/**
 * The doubled word is one doubled on purpose before the word after it ("tây tây bắc", a verb
 * before the noun opening with it: "phải học học phần", "nâng cấp thành thành phố"); not after a
 * number, which counts the noun and leaves no verb ("20 học học phần" is a slip for "20 học
 * phần"). An entry with words it stands after (reduplication.json `after`) stands after those
 * only, a count among them: "mỗi tổ tổ trưởng" counts the team, then names its leader, while
 * "hai tổ tổ trưởng" is a slip; "nâng cấp thành thành phố" after the verb of a change, while
 * "trên địa bàn thành thành phố" is a slip.
 */
function doubledBefore(text: string, a: Word, b: Word, c: Word | undefined, before: Word | undefined): boolean {
  const entry = ALLOWED_BEFORE.get(b.lower);
  if (!c || !adjacent(text, b, c) || !entry?.before.has(c.lower)) return false;
  // (an entry standing after its words stands after nothing else: "Trong đó, đội đội trưởng" is a slip)
  if (entry.after.size > 0) return !!before && adjacent(text, before, a) && entry.after.has(before.lower);
  return !before || !adjacent(text, before, a) || !(isNumber(before) || genreWords().counts.has(wordLookupKey(before)));
}

/**
 * Do two words meet at a repeated syllable ("hành vi vi phạm" is "hành vi" + "vi phạm", "Ban
 * Nữ công công đoàn" is "nữ công" + "công đoàn")? `left` ends with the first copy, `right`
 * starts with the second; both must be listed words (dictionaries/genre-words.json). A pair
 * that is merely frequent may straddle two words and prove nothing: "lớp tập" in "lớp tập
 * tập huấn", "dưỡng nghiệp" in "bồi dưỡng dưỡng nghiệp vụ".
 */
function wordsMeet(left: [Word | undefined, Word], right: [Word, Word | undefined, Word?], farLeft?: Word): boolean {
  const key = (w: Word | undefined): string | undefined => (w && /^\p{L}+$/u.test(w.text) ? wordLookupKey(w) : undefined);
  const a = key(left[0]);
  const b = key(left[1]);
  const c = key(right[0]);
  const d = key(right[1]);
  const e = key(right[2]);
  // (the second word may have three syllables: "trực tiếp | tiếp công dân")
  // (the first may have three too: "Ban Xây dựng Đảng | Đảng ủy xã")
  const z = key(farLeft);
  // (the second may be a word of the general list, "cập nhật | nhật ký": the first, a word of the
  // genre, is what the sentence is about; a general word before the copy is a reading the slip
  // makes, "phát tài | tài liệu", "làm bài | bài thu hoạch")
  return !!a && !!b && !!c && !!d && (isListedPair(a, b) || (!!z && isListed([z, a, b]))) && (isWordPair(c, d) || (!!e && isListed([c, d, e])));
}

/**
 * A word of two syllables: one of the genre (genre-words.json) or a word of the general list
 * (general-words.json, common or rare: "nhật ký", "tiền sử"), a word whichever subject it
 * belongs to; a pair that is merely frequent is neither ("dưỡng nghiệp", "lớp tập").
 */
function isWordPair(a: string, b: string): boolean {
  return isListedPair(a, b) || isGeneralPair(a, b);
}

/**
 * "nhà văn văn hóa": the two words that meet at the copy ("nhà văn", "văn hóa") are, with one
 * copy dropped, one listed word of three or four syllables ("nhà văn hóa"), so the copy is a
 * slip for it; "học sinh sinh hoạt" stays two words ("học sinh hoạt" is none).
 */
function oneWordWithoutCopy(ws: readonly Word[], i: number): boolean {
  const key = (w: Word | undefined): string | undefined => (w && /^\p{L}+$/u.test(w.text) ? wordLookupKey(w) : undefined);
  const z = key(ws[i - 1]);
  const a = key(ws[i]);
  const c = key(ws[i + 2]);
  const d = key(ws[i + 3]);
  return !!z && !!a && !!c && (isListed([z, a, c]) || (!!d && isListed([z, a, c, d])));
}

/**
 * "của Đoàn Đoàn thanh niên": both copies capitalised after a word in lower case are no
 * word doubled on purpose ("đoàn đoàn người", reduplication.json, is written in lower case
 * there): a name's syllable typed twice, which the checks for names then weigh.
 */
function capitalisedTwice(ws: readonly Word[], i: number): boolean {
  // (after a capital the pair may end a place's name: "bản Mò O Ồ Ồ")
  return i > 0 && /^\p{Ll}/u.test(ws[i - 1].text) && ws[i].norm !== ws[i].lower && ws[i + 1].norm !== ws[i + 1].lower;
}

/** A word written with its first letter only capitalised ("Đoàn", "Văn"), as a name's syllable is. */
function titled(w: Word | undefined): w is Word {
  return !!w && /^\p{Lu}\p{Ll}*$/u.test(w.text);
}

/**
 * "Huyện Đoàn Đoàn phối hợp", "Tỉnh Đoàn Đoàn chỉ đạo": the first copy closes a word of the genre
 * with the capitalised word before it (a body: "Huyện Đoàn"), or heads bodies' names (structure.json
 * organisationTypes), the second copy is capitalised too
 * and the sentence goes on in lower case: no name goes on from the copy, so it is a slip, though
 * the word is doubled on purpose in lower case ("đoàn đoàn người"). A capital after it may open
 * a person's name ("Huyện Đoàn Đoàn Văn Hùng": the surname Đoàn), and the checks for names weigh it.
 */
function bodyThenCopy(text: string, ws: readonly Word[], i: number): boolean {
  const [before, a, b, c] = [ws[i - 1], ws[i], ws[i + 1], ws[i + 2]];
  if (!titled(before) || !titled(a) || !titled(b) || a.norm !== b.norm || !adjacent(text, before, a)) return false;
  if (c && adjacent(text, b, c) && !/^\p{Ll}/u.test(c.text)) return false;
  // (or the copy heads bodies' names going on in lower case: "Thành Đoàn Đoàn chỉ đạo")
  return isListedPair(wordLookupKey(before), wordLookupKey(a)) || headOfBodyGoesOn(text, ws, i);
}

/** only blanks between two words of the same line */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start));
}

/** "Đại hội Hội Nông dân": a lowercase word then the same word capitalised opens a name */
function startsName(a: Word, b: Word): boolean {
  return a.norm === a.lower && b.norm !== b.lower;
}

/**
 * "ngày ngày 6/10", "tháng tháng 5-2022": a doubled word whose second copy governs the number
 * after it is a slip, however often the word is doubled on purpose ("ngày ngày đến lớp"). A
 * numeral ("năm năm 2026" may be "five years") proves nothing.
 */
function countsNext(text: string, b: Word, c: Word | undefined): boolean {
  return !!c && /^\d/u.test(c.text) && adjacent(text, b, c) && !genreWords().functionWords.has(wordLookupKey(b));
}

/**
 * "người người dân", "lớp lớp học", "nhà nhà nước": a doubled word whose second copy makes a
 * word of the genre with the word after it is a slip, however often the word is doubled on
 * purpose ("người người thi đua"); not before another doubled word ("người người nhà nhà"),
 * nor with a closed-class word or numeral on either side ("năm năm qua" may be "five years
 * past", "hằng hằng năm").
 */
function wordAfter(text: string, b: Word, c: Word | undefined, d: Word | undefined): boolean {
  if (!c || !adjacent(text, b, c) || !/^\p{L}+$/u.test(c.text) || (d && d.lower === c.lower)) return false;
  const { functionWords } = genreWords();
  const k = wordLookupKey(b);
  const n = wordLookupKey(c);
  return !functionWords.has(k) && !functionWords.has(n) && isListedPair(k, n);
}

/**
 * "hai lớp lớp cho giáo viên", "mỗi ngày ngày", "ở một số nơi nơi": a numeral or a plural word
 * right before a word doubled on purpose counts or picks one noun. The doubled noun means "every
 * one, one after another" ("lớp lớp thanh niên", "ngày ngày đến lớp", "nơi nơi treo cờ") and
 * takes neither, so the copy is a slip. A doubled closed-class word is left alone ("ba ba",
 * "năm năm": a numeral itself, or a noun of its own; "các từ từ Hán Việt").
 */
function countedBefore(text: string, ws: Word[], i: number): boolean {
  const before = ws[i - 1];
  const a = ws[i];
  if (!before || !adjacent(text, before, a)) return false;
  const { functionWords, counts } = genreWords();
  // (a plural word: generic-markers.json plural, "các", "những", "một số")
  return (isNumber(before) || counts.has(wordLookupKey(before)) || pluralMarkerEndingAt(ws, i - 1) > 0) && !functionWords.has(wordLookupKey(a));
}

/**
 * "Phòng Phòng, chống ma túy", "Phòng Phòng cháy chữa cháy": a body's type word, then its field
 * opening with the same syllable, both capitalised. The second copy makes a word of the genre
 * with the word after it (or one comma compound, dictionaries/organisation-grammar.json), so
 * it is the field's, not a slip ("Phòng Phòng Tư pháp" still is one; "Khoa Khoa học cơ bản" is a
 * field). A place the type word opens (organisation-grammar.json placesOpeningWithType: "Hội
 * Hội trường", "Phòng Phòng họp") is no field: the hall the sentence speaks of, its first
 * syllable typed twice.
 */
/** "hội trường", "phòng họp": a place a type word opens, never a body's field (organisation-grammar.json placesOpeningWithType), as word keys */
const PLACES_OPENING_WITH_TYPE = new Set(grammar.placesOpeningWithType.words.map((w) => w.split(' ').map(syllableKey).join(' ')));

function typeThenField(ws: Word[], i: number): boolean {
  const a = ws[i];
  const b = ws[i + 1];
  const c = ws[i + 2];
  if (!c || a.norm !== b.norm || a.norm === a.lower || !/^\p{L}+$/u.test(c.text)) return false;
  const keys = [wordKey(a), wordKey(b), wordKey(c)];
  return typeWordAt(keys, 0) === 1 && (commaCompoundAt(keys, 2) || (isListedPair(wordLookupKey(b), wordLookupKey(c)) && !PLACES_OPENING_WITH_TYPE.has(`${keys[1]} ${keys[2]}`)));
}

/** the legal documents' type words of one syllable ("Luật": document-names.json types) */
const DOCUMENT_TYPES = new Set(documents.types.filter((t) => !t.includes(' ')).map(syllableKey));
/** the ordinary words a document's type word opens ("luật sư": document-names.json commonWords), as keys */
const DOCUMENT_COMMON_WORDS = new Set(documents.commonWords.map((w) => w.split(' ').map(syllableKey).join(' ')));

/**
 * "Luật Luật sư", "Luật Luật gia": a legal document's type word, then its name opening with the
 * same syllable, both capitalised, the name's first word an ordinary word the type word opens
 * (document-names.json commonWords, or a word of the genre or the general list) going on in lower
 * case: the law on lawyers, written so. "Luật Luật Giáo dục" is still a slip ("luật giáo" is no
 * word), as "Luật luật sư" would be a case slip and no doubling.
 */
function documentThenName(text: string, ws: readonly Word[], i: number): boolean {
  const [a, b, c] = [ws[i], ws[i + 1], ws[i + 2]];
  if (!c || !titled(a) || !titled(b) || a.norm !== b.norm || !adjacent(text, b, c) || !/^\p{Ll}+$/u.test(c.text)) return false;
  if (!DOCUMENT_TYPES.has(syllableKey(a.text))) return false;
  return DOCUMENT_COMMON_WORDS.has(`${syllableKey(b.text)} ${syllableKey(c.text)}`) || isWordPair(wordLookupKey(b), wordLookupKey(c));
}

/**
 * "Trưởng Ban Ban Tuyên giáo", "Phó Phòng Phòng Nội vụ": a title ending in a body's type word
 * ("Trưởng Ban", a word of the genre), then the same type word, both capitalised, opening the
 * body's name. Written as one, the title's type word is the body's ("Trưởng Ban Tuyên giáo"), so
 * the copy is a slip, though a word of the genre meets another at it (wordsMeet: "trưởng ban" |
 * "ban tuyên giáo"). (The title in lower case, "Trưởng ban Ban Tuyên giáo", is a house style:
 * startsName.)
 */
function titleThenBody(text: string, ws: readonly Word[], i: number): boolean {
  const before = ws[i - 1];
  const a = ws[i];
  const b = ws[i + 1];
  if (!before || !adjacent(text, before, a) || a.norm !== b.norm || a.norm === a.lower || !/^\p{L}+$/u.test(before.text)) return false;
  const keys = ws.slice(i, i + 6).map(wordKey);
  return typeWordAt(keys, 0) === 1 && typeWordAt(keys, 1) > 0 && isListedPair(wordLookupKey(before), wordLookupKey(a));
}

/**
 * "Nguyễn Thanh Thanh Tâm", "ông Phan Thanh Thanh": a given name may double a syllable; both
 * copies capitalised inside a person name (core/person-names.ts) are the name's, not a slip
 * ("Hội Hội Nông dân" is no person's name and is still one).
 */
function doubledInName(draft: Parameters<Rule['check']>[0]['draft'], ws: readonly Word[], i: number): boolean {
  const a = ws[i];
  const b = ws[i + 1];
  if (a.norm === a.lower || b.norm === b.lower || !inPersonName(draft, a.start, b.end)) return false;
  // "của Đoàn Đoàn thanh niên": a head of bodies' names (structure.json organisationTypes) going
  // on in lower case opens a body, however a surname and the same given name might read
  return !headOfBodyGoesOn(draft.text, ws, i);
}

/**
 * The draft writes the name's words before the copies and one copy, the name ending there (no
 * capitalised word after it), somewhere else ("Nguyễn Thị Thủy Thủy" … "bà Nguyễn Thị Thủy phát biểu"): the same person,
 * whose name has the syllable once. A name that doubles it ("Nguyễn Thanh Thanh") is written so
 * every time. Asked once per draft and name.
 */
function writtenOnceElsewhere(draft: Draft, ws: readonly Word[], i: number): boolean {
  if (!titled(ws[i]) || !titled(ws[i + 1]) || ws[i].norm !== ws[i + 1].norm) return false;
  let k = i;
  while (k > 0 && i - k < 3 && titled(ws[k - 1]) && adjacent(draft.text, ws[k - 1], ws[k])) k--;
  // the name from its surname (surnames.json) in the run of capitalised words before the copies
  // (a capitalised "Bà" may open the run; "Huyện Đoàn Đoàn Văn Hùng" holds no surname before the copies)
  for (let from = k; from < i; from++) {
    if (!isSurname(syllableKey(ws[from].text))) continue;
    return writtenAsOneName(draft, `${ws.slice(from, i).map((w) => w.text).join(' ')} ${ws[i].text}`);
  }
  return false;
}

/** `name` stands in the draft as a whole name, no capitalised word after it (remembered per draft) */
function writtenAsOneName(draft: Draft, name: string): boolean {
  let answers = onceAfter.get(draft);
  if (!answers) onceAfter.set(draft, (answers = new Map()));
  let answer = answers.get(name);
  if (answer === undefined) {
    answer = false;
    const text = draft.text;
    for (let from = text.indexOf(name); from >= 0 && !answer; from = text.indexOf(name, from + 1)) {
      const end = from + name.length;
      // a whole name: no letter right before or after it, and not the doubled one
      if (/[\p{L}\p{M}]/u.test(text[from - 1] ?? '') || /[\p{L}\p{M}]/u.test(text[end] ?? '')) continue;
      // (the copy or any capitalised word after it: "Nguyễn Thanh Hà" is another name)
      answer = !/^[ \t\u00a0]+\p{Lu}/u.test(text.slice(end, end + 4));
    }
    answers.set(name, answer);
  }
  return answer;
}
const onceAfter = new WeakMap<Draft, Map<string, boolean>>();

/** the doubled syllable heads bodies' names and the word after the copies goes on in lower case, not the common word it makes (its notBefore) */
function headOfBodyGoesOn(text: string, ws: readonly Word[], i: number): boolean {
  const b = ws[i + 1];
  const c = ws[i + 2];
  if (!c || !adjacent(text, b, c) || !/^\p{Ll}+$/u.test(c.text)) return false;
  const head = ORG_BY_KEY.get(normKey(b.text));
  return !!head && !head.nameAfter && !head.notBefore.has(normKey(c.text));
}

/**
 * "thiết bị bị mất kết nối", "trang bị bị hỏng": the first copy ends a word of the genre with
 * the word before it and the second is a closed-class word (a passive marker, a preposition)
 * opening the clause's next part: two words, no slip, and dropping one would change the sense.
 */
function wordThenFunctionWord(text: string, before: Word | undefined, a: Word, b: Word): boolean {
  if (!before || !adjacent(text, before, a) || !/^\p{L}+$/u.test(before.text) || !/^\p{L}+$/u.test(a.text)) return false;
  const k = wordLookupKey(b);
  return genreWords().functionWords.has(k) && isListedPair(wordLookupKey(before), wordLookupKey(a));
}

/**
 * "bà Thu Thu", "chị Lan Lan, giáo viên …": a one-syllable given name doubled, right after the
 * word that introduces a person ("ông", "bà", "đồng chí", a title), with nothing capitalised after
 * it: the whole name, which no surname opens, so the name detector does not see it. "Chủ tịch
 * Hội Hội Nông dân" goes on with a capital and is still a slip.
 */
function doubledGivenName(text: string, ws: readonly Word[], i: number): boolean {
  const a = ws[i];
  const b = ws[i + 1];
  const c = ws[i + 2];
  const titled = (w: Word): boolean => /^\p{Lu}\p{Ll}+$/u.test(w.text);
  if (!titled(a) || !titled(b) || introducerBefore(text, ws as Word[], i) === 0) return false;
  return !c || !adjacent(text, b, c) || !/^\p{Lu}/u.test(c.text);
}

/**
 * "Khu công nghiệp Thành Thành Công", "Công ty Hòa Hòa Bình": mid-sentence, a capitalised
 * syllable doubled before another capital is a proper name's own (the field of an organisation's
 * name keeps its next syllables lower case: "Hội Hội Nông dân", "Sở Tư Tư pháp" are slips), unless
 * the copy is a type word, the rest is a province's name ("tỉnh Hà Hà Tĩnh"), the name a place's
 * after its level word ("xã Tân Tân Hiệp"), or the draft writes
 * the name elsewhere without the copy ("Phước Phước Đông" … "Phước Đông").
 */
function doubledInProperName(draft: Draft, ws: Word[], i: number): boolean {
  const text = draft.text;
  const a = ws[i];
  const b = ws[i + 1];
  const c = ws[i + 2];
  const before = ws[i - 1];
  const titled = (w: Word | undefined): w is Word => !!w && /^\p{Lu}\p{Ll}+$/u.test(w.text);
  if (!titled(a) || !titled(b) || !titled(c) || a.norm !== b.norm || !adjacent(text, b, c)) return false;
  // mid-sentence: a word before it on the same line, no mark between
  if (!before || !/^[ \t\u00a0]+$/u.test(text.slice(before.end, a.start))) return false;
  // (the keys of the few words a type word or a province's name can span, not of the whole sentence for each word)
  const near = ws.slice(i, i + 8);
  const keys = near.map(wordKey);
  // a place after its level word is no company's name ("xã Tân Tân Hiệp" is a slip)
  if (typeWordAt(keys, 0) > 0 || provinceAt(text, near, keys, 1) || isLevelWord(before.lower)) return false;
  return !writtenWithoutCopy(draft, a.text, `${b.text} ${c.text}`);
}

/**
 * "bản Cát Cát", "thôn Ka Ka", "trình duyệt Cốc Cốc": mid-sentence, after a word in lower case, a
 * capitalised syllable doubled with nothing capitalised after it is a whole name made of one
 * syllable twice, as village and brand names are, when a level word stands before it ("bản",
 * "thôn", "xã": a place's name follows) or the draft never writes the syllable capitalised
 * without its twin ("người Dao Dao" in a draft that writes "người Dao" elsewhere is a slip). A
 * copy is a slip too when the pair is not the whole name: a type word opening a body ("Ban Ban
 * chỉ đạo"), the second copy making a word of the genre with the word after it ("Huyện Huyện
 * ủy", "Nghị Nghị quyết"), a head of bodies' names going on in lower case ("Đoàn Đoàn thanh
 * niên"), a name going on with a capital ("xã Tân Tân Hiệp",
 * doubledInProperName), a capitalised word before the pair ("huyện Sa Pa Pa": the copy of a
 * name's last syllable).
 */
function doubledWholeName(draft: Draft, ws: readonly Word[], i: number): boolean {
  const text = draft.text;
  const before = ws[i - 1];
  const a = ws[i];
  const b = ws[i + 1];
  const c = ws[i + 2];
  if (!before || !adjacent(text, before, a) || before.norm !== before.lower || !/^\p{L}+$/u.test(before.text)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || a.norm !== b.norm) return false;
  const goesOn = !!c && adjacent(text, b, c) && /^\p{L}+$/u.test(c.text);
  if (goesOn && /^\p{Lu}/u.test(c.text)) return false;
  const keys = ws.slice(i, i + 3).map(wordKey);
  if (typeWordAt(keys, 0) > 0 || genreWords().functionWords.has(wordLookupKey(a))) return false;
  if (goesOn && isListedPair(wordLookupKey(b), wordLookupKey(c))) return false;
  // a head of bodies' names going on in lower case (structure.json organisationTypes: "Đoàn
  // Đoàn thanh niên") opens a body, no name of one syllable twice (not before a word that makes
  // it a common one, its notBefore)
  if (goesOn && headOfBodyGoesOn(text, ws, i)) return false;
  return levelEndsAt(ws as Word[], i - 1) || alwaysDoubled(draft, a.text);
}

/**
 * Every time the draft writes `syllable` as a word it writes it twice in a row ("Cát Cát" …
 * "Cát Cát"): asked once per draft and syllable.
 */
function alwaysDoubled(draft: Draft, syllable: string): boolean {
  let answers = doubled.get(draft);
  if (!answers) doubled.set(draft, (answers = new Map()));
  let answer = answers.get(syllable);
  if (answer === undefined) {
    const word = new RegExp(`(?<!\\p{L}|\\p{M}|\\p{N})${syllable}(?!\\p{L}|\\p{M}|\\p{N})`, 'gu');
    const twice = new RegExp(`(?<!\\p{L}|\\p{M}|\\p{N})${syllable}[ \\t\\u00a0]+${syllable}(?!\\p{L}|\\p{M}|\\p{N})`, 'gu');
    const all = draft.text.match(word)?.length ?? 0;
    const pairs = draft.text.match(twice)?.length ?? 0;
    answer = all === 2 * pairs;
    answers.set(syllable, answer);
  }
  return answer;
}
const doubled = new WeakMap<Draft, Map<string, boolean>>();

/**
 * The draft writes `name` somewhere without `copy` right before it ("Phước Đông" after a
 * "Phước Phước Đông"): asked once per draft, copy and name (a line of the same name a thousand
 * times was a thousand passes over the draft, each slicing all of it).
 */
function writtenWithoutCopy(draft: Draft, copy: string, name: string): boolean {
  let answers = copies.get(draft);
  if (!answers) copies.set(draft, (answers = new Map()));
  const key = `${copy} ${name}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = false;
    const text = draft.text;
    for (let from = text.indexOf(name); from >= 0 && !answer; from = text.indexOf(name, from + 1)) {
      answer = !text.slice(Math.max(0, from - copy.length - 8), from).trimEnd().endsWith(copy);
    }
    answers.set(key, answer);
  }
  return answer;
}
const copies = new WeakMap<Draft, Map<string, boolean>>();

/**
 * "Mỗi hộ hộ trợ": the second copy makes no word with the word after it, while
 * the same letters with another tone or mark make a word of the genre with it ("hỗ trợ"): a
 * syllable mistyped into its neighbour's twin, a slip the spelling rule corrects ("hộ trợ" →
 * "hỗ trợ"), not a word typed twice; dropping a copy would damage the sentence ("Mỗi hộ trợ").
 * A word of the general list only proves nothing: "của của hàng" may be "của hàng hóa" doubled.
 */
function twinOfSlip(text: string, b: Word, c: Word | undefined): boolean {
  if (!c || !adjacent(text, b, c) || !/^\p{L}+$/u.test(b.text) || !/^\p{L}+$/u.test(c.text)) return false;
  const k = wordLookupKey(b);
  const n = wordLookupKey(c);
  if (isKnownPair(k, n) || isWordPair(k, n)) return false;
  const fold = foldKey(k);
  const variants = nearSyllables(k).find((g) => g.fold === fold)?.keys ?? [];
  return variants.some((v) => v !== k && isListedPair(v, n));
}

function isNumber(w: Word): boolean {
  return /^[\d.,]+$/.test(w.text);
}

/**
 * "Nguyễn Văn Văn Hòa", "Trần Thị Thị Thu": a name's middle word (surnames.json middleNames)
 * typed twice between a surname and the given name, capitalised both times: no name is written
 * so, whatever the checks for doubled syllables in names make of the pair.
 */
function middleTwice(text: string, ws: readonly Word[], i: number): boolean {
  const [before, a, b, c] = [ws[i - 1], ws[i], ws[i + 1], ws[i + 2]];
  return titled(before) && titled(a) && titled(b) && titled(c) && a.norm === b.norm && adjacent(text, before, a) && adjacent(text, b, c) && MIDDLE.has(syllableKey(a.text)) && isSurname(syllableKey(before.text));
}

/**
 * Where a paragraph's sentences may repeat: [sentence, word] index pairs, flat, of each word the
 * next one repeats in lower case, or the pair of words the next pair repeats ("a b a b") —
 * everything the rule's tests start from.
 */
function candidatesIn(p: Paragraph): number[] {
  const out: number[] = [];
  for (let s = 0; s < p.sentences.length; s++) {
    const ws = p.sentences[s].words;
    for (let i = 0; i + 1 < ws.length; i++) {
      const a = ws[i].lower;
      const b = ws[i + 1].lower;
      if (a === b || (i + 3 < ws.length && a === ws[i + 2].lower && b === ws[i + 3].lower)) out.push(s, i);
    }
  }
  return out;
}

/** Each paragraph's candidates (numbers only: handed back as stored wherever the paragraph moves). */
const candidates = new ParagraphMemo<number[]>('repeated-word.candidates', 512 * 1024, { offsets: [] });

export const repeatedWord: Rule = {
  meta: {
    id: 'repeated-word',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: { vi: 'Từ hoặc cụm từ bị lặp liền nhau.', en: 'A word or phrase repeated back to back.' },
    rationale: {
      vi: 'Từ lặp liền nhau thường là lỗi gõ hoặc lỗi cắt dán (“trao chứng chứng nhận”). Các từ láy như “dần dần”, “người người” không bị coi là lỗi.',
      en: 'A word typed twice is usually a typing or copy-paste slip. Intentional reduplication such as “dần dần” is allowed.',
    },
    messages: {
      word: { vi: 'Từ “{word}” bị lặp lại liền nhau.', en: 'The word “{word}” is repeated.' },
      phrase: { vi: 'Cụm từ “{word}” bị lặp lại liền nhau.', en: 'The phrase “{word}” is repeated.' },
      remove: { vi: 'Xóa “{word}” thừa', en: 'Remove the extra “{word}”' },
    },
  },
  check({ draft, report }) {
    const text = draft.text;
    // only where a paragraph repeats a word or a pair of words (`candidatesIn`, remembered by
    // the paragraph's text), the loop over a sentence's words as it was: nothing else can be
    // reported, and a re-check no longer reads every word of the draft
    const paragraphs = draft.paragraphs;
    for (let pk = 0; pk < paragraphs.length; pk++) {
      const p = paragraphs[pk];
      const found = candidates.get(draft, p, '', candidatesIn);
      let sentence = -1;
      let next = 0;
      for (let k = 0; k < found.length; k += 2) {
        if (found[k] !== sentence) {
          sentence = found[k];
          next = 0;
        }
        const i = found[k + 1];
        // (the words a report took: the loop stepped over them)
        if (i < next) continue;
        next = i + 1;
        const ws = p.sentences[sentence].words;
        const a = ws[i];
        const b = ws[i + 1];
        // (a middle name typed twice is reported whatever the checks for doubled syllables in
        // names below make of it)
        if (a.lower === b.lower && adjacent(text, a, b) && (middleTwice(text, ws, i) || writtenOnceElsewhere(draft, ws, i) || ((!doubledOnPurpose(a) || capitalisedTwice(ws, i) || bodyThenCopy(text, ws, i) || countsNext(text, b, ws[i + 2]) || wordAfter(text, b, ws[i + 2], ws[i + 3]) || countedBefore(text, ws, i)) && !doubledBefore(text, a, b, ws[i + 2], ws[i - 1]) && !isNumber(a) && !startsName(a, b) && !doubledInName(draft, ws, i) && !doubledGivenName(text, ws, i) && !doubledInProperName(draft, ws as Word[], i) && !doubledWholeName(draft, ws, i) && !typeThenField(ws, i) && !documentThenName(text, ws, i) && !wordThenFunctionWord(text, ws[i - 1], a, b) && !twinOfSlip(text, b, ws[i + 2]) && (!wordsMeet([ws[i - 1], a], [b, ws[i + 2], ws[i + 3]], ws[i - 2]) || oneWordWithoutCopy(ws, i) || titleThenBody(text, ws, i))))) {
          // identical copies: drop the first with its space; otherwise keep the first (its case
          // is the sentence's, e.g. "Các các")
          const dropFirst = a.norm === b.norm;
          const edit = dropFirst ? { start: a.start, end: b.start, text: '' } : { start: a.end, end: b.end, text: '' };
          report({
            start: a.start,
            end: b.end,
            messageId: 'word',
            args: { word: b.text },
            fix: [edit],
            suggestions: [{ messageId: 'remove', args: { word: b.text }, edits: [edit] }],
          });
          next = i + 2;
          continue;
        }
        const c = ws[i + 2];
        const d = ws[i + 3];
        if (
          c && d &&
          a.lower === c.lower && b.lower === d.lower && a.lower !== b.lower &&
          adjacent(text, a, b) && adjacent(text, b, c) && adjacent(text, c, d) &&
          !isNumber(a) && !isNumber(b) &&
          // "phóng viên hội viên Hội Nhà báo": words of the genre straddle the copies
          !wordsMeet([ws[i - 1], a], [b, c])
        ) {
          const phrase = text.slice(c.start, d.end);
          const edit = { start: b.end, end: d.end, text: '' };
          report({
            start: a.start,
            end: d.end,
            messageId: 'phrase',
            args: { word: phrase },
            fix: [edit],
            suggestions: [{ messageId: 'remove', args: { word: phrase }, edits: [edit] }],
          });
          next = i + 4;
        }
      }
    }
  },
};
