/**
 * The capitalisation lexicon: titles (rulebook Table A) and organisations (Table B) from
 * dictionaries/*.json plus the project's extra lexicon files, compiled ONCE per process into
 * a syllable trie, and the matchers the rules use.
 *
 * Public API (also used by required-organiser / required-official-titles):
 *
 *   matchOrganisations(draft, config?) → OrganisationMatch[]   organisation names, longest first
 *   matchTitles(draft, config?)        → TitleMatch[]          "(Phó )?BASE( Thường trực)? + body"
 *
 * Every match carries `start`/`end` (UTF-16 offsets of the ORIGINAL text), `text` (as
 * written), `canonical` (the lexicon form, old tone style), `expected` (the right casing for
 * this occurrence, in the draft's own tone placement and Unicode form), `entry` and `status`.
 * Matching is case-insensitive and tone-style-insensitive (NFC or NFD, "ủy" = "uỷ").
 * Results are cached per Draft object, so several rules share one pass.
 *
 * For the structure rules: an organiser is an OrganisationMatch with `named` true (a specific
 * body, not "các ban"); its `parts` say what it is made of (kind 'committee' = Tỉnh ủy/Huyện
 * ủy…, 'body', 'name', 'abbreviation' = UBND…), `place` the level word + place name after it.
 * A leader's title is a TitleMatch with `attached` true (it belongs to a person or a body);
 * `organisation` is the body it heads ("Bí thư" + "Huyện ủy"); `deputy` is "Phó".
 * `checks` list, syllable by syllable, what the casing rules expect (certainty clear or
 * contested); `differing(checks)` / `checkEdits(checks)` turn them into findings and edits.
 * Also exported: `keysOf(sentence)` (syllable keys, cached), `blankGap` (only blanks between two words), `onlyBlanks` (a gap of blanks, entities of a blank too), `TYPE_WORDS` (body type words).
 *
 * This file is the index; each job has its module under lexicon/: types (entry and match
 * shapes), entries (dictionaries validated and compiled), trie (longest match), words (gaps
 * and edges between words), grammar (type words, function words, committees), organisations
 * (known names), unknown-bodies (names read by their grammar), draft-facts (the two facts of the
 * whole draft that grammar asks, recorded per paragraph: `lexiconSalt`), titles, checks (expected
 * text, edits, which rule owns a phrase).
 */
import type { Draft, Paragraph, Sentence } from './draft.js';
import type { ResolvedConfig, Profile } from './config/types.js';
import { builtin, triesFor, type Tries } from './lexicon/entries.js';
import { keysOf, onlyBlanks } from './lexicon/words.js';
import { caseShape, levelWordAt, pluralMarkerEndingAt, syllableKey } from './casing.js';
import { FUNCTION_WORDS, typeWordAt } from './lexicon/grammar.js';
import type { Word } from './draft.js';
import { ParagraphMemo, paragraphMemosOn } from './paragraph-memo.js';
import { factsHold, factsSalt, startRecording, stopRecording, type DraftFact } from './lexicon/draft-facts.js';
import { bodyAt } from './lexicon/bodies.js';
import { titleAt } from './lexicon/titles.js';
import type { OrganisationMatch, TitleMatch } from './lexicon/types.js';

export type * from './lexicon/types.js';
export { blankGap, keysOf, onlyBlanks } from './lexicon/words.js';
export { FUNCTION_WORDS, INTERNATIONAL_SCOPES, KIND_FIELDS, notABodyAt, ONE_SYLLABLE_FUNCTION_WORDS, TYPE_WORDS, typeWordAt } from './lexicon/grammar.js';
export { differing, phraseAnswer, phraseOwner } from './lexicon/checks.js';
export { DOCUMENT_HEADS } from './lexicon/unknown-bodies.js';

interface Cached {
  organisations: OrganisationMatch[];
  titles: TitleMatch[];
  /** the salt of each paragraph whose analysis asked the draft-wide facts (draft-facts.ts): the answers it got */
  salts?: Map<Paragraph, string>;
}
/** One paragraph's readings and the draft-wide facts they asked (draft-facts.ts). */
interface Local {
  organisations: OrganisationMatch[];
  titles: TitleMatch[];
  facts: DraftFact[];
}
const cache = new WeakMap<Draft, Map<string, Cached>>();

function analyse(draft: Draft, config?: Pick<ResolvedConfig, 'extraLexicon' | 'profile'>): Cached {
  const profile: Profile = config?.profile ?? 'gov';
  let perDraft = cache.get(draft);
  if (!perDraft) cache.set(draft, (perDraft = new Map()));
  const tries = triesFor(config);
  const cacheKey = profile + (tries === builtin ? '' : ':x');
  const hit = perDraft.get(cacheKey);
  if (hit && (tries === builtin || hit)) return hit;
  const out: Cached = { organisations: [], titles: [] };
  if (tries === builtin) {
    // every reading is of one sentence (its words, the gaps between them, where its clauses
    // start in the paragraph) and of the two draft-wide facts it asked (draft-facts.ts), which a
    // paragraph read back must get the same answers to: a re-check reads the paragraphs it did
    // not edit back
    // (index loops: every paragraph, every re-check; in the server's unoptimised code each step
    // of a for…of allocates its result)
    const paragraphs = draft.paragraphs;
    const recording = paragraphMemosOn();
    factsDraft = draft;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k];
      factsStart = p.start;
      const local = byParagraph.get(
        draft,
        p,
        profile,
        () => {
          const mine: Local = { organisations: [], titles: [], facts: [] };
          if (recording) startRecording(p.start);
          try {
            for (const s of p.sentences) analyseSentence(draft, s, tries, profile, mine);
          } finally {
            if (recording) mine.facts = stopRecording();
          }
          return mine;
        },
        factsStillHold,
      );
      for (let i = 0; i < local.organisations.length; i++) out.organisations.push(local.organisations[i]);
      for (let i = 0; i < local.titles.length; i++) out.titles.push(local.titles[i]);
      if (local.facts.length > 0) (out.salts ??= new Map()).set(p, factsSalt(local.facts));
    }
    factsDraft = undefined;
  } else for (const s of draft.sentences) analyseSentence(draft, s, tries, profile, out);
  perDraft.set(cacheKey, out);
  return out;
}

/** The draft and the paragraph's start a remembered paragraph is read back on (`factsStillHold`: one function, no closure per paragraph). */
let factsDraft: Draft | undefined;
let factsStart = 0;
function factsStillHold(remembered: Local): boolean {
  return remembered.facts.length === 0 || factsHold(factsDraft!, factsStart, remembered.facts);
}

/** The builtin lexicon's readings of each paragraph (a 100 KB draft's take about 0.5 MB). */
const byParagraph = new ParagraphMemo<Local>('lexicon.paragraphs', 2 * 1024 * 1024, {
  offsets: ['start', 'end', 'titleEnd'],
  shared: ['entry'],
});

/**
 * What paragraph `p`'s titles and bodies depend on beyond its text (the answers its analysis got
 * from the draft-wide facts, draft-facts.ts; '' for nearly every paragraph): a memo that reads
 * the lexicon's readings of a paragraph keys them with it.
 */
export function lexiconSalt(draft: Draft, p: Paragraph, config?: Pick<ResolvedConfig, 'extraLexicon' | 'profile'>): string {
  // (a one-shot lint remembers nothing: no salt to give)
  if (!paragraphMemosOn()) return '';
  return analyse(draft, config).salts?.get(p) ?? '';
}

function analyseSentence(draft: Draft, s: Sentence, tries: Tries, profile: Profile, out: Pick<Cached, 'organisations' | 'titles'>): void {
  const words = s.words;
  let prevTitleEnd = -1; // index after the last title of a chain ("…Huyện ủy, Chủ tịch HĐND huyện")
  let pluralChain = false; // the chain opened after a plural introducer ("các đồng chí Phó Chủ nhiệm, …")
  let lastBody: OrganisationMatch | undefined; // the body read last in the sentence, alone
  for (let i = 0; i < words.length; ) {
    const title = titleAt(draft, s, tries, profile, i, prevTitleEnd, pluralChain);
    if (title) {
      pluralChain = title.plural;
      out.titles.push(title.match);
      if (title.match.organisation) out.organisations.push(title.match.organisation);
      // only a title of someone continues a chain: "110 chủ tịch, phó chủ tịch công đoàn" lists generic ones
      prevTitleEnd = title.match.attached ? title.endIndex : -1;
      lastBody = undefined;
      i = title.endIndex;
      continue;
    }
    const chain = bodyAt(draft, s, tries, i, false);
    if (chain) {
      // a lowercase body joined by "và" or a comma to a generic one before it shares its plural
      // ("các trạm y tế xã và trung tâm y tế huyện": every district's centre too, CAP-24)
      const m = chain.match;
      const joinedToGeneric =
        (lastBody?.generic && /^[ \t\u00a0]*(?:,|và)[ \t\u00a0]*$/u.test(draft.text.slice(lastBody.end, m.start))) || pluralPhraseJoinedBefore(draft.text, words, i);
      if (joinedToGeneric && !m.generic && !m.place?.name.length && !namedPlaceAfter(draft.text, words, m.end) && m.parts.every((p) => p.words.every((w) => caseShape(w.text) === 'lower'))) {
        m.generic = true;
        m.named = false;
      }
      // "các khoa Nội, | khoa Nhi": the next item of a list of one kind's names that a plural
      // marker opens, its type word lowercase like the first's, is as generic as the first
      else if (!m.generic && !m.place?.name.length && caseShape(words[i].text) === 'lower' && sameKindListedBefore(draft.text, words, keysOf(s), i)) {
        m.generic = true;
        m.named = false;
      }
      lastBody = m;
      out.organisations.push(m);
      i = chain.endIndex;
      continue;
    }
    i++;
  }
}

// ---------------------------------------------------------------------------------------
// Public API

/** The builtin lexicon alone (no project entries): what every reader of a paragraph may remember its answers for. */
export function usesBuiltinLexicon(config?: Pick<ResolvedConfig, 'extraLexicon'>): boolean {
  return triesFor(config) === builtin;
}

/** Organisation names of the draft (also those inside titles), in text order, longest match first. */
export function matchOrganisations(draft: Draft, config?: Pick<ResolvedConfig, 'extraLexicon' | 'profile'>): OrganisationMatch[] {
  return analyse(draft, config).organisations;
}

/** Titles of the draft with their organisation, in text order. */
export function matchTitles(draft: Draft, config?: Pick<ResolvedConfig, 'extraLexicon' | 'profile'>): TitleMatch[] {
  return analyse(draft, config).titles;
}

/**
 * "các khoa Nội, khoa Ngoại và | khoa Nhi": word i (a lowercase type word) follows "và" or a
 * comma closing a list whose items are the same type word, lowercase, and one to three
 * capitalised words, the first of them right after a plural marker. `keys`: the sentence's
 * (keysOf), read here for every lowercase body, so not made again.
 */
function sameKindListedBefore(text: string, words: Word[], keys: string[], i: number): boolean {
  const t = typeWordAt(keys, i);
  if (t === 0) return false;
  const type = keys.slice(i, i + t).join(' ');
  // (blanks only between words k-1 and k)
  const blankBefore = (k: number): boolean => words[k - 1].end < words[k].start && onlyBlanks(text, words[k - 1].end, words[k].start);
  let k = i;
  for (let n = 0; n < 8; n++) {
    // the joiner before item k: a comma, or "và" between blanks
    let end = k - 1;
    if (end < 0) return false;
    if (/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(text.slice(words[end].end, words[k].start))) {
      /* the comma itself */
    } else if (keys[end] === 'và' && blankBefore(k) && end > 0 && blankBefore(end)) end--;
    else return false;
    // the item before: its field (a capital, then up to three words joined by blanks) back to
    // the same type word, lowercase
    let start = -1;
    for (let f = end; f >= 0 && end - f < 4; f--) {
      if (f < end && !blankBefore(f + 1)) break;
      const at = f - t;
      if (caseShape(words[f].text) === 'cap' && at >= 0 && keys.slice(at, f).join(' ') === type && words.slice(at, f).every((w) => caseShape(w.text) === 'lower') && blankBefore(f)) {
        start = at;
        break;
      }
    }
    if (start < 0) return false;
    if (start > 0 && blankBefore(start) && pluralMarkerEndingAt(words, start - 1) > 0) return true;
    k = start;
  }
  return false;
}

/**
 * "… các trạm y tế xã và | trung tâm y tế huyện": word i follows "và" or a comma closing a
 * lowercase phrase of at most six words that a plural marker opens; the plural is shared.
 */
function pluralPhraseJoinedBefore(text: string, words: Word[], i: number): boolean {
  let j = i - 1;
  if (j < 0) return false;
  const joiner = j;
  if (words[j].text.toLowerCase() === 'và' && /^[ \t\u00a0]+$/u.test(text.slice(words[j].end, words[i].start))) j--;
  else if (!/^[ \t\u00a0]*,[ \t\u00a0]*$/u.test(text.slice(words[j].end, words[i].start))) return false;
  for (let n = 0; n < 6 && j >= 0; n++, j--) {
    const w = words[j];
    // (the phrase names bodies: a type word opens it, or it ends in the level of its units,
    // "các | trạm y tế xã")
    if (pluralMarkerEndingAt(words, j) > 0) {
      const last = words[joiner].text.toLowerCase() === 'và' ? joiner - 1 : joiner;
      return n > 0 && (typeWordAt(words.slice(j + 1, j + 4).map((x) => syllableKey(x.text)), 0) > 0 || (n >= 2 && levelWordAt(words, last) === 1));
    }
    if (caseShape(w.text) !== 'lower' || FUNCTION_WORDS.has(w.text.toLowerCase()) || (j > 0 && !/^[ \t\u00a0]+$/u.test(text.slice(words[j - 1].end, w.start)))) return false;
  }
  return false;
}

/** A level word and a capitalised name, or a capitalised name, right after offset `end` ("… huyện Mường Tè"). */
function namedPlaceAfter(text: string, words: Word[], end: number): boolean {
  let k = words.findIndex((w) => w.start >= end);
  if (k < 0 || !/^[ \t\u00a0]+$/u.test(text.slice(end, words[k].start))) return false;
  const lv = levelWordAt(words, k);
  k += lv;
  return k < words.length && lv > 0 && caseShape(words[k].text) === 'cap' && /^[ \t\u00a0]+$/u.test(text.slice(words[k - 1].end, words[k].start));
}
