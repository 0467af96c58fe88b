/**
 * Pass 1: tokens that are not Vietnamese syllables — a misplaced tone mark ("tòan"), a slip
 * ("trển", "tyrong"), two syllables glued together ("tổchức"); a name's syllables are left alone.
 */
import type { Suggestion } from '../../core/types.js';
import type { Token } from '../../core/spell/tokens.js';
import { heardVariants, keyboardNeighbours as neighbours, pairedVariant, plainSlip, slipVariants, struckSlip } from '../../core/spell/slips.js';
import { APPROXIMATE_WORDS } from '../../core/numbers.js';
import { fitsContext, rankSuggestions } from '../../core/spell/suggest.js';
import { FREQUENT_PAIR, isKnownPair, pairCount, syllableCount } from '../../core/spell/pairs.js';
import { isListed, isListedPair } from '../../core/spell/genre-words.js';
import { telexReading, type TelexReading } from '../../core/spell/telex.js';
import { gluedSplit } from '../../core/spell/split.js';
import { canonicalTone, editDistance, foldKey, lookupKey, markDifference, SUBSTITUTION } from '../../core/spell/syllable.js';
import genreWordData from '../../../../dictionaries/genre-words.json';
import { adjacent, contextOf, inName, MAX_SUGGESTIONS, type SentenceCheck } from './sentence.js';
import { minorityShaped } from './terms.js';
import { isCommonGeneralPair, isGeneralPair } from '../../core/spell/general-words.js';
import { generalPairCount } from '../../core/spell/general-pairs.js';
import { lazyRegExp } from '../../core/lazy-regexp.js';

/** unit symbols a draft writes before a number or after a quantifier ("km 512", "mỗi kg": genre-words.json unitSymbols) */
const UNIT_SYMBOLS = new Set(genreWordData.unitSymbols.map((u) => u.symbol));

/**
 * "tyrong": one letter struck by a neighbouring finger (or doubled) on top of a common
 * unaccented syllable ("trong", a syllable of the genre's word list). English words one letter away from a syllable ("chain", "wrong")
 * are not keyboard slips and stay unflagged.
 */
function extraLetterOfPlainSyllable(key: string, common: Set<string>): boolean {
  for (let i = 0; i < key.length; i++) {
    if (!common.has(key.slice(0, i) + key.slice(i + 1))) continue;
    const c = key[i];
    const before = key[i - 1] ?? '';
    const after = key[i + 1] ?? '';
    if (c === before || c === after || neighbours(c, before) || neighbours(c, after)) return true;
  }
  return false;
}

/** a consonant doubled at the start of a word ("hhai", "ttrong"): "dd" is Telex for "đ" */
const DOUBLED_ONSET = /^([bcghklmnpqrstvx])\1/u;

/** the one-syllable words that make a count approximate ("trên", "gần", "khoảng"), as lookup keys */
const BEFORE_COUNT = new Set(APPROXIMATE_WORDS.filter((w) => !w.includes(' ')).map(lookupKey));

/**
 * The word standing before a count (participant-counts.json `approximate`) that token i is one
 * slip from, when a number follows it, blanks apart: "chên 20 tỷ" is "trên 20 tỷ".
 */
function beforeCount(c: SentenceCheck, i: number): string | undefined {
  const t = c.tokens[i];
  if (!/^[ \t\u00a0]+\d/u.test(c.text.slice(t.end, t.end + 4))) return undefined;
  const found = slipVariants(t.key).filter((v) => !v.double && BEFORE_COUNT.has(v.key));
  return found.length === 1 ? found[0].key : undefined;
}

/** Report the tokens of a sentence that are not Vietnamese syllables. */
export function nonSyllables(c: SentenceCheck): void {
  const { text, tokens, caps, flagged, valid, lexicon, vietnameseDraft, written, replace, report } = c;
  // an unaccented word among Vietnamese syllables of a Vietnamese draft: "website chat" is English
  // an abbreviation beside it ("ĐVTN trog toàn") is neither: the other neighbour decides
  const amidVietnamese = (i: number): boolean => {
    const sides = [tokens[i - 1], tokens[i + 1]].filter((n) => n && !(n.info.allCaps && n.text.length > 1));
    return (sides.length > 0 || !tokens[i - 1] || !tokens[i + 1]) && sides.every((n) => n!.valid) && vietnameseDraft();
  };

  // Vietnamese syllables on both sides, blanks apart: no room for a name or an abbreviation
  const between = (i: number): boolean =>
    [tokens[i - 1], tokens[i + 1]].every((n, k) => !!n && !n.skip && !n.info.allCaps && n.valid && (k === 0 ? adjacent(text, n, tokens[i]) : adjacent(text, tokens[i], n)));

  // a word with an apostrophe inside ("t'rưng", "K'Ho", "Y'Bih") is written in a minority
  // language, and so are the words joined to it by blanks when it is a common noun ("đàn
  // k'lông pút"); beside a capitalised one ("đàn K'lông pút", "huyện K'Bang tôt chức") the word
  // is a minority word unless one slip away it pairs with its other, Vietnamese neighbour
  // ("tổ chức")
  const minority = (n: Token | undefined): boolean => !!n && INNER_APOSTROPHE().test(n.word.text);
  const minorityNoun = (n: Token): boolean => minority(n) && !/\p{Lu}/u.test(n.word.text);
  const joined = (i: number, test: (n: Token) => boolean): boolean =>
    (i > 0 && adjacent(text, tokens[i - 1], tokens[i]) && test(tokens[i - 1])) ||
    (i + 1 < tokens.length && adjacent(text, tokens[i], tokens[i + 1]) && test(tokens[i + 1]));
  // a syllable opening with "p" but not "ph" is no native word: a loan or minority word ("khăn
  // piêu", "nậm pịa", "pa pỉnh tộp") unless one slip away it pairs with a neighbour ("pát huy")
  const unpaired = (j: number): boolean => !pairedVariant(tokens[j].key, contextOf(tokens, j));
  const loanP = (j: number): boolean => {
    const n = tokens[j];
    return !!n && !n.skip && P_ONSET.test(n.info.fold) && !n.valid && !/\p{Lu}/u.test(n.text) && unpaired(j);
  };
  const joinedLoanP = (i: number): boolean =>
    (i > 0 && adjacent(text, tokens[i - 1], tokens[i]) && loanP(i - 1)) || (i + 1 < tokens.length && adjacent(text, tokens[i], tokens[i + 1]) && loanP(i + 1));
  // a final "l" or "r" closes no Vietnamese syllable: a lower-case marked word ending so is a
  // minority language's ("nhà gươl") unless (unmarked, "r" is a Telex tone key: "baor") one slip away it pairs with a neighbour ("hợl tác")
  const foreignCoda = (j: number): boolean => {
    const n = tokens[j];
    return !n.skip && n.info.vietnamese && FOREIGN_CODA.test(n.info.fold) && !n.valid && !/\p{Lu}/u.test(n.text) && unpaired(j);
  };
  // in a draft about an ethnic group ("tiếng Mường"), a word shaped like its language's ("hát
  // soọng cô", "dệt zèng") that no slip of a Vietnamese word pairing with a neighbour explains,
  // nor one of the ear: a valid syllable with hỏi for ngã or a merged sound ("ngôn ngử", "rắn cắng")
  const groupWord = (i: number): boolean => {
    const key = c.namesGroup ? minorityShaped(tokens[i].text, valid) : undefined;
    if (key === undefined || heardVariants(key).length !== 0 || !unpaired(i)) return false;
    // …nor one whose first suggestion, one letter or one mark away, makes a listed word with a
    // neighbour: "hô hấp nhân tạu" is "nhân tạo", a vowel struck, no word of the group's language
    // ("nhạc cụ kơ ràng" is two from "rõ ràng": the group's instrument)
    const around = contextOf(tokens, i);
    return !rankSuggestions(tokens[i].text, around, 1).some((r) => {
      const d = markDifference(key, r.key);
      return d.letters + d.quality + (d.tone > 0 ? 1 : 0) <= SUBSTITUTION && fitsContext(r.key, around);
    });
  };
  const amidMinority = (i: number): boolean =>
    minority(tokens[i]) || loanP(i) || foreignCoda(i) || joined(i, minorityNoun) || ((joined(i, minority) || joinedLoanP(i)) && unpaired(i)) || groupWord(i) || TRANSCRIBED().test(tokens[i].word.text) || NAME_TRANSCRIBED().test(tokens[i].word.text);

  // 1. syllables that are not Vietnamese
  tokens.forEach((t, i) => {
    if (t.skip || flagged.has(i) || t.valid || c.terms.has(t.key) || amidMinority(i)) return;
    const { allCaps, vietnamese } = t.info;
    if (allCaps && !(caps && vietnamese)) return; // "PCCC", "LLVT": abbreviations
    const around = contextOf(tokens, i);
    // "tổchức", "trongkhi": two syllables the genre writes side by side, the space lost
    const split = gluedSplit(t.text, (k) => valid.has(k));
    const unsplit = split ? `${t.text.slice(0, split.at)} ${t.text.slice(split.at)}` : '';
    const splitting: Suggestion | undefined = split && {
      messageId: 'replace',
      args: { replacement: unsplit },
      edits: [{ start: t.start + split.at, end: t.start + split.at, text: ' ' }],
    };
    // a marked token needs only two syllables the genre has paired; an unmarked one
    // ("trongkhi") a frequent pair among Vietnamese words, or it may be English
    const glued = split && (vietnamese ? split.weight > 0 : split.weight >= FREQUENT_PAIR && !/\p{Lu}/u.test(t.text) && amidVietnamese(i));
    // a capitalised word one of whose halves opens with two consonants no Vietnamese onset has
    // ("krông" of "Đakrông", "plei") is a minority place's name written as one word, as its
    // official name is, wherever it stands (the headline's first word too): no space lost, no slip
    const minorityName = !!split && /\p{Lu}/u.test(t.text) && [t.text.slice(0, split.at), t.text.slice(split.at)].some((h) => CLUSTER_ONSET.test(foldKey(lookupKey(h))));
    if (glued && splitting && !minorityName && !(/\p{Lu}/u.test(t.text) && inName(tokens, i))) {
      flagged.add(i);
      report({ start: t.start, end: t.end, messageId: 'glued', args: { word: t.text, suggestion: unsplit }, suggestions: [splitting], data: { word: t.text } });
      return;
    }
    let meant: string | undefined;
    if (!vietnamese) {
      // an unaccented word: English ("camera", "zoom") unless it is a Vietnamese
      // syllable with one extra letter typed ("tyrong" → "trong"), or its accents were
      // forgotten in a listed word ("hoc tập" → "học tập")
      // a capital says "name" except the sentence's own first one before a lowercase Vietnamese
      // word ("Trog thời gian 2 ngày": the capital is the sentence's, the word a slip)
      // a listed unit symbol ("mỗi kg", "đến km 512") is no slip wherever it stands
      if (UNIT_SYMBOLS.has(t.key)) return;
      const next = tokens[i + 1];
      const positional = i === 0 && /^\p{Lu}\P{Lu}*$/u.test(t.text) && !!next && adjacent(text, t, next) && next.valid && !/\p{Lu}/u.test(next.text);
      // keys of a word typed with the Vietnamese keyboard off ("tapaj huaasn", "Ddoongf chis")
      const telex = telexSlip(c, i);
      if (/\p{Lu}/u.test(t.text) && !positional && !telex?.paired) return;
      // (a shorter one only with its first consonant doubled among Vietnamese words, "hhai chuyên
      // đề": no Vietnamese onset and no Telex key doubles one, "dd" apart, which is "đ")
      const typo = (t.key.length >= 5 || (DOUBLED_ONSET.test(t.key) && amidVietnamese(i))) && extraLetterOfPlainSyllable(t.key, lexicon.syllables);
      const forgotten = (r: { key: string }): boolean => foldKey(r.key) === t.info.fold && fitsContext(r.key, around);
      const amid = amidVietnamese(i);
      // a neighbour joined to it written without marks too ("moi nguoi"): the writer typed without them
      const markless = [tokens[i - 1], tokens[i + 1]].some(
        (n, k) => !!n && !n.skip && !n.info.vietnamese && !/\p{Lu}/u.test(n.text) && /^\p{L}+$/u.test(n.text) && (k === 0 ? adjacent(text, n, t) : adjacent(text, t, n)),
      );
      // a doubled first consonant is that letter typed twice: the syllable without it ("hhai" → "hai")
      const undoubled = DOUBLED_ONSET.test(t.key) && lexicon.syllables.has(t.key.slice(1)) ? t.key.slice(1) : undefined;
      meant = telex?.key ?? (amid ? (undoubled ?? plainSlip(t.key, around, markless)) : undefined);
      // a key struck for its neighbour between two Vietnamese words ("đứng tromg hàng ngũ")
      if (!meant && amid && between(i)) meant = struckSlip(t.key);
      // no vowel at all ("cc", "lnh", "vào thng 3") beside a Vietnamese word, blanks apart: no
      // word of any language a Vietnamese draft uses; not a unit after its number ("5 km"; a
      // listed unit symbol was left above, anywhere: genre-words.json unitSymbols; another
      // token before a number is a word that lost its vowel, "vào thng 3"), nor glued to a dot
      // ("vv." is "vân vân", ".vn" a domain)
      const beside = (n: Token | undefined, before: boolean): boolean => !!n && (before ? adjacent(text, n, t) : adjacent(text, t, n)) && n.valid && !n.info.allCaps;
      const unit = /\d[ \t\u00a0]*$/u.test(text.slice(Math.max(0, t.start - 8), t.start));
      const dotted = text[t.start - 1] === '.' || text[t.end] === '.';
      const vowelless = !/[aeiouy]/u.test(t.info.fold) && t.text.length >= 2 && !unit && !dotted && (beside(tokens[i - 1], true) || beside(tokens[i + 1], false)) && vietnameseDraft();
      if (!typo && !rankSuggestions(t.text, around, 1).some(forgotten) && !meant && !vowelless) return;
    }
    // a number right after it: the word one slip away that stands before a count comes first
    // ("giải ngân chên 20 tỷ đồng" → "trên", not "chen"); the number is the neighbour no pair
    // figure holds
    meant ??= beforeCount(c, i);
    // the syllable the neighbours or the genre's figures point to comes first
    meant ??= pairedVariant(t.key, around, false, true);
    if (meant) c.meant.set(i, meant);
    const ranked = rankSuggestions(t.text, around, MAX_SUGGESTIONS);
    if (meant && ranked[0]?.key !== meant) ranked.splice(0, ranked.length, { key: meant, score: 0 }, ...ranked.filter((r) => r.key !== meant).slice(0, MAX_SUGGESTIONS - 1));
    flagged.add(i);
    let suggestions = ranked.map((r) => replace(t, r.key));
    // no pair of the genre points to a variant (`meant`): a common word of the general list that a
    // slip of the ear or of one key makes with a neighbour comes first, when the first suggestion
    // makes no word with either ("ranh dới" → "ranh giới", not "dời"; "vườn sầu riên" → "riêng")
    const general = meant ? undefined : generalReading(c, i, ranked[0]?.key);
    if (general) {
      const first = replace(t, general);
      suggestions = [first, ...suggestions.filter((s) => s.args?.replacement !== first.args?.replacement)].slice(0, MAX_SUGGESTIONS);
    }
    // two syllables the genre has never paired: still a likely reading, after the others
    if (splitting && vietnamese) suggestions.splice(MAX_SUGGESTIONS - 1, Infinity, splitting);
    const data = { word: t.text };
    // a misplaced tone mark ("Hòang") is a slip even in a name
    const canonical = canonicalTone(t.text);
    // …unless the neighbours say the tone itself is the slip ("qúy định" → "quy định")
    const misplaced =
      canonical !== t.key &&
      valid.has(canonical) &&
      foldKey(canonical) === t.info.fold &&
      !(ranked[0] && ranked[0].key !== canonical && fitsContext(ranked[0].key, around) && !fitsContext(canonical, around));
    // two vowels with a consonant between ("côcain", "ôxy", "hêrôin") and no syllable one slip
    // away ("hutện" is "huyện"): a word of several syllables written whole, a loan word
    // a syllable of a name is never spelt ("Hản", "Chnăm", "Lênin"): names are the writer's
    const loanWord =
      !meant && !split && t.text.length <= LOAN_WORD_LENGTH && SEVERAL_VOWELS.test(t.info.fold) && !ranked.some((r) => editDistance(foldKey(r.key), t.info.fold) <= SUBSTITUTION);
    // (a lowercase syllable the person-name analysis places in a name, "ông Y Bih êban", is the
    // name's typed small: person-name-case answers for it, one finding for the span)
    if (!misplaced && (loanWord || minorityName || (!allCaps && ((inName(tokens, i) && !titleSyllable(c, i, meant)) || c.inPersonName(i))))) {
      flagged.delete(i);
      return;
    }
    if (misplaced) {
      const suggestion = written(canonical, t.text);
      report({ start: t.start, end: t.end, messageId: 'tonePlacement', args: { word: t.text, suggestion }, suggestions: [replace(t, canonical), ...suggestions.filter((s) => s.args?.replacement !== suggestion)].slice(0, MAX_SUGGESTIONS), data });
      return;
    }
    if (suggestions.length) {
      report({ start: t.start, end: t.end, messageId: 'unknownSuggest', args: { word: t.text, suggestion: String(suggestions[0].args?.replacement) }, suggestions, data });
    } else {
      report({ start: t.start, end: t.end, messageId: 'unknown', args: { word: t.text }, data });
    }
  });
}

/**
 * The variant of non-syllable token i, one slip of the ear ("dới" → "giới", "riên" → "riêng") or
 * of one key or mark ("phõng" → "phỏng") away, that makes a common word of the general list with
 * a lower-case content word joined to it, the word the dictionary's own text writes most; none
 * when `first` (the suggestion ranked first) already makes a word with a neighbour. Only the
 * order of the suggestions follows from it: what is reported does not.
 */
function generalReading(c: SentenceCheck, i: number, first: string | undefined): string | undefined {
  const { text, tokens, lexicon } = c;
  const t = tokens[i];
  const near = (j: number): Token | undefined => {
    const n = tokens[j];
    return n && !n.skip && n.valid && !n.info.capitalised && !n.info.allCaps && !lexicon.functionWords.has(n.key) && (j < i ? adjacent(text, n, t) : adjacent(text, t, n)) ? n : undefined;
  };
  const before = near(i - 1);
  const after = near(i + 1);
  if (!before && !after) return undefined;
  const word = (k: string, common: boolean): boolean => {
    const test = common ? isCommonGeneralPair : (a: string, b: string): boolean => isKnownPair(a, b) || isGeneralPair(a, b);
    return (!!before && test(before.key, k)) || (!!after && test(k, after.key));
  };
  if (first && word(first, false)) return undefined;
  let best: { key: string; count: number } | undefined;
  const variants = new Set([...slipVariants(t.key).filter((v) => !v.double).map((v) => v.key), ...heardVariants(t.key)]);
  for (const v of variants) {
    if (!word(v, true)) continue;
    const count = Math.max(before ? generalPairCount(before.key, v) : 0, after ? generalPairCount(v, after.key) : 0);
    if (!best || count > best.count) best = { key: v, count };
  }
  return best?.key;
}

/**
 * Token i, capitalised inside a sentence, is the first syllable of a listed word the genre writes
 * all the time with the lowercase word joined after it, read as `meant` ("Phó Gám đốc" → "Giám
 * đốc"), and the capital before it opens that word with it ("phó giám đốc" is listed): a
 * syllable of a title, no name's.
 */
function titleSyllable(c: SentenceCheck, i: number, meant: string | undefined): boolean {
  const next = c.tokens[i + 1];
  if (!meant || !next || next.skip || next.info.capitalised || next.info.allCaps || !adjacent(c.text, c.tokens[i], next)) return false;
  if (!isListedPair(meant, next.key) || pairCount(meant, next.key) < FREQUENT_PAIR) return false;
  // (the capital before it, joined, opens the listed word with it: "Phó | Giám đốc"; a name's
  // syllable before it does not, "Ly Seo Chử đề nghị" is no "chủ đề")
  const before = c.tokens[i - 1];
  return !!before && !before.skip && adjacent(c.text, before, c.tokens[i]) && isListed([before.key, meant, next.key]);
}

/**
 * The syllable token i makes read as Telex keys ("huaasn" → "huấn"), when the draft says it
 * is one: a Vietnamese draft, a Vietnamese word (or another Telex word) joined to it, and
 * either a pair of the genre made with that neighbour ("kees hoạch" → "kế hoạch") or keys no
 * English word spends that way ("dd", a doubled vowel). `paired`: the pair was found, which
 * holds for a capital too ("Ddoongf chis").
 */
function telexSlip(c: SentenceCheck, i: number): { key: string; paired: boolean } | undefined {
  const { text, tokens, valid } = c;
  const t = tokens[i];
  const reading = telexReading(t.key) ?? undefined;
  const read = reading && valid.has(reading.key) ? reading : strayHorn(t.key, valid);
  if (!read) return undefined;
  const near = (j: number): string | undefined => {
    const n = tokens[j];
    if (!n || n.skip || !(j < i ? adjacent(text, n, t) : adjacent(text, t, n))) return undefined;
    if (c.meant.has(j)) return c.meant.get(j);
    if (n.valid) return n.key;
    const other = telexReading(n.key);
    return other && valid.has(other.key) ? other.key : undefined;
  };
  const before = near(i - 1);
  const after = near(i + 1);
  if ((!before && !after) || !c.vietnameseDraft()) return undefined;
  const paired = (!!before && isKnownPair(before, read.key)) || (!!after && isKnownPair(read.key, after));
  const strong = read.strong || (read.ownRhyme && syllableCount(read.key) > 0);
  return paired || strong ? { key: read.key, paired } : undefined;
}

/**
 * The horn key "w" typed after a syllable's final consonant with no vowel it can horn into a
 * syllable ("trongw": "trơng" is none): a stray key, the syllable before it meant ("trong").
 * No English word ends in a consonant and "w"; the caller still asks for a Vietnamese neighbour.
 */
function strayHorn(key: string, valid: Set<string>): TelexReading | undefined {
  if (!/[bcdghklmnpqrstvx]w$/u.test(key)) return undefined;
  const rest = key.slice(0, -1);
  if (valid.has(rest)) return { key: rest, strong: true, ownRhyme: false };
  const reading = telexReading(rest);
  return reading && valid.has(reading.key) ? { ...reading, strong: true } : undefined;
}

/** "p" then a vowel: an onset only loan and minority words have ("pin", "piêu"); "ph" is native */
const P_ONSET = /^p[aeiouy]/u;
/** two consonants opening a syllable, as no Vietnamese onset does ("tr" does): "krông", "plei", "dliê" */
const CLUSTER_ONSET = /^(?!tr)[bcdgkmnpstv][lr]/u;

/** a vowel, then "l" or "r" closing the token: a final no Vietnamese syllable has */
const FOREIGN_CODA = /[aeiouy][lr]$/u;

/** a letter, an apostrophe, a letter: a minority language's word ("K'Ho", "t'rưng") */
const INNER_APOSTROPHE = lazyRegExp(() => /\p{L}['’ʼ]\p{L}/u);

/**
 * Three or more lower-case syllables joined by hyphens, one of them marked: a foreign word
 * transcribed syllable by syllable ("mê-sô-xi-clốp", "a-mô-ni-ắc"), whose syllables need not be
 * Vietnamese ones; an address's slug ("tin-tuc-su-kien") carries no mark
 */
const TRANSCRIBED = lazyRegExp(() => /^(?=.*[^\p{ASCII}])\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*){2,}$/u);

/**
 * A capitalised syllable joined by hyphens to lower-case ones: a foreign name transcribed
 * syllable by syllable ("tỉnh Khăm-muồn", "Bô-ly-khăm-xay" of Laos), its syllables the name's,
 * no Vietnamese ones to spell (the name's own capitals are person-name-case's and place-case's)
 */
const NAME_TRANSCRIBED = lazyRegExp(() => /^\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*)+$/u);

/** a loan word written whole is a few syllables long ("côcain", "hêrôin"); a longer run is garbage */
const LOAN_WORD_LENGTH = 12;

/** vowels, a consonant, vowels again: more than one syllable's nucleus in one token */
const SEVERAL_VOWELS = /[aeiouy]+[^aeiouy]+[aeiouy]/u;

/** lower-case consonants that are no Vietnamese word alone */
const LONE_CONSONANT = /^[bcdđghklmnpqrstvx]$/u;

/**
 * A lone consonant between two Vietnamese words ("điều l Đảng", "xử l thông tin"): a syllable
 * that lost its vowel. Initials ("L. Anh"), "đ/c", a unit after a number stand apart from
 * Vietnamese words on one side at least; and only a syllable making a known pair with a
 * neighbour is taken for the one meant.
 */
export function strandedLetters(c: SentenceCheck): void {
  const { text, tokens, flagged, vietnameseDraft, replace, report } = c;
  tokens.forEach((t, i) => {
    if (flagged.has(i) || !LONE_CONSONANT.test(t.text) || t.word.text !== t.text) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || !next || !adjacent(text, prev, t) || !adjacent(text, t, next)) return;
    if (prev.skip || next.skip || !prev.valid || !next.valid || !vietnameseDraft()) return;
    const around = contextOf(tokens, i);
    const meant = pairedVariant(t.key, around, true);
    if (!meant) return;
    flagged.add(i);
    c.meant.set(i, meant);
    const suggestions = [replace(t, meant), ...rankSuggestions(t.text, around, MAX_SUGGESTIONS).filter((r) => r.key !== meant).map((r) => replace(t, r.key))].slice(0, MAX_SUGGESTIONS);
    report({ start: t.start, end: t.end, messageId: 'unknownSuggest', args: { word: t.text, suggestion: String(suggestions[0].args?.replacement) }, suggestions, data: { word: t.text } });
  });
}
