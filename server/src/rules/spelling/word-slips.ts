/**
 * Pass 5: a valid syllable that makes no word with either neighbour (no pair of the genre, no
 * word of the genre's or the general lists, no pair of the general dictionary) while one slip
 * of it (a tone, a vowel mark, a letter dropped or added, a confused sound) makes a word with a
 * content neighbour: a listed word of the genre, or a common word of the general list that the
 * neighbour writes often enough (`WORD_SHARE`). The other steps ask the genre's figures for the
 * variant's pair, and the drafts of one genre never wrote most words of the subjects a training
 * reaches (tax, customs, courts, banks): "hành khác khai báo" → "hành khách", "giới hạng tín dụng"
 * → "giới hạn", "kiểm địch động vật" → "kiểm dịch", "quyết toàn thuế" → "quyết toán".
 */
import { freeCount, FREQUENT_PAIR, isKnownPair, pairCount as pairCountOf, syllableCount } from '../../core/spell/pairs.js';
import { generalPairCount, generalSyllableCount } from '../../core/spell/general-pairs.js';
import { generalWordCount, generalWordsOpened, isCommonGeneralPair, isGeneralPair } from '../../core/spell/general-words.js';
import { isListedPair } from '../../core/spell/genre-words.js';
import { BOUND_SEEN, CLOSED_AFFINITY, dictionaryAlone, distinctHeardVariants, droppedFromGenre, slipVariants, soundSwaps, STRONG_PAIR, USUAL_SHARE, ySwap } from '../../core/spell/slips.js';
import { freeInGenre, oddSyllable } from '../../core/spell/closed-reading.js';
import type { Token } from '../../core/spell/tokens.js';
import { adjacent, joinedKey, reportPairSlip, type SentenceCheck } from './sentence.js';
import { countedBefore } from './language-pairs.js';
import { isLevelWord } from '../../core/casing.js';

/**
 * The two syllables make a word as written: a pair of the genre's figures, a word of the lists or
 * of the general dictionary, or a pair the general dictionary's text holds. (A capital beside the
 * syllable makes a name's word: "Chính phủ cấp", "Chấp hành viên".)
 */
export function word(a: string, b: string): boolean {
  return isKnownPair(a, b) || isGeneralPair(a, b) || generalPairCount(a, b) > 0;
}

/** `word` of the keys of tokens j and j + 1 */
export function wordAt(c: SentenceCheck, j: number): boolean {
  return c.pairs.known(j) || c.pairs.general(j) || c.pairs.count(j) > 0;
}

/** the share of the neighbour's sightings in the general dictionary the variant's word must take, when the genre knows the neighbour as bound in its words… */
const WORD_SHARE = 0.01;
/** a syllable opening this many words of the general list heads compounds the lists never met ("bình khí", "buồng ngủ") */
const HEAD_SYLLABLE = 10;

export function wordSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, lexicon } = c;
  const { functionWords, needsComplement } = lexicon;
  const plain = (t: Token | undefined): t is Token => !!t && !t.skip && !t.info.capitalised && !t.info.allCaps && t.valid;
  const inWord = (a: string, b: string): boolean => isListedPair(a, b) || isGeneralPair(a, b);
  const joined = (j: number, k: number): boolean => {
    const [x, y] = j < k ? [tokens[j], tokens[k]] : [tokens[k], tokens[j]];
    return !!x && !!y && !x.skip && !y.skip && adjacent(text, x, y);
  };
  const lower = (j: number): string | undefined => {
    const n = tokens[j];
    return n && !n.skip && !n.info.allCaps && n.valid ? n.key : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (flagged.has(i) || !plain(t) || c.pairs.knownBeside(text, i) || c.terms.has(t.key) || c.inPhrase.has(i) || functionWords.has(t.key) || countedBefore(c, i)) continue;
    const near = (j: number): Token | undefined => {
      const n = tokens[j];
      return plain(n) && !flagged.has(j) && joined(i, j) ? n : undefined;
    };
    const before = near(i - 1);
    const after = near(i + 1);
    if (!before && !after) continue;
    const prior = joined(i - 1, i) ? lower(i - 1) : undefined;
    const next = joined(i, i + 1) ? lower(i + 1) : undefined;
    // (`word` of the keys of tokens i - 1 and i, of i and i + 1: asked once a sentence, sentence.ts PairFacts)
    if ((prior && wordAt(c, i - 1)) || (next && wordAt(c, i))) continue;
    // a syllable the genre writes on its own all the time ("làm", "lại", "bình") is a word as
    // written beside a neighbour that does not nearly always make the variant's word: the guard
    // the general dictionary's step asks (language-pairs.ts), and a syllable written outside its
    // words for a third of its sightings or more (`freeInGenre`)
    const free = freeCount(t.key) >= STRONG_PAIR || (freeCount(t.key) >= BOUND_SEEN && freeInGenre(t.key));
    let best: { key: string; side: -1 | 1; count: number } | undefined;
    for (const [n, side] of [[before, -1], [after, 1]] as const) {
      if (!n) continue;
      const j = i + side;
      const known = syllableCount(n.key) >= BOUND_SEEN;
      // a closed-class neighbour goes with anything; one the genre writes on its own is no half of a word
      if (functionWords.has(n.key) || (known && freeInGenre(n.key)) || (side < 0 && countedBefore(c, j))) continue;
      // a neighbour taken by a word on its far side, unless that syllable is itself half of a
      // word beyond it, a chain the text may read either way ("thông báo giới hạng")
      const far = tokens[j + side];
      if (far && joined(j, j + side) && !functionWords.has(far.key) && (side < 0 ? inWord(far.key, n.key) : inWord(n.key, far.key))) {
        const far2 = tokens[j + 2 * side];
        const chained = !!far2 && joined(j + side, j + 2 * side) && (side < 0 ? inWord(far2.key, far.key) : inWord(far.key, far2.key));
        if (!chained) continue;
        // …and the chain read from its far end again pairs the neighbour off: "bà con tin tưởng
        // nhờ" is "bà con | tin tưởng | nhờ" (trust, then ask for help), no "con tin | tưởng nhớ"
        const far3 = tokens[j + 3 * side];
        if (far3 && joined(j + 2 * side, j + 3 * side) && !functionWords.has(far3.key) && (side < 0 ? inWord(far3.key, far2.key) : inWord(far2.key, far3.key))) continue;
      }
      // a syllable opening many words, before its neighbour, heads a compound of its own ("bình
      // khí CO2", "buồng ngủ"), unless the neighbour nearly always makes the variant's word
      const head = side > 0 && generalWordsOpened(t.key) >= HEAD_SYLLABLE;
      const seen = Math.max(1, generalSyllableCount(n.key));
      // the syllable as written is one the genre writes, its neighbour one it hardly knows: the
      // pair may be a term of a subject the drafts never reached ("thời gian ân hạn" of a loan),
      // and a variant the drafts never wrote either ("ân hận") reads it only when the neighbour
      // nearly always makes that word in the general dictionary (`CLOSED_AFFINITY`: "ân hận" is
      // 11 of 65 "ân")
      const foreignTerm = syllableCount(t.key) >= BOUND_SEEN && !known;
      for (const v of slipVariants(t.key)) {
        if (v.double || v.struck || v.key === n.key || ySwap(t.key, v.key)) continue;
        const [a, b] = side < 0 ? [n.key, v.key] : [v.key, n.key];
        const listed = isListedPair(a, b);
        // a letter dropped from a syllable the drafts write all the time, leaving one they never
        // write (`droppedFromGenre`: "ước" of "nước"): a word of the general list the variant makes
        // with the neighbour reads it, though the syllable as written heads words of its own and
        // the neighbour meets many others ("nước đá": 12 of 515 "đá"; "nước mưa", a rare word)
        const odds = droppedFromGenre(t.key, v.key);
        if (!listed && !(odds ? isGeneralPair(a, b) : isCommonGeneralPair(a, b))) continue;
        const count = generalPairCount(a, b);
        if (count < FREQUENT_PAIR || (!listed && count < (known || odds ? WORD_SHARE : USUAL_SHARE) * seen)) continue;
        if ((free || (head && !odds)) && count < CLOSED_AFFINITY * seen) continue;
        if (foreignTerm && syllableCount(v.key) === 0 && count < CLOSED_AFFINITY * seen) continue;
        // a mark slip the drafts' figures never back, in a syllable they write, beside a neighbour
        // they hardly know: the dictionary alone is no witness ("ghi mẫu sổ doanh thu": slips.ts)
        if (dictionaryAlone(t.key, v.key, n.key, side)) continue;
        // a word that never ends a clause is no reading before ",", "." ("cuộc gọi lạ." is no "gọi là")
        if (side < 0 && needsComplement.has(v.key) && /^\s*[,.;:!?)…]/u.test(text.slice(t.end, t.end + 3))) continue;
        if (!best || count > best.count) best = { key: v.key, side, count };
      }
    }
    if (!best) continue;
    reportPairSlip(c, i, best.side, best.key);
  }
}

/** a word of the general list its dictionary's text writes this often is a living word, no headword alone */
const LIVING_WORD = 2;
/** the share of its words of the general list a bound neighbour opens (before the syllable) or closes (after it) */
const SIDE_SHARE = 1 / 3;

/**
 * Tokens j and j + 1 make a word as written: of the genre, of the lists, or two content
 * syllables the general dictionary's text puts together, or a closed-class word and a syllable
 * it writes together as often as it writes its rarer words ("có ít học sinh": 19 there; "cho
 * khác" 2, by chance). Each fact is asked once a sentence (sentence.ts PairFacts).
 */
function heardWordAt(c: SentenceCheck, j: number): boolean {
  const { pairs, tokens } = c;
  const { functionWords } = c.lexicon;
  return pairs.known(j) || pairs.general(j) || pairs.count(j) >= (functionWords.has(tokens[j].key) || functionWords.has(tokens[j + 1].key) ? FREQUENT_PAIR : 1);
}

/**
 * Pass 6: a confused sound (spelling-confusions.json: an onset or a final a region merges) turns
 * a word of the general list into two syllables no list, no figure and no sentence of the general
 * dictionary ever put together: "chăm sóc khác hàng" → "khách hàng", "ứng sử" → "ứng xử", "trang
 * chí" → "trang trí", "đông đốc" → "đôn đốc". The genre's figures never met most words of the
 * subjects a training reaches, and the general list alone makes too many readings of a mark
 * slip (wordSlips asks the neighbour's habit for those); a sound swapped has a few variants only,
 * and a pair the whole language never writes, one swap from a word it has, is that word heard.
 */
export function heardWordSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, lexicon } = c;
  const { functionWords } = lexicon;
  const plain = (t: Token | undefined): t is Token => !!t && !t.skip && !t.info.capitalised && !t.info.allCaps && t.valid;
  const joined = (j: number, k: number): boolean => {
    const [x, y] = j < k ? [tokens[j], tokens[k]] : [tokens[k], tokens[j]];
    return !!x && !!y && !x.skip && !y.skip && adjacent(text, x, y);
  };
  const inWord = (a: string, b: string): boolean => isListedPair(a, b) || isGeneralPair(a, b);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (flagged.has(i) || !plain(t) || c.pairs.knownBeside(text, i) || c.terms.has(t.key) || c.inPhrase.has(i) || functionWords.has(t.key) || countedBefore(c, i)) continue;
    const swaps = soundSwaps(t.key);
    if (swaps.length === 0) continue;
    const distinct = distinctHeardVariants(t.key);
    const prior = joined(i - 1, i) && plain(tokens[i - 1]) ? tokens[i - 1].key : undefined;
    const next = joined(i, i + 1) && plain(tokens[i + 1]) ? tokens[i + 1].key : undefined;
    if (!prior && !next) continue;
    // (the word the syllable makes as written is asked of a capitalised neighbour too: sentence.ts joinedKey)
    const priorWord = joinedKey(c, i, i - 1);
    const nextWord = joinedKey(c, i, i + 1);
    // (`priorWord` and `nextWord` are the keys of tokens i - 1 and i + 1 when set)
    if ((priorWord && heardWordAt(c, i - 1)) || (nextWord && heardWordAt(c, i))) continue;
    const common = syllableCount(t.key) >= BOUND_SEEN;
    let best: { key: string; side: -1 | 1; count: number } | undefined;
    for (const [n, side] of [[prior, -1], [next, 1]] as const) {
      const j = i + side;
      if (!n || flagged.has(j) || (side < 0 && countedBefore(c, j))) continue;
      // a closed-class neighbour meets anything in the dictionary's sentences: the word it makes
      // with the variant must be one that text writes ("khách hàng", 46 there), not a headword only
      const closed = functionWords.has(n);
      // (bound on this side: in the general list it opens words, before the syllable, or closes
      // them, after it, a third of the time at least; "lượng" of "chất lượng", "số lượng" closes
      // its words, and "lượng rác" is no "lượng giác")
      const opens = generalWordsOpened(n) / Math.max(1, generalWordCount(n));
      const onItsSide = (side < 0 ? opens : 1 - opens) >= SIDE_SHARE;
      const bound = !closed && syllableCount(n) >= BOUND_SEEN && !freeInGenre(n) && onItsSide;
      // a neighbour taken by a word on its far side is that word's (a chain of words aside)
      // (a closed-class syllable too, where the two make a word: "khách nước ngoài" is no "khát nước")
      const far = tokens[j + side];
      if (far && joined(j, j + side) && (side < 0 ? inWord(far.key, n) : inWord(n, far.key))) {
        const far2 = tokens[j + 2 * side];
        if (!(far2 && joined(j + side, j + 2 * side) && (side < 0 ? inWord(far2.key, far.key) : inWord(far.key, far2.key)))) continue;
      }
      for (const v of swaps) {
        // (a swap most syllables survive as another word, n/ng, l/n, ch/c, is read only by a bound neighbour)
        if (v === n || functionWords.has(v)) continue;
        const [a, b] = side < 0 ? [n, v] : [v, n];
        if (!bound && !distinct.includes(v) && !twinHabit(a, b, n, v, t.key)) continue;
        // a word of the general list only: a listed word is the listed-word step's, with its
        // guards (wrong-word.ts), and a pair the genre's figures merely met is no word ("chính
        // sách dân tộc" is no "sách dân")
        // …and a living one, that the dictionary's own text writes: a headword alone is no
        // reading ("viên thông", "bản ráp" are never written there)
        if (isListedPair(a, b) || !isGeneralPair(a, b)) continue;
        if (generalPairCount(a, b) < (closed ? FREQUENT_PAIR : LIVING_WORD)) continue;
        // the evidence: a neighbour the genre never writes outside its words ("đốc" of "giám
        // đốc", "đôn đốc"); else a common word of the list, read for a syllable the genre hardly
        // writes ("sát dân", "nghẹn và tắc thở" stand) and heading no compound of its own before
        // the neighbour ("buồng ngủ": "buồng" opens 16 words); a rare word of the list only for
        // an odd syllable, in hardly any word itself ("vược biên"; "da giày" is no "da dày")
        const commonWord = isCommonGeneralPair(a, b);
        if (!bound && !(commonWord ? onItsSide && !common && !(side > 0 && generalWordsOpened(t.key) >= HEAD_SYLLABLE) : oddSyllable(t.key))) continue;
        const count = generalPairCount(a, b) + pairCountOf(a, b);
        if (!best || count > best.count) best = { key: v, side, count };
      }
    }
    if (!best) continue;
    reportPairSlip(c, i, best.side, best.key);
  }
}

/**
 * A swap most syllables survive as another word (n/ng, l/n, ch/c) read beside a free neighbour:
 * only toward a common word of the general list that is a habit of one of its two syllables in
 * the dictionary's text (`USUAL_SHARE` of the neighbour's or the variant's sightings): "tập thể
 * dục đều đặng" → "đều đặn" (54 of the 70 "đặn"), "giữ khoản cách" → "khoảng cách"; a twin met
 * beside the neighbour by chance is no reading.
 */
function twinHabit(a: string, b: string, n: string, v: string, key: string): boolean {
  if (!isCommonGeneralPair(a, b) || writtenCount(v) < writtenCount(key)) return false;
  return generalPairCount(a, b) >= USUAL_SHARE * Math.min(generalSyllableCount(n), generalSyllableCount(v));
}

/** How often Vietnamese writes a syllable: the genre's drafts and the general dictionary's text. */
export function writtenCount(key: string): number {
  return syllableCount(key) + generalSyllableCount(key);
}

/**
 * A syllable right before a place's name, after a word that takes a complement ("tại", "ở"), one
 * slip from a level word of the places ("bản", "xã", "thôn": generic-markers.json levels): the
 * name says a place is meant, the level word is what opens it ("tại bảng Nà Hẩu" → "tại bản").
 * The syllable as written makes no word with the word before it (no pair of the genre, no word of
 * the lists, no pair of the general dictionary): "ở xa Hà Nội" is read as written.
 */
export function levelWordSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, lexicon } = c;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    const name = tokens[i + 1];
    if (flagged.has(i) || flagged.has(i - 1) || t.skip || before.skip || name.skip || c.inPhrase.has(i)) continue;
    if (t.info.capitalised || t.info.allCaps || !t.valid || c.terms.has(t.key)) continue;
    // a name of two capitalised syllables at least ("Nà Hẩu", "Đồng Tâm"): one capital may be a
    // word's ("tại bảng Excel", "tại bảng Tổng hợp")
    const second = tokens[i + 2];
    const capital = (n: Token | undefined): boolean => !!n && !n.skip && n.info.capitalised && !n.info.allCaps && /^\p{Lu}\p{Ll}/u.test(n.text);
    if (!capital(name) || !capital(second) || !adjacent(text, name, second!)) continue;
    // (asked after the name, which few tokens have before them: the level word's key was looked
    // up again for nearly every token, 0.9 % of the per-core lint)
    if (isLevelWord(t.key)) continue;
    if (!adjacent(text, before, t) || !adjacent(text, t, name) || before.info.capitalised || !lexicon.needsComplement.has(before.key)) continue;
    if (word(before.key, t.key)) continue;
    const levels = slipVariants(t.key).filter((v) => !v.double && !v.struck && isLevelWord(v.key));
    if (levels.length !== 1) continue;
    reportPairSlip(c, i, -1, levels[0].key);
  }
}

/**
 * Pass 7: a syllable the genre's drafts never write ("xâu", "lẽ", "rẩy": no count in their
 * figures), making no word with either neighbour, one slip of the ear (a hỏi for a ngã, a
 * confused sound few syllables survive: `distinctHeardVariants`) from a syllable that makes a word
 * of the genre with a content neighbour, or one the language writes: "phòng trừ xâu đục thân" →
 * "trừ sâu", "còn nhỏ lẽ" → "nhỏ lẻ", "làm rẩy" → "làm rẫy". The steps before weigh the
 * neighbour's habits, and ask nothing of a neighbour taken by a word on its far side ("phòng
 * trừ"), of one the genre writes on its own ("nhỏ"), nor of a word only the general list has
 * ("làm rẫy"): guards against the many twins a syllable of the genre has. A syllable the genre
 * never wrote has no habit to weigh, and a sound-alike that makes one of the genre's words is
 * what was heard; the evidence (`unwrittenEvidence`) is graded by how much the neighbour is
 * another word's already.
 */
export function unwrittenSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, lexicon } = c;
  const { functionWords } = lexicon;
  const plain = (t: Token | undefined): t is Token => !!t && !t.skip && !t.info.capitalised && !t.info.allCaps && t.valid;
  const joined = (j: number, k: number): boolean => {
    const [x, y] = j < k ? [tokens[j], tokens[k]] : [tokens[k], tokens[j]];
    return !!x && !!y && !x.skip && !y.skip && adjacent(text, x, y);
  };
  const inWord = (a: string, b: string): boolean => isListedPair(a, b) || isGeneralPair(a, b);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (flagged.has(i) || !plain(t) || c.pairs.knownBeside(text, i) || syllableCount(t.key) > 0 || c.terms.has(t.key) || c.inPhrase.has(i) || functionWords.has(t.key) || countedBefore(c, i)) continue;
    const heard = distinctHeardVariants(t.key);
    if (heard.length === 0) continue;
    const prior = joined(i - 1, i) && plain(tokens[i - 1]) ? tokens[i - 1].key : undefined;
    const next = joined(i, i + 1) && plain(tokens[i + 1]) ? tokens[i + 1].key : undefined;
    if (!prior && !next) continue;
    // (the word the syllable makes as written is asked of a capitalised neighbour too, heardWordSlips' test)
    if ((joinedKey(c, i, i - 1) && heardWordAt(c, i - 1)) || (joinedKey(c, i, i + 1) && heardWordAt(c, i))) continue;
    let best: { key: string; side: -1 | 1; count: number } | undefined;
    for (const [n, side] of [[prior, -1], [next, 1]] as const) {
      const j = i + side;
      if (!n || flagged.has(j) || functionWords.has(n) || (side < 0 && countedBefore(c, j))) continue;
      // the neighbour makes a word on its far side ("truyền thống xứ Đông", "sơ chế ướt"): it
      // is that word's, and only a listed word of the genre the variant makes with it outweighs it
      const far = tokens[j + side];
      const taken = !!far && joined(j, j + side) && !far.skip && far.valid && (side < 0 ? inWord(far.key, n) : inWord(n, far.key));
      for (const v of heard) {
        if (v === n || functionWords.has(v)) continue;
        const [a, b] = side < 0 ? [n, v] : [v, n];
        if (!unwrittenEvidence(t.key, n, side, a, b, taken)) continue;
        // (the word the genre writes most, then the one the dictionary's text writes most)
        const count = pairCountOf(a, b) * 1000 + generalPairCount(a, b);
        if (!best || count > best.count) best = { key: v, side, count };
      }
    }
    if (!best) continue;
    reportPairSlip(c, i, best.side, best.key);
  }
}

/**
 * The pair `a b` (the variant beside neighbour `n` on `side`) is evidence for a syllable the
 * genre never writes, `key`: a listed word of the genre, whatever the neighbour makes on its far
 * side ("phòng trừ xâu" → "trừ sâu"); otherwise, with the neighbour free of any word beyond it,
 * a pair of the genre's figures the dictionary's text writes too (`LIVING_WORD`: "nhỏ lẻ", not
 * the figures' "giao bán" of two words met side by side), or a word of the general list beside a
 * syllable the genre writes, never on its own, on the side where it stands in its words, and
 * written in the dictionary's text or read for an odd syllable (`oddSyllable`: "làm rẩy" →
 * "làm rẫy"). Silent: "các bản giáp biên giới" ("bản ráp" a headword only), "lượng rác ngày càng
 * tăng" ("lượng" closes its words), "số người dừng đóng" ("người" stands on its own), "xưởng da
 * giày" ("da" never written by the drafts).
 */
function unwrittenEvidence(key: string, n: string, side: -1 | 1, a: string, b: string, taken: boolean): boolean {
  if (isListedPair(a, b)) return true;
  if (taken) return false;
  const living = generalPairCount(a, b) >= LIVING_WORD;
  if (isKnownPair(a, b) && living) return true;
  if (!isGeneralPair(a, b) || syllableCount(n) === 0 || freeInGenre(n)) return false;
  const opens = generalWordsOpened(n) / Math.max(1, generalWordCount(n));
  if ((side < 0 ? opens : 1 - opens) < SIDE_SHARE) return false;
  return living || oddSyllable(key);
}
