/** Titles ("(Phó )?BASE( Thường trực)? + body") and the body each one heads. */
import type { Draft, Sentence, Word } from '../draft.js';
import type { Profile } from '../config/types.js';
import { caseLike, caseShape, isCapitalised, isGenericAt, isSentenceStart, levelWordAt, pluralMarkerAt, pluralMarkerEndingAt, syllableKey, withShape } from '../casing.js';
import { DEPUTY_KEY, QUALIFIER, QUALIFIER_KEYS, type Tries } from './entries.js';
import { longestAt } from './trie.js';
import { allUpper, blankGap, gapAt, keysOf, pickForm, properNameAfter, wordEnd, wordStart } from './words.js';
import { chainAt } from './organisations.js';
import { INTRODUCERS, MIDDLE } from '../surnames.js';
import { bodyAt } from './bodies.js';
import { committeeAt, subjectOfVerb, typeWordAt, unnamedUnitAt } from './grammar.js';
import { applyChecks } from './checks.js';
import type { OrganisationMatch, SyllableCheck, TitleMatch } from './types.js';
import titleData from '../../../../dictionaries/titles.json';

const NAME_SEP = /^\s*(?:,|-|–|—)\s*$/u;
/** "các bí thư, Phó Bí thư …": syllables of titles that are items of a generic list (titles.json listSyllables) */
const LIST_SYLLABLE = new RegExp(`^(?:${titleData.listSyllables.map((e) => e.word).join('|')})$`, 'iu');

/**
 * A person's name ends right before word i: "Trần Văn Tuấn - " or "Trần Văn Tuấn, ", also with
 * a middle name that lost its capital ("Nguyễn văn Hùng, phó bí thư …": the surname opens it).
 */
function afterPersonName(draft: Draft, words: Word[], i: number): boolean {
  if (i < 2 || !NAME_SEP.test(gapAt(draft.text, words, i - 1))) return false;
  let n = 0;
  let first = -1;
  for (let j = i - 1; j >= 0 && !/^\p{Lu}{2,}$/u.test(words[j].text); j--) {
    const capital = isCapitalised(words[j].text);
    // a lowercase middle name between capitals ("văn", "thị"), never the name's last syllable
    if (!capital && !(j < i - 1 && j > 0 && MIDDLE.has(syllableKey(words[j].text)))) break;
    n++;
    first = j;
    if (j > 0 && !blankGap(draft.text, words, j - 1)) break;
  }
  // (one capitalised word is a name after a word that introduces one: "bà H'Nhi, chủ tịch …")
  if (!((n >= 2 || (n === 1 && introducedAt(draft.text, words, first))) && isCapitalised(words[first].text))) return false;
  // the last item of a list whose item before is one capitalised word names a people or a
  // place, as that one does, not a person: "đồng bào các dân tộc Tày, Dao, Sán Chỉ, bí thư chi bộ"
  // (no one is named by one syllable without a word that introduces them)
  const single = first >= 1 && /^\s*,\s*$/u.test(gapAt(draft.text, words, first - 1)) && isCapitalised(words[first - 1].text);
  return !(single && (first === 1 || !blankGap(draft.text, words, first - 2)) && !introducedAt(draft.text, words, first - 1));
}

/**
 * The title from word `from` to `end` ends in the name of a body the lexicon knows ("Trưởng |
 * công an"), and a level word follows with the name of its place or of its holder after it ("Phó
 * Trưởng công an huyện Nguyễn Văn Cường", "Trưởng công an xã Tân Lập"), or its holder named
 * right before the title (`holderBefore`: "ông Lê Văn Khiêm, Trưởng thi hành án dân sự tỉnh"):
 * the body is that one unit's, not the common noun its lowercase form also is, as
 * organisation-case reads "công an tỉnh Lai Châu" (organisations.ts, a name in its accepted
 * lowercase form).
 */
function bodyOfOne(draft: Draft, tries: Tries, words: Word[], keys: string[], from: number, end: number, holderBefore: boolean): boolean {
  const text = draft.text;
  const tail = from + 1 < end ? longestAt(tries.organisations, text, words, keys, from + 1) : undefined;
  if (!tail || tail.end !== end || end >= words.length || !blankGap(text, words, end - 1)) return false;
  const lv = levelWordAt(words, end);
  return lv > 0 && (holderBefore || (end + lv < words.length && blankGap(text, words, end + lv - 1) && properNameAfter(draft, words, end + lv) > 0));
}

/** The words from index j on name nothing: no level word, number or capitalised word joined to the phrase before. */
function nothingSpecificAfter(text: string, words: Word[], j: number): boolean {
  const w = words[j];
  return !w || !blankGap(text, words, j - 1) || (caseShape(w.text) === 'lower' && levelWordAt(words, j) === 0);
}

/** A word that introduces a person's name ("bà", "đồng chí", "Đại tá") ends right before word i. */
function introducedAt(text: string, words: Word[], i: number): boolean {
  return introducerBefore(text, words, i) > 0;
}

/** The length of the word that introduces a person's name ending right before word i, or 0. */
function introducerBefore(text: string, words: Word[], i: number): number {
  return INTRODUCERS.find((t) => i >= t.length && blankGap(text, words, i - 1) && t.every((k, n) => syllableKey(words[i - t.length + n].text) === k))?.length ?? 0;
}

/**
 * The introducer before word i is itself in the plural ("các đồng chí | ủy viên Ủy ban Kiểm tra
 * Quận ủy", "những đồng chí | …"): the title of several people, a generic mention (CAP-24).
 */
function pluralIntroducedAt(text: string, words: Word[], i: number): boolean {
  const n = introducerBefore(text, words, i);
  return n > 0 && i - n > 0 && caseShape(words[i - n].text) === 'lower' && blankGap(text, words, i - n - 1) && pluralMarkerEndingAt(words, i - n - 1) > 0;
}

export function titleAt(
  draft: Draft,
  s: Sentence,
  tries: Tries,
  profile: Profile,
  i: number,
  prevTitleEnd: number,
  pluralChain = false,
): { match: TitleMatch; endIndex: number; plural: boolean } | undefined {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  let j = i;
  let deputy: Word | undefined;
  if (keys[j] !== DEPUTY_KEY && !tries.titles.next.has(keys[j])) return undefined;
  if (keys[j] === DEPUTY_KEY && blankGap(text, words, j)) {
    deputy = words[j];
    j++;
  }
  const base = longestAt(tries.titles, text, words, keys, j);
  if (!base) return undefined;
  const entry = base.c.entry;
  let k = base.end;
  // "Trưởng ban" + "Ban Dân vận": the head syllable opens the body
  let headShared = false;
  let organisation: OrganisationMatch | undefined;
  let endIndex = k;
  let qualifier: Word[] | undefined;
  if (entry.head) {
    const headIndex = base.end - 1;
    const chain = bodyAt(draft, s, tries, headIndex, 'head');
    if (chain && syllableKey(chain.match.parts[0].words[0].text) === syllableKey(entry.head) && chain.match.parts[0].words.length > 1) {
      headShared = true;
      organisation = chain.match;
      // the head syllable belongs to the title's contested style (§8.1), not to organisation-case
      const headWord = words[headIndex];
      organisation.checks = organisation.checks.filter((c) => c.word !== headWord);
      organisation.expected = applyChecks(text, organisation.start, organisation.end, organisation.checks, true);
      endIndex = chain.endIndex;
      k = headIndex;
    }
  }
  if (!headShared) {
    if (k < words.length && blankGap(text, words, k - 1) && QUALIFIER_KEYS.every((q, n) => keys[k + n] === q) && blankGap(text, words, k)) {
      qualifier = words.slice(k, k + QUALIFIER_KEYS.length);
      k += QUALIFIER_KEYS.length;
    }
    endIndex = k;
    if (k < words.length && blankGap(text, words, k - 1)) {
      // the lexicon's chain or, for a body it does not know, the grammar's reading ("Giám đốc Công ty …")
      const chain = bodyAt(draft, s, tries, k, true);
      if (chain) {
        organisation = chain.match;
        endIndex = chain.endIndex;
      }
    }
  }
  const titleWords = words.slice(i, headShared ? base.end - 1 : k);
  const first = words[i];
  const startsSentence = isSentenceStart(draft, first.start);
  // (a title written all lowercase after a plural introducer is of several people: "các đồng chí |
  // ủy viên Ủy ban Kiểm tra Quận ủy"; a capital inside it is a slip in the one title the writer
  // meant capitalised, "các đồng chí phó Chủ nhiệm …")
  const chainOf = prevTitleEnd === i || (i > 0 && prevTitleEnd >= 0 && prevTitleEnd === i && NAME_SEP.test(gapAt(text, words, i - 1)));
  // (so is one written all lowercase in a list of titles that such an introducer opened, after a
  // comma: "các đồng chí Phó Chủ nhiệm, | ủy viên Ủy ban Kiểm tra Thành ủy", CAP-24 — the plural
  // is the whole list's; the writer's capital on an item is left as written)
  const pluralItem = chainOf && pluralChain && i > 0 && /^\s*,\s*$/u.test(gapAt(text, words, i - 1));
  const generic = isGenericAt(text, words, i, (w) => LIST_SYLLABLE.test(w.text)) || (titleWords.every((w) => caseShape(w.text) === 'lower') && (pluralIntroducedAt(text, words, i) || pluralItem));
  const nameAfter = endIndex < words.length && blankGap(text, words, endIndex - 1) && properNameAfter(draft, words, endIndex) >= 2;
  const intentional = isCapitalised(first.text) && !startsSentence;
  // a title of every unit of a kind ("Trưởng ban công tác Mặt trận các thôn", "… ấp, khóm") is nobody's (CAP-24)
  // (after a plural marker any body of a kind written lowercase: "… Nữ công các công đoàn cơ sở", "… các trường")
  const unitsAt = (n: number): boolean =>
    committeeAt(tries, text, words, keys, n) || (!!words[n] && caseShape(words[n].text) === 'lower' && (typeWordAt(keys, n) > 0 || !!longestAt(tries.organisations, text, words, keys, n)));
  const ofMany = ofManyUnits(text, words, endIndex, unitsAt) || (!organisation && listedBeforeMany(draft, s, tries, profile, endIndex, unitsAt));
  // (a count makes a lowercase title many: "cho 45 trưởng ban công tác mặt trận")
  const counted = !intentional && i > 0 && blankGap(text, words, i - 1) && /^\d+$/u.test(words[i - 1].text);
  // (a word that introduces a person before it, "đồng chí | phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh
  // ủy", makes it someone's title when it names its one body)
  const addressed = introducedAt(text, words, i) && !!organisation?.named && !organisation.generic;
  // (a lowercase title of a unit the draft leaves unnamed, "bí thư chi bộ | một thôn vùng cao",
  // "bí thư | một chi bộ", says what the person does, not the post of one body by its name)
  const ofUnnamed = !intentional && unnamedAfter(text, words, endIndex);
  // (a sentence opening on a title that shares its head with a body of no place, nothing specific
  // after it and only a house style's choice to correct, "Trưởng ban công tác Mặt trận không phải
  // là người …", speaks of the role: its capital is the sentence's, CAP-24)
  // (a committee inside it names the one body: "Trưởng ban Dân vận Huyện ủy")
  const roleOpening =
    startsSentence && headShared && !!organisation && !organisation.place && nothingSpecificAfter(text, words, endIndex) &&
    organisation.checks.every((c) => c.certainty !== 'clear' || c.expected === c.word.text) &&
    !words.slice(base.end, endIndex).some((_, n) => committeeAt(tries, text, words, keys, base.end + n));
  // (a lowercase title opening a clause, before the one body the writer capitalised with its place
  // and a verb that body's head does, is that one person's office, CAP-20: "Kết thúc hội nghị, |
  // viện trưởng Viện Kiểm sát nhân dân tỉnh | yêu cầu …"; not "là trưởng ban …", a role)
  const subjectOfOne =
    !intentional && !startsSentence && i > 0 && /^\s*,\s*$/u.test(gapAt(text, words, i - 1)) && !!organisation?.named && !organisation.generic && !!organisation.place &&
    caseShape(organisation.parts[0].words[0].text) === 'cap' && subjectOfVerb(text, words, endIndex);
  // (a lowercase title sharing its head with a body the lexicon accepts with a lowercase type word
  // too, the body written in one of its accepted spellings, "ông Lò Văn Phăn, trưởng ban công tác
  // Mặt trận bản Chiềng Lằn", "trưởng ban công tác mặt trận bon Bu Prăng": the house style that
  // writes a hamlet's posts and boards lowercase, CAP-24 and rulebook Table B no. 75; the title
  // goes with its body's style. Not "trưởng đoàn đại biểu Quốc hội": no lowercase form of it)
  const lowerStyle =
    !intentional && headShared && !!organisation && organisation.status === 'contested' &&
    (organisation.entry?.alternatives ?? []).some((a) => caseShape(a.split(/\s+/u)[0]) === 'lower') &&
    words.slice(i, base.end).every((w) => caseShape(w.text) === 'lower') &&
    organisation.checks.every((c) => c.certainty !== 'clear' || c.expected === c.word.text);
  const attached =
    !generic && !ofMany && !counted && !ofUnnamed && !lowerStyle && (intentional || afterPersonName(draft, words, i) || ((chainOf || nameAfter || (startsSentence && !roleOpening) || addressed || subjectOfOne) && !!organisation) || (chainOf && isCapitalised(first.text)));

  // … and one sharing its head with the body is as likely every hamlet's ("trưởng ban công tác
  // Mặt trận"): the body's clear casing still holds, a house style's choice has no say there
  if (!attached && organisation && headShared && organisation.checks.some((c) => c.certainty !== 'clear')) {
    organisation.checks = organisation.checks.filter((c) => c.certainty === 'clear');
    organisation.expected = applyChecks(text, organisation.start, organisation.end, organisation.checks, true);
  }
  // … and when the title is of many, so is its body: no spelling of the one body a draft names
  // elsewhere ("45 trưởng ban công tác mặt trận" and "Trưởng Ban Công tác Mặt trận thôn Đông")
  if (!attached && organisation && headShared && (generic || ofMany || counted)) organisation.generic = true;
  if (!attached && organisation && !headShared) {
    // a title of nobody ("cho chủ tịch, phó chủ tịch công đoàn cơ sở") names no one body: the
    // words after it are judged as they would be on their own
    const alone = bodyAt(draft, s, tries, k, false);
    organisation = alone?.match;
    endIndex = alone ? alone.endIndex : k;
    // … and a lowercase title that goes on a list of lowercase titles ("bí thư, phó bí thư, ủy
    // viên ban thường vụ đảng ủy"), its body all lowercase and of no named place, lists the
    // posts of every unit of a kind: the body is each unit's, a generic mention (CAP-24)
    if (organisation && lowerTitleListed(text, words, i) && !organisation.place?.name.length && organisation.parts.every((p) => p.words.every((w) => caseShape(w.text) === 'lower'))) {
      organisation.generic = true;
      organisation.named = false;
    }
  }
  const checks: SyllableCheck[] = [];
  if (attached && !allUpper(titleWords)) {
    if (deputy) checks.push({ word: deputy, expected: withShape(deputy.text, 'cap'), certainty: 'clear' });
    const baseWords = words.slice(deputy ? i + 1 : i, base.end);
    const oneBody = bodyOfOne(draft, tries, words, keys, base.end - baseWords.length, base.end, afterPersonName(draft, words, i));
    const { form, exact } = pickForm(baseWords, base.c.forms);
    const canon = base.c.forms[0];
    const titleCased = !exact && baseWords.length > 1 && baseWords.every((w) => caseShape(w.text) === 'cap');
    baseWords.forEach((w, n) => {
      const isHead = headShared && n === baseWords.length - 1;
      if (isHead) {
        // §8.1: "Trưởng Ban X" (gov, party) vs "Trưởng ban X" (press-lower)
        const want = profile === 'press-lower' ? w.text : withShape(w.text, 'cap');
        checks.push({ word: w, expected: want, certainty: 'contested' });
        return;
      }
      // (the tail of a title that is a body's name, that one body's: its capitalised form is clear)
      if (entry.status === 'contested' && !entry.head && oneBody && n > 0 && caseShape(canon[n]) === 'cap') {
        checks.push({ word: w, expected: caseLike(w.text, canon[n]), certainty: 'clear' });
        return;
      }
      if (entry.status === 'contested' && !entry.head) {
        // where every accepted form agrees ("Chỉ huy trưởng" / "Chỉ huy Trưởng" on "huy"), a
        // capital against them is wrong whichever form is meant ("Chỉ Huy Trưởng"); where they
        // differ, a case one of them has is kept
        const shapes = new Set(base.c.forms.map((f) => caseShape(f[n])));
        // a title in Title Case no accepted form has ("Chỉ Huy Trưởng") capitalised every
        // syllable alike: its capitals say nothing of the house style, the canonical form is the answer
        if (titleCased) checks.push({ word: w, expected: caseLike(w.text, canon[n]), certainty: 'clear' });
        // an entry whose canonical form is preferred suggests it over an accepted alternative ("Chỉ huy Trưởng")
        else if (entry.preferred && shapes.has(caseShape(w.text)) && caseShape(w.text) !== caseShape(canon[n])) checks.push({ word: w, expected: caseLike(w.text, canon[n]), certainty: 'contested' });
        else if (exact || shapes.has(caseShape(w.text))) checks.push({ word: w, expected: w.text, certainty: 'contested' });
        else checks.push({ word: w, expected: caseLike(w.text, form[n]), certainty: shapes.size === 1 ? 'clear' : 'contested' });
        return;
      }
      // head titles without their body ("Trưởng ban", "Phó Trưởng ban"): the head syllable is free
      if (entry.head && n === baseWords.length - 1) return;
      checks.push({ word: w, expected: caseLike(w.text, canon[n]), certainty: 'clear' });
    });
    if (startsSentence && checks[0] && checks[0].word === first) checks[0] = { ...checks[0], expected: withShape(first.text, 'cap') };
    if (qualifier) {
      qualifier.forEach((w, n) => {
        // "Thường trực" or "thường trực" by the profile; a capital on "trực" is wrong in both
        if (n > 0) checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
        else checks.push({ word: w, expected: profile === 'press-lower' ? w.text : withShape(w.text, 'cap'), certainty: 'contested' });
      });
    }
  }
  // with a shared head ("Trưởng ban Dân vận") the title runs to the head syllable
  const titleEnd = wordEnd(headShared ? words[base.end - 1] : words[k - 1]);
  const end = organisation ? organisation.end : titleEnd;
  const match: TitleMatch = {
    start: wordStart(first),
    end,
    titleEnd,
    text: text.slice(wordStart(first), end),
    canonical: [deputy ? 'Phó' : '', entry.canonical, qualifier ? QUALIFIER.canonical : '', organisation?.canonical ?? ''].filter(Boolean).join(' '),
    expected: '',
    entry,
    status: entry.status,
    deputy,
    qualifier,
    organisation,
    attached,
    checks,
  };
  match.expected = applyChecks(text, match.start, match.end, [...checks, ...(organisation?.checks ?? [])], true);
  if (organisation && attached) organisation.named = true;
  // (whether the list of titles this one opens or continues follows a plural introducer)
  return { match, endIndex: Math.max(endIndex, k), plural: chainOf ? pluralChain : pluralIntroducedAt(text, words, i) };
}

/**
 * A unit left unnamed ("một thôn") at word j or after at most three lowercase words joined to it
 * by blanks, a body the lexicon may not know ("chi bộ | một thôn", "đoàn | một xã").
 */
function unnamedAfter(text: string, words: Word[], j: number): boolean {
  for (let n = j; n < j + 4 && n < words.length; n++) {
    if (unnamedUnitAt(text, words, n)) return true;
    if (caseShape(words[n].text) !== 'lower' || !blankGap(text, words, n)) return false;
  }
  return false;
}

/**
 * The title at word i is lowercase and follows another lowercase title and a comma ("bí thư, |
 * ủy viên …", "chủ tịch, | phó chủ tịch …"): an item of a list of posts, nobody's.
 */
function lowerTitleListed(text: string, words: Word[], i: number): boolean {
  return i >= 2 && caseShape(words[i].text) === 'lower' && /^\s*,\s*$/u.test(gapAt(text, words, i - 1)) && caseShape(words[i - 1].text) === 'lower' && LIST_SYLLABLE.test(words[i - 1].text);
}

const CUA = syllableKey('của');

const VA = syllableKey('và');

/**
 * Is the title ending at word j an item of a list whose next title is of every unit
 * ("Chánh văn phòng, Phó Chánh văn phòng các huyện ủy")? Then it is nobody's too.
 */
function listedBeforeMany(draft: Draft, s: Sentence, tries: Tries, profile: Profile, j: number, unitsAt: (n: number) => boolean): boolean {
  const words = s.words;
  if (j <= 0 || j >= words.length) return false;
  let n = j;
  if (syllableKey(words[n].text) === VA && blankGap(draft.text, words, n - 1)) n++;
  else if (!/^\s*,\s*$/u.test(gapAt(draft.text, words, n - 1))) return false;
  const next = n < words.length ? titleAt(draft, s, tries, profile, n, -1) : undefined;
  return !!next && ofManyUnits(draft.text, words, next.endIndex, unitsAt);
}

/**
 * Does a title's body go on with every unit of a kind, from word j: a plural marker ("… các
 * thôn", "… của các xã", "… các huyện ủy") or a list of level words ("… ấp, khóm", "… xã, phường")?
 */
function ofManyUnits(text: string, words: Word[], j: number, unitsAt: (n: number) => boolean): boolean {
  const levelList = (k: number): boolean => {
    const lv = levelWordAt(words, k);
    return lv > 0 && caseShape(words[k].text) === 'lower' && k + lv < words.length && /^\s*,\s*$/u.test(gapAt(text, words, k + lv - 1)) && levelWordAt(words, k + lv) > 0;
  };
  // (the body may have taken the first level word for its place: "… Mặt trận ấp, | khóm")
  if (j >= 2 && levelWordAt(words, j - 1) === 1 && levelList(j - 1)) return true;
  // a body the lexicon has no entry for, its field abbreviated ("Ban CHQS | cấp xã")
  const type = j < words.length && j > 0 && blankGap(text, words, j - 1) ? typeWordAt(words.slice(j, j + 3).map((w) => syllableKey(w.text)), 0) : 0;
  if (type > 0 && j + type < words.length && blankGap(text, words, j + type - 1) && /^\p{Lu}{2,}$/u.test(words[j + type].text)) j += type + 1;
  if (j < words.length && j > 0 && blankGap(text, words, j - 1) && syllableKey(words[j].text) === CUA) j++;
  if (j <= 0 || j + 1 >= words.length || !blankGap(text, words, j - 1) || caseShape(words[j].text) !== 'lower') return false;
  // "các thôn", "mọi xã", "cấp xã", "các huyện ủy": a plural marker before a level word or a
  // committee ("văn phòng cấp giấy" is none)
  const marker = pluralMarkerAt(words, j);
  if (marker > 0 && blankGap(text, words, j + marker - 1) && (levelWordAt(words, j + marker) > 0 || unitsAt(j + marker))) return true;
  return levelList(j);
}
