/** Organisation names the lexicon does not know, read by their grammar (type word + field + place). */
import type { Draft, Sentence, Word } from '../draft.js';
import { caseShape, isCapitalised, isGenericAt, isSentenceStart, levelWordAt, MAIN_LEVELS, pluralMarkerAt, pluralMarkerEndingAt, syllableKey, withShape } from '../casing.js';
import { continuation, continuationAcrossDrafts, continuationCounts, countsOf, knownPair, mostlyAfter, neverCapitalised, neverSeenCapitalised, secondHalfOfWord } from '../capital-evidence.js';
import { OFFICIAL_INTRODUCERS, isSurname } from '../surnames.js';
import { organisationEntries, type Tries } from './entries.js';
import { allUpper, blankGap, gapAt, keysOf, properNameAfter, wordEnd, wordStart } from './words.js';
import { AS_REGISTERED_AT, CAPITAL_OPENS_FIELD, COUNTRY, LEGAL_FORM_FROM, commaCompoundAt, committeeAfterLevel, ONE_SYLLABLE_FUNCTION_WORDS, ownerSharedBackwards, documentAt, committeeAt, countryAt, ENDING_IN_TYPE, kindOfUnitAt, KIND_FIELDS, functionAt, levelEndsWordAt, levelsListedAt, unitsListedAfter, notABodyAt, NOT_FIELD_OPENERS, schoolStreamAt, subjectOfVerb, typeWordAt, TYPES_BY_FIRST, WHOLE_NAME_KEYS, OWNER_NAMED, INTERNATIONAL_HEADS, INTERNATIONAL_SCOPES, inEachUnit, unnamedUnitAt, zoneLowercase, zonesOfOneAt, BRANCH_TYPES, branchHeadAt } from './grammar.js';
import { applyChecks } from './checks.js';
import { fieldNamedBefore, namedInFullBefore } from './draft-facts.js';
import { attestedNextPhrase, fieldUsageChecks } from './field-usage.js';
import { longestAt } from './trie.js';
import { genreWords, isListedPair } from '../spell/genre-words.js';
import { wordLookupKey } from '../spell/syllable.js';
import type { OrganisationMatch, SyllableCheck } from './types.js';
import { PEOPLE } from '../numbers.js';
import { isGeneralPair } from '../spell/general-words.js';
import commonNouns from '../../../../dictionaries/common-nouns.json';
import markers from '../../../../dictionaries/generic-markers.json';

/**
 * the word an award's rank or name follows ("giải | Nhất", "hạng | Ba", "danh hiệu | Tiên tiến"):
 * the last syllable of an award head, the first of a rank (common-nouns.json evidence)
 */
const BEFORE_RANK = new Set([
  ...commonNouns.evidence.awardHeads.map((h) => syllableKey(h.split(/\s+/u).pop()!)),
  ...commonNouns.evidence.awardRanks.map((r) => syllableKey(r.split(/\s+/u)[0])),
]);

/** openers of a publication's name ("Báo", "Tạp chí": common-nouns.json evidence.ownerOpeners), as key lists */
const OWNER_OPENER_KEYS = commonNouns.evidence.ownerOpeners.map((o) => o.split(/\s+/u).map(syllableKey));

/** True when a publication's opener starts at word n with a capitalised name right after it ("Báo Nhân Dân", not "Báo chí"). */
function mastheadAt(text: string, words: Word[], keys: string[], n: number): boolean {
  return OWNER_OPENER_KEYS.some((o) => o.every((k, m) => keys[n + m] === k && (m === 0 || blankGap(text, words, n + m - 1))) && n + o.length < words.length && blankGap(text, words, n + o.length - 1) && isCapitalised(words[n + o.length].text));
}

/**
 * the words that introduce an official by name ("ông", "bà", "đồng chí": surnames.json
 * introducers marked `official`), as key lists; not a trade's ("bác sĩ | Trạm y tế xã")
 */
const NAME_INTRODUCERS = OFFICIAL_INTRODUCERS.map((w) => w.split(/\s+/u).map(syllableKey));

/** One of NAME_INTRODUCERS ends right before word i. */
function introducedBefore(text: string, words: Word[], keys: string[], i: number): boolean {
  return NAME_INTRODUCERS.some((t) => i >= t.length && blankGap(text, words, i - 1) && t.every((k, n) => keys[i - t.length + n] === k));
}

/**
 * The grammar of organisation names the lexicon does not know (rulebook §12.4, issue 12):
 * a type word ("Trung tâm", "Ban", "Chi cục"; dictionaries/organisation-grammar.json) + a field
 * phrase + an optional level word and place. Decree 30 capitalises the type word and the
 * first syllable of each field phrase (split on "và", ",", "-"); the rest is lowercase
 * unless it is a proper name. Two mistakes are recognised:
 *
 * - the field written lowercase ("Trung tâm văn hóa thể thao huyện", "Ban chỉ đạo"): a name
 *   when a level word or a committee follows, when the type word is distinctive
 *   (`wholeName`), or when real drafts go on with a capital after this type word
 *   ("Ban Chỉ đạo", core/capital-evidence.ts); a lowercase type word is accepted only for a
 *   distinctive one followed by its level word ("chi cục kiểm lâm tỉnh (Lâm Đồng)"; not
 *   "trung tâm y tế cấp huyện", many of them), or before a proper name ("trường tiểu học Kim
 *   Đồng");
 * - the name in Title Case ("Trung Tâm Y Tế Dự Phòng"): a syllable whose pair real drafts
 *   write as one lowercase word after a capital ("Y tế", "Dự phòng") goes lowercase, and so
 *   does a capitalised level word after such a name; proper names keep their capitals.
 */
export function patternAt(draft: Draft, s: Sentence, tries: Tries, i: number, afterTitle: boolean | 'head' = false): { match: OrganisationMatch; endIndex: number } | undefined {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  const at = (t: string[]): boolean => t.every((k, n) => keys[i + n] === k && (n === 0 || blankGap(text, words, i + n - 1)));
  // (or a type word read only before a branch's head: "đội | Cảnh sát …", organisation-grammar.json branchHeads)
  const type = TYPES_BY_FIRST.get(keys[i])?.find(at) ?? BRANCH_TYPES.find((t) => at(t) && i + t.length < words.length && blankGap(text, words, i + t.length - 1) && branchHeadAt(text, words, keys, i + t.length) > 0);
  if (!type) return undefined;
  const tEnd = i + type.length;
  if (notABodyAt(keys, i, type.length)) return undefined;
  if (allUpper(words.slice(i, tEnd))) return undefined;
  // a verb a body is the subject of, right after the type word: the body named before, by its
  // type alone ("Năm 2024, Bệnh viện triển khai Đề án …"), not a field, unless real drafts go
  // on with a capital there ("Ban Chỉ đạo")
  if (subjectOfVerb(text, words, tEnd) && continuation(keys[tEnd - 1], keys[tEnd]) !== 'capital') return undefined;
  // … and so is a word of one syllable that drafts never capitalise and that makes no word with
  // the syllable after it, after a type word the draft has named its body with in full before:
  // the body named again by its type alone, then a verb of its own ("Sở Tư pháp tỉnh … | Sở
  // chọn Cầu Ngang làm điểm", "Trung tâm Văn hóa tỉnh … | Trung tâm cấp một bộ chiêng mới")
  if (isCapitalised(words[i].text) && loneVerbAt(text, words, keys, tEnd) && continuation(keys[tEnd - 1], keys[tEnd]) !== 'capital' && namedInFullBefore(draft, writtenType(words, i, tEnd), words[i].start)) return undefined;
  // at a sentence start the type word's capital says nothing: the words after it must
  const startsSentence = isSentenceStart(draft, words[i].start);
  if (tEnd >= words.length || !blankGap(text, words, tEnd - 1)) return undefined;
  // a type word inside a capitalised run is part of another name ("Lê Văn Trường", "Quảng Trường")
  // (a title's head syllable is the body's own: "Trưởng Ban Chỉ huy …")
  if (!afterTitle && i > 0 && blankGap(text, words, i - 1) && isCapitalised(words[i - 1].text)) return undefined;
  // a one-syllable type word capitalised after a word that introduces a person, a lowercase word
  // after it, is that person's given name ("ông | Khoa nhấn mạnh", "anh | Đoàn cho biết")
  if (type.length === 1 && isCapitalised(words[i].text) && caseShape(words[tEnd]?.text ?? '') === 'lower' && introducedBefore(text, words, keys, i)) return undefined;
  // (the body a title names — not one opening with the title's last syllable — gets its type
  // word's capital with the title's fix: read it as that fix leaves it, so one pass is enough:
  // "phó giám đốc văn phòng cấp giấy chứng nhận …")
  const typeCapital = isCapitalised(words[i].text) || (afterTitle === true && !startsSentence);
  // "các Ban xây dựng Đảng": a generic plural, common-noun-case's
  if (isGenericAt(text, words, i)) return undefined;
  const whole = WHOLE_NAME_KEYS.has(keys.slice(i, tEnd).join(' '));
  // (a count before it makes it many: "2 trường THCS", "2 trường Tiểu học")
  const countBefore = i > 0 && blankGap(text, words, i - 1) && /^\d+$/u.test(words[i - 1].text);
  if (!typeCapital && !startsSentence && !countBefore) {
    const abbreviated = abbreviatedBody(draft, words, keys, tries, i, tEnd);
    if (abbreviated) return abbreviated;
  }
  if (!typeCapital) {
    // a lowercase type word: a name only when its field is capitalised or the type word is
    // distinctive, and not generic ("các phòng", "phòng … các huyện") or the end of another
    // word ("cơ sở Y tế", "hội trường Ủy ban")
    const fieldCapital = isCapitalised(words[tEnd].text) && !/^\p{Lu}{2,}/u.test(words[tEnd].text);
    if (!whole && !fieldCapital && !nameAfterField(text, words, keys, tries, i, tEnd) && !zonesAfterField(draft, words, keys, tEnd)) return undefined;
    // among lowercase words, a field opening with a syllable drafts never capitalise is no
    // field: the capital is the slip, not the type word ("hiện trường vụ Tai nạn" is no "Vụ Tai nạn")
    if (fieldCapital && neverCapitalised(keys[tEnd]) && (i === 0 || caseShape(words[i - 1].text) === 'lower') && !CAPITAL_OPENS_FIELD.has(keys.slice(i, tEnd).join(' '))) return undefined;
    // generic: "các phòng …", "2 trường Tiểu học" (the capital is the mistake there, not the type word)
    if (isGenericAt(text, words, i) || countBefore) return undefined;
    // … and one of its kind after an indefinite word ("ở | một | công ty may Hàn Quốc": a Korean
    // garment firm, the proper name after it its origin, not its name; organisation-grammar.json
    // indefiniteOwners, as organisations.ts reads a known body there)
    if (i > 1 && unnamedUnitAt(text, words, i - 1)) return undefined;
    // (also the tail of a longer type word: the "viện" of "các bệnh viện Đa khoa")
    if (endsWordBefore(text, words, keys, i) || (i > 0 && blankGap(text, words, i - 1) && typeWordAt(keys, i - 1) > 1)) return undefined;
    // a school's stream after a word of schooling: "học sinh ban Khoa học tự nhiên" (organisation-grammar.json schoolStreams)
    if (schoolStreamAt(text, words, i)) return undefined;
  }
  // a type word right after it opens another body ("Văn phòng | Ban Chỉ huy"), and so does a
  // publication's masthead: the unit is that body's, named by its kind ("chi hội | Tạp chí Sông Lam")
  if (typeWordAt(keys, tEnd) > 0 || mastheadAt(text, words, keys, tEnd)) return undefined;
  // a people or its language named right after the type word ("Hội | người Hoa", "hội | đồng bào
  // Chăm"): a community's association called by the people it gathers, its head word a common
  // noun before their name (like "tiếng Việt"), no field phrase whose capital was lost
  if (caseShape(words[tEnd].text) === 'lower' && peopleNamedAt(text, words, keys, tEnd)) return undefined;

  // the field: syllables joined by blanks, and in a capitalised field also by ",", "-" and
  // "và" before the next capitalised phrase ("Văn Hóa, Thể Thao và Du Lịch"); a level word,
  // a committee, a number, an abbreviation or, after "," or "và", another type word ends it
  const field: Word[] = [];
  const phraseStarts = new Set<Word>();
  let j = tEnd;
  const capitalField = (): boolean => typeCapital && field.length > 0 && isCapitalised(field[0].text);
  // after ",", "-" or "và" a type word or a name the lexicon knows opens another body
  // ("Trường Chính Trị, Bộ Chỉ huy Quân sự tỉnh"), not the next phrase of this one's field
  // (nor does a newspaper's or a publication's masthead, its opener before a capital: "…, Báo Nhân Dân")
  const nextPhrase = (n: number): boolean =>
    n < words.length && isCapitalised(words[n].text) && !/^\p{Lu}{2,}/u.test(words[n].text) && typeWordAt(keys, n) === 0 && !longestAt(tries.organisations, text, words, keys, n) && !mastheadAt(text, words, keys, n);
  // "Ban Chính sách - | pháp luật | Liên đoàn Lao động tỉnh": after a dash, a lowercase word of two
  // syllables that the name goes on after — its level word or the body it belongs to — is the
  // field's next phrase, its capital lost (a dash before anything else opens an aside: "Sở Y tế -
  // cơ quan thường trực"), when the phrase before the dash is one word too: a longer one pairs its
  // last word with the one after the dash ("Giáo dục quốc phòng - an ninh", "Cảnh sát giao thông -
  // trật tự" are one phrase each)
  const lowerPhraseAfterDash = (n: number): boolean => {
    if (!/^\s*[-–]\s*$/u.test(gapAt(text, words, n - 1)) || n + 2 >= words.length || field.length - phraseFrom > 2) return false;
    if (caseShape(words[n].text) !== 'lower' || caseShape(words[n + 1].text) !== 'lower' || !blankGap(text, words, n) || !blankGap(text, words, n + 1)) return false;
    // (a word of the genre's list or of the general dictionary: "pháp chế" of "Thanh tra - pháp chế")
    if (!(isListedPair(wordLookupKey(words[n]), wordLookupKey(words[n + 1])) || isGeneralPair(wordLookupKey(words[n]), wordLookupKey(words[n + 1]))) || functionAt(keys, n)) return false;
    // (or the country's name, a national body's place: "Công đoàn Than - khoáng sản Việt Nam")
    return levelWordAt(words, n + 2) > 0 || committeeAt(tries, text, words, keys, n + 2) || countryAt(text, words, keys, n + 2) || (isCapitalised(words[n + 2].text) && (typeWordAt(keys, n + 2) > 0 || !!longestAt(tries.organisations, text, words, keys, n + 2)));
  };
  // "Ngân hàng Nông nghiệp và | phát triển nông thôn | huyện …": after "và", a lowercase phrase
  // that the name goes on after — its level word, a committee or the country's name — is the
  // field's next phrase, its capital lost (a Title Case name's field is split on "và": Decree 30
  // capitalises each phrase); not a body of its own ("Sở Y tế và bệnh viện tỉnh"), people ("Hội
  // Nông dân và nông dân xã"), a plural ("và các xã"), nor a phrase opening no field (see fieldOpensAt)
  // (structure.json participantNouns: the people a body works with, listed after it)
  let lowerAfterVa = -1;
  const lowerPhraseAfterVa = (n: number): boolean => {
    // (the last phrase of a chain a comma opened, see lowerPhraseAfterComma: the chain already
    // says the list is the name's fields, and its last field may name people, "… và trẻ em")
    if (commaChain) return capitalField() && n + 1 < words.length && !longestAt(tries.organisations, text, words, keys, n) && runsToLevel(n);
    // (the phrase before "và" one word, as before a dash: a longer one pairs its last word with the
    // one after "và", "Giáo dục quốc phòng và an ninh" is one phrase)
    // (or a field all in lower case after a capitalised type word mid-sentence, its first phrase's
    // capital lost too: "Phòng kinh tế và hạ tầng huyện Quế Phong" → "Phòng Kinh tế và Hạ tầng")
    // (not at a sentence start, where the type word's capital says nothing: "Hội đồng khoa học và
    // công nghệ tỉnh nghiệm thu …" may be any council the province forms)
    const lowerField = typeCapital && !startsSentence && field.length > 0 && field.every((w) => caseShape(w.text) === 'lower');
    if (!(capitalField() || lowerField) || field.length - phraseFrom > 2 || n + 2 >= words.length || !blankGap(text, words, n) || !fieldOpensAt(keys, n)) return false;
    // (nor a body the lexicon knows by its short name, "và | mặt trận huyện")
    if (personNounAt(keys, n) || longestAt(tries.organisations, text, words, keys, n)) return false;
    return runsToLevel(n);
  };
  // "Phòng văn hoá - | Thông tin thị xã …": a field all lowercase after a capitalised type word
  // mid-sentence, of one word, then a dash and a capitalised phrase that opens no other body: the
  // writer's capital after the dash says the name's fields are listed, the first one's capital lost
  // (as after "và", see lowerPhraseAfterVa; at a sentence start the type word's capital says nothing)
  // (not a kind of body at a level, many units: "Đài phát thanh - Truyền hình cấp tỉnh, huyện")
  const capitalAfterLowerDash = (n: number): boolean =>
    typeCapital && !startsSentence && field.length > 0 && field.length <= 2 && field.every((w) => caseShape(w.text) === 'lower') && /^\s*[-–]\s*$/u.test(gapAt(text, words, n - 1)) && nextPhrase(n) && (field.length === 1 || knownPair(keys[tEnd], keys[tEnd + 1]) || isListedPair(wordLookupKey(field[0]), wordLookupKey(field[1]))) && !manyUnitsWithin(n + 1);
  // a plural marker and a level word within LOWER_PHRASE_MAX words from word n, joined by blanks ("… hình | cấp tỉnh")
  const manyUnitsWithin = (n: number): boolean => {
    for (let k = n; k < words.length && k - n < LOWER_PHRASE_MAX; k++) {
      if (!blankGap(text, words, k - 1)) return false;
      const m = pluralMarkerAt(words, k);
      if (m > 0 && k + m < words.length && levelWordAt(words, k + m) > 0) return true;
    }
    return false;
  };
  // "Ủy ban Dân số, | gia đình và trẻ em | huyện": after a comma, a lowercase word of two syllables,
  // "và" and a lowercase phrase that the name goes on after to its level word (see runsToLevel) are
  // the field's next two phrases, their capitals lost: a list of fields closed by the body's place
  // (a phrase before the comma of one word; the word after it no person, no body and no type word:
  // "Hội Nông dân, phụ nữ và thanh niên xã" lists bodies or people, not one body's fields)
  let commaChain = false;
  const lowerPhraseAfterComma = (n: number): boolean => {
    if (!/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(gapAt(text, words, n - 1)) || field.length - phraseFrom > 2 || n + 3 >= words.length) return false;
    if (caseShape(words[n].text) !== 'lower' || caseShape(words[n + 1].text) !== 'lower' || !blankGap(text, words, n) || !isListedPair(wordLookupKey(words[n]), wordLookupKey(words[n + 1]))) return false;
    // (a function syllable opening that word is its half: "gia đình" is no "gia" of "tham gia")
    if ((functionAt(keys, n) && !ONE_SYLLABLE_FUNCTION_WORDS.has(keys[n])) || personNounAt(keys, n) || typeWordAt(keys, n) > 0 || BODY_OPENING_PAIRS.has(`${keys[n]} ${keys[n + 1]}`) || longestAt(tries.organisations, text, words, keys, n)) return false;
    if (keys[n + 2] !== VA || !blankGap(text, words, n + 1) || !blankGap(text, words, n + 2)) return false;
    if (!runsToLevel(n + 3)) return false;
    commaChain = true;
    return true;
  };
  // "Học viện Báo chí và | tuyên truyền": after "và" or a dash, a lowercase phrase that makes, with
  // the capitalised field before it, a field the drafts write with a capital there and never
  // without (dictionaries/field-phrases.json, core/lexicon/field-usage.ts) is the field's next
  // phrase, its capital lost; the field ends where the table's field does
  let tableEnd = -1;
  const attestedAfter = (n: number): boolean => {
    if (!capitalField() || n >= words.length || caseShape(words[n].text) !== 'lower') return false;
    const next: string[] = [];
    for (let k = n; k < words.length && next.length < LOWER_PHRASE_MAX; k++) {
      if ((k > n && !blankGap(text, words, k - 1)) || caseShape(words[k].text) !== 'lower') break;
      next.push(keys[k]);
    }
    const len = attestedNextPhrase(field.map((w) => syllableKey(w.text)), next);
    if (len === 0) return false;
    tableEnd = field.length + len;
    return true;
  };
  // a lowercase phrase from word n runs, within LOWER_PHRASE_MAX words and no function, type or
  // plural word, to the name's level word (with its place, or a main level's), a committee or the
  // country's name
  const runsToLevel = (n: number): boolean => {
    for (let k = n; k < words.length && k - n < LOWER_PHRASE_MAX; k++) {
      if (k > n && !blankGap(text, words, k - 1)) return false;
      // (a level word that ends a word is none: "nông thôn")
      const lv = levelAt(k);
      if (k > n + 1 && (lv > 0 || committeeAt(tries, text, words, keys, k) || countryAt(text, words, keys, k))) {
        // (the level word with its place or a main level's: "huyện Krông Pắc", "tỉnh"; "cấp xã" is no place)
        return lv === 0 || properNameAfter(draft, words, k + lv) > 0 || (MAIN_LEVELS.has(keys.slice(k, k + lv).join(' ')) && !pluralMarkerEndingAt(words, k - 1));
      }
      if (lv > 0 || caseShape(words[k].text) !== 'lower' || /\d/u.test(words[k].text) || functionAt(keys, k) || typeWordAt(keys, k) > 0 || pluralMarkerAt(words, k) > 0) return false;
    }
    return false;
  };
  // "Xã hội" is a word, not the level word "xã": drafts write the pair as one word
  const levelAt = (n: number): number => {
    // (nor a level word that ends another word: "Liên đoàn Hợp tác | xã tỉnh" is a cooperatives' union)
    if (blankGap(text, words, n - 1) && levelEndsWordAt(keys, n)) return 0;
    // (nor the last syllable of a country's name: "Nhật | Bản" is Japan, no hamlet)
    if (countryEndsAt(text, words, keys, n)) return 0;
    const lv = levelWordAt(words, n);
    // (a level word of two syllables is that pair itself: "thành phố", "thị xã")
    if (lv !== 1) return lv;
    // (a word of the genre's list or of the general dictionary, not a pair drafts merely show often:
    // "tỉnh | truyền đạt", "tỉnh | đã" are the body's level word and its verb)
    const compound =
      n + 1 < words.length && blankGap(text, words, n) && caseShape(words[n + 1].text) === 'lower' && !functionAt(keys, n + 1) && knownPair(keys[n], keys[n + 1]) && (isListedPair(wordLookupKey(words[n]), wordLookupKey(words[n + 1])) || isGeneralPair(wordLookupKey(words[n]), wordLookupKey(words[n + 1])));
    // (nor, in a field in Title Case, the first half of a listed word: "Trung Tâm Bảo Trợ | Xã Hội"
    // is "xã hội", society, no commune called "Hội")
    const titleWord = field.length > 0 && field.every((w) => caseShape(w.text) === 'cap') && caseShape(words[n].text) === 'cap' && n + 1 < words.length && blankGap(text, words, n) && caseShape(words[n + 1].text) === 'cap' && isListedPair(wordLookupKey(words[n]), wordLookupKey(words[n + 1]));
    return compound || titleWord || (n + 1 < words.length && blankGap(text, words, n) && continuation(keys[n], keys[n + 1]) === 'lower') ? 0 : lv;
  };
  // a body the lexicon knows opens at word n, capitalised, two syllables long at least
  const knownBodyAt = (n: number): boolean => {
    if (!isCapitalised(words[n].text)) return false;
    const m = longestAt(tries.organisations, text, words, keys, n);
    return !!m && m.end - n >= 2 && m.c.entry.kind !== 'committee';
  };
  // the zones the body serves, in the plural, then its place close the field: one body's name
  // ("Ban Quản lý | các khu công nghiệp | tỉnh …"; organisation-grammar.json zonePlurals)
  let zone: Word[] = [];
  // a branch's head opening the field ("Cảnh sát"): the rest of the field is one phrase, a type word in it the branch's ("Phòng cháy")
  const head = branchHeadAt(text, words, keys, tEnd);
  // (eight words a phrase at most: a longer run is the sentence going on, not a name)
  let phraseFrom = 0;
  while (j < words.length && field.length - phraseFrom < 8 && field.length < 16) {
    if (tableEnd >= 0 && field.length >= tableEnd) break;
    const zoneLength = field.length > 0 ? zonesOfOneAt(draft, words, keys, j) : 0;
    if (zoneLength > 0) {
      zone = words.slice(j, j + zoneLength);
      j += zoneLength;
      break;
    }
    if (levelAt(j) > 0 || committeeAt(tries, text, words, keys, j)) break;
    // "cấp xã", "các huyện": a marker of many units and its level word end the name, whatever its case
    const marker = pluralMarkerAt(words, j);
    if (marker > 0 && j + marker < words.length && blankGap(text, words, j + marker - 1) && levelWordAt(words, j + marker) > 0) break;
    // … and a lowercase one ends the field before every unit of any kind ("Ban Nữ công | một số
    // công đoàn cơ sở"), unless it is the second half of a word ("cung cấp") or the first ("Hồi
    // sức | cấp cứu")
    if (field.length > 0 && caseShape(words[j].text) === 'lower' && marker > 0 && !knownPair(keys[j - 1], keys[j]) && !opensWord(text, words, j)) break;
    const k = keys[j];
    if (/\d/.test(k) || /^\p{Lu}{2,}/u.test(words[j].text)) break;
    // (so does a body's number after "số": "Trường tiểu học | số 2" has no field "Số")
    if (field.length > 0 && k === SO && blankGap(text, words, j) && j + 1 < words.length && /^\d+$/u.test(words[j + 1].text)) break;
    // a capitalised document's name ends the field: "Ban soạn thảo | Bộ luật Dân sự"
    if (field.length > 0 && isCapitalised(words[j].text) && documentAt(keys, j)) break;
    // the body it belongs to ("Ban kinh tế | Hội CCB", "Ban giám hiệu | trường Chính trị"); in a
    // Title Case name a type word may be a field's ("Y Tế Dự Phòng"); a lowercase type word that
    // ends a word with the syllable before is that word's ("Trung học cơ sở Lê Lợi" has no "Sở Lê Lợi")
    const another =
      typeWordAt(keys, j) > 0 &&
      (isCapitalised(words[j].text) || (j + 1 < words.length && isCapitalised(words[j + 1].text) && !endsWordBefore(text, words, keys, j)));
    if (field.length > 0 && another && !field.every((w) => caseShape(w.text) === 'cap') && head === 0) break;
    // … and so does a capitalised body the lexicon knows, of two syllables or more, after a
    // field not in Title Case: "Phòng Quân lực | Bộ Chỉ huy Quân sự tỉnh", "Đội Cảnh sát hình sự
    // | Công an huyện" (the office's owner, its own name to check)
    if (field.length > 0 && knownBodyAt(j) && !field.every((w) => caseShape(w.text) === 'cap')) break;
    if (k === 'và') {
      if (field.length === 0 || !blankGap(text, words, j)) break;
      if (!nextPhrase(j + 1)) {
        if (!lowerPhraseAfterVa(j + 1)) {
          if (!attestedAfter(j + 1)) break;
        } else lowerAfterVa = field.length + 1;
      }
      j++;
      phraseStarts.add(words[j]);
      phraseFrom = field.length;
      // (a function syllable that ends a word with the field's lowercase syllable before it is that
      // word's half: "Hội luật | gia" is "luật gia", a jurist, no "gia" of "tham gia"; a capitalised
      // field's "Quốc gia" still closes a registered name the lexicon reads)
      // (nor one a comma chain opened a field phrase with: "…, | gia đình và trẻ em huyện")
    } else if (functionAt(keys, j) && !(commaChain && phraseStarts.has(words[j])) && !(isCapitalised(words[j].text) && field.length > 0 && field.every((w) => caseShape(w.text) === 'cap')) && !(field.length > 0 && caseShape(words[j - 1].text) === 'lower' && blankGap(text, words, j - 1) && isListedPair(wordLookupKey(words[j - 1]), wordLookupKey(words[j])))) break;
    if (field.length === 0) phraseStarts.add(words[j]);
    field.push(words[j]);
    j++;
    // "Phòng, chống thiên tai": the comma inside a compound goes on with the same phrase
    if (j < words.length && !blankGap(text, words, j - 1) && !(capitalField() && /^\s*,\s*$/u.test(gapAt(text, words, j - 1)) && commaCompoundAt(keys, j))) {
      if ((!capitalField() || !/^\s*(?:,|-|–)\s*$/u.test(gapAt(text, words, j - 1)) || !(nextPhrase(j) || lowerPhraseAfterDash(j) || lowerPhraseAfterComma(j) || (/^\s*[-–]\s*$/u.test(gapAt(text, words, j - 1)) && attestedAfter(j)))) && !capitalAfterLowerDash(j)) break;
      phraseStarts.add(words[j]);
      phraseFrom = field.length;
    }
  }
  if (field.length === 0) return undefined;
  // a kind of body opening the field is followed by its own field phrase: "Trường Đại học |
  // Luật", "Trường Cao đẳng | Điện lực" (the longest kind that is a strict prefix)
  const kinds = KIND_FIELDS.get(keys.slice(i, tEnd).join(' '));
  let afterKind: Word | undefined;
  // (a field that is a kind whole has no field of its own after a shorter kind inside it:
  // "Trường Phổ thông dân tộc bán trú" is no "Phổ thông" + "Dân tộc bán trú")
  if (kinds && !kinds.has(field.map((w) => syllableKey(w.text)).join(' '))) {
    const fieldKeys = field.map((w) => syllableKey(w.text));
    for (let n = fieldKeys.length - 1; n >= 1; n--) {
      if (kinds.has(fieldKeys.slice(0, n).join(' '))) {
        afterKind = field[n];
        phraseStarts.add(afterKind);
        break;
      }
    }
  }
  const opener = field[0];
  const lv = j < words.length && blankGap(text, words, j - 1) ? levelAt(j) : 0;
  const placeLen = lv > 0 && j + lv < words.length && blankGap(text, words, j + lv - 1) ? properNameAfter(draft, words, j + lv) : 0;
  const committee = lv === 0 && j < words.length && blankGap(text, words, j - 1) && committeeAt(tries, text, words, keys, j) && isCapitalised(words[j].text);
  // a field naming a kind of body ("trường Mầm non", "bệnh viện Đa khoa") names one body only
  // with a proper name, a number, a level word or its owner after it: "giáo viên trường Mầm
  // non trên địa bàn" is every school of that kind
  if (kinds?.has(field.map((w) => syllableKey(w.text)).join(' '))) {
    const next = j < words.length && blankGap(text, words, j - 1) ? words[j] : undefined;
    const specific = lv > 0 || committee || numberClosesNameAt(text, words, keys, j) || (!!next && (/\d/u.test(next.text) || /^\p{Lu}{2,}/u.test(next.text) || (isCapitalised(next.text) && typeWordAt(keys, j) > 0)));
    if (!specific) return undefined;
  }
  // how drafts go on after this type word: only a one-syllable type word has its own figures
  const goesOn = continuation(keys[tEnd - 1], keys[tEnd]);
  const checks: SyllableCheck[] = [];

  if (!isCapitalised(opener.text)) {
    // a lowercase field: is this a name at all?
    // (the zones of one body after it say it is a name whatever the figures say: "ban quản lý | các khu công nghiệp tỉnh")
    if ((goesOn === 'lower' && zone.length === 0) || functionAt(keys, tEnd)) return undefined;
    // … or the body it belongs to follows ("Ban kinh tế Hội CCB", "Ban quản lý dự án ADB")
    // (a lowercase type word with a capitalised field is such a body too, one whose type word
    // this rule capitalises: "Ban giám hiệu trường Chính trị" reads as it will after the fix)
    const ownerType = j < words.length ? typeWordAt(keys, j) : 0;
    const owner =
      j < words.length &&
      blankGap(text, words, j - 1) &&
      (/^\p{Lu}{2,}/u.test(words[j].text) || knownBodyAt(j) || (ownerType > 0 && (isCapitalised(words[j].text) || (j + ownerType < words.length && blankGap(text, words, j + ownerType - 1) && caseShape(words[j + ownerType].text) === 'cap'))));
    // an office named by the body it serves ("Văn phòng Huyện ủy"): one lowercase word between
    // its type word and that body, capitalised and no abbreviation (which may be the field's own:
    // "Văn phòng điều phối NTM"), says what kind of office it is ("Văn phòng thường trực | Ban Chỉ
    // huy …", "Văn phòng điều hành | Quỹ …"), no field whose capital was lost: drafts write it
    // either way (organisation-grammar.json ownerNamed)
    if (typeCapital && OWNER_NAMED.has(keys.slice(i, tEnd).join(' ')) && field.length <= 2 && field.every((w) => caseShape(w.text) === 'lower') && (field.length === 1 || knownPair(keys[tEnd], keys[tEnd + 1]) || isListedPair(wordLookupKey(field[0]), wordLookupKey(field[1]))) && j < words.length && blankGap(text, words, j - 1) && !/^\p{Lu}{2,}/u.test(words[j].text) && (knownBodyAt(j) || (ownerType > 0 && isCapitalised(words[j].text)))) return undefined;
    // … or a later part of the name is capitalised ("Viện nghiên cứu Dư luận xã hội")
    // (not a capital that opens another thing's name the field's words take as their object: a
    // document, a language, a country — "Chi cục phổ biến | Nghị định …", "cử cán bộ nói tiếng |
    // Chăm", "mời chuyên gia | Nhật Bản": the body named by its type word alone, then its verb)
    const objectAt = objectNameAt(text, field);
    const capitalInside = field.slice(0, objectAt).some((w) => isCapitalised(w.text));
    // (… and the level word, committee or body after such a name are that name's: "Hội giới thiệu
    // | Điều lệ Hội Cựu chiến binh", "Trung tâm phổ biến | Nghị quyết Tỉnh ủy")
    const objectInField = objectAt < field.length;
    // (a lowercase type word and field before a proper name name that one body too: "trường
    // tiểu học Kim Đồng" is "Trường Tiểu học Kim Đồng")
    // (at a sentence start, whose capital says nothing, a level below the commune without its
    // name names no one body: "Ban điều hành ấp vận động bà con" — every hamlet has one)
    // (a title named by the body's own type word heads this body, whose field follows: "Phó Vụ
    // trưởng | Vụ pháp chế", "Cục trưởng | Cục bảo vệ thực vật")
    // (at a sentence start, a lowercase field with a proper name inside names one body as it does
    // mid-sentence when the type word can be nothing else, a distinctive one: "Chi cục thuế khu vực
    // Đô Lương phối hợp …"; a one-syllable type word there may be a verb or another word's half)
    const atStartBeforeName = (): boolean => whole && capitalInside;
    // (a number closing the field names one body of its kind: "Công ty điện lực 1 và …", "Công ty
    // xây dựng số 4"; a number with more words after it counts them: "Trung tâm mở 10 lớp")
    const numbered = !objectInField && numberClosesNameAt(text, words, keys, j);
    const titledByType = afterTitle === true && type.length === 1 && i >= 2 && (keys[i - 1] === keys[i] || keys[i - 2] === keys[i]);
    const named =
      zone.length > 0 ||
      (startsSentence
        ? (!objectInField && ((lv > 0 && (placeLen > 0 || MAIN_LEVELS.has(keys.slice(j, j + lv).join(' ')))) || committee)) || goesOn === 'capital' || atStartBeforeName() || numbered
        : typeCapital
          ? (!objectInField && (lv > 0 || committee || owner)) || capitalInside || whole || titledByType || goesOn === 'capital' || numbered || amongSiblings(text, words, keys, i, tEnd, j)
          : (lv > 0 && (placeLen > 0 || (MAIN_LEVELS.has(keys.slice(j, j + lv).join(' ')) && !pluralMarkerEndingAt(words, j - 1) && !isGenericAt(text, words, i) && !kindOfUnitAt(text, words, j + lv)))) || nameAfterField(text, words, keys, tries, i, tEnd));
    // (a bare level word listed with others names every unit of those levels: "trung tâm y tế
    // huyện/thị xã", as a known body's "hội khuyến học xã, phường")
    // (… or a named unit opening a list of units, the body in lower case: "chi cục thuế thành phố
    // Vinh, | các huyện …" is each of their offices)
    const levelsListed = lv > 0 && ((placeLen === 0 && levelsListedAt(text, words, j + lv)) || ((!typeCapital || startsSentence) && unitsListedAfter(text, words, j + lv + placeLen)));
    // (… or the field runs to a plural of units, the body written in lower case — its type word's
    // capital opening a sentence says nothing: "Ban chấp hành hội liên hiệp thanh niên | các
    // huyện" is every district's, as after "của"; so after a preposition of place, "Ban chấp hành
    // chi hội | ở mỗi buôn", organisation-grammar.json unitPrepositions)
    // (… or a lowercase run the field stopped short of goes on to one — a comma inside a compound,
    // "và": "Ban chỉ huy phòng, | chống thiên tai và tìm kiếm cứu nạn | các xã")
    const manyAfter = j < words.length && (!typeCapital || startsSentence) && caseShape(words[j].text) !== 'cap' && (inEachUnit(text, words, keys, j) || lowerRunToMany(text, words, keys, j));
    if (!named || levelsListed || manyAfter || ownerSharedBackwards(text, words, keys, j)) return undefined;
    // "Dịp này, Trung tâm tặng giấy khen …": a distinctive type word alone, after the draft named
    // its body in full ("Trung tâm Y tế huyện"), refers back to that body: no field follows it
    // (not an item of a list of bodies of its type word, a neighbour written with its field's
    // capital: "Chi cục Hải quan cửa khẩu …, | Chi cục kiểm tra sau thông quan" is one more of them)
    if (typeCapital && !startsSentence && whole && !((!objectInField && (lv > 0 || committee || owner)) || capitalInside || goesOn === 'capital') && namedInFullBefore(draft, writtenType(words, i, tEnd), words[i].start) && !amongSiblings(text, words, keys, i, tEnd, j) && !fieldNamedBefore(draft, fieldExpression(text, words, i, tEnd), words[i].start)) return undefined;
    if (!typeCapital && !startsSentence) words.slice(i, tEnd).forEach((w, n) => checks.push({ word: w, expected: withShape(w.text, n === 0 ? 'cap' : 'lower'), certainty: 'clear' }));
    for (const w of field) if (phraseStarts.has(w) && !isCapitalised(w.text)) checks.push({ word: w, expected: withShape(w.text, 'cap'), certainty: 'clear' });
  } else {
    // a capitalised field: the type word lowercase ("phòng Bảo trợ xã hội") or the name in
    // Title Case ("Trung Tâm Y Tế") is wrong
    if (!typeCapital) {
      // (the body of many units: "phòng Dân tộc | các huyện"; not where the field ran on into
      // the sentence's verb first, "giảng viên khoa Nông nghiệp hướng dẫn | các kỹ thuật")
      // (a marker that opens a word with the syllable after it is that word: "khoa Hồi sức | cấp cứu")
      const marker = j < words.length ? pluralMarkerAt(words, j) : 0;
      const ofMany = marker > 0 && blankGap(text, words, j - 1) && caseShape(words[j].text) === 'lower' && (levelWordAt(words, j + marker) > 0 || (field.length <= 2 && !opensWord(text, words, j)));
      if (startsSentence || ofMany || pluralOwnerAfter(text, words, keys, j)) return undefined;
      // a lowercase kind of body and the country's name alone says of what country, not which
      // body ("tiêu chí chất lượng bệnh viện Việt Nam": the hospitals of Viet Nam); a name goes
      // on after it ("bệnh viện Việt Nam - Cu Ba", "trường Hữu nghị Việt Nam - Lào")
      // (lowercase words after it say what of theirs: "… bệnh viện Việt Nam phiên bản 2.0")
      const countryOnly = field.length >= COUNTRY.length && COUNTRY.every((k, n) => syllableKey(field[n].text) === k) && field.slice(COUNTRY.length).every((w) => caseShape(w.text) === 'lower');
      if (countryOnly && !(j < words.length && /^\s*[-–—]\s*$/u.test(gapAt(text, words, j - 1)))) return undefined;
      checks.push({ word: words[i], expected: withShape(words[i].text, 'cap'), certainty: 'clear' });
    }
    // (a company's legal form is written as it registered: "Công ty Cổ phần", "Công ty cổ phần")
    // (and a syllable companies register either way is theirs: "Tổng Công ty", "Tổng công ty")
    const typeKey = keys.slice(i, tEnd).join(' ');
    const form = LEGAL_FORM_FROM.get(typeKey) ?? tEnd - i;
    const registered = AS_REGISTERED_AT.get(typeKey);
    words.slice(i + 1, i + form).forEach((w, n) => {
      if (caseShape(w.text) === 'cap' && n + 1 !== registered) checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
    });
    // … or the field after its kind lowercase ("Trường Đại học y dược Thái Bình")
    if (afterKind && caseShape(afterKind.text) === 'lower' && !functionAt(keys, j - field.length + field.indexOf(afterKind))) checks.push({ word: afterKind, expected: withShape(afterKind.text, 'cap'), certainty: 'clear' });
    // … or a field phrase after a dash lowercase ("Ban Chính sách - pháp luật"), not in a branch's rest
    const rest = branchRest(field, head, phraseStarts);
    for (const w of field) if (phraseStarts.has(w) && w !== afterKind && caseShape(w.text) === 'lower' && !rest.includes(w)) checks.push({ word: w, expected: withShape(w.text, 'cap'), certainty: 'clear' });
    // … or a kind of body of one word opening the field in Title Case ("Trường Cao Đẳng | Đường
    // sắt", "Trường Mầm Non | Hoa Sen"): the kind is a word of the grammar's (organisation-grammar.json
    // kinds), written with its first capital only, whatever name follows it; a longer kind may keep
    // a capital inside ("Trường Phổ thông Dân tộc nội trú"), and is left to the figures
    const kindLength = afterKind ? field.indexOf(afterKind) : kinds?.has(field.map((w) => syllableKey(w.text)).join(' ')) ? field.length : 0;
    const kindTitled = kindLength === 2 && caseShape(field[0].text) === 'cap' && caseShape(field[1].text) === 'cap';
    const kindChecks = kindTitled ? [{ word: field[1], expected: withShape(field[1].text, 'lower'), certainty: 'clear' as const }] : [];
    checks.push(...kindChecks);
    // a name written right is still a name: the other rules leave its capitals alone
    const kindWords = new Set(kindChecks.map((c) => c.word));
    checks.push(...titleCaseField(field, phraseStarts).filter((c) => !kindWords.has(c.word)));
    // … and the field read against how real drafts write it: an inner capital they write is
    // theirs, one they never write in a field they show often enough is a slip ("Hội đồng Giáo
    // dục Quốc phòng" → "Giáo dục quốc phòng"; dictionaries/field-phrases.json,
    // core/lexicon/field-usage.ts); not in a branch's rest, read below
    const usage = fieldUsageChecks(head > 0 ? field.slice(0, head) : field, phraseStarts, checks);
    if (usage !== checks) checks.splice(0, checks.length, ...usage);
    // (a field all in Title Case in which the drafts' usage lowered a capital inside a word —
    // "Hội Bảo Vệ | Quyền Trẻ Em": "bảo vệ" is written lowercase after "Bảo" by every draft that
    // shows the field — is in Title Case by slip, as when the figures tell a word's second half:
    // the rest of it is read as titleCaseField reads such a field)
    if (head === 0 && field.length >= 3 && field.every((w) => caseShape(w.text) === 'cap') && usage.some((c) => c.word !== field[0] && field.includes(c.word) && c.expected === withShape(c.word.text, 'lower'))) {
      const have = new Set(checks.map((c) => c.word));
      checks.push(...titleCaseField(field, phraseStarts, true).filter((c) => !have.has(c.word)));
    }
    // … or a capital in a branch's rest ("Phòng Cảnh sát Giao thông", "Cảnh sát Phòng cháy")
    const seen = new Set(checks.map((c) => c.word));
    for (const w of rest) if (caseShape(w.text) === 'cap' && !seen.has(w)) checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
  }
  // the zones' words are lowercase but each "khu", which bodies register either way ("các Khu chế xuất và công nghiệp")
  const zoneChecks = zoneLowercase(zone);
  checks.push(...zoneChecks);
  // the name ends where the field's words stop holding together: after its first two
  // syllables, its last capital or phrase start, and the rest of that compound ("Cục thống
  // kê | chủ trì", "Viện nghiên cứu Dư luận | xã hội")
  let last = 0;
  field.forEach((w, n) => {
    if (phraseStarts.has(w) || /\p{Lu}/u.test(w.text)) last = n;
  });
  // (a lowercase phrase after "và" runs to the level word: it is all the name's)
  let kept = lowerAfterVa >= 0 || tableEnd >= 0 ? field.length : Math.min(Math.max(2, last + 1), field.length);
  while (kept < field.length && knownPair(syllableKey(field[kept - 1].text), syllableKey(field[kept].text))) kept++;
  const checked = new Set(checks.map((c) => c.word));
  while (kept < field.length && field.slice(kept).some((w) => checked.has(w))) kept++;
  // a Title Case level word after the name belongs to the same answer ("… Quân Sự Tỉnh")
  let endWord = field[kept - 1];
  // (not the level word of a place whose name holds it, "Thành phố Hồ Chí Minh", "Thủ đô Hà Nội")
  if (kept === field.length && lv > 0 && !committeeAfterLevel(text, words[j + lv - 1]) && checks.length > 0 && isCapitalised(words[j].text) && !specialUnitAt(keys, j, lv)) {
    // (nor a lesser level word with no name after it that follows a capital: it is the last
    // syllable of the place's name, "Trung tâm khuyến nông Lai Châu", "Tân Châu", not "châu")
    const endsPlaceName = placeLen === 0 && !MAIN_LEVELS.has(keys.slice(j, j + lv).join(' ')) && isCapitalised(field[field.length - 1].text);
    if (!endsPlaceName) words.slice(j, j + lv).forEach((w) => checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' }));
    endWord = words[j + lv - 1];
  }
  // (a zone's capital corrected: the answer runs to the zones' end)
  if (zoneChecks.length > 0 && endWord.end < zone[zone.length - 1].end) endWord = zone[zone.length - 1];
  const end = wordEnd(endWord);
  const match: OrganisationMatch = {
    start: wordStart(words[i]),
    end,
    text: text.slice(wordStart(words[i]), end),
    canonical: '',
    expected: '',
    status: 'clear',
    parts: [{ kind: 'pattern', words: [...words.slice(i, tEnd), ...field] }],
    named: true,
    checks,
    pattern: true,
  };
  match.expected = applyChecks(text, match.start, match.end, checks, true);
  match.canonical = match.expected;
  return { match, endIndex: j };
}

const SO = syllableKey('số');
/** how many lowercase words of a field may stand before the zones of one body */
const ZONE_FIELD = 4;
/** The lowercase field from word `from` runs, within ZONE_FIELD words joined by blanks, to the zones of one body (zonesOfOneAt). */
export function zonesAfterField(draft: Draft, words: Word[], keys: string[], from: number): boolean {
  for (let k = from + 1; k < words.length && k - from <= ZONE_FIELD; k++) {
    if (!blankGap(draft.text, words, k - 1)) return false;
    if (zonesOfOneAt(draft, words, keys, k) > 0) return true;
    if (caseShape(words[k].text) !== 'lower' || functionAt(keys, k)) return false;
  }
  return false;
}
/**
 * A body's number closes its name at word j: "số" and digits ("Công ty xây dựng số 4"), or
 * digits that end the sentence or a list's item before "và" ("Công ty điện lực 1 và …").
 * Digits before another word count it: "Trung tâm mở 10 lớp".
 */
function numberClosesNameAt(text: string, words: Word[], keys: string[], j: number): boolean {
  if (j >= words.length || !blankGap(text, words, j - 1)) return false;
  const digits = (n: number): boolean => n < words.length && /^\d{1,3}$/u.test(words[n].text);
  if (keys[j] === SO && blankGap(text, words, j) && digits(j + 1)) return true;
  // (the sentence's last word keeps its full stop: "… Công ty điện lực 2.")
  if (j === words.length - 1 && /^\d{1,3}\.$/u.test(words[j].text)) return true;
  if (!digits(j)) return false;
  // (a mark after the digits says nothing: "giống lúa Đài thơm 8, ST25", "mục tiêu 100%", "3,5 tỷ")
  const n = j + 1;
  return n >= words.length || (keys[n] === VA && blankGap(text, words, j));
}

/** how many words the field of an international body's name may hold before its scope */
const INTERNATIONAL_FIELD = 6;
/**
 * An international body's Vietnamese name at word i (organisation-grammar.json
 * internationalBodies): a head of its own written capitalised ("Tổ chức", which names no
 * Vietnamese body by the type-word grammar — lowercase it is the verb), a field opening with a
 * capital and up to INTERNATIONAL_FIELD words joined by blanks, and the body's scope ("Thế giới",
 * "Quốc tế", "Liên Hợp Quốc", also written lowercase): "Tổ chức Thương mại Thế giới". One body's
 * name as the body writes it: a match with no check, so no capitalisation rule lowers it.
 */
/** the first syllable of each of INTERNATIONAL_HEADS ("tổ", "chương", …) */
const INTERNATIONAL_FIRSTS = new Set(INTERNATIONAL_HEADS.map((h) => h[0]));
/** the first syllable of every type word patternAt and internationalBodyAt read a body from */
const UNKNOWN_BODY_FIRSTS = new Set([...TYPES_BY_FIRST.keys(), ...BRANCH_TYPES.map((t) => t[0]), ...INTERNATIONAL_FIRSTS]);

/**
 * Whether a body the grammar reads (patternAt, internationalBodyAt) may open with the syllable
 * of this key: both find nothing at a word whose key opens none of their type words or heads.
 */
export function mayOpenUnknownBody(key: string): boolean {
  return UNKNOWN_BODY_FIRSTS.has(key);
}

export function internationalBodyAt(draft: Draft, s: Sentence, i: number): { match: OrganisationMatch; endIndex: number } | undefined {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  // (every word the chains and the grammar did not read comes here: most open no head, one lookup)
  if (!INTERNATIONAL_FIRSTS.has(keys[i])) return undefined;
  const head = INTERNATIONAL_HEADS.find((h) => h.every((k, n) => keys[i + n] === k && (n === 0 || blankGap(text, words, i + n - 1))));
  if (!head || caseShape(words[i].text) !== 'cap') return undefined;
  const from = i + head.length;
  if (from >= words.length || !blankGap(text, words, from - 1) || caseShape(words[from].text) !== 'cap') return undefined;
  for (let k = from + 1; k < words.length && k - from <= INTERNATIONAL_FIELD; k++) {
    if (!blankGap(text, words, k - 1) || !/^[\p{L}\p{M}]+$/u.test(words[k].text) || functionAt(keys, k)) return undefined;
    const scope = INTERNATIONAL_SCOPES.find((sc) => sc.every((x, n) => keys[k + n] === x && (n === 0 || blankGap(text, words, k + n - 1))));
    // (the scope either case: “Tổ chức Thương mại thế giới” is as often written, a house style's choice)
    if (!scope || caseShape(words[k].text) === 'upper') continue;
    const last = words[k + scope.length - 1];
    const start = wordStart(words[i]);
    const end = wordEnd(last);
    const match: OrganisationMatch = { start, end, text: text.slice(start, end), canonical: text.slice(start, end), expected: text.slice(start, end), status: 'clear', parts: [{ kind: 'pattern', words: words.slice(i, k + scope.length) }], named: true, checks: [], pattern: true };
    return { match, endIndex: k + scope.length };
  }
  return undefined;
}

/**
 * places whose capitalised level word is part of the name or accepted before it (generic-markers.json
 * specialUnits, their `alsoCapitalised`), as key lists of the level word and of the name
 */
const SPECIAL_UNITS: Array<{ level: string[]; name: string[] }> = markers.specialUnits.flatMap((sp) =>
  [sp.level, ...(('alsoCapitalised' in sp ? sp.alsoCapitalised : undefined) ?? [])].map((level) => ({ level: level.split(' ').map(syllableKey), name: sp.name.split(' ').map(syllableKey) })),
);
/** The level word of `lv` syllables at j and the name after it make one of SPECIAL_UNITS. */
export function specialUnitAt(keys: string[], j: number, lv: number): boolean {
  return SPECIAL_UNITS.some((u) => u.level.length === lv && u.level.every((k, n) => keys[j + n] === k) && u.name.every((k, n) => keys[j + lv + n] === k));
}

const VA = syllableKey('và');
/** how many words a lowercase phrase after "và" may hold before the level word the name goes on with */
const LOWER_PHRASE_MAX = 6;

/** how many lowercase words the rest of a field may run before the units it stands in (two phrases of LOWER_PHRASE_MAX at most: "chống thiên tai và tìm kiếm cứu nạn") */
const LOWER_RUN_MAX = 10;
/**
 * The lowercase words from j, joined by blanks, by "và" or by the comma of a compound
 * (organisation-grammar.json commaCompounds: "phòng, chống"), run within LOWER_RUN_MAX words
 * and no other function word to a count or a plural marker and a level word (see inEachUnit).
 */
function lowerRunToMany(text: string, words: Word[], keys: string[], j: number): boolean {
  for (let k = j; k < words.length && k - j < LOWER_RUN_MAX; k++) {
    if (!blankGap(text, words, k - 1) && !(/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(gapAt(text, words, k - 1)) && commaCompoundAt(keys, k))) return false;
    if (caseShape(words[k].text) !== 'lower') return false;
    if (k > j && inEachUnit(text, words, keys, k)) return true;
    if (keys[k] !== VA && functionAt(keys, k)) return false;
  }
  return false;
}
/** the words before the name of a people or its language ("người", "đồng bào", "tiếng": common-nouns.json ethnicGroups.openers), as key lists */
const PEOPLE_OPENERS = commonNouns.ethnicGroups.openers.map((o) => o.split(/\s+/u).map(syllableKey));
/** the peoples' names (common-nouns.json ethnicGroups.names; "Bru - Vân Kiều" as its words), as key lists */
const PEOPLE_NAMES = commonNouns.ethnicGroups.names.map((n) => n.split(/[\s-]+/u).filter(Boolean).map(syllableKey));

/**
 * A lowercase opener of a people's name at word n and, right after it, a people's or a
 * country's name, capitalised ("người | Ê Đê", "tiếng | Xơ Đăng", "người | Việt Nam").
 */
function peopleNamedAt(text: string, words: Word[], keys: string[], n: number): boolean {
  for (const o of PEOPLE_OPENERS) {
    if (!o.every((k, m) => keys[n + m] === k && caseShape(words[n + m].text) === 'lower' && (m === 0 || blankGap(text, words, n + m - 1)))) continue;
    const at = n + o.length;
    if (at >= words.length || !blankGap(text, words, at - 1) || !isCapitalised(words[at].text)) continue;
    if (countryAt(text, words, keys, at) || PEOPLES_AND_COUNTRIES.some((p) => p.every((k, m) => keys[at + m] === k && (m === 0 || blankGap(text, words, at + m - 1))))) return true;
  }
  return false;
}
/** the people a body works with (structure.json participantNouns, countedPeople: "nông dân", "hội viên"), as key lists, longest first */
const PERSON_NOUNS = PEOPLE.map((p) => p.split(/\s+/u).map(syllableKey)).sort((a, b) => b.length - a.length);
/**
 * the pairs that open a field phrase inside the names the lexicon knows, the first syllable
 * capitalised and the next lowercase ("phát triển" of "… và Phát triển nông thôn", "bảo vệ",
 * "chính sách"), as "key key": what a field is made of, learnt from the names, not one list
 * of fields; "bà con", "ngư dân", "chủ rừng" open none
 */
const FIELD_OPENING_PAIRS = new Set<string>();
/** the pairs that open a body's own name ("mặt trận" of "Mặt trận Tổ quốc Việt Nam"): a body of its own after "và", no field */
const BODY_OPENING_PAIRS = new Set<string>();
for (const e of organisationEntries) {
  const t = e.canonical.split(/[\s,–-]+/u).filter(Boolean);
  if (t.length >= 2) BODY_OPENING_PAIRS.add(`${syllableKey(t[0])} ${syllableKey(t[1])}`);
  for (let n = 1; n + 1 < t.length; n++) if (caseShape(t[n]) === 'cap' && caseShape(t[n + 1]) === 'lower') FIELD_OPENING_PAIRS.add(`${syllableKey(t[n])} ${syllableKey(t[n + 1])}`);
}
/**
 * A field phrase opens at word n: a pair the lexicon's names open a field with, or one real drafts
 * write capitalised mid-sentence before a lowercase syllable at least FIELD_SEEN times ("Bảo vệ",
 * capitalisation-stats.json continuations), and no body's own opening ("mặt trận").
 */
function fieldOpensAt(keys: string[], n: number): boolean {
  const pair = `${keys[n]} ${keys[n + 1]}`;
  if (BODY_OPENING_PAIRS.has(pair)) return false;
  return FIELD_OPENING_PAIRS.has(pair) || (continuationCounts(keys[n], keys[n + 1])?.[0] ?? 0) >= FIELD_SEEN;
}
/** how many times drafts must have written a pair capitalised, mid-sentence, for it to open a field */
const FIELD_SEEN = 3;
/** A person noun opens at word n ("Hội Nông dân và | nông dân xã", "… và | hội viên phụ nữ xã"). */
function personNounAt(keys: string[], n: number): boolean {
  return PERSON_NOUNS.some((p) => p.every((k, m) => keys[n + m] === k));
}
/** how many words before a list joiner the type word of the item before may stand */
const SIBLING_REACH = 8;
/**
 * The body from word i (type word to tEnd, field to j) is an item of a list of bodies of its own
 * type word, a neighbour written with its field's capital right before or after it (a comma or
 * "và" between): "Phòng thu | và Phòng Công nghệ thông tin", "Phòng Hành chính - Tổng hợp và |
 * Phòng nghiệp vụ". Like its neighbour it is one named body, its field's capital lost.
 */
function amongSiblings(text: string, words: Word[], keys: string[], i: number, tEnd: number, j: number): boolean {
  // (a level word after the type word is its place, no field: "Thư viện Quốc gia Việt Nam và Thư viện | tỉnh")
  if (levelWordAt(words, tEnd) > 0) return false;
  const type = keys.slice(i, tEnd);
  const sibling = (m: number): boolean =>
    m >= 0 &&
    m + type.length < words.length &&
    type.every((k, n) => keys[m + n] === k && (n === 0 || blankGap(text, words, m + n - 1))) &&
    isCapitalised(words[m].text) &&
    blankGap(text, words, m + type.length - 1) &&
    caseShape(words[m + type.length].text) === 'cap';
  if (j < words.length) {
    if (keys[j] === VA && blankGap(text, words, j - 1) && blankGap(text, words, j) && sibling(j + 1)) return true;
    if (/^\s*,\s*$/u.test(gapAt(text, words, j - 1)) && sibling(j)) return true;
  }
  // the item before ends at `last`: right before "và", or before a comma
  const last = i >= 2 && keys[i - 1] === VA && blankGap(text, words, i - 2) && blankGap(text, words, i - 1) ? i - 2 : i >= 1 && /^\s*,\s*$/u.test(gapAt(text, words, i - 1)) ? i - 1 : -1;
  for (let m = last - type.length; m >= 0 && last - m <= SIBLING_REACH; m--) {
    if (sibling(m)) return true;
  }
  return false;
}

const CUA = syllableKey('của');
/**
 * The body ending before word j belongs to many owners: "của", a plural marker and a type word
 * or a level word ("khoa Kiểm soát nhiễm khuẩn | của các bệnh viện trong tỉnh"): one in each of
 * them, a kind, not one body whose type word lost its capital.
 */
function pluralOwnerAfter(text: string, words: Word[], keys: string[], j: number): boolean {
  if (j + 2 >= words.length || keys[j] !== CUA || !blankGap(text, words, j - 1) || !blankGap(text, words, j)) return false;
  const marker = pluralMarkerAt(words, j + 1);
  if (marker === 0 || caseShape(words[j + 1].text) !== 'lower' || !blankGap(text, words, j + marker)) return false;
  return typeWordAt(keys, j + 1 + marker) > 0 || levelWordAt(words, j + 1 + marker) > 0;
}

/** Word j and the next, joined by a blank, make a listed word ("cấp cứu", not "các huyện"). */
function opensWord(text: string, words: Word[], j: number): boolean {
  return j + 1 < words.length && blankGap(text, words, j) && isListedPair(wordLookupKey(words[j]), wordLookupKey(words[j + 1]));
}

/** The type word at i is the second half of a word with the syllable before ("cơ sở", "thị trường", "rừng phòng hộ"). */
function endsWordBefore(text: string, words: Word[], keys: string[], i: number): boolean {
  return i > 0 && blankGap(text, words, i - 1) && (mostlyAfter(keys[i - 1], keys[i]) || ENDING_IN_TYPE.has(`${keys[i - 1]} ${keys[i]}`));
}

/**
 * The type word at i is the second half of a word by any account: the figures, a listed word
 * ("chuyên | khoa", "đặt | phòng") or a longer type word ("ủy | ban mặt trận Tổ quốc").
 */
function inWordBefore(text: string, words: Word[], keys: string[], i: number): boolean {
  return endsWordBefore(text, words, keys, i) || (i > 0 && blankGap(text, words, i - 1) && (isListedPair(wordLookupKey(words[i - 1]), wordLookupKey(words[i])) || typeWordAt(keys, i - 1) > 1));
}

/**
 * "trường THCS Nguyễn Du": a lowercase type word at i, an abbreviated field at `tEnd` and a
 * proper name name one body, whose type word lost its capital; not before the abbreviation of
 * the owner body ("các phòng ban UBND Thị xã"), nor where the lexicon knows the body.
 */
function abbreviatedBody(draft: Draft, words: Word[], keys: string[], tries: Tries, i: number, tEnd: number): { match: OrganisationMatch; endIndex: number } | undefined {
  const text = draft.text;
  // (a Roman numeral is a rank, no field: "bác sĩ chuyên khoa II Lê Thị Nga")
  if (!/^\p{Lu}{2,}$/u.test(words[tEnd].text) || /^[IVXLC]+$/u.test(words[tEnd].text) || !blankGap(text, words, tEnd) || properNameAfter(draft, words, tEnd + 1) === 0) return undefined;
  if (longestAt(tries.organisations, text, words, keys, i) || longestAt(tries.organisations, text, words, keys, tEnd) || inWordBefore(text, words, keys, i)) return undefined;
  const checks: SyllableCheck[] = words.slice(i, tEnd).map((w, n) => ({ word: w, expected: withShape(w.text, n === 0 ? 'cap' : 'lower'), certainty: 'clear' }));
  const start = wordStart(words[i]);
  const end = wordEnd(words[tEnd]);
  const match: OrganisationMatch = { start, end, text: text.slice(start, end), canonical: '', expected: '', status: 'clear', parts: [{ kind: 'pattern', words: words.slice(i, tEnd + 1) }], named: true, checks, pattern: true };
  match.expected = applyChecks(text, start, end, checks, true);
  match.canonical = match.expected;
  return { match, endIndex: tEnd + 1 };
}

/** document types a draft names (common-nouns.json documentReferences: "Luật", "Nghị định", "Đề án", "Công ước"), as key lists; special-noun-case reads them too (through core/lexicon.ts) */
export const DOCUMENT_HEADS = commonNouns.documentReferences.words.map((w) => w.split(/\s+/u).map(syllableKey));
/** the heads of a language's name written lowercase before it ("tiếng", "chữ": common-nouns.json evidence.languageHeads) */
const LANGUAGE_HEADS = new Set(commonNouns.evidence.languageHeads.map(syllableKey));
/** names of countries (common-nouns.json evidence.countries), as key lists */
const COUNTRY_NAMES = commonNouns.evidence.countries.map((c) => c.split(/\s+/u).map(syllableKey));
/** the names peopleNamedAt looks for after a people's opener, joined once */
const PEOPLES_AND_COUNTRIES = [...PEOPLE_NAMES, ...COUNTRY_NAMES];

/** A country's name of two syllables or more (COUNTRY_NAMES) ends at word n, capitalised: "Nhật | Bản". */
function countryEndsAt(text: string, words: Word[], keys: string[], n: number): boolean {
  return COUNTRY_NAMES.some((c) => c.length > 1 && n - c.length + 1 >= 0 && c.every((x, m) => keys[n - c.length + 1 + m] === x && isCapitalised(words[n - c.length + 1 + m].text) && (m === 0 || blankGap(text, words, n - c.length + m))));
}

/**
 * Where, in a lowercase field after a type word, the name of another thing opens, the object of
 * the field's first words (`field.length` when none): a capitalised document type ("phổ biến |
 * Nghị định số 37"), a language head before a capitalised name ("nói | tiếng Chăm"), a country's
 * name ("mời chuyên gia | Nhật Bản"). A body's own field goes on with its own words; its capital
 * there says a name opens, not that the words before it were the body's field.
 */
function objectNameAt(text: string, field: Word[]): number {
  const keys = field.map((w) => syllableKey(w.text));
  const at = (list: string[][], k: number): boolean => list.some((d) => d.every((x, n) => keys[k + n] === x && (n === 0 || blankGap(text, field, k + n - 1))) && isCapitalised(field[k].text));
  for (let k = 1; k < field.length; k++) {
    if (!isCapitalised(field[k].text)) continue;
    if (LANGUAGE_HEADS.has(keys[k - 1]) && caseShape(field[k - 1].text) === 'lower' && blankGap(text, field, k - 1)) return k - 1;
    if (at(DOCUMENT_HEADS, k) || at(COUNTRY_NAMES, k)) return k;
  }
  return field.length;
}

/**
 * Word j is a lowercase word of one syllable that real drafts never capitalise mid-sentence
 * (capital-evidence.ts) and that makes no word with the syllable after it, by any list or the
 * figures ("chọn | Cầu Ngang", "cấp | một bộ"; not "quản | lý", "bồi | dưỡng"): a verb, no
 * field's first word.
 */
function loneVerbAt(text: string, words: Word[], keys: string[], j: number): boolean {
  if (j >= words.length || !blankGap(text, words, j - 1) || caseShape(words[j].text) !== 'lower') return false;
  if (!(neverCapitalised(keys[j]) || neverSeenCapitalised(keys[j]))) return false;
  // (nor the second half of a word with the type word's last syllable: "Phòng | khám")
  if (isListedPair(wordLookupKey(words[j - 1]), wordLookupKey(words[j]))) return false;
  if (j + 1 >= words.length || !blankGap(text, words, j)) return true;
  const a = wordLookupKey(words[j]);
  const b = wordLookupKey(words[j + 1]);
  return !(isListedPair(a, b) || isGeneralPair(a, b) || knownPair(keys[j], keys[j + 1]));
}

/**
 * The draft wrote the type word from i to tEnd and the FIELD_COMPARED words after it before word i, the
 * field's first with its capital ("Chi cục Bảo vệ môi trường … | Chi cục bảo vệ môi trường"):
 * the same body named again, its field's capital lost, not the type word alone and a verb.
 */
/**
 * The words of a field after a branch's head of `head` words (branchHeadAt), up to the first
 * capitalised one that drafts write capitalised as often as not, a proper name's ("Phòng Cảnh sát
 * giao thông | Long Hòa"), or that opens a phrase after a separator: the branch's rest, one
 * lowercase phrase.
 */
function branchRest(field: Word[], head: number, phraseStarts: Set<Word>): Word[] {
  if (head === 0) return [];
  const out: Word[] = [];
  for (const w of field.slice(head)) {
    // (a capital after a comma, a dash or "và" opens another item: "Phòng Cảnh sát giao thông, | Đội Cảnh sát …")
    if (caseShape(w.text) === 'cap' && phraseStarts.has(w)) break;
    if (caseShape(w.text) === 'cap') {
      const counts = countsOf(syllableKey(w.text));
      if (!counts || counts[1] >= counts[0]) break;
    } else if (caseShape(w.text) !== 'lower') break;
    out.push(w);
  }
  return out;
}

/** how many words of the field fieldExpression compares */
const FIELD_COMPARED = 3;

/**
 * The expression fieldNamedBefore (draft-facts.ts) looks for before type word i: the type words
 * and the field's first words, any case, blanks between them; its group the field's first word
 * (the draft wrote the field before when that group is capitalised). Empty: the sentence ends
 * before a field word.
 */
function fieldExpression(text: string, words: Word[], i: number, tEnd: number): string {
  // (three words of it where the sentence has them: "Chi cục bảo vệ | quyền lợi" is no "Chi cục Bảo vệ | môi trường")
  let n = 1;
  while (n < FIELD_COMPARED && tEnd + n < words.length && blankGap(text, words, tEnd + n - 1)) n++;
  if (tEnd + n > words.length) return '';
  const escape = (w: Word): string => w.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // (blanks between the words, either case; the field's first word capitalised in the match taken)
  const type = words.slice(i, tEnd).map(escape).join('[ \\t\\u00a0]+');
  const field = words.slice(tEnd, tEnd + n).map(escape);
  return `(?<!\\p{L}|\\p{M})(?:${type})[ \\t\\u00a0]+(${field[0]})${field.slice(1).map((f) => `[ \\t\\u00a0]+${f}`).join('')}(?!\\p{L}|\\p{M})`;
}

/** The type words i to tEnd as namedInFullBefore (draft-facts.ts) looks for them: their text joined by spaces, escaped. */
function writtenType(words: Word[], i: number, tEnd: number): string {
  return words
    .slice(i, tEnd)
    .map((w) => w.text)
    .join(' ')
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A proper name right after a lowercase field of one to four words at `from`, the type word
 * at `i` ("tiểu học | Kim Đồng", "phát thanh | Hà Nội"): a capitalised word, not an
 * abbreviation and not the type word of another body, every word joined by blanks.
 */
function nameAfterField(text: string, words: Word[], keys: string[], tries: Tries, i: number, from: number): boolean {
  // (the type word and the field's first syllable make another word: "rừng phòng hộ"; or the
  // lexicon knows the body the type word opens: "ban công tác Mặt trận" is its answer)
  if (isListedPair(wordLookupKey(words[from - 1]), wordLookupKey(words[from])) || longestAt(tries.organisations, text, words, keys, i)) return false;
  if (inWordBefore(text, words, keys, i)) return false;
  // (a field opens with no preposition or verb, nor a syllable drafts never capitalise: "cán bộ
  // hội | biết tiếng Mông", "chi hội | bằng tiếng Mông" go on with the sentence, and "tập đoàn |
  // cứ điểm Điện Biên Phủ" is a type word inside a longer common term)
  if (NOT_FIELD_OPENERS.has(keys[from]) || neverCapitalised(keys[from]) || neverSeenCapitalised(keys[from])) return false;
  for (let k = from; k < words.length && k <= from + 4; k++) {
    if (k > from && !blankGap(text, words, k - 1)) return false;
    // a level word brings a place, not this name ("phòng hộ huyện Lâm Bình", "Phường 8C")
    if (levelWordAt(words, k) > 0) return false;
    const shape = caseShape(words[k].text);
    if (shape === 'lower') {
      // (a function word ends the field: "đặt phòng trực tuyến như | Booking"; so does a verb that
      // opens no field further on: "cán bộ đoàn, hội phụ nữ | biết tiếng Jrai")
      if (functionAt(keys, k) || genreWords().functionWords.has(wordLookupKey(words[k])) || /\d/u.test(words[k].text) || NOT_FIELD_OPENERS.has(keys[k])) return false;
      continue;
    }
    // … nor a people or a language named after its head ("cán bộ hội | phiên dịch | tiếng Xơ
    // Đăng": the body's staff interpreting; common-nouns.json ethnicGroups): the capital is theirs
    if (peopleNamedAt(text, words, keys, k - 1)) return false;
    // … nor the body the field's unit belongs to ("phòng nghiệp vụ Công an tỉnh"), nor an
    // award's rank: the type word is then the subject that won it ("trường đoạt giải Nhất")
    return k > from && shape === 'cap' && typeWordAt(keys, k) === 0 && !BEFORE_RANK.has(keys[k - 1]) && !longestAt(tries.organisations, text, words, keys, k);
  }
  return false;
}

/**
 * The field of a name in Title Case: a capital that real drafts never write after the
 * syllable before it ("Y Tế", "Chương Trình") is lowered. When every syllable of the field
 * is capitalised the capitals say nothing, so every syllable the drafts write lowercase more
 * often than not ("Dự Phòng") is lowered too, except the first of each field phrase, a
 * person's name, a syllable never seen and one drafts go on capitalising after the one
 * before ("Việt Nam"). `slipKnown`: the field is known to be in Title Case by slip (the drafts'
 * usage lowered a capital inside it), whether or not a pair in it tells a word's second half.
 */
function titleCaseField(field: Word[], phraseStarts: Set<Word>, slipKnown = false): SyllableCheck[] {
  const out: SyllableCheck[] = [];
  const keys = field.map((w) => syllableKey(w.text));
  const lowerPair = slipKnown || keys.some((k, n) => n > 0 && !phraseStarts.has(field[n]) && caseShape(field[n].text) === 'cap' && caseShape(field[n - 1].text) === 'cap' && secondHalfOfWord(keys[n - 1], k));
  if (!lowerPair) return out;
  const allTitle = field.length >= 2 && field.every((w) => caseShape(w.text) === 'cap');
  for (let n = 1; n < field.length; n++) {
    const w = field[n];
    // a person's name ends the field ("Trường Tiểu học Lý Cảnh Hớn"), but a surname-like
    // syllable that ends a word with the one before is no name's ("Khuyến Nông Quốc Gia")
    // (or makes a listed word with it: "Trợ Giúp Pháp | Lý Nhà Nước" is "pháp lý", no "Lý" of a name)
    if (isSurname(keys[n]) && field[n + 1] && isCapitalised(field[n + 1].text) && !secondHalfOfWord(keys[n - 1], keys[n]) && !isListedPair(wordLookupKey(field[n - 1]), wordLookupKey(w))) break;
    if (phraseStarts.has(w) || caseShape(w.text) !== 'cap') continue;
    // a proper name the drafts keep capitalised ends the field ("Khuyến Nông An Giang")
    // (several drafts' capitals, not one draft's own Title Case: continuationAcrossDrafts)
    if (field[n + 1] && caseShape(field[n + 1].text) === 'cap' && continuationAcrossDrafts(keys[n], keys[n + 1]) === 'capital') break;
    const c = continuationAcrossDrafts(keys[n - 1], keys[n]);
    // a syllable never seen is likely a proper name's; one capitalised half the time or more too
    const counts = countsOf(keys[n]);
    const common = !!counts && counts[1] < counts[0];
    if (secondHalfOfWord(keys[n - 1], keys[n]) || (allTitle && c !== 'capital' && common)) out.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
  }
  return out;
}
