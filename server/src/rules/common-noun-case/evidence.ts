/**
 * The second pass of common-noun-case: a capital mid-sentence that real drafts write
 * lowercase (core/capital-evidence.ts) and that no name, title, body or place explains.
 */
import type { Draft, Paragraph, Sentence, Span, Word } from '../../core/draft.js';
import { ParagraphMemo } from '../../core/paragraph-memo.js';
import { inQuote } from '../../core/draft.js';
import { caseShape, isListJoiner, isSentenceStart, isTitleCaseLine, levelEndsAt, levelWordAt, MAIN_LEVELS, syllableKey, wordKey } from '../../core/casing.js';
import { keysOf, typeWordAt, TYPE_WORDS } from '../../core/lexicon.js';
import { commaCompoundAt, functionAt, schoolStreamAt } from '../../core/lexicon/grammar.js';
import { afterLowerCounts, commonWordAt, commonWordPair, continuation, countsOf, knownPair, lowercaseMidClause, lowercaseOnlyInWords, lowercaseSyllableMidClause, lowercaseWord, mostlyAfter, mostlyCapitalised, neverCapitalised, neverSeenCapitalised, secondHalfOfWord, titleCaseTail, unnamedPair, usuallyLowercase, writtenLowercaseMidClause } from '../../core/capital-evidence.js';
import { inPersonName, introducerBefore, personNames } from '../../core/person-names.js';
import { inProvinceName } from '../../core/provinces.js';
import structure from '../../../../dictionaries/structure.json';
import commonNouns from '../../../../dictionaries/common-nouns.json';
import { genreWords, isListed, isListedPair } from '../../core/spell/genre-words.js';
import { lookupKey, wordLookupKey } from '../../core/spell/syllable.js';
import { isEverydayPair } from '../../core/spell/everyday-words.js';
import { generalWordCount, isGeneralPair } from '../../core/spell/general-words.js';
import { isGeneralNoun, isGeneralPerson, isPersonHead } from '../../core/spell/general-nouns.js';
import { generalSyllableCount } from '../../core/spell/general-pairs.js';
import { NUMBER_WORDS, pluralBefore, pluralOfBodiesBefore } from './plural.js';
import { genreWordAt, phraseEndsAt, type OwnReading } from './own-case.js';
import type { Lookup } from './asked.js';
import { blank, endsWithAny, GENERICS, HEADS, OWN_CAPITAL_AT, PLACE_NOUN_ENDS, VARIETY_NOUN_ENDS, BEFORE_NAME_KEYS, BEFORE_NAMES, endsWith, END_NAMES, FUNCTION_WORDS, longest, ETHNIC_GROUPS, ETHNIC_OPENERS, NAME_HEADS, NAME_HEAD_KEYS, NAME_OPENERS, NAME_OPENER_KEYS, SCHOOL_SUBJECTS, SUBJECT_OPENERS, LANGUAGE_HEADS, LANGUAGE_NAMES, OWNER_OPENERS, PAPER_VERBS, COUNTRIES, PLACE_HEADS, PLACE_NOUNS, PLACE_NOUN_HEADS, SYSTEM_HEADS, OWNED_HEADS, SHORT_NAMES, SPECIAL_CONTEXT_PAIRS, SPECIAL_INNER_PAIRS, SPECIAL_PAIRS, VERB_OPENERS, PEOPLE, DOCUMENT_NAMES, DOCUMENT_TYPES, DOCUMENT_HEADS, DOCUMENT_REFERENCES, phrase, startsWith, AWARD_HEADS, AWARD_RANKS, EVENT_HEADS, EVENTS, VA, SO, VE, LAN, startsUpper, lower, type Found } from './phrases.js';
import { lazyRegExp } from '../../core/lazy-regexp.js';
import { opensBranchHead } from '../../core/lexicon/grammar.js';

/**
 * 5. A common word capitalised mid-sentence outside any list (issue 12): "cho 45 Học viên",
 * "nâng cao Nhận thức", "Ông Trần Văn Nam" mid-sentence. The word must be one real drafts
 * write lowercase (core/capital-evidence.ts) and stand outside every name: person names,
 * lexicon bodies and titles, a run of capitalised words, the name a document, programme or
 * topic word opens, the short names of mass organisations, quotations.
 */
export function capitalsAgainstEvidence(draft: Draft, s: Sentence, spans: Span[], bodies: Set<number>, wholeNames: Span[], already: Found[], namedPlaces: Lookup = new Set(), own: OwnReading = { lowercase: new Set(), named: new Set(), namedOnly: new Set() }, namedDocuments: Lookup = new Set(), namedHeads: Lookup = new Set(), draftNames: Lookup = new Set()): Found[] {
  const text = draft.text;
  const ws = s.words;
  const out: Found[] = [];
  // a word this rule lowers ("các Hội" → "các hội", "Ngành" → "ngành") is read lowercase, as
  // the next run after the fix will read it: one fix pass is enough ("các Hội, Ngành, Đoàn thể")
  const lowered = new Set(already.flatMap((f) => f.edits.map((e) => e.start)));
  const capital = (w: Word | undefined): boolean => !!w && !lowered.has(w.start) && caseShape(w.text) !== 'lower' && /^[^\p{L}]*\p{Lu}/u.test(w.text);
  const joined = (a: Word, b: Word): boolean => blank(text, a, b) || /^\s*[-–]\s*$/u.test(text.slice(a.end, b.start));
  const titleCaseLine = isTitleCaseLine(ws);
  // one phrase, one finding: "tổ chức Khai giảng Lớp bồi dưỡng" (a blank and at most one word between)
  const addCapital = (w: Word, end: number): void => {
    lowered.add(w.start);
    const last = out[out.length - 1];
    if (last && /^[ \t\u00a0]+(?:[\p{Ll}\p{M}]+[ \t\u00a0]+)?$/u.test(text.slice(last.end, w.start))) {
      last.end = end;
      last.edits.push(lower(w));
    } else out.push({ start: w.start, end, edits: [lower(w)], status: 'clear', messageId: 'capital' });
  };
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (!startsUpper(w) || caseShape(w.text) !== 'cap' || !/^[\p{L}\p{M}]+$/u.test(w.text)) continue;
    if (already.some((f) => w.start < f.end && f.start < w.end)) continue;
    // (a quotation is someone else's text: only reported speech is written in the draft's own
    // casing, and what is reported there is information without a fix)
    if (!midSentence(draft, w) || (inQuote(draft, w.start) && !inSpeech(draft, w.start))) continue;
    // "Đảng viên": special-noun-case says how to write "Đảng" before "viên", one answer for the span
    if (i + 1 < ws.length && SPECIAL_CONTEXT_PAIRS.has(`${wordKey(w)} ${wordKey(ws[i + 1])}`) && blank(text, w, ws[i + 1])) continue;
    if (spans.some((sp) => w.start >= sp.start && w.end <= sp.end)) continue;
    // a name the draft gives in full elsewhere, here alone: a person's given name after a noun
    // for a person or a rank ("bác sĩ Võ Thành Đạt … theo bác sĩ Đạt"), a place's name without
    // its level word ("huyện Lý Nhân … quê hương Lý Nhân"): a short reference to that one
    const named = draftNames.size > 0 ? draftNameAt(text, ws, i, draftNames) : 0;
    if (named > 0) {
      i += named - 1;
      continue;
    }
    // an occupation set after a person's name by a comma or a dash is a common noun, no title
    // ("Trần Thị Lan, Giáo viên Trường …" → "giáo viên"; a title there keeps its capital, CAP-20)
    const occupation = occupationAfterName(draft, ws, i);
    // the field inside a listed word of four syllables for a person, its first two a person's noun
    // of the general dictionary written lowercase, is a slip inside that word: "cho nhân viên Y tế
    // thôn bản" → "nhân viên y tế", "Nhân viên Y tế thôn" (the first at the sentence's start); not before a
    // capital or a number, where the field names a body: "nhân viên Y tế Trường …"
    if (fieldInsidePersonWord(draft, ws, i)) {
      addCapital(w, ws[i + 1].end);
      i += 1;
      continue;
    }
    if (occupation > 0) {
      lowered.add(w.start);
      out.push({ start: w.start, end: ws[i + occupation - 1].end, edits: [lower(w)], status: 'clear', messageId: 'occupation' });
      i += occupation - 1;
      continue;
    }
    // a noun of places capitalised before a name, where the same sentence writes the same noun
    // lowercase before another name, is that common noun: the sentence says how its writer cases
    // it ("vận hành Cống Xuân Hòa, cống Vàm Giồng" → "cống Xuân Hòa"; Decree 30 writes the noun
    // lowercase: "sông Hồng", "chợ Bến Thành")
    // (not a place whose name opens with such a noun: after a level word, "huyện Chợ Mới", in a
    // list of names, "huyện Lập Thạch, Sông Lô, Vĩnh Tường", a province's, "Bến Tre", or a
    // person's, "Hồ Chí Minh")
    // (the noun asked first: most capitals open none, and the guards read the sentence around them)
    const placeNoun = lowercaseNounElsewhere(text, ws, i);
    if (placeNoun > 0 && !levelEndsAt(ws, i - 1) && !inNameList(text, ws, i) && !inProvinceName(text, ws, keysOf(s), i) && !inPersonName(draft, w.start)) {
      addCapital(w, ws[i + placeNoun - 1].end);
      for (const x of ws.slice(i + 1, i + placeNoun)) if (caseShape(x.text) === 'cap') out[out.length - 1].edits.push(lower(x));
      i += placeNoun - 1;
      continue;
    }
    // a capital inside a person's name that has a syllable typed small ("ông điểu Lý") is
    // person-name-case's one finding for the name: one phrase, one answer
    if (caseShape(ws[i - 1].text) === 'lower' && inPersonName(draft, ws[i - 1].start, w.end)) continue;
    // the Title Case words going on a special noun written "Nhà Nước" are special-noun-case's
    // one finding ("Nhà Nước Ta Hiện Nay"): one phrase, one answer
    if (!titleCaseLine && inSpecialTail(text, ws, i)) continue;
    // the short name of a mass organisation ("cán bộ Hội"), unless it is the first half of a
    // word of the genre ("giúp Hội viên", "Đoàn viên": dictionaries/genre-words.json) or follows
    // a plural marker or a count: a short name names the one organisation, a plural is generic
    // ("các Đội hình tình nguyện")
    const short = longest(text, ws, i, SHORT_NAMES);
    // (… nor the first half of a person's noun of the general dictionary: "của Hội thẩm nhân dân",
    // "một số Hội thẩm", as "Hội viên")
    if (short && !firstHalfOfWord(text, ws, i + short.keys.length - 1) && !pluralOfBodiesBefore(text, s, ws, i) && !(short.keys.length === 1 && personPairAt(text, ws, i))) continue;
    // a capitalised level word ("UBND Phường") is admin-unit-case's: one answer per word
    const lv = levelWordAt(ws, i);
    // (… unless it opens a person's noun of the general dictionary with the next syllable: "của
    // Xã viên" is a cooperative's member, no commune's level word)
    if (lv > 0 && MAIN_LEVELS.has(ws.slice(i, i + lv).map((x) => wordKey(x)).join(' ')) && !(lv === 1 && personPairAt(text, ws, i))) continue;
    // … the other levels are this rule's: one in a list after a lowercase level, no name after
    // it, names the levels, not one place ("ở các thôn, Buôn vùng sâu" → "buôn")
    if (lv > 0 && levelListItem(text, ws, i, lv)) {
      addCapital(w, ws[i + lv - 1].end);
      for (const x of ws.slice(i + 1, i + lv)) if (caseShape(x.text) === 'cap') out[out.length - 1].edits.push(lower(x));
      i += lv - 1;
      continue;
    }
    // … and a noun of one syllable alone after a plural marker, the phrase ending with it, names
    // no one thing: "vị trí các Mốc;" → "mốc", "phong tục của từng Buôn," → "buôn"
    if (loneGeneric(draft, s, i)) {
      addCapital(w, w.end);
      continue;
    }
    // … but one the draft capitalises before a name elsewhere refers back to that name, whatever
    // the evidence says of the word: "các Mẹ Việt Nam Anh hùng … thăm hỏi các Mẹ."
    if (loneMarkerBefore(draft, s, i) && capitalisedBeforeName(draft.text, w)) continue;
    // a body's type word alone, in a draft that names a body with it ("Sở Công nghiệp Quảng Bình
    // … các kỹ sư của Sở và …", "Đồn Biên phòng Y Tý … cán bộ Đồn"), refers back to that one; after
    // a plural marker or a count the bodies are several ("các Sở": plural.ts); after "cấp", "cùng"
    // it is still the one body, its level or partner ("hội thi cấp Tập đoàn": pluralOfBodiesBefore)
    const typeAlone = typeWordAt(keysOf(s), i);
    if (typeAlone > 0 && namedHeads.has(ws.slice(i, i + typeAlone).map(wordKey).join(' ')) && ws.slice(i + 1, i + typeAlone).every((x) => caseShape(x.text) === 'lower') && !pluralOfBodiesBefore(text, s, ws, i)) {
      i += typeAlone - 1;
      continue;
    }
    // a document's type alone, with the capital of the one document the draft names in full
    // elsewhere, refers back to that one ("Quy chế làm việc của Ban Chấp hành …" … "nội dung Quy
    // chế", CAP-36); after "các", "những" the documents are several (documentReferences)
    const reference = documentReferenceAt(text, ws, i, namedDocuments);
    if (reference > 0) {
      i += reference - 1;
      continue;
    }
    // a named day, month or week opens with its capital ("Ngày toàn dân phòng, chống ma túy")
    if (longest(text, ws, i, NAME_HEADS)) continue;
    // … and a named day's own words after its lowercase head, the name running on to another
    // capital ("ngày Giải phóng miền Nam", "ngày Sách và Văn hóa đọc Việt Nam", CAP-35);
    // "trong ngày Hội nghị đã họp" is a slip
    if (dayNameAfterHead(text, ws, i)) continue;
    // a school subject after a teacher, a lesson or the verb of teaching ("dạy Tin học", "tiết
    // Khoa học tự nhiên"): a subject's name, as after "môn" (common-nouns.json schoolSubjects)
    if (longest(text, ws, i, SCHOOL_SUBJECTS) && SUBJECT_OPENERS.some((k) => endsWith(text, ws, i, k) && caseShape(ws[i - 1].text) === 'lower')) continue;
    // … and a school's stream after its lowercase head, a word of schooling before that ("học
    // sinh ban Cơ bản", "lớp 11 ban Tự nhiên"): the stream's name (organisation-grammar.json schoolStreams)
    if (blank(text, ws[i - 1], w) && schoolStreamAt(text, ws, i - 1)) continue;
    // the head of an award or a title of honour before its name ("Huy chương Vì sự nghiệp …",
    // "Giải thưởng Lý Tự Trọng", "Giải Nhất"): Decree 30 capitalises both
    if (awardBeforeName(text, ws, i)) continue;
    // … and the head of a competition or an event before its name or edition, a description
    // between ("Giải chạy Báo Hà Nội mới", "Triển lãm Vietnam Expo", "Hội chợ hàng Việt lần thứ 3")
    if (namedEvent(text, ws, i)) continue;
    // … and the first word of that name right after the head, when the head opens the sentence
    // and its capital says nothing of its own ("Liên hoan Phát thanh toàn quốc …", "Diễn đàn
    // Kinh tế tư nhân …"; mid-sentence the head's capital carries the name on already)
    if (nameAfterEventHead(text, ws, i)) continue;
    // … and its class after its name: "Huy chương Chiến sĩ vẻ vang hạng Nhất" (Decree 30)
    if (awardRank(text, ws, i)) continue;
    // a name glossed by its foreign name or abbreviation ("Tổ chức Cứu trợ trẻ em (Save the Children)")
    if (glossedAhead(text, ws, i)) continue;
    // … and a body's name glossed by its own initials before its level and place: "Bảo hiểm xã
    // hội (BHXH) tỉnh Hà Tĩnh" is that body's name, "(BHXH)" set between it and its place
    const glossed = bodyGlossedBeforePlace(text, ws, i);
    if (glossed > 0) {
      i += glossed - 1;
      continue;
    }
    const prev = ws[i - 1];
    const next = ws[i + 1];
    const nextJoined = next !== undefined && blank(text, w, next);
    // a syllable of a name whose capitals are its own ("Nghệ nhân Ưu tú", "đạo Tin lành")
    if (OWN_CAPITAL_AT.get(wordKey(w))?.some(({ keys, at }) => i - at >= 0 && i - at + keys.length <= ws.length && endsWith(text, ws, i - at + keys.length, keys))) continue;
    // an ethnic group after "người", "dân tộc", "đồng bào" ("người Chăm", "dân tộc Thái"), or
    // anywhere in a draft that names it so once ("thanh niên Chăm" after "đồng bào dân tộc
    // Chăm"), not the first half of a word drafts write lowercase ("người Chăm sóc")
    const group = longest(text, ws, i, ETHNIC_GROUPS);
    const wordOn = group && group.keys.length === 1 && nextJoined && caseShape(next.text) === 'lower' && lowercaseWord(wordKey(w), wordKey(next));
    // (… or one of one syllable standing in no word with either neighbour, which drafts write
    // lowercase almost only inside words: "đền tháp Chăm và …", "dân gian Chăm biểu diễn" ("chăm"
    // is lowercase in "chăm sóc", "chăm lo"), "đào Địa đạo", "quanh Kinh thành" being words)
    if (group && !wordOn && (ETHNIC_OPENERS.some((k) => endsWith(text, ws, i, k)) || namedGroups(draft).has(group.keys.join(' ')) || groupListed(text, ws, i, group.keys.length) || groupAlone(text, ws, i, group.keys.length))) continue;
    // a place's name after a lowercase noun of geography ("trên đèo Cả", "sông Hồng"), unless the
    // two make a word of their own ("hồ Sơ" is "hồ sơ") or the noun ends a word with the syllable
    // before it ("lừa đảo Người dân", "cháy rừng Gây thiệt hại", "yêu cầu Các đơn vị")
    // (so after a noun of produce or breed, the name ending there: "bưởi Diễn cho", not "giá gạo Tăng mạnh")
    if (caseShape(prev.text) === 'lower' && blank(text, prev, w) && (endsWithAny(text, ws, i, PLACE_NOUN_ENDS) || (endsWithAny(text, ws, i, VARIETY_NOUN_ENDS) && nameEndsAt(text, ws, i))) && !isListedPair(wordLookupKey(prev), wordLookupKey(w)) && !lowercaseWord(wordKey(prev), wordKey(w)) && !endsWordAt(text, ws, i - 1)) continue;
    // a country's name ("kháng chiến chống Pháp", "tiếng Đức"), unless its capital opens a word
    // of its own with the next syllable ("Pháp luật")
    const country = longest(text, ws, i, COUNTRIES) ?? COUNTRIES.get(wordKey(prev))?.find((c) => c.keys.length === 2 && c.keys[1] === wordKey(w) && caseShape(prev.text) === 'cap' && blank(text, prev, w));
    if (country && !(country.keys.length === 1 && nextJoined && caseShape(next.text) === 'lower' && (firstHalfOfWord(text, ws, i) || lowercaseWord(wordKey(w), wordKey(next)) || commonWordAt(wordKey(w), wordKey(next))))) continue;
    // a syllable of a province's name ("Tỉnh Đoàn Bình Định hướng dẫn" has no "Định hướng")
    if (inProvinceName(text, ws, keysOf(s), i)) continue;
    // a named place opens with its head ("Khu công nghiệp Tân Hương", "Khu di tích lịch sử Đền Hùng")
    const place = longest(text, ws, i, PLACE_HEADS);
    if (place && nameWithin(text, ws, i + place.keys.length)) continue;
    // … and the head alone in a draft that names that place in full with the same capital: a
    // short reference to that one place ("Khu di tích Kim Liên … cán bộ của Khu di tích")
    if (place && ws.slice(i + 1, i + place.keys.length).every((x) => caseShape(x.text) === 'lower') && namedPlaces.has(place.keys.join(' '))) continue;
    // a named information system opens with its head and runs on in lowercase ("Cơ sở dữ liệu
    // quốc gia về dân cư"); two words of description at least or a name after it ("Cơ chế một
    // cửa ASEAN"), or it is the common word
    const system = longest(text, ws, i, SYSTEM_HEADS);
    if (system && (lowercaseRun(text, ws, keysOf(s), i + system.keys.length - 1) >= 2 || nameWithin(text, ws, i + system.keys.length))) continue;
    // … and one a body names after itself, its description running to "của" and the owner
    // ("Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị của Chính phủ")
    if (ownedName(text, ws, i)) continue;
    const gapBefore = text.slice(prev.end, w.start);
    // a list item after ";" and a word after "20." or ")" may open a new clause
    if (/[;.)]\s*$/u.test(prev.text + gapBefore)) continue;
    // … and a list after a colon whose items all open with a capital is written so on purpose
    // ("2 phần: Lý thuyết và Thực hành")
    if (capitalListItem(text, ws, i)) continue;
    // … and an item of a list of names ("các xã như An Toàn, Vĩnh Kim, Canh Liên")
    if (inNameList(text, ws, i)) continue;
    // … and the second syllable of a list item whose first lost its capital ("các xã Nậm Xé, Bản
    // Lầu và pắc Ta": admin-unit-case's place name, no common word "ta")
    if (itemLostCapital(text, ws, i)) continue;
    // an opening quotation mark or bracket: a quoted title or a gloss ("cuốn sách 'Xây dựng…'")
    if (/["'“‘«(\[]\s*$/u.test(prev.text + gapBefore) || /^["'“‘«(\[]/u.test(w.text)) continue;
    // a rank or degree before a name is one word: its last syllable is lowercase ("Thượng Tá
    // Nguyễn Văn A" → "Thượng tá", "Tiến Sĩ" → "Tiến sĩ", CAP-25; surnames.json introducers)
    const degree = nextJoined ? introducerBefore(text, ws, i + 1) : 0;
    if (degree > 1 && inPersonName(draft, next.start) && ws.slice(i - degree + 1, i).every((x, k) => blank(text, x, ws[i - degree + 2 + k]))) {
      out.push({ start: ws[i - degree + 1].start, end: w.end, edits: [lower(w)], status: 'clear', messageId: 'oneWord' });
      continue;
    }
    // "ông", "đồng chí"… before a person's name mid-sentence is a common noun, whatever the
    // words before it ("ông Trần Văn Nam và Ông Lê Văn Hùng"): Decree 30 capitalises the name only
    const address = honorificBeforeName(draft, ws, i);
    if (address > 0) {
      // (right after a level word it may open a place's name, "xã Bà Điểm"; not across a comma)
      if (!levelEndsAt(ws, i - 1) || !blank(text, prev, w)) {
        addCapital(w, ws[i + address - 1].end);
        for (const x of ws.slice(i + 1, i + address)) if (caseShape(x.text) === 'cap') out[out.length - 1].edits.push(lower(x));
      }
      i += address - 1;
      continue;
    }
    // a capital after a document type opens the document's name ("Nghị quyết Đại hội …"),
    // whatever the type's own case; "Số" before its number is the type's word, not a name's
    // (a capitalised type, a document: "hướng dẫn Kỹ thuật" is the verb; no name opens with a
    // function word: "Kế hoạch Nhằm nâng cao")
    const afterType =
      i >= 2 && caseShape(ws[i - 2].text) === 'cap' && blank(text, ws[i - 2], prev) && blank(text, prev, w) && DOCUMENT_TYPES.has(`${wordKey(ws[i - 2])} ${wordKey(prev)}`);
    if (afterType && !FUNCTION_WORDS.has(wordKey(w)) && !END_NAMES.has(wordKey(w)) && !(wordKey(w) === SO && nextJoined && /^\d/u.test(next.text))) continue;
    // one word written as two capitalised syllables ("Chương Trình", "Mặt Trận"): real drafts
    // never capitalise the second after the first
    // (not in a person's or a place's name: "Nguyễn Văn Hóa", "xã Văn Minh", nor in a line
    // written in Title Case, a caption or heading whose capitals are its style)
    // a syllable drafts never capitalise at all ("Trình", "Cứu") is wrong even inside a
    // longer capitalised run ("Chương Trình Mục Tiêu", "Kế Hoạch Số 42"); nor a document type
    // written whole, whatever the figures saw, before a name too ("Nghị Định số 136",
    // "Nghị Quyết Đại hội" → "Nghị định", "Nghị quyết")
    const documentType = DOCUMENT_TYPES.has(`${wordKey(prev)} ${wordKey(w)}`);
    const never = neverCapitalised(wordKey(w)) || documentType;
    // a word of the genre written whole in Title Case after a common noun ("hội viên Cựu Chiến Binh")
    const titleCaseWord = !titleCaseLine && titleCaseWordAt(draft, ws, i);
    if (
      !titleCaseLine &&
      caseShape(prev.text) === 'cap' &&
      blank(text, prev, w) &&
      (secondHalfOfWord(wordKey(prev), wordKey(w)) || documentType || titleCaseWord) &&
      // (no word of the two, the second opening one with the lowercase syllable after it: "Khu |
      // Công nghệ cao" is a zone and its field, whatever "khu công nghiệp" makes of the pair)
      (documentType || titleCaseWord || !opensWordInstead(text, ws, i)) &&
      !SPECIAL_PAIRS.has(`${wordKey(prev)} ${wordKey(w)}`) &&
      !inPersonName(draft, prev.start, w.end) &&
      // an item of a list of names ("như An Toàn, Vĩnh Kim, Canh Liên")
      !inNameList(text, ws, i - 1) &&
      // a name made of a word that is no noun, standing alone after a noun or in a list ("xã
      // Thống Nhất", "đường sắt Thống Nhất", "…, Đường 10, Thống Nhất"): a place's or a firm's
      !(!documentType && standingName(text, ws, i)) &&
      // a name after a noun of places ("tàu Thống Nhất", "dinh Độc Lập", "hồ Hòa Bình"), also
      // one whose head is written with the name ("Hội trường Thống Nhất", "Dinh Độc Lập"),
      // keeps its two capitals even where the syllables make a common word
      !PLACE_NOUNS.some((k) => i - 1 - k.length >= 0 && endsWith(text, ws, i - 1, k) && (caseShape(ws[i - 1 - k.length].text) === 'lower' || caseShape(ws[i - 1 - k.length].text) === 'cap') && blank(text, ws[i - 2], prev)) &&
      // a name after its opener is printed as its owner writes it ("báo Lao Động", "tạp chí Cộng Sản",
      // "báo Người Lao Động": the opener stands before the capitalised run; a programme's or a
      // document's name is cased like a sentence: "chương trình Phát Triển …" → "Phát triển")
      // (the opener may open the run itself, before the name: "Báo Nhân Dân", "Tạp chí Cộng Sản";
      // not the word's own first half: "Báo Cáo viên"; nor a name that goes on after "và" or a
      // dash in another style: "Báo Dân Tộc và Phát triển")
      !OWNER_OPENERS.some((k) => endsWith(text, ws, runStart(text, ws, i - 1), k) || (runStart(text, ws, i - 1) + k.length < i && endsWith(text, ws, runStart(text, ws, i - 1) + k.length, k) && !nameGoesOn(text, ws, i))) &&
      // a longer capitalised run is a name's more often than not ("Báo Lao Động Thủ Đô")
      !(nextJoined && capital(next) && !never && !titleCaseWord) &&
      // …but a document's name after its type word is cased like a sentence ("Luật Quốc Phòng" → "Luật Quốc phòng", CAP-36)
      // (a place's name after its level word is admin-unit-case's, whatever its syllables: "xã Thống Nhất")
      // (not the end of another word: "Nhà xuất bản Giáo Dục" has no village "bản")
      !(i >= 2 && levelEndsAt(ws, i - 2) && blank(text, ws[i - 2], prev) && !endsWordAt(text, ws, i - 2)) &&
      !(!never && i >= 2 && (levelEndsAt(ws, i - 2) || (caseShape(ws[i - 2].text) !== 'lower' && !DOCUMENT_NAMES.has(wordKey(ws[i - 2])))) && blank(text, ws[i - 2], prev) && !out.some((f) => f.end >= ws[i - 2].end && f.start <= ws[i - 2].start))
    ) {
      const last = out[out.length - 1];
      // one capitalised run, one finding: "Chương Trình Mục Tiêu"
      if (last && (last.end === prev.end || (last.messageId === 'oneWord' && i >= 2 && last.end === ws[i - 2].end && blank(text, ws[i - 2], prev)))) {
        last.end = w.end;
        last.edits.push(lower(w));
      } else {
        // (a word of three syllables is shown whole: "Câu Lạc bộ" is one word, not "Câu Lạc")
        const third = nextJoined && caseShape(next.text) === 'lower' && isListed([prev, w, next].map((x) => wordLookupKey(x)));
        out.push({ start: prev.start, end: third ? next.end : w.end, edits: [lower(w)], status: 'clear', messageId: 'oneWord' });
      }
      continue;
    }
    // a name runs on: a word before is capitalised ("Trường Tiểu học", "Trung cấp Lý luận")
    // a place name after its level word ("xã Nhân Đạo") is admin-unit-case's
    // … unless the word opens a common word of its own right after a place or a person
    // ("tỉnh Kiên Giang Hỗ trợ", "Phòng Tư pháp quận Phối hợp"): a pair drafts write
    // lowercase whose first syllable they never capitalise, and no body's name runs there
    const opensWord =
      !titleCaseLine &&
      nextJoined &&
      caseShape(next.text) === 'lower' &&
      commonWordAt(wordKey(w), wordKey(next)) &&
      continuation(wordKey(prev), wordKey(w)) !== 'capital' &&
      (afterPlaceOrPerson(draft, ws, i) || spans.some((sp) => sp.end === prev.end));
    // a function word never goes on with a name ("pháp luật Nhà nước Về quốc phòng")
    // (a given name that is also one is a person's: "Nguyễn Văn Được")
    // (nor one of a place's name after a syllable drafts never write in lower case: "xã Sủng Là")
    const functionWord = FUNCTION_WORDS.has(wordKey(w)) && !inPersonName(draft, w.start) && !(capital(prev) && blank(text, prev, w) && properSyllable(wordKey(prev)));
    const flagged = (x: Word): boolean => out.length > 0 && out[out.length - 1].end >= x.end;
    if (!opensWord && levelEndsAt(ws, i - 1) && blank(text, prev, w)) continue;
    // (a function word or plural marker opening the sentence has its capital from there: "Các
    // Học viên …", "Nhiều Doanh nghiệp …")
    const sentenceOpener = i === 1 && (FUNCTION_WORDS.has(wordKey(prev)) || PLURAL_NOUN_MARKERS.has(wordKey(prev))) && !midSentence(draft, prev);
    // a special noun is a whole name of its own, however it is cased: "Đảng và Nhà nước Ta"
    // (not a syllable of the same special noun: "Đông Nam | Bộ", "Bắc Trung | Bộ")
    const afterSpecial = i >= 2 && blank(text, ws[i - 2], prev) && SPECIAL_PAIRS.has(`${wordKey(ws[i - 2])} ${wordKey(prev)}`) && !SPECIAL_PAIRS.has(`${wordKey(prev)} ${wordKey(w)}`);
    if (!opensWord && !functionWord && !sentenceOpener && !afterSpecial && capital(prev) && joined(prev, w) && !flagged(prev)) continue;
    // after one word written as two capitals the run may go on with the next phrase of a name
    // ("Chương Trình Mục Tiêu"): its opening capital says nothing
    // (but not "Số" before its number: "Kế Hoạch Số 42")
    const beforeNumber = nextJoined && /^\d/u.test(next.text);
    if (capital(prev) && blank(text, prev, w) && !beforeNumber && out.length > 0 && out[out.length - 1].messageId === 'oneWord' && out[out.length - 1].end === prev.end) continue;
    // (not across a word that ends names: "tỉnh Lâm Đồng đã Triển khai")
    if (!opensWord && !functionWord && !afterSpecial && i >= 2 && capital(ws[i - 2]) && !END_NAMES.has(wordKey(prev)) && !flagged(ws[i - 2]) && midSentence(draft, ws[i - 2]) && blank(text, ws[i - 2], prev) && blank(text, prev, w)) continue;
    // the field of a body: "Trung tâm Tin tức", "Trưởng khoa Cấp cứu", "Hội đồng Lý luận"
    const keys = keysOf(s);
    // (a lowercase type word among lowercase words, followed by a syllable drafts never
    // capitalise, opens no field: "hiện trường vụ Tai nạn"; after a title it may: "Trưởng ban Nghiệp vụ")
    // (the type word's case is its first syllable's: "Trung tâm Phối hợp tìm kiếm cứu nạn" opens a field)
    // (after a plural marker the lowercase type word is the plural of bodies whose names follow:
    // "các phòng Tham mưu, Chính trị của Bộ Chỉ huy")
    const noField = (n: number): boolean => never && caseShape(ws[i - n].text) === 'lower' && (i - n - 1 < 0 || (caseShape(ws[i - n - 1].text) === 'lower' && !PLURAL_NOUN_MARKERS.has(wordKey(ws[i - n - 1]))));
    if (TYPE_LENGTHS.some((n) => i - n >= 0 && typeWordAt(keys, i - n) === n && !noField(n) && ws.slice(i - n, i).every((x, k) => k === n - 1 || blank(text, x, ws[i - n + k + 1])) && blank(text, prev, w) && !typeWordEndsSomethingElse(draft, ws, i - n, wholeNames))) continue;
    // a type word opening a name: "Tập đoàn Dầu khí"
    const ownType = typeWordAt(keys, i);
    if (ownType > 0 && capital(ws[i + ownType]) && blank(text, ws[i + ownType - 1], ws[i + ownType])) continue;
    // a field phrase coordinated inside a name: "Học viện Báo chí và Tuyên truyền", "Phát thanh - Truyền hình"
    let dashAfterLowered = false;
    if (/^\s*[-–,]\s*$/u.test(gapBefore) || wordKey(prev) === VA) {
      const from = wordKey(prev) === VA ? i - 2 : i - 1;
      let k = from;
      while (k >= 0 && from - k < 3 && caseShape(ws[k].text) === 'lower') k--;
      // (a capital after a hyphen inside the word counts: "Khoa học-Xã hội và Nhân văn")
      // The phrase before "và" must hold together as a name's field: joined by blanks ("(Cam
      // Lộ) và Mô hình" is no name), and not a new word after the capital ("Trung Bộ | tiếp
      // nhận và Huấn luyện": a word drafts never capitalise, or one that ends names)
      const together = wordKey(prev) !== VA || (from >= 0 && blank(text, ws[from], prev) && ws.slice(Math.max(k, 0), from + 1).every((x, n, a) => n === 0 || blank(text, a[n - 1], x)));
      // (the syllable after the capital may end its word: "Báo | cáo viên" is one word)
      const newWord = k >= 0 && k + 1 <= from && (END_NAMES.has(wordKey(ws[k + 1])) || (k + 2 <= from && !knownPair(wordKey(ws[k]), wordKey(ws[k + 1])) && commonWordAt(wordKey(ws[k + 1]), wordKey(ws[k + 2]))));
      // (nor a list after a whole name standing alone, a lowercase word before it: "cán bộ Mặt
      // trận, Đoàn thể", "xây dựng Đảng, Chính quyền" — the items after it are common nouns)
      // (… or an item of a list of common nouns after a capital whose run opens right after a
      // lowercase word that ends no type word: "cho Già làng, Trưởng buôn, người có uy tín" has
      // no body to hold a field; "Trung tâm Văn hóa, Thể thao" has)
      const headless = k > 0 && /^\s*,\s*$/u.test(gapBefore) && caseShape(ws[k - 1].text) === 'lower' && blank(text, ws[k - 1], ws[k]) && !TYPE_LENGTHS.some((n) => k - n >= 0 && typeWordAt(keysOf(s), k - n) === n) && commonListItem(draft, s, i) > 0;
      // (… or an item of that kind right after a name whose last syllables are capitalised, a
      // lowercase item after it: "Đồn Biên phòng Sín Thầu, Già làng, trưởng bản": commonListItem)
      const afterNameItem = k === i - 1 && /^\s*,\s*$/u.test(gapBefore) && caseShape(prev.text) === 'cap' && commonListItem(draft, s, i) > 0;
      const standalone = k >= 0 && !/^\s*[-–]\s*$/u.test(gapBefore) && (headless || afterNameItem || wholeNameAlone(text, ws, k, from));
      if (k >= 0 && together && !newWord && !standalone && (capital(ws[k]) || /[-–]\p{Lu}/u.test(ws[k].text)) && midSentence(draft, ws[k])) continue;
      // … and a longer field with a comma of its own, right after a body's type word ("Trưởng
      // phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", "Ban Chỉ huy Phòng,
      // chống lụt, bão và Tìm kiếm cứu nạn"): each field phrase of the name opens with a capital (CAP-10)
      if (wordKey(prev) === VA && fieldBeforeAnd(draft, ws, keys, i - 1)) continue;
      // (a word the pass lowered before the dash takes the one after it along: "kiến thức Quốc phòng - An ninh")
      if (/^\s*[-–]\s*$/u.test(gapBefore)) {
        if (!(k >= 0 && lowered.has(ws[k].start))) continue;
        dashAfterLowered = true;
      }
    }
    // a document reference: "Hướng dẫn số 52", "Kế hoạch 15"
    // ("số" only before its number: "Một số vấn đề" is no reference)
    const ref = (x: Word | undefined): boolean => !!x && (/\d/u.test(x.text) || (wordKey(x) === SO && /^\d/u.test(ws[ws.indexOf(x) + 1]?.text ?? '')));
    // … whose "số" is the word for its number, never a name's ("Kế hoạch Số 42")
    const numberWord = wordKey(w) === SO && nextJoined && /^\d/u.test(next.text) && usuallyLowercase(SO);
    // (a common word before a quantity is no document: "Hỗ trợ 1.500 con giống")
    // (…but a number that ends the phrase, before a function word or punctuation, numbers a
    // name: "Lực lượng 35 của huyện", "Đề án 06.")
    const counted = ws[i + 3];
    const countsSomething = counted !== undefined && blank(text, ws[i + 2], counted) && caseShape(counted.text) === 'lower' && !FUNCTION_WORDS.has(wordKey(counted)) && !END_NAMES.has(wordKey(counted));
    const quantity = nextJoined && caseShape(next.text) === 'lower' && commonWordAt(wordKey(w), wordKey(next)) && !DOCUMENT_NAMES.has(`${wordKey(w)} ${wordKey(next)}`) && (!ref(ws[i + 2]) || countsSomething);
    // (a person's noun numbers no document: "mỗi Bị cáo 3 năm tù", the number is the next phrase's)
    if (!numberWord && !quantity && nextJoined && (ref(next) || (ref(ws[i + 2]) && caseShape(next.text) === 'lower')) && !(personPairAt(text, ws, i) && !ref(next))) continue;
    // a session numbered by its ordinal is that one: "thông qua tại Kỳ họp thứ 7" (a word of two
    // syllables, then "thứ" or "lần thứ" and a number, Roman or in words; not an event's head, which
    // names a kind of event however it is numbered: "tổ chức Lớp học thứ hai" → "lớp học")
    if (nextJoined && caseShape(next.text) === 'lower' && isGeneralPair(wordLookupKey(w), wordLookupKey(next)) && ordinalAt(text, ws, i + 2) && !longest(text, ws, i, EVENTS)) continue;
    // … and so is an event numbered by its ordinal with the body that held it named right after:
    // "quy định của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng" is that plenum (CAP-37);
    // "tổ chức Hội nghị lần thứ hai" numbers no one's, a kind of event
    if (nextJoined && caseShape(next.text) === 'lower' && ordinalAt(text, ws, i + 2) && heldByBodyAfter(text, ws, i + 2)) continue;
    if (numberWord) {
      addCapital(w, w.end);
      continue;
    }
    // a document, programme or topic name opens with a capital ("phong trào Toàn dân …")
    // (not after a lowercase document word, a verb there: "hướng dẫn Kỹ thuật")
    // (an opener that is the second half of a word is none: "chính sách Đối với" is no "sách")
    const opener = NAME_OPENERS.find((k) => endsWith(text, ws, i, k) && !openerInsideWord(text, ws, i - k.length, k[0]));
    const verbOpener = opener !== undefined && VERB_OPENERS.has(opener.join(' ')) && caseShape(ws[i - opener.length].text) === 'lower';
    // (no name opens with a word that ends names: "Kế hoạch Nhằm nâng cao")
    if (blank(text, prev, w) && opener && !verbOpener && !END_NAMES.has(wordKey(w))) continue;
    // a document's title quoted after its reference opens with its capital ("Kế hoạch số
    // 42/KH-UBND ngày … của … về Tổ chức tuyên truyền …"), and so does the title of the one it
    // issues ("Quyết định số 09/2015/QĐ-TTg … ban hành Quy chế thực hiện …"); a bare "về Kỹ năng
    // mềm" is a slip
    const link = wordKey(prev) === VE ? 1 : (ISSUED.find((p) => endsWith(text, ws, i, p))?.length ?? 0);
    if (link > 0 && blank(text, prev, w) && documentReferenceBefore(text, ws, i - link)) continue;
    // a document named by its issuer is one document: its type keeps the capital of a specific
    // document (CAP-36): "thực hiện Hướng dẫn của Ban Tổ chức Trung ương", as "Kế hoạch của …"
    // (after a plural marker the documents are several, none named: "thực hiện các Nghị quyết của
    // Đảng" → "các nghị quyết")
    const afterPlural = caseShape(prev.text) === 'lower' && blank(text, prev, w) && PLURAL_NOUN_MARKERS.has(wordKey(prev));
    if (!afterPlural && documentOfIssuer(text, ws, i)) continue;
    // … and so is one whose contents are studied: "những nội dung cơ bản của Quy chế tiếp công dân
    // …", "điểm mới của Quy định xử lý kỷ luật …" (documentMarks.contents)
    if (contentsOfDocument(text, ws, i)) continue;
    // the head of a language's name after a lowercase word: "học Tiếng Lào" → "tiếng", as
    // "người Chăm"; after a teacher or a lesson it may name a subject ("dạy Tiếng Anh" was left
    // above), and there the draft's own "tiếng Chăm" elsewhere says it is the common word
    const language = languageHeadAt(draft, ws, i);
    if (language) {
      addCapital(w, w.end);
      continue;
    }
    const honorific = longest(text, ws, i, BEFORE_NAMES);
    // after "ông", "đồng chí"… comes a person's name, whatever its syllables ("đồng chí Bàn Hộ Hòa")
    // (but after a plural marker, "các đồng chí", "những vị", no one person is named: what
    // follows is a generic plural unless it is a person's name, "các đồng chí Trưởng thôn, bí thư")
    const addressed = BEFORE_NAME_KEYS.find((k) => endsWith(text, ws, i, k));
    const pluralAddress = addressed !== undefined && i > addressed.length && PLURAL_NOUN_MARKERS.has(wordKey(ws[i - addressed.length - 1])) && blank(text, ws[i - addressed.length - 1], ws[i - addressed.length]) && !inPersonName(draft, w.start);
    if (addressed && !pluralAddress) continue;
    // the word, or the pair it opens ("Đại biểu"), followed by a capital
    // (a pair drafts showed too rarely to count that is a noun of the general dictionary or a word
    // of the genre is a head all the same, the name after it its own: "tại Khách sạn Mường
    // Thanh", where "khách" is evidence only from the written sets, which never capitalise it; not
    // before a person's name, which says who the person is: "Tại buổi họp, Già làng Ksor …")
    const pair = nextJoined && caseShape(next.text) === 'lower' && (knownPair(wordKey(w), wordKey(next)) || (headNounPair(w, next) && !(ws[i + 2] && inPersonName(draft, ws[i + 2].start))));
    const afterIndex = pair ? i + 2 : i + 1;
    const after = ws[afterIndex];
    // an event named by its month: "Cách mạng tháng Tám", "Cách mạng Tháng Mười Nga" (CAP-37)
    if (after && blank(text, ws[afterIndex - 1], after) && namedMonthOrDay(text, ws, afterIndex)) continue;
    // (a common word of its own goes on with no name: "triển khai Thực hiện Chương trình")
    const ownWord = pair && commonWordAt(wordKey(w), wordKey(next));
    if (after && !functionWord && !ownWord && blank(text, ws[afterIndex - 1], after) && capital(after)) {
      // a capital after it: the word is part of that name, unless the name is a body
      // that starts there ("để Lãnh đạo Hội CCB"), or the word is "ông", "đồng chí"… before a person
      const typeAfter = typeWordAt(keysOf(s), afterIndex);
      // (after a plural marker a type word alone is the body they belong to, "các Giảng viên Học
      // viện": a generic plural opens no name with it)
      const bodyAfter = bodies.has(after.start) || (typeAfter > 0 && (afterPlural || capital(ws[afterIndex + typeAfter])));
      // … or the capital after it is a common word written wrongly too ("Khai giảng Lớp bồi dưỡng")
      const afterNext = ws[afterIndex + 1];
      // (… but not a syllable making no word with the word and none with what follows: the two
      // name a town or a person, "Đại diện Phủ Lý đề nghị", whatever words the syllables open elsewhere)
      const afterCommon = usuallyLowercase(wordKey(after), afterNext && blank(text, after, afterNext) && caseShape(afterNext.text) === 'lower' ? wordKey(afterNext) : undefined) && !(afterIndex === i + 1 && wordlessPair(text, ws, i));
      // (after "các đồng chí" a body after the word makes it a title or an organ of that body:
      // "các đồng chí Thường trực Hội CCB quận")
      // (… nor is an ethnic group after a person's noun a name going on: it says whose people
      // they are, "cho Học sinh Khmer nghèo" → "học sinh Khmer")
      const groupAfter = !pluralAddress && personNounAt(text, ws, i) > 0 && longest(text, ws, afterIndex, ETHNIC_GROUPS) !== undefined;
      if (!groupAfter && (pluralAddress || (!bodyAfter && !afterCommon && !(honorific && inPersonName(draft, after.start))))) continue;
    }
    const nextKey = nextJoined && caseShape(next.text) === 'lower' ? wordKey(next) : undefined;
    // right after a lowercase word, mid-clause, the evidence may be a little looser: the
    // capitals drafts give these words open list items ("nội dung: Một số vấn đề")
    if (nextJoined && `${wordKey(w)} ${wordKey(next)}` === PEOPLE) continue;
    const midClause = (caseShape(prev.text) === 'lower' && blank(text, prev, w) && /^[\p{L}\p{M}]+$/u.test(prev.text)) || dashAfterLowered;
    // (a word that closes no pair with the one before opens one with the next: "Thư | viện")
    const opensPair = nextKey !== undefined && !(blank(text, prev, w) && knownPair(wordKey(prev), wordKey(w)));
    // an agent noun of three syllables in "viên" mid-clause, no name or body after it, is a
    // common noun whatever drafts do with its first pair ("nghe Báo cáo viên trình bày": "Báo
    // cáo" also opens documents' titles); a committee's member is a title ("Huyện ủy viên")
    // a word of the genre the draft capitalises before a name elsewhere is, alone, a short
    // reference to that one ("trao giải Cuộc thi trực tuyến tìm hiểu 70 năm … Sau hai tháng,
    // Cuộc thi thu hút …", "Trưởng Ban Tổ chức Cuộc thi.")
    // (the head of a programme's, contest's, system's, event's or place's name: not any word a
    // body's name holds, "Quốc phòng - An ninh")
    // (one the draft also writes lowercase is a common noun to it: "cuộc thi" … "Cuộc thi"; one
    // before a name here is that name's head, not alone: "và Ứng dụng AI cơ bản")
    // (after a plural marker it names several, no one of them: "Nghị quyết Đại hội … các Nghị quyết của Đảng")
    if (own.namedOnly.size > 0 && !afterPlural) {
      const n = genreWordAt(text, ws, i);
      const key = n > 0 ? ws.slice(i, i + n).map(wordKey).join(' ') : '';
      const opensName = ws[i + n] !== undefined && blank(text, ws[i + n - 1], ws[i + n]) && /^[\p{Lu}\d]/u.test(ws[i + n].text);
      if (n > 0 && own.namedOnly.has(key) && !opensName && (NAME_OPENER_KEYS.has(key) || [EVENT_HEADS, SYSTEM_HEADS, PLACE_HEADS].some((x) => longest(text, ws, i, x)?.keys.length === n))) continue;
    }
    // (… so too opening the clause after an adverbial and its comma, "Trong hai ngày, Báo cáo viên
    // hướng dẫn …": a lowercase word before the comma ends no name the noun could go on)
    const afterAdverbial = /^\s*,\s*$/u.test(gapBefore) && caseShape(prev.text) === 'lower' && /^[\p{L}\p{M}]+$/u.test(prev.text);
    const agent = (midClause || afterAdverbial) && agentNounAt(text, ws, i);
    if (agent) {
      addCapital(w, agent.end);
      i += 2;
      continue;
    }
    // (mid-clause, a pair drafts write lowercase after a lowercase word is that common word,
    // whatever names open with it elsewhere: "bà con Nông dân", "chấp hành Pháp luật"; not a
    // document's type, capitalised for one document: "nội dung của Báo cáo chính trị")
    // (and right after "các", "những", a capitalised word going on in lowercase is the noun of a
    // generic plural, "các Doanh nghiệp có vốn", "những Cô đỡ thôn bản", unless drafts capitalise it
    // more often than not: "các Đảng bộ" is special-noun-case's)
    const seen = countsOf(wordKey(w));
    // (so too after a marker that opens the sentence, "Các Điều dưỡng, hộ lý …", and after a
    // count, "cùng 46 Thẩm phán, hội thẩm …": pluralBefore reads no year or numbered item as one)
    const markerOpens = i === 1 && caseShape(prev.text) === 'cap' && blank(text, prev, w) && PLURAL_NOUN_MARKERS.has(wordKey(prev)) && isSentenceStart(draft, prev.start);
    // (not where the count is web debris the fix removes, "Lượt xem: 1.024 Các học viên …": the
    // word opens the sentence there)
    // (nor where the number designates a unit, right after a body's type word, a level word or a
    // capital mid-sentence: "Tiểu đoàn 5 Công binh", "Đội 3 Cơ động", "tổ 7 Ấp …" — a name goes
    // on there, nothing is counted)
    const designated = i >= 2 && blank(text, ws[i - 2], prev) && ((caseShape(ws[i - 2].text) !== 'lower' && !isSentenceStart(draft, ws[i - 2].start)) || levelEndsAt(ws, i - 2) || TYPE_LENGTHS.some((n) => i - 1 - n >= 0 && typeWordAt(keysOf(s), i - 1 - n) === n));
    const afterCount = /^\d/u.test(prev.text) && blank(text, prev, w) && !isSentenceStart(draft, w.start) && !designated && pluralBefore(text, s, ws, i) !== undefined;
    // (there the word must make a word of two syllables with the next, "Thẩm phán": "115 Huế tổ chức" is a name,
    // or open a person's noun of three, "Nhiều Người lao động")
    // (a syllable drafts capitalise more often than not may open a listed word of the genre that
    // is no special noun, body or document: "Các Bác sĩ học viên", "Bác" of "Bác Hồ" aside)
    const listed = nextKey !== undefined && isListedPair(wordLookupKey(w), wordLookupKey(next));
    const commonListed = listed && ownType === 0 && !SPECIAL_PAIRS.has(`${wordKey(w)} ${nextKey}`) && !DOCUMENT_NAMES.has(`${wordKey(w)} ${nextKey}`);
    // (after a count, so too a noun of the general dictionary, of two syllables or of one that
    // makes no word with the next, a unit or a classifier: "phát 2.000 Tờ rơi", "tặng 30 Suất học
    // bổng", "80 Chiếc xe đạp" — a count numbers things, and a name after a number makes no such word)
    const countedThing = afterCount && nextKey !== undefined && [...w.text].length > 1 && ownType === 0 && countedNoun(wordLookupKey(w), wordLookupKey(next));
    const ofPlural = nextKey !== undefined && ((midClause && (PLURAL_NOUN_MARKERS.has(wordKey(prev)) || pluralAddress)) || ((markerOpens || afterCount) && (knownPair(wordKey(w), nextKey) || listed || countedThing || personNounAt(text, ws, i) > 0))) && (!seen || seen[1] <= seen[0] || commonListed) && !inPersonName(draft, w.start);
    // an item of a list of common nouns, its first syllable alone capitalised and nothing after
    // it, is one of them ("người có uy tín, Trưởng ấp, nghệ nhân": a name capitalises each
    // syllable, and no body, document or title goes on from it)
    // (and mid-clause after a word that is no noun — a preposition, a verb, a quantifier: "của",
    // "giúp", "mỗi" — a capitalised word of the general language that no name goes on from is
    // the head of a common noun phrase: no head of a name stands before it; "của Khách hàng",
    // "giúp Doanh nghiệp", "mỗi Thẩm phán" → lowercase, whatever the draft's sector)
    // (… and opening the clause after an adverbial and its comma, "Vì vậy, Kế toán các đơn vị
    // cần …": the comma closes a clause, no name's head stands before the noun)
    const opened = (midClause || afterAdverbial) && !ofPlural && ownType === 0 && !spans.some((sp) => sp.end === prev.end) ? nounAfterOpener(draft, s, i, own.named, namedHeads, !midClause) : 0;
    if (opened > 0) {
      addCapital(w, ws[i + opened - 1].end);
      i += opened - 1;
      continue;
    }
    const item = commonListItem(draft, s, i);
    if (item > 0) {
      addCapital(w, ws[i + item - 1].end);
      i += item - 1;
      continue;
    }
    // (and mid-clause, a word of the genre the draft itself writes lowercase and never before a
    // name, capitalised here as a whole phrase, is that common word whatever names other drafts
    // open with it: "bí thư chi bộ" … "sinh hoạt Chi bộ, viết …"; not a document's type,
    // capitalised for one document, a special noun, a word drafts capitalise more often than
    // not: "các nghị quyết" … "nội dung Nghị quyết.", "Hội đồng"; nor a body's type word or an
    // event's head, which alone may stand for the one body or event the draft is about)
    // (most drafts have no such word: no look-up of the genre's words per capital then)
    const ownLength = midClause && own.lowercase.size > 0 ? genreWordAt(text, ws, i) : 0;
    const ownKey = ownLength > 0 ? ws.slice(i, i + ownLength).map(wordKey).join(' ') : '';
    const ownLower = ownLength > 0 && own.lowercase.has(ownKey) && phraseEndsAt(text, ws, i + ownLength) && !DOCUMENT_NAMES.has(ownKey) && !SPECIAL_PAIRS.has(ownKey) && !mostlyCapitalised(wordKey(w), wordKey(next)) && ownType === 0 && !longest(text, ws, i, EVENTS);
    // (and mid-clause, a syllable drafts rarely capitalise that opens a word of the genre, its other
    // syllables lowercase, standing as a whole phrase, is that word even where drafts never showed
    // the pair: "của Người nộp thuế về …"; not a round of a contest, no listed word: "phần thi Tài
    // năng"; nor a word going on in lowercase, which may open a name printed in sentence case:
    // "ra mắt Hợp tác xã chăn nuôi …"; nor one the draft capitalises before a name: "Tiêu chí số
    // 10 … tính toán Tiêu chí về thu nhập" refers back to it)
    const genreWord = (): boolean => {
      if (!midClause || nextKey === undefined || !lowercaseSyllableMidClause(wordKey(w)) || ownType > 0 || DOCUMENT_NAMES.has(`${wordKey(w)} ${nextKey}`) || longest(text, ws, i, EVENTS)) return false;
      const n = genreWordAt(text, ws, i);
      return n > 0 && phraseEndsAt(text, ws, i + n) && !own.named.has(ws.slice(i, i + n).map(wordKey).join(' '));
    };
    // (a capital inside a listed noun for a person headed by "người", its head lowercase, is a
    // slip inside one word, however drafts write the pair in bodies' names: "đối thoại với người
    // Lao động" → "người lao động"; "Liên đoàn Lao động" is no evidence for this word)
    // (… and a person's noun of two syllables after "người", no role's head: "cho người Lái đò" →
    // "người lái đò", the classifier before the noun it counts, as "người lao động")
    const insidePerson = midClause && nextKey !== undefined && wordKey(prev) === PERSON_HEAD && blank(text, w, next) && caseShape(next.text) === 'lower' && (personWord([prev, w, next].map((x) => wordLookupKey(x))) || personPairAt(text, ws, i)) && phraseEndsAt(text, ws, i + 2) && !inPersonName(draft, w.start);
    if (insidePerson) {
      addCapital(w, next.end);
      i += 1;
      continue;
    }
    if (!ofPlural && !ownLower && !usuallyLowercase(wordKey(w), nextKey, midClause, opensPair) && !(midClause && nextKey !== undefined && lowercaseMidClause(wordKey(w), nextKey) && !DOCUMENT_NAMES.has(`${wordKey(w)} ${nextKey}`)) && !genreWord()) continue;
    if (honorific && honorific.keys.length > 1 && !ws.slice(i + 1, i + honorific.keys.length).every((x) => caseShape(x.text) === 'lower')) continue;
    // the span shows the word with the syllable it makes a word with ("Học viên"), not with a
    // mere neighbour ("Về | quốc phòng"); only its capital changes
    // (a pair whose second syllable opens a listed word with the next is a three-syllable
    // word, shown whole: "Cuộc vận động", not "Cuộc vận")
    const third = ws[i + 2];
    // (… or a noun of the general dictionary counted: "2.000 Tờ rơi")
    const countedPair = countedThing && isGeneralNoun(`${wordLookupKey(w)} ${wordLookupKey(next)}`);
    const end = (pair && commonWordAt(wordKey(w), wordKey(next))) || firstHalfOfWord(text, ws, i) || countedPair ? (third && firstHalfOfWord(text, ws, i + 1) && caseShape(third.text) === 'lower' ? third.end : next.end) : w.end;
    addCapital(w, end);
  }
  return out;
}

/**
 * The number of syllables of a word of the general language (the general word list, the genre's
 * listed words) that word i opens, capitalised, its other syllables lowercase, right after a word
 * that is no noun (nounOpenerBefore) — or 0. Nothing after it may make it a name's head: no
 * capital or number right after it, nor a level word with one ("Chi bộ thôn Đông Hòa"); and it is
 * no word whose capital is a name's wherever it stands: a body's short name or special noun, a
 * document's, event's, place's or system's head, an ethnic group, a country, a person's name, a
 * word drafts capitalise mid-clause more often than not ("Công an", "Nhân dân"), or one the draft
 * itself writes before a name (`named`: "Đại lý Bưu điện Tân An … của Đại lý").
 */
function nounAfterOpener(draft: Draft, s: Sentence, i: number, named: Lookup, namedHeads: Lookup, afterComma = false): number {
  const text = draft.text;
  const ws = s.words;
  const w = ws[i];
  const next = ws[i + 1];
  if (!next || !blank(text, w, next) || caseShape(next.text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(next.text)) return 0;
  const opener = afterComma || nounOpenerBefore(text, ws, i);
  // (after a lowercase noun that heads no name — "lĩnh vực", "mảng": afterPlainNoun — only the
  // written sets' own case of the pair there reads it, writtenThingAt: "chú trọng lĩnh vực Chuyển
  // đổi số" → "chuyển đổi số"; the dictionary's word alone says nothing where a noun may head a name)
  if (!opener && !afterPlainNoun(draft, ws, i)) return 0;
  // the word: a noun for a kind of person (personNounAt), or, right after a verb, a noun for a
  // thing with its lowercase modifier (thingNounAfterVerb: "cấp Giấy phép xây dựng")
  const person = opener ? personNounAt(text, ws, i) : 0;
  const n = person || (afterComma ? 0 : !opener ? writtenThingAt(text, ws, i) : thingNounAfterVerb(text, ws, i) || unnamedThingAt(text, ws, i) || writtenThingAt(text, ws, i) || loneThingAt(text, ws, i));
  if (n === 0) return 0;
  const after = ws[i + n];
  // (a name printed in sentence case may go on in lowercase words to its place's or owner's
  // capital: "ra mắt Hợp tác xã chăn nuôi và dịch vụ xã Tân Lập"; a function word other than
  // "và", or a mark, ends the phrase first: "giúp Doanh nghiệp tiếp cận vốn của Ngân hàng …")
  // (an ethnic group's name says whose people they are, no name goes on: "cho Học sinh Khmer nghèo")
  for (let k = i + n; k < ws.length && k < i + n + 8 && blank(text, ws[k - 1], ws[k]); k++) {
    const group = longest(text, ws, k, ETHNIC_GROUPS);
    if (group) {
      k += group.keys.length - 1;
      continue;
    }
    if (/^[\p{Lu}\d]/u.test(ws[k].text)) return 0;
    const key = wordKey(ws[k]);
    if (key !== VA && (FUNCTION_WORDS.has(key) || END_NAMES.has(key) || genreWords().functionWords.has(wordLookupKey(ws[k])))) break;
  }
  // (nor a title in a chain of them before a person's name: "nghe Nhà báo, Tiến sĩ Trần Văn A")
  if (after && /^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(text.slice(ws[i + n - 1].end, after.start)) && /^\p{Lu}/u.test(after.text) && ws.slice(i + n, i + n + 6).some((x) => inPersonName(draft, x.start))) return 0;
  const keys = ws.slice(i, i + n).map(wordKey);
  const key = keys.join(' ');
  // (nor the short reference to a body or place the draft names in full with it elsewhere: "các
  // đơn vị trong và ngoài Quân chủng" after "Quân chủng Hải quân")
  if (namedHeads.has(`${keys[0]} ${keys[1]}`)) return 0;
  // (the nouns the rule reads as generic after a plural marker only, "chi bộ", "hợp tác xã", may
  // stand alone for the one body the draft is about: own-case.ts judges them by the draft's own use)
  // (a body's type word, generic noun or short name that opens a person's noun of the dictionary
  // with the next syllable is that noun: "của Hội thẩm nhân dân", "cho Xã viên")
  if ((!personPairAt(text, ws, i) && (typeWordAt(keysOf(s), i) > 0 || longest(text, ws, i, GENERICS) || longest(text, ws, i, SHORT_NAMES))) || SPECIAL_PAIRS.has(`${keys[0]} ${keys[1]}`) || `${keys[0]} ${keys[1]}` === PEOPLE) return 0;
  if ([1, 2, 3].some((m) => m <= n && DOCUMENT_NAMES.has(keys.slice(0, m).join(' '))) || NAME_OPENER_KEYS.has(key)) return 0;
  if ([EVENTS, EVENT_HEADS, AWARD_HEADS, PLACE_HEADS, SYSTEM_HEADS, OWNED_HEADS, ETHNIC_GROUPS, COUNTRIES, NAME_HEADS].some((x) => longest(text, ws, i, x))) return 0;
  if (inPersonName(draft, w.start) || named.has(key)) return 0;
  // (a thing the draft capitalises after a lowercase word elsewhere too is a name in its own
  // style: "Kỹ thuật chiến đấu Dân quân tự vệ; Chiến thuật Dân quân tự vệ")
  if (person === 0 && capitalisedElsewhere(text, ws.slice(i, i + n), w.start)) return 0;
  // (a noun of one syllable is weighed with the syllable after it and by its own capitals, as
  // drafts were counted: "Thẻ bảo"; "xây dựng Đảng huyện" is the Party's name)
  // (a listed word shown whole, "Ngân sách nhà nước", is weighed as the noun of the dictionary its
  // first two syllables make: "Ngân" of "Ngân hàng" says nothing of it)
  const lookups = keys.map(lookupKey);
  const dictionaryNoun = n > 1 && (isGeneralNoun(lookups.join(' ')) || (n > 2 && isGeneralNoun(lookups.slice(0, 2).join(' '))));
  return capitalisedMidClause(keys[0], keys[1] ?? wordKey(next), person > 0 ? isGeneralPerson(lookups.join(' ')) : dictionaryNoun) ? 0 : n;
}

/**
 * True when the draft writes `words` as they stand here (capitalised) after a lowercase word and
 * a blank somewhere else than at `at`: mid-clause, in its own style for a name, not a slip here.
 * (A draft that is not NFC may shift the offsets: the occurrence at `at` then reads as another, and
 * the word is left alone.)
 */
function capitalisedElsewhere(text: string, words: Word[], at: number): boolean {
  const written = words.map((x) => x.text.normalize('NFC')).join('[ \\t\\u00a0]+');
  const re = new RegExp(`(?<=\\p{Ll}[ \\t\\u00a0]+)${written}(?!\\p{L}|\\p{M})`, 'gu');
  const nfc = text.normalize('NFC');
  for (const m of nfc.matchAll(re)) if (m.index !== at) return true;
  return false;
}

/**
 * The number of syllables (1 to 3) of a noun for a thing that word i opens, capitalised, right
 * after a verb whose object is a paper of a kind issued, filed or signed (common-nouns.json
 * paperVerbs: "cấp", "lập", "ký", "tiếp nhận") — or 0. The noun is a word of the general
 * dictionary that is only ever a noun ("giấy phép", "hồ sơ", "thẻ"), or a listed word of the
 * genre of three syllables ("giấy chứng nhận"), and a lowercase modifier goes on from it ("cấp
 * Giấy phép xây dựng", "phát Thẻ bảo hiểm y tế"): the verb's object, a kind of paper, no name.
 * After other verbs a named thing printed in sentence case is common ("ra mắt Tủ sách pháp luật",
 * "sử dụng Sổ tay đảng viên điện tử"): not read. A noun standing alone may be a name by convention,
 * and a description that runs on to "của" or "do" and a name, or to a number or a year, is that
 * name's ("… điện tử của Sở Tư pháp", "Hiến pháp năm 2013"): neither is read.
 */
function thingNounAfterVerb(text: string, ws: Word[], i: number): number {
  const [w, next, third] = [ws[i], ws[i + 1], ws[i + 2]];
  // (a letter alone is a numeral or a grade, no noun: "rừng cháy ở cấp IV, cấp V tại …")
  if ([...w.text].length < 2 || !PAPER_VERBS.some((k) => endsWith(text, ws, i, k))) return 0;
  const k1 = wordLookupKey(w);
  const k2 = wordLookupKey(next);
  const k3 = third && blank(text, next, third) && caseShape(third.text) === 'lower' && /^[\p{L}\p{M}]+$/u.test(third.text) ? wordLookupKey(third) : undefined;
  const n = k3 !== undefined && isListed([k1, k2, k3]) ? 3 : isGeneralNoun(`${k1} ${k2}`) ? 2 : isGeneralNoun(k1) && !anyWord(k1, k2) ? 1 : 0;
  if (n === 0) return 0;
  // the modifier: a lowercase word that is no function word, joined by a blank
  const after = ws[i + n];
  if (!after || !blank(text, ws[i + n - 1], after) || caseShape(after.text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(after.text) || FUNCTION_WORDS.has(wordKey(after))) return 0;
  // the lowercase run to an owner's name ("… điện tử của Sở") or a number or year that makes it
  // one ("Hiến pháp năm 2013", "Hợp đồng số 12")
  // (the modifier's phrase ends at a mark or a function word: "… cho trẻ em dưới 6 tuổi" counts no one)
  for (let k = i + n; k < ws.length && k < i + n + 10 && blank(text, ws[k - 1], ws[k]) && !/^\p{Lu}/u.test(ws[k].text); k++) {
    if (/^\d/u.test(ws[k].text)) return 0;
    const key = wordKey(ws[k]);
    if (key === CUA || key === DO) return k + 1 < ws.length && blank(text, ws[k], ws[k + 1]) && /^\p{Lu}/u.test(ws[k + 1].text) ? 0 : n;
    // ("năm 2013": a function word of the genre, "năm", before its number dates the one document)
    if (FUNCTION_WORDS.has(key) || END_NAMES.has(key) || genreWords().functionWords.has(wordLookupKey(ws[k]))) return k + 1 < ws.length && blank(text, ws[k], ws[k + 1]) && /^\d/u.test(ws[k + 1].text) && !FUNCTION_WORDS.has(key) ? 0 : n;
  }
  return n;
}

/**
 * 2 when word i opens, capitalised, a noun of two syllables of the general dictionary (only ever a
 * noun: "tài khoản", "nội quy", "tài chính") whose head drafts never capitalise right after a
 * lowercase word before a lowercase syllable, the pair itself never capitalised
 * (capital-evidence.ts unnamedPair), and its clause runs on in lowercase words to a mark or the
 * sentence's end — else 0. nounAfterOpener reads it right after a word that is no noun: "và Tài
 * khoản định danh điện tử." → "tài khoản", "chấp hành nghiêm Nội quy lớp học" → "nội quy". A
 * capital or a number in the clause may make it a name ("qua Tổng đài chăm sóc khách hàng 1900
 * …", "Hiến pháp năm 2013"), and heads drafts do open names with mid-clause ("Chương trình",
 * "Trung tâm", "Nhà văn hóa") are left to their own evidence.
 */
function unnamedThingAt(text: string, ws: Word[], i: number): number {
  const [w, next] = [ws[i], ws[i + 1]];
  if ([...w.text].length < 2) return 0;
  const [k1, k2] = [wordLookupKey(w), wordLookupKey(next)];
  if (!isGeneralNoun(`${k1} ${k2}`) || !unnamedPair(wordKey(w), wordKey(next))) return 0;
  // (the clause: lowercase words joined by blanks up to a mark, at most ten of them)
  let k = i + 2;
  for (; k < ws.length && blank(text, ws[k - 1], ws[k]); k++) {
    if (k >= i + 12 || !/^\p{Ll}/u.test(ws[k].text) || /[\p{Lu}\p{N}]/u.test(ws[k].text)) return 0;
  }
  return 2;
}

/**
 * The number of syllables of a noun that word i opens, capitalised, its other syllables lowercase:
 * a noun of two syllables of the general dictionary or the first two of a listed word of the genre
 * (then the listed word whole: "Người sử dụng lao động"), which the readable written sets write
 * lowercase right after a lowercase word (capital-evidence.ts writtenLowercaseMidClause: "giúp
 * doanh nghiệp", "vào ngân sách nhà nước", "cho thương lái"), its clause running on in lowercase
 * words to a mark or a function word — else 0. nounAfterOpener reads it right after a word that is
 * no noun, or a lowercase noun that opens no name (afterPlainNoun: "lĩnh vực Chuyển đổi số"), never
 * a name's head ("vào Danh mục di sản …", "trên Cổng thông tin điện tử của Sở": the written sets
 * capitalise those often enough there, or a capital follows).
 */
function writtenThingAt(text: string, ws: Word[], i: number): number {
  const [w, next] = [ws[i], ws[i + 1]];
  if ([...w.text].length < 2 || !writtenLowercaseMidClause(wordKey(w), wordKey(next))) return 0;
  const [k1, k2] = [wordLookupKey(w), wordLookupKey(next)];
  if (!isGeneralNoun(`${k1} ${k2}`) && !isGeneralPerson(`${k1} ${k2}`) && !isListedPair(k1, k2)) return 0;
  // (its clause runs on in lowercase words to a mark, as unnamedThingAt's: a capital or a number
  // further on may make it a name's head, "trên Tài khoản thanh toán mẫu của Ngân hàng …")
  for (let k = i + 2; k < ws.length && blank(text, ws[k - 1], ws[k]); k++) {
    if (k >= i + 12 || !/^\p{Ll}/u.test(ws[k].text) || /[\p{Lu}\p{N}]/u.test(ws[k].text)) return 0;
    // (a function word ends the phrase, as thingNounAfterVerb's: "… Nông thôn mới và giữ gìn …";
    // a capital or a number right after it, "của Ngân hàng …", may be the name's owner)
    if (k > i + 2 && FUNCTION_WORDS.has(wordKey(ws[k]))) {
      if (k + 1 < ws.length && blank(text, ws[k], ws[k + 1]) && /^[\p{Lu}\d]/u.test(ws[k + 1].text)) return 0;
      break;
    }
  }
  const listed = genreWordAt(text, ws, i);
  return listed > 2 && ws.slice(i + 1, i + listed).every((x, k) => caseShape(x.text) === 'lower' && blank(text, ws[i + k], x)) ? listed : 2;
}

/**
 * 1 when word i is a syllable of the general language ("nhóm", "nước", "bò"; no function word),
 * capitalised, that makes no word with the lowercase syllable after it, and that real drafts
 * never capitalise mid-sentence though they wrote it at least `minUncapitalised` times
 * (capital-evidence.ts neverSeenCapitalised) — its phrase running on in lowercase words to a mark
 * or a function word, no capital nor number before either, no owner's name after "của", "do" —
 * else 0. nounAfterOpener reads it right after a word that is no noun: "được chia Nhóm thực hành
 * …" → "nhóm". A syllable some draft capitalises may open a name ("Đảng", "Hội", "Sở": their own
 * evidence and guards), and one drafts never showed has no evidence.
 */
function loneThingAt(text: string, ws: Word[], i: number): number {
  const [w, next] = [ws[i], ws[i + 1]];
  const k1 = wordLookupKey(w);
  if ([...w.text].length < 2 || generalSyllableCount(k1) === 0 || FUNCTION_WORDS.has(wordKey(w)) || !neverSeenCapitalised(wordKey(w))) return 0;
  if (anyWord(k1, wordLookupKey(next)) || knownPair(wordKey(w), wordKey(next))) return 0;
  for (let k = i + 1; k < ws.length && blank(text, ws[k - 1], ws[k]); k++) {
    if (k >= i + 11 || !/^\p{Ll}/u.test(ws[k].text) || /[\p{Lu}\p{N}]/u.test(ws[k].text)) return 0;
    const key = wordKey(ws[k]);
    if (key === CUA || key === DO) return k + 1 < ws.length && blank(text, ws[k], ws[k + 1]) && /^[\p{Lu}\d]/u.test(ws[k + 1].text) ? 0 : 1;
    if (k > i + 1 && FUNCTION_WORDS.has(key)) return k + 1 < ws.length && blank(text, ws[k], ws[k + 1]) && /^[\p{Lu}\d]/u.test(ws[k + 1].text) ? 0 : 1;
  }
  return 1;
}

/**
 * The number of syllables (2 or 3) of a noun for a kind of person that word i opens, capitalised,
 * its other syllables lowercase and joined by blanks: the general dictionary's ("Thẩm phán",
 * "Khách hàng", "Du khách", "Kiểm sát viên"), or a listed word of the genre for a person's role
 * ("Hòa giải viên") or headed by "người" ("Người nộp thuế") — else 0. A noun for a thing or a body
 * may be a name's head whose description runs on in lowercase ("vào Danh mục di sản …", "trên
 * Cổng thông tin điện tử của Sở"), or a name by convention ("Thủ đô", "Hiến pháp", "Chủ nhật"):
 * those the dictionary cannot tell apart.
 */
function personNounAt(text: string, ws: Word[], i: number): number {
  const w = ws[i];
  const next = ws[i + 1];
  if (!next || !blank(text, w, next) || caseShape(next.text) !== 'lower') return 0;
  const k2 = `${wordLookupKey(w)} ${wordLookupKey(next)}`;
  const third = ws[i + 2];
  const k3 = third && blank(text, next, third) && caseShape(third.text) === 'lower' ? `${k2} ${wordLookupKey(third)}` : '';
  const listed = genreWordAt(text, ws, i);
  // (… or one headed by "người", a person: "Người nộp thuế", "Người lao động")
  const person = (m: number): boolean => listed === m && wordKey(w) === PERSON_HEAD;
  if (k3 && (isGeneralPerson(k3) || person(3) || (listed === 3 && ROLE_SUFFIXES.has(wordKey(third))))) return 3;
  // (a person's noun of two syllables that opens a listed word of three is not read: "Nhà văn |
  // hóa" is a hall, no writer)
  if (isGeneralPerson(k2) || person(2)) return listed !== 3 ? 2 : 0;
  return compoundPersonAt(text, ws, i);
}

/**
 * The number of syllables (2 or 3) of a compound noun for a person that word i opens: a head that
 * is a person in most of its senses (general-nouns.json personHeads: "chủ", "thợ", "khách") and
 * after it, lowercase, a word of two syllables of the general dictionary or the genre ("Chủ đầu
 * tư", "Chủ phương tiện", "Khách tham quan"), or a word of one ("Chủ tàu", "Thợ hàn") — the head
 * and the next syllable making no word of their own ("Chủ nhật", "Khách sạn", "Dân vận" are
 * words: read as such elsewhere). Not a word before a person's name ("Ông", "Bà") nor a head of
 * a level's role ("Trưởng thôn": a title's).
 */
function compoundPersonAt(text: string, ws: Word[], i: number): number {
  const w = ws[i];
  const head = wordLookupKey(w);
  if (!isPersonHead(head) || ROLE_HEADS.has(wordKey(w)) || BEFORE_NAME_KEYS.some((k) => k.length === 1 && k[0] === wordKey(w))) return 0;
  const a = ws[i + 1];
  const b = ws[i + 2];
  const ka = wordLookupKey(a);
  if (anyWord(head, ka) || isListedPair(head, ka)) return 0;
  if (b && blank(text, a, b) && caseShape(b.text) === 'lower' && /^[\p{L}\p{M}]+$/u.test(b.text)) {
    const kb = wordLookupKey(b);
    if (isGeneralPair(ka, kb) || isListedPair(ka, kb)) return 3;
  }
  // (one syllable: a word of the general language that is no function word, "tàu", "hàn")
  return generalSyllableCount(ka) > 0 && !FUNCTION_WORDS.has(wordKey(a)) && !genreWords().functionWords.has(ka) ? 2 : 0;
}
const ROLE_HEADS = new Set(commonNouns.counts.roleHeads.map(syllableKey));

/**
 * The number of syllables (2 or 3) of a noun for a kind of person (personNounAt: "Giáo viên",
 * "Nhân viên y tế", "Kiểm sát viên") that word i opens right after a person's name and a comma or
 * a dash, an appositive saying what the person does — else 0. A title there is capitalised
 * (CAP-20: "Nguyễn Văn An, Chủ tịch UBND xã"), so only an occupation is read: no role's or
 * committee's noun ("Tổ trưởng", "Trưởng thôn", "Huyện ủy viên": the lexicon's titles are spans, never asked),
 * and its first two syllables a pair drafts write lowercase mid-sentence more often than not
 * ("giáo viên", "nhân viên", "cán bộ"; not "Chủ tịch", nor a pair drafts never showed, "Kiểm
 * sát viên", which courts and procuracies print as a title).
 */
function occupationAfterName(draft: Draft, ws: Word[], i: number): number {
  const text = draft.text;
  const prev = ws[i - 1];
  const w = ws[i];
  if (!prev || caseShape(w.text) !== 'cap' || !/^[ \t\u00a0]*[,\-–][ \t\u00a0]*$/u.test(text.slice(prev.end, w.start))) return 0;
  if (caseShape(prev.text) !== 'cap' || !inPersonName(draft, prev.start) || inPersonName(draft, w.start)) return 0;
  const n = personNounAt(text, ws, i);
  if (n < 2) return 0;
  const keys = ws.slice(i, i + n).map(wordKey);
  if (keys.some((k) => ROLE_HEADS.has(k) || COMMITTEE_SYLLABLES.has(k))) return 0;
  return lowercaseWord(keys[0], keys[1]) ? n : 0;
}

const PERSON_HEAD = syllableKey('người');

/**
 * True when word i, capitalised, and the lowercase syllable after it close a listed word of four
 * syllables of the genre ("nhân viên y tế", "bác sĩ gia đình") whose first two, lowercase
 * (the first may open the sentence), are a person's noun of the general dictionary: the field of
 * that person's noun, a slip inside one word (CAP-38: "cán bộ tuyên giáo"), unless a capital or a
 * number follows it, where the field names a body ("nhân viên Y tế Trường …"), or a name holds it.
 */
function fieldInsidePersonWord(draft: Draft, ws: Word[], i: number): boolean {
  const text = draft.text;
  const a = ws[i - 2];
  const b = ws[i - 1];
  const w = ws[i];
  const c = ws[i + 1];
  if (!a || !c || caseShape(w.text) !== 'cap' || caseShape(b.text) !== 'lower' || caseShape(c.text) !== 'lower') return false;
  if (!(caseShape(a.text) === 'lower' || (caseShape(a.text) === 'cap' && isSentenceStart(draft, a.start)))) return false;
  if (![a, b, w, c].every((x) => /^[\p{L}\p{M}]+$/u.test(x.text)) || !blank(text, a, b) || !blank(text, b, w) || !blank(text, w, c)) return false;
  if (!isGeneralPerson(`${wordLookupKey(a)} ${wordLookupKey(b)}`) || !isListed([a, b, w, c].map((x) => wordLookupKey(x)))) return false;
  // (a field drafts capitalise after a lowercase word more often than not, or a special noun, is a
  // name's: "đại biểu Quốc hội"; so is a title of honour's own capital: "nghệ sĩ Nhân dân")
  const pair = `${wordKey(w)} ${wordKey(c)}`;
  const mid = afterLowerCounts(wordKey(w), wordKey(c));
  if (SPECIAL_PAIRS.has(pair) || (mid && mid[0] + mid[1] >= 2 ? mid[1] >= mid[0] : mostlyCapitalised(wordKey(w), wordKey(c)))) return false;
  if (OWN_CAPITAL_AT.get(wordKey(w))?.some(({ keys, at }) => i - at >= 0 && i - at + keys.length <= ws.length && endsWith(text, ws, i - at + keys.length, keys))) return false;
  const after = ws[i + 2];
  if (after && blank(text, c, after) && /^[\p{Lu}\d]/u.test(after.text)) return false;
  return !inPersonName(draft, w.start);
}

/** Three syllables (lookup keys) that are a noun for a person: the general dictionary's or a listed word of the genre ("người lao động"). */
function personWord(keys: string[]): boolean {
  return isGeneralPerson(keys.join(' ')) || isListed(keys);
}

/**
 * True when drafts capitalise the pair more often than not: right after a lowercase word when
 * they were seen there (capital-evidence.ts afterLowerCounts: "công an" 16 of 24, "y tế" 1 of 5),
 * else anywhere, the pair or — when the pair is no word of the general dictionary (`word` false:
 * one of the genre's list) — its first syllable alone ("Bác", "Đảng"). A word of the dictionary
 * drafts never showed is that word: its first syllable's capitals are other words' and names'
 * ("Nhà" of "Nhà văn hóa" says nothing of "nhà thầu", "Du" of "Du lịch" nothing of "du khách").
 */
function capitalisedMidClause(key: string, nextKey: string, word: boolean): boolean {
  const mid = afterLowerCounts(key, nextKey);
  if (mid && mid[0] + mid[1] >= 2) return mid[1] > mid[0];
  if (mostlyCapitalised(key, nextKey)) return true;
  if (word) return false;
  const u = countsOf(key);
  return !!u && u[1] > u[0];
}

/**
 * True when the word before word i, lowercase and joined by a blank, is no noun, so no name's
 * head: a plural or distributive marker or a function word of the rule's lists ("các", "mỗi",
 * "của", "là"), or a word the general dictionary knows and never gives as a noun alone (a verb, a
 * preposition: "giúp", "hỗ trợ", "phối hợp với"), read as the word of two syllables it ends when
 * it ends one ("nhân viên" is a noun, "sinh hoạt" is not) — and neither a level word, a body's
 * type word, a place's noun nor a word before a person's name.
 */
function nounOpenerBefore(text: string, ws: Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (!prev || caseShape(prev.text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(prev.text) || !blank(text, prev, ws[i])) return false;
  const key = wordKey(prev);
  if (key === VE) return false;
  if (PLURAL_NOUN_MARKERS.has(key) || LONE_NOUN_MARKERS.has(key) || FUNCTION_WORDS.has(key)) return true;
  // (an opener of documents' names that is also a verb, lowercase, is the verb here: "hướng dẫn
  // Thuyền viên cách ghi nhật ký", as the rule reads "hướng dẫn Kỹ thuật")
  const nameOpener = NAME_OPENERS.find((k) => endsWith(text, ws, i, k));
  if (levelEndsAt(ws, i - 1) || endsWithAny(text, ws, i, PLACE_NOUN_ENDS) || BEFORE_NAME_KEYS.some((k) => endsWith(text, ws, i, k)) || (nameOpener !== undefined && !VERB_OPENERS.has(nameOpener.join(' '))) || OWNER_OPENERS.some((k) => endsWith(text, ws, i, k))) return false;
  const before = ws[i - 2];
  const b = wordLookupKey(prev);
  if (before && blank(text, before, prev)) {
    // (the end of a name's run is no opener: "Trường Mầm non | Sao Mai")
    if (caseShape(before.text) !== 'lower') return false;
    const a = wordLookupKey(before);
    if (isListedPair(a, b) || isGeneralPair(a, b)) return !isGeneralNoun(`${a} ${b}`) && generalWordCount(b) > 0;
    // (a pair drafts write as one word that the general list lacks may be a noun of the genre: "phần thi")
    if (knownPair(wordKey(before), key)) return false;
  }
  return generalSyllableCount(b) > 0 && !isGeneralNoun(b);
}

/**
 * True when the word before word i is a lowercase word (a noun, which nounOpenerBefore does not
 * take) that opens no name: no level word, noun of places, word before a person's name, opener of a
 * document's, programme's or owner's name (verbs among them too), nor "về" before a topic, and no
 * capitalised run ends with it ("Trường Mầm non | Sao Mai").
 */
function afterPlainNoun(draft: Draft, ws: Word[], i: number): boolean {
  const text = draft.text;
  const prev = ws[i - 1];
  if (!prev || caseShape(prev.text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(prev.text) || !blank(text, prev, ws[i])) return false;
  if (wordKey(prev) === VE) return false;
  const nameOpener = NAME_OPENERS.find((k) => endsWith(text, ws, i, k));
  if (levelEndsAt(ws, i - 1) || endsWithAny(text, ws, i, PLACE_NOUN_ENDS) || BEFORE_NAME_KEYS.some((k) => endsWith(text, ws, i, k)) || nameOpener !== undefined || OWNER_OPENERS.some((k) => endsWith(text, ws, i, k))) return false;
  // (nor a head of the first pass, "lớp", "kỹ năng", "công tác": its list of fields says which
  // capitals after it are slips, and what it leaves out it leaves on purpose, "lớp Cao cấp lý luận
  // chính trị" naming the course)
  if ([1, 2, 3].some((m) => i - m >= 0 && longest(text, ws, i - m, HEADS)?.keys.length === m)) return false;
  const before = ws[i - 2];
  if (before && blank(text, before, prev) && caseShape(before.text) !== 'lower') return false;
  // (nor a noun inside the lowercase tail of a name that opened a few words before: "Ngày truyền
  // thống lực lượng Dân quân tự vệ", a named day running on to the force it is of)
  for (let k = i - 2; k >= 1 && k >= i - 6 && blank(text, ws[k - 1], ws[k]); k--) {
    if (caseShape(ws[k - 1].text) !== 'lower' && !isSentenceStart(draft, ws[k - 1].start)) return false;
  }
  return true;
}

/**
 * True when the ethnic group's name at word i is one syllable that makes no word (the genre's,
 * everyday or general) with the word before or after it, joined by a blank, whatever their case,
 * and drafts write it lowercase almost only inside words (capital-evidence.ts
 * lowercaseOnlyInWords): no evidence says it is the common word there.
 */
function groupAlone(text: string, ws: Word[], i: number, length: number): boolean {
  if (length !== 1 || !lowercaseOnlyInWords(wordKey(ws[i]))) return false;
  const prev = ws[i - 1];
  const next = ws[i + 1];
  const key = wordLookupKey(ws[i]);
  return !(prev && blank(text, prev, ws[i]) && anyWord(wordLookupKey(prev), key)) && !(next && blank(text, ws[i], next) && anyWord(key, wordLookupKey(next)));
}

/**
 * True when words i and i + 1 are two capitalised syllables joined by a blank that make no word
 * (anyWord: the genre's, everyday or general) with each other, nor with the word before the first
 * or after the second: a name of two syllables ("Phủ Lý", a town), where a common word
 * capitalised by slip makes a word ("Khai Mạc", "Lớp bồi dưỡng").
 */
function wordlessPair(text: string, ws: Word[], i: number): boolean {
  const w = ws[i];
  const next = ws[i + 1];
  if (!next || caseShape(next.text) !== 'cap' || !blank(text, w, next) || !/^[\p{L}\p{M}]+$/u.test(next.text)) return false;
  const [a, b] = [wordLookupKey(w), wordLookupKey(next)];
  if (anyWord(a, b)) return false;
  const prev = ws[i - 1];
  const after = ws[i + 2];
  return !(prev && blank(text, prev, w) && anyWord(wordLookupKey(prev), a)) && !(after && blank(text, next, after) && anyWord(b, wordLookupKey(after)));
}

/**
 * The number of syllables of a noun of places (common-nouns.json placeNouns: "cống", "sông",
 * "chợ") that word i opens capitalised, a capitalised name right after it, when the same sentence
 * writes the same noun lowercase right before a capitalised name elsewhere — or 0.
 */
function lowercaseNounElsewhere(text: string, ws: Word[], i: number): number {
  const noun = longest(text, ws, i, PLACE_NOUN_HEADS);
  if (!noun) return 0;
  const n = noun.keys.length;
  const name = ws[i + n];
  if (!name || !blank(text, ws[i + n - 1], name) || caseShape(name.text) !== 'cap') return 0;
  for (let k = 0; k + n < ws.length; k++) {
    if (k === i || caseShape(ws[k].text) !== 'lower' || !noun.keys.every((key, m) => wordKey(ws[k + m]) === key && caseShape(ws[k + m].text) === 'lower')) continue;
    const after = ws[k + n];
    if (blank(text, ws[k + n - 1], after) && caseShape(after.text) === 'cap') return n;
  }
  return 0;
}

/**
 * True when two syllables (lookup keys) open a noun of the general dictionary: the pair is one
 * ("tờ rơi"), or the first is one alone and makes no word with the second ("suất | học bổng",
 * "chiếc | xe đạp").
 */
function countedNoun(a: string, b: string): boolean {
  return isGeneralNoun(`${a} ${b}`) || (isGeneralNoun(a) && !anyWord(a, b));
}

/**
 * True when two words, as written, make a noun of the general dictionary or a listed word of the
 * genre ("khách sạn", "nhà máy") that is no noun for a person: a person's noun before a name says
 * who the person is ("già làng Ksor …"), no name of its own.
 */
function headNounPair(a: Word, b: Word): boolean {
  const pair = `${wordLookupKey(a)} ${wordLookupKey(b)}`;
  return (isGeneralNoun(pair) || isListedPair(wordLookupKey(a), wordLookupKey(b))) && !isGeneralPerson(pair);
}

/** True when two syllables (lookup keys) make a word of the genre, an everyday or a general word. */
function anyWord(a: string, b: string): boolean {
  return isListedPair(a, b) || isEverydayPair(a, b) || isGeneralPair(a, b);
}

/** True when word i stands alone after a marker of common-nouns.json loneNounMarkers, the phrase ending with it. */
function loneMarkerBefore(draft: Draft, s: Sentence, i: number): boolean {
  const text = draft.text;
  const ws = s.words;
  const w = ws[i];
  const prev = ws[i - 1];
  if (!LONE_NOUN_MARKERS.has(wordKey(prev)) || caseShape(prev.text) !== 'lower' || !blank(text, prev, w)) return false;
  const next = ws[i + 1];
  const gap = next ? text.slice(w.end, next.start) : '';
  return !next || /^\s*[,;.!?)]/u.test(gap) || (gap.trim() === '' && caseShape(next.text) === 'lower' && FUNCTION_WORDS.has(wordKey(next)));
}

/** True when the draft writes the word, as written here, right before a capital elsewhere: a head it gives a name. */
function capitalisedBeforeName(text: string, w: Word): boolean {
  return new RegExp(`(?<!\\p{L}|\\p{M})${w.text.normalize('NFC')}[ \\t\\u00a0]+\\p{Lu}`, 'u').test(text.normalize('NFC'));
}

/**
 * True when word i, capitalised, is a noun of one syllable alone after a plural marker of
 * common-nouns.json loneNounMarkers ("các", "từng") right before it, the phrase ending with it (a
 * mark, the sentence's end or a function word after it: no name goes on), and nothing says it is
 * a name: no body's type word or short name, document type, special noun, person's, ethnic
 * group's or country's name, no syllable drafts capitalise more often than not ("Đảng"), and the
 * draft capitalises it before no name elsewhere ("các Mẹ Việt Nam Anh hùng … các Mẹ").
 */
function loneGeneric(draft: Draft, s: Sentence, i: number): boolean {
  const text = draft.text;
  const ws = s.words;
  const w = ws[i];
  const prev = ws[i - 1];
  if (!loneMarkerBefore(draft, s, i)) return false;
  const key = wordKey(w);
  const seen = countsOf(key);
  if ((seen && seen[1] > seen[0]) || typeWordAt(keysOf(s), i) > 0 || longest(text, ws, i, SHORT_NAMES) || DOCUMENT_NAMES.has(key) || longest(text, ws, i, ETHNIC_GROUPS) || longest(text, ws, i, COUNTRIES)) return false;
  if (SPECIAL_PAIRS.has(`${wordKey(prev)} ${key}`) || inPersonName(draft, w.start)) return false;
  // (the draft's own use of the word before a name: a head it gives that name)
  return !capitalisedBeforeName(text, w);
}

/** the markers before which a lone noun of one syllable is generic (common-nouns.json loneNounMarkers) */
const LONE_NOUN_MARKERS = new Set(commonNouns.loneNounMarkers.words.map(syllableKey));

/**
 * True when word i is the head of a language's name ("Tiếng", "Chữ") capitalised right after a
 * lowercase word, a language's name after it that ends there (common-nouns.json
 * evidence.languageHeads); after a subject's opener ("dạy", "giáo viên") only when the draft
 * writes the same head lowercase before the same name elsewhere.
 */
function languageHeadAt(draft: Draft, ws: Word[], i: number): boolean {
  const text = draft.text;
  const w = ws[i];
  const prev = ws[i - 1];
  if (!LANGUAGE_HEADS.has(wordKey(w)) || caseShape(prev.text) !== 'lower' || !blank(text, prev, w) || !/^[\p{L}\p{M}]+$/u.test(prev.text)) return false;
  const name = i + 1 < ws.length && blank(text, w, ws[i + 1]) ? longest(text, ws, i + 1, LANGUAGE_NAMES) : undefined;
  if (!name) return false;
  const end = i + 1 + name.keys.length;
  const nameWords = ws.slice(i + 1, end);
  if (nameWords.some((x) => caseShape(x.text) === 'lower') || (ws[end] !== undefined && blank(text, ws[end - 1], ws[end]) && caseShape(ws[end].text) !== 'lower')) return false;
  if (!SUBJECT_OPENERS.some((k) => endsWith(text, ws, i, k))) return true;
  const written = [w.text.toLowerCase(), ...nameWords.map((x) => x.text)].map((x) => x.normalize('NFC')).join('[ \\t\\u00a0]+');
  return new RegExp(`(?<!\\p{L}|\\p{M})${written}(?!\\p{L}|\\p{M})`, 'u').test(text.normalize('NFC'));
}

/**
 * True when words k..from are a whole name of their own after a lowercase word: the short name of
 * a mass organisation ("Mặt trận", "Hội") or a syllable drafts capitalise more often than not
 * ("Đảng"). A field of a body's name runs on from its type word ("Học viện Báo chí và Tuyên
 * truyền"); a name standing alone has none to run on.
 */
function wholeNameAlone(text: string, ws: Word[], k: number, from: number): boolean {
  if (k === 0 || caseShape(ws[k - 1].text) !== 'lower' || !blank(text, ws[k - 1], ws[k])) return false;
  const short = longest(text, ws, k, SHORT_NAMES);
  if (short && k + short.keys.length - 1 === from) return true;
  const seen = countsOf(wordKey(ws[k]));
  return k === from && !!seen && seen[1] > seen[0];
}

/**
 * The words before "và" at index `and` are a body's field phrase that runs from the body's type
 * word: back over at most FIELD_REACH lowercase words joined by blanks or commas (no function
 * word, no mark but the comma) to a capital mid-sentence right after a type word that is
 * capitalised or ends a capitalised title ("Trưởng phòng | Phổ biến, giáo dục pháp luật | và"),
 * or a capitalised name run of up to three words opened by one ("Ban Chỉ huy | Phòng, chống lụt, bão | và").
 */
function fieldBeforeAnd(draft: Draft, ws: Word[], keys: string[], and: number): boolean {
  const text = draft.text;
  let k = and - 1;
  if (k < 0 || !blank(text, ws[k], ws[and])) return false;
  for (let n = 0; k >= 0 && caseShape(ws[k].text) === 'lower'; n++, k--) {
    if (n >= FIELD_REACH || FUNCTION_WORDS.has(wordKey(ws[k])) || k === 0) return false;
    if (!blank(text, ws[k - 1], ws[k]) && !/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(text.slice(ws[k - 1].end, ws[k].start))) return false;
  }
  if (k < 1 || caseShape(ws[k].text) !== 'cap' || !midSentence(draft, ws[k])) return false;
  // (a branch's name opened by "Cảnh sát" is one phrase, its rest lowercase: "Phòng Cảnh sát phòng
  // cháy, chữa cháy và cứu nạn, cứu hộ"; organisation-grammar.json branchHeads)
  if (opensBranchHead(keys[k])) return false;
  // the type word ends right before the field's capital, perhaps after a capitalised run of the name
  for (let end = k - 1; end >= 0 && k - end <= 3; end--) {
    if (!blank(text, ws[end], ws[end + 1])) return false;
    for (const n of TYPE_LENGTHS) {
      const t = end - n + 1;
      if (t < 0 || typeWordAt(keys, t) !== n) continue;
      // (between the type word and the field only the name's capitalised words: "Ban | Chỉ huy")
      if (!ws.slice(end + 1, k).every((x, m, a) => caseShape(x.text) === 'cap' || (m > 0 && caseShape(a[m - 1].text) === 'cap'))) continue;
      if (caseShape(ws[t].text) === 'cap') return true;
      if (t > 0 && caseShape(ws[t - 1].text) === 'cap' && blank(text, ws[t - 1], ws[t])) return true;
    }
  }
  return false;
}
/** how many lowercase words a field may run before "và" (fieldBeforeAnd) */
const FIELD_REACH = 6;

/**
 * True when the level word of `lv` words at i is an item of a list of levels: after a lowercase
 * level word and a comma, "và" or "hoặc" ("thôn, Buôn", "ấp và Khóm"), with no name or number
 * after it (that would be one place: "thôn, Buôn Đôn", "tổ 5, Khu phố 3").
 */
function levelListItem(text: string, ws: Word[], i: number, lv: number): boolean {
  const joiner = i >= 2 && isListJoiner(ws[i - 1]) && blank(text, ws[i - 1], ws[i]) && blank(text, ws[i - 2], ws[i - 1]);
  const before = joiner ? i - 2 : i - 1;
  if (before < 0 || !levelEndsAt(ws, before) || caseShape(ws[before].text) !== 'lower') return false;
  if (!joiner && !/^\s*,\s*$/u.test(text.slice(ws[i - 1].end, ws[i].start))) return false;
  const after = ws[i + lv];
  return !after || !blank(text, ws[i + lv - 1], after) || (caseShape(after.text) === 'lower' && !/^\d/u.test(after.text));
}

/**
 * The number of words of an item of a list of common nouns at i, or 0: after a comma, "và" or
 * "hoặc" following a lowercase word, a capital then one or two lowercase syllables joined by
 * blanks, the item ending the sentence or a clause, or the list going on with a lowercase
 * item after a comma or a list joiner ("… uy tín, Trưởng ấp, nghệ nhân", "chủ tàu, Thuyền
 * trưởng và thuyền viên"). Not a body's type word or short name, a
 * special noun, a word drafts capitalise more often than not, nor a person's name.
 */
function commonListItem(draft: Draft, s: Sentence, i: number): number {
  const text = draft.text;
  const ws = s.words;
  const joiner = i >= 2 && isListJoiner(ws[i - 1]) && blank(text, ws[i - 1], ws[i]);
  const b = joiner ? i - 2 : i - 1;
  const before = ws[b];
  if (!joiner && !/^\s*,\s*$/u.test(text.slice(before.end, ws[i].start))) return 0;
  if (joiner && !blank(text, before, ws[i - 1])) return 0;
  if (!/^[\p{L}\p{M}]+$/u.test(before.text)) return 0;
  // (after a comma the item before may be a body's or a place's name, its last two syllables
  // capitalised, when a lowercase item follows: "phối hợp với Đồn Biên phòng Sín Thầu, Già làng,
  // trưởng bản …"; not after a person's name, where a title follows: "ông Lò Văn Pọm, Trưởng bản, cho biết")
  const afterName = !joiner && caseShape(before.text) === 'cap' && b >= 1 && caseShape(ws[b - 1].text) !== 'lower' && blank(text, ws[b - 1], before) && !inPersonName(draft, before.start);
  if (caseShape(before.text) !== 'lower' && !afterName) return 0;
  // (an item before it of the same shape that is no word drafts know lists names: "sân khấu Rô
  // băm, Dù kê"; "cho Già làng, Trưởng buôn" lists common nouns)
  const first = ws[b - 1];
  if (!afterName && first && blank(text, first, before) && caseShape(first.text) === 'cap' && !commonWordPair(first.text, before.text)) return 0;
  // (the item's own words stop before a word that opens its owner or place: "đường biên, Cột mốc |
  // của quê hương", as they stop further on: listItemEnds)
  let n = 1;
  while (n < 3 && i + n < ws.length && blank(text, ws[i + n - 1], ws[i + n]) && caseShape(ws[i + n].text) === 'lower' && /^[\p{L}\p{M}]+$/u.test(ws[i + n].text) && !isListJoiner(ws[i + n]) && !(n >= 2 && ITEM_ENDS.has(wordKey(ws[i + n])))) n++;
  if (n < 2) return 0;
  const keys = ws.slice(i, i + n).map((x) => wordKey(x));
  // (the item may go on in lowercase words to the comma, "Thuyền viên các tàu du lịch, nhân viên
  // …", unless it opens a name whose words run on in lowercase: a document, a programme, an event,
  // an award, a place, a system, "Chương trình mục tiêu quốc gia, …")
  const opensName = [1, 2, 3].some((m) => m <= n && DOCUMENT_NAMES.has(keys.slice(0, m).join(' '))) || [EVENT_HEADS, AWARD_HEADS, PLACE_HEADS, SYSTEM_HEADS].some((x) => longest(text, ws, i, x));
  let e = i + n;
  while (!opensName && e < ws.length && e - i < 8 && blank(text, ws[e - 1], ws[e]) && caseShape(ws[e].text) === 'lower' && /^[\p{L}\p{M}]+$/u.test(ws[e].text) && !isListJoiner(ws[e]) && !ITEM_ENDS.has(wordKey(ws[e]))) e++;
  // (the list going on with a lowercase item: "…, Thương binh và Xã hội" is a name's fields)
  // (… there only a comma and a lowercase item end it: "Biên giới quốc gia và …" may be a law's)
  const ended = (k: number, far: boolean): boolean => {
    const after = ws[k];
    const gap = after ? text.slice(ws[k - 1].end, after.start) : '';
    const on = after && (/^\s*,\s*$/u.test(gap) || (!far && isListJoiner(after) && blank(text, ws[k - 1], after))) ? ws[k + (/,/u.test(gap) ? 0 : 1)] : undefined;
    // (… or the list's owner after it, "y tế thôn, Cô đỡ thôn bản của 12 xã": listItemEnds)
    const owner = after !== undefined && blank(text, ws[k - 1], after) && caseShape(after.text) === 'lower' && ITEM_ENDS.has(wordKey(after));
    return (!far && (!after || /^\s*[;.:)]\s*$/u.test(gap))) || (on !== undefined && caseShape(on.text) === 'lower') || owner;
  };
  if (afterName) {
    // (there the item is a word drafts know, "già làng" — a place's name that lost a capital in a
    // list of names is none, "xã Mường Tè, Ka Lăng, Thu lũm" — and only a lowercase item right after it ends it)
    const next = ws[i + n];
    if (!commonWordPair(ws[i].text, ws[i + 1].text) || !next || !/^\s*,\s*$/u.test(text.slice(ws[i + n - 1].end, next.start)) || caseShape(next.text) !== 'lower') return 0;
  }
  if (!ended(i + n, false)) {
    // (the item is then its first word, one drafts know or a noun for a person's role: "Thuyền
    // viên | các tàu du lịch"; "6 tháng đầu năm, Đồn đã kiểm tra" is a body's short name and a verb)
    if (e === i + n || !ended(e, true) || !(commonWordPair(ws[i].text, ws[i + 1].text) || ROLE_SUFFIXES.has(keys[1]))) return 0;
    n = 2;
  }
  const seen = countsOf(keys[0]);
  // (nor a pair drafts capitalise more often than not: "Công an cấp xã")
  if (!lowercaseWord(keys[0], keys[1]) && knownPair(keys[0], keys[1])) return 0;
  if (typeWordAt(keysOf(s), i) > 0 || longest(text, ws, i, SHORT_NAMES) || SPECIAL_PAIRS.has(`${keys[0]} ${keys[1]}`) || (seen && seen[1] > seen[0])) return 0;
  return inPersonName(draft, ws[i].start) ? 0 : n;
}

/** the words after which a list item's phrase has ended, its owner or place following (common-nouns.json listItemEnds) */
const ITEM_ENDS = new Set(commonNouns.listItemEnds.words.map(syllableKey));
/** the last syllable of a noun for a person's role: "thuyền viên" (common-nouns.json counts.roleSuffixes) */
const ROLE_SUFFIXES = new Set(commonNouns.counts.roleSuffixes.map(syllableKey));

/** the plural markers of a generic noun phrase ("các", "những": common-nouns.json pluralNounMarkers) */
const PLURAL_NOUN_MARKERS = new Set(commonNouns.pluralNounMarkers.words.map(syllableKey));

/** the lengths of the body type words, longest first ("Công ty trách nhiệm hữu hạn" … "Sở") */
const TYPE_LENGTHS = [...new Set(TYPE_WORDS.map((t) => t.length))];

/** "(Save the Children)", "(UNICEF)": a gloss in Latin letters only, with a capital */
const LATIN_GLOSS = /^[ \t\u00a0]*\([ \t\u00a0]*([A-Za-z][A-Za-z0-9&.'’ -]*?)[ \t\u00a0]*\)/u;

/**
 * The number of words of a name from word i, capitalised, its other words lowercase (two to six,
 * blanks between), glossed right after it in brackets by an abbreviation that is exactly their
 * initials, with a level word and a capitalised place right after the brackets: "Bảo hiểm xã hội
 * (BHXH) tỉnh Hà Tĩnh" — a body's name with its place, the abbreviation set between; or 0.
 * (Without the level and place an abbreviation of the words' own initials says nothing of their
 * case: "Chương trình mục tiêu quốc gia (MTQG)", glossedAhead.)
 */
function bodyGlossedBeforePlace(text: string, ws: Word[], i: number): number {
  for (let k = i + 1; k < ws.length && k - i < 6; k++) {
    if (caseShape(ws[k].text) !== 'lower' || !blank(text, ws[k - 1], ws[k])) return 0;
    const gloss = ws[k + 1];
    if (!gloss || !/^[ \t\u00a0]*\([ \t\u00a0]*$/u.test(text.slice(ws[k].end, gloss.start)) || !/^[A-ZĐ]{2,8}$/u.test(gloss.text)) continue;
    const initials = ws.slice(i, k + 1).map((x) => x.text.normalize('NFD')[0].toUpperCase()).join('');
    if (initials !== gloss.text.normalize('NFD')) return 0;
    const level = ws[k + 2];
    if (!level || !/^[ \t\u00a0]*\)[ \t\u00a0]+$/u.test(text.slice(gloss.end, level.start)) || caseShape(level.text) !== 'lower') return 0;
    const lv = levelWordAt(ws, k + 2);
    const place = ws[k + 2 + lv];
    return lv > 0 && place !== undefined && blank(text, ws[k + 1 + lv], place) && /^\p{Lu}/u.test(place.text) ? k + 1 - i : 0;
  }
  return 0;
}

/**
 * The words from i make one name up to a gloss in brackets written in Latin letters: its
 * foreign name or abbreviation ("Tổ chức Cứu trợ trẻ em (Save the Children)", "Quỹ Nhi đồng
 * Liên hợp quốc (UNICEF)"), so their capitals are the name's. The words run on with blanks
 * between, at most one lowercase word between two capitals (more opens another name: "cha mẹ
 * học sinh Mầm non … (LELC)"); an abbreviation made of the words' own initials is no foreign
 * name ("Chương trình Mục tiêu quốc gia (MTQG)" is cased as Vietnamese).
 */
function glossedAhead(text: string, ws: Word[], i: number): boolean {
  let lowerRun = 0;
  for (let k = i; k < ws.length && k - i < 10; k++) {
    if (caseShape(ws[k].text) === 'lower') lowerRun++;
    else if (lowerRun > 1) return false;
    else lowerRun = 0;
    const after = text.slice(ws[k].end, ws[k].end + 64);
    if (/^[ \t\u00a0]*\(/u.test(after)) {
      const gloss = LATIN_GLOSS.exec(after)?.[1];
      if (!gloss || !/\p{Lu}/u.test(gloss)) return false;
      if (/^[A-Z]+$/u.test(gloss)) {
        // (the abbreviation may start before word i: "Chương trình Mục Tiêu quốc gia (MTQG)")
        const initials = ws.slice(Math.max(0, k - 11), k + 1).map((x) => x.text.normalize('NFD')[0].toUpperCase().replace('Đ', 'D')).join('');
        return !isSubsequence(gloss, initials);
      }
      return true;
    }
    if (k + 1 < ws.length && !blank(text, ws[k], ws[k + 1])) return false;
  }
  return false;
}

/** a document's number and symbol: "42/KH-UBND", "19-NQ/TW", "6b/NQ-TLĐ" (not a date: no capital after the number) */
const DOCUMENT_SYMBOL = lazyRegExp(() => /^\d+\p{L}?[/-]\p{Lu}/u);

/**
 * True when the words before "về" at `ve` run back, joined by blanks only (the date and the
 * issuing body of the reference), to a document's number and symbol within 25 words: the
 * capital after "về" opens that document's title.
 */
function documentReferenceBefore(text: string, ws: Word[], ve: number): boolean {
  for (let k = ve - 1; k >= 0 && ve - k <= 25; k--) {
    if (DOCUMENT_SYMBOL().test(ws[k].text)) return true;
    const gap = text.slice(ws[k].end, ws[k + 1].start);
    if (/^[ \t\u00a0]+$/u.test(gap)) continue;
    // (a date may be cut at its slashes: "09/3 | / | 2022")
    if (/^[/.-]$/u.test(gap) && /\d$/u.test(ws[k].text) && /^\d/u.test(ws[k + 1].text)) continue;
    // (the tokenizer may cut the symbol at its slash: "215 | / | KH-UBND")
    return /^[/-]$/u.test(text.slice(ws[k].end, ws[k + 1].start)) && /^\d+\p{L}?$/u.test(ws[k].text) && /^\p{Lu}/u.test(ws[k + 1].text);
  }
  return false;
}

/**
 * True when the head of a document's name starts at i, capitalised, its other syllables
 * lowercase (a document type or name opener of two syllables, or a head of
 * common-nouns.json issuedDocumentHeads: "Chiến lược", "Luật sửa đổi", "Tổng điều tra"), and
 * its title (at most twelve words, commas between allowed, opening lowercase; a name inside it
 * keeps its capitals, "sốt xuất huyết Dengue", but a word drafts write lowercase is a slip
 * there) runs to what makes it one document, all joined by blanks: "của" or "do" and a
 * capitalised issuer ("Hướng dẫn | chẩn đoán và điều trị bệnh sởi | của Bộ Y tế", "Luật sửa
 * đổi, bổ sung | một số điều | của Luật …"), or its period ("Chiến lược | quốc gia phòng chống
 * bệnh lao | giai đoạn 2021-2030", "Điều tra | dân số và nhà ở giữa kỳ | năm 2014"). A function
 * word, a preposition or a word that ends names before it says the type is a verb or a common
 * noun there ("Hướng dẫn cho các hộ của xã"), unless it makes a word with a neighbour ("nhà ở", "cho vay").
 */
function documentOfIssuer(text: string, ws: Word[], i: number): boolean {
  const head = longest(text, ws, i, DOCUMENT_HEADS);
  if (!head || caseShape(ws[i].text) !== 'cap') return false;
  const n = head.keys.length;
  if (!ws.slice(i + 1, i + n).every((x) => caseShape(x.text) === 'lower')) return false;
  // (a type that opens an agent noun is none: "Báo cáo viên của Phòng …" is a person)
  if (agentNounAt(text, ws, i)) return false;
  for (let k = i + n; k < ws.length && k <= i + 14; k++) {
    const key = wordKey(ws[k]);
    if (!/^,?[ \t\u00a0]+$/u.test(text.slice(ws[k - 1].end, ws[k].start)) || (caseShape(ws[k].text) !== 'lower' && (k === i + n || usuallyLowercase(key)))) return false;
    // "giai đoạn 2021-2030", "năm 2014", "thời điểm 1/4/2014" after a word of description at least: the period of one document
    if (k > i + n && (periodAt(text, ws, k) || ISSUED.some((p) => startsWith(text, ws, k, p)))) return true;
    // "của Bộ Y tế", "do Bộ Công Thương ban hành": the issuer
    if (key === CUA || key === DO) {
      const issuer = ws[k + 1];
      return issuer !== undefined && blank(text, ws[k], issuer) && /^\p{Lu}/u.test(issuer.text);
    }
    // (a title joins its parts with "và", never with a preposition: "các Chuyên đề | theo Thông tư …")
    const inWord = isListedPair(wordLookupKey(ws[k - 1]), wordLookupKey(ws[k])) || (ws[k + 1] !== undefined && blank(text, ws[k], ws[k + 1]) && isListedPair(wordLookupKey(ws[k]), wordLookupKey(ws[k + 1])));
    // (nor its quantifier: "một số điều", "một số nội dung")
    const titleWord = TITLE_WORDS.find((p) => startsWith(text, ws, k, p) || (k > 0 && startsWith(text, ws, k - 1, p)));
    if (!inWord && !titleWord && (FUNCTION_WORDS.has(key) || END_NAMES.has(key) || (key !== VA && genreWords().functionWords.has(wordLookupKey(ws[k]))))) return false;
  }
  return false;
}

/** the contents of one document ("nội dung cơ bản", "điểm mới") before "của" and its head: common-nouns.json documentMarks */
const CONTENTS = commonNouns.documentMarks.contents.map(phrase);

/**
 * True when the head of a document's name starts at i, capitalised, its other syllables
 * lowercase, right after "của" and the contents of a document ("nội dung cơ bản của | Quy chế",
 * "điểm mới của | Quy định"), its title going on in two lowercase words at least, the first no
 * function word or word that ends names: the contents
 * studied are those of one document (CAP-36). A head alone there, or after "các", is judged as
 * before (the draft may name that one document elsewhere: documentReferences).
 */
function contentsOfDocument(text: string, ws: Word[], i: number): boolean {
  const head = longest(text, ws, i, DOCUMENT_HEADS);
  if (!head || i < 2 || caseShape(ws[i].text) !== 'cap' || wordKey(ws[i - 1]) !== CUA || !blank(text, ws[i - 1], ws[i])) return false;
  const n = head.keys.length;
  const title = ws.slice(i + 1, i + n + 2);
  if (title.length < n + 1 || !title.every((x, k) => caseShape(x.text) === 'lower' && /^[\p{L}\p{M}]+$/u.test(x.text) && blank(text, ws[i + k], x))) return false;
  // (a title opens with a word of its own, no function word: "nội dung của Quy chế | trước khi trình ký")
  const first = ws[i + n];
  if (FUNCTION_WORDS.has(wordKey(first)) || END_NAMES.has(wordKey(first)) || genreWords().functionWords.has(wordLookupKey(first))) return false;
  return CONTENTS.some((c) => i - 1 >= c.length && endsWith(text, ws, i - 1, c) && blank(text, ws[i - 2], ws[i - 1]));
}

/** the words of time a document's or a survey's period follows ("giai đoạn 2021-2030", "năm 2014", "thời điểm 1/4/2014"): common-nouns.json documentMarks */
const PERIODS = commonNouns.documentMarks.periods.map(phrase);
/** the verb of issuing ("ban hành"): after a document's title it makes that one document; after a document's reference, the capital it issues opens a title */
const ISSUED = commonNouns.documentMarks.issued.map(phrase);
/** a quantifier a document's title may hold ("Luật sửa đổi, bổ sung một số điều của …"): common-nouns.json documentMarks */
const TITLE_WORDS = commonNouns.documentMarks.titleWords.map(phrase);
/** a year, or a date or span ending with one: "2014", "1/4/2014", "2021-2030" */
const YEAR_AT_END = /^(?:\d{1,2}[/.-]){0,2}(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?$/u;

/** True when a word of time starts at k and a year follows it: the period naming one document. */
function periodAt(text: string, ws: Word[], k: number): boolean {
  const period = PERIODS.find((p) => startsWith(text, ws, k, p));
  let m = k + (period?.length ?? 0);
  if (!period || m >= ws.length || !blank(text, ws[m - 1], ws[m])) return false;
  // (the tokenizer cuts a date or a span at its marks: "1 | / | 4 | / | 2014", "2016 | - | 2020")
  let written = ws[m].text;
  while (m + 1 < ws.length && /^\d+$/u.test(ws[m + 1].text) && /^[ \t\u00a0]*[/.\-–][ \t\u00a0]*$/u.test(text.slice(ws[m].end, ws[m + 1].start))) {
    written += text.slice(ws[m].end, ws[m + 1].start).trim() + ws[m + 1].text;
    m++;
  }
  return YEAR_AT_END.test(written);
}

const CUA = syllableKey('của');
const DO = syllableKey('do');

/**
 * True when the head of a name a body gives to a system or network of its own
 * (common-nouns.json ownedNameHeads) starts at i, capitalised, its other syllables lowercase,
 * and its description — two lowercase words at least, commas and a plural marker allowed, no
 * other function word or word that ends names — runs within fourteen words to "của" and a
 * capitalised owner: "Hệ thống | tiếp nhận, trả lời phản ánh, kiến nghị | của Chính phủ".
 */
function ownedName(text: string, ws: Word[], i: number): boolean {
  const head = longest(text, ws, i, OWNED_HEADS);
  if (!head || caseShape(ws[i].text) !== 'cap') return false;
  const n = head.keys.length;
  if (!ws.slice(i + 1, i + n).every((x) => caseShape(x.text) === 'lower')) return false;
  for (let k = i + n; k < ws.length && k <= i + n + 14; k++) {
    const gap = text.slice(ws[k - 1].end, ws[k].start);
    if (!/^,?[ \t\u00a0]+$/u.test(gap) || (k === i + n && gap.includes(','))) return false;
    const key = wordKey(ws[k]);
    if (key === CUA && k >= i + n + 2) {
      const owner = ws[k + 1];
      return owner !== undefined && blank(text, ws[k], owner) && /^\p{Lu}/u.test(owner.text);
    }
    if (caseShape(ws[k].text) !== 'lower') return false;
    if (PLURALS.has(key)) continue;
    // (a function syllable inside a word is none: "thành phố", "phản ánh")
    const next = ws[k + 1];
    if (isListedPair(wordLookupKey(ws[k - 1]), wordLookupKey(ws[k])) || (next && isListedPair(wordLookupKey(ws[k]), wordLookupKey(next)))) continue;
    if (FUNCTION_WORDS.has(key) || END_NAMES.has(key) || genreWords().functionWords.has(wordLookupKey(ws[k]))) return false;
  }
  return false;
}
const PLURALS = new Set(['các', 'những'].map(syllableKey));

/**
 * The agent noun of three syllables in "viên" that word i opens (a listed word of the genre:
 * "báo cáo viên", "tuyên truyền viên", or a word of two syllables before "viên": "thanh tra
 * viên"), its other syllables lowercase, joined by blanks, and
 * no capital after it (a title before a name: "Kiểm sát viên Nguyễn Văn A"); not a
 * committee's member ("tỉnh ủy viên", a title when it names a person's office, CAP-26).
 */
function agentNounAt(text: string, ws: Word[], i: number): Word | undefined {
  const b = ws[i + 1];
  const c = ws[i + 2];
  const after = ws[i + 3];
  if (!b || !c || wordKey(c) !== VIEN || !blank(text, ws[i], b) || !blank(text, b, c)) return undefined;
  if (caseShape(b.text) !== 'lower' || caseShape(c.text) !== 'lower' || COMMITTEE_SYLLABLES.has(wordKey(b))) return undefined;
  // (a listed word, or any word of two syllables before "viên": "thanh tra viên", "điều tra
  // viên" are agent nouns though the genre's list lacks them, and "Thanh tra" opens a body)
  if (!isListed([ws[i], b, c].map((x) => wordLookupKey(x))) && !isListedPair(wordLookupKey(ws[i]), wordLookupKey(b)) && !isGeneralPair(wordLookupKey(ws[i]), wordLookupKey(b))) return undefined;
  if (after && blank(text, c, after) && /^\p{Lu}/u.test(after.text)) return undefined;
  return c;
}
const VIEN = syllableKey('viên');
const COMMITTEE_SYLLABLES = new Set(['ủy', 'uỷ'].map(syllableKey));

/**
 * True when word i, capitalised, and the lowercase syllable after it make a person's noun of the
 * general dictionary (general-nouns.json people: "xã viên", "hội thẩm", "bị cáo") that is no
 * title: its second syllable is no role's head ("Đội trưởng", "Tổ trưởng") nor a committee's
 * ("Huyện ủy viên", a member of the committee).
 */
function personPairAt(text: string, ws: Word[], i: number): boolean {
  const next = ws[i + 1];
  if (!next || !blank(text, ws[i], next) || caseShape(next.text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(next.text)) return false;
  const key = wordKey(next);
  return !ROLE_HEADS.has(key) && !COMMITTEE_SYLLABLES.has(key) && isGeneralPerson(`${wordLookupKey(ws[i])} ${wordLookupKey(next)}`);
}

/**
 * True when an award head starts at i, its other syllables lowercase, and a capital follows it,
 * quoted or not: "Huy chương | Vì sự nghiệp …", "Kỷ niệm chương | “Vì thế hệ trẻ”".
 */
function awardBeforeName(text: string, ws: Word[], i: number): boolean {
  const a = longest(text, ws, i, AWARD_HEADS);
  if (!a) return false;
  const n = a.keys.length;
  const name = ws[i + n];
  return ws.slice(i + 1, i + n).every((x) => caseShape(x.text) === 'lower') && name !== undefined && /^[ \t\u00a0]+["“«]?$/u.test(text.slice(ws[i + n - 1].end, name.start)) && /^\p{Lu}/u.test(name.text);
}

/**
 * True when the head of an event held under a name (common-nouns.json evidence.eventHeads) or
 * of a competition (evidence.awardHeads, a description first: right after its head a name is
 * awardBeforeName's) starts at i, its other syllables lowercase, and its name or its edition
 * follows after at most four lowercase words, all joined by blanks: "Triển lãm | Vietnam Expo",
 * "Giải | chạy | Báo Hà Nội mới", "Giải | bóng đá thanh niên | lần thứ V". A head that makes a
 * common word with the next syllable ("Giải quyết", "Giải pháp") or a description broken by a
 * function word ("Giải thưởng | cho Trường …", "Triển lãm | tại Hà Nội") names nothing.
 */
export function namedEvent(text: string, ws: Word[], i: number): boolean {
  const event = longest(text, ws, i, EVENT_HEADS);
  const a = event ?? longest(text, ws, i, AWARD_HEADS);
  if (!a) return false;
  const n = a.keys.length;
  const first = ws[i + n];
  if (!ws.slice(i + 1, i + n).every((x) => caseShape(x.text) === 'lower') || !first) return false;
  if (!event && (caseShape(first.text) !== 'lower' || lowercaseWord(wordKey(ws[i + n - 1]), wordKey(first)))) return false;
  for (let k = i + n; k < ws.length && k <= i + n + 4; k++) {
    if (!blank(text, ws[k - 1], ws[k])) return false;
    const shape = caseShape(ws[k].text);
    if (shape !== 'lower') return /^\p{Lu}/u.test(ws[k].text);
    const key = wordKey(ws[k]);
    if (FUNCTION_WORDS.has(key) || END_NAMES.has(key) || genreWords().functionWords.has(wordLookupKey(ws[k]))) return false;
    // an edition numbers one event: "lần thứ V"
    if (k > i + n && key === LAN && wordKey(ws[k + 1] ?? ws[k]) === THU) return true;
  }
  return false;
}
const THU = syllableKey('thứ');

/**
 * True when word i, capitalised, follows right after the head of an event held under a name
 * or of an award (evidence.eventHeads, evidence.awardHeads) that is capitalised, its other
 * syllables lowercase, all joined by blanks, the two not making a word drafts write lowercase
 * ("Giải Quyết" is "Giải quyết" mis-cased): the word opens that event's or award's name.
 */
function nameAfterEventHead(text: string, ws: Word[], i: number): boolean {
  for (let n = 1; n <= 3 && i - n >= 0; n++) {
    const k = i - n;
    const head = longest(text, ws, k, EVENT_HEADS) ?? longest(text, ws, k, AWARD_HEADS);
    if (!head || head.keys.length !== n || caseShape(ws[k].text) !== 'cap') continue;
    if (!ws.slice(k + 1, i).every((x) => caseShape(x.text) === 'lower') || !ws.slice(k, i).every((x, m) => blank(text, x, ws[k + m + 1]))) continue;
    return !lowercaseWord(wordKey(ws[i - 1]), wordKey(ws[i])) && !secondHalfOfWord(wordKey(ws[i - 1]), wordKey(ws[i]));
  }
  return false;
}

/** Word i ends an award's class ("hạng Nhất") and an award head opens the phrase within eight words before it, no comma between. */
function awardRank(text: string, ws: Word[], i: number): boolean {
  const rank = AWARD_RANKS.find((k) => endsWith(text, ws, i + 1, k));
  if (!rank) return false;
  for (let k = i - rank.length; k >= 0 && i - k <= 8; k--) {
    if (longest(text, ws, k, AWARD_HEADS)) return true;
    if (k > 0 && !/^[ \t\u00a0]+$|^\s*[-–]\s*$/u.test(text.slice(ws[k - 1].end, ws[k].start))) return false;
  }
  return false;
}

/** A syllable real drafts write capitalised more often than not, or never wrote at all (a rare name's: "Sủng"). */
function properSyllable(key: string): boolean {
  const c = countsOf(key);
  return !c || c[1] > c[0];
}

/** Every letter of `short` appears in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let n = 0;
  for (const c of long) if (c === short[n]) n++;
  return n === short.length;
}

/**
 * Length of the form of address at i ("Ông", "Đồng chí") when it is capitalised, the rest of it
 * lowercase, and a person's name follows right after; else 0.
 */
function honorificBeforeName(draft: Draft, ws: Word[], i: number): number {
  const text = draft.text;
  const h = longest(text, ws, i, BEFORE_NAMES);
  if (!h) return 0;
  const n = h.keys.length;
  const name = ws[i + n];
  // (its other syllables lowercase, or capitalised like the first: "Đồng Chí Nguyễn Văn Thuận")
  const rest = ws.slice(i + 1, i + n).map((x) => caseShape(x.text));
  if (!name || !blank(text, ws[i + n - 1], name) || !(rest.every((c) => c === 'lower') || rest.every((c) => c === 'cap'))) return 0;
  return inPersonName(draft, name.start) && !inPersonName(draft, ws[i].start) ? n : 0;
}

/**
 * True when word i follows a level word, or a place or person's name right after it
 * ("tỉnh | Hỗ trợ", "tỉnh Kiên Giang | Hỗ trợ", "ông Trần Văn Nam | Phát biểu"): there a
 * name has ended, and a capital no longer runs on it (so it has after a title or a body
 * the lexicon or the grammar reads: "Ban Tuyên giáo Trung ương | Dành cho"). After any other
 * capitalised words ("Đội Hướng dẫn công tác") a body's name may still go on.
 */
function afterPlaceOrPerson(draft: Draft, ws: Word[], i: number): boolean {
  const text = draft.text;
  if (levelEndsAt(ws, i - 1)) return true;
  let k = i - 1;
  while (k > 0 && i - k < 4 && caseShape(ws[k].text) === 'cap' && blank(text, ws[k - 1], ws[k])) k--;
  // a place's name has two syllables at least: "tỉnh Nam Định | hướng dẫn" ends after "Định"
  if (k < i - 2 && levelEndsAt(ws, k)) return true;
  return inPersonName(draft, ws[i - 1].start);
}

/**
 * True when the type word at `t` cannot open a body here: it is the last syllable of a name
 * the lexicon read as a whole ("Sở Lao động - Thương binh và Xã hội | Phối hợp"), or, written
 * lowercase, the second half of a common word drafts write lowercase ("xã hội", "dân phòng",
 * "quốc phòng": "dư luận xã hội | Truyền đạt", "lực lượng dân phòng | Tham gia").
 */
function typeWordEndsSomethingElse(draft: Draft, ws: Word[], t: number, wholeNames: Span[]): boolean {
  const w = ws[t];
  if (wholeNames.some((sp) => sp.start < w.start && sp.end === w.end)) return true;
  const before = ws[t - 1];
  // (a plural marker makes no word with it: "các phòng Tham mưu, Chính trị" are bodies)
  return caseShape(w.text) === 'lower' && before !== undefined && caseShape(before.text) === 'lower' && blank(draft.text, before, w) && !PLURAL_NOUN_MARKERS.has(wordKey(before)) && lowercaseWord(wordKey(before), wordKey(w));
}

/** True when word k is "tháng" / "ngày" (any case) and a capitalised word follows it: "tháng Tám", "Ngày Thương binh". */
function namedMonthOrDay(text: string, ws: Word[], k: number): boolean {
  const next = ws[k + 1];
  if (longest(text, ws, k, NAME_HEADS)?.keys.length !== 1 || next === undefined || !blank(text, ws[k], next)) return false;
  // (a capitalised month with its number word in lower case is the name mis-cased: "Cách mạng Tháng tám")
  return (/^\p{Lu}/u.test(next.text) && caseShape(next.text) === 'cap') || (caseShape(ws[k].text) === 'cap' && MONTH_NUMBERS.has(wordKey(next)));
}

/**
 * Word i opens the name of a day after its lowercase head ("ngày", "tuần lễ"): a capital
 * follows within three words, joined by blanks, with no closed-class word but "và" before it.
 */
function dayNameAfterHead(text: string, ws: Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (caseShape(prev.text) !== 'lower' || !blank(text, prev, ws[i]) || !NAME_HEAD_KEYS.some((k) => endsWith(text, ws, i, k))) return false;
  for (let k = i + 1; k < ws.length && k <= i + 3; k++) {
    if (!blank(text, ws[k - 1], ws[k])) break;
    const key = wordKey(ws[k]);
    if (caseShape(ws[k].text) !== 'lower') return /^\p{Lu}/u.test(ws[k].text);
    if (FUNCTION_WORDS.has(key) && key !== VA) break;
  }
  // … or on to the day and month it falls on, a named day's own date: "ngày Toàn dân phòng,
  // chống mua bán người 30/7", "ngày Môi trường thế giới 5-6" (a comma only inside "phòng, chống")
  for (let k = i + 1; k < ws.length && k <= i + DAY_NAME_WITHIN; k++) {
    const gap = text.slice(ws[k - 1].end, ws[k].start);
    if (!blank(text, ws[k - 1], ws[k]) && !(/^,[ \t]$/u.test(gap) && commaCompoundAt(ws.map(wordKey), k))) return false;
    if (DAY_MONTH.test(ws[k].text)) return true;
    if (caseShape(ws[k].text) !== 'lower' || (FUNCTION_WORDS.has(wordKey(ws[k])) && wordKey(ws[k]) !== VA)) return false;
  }
  return false;
}
/** how many words a named day may run to its date, and the date ("30/7", "5-6", "20.10") */
const DAY_NAME_WITHIN = 8;
const DAY_MONTH = /^(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])\.?$/u;

/** the number words that name a month after "tháng" (structure.json numberWords; "Giêng", "Chạp" are capitalised names) */
const MONTH_NUMBERS = new Set([...structure.numberWords.units, ...structure.numberWords.scales].map((e) => e.word));

/**
 * How many lowercase words may describe a place or a system before its name or code: “Hệ
 * thống | thông quan hàng hóa tự động | VNACCS” has six.
 */
const NAME_WITHIN = 6;

/** True when a capitalised word follows from word j on, after at most NAME_WITHIN lowercase words, all joined by blanks. */
function nameWithin(text: string, ws: Word[], j: number): boolean {
  for (let k = j; k < ws.length && k <= j + NAME_WITHIN; k++) {
    // (lowercase words of the head and its description may be joined by a dash: "Khu kinh tế - thương mại đặc biệt Lao Bảo")
    const dashed = caseShape(ws[k - 1].text) === 'lower' && caseShape(ws[k].text) === 'lower' && /^[ \t\u00a0]*[-–][ \t\u00a0]*$/u.test(text.slice(ws[k - 1].end, ws[k].start));
    if (!blank(text, ws[k - 1], ws[k]) && !dashed) return false;
    const shape = caseShape(ws[k].text);
    if (shape === 'cap' || shape === 'upper') return /^\p{Lu}/u.test(ws[k].text);
    // a description holds no word a name never holds ("Khu dân cư | mới được quy hoạch gần Trường …")
    if (shape !== 'lower' || END_NAMES.has(wordKey(ws[k]))) return false;
  }
  return false;
}

/**
 * The place heads (common-nouns.json placeHeads) a draft writes in full somewhere, capitalised,
 * its other syllables lowercase, before a name ("Khu di tích Kim Liên"): keys joined by blanks.
 * Each paragraph's are read within its sentences and remembered by its text: a re-check reads
 * the edited paragraph, not every word of the draft.
 */
export function namedPlacesOf(draft: Draft): Set<string> {
  const out = new Set<string>();
  for (const p of draft.paragraphs) for (const place of namedPlacesByParagraph.get(draft, p, '', () => namedPlacesIn(draft.text, p))) out.add(place);
  return out;
}

/**
 * The words of two syllables, the first capitalised, the second lowercase, that the draft writes
 * right before a capital or a number somewhere ("Quân chủng Hải quân", "Đại lý Bưu điện Tân
 * An"): as the head of a name there, alone elsewhere they may refer back to that one body or
 * place. Each paragraph's are read within its sentences and remembered by its text.
 */
export function namedHeadsOf(draft: Draft): Set<string> {
  return unionOverProse(draft, namedHeadsByParagraph, namedHeadsIn);
}

/**
 * What each paragraph of the draft's prose (no page chrome, metadata or byline) gives, joined;
 * each paragraph's answer remembered by its text, so a re-check reads only the edited one.
 */
function unionOverProse(draft: Draft, memo: ParagraphMemo<string[]>, read: (text: string, p: Paragraph) => string[]): Set<string> {
  const out = new Set<string>();
  for (const p of draft.paragraphs) {
    if (p.kind === 'chrome' || p.kind === 'metadata' || p.kind === 'byline') continue;
    for (const x of memo.get(draft, p, '', () => read(draft.text, p))) out.add(x);
  }
  return out;
}

const namedHeadsByParagraph = new ParagraphMemo<string[]>('common-noun-case.named-heads', 256 * 1024, { offsets: [] });

function namedHeadsIn(text: string, p: Paragraph): string[] {
  const out = new Set<string>();
  for (const s of p.sentences) {
    const ws = s.words;
    // (and a body's type word of any length, its first syllable alone capitalised, right before
    // its name: "Sở Công nghiệp", "Đồn Biên phòng", "Trung tâm Y tế")
    const keys = keysOf(s);
    for (let i = 0; i < ws.length; i++) {
      const n = typeWordAt(keys, i);
      const name = ws[i + n];
      if (n === 0 || name === undefined || caseShape(ws[i].text) !== 'cap' || !ws.slice(i + 1, i + n).every((x) => caseShape(x.text) === 'lower')) continue;
      if (blank(text, ws[i + n - 1], name) && /^[\p{Lu}\d]/u.test(name.text)) out.add(ws.slice(i, i + n).map(wordKey).join(' '));
    }
    for (let i = 0; i + 2 < ws.length; i++) {
      if (caseShape(ws[i].text) !== 'cap' || caseShape(ws[i + 1].text) !== 'lower' || !blank(text, ws[i], ws[i + 1]) || !blank(text, ws[i + 1], ws[i + 2])) continue;
      if (/^[\p{Lu}\d]/u.test(ws[i + 2].text)) out.add(`${wordKey(ws[i])} ${wordKey(ws[i + 1])}`);
    }
  }
  return [...out];
}

/**
 * The document types (common-nouns.json documentReferences) the draft names one document of in
 * full: its type capitalised before the document's name or number (“Luật Thực hiện dân chủ …”,
 * “Kế hoạch số 45”), its issuer or period (documentOfIssuer: “Quy chế làm việc
 * của Ban Chấp hành …”), or issued by a numbered document (“Nghị định số 36/CP … ban hành Quy
 * chế khu công nghiệp”); not after a plural marker, where several are meant. (A quoted title
 * after the type says nothing: “về Chiến lược “diễn biến hòa bình”” is the common noun.)
 */
export function namedDocumentsOf(draft: Draft): Set<string> {
  return unionOverProse(draft, namedDocumentsByParagraph, namedDocumentsIn);
}

const namedDocumentsByParagraph = new ParagraphMemo<string[]>('common-noun-case.named-documents', 256 * 1024, { offsets: [] });

function namedDocumentsIn(text: string, p: Paragraph): string[] {
  const out: string[] = [];
  for (const s of p.sentences) {
    const ws = s.words;
    for (let i = 0; i < ws.length; i++) {
      const d = documentTypeAt(text, ws, i);
      if (!d) continue;
      const n = d.keys.length;
      const next = ws[i + n];
      const joined = next !== undefined && blank(text, ws[i + n - 1], next);
      const named =
        (joined && (/^[\p{Lu}\d]/u.test(next.text) || (wordKey(next) === SO && /^\d/u.test(ws[i + n + 1]?.text ?? '')))) ||
        documentOfIssuer(text, ws, i) ||
        ISSUED.some((k) => endsWith(text, ws, i, k) && documentReferenceBefore(text, ws, i - k.length)) ||
        // (… or the title of a numbered document after its "về": "Nghị định số 34/2000/NĐ-CP của
        // Chính phủ về Quy chế khu vực biên giới", then "nội dung của Quy chế")
        (i > 0 && wordKey(ws[i - 1]) === VE && blank(text, ws[i - 1], ws[i]) && documentReferenceBefore(text, ws, i - 1));
      if (named) out.push(d.keys.join(' '));
    }
  }
  return out;
}

/**
 * The document type of documentReferences starting at word i, written as one document's (first
 * syllable capitalised, the rest lowercase), not after a plural marker and not the first half of
 * a longer word (“Luật sư”), or undefined.
 */
function documentTypeAt(text: string, ws: Word[], i: number): { keys: string[] } | undefined {
  if (caseShape(ws[i].text) !== 'cap') return undefined;
  const d = longest(text, ws, i, DOCUMENT_REFERENCES);
  if (!d) return undefined;
  const n = d.keys.length;
  if (!ws.slice(i + 1, i + n).every((x) => caseShape(x.text) === 'lower')) return undefined;
  const prev = ws[i - 1];
  if (prev && caseShape(prev.text) === 'lower' && blank(text, prev, ws[i]) && PLURAL_NOUN_MARKERS.has(wordKey(prev))) return undefined;
  const next = ws[i + n];
  if (next && blank(text, ws[i + n - 1], next) && caseShape(next.text) === 'lower' && isListedPair(wordLookupKey(ws[i + n - 1]), wordLookupKey(next))) return undefined;
  return d;
}

/**
 * The number of words of a document's type at i that refers back to the one document of that
 * type the draft names in full (`named`, namedDocumentsOf), or 0; a type that is also a verb
 * (“Quy định”, “Hướng dẫn”) only where its phrase ends.
 */
function documentReferenceAt(text: string, ws: Word[], i: number, named: Lookup): number {
  const d = documentTypeAt(text, ws, i);
  if (!d) return 0;
  const key = d.keys.join(' ');
  if (!named.has(key)) return 0;
  return VERB_OPENERS.has(key) && !phraseEndsAt(text, ws, i + d.keys.length) ? 0 : d.keys.length;
}

/** The place heads each paragraph writes in full before a name. */
const namedPlacesByParagraph = new ParagraphMemo<string[]>('common-noun-case.named-places', 512 * 1024, { offsets: [] });

function namedPlacesIn(text: string, p: Paragraph): string[] {
  const out: string[] = [];
  for (const s of p.sentences) {
    const ws = s.words;
    for (let i = 0; i < ws.length; i++) {
      if (caseShape(ws[i].text) !== 'cap') continue;
      const place = longest(text, ws, i, PLACE_HEADS);
      if (!place || !ws.slice(i + 1, i + place.keys.length).every((x) => caseShape(x.text) === 'lower')) continue;
      if (nameWithin(text, ws, i + place.keys.length)) out.push(place.keys.join(' '));
    }
  }
  return out;
}

/**
 * How many lowercase words of description follow word `last`, joined by blanks, before any
 * function word (counted up to 2): "Cơ sở dữ liệu | quốc gia về …" has two, "Hệ thống thông tin
 * | cho bộ phận …" none.
 */
function lowercaseRun(text: string, ws: Word[], keys: string[], last: number): number {
  let n = 0;
  for (let k = last + 1; k < ws.length && n < 2 && blank(text, ws[k - 1], ws[k]) && caseShape(ws[k].text) === 'lower'; k++) {
    // (a function syllable that ends a word with the one before is none: "quốc gia")
    const inWord = n > 0 && isListedPair(wordLookupKey(ws[k - 1]), wordLookupKey(ws[k]));
    if (!inWord && (FUNCTION_WORDS.has(keys[k]) || END_NAMES.has(keys[k]) || functionAt(keys, k))) break;
    n++;
  }
  return n;
}

/** True when the opener at word `at` (first syllable `key`) is mostly the second half of a word with the one before ("chính | sách"). */
function openerInsideWord(text: string, ws: Word[], at: number, key: string): boolean {
  const before = ws[at - 1];
  return at > 0 && before !== undefined && blank(text, before, ws[at]) && mostlyAfter(wordKey(before), key);
}

/**
 * True when word i is an inner syllable of a run of two to four capitalised syllables that is
 * one listed word of the genre ("cựu chiến binh", "dân quân tự vệ") written in Title Case after
 * a common word in lowercase, mid-clause ("hội viên Cựu Chiến Binh trên địa bàn"): no name
 * opens there — not after a level word, a place noun, an honorific or a name's opener ("xã Hòa
 * Bình", "hồ Hòa Bình", "ông Thanh Bình", "báo Lao Động"), not a person's name. Its inner
 * capitals are wrong whatever the first syllable's case.
 */
function titleCaseWordAt(draft: Draft, ws: Word[], i: number): boolean {
  const text = draft.text;
  const start = runStart(text, ws, i);
  if (start === i || start < 1) return false;
  let end = i;
  while (end + 1 < ws.length && blank(text, ws[end], ws[end + 1]) && caseShape(ws[end + 1].text) !== 'lower') end++;
  if (end - start < 1 || end - start > 3) return false;
  const run = ws.slice(start, end + 1);
  if (!run.every((x) => caseShape(x.text) === 'cap' && /^[\p{L}\p{M}]+$/u.test(x.text))) return false;
  const after = ws[end + 1];
  if (after && blank(text, ws[end], after) && /^[\p{Lu}\d]/u.test(after.text)) return false;
  const before = ws[start - 1];
  if (caseShape(before.text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(before.text) || !blank(text, before, ws[start]) || isSentenceStart(draft, ws[start].start)) return false;
  if (!isListed(run.map((x) => wordLookupKey(x)))) return false;
  if (levelEndsAt(ws, start - 1) || introducerBefore(text, ws, start) > 0 || inPersonName(draft, ws[start].start, ws[end].end)) return false;
  const endsBefore = (ks: string[][]): boolean => ks.some((k) => endsWith(text, ws, start, k));
  if (endsBefore(PLACE_NOUNS) || endsBefore(NAME_OPENERS) || endsBefore(OWNER_OPENERS) || endsBefore(BEFORE_NAME_KEYS)) return false;
  // the evidence: drafts write each inner pair as one word, lowercase or after a capital ("Cựu
  // chiến", "chiến binh"); a name they have not seen so ("vùng biển Đông Bắc", "vụ Hè Thu", "tại
  // Nhà Văn hóa …") has no figures to go by
  return run.slice(1).every((x, n) => continuation(wordKey(run[n]), wordKey(x)) === 'lower' || lowercaseWord(wordKey(run[n]), wordKey(x)));
}

/**
 * True when words i - 1 and i are a run of two capitalised syllables on their own that name a
 * place, a road or a firm though they make a common word: the word is no noun of the general
 * dictionary (a verb or an adjective: "thống nhất", "độc lập", "thắng lợi" — names are made of
 * them, a noun's Title Case is a slip: "Chương Trình"), no capital joins the run on either side,
 * and before it stands a comma (an item of a list) or a lowercase word that is no function word
 * and opens no programme's or document's name ("gạch Thống Nhất", "đường sắt Thống Nhất";
 * "đã Thống Nhất", "chương trình Phát Triển" stay slips).
 */
function standingName(text: string, ws: Word[], i: number): boolean {
  if (i < 2) return false;
  const a = ws[i - 1];
  const before = ws[i - 2];
  const next = ws[i + 1];
  if (next && blank(text, ws[i], next) && /^[\p{Lu}\d]/u.test(next.text)) return false;
  if (isGeneralNoun(`${wordLookupKey(a)} ${wordLookupKey(ws[i])}`)) return false;
  // (a name ends its phrase; a verb in capitals goes on with its object: "các em Khai Mạc hội thi")
  if (!nameEndsAt(text, ws, i)) return false;
  if (/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(text.slice(before.end, a.start))) return true;
  if (!blank(text, before, a) || caseShape(before.text) !== 'lower' || !/^[\p{L}\p{M}]+$/u.test(before.text)) return false;
  const key = wordKey(before);
  if (FUNCTION_WORDS.has(key) || END_NAMES.has(key) || genreWords().functionWords.has(wordLookupKey(before))) return false;
  if (NAME_OPENERS.some((k) => endsWith(text, ws, i - 1, k)) || DOCUMENT_NAMES.has(key)) return false;
  // the lowercase words before it run back to a break or to a body's type word whose description
  // they are ("Công ty may | Thống Nhất": a firm); after a field in capitals the pair is a slip
  // inside that body's name ("Ủy ban An toàn giao thông Quốc Gia")
  let k = i - 2;
  while (k > 0 && i - 2 - k < 4 && caseShape(ws[k - 1].text) === 'lower' && blank(text, ws[k - 1], ws[k])) k--;
  const capital = ws[k - 1];
  if (k === 0 || !capital || !blank(text, capital, ws[k]) || caseShape(capital.text) === 'lower') return true;
  const t = runStart(text, ws, k - 1);
  const n = typeWordAt(ws.map(wordKey), t);
  return t === k - 1 && n > 1 && t + n - 1 < i - 2 && caseShape(ws[t].text) === 'cap';
}

/** True when word i and the lowercase word after it make a listed word of the genre ("Hội viên"). */
function firstHalfOfWord(text: string, ws: Word[], i: number): boolean {
  const next = ws[i + 1];
  return !!next && blank(text, ws[i], next) && caseShape(next.text) === 'lower' && isListedPair(wordLookupKey(ws[i]), wordLookupKey(next));
}

/** The capitalised run through word i is followed by "và" or a dash and a capital: the name goes on ("Báo Dân Tộc | và Phát triển"). */
function nameGoesOn(text: string, ws: Word[], i: number): boolean {
  let k = i;
  while (k + 1 < ws.length && caseShape(ws[k + 1].text) !== 'lower' && blank(text, ws[k], ws[k + 1])) k++;
  const next = ws[k + 1];
  if (!next) return false;
  if (/^\s*[-–]\s*$/u.test(text.slice(ws[k].end, next.start))) return /^\p{Lu}/u.test(next.text);
  const after = ws[k + 2];
  // (not another name opening there: "Báo Nhân Dân và Báo Người Lao Động")
  const another = OWNER_OPENERS.some((o) => k + 2 + o.length <= ws.length && endsWith(text, ws, k + 2 + o.length, o));
  return blank(text, ws[k], next) && wordKey(next) === VA && after !== undefined && blank(text, next, after) && /^\p{Lu}/u.test(after.text) && !another;
}

/** Word i is in the Title Case tail (core titleCaseTail) of a special noun written with its inner capital: "Nhà Nước | Ta". */
function inSpecialTail(text: string, ws: Word[], i: number): boolean {
  for (let p = i - 1; p >= 1 && i - p <= 6; p--) {
    const a = ws[p - 1];
    const b = ws[p];
    if (caseShape(b.text) === 'cap' && blank(text, a, b) && SPECIAL_INNER_PAIRS.has(`${wordKey(a)} ${wordKey(b)}`)) return i < p + 1 + titleCaseTail(text, ws, p + 1);
    if (caseShape(b.text) !== 'cap') return false;
  }
  return false;
}

/**
 * Word i opens an item of a list after a colon (after a comma, a semicolon, "và" or "hoặc"),
 * the first item right after the colon and every item up to i open with a capital: "học 2
 * phần: Lý thuyết và Thực hành", "3 nội dung: Bắn súng, Chạy vũ trang và Tháo lắp súng".
 */
function capitalListItem(text: string, ws: Word[], i: number): boolean {
  const opensItem = (m: number): boolean => m > 0 && (/[,;]/u.test(text.slice(ws[m - 1].end, ws[m].start)) || (isListJoiner(ws[m - 1]) && blank(text, ws[m - 1], ws[m])));
  if (!opensItem(i)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 30; k--) {
    const gap = text.slice(ws[k].end, ws[k + 1].start);
    if (/[.!?…"“”()]/u.test(gap)) return false;
    if (!gap.includes(':')) continue;
    for (let m = k + 1; m < i; m++) if ((m === k + 1 || opensItem(m)) && !(caseShape(ws[m].text) === 'cap' || isListJoiner(ws[m]))) return false;
    return true;
  }
  return false;
}

/** a name is at most this many syllables: a longer capitalised run is no list item of names */
const NAME_SYLLABLES = 5;

/**
 * The last word of the run of capitalised words (joined by blanks) that starts at word i, or -1
 * when the run is longer than a name (read no further: asked at every capitalised word).
 */
function capitalRunEnd(text: string, ws: Word[], i: number): number {
  let j = i;
  while (j + 1 < ws.length && caseShape(ws[j + 1].text) === 'cap' && blank(text, ws[j], ws[j + 1])) {
    j++;
    if (j - i >= NAME_SYLLABLES) return -1;
  }
  return j;
}

/**
 * The run of two or more capitalised syllables at word i is an item of a comma list with two
 * other such items, names (of communes, villages, people) and no common words in capitals: one
 * of those names however common its syllables ("như An Toàn, Vĩnh Kim, Canh Liên", "Hòa Bình,
 * Thống Nhất, Độc Lập"; not "Nhận Thức, Kỹ Năng, Trách Nhiệm").
 */
function inNameList(text: string, ws: Word[], i: number): boolean {
  const end = capitalRunEnd(text, ws, i);
  if (end <= i || (i > 0 && caseShape(ws[i - 1].text) === 'cap' && blank(text, ws[i - 1], ws[i]))) return false;
  const comma = (a: Word, b: Word): boolean => /^\s*,\s*$/u.test(text.slice(a.end, b.start));
  const isName = (a: number, b: number): boolean => b > a && b - a < NAME_SYLLABLES && !secondHalfOfWord(wordKey(ws[a]), wordKey(ws[a + 1]));
  let others = 0;
  // the items after it
  for (let e = end; others < 2 && e + 1 < ws.length && comma(ws[e], ws[e + 1]) && caseShape(ws[e + 1].text) === 'cap'; ) {
    const b = capitalRunEnd(text, ws, e + 1);
    if (!isName(e + 1, b)) break;
    others++;
    e = b;
  }
  // the items before it
  for (let s = i; others < 2 && s > 0 && comma(ws[s - 1], ws[s]) && caseShape(ws[s - 1].text) === 'cap'; ) {
    let a = s - 1;
    while (a > 0 && s - 1 - a < NAME_SYLLABLES && caseShape(ws[a - 1].text) === 'cap' && blank(text, ws[a - 1], ws[a])) a--;
    if (!isName(a, s - 1) || (a > 0 && caseShape(ws[a - 1].text) === 'cap' && blank(text, ws[a - 1], ws[a]))) break;
    others++;
    s = a;
  }
  return others >= 2;
}

/**
 * True when word i, capitalised, follows a lowercase syllable drafts hardly write (no figures:
 * a name's, "pắc") that opens an item of a list of names: after a comma or a list joiner ("và",
 * "hoặc") and a capitalised item ("Bản Lầu và pắc Ta", "Nậm Xé, pắc Ta").
 */
function itemLostCapital(text: string, ws: Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (i < 3 || caseShape(prev.text) !== 'lower' || !blank(text, prev, ws[i]) || countsOf(wordKey(prev)) !== undefined) return false;
  if (isListedPair(wordLookupKey(prev), wordLookupKey(ws[i]))) return false;
  const before = ws[i - 2];
  if (/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(text.slice(before.end, prev.start))) return caseShape(before.text) === 'cap';
  return blank(text, before, prev) && isListJoiner(before) && blank(text, ws[i - 3], before) && caseShape(ws[i - 3].text) === 'cap';
}

/** After word i a name may end: nothing, a mark, a capital, or a function word follows ("bưởi Diễn | cho"). */
function nameEndsAt(text: string, ws: Word[], i: number): boolean {
  const next = ws[i + 1];
  if (!next || !blank(text, ws[i], next) || /^\p{Lu}/u.test(next.text)) return true;
  return FUNCTION_WORDS.has(wordKey(next)) || END_NAMES.has(wordKey(next)) || genreWords().functionWords.has(wordLookupKey(next));
}

/** Index of the first word of the capitalised run (words joined by blanks) that word i ends. */
function runStart(text: string, ws: Word[], i: number): number {
  let k = i;
  while (k > 0 && caseShape(ws[k - 1].text) !== 'lower' && blank(text, ws[k - 1], ws[k])) k--;
  return k;
}

/**
 * The quotation holding offset `at` is reported speech, not a quoted name or title: a colon
 * opens it ("lưu ý: “…”", "chia sẻ: "…"") and a sentence ends and another opens inside it ("…
 * chung. Muốn vậy …"); a name quoted after a colon ("chủ đề: “…”") is one phrase.
 */
function inSpeech(draft: Draft, at: number): boolean {
  const q = draft.quotes.find((x) => at >= x.start && at < x.end);
  if (!q) return false;
  const text = draft.text;
  const before = text.slice(Math.max(0, q.start - 4), q.start);
  const body = text.slice(q.start + 1, q.end);
  if (/:[ \t\u00a0]*$/u.test(before) && /[.!?…][ \t\u00a0]+\p{Lu}/u.test(body)) return true;
  // … and so does one that opens its sentence, a clause of SPEECH_WORDS words at least, its
  // sentence going on after it with a comma or ending there: "“Bà con phải xem việc chấp hành …
  // cho chính mình”, Đại tá … nói." (a quoted name or slogan stands inside a sentence, after its
  // head or a colon: "chủ đề: “…”")
  if (!/(?:^|[\n.!?…])[ \t\u00a0]*$/u.test(text.slice(Math.max(0, q.start - 4), q.start))) return false;
  if (!/^[ \t\u00a0]*(?:[,.!?…]|$)/u.test(text.slice(q.end, q.end + 3)) && !/[.!?…,][ \t\u00a0]*$/u.test(body.slice(0, -1))) return false;
  return body.split(/[ \t\u00a0]+/u).filter((x) => /\p{L}/u.test(x)).length >= SPEECH_WORDS;
}

/** the fewest words of a quotation that opens its sentence for it to be read as reported speech */
const SPEECH_WORDS = 8;

function midSentence(draft: Draft, w: Word): boolean {
  return !isSentenceStart(draft, w.start);
}

/** The word at k ends a word with the one before it ("lừa đảo", "cháy rừng", "yêu cầu"): a listed word or the drafts' habit. */
function endsWordAt(text: string, ws: Word[], k: number): boolean {
  const before = ws[k - 1];
  if (!before || !blank(text, before, ws[k])) return false;
  return isListedPair(wordLookupKey(before), wordLookupKey(ws[k])) || mostlyAfter(wordKey(before), wordKey(ws[k]));
}

/** The ethnic groups a draft names after an opener ("dân tộc Chăm"): their capital is a name's anywhere in it. */
const groupsByDraft = new WeakMap<Draft, Set<string>>();
function namedGroups(draft: Draft): Set<string> {
  let named = groupsByDraft.get(draft);
  if (named) return named;
  named = new Set();
  const ws = draft.words;
  for (let i = 1; i < ws.length; i++) {
    if (caseShape(ws[i].text) !== 'cap') continue;
    const group = longest(draft.text, ws, i, ETHNIC_GROUPS);
    if (group && ETHNIC_OPENERS.some((k) => endsWith(draft.text, ws, i, k))) named.add(group.keys.join(' '));
  }
  groupsByDraft.set(draft, named);
  return named;
}

/**
 * The ethnic group name at word i (`length` words) is an item of a list of such names, joined
 * by a dash or a comma to another group name on either side ("văn hóa Kinh - Hoa - Khmer").
 */
function groupListed(text: string, ws: Word[], i: number, length: number): boolean {
  const JOIN = /^[ \t\u00a0]*[-–,][ \t\u00a0]*$/u;
  const after = ws[i + length];
  if (after && JOIN.test(text.slice(ws[i + length - 1].end, after.start)) && caseShape(after.text) === 'cap' && longest(text, ws, i + length, ETHNIC_GROUPS)) return true;
  for (let n = 1; n <= 3 && i - n >= 0; n++) {
    const g = longest(text, ws, i - n, ETHNIC_GROUPS);
    if (g && g.keys.length === n && caseShape(ws[i - n].text) === 'cap' && JOIN.test(text.slice(ws[i - 1].end, ws[i].start))) return true;
  }
  return false;
}

/** the longest place name kept, in syllables ("Phong Thạnh Tây A") */
const PLACE_NAME_MAX = 4;

/**
 * The number of words of a name the draft gives in full elsewhere (namesOfDraft) starting at
 * word i, standing alone there, or 0: a person's given name, one syllable after a lowercase noun
 * for a person ("bác sĩ", general-nouns.json `people`) or a rank or degree (surnames.json
 * introducers), or a place's name of two syllables or more right after a lowercase word that is
 * no level word. The run
 * of capitals must be that name exactly: a capital before or after it makes another name.
 */
function draftNameAt(text: string, ws: Word[], i: number, names: Lookup): number {
  const prev = ws[i - 1];
  if (!prev || caseShape(prev.text) !== 'lower' || !blank(text, prev, ws[i])) return 0;
  let n = 1;
  while (i + n < ws.length && n <= PLACE_NAME_MAX && caseShape(ws[i + n].text) === 'cap' && blank(text, ws[i + n - 1], ws[i + n])) n++;
  if (n > PLACE_NAME_MAX || (ws[i + n] !== undefined && blank(text, ws[i + n - 1], ws[i + n]) && /^[\p{Lu}\d]/u.test(ws[i + n].text))) return 0;
  if (n === 1) {
    const person = isGeneralPerson(wordLookupKey(prev)) || (i >= 2 && blank(text, ws[i - 2], prev) && isGeneralPerson(`${wordLookupKey(ws[i - 2])} ${wordLookupKey(prev)}`)) || introducerBefore(text, ws, i) > 0;
    return person && names.has(`person ${wordKey(ws[i])}`) ? 1 : 0;
  }
  // (right after a level word the run is that place's name as written here, read by admin-unit-case,
  // and no evidence for itself: "tỉnh Quảng Nam Hỗ trợ" gives "Quảng Nam Hỗ")
  return !levelEndsAt(ws, i - 1) && names.has(`place ${ws.slice(i, i + n).map(wordKey).join(' ')}`) ? n : 0;
}

/**
 * The names the draft gives in full: `person <given name>` for the last syllable of each person's
 * name of two syllables or more written as a name ("Võ Thành Đạt" gives "đạt"), `place <keys>`
 * for the two to four capitalised syllables after a level word ("huyện Lý Nhân", "Huyện Lý Nhân"
 * give "lý nhân"). Each paragraph's places are read within its sentences and remembered by its text.
 */
export function namesOfDraft(draft: Draft): Set<string> {
  const out = unionOverProse(draft, placeNamesByParagraph, placeNamesIn);
  for (const name of personNames(draft)) {
    if (!name.formal || name.words.length < 2) continue;
    out.add(`person ${wordKey(name.words[name.words.length - 1])}`);
  }
  return out;
}

const placeNamesByParagraph = new ParagraphMemo<string[]>('common-noun-case.place-names', 256 * 1024, { offsets: [] });

function placeNamesIn(text: string, p: Paragraph): string[] {
  const out = new Set<string>();
  for (const s of p.sentences) {
    const ws = s.words;
    for (let i = 0; i < ws.length; i++) {
      const lv = levelWordAt(ws, i);
      if (lv === 0) continue;
      const from = i + lv;
      let n = 0;
      while (from + n < ws.length && n <= PLACE_NAME_MAX && caseShape(ws[from + n].text) === 'cap' && blank(text, ws[from + n - 1], ws[from + n])) n++;
      if (n >= 2 && n <= PLACE_NAME_MAX) out.add(`place ${ws.slice(from, from + n).map(wordKey).join(' ')}`);
      i += lv - 1;
    }
  }
  return [...out];
}

/**
 * True when the ordinal at word k ("lần thứ tư", "thứ 7": ordinalAt) is followed, joined by a
 * blank, by a capitalised word that is no function word: the body whose session or plenum it is
 * ("… lần thứ tư Ban Chấp hành Trung ương", "… thứ 5 Hội đồng nhân dân tỉnh").
 */
function heldByBodyAfter(text: string, ws: Word[], k: number): boolean {
  const from = wordKey(ws[k]) === LAN ? k + 1 : k;
  const body = ws[from + 2];
  return body !== undefined && blank(text, ws[from + 1], body) && caseShape(body.text) === 'cap' && !FUNCTION_WORDS.has(wordKey(body));
}

/**
 * True when word i, capitalised after a capitalised word, makes no word (anyWord: the genre's,
 * everyday or general) with it but opens one with the lowercase syllable joined after it: the
 * two capitals open two words ("Khu | Công nghệ cao"), not one written with two.
 */
function opensWordInstead(text: string, ws: Word[], i: number): boolean {
  const next = ws[i + 1];
  if (!next || !blank(text, ws[i], next) || caseShape(next.text) !== 'lower') return false;
  const [a, b, c] = [wordLookupKey(ws[i - 1]), wordLookupKey(ws[i]), wordLookupKey(next)];
  return !anyWord(a, b) && !isListed([a, b, c]) && anyWord(b, c);
}

/** True when "thứ" or "lần thứ" starts at word k, joined by blanks to the word before it, and a number follows: "thứ 7", "lần thứ XIII", "thứ tám". */
function ordinalAt(text: string, ws: Word[], k: number): boolean {
  const from = ws[k] !== undefined && wordKey(ws[k]) === LAN ? k + 1 : k;
  const thu = ws[from];
  const n = ws[from + 1];
  if (!thu || !n || wordKey(thu) !== THU || caseShape(thu.text) !== 'lower' || !ws.slice(k - 1, from + 2).every((x, m, a) => m === 0 || blank(text, a[m - 1], x))) return false;
  return /^(?:\d+|[IVXLC]+)$/u.test(n.text) || (caseShape(n.text) === 'lower' && NUMBER_WORDS.has(wordKey(n)));
}
