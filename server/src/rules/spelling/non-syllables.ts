/**
 * Pass 1: tokens that are not Vietnamese syllables — a misplaced tone mark ("tòan"), a slip
 * ("trển", "tyrong"), two syllables glued together ("tổchức"); a name's syllables are left alone.
 */
import type { Suggestion } from '../../core/types.js';
import { keyboardNeighbours as neighbours, pairedVariant, plainSlip } from '../../core/spell/slips.js';
import { fitsContext, rankSuggestions } from '../../core/spell/suggest.js';
import { FREQUENT_PAIR } from '../../core/spell/pairs.js';
import { gluedSplit } from '../../core/spell/split.js';
import { canonicalTone, foldKey } from '../../core/spell/syllable.js';
import { adjacent, contextOf, inName, MAX_SUGGESTIONS, type SentenceCheck } from './sentence.js';

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

/** Report the tokens of a sentence that are not Vietnamese syllables. */
export function nonSyllables(c: SentenceCheck): void {
  const { text, tokens, caps, flagged, valid, lexicon, vietnameseDraft, written, replace, report } = c;
  // an unaccented word among Vietnamese syllables of a Vietnamese draft: "website chat" is English
  // an abbreviation beside it ("ĐVTN trog toàn") is neither: the other neighbour decides
  const amidVietnamese = (i: number): boolean => {
    const sides = [tokens[i - 1], tokens[i + 1]].filter((n) => n && !(n.info.allCaps && n.text.length > 1));
    return (sides.length > 0 || !tokens[i - 1] || !tokens[i + 1]) && sides.every((n) => valid.has(n!.key)) && vietnameseDraft();
  };

  // 1. syllables that are not Vietnamese
  tokens.forEach((t, i) => {
    if (t.skip || flagged.has(i) || valid.has(t.key)) return;
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
    if (glued && splitting && !(/\p{Lu}/u.test(t.text) && inName(tokens, i))) {
      flagged.add(i);
      report({ start: t.start, end: t.end, messageId: 'glued', args: { word: t.text, suggestion: unsplit }, suggestions: [splitting], data: { word: t.text } });
      return;
    }
    let meant: string | undefined;
    if (!vietnamese) {
      // an unaccented word: English ("camera", "zoom") unless it is a Vietnamese
      // syllable with one extra letter typed ("tyrong" → "trong"), or its accents were
      // forgotten in a listed word ("hoc tập" → "học tập")
      if (/\p{Lu}/u.test(t.text)) return;
      const typo = t.key.length >= 5 && extraLetterOfPlainSyllable(t.key, lexicon.syllables);
      const forgotten = (r: { key: string }): boolean => foldKey(r.key) === t.info.fold && fitsContext(r.key, around);
      const amid = amidVietnamese(i);
      meant = amid ? plainSlip(t.key, around) : undefined;
      // no vowel at all ("cc", "lnh") between two Vietnamese words, blanks apart ("vv." is
      // "vân vân", ".vn" a domain): no word of any language a Vietnamese draft uses
      const between = i > 0 && i + 1 < tokens.length && adjacent(text, tokens[i - 1], t) && adjacent(text, t, tokens[i + 1]);
      const vowelless = amid && between && !/[aeiouy]/u.test(t.info.fold);
      if (!typo && !rankSuggestions(t.text, around, 1).some(forgotten) && !meant && !vowelless) return;
    }
    // the syllable the neighbours or the genre's figures point to comes first
    meant ??= pairedVariant(t.key, around);
    if (meant) c.meant.set(i, meant);
    const ranked = rankSuggestions(t.text, around, MAX_SUGGESTIONS);
    if (meant && ranked[0]?.key !== meant) ranked.splice(0, ranked.length, { key: meant, score: 0 }, ...ranked.filter((r) => r.key !== meant).slice(0, MAX_SUGGESTIONS - 1));
    flagged.add(i);
    const suggestions = ranked.map((r) => replace(t, r.key));
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
    // a syllable of a name is never spelt ("Hản", "Chnăm", "Lênin"): names are the writer's
    if (!misplaced && !allCaps && inName(tokens, i)) {
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
    } else if (!SEVERAL_VOWELS.test(t.info.fold)) {
      report({ start: t.start, end: t.end, messageId: 'unknown', args: { word: t.text }, data });
    } else {
      // two vowels with a consonant between ("côcain", "ôxy"): a word of several syllables
      // written whole, a loan word, and no syllable near it was meant
      flagged.delete(i);
    }
  });
}

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
  const { text, tokens, flagged, valid, vietnameseDraft, replace, report } = c;
  tokens.forEach((t, i) => {
    if (flagged.has(i) || !LONE_CONSONANT.test(t.text) || t.word.text !== t.text) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || !next || !adjacent(text, prev, t) || !adjacent(text, t, next)) return;
    if (prev.skip || next.skip || !valid.has(prev.key) || !valid.has(next.key) || !vietnameseDraft()) return;
    const around = contextOf(tokens, i);
    const meant = pairedVariant(t.key, around, true);
    if (!meant) return;
    flagged.add(i);
    c.meant.set(i, meant);
    const suggestions = [replace(t, meant), ...rankSuggestions(t.text, around, MAX_SUGGESTIONS).filter((r) => r.key !== meant).map((r) => replace(t, r.key))].slice(0, MAX_SUGGESTIONS);
    report({ start: t.start, end: t.end, messageId: 'unknownSuggest', args: { word: t.text, suggestion: String(suggestions[0].args?.replacement) }, suggestions, data: { word: t.text } });
  });
}
