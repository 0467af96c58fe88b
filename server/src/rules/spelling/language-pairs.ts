/**
 * Pass 4: a valid syllable that makes no pair with its neighbours, in the genre or in the language
 * at large, one slip from the syllable its neighbour goes with in everyday Vietnamese ("nộp thuê"
 * → "nộp thuế", "máy mốc" → "máy móc", "lối xống" → "lối sống"): the general dictionary's figures
 * (core/spell/general-pairs.ts), evidence that does not depend on the words of the drafts read so
 * far. The confidence is the noisy channel's: how much likelier the neighbour's usual pair is than
 * the pair as written, weighed by how likely the slip is.
 */
import { generalPairCount, generalSyllableCount, generalSyllableTotal } from '../../core/spell/general-pairs.js';
import { FREQUENT_PAIR, freeCount } from '../../core/spell/pairs.js';
import { CLOSED_AFFINITY, dictionaryAlone, distinctHeardVariants, droppedFromGenre, slipVariants, STRONG_PAIR, USUAL_SHARE, ySwap } from '../../core/spell/slips.js';
import { foldKey } from '../../core/spell/syllable.js';
import type { Token } from '../../core/spell/tokens.js';
import { adjacent, afterNumber, joinedKey, reportPairSlip, type SentenceCheck } from './sentence.js';
import { adverbAt } from './wrong-word.js';
import { closedAsWritten } from '../../core/spell/closed-reading.js';
import { isGeneralPair } from '../../core/spell/general-words.js';

/**
 * How much more often the dictionary writes the neighbour's pair with the variant than chance
 * would write it with the syllable as written (the pair's count against the neighbour's count
 * times the written syllable's share): a slip of the ear, few syllables surviving it as another
 * word ("xống" → "sống"), must beat chance this far…
 */
const HEARD_SURPRISE = 100;
/** …a tone or a vowel mark changed otherwise ("thuê" → "thuế", "mốc" → "móc"), five times as far */
const MARKED_SURPRISE = 5 * HEARD_SURPRISE;
/** …and then the pair is a habit of the neighbour's (a share of its sightings) met this often */
const MARKED_PAIR = 5;
/** a slip of the ear towards a word of the general list: the dictionary's text must write it this often */
const LIVING_PAIR = 2;

export function languageSlips(c: SentenceCheck): void {
  const { text, tokens, flagged, lexicon } = c;
  const { functionWords } = lexicon;
  const plain = (t: Token | undefined): t is Token => !!t && !t.skip && !t.info.capitalised && !t.info.allCaps && t.valid;
  // a closed-class word meets anything in the dictionary's sentences: its pairs there explain nothing
  // (of tokens j and j + 1, as their keys are written: each fact asked once a sentence, sentence.ts PairFacts)
  const { pairs } = c;
  const wordAt = (j: number): boolean =>
    pairs.known(j) || pairs.general(j) || (!functionWords.has(tokens[j].key) && !functionWords.has(tokens[j + 1].key) && pairs.count(j) > 0);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // a unit after a number ("12 ha sen") is what is counted, an adverb after its verb
    // ("nghiên cứu kỹ luật mới") qualifies it: no slip
    // (a known syllable in a known pair first: sentence.ts PairFacts.knownBeside, which the test below implies)
    if (flagged.has(i) || !plain(t) || c.pairs.knownBeside(text, i) || c.terms.has(t.key) || c.inPhrase.has(i) || countedBefore(c, i) || adverbAt(text, tokens, i)) continue;
    const near = (j: number): Token | undefined => {
      const n = tokens[j];
      return plain(n) && !flagged.has(j) && (j < i ? adjacent(text, n, t) : adjacent(text, t, n)) ? n : undefined;
    };
    const before = near(i - 1);
    const after = near(i + 1);
    if (!before && !after) continue;
    // (the word the syllable makes as written is asked of a capitalised neighbour too: sentence.ts joinedKey)
    const prior = joinedKey(c, i, i - 1);
    const next = joinedKey(c, i, i + 1);
    // (`prior` and `next` are the keys of tokens i - 1 and i + 1 when set)
    if ((prior && wordAt(i - 1)) || (next && wordAt(i))) continue;
    const heard = distinctHeardVariants(t.key);
    let best: { key: string; side: -1 | 1; surprise: number } | undefined;
    for (const [n, side] of [[before, -1], [after, 1]] as const) {
      // a closed-class neighbour goes with anything; one that makes a word on its far side is taken by it
      if (!n || functionWords.has(n.key) || (side < 0 && countedBefore(c, i - 1))) continue;
      const beyond = takenBeyond(c, i, side, wordAt);
      if (beyond === Infinity) continue;
      const seen = Math.max(1, generalSyllableCount(n.key));
      for (const v of slipVariants(t.key)) {
        if (v.double || v.key === n.key || ySwap(t.key, v.key)) continue;
        // a letter the genre's own syllable has, dropped ("tưới ước" → "tưới nước"), is weighed
        // as a slip of the ear is: few syllables the drafts never write survive it as words
        const ear = heard.includes(v.key) || droppedFromGenre(t.key, v.key);
        if (!ear && foldKey(v.key) !== t.info.fold) continue;
        // (a mark slip the drafts' figures never back, in a syllable they write: slips.ts dictionaryAlone)
        if (!ear && dictionaryAlone(t.key, v.key, n.key, side)) continue;
        const count = side < 0 ? generalPairCount(n.key, v.key) : generalPairCount(v.key, n.key);
        // (a word of the general list is a word however seldom the text writes it: twice is no chance
        // meeting there, "thổ cẩm", "thỉnh giảng")
        const floor = ear && (side < 0 ? isGeneralPair(n.key, v.key) : isGeneralPair(v.key, n.key)) ? LIVING_PAIR : ear ? FREQUENT_PAIR : MARKED_PAIR;
        // (the neighbour goes with the variant more than with the syllable beyond it: each pair
        // against chance, its count over what the two syllables' counts would meet)
        if (count < floor || (beyond > 0 && (count * generalSyllableTotal()) / (seen * Math.max(1, generalSyllableCount(v.key))) <= beyond)) continue;
        const share = count / seen;
        // a closed-class word as written or as meant ("bà còn", "tù trước"), the guard every step
        // shares (core/spell/closed-reading.ts), or one the genre writes on its own all the time
        // ("lưu trữ tỉnh"), is read as written unless the neighbour nearly always makes the pair
        // ("vất và" → "vất vả")
        if (closedAsWritten(t.key, v.key, n.key, side) || (freeCount(t.key) >= STRONG_PAIR && share < CLOSED_AFFINITY)) continue;
        const surprise = (count * generalSyllableTotal()) / (seen * Math.max(1, generalSyllableCount(t.key)));
        if (surprise < (ear ? HEARD_SURPRISE : MARKED_SURPRISE) || (!ear && share < USUAL_SHARE)) continue;
        if (!best || surprise > best.surprise) best = { key: v.key, side, surprise };
      }
    }
    if (!best) continue;
    reportPairSlip(c, i, best.side, best.key);
  }
}

/**
 * Token `j` follows a number or a numeral ("ba mươi đàn ong", "12 đàn ong"): it is the classifier
 * of what is counted, the token after it that thing, and no habit of its own says otherwise.
 */
export function countedBefore(c: SentenceCheck, j: number): boolean {
  const { text, tokens, lexicon } = c;
  const t = tokens[j];
  const before = tokens[j - 1];
  if (afterNumber(text, t.start)) return true;
  return !!before && !before.skip && adjacent(text, before, t) && lexicon.counts.has(before.key);
}

/**
 * The neighbour of token `i` on `side` makes a word with the content word beyond it ("lưu trữ",
 * "yêu cầu" in "tỉnh yêu cầu"): it is that word's, and says nothing of the token (Infinity); or
 * the dictionary's text writes the two a few times, no word (how far they beat chance: a variant
 * must make a pair beating it further); else 0.
 */
function takenBeyond(c: SentenceCheck, i: number, side: -1 | 1, wordAt: (j: number) => boolean): number {
  const { text, tokens, lexicon, pairs } = c;
  const n = tokens[i + side];
  const far = tokens[i + 2 * side];
  if (!far || far.skip || far.info.capitalised || far.info.allCaps || !far.valid || lexicon.functionWords.has(far.key)) return 0;
  const j = side < 0 ? i - 2 : i + 1;
  if (!(side < 0 ? adjacent(text, far, n) : adjacent(text, n, far)) || !wordAt(j)) return 0;
  // a word of the genre or of the language takes the neighbour whatever the variant makes with
  // it; two syllables the dictionary's text wrote side by side a few times only, no word of a
  // list, take it from a variant the neighbour goes with no more than with them, each pair weighed
  // against chance: "các loại sâu" (2, twice chance: "loại" is everywhere) keeps no "sâu" from
  // "sâu đục" (4, fifty times chance: "sâu đụt ngọn" → "sâu đục"); "bể chứa" (2, sixty times) keeps
  // "chứa" from "chứa nước" (21, sixteen times)
  if (pairs.known(j) || pairs.general(j) || pairs.count(j) >= FREQUENT_PAIR) return Infinity;
  // (how far the two beat chance: their count over what their syllables' counts would meet)
  return (pairs.count(j) * generalSyllableTotal()) / (Math.max(1, generalSyllableCount(n.key)) * Math.max(1, generalSyllableCount(far.key)));
}
