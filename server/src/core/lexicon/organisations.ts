/** Organisation names the lexicon knows: a chain of entries, "Trung ương", a level word and a place. */
import type { Draft, Sentence, Word } from '../draft.js';
import { caseLike, caseShape, countOrPluralAt, isCapitalised, isGenericAt, isListJoiner, isSentenceStart, levelWordAt, MAIN_LEVELS, pluralMarkerAt, syllableKey, withShape } from '../casing.js';
import { knownPair, mostlyAfter, secondHalfOfWord, usuallyLowercase } from '../capital-evidence.js';
import type { Tries } from './entries.js';
import type { Compiled } from './trie.js';
import { longestAt } from './trie.js';
import { provinceAt } from '../provinces.js';
import { isListedPair } from '../spell/genre-words.js';
import { isGeneralPair } from '../spell/general-words.js';
import { wordLookupKey } from '../spell/syllable.js';
import { isSurname, MIDDLE } from '../surnames.js';
import { allUpper, blankGap, gapAt, keysOf, pickForm, properNameAfter, wordEnd, wordStart } from './words.js';
import { CENTRAL, TITLE_SUFFIXES, commaCompoundAt, committeeAfterLevel, committeeAt, countryAt, kindOfUnitAt, ENDING_IN_TYPE, FUNCTION_WORDS, isCommittee, isCommitteeWord, levelKeys, levelsListedAt, ownerSharedBackwards, unitsListedAfter, subjectOfVerb, typeWordAt, UNIT_PREPOSITIONS, inEachUnit, unitWordAt, INDEFINITE_OWNERS, bodyKindAt, lowerRunToManyUnits, zoneLowercase, zonesOfOneAt } from './grammar.js';
import { applyChecks, differing } from './checks.js';
import { specialUnitAt } from './unknown-bodies.js';
import type { OrganisationEntry, OrganisationMatch, OrganisationPart, SyllableCheck } from './types.js';

/**
 * Capitals read after a place's level word to find a holder's full name closing them ("xã Quan
 * Sơn Phạm Bá Khánh"): a place of one to three syllables and a name of three; a longer run is
 * some other name's, not split.
 */
const HOLDER_RUN = 7;

/**
 * Words i-1 and i make a word of the general list, and i-1 closes no word with the one before
 * it. (A function word opens none: the list holds phrases like "của thông", and "của | thông tấn
 * xã" is the agency's.)
 */
function generalWordEndingAt(text: string, words: Word[], i: number): boolean {
  const pair = (a: number): boolean =>
    !FUNCTION_WORDS.has(syllableKey(words[a].text)) && (isGeneralPair(wordLookupKey(words[a]), wordLookupKey(words[a + 1])) || isListedPair(wordLookupKey(words[a]), wordLookupKey(words[a + 1])));
  return i > 0 && pair(i - 1) && !(i > 1 && blankGap(text, words, i - 2) && pair(i - 2));
}

/**
 * An organisation chain starting at word i: entries glued by blanks ("Ban Dân vận" +
 * "Thành ủy"), "Trung ương", then maybe a level word and a place name.
 */
export function chainAt(
  draft: Draft,
  s: Sentence,
  tries: Tries,
  i: number,
  /** the body follows a title ('head': it opens with the title's last syllable, "Trưởng ban" + "ban …") */
  afterTitle: boolean | 'head',
): { match: OrganisationMatch; endIndex: number } | undefined {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  if (!tries.organisations.next.has(keys[i])) return undefined;
  // a lowercase syllable that makes one word with the one before is not a name's start
  // ("cơ sở Y tế", "toàn quốc Hội thi")
  if (
    !afterTitle &&
    i > 0 &&
    caseShape(words[i].text) === 'lower' &&
    blankGap(text, words, i - 1) &&
    (mostlyAfter(keys[i - 1], keys[i]) ||
      // (a listed word too, whatever the figures say of it: "đảng bộ | xây dựng", "toàn bộ | tài
      // chính" are a party branch and the whole budget, no ministry)
      isListedPair(wordLookupKey(words[i - 1]), wordLookupKey(words[i])) ||
      // (a word of the language at large, the drafts' figures aside: "tiến bộ | khoa học và công
      // nghệ" is progress in science, no ministry), unless the syllable before already closes a
      // word ("lãnh đạo | văn phòng …": no "đạo văn")
      generalWordEndingAt(text, words, i) ||
      // (a frequent pair is weaker evidence: it holds against a name of one or two syllables,
      // not against "hội nông dân", "ban tổ chức": "cán bộ hội nông dân tỉnh")
      (!FUNCTION_WORDS.has(keys[i - 1]) && knownPair(keys[i - 1], keys[i]) && usuallyLowercase(keys[i - 1], keys[i]) && (longestAt(tries.organisations, text, words, keys, i)?.end ?? i) - i < 3))
  )
    return undefined;
  const parts: Array<OrganisationPart & { c?: Compiled<OrganisationEntry>; from: number; to: number }> = [];
  let j = i;
  for (;;) {
    if (parts.length > 0 && !blankGap(text, words, j - 1)) break;
    if (j >= words.length) break;
    const m = longestAt(tries.organisations, text, words, keys, j);
    if (m) {
      parts.push({ kind: m.c.entry.kind, entry: m.c.entry, words: words.slice(j, m.end), c: m.c, from: j, to: m.end });
      j = m.end;
      continue;
    }
    if (parts.length > 0 && CENTRAL.every((k, n) => keys[j + n] === k) && (CENTRAL.length === 1 || blankGap(text, words, j))) {
      parts.push({ kind: 'central', words: words.slice(j, j + CENTRAL.length), from: j, to: j + CENTRAL.length });
      j += CENTRAL.length;
      continue;
    }
    break;
  }
  if (parts.length === 0) return undefined;
  const first = parts[0];
  // the zones the body serves, in the plural, then its place: part of one body's name
  // ("Công đoàn | các khu công nghiệp | tỉnh …"; organisation-grammar.json zonePlurals)
  const zoneLength = j < words.length && blankGap(text, words, j - 1) && !isCommittee(parts[parts.length - 1].entry) ? zonesOfOneAt(draft, words, keys, j) : 0;
  const zone = words.slice(j, j + zoneLength);
  j += zoneLength;

  // level word + place name after the body ("Ủy ban nhân dân tỉnh Bến Tre", "huyện ủy An Lão")
  let place: OrganisationMatch['place'];
  let endIndex = j;
  if (j < words.length && blankGap(text, words, j - 1)) {
    const lv = levelWordAt(words, j);
    if (lv > 0) {
      const run = blankGap(text, words, j + lv - 1) ? properNameAfter(draft, words, j + lv) : 0;
      // (a surname, a middle name and a given name after a bare level word are the name of the
      // holder of a title before the body, not a place: "phó Hiệu trưởng Trường Chính trị tỉnh |
      // Nguyễn Văn Quang", "chủ tịch Hội Nông dân xã | Giàng Thị Dua"; so are a surname and two
      // capitals closing a longer run after the place's name: "xã Quan Sơn | Phạm Bá Khánh")
      const whole = run >= 4 ? properNameAfter(draft, words, j + lv, HOLDER_RUN) : run;
      const holder = whole >= 4 && whole < HOLDER_RUN && isSurname(keys[j + lv + whole - 3]) ? whole - 3 : run;
      const nameLen = run >= 3 && isSurname(keys[j + lv]) && MIDDLE.has(keys[j + lv + 1]) ? 0 : Math.min(run, holder);
      place = {
        start: words[j].start,
        end: words[j + lv + nameLen - 1].end,
        level: words.slice(j, j + lv),
        name: words.slice(j + lv, j + lv + nameLen),
      };
      endIndex = j + lv + nameLen;
    }
  }
  // (a title whose last syllable opens the body does not name it: "Trưởng ban tổ chức lớp học"
  // heads an event's committee, not the Ban Tổ chức of a Party committee)
  // (a body that needs its place also names one before a province's or the country's name
  // with no level word, written with its capital: "Bảo hiểm xã hội Thanh Hóa", "Bảo hiểm xã hội
  // Việt Nam"; "đóng bảo hiểm xã hội Việt Nam" may be the insurance)
  const namedPlace = !place && isCapitalised(words[i].text) && j < words.length && blankGap(text, words, j - 1) && (!!provinceAt(text, words, keys, j) || countryAt(text, words, keys, j));
  // (a body named by its task after a title's head: "Trưởng ban chỉ đạo | phòng, chống thiên tai
  // huyện" heads the district's steering committee; "trưởng ban chỉ đạo lớp học" names none)
  const byTask = afterTitle === 'head' && parts.length === 1 && !place && first.entry?.namedByTask === true && taskThenLevel(text, words, keys, j);
  const attached = parts.length > 1 || !!place || namedPlace || afterTitle === true || byTask || (afterTitle === 'head' && first.entry?.attach !== 'required');
  if (first.entry?.attach === 'required' && !attached) return undefined;

  const last = parts[parts.length - 1];
  const startsSentence = isSentenceStart(draft, words[i].start);
  // (a plain loop: flatMap is slow in V8 and this runs for every chain)
  const chainWords: Word[] = [];
  for (const p of parts) for (const w of p.words) chainWords.push(w);
  // the body written in lower case: its type word's capital opening a sentence says nothing, the
  // rest of its words do ("Ban chấp hành hội liên hiệp thanh niên các huyện …" is as generic as
  // it is after "của")
  const lowerBody = caseShape(words[i].text) === 'lower' || (startsSentence && chainWords.every((w, n) => n === 0 || caseShape(w.text) === 'lower'));
  const placeAfterCommittee = isCommittee(last.entry) && j < words.length && blankGap(text, words, j - 1) && properNameAfter(draft, words, j) > 0 && !startsSentenceAt(draft, words[j]);
  // generic by what precedes ("các tỉnh ủy, thành ủy"), or a lowercase body of many units
  // ("ban tuyên giáo các đảng bộ", "phòng Dân tộc các huyện")
  const ofMany = !place && lowerBody && j < words.length && blankGap(text, words, j - 1) && caseShape(words[j].text) === 'lower' && pluralMarkerAt(words, j) > 0;
  // … or one of several committees listed after it ("Ban Tuyên giáo huyện ủy, thành ủy, đảng ủy trực thuộc")
  const listed = isCommittee(last.entry) && j < words.length && /^\s*,\s*$/u.test(gapAt(text, words, j - 1)) && committeeAt(tries, text, words, keys, j);
  // … or of every unit of the levels listed after it ("chủ tịch hội khuyến học xã, phường",
  // "trung tâm y tế huyện/thị xã")
  // … or of each unit of a list its place opens ("tòa án nhân dân thị xã Cửa Lò, | các huyện …")
  const levelsListed = !!place && ((place.name.length === 0 && levelsListedAt(text, words, endIndex)) || (lowerBody && unitsListedAfter(text, words, endIndex)));
  // … or the body of a list of lowercase titles sharing its type word ("trưởng, phó ban công tác
  // Mặt trận"): the heads and deputies of every board of its kind (CAP-24)
  const titlesBefore = i >= 2 && [i - 1, i - 2].every((n) => caseShape(words[n].text) === 'lower' && TITLE_SUFFIXES.has(keys[n])) && blankGap(text, words, i - 1) && /^\s*,\s*$/u.test(gapAt(text, words, i - 2));
  // … or one in each of several units counted after "ở", "tại" ("ban công tác Mặt trận ở 14 khu
  // phố", "trung tâm y tế tại các huyện"): one body per unit, a generic mention (CAP-24)
  const spread = !place && lowerBody && inEachUnit(text, words, keys, j);
  // … or the body of every unit of a kind its level names ("trung tâm y tế huyện miền núi",
  // "trạm y tế xã ven biển": generic-markers.json kindsOfUnit), in lower case
  const ofKind = !!place && place.name.length === 0 && caseShape(words[i].text) === 'lower' && endIndex < words.length && blankGap(text, words, endIndex - 1) && kindOfUnitAt(text, words, endIndex);
  // … or of each of the units a plural named earlier in the sentence, its level word bare and
  // the body in lower case ("tại một số xã vùng cao, người dân còn ngại đến ủy ban nhân dân xã")
  const ofUnitsBefore = !!place && place.name.length === 0 && caseShape(words[i].text) === 'lower' && pluralLevelBefore(words, i, place.level);
  // … or one of its kind, unnamed: "công tác tại | một viện kiểm sát nhân dân khu vực"
  // (organisation-grammar.json indefiniteOwners)
  const oneOfKind = caseShape(words[i].text) === 'lower' && i > 0 && blankGap(text, words, i - 1) && INDEFINITE_OWNERS.has(keys[i - 1]);
  // … or an item of a list whose last item ends in a plural marker and a level word, the owner
  // shared backwards ("cán bộ phòng quản lý đô thị, | phòng kinh tế - hạ tầng các huyện"): every
  // district's office, a kind
  const sharedOwner = !place && lowerBody && ownerSharedBackwards(text, words, keys, j);
  // … or a kind of body ("ủy ban kiểm tra đảng ủy | cơ sở": every grassroots committee's;
  // organisation-grammar.json bodyKinds)
  const ofBodyKind = !place && lowerBody && j < words.length && blankGap(text, words, j - 1) && bodyKindAt(text, words, j);
  // … or a committee named by its task, the task running to many units ("thành viên ban chỉ đạo
  // thực hiện dân chủ ở cơ sở | các xã, phường"): one in each of them
  const taskOfMany = !place && lowerBody && last.entry?.namedByTask === true && lowerRunToManyUnits(text, words, keys, j, TASK_WORDS);
  const generic = ofBodyKind || taskOfMany || sharedOwner || oneOfKind || ofMany || spread || listed || levelsListed || titlesBefore || ofKind || ofUnitsBefore || isGenericAt(text, words, i, (w) => isCommitteeWord(w) || levelKeys.has(syllableKey(w.text)));

  // committees: specific → capital; generic → lowercase; otherwise no opinion
  // a lone body with only its type word capitalised ("Ủy ban bầu cử") may be a generic mention:
  // it is a name when a later syllable is capitalised or something specific follows
  const lone = parts.length === 1 && !place && !afterTitle && first.entry?.kind === 'body';
  const capitalSeen = chainWords.some(
    (w, n) => isCapitalised(w.text) && !(n === 0 && (startsSentence || lone)) && !isCommittee(parts.find((p) => p.words.includes(w))?.entry),
  );
  // a capitalised body followed by the abbreviation of its place or owner names one ("Hội chữ thập đỏ TPHCM")
  const abbreviationAfter =
    isCapitalised(words[i].text) && !startsSentence && endIndex === j && j < words.length && blankGap(text, words, j - 1) && /^\p{Lu}{2,}$/u.test(words[j].text);
  // "Trung ương" before the body names its central organisation ("Trung ương Hội khuyến học")
  const afterCentral = i >= CENTRAL.length && blankGap(text, words, i - 1) && CENTRAL.every((k, n) => keys[i - CENTRAL.length + n] === k);
  // a lone known body whose own case says nothing may still name one unit (below); not when it
  // is one of many ("63 sở giáo dục và đào tạo", "trung tâm bồi dưỡng chính trị các huyện") or
  // the tail of a longer word ("chi hội cựu chiến binh")
  const loneOfOne =
    parts.length === 1 &&
    !place &&
    (first.entry?.kind === 'body' || first.entry?.kind === 'name') &&
    // (or a listed word ending in the type word: "phòng khám đa | khoa khu vực Mường Xén")
    !(i > 0 && blankGap(text, words, i - 1) && (/^\d/u.test(words[i - 1].text) || typeWordAt(keys, i - 1) > 1 || secondHalfOfWord(keys[i - 1], keys[i]) || ENDING_IN_TYPE.has(`${keys[i - 1]} ${keys[i]}`))) &&
    !(j < words.length && blankGap(text, words, j - 1) && pluralMarkerAt(words, j) > 0);
  // … or of the area it serves: "hạt kiểm lâm khu vực Sông Mã", "kho bạc nhà nước khu vực X"
  const unit = j < words.length && blankGap(text, words, j - 1) ? unitWordAt(keys, j) : 0;
  const unitNamed = unit > 0 && j + unit < words.length && blankGap(text, words, j + unit - 1) && (/^(?:\d+|[IVXL]+)$/u.test(words[j + unit].text) || properNameAfter(draft, words, j + unit) > 0);
  const nameRightAfter =
    loneOfOne && j < words.length && blankGap(text, words, j - 1) && (unitNamed || (!startsSentenceAt(draft, words[j]) && properNameAfter(draft, words, j) > 0));
  // a registered name of two fields or of five syllables and more is one body even in lower
  // case ("của sở nông nghiệp và môi trường"); a shorter one may be a kind ("ủy ban bầu cử")
  const longName = loneOfOne && (chainWords.length >= 5 || (chainWords.length >= 4 && chainWords.some((w) => syllableKey(w.text) === 'và')));
  // a lone body with its bare main level word, the subject of a verb ("phối hợp với công an xã |
  // tổ chức lớp", "đến nay công an tỉnh | đã …"): the unit's one body acting, as a bare committee
  // is ("đảng ủy xã chỉ đạo"); read for a name whose lowercase form is a common noun ("công an"),
  // below; a draft of many units that lowers it where it means them all is organisation-case's
  // levelOfManyAfter, which reads this case too
  // (the last item of a list, the verb is the list's: one body when the item before names one with
  // a capital, "Văn phòng Ủy ban nhân dân tỉnh và | công an tỉnh hướng dẫn"; with the item before
  // lowercase the writer lists kinds of the unit's bodies, "Phòng Tư pháp, văn phòng và công an xã
  // phối hợp")
  const actingLevel = !!place && place.name.length === 0 && parts.length === 1 && MAIN_LEVELS.has(place.level.map((w) => syllableKey(w.text)).join(' ')) && subjectOfVerb(text, words, endIndex);
  const actingUnit = actingLevel && !generic && (!listItemAt(text, words, i) || namedItemBefore(draft, words, i));
  const named =
    !generic &&
    (capitalSeen ||
      afterCentral ||
      abbreviationAfter ||
      !!afterTitle ||
      placeAfterCommittee ||
      (!!place && place.name.length > 0) ||
      // (the zones of one body and its place after it: "công đoàn các khu công nghiệp tỉnh")
      zone.length > 0 ||
      // a body of three syllables or more with its level word names that level's one body,
      // whatever its own case ("chi cục kiểm lâm tỉnh", "trung tâm y tế huyện")
      (!!place && chainWords.length >= 3 && (first.entry?.kind === 'body' || first.entry?.kind === 'name') && MAIN_LEVELS.has(place.level.map((w) => syllableKey(w.text)).join(' '))) ||
      // a known name opening the sentence, of one unit ("Hội khuyến học tỉnh …"): its own
      // capital says nothing there, but the level word makes it one body
      // (a level below the commune without its name names no one body: "Ban điều hành ấp vận
      // động bà con" is the hamlet's board, as every hamlet has one)
      (startsSentence && !!place && (place.name.length > 0 || MAIN_LEVELS.has(place.level.map((w) => syllableKey(w.text)).join(' '))) && (first.entry?.kind === 'body' || first.entry?.kind === 'name')) ||
      (parts.length > 1 && isCommittee(last.entry)) ||
      // a body and the proper name of its place or unit right after it, whatever its own case
      // ("đồn biên phòng Pa Tần", "hội nông dân Việt Nam")
      nameRightAfter ||
      // a registered name of four syllables or more is one body even in lower case ("của sở nông
      // nghiệp và môi trường"): a generic mention says "các sở", "ngành nông nghiệp"
      longName ||
      // the country's one body of that name, in lower case too ("bộ chính trị", "bộ công an")
      (parts.length === 1 && first.entry?.unique === true) ||
      (isCommittee(first.entry) && parts.length === 1 && (subjectOfVerb(text, words, j) || amongSpecificBodies(draft, words, i, j))) ||
      // … and so is one with its bare main level word before such a verb ("đảng ủy xã | chỉ đạo
      // các chi bộ"): the commune's one committee acting (CAP-12; a draft of many communes that
      // lowers it wherever it means them all is organisation-case's levelOfManyAfter)
      (isCommittee(first.entry) && actingLevel) ||
      (first.entry?.status === 'contested' && first.entry.kind === 'body' && actingUnit) ||
      // a lone body with its type word's capital, an item of a list of named bodies written with
      // theirs ("Hội Nông dân, Hội cựu chiến binh và Huyện Đoàn"): one body like its neighbours
      (lone && isCapitalised(words[i].text) && !startsSentence && amongNamedBodies(draft, words, i, j)));

  const checks: SyllableCheck[] = [];
  if (!allUpper(chainWords)) {
    parts.forEach((p, pi) => {
      // "Trung ương" is special-noun-case's (CAP-33): part of the name, no check here
      if (p.kind === 'central') return;
      const c = p.c!;
      if (p.kind === 'committee') {
        const specific = !generic && (pi > 0 || afterTitle || placeAfterCommittee || (p === last && !!place && place.name.length > 0) || (parts.length === 1 && named));
        const lower = generic && parts.length === 1;
        const { form, exact } = pickForm(p.words, c.forms);
        p.words.forEach((w, k) => {
          if (c.entry.status === 'contested') {
            // where every accepted form agrees ("Tỉnh" of "Tỉnh Đoàn / Tỉnh đoàn") and a capital
            // inside says the committee is named, not spoken of in general, a slip there is no
            // house style: "báo cáo viên của tỉnh Đoàn" → "Tỉnh Đoàn" is clear
            const agreed = !exact && !generic && c.forms.every((f) => f.length === p.words.length && caseShape(f[k]) === caseShape(form[k])) && caseShape(w.text) !== caseShape(form[k]) && p.words.some((x, n) => n !== k && caseShape(x.text) === 'cap');
            checks.push({ word: w, expected: exact ? w.text : caseLike(w.text, form[k]), certainty: agreed ? 'clear' : 'contested' });
          } else if (specific) checks.push({ word: w, expected: caseLike(w.text, form[k]), certainty: 'clear' });
          else if (lower) checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
          // specific or not, a capital inside the committee's one word is wrong ("Đảng Ủy các xã", "Thị Ủy")
          else if (k > 0 && caseShape(w.text) === 'cap' && caseShape(form[k]) === 'lower') checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
        });
        return;
      }
      const { form, exact } = pickForm(p.words, c.forms);
      // a name written in its accepted lowercase form, which is the common noun ("công an": the
      // police), names one unit when the name of its place or a title's holder goes with it
      // ("công an tỉnh Lai Châu tổ chức", "Phó Trưởng công an huyện Nguyễn Văn Cường"): no common
      // noun there, and where the name's capitalised forms agree their case is clear (the
      // unlabelled pool writes "Công an" before a level word 27 times of 29)
      const lowerForm = (f: string[]): boolean => f.every((syl) => caseShape(syl) === 'lower');
      const capitalForms = c.forms.filter((f) => !lowerForm(f) && f.length === p.words.length);
      // (… and so does its bare main level word when the body is the subject of a verb: see actingUnit)
      const oneUnit = c.entry.status === 'contested' && exact && lowerForm(form) && capitalForms.length > 0 && !generic && ((!!place && place.name.length > 0) || afterTitle === true || actingUnit);
      p.words.forEach((w, k) => {
        const contested = c.entry.status === 'contested' && !oneUnit;
        const after = leftOutAfter(text, words, c, p.from, k);
        if (oneUnit) {
          const agreedCase = capitalForms.every((f) => caseShape(f[k]) === caseShape(capitalForms[0][k]));
          checks.push({ word: w, expected: caseLike(w.text, capitalForms[0][k]), certainty: agreedCase ? 'clear' : 'contested', ...(after ? { after } : {}) });
          return;
        }
        // where every accepted form agrees ("Viện" of "Viện kiểm sát / Viện Kiểm sát", "an" of
        // "Công an / công an"), the case is no house style: a slip there is clear ("viện kiểm
        // sát nhân dân tỉnh", "Công An")
        const agreed = contested && !exact && c.forms.every((f) => f.length === p.words.length && caseShape(f[k]) === caseShape(form[k]));
        checks.push({
          word: w,
          expected: contested && exact ? w.text : caseLike(w.text, form[k]),
          certainty: contested && !agreed ? 'contested' : 'clear',
          ...(after ? { after } : {}),
        });
      });
    });
  }
  // (the zones' words lowercase but their "khu")
  const zoneChecks = zoneLowercase(zone);
  checks.push(...zoneChecks);
  // the first word of a sentence may be capitalised whatever the lexicon says
  if (startsSentence && checks[0] && checks[0].word === words[i] && isCapitalised(words[i].text)) checks[0] = { ...checks[0], expected: words[i].text };

  let endWord = words[parts[parts.length - 1].to - 1];
  if (zoneChecks.length > 0) endWord = zone[zone.length - 1];
  // a name written wrongly and a capitalised level word after it ("Bộ Chỉ huy Quân Sự Tỉnh"):
  // one phrase, one answer (admin-unit-case leaves the level word to this match)
  // (not the level word of a place whose name holds it: "… Thành phố Hồ Chí Minh")
  if (place && !generic && isCapitalised(place.level[0].text) && !committeeAfterLevel(text, place.level[place.level.length - 1]) && !specialUnitAt(keys, j, place.level.length) && differing(checks).some((c) => c.certainty === 'clear')) {
    for (const w of place.level) checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
    endWord = place.level[place.level.length - 1];
  }
  const match: OrganisationMatch = {
    start: wordStart(words[i]),
    end: wordEnd(endWord),
    text: text.slice(wordStart(words[i]), wordEnd(endWord)),
    canonical: parts.map((p) => (p.kind === 'central' ? 'Trung ương' : p.entry!.canonical)).join(' '),
    expected: '',
    entry: first.entry,
    status: parts.some((p) => p.entry?.status === 'contested') ? 'contested' : (first.entry?.status ?? 'clear'),
    parts: parts.map(({ kind, entry, words: ws }) => ({ kind, entry, words: ws })),
    named,
    generic,
    checks,
    place,
  };
  match.expected = applyChecks(text, match.start, match.end, checks, true);
  return { match, endIndex: Math.max(endIndex, parts[parts.length - 1].to) };
}

/**
 * What the name's canonical form has after its k-th syllable that the draft left out: the dash
 * or comma written as a bare blank ("Sở Lao động Thương binh" → " -"), or the "và" of a name
 * read without it ("Thương binh Xã hội" → " và"). A dash written as a comma (or the reverse)
 * is a house style and stays.
 */
function leftOutAfter(text: string, words: Word[], c: Compiled<OrganisationEntry>, from: number, k: number): string {
  let after = '';
  const sep = c.seps[k];
  if ((sep === '-' || sep === ',') && blankGap(text, words, from + k)) after = sep === '-' ? ' -' : ',';
  if (c.droppedAnd === k + 1) after += ' và';
  return after;
}

/** how many words a steering committee's task may run to before its level word */
const TASK_WORDS = 8;
/**
 * The words from j, joined by blanks (or the comma of a compound: "phòng, chống"), no function
 * word among them but a "của" right before it, run to a level word of one unit within
 * TASK_WORDS words: "phòng, chống thiên tai | huyện", "Đề án 06 của | huyện", "Tổng điều tra
 * dân số | xã". Not a marker of many ("các xã", "cấp xã").
 */
function taskThenLevel(text: string, words: Word[], keys: string[], j: number): boolean {
  for (let k = j; k < words.length && k - j <= TASK_WORDS; k++) {
    if (k > j && !blankGap(text, words, k - 1) && !(/^\s*,\s*$/u.test(gapAt(text, words, k - 1)) && commaCompoundAt(keys, k))) return false;
    if (k > j && levelWordAt(words, k) > 0 && caseShape(words[k].text) === 'lower') return true;
    if (pluralMarkerAt(words, k) > 0) return false;
    if (FUNCTION_WORDS.has(keys[k]) && !(keys[k] === OF && k + 1 < words.length && levelWordAt(words, k + 1) > 0)) return false;
  }
  return false;
}
const OF = syllableKey('của');

function startsSentenceAt(draft: Draft, w: Word): boolean {
  return isSentenceStart(draft, w.start);
}

/**
 * A bare committee in a list of specific bodies: "văn bản của Trung ương Đảng, Chính phủ,
 * thành ủy, UBND thành phố" names the city's own committee (rulebook §8.6).
 */
function amongSpecificBodies(draft: Draft, words: Word[], i: number, j: number): boolean {
  const text = draft.text;
  // the first word of the list item before: "Chính" of "Chính phủ"
  let b = i > 0 && /^\s*,\s*$/u.test(gapAt(text, words, i - 1)) ? i - 1 : -1;
  while (b > 0 && i - b < 4 && blankGap(text, words, b - 1)) b--;
  const before = b >= 0 && (b === 0 || /^\s*,\s*$/u.test(gapAt(text, words, b - 1))) ? words[b] : undefined;
  const after = j < words.length && /^\s*,\s*$/u.test(gapAt(text, words, j - 1)) ? words[j] : undefined;
  const specific = (w: Word | undefined): boolean => !!w && (/^\p{Lu}{2,}/u.test(w.text) || (isCapitalised(w.text) && !isSentenceStart(draft, wordStart(w))));
  return specific(before) && specific(after);
}

const VA = syllableKey('và');
/** how many words back the item of a list before a body may run */
const ITEM_BEFORE = 6;
/** Word i follows "và" or a comma: an item of a list. */
function listItemAt(text: string, words: Word[], i: number): boolean {
  return i > 0 && ((syllableKey(words[i - 1].text) === VA && blankGap(text, words, i - 1)) || /^\s*,\s*$/u.test(gapAt(text, words, i - 1)));
}
/**
 * The item before word i (after "và" or a comma), up to the comma before it or ITEM_BEFORE
 * words, holds a capitalised word that opens no sentence — a named body ("cán bộ Văn phòng Ủy
 * ban nhân dân tỉnh | và công an tỉnh") — or runs back to the sentence's start, no item of a list
 * but the clause's opener ("Đến nay, | công an tỉnh đã …").
 */
function namedItemBefore(draft: Draft, words: Word[], i: number): boolean {
  const text = draft.text;
  let k = syllableKey(words[i - 1].text) === VA && blankGap(text, words, i - 1) ? i - 2 : i - 1;
  for (let n = 0; k >= 0 && n < ITEM_BEFORE; n++, k--) {
    if ((isCapitalised(words[k].text) || /^\p{Lu}{2,}/u.test(words[k].text)) && !isSentenceStart(draft, wordStart(words[k]))) return true;
    if (k === 0) return true;
    if (!blankGap(text, words, k - 1)) return false;
  }
  return false;
}
/**
 * The item from word i to j is in a list with a capitalised item, of two capitalised syllables
 * at least, right before it (a comma or "và" between) or right after it (a comma or "và"
 * between): "Hội Nông dân, | Hội cựu chiến binh", "| Hội cựu chiến binh | và Đoàn Thanh niên
 * xã": an item of a list of named bodies.
 */
function amongNamedBodies(draft: Draft, words: Word[], i: number, j: number): boolean {
  const text = draft.text;
  const named = (a: Word, b: Word): boolean => (isCapitalised(a.text) || /^\p{Lu}{2,}/u.test(a.text)) && isCapitalised(b.text) && !isSentenceStart(draft, wordStart(a));
  // the item before ends "… Nông dân": its last capitalised pair, joined by blanks
  let end = i - 1;
  if (end > 0 && syllableKey(words[end].text) === VA && blankGap(text, words, end)) end--;
  else if (i < 1 || !/^\s*,\s*$/u.test(gapAt(text, words, i - 1))) end = -1;
  let before = false;
  if (end >= 1 && (end === i - 1 || blankGap(text, words, end))) {
    let b = end;
    while (b > 0 && blankGap(text, words, b - 1) && end - b < 4) b--;
    for (let c = b; c < end && !before; c++) before = blankGap(text, words, c) && named(words[c], words[c + 1]);
  }
  if (before) return true;
  if (j + 1 >= words.length) return false;
  let k = j;
  if (syllableKey(words[k].text) === VA && blankGap(text, words, k - 1) && blankGap(text, words, k)) k++;
  else if (!/^\s*,\s*$/u.test(gapAt(text, words, j - 1))) return false;
  return k + 1 < words.length && blankGap(text, words, k) && named(words[k], words[k + 1]);
}

/** A plural marker and the level word `level` before word i in the sentence ("một số | xã"). */
function pluralLevelBefore(words: Word[], i: number, level: Word[]): boolean {
  const keys = level.map((w) => syllableKey(w.text));
  for (let k = 0; k < i; k++) {
    const m = pluralMarkerAt(words, k);
    if (m > 0 && k + m + keys.length <= i && keys.every((key, n) => syllableKey(words[k + m + n].text) === key)) return true;
  }
  return false;
}

