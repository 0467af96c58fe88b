/**
 * Pass 6: words of three syllables. A valid syllable between two others, or after two, that makes
 * no word with the syllables written beside it, while one slip of it (a tone, a vowel mark, a
 * letter, a confused sound) completes a word of three syllables with them: a listed word of the
 * genre or a word of three syllables of the general list (dictionaries/general-words.json
 * `triples`): "hỗ trợ nhu yêu phẩm" → "nhu yếu phẩm", "xuất nhập cản trái phép" → "xuất nhập
 * cảnh". The pair steps cannot see these: "nhu yếu" and "yếu phẩm" are no pairs of any figures,
 * and the two exact syllables of the word are the evidence. Three exact syllables of a word are
 * that word; a slip that needs a letter and a mark both ("ngại" → "gái") is no reading here, nor
 * a variant Vietnamese writes less than the syllable as written (the prior, `MIDDLE_ODDS`).
 * The last syllable is read only when the genre never writes it, the variant is far more common
 * (`LAST_ODDS`) and it makes no word with the
 * syllable after it either: "công đoàn phải nắm" is "phải", no "công đoàn phí"; the first is
 * never read ("cảng ngày càng lớn" is a port that grows, no "càng ngày càng").
 */
import { syllableCount } from '../../core/spell/pairs.js';
import { isGeneralTriple } from '../../core/spell/general-words.js';
import { isListed } from '../../core/spell/genre-words.js';
import { slipVariants } from '../../core/spell/slips.js';
import { adjacent, type SentenceCheck } from './sentence.js';
import { word, wordAt, writtenCount } from './word-slips.js';

function isWord(a: string, b: string, c: string): boolean {
  return isGeneralTriple(a, b, c) || isListed([a, b, c]);
}

/** Report a syllable one slip from completing a word of three syllables with the two beside it. */
export function tripleSlips(c: SentenceCheck): void {
  const { text, tokens, flagged } = c;
  const n = tokens.length;
  if (n < 3) return;
  /** the token's key when it is a judged lower-case syllable, else undefined */
  const keyAt = (j: number): string | undefined => {
    const t = tokens[j];
    if (!t || t.skip || !t.valid || flagged.has(j) || c.inPhrase.has(j) || t.info.capitalised || t.info.allCaps) return undefined;
    return t.key;
  };
  for (let i = 0; i + 2 < n; i++) {
    const a = keyAt(i);
    if (a === undefined) continue;
    const b = keyAt(i + 1);
    const d = keyAt(i + 2);
    if (b === undefined || d === undefined || !adjacent(text, tokens[i], tokens[i + 1]) || !adjacent(text, tokens[i + 1], tokens[i + 2])) continue;
    // (the pairs as written, asked once a sentence: sentence.ts PairFacts; a pair of the genre
    // first, the general lists only when it decides: a second pair of the genre leaves the
    // three, and after a first one only a last syllable the genre never writes is read)
    if (c.pairs.known(i + 1)) continue;
    const firstKnown = c.pairs.known(i);
    const unwritten = syllableCount(d) === 0;
    if (firstKnown && !unwritten) continue;
    const firstPair = firstKnown || wordAt(c, i);
    const secondPair = wordAt(c, i + 1);
    // the middle syllable makes no word with either neighbour; the last, one the genre never writes, none with the one before it
    const middle = !firstPair && !secondPair;
    const lastOne = !secondPair && unwritten;
    if ((!middle && !lastOne) || isWord(a, b, d)) continue;
    let at = -1;
    let meant: string | undefined;
    if (middle) {
      meant = bestVariant(b, MIDDLE_ODDS, (v) => isWord(a, v, d));
      at = i + 1;
    }
    // …nor with the one after it
    if (meant === undefined && lastOne) {
      const after = i + 3 < n && adjacent(text, tokens[i + 2], tokens[i + 3]) ? tokens[i + 3] : undefined;
      if (!after || !after.valid || after.skip || !word(d, after.key)) {
        meant = bestVariant(d, LAST_ODDS, (v) => isWord(a, b, v));
        at = i + 2;
      }
    }
    if (meant === undefined) continue;
    const first = tokens[i];
    const last = tokens[i + 2];
    const phrase = text.slice(first.start, last.end);
    const t = tokens[at];
    const replacement = c.written(meant, t.text);
    const suggestion = text.slice(first.start, t.start) + replacement + text.slice(t.end, last.end);
    c.report({ start: first.start, end: last.end, messageId: 'context', args: { word: phrase, suggestion }, suggestions: [c.replace(t, meant)], data: { word: phrase } });
    flagged.add(i);
    flagged.add(i + 1);
    flagged.add(i + 2);
    i += 2;
  }
}

/**
 * The prior: how much more often Vietnamese writes the variant than the syllable as written (the
 * genre's drafts and the general dictionary's text together) before two syllables of a word read
 * it. Between them, at least as often: "nhu yêu phẩm" → "yếu" (663 against 611), but "héo khô đầu
 * lá" is no "khô dầu lá" ("đầu" 2,116, "dầu" 350). After them, where the two make a word of their
 * own and the third may start the next one, five times as often: "xuất nhập cản" → "cảnh" (792
 * against 87), but "phao xốp bằng vật liệu nổi" is no "vật liệu nổ" ("nổi" 559, "nổ" 194).
 */
const MIDDLE_ODDS = 1;
const LAST_ODDS = 5;


/**
 * The one-slip variant of `key` (no letter and mark changed together) that `fits` and Vietnamese
 * writes `odds` times as often as `key` or more; the one it writes most when several do.
 */
function bestVariant(key: string, odds: number, fits: (v: string) => boolean): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  const floor = odds * writtenCount(key);
  const variants = slipVariants(key);
  for (let k = 0; k < variants.length; k++) {
    const v = variants[k];
    if (v.double) continue;
    const count = writtenCount(v.key);
    if (count < floor || !fits(v.key)) continue;
    if (count > bestCount) {
      best = v.key;
      bestCount = count;
    }
  }
  return best;
}
