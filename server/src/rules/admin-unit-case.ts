/**
 * admin-unit-case (CAP-03…CAP-06): the level word of an administrative unit is lowercase and
 * its proper name is capitalised: "huyện An Lão", "Ủy ban nhân dân xã", "Trường Chính trị
 * tỉnh". Right as they are: a sentence start ("Huyện An Lão có…"), units named by a number
 * ("Quận 1", "Phường 10"), the special names "Thủ đô Hà Nội" and "Thành phố Hồ Chí Minh".
 * A place name written correctly elsewhere in the draft ("Đô Lương") is also checked where a
 * syllable of it lost its capital ("Đô lương").
 */
import type { Report, Rule } from '../core/types.js';
import type { Draft, Paragraph, Sentence, Word } from '../core/draft.js';
import type { ResolvedConfig } from '../core/config/types.js';
import { ParagraphMemo, saltId } from '../core/paragraph-memo.js';
import { BoundedCache } from '../core/bounded-cache.js';
import { editedText } from '../core/fix.js';
// MAIN_LEVELS: the levels whose capitalisation mid-sentence is surely the unit, not another word
import { isCapitalised, isListJoiner, isSentenceStart, levelWordAt, syllableKey, wordKey, withShape, caseLike, caseShape, isLevelWord, MAIN_LEVELS } from '../core/casing.js';
import { lexiconSalt, matchOrganisations, keysOf, KIND_FIELDS, onlyBlanks, usesBuiltinLexicon } from '../core/lexicon.js';
import { organisationEntries } from '../core/lexicon/entries.js';
import { isSurname, MIDDLE } from '../core/surnames.js';
import { commonWordPair, countsOf, knownPair, lowercaseSyllableMidClause, neverCapitalised, usuallyLowercase } from '../core/capital-evidence.js';
import { provinceAt } from '../core/provinces.js';
import { genreWords } from '../core/spell/genre-words.js';
import { wordLookupKey } from '../core/spell/syllable.js';
import { isGeneralNoun } from '../core/spell/general-nouns.js';
import { isListedPair } from '../core/spell/genre-words.js';
import { generalSyllableCount } from '../core/spell/general-pairs.js';
import { inPersonName, introducerBefore } from '../core/person-names.js';
import markers from '../../../dictionaries/generic-markers.json';
import commonNouns from '../../../dictionaries/common-nouns.json';
import { functionAt, ONE_SYLLABLE_FUNCTION_WORDS, levelEndsWordAt, subjectOfVerb, typeWordAt, UNIT_PREPOSITIONS } from '../core/lexicon/grammar.js';
import { nfc } from '../core/normalise.js';
import { lazyRegExp } from '../core/lazy-regexp.js';

/** The edits that give every word of a name its capital ("Nghệ an" → "An"). */
function capitalEdits(name: Word[]): Array<{ start: number; end: number; text: string }> {
  return name.filter((w) => !isCapitalised(w.text)).map((w) => ({ start: w.start, end: w.end, text: withShape(w.text, 'cap') }));
}

/** A name as written, every word capitalised, its gaps kept ("Bà rịa - Vũng tàu" → "Bà Rịa - Vũng Tàu"). */
function capitalised(text: string, name: Word[]): string {
  return name.map((w, n) => (n === 0 ? '' : text.slice(name[n - 1].end, w.start)) + (isCapitalised(w.text) ? w.text : withShape(w.text, 'cap'))).join('');
}

/** "Xã hội", "Huyện đội", "Tỉnh lộ": a level syllable that starts another word */
const NOT_A_UNIT_AFTER = new Set(markers.notLevelAfter.map((m) => syllableKey(m.word)));
/** words after which a bare capitalised level word names the unit's authority ("của Tỉnh": generic-markers.json authorityAfter) */
const AUTHORITY_AFTER = new Set(markers.authorityAfter.map((m) => syllableKey(m.word)));
/** first syllables worth a closer look: level words and the special names */
const INTERESTING = new Set([...markers.levels, ...markers.specialUnits.map((u) => ({ word: u.level }))].map((m) => syllableKey(m.word.split(' ')[0])));
// (a number ending the sentence may carry its full stop: "… từ Phường 3.")
const NUMBERED = /^(?:\d+[A-Za-z]?|[IVXLC]+)\.?$/u;
/** names a city is called by, its level word their first word ("Thành phố Cảng": generic-markers.json cityNicknames), as key lists */
const NICKNAMES = markers.cityNicknames.map((n) => n.name.split(' ').map(syllableKey));
/** places whose level word is part of the name ("Thành phố Hồ Chí Minh", generic-markers.json specialUnits) */
const SPECIAL = markers.specialUnits.map((sp) => ({ ...sp, levelKeys: sp.level.split(' ').map(syllableKey), nameKeys: sp.name.split(' ').map(syllableKey) }));
const SPECIAL_FIRST = new Set(SPECIAL.map((sp) => sp.levelKeys[0]));
/** level words accepted capitalised before a special name too ("Thành phố Hà Nội", §8.8): level keys → the names' keys */
const ALSO_CAPITALISED = new Map<string, string[][]>();
for (const sp of SPECIAL) {
  for (const level of sp.alsoCapitalised ?? []) {
    const key = level.split(' ').map(syllableKey).join(' ');
    ALSO_CAPITALISED.set(key, [...(ALSO_CAPITALISED.get(key) ?? []), sp.nameKeys]);
  }
}

/**
 * Level words a draft may capitalise alone because it names a special place they stand for
 * ("Hội Chữ thập đỏ Thành phố" in a draft about Thành phố Hồ Chí Minh): specialUnits
 * `mentions` → `bare`, as syllable keys.
 */
function bareSpecialLevels(text: string): Set<string> {
  const mentioned = new Set<number>();
  // NFC joins no character across a line break and no mention holds one: the text mentions
  // what its lines do, and a re-check reads back the lines it did not edit
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at) {
      const line = text.slice(at, end);
      let units = mentionsByLine.get(line);
      if (units === undefined) mentionsByLine.set(line, (units = lineMentions(line)));
      for (const u of units) mentioned.add(u);
    }
    at = end + 1;
  }
  const out = new Set<string>();
  markers.specialUnits.forEach((sp, u) => {
    if (mentioned.has(u)) for (const b of sp.bare) out.add(b.split(' ').map(syllableKey).join(' '));
  });
  return out;
}

/** units within a special place, named with their level word, lowercase (generic-markers.json specialUnits `unitsWithin`: "huyện Hóc Môn") */
const UNITS_WITHIN = markers.specialUnits.map((sp) => (('unitsWithin' in sp ? sp.unitsWithin : undefined) ?? []).map((m) => m.toLowerCase()));

/** The special units a line mentions, by name or by a unit within them (indices in specialUnits). */
function lineMentions(line: string): number[] {
  const t = nfc(line);
  let lower: string | undefined;
  return markers.specialUnits.flatMap((sp, u) => (sp.mentions.some((m) => t.includes(m)) || (UNITS_WITHIN[u].length > 0 && UNITS_WITHIN[u].some((m) => (lower ??= t.toLowerCase()).includes(m))) ? [u] : []));
}
const mentionsByLine = new BoundedCache<number[]>('admin-unit-case.mentions', 512 * 1024);

/**
 * levels whose units take a place's name, never a person's or an event's (generic-markers.json
 * levels `namedByPlace`: "thành phố Điện Biên Phủ"; the special names aside), as syllable keys
 */
const NAMED_BY_PLACE = new Set(markers.levels.filter((m) => 'namedByPlace' in m).map((m) => m.word.split(' ').map(syllableKey).join(' ')));
const NAMED_SURNAMES = new Set(markers.namedAfter.surnames.map(syllableKey));
const NAMED_NAMES = markers.namedAfter.names.map((n) => n.split(' ').map(syllableKey));

/** The capitalised words from j name a person or a historical event ("Trần Phú", "Hoàng Văn Thụ", "Điện Biên Phủ"). */
function namedAfter(text: string, ws: Word[], keys: string[], j: number, village = false): boolean {
  let n = 0;
  while (j + n < ws.length && n < 4 && isCapitalised(ws[j + n].text) && (n === 0 || blank(text, ws[j + n - 1], ws[j + n]))) n++;
  if (n === 0) return false;
  if (NAMED_NAMES.some((name) => name.length <= n && name.every((k, m) => keys[j + m] === k))) return true;
  // (a village's name of three syllables from a highland language may open with a surname's
  // syllable, "Lô Lô Chải": there a person's name wants a middle name too, "Lò Văn Thụ")
  return (n >= 3 && isSurname(keys[j]) && (!village || MIDDLE.has(keys[j + 1]))) || (n >= 2 && NAMED_SURNAMES.has(keys[j]));
}

/**
 * The capitalised level word of one syllable at word i opens a name of two capitals or more
 * ("Phường Hội An") that a comma joins to the same level word written lowercase before another
 * name ("…, phường Tam Kỳ"), or that follows such an item ("phường Tam Kỳ, Phường Hội An"): an
 * item of one list of units, the level word the same common noun in both.
 */
function besideLowercaseSibling(text: string, ws: Word[], keys: string[], i: number): boolean {
  const n = capitalsFrom(text, ws, i + 1);
  if (n < 2) return false;
  const sibling = (k: number): boolean => !!ws[k] && !!ws[k + 1] && caseShape(ws[k].text) === 'lower' && keys[k] === keys[i] && blank(text, ws[k], ws[k + 1]) && nameShape(ws[k + 1]) === 'cap';
  const end = i + n;
  const after = !!ws[end + 1] && commaBetween(text, ws[end], ws[end + 1]) && sibling(end + 1);
  if (after) return true;
  // (the item before: its level word, then capitals up to the comma)
  if (i < 1 || !commaBetween(text, ws[i - 1], ws[i])) return false;
  let k = i - 1;
  while (k > 0 && i - 1 - k < 4 && nameShape(ws[k]) === 'cap' && blank(text, ws[k - 1], ws[k])) k--;
  return k < i - 1 && sibling(k);
}

/**
 * The capitalised level word of one syllable at word i, after a lowercase word mid-sentence, opens
 * a name of two capitals or more ("Xã Viên An") that a comma joins to a lowercase main level word
 * and its capitalised name ("…, huyện Trần Đề"): an address, the unit then the unit above it, no
 * word the two syllables make ("xã viên"). Not a committee the level word opens ("Huyện Đoàn
 * Phù Cát, tỉnh …": a body, organisation-case's).
 */
function beforeUnitAbove(text: string, ws: Word[], keys: string[], i: number): boolean {
  if (COMMITTEE_TAILS.has(keys[i + 1]) || i < 1 || !blank(text, ws[i - 1], ws[i]) || nameShape(ws[i - 1]) !== 'lower') return false;
  const n = capitalsFrom(text, ws, i + 1);
  const end = i + n;
  if (n < 2 || !ws[end + 1] || !commaBetween(text, ws[end], ws[end + 1])) return false;
  const lv = levelWordAt(ws, end + 1);
  const name = ws[end + 1 + lv];
  return lv > 0 && mainLevelAt(ws, keys, end + 1) && ws.slice(end + 1, end + 1 + lv).every((w) => caseShape(w.text) === 'lower') && !!name && blank(text, ws[end + lv], name) && nameShape(name) === 'cap';
}

/** how many times a unit must be written with its level word capitalised, never lowercase, for the capital to be the draft's choice */
const CHOSEN_CAPITAL = 2;

/**
 * The unit named from word j after a main level word (`levelKey`) is one the draft writes with the
 * level word capitalised mid-sentence CHOSEN_CAPITAL times or more and never lowercase, while it
 * writes that level word lowercase before other names: the writer tells this unit apart, a unit
 * named after a person or an event (CAP-04: "Phường Yết Kiêu" beside "các phường Văn Quán, Mộ
 * Lao"), which no list of heroes' names can hold whole. One capital alone stays a slip.
 */
function capitalisedByTheDraft(draft: Draft, levelKey: string, keys: string[], ws: Word[], j: number): boolean {
  const name = capitalsFrom(draft.text, ws, j);
  if (name === 0) return false;
  const use = levelCapitals(draft).get(`${levelKey}|${keys.slice(j, j + name).join(' ')}`);
  return !!use && use.capital >= CHOSEN_CAPITAL && use.lower === 0 && (levelCapitals(draft).get(`${levelKey}|`)?.lower ?? 0) > 0;
}

/** how many capitalised words joined by blanks run from word j (a place's name: four at most) */
function capitalsFrom(text: string, ws: Word[], j: number): number {
  let n = 0;
  while (j + n < ws.length && n < 4 && isCapitalised(ws[j + n].text) && (n === 0 || blank(text, ws[j + n - 1], ws[j + n]))) n++;
  return n;
}

/**
 * Each main level word and capitalised name after it ("phường|yết kiêu"), and each level word alone
 * ("phường|"), by how often the draft writes the level word capitalised (not opening a sentence) or
 * lowercase before a name.
 */
function levelCapitals(draft: Draft): Map<string, { capital: number; lower: number }> {
  let hit = levelCapitalsOf.get(draft);
  if (hit) return hit;
  hit = new Map();
  const text = draft.text;
  for (const p of draft.paragraphs) {
    for (const s of p.sentences) {
      const ws = s.words;
      const keys = keysOf(s);
      for (let i = 0; i < ws.length; i++) {
        const lv = levelWordAt(ws, i);
        if (lv === 0) continue;
        const levelKey = keys.slice(i, i + lv).join(' ');
        const j = i + lv;
        if (!MAIN_LEVELS.has(levelKey) || j >= ws.length || !blank(text, ws[j - 1], ws[j])) continue;
        const name = capitalsFrom(text, ws, j);
        if (name === 0) continue;
        const shape = caseShape(ws[i].text);
        if ((shape !== 'cap' || isSentenceStart(draft, ws[i].start)) && shape !== 'lower') continue;
        for (const key of [`${levelKey}|${keys.slice(j, j + name).join(' ')}`, `${levelKey}|`]) {
          const use = hit.get(key) ?? { capital: 0, lower: 0 };
          if (shape === 'lower') use.lower++;
          else use.capital++;
          hit.set(key, use);
        }
      }
    }
  }
  levelCapitalsOf.set(draft, hit);
  return hit;
}
const levelCapitalsOf = new WeakMap<Draft, Map<string, { capital: number; lower: number }>>();

const SCHOOL_KINDS = KIND_FIELDS.get(syllableKey('trường')) ?? new Set<string>();
const SCHOOL = syllableKey('trường');
/**
 * The word at i follows a kind of school ("Trường THCS | Thị trấn", "Trường Tiểu học | Thị trấn",
 * "Trường Tiểu học và Trung học cơ sở | Suối Hoa"): the school's own name, a unit's, starts there.
 * A kind written as a name's field, its first syllable capitalised mid-sentence, is a school's too.
 */
function afterSchoolKind(draft: Draft, ws: Word[], keys: string[], i: number): boolean {
  const text = draft.text;
  for (let n = 1; n <= 5 && i - n >= 0; n++) {
    if (!blank(text, ws[i - n], ws[i - n + 1])) return false;
    const kind = keys.slice(i - n, i).join(' ');
    if (!SCHOOL_KINDS.has(kind)) continue;
    const asField = caseShape(ws[i - n].text) === 'cap' && !isSentenceStart(draft, ws[i - n].start);
    if (/^\p{Lu}{2,}$/u.test(ws[i - 1].text) || keys[i - n - 1] === SCHOOL || asField) return true;
  }
  return false;
}

/** Real drafts capitalise the syllable mid-sentence more often than not ("khánh", "giang"): a name's. */
function mostlyCapitalisedSyllable(key: string): boolean {
  const seen = countsOf(key);
  return !!seen && seen[1] > seen[0];
}

/** last syllables of the level words ("xã", "phố" of "thành phố") */
const LEVEL_ENDS = new Set(markers.levels.map((m) => syllableKey(m.word.split(' ').pop()!)));

/** Two words that make a common word (capital-evidence.ts commonWordPair). */
function commonPair(a: Word, b: Word): boolean {
  return commonWordPair(a.text, b.text);
}

/** the first syllables of Central Highlands place names ("Chư Păh", "Ea Súp": generic-markers.json highlandPlacePrefixes) */
const HIGHLAND_PREFIXES = new Set(markers.highlandPlacePrefixes.words.map(syllableKey));

/** one-syllable words that describe a unit, not name it ("huyện đảo Cô Tô", "tỉnh bạn Lào": generic-markers.json notANameAfter) */
const NOT_A_NAME_AFTER = new Set(markers.notANameAfter.map((m) => syllableKey(m.word)));
/**
 * level words no unit sits inside, the continent's "châu" (generic-markers.json levels `nameTail`):
 * after a unit's one capitalised syllable such a word is that name's last syllable, "huyện Vĩnh
 * châu và …" → "Vĩnh Châu" (an upper unit follows a one-syllable name there: "thành phố Vinh tỉnh …")
 */
const NAME_TAIL_LEVELS = new Set(markers.levels.filter((m) => 'nameTail' in m).map((m) => syllableKey(m.word)));
/** one-syllable words that say which unit a one-syllable name was ("thành phố Vinh cũ": generic-markers.json notANameTail) */
const NOT_A_NAME_TAIL = new Set(markers.notANameTail.map((m) => syllableKey(m.word)));
/** nouns of geography before a proper name ("núi Bà Đen", "chợ Bến Thành": common-nouns.json evidence.placeNouns), as key lists */
const PLACE_NOUNS = commonNouns.evidence.placeNouns.map((p) => p.split(' ').map(syllableKey));
const PLACE_NOUN_FIRSTS = new Set(PLACE_NOUNS.map((p) => p[0]));

/** Length of a noun of geography at word i ("sông", "cánh đồng"), or 0. */
function placeNounAt(keys: string[], i: number): number {
  if (!PLACE_NOUN_FIRSTS.has(keys[i])) return 0;
  return PLACE_NOUNS.find((p) => p.every((k, n) => keys[i + n] === k))?.length ?? 0;
}

/**
 * A capital, an apostrophe and a syllable: a Central Highlands name's syllable, however the
 * letter after the apostrophe is cased ("Đắk R'lấp", the official spelling, "Đắk R'Tih")
 */
const APOSTROPHE_SYLLABLE = lazyRegExp(() => /^\p{Lu}['’][\p{L}\p{M}]+$/u);

/**
 * A word of letters only, in lowercase or with one capital ("Kiều", "tân"), never an
 * abbreviation; a Central Highlands syllable with its apostrophe is a capitalised one ("R'Tih"):
 * a list of names goes on past it.
 */
function nameShape(w: Word): 'lower' | 'cap' | undefined {
  if (!/^[\p{L}\p{M}]+$/u.test(w.text)) return APOSTROPHE_SYLLABLE().test(w.text) ? 'cap' : undefined;
  const sh = caseShape(w.text);
  return sh === 'lower' || sh === 'cap' ? sh : undefined;
}

/** at most this many times in the general dictionary's text (generic-markers.json foreignSyllables) */
const FOREIGN_AT_MOST = markers.foreignSyllables.atMost;

/**
 * A lowercase syllable the general language hardly writes and no genre word holds ("séo", "phìn",
 * "tray": generic-markers.json foreignSyllables): no common word of Vietnamese, a syllable of a
 * name in a minority language (most of them no syllable of the Vietnamese dictionary: "séo", "pá").
 */
function foreignSyllable(w: Word): boolean {
  if (nameShape(w) !== 'lower') return false;
  const key = wordLookupKey(w);
  return generalSyllableCount(key) <= FOREIGN_AT_MOST && !genreWords().syllables.has(key);
}

/**
 * From word j, a name with a syllable foreign to the language (foreignSyllable) in the wrong case:
 * two such syllables in lowercase ("sín chéng", and any more after them), a lowercase one before a
 * capitalised syllable ("séo Lủng", and the capitals after it), or a capitalised syllable before a
 * lowercase one ("Lạch tray", "Phiêng luông"; after a noun of geography only this). Not a function word, a level word, a word of an
 * organisation entry, nor two syllables that make a common word.
 */
function foreignPair(text: string, ws: Word[], keys: string[], j: number, inEntry: Set<number>, geographic: boolean): Word[] | undefined {
  const a = ws[j];
  const b = ws[j + 1];
  const sa = nameShape(a);
  const sb = nameShape(b);
  // (after a noun of geography a lowercase word may be the kind, a plant's name from a minority
  // language too: "rừng pơ mu", "rừng tràm U Minh Hạ"; only a capital then a foreign syllable there)
  if ((sa === 'cap' && sb === 'cap') || (geographic && sa === 'lower')) return undefined;
  if (functionAt(keys, j) || functionAt(keys, j + 1) || isLevelWord(a.text) || isLevelWord(b.text) || commonPair(a, b)) return undefined;
  if (sa === 'lower' && sb === 'lower') {
    if (!foreignSyllable(a) || !foreignSyllable(b)) return undefined;
    const name = [a, b];
    for (let k = j + 2; k < ws.length && name.length < 4 && foreignSyllable(ws[k]) && blank(text, ws[k - 1], ws[k]) && !inEntry.has(ws[k].start); k++) name.push(ws[k]);
    return name;
  }
  if (sa === 'lower') return foreignSyllable(a) ? capitalRun(text, ws, j, inEntry) : undefined;
  return foreignSyllable(b) ? [a, b] : undefined;
}

/**
 * The place name after a level word or a noun of geography at word j with one syllable in the
 * wrong case, or undefined: a capital then a lowercase syllable that the sentence goes on from
 * ("xã Hòa phú tổ chức", "huyện Nam đàn, tỉnh …"), or a lowercase syllable then a capitalised
 * one ("quận ninh Kiều", "núi bà Đen"). The lowercase syllable is read as the name's only where
 * nothing makes it another word: no common word with its neighbours ("xã Anh hùng", "xã viên"),
 * no function word ("thành phố Huế đã …"), no word drafts write lowercase nearly always
 * ("các xã nhận Bằng khen"), no word that describes the unit ("huyện đảo Cô Tô").
 */
function mixedName(text: string, ws: Word[], keys: string[], j: number, lastLevel: Word, inEntry: Set<number>, geographic: boolean, listItem = false, mainLevel: boolean | 'ofBody' = false): Word[] | undefined {
  const a = ws[j];
  const b = ws[j + 1];
  // one syllable foreign to the language alone after a level word, closing the phrase, is the
  // unit's name ("phường pleiku,", "bản pằn."): no common word is written there
  // (closed by a function word of one syllable too, never half of a noun, after the level word of
  // one unit: "thôn đoài cho thanh niên"; "các bản homestay ở …" are a kind of village)
  const aloneBefore = b && blank(text, a, b) ? nameShape(b) === 'lower' && ONE_SYLLABLE_FUNCTION_WORDS.has(keys[j + 1]) && !listItem && oneUnitBefore(text, ws, keys, j) : /^[ \t\u00a0]*(?:[,.;:!?)]|$)/u.test(text.slice(a?.end ?? 0, b ? b.start : (a?.end ?? 0) + 3));
  if (a && !geographic && (listItem || blank(text, lastLevel, a)) && !inEntry.has(a.start) && aloneBefore && foreignSyllable(a) && !isLevelWord(a.text) && !functionAt(keys, j)) return [a];
  if (a && b && !geographic && !listItem && blank(text, lastLevel, a) && !inEntry.has(a.start) && siblingAfterLoneName(text, ws, keys, j)) return [a];
  if (!a || !b || (!listItem && !blank(text, lastLevel, a)) || !blank(text, a, b) || inEntry.has(a.start) || inEntry.has(b.start)) return undefined;
  const sa = nameShape(a);
  const sb = nameShape(b);
  if (!sa || !sb) return undefined;
  // a syllable foreign to the language beside the first is the name's whatever follows: "xã sín
  // chéng" (two of them), "thôn séo Lủng", "đường Lạch tray", "sông nậm Mu" (a minority language's
  // name; no common word goes on the sentence there, after a noun of geography too)
  const foreignName = foreignPair(text, ws, keys, j, inEntry, geographic);
  if (foreignName) return foreignName;
  if (sa === sb) return undefined;
  const lastKey = syllableKey(lastLevel.text);
  // a people's name after a village's level word is whose villages they are, no place's first
  // syllable: "các bản Mông đón Tết", "các sóc Khmer đón Tết" (common-nouns.json ethnicGroups)
  if (sa === 'cap' && !mainLevel && !geographic && isLevelWord(lastLevel.text) && ONE_SYLLABLE_PEOPLES.has(keys[j])) return undefined;
  if (sa === 'cap' && !geographic) {
    // "xã Hòa phú": "phú" closes the name where the sentence clearly goes on after it
    const c = ws[j + 2];
    // (a syllable drafts write lowercase is the name's all the same where the phrase ends on it: "phường Cam giá,")
    const ends = !c || (!blank(text, b, c) && /^[ \t\u00a0]*[,.;:!?)]/u.test(text.slice(b.end, c.start)));
    if (commonPair(a, b) || functionAt(keys, j + 1) || (usuallyLowercase(keys[j + 1]) && !ends) || (isLevelWord(b.text) && !NAME_TAIL_LEVELS.has(keys[j + 1])) || NOT_A_NAME_TAIL.has(keys[j + 1])) return undefined;
    // "huyện Mỏ cày Nam": a lowercase syllable between capitalised ones of the name
    // (only a syllable drafts capitalise at least as often as not: "làng Hữu nghị Việt - Hàn", "tỉnh Đồng bằng Sông Cửu Long" are other words)
    const seen = countsOf(keys[j + 1]);
    if (c && blank(text, b, c) && nameShape(c) === 'cap' && !inEntry.has(c.start) && typeWordAt(keys, j + 2) === 0 && !(seen && seen[1] < seen[0])) {
      const name = [a, b];
      for (let k = j + 2; k < ws.length && name.length < 4 && nameShape(ws[k]) === 'cap' && blank(text, ws[k - 1], ws[k]) && !inEntry.has(ws[k].start); k++) name.push(ws[k]);
      return name;
    }
    if (c && blank(text, b, c)) {
      // (or a syllable drafts mostly capitalise, a name's, before a word they never do: "xã Hòa
      // khánh | nhận quà", "thị trấn Phong điền | vào chiều qua")
      const nameBeforeWord = nameShape(c) === 'lower' && mostlyCapitalisedSyllable(keys[j + 1]) && neverCapitalised(keys[j + 2]) && !commonPair(b, c);
      // (or another unit after a list joiner: "huyện Vĩnh châu và thành phố …", the name has closed)
      const boundary = isLevelWord(c.text) || functionAt(keys, j + 2) || nameBeforeWord || anotherUnitAt(text, ws, keys, j + 2) || (nameShape(c) === 'lower' && !!ws[j + 3] && blank(text, c, ws[j + 3]) && nameShape(ws[j + 3]) === 'lower' && commonPair(c, ws[j + 3]) && !commonPair(b, c));
      if (!boundary) return undefined;
    } else if (c && !/^\s*[,.;:!?)–—-]/u.test(text.slice(b.end, c.start))) return undefined;
    return [a, b];
  }
  if (sa !== 'lower') return undefined;
  // "quận ninh Kiều": a lowercase syllable opening the capitalised rest of the name
  const x = keys[j];
  // (a village's level word after a main level's is the name's first syllable: "huyện buôn Đôn và huyện Lắk")
  const villageWord = mainLevel && isLevelWord(a.text) && !MAIN_LEVELS.has(x);
  // (a noun of geography right after a main level word is the first syllable of a name that lost
  // its capital, "thị trấn sông Đốc", "huyện núi Thành": a unit is named after its river or mountain)
  // (so is another noun of place: "phường bến Thành", "huyện chợ Mới")
  const geoOpens = mainLevel && (GEO_GENERICS.has(x) || placeNounAt(keys, j) === 1);
  if (NOT_A_UNIT_AFTER.has(x) || NOT_A_NAME_AFTER.has(x) || (isLevelWord(a.text) && !villageWord) || (placeNounAt(keys, j) > 0 && !geoOpens)) return undefined;
  // a capitalised noun of geography and a name after the syllable are a river's or a mountain's
  // (capitalGeneric lowers the noun), the syllable a word before them, no name's first: "các xã
  // ven Sông Đáy, sông Hồng" (not "Ven Sông Đáy")
  if (GEO_GENERICS.has(keys[j + 1]) && !!ws[j + 2] && blank(text, b, ws[j + 2]) && nameShape(ws[j + 2]) === 'cap') return undefined;
  // a function word opens a name on the same terms as a syllable drafts write lowercase, where
  // the level word is a place's (after "tại", "ở": organisation-grammar.json unitPrepositions) or
  // another unit follows: "tại phường từ Sơn,", "xã gia Viễn, xã Nho Quan" (no "từ" of a place
  // nor "gia" of "tham gia" there; "cán bộ xã đến Huế." goes to that city)
  if (functionAt(keys, j)) {
    // (the word before the level word's first syllable: "tại | thành phố từ Sơn")
    const lvStart = levelStart(ws, j);
    const placeOf = lvStart >= 1 && blank(text, ws[lvStart - 1], ws[lvStart]) && UNIT_PREPOSITIONS.has(keys[lvStart - 1]);
    const unitAfter = !!ws[j + 2] && commaBetween(text, b, ws[j + 2]) && mainLevelAt(ws, keys, j + 2);
    // (or another unit named before it, a list joiner between: "thành phố Bắc Ninh và thành phố từ Sơn.")
    const unitBefore = unitNamedBefore(text, ws, keys, lvStart);
    return mainLevel && (placeOf || unitAfter || unitBefore) && closingNameOfOne(text, ws, keys, j, inEntry) ? [a, b] : undefined;
  }
  // a main level word right after a body is that body's place: its name follows, whatever
  // comes after it ("Ủy ban nhân dân xã mù Cang Chải tổ chức", "Đảng ủy xã tả Phìn tổ chức"),
  // unless the syllable is one drafts never capitalise, a verb ("UBND xã tặng Giấy khen")
  const counts = countsOf(x);
  const neverAName = !!counts && counts[1] === 0 && counts[0] >= 3;
  const ofBody = mainLevel === 'ofBody' && !neverAName;
  // a syllable drafts write lowercase opens a name only where nothing else can follow one unit:
  // "ở thị trấn hoàn Lão,", "thành phố Bắc Ninh và thành phố từ Sơn." (not "các xã giáp Lào,", "là huyện giáp Lào.")
  if (usuallyLowercase(x) && !geoOpens) return mainLevel && closingNameOfOne(text, ws, keys, j, inEntry, ofBody) ? capitalRun(text, ws, j, inEntry) : undefined;
  // the capitalised words after it: a name's, not a body's or a title's ("xã nhận Bằng khen", "tỉnh giao Sở Nội vụ")
  if (typeWordAt(keys, j + 1) > 0) return undefined;
  // the same level word and lowercase syllable before another name in the sentence: a kind of
  // the unit before each name ("phường xoan Kim Đái, phường xoan Thét": guilds of hát Xoan)
  if (keys.some((k, n) => n !== j && n > 0 && k === x && keys[n - 1] === lastKey && nameShape(ws[n]) === 'lower' && !!ws[n + 1] && isCapitalised(ws[n + 1].text) && keys[n + 1] !== keys[j + 1])) return undefined;
  const name = capitalRun(text, ws, j, inEntry);
  const after = ws[j + name.length];
  const last = name[name.length - 1];
  // right after a main level word (not a village's, "làng gốm Thanh Hà"; not a noun of geography), a lowercase syllable then capitalised ones that
  // close the phrase ("xã mường Nhé,", "huyện hòa Bình.", "xã phì Điền, huyện …") is a name that lost its
  // first capital, whatever the syllable makes elsewhere ("hòa bình"): nothing else is written so there.
  // Not a syllable drafts write lowercase and never capitalise ("các xã giáp Lào,": a verb, a country after it)
  // (or before another unit: "huyện buôn Đôn và huyện Lắk", "xã gio Mỹ, huyện …")
  const at = j + name.length;
  // (the last item of a list closes before a function word too: "các xã Nậm Xé, Bản Lầu và pắc Ta của huyện")
  const closes = !after || !blank(text, last, after)
    ? /^[ \t\u00a0]*(?:[,.;:!?)]|$)/u.test(text.slice(last.end, after ? after.start : last.end + 3))
    : (listItem && functionAt(keys, at)) || (isLevelWord(after.text) && !functionAt(keys, at + 1)) || anotherUnitAt(text, ws, keys, at);
  // (a Central Highlands prefix opens a place's name wherever the phrase goes on: "huyện chư Păh hiện có",
  // generic-markers.json highlandPlacePrefixes)
  if (mainLevel && (closes || ofBody || HIGHLAND_PREFIXES.has(x)) && !neverAName) return name;
  if (villageWord) return undefined;
  if (commonPair(lastLevel, a) || commonPair(a, b) || knownPair(lastKey, x)) return undefined;
  // after a noun of geography, a syllable drafts do capitalise ("núi bà Đen"), not one that makes
  // a kind of the place ("cầu treo", "chợ nổi")
  // (after a level word too: "làng chài Hàm Ninh", "làng cổ Đường Lâm" are a kind of village before its name)
  // (a syllable real drafts never showed, no evidence either way, opens the name before capitals
  // that close the phrase, or before one drafts never capitalise, no name's own opening: "thôn la
  // Phù tổ chức", "thôn hiếu Thiện (xã …)"; a kind of village is a word drafts do write, "làng nghề")
  const glossed = !!after && /^[ \t\u00a0]*\($/u.test(text.slice(last.end, after.start));
  const unseen = !counts && !mainLevel && !geographic && !KINDS_AFTER.has(lastKey) && (closes || glossed || neverCapitalised(keys[j + 1]));
  if (!unseen && !(counts && counts[1] >= 2 && counts[1] >= 0.1 * (counts[0] + counts[1]))) return undefined;
  // (a function word after it makes a listed word with it or none: "xã tân Ninh cho cán bộ", no
  // "ninh cho" however often drafts write "an ninh cho")
  if (name.length === 2 && after && blank(text, b, after) && nameShape(after) === 'lower' && wordWith(b, after, keys[at])) return undefined;
  return name;
}

/**
 * One lowercase syllable alone after the level word ending at word j - 1, then a comma and the same
 * level word, lowercase, before a capitalised name: two units of one list, the syllable the first
 * one's name that lost its capital ("ở buôn ly, buôn Suối Mây" → "Ly"). Not a function word, a
 * level word, a word describing the unit ("xã đảo"), a syllable drafts write lowercase nearly
 * always ("xã nghèo") or a pair drafts write with the level word ("xã nhà"); the level word one
 * unit's (no "các", no count before it).
 */
function siblingAfterLoneName(text: string, ws: Word[], keys: string[], j: number): boolean {
  const a = ws[j];
  const x = keys[j];
  const k = levelStart(ws, j);
  const lv = j - k;
  if (lv < 1 || nameShape(a) !== 'lower' || !commaBetween(text, a, ws[j + 1])) return false;
  if (functionAt(keys, j) || isLevelWord(a.text) || NOT_A_NAME_AFTER.has(x) || NOT_A_UNIT_AFTER.has(x) || usuallyLowercase(x) || knownPair(keys[j - 1], x) || commonPair(ws[j - 1], a)) return false;
  const name = ws[j + 1 + lv];
  if (!name || nameShape(name) !== 'cap' || !blank(text, ws[j + lv], name)) return false;
  for (let n = 0; n < lv; n++) if (keys[j + 1 + n] !== keys[k + n] || caseShape(ws[j + 1 + n].text) !== 'lower' || (n > 0 && !blank(text, ws[j + n], ws[j + 1 + n]))) return false;
  return oneUnitBefore(text, ws, keys, j);
}

/**
 * The syllables `a` `b` make a common word: for `b` a function word of one syllable never half
 * of a noun (`bKey`: "cho", "tại"), only a word of the genre's list, not a pair drafts write
 * lowercase because a word ends before it ("an ninh | cho").
 */
function wordWith(a: Word, b: Word, bKey: string): boolean {
  return ONE_SYLLABLE_FUNCTION_WORDS.has(bKey) ? isListedPair(wordLookupKey(a), wordLookupKey(b)) : commonPair(a, b);
}

/** the ethnic groups named by one syllable ("Mông", "Khmer", "Thái": common-nouns.json ethnicGroups) */
const ONE_SYLLABLE_PEOPLES = new Set(commonNouns.ethnicGroups.names.filter((n) => !/[\s-]/u.test(n.trim())).map(syllableKey));

/** level words a kind of the unit often follows ("làng gốm": generic-markers.json levels `kindsAfter`), as the key of their last syllable */
const KINDS_AFTER = new Set(markers.levels.filter((m) => 'kindsAfter' in m).map((m) => syllableKey(m.word.split(' ').pop()!)));

/** one-syllable countries (common-nouns.json evidence.countries): "giáp Lào" is a verb and its object */
const COUNTRIES = new Set(commonNouns.evidence.countries.filter((c) => !c.includes(' ')).map(syllableKey));
/** words before a level word that make it a kind of unit, not one unit ("là huyện", "một xã"; generic-markers.json kindBefore) */
const KIND_BEFORE = new Set(markers.kindBefore.words.map(syllableKey));

/**
 * Right after the main level word ending at word j - 1, one unit's name of a lowercase syllable
 * and a capitalised one, closing the phrase with a mark ("thị trấn hoàn Lão,", "huyện minh
 * Hóa."): the level word is one unit's, with nothing before it that makes it many or a kind
 * ("các xã", "3 huyện", "là huyện"), and the capital is no country's ("giáp Lào").
 */
function closingNameOfOne(text: string, ws: Word[], keys: string[], j: number, inEntry: Set<number>, ofBody = false): boolean {
  const a = ws[j];
  const b = ws[j + 1];
  if (nameShape(b) !== 'cap' || inEntry.has(b.start) || COUNTRIES.has(keys[j + 1]) || commonPair(a, b) || typeWordAt(keys, j + 1) > 0) return false;
  const c = ws[j + 2];
  const marked = /^[ \t\u00a0]*[,.;:!?)]/u.test(text.slice(b.end, c ? c.start : b.end + 2)) || (!!c && blank(text, b, c) && anotherUnitAt(text, ws, keys, j + 2));
  // (after a body's level word no mark is needed, but the capital opens no common word: "… Giấy
  // khen", nor another body a level word opens: "UBND xã giao Xã đoàn …")
  if (!marked && !(ofBody && !isLevelWord(b.text) && !(c && blank(text, b, c) && commonPair(b, c)))) return false;
  return oneUnitBefore(text, ws, keys, j);
}

/** Where the level word ending at word j - 1 starts ("thành phố": j - 2). */
function levelStart(ws: Word[], j: number): number {
  let k = j - 1;
  while (k > 0 && levelWordAt(ws, k - 1) === j - k + 1) k--;
  return k;
}

/**
 * Before the level word starting at word k, a list joiner and a unit named after a main level
 * word, its capitals closing right before the joiner ("thành phố Bắc Ninh và | thành phố …",
 * "xã Tân Lập, | xã …"): the level word at k names a unit of the same list, a place.
 */
function unitNamedBefore(text: string, ws: Word[], keys: string[], k: number): boolean {
  let end = k - 1;
  if (end >= 0 && isListJoiner(ws[end]) && blank(text, ws[end], ws[k])) end--;
  else if (!(end >= 0 && commaBetween(text, ws[end], ws[k]))) return false;
  if (end < 0 || (end < k - 1 && !blank(text, ws[end], ws[end + 1]))) return false;
  let n = 0;
  while (n < 4 && end - n >= 0 && nameShape(ws[end - n]) === 'cap' && (n === 0 || blank(text, ws[end - n], ws[end - n + 1]))) n++;
  const first = end - n + 1;
  if (n === 0 || first < 1 || !blank(text, ws[first - 1], ws[first])) return false;
  const lvAt = levelStart(ws, first);
  return lvAt < first && mainLevelAt(ws, keys, lvAt) && lvAt + levelWordAt(ws, lvAt) === first;
}

/** Nothing before the level word ending at word j - 1 makes it many or a kind ("các xã", "3 huyện", "là huyện"). */
function oneUnitBefore(text: string, ws: Word[], keys: string[], j: number): boolean {
  let k = j - 1;
  while (k > 0 && levelWordAt(ws, k - 1) === j - k + 1) k--;
  const before = k > 0 && blank(text, ws[k - 1], ws[k]) ? ws[k - 1] : undefined;
  return !before || !(PLURAL.has(keys[k - 1]) || KIND_BEFORE.has(keys[k - 1]) || /^\d+$/u.test(before.text));
}

/**
 * A list joiner at word k and another unit after it, a main level word or units of any level
 * ("| và huyện Lắk", "| và các bản giáp biên"): the name before has closed.
 */
function anotherUnitAt(text: string, ws: Word[], keys: string[], k: number): boolean {
  const joiner = ws[k];
  const next = ws[k + 1];
  if (!joiner || !next || !isListJoiner(joiner) || !blank(text, joiner, next)) return false;
  return mainLevelAt(ws, keys, k + 1) || (PLURAL.has(keys[k + 1]) && !!ws[k + 2] && blank(text, next, ws[k + 2]) && levelWordAt(ws, k + 2) > 0);
}

/** The lowercase syllable at word j and the capitalised words after it, joined by blanks, four at most ("mù Cang Chải"). */
function capitalRun(text: string, ws: Word[], j: number, inEntry: Set<number>): Word[] {
  const name = [ws[j]];
  for (let k = j + 1; k < ws.length && name.length < 4 && nameShape(ws[k]) === 'cap' && blank(text, ws[k - 1], ws[k]) && !inEntry.has(ws[k].start); k++) name.push(ws[k]);
  return name;
}

/** A main level word at word k ("huyện", "thị xã"). */
function mainLevelAt(ws: Word[], keys: string[], k: number): boolean {
  const lv = levelWordAt(ws, k);
  return lv > 0 && MAIN_LEVELS.has(keys.slice(k, k + lv).join(' '));
}

/** True when a list of names goes on at word k: a comma or a list joiner, then a capital. */
function listGoesOn(text: string, ws: Word[], k: number): boolean {
  const last = ws[k - 1];
  const next = ws[k];
  if (!last || !next) return false;
  const gap = text.slice(last.end, next.start);
  if (COMMA_GAP.test(gap)) return nameShape(next) === 'cap';
  return blank(text, last, next) && isListJoiner(next) && !!ws[k + 1] && blank(text, next, ws[k + 1]) && nameShape(ws[k + 1]) === 'cap';
}

/** words that make the noun after them plural ("các xã": generic-markers.json plural), one syllable */
const PLURAL = new Set(markers.plural.map((m) => syllableKey(m.word)).filter((k) => !k.includes(' ')));


/**
 * The items with a syllable in the wrong case in a list of place names after a plural level word
 * ("các xã Nam Thịnh, Đông minh", "các xã Chung Chải, sín Thầu, Nậm Kè"): from word j, items of
 * one to four capitalised words joined by a comma or a list joiner; an item with a syllable in the
 * wrong case is read as mixedName reads one right after the level word. The list stops at the first
 * item that is neither.
 */
function listedNames(text: string, ws: Word[], keys: string[], j: number, inEntry: Set<number>, mainLevel: boolean): Word[][] {
  const out: Word[][] = [];
  // (a village's level word and a lowercase word are a kind of village: "các làng nghề gốm …")
  let k = mainLevel ? descriptorsEnd(text, ws, keys, j) : j;
  // (past words that describe the units, a capitalised noun of geography opens a river's name, a
  // list of rivers: "nhiều xã ven Sông Đáy, sông Hồng" names no unit)
  if (k > j && GEO_GENERICS.has(keys[k])) return out;
  for (let n = 0; n < 12 && k < ws.length; n++) {
    let len = 0;
    if (n > 0) {
      const item = mixedName(text, ws, keys, k, ws[k - 1], inEntry, false, true, true);
      if (item) {
        out.push(item);
        len = item.length;
      }
    }
    if (!len) {
      while (len < 4 && k + len < ws.length && nameShape(ws[k + len]) === 'cap' && !inEntry.has(ws[k + len].start) && (len === 0 || blank(text, ws[k + len - 1], ws[k + len]))) len++;
      // (a name of two or three capitals whose last syllable lost its capital, closing the item:
      // "các xã Sa Lông, Ma Thì hồ, Na Sang"; the first item only where the list goes on)
      if (len >= 2 && len < 4 && lostTail(text, ws, keys, k + len, inEntry, n === 0)) out.push(ws.slice(k, ++len + k));
      // (a name numbered after its capitals: "các bản Hợp 1, Hợp 2")
      else if (len > 0 && k + len < ws.length && NUMBERED.test(ws[k + len].text) && blank(text, ws[k + len - 1], ws[k + len])) len++;
    }
    if (!len || k + len >= ws.length) break;
    const last = ws[k + len - 1];
    const next = ws[k + len];
    if (commaBetween(text, last, next)) k += len;
    else if (blank(text, last, next) && isListJoiner(next) && ws[k + len + 1] && blank(text, next, ws[k + len + 1])) k += len + 1;
    else break;
    // (a level word opens an item of its own: "xã Tân Lập, huyện …" is no list of communes)
    if (isLevelWord(ws[k].text)) break;
  }
  return out;
}

/**
 * Where the names of a list start after a plural main level word: past at most two lowercase
 * words that describe the units ("các xã vùng cao | Y Tý, A Lù"), when a capital follows them;
 * else j. A noun of geography is no such word, "các xã ven sông Đà, sông Hồng" lists rivers,
 * unless it closes a word with the one before it ("các huyện miền núi | Nam Giang, …").
 */
function descriptorsEnd(text: string, ws: Word[], keys: string[], j: number): number {
  let k = j;
  // (a noun of geography closing a word with the one before it describes the units too: "các huyện miền núi | Nam Giang, …")
  while (k < j + 2 && k < ws.length && nameShape(ws[k]) === 'lower' && !isLevelWord(ws[k].text) && !functionAt(keys, k) && (placeNounAt(keys, k) === 0 || (k > j && commonPair(ws[k - 1], ws[k]))) && (k === j || blank(text, ws[k - 1], ws[k]))) k++;
  return k > j && k < ws.length && nameShape(ws[k]) === 'cap' && blank(text, ws[k - 1], ws[k]) && !commonPair(ws[k - 1], ws[k]) ? k : j;
}

/**
 * Word t is a lowercase syllable closing a list item of capitals before it: joined to them, then a
 * comma or a list joiner and the next item's capital, or (not for the first item, nor a word drafts
 * write lowercase: "các xã A, B giảm.") a mark that ends the list; no common word with the capital before it, no function word, no level word.
 */
function lostTail(text: string, ws: Word[], keys: string[], t: number, inEntry: Set<number>, first: boolean): boolean {
  const w = ws[t];
  if (!w || nameShape(w) !== 'lower' || inEntry.has(w.start) || !blank(text, ws[t - 1], w)) return false;
  if (commonPair(ws[t - 1], w) || functionAt(keys, t) || isLevelWord(w.text) || NOT_A_NAME_TAIL.has(keys[t])) return false;
  const next = ws[t + 1];
  if (listGoesOn(text, ws, t + 1)) return true;
  return !first && !usuallyLowercase(keys[t]) && /^[ \t\u00a0]*(?:[.;:!?)]|$)/u.test(text.slice(w.end, next ? next.start : w.end + 3)) && (!next || !blank(text, w, next));
}

/**
 * The items of a list of place names after a level word (from word j, after at most three
 * lowercase words that describe the units: "các xã vùng biên | Dân Hóa, Trọng Hóa, Thượng hóa")
 * that mix capitalised and lowercase syllables where every lowercase one is capitalised in
 * another item of the list: a name that lost that capital. Three items at least, joined by
 * commas or a list joiner; the list stops at a level word, a function word or anything else.
 */
function lostInList(text: string, ws: Word[], j: number, inEntry: Set<number>): Word[][] {
  let k = j;
  while (k < j + 3 && k < ws.length && nameShape(ws[k]) === 'lower' && !isLevelWord(ws[k].text) && (k === j || blank(text, ws[k - 1], ws[k]))) k++;
  if (k >= ws.length || nameShape(ws[k]) !== 'cap' || (k > j && !blank(text, ws[k - 1], ws[k]))) return [];
  const items: Word[][] = [];
  while (k < ws.length && items.length < 16) {
    const item: Word[] = [];
    while (item.length < 4 && k + item.length < ws.length && !!nameShape(ws[k + item.length]) && !inEntry.has(ws[k + item.length].start) && !isLevelWord(ws[k + item.length].text) && !isListJoiner(ws[k + item.length]) && (item.length === 0 || blank(text, ws[k + item.length - 1], ws[k + item.length]))) item.push(ws[k + item.length]);
    if (item.length === 0 || !item.some((w) => nameShape(w) === 'cap')) break;
    items.push(item);
    k += item.length;
    const last = item[item.length - 1];
    const next = ws[k];
    if (!next) break;
    if (commaBetween(text, last, next)) continue;
    if (blank(text, last, next) && isListJoiner(next) && ws[k + 1] && blank(text, next, ws[k + 1])) {
      k++;
      continue;
    }
    break;
  }
  if (items.length < 3) return [];
  const out: Word[][] = [];
  items.forEach((item, n) => {
    const lower = item.filter((w) => nameShape(w) === 'lower');
    if (lower.length === 0 || item.length < 2 || lower.length === item.length) return;
    const others = new Set(items.filter((_, m) => m !== n).flatMap((o) => o.filter((w) => nameShape(w) === 'cap').map((w) => syllableKey(w.text))));
    // every other item written whole in capitals, and each lowercase syllable capitalised in one
    if (!items.every((o, m) => m === n || o.every((w) => nameShape(w) === 'cap'))) return;
    if (lower.every((w) => others.has(syllableKey(w.text)))) out.push(item);
  });
  return out;
}

/** how many other items of a list, each two capitalised syllables or more, make it a list of place names (lostAmongNames) */
const WHOLE_NAMES_AROUND = 2;

/**
 * The items that lost the capital of their last syllable in a list of place names right after a
 * main level word, whatever stands before it ("huyện Trà Cú, Cầu ngang, Tiểu Cần", "5 huyện Sìn
 * Hồ, Mường Tè, Nậm nhùn, Tam Đường", "các huyện Nam Giang, Tây Giang, Đông giang nêu …"): from
 * word j, items of one to three capitals joined by a comma or a list joiner, an item of one or two
 * capitals and a lowercase syllable read as one name that lost a capital where at least
 * WHOLE_NAMES_AROUND other items are names of two capitalised syllables or more, every other item
 * written whole in capitals: the writer lists the level's names, and no common word goes between
 * two of them. The lowercase syllable makes no common word with the capital before it ("Bí thư")
 * nor with the word after it, is no function word, no level word, no word telling which unit it
 * was ("cũ"); closing the list, not followed by a comma or a list joiner, only the second of two
 * syllables, one another item capitalises or drafts do not write lowercase nearly always ("các xã
 * Mường Lạn, Nậm Lạnh giáp biên giới": the sentence goes on after the list).
 */
function lostAmongNames(text: string, ws: Word[], keys: string[], j: number, inEntry: Set<number>): Word[][] {
  if (j >= ws.length || !blank(text, ws[j - 1], ws[j])) return [];
  // each item's capitals, and the lowercase syllable that may close it
  const items: Array<{ capitals: Word[]; tail?: Word }> = [];
  let k = j;
  for (let n = 0; n < 16 && k < ws.length; n++) {
    let len = 0;
    while (len < 3 && k + len < ws.length && nameShape(ws[k + len]) === 'cap' && !inEntry.has(ws[k + len].start) && !isLevelWord(ws[k + len].text) && (len === 0 || blank(text, ws[k + len - 1], ws[k + len]))) len++;
    if (len === 0) break;
    const t = k + len;
    const w = ws[t];
    const after = ws[t + 1];
    const tail =
      len <= 2 &&
      !!w &&
      nameShape(w) === 'lower' &&
      blank(text, ws[t - 1], w) &&
      !inEntry.has(w.start) &&
      !commonPair(ws[t - 1], w) &&
      !functionAt(keys, t) &&
      !isLevelWord(w.text) &&
      !NOT_A_NAME_TAIL.has(keys[t]) &&
      !(after && blank(text, w, after) && nameShape(after) === 'lower' && commonPair(w, after));
    const goesOn = tail ? listGoesOn(text, ws, t + 1) : listGoesOn(text, ws, t);
    items.push({ capitals: ws.slice(k, t), tail: tail ? w : undefined });
    if (!goesOn) break;
    const end = tail ? t + 1 : t;
    k = commaBetween(text, ws[end - 1], ws[end]) ? end : end + 1;
    // (a level word opens an item of its own: "xã Tân Lập, huyện …" is no list of communes)
    if (k < ws.length && isLevelWord(ws[k].text)) break;
  }
  // the item closing the list keeps a lowercase syllable after it only as the second of two, one
  // another item capitalises ("Nam Giang, Tây Giang, Đông giang nêu") or one drafts do not write
  // lowercase nearly always ("Côn Đảo, Vân đồn cử"): after a name of two capitals it is the
  // sentence going on ("các xã Mường Lạn, Nậm Lạnh giáp biên giới", "… Minh Diệu ven biển")
  const last = items[items.length - 1];
  if (last?.tail) {
    const others = new Set(items.slice(0, -1).flatMap((it) => it.capitals.map((w) => syllableKey(w.text))));
    const key = syllableKey(last.tail.text);
    if (last.capitals.length !== 1 || !(others.has(key) || !usuallyLowercase(key))) last.tail = undefined;
  }
  const lost = items.filter((it) => it.tail);
  const whole = items.filter((it) => !it.tail && it.capitals.length >= 2).length;
  // (one item with a lowercase syllable among whole names: two of them make it no list of names)
  if (lost.length !== 1 || whole < WHOLE_NAMES_AROUND) return [];
  return lost.map((it) => [...it.capitals, it.tail!]);
}

/** prepositions of place before a list of place names without a level word ("ở", "tại": generic-markers.json placeListPrepositions) */
const PLACE_LIST_PREPOSITIONS = new Set(markers.placeListPrepositions.words.map(syllableKey));

/**
 * The items that lost the capital of their last syllable in a list of place names right after a
 * preposition of place, no level word before them ("ở Lao bảo, Hướng Phùng và Tân Hợp"): from word
 * j, items of one to three capitals (and the lowercase tail lostTail reads as lost) joined by a
 * comma or a list joiner. Only where another item of the list is a name of two capitalised
 * syllables or more, which says the list is one of places; the list stops at anything else.
 */
function placesListedAfter(text: string, ws: Word[], keys: string[], j: number, inEntry: Set<number>): Word[][] {
  if (j >= ws.length || !blank(text, ws[j - 1], ws[j])) return [];
  const items: Array<{ words: Word[]; lost: boolean }> = [];
  let k = j;
  for (let n = 0; n < 12 && k < ws.length; n++) {
    let len = 0;
    while (len < 3 && k + len < ws.length && nameShape(ws[k + len]) === 'cap' && !inEntry.has(ws[k + len].start) && !isLevelWord(ws[k + len].text) && (len === 0 || blank(text, ws[k + len - 1], ws[k + len]))) len++;
    if (len === 0) break;
    const lost = lostTail(text, ws, keys, k + len, inEntry, n === 0);
    if (lost) len++;
    items.push({ words: ws.slice(k, k + len), lost });
    if (!listGoesOn(text, ws, k + len)) break;
    k += commaBetween(text, ws[k + len - 1], ws[k + len]) ? len : len + 1;
  }
  if (items.length < 2) return [];
  return items.filter((it, n) => it.lost && items.some((o, m) => m !== n && !o.lost && o.words.length >= 2)).map((it) => it.words);
}

/** heads of named places and zones ("Địa đạo", "Khu di tích": common-nouns.json placeHeads), as key lists */
const NAMED_PLACE_HEADS = commonNouns.placeHeads.map((h) => h.word.split(' ').map(syllableKey));
const NAMED_PLACE_FIRSTS = new Set(NAMED_PLACE_HEADS.map((h) => h[0]));

/** nouns of geography written lowercase before a name, and the words before them that make them another name's (generic-markers.json geographicGenerics) */
const GEO_GENERICS = new Set(markers.geographicGenerics.words.map(syllableKey));
const GEO_NOT_AFTER = markers.geographicGenerics.notAfter.map((p) => p.split(' ').map(syllableKey));
/**
 * heads of bodies and businesses that take a river's or a mountain's name (generic-markers.json
 * geographicGenerics.bodyHeads) and openers of what is printed as its owner names it, a club's
 * or a publication's (common-nouns.json evidence.ownerOpeners), as key lists
 */
const BODY_HEADS = [...markers.geographicGenerics.bodyHeads.map((h) => h.word), ...commonNouns.evidence.ownerOpeners].map((h) => h.split(' ').map(syllableKey));
/** how many lowercase words of description may stand between a capitalised head and the noun ("Câu lạc bộ | bơi chải | Sông La") */
const BODY_DESCRIPTION = 2;

/**
 * The noun of geography at word i opens the name of a body, not a river's or a mountain's: a
 * head of a body ends right before it, in any case ("khách sạn Sông Hàn", "Tổng công ty Sông
 * Đà": an organisation's type word too), or a capitalised one before at most two lowercase words
 * of description that are no function words ("Câu lạc bộ bơi chải Sông La"; not "Câu lạc bộ tổ
 * chức bơi qua Sông Lam", nor a lowercase head's "khách sạn nằm bên Sông Hàn"); or the capitalised run after it holds a province's name
 * ("cầu thủ Sông Lam Nghệ An": a team named after its river and its province — a river is
 * written with no province glued to its name).
 */
function opensBodyName(draft: Draft, ws: Word[], keys: string[], i: number, name: Word[]): boolean {
  const text = draft.text;
  for (let k = 1; k < name.length; k++) if (provinceAt(text, ws, keys, i + 1 + k)) return true;
  for (let end = i; end >= 1 && i - end <= BODY_DESCRIPTION; end--) {
    if (end < i && (nameShape(ws[end]) !== 'lower' || functionAt(keys, end) || genreWords().functionWords.has(wordLookupKey(ws[end])))) return false;
    if (!blank(text, ws[end - 1], ws[end])) return false;
    const head = headEndingAt(text, ws, keys, end);
    if (head >= 0 && (end === i || isCapitalised(ws[head].text))) return true;
  }
  return false;
}

/** Where a body's head (BODY_HEADS, or an organisation's type word) that ends right before word `end` starts, or -1. */
function headEndingAt(text: string, ws: Word[], keys: string[], end: number): number {
  for (let m = end - 1; m >= 0 && end - m <= 5; m--) {
    if (m < end - 1 && !blank(text, ws[m], ws[m + 1])) break;
    if (typeWordAt(keys, m) === end - m) return m;
    if (BODY_HEADS.some((h) => h.length === end - m && h.every((k, n) => keys[m + n] === k))) return m;
  }
  return -1;
}

/**
 * "trên Vịnh Hạ Long": a capitalised noun of geography mid-sentence before a capitalised name,
 * after a lowercase word that is no level word, no noun of geography and no part of a longer
 * name ("Đồng bằng Sông Cửu Long"). Returns the name's words after the noun, or undefined.
 */
function capitalGeneric(draft: Draft, ws: Word[], keys: string[], i: number, inEntry: Set<number>): Word[] | undefined {
  const text = draft.text;
  const w = ws[i];
  const prev = ws[i - 1];
  if (!GEO_GENERICS.has(keys[i]) || nameShape(w) !== 'cap' || !prev || !blank(text, prev, w) || nameShape(prev) !== 'lower') return undefined;
  if (isSentenceStart(draft, w.start) || inEntry.has(w.start) || isLevelWord(prev.text) || placeNounAt(keys, i - 1) > 0) return undefined;
  if (GEO_NOT_AFTER.some((p) => p.every((k, n) => keys[i - p.length + n] === k))) return undefined;
  // the head of a named place before it ("Địa đạo Vịnh Mốc", "Khu du lịch Núi Cấm"), maybe with
  // lowercase words that say what kind ("Khu du lịch quốc gia Núi Bà Đen"), or right before it in
  // lowercase ("địa đạo Vịnh Mốc": the head's own case says nothing there), or a kind of school
  // ("Trường Tiểu học và Trung học cơ sở Suối Hoa", named after its commune): the noun is the name's
  if (afterPlaceHead(text, ws, keys, i) || afterSchoolKind(draft, ws, keys, i)) return undefined;
  const name: Word[] = [];
  for (let k = i + 1; k < ws.length && name.length < 4 && nameShape(ws[k]) === 'cap' && blank(text, ws[k - 1], ws[k]); k++) name.push(ws[k]);
  if (name.length === 0 || inPersonName(draft, w.start) || opensBodyName(draft, ws, keys, i, name)) return undefined;
  // an item of a list of bare place names ("qua Sông Mã, Sốp Cộp, Mộc Châu"): a place named with
  // the noun, a district, no river (the other items no noun of geography, no level word)
  if (amongBareNames(text, ws, keys, i, i + 1 + name.length)) return undefined;
  return name;
}

/** how many other bare names a list must hold for its items to be places named whole */
const BARE_LIST = 2;
/**
 * The item from word `from` to `to` (exclusive) stands in a list (commas, "và") with BARE_LIST or
 * more other items that are capitalised names of one to four words with no noun of geography or
 * level word before them.
 */
function amongBareNames(text: string, ws: Word[], keys: string[], from: number, to: number): boolean {
  const bare = (a: number, b: number): boolean => b > a && b - a <= 4 && !GEO_GENERICS.has(keys[a]) && levelWordAt(ws, a) === 0 && ws.slice(a, b).every((x, n) => nameShape(x) === 'cap' && (n === 0 || blank(text, ws[a + n - 1], x)));
  const joiner = (k: number): number => {
    // the words joining item ending before k to the next: a comma, or "và" between blanks
    if (k >= ws.length) return 0;
    if (commaBetween(text, ws[k - 1], ws[k])) return 0.5;
    return keys[k] === 'và' && blank(text, ws[k - 1], ws[k]) ? 1 : 0;
  };
  let count = 0;
  // after: items joined one by one
  for (let k = to; k < ws.length && count < BARE_LIST; ) {
    const j = joiner(k);
    if (j === 0) break;
    const a = j === 1 ? k + 1 : k;
    let b = a;
    while (b < ws.length && b - a < 4 && nameShape(ws[b]) === 'cap' && (b === a || blank(text, ws[b - 1], ws[b]))) b++;
    if (!bare(a, b)) break;
    count++;
    k = b;
  }
  // before: items ending before the joiner before `from`
  for (let k = from; k > 0 && count < BARE_LIST; ) {
    const comma = commaBetween(text, ws[k - 1], ws[k]);
    const end = comma ? k : keys[k - 1] === 'và' && k >= 2 && blank(text, ws[k - 1], ws[k]) ? k - 1 : -1;
    if (end <= 0) break;
    let a = end;
    while (a > 0 && end - a < 4 && nameShape(ws[a - 1]) === 'cap' && (a === end || blank(text, ws[a - 1], ws[a]))) a--;
    if (!bare(a, end)) break;
    count++;
    k = a;
  }
  return count >= BARE_LIST;
}

/**
 * A head of a named place ends right before word i, in any case, or a capitalised one before at
 * most six lowercase words that end there, all joined by blanks (as common-noun-case reads a
 * place head: common-nouns.json placeHeads).
 */
function afterPlaceHead(text: string, ws: Word[], keys: string[], i: number): boolean {
  for (let end = i; end >= 1 && i - end <= 6; end--) {
    if (NAMED_PLACE_HEADS.some((p) => end >= p.length && (end === i || isCapitalised(ws[end - p.length].text)) && p.every((k, n) => keys[end - p.length + n] === k && (n === 0 || blank(text, ws[end - p.length + n - 1], ws[end - p.length + n]))))) return true;
    // (the words between are the head's description, lowercase and joined to it)
    if (nameShape(ws[end - 1]) !== 'lower' || !blank(text, ws[end - 1], ws[end])) return false;
  }
  return false;
}

/**
 * The level word of `lv` syllables at word i is the second half of a two-syllable place
 * name: a capitalised syllable before it, joined by a blank, that follows a lowercase word,
 * is no type word of a body nor a word of a known one, and no capitalised name after it.
 */
function secondOfPlaceName(text: string, ws: Word[], keys: string[], i: number, lv: number, inEntry: Set<number>): boolean {
  const prev = ws[i - 1];
  const before = ws[i - 2];
  if (lv !== 1 || !prev || !before || !blank(text, prev, ws[i]) || !blank(text, before, prev)) return false;
  if (nameShape(prev) !== 'cap' || nameShape(before) !== 'lower' || isLevelWord(prev.text) || typeWordAt(keys, i - 1) > 0 || inEntry.has(prev.start)) return false;
  const next = ws[i + 1];
  return !(next && blank(text, ws[i], next) && isCapitalised(next.text));
}

function keysOfWords(ws: Word[]): string {
  // each word's key as the parse made it (casing.ts wordKey: syllableKey of its text, read, not
  // computed again for every known name of every paragraph on each re-check)
  let out = '';
  for (let i = 0; i < ws.length; i++) out += i === 0 ? wordKey(ws[i]) : ` ${wordKey(ws[i])}`;
  return out;
}

/** a gap of one comma between blanks ("xã A, xã B") */
const COMMA_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*$/u;

/** Only a comma (and blanks) stands between words a and b. */
function commaBetween(text: string, a: Word, b: Word): boolean {
  return COMMA_GAP.test(text.slice(a.end, b.start));
}

function blank(text: string, a: Word, b: Word): boolean {
  // read in place (asked for most pairs of words): the gap first, then the two edges
  if (b.start <= a.end || !onlyBlanks(text, a.end, b.start)) return false;
  return WORD_END.test(a.text) && WORD_START.test(b.text);
}
const WORD_END = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/** Start offsets of the words that belong to an organisation entry, or that its own answer checks. */
function entryWords(draft: Draft, config: ResolvedConfig): Set<number> {
  const out = new Set<number>();
  // (indexes, not for…of: every organisation of the draft, each re-check; core/pair-map.ts)
  const organisations = matchOrganisations(draft, config);
  for (let i = 0; i < organisations.length; i++) {
    const o = organisations[i];
    for (let j = 0; j < o.parts.length; j++) {
      const words = o.parts[j].words;
      for (let k = 0; k < words.length; k++) out.add(words[k].start);
    }
    for (let j = 0; j < o.checks.length; j++) out.add(o.checks[j].word.start);
  }
  return out;
}

/** What one paragraph says alone: its level-word findings, and what it adds to the draft's place names. */
interface FirstReading {
  reports: Report[];
  /** capitalised names after a level word (spellings of place names), in text order */
  known: Word[][];
  /** "đô lương" of "huyện Đô lương": a name whose second syllable may have lost its capital */
  suspects: string[];
  /** "hoa lư" of "phường hoa Lư": a name whose first syllable may have lost its capital */
  openers: string[];
  /** the words of the province names reported */
  reported: Word[];
  /** two capitalised words side by side outside the headline (a suspect written right) */
  pairs: Word[][];
}

/** Each paragraph's first reading, keyed by its kind, the bare levels and the profile. */
const firstReadings = new ParagraphMemo<FirstReading>('admin-unit-case.paragraphs', 1024 * 1024, { offsets: ['start', 'end'] });

/** the levels whose units may be named by a number ("Quận 1", "Phường 10"; generic-markers.json `numbered`), as syllable keys */
const NUMBERED_LEVELS = new Set(markers.levels.filter((m) => 'numbered' in m && m.numbered === true).map((m) => m.word.split(' ').map(syllableKey).join(' ')));

/**
 * A lowercase level word of a unit named by a number at word i ("ở phường 7, thành phố …"):
 * the number is the unit's name and the level word its first word, capitalised (CAP-04) (a
 * count comes before its noun, never after). Not after a plural marker or a count ("các phường
 * 1, 2": many units, a list whose style the rulebook leaves open).
 */
function numberedUnitAt(draft: Draft, ws: Word[], keys: string[], i: number, lv: number): Report | undefined {
  const text = draft.text;
  const levelKey = keys.slice(i, i + lv).join(' ');
  const next = ws[i + lv];
  if (!NUMBERED_LEVELS.has(levelKey) || !next || !/^\d+[A-Za-z]?\.?$/u.test(next.text) || !blank(text, ws[i + lv - 1], next)) return undefined;
  const lvWords = ws.slice(i, i + lv);
  if (lvWords.some((w) => caseShape(w.text) !== 'lower') || isSentenceStart(draft, ws[i].start)) return undefined;
  if (i > 0 && blank(text, ws[i - 1], ws[i]) && (PLURAL.has(keys[i - 1]) || /^\d+$/u.test(ws[i - 1].text))) return undefined;
  const want = lvWords.map((w, n) => withShape(w.text, n === 0 ? 'cap' : 'lower'));
  const edits = lvWords.map((w, n) => ({ start: w.start, end: w.end, text: want[n] })).filter((e, n) => lvWords[n].text !== e.text);
  const found = text.slice(ws[i].start, next.end).replace(/\.$/u, '');
  const expected = editedText(text, ws[i].start, ws[i].start + found.length, edits);
  return { start: ws[i].start, end: ws[i].start + found.length, messageId: 'numbered', args: { found, expected }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected }, edits }] };
}

/**
 * the second syllables of the committees a level word opens ("Huyện ủy", "Quận Đoàn":
 * organisations.json, kind committee): the committee's place name follows them
 */
const COMMITTEE_TAILS = new Set(
  organisationEntries
    .filter((e) => e.kind === 'committee')
    .map((e) => e.canonical.split(' ').map(syllableKey))
    .filter((k) => k.length === 2 && isLevelWord(k[0]))
    .map((k) => k[1]),
);

/** A place name's spelling when every word is capitalised (not a word in capitals). */
function knownSpelling(ws: Word[]): boolean {
  return ws.length >= 2 && ws.every(nameCased);
}
/** a word of a known spelling: capitalised, not in capitals throughout */
function nameCased(w: Word): boolean {
  return isCapitalised(w.text) && !/^\p{Lu}{2,}$/u.test(w.text);
}

function firstReading(draft: Draft, p: Paragraph, inEntry: Set<number>, bare: Set<string>): FirstReading {
  const text = draft.text;
  const out: FirstReading = { reports: [], known: [], suspects: [], openers: [], reported: [], pairs: [] };
  const report = (r: Report): void => {
    out.reports.push(r);
  };
  const inHeadline = (s: Sentence): boolean => !!draft.headline && s.start >= draft.headline.start && s.end <= draft.headline.end;
  for (const s of p.sentences) {
    const ws = s.words;
    const keys = keysOf(s);
    // the names reported in the sentence: "thị xã" and its "xã" both lead to the same name, one finding
    const mixedAt = new Set<number>();
    /** a place name with a lost capital, once per start, never inside a person's name */
    // (an item of a list of place names is a place's, whatever person it is named after: "các xã
    // Tân Thuận, Tạ An khương và …" → "Tạ An Khương")
    const reportMixed = (n: Word[], listed = false): void => {
      if ((!listed && inPersonName(draft, n[0].start)) || mixedAt.has(n[0].start)) return;
      mixedAt.add(n[0].start);
      const edits = capitalEdits(n);
      const found = text.slice(n[0].start, n[n.length - 1].end);
      const expected = capitalised(text, n);
      report({ start: n[0].start, end: n[n.length - 1].end, messageId: 'mixed', args: { found, expected }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected }, edits }] });
    };
    for (let i = 0; i < ws.length; i++) {
      // "ở Lao bảo, Hướng Phùng": a list of place names after a preposition of place, no level word
      if (PLACE_LIST_PREPOSITIONS.has(keys[i]) && caseShape(ws[i].text) === 'lower' && !inHeadline(s)) {
        for (const n of placesListedAfter(text, ws, keys, i + 1, inEntry)) reportMixed(n);
        continue;
      }
      // most words are neither a level word nor the start of a committee
      if (!READ_FIRSTS.has(keys[i]) && !inEntry.has(ws[i].start)) continue;
      // "Khu công nghiệp Hòa phú,": a named place's head before its name, a capital then a
      // lowercase syllable that closes the name, read as after a level word (not the other way
      // round: a lowercase word after the head is its description, "Khu di tích đền …")
      const placeHead = NAMED_PLACE_HEADS.find((h) => h.every((k, n) => keys[i + n] === k && (n === 0 || blank(text, ws[i + n - 1], ws[i + n]))));
      if (placeHead && !inHeadline(s)) {
        const at = i + placeHead.length;
        const name = at < ws.length ? mixedName(text, ws, keys, at, ws[at - 1], inEntry, false) : undefined;
        // (two syllables only: a lowercase one between capitals there is a word of the name, "Quần thể di tích Cố đô Huế")
        // (nor two that make a noun of the general dictionary, capitalised as the name of the one
        // place it stands for: "quần thể di tích Cố đô" is Huế's, "cố đô" a noun, general-nouns.json)
        if (name && name.length === 2 && nameShape(name[0]) === 'cap' && !isGeneralNoun(`${wordLookupKey(name[0])} ${wordLookupKey(name[1])}`) && !inPersonName(draft, name[0].start)) {
          const edits = capitalEdits(name);
          const found = text.slice(name[0].start, name[name.length - 1].end);
          const expected = capitalised(text, name);
          report({ start: name[0].start, end: name[name.length - 1].end, messageId: 'mixed', args: { found, expected }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected }, edits }] });
        }
      }
      const lv = levelWordAt(ws, i);
      const levelKey = lv ? keys.slice(i, i + lv).join(' ') : '';
      // the proper name after a level word or a committee word
      const committee = inEntry.has(ws[i].start) && COMMITTEE_TAILS.has(keys[i + 1]);
      const after = committee ? 2 : lv;
      if (after && !inHeadline(s)) {
        // a maximal run of capitalised words (a Title Case line is no evidence)
        const name: Word[] = [];
        let j = i + after;
        for (; j < ws.length && name.length <= 4 && isCapitalised(ws[j].text) && blank(text, ws[j - 1], ws[j]); j++) name.push(ws[j]);
        // (after a committee a run of three syllables or more with a middle name, "Phó Bí thư
        // Thường trực Huyện ủy Sùng Thị Pà", is its holder's name, a person's spelling that
        // person-name-case checks elsewhere, no place's; "Huyện ủy Bạch Long Vĩ" names a place)
        const holder = committee && name.length >= 3 && MIDDLE.has(syllableKey(name[1].text)) && inPersonName(draft, name[0].start);
        if (name.length <= 4 && knownSpelling(name) && !holder) out.known.push(name);
        // "huyện Đô lương": a two-syllable name whose second syllable may have lost its capital
        const tail = ws[j];
        if (name.length === 1 && tail && blank(text, name[0], tail) && !isCapitalised(tail.text)) out.suspects.push(`${keys[j - 1]} ${keys[j]}`);
        // … or, after a main level word, its first ("phường hoa Lư", "đặc khu vân Đồn"; not a word
        // drafts write lowercase, "khu vực phía Nam" where "tại Phía Nam")
        const second = ws[j + 1];
        if (!committee && MAIN_LEVELS.has(levelKey) && name.length === 0 && tail && second && blank(text, ws[j - 1], tail) && blank(text, tail, second) && caseShape(tail.text) === 'lower' && isCapitalised(second.text) && !lowercaseSyllableMidClause(keys[j])) out.openers.push(`${keys[j]} ${keys[j + 1]}`);
      }
      // "tỉnh Nghệ an": a province's name that lost a capital after its level word
      const province = lv ? provinceAt(text, ws, keys, i + lv) : undefined;
      const provinceExpected = province && province.some((w) => !isCapitalised(w.text)) ? capitalised(text, province) : undefined;
      if (province && provinceExpected) {
        const edits = capitalEdits(province);
        const found = text.slice(province[0].start, province[province.length - 1].end);
        report({ start: province[0].start, end: province[province.length - 1].end, messageId: 'province', args: { found, expected: provinceExpected }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected: provinceExpected }, edits }] });
        for (const w of province) out.reported.push(w);
      }
      // "quận ninh Kiều", "xã Hòa phú", "núi bà Đen": one syllable of the name in the wrong case
      // a village's level word ("bản", "thôn") that ends a word with the syllable before ("văn
      // bản", "Mộc bản triều Nguyễn": a capital before it opens a name of its own) opens no
      // place name; a main level does, whatever comes before ("Hồ Chí Minh quận ninh Kiều")
      const joinedBefore = i > 0 && blank(text, ws[i - 1], ws[i]);
      // …nor does a level word that ends another word ("Hợp tác xã Dệt zèng A Lưới": generic-markers.json notLevelBefore)
      const inType = joinedBefore && levelEndsWordAt(keys, i);
      // (a plural marker is no such word, however often drafts write the two together: "các thôn")
      const unit = inType || (lv && joinedBefore && !MAIN_LEVELS.has(levelKey) && ((commonPair(ws[i - 1], ws[i]) && !PLURAL.has(keys[i - 1])) || nameShape(ws[i - 1]) === 'cap')) ? 0 : lv;
      const geo = lv || (joinedBefore && commonPair(ws[i - 1], ws[i])) ? 0 : placeNounAt(keys, i);
      // (after a committee, "Huyện ủy Mường tè", the name follows "ủy"; a level word there is
      // the unit's, no name: "Đảng ủy Đặc khu" is a level written capitalised, not "Đặc Khu")
      const nameAt = committee ? (levelWordAt(ws, i + 2) > 0 ? 0 : 2) : unit;
      if ((nameAt || geo) && !province && !inHeadline(s)) {
        const at = i + (nameAt || geo);
        const main = !committee && unit > 0 && MAIN_LEVELS.has(levelKey);
        const name = mixedName(text, ws, keys, at, ws[at - 1], inEntry, geo > 0, false, main && joinedBefore && inEntry.has(ws[i - 1].start) ? 'ofBody' : main);
        // (after a count of two or more, "4 phường Xoan gốc", one name alone is no unit's: the
        // count wants a list of names, and the word is another "phường", a guild; a list goes on
        // after the first item: "2 xã Hòa phú, Tân Lập")
        const counted = nameAt > 0 && i > 0 && /^\d+$/u.test(ws[i - 1].text) && Number(ws[i - 1].text) >= 2 && blank(text, ws[i - 1], ws[i]);
        const lone = counted && name !== undefined && !listGoesOn(text, ws, ws.indexOf(name[name.length - 1]) + 1);
        const names = name && !lone && !(geo && isCapitalised(ws[i].text) && !isSentenceStart(draft, ws[i].start)) ? [name] : [];
        // "các xã Nam Thịnh, Đông minh": the items of a list a plural level word opens are place names too
        // (a village's level word too: "các bản Pa Nậm Cúm, Hợp 2 và Nậm cười")
        const listed = new Set<number>();
        if (unit && !committee && i > 0 && PLURAL.has(keys[i - 1])) {
          for (const n of listedNames(text, ws, keys, at, inEntry, MAIN_LEVELS.has(levelKey))) {
            names.push(n);
            listed.add(n[0].start);
          }
        }
        // "các xã vùng biên Dân Hóa, Trọng Hóa, Thượng hóa", "6 xã Đắk Búk So, quảng Tâm, Quảng Trực":
        // an item of a list of the level's names with a syllable the other items capitalise
        if (unit && !committee && MAIN_LEVELS.has(levelKey)) for (const n of lostInList(text, ws, at, inEntry)) if (!names.some((m) => m[0].start === n[0].start)) names.push(n);
        // "huyện Trà Cú, Cầu ngang, Tiểu Cần", "5 huyện Sìn Hồ, Nậm nhùn, Tam Đường": an item of a list of
        // whole names after a main level word, its last syllable lowercase
        // (past words that describe the units after a plural marker, as listedNames reads them:
        // "các huyện miền núi Nam Giang, Tây Giang, Đông giang nêu"; not after a count)
        const listAt = i > 0 && PLURAL.has(keys[i - 1]) ? descriptorsEnd(text, ws, keys, at) : at;
        if (unit && !committee && MAIN_LEVELS.has(levelKey)) for (const n of lostAmongNames(text, ws, keys, listAt, inEntry)) if (!names.some((m) => m[0].start === n[0].start)) names.push(n);
        for (const n of names) reportMixed(n, listed.has(n[0].start));
      }
      // "trên Vịnh Hạ Long": the noun of geography before a name is lowercase
      const geoName = !lv && !inHeadline(s) ? capitalGeneric(draft, ws, keys, i, inEntry) : undefined;
      if (geoName) {
        const expected = withShape(ws[i].text, 'lower');
        const edits = [{ start: ws[i].start, end: ws[i].end, text: expected }];
        const found = text.slice(ws[i].start, geoName[geoName.length - 1].end);
        const whole = `${expected}${text.slice(ws[i].end, geoName[geoName.length - 1].end)}`;
        report({ start: ws[i].start, end: ws[i].end, messageId: 'generic', args: { found, expected: whole, name: keysOfWords([ws[i], ...geoName]) }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected: whole }, edits }] });
      }
      const special = !SPECIAL_FIRST.has(keys[i]) ? undefined : SPECIAL.find((sp) => sp.levelKeys.every((k, n) => keys[i + n] === k) && sp.nameKeys.every((k, n) => keys[i + 2 + n] === k));
      if (special) {
        const lvWords = ws.slice(i, i + 2);
        const want = lvWords.map((w, n) => caseLike(w.text, special.canonical.split(' ')[n]));
        if (lvWords.some((w, n) => w.text !== want[n]) && !isSentenceStart(draft, ws[i].start)) {
          const nameWords = ws.slice(i + 2, i + 2 + special.nameKeys.length);
          const expected = `${want.join(' ')} ${provinceExpected ?? text.slice(nameWords[0].start, nameWords[nameWords.length - 1].end)}`;
          const edits = lvWords.map((w, n) => ({ start: w.start, end: w.end, text: want[n] })).filter((e, n) => lvWords[n].text !== e.text);
          report({ start: lvWords[0].start, end: lvWords[1].end, messageId: 'special', args: { expected }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected }, edits }] });
        }
        i += 1;
        continue;
      }
      // "dọc tuyến Phố Nguyễn Sơn": a street's noun capitalised mid-sentence before its name
      const street = !lv && !geoName && !inHeadline(s) ? streetAt(text, ws, keys, i) : 0;
      if (street && villageCapitalAt(draft, ws, keys, i, street, inEntry, true)) {
        const stWords = ws.slice(i, i + street);
        const name: Word[] = [];
        for (let k = i + street; k < ws.length && name.length < 4 && nameShape(ws[k]) === 'cap' && blank(text, ws[k - 1], ws[k]); k++) name.push(ws[k]);
        const edits = stWords.map((w) => ({ start: w.start, end: w.end, text: withShape(w.text, 'lower') })).filter((e, n) => stWords[n].text !== e.text);
        const expected = `${stWords.map((w) => withShape(w.text, 'lower')).join(' ')}${text.slice(stWords[street - 1].end, name[name.length - 1].end)}`;
        const found = text.slice(stWords[0].start, name[name.length - 1].end);
        report({ start: stWords[0].start, end: stWords[street - 1].end, messageId: 'generic', args: { found, expected, name: keysOfWords([...stWords, ...name]) }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected }, edits }] });
        i += street - 1;
        continue;
      }
      // "ở Thôn Nà Hừ", "Chi hội Nông dân Thôn Khe Ván": a village's level word capitalised mid-sentence before its name
      if (lv && !MAIN_LEVELS.has(levelKey) && !inHeadline(s) && villageCapitalAt(draft, ws, keys, i, lv, inEntry)) {
        const lvWords = ws.slice(i, i + lv);
        // (a sentence's first word keeps its capital: "Tổ Dân Phố Đình Thôn họp" → "Tổ dân phố")
        const opens = isSentenceStart(draft, lvWords[0].start);
        const want = lvWords.map((w, n) => (n === 0 && opens ? w.text : withShape(w.text, 'lower')));
        const expected = want.join(' ');
        const edits = lvWords.map((w, n) => ({ start: w.start, end: w.end, text: want[n] })).filter((e, n) => lvWords[n].text !== e.text);
        report({ start: lvWords[0].start, end: lvWords[lv - 1].end, messageId: 'level', args: { found: text.slice(lvWords[0].start, lvWords[lv - 1].end), expected }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected }, edits }] });
        i += lv - 1;
        continue;
      }
      if (!lv || !MAIN_LEVELS.has(levelKey)) continue;
      const lvWords = ws.slice(i, i + lv);
      // "phường 7", "quận 5": a unit named by a number is written "Phường 7", "Quận 5" (CAP-04)
      const numbered = numberedUnitAt(draft, ws, keys, i, lv);
      if (numbered) {
        report(numbered);
        i += lv - 1;
        continue;
      }
      if (!isCapitalised(lvWords[0].text) || lvWords.some((w) => inEntry.has(w.start))) continue;
      if (lvWords.map((w) => w.text).join('').length > 1 && lvWords.every((w) => w.text === w.text.toUpperCase())) continue; // ALL CAPS line
      if (isSentenceStart(draft, lvWords[0].start)) continue;
      // "Trường THCS Thị trấn Đô Lương": a school named by its town (after a kind of school)
      if (afterSchoolKind(draft, ws, keys, i)) continue;
      // a syllable of a person's name ("bác sĩ Lò Văn Tỉnh") is no level word; but a "name" the
      // level word opens, no surname, is a place whose name has a middle name's syllable ("ở Huyện
      // Văn Lâm", "Huyện Văn Yên": no one is called "Huyện")
      if (inPersonName(draft, lvWords[0].start) && (inPersonName(draft, lvWords[0].start - 1) || isSurname(keys[i]))) continue;
      const next = ws[i + lv];
      // "cảng cá Phước Tỉnh", "xã Vĩnh Xã": the level word closes a two-syllable place name, its
      // first syllable capitalised after a lowercase word; no name follows, and that syllable is
      // no field of a body ("Cục Thuế Tỉnh", "Sở Công Thương Tỉnh": a capital before it)
      if (secondOfPlaceName(text, ws, keys, i, lv, inEntry)) continue;
      if (next && blank(text, lvWords[lv - 1], next)) {
        if (NUMBERED.test(next.text)) continue; // "Quận 1", "Phường 10" (CAP-04)
        // "Phường Trần Phú", "Phường Điện Biên Phủ": named after a person or an event (CAP-04)
        // ("Phường Yết Kiêu" every time, "các phường Văn Quán, Mộ Lao" beside it: the draft's own)
        // (not a province's or a city's level: they take a place's name, "thành phố Điện Biên Phủ";
        // generic-markers.json levels `namedByPlace`)
        if ((!NAMED_BY_PLACE.has(levelKey) && namedAfter(text, ws, keys, i + lv)) || capitalisedByTheDraft(draft, levelKey, keys, ws, i + lv)) continue;
        // (also when the next word is hyphenated to another: "Xã hội-Dân tộc", "Huyện ủy-Giám đốc")
        // (not where the syllable opens a name of capitals beside the same level word lowercase
        // before another name, one list: "Phường Hội An, phường Tam Kỳ")
        // (nor where it opens such a name before the unit above it: "Xã Viên An, huyện Trần Đề")
        if (lv === 1 && NOT_A_UNIT_AFTER.has(keys[i + lv].split(/[-–]/u)[0]) && !besideLowercaseSibling(text, ws, keys, i) && !beforeUnitAbove(text, ws, keys, i)) continue;
      }
      // "sự quan tâm của Tỉnh", "phối hợp với Huyện": the authority of the draft's own unit, a
      // specific body meant (§8.6, grey): accepted as written, only its first syllable capitalised
      const named = next && blank(text, lvWords[lv - 1], next) && isCapitalised(next.text);
      const before = ws[i - 1];
      // (or opening a clause as the subject of a verb: "Năm nay, Huyện tổ chức …", as a bare "Huyện ủy tổ chức")
      const authority = (before && blank(text, before, lvWords[0]) && AUTHORITY_AFTER.has(keys[i - 1])) || (/,\s*$/u.test(text.slice(before?.start ?? 0, lvWords[0].start)) && subjectOfVerb(text, ws, i + lv));
      if (!named && before && authority && lvWords.every((w, n) => caseShape(w.text) === (n === 0 ? 'cap' : 'lower'))) continue;
      // "Thành phố Hà Nội": a house style the rulebook accepts for this one name (§8.8)
      if (ALSO_CAPITALISED.get(levelKey)?.some((name) => name.every((k, m) => keys[i + lv + m] === k))) continue;
      // "Thành phố Cảng": a city's nickname, the level word its first word
      if (NICKNAMES.some((n) => n.every((k, m) => keys[i + m] === k && (m === 0 || blank(text, ws[i + m - 1], ws[i + m]))))) continue;
      // "Thành phố" alone, in a draft about Thành phố Hồ Chí Minh: that city's short name
      if (!(next && blank(text, lvWords[lv - 1], next) && isCapitalised(next.text)) && bare.has(levelKey)) continue;
      const want = lvWords.map((w) => withShape(w.text, 'lower'));
      const expected = want.join(' ');
      const edits = lvWords.map((w, n) => ({ start: w.start, end: w.end, text: want[n] })).filter((e, n) => lvWords[n].text !== e.text);
      report({
        start: lvWords[0].start,
        end: lvWords[lv - 1].end,
        messageId: 'level',
        args: { found: text.slice(lvWords[0].start, lvWords[lv - 1].end), expected },
        fix: edits,
        suggestions: [{ messageId: 'apply', args: { expected }, edits }],
      });
      i += lv - 1;
    }
    if (inHeadline(s)) continue;
    // (knownSpelling of the two words, without an array made for every pair of the paragraph)
    for (let i = 0; i + 1 < ws.length; i++) if (nameCased(ws[i]) && nameCased(ws[i + 1]) && blank(text, ws[i], ws[i + 1])) out.pairs.push([ws[i], ws[i + 1]]);
    // "đất Mũi, Viên An, Tân Ân": a lowercase syllable and a capital opening an item of a list of
    // place names, a name that may have lost its first capital (lostCapitals: where the draft writes it whole)
    for (let i = 1; i + 1 < ws.length; i++) if (opensListItem(text, ws, keys, i)) out.openers.push(`${keys[i]} ${keys[i + 1]}`);
  }
  return out;
}

/** names of places that open with a village's level word ("Buôn Ma Thuột": generic-markers.json levelOpenedNames), as key lists */
const LEVEL_OPENED_NAMES = markers.levelOpenedNames.names.map((n) => n.split(' ').map(syllableKey));
/** how many capitalised syllables a village's name must have after its level word for the capital to be a slip ("Bản Lầu" may be a commune named so) */
const VILLAGE_NAME_SYLLABLES = 2;

/**
 * The village's level word at word i (not a main level: "thôn", "bản", "tổ dân phố") is written
 * with its first letter capitalised mid-sentence, the rest lowercase, before a name of two
 * capitalised syllables or more, right after a lowercase word that is no level word and no noun
 * of geography ("ở Thôn Nà Hừ") or after a body ("Chi hội Nông dân Thôn Khe Ván"): the level word
 * is the common noun, as "xã" is (Decree 30). Not a name that opens with the level word itself
 * ("Buôn Ma Thuột"), a person's name, a word of an organisation entry. A street's noun
 * (`street`: "tuyến Phố Nguyễn Sơn") is read the same way, but only after a lowercase word: no
 * body is named by its street (a capital after a body's type word is the body's own word,
 * "Công ty Cổ phần Đường Quảng Ngãi"), and a street named after a person keeps its lowercase
 * noun (no administrative unit, no "Phường Trần Phú" capital).
 */
function villageCapitalAt(draft: Draft, ws: Word[], keys: string[], i: number, lv: number, inEntry: Set<number>, street = false): boolean {
  const text = draft.text;
  const first = ws[i];
  const prev = ws[i - 1];
  if (caseShape(first.text) !== 'cap') return false;
  // (a level word of two syllables or more written in Title Case, "Tổ Dân Phố", "Khu Phố", is
  // a common noun capitalised whole, wherever it stands, at a sentence's start too: "Khu phố")
  if (!street && titledLevel(ws, i, lv)) return titledVillageAt(draft, ws, keys, i, lv, inEntry);
  if (!prev || ws.slice(i + 1, i + lv).some((w) => caseShape(w.text) !== 'lower') || isSentenceStart(draft, first.start)) return false;
  // (a syllable of a person's name is no level word; but a "name" the level word opens, no
  // surname nor a person's introducer before it, is a place whose name reads as a person's:
  // "tại Thôn Lô Lô Chải", no one is called "Thôn"; "ông Bon Niêng Ha Biên" is someone)
  if (ws.slice(i, i + lv).some((w) => inEntry.has(w.start)) || !blank(text, prev, first) || (inPersonName(draft, first.start) && (inPersonName(draft, first.start - 1) || isSurname(keys[i]) || introducerBefore(text, ws, i) > 0))) return false;
  const afterBody = !street && inEntry.has(prev.start);
  // (nor after a named place's head, whose name may open with the word: "Khu công nghiệp Phố Nối A")
  if (street && (inEntry.has(prev.start) || headEndingAt(text, ws, keys, i) >= 0 || afterPlaceHead(text, ws, keys, i))) return false;
  if (!afterBody && (nameShape(prev) !== 'lower' || isLevelWord(prev.text) || placeNounAt(keys, i - 1) > 0 || GEO_GENERICS.has(keys[i - 1]))) return false;
  const j = i + lv;
  if (!ws[j] || !blank(text, ws[j - 1], ws[j]) || capitalsFrom(text, ws, j) < VILLAGE_NAME_SYLLABLES || typeWordAt(keys, j) > 0) return false;
  if (ws.slice(j, j + VILLAGE_NAME_SYLLABLES).some((w) => nameShape(w) !== 'cap' || inEntry.has(w.start))) return false;
  if (LEVEL_OPENED_NAMES.some((n) => n.every((k, m) => keys[i + m] === k))) return false;
  return street || !namedAfter(text, ws, keys, j, true);
}

/** The level word of two syllables or more at word i has every syllable capitalised ("Tổ Dân Phố", "Khu Phố"). */
function titledLevel(ws: Word[], i: number, lv: number): boolean {
  return lv >= 2 && ws.slice(i, i + lv).every((w) => caseShape(w.text) === 'cap');
}

/**
 * A village's level word of two syllables or more written in Title Case ("Tổ Dân Phố", "Khu
 * Phố") before a name of two capitalised syllables or more: no name opens with such a level
 * word, so its capitals are a slip (a sentence's start keeps its first: "Khu phố Tân Lập …").
 * Not in an organisation entry, not when the name's first syllable makes a common word with the
 * level word's last, not before a person's name.
 */
function titledVillageAt(draft: Draft, ws: Word[], keys: string[], i: number, lv: number, inEntry: Set<number>): boolean {
  const text = draft.text;
  const prev = ws[i - 1];
  if (ws.slice(i, i + lv).some((w, n) => inEntry.has(w.start) || (n > 0 && !blank(text, ws[i + n - 1], w)))) return false;
  // (after a word: a lowercase one or a body's, as for a level word of one capital)
  if (prev && !isSentenceStart(draft, ws[i].start) && (!blank(text, prev, ws[i]) || !(inEntry.has(prev.start) || (nameShape(prev) === 'lower' && !isLevelWord(prev.text) && placeNounAt(keys, i - 1) === 0)))) return false;
  const j = i + lv;
  if (!ws[j] || !blank(text, ws[j - 1], ws[j]) || capitalsFrom(text, ws, j) < VILLAGE_NAME_SYLLABLES || typeWordAt(keys, j) > 0 || commonPair(ws[j - 1], ws[j])) return false;
  if (ws.slice(j, j + VILLAGE_NAME_SYLLABLES).some((w) => nameShape(w) !== 'cap' || inEntry.has(w.start))) return false;
  if (LEVEL_OPENED_NAMES.some((n) => n.every((k, m) => keys[i + m] === k))) return false;
  return !namedAfter(text, ws, keys, j, true);
}

/** nouns of a street, as key lists (generic-markers.json streets: "đường", "phố", "đại lộ") */
const STREETS = markers.streets.words.map((w) => w.split(' ').map(syllableKey));
const STREET_FIRSTS = new Set(STREETS.map((st) => st[0]));
/**
 * The words firstReading reads on from: a level word's first syllable (INTERESTING), the first
 * of a place noun, a geographic generic, a named place's head or a street's word, in one set
 * (five lookups of every word of the draft before, one now).
 */
const READ_FIRSTS = new Set([...INTERESTING, ...PLACE_NOUN_FIRSTS, ...GEO_GENERICS, ...NAMED_PLACE_FIRSTS, ...STREET_FIRSTS]);

/** How many syllables a street's noun at word i has ("Đại lộ": 2), joined by blanks, or 0. */
function streetAt(text: string, ws: Word[], keys: string[], i: number): number {
  let best = 0;
  for (const st of STREETS) if (st.length > best && st.every((k, n) => keys[i + n] === k && (n === 0 || blank(text, ws[i + n - 1], ws[i + n])))) best = st.length;
  return best;
}

/** A main level word ("xã", "đặc khu") ends right before word i, joined to it by a blank. */
function afterMainLevel(text: string, ws: Word[], keys: string[], i: number): boolean {
  return [1, 2].some((n) => i >= n && blank(text, ws[i - 1], ws[i]) && levelWordAt(ws, i - n) === n && MAIN_LEVELS.has(keys.slice(i - n, i).join(' ')));
}

/** how many other items of a list, each a name of two capitalised syllables or more, make it a list of place names (opensListItem) */
const NAMES_IN_LIST = 2;

/**
 * Word i, a lowercase syllable after a lowercase word, and one capitalised syllable after it open
 * the first item of a list of names, NAMES_IN_LIST other items after it, each two to four
 * capitalised syllables joined by commas or a list joiner ("… bãi bồi đất Mũi, Viên An, Tân Ân"):
 * the item may be a place name that lost its first capital, which the draft must write whole
 * elsewhere to be read so (lostCapitals). Not a function word, a level word, nor two syllables
 * that make a common word.
 */
function opensListItem(text: string, ws: Word[], keys: string[], i: number): boolean {
  const a = ws[i];
  const b = ws[i + 1];
  if (i < 1 || !a || !b || nameShape(a) !== 'lower' || nameShape(b) !== 'cap' || !blank(text, a, b) || !blank(text, ws[i - 1], a) || nameShape(ws[i - 1]) !== 'lower') return false;
  if (functionAt(keys, i) || isLevelWord(a.text) || isLevelWord(ws[i - 1].text) || commonPair(a, b)) return false;
  let others = 0;
  for (let k = i + 2; others < NAMES_IN_LIST && k < ws.length; ) {
    if (!listGoesOn(text, ws, k)) break;
    const at = commaBetween(text, ws[k - 1], ws[k]) ? k : k + 1;
    let n = 0;
    while (n < 4 && at + n < ws.length && nameShape(ws[at + n]) === 'cap' && !isLevelWord(ws[at + n].text) && (n === 0 || blank(text, ws[at + n - 1], ws[at + n]))) n++;
    if (n < 2) break;
    others++;
    k = at + n;
  }
  return others >= NAMES_IN_LIST;
}

/** The draft's place names as written right (`known`), and the province names already reported. */
interface Places {
  known: Map<string, Word[]>;
  lengths: number[];
  firstKeys: Set<string>;
  reported: Set<number>;
}

/** Each paragraph's lost capitals, keyed by its first reading's salt and the draft's place names. */
const placeReadings = new ParagraphMemo<Report[]>('admin-unit-case.places', 512 * 1024, { offsets: ['start', 'end'] });

/** "Đô lương" in paragraph `p` where the draft writes "Đô Lương". */
function lostCapitals(draft: Draft, p: Paragraph, places: Places): Report[] {
  const text = draft.text;
  const { known, lengths, firstKeys, reported } = places;
  const out: Report[] = [];
  const report = (r: Report): void => {
    out.push(r);
  };
  for (const s of p.sentences) {
    const ws = s.words;
    const keys = keysOf(s);
    for (let i = 0; i < ws.length; i++) {
      if (!firstKeys.has(keys[i])) continue;
      // (a name may lose its first capital only right after a main level word: "phường hoa Lư"
      // where the draft writes "Hoa Lư"; elsewhere, or a syllable drafts write lowercase, it is a
      // word of its own: "khu vực phía Nam")
      // (or opening an item of a list of place names: "các ấp ven biển đất Mũi, Viên An, Tân Ân"
      // where the draft writes "Đất Mũi" mid-sentence)
      if (!isCapitalised(ws[i].text) && !(caseShape(ws[i].text) === 'lower' && ((!lowercaseSyllableMidClause(keys[i]) && afterMainLevel(text, ws, keys, i)) || opensListItem(text, ws, keys, i)))) continue;
      const afterLevel = i > 0 && blank(text, ws[i - 1], ws[i]) && LEVEL_ENDS.has(keys[i - 1]);
      for (const n of lengths) {
        const cand = ws.slice(i, i + n);
        if (cand.length < n || !cand.every((w, k) => k === 0 || blank(text, cand[k - 1], w))) continue;
        const model = known.get(keys.slice(i, i + n).join(' '));
        if (!model || cand.every((w) => isCapitalised(w.text)) || reported.has(cand[0].start)) continue;
        // (a person's name after a body's level word is its holder's: "Đảng ủy xã nguyễn Văn
        // Hùng" is person-name-case's)
        if (!isCapitalised(cand[0].text) && inPersonName(draft, cand[0].start)) continue;
        if (cand.every((w) => w.text === w.text.toUpperCase())) continue;
        // a place named by a common word ("xã Thành Công", "xã Hòa Bình") written as that
        // word elsewhere ("Thành công của lớp học…", "mong Hòa bình"): a lowercase syllable
        // that makes a common word with the one before is that word, not the name
        // (right after a level word it is the name all the same: "xã Thành công")
        if (!afterLevel && cand.some((w, k) => k > 0 && !isCapitalised(w.text) && commonPair(cand[k - 1], w))) continue;
        const want = cand.map((w, k) => caseLike(w.text, model[k].text));
        const edits = cand.map((w, k) => ({ start: w.start, end: w.end, text: want[k] })).filter((e, k) => cand[k].text !== e.text);
        if (edits.length === 0) continue;
        const found = text.slice(cand[0].start, cand[n - 1].end);
        const expected = want.join(' ');
        report({
          start: cand[0].start,
          end: cand[n - 1].end,
          messageId: 'place',
          args: { found, expected, known: text.slice(model[0].start, model[model.length - 1].end) },
          fix: edits,
          suggestions: [{ messageId: 'apply', args: { expected }, edits }],
        });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

export const adminUnitCase: Rule = {
  meta: {
    id: 'admin-unit-case',
    category: 'capitalisation',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Viết thường từ chỉ đơn vị hành chính (tỉnh, huyện, xã…) và viết hoa tên riêng địa danh.',
      en: 'Lowercase the administrative level word (tỉnh, huyện, xã…) and capitalise the place name.',
    },
    rationale: {
      vi: 'Theo Nghị định 30/2020/NĐ-CP, danh từ chung chỉ đơn vị hành chính viết thường, tên riêng viết hoa: “huyện An Lão”, “Ủy ban nhân dân xã”. Ngoại lệ: “Quận 1”, “Phường 10”, “Thủ đô Hà Nội”, “Thành phố Hồ Chí Minh”.',
      en: 'Decree 30/2020 writes the level word in lowercase and the name with capitals: “huyện An Lão”, “Ủy ban nhân dân xã”. Exceptions: “Quận 1”, “Phường 10”, “Thủ đô Hà Nội”, “Thành phố Hồ Chí Minh”.',
    },
    messages: {
      level: {
        vi: 'Từ chỉ đơn vị hành chính viết thường: “{found}” → “{expected}”.',
        en: 'The administrative level word is lowercase: “{found}” → “{expected}”.',
      },
      numbered: {
        vi: 'Đơn vị hành chính đặt tên bằng số viết hoa từ chỉ cấp: “{found}” → “{expected}”.',
        en: 'A unit named by a number capitalises its level word: “{found}” → “{expected}”.',
      },
      special: {
        vi: '“{expected}” là tên riêng đặc biệt, viết hoa cả từ chỉ đơn vị.',
        en: '“{expected}” is a special name: its level word is capitalised too.',
      },
      province: {
        vi: 'Tên tỉnh, thành phố viết hoa mọi âm tiết: “{found}” → “{expected}”.',
        en: 'Every syllable of a province’s name is capitalised: “{found}” → “{expected}”.',
      },
      generic: {
        vi: 'Danh từ chung chỉ địa lý trước tên riêng viết thường: “{found}” → “{expected}”.',
        en: 'The noun of geography before a proper name is lowercase: “{found}” → “{expected}”.',
      },
      mixed: {
        vi: 'Tên địa danh viết hoa mọi âm tiết: “{found}” → “{expected}”.',
        en: 'Every syllable of a place name is capitalised: “{found}” → “{expected}”.',
      },
      place: {
        vi: 'Tên địa danh viết hoa mọi âm tiết (trong bài đã viết “{known}”): “{found}” → “{expected}”.',
        en: 'Every syllable of a place name is capitalised (the draft writes “{known}”): “{found}” → “{expected}”.',
      },
      apply: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
    },
  },
  check({ draft, config, report }) {
    const text = draft.text;
    // what a paragraph's first reading depends on beyond its text: its kind, the level words the
    // draft may capitalise alone, the lexicon's profile (a project's own lexicon is not remembered)
    const memo = usesBuiltinLexicon(config);
    const bare = bareSpecialLevels(text);
    const draftWide = `${[...bare].join('|')}\u0001${config.profile}`;
    // (the headline is the first paragraph of its kind: another one reads as the body does)
    const firstSalt = (p: Paragraph): string => `${p === draft.headline ? 'headline' : p.kind === 'headline' ? 'other' : p.kind}\u0001${draftWide}${lexiconSalt(draft, p, config)}`;
    // words that belong to an organisation entry ("Tỉnh ủy", "Huyện Đoàn") and level words an
    // organisation name's own answer already lowers: found once a pass, and only when a paragraph is not remembered
    let inEntry: Set<number> | undefined;
    const read = (p: Paragraph): FirstReading => firstReading(draft, p, (inEntry ??= entryWords(draft, config)), bare);
    const readings = draft.paragraphs.map((p) => (memo ? firstReadings.get(draft, p, firstSalt(p), read) : read(p)));

    const known = new Map<string, Word[]>(); // key of a place name (≥2 syllables) → a correct spelling
    const suspects = new Set<string>(); // "đô lương" after a level word, written "Đô lương"
    const openers = new Set<string>(); // "hoa lư" after a main level word, written "hoa Lư"
    const reported = new Set<number>(); // starts of the province names already reported
    // a mixed-case name the draft also writes right is reported with that spelling (below)
    const mixed: Report[] = [];
    // (index loops: every paragraph, every re-check; in the server's unoptimised code each step
    // of a for…of allocates its result, and the lists are mostly empty)
    for (let a = 0; a < readings.length; a++) {
      const r = readings[a];
      for (let i = 0; i < r.reports.length; i++) {
        const f = r.reports[i];
        if (f.messageId === 'mixed' || f.messageId === 'generic') mixed.push(f);
        else report(f);
      }
      for (let i = 0; i < r.known.length; i++) if (!known.has(keysOfWords(r.known[i]))) known.set(keysOfWords(r.known[i]), r.known[i]);
      for (let i = 0; i < r.suspects.length; i++) suspects.add(r.suspects[i]);
      for (let i = 0; i < r.openers.length; i++) openers.add(r.openers[i]);
      for (let i = 0; i < r.reported.length; i++) reported.add(r.reported[i].start);
    }

    // a suspect is a place name when the draft writes it capitalised somewhere (even at a
    // sentence start: "Đô Lương tổ chức…"), outside a headline that may be in Title Case
    // (one that lost its first capital, only where a capital there says a name: mid-sentence, not
    // at a sentence start, whose capital any word gets: "xã dự Lễ khai giảng" where "Dự lễ có …")
    if (suspects.size > 0 || openers.size > 0) {
      for (const r of readings) {
        for (const pair of r.pairs) {
          const k = keysOfWords(pair);
          if (!known.has(k) && (suspects.has(k) || (openers.has(k) && !isSentenceStart(draft, pair[0].start)))) known.set(k, pair);
        }
      }
    }

    // a capitalised noun of geography the draft also writes after a level word names that unit
    // ("huyện Núi Thành … Núi Thành cử"): its capital is the name's
    const unitName = (f: Report): boolean => f.messageId === 'generic' && [...known.keys()].some((k) => String(f.args?.name ?? '').startsWith(k) && k.includes(' '));
    // place names that lost a capital somewhere: "Đô lương" where the draft writes "Đô Lương"
    if (known.size === 0) {
      for (const f of mixed) if (!unitName(f)) report(f);
      return;
    }
    const places: Places = { known, lengths: [...new Set([...known.values()].map((v) => v.length))], firstKeys: new Set([...known.keys()].map((k) => k.split(' ')[0])), reported };
    // (the known names as this draft writes them: what every paragraph's second reading depends on)
    const knownSalt = saltId([...known].map(([k, model]) => `${k}\u0002${model.map((w) => w.text).join(' ')}\u0002${text.slice(model[0].start, model[model.length - 1].end)}`).join('\u0001'));
    const placed = new Set<number>();
    draft.paragraphs.forEach((p) => {
      const found = memo ? placeReadings.get(draft, p, `${firstSalt(p)}\u0003${knownSalt}`, () => lostCapitals(draft, p, places)) : lostCapitals(draft, p, places);
      for (let i = 0; i < found.length; i++) {
        report(found[i]);
        placed.add(found[i].start).add(found[i].end);
      }
    });
    for (const f of mixed) if (!placed.has(f.start) && !placed.has(f.end) && !unitName(f)) report(f);
  },
};
