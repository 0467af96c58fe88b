/**
 * The grammar around organisation names (rulebook §12.4; dictionaries/organisation-grammar.json):
 * body type words, what is not a body, function words, committee syllables and the verbs a
 * bare committee is the subject of.
 */
import grammarData from '../../../../dictionaries/organisation-grammar.json';
import markers from '../../../../dictionaries/generic-markers.json';
import documents from '../../../../dictionaries/document-names.json';
import type { Draft, Word } from '../draft.js';
import { caseShape, countOrPluralAt, isCapitalised, isListJoiner, levelWordAt, MAIN_LEVEL_FIRSTS, syllableKey, withShape, wordKey } from '../casing.js';
import { organisationEntries, type Tries } from './entries.js';
import { longestAt, syllables } from './trie.js';
import { blankGap, gapAt, properNameAfter, wordEnd } from './words.js';
import type { OrganisationEntry, SyllableCheck } from './types.js';

export const CENTRAL = syllables('Trung ương').tokens.map(syllableKey);
/** the country's own name (“Việt Nam”; organisation-grammar.json country), as syllable keys */
export const COUNTRY = syllables(grammarData.country.name).tokens.map(syllableKey);

/** the country's own name, capitalised, at word j ("Việt Nam") */
export function countryAt(text: string, words: Word[], keys: string[], j: number): boolean {
  return COUNTRY.every((k, n) => keys[j + n] === k && isCapitalised(words[j + n].text) && (n === 0 || blankGap(text, words, j + n - 1)));
}
/** verbs a bare committee is the subject of ("huyện ủy tổ chức …"): it names one specific committee */
const SUBJECT_VERBS = new Set(grammarData.subjectVerbs.map((v) => v.word));
/** body type words for the unknown-body pattern (rulebook §12.4; dictionaries/organisation-grammar.json) */
/** words naming the area a body serves ("khu vực"), as syllable keys (organisation-grammar.json unitWords) */
/** prepositions of place before a count of units ("ở 14 khu phố"): the body before is one in each (organisation-grammar.json unitPrepositions) */
export const UNIT_PREPOSITIONS = new Set(grammarData.unitPrepositions.words.map(syllableKey));
/** words before a lowercase noun that leave its unit unnamed ("một thôn"; organisation-grammar.json indefiniteOwners), as syllable keys */
export const INDEFINITE_OWNERS = new Set(grammarData.indefiniteOwners.words.map(syllableKey));
/** words after a lowercase body that make it a kind of body ("đảng ủy | cơ sở"): organisation-grammar.json bodyKinds, as key lists, longest first */
const BODY_KINDS = grammarData.bodyKinds.words.map((w) => w.split(/\s+/u).map(syllableKey)).sort((a, b) => b.length - a.length);
/**
 * A kind of body at word j, in lower case, joined by blanks, and no name, number or level word
 * right after it ("đảng ủy | cơ sở | trong quý III"; not "công đoàn | cơ sở | Trường …").
 */
export function bodyKindAt(text: string, words: Word[], j: number): boolean {
  for (const k of BODY_KINDS) {
    if (!k.every((key, n) => j + n < words.length && syllableKey(words[j + n].text) === key && caseShape(words[j + n].text) === 'lower' && (n === 0 || blankGap(text, words, j + n - 1)))) continue;
    const after = words[j + k.length];
    return !after || !blankGap(text, words, j + k.length - 1) || (caseShape(after.text) === 'lower' && !/\d/u.test(after.text) && levelWordAt(words, j + k.length) === 0);
  }
  return false;
}
/** Word j is an indefinite word and a lowercase noun follows, joined by blanks to it and to word j-1 ("chi bộ | một thôn"). */
export function unnamedUnitAt(text: string, words: Word[], j: number): boolean {
  return j > 0 && j + 1 < words.length && INDEFINITE_OWNERS.has(syllableKey(words[j].text)) && caseShape(words[j + 1].text) === 'lower' && blankGap(text, words, j - 1) && blankGap(text, words, j);
}
/** the zones a body serves, in the plural inside its name (organisation-grammar.json zonePlurals), as syllable keys */
const ZONE_OPENER = syllableKey(grammarData.zonePlurals.opener);
const ZONE_HEAD = syllableKey(grammarData.zonePlurals.head);
const ZONE_KINDS = grammarData.zonePlurals.kinds.map((k) => k.split(/\s+/u).map(syllableKey)).sort((a, b) => b.length - a.length);
const ZONE_AND = syllableKey('và');
/**
 * The zones a body serves at word j, in the plural ("các khu công nghiệp", "các Khu chế xuất và
 * công nghiệp", "các khu công nghiệp và khu kinh tế"), joined by blanks: how many words, or 0.
 */
export function zonePluralAt(text: string, words: Word[], keys: string[], j: number): number {
  if (keys[j] !== ZONE_OPENER || keys[j + 1] !== ZONE_HEAD || caseShape(words[j].text) !== 'lower' || !blankGap(text, words, j)) return 0;
  const kindAt = (k: number): number => ZONE_KINDS.find((z) => z.every((key, n) => keys[k + n] === key && blankGap(text, words, k + n - 1)))?.length ?? 0;
  let k = j + 2;
  let n = kindAt(k);
  if (n === 0) return 0;
  k += n;
  // (another kind after "và", its "khu" said again or not: "… chế xuất và (khu) công nghiệp")
  while (keys[k] === ZONE_AND && blankGap(text, words, k - 1)) {
    const head = keys[k + 1] === ZONE_HEAD && blankGap(text, words, k) ? 1 : 0;
    n = kindAt(k + 1 + head);
    if (n === 0) break;
    k += 1 + head + n;
  }
  return k - j;
}
/**
 * The zones of zonePluralAt at word j and the body's place right after them, a level word or a
 * proper name ("các khu công nghiệp | tỉnh …", "| Bình Dương"): the plural is one body's name's
 * (organisation-grammar.json zonePlurals). How many words the zones take, or 0.
 */
export function zonesOfOneAt(draft: Draft, words: Word[], keys: string[], j: number): number {
  const z = zonePluralAt(draft.text, words, keys, j);
  if (z === 0 || j + z >= words.length || !blankGap(draft.text, words, j + z - 1)) return 0;
  return levelWordAt(words, j + z) > 0 || properNameAfter(draft, words, j + z) > 0 ? z : 0;
}
/** The zones' words (zonePluralAt) written with a capital but their "khu": each lowered. */
export function zoneLowercase(zone: Word[]): SyllableCheck[] {
  return zone.filter((w) => syllableKey(w.text) !== ZONE_HEAD && caseShape(w.text) === 'cap').map((w) => ({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' as const }));
}
/** field words that open a branch's name, its rest lowercase (organisation-grammar.json branchHeads), as key lists */
const BRANCH_HEADS = grammarData.branchHeads.words.map((w) => w.split(/\s+/u).map(syllableKey));
/** type words read only before a branch head ("đội | Cảnh sát"): organisation-grammar.json branchHeads.typeWords, as key lists */
export const BRANCH_TYPES = grammarData.branchHeads.typeWords.map((w) => w.split(/\s+/u).map(syllableKey));
/** The syllable (a key) opens a branch head ("cảnh" of "Cảnh sát"): a capital there opens a branch's one-phrase name, however the words after it are written or glued. */
export function opensBranchHead(key: string): boolean {
  return BRANCH_HEADS.some((h) => h[0] === key);
}
/** A branch head at word j, capitalised, joined by blanks: how many words, or 0. */
export function branchHeadAt(text: string, words: Word[], keys: string[], j: number): number {
  return BRANCH_HEADS.find((h) => h.every((k, n) => keys[j + n] === k && (n === 0 || blankGap(text, words, j + n - 1))) && caseShape(words[j].text) === 'cap')?.length ?? 0;
}
export const UNIT_WORDS = grammarData.unitWords.words.map((w) => syllables(w).tokens.map(syllableKey));
/** Length of a unit word starting at keys[i] ("khu vực" = 2), or 0. */
export function unitWordAt(keys: string[], i: number): number {
  return UNIT_WORDS.find((u) => u.every((k, n) => keys[i + n] === k))?.length ?? 0;
}
export const TYPE_WORDS = grammarData.typeWords.map((t) => syllables(t.word).tokens.map(syllableKey)).sort((a, b) => b.length - a.length);
/** type words distinctive enough to recognise a whole name written in lowercase ("chi cục kiểm lâm tỉnh") */
export const WHOLE_NAME_KEYS = new Set(grammarData.typeWords.filter((t) => 'wholeName' in t && t.wholeName === true).map((t) => syllables(t.word).tokens.map(syllableKey).join(' ')));
/** type words of an office named by the body it serves ("Văn phòng Huyện ủy"): a lowercase word before that body says the office's kind, no field */
export const OWNER_NAMED = new Set(grammarData.typeWords.filter((t) => 'ownerNamed' in t && t.ownerNamed === true).map((t) => syllables(t.word).tokens.map(syllableKey).join(' ')));
/** type words whose lowercase form is almost only such a body: a capital after it opens its field ("khoa Cấp cứu") */
export const CAPITAL_OPENS_FIELD = new Set(grammarData.typeWords.filter((t) => 'capitalOpensField' in t && t.capitalOpensField === true).map((t) => syllables(t.word).tokens.map(syllableKey).join(' ')));
/** a company's type word with its legal form ("công ty cổ phần") → the index where the form starts: written either case */
export const LEGAL_FORM_FROM = new Map<string, number>(
  grammarData.typeWords
    .filter((t): t is typeof t & { legalForm: number } => typeof (t as { legalForm?: unknown }).legalForm === 'number')
    .map((t) => [syllables(t.word).tokens.map(syllableKey).join(' '), t.legalForm]),
);
/** a type word → the index of its syllable that companies register either way ("Tổng Công ty", "Tổng công ty") */
export const AS_REGISTERED_AT = new Map<string, number>(
  grammarData.typeWords
    .filter((t): t is typeof t & { asRegistered: number } => typeof (t as { asRegistered?: unknown }).asRegistered === 'number')
    .map((t) => [syllables(t.word).tokens.map(syllableKey).join(' '), t.asRegistered]),
);
export const TYPES_BY_FIRST = new Map<string, string[][]>();
for (const t of TYPE_WORDS) {
  if (!TYPES_BY_FIRST.has(t[0])) TYPES_BY_FIRST.set(t[0], []);
  TYPES_BY_FIRST.get(t[0])!.push(t);
}
/**
 * Fields that name a kind of body, by type word ("trường" → "tiểu học", "mầm non"): such a
 * field names one body only with a proper name, a number, a level word or its owner after it.
 */
export const KIND_FIELDS = new Map<string, Set<string>>(
  grammarData.typeWords
    .filter((t): t is typeof t & { kinds: string[] } => Array.isArray((t as { kinds?: unknown }).kinds))
    .map((t) => [syllables(t.word).tokens.map(syllableKey).join(' '), new Set(t.kinds.map((k) => syllables(k).tokens.map(syllableKey).join(' ')))]),
);
/** type word + the next syllable or two that make a common noun, not a body: "Hội trường", "Hội nghị", "trung tâm thương mại" */
/** words that never open a body's field (organisation-grammar.json notFieldOpeners: “hội | bằng tiếng Mông”) */
export const NOT_FIELD_OPENERS = new Set(grammarData.notFieldOpeners.words.map(syllableKey));

export const NOT_A_BODY = new Set(grammarData.notABody.map((w) => w.split(' ').map(syllableKey).join(' ')));
/** a syllable + type word that make a common word: "nghiệp vụ", "cơ sở", "thị trường" */
export const ENDING_IN_TYPE = new Set(grammarData.wordsEndingInType.map((w) => w.split(' ').map(syllableKey).join(' ')));
/** "phòng, chống": two syllables a comma joins inside one field phrase (key pairs "a b") */
const COMMA_COMPOUNDS = new Set(grammarData.commaCompounds.map((c) => c.word.split(/[\s,]+/u).map(syllableKey).join(' ')));
/** The comma between words j-1 and j joins one compound ("Phòng, chống") instead of two phrases. */
export function commaCompoundAt(keys: string[], j: number): boolean {
  return j > 0 && COMMA_COMPOUNDS.has(`${keys[j - 1]} ${keys[j]}`);
}
/** "trưởng", "phó" after a type word make a title: "Chi hội trưởng", "Hội phó" */
export const TITLE_SUFFIXES = new Set(grammarData.titleSuffixes.words.map(syllableKey));
/** the heads and scopes of international bodies' Vietnamese names ("Tổ chức … Thế giới": organisation-grammar.json internationalBodies), as key lists */
export const INTERNATIONAL_HEADS = grammarData.internationalBodies.heads.map((h) => syllables(h).tokens.map(syllableKey));
export const INTERNATIONAL_SCOPES = [...new Set(grammarData.internationalBodies.scopes.map((h) => syllables(h).tokens.map(syllableKey).join(' ')))].map((k) => k.split(' '));
/**
 * True when the type word at i (of `length` syllables) and the syllable after it make something
 * else: a common noun ("Hội trường", "Hội nghị"), or a title ("Chi hội trưởng", "Hội phó").
 * (The syllable after may be hyphenated to another: "Khoa học-Xã hội" is no "Khoa".)
 */
export function notABodyAt(keys: string[], i: number, length: number): boolean {
  const after = keys[i + length];
  if (after === undefined) return false;
  // (the syllable before a hyphen: `after.split(/[-–]/u)[0]`, without a regex and an array for
  // each type word met, typeWordAt's every answer)
  const next = beforeHyphen(after);
  const type = length === 1 ? keys[i] : keys.slice(i, i + length).join(' ');
  if (NOT_A_BODY.has(`${type} ${after}`) || NOT_A_BODY.has(`${type} ${next}`)) return true;
  // (or the two syllables after it: "trung tâm | thương mại" is a shopping centre)
  const second = keys[i + length + 1];
  return (second !== undefined && NOT_A_BODY.has(`${type} ${after} ${second}`)) || TITLE_SUFFIXES.has(next);
}

/** `s` up to its first hyphen or en dash ("khoa-xã" → "khoa"), the whole of it without one */
function beforeHyphen(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x2d || c === 0x2013) return s.slice(0, k);
  }
  return s;
}

/** the type words of legal documents of two syllables or more (document-names.json types: "bộ luật", "pháp lệnh"), as key lists */
const LONG_DOCUMENT_TYPES = documents.types.map((t) => t.split(/\s+/u).map(syllableKey)).filter((d) => d.length > 1);
/**
 * A legal document's type word of two syllables or more starts at word i ("Bộ luật", "Pháp
 * lệnh"): the law a body works on, neither its field nor its owner ("Ban soạn thảo | Bộ luật
 * Dân sự" is the board drafting the code). (A one-syllable "Luật" may be a field: "Trường Đại
 * học Luật".)
 */
export function documentAt(keys: string[], i: number): boolean {
  return LONG_DOCUMENT_TYPES.some((d) => d.every((k, n) => keys[i + n] === k));
}
/** Length of the type word that starts at word i (keys of the sentence), or 0. */
export function typeWordAt(keys: string[], i: number): number {
  const t = TYPES_BY_FIRST.get(keys[i])?.find((c) => c.every((k, n) => keys[i + n] === k));
  if (!t || notABodyAt(keys, i, t.length)) return 0;
  return t.length;
}
const FUNCTION_PHRASES = grammarData.functionWords.map((f) => ({
  keys: f.word.split(' ').map(syllableKey),
  // the syllables that make it half of a noun instead ("dự án", "tham mưu")
  notBefore: new Set(((f as { notBefore?: string[] }).notBefore ?? []).map(syllableKey)),
}));
export const FUNCTION_WORDS = new Set(FUNCTION_PHRASES.flatMap((p) => p.keys));
/** the function words of one syllable that are never half of a noun ("đến", "tại", "theo"; not "dự" of "dự án") */
export const ONE_SYLLABLE_FUNCTION_WORDS = new Set(FUNCTION_PHRASES.filter((p) => p.keys.length === 1 && p.notBefore.size === 0).map((p) => p.keys[0]));
/** A function word or phrase starts at word i ("tổ chức" does, the "hội" of "Xã hội" does not). */
export function functionAt(keys: string[], i: number): boolean {
  return FUNCTION_PHRASES.some((p) => p.keys.every((k, n) => keys[i + n] === k) && !p.notBefore.has(keys[i + p.keys.length]));
}

export function isCommittee(e?: OrganisationEntry): boolean {
  return e?.kind === 'committee';
}

export function committeeAt(tries: Tries, text: string, words: Word[], keys: string[], j: number): boolean {
  const m = longestAt(tries.organisations, text, words, keys, j);
  return !!m && isCommittee(m.c.entry);
}

/** The level word is the first half of a committee, maybe glued to what follows ("Huyện ủy-Giám đốc"). */
export function committeeAfterLevel(text: string, level: Word): boolean {
  const next = /^[\s\p{P}]*([\p{L}\p{M}]+)/u.exec(text.slice(wordEnd(level), wordEnd(level) + 12))?.[1];
  if (!next) return false;
  const k = syllableKey(next);
  return committeeSyllables.has(k) && !levelKeys.has(k);
}

/** syllables of committee words: in a list they may be shortened ("các huyện, thị, thành ủy") */
const committeeSyllables = new Set(
  organisationEntries.filter((e) => e.kind === 'committee').flatMap((e) => syllables(e.canonical).tokens.map(syllableKey)),
);
export function isCommitteeWord(w: Word): boolean {
  return committeeSyllables.has(wordKey(w));
}
/** first syllables of the main administrative levels (generic-markers.json) */
export const levelKeys = MAIN_LEVEL_FIRSTS;

export function subjectOfVerb(text: string, words: Word[], j: number): boolean {
  if (j >= words.length || !blankGap(text, words, j - 1)) return false;
  const one = wordKey(words[j]);
  const two = j + 1 < words.length ? `${one} ${wordKey(words[j + 1])}` : one;
  return SUBJECT_VERBS.has(two) || SUBJECT_VERBS.has(one);
}

/**
 * words a level word ends ("hợp tác" + "xã"): generic-markers.json notLevelBefore, as key lists,
 * with the one level word they end when only that one ("nông" + "thôn": "Khuyến nông | tỉnh" is a
 * level word still)
 */
const NOT_LEVEL_BEFORE = markers.notLevelBefore.map((m) => ({ keys: m.word.split(' ').map(syllableKey), level: 'level' in m && typeof m.level === 'string' ? syllableKey(m.level) : undefined }));

/** The level word at i ends another word with the syllables before it ("hợp tác | xã": a cooperative, no commune). */
export function levelEndsWordAt(keys: string[], i: number): boolean {
  return NOT_LEVEL_BEFORE.some((p) => i >= p.keys.length && (p.level === undefined || keys[i] === p.level) && p.keys.every((k, n) => keys[i - p.keys.length + n] === k));
}

const KINDS_OF_UNIT = markers.kindsOfUnit.map((k) => k.word.split(' ').map(syllableKey));

/** A lowercase word of a kind of unit at word j ("miền núi", "vùng cao"): generic-markers.json kindsOfUnit. */
export function kindOfUnitAt(text: string, words: Word[], j: number): boolean {
  return KINDS_OF_UNIT.some(
    (k) => j + k.length <= words.length && k.every((key, n) => syllableKey(words[j + n].text) === key && caseShape(words[j + n].text) === 'lower' && (n === 0 || blankGap(text, words, j + n - 1))),
  );
}

/**
 * Another level word listed at word k after a bare level word that ends at k - 1 (a comma, a
 * slash or a list joiner between): "trung tâm y tế huyện | /thị xã", "hội khuyến học xã | ,
 * phường", "trạm y tế xã | và phường". A body followed by such a list is one in every unit of
 * those levels, a generic mention.
 */
export function levelsListedAt(text: string, words: Word[], k: number): boolean {
  if (k <= 0 || k >= words.length) return false;
  if (/^\s*[,/]\s*$/u.test(gapAt(text, words, k - 1))) return levelWordAt(words, k) > 0;
  return blankGap(text, words, k - 1) && isListJoiner(words[k]) && k + 1 < words.length && blankGap(text, words, k) && caseShape(words[k + 1].text) === 'lower' && levelWordAt(words, k + 1) > 0;
}

/** type words that double as a school's stream ("ban"), and the words of schooling before them (organisation-grammar.json schoolStreams) */
const STREAM_TYPES = new Set(grammarData.schoolStreams.types.map(syllableKey));
const STREAM_OPENERS = grammarData.schoolStreams.openers.map((o) => syllables(o).tokens.map(syllableKey));
/** how far back (in words) a list of streams may reach to its first item (a stream of seven syllables and "hoặc" between: "ban Khoa học xã hội và nhân văn hoặc ban Cơ bản") */
const STREAM_LIST_REACH = 10;

/**
 * The lowercase type word at word i names a school's stream, not a body: a word of schooling
 * ends right before it, or before a class or grade number ("học sinh | ban Cơ bản", "lớp 11 |
 * ban Tự nhiên"). Its capitalised name is the stream's, so neither a body's field nor a slip.
 */
export function schoolStreamAt(text: string, words: Word[], i: number): boolean {
  const w = words[i];
  if (!w || i === 0 || caseShape(w.text) !== 'lower' || !STREAM_TYPES.has(wordKey(w))) return false;
  // the next item of a list of streams: "học sinh ban Tự nhiên và | ban Xã hội", "…, | ban Cơ bản"
  const joined = /^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(gapAt(text, words, i - 1)) || (isListJoiner(words[i - 1]) && blankGap(text, words, i - 1));
  if (joined) {
    for (let k = i - 2; k > 0 && i - k <= STREAM_LIST_REACH; k--) if (wordKey(words[k]) === wordKey(w) && schoolStreamAt(text, words, k)) return true;
    return false;
  }
  if (!blankGap(text, words, i - 1)) return false;
  // (a class's number or code between: "lớp 10", "lớp 12A1")
  let end = i - 1;
  if (/^\d/u.test(words[end].text)) {
    if (end === 0 || !blankGap(text, words, end - 1)) return false;
    end--;
  }
  return STREAM_OPENERS.some((o) => end + 1 >= o.length && o.every((k, n) => wordKey(words[end + 1 - o.length + n]) === k && (n === 0 || blankGap(text, words, end + 1 - o.length + n - 1))));
}

/** how many lowercase words the next item of a list may hold before the plural owner they share ("cán bộ phụ trách dạy nghề của | 10 huyện") */
const SHARED_ITEM = 6;
const OF = syllableKey('của');
/**
 * The body ending before word j is an item of a list whose last item ends in a plural marker and
 * a level word ("Ban chỉ đạo | , điều tra viên các xã, thị trấn"): the plural owner is shared
 * backwards along the list, every commune's steering committee, a kind of body, not one. A count
 * says many as a plural marker does, and "của" may stand before either ("lãnh đạo phòng tài
 * nguyên và môi trường | , cán bộ địa chính của 12 huyện").
 */
export function ownerSharedBackwards(text: string, words: Word[], keys: string[], j: number): boolean {
  if (j >= words.length || !/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(gapAt(text, words, j - 1))) return false;
  // (the item's words counted without the owner's "của")
  for (let k = j, of = 0; k < words.length && k - j - of <= SHARED_ITEM; k++) {
    // (the item's words joined by blanks, or by a spaced dash inside its own field: "…, phòng kinh
    // tế - hạ tầng các huyện")
    if (k > j && !blankGap(text, words, k - 1) && !/^[ \t\u00a0]+[-–][ \t\u00a0]+$/u.test(gapAt(text, words, k - 1))) return false;
    const marker = k > j ? countOrPluralAt(words, k) : 0;
    if (marker > 0) return blankGap(text, words, k + marker - 1) && levelWordAt(words, k + marker) > 0;
    if (caseShape(words[k].text) !== 'lower') return false;
    // (the owner's "của": the item's words stop there, its owner follows)
    if (k > j && of === 0 && keys[k] === OF && blankGap(text, words, k) && countOrPluralAt(words, k + 1) > 0) {
      of = 1;
      continue;
    }
    if (functionAt(keys, k)) return false;
  }
  return false;
}

/**
 * A list of units goes on at word k after a place ending at k - 1, a comma or a list joiner
 * between, with a plural marker or a count and a level word ("thị xã Cửa Lò | , các huyện Diễn
 * Châu …", "thành phố Vinh | và các huyện miền Tây"): a body placed there is one in each of them,
 * a generic mention. One named unit after a comma is the place's own ("xã A, huyện B").
 */
export function unitsListedAfter(text: string, words: Word[], k: number): boolean {
  if (k <= 0 || k >= words.length) return false;
  let at = -1;
  if (/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(gapAt(text, words, k - 1))) at = k;
  else if (blankGap(text, words, k - 1) && isListJoiner(words[k]) && k + 1 < words.length && blankGap(text, words, k)) at = k + 1;
  if (at < 0 || at >= words.length || caseShape(words[at].text) === 'cap') return false;
  const many = countOrPluralAt(words, at);
  return many > 0 && at + many < words.length && blankGap(text, words, at + many - 1) && levelWordAt(words, at + many) > 0;
}

/**
 * True when a count or a plural marker and a level word follow at j, after a preposition of
 * place or none ("ở | 14 | khu phố", "tại | các | xã", "| 10 | huyện"): the body before it is
 * one in each of them.
 */
export function inEachUnit(text: string, words: Word[], keys: string[], j: number): boolean {
  if (j >= words.length || !blankGap(text, words, j - 1)) return false;
  const at = UNIT_PREPOSITIONS.has(keys[j]) ? j + 1 : j;
  if (at + 1 >= words.length || (at > j && !blankGap(text, words, j))) return false;
  const count = countOrPluralAt(words, at);
  if (count > 0) return at + count < words.length && blankGap(text, words, at + count - 1) && levelWordAt(words, at + count) > 0;
  // … or after the preposition a list of named units: "văn phòng đảng ủy của | phường Hà Đông,
  // phường Kiến Hưng" is each ward's office
  if (at === j) return false;
  const lv = levelWordAt(words, at);
  let k = at + lv;
  if (lv === 0 || k >= words.length || !blankGap(text, words, k - 1) || !isCapitalised(words[k].text)) return false;
  while (k + 1 < words.length && blankGap(text, words, k) && isCapitalised(words[k + 1].text)) k++;
  if (k + 1 >= words.length) return false;
  if (/^\s*,\s*$/u.test(gapAt(text, words, k))) return levelWordAt(words, k + 1) > 0;
  return blankGap(text, words, k) && isListJoiner(words[k + 1]) && k + 2 < words.length && blankGap(text, words, k + 1) && levelWordAt(words, k + 2) > 0;
}

/**
 * The lowercase words from j, joined by blanks (or the comma of a compound: "phòng, chống"),
 * within `reach` words, no list joiner ("và") and no level word among them, end in a plural marker
 * or a count and a level word: "ban chỉ đạo | thực hiện dân chủ ở cơ sở | các xã" — a body named by
 * its task (or its field) in each of many units, a generic mention. A level word of one unit
 * before that ends the task there ("… ở cơ sở | thị xã": that town's committee).
 */
export function lowerRunToManyUnits(text: string, words: Word[], keys: string[], j: number, reach: number): boolean {
  for (let k = j; k < words.length && k - j <= reach; k++) {
    if (k > j && !blankGap(text, words, k - 1) && !(/^\s*,\s*$/u.test(gapAt(text, words, k - 1)) && commaCompoundAt(keys, k))) return false;
    if (caseShape(words[k].text) !== 'lower' || isListJoiner(words[k]) || levelWordAt(words, k) > 0) return false;
    const many = k > j ? countOrPluralAt(words, k) : 0;
    if (many > 0) return k + many < words.length && blankGap(text, words, k + many - 1) && levelWordAt(words, k + many) > 0;
  }
  return false;
}
