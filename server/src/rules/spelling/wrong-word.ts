/**
 * Passes 2 and 3: valid syllables in the wrong word — one mark away from a listed word of the
 * genre ("đạo đúc" → "đạo đức"), or one slip from a frequent syllable pair ("chấp lượng" →
 * "chất lượng"); then a syllable the genre never writes that sounds like half of a general word
 * ("quãng canh" → "quảng canh").
 */
import { genreWords, isListed, isListedPair } from '../../core/spell/genre-words.js';
import { bareSlip, BOUND_SEEN, CLOSED_AFFINITY, distinctHeardVariants, heardVariants, pairSlip, slipVariants, soundClass, soundOf, soundSwaps, STRONG_PAIR } from '../../core/spell/slips.js';
import { generalPairCount } from '../../core/spell/general-pairs.js';
import { stripTone } from '../../core/normalise.js';
import { explainsAfter, FREQUENT_PAIR, freeCount, isKnownPair, pairCount, pairWeight, syllableCount } from '../../core/spell/pairs.js';
import { isEverydayPair } from '../../core/spell/everyday-words.js';
import { generalWordsOpened, isCommonGeneralPair, isGeneralPair } from '../../core/spell/general-words.js';
import { telexReading } from '../../core/spell/telex.js';
import { hasVietnameseMark, markDifference } from '../../core/spell/syllable.js';
import { isProjectWord, type Token } from '../../core/spell/tokens.js';
import { adjacent, afterNumber, joinedKey, reportPairSlip, type SentenceCheck } from './sentence.js';
import { isLevelWord } from '../../core/casing.js';
import { INTRODUCERS, isSurname } from '../../core/surnames.js';
import { syllables } from '../../core/spell/dictionary.js';
import { typeWordAt } from '../../core/lexicon.js';
import { lowercaseWord, mostlyCapitalisedOf } from '../../core/capital-evidence.js';
import { PairMap } from '../../core/pair-map.js';
import { closedBesidePair, closedWordStands, contentAgainstClosedWord, freeInGenre, LIVING_PAIR, oddSyllable } from '../../core/spell/closed-reading.js';
import { isGeneralNoun } from '../../core/spell/general-nouns.js';
import confusions from '../../../../dictionaries/spelling-confusions.json';
import { lookupKey, type FoldsAfter, type SyllableInfo } from '../../core/spell/syllable.js';
import { TRACING, traceStep } from '../../core/spell/trace.js';

let foldStarts: PairMap<FoldsAfter> | undefined;

/**
 * The listed words whose accent-free form opens with the sound classes of tokens' syllables `a`
 * and `b` (slips.ts soundOf): asked for every pair of tokens, and answered without joining the
 * forms of a group into a string to look up (a new string made and hashed for every pair of
 * every sentence), in the small map of the words `a`'s sound opens, kept on its facts.
 */
function listedFoldsAfter(a: SyllableInfo, b: SyllableInfo): FoldsAfter | undefined {
  let after = a.foldsAfter;
  if (after === undefined) {
    const sound = soundOf(a);
    if (sound.includes(' ')) return foldStartsMap().get(sound, soundOf(b));
    a.foldsAfter = after = foldStartsMap().afterOf(sound);
  }
  return after.get(soundOf(b));
}

function foldStartsMap(): PairMap<FoldsAfter> {
  if (!foldStarts) {
    const starts = new Map<string, FoldsAfter>();
    // (forEach, not for…of: built once, never optimised, and each step of an iterator allocates; core/pair-map.ts)
    genreWords().byFold.forEach((listed, fold) => {
      // onsets writers confuse by region share a class: "sảy ra" opens what "xảy ra" does
      const parts = fold.split(' ').map(soundClass);
      if (parts.length < 2) return;
      const pair = `${parts[0]} ${parts[1]}`;
      let after = starts.get(pair);
      if (!after) starts.set(pair, (after = {}));
      if (parts.length === 2) after.two = [...(after.two ?? []), ...listed];
      else if (parts.length === 3) {
        const three = (after.three ??= new Map());
        three.set(parts[2], [...(three.get(parts[2]) ?? []), ...listed]);
      }
    });
    foldStarts = new PairMap(starts);
  }
  return foldStarts;
}

/**
 * The tokens i … i + size - 1 are valid syllables not yet flagged, joined by blanks, and no name:
 * a capital after the group's first syllable ("Nguyễn Văn Đức", "Đạo Đức"); a capital on the
 * first one only is a sentence start or an organisation ("Cục Chuyển đổi số"). (Read in place:
 * asked at most tokens of a sentence, where a group copied out first was made for nothing.)
 */
function judgedGroup(c: SentenceCheck, i: number, size: number): boolean {
  const { text, tokens, caps, flagged } = c;
  for (let k = 0; k < size; k++) {
    const t = tokens[i + k];
    if (t.skip || flagged.has(i + k) || !t.valid) return false;
    if (k > 0 && !adjacent(text, tokens[i + k - 1], t)) return false;
    if (t.info.allCaps ? !caps : t.info.capitalised && k > 0) return false;
  }
  return true;
}

/**
 * Tokens i, i + 1 are a listed word the genre writes mid-sentence as a body's name nearly every
 * time (capitalised more often than not: "Học viện Chính trị khu vực"), here lower case with no
 * name after it but a lower-case word, in a draft that never names such a body: then it is no name's word but a slip
 * for its lowercase twin one mark away ("đề nghị học viện nghiêm túc tiếp thu" → "học viên";
 * capitalisation-stats.json bigrams, "học viện" capitalised 18 times in 19, "học viên" 195 times
 * lowercase). A draft naming the body may call it back in lower case ("tại học viện").
 */
function nameWordInLower(c: SentenceCheck, i: number): boolean {
  const [a, b] = [c.tokens[i], c.tokens[i + 1]];
  const next = c.tokens[i + 2];
  if (!mayBeNameWord(c, i)) return false;
  // the twin is read as the subject a clause goes on from: a lower-case word joined after it; the
  // pair ending its clause is the place or the body itself ("tập luyện ở học viện.")
  if (!next || next.skip || !adjacent(c.text, b, next) || next.info.capitalised || next.info.allCaps || !next.valid) return false;
  const word = c.text.slice(a.start, b.end);
  return !c.draftWrites(word.charAt(0).toUpperCase() + word.slice(1));
}

/**
 * Tokens i … i + size - 1 spell, key for key, one of `listed` (the listed words their sounds
 * open): then they make a listed word, and the search has nothing to say of them.
 */
function writesOneOf(tokens: readonly Token[], i: number, size: number, listed: readonly string[][]): boolean {
  for (let n = 0; n < listed.length; n++) {
    const keys = listed[n];
    let same = keys.length === size;
    for (let k = 0; k < size && same; k++) same = keys[k] === tokens[i + k].key;
    if (same) return true;
  }
  return false;
}

/** Tokens i, i + 1 are lower case and a pair the genre mostly capitalises: the first test of `nameWordInLower`, which asks the draft nothing. */
function mayBeNameWord(c: SentenceCheck, i: number): boolean {
  const a = c.tokens[i];
  const b = c.tokens[i + 1];
  return !(a.info.capitalised || a.info.allCaps || b.info.capitalised || b.info.allCaps) && mostlyCapitalisedOf(a.info, b.key);
}

/** Report the groups of valid syllables one mark away from a listed word. */
export function listedWordSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, lexicon, words, written, replace, report } = c;
  // 2. valid syllables in the wrong word. Candidates compete: in "sở tài chĩnh" both
  // "sở tại" and "tài chính" are one mark away; longer words first, then the cheaper
  // slip, then the one that changes a rarer syllable ("chĩnh", not "tài")
  const candidates: Array<{ first: number; size: number; at: number; keys: string[]; rank: number }> = [];
  // the listed words each pair of tokens opens, asked once for both sizes
  // (each token's sound class is its spelling's, kept on its facts: soundOf)
  const opened: Array<FoldsAfter | undefined> = [];
  for (let i = 0; i + 1 < tokens.length; i++) opened.push(listedFoldsAfter(tokens[i].info, tokens[i + 1].info));
  for (let size = 3; size >= 2; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const after = opened[i];
      if (!after) continue;
      const listed = size === 2 ? after.two : after.three?.get(soundOf(tokens[i + 2].info));
      if (!listed) continue;
      // a group written as one of the listed words it sounds like is that word (most groups
      // the search meets: "cán bộ" sounds like "cán bộ"), asked before anything else of it,
      // unless it may be a name's word in lower case (nameWordInLower, asked in turn below)
      if (writesOneOf(tokens, i, size, listed) && (size === 3 || !mayBeNameWord(c, i))) continue;
      if (!judgedGroup(c, i, size)) continue;
      const group = tokens.slice(i, i + size);
      // … nor a capital that goes on a name before it ("Hội Chữ thập đỏ Nhật Bản tổ chức" is no
      // "Ban tổ chức"); after a type word it opens the field ("Cục Chuyển đối số", "Sở Tãi chính")
      if (group[0].info.capitalised && goesOnName(text, tokens, i)) continue;
      // …nor a capital inside the sentence that is an organisation's type word as written ("do
      // Sở cấp", "Hội tổ chức"): the capital names the body, no listed word ("Sơ cấp")
      if (i > 0 && group[0].info.capitalised && !group[0].info.allCaps && typeWordAt([group[0].key], 0) === 1) continue;
      const keys = group.map((t) => t.key);
      // (a pair asked as a pair: no string joined per group)
      const asName = size === 2 && nameWordInLower(c, i);
      if ((size === 2 ? isListedPair(keys[0], keys[1]) : isListed(keys)) && !asName) {
        if (TRACING) traceStep('listed', 'listed-as-written', keys);
        continue;
      }
      if (isProjectWord(words, text.slice(group[0].start, group[size - 1].end))) {
        if (TRACING) traceStep('listed', 'project-word', keys);
        continue;
      }
      const match = bestMatch(text, keys, listed, tokens, i, asName);
      // (a name's word is read as its lowercase twin only when the genre writes that one lowercase)
      if (asName && match && !lowercaseWord(match.keys[0], match.keys[1])) {
        if (TRACING) traceStep('listed', 'name-word', keys, match ? match.keys.join(' ') : 'no match');
        continue;
      }
      // a syllable of a longer listed word written whole is that word's ("có thẻ hành nghề": a card)
      if (match && c.inPhrase.has(i + match.at)) {
        if (TRACING) traceStep('listed', 'in-phrase', keys, match ? match.keys.join(' ') : 'no match');
        continue;
      }
      if (match && (counted(text, group[match.at]) || withComplement(text, tokens, i + match.at, match.at === size - 1) || everydayWordAt(text, tokens, i + match.at, size === 3 || asName ? [i, i + size] : undefined, coreAgainst(keys[match.at], match.keys, match.at), coreWord(match.keys, match.at)) || adverbAt(text, tokens, i + match.at))) {
        if (TRACING) traceStep('listed', counted(text, group[match.at]) ? 'counted' : withComplement(text, tokens, i + match.at, match.at === size - 1) ? 'with-complement' : adverbAt(text, tokens, i + match.at) ? 'adverb' : 'everyday-word', keys, match.keys.join(' '));
        continue;
      }
      // a confused onset in a pair the genre never writes is the slip however common the
      // syllable as written ("sử phạt" → "xử phạt", "sử" of "lịch sử"): a mark slip may make
      // another word, a regional sound makes the same one heard
      if (!match || (countsNext(keys[match.at], match.keys, match.at) && !meantAfter(text, tokens, i, match)) || (!match.swap && commonAsWritten(keys[match.at], match.keys, match.at)) || slipsOutward(text, tokens, i + match.at, i, i + size, match.keys[match.at])) {
        if (TRACING) traceStep('listed', !match ? 'no-match' : countsNext(keys[match.at], match.keys, match.at) && !meantAfter(text, tokens, i, match) ? 'counts-next' : !match.swap && commonAsWritten(keys[match.at], match.keys, match.at) ? 'common-as-written' : 'slips-outward', keys, match ? match.keys.join(' ') : '');
        continue;
      }
      // a closed-class word as written beside a word the genre writes on its own is read as written unless that word nearly always makes the meant pair (core/spell/closed-reading.ts):
      // "đồng thuận thì xã hỗ trợ" is no "thị xã", "bà còn khoẻ" no "bà con"; the word before
      // making the meant pair says otherwise ("bảo vệ mỗi trường")
      const inside = [match.at - 1, match.at + 1].filter((k) => k >= 0 && k < size);
      // the pair as written is the genre's own, about as often as the listed word's: a phrase of
      // its drafts, no slip ("trong tình hình" writes "trong tình" 34 times, "trong tỉnh" 14)
      if (inside.some((k) => attestedAsWritten(keys, match.keys, match.at, k))) {
        if (TRACING) traceStep('listed', 'attested-as-written', keys, match ? match.keys.join(' ') : 'no match');
        continue;
      }
      if (!meantAfter(text, tokens, i, match) && inside.every((k) => closedWordStands(keys[match.at], match.keys[match.at], keys[k], k < match.at ? -1 : 1))) {
        if (TRACING) traceStep('listed', 'closed-word-stands', keys, match ? match.keys.join(' ') : 'no match');
        continue;
      }
      // …and a content word of the language as written is no slip for a listed word of closed-class
      // words only ("tha tù trước thời hạn" is no "từ trước": closed-reading.ts)
      if (contentAgainstClosedWord(keys[match.at], match.keys, match.at, contentBefore(c, i), closedBeyond(c, i, size))) {
        if (TRACING) traceStep('listed', 'content-against-closed', keys, match ? match.keys.join(' ') : 'no match');
        continue;
      }
      // a listed word that never ends a clause (the modal "có thể" takes a verb) is no reading
      // for a group the clause ends with: "khi có thẻ.", "không có thẻ hoặc chứng chỉ" (a card)
      if (lexicon.phrasesNeedingComplement.has(match.keys.join(' ')) && endsClause(c, i + size - 1)) {
        if (TRACING) traceStep('listed', 'needs-complement', keys, match ? match.keys.join(' ') : 'no match');
        continue;
      }
      // a listed word that closes a quantity or a rank ("từ 18 tuổi trở lên", "dưới 6 tuổi trở
      // xuống") is no reading where no quantity comes before it: "xe tải chở xuống chân đèo"
      // carries a load down ("chở" of "chở hàng"), while "từ 6 tuổi chở xuống" is still "trở xuống"
      if (lexicon.phrasesClosingQuantity.has(match.keys.join(' ')) && !quantityBefore(c, i)) {
        if (TRACING) traceStep('listed', 'closes-quantity', keys, match ? match.keys.join(' ') : 'no match');
        continue;
      }
      // a listed word of three that is a syllable before a listed word of two ("đạt" + "yêu cầu"),
      // the first written as a syllable heading more words of the language than the listed one's,
      // is that head before its object as written: "đặt yêu cầu" sets one (21 general words open
      // with "đặt", 4 with "đạt"); "mủ bảo hiểm" is still "mũ bảo hiểm" (2 against 17)
      if (size === 3 && match.at === 0 && isListedPair(keys[1], keys[2]) && !coreWord(match.keys, 0) && generalWordsOpened(keys[0]) > generalWordsOpened(match.keys[0])) {
        if (TRACING) traceStep('listed', 'head-before-object', keys, match ? match.keys.join(' ') : 'no match');
        continue;
      }
      const rank = (3 - size) * 10 + match.cost * 2 + (lexicon.syllables.has(keys[match.at]) ? 1 : 0);
      candidates.push({ first: i, size, at: match.at, keys: match.keys, rank });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || a.first - b.first);
  for (const c of candidates) {
    const group = tokens.slice(c.first, c.first + c.size);
    if (group.some((_, k) => flagged.has(c.first + k))) continue;
    const phrase = text.slice(group[0].start, group[c.size - 1].end);
    const t = group[c.at];
    const suggestion = group.map((g, k) => (k === c.at ? written(c.keys[k], g.text) : g.text)).join(' ');
    report({
      start: group[0].start,
      end: group[c.size - 1].end,
      messageId: 'context',
      args: { word: phrase, suggestion },
      suggestions: [replace(t, c.keys[c.at])],
      data: { word: phrase },
    });
    for (let k = 0; k < c.size; k++) flagged.add(c.first + k);
  }
}

/** A lower-case content word (no closed-class word) is joined before token `i`. */
function contentBefore(c: SentenceCheck, i: number): boolean {
  const before = c.tokens[i - 1];
  return !!before && !before.skip && !before.info.capitalised && !before.info.allCaps && before.valid && !c.lexicon.functionWords.has(before.key) && adjacent(c.text, before, c.tokens[i]);
}

/**
 * A closed-class word is joined to the group of tokens i … i + size - 1 on either side: the group
 * stands in a run of closed-class words ("từ trước đến nay").
 */
function closedBeyond(c: SentenceCheck, i: number, size: number): boolean {
  const { text, tokens, lexicon } = c;
  const before = tokens[i - 1];
  const after = tokens[i + size];
  const closed = (t: Token | undefined): boolean => !!t && !t.skip && lexicon.functionWords.has(t.key);
  return (closed(before) && adjacent(text, before, tokens[i])) || (closed(after) && adjacent(text, tokens[i + size - 1], after));
}

/**
 * The clause ends after token `last`: punctuation or nothing follows it, or a conjunction that
 * opens a clause or joins two phrases of one kind (genre-words.json `opensClause`, `joins`).
 */
function endsClause(c: SentenceCheck, last: number): boolean {
  const t = c.tokens[last];
  const next = c.tokens[last + 1];
  if (!next || !adjacent(c.text, t, next)) return !next || /^[ \t\u00a0]*[,.;:!?)…"”]/u.test(c.text.slice(t.end, next.start + 1));
  return !next.skip && (c.lexicon.opensClause.has(next.key) || c.lexicon.joins.has(next.key));
}

/**
 * A quantity stands in the three tokens before token `first`: a number ("18 tuổi", "3 năm") or
 * a numeral (genre-words.json `counts`: "ba năm"), the thing a word closing it measures.
 */
function quantityBefore(c: SentenceCheck, first: number): boolean {
  const { text, tokens, lexicon } = c;
  const from = tokens[Math.max(0, first - 3)];
  if (!from) return false;
  if (/\d/u.test(text.slice(first >= 3 ? from.start : Math.max(0, tokens[first].start - 20), tokens[first].start))) return true;
  for (let j = Math.max(0, first - 3); j < first; j++) if (!tokens[j].skip && lexicon.counts.has(tokens[j].key)) return true;
  return false;
}

/** the listed word's pair must be this many times as frequent as the pair written to outweigh it */
const ATTESTED_RATIO = 10;

/**
 * …in the general dictionary's text, whose pairs are counted across its words as well as inside
 * them ("khả năng xuất khẩu" writes "năng xuất"): a pair seen there is half the witness one of the
 * genre's drafts is, and the corrected pair outweighs it at half the ratio ("năng xuất" 2 against
 * "năng suất" 16 is still the slip; "nghĩ việc" 2 against "nghỉ việc" 7 stands).
 */
const GENERAL_ATTESTED_RATIO = ATTESTED_RATIO / 2;

/**
 * The pair the written syllable at `at` makes with its neighbour `k` in the group is one the
 * genre's drafts write (`FREQUENT_PAIR` times or more), and the listed word's pair in its place
 * is not `ATTESTED_RATIO` times as frequent: the counts say both are the genre's phrases, and the
 * one written stands. A pair the drafts never wrote is no evidence for it ("trong tâm" of a
 * meeting's agenda is still "trọng tâm": 0 against 11).
 */
function attestedAsWritten(keys: string[], meant: string[], at: number, k: number): boolean {
  const [a, b] = k < at ? [k, at] : [at, k];
  return genrePairHolds(keys[a], keys[b], meant[a], meant[b]);
}

/** The genre's drafts write the pair `wa` `wb` (`FREQUENT_PAIR` times or more) and `ma` `mb` not `ATTESTED_RATIO` times as often. */
function genrePairHolds(wa: string, wb: string, ma: string, mb: string): boolean {
  const written = pairCount(wa, wb);
  return written >= FREQUENT_PAIR && pairCount(ma, mb) < ATTESTED_RATIO * written;
}

/**
 * The one comparison of a pair as written (`wa` `wb`) with the pair a correction would make
 * (`ma` `mb`), asked of each text that counts pairs: the written pair holds when a text writes it
 * (the genre's drafts `FREQUENT_PAIR` times, the general dictionary's sentences `LIVING_PAIR`
 * times) and the corrected pair is not `ATTESTED_RATIO` (`GENERAL_ATTESTED_RATIO`) times as
 * frequent in that same text. A
 * slip makes a pair no text writes ("chấp lượng", "hội nghỉ"); a phrase of another subject is
 * written somewhere ("người dân chống bão": 2 in the dictionary's text, "chống bạo" never there).
 */
function pairHoldsAsWritten(wa: string, wb: string, ma: string, mb: string): boolean {
  if (genrePairHolds(wa, wb, ma, mb)) return true;
  // (two content syllables only: a closed-class word meets every word across the text's word
  // boundaries, "trong tâm" of "trong tâm trí", and its pairs say nothing of a word)
  const { functionWords } = genreWords();
  if (functionWords.has(wa) || functionWords.has(wb)) return false;
  // (the general text never outweighs a core word of the genre, its pair seen `STRONG_PAIR`
  // times in the drafts: "phòng chống thiên tài" is still "thiên tai", though "thiên tài" is a word)
  const general = generalPairCount(wa, wb);
  return general >= LIVING_PAIR && generalPairCount(ma, mb) < GENERAL_ATTESTED_RATIO * general && pairCount(ma, mb) < STRONG_PAIR;
}

/**
 * A syllable the genre writes all the time, one mark from a listed word its drafts hardly
 * ever wrote, is more likely the word meant as written: "làm thu lợi" is no slip for "lạm thu"
 * (109 "làm" in the figures, no "lạm thu"); "tại nạn" is one for "tai nạn" (17 of them), and
 * "hướng ứng" for "hưởng ứng" (4). The listed word's count is that of its pair holding the syllable.
 */
function commonAsWritten(written: string, meant: string[], at: number): boolean {
  // (common on its own: "thu" of "thu hút", "thu nhập" is no word as written in "tiêu thu")
  if (freeCount(written) < STRONG_PAIR) return false;
  const seen = Math.max(at > 0 ? pairCount(meant[at - 1], meant[at]) : 0, at + 1 < meant.length ? pairCount(meant[at], meant[at + 1]) : 0);
  if (seen < FREQUENT_PAIR) return genreWords().functionWords.has(written) || !spokenAgainst(written, meant, at);
  // two closed-class words side by side, the written one with its marks ("để" + "ra"), make a
  // phrase of their own: "đi bộ để ra chợ" is no slip for "đề ra" (8 of the genre's 94 "ra").
  // Only a neighbour that nearly always makes the listed word with the meant syllable says
  // otherwise, the affinity the pair slips ask of a closed-class word (CLOSED_AFFINITY); a
  // content word beside it is evidence as it stands ("tại nạn" → "tai nạn")
  const { functionWords } = genreWords();
  if (!functionWords.has(written) || !hasVietnameseMark(written)) return false;
  const free = (n: string | undefined, pair: number): boolean => !n || (functionWords.has(n) && pair < CLOSED_AFFINITY * syllableCount(n));
  const before = at > 0 ? meant[at - 1] : undefined;
  const after = at + 1 < meant.length ? meant[at + 1] : undefined;
  return free(before, before ? pairCount(before, meant[at]) : 0) && free(after, after ? pairCount(meant[at], after) : 0);
}

/**
 * The language's own text (the general dictionary's sentences) writes the listed word's pair
 * holding the changed syllable all the time (`STRONG_PAIR`) and never the pair as written: the
 * genre's drafts are too few to have met every common word of their subjects, and that text
 * says which of the two is a word. "dữ liệu nhanh chống hơn" is "nhanh chóng" (38 there, 2 in
 * the figures; "nhanh chống" never), though "chống" is common; "làm thu lợi" stays (2 "lạm thu").
 * Asked of a content word only: a closed-class one makes phrases that text need not write
 * ("quy định tại khoản 3" is no "tài khoản").
 */
function spokenAgainst(written: string, meant: string[], at: number): boolean {
  const side = (a: number, b: number): boolean => {
    const w = a === at ? [written, meant[b]] : [meant[a], written];
    return generalPairCount(meant[a], meant[b]) >= STRONG_PAIR && generalPairCount(w[0], w[1]) === 0 && pairCount(w[0], w[1]) === 0;
  };
  return (at > 0 && side(at - 1, at)) || (at + 1 < meant.length && side(at, at + 1));
}

/**
 * The syllable at `at`, one the genre's drafts never write and making no known pair with its
 * neighbours in the group, is a confused sound and one mark (a tone or a vowel mark) from the
 * listed word's, a syllable the genre writes often (`FREQUENT_PAIR`) and nearly always in that
 * word (`CLOSED_AFFINITY`): two changes are believed only towards a syllable that lives in one
 * word ("sẩy ra" → "xảy ra", 15 of the genre's 15 "xảy"; "nói trúng" is no "nói chung", 4 of 21).
 */
function swappedAndMarked(keys: string[], at: number, entry: string[]): boolean {
  if (syllableCount(keys[at]) > 0) return false;
  const seen = Math.max(at > 0 ? pairCount(entry[at - 1], entry[at]) : 0, at + 1 < entry.length ? pairCount(entry[at], entry[at + 1]) : 0);
  // two slips of the ear at once, a merged onset and hỏi for ngã, are one way of hearing the
  // syllable: believed towards a core word of the genre (`STRONG_PAIR`) whatever else its syllable
  // makes ("đồng thuận sả hội" → "xã hội", 214 in the figures; "xã" alone a commune)
  const swaps = soundSwaps(keys[at]);
  const heard = seen >= STRONG_PAIR && swaps.some((k) => heardVariants(k).includes(entry[at]));
  if (seen < FREQUENT_PAIR || (seen < CLOSED_AFFINITY * syllableCount(entry[at]) && !heard)) return false;
  if ((at > 0 && isKnownPair(keys[at - 1], keys[at])) || (at + 1 < keys.length && isKnownPair(keys[at], keys[at + 1]))) return false;
  return swaps.some((k) => {
    const d = markDifference(k, entry[at]);
    return d.letters === 0 && d.quality + (d.tone > 0 ? 1 : 0) === 1;
  });
}

/**
 * A closed-class word that must take a complement ("tại", "với"), closing the group, with one
 * after it: a capital (a name) or a syllable the genre writes after it. The word stands in its
 * usual place as written: "đăng ký xe tại Công an xã", "xe tại trụ sở" are no "xe tải" (3 in
 * the figures against 287 "tại" outside words). Opening the group it has no complement there:
 * "tại nạn giao thông" is still "tai nạn".
 */
function withComplement(text: string, tokens: Token[], at: number, last: boolean): boolean {
  const t = tokens[at];
  const next = tokens[at + 1];
  if (!last || !next || next.skip || !genreWords().needsComplement.has(t.key) || !adjacent(text, t, next)) return false;
  // (SPELL29) the word stands as written only where the syllable before it stands too
  if (strandedBefore(text, tokens, at)) return false;
  return next.info.capitalised || pairCount(t.key, next.key) >= FREQUENT_PAIR;
}

/**
 * The syllable joined before token `at` lives only inside words in the genre (seen `BOUND_SEEN`
 * times, never a third of them on its own: `freeInGenre`) and makes no word, nor a pair of the
 * genre, with the syllable joined before it: read as written, the closed-class word at `at` would
 * leave it stranded ("tư tưởng, đạo đức, phong các Hồ Chí Minh": "phong" of "phong trào", "phong
 * cách" after a comma), so that word is no evidence against the listed word the two make one slip
 * away ("phong cách"). A syllable the genre writes on its own ("đăng ký xe tại Công an xã"), or
 * one taken by the word before it ("đầu tư các dự án"), leaves the closed-class word standing.
 */
function strandedBefore(text: string, tokens: Token[], at: number): boolean {
  const partner = tokens[at - 1];
  if (!partner || partner.skip || !partner.valid || !adjacent(text, partner, tokens[at])) return false;
  if (syllableCount(partner.key) < BOUND_SEEN || freeInGenre(partner.key)) return false;
  const far = tokens[at - 2];
  if (!far || far.skip || !adjacent(text, far, partner)) return true;
  return !(farWord(partner.key, far.key, -1) || isKnownPair(far.key, partner.key));
}

/**
 * A numeral written before the listed word's next syllable counts it ("có ba con đều đỗ đại học":
 * three children, no "bà con"): the listed word is believed only when that syllable nearly always
 * makes it, the affinity the pair slips ask of a closed-class word (CLOSED_AFFINITY).
 */
function countsNext(written: string, meant: string[], at: number): boolean {
  if (at + 1 >= meant.length || !genreWords().counts.has(written)) return false;
  const next = meant[at + 1];
  return pairCount(meant[at], next) < CLOSED_AFFINITY * syllableCount(next);
}

/**
 * The syllable the listed word would change opens the group and the word before it makes a
 * frequent pair with the meant one: "bảo vệ mỗi trường" is "bảo vệ môi trường" ("vệ môi"), not
 * "each school" as "bảo đảm mỗi trường mầm non" is.
 */
function meantAfter(text: string, tokens: Token[], first: number, match: { keys: string[]; at: number }): boolean {
  const before = tokens[first - 1];
  return match.at === 0 && !!before && !before.skip && adjacent(text, before, tokens[first]) && pairCount(before.key, match.keys[0]) >= FREQUENT_PAIR;
}

/**
 * The syllable a listed word would change is one slip from a listed word with its neighbour
 * outside the group, the genre's usual pair there: "tuyên chuyền viên" is "tuyên truyền viên"
 * (a sound swapped, 89 "tuyên truyền"), not "tuyên" + "chuyên viên" (a mark). The pair slip
 * then tells it; the listed word does not.
 */
function slipsOutward(text: string, tokens: Token[], at: number, first: number, end: number, meant: string): boolean {
  const lo = Math.max(0, at - 2);
  const run: Array<string | undefined> = [];
  for (let j = lo; j <= Math.min(tokens.length - 1, at + 2); j++) {
    const t = tokens[j];
    const joined = j === at || (j < at ? tokens.slice(j, at + 1) : tokens.slice(at, j + 1)).every((x, k, a) => k === 0 || adjacent(text, a[k - 1], x));
    run.push(joined && !t.skip && !t.info.capitalised && !t.info.allCaps ? t.key : undefined);
  }
  const slip = pairSlip(run, at - lo);
  if (!slip || slip.key === meant || slip.weight < STRONG_PAIR) return false;
  const other = at + slip.side;
  return (other < first || other >= end) && (slip.side < 0 ? isListedPair(tokens[other].key, slip.key) : isListedPair(slip.key, tokens[other].key));
}

/**
 * The syllable makes an everyday word, or a word of the general list, with a neighbour it is
 * joined to ("xếp hàng để vào", "người dẫn đường"): a word of its own, whatever listed word it is
 * one mark from. A word of two syllables inside a group of three (`within`, its first token and
 * the one past its last) explains less of it than the listed word of three: "Cục Chuyển đối
 * số" is "chuyển đổi số", not "chuyển" + "đối số".
 */
function everydayWordAt(text: string, tokens: Token[], at: number, within: [number, number] | undefined, core: boolean, coreListed: boolean): boolean {
  const t = tokens[at];
  const inside = (j: number): boolean => !!within && j >= within[0] && j < within[1];
  const before = inside(at - 1) ? undefined : tokens[at - 1];
  const after = inside(at + 1) ? undefined : tokens[at + 1];
  // a rare word of the full list stands against no core word of the genre (`core`), and a
  // headword no text writes, neither the genre's drafts nor the dictionary's own sentences, stands
  // against no core word whatever the syllable as written (`coreListed`): "vì công đồng ở khu dân
  // cư" is "cộng đồng" (33 in the figures), the list's "công đồng" never written in either
  const used = (a: string, b: string): boolean => !coreListed || pairCount(a, b) > 0 || generalPairCount(a, b) >= LIVING_PAIR;
  const word = (a: string, b: string): boolean => isEverydayPair(a, b) || (core ? isCommonGeneralPair(a, b) : isGeneralPair(a, b) && used(a, b));
  return (!!before && adjacent(text, before, t) && word(before.key, t.key)) || (!!after && adjacent(text, t, after) && word(t.key, after.key));
}

/** The listed word is a core word of the genre: its pair holding the meant syllable seen `STRONG_PAIR` times. */
function coreWord(meant: string[], at: number): boolean {
  return Math.max(at > 0 ? pairCount(meant[at - 1], meant[at]) : 0, at + 1 < meant.length ? pairCount(meant[at], meant[at + 1]) : 0) >= STRONG_PAIR;
}

/**
 * The listed word is a core word of the genre (its pair holding the meant syllable seen
 * `STRONG_PAIR` times) and the syllable as written is not one the genre writes often: a rare
 * word of the full list is then no reading as written. "Đoàn thanh trà huyện" is "thanh tra"
 * (25 in the figures; 10 "trà"), though "thanh trà" is a fruit; "hoá giải" stays a word beside
 * "hoà giải" (52), the genre writing "hoá" 81 times.
 */
function coreAgainst(written: string, meant: string[], at: number): boolean {
  const seen = Math.max(at > 0 ? pairCount(meant[at - 1], meant[at]) : 0, at + 1 < meant.length ? pairCount(meant[at], meant[at + 1]) : 0);
  return seen >= STRONG_PAIR && syllableCount(written) < STRONG_PAIR;
}

/** spelling-confusions.json adverbs: a syllable that qualifies the verb right before it ("nghiên cứu kỹ") */
const ADVERBS = new Map(confusions.adverbs.map((a) => [lookupKey(a.written), new Set(a.after.map(lookupKey))]));

/**
 * The syllable is an adverb right after a word it qualifies ("nghiên cứu kỹ luật", "đọc kỹ
 * luật mới"): the adverb as written, not half of the listed word it is one mark from ("kỷ luật").
 */
export function adverbAt(text: string, tokens: Token[], at: number): boolean {
  const after = ADVERBS.get(tokens[at].key);
  const before = tokens[at - 1];
  return !!after && !!before && !before.skip && adjacent(text, before, tokens[at]) && after.has(before.key);
}

/**
 * A syllable right after a number is the thing counted ("12 đội với gần 150 vận động viên",
 * "3 lớp"): the number explains it as written, and a word it would be one slip from
 * ("đối với") never follows a bare number.
 */
function counted(text: string, t: Token): boolean {
  return afterNumber(text, t.start);
}

/** True when token j is a level word ("xã", "bản", "buôn") joined to the capitalised name after it ("bản Pa Pe"). */
function beforePlaceName(text: string, tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return !!t && !!next && isLevelWord(t.key) && adjacent(text, t, next) && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** the words that introduce a person's name and are one syllable ("chị", "ông"): dictionaries/surnames.json introducers */
const NAME_INTRODUCERS = new Set(INTRODUCERS.filter((k) => k.length === 1).map((k) => k[0]));

/**
 * Token i introduces the capitalised name joined to it ("gia đình chị Hoa"): the name explains
 * it, whatever pair the syllable before makes with one of its variants ("đình chỉ").
 */
function introducesName(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return NAME_INTRODUCERS.has(t.key) && !!next && next.info.capitalised && adjacent(text, t, next);
}

/** True when token i follows a capitalised token it is joined to, and that one ends no organisation type word. */
function goesOnName(text: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !before.info.capitalised || !adjacent(text, before, tokens[i])) return false;
  const keys = tokens.slice(Math.max(0, i - 3), i).map((t) => t.key);
  return ![1, 2, 3].some((n) => n <= keys.length && typeWordAt(keys, keys.length - n) === n);
}

/** Report the valid syllables no pair of the genre explains, one slip from a frequent pair. */
export function pairSlips(c: SentenceCheck): void {
  const { text, tokens, caps, flagged, valid } = c;
  // 3. a valid syllable no pair of the genre explains, one slip from a frequent pair
  // ("chấp lượng" → "chất lượng", "tuyên chuyền" → "tuyên truyền"); names never
  const word = (j: number): string | undefined => {
    const n = tokens[j];
    if (!n || n.skip || flagged.has(j) || !n.valid || (n.info.allCaps && !caps)) return undefined;
    // a capital may start a name ("Trung tướng", "Hà Nội"): no evidence about its neighbour,
    // unless it only opens the sentence and a lower-case word follows ("Đồng trí Bí thư")
    if (n.info.capitalised && !opensSentence(j)) return undefined;
    return n.key;
  };
  const opensSentence = (j: number): boolean => j === 0 && !!tokens[1] && !tokens[1].info.capitalised && !tokens[1].info.allCaps;
  // the syllables joined to a token by blanks only, up to three each side: punctuation, a
  // name or a number ends the run. A non-syllable already reported stands there as the syllable
  // it was read as (c.meant): "các em cố gằng học tập" reads "cố" beside "gắng", no stranded
  // "cố" for "em có"
  const keys = tokens.map((_, j) => word(j) ?? (flagged.has(j) ? c.meant.get(j) : undefined));
  // a capitalised syllable (not an abbreviation), read only for what it says of its neighbour
  const farKey = (j: number): string | undefined => {
    const n = tokens[j];
    return n && !n.skip && !flagged.has(j) && n.valid && n.info.capitalised && !n.info.allCaps ? n.key : undefined;
  };
  const joined = tokens.map((t, j) => j > 0 && adjacent(text, tokens[j - 1], t));
  // each joined pair of judged syllables the genre knows, asked once: a token making one with
  // either neighbour is explained (pairSlip's first answer), and most tokens are
  // (two tokens' own keys: the fact the later passes ask again, sentence.ts PairFacts; a
  // non-syllable stands as the syllable it was read as, asked here alone)
  const knownAfter = keys.map(
    (k, j) => !!k && j + 1 < keys.length && joined[j + 1] && !!keys[j + 1] && (k === tokens[j].key && keys[j + 1] === tokens[j + 1].key ? c.pairs.known(j) : isKnownPair(k, keys[j + 1] as string)),
  );
  tokens.forEach((t, i) => {
    // a capital ("Trung tướng", "Hội") may start a name: only lower-case syllables are judged
    // the sentence's own capital before a lower-case word is judged too ("Chấp lượng tin …"),
    // on the evidence of its usual pair only (below)
    if (flagged.has(i) || !keys[i] || (t.info.capitalised && !opensSentence(i)) || t.info.allCaps || c.inPhrase.has(i)) return;
    if ((i > 0 && knownAfter[i - 1]) || (knownAfter[i] && explainsAfter(joined[i] ? keys[i - 1] : undefined, keys[i] as string, keys[i + 1] as string))) {
      if (TRACING) traceStep('pairs', 'explained', [keys[i - 1], keys[i], keys[i + 1]]);
      return;
    }
    // the run around the token, three each side: a window, not an array as long as the
    // sentence (that made a 20,000-token sentence cost 20,000² steps)
    const lo = Math.max(0, i - 3);
    const around: Array<string | undefined> = new Array(Math.min(tokens.length, i + 4) - lo).fill(undefined);
    around[i - lo] = keys[i];
    for (let j = i - 1; j >= lo && joined[j + 1]; j--) {
      // a name's syllable two away is no evidence about the token, but it explains the
      // neighbour between ("Huyện ủy chuyền đạt": "ủy" is "Huyện ủy"'s, not unexplained); the run stops there
      if (!keys[j]) {
        if (j < i - 1) around[j - lo] = farKey(j);
        break;
      }
      around[j - lo] = keys[j];
    }
    for (let j = i + 1; j <= i + 3 && j < tokens.length && joined[j]; j++) {
      if (!keys[j]) {
        if (j > i + 1) around[j - lo] = farKey(j);
        break;
      }
      around[j - lo] = keys[j];
    }
    const slip = pairSlip(around, i - lo);
    if (!slip || counted(text, t) || introducesName(text, tokens, i)) {
      if (TRACING) traceStep('pairs', !slip ? 'no-slip' : counted(text, t) ? 'counted' : 'introduces-name', [keys[i - 1], keys[i], keys[i + 1]], slip?.key);
      return;
    }
    // a word that never ends a clause is no reading for a syllable before "," or ".": "đối tượng
    // lạ, phương tiện nghi vấn" is no "đối tượng là"
    if (genreWords().needsComplement.has(slip.key) && /^\s*[,.;:!?)…]/u.test(text.slice(t.end, t.end + 3))) {
      if (TRACING) traceStep('pairs', 'needs-complement', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
      return;
    }
    const other = tokens[i + slip.side];
    // a level word before a place name is that level word, the name explains it: "ở bản Pa
    // Pe", "tại xã Ia Mơ" are no "cơ bản", "xa": neither the token nor its partner is evidence
    if (beforePlaceName(text, tokens, i) || beforePlaceName(text, tokens, i + slip.side)) {
      if (TRACING) traceStep('pairs', 'before-place-name', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
      return;
    }
    // a capital opening the sentence may be a name ("Lan tổ chức …"): only the genre's usual
    // pair with the lower-case word after it says it is a slip ("Chấp lượng" → "Chất lượng")
    if (t.info.capitalised && (slip.side < 0 || pairCount(slip.key, other.key) < STRONG_PAIR || isSurname(t.key))) {
      if (TRACING) traceStep('pairs', 'capital-opens', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
      return;
    }
    // the capital that opens the sentence may open a name too: it is evidence only for the
    // pair it nearly always makes ("Đồng trí" → "Đồng chí"; "Tin ngắn" is no "Tin nhắn"), or
    // for a listed word when the syllable as written is one the genre never writes: a name
    // before it explains nothing of it ("Tín ngưởng dân gian" → "Tín ngưỡng")
    const opener = (): boolean => syllableCount(t.key) === 0 && (slip.side < 0 ? isListedPair(other.key, slip.key) : isListedPair(slip.key, other.key));
    if (other.info.capitalised && (slip.side < 0 ? pairCount(other.key, slip.key) : pairCount(slip.key, other.key)) < STRONG_PAIR && !opener()) {
      if (TRACING) traceStep('pairs', 'capital-beside', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
      return;
    }
    // a closed-class word as written beside a word the genre writes on its own, as
    // every step reads it (core/spell/closed-reading.ts): "mới thì xã hỗ trợ" is no "thị xã"
    if (closedWordStands(t.key, slip.key, other.key, slip.side)) {
      if (TRACING) traceStep('pairs', 'closed-word-stands', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
      return;
    }
    // …or beside a content word the language writes with the syllable on its far side: "khi
    // giảng bài" is no "khai giảng" (closed-reading.ts closedBesidePair)
    const far = tokens[i + 2 * slip.side];
    const farSyllable = far && !far.skip && !far.info.capitalised && !far.info.allCaps && far.valid && (slip.side < 0 ? adjacent(text, far, other) : adjacent(text, other, far)) ? far.key : undefined;
    if (closedBesidePair(t.key, slip.key, other.key, farSyllable, slip.side)) {
      if (TRACING) traceStep('pairs', 'closed-beside-pair', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
      return;
    }
    // …or, a syllable the genre writes on its own, beside a partner that makes a word of the
    // lists with the syllable on its far side, the meant pair no word of the genre's list: the
    // partner is that word's, and the token stands alone ("những địa bàn đông | giáo dân" is
    // crowded with parishioners, no "đồng giáo"; "nhửng | nội dung" is still "những")
    const [ma, mb] = slip.side < 0 ? [other.key, slip.key] : [slip.key, other.key];
    if (farSyllable && farWord(other.key, farSyllable, slip.side) && !isListedPair(ma, mb)) {
      if (freeCount(t.key) >= BOUND_SEEN && freeInGenre(t.key)) {
        if (TRACING) traceStep('pairs', 'free-beside-far-word', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
        return;
      }
      // …so too a word of the language as written (no odd syllable) toward a pair of the genre that
      // is no word of any list, two words met, whose meant syllable lives inside its words ("tác"
      // of "công tác dân vận"): "thu gom rác dân lập" is "rác | dân lập" (a meant syllable the
      // genre writes on its own heads the partner's word: "nhăm nâng cao" is "nhằm | nâng cao");
      // and a pair as written that is itself a word of the general list ("một ca công tác": "ca |
      // công tác", no "của công")
      if (!oddSyllable(t.key) && !isGeneralPair(ma, mb) && !freeInGenre(slip.key)) {
        if (TRACING) traceStep('pairs', 'word-of-language-far', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
        return;
      }
      if (slip.side < 0 ? isGeneralPair(other.key, t.key) : isGeneralPair(t.key, other.key)) {
        if (TRACING) traceStep('pairs', 'general-word-as-written', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
        return;
      }
    }
    // the pair as written is one a text writes about as often as the corrected one
    // (pairHoldsAsWritten): "bà con chủ động chống bão" is no "chống bạo"
    if (slip.side < 0 ? pairHoldsAsWritten(other.key, t.key, other.key, slip.key) : pairHoldsAsWritten(t.key, other.key, slip.key, other.key)) {
      if (TRACING) traceStep('pairs', 'pair-holds-as-written', [keys[i - 1], keys[i], keys[i + 1]], slip.key);
      return;
    }
    reportPairSlip(c, i, slip.side, slip.key);
  });
}


/** The partner and the syllable on its far side (side: where the token stands from the partner, reversed) make a word of the genre's list or of the general dictionary. */
function farWord(partner: string, far: string, side: -1 | 1): boolean {
  const [x, y] = side < 0 ? [far, partner] : [partner, far];
  return isListedPair(x, y) || isGeneralPair(x, y);
}

/**
 * The listed word a group of valid syllables most likely meant: exactly one syllable differs,
 * by one mark (a tone, or a vowel mark such as ư/u, ơ/o, đ/d), and neither the kept nor the changed syllable
 * belongs to a listed word with its other neighbour ("bắt đầu từ" is not a slip for "đầu tư").
 */
function bestMatch(text: string, keys: string[], listed: string[][], tokens: Token[], first: number, asName = false): { keys: string[]; at: number; cost: number; swap?: boolean } | undefined {
  let best: { keys: string[]; at: number; cost: number; swap?: boolean } | undefined;
  for (const entry of listed) {
    const diff = entry.map((k, n) => (k === keys[n] ? -1 : n)).filter((n) => n >= 0);
    if (diff.length !== 1) continue;
    const at = diff[0];
    // an onset writers confuse by region is one slip too ("sảy ra" → "xảy ra", "chái phép" →
    // "trái phép"), when the genre never pairs the syllable as written with its neighbours in
    // the group: "trở lên" is no slip for "trở nên" (spelling-confusions.json onsets)
    if (soundSwaps(keys[at]).includes(entry[at])) {
      const pairs = [at > 0 ? [keys[at - 1], keys[at]] : undefined, at + 1 < keys.length ? [keys[at], keys[at + 1]] : undefined];
      if (pairs.some((p) => p && isKnownPair(p[0], p[1]))) continue;
      // a content word the genre writes on its own, heard as a closed-class twin, is that word as
      // written: "cách cấp phát" (how to hand out) is no "các cấp" (freeInGenre: "cách" stands
      // alone in 43 of its 92 sightings)
      if (genreWords().functionWords.has(entry[at]) && !genreWords().functionWords.has(keys[at]) && freeInGenre(keys[at])) continue;
      // a swap most syllables survive as another word (`manyTwins`: n/ng, ng/nh) leaves a pair
      // the general dictionary's text writes as often as chance would meet the twin's: "sống
      // trong làng" (35 there) is no "trong lành"; "hàng chính" (never) is still "hành chính"
      const manyTwins = !distinctHeardVariants(keys[at]).includes(entry[at]);
      if (manyTwins && pairs.some((p) => p && generalPairCount(p[0], p[1]) >= FREQUENT_PAIR)) continue;
      if (!best) best = { keys: entry, at, cost: 1, swap: true };
      continue;
    }
    // …and one mark besides, for a syllable the genre never writes beside a pair it writes
    // often: "sẩy ra" is "xẩy" heard for "xảy", a vowel mark off ("xảy ra" 15 in the figures)
    if (swappedAndMarked(keys, at, entry)) {
      if (!best || (best.swap && best.cost > 2)) best = { keys: entry, at, cost: 2, swap: true };
      continue;
    }
    const d = markDifference(keys[at], entry[at]);
    const cost = d.quality + (d.tone > 0 ? 1 : 0);
    // one slip only: a tone key or a vowel-mark key ("có bản" is two marks from "cơ bản")
    if (d.letters > 0 || cost > 1) continue;
    if (!best || cost < best.cost || (cost === best.cost && best.swap)) best = { keys: entry, at, cost };
  }
  if (!best) return undefined;
  // a listed word whose changed syllable the genre's drafts never write is no word of theirs to
  // read a mark slip by: "số người dừng đóng bảo hiểm" is no "người dùng" (a sound swapped is
  // still heard as the listed word: "sảy ra" → "xảy ra")
  // …unless the syllable as written is an odd one (`oddSyllable`): the figures then say nothing
  // for either reading, and the listed word explains the pair ("giảm phát thãi" → "phát thải")
  if (!best.swap && syllableCount(best.keys[best.at]) === 0 && !oddSyllable(keys[best.at])) return undefined;
  // a correction that doubles the syllable beside it makes a stammer, no word ("đông đồng bào")
  const changed = first + best.at;
  if (tokens[changed - 1]?.key === best.keys[best.at] || tokens[changed + 1]?.key === best.keys[best.at]) return undefined;
  // a closed-class word opening the group, joined to the word before it as the genre writes it
  // and never as the listed word's syllable: "không để án tồn đọng" is "không để" (let no case
  // lie), no "không đề án"
  const prior = tokens[first - 1];
  if (best.at === 0 && prior && !prior.skip && adjacent(text, prior, tokens[first]) && genreWords().functionWords.has(keys[0]) && pairCount(prior.key, keys[0]) >= FREQUENT_PAIR && !isKnownPair(prior.key, best.keys[0])) return undefined;
  // a function word next to a common word is ordinary text ("có thẻ bảo hiểm", "có thẻ
  // đảng viên"): only a rare syllable there ("có thê") is taken for a slip ("có thể"), or a
  // common one stranded, making no known pair on its far side either ("sau đo phát")
  const { functionWords, syllables: common, opensClause } = genreWords();
  const at = best.at;
  const far = tokens[at === 0 ? first - 1 : first + keys.length];
  // (an abbreviation there, "có thẻ BHYT", says nothing of the syllable: no pair is kept for it;
  // nor does a conjunction opening a clause after it, "không có thẻ nên phải tự chi trả": the
  // clause ends at the syllable, as a noun may end one; "và", "hoặc" join phrases, and "với thành
  // viện và doanh nghiệp" is still "thành viên")
  const ends = at > 0 && !!far && opensClause.has(far.key);
  // …nor a noun as written before a word that is only a noun (general-nouns.json): the head of a
  // noun phrase and what qualifies it, "có thẻ căn cước", "có thẻ ngân hàng" (a card); a verb
  // there still strands it, "có thẻ làm được" → "có thể"
  const headed = at > 0 && !!far && isGeneralNoun(keys[at]) && nounAt(text, tokens, first + keys.length);
  const stranded = !far || (!far.skip && !far.info.allCaps && !ends && !headed && !(at === 0 ? pairWeight(far.key, keys[at]) : pairWeight(keys[at], far.key)));
  if (keys.some((k, n) => n !== at && functionWords.has(k)) && common.has(keys[at]) && !stranded) return undefined;
  // a closed-class verb right after an aspect word is that verb, the changed syllable its
  // complement, whatever follows: "đã thành phân" is no "thành phần" (a noun never follows "đã")
  const aspect = tokens[first - 1];
  if (at === 1 && functionWords.has(keys[0]) && common.has(keys[1]) && aspect && genreWords().beforeVerb.has(aspect.key) && adjacent(text, aspect, tokens[first])) return undefined;
  if (straddled(tokens, first, keys.length, at)) return undefined;
  // (but for a core word of the genre, a reporter's likely slip: "phòng chống thiên tài")
  const core = best.keys.slice(1).some((k, n) => pairCount(best!.keys[n], k) >= STRONG_PAIR);
  // (nor for an odd syllable as written: "giảm phát thãi" leaves "thãi" unexplained, and is
  // "giảm" + "phát thải")
  if (!core && !oddSyllable(keys[at]) && keptOutward(text, tokens, first, keys.length, at)) return undefined;
  // a level word before a place name is that level word ("đến từ xã Tân Phú", not "từ xa"):
  // the name after it explains it better than any listed word
  if (at === keys.length - 1 && beforePlaceName(text, tokens, first + at)) return undefined;
  // the correction must explain more of the neighbourhood with listed words than the text as
  // written: "hợp đồng bao tiêu" is "hợp đồng" + "bao tiêu", not "hợp" + "đồng bào"
  const lo = Math.max(0, first - 2);
  const hi = Math.min(tokens.length, first + keys.length + 2);
  const written = tokens.slice(lo, hi).map((t) => t.key);
  const corrected = [...written];
  corrected[first + at - lo] = best.keys[at];
  // (a name's word in lower case explains nothing as written: its twin need only explain as much)
  return coverage(corrected) > coverage(written) || (asName && coverage(corrected) === coverage(written)) ? best : undefined;
}

/**
 * The word token j opens, joined to it (two syllables a listed or general word make, else the
 * syllable alone), is only a noun in the general dictionary (general-nouns.json): "căn cước",
 * "ngân hàng", "người"; not "tổ chức", "làm".
 */
function nounAt(text: string, tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.skip || t.info.allCaps) return false;
  const next = tokens[j + 1];
  const pair = !!next && !next.skip && adjacent(text, t, next) && (isListedPair(t.key, next.key) || isGeneralPair(t.key, next.key));
  return isGeneralNoun(pair ? `${t.key} ${next.key}` : t.key);
}

/**
 * True when a listed word of two or three syllables, or a pair the genre writes all the time,
 * takes the syllable that would change and a syllable outside the group, and so explains the
 * text as written: "có thế hệ" ("thế hệ"), "chuyển đổi số tại" ("chuyển đổi số"), "Trưởng
 * đại diện" ("đại diện", no slip for "Trưởng đài").
 */
function straddled(tokens: Token[], first: number, size: number, at: number): boolean {
  const changed = first + at;
  for (let m = 2; m <= 3; m++) {
    for (let j = changed - m + 1; j <= changed; j++) {
      if (j < 0 || j + m > tokens.length) continue;
      if (j >= first && j + m <= first + size) continue;
      const keys = tokens.slice(j, j + m).map((t) => t.key);
      if (isListed(keys) || (m === 2 && pairCount(keys[0], keys[1]) >= STRONG_PAIR)) return true;
    }
  }
  return false;
}

/**
 * A syllable the listed word would keep, at the group's edge, makes an everyday or general word
 * with the syllable joined to it outside the group: "chất phụ gia cấm" is "phụ gia" + "cấm", no
 * "gia cầm"; "của tôi đa số" is "đa số", no "tối đa". Those words explain the text as written,
 * never a correction.
 */
function keptOutward(text: string, tokens: Token[], first: number, size: number, at: number): boolean {
  const joined = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && !a.skip && !b.skip && adjacent(text, a, b);
  const word = (a: Token | undefined, b: Token | undefined): boolean => joined(a, b) && (isEverydayPair(a!.key, b!.key) || isGeneralPair(a!.key, b!.key));
  // …unless that syllable is itself half of a word on its far side, a chain of words the text may
  // read either way: "đóng góp ý kiên" is "đóng góp" + "ý kiến"
  const any = (a: Token | undefined, b: Token | undefined): boolean => word(a, b) || (joined(a, b) && isListedPair(a!.key, b!.key));
  const before = tokens[first - 1];
  const after = tokens[first + size];
  return (at > 0 && word(before, tokens[first]) && !any(tokens[first - 2], before)) || (at < size - 1 && word(tokens[first + size - 1], after) && !any(after, tokens[first + size + 1]));
}

/** How many syllables listed words can cover, at most, in a run of syllables (no overlaps). */
function coverage(keys: string[]): number {
  const best = new Array<number>(keys.length + 1).fill(0);
  for (let i = 1; i <= keys.length; i++) {
    best[i] = best[i - 1];
    for (let m = 2; m <= 3 && m <= i; m++) {
      if (isListed(keys.slice(i - m, i))) best[i] = Math.max(best[i], best[i - m] + m);
    }
  }
  return best[keys.length];
}

/** a syllable opening this many words of the general list heads compounds of its own (`generalWordsOpened`) */
const HEAD_SYLLABLE = 10;

/** The valid syllables `key` makes with another tone, or with the sounds `heardVariants` swaps. */
function toneVariants(key: string): string[] {
  const bare = stripTone(key);
  const out = new Set(heardVariants(key));
  for (const v of slipVariants(key)) if (!v.double && stripTone(v.key) === bare) out.add(v.key);
  return [...out];
}

/**
 * A syllable the genre's drafts never write, making no word with either neighbour, while a
 * syllable it sounds like makes a word of the general list with one ("chuyển từ quãng canh sang
 * thâm canh" → "quảng canh"): the genre's figures are too few to know every word of its
 * subjects, and a syllable they never met beside nothing it makes a word with is no evidence of
 * its own. Only the slips of the ear count (hỏi/ngã, a merged sound): a general word is no
 * reading for any other variant of a rare word ("trồng gừng" is no "trồng rừng").
 */
export function heardSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, valid, lexicon, written, replace, report } = c;
  const plain = (t: Token | undefined): boolean => !!t && !t.skip && !t.info.capitalised && !t.info.allCaps && t.valid;
  tokens.forEach((t, i) => {
    if (flagged.has(i) || !plain(t) || c.pairs.knownBeside(text, i) || c.terms.has(t.key) || c.inPhrase.has(i) || syllableCount(t.key) > 0) return;
    const near = (j: number): Token | undefined => {
      const n = tokens[j];
      return plain(n) && !flagged.has(j) && (j < i ? adjacent(text, n, t) : adjacent(text, t, n)) ? n : undefined;
    };
    const before = near(i - 1);
    const after = near(i + 1);
    const word = (a: string, b: string): boolean => isKnownPair(a, b) || isGeneralPair(a, b);
    // (the word the syllable makes as written is asked of a capitalised neighbour too: sentence.ts joinedKey)
    const prior = joinedKey(c, i, i - 1);
    const next = joinedKey(c, i, i + 1);
    if ((!before && !after) || (prior && word(prior, t.key)) || (next && word(t.key, next))) return;
    let best: { key: string; changed: number; side: -1 | 1; count: number } | undefined;
    // a closed-class word pairs with anything, in the general list as in the genre ("một nửa là
    // nữ" is no "nữa là"): only two content words make the word the variant is read by
    const content = (n: Token | undefined, v: string): n is Token => !!n && !lexicon.functionWords.has(n.key) && !lexicon.functionWords.has(v);
    const consider = (v: string, changed: number, side: -1 | 1): void => {
      const count = syllableCount(v);
      if (!best || count > best.count) best = { key: v, changed, side, count };
    };
    // a neighbour making a pair of the genre with the content word on its far side is taken by
    // that word: "bảo quản búp chè" is "bảo quản" + "búp", no "quản bút" ("quá trình sét hỏi và"
    // is still "xét hỏi")
    const taken = (n: Token, side: -1 | 1): boolean => {
      const far = tokens[i + 2 * side];
      return !!far && !far.skip && !lexicon.functionWords.has(far.key) && (side < 0 ? adjacent(text, far, n) && isKnownPair(far.key, n.key) : adjacent(text, n, far) && isKnownPair(n.key, far.key));
    };
    // (a syllable of a listed word is the genre's own, never read as another)
    for (const v of lexicon.syllables.has(t.key) ? [] : heardVariants(t.key)) {
      // (a common word only: the rare ones of the full list make a reading of nearly any syllable)
      const side = content(before, v) && !taken(before, -1) && isCommonGeneralPair(before.key, v) ? -1 : content(after, v) && !taken(after, 1) && isCommonGeneralPair(v, after.key) ? 1 : 0;
      if (side) consider(v, i, side);
    }
    // …or a key struck by its neighbour ("dang sách" → "danh sách"), read only by a common word
    // the genre's own drafts write too, beside a neighbour no word takes on its far side
    if (!best && !lexicon.syllables.has(t.key)) {
      const genreWord = (a: string, b: string): boolean => isCommonGeneralPair(a, b) && isKnownPair(a, b);
      const free = (n: Token, side: -1 | 1): boolean => {
        const far = tokens[i + 2 * side];
        return !far || far.skip || !(side < 0 ? adjacent(text, far, n) && word(far.key, n.key) : adjacent(text, n, far) && word(n.key, far.key));
      };
      for (const { key: v, struck } of slipVariants(t.key)) {
        if (!struck) continue;
        const side = content(before, v) && free(before, -1) && genreWord(before.key, v) ? -1 : content(after, v) && free(after, 1) && genreWord(v, after.key) ? 1 : 0;
        if (side) consider(v, i, side);
      }
    }
    // …or the neighbour was heard wrong, the syllable the genre never writes kept: "trao đổi thẳng
    // thắng những khó khăn" is "thẳng thắn", "chấm dứt hợp đồng hoặc xa thải" is "sa thải". On its
    // far side the neighbour meets a closed-class word or nothing joined to it: a content word there
    // may make a word with it the lists never met ("tháo gỡ song sắt" is no "son sắt")
    if (!best) {
      for (const [n, j, side] of [[before, i - 1, -1], [after, i + 1, 1]] as const) {
        if (!n || c.terms.has(n.key) || lexicon.functionWords.has(n.key) || lexicon.functionWords.has(t.key)) continue;
        const far = tokens[j + side];
        const joined = !!far && !far.skip && (side < 0 ? adjacent(text, far, n) : adjacent(text, n, far));
        if (joined && !lexicon.functionWords.has(far.key)) continue;
        // with nothing joined on its far side (the clause ends there), any tone of the neighbour is
        // read, a tone key slipped as readily as heard: "giải đáp cụ thể, thấu đào." → "thấu đáo"
        for (const v of joined ? heardVariants(n.key) : toneVariants(n.key)) if (side < 0 ? isCommonGeneralPair(v, t.key) : isCommonGeneralPair(t.key, v)) consider(v, j, (-side) as -1 | 1);
      }
    }
    if (!best) return;
    const { changed, side } = best;
    const meantAt = tokens[changed];
    const other = tokens[changed + side];
    // two syllables the genre never writes are a word of another subject: one that opens many
    // words of the general list heads compounds those lists never met ("tiêu chuẩn phục vụ buồng
    // ngủ": "buồng" opens 16), no slip for its twin ("buồn ngủ"); a syllable closing the pair
    // qualifies a head, and the twin is read ("bị dụ giỗ" → "dụ dỗ")
    if (side > 0 && syllableCount(meantAt.key) === 0 && syllableCount(other.key) === 0 && generalWordsOpened(meantAt.key) >= HEAD_SYLLABLE) return;
    // the pair as written is one a text writes about as often as the one heard (pairHoldsAsWritten):
    // "để cây tự mọc" is no "tự học"
    if (side < 0 ? pairHoldsAsWritten(other.key, meantAt.key, other.key, best.key) : pairHoldsAsWritten(meantAt.key, other.key, best.key, other.key)) return;
    const [first, last] = side < 0 ? [other, meantAt] : [meantAt, other];
    const phrase = text.slice(first.start, last.end);
    const meant = written(best.key, meantAt.text);
    const suggestion = side < 0 ? `${other.text} ${meant}` : `${meant} ${other.text}`;
    report({ start: first.start, end: last.end, messageId: 'context', args: { word: phrase, suggestion }, suggestions: [replace(meantAt, best.key)], data: { word: phrase } });
    flagged.add(changed);
    flagged.add(changed + side);
  });
}

/**
 * A valid syllable written without its marks that the genre never writes bare, among
 * Vietnamese words of a Vietnamese draft ("cua các" → "của các", "moi nguoi" → "mọi người").
 */
export function bareSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, valid, vietnameseDraft, written, replace, report } = c;
  tokens.forEach((t, i) => {
    if (t.skip || flagged.has(i) || !t.valid || t.info.vietnamese || /\p{Lu}/u.test(t.text) || c.terms.has(t.key)) return;
    const near = (j: number): string | undefined => {
      const n = tokens[j];
      if (!n || n.skip || !(j < i ? adjacent(text, n, t) : adjacent(text, t, n))) return undefined;
      return c.meant.get(j) ?? (n.valid ? n.key : undefined);
    };
    const before = near(i - 1);
    const after = near(i + 1);
    if ((!before && !after) || !vietnameseDraft()) return;
    // the syllable a neighbour is joined to on its far side, as meant
    const beyond = (j: number, k: number): string | undefined => {
      const [a, b] = j < k ? [tokens[j], tokens[k]] : [tokens[k], tokens[j]];
      if (!a || !b || a.skip || b.skip || !adjacent(text, a, b)) return undefined;
      return c.meant.get(j) ?? (tokens[j].valid ? tokens[j].key : undefined);
    };
    const far = { before: before ? beyond(i - 2, i - 1) : undefined, after: after ? beyond(i + 2, i + 1) : undefined };
    const meant = bareSlip(t.key, before, after, far) ?? telexPair(t.key, before, after);
    if (!meant) return;
    const suggestion = written(meant, t.text);
    report({ start: t.start, end: t.end, messageId: 'context', args: { word: t.text, suggestion }, suggestions: [replace(t, meant)], data: { word: t.text } });
    flagged.add(i);
  });
}

/**
 * A valid syllable that is also Telex keys ("coong" typed for "công" with the keyboard off):
 * the keys no English word spends that way ("oo", "dd"), a pair of the genre made by the
 * reading with a neighbour, none by the syllable as written ("coong chức" → "công chức").
 */
function telexPair(key: string, before: string | undefined, after: string | undefined): string | undefined {
  const reading = telexReading(key);
  // "oo" before "ng"/"c" counts here too: the pair below is the evidence
  if (!(reading?.strong || reading?.ownRhyme) || !syllables().has(reading.key)) return undefined;
  if ((before && isKnownPair(before, key)) || (after && isKnownPair(key, after))) return undefined;
  return (before && isKnownPair(before, reading.key)) || (after && isKnownPair(reading.key, after)) ? reading.key : undefined;
}

/** spelling-confusions.json frames: a pair right in one construction, a slip for another word after `after` */
const FRAMES = confusions.frames.map((f) => ({
  written: f.written.split(' ').map(lookupKey),
  meant: f.meant.split(' ').map(lookupKey),
  after: new Set(f.after.map(lookupKey)),
}));

/**
 * A pair written right in one construction and wrong in another ("trở lên" closes a quantity,
 * "từ 18 tuổi trở lên"; after a word of aspect or degree, before a lower-case word, it is "trở
 * nên": "ngày càng trở lên khấm khá"): spelling-confusions.json frames.
 */
export function framedSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, written, replace, report } = c;
  for (const f of FRAMES) {
    const n = f.written.length;
    for (let i = 1; i + n < tokens.length; i++) {
      // (most tokens open no frame: no slice for them; asked at every token of every sentence)
      if (tokens[i].key !== f.written[0]) continue;
      const group = tokens.slice(i, i + n);
      if (group.some((t, k) => t.key !== f.written[k] || flagged.has(i + k) || t.info.allCaps || (k > 0 && !adjacent(text, group[k - 1], t)))) continue;
      const before = tokens[i - 1];
      const next = tokens[i + n];
      if (!f.after.has(before.key) || !adjacent(text, before, group[0]) || !adjacent(text, group[n - 1], next)) continue;
      // a lower-case word follows, no place after its level word ("trở lên xã" goes back up there)
      if (next.skip || /\p{Lu}/u.test(next.text) || isLevelWord(next.key) || group[0].info.capitalised) continue;
      const at = f.written.findIndex((k, m) => k !== f.meant[m]);
      const phrase = text.slice(group[0].start, group[n - 1].end);
      const suggestion = group.map((g, k) => (k === at ? written(f.meant[k], g.text) : g.text)).join(' ');
      report({ start: group[0].start, end: group[n - 1].end, messageId: 'context', args: { word: phrase, suggestion }, suggestions: [replace(group[at], f.meant[at])], data: { word: phrase } });
      for (let k = 0; k < n; k++) flagged.add(i + k);
    }
  }
}

