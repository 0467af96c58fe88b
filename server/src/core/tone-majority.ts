/**
 * The draft's tone-mark style (old "hòa, thủy, ủy" or new "hoà, thuỷ, uỷ"), decided once per
 * draft with one tie rule, for everything that needs it: tone-mark-style (what to report and
 * fix), spelling (the style its suggestions are written in) and the editor's status item.
 *
 * Only the open syllables oa, oe, uy with a tone mark differ. Those in page chrome, metadata
 * and URLs are not counted at all; person names (they may be registered in either style) and
 * quotations are counted but do not vote.
 */
import type { Draft, Paragraph, Span, Word } from './draft.js';
import { ParagraphMemo, quotesByParagraph } from './paragraph-memo.js';
import { lastAtOrBefore } from './sorted.js';
import { inQuote } from './draft.js';
import { toneStyleOf } from './normalise.js';
import type { Profile, ToneStyle } from './config/types.js';
import { inPersonName, introducerBefore } from './person-names.js';
import { lexiconSalt } from './lexicon.js';
import { draftLinkSpans, overlapsSpans } from './links.js';
import { isLevelWord, syllableKey } from './casing.js';
import { isSurname, MIDDLE } from './surnames.js';
import titles from '../../../dictionaries/titles.json';
import { matchesOf } from './matches.js';
import { typeWordOpening } from './structure/data.js';
import { normKey } from './structure/normtext.js';

export type Style = 'old' | 'new';

/** The style a profile prefers when a draft is split evenly (rulebook §8.5). */
export const PROFILE_DEFAULT: Record<Profile, Style> = { gov: 'old', party: 'old', 'press-lower': 'old' };

/** an oa / oe / uy cluster with or without a tone mark on either letter (NFC, lower case) */
const CLUSTER = /[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]/u;

export interface ToneToken extends Span {
  text: string;
  style: Style;
  /** in a byline or a person's name: shown, never voting */
  name: boolean;
  quoted: boolean;
}

const cache = new WeakMap<Draft, ToneToken[]>();

/**
 * Each paragraph's tokens, remembered by its text: a re-check reads back those of the
 * paragraphs it did not edit (every word of a 100 KB draft tested again was a few ms a
 * keystroke). What a paragraph's tokens depend on beyond its words is its salt: its kind (a
 * byline's words are names), its quotations and the URLs over it (a markdown link may run on
 * from the paragraph before); its person names are read within its sentences.
 */
const byParagraph = new ParagraphMemo<ToneToken[]>('tone-majority.paragraphs', 512 * 1024, { offsets: ['start', 'end'] });

/** The URL spans over `p` (sorted, merged: their ends rise too), as offsets from its start: part of its tokens' salt. */
function urlsOver(urls: readonly Span[], p: Paragraph): string {
  let out = '';
  for (let k = lastAtOrBefore(urls, p.end - 1, (u) => u.start); k >= 0 && urls[k].end > p.start; k--) {
    out += `${urls[k].start - p.start},${urls[k].end - p.start};`;
  }
  return out;
}

/**
 * The capitalised run the word at `wi` belongs to follows a level word: a place ("xã Phan Hòa",
 * "phường Thủy Xuân"), however much its syllables look like a person's name ("Phan" a surname).
 */
function afterLevelWord(words: ReadonlyArray<{ text: string }>, wi: number): boolean {
  let k = wi;
  while (k > 0 && /^\p{Lu}/u.test(words[k].text) && /^\p{Lu}/u.test(words[k - 1].text)) k--;
  if (k === 0 || !/^\p{Lu}/u.test(words[k].text) || !isLevelWord(words[k - 1].text)) return false;
  // "Chủ tịch UBND xã Lê Thị Thùy": a surname, then "Văn"/"Thị", then a given name is the
  // official's name after the body's level word, no commune's
  return !(wi >= k + 2 && isSurname(syllableKey(words[k].text)) && MIDDLE.has(syllableKey(words[k + 1].text)));
}

/** the first two syllables of every title (titles.json), as keys: "ủy viên", "giám đốc" */
const TITLE_OPENINGS = new Set(titles.entries.map((e) => e.canonical.split(' ').slice(0, 2).map(syllableKey).join(' ')));

/**
 * The capitalised word at `wi` is a person's given name after the word that introduces it
 * ("bà Thủy", "Ông Hòa", "thầy giáo Thủy": surnames.json introducers), the surname left out
 * as a second mention leaves it: the name's own spelling, like the full name's. Not a title
 * the introducer goes on with ("đồng chí Ủy viên Ban Thường vụ": titles.json).
 */
function givenAfterIntroducer(text: string, words: Word[], wi: number): boolean {
  if (!/^\p{Lu}/u.test(words[wi].text) || introducerBefore(text, words, wi) === 0) return false;
  const next = words[wi + 1];
  return !next || !TITLE_OPENINGS.has(`${syllableKey(words[wi].text)} ${syllableKey(next.text)}`);
}

/** a credit's separators before its affiliation: a spaced dash, a bar, a comma, a bracket */
const CREDIT_SEPARATOR = /\s+[-–—|]\s+|\s*[,(]\s*/gu;

/**
 * Where the body the writer works for opens on the byline's line, as an offset into the draft
 * ("Lê Hùng - Trung tâm Văn hoá, Thông tin …": at "Trung tâm"), or the line's end: the names
 * before it are written as their owners write them, the body's words ("Văn hoá") are the
 * draft's own words and vote. A part after a separator that opens with a body's type word
 * (organisationTypes, not a common word's first syllable: "báo cáo") opens it.
 */
function creditBodyStart(text: string, p: Paragraph): number {
  const line = text.slice(p.start, p.end);
  for (const m of matchesOf(CREDIT_SEPARATOR, line)) {
    const at = (m.index ?? 0) + m[0].length;
    const opening = typeWordOpening(normKey(line.slice(at, at + 60)));
    if (opening && !opening.common) return p.start + at;
  }
  return p.end;
}

/** The tokens of one paragraph (not chrome or metadata). */
function paragraphTokens(draft: Draft, p: Paragraph, urls: readonly Span[]): ToneToken[] {
  const out: ToneToken[] = [];
  const bodyAt = p.kind === 'byline' ? creditBodyStart(draft.text, p) : p.end;
  for (const s of p.sentences) {
    // an index, not `entries()`: an array and a result object per word of the draft
    for (let wi = 0; wi < s.words.length; wi++) {
      const w = s.words[wi];
      // most words have no oa/oe/uy cluster: skip them before the costly per-syllable test
      if (!CLUSTER.test(w.lower)) continue;
      if (overlapsSpans(urls, w.start, w.end)) continue;
      for (const m of matchesOf(/[\p{L}\p{M}]+/gu, w.text)) {
        const style = toneStyleOf(m[0]);
        if (!style) continue;
        const start = w.start + m.index;
        const end = start + m[0].length;
        const name = (p.kind === 'byline' && start < bodyAt) || (inPersonName(draft, start, end) && !afterLevelWord(s.words, wi)) || givenAfterIntroducer(draft.text, s.words, wi);
        out.push({ start, end, text: m[0], style, name, quoted: inQuote(draft, start, end) });
      }
    }
  }
  return out;
}

/** Every oa/oe/uy open syllable with a tone mark, outside page chrome, metadata and URLs (once per draft). */
export function toneTokens(draft: Draft): ToneToken[] {
  const hit = cache.get(draft);
  if (hit) return hit;
  const urls = draftLinkSpans(draft);
  const quotes = quotesByParagraph(draft);
  const out: ToneToken[] = [];
  draft.paragraphs.forEach((p, k) => {
    if (p.kind === 'chrome' || p.kind === 'metadata') return;
    const salt = `${p.kind}\u0001${quotes[k]}\u0001${urlsOver(urls, p)}${lexiconSalt(draft, p)}`;
    for (const t of byParagraph.get(draft, p, salt, () => paragraphTokens(draft, p, urls))) out.push(t);
  });
  cache.set(draft, out);
  return out;
}

export interface ToneMajority {
  style: Style;
  /**
   * configured: `toneStyle` says old or new; majority: more voters in one style; lean: the
   * voters split evenly or by one word and the draft's names and quotations decide; tie: as many
   * in both (the profile's default decides); none: no voter at all (the profile's default)
   */
  basis: 'configured' | 'majority' | 'lean' | 'tie' | 'none';
  old: number;
  new: number;
}

/** The style the draft is held to: the configured one, else the voters' majority, else the profile's default. */
export function toneMajority(draft: Draft, config: { toneStyle: ToneStyle; profile: Profile }): ToneMajority {
  let old = 0;
  let neu = 0;
  // names and quotations: typed by the same hand, with the same keyboard setting
  let otherOld = 0;
  let otherNew = 0;
  for (const t of toneTokens(draft)) {
    if (t.name || t.quoted) {
      if (t.style === 'old') otherOld++;
      else otherNew++;
    } else if (t.style === 'old') old++;
    else neu++;
  }
  const counts = { old, new: neu };
  if (config.toneStyle === 'old' || config.toneStyle === 'new') return { style: config.toneStyle, basis: 'configured', ...counts };
  // an even split, or a single word: the draft's names and quotations, typed with the same
  // keyboard setting, lean it one way ("Hòa" twice and one “uỷ”: the “uỷ” was pasted in)
  const all = { old: old + otherOld, new: neu + otherNew };
  if ((old === neu || old + neu === 1) && old + neu > 0 && all.old !== all.new) {
    const style: Style = all.old > all.new ? 'old' : 'new';
    return { style, basis: old !== neu && style === (old > neu ? 'old' : 'new') ? 'majority' : 'lean', ...all };
  }
  if (old !== neu) return { style: old > neu ? 'old' : 'new', basis: 'majority', ...counts };
  return { style: PROFILE_DEFAULT[config.profile], basis: old === 0 ? 'none' : 'tie', ...counts };
}
