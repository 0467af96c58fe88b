/**
 * One guard for every step that reads a valid syllable as a slip by its neighbour: a closed-class
 * word ("thì", "để", "còn", "khi", "từ") stands beside anything in the language, so the pair it
 * makes with a content word is no evidence that either was mistyped. "hiến đất thì xã hỗ trợ" is
 * no "thị xã", "hồ sơ để án kéo dài" no "đề án", "bà còn khoẻ" no "bà con", "nhẹ nhàng khi giảng"
 * no "khai giảng": the genre writes those listed words often, but the language at large meets
 * "xã", "án", "bà", "giảng" with a hundred other words. Only a content word that nearly always
 * makes the meant pair in everyday Vietnamese (`CLOSED_AFFINITY` of its sightings in the general
 * dictionary) says the closed-class word was mistyped: "vất và" → "vất vả".
 */
import { genreWords } from './genre-words.js';
import { generalPairCount, generalSyllableCount } from './general-pairs.js';
import { generalWordCount } from './general-words.js';
import { freeCount, syllableCount } from './pairs.js';
import { CLOSED_AFFINITY } from './slips.js';

/** a syllable of at most this many words of the general lists makes hardly any of its own ("thãi" of "thừa thãi") */
export const ODD_WORDS = 2;

/**
 * A syllable the genre's drafts never write and hardly any word of the general lists holds
 * ("thãi", "khuân", "nhửng"): as written it is no word of its own, whatever its neighbours make.
 */
export function oddSyllable(key: string): boolean {
  return syllableCount(key) === 0 && generalWordCount(key) <= ODD_WORDS;
}

/**
 * True when `written`, beside the content word `neighbour` (on `side` of it: -1 before), is read
 * as written rather than as `meant`: one of the two is a closed-class word and the neighbour does
 * not nearly always make the meant pair in the general dictionary. A closed-class neighbour, or a
 * written syllable that is no word of its own (`oddSyllable`: "nhửng nội" → "những nội"), leaves
 * the question to the step asking.
 */
export function closedAsWritten(written: string, meant: string, neighbour: string, side: -1 | 1): boolean {
  const { functionWords } = genreWords();
  if (!functionWords.has(written) && !functionWords.has(meant)) return false;
  if (functionWords.has(neighbour) || oddSyllable(written)) return false;
  const count = side < 0 ? generalPairCount(neighbour, meant) : generalPairCount(meant, neighbour);
  return count < CLOSED_AFFINITY * Math.max(1, generalSyllableCount(neighbour));
}

/** a syllable the genre writes outside its words at least this share of the time is a word of its own there */
const FREE_SHARE = 1 / 3;

/**
 * The genre's drafts write the syllable on its own ("xã", "bà", "trường": a third of their
 * sightings or more outside a listed, everyday or general word), not mostly as half of a word
 * ("nạn" of "tai nạn", "tâm" of "trọng tâm", "hoạch" of "kế hoạch"). The genre's own listed words
 * and pairs are stronger evidence than the general dictionary's: the steps reading them give way
 * to a closed-class word only beside such a free word (`closedAsWritten`), and "tại nạn giao
 * thông" stays "tai nạn".
 */
export function freeInGenre(key: string): boolean {
  const seen = syllableCount(key);
  return seen > 0 && freeCount(key) >= FREE_SHARE * seen;
}

/**
 * The guard as the genre's steps (a listed word one mark away, a frequent pair one slip away) ask
 * it: a closed-class word as written beside a word the genre writes on its own (`freeInGenre`)
 * is read as written unless that word nearly always makes the meant pair (`closedAsWritten`).
 * A content word written where a closed-class word is meant is still a slip there ("cá xã" →
 * "các xã"): nothing reads it as written.
 */
export function closedWordStands(written: string, meant: string, neighbour: string, side: -1 | 1): boolean {
  return genreWords().functionWords.has(written) && freeInGenre(neighbour) && closedAsWritten(written, meant, neighbour, side);
}

/** a pair the general dictionary's text writes this often is a living phrase there, no chance meeting */
export const LIVING_PAIR = 2;

/**
 * A closed-class word as written beside a content word that the language's own text writes
 * together with the syllable on its far side (`LIVING_PAIR` times, two content words): that
 * neighbour is read with its far partner, and the closed-class word stands before or after the
 * pair as written, unless the neighbour nearly always makes the meant pair (`closedAsWritten`).
 * "dùng tiếng mẹ đẻ khi giảng bài" is no "khai giảng" ("giảng bài"), whatever the genre's drafts,
 * which open the school year far more often than they teach a lesson, say of "giảng"; "lễ khi
 * giảng năm học mới" is still "khai giảng" ("giảng năm" is no pair of the language).
 */
export function closedBesidePair(written: string, meant: string, neighbour: string, far: string | undefined, side: -1 | 1): boolean {
  const { functionWords } = genreWords();
  if (!far || !functionWords.has(written) || functionWords.has(far)) return false;
  const pair = side < 0 ? generalPairCount(far, neighbour) : generalPairCount(neighbour, far);
  return pair >= LIVING_PAIR && closedAsWritten(written, meant, neighbour, side);
}

/** a syllable in this many words of the general lists is a content word of the language's own */
export const FAMILIAR_WORDS = 10;

/**
 * A content syllable as written that the general lists know in many words (`FAMILIAR_WORDS`),
 * opening a group read against a listed word whose syllables are all closed-class ("từ trước"),
 * after a content word it is joined to (`complement`: the syllable may be that word's object or
 * modifier), and with no closed-class word joined beyond the group (`closedBeyond`): the
 * closed-class words meet anything, and say nothing against the content word the sentence
 * writes there. "tha tù trước thời hạn" is prison, no "từ trước"; in a run of closed-class words
 * the listed word is still read ("đông nhất tù trước đến nay" → "từ trước"), and so is a slip
 * closing the group after a closed-class word ("ghi âm, sau đo phát lại" → "sau đó").
 */
export function contentAgainstClosedWord(written: string, meant: readonly string[], at: number, complement: boolean, closedBeyond: boolean): boolean {
  const { functionWords } = genreWords();
  return at === 0 && complement && !closedBeyond && !functionWords.has(written) && meant.every((k) => functionWords.has(k)) && generalWordCount(written) >= FAMILIAR_WORDS;
}
