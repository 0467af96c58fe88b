/**
 * consistent-capitalisation (rulebook §2.7, §8): the same title, organisation or body name
 * written with different casing in one draft ("Trưởng Ban Dân vận Tỉnh ủy" and "Trưởng ban
 * Dân vận Tỉnh ủy"; "Tỉnh Đoàn" and "Tỉnh đoàn"; "Ban Chỉ huy phòng chống thiên tai" and
 * "ban chỉ huy phòng chống thiên tai"). The minority occurrences are flagged, each with a fix
 * to the majority form and a suggestion that fixes every occurrence in the draft.
 *
 * Ownership (no double reports): each occurrence is first corrected as organisation-case and
 * title-case would correct it, clear points and profile preferences included. Only what still
 * differs after that is this rule's: contested styles the profile accepts both ways
 * (press-lower's "Trưởng ban/Ban", "Tỉnh Đoàn/đoàn"), and names the lexicon does not know.
 * An occurrence those rules already bring to the majority form is not reported again.
 */
import type { Rule, TextEdit } from '../core/types.js';
import { wordsIn, type Draft, type Paragraph, type Word } from '../core/draft.js';
import { caseLike, caseShape, isCapitalised, isGenericAt, isSentenceStart, levelWordAt, pluralMarkerAt, syllableKey, withShape, wordKey } from '../core/casing.js';
import { secondHalfOfWord } from '../core/capital-evidence.js';
import { isListedPair } from '../core/spell/genre-words.js';
import { isGeneralPair } from '../core/spell/general-words.js';
import { wordLookupKey } from '../core/spell/syllable.js';
import { levelsListedAt, lowerRunToManyUnits } from '../core/lexicon/grammar.js';
import { lexiconSalt, matchOrganisations, matchTitles, keysOf, usesBuiltinLexicon, FUNCTION_WORDS, KIND_FIELDS, notABodyAt, TYPE_WORDS, typeWordAt, type OrganisationMatch, type SyllableCheck, type TitleMatch } from '../core/lexicon.js';
import { lastAtOrBefore, spanAt } from '../core/sorted.js';
import { ParagraphMemo, quotesByParagraph, saltId } from '../core/paragraph-memo.js';
import type { ResolvedConfig } from '../core/config/types.js';
import { editedText } from '../core/fix.js';

interface Occurrence {
  words: Word[];
  /** the casing each word has once the lexicon rules have done their work */
  effective: string[];
  /** case shape of each effective word, computed once */
  shapes: string[];
  /** a lexicon title or organisation (not a guessed body) */
  known: boolean;
  /** the first word starts a sentence: its capital says nothing */
  free: boolean;
  quoted: boolean;
  /** a body of one kind in many places ("các chi cục hải quan khu vực"), not the one the draft names */
  generic: boolean;
  /** the case shapes of the lexicon's canonical form, when its syllables line up with the words */
  canonical?: string[];
}


function sameForm(a: Occurrence, b: Occurrence): boolean {
  return a.shapes.every((t, i) => (i === 0 && (a.free || b.free)) || t === b.shapes[i]);
}

function effectiveOf(words: Word[], checks: SyllableCheck[]): string[] {
  return words.map((w) => checks.find((c) => c.word.start === w.start)?.expected || w.text);
}

/** An occurrence under its comparison key (the syllable keys of its words). */
interface Keyed {
  key: string;
  occ: Occurrence;
}

/** A body the lexicon does not know: a type word and the words of its field. */
interface UnknownBody {
  /** the phrase's syllable keys, as the draft-wide list groups them */
  phrase: string;
  key: string;
  /** undefined when its case says nothing (a word in capitals, a mixed-case word) */
  occ?: Occurrence;
  /** capitalised after the sentence start */
  capital: boolean;
}

/**
 * A capital inside the field of a body only the grammar reads, not opening a field phrase
 * ("Trạm Trồng | Trọt và Bảo vệ thực vật"): the draft's own writing of the same words elsewhere
 * says whether it is a name's ("Chi cục Trồng trọt …" says it is not).
 */
interface InnerCapital {
  word: Word;
  /** the body's first word: the finding runs from it to the capital ("Trạm Trồng Trọt") */
  body: Word;
  /** the field word before it, joined by a blank */
  prev: Word;
  /** its case shape, or undefined when it starts the sentence (a capital that says nothing) */
  prevShape?: string;
  /** the key of the word after it, joined by a blank, if any */
  nextKey?: string;
}

/** What one paragraph adds to the draft-wide comparison, in the order `check` meets it. */
interface ParagraphOccurrences {
  titled: Keyed[];
  named: Keyed[];
  unknown: UnknownBody[];
  inner: InnerCapital[];
}

/** Each paragraph's occurrences, kept by its text, its quotations and the profile. */
const byParagraph = new ParagraphMemo<ParagraphOccurrences>('consistent-capitalisation.paragraphs', 1024 * 1024, { offsets: ['start', 'end'] });

/** The lexicon's titles and organisations of each paragraph (by index), in the draft's order. */
function lexiconByParagraph(draft: Draft, config: ResolvedConfig): { titles: TitleMatch[][]; organisations: OrganisationMatch[][] } {
  const byIndex = <T extends { start: number }>(spans: T[]): T[][] => {
    const out: T[][] = [];
    for (const sp of spans) {
      const k = lastAtOrBefore(draft.paragraphs, sp.start, (p) => p.start);
      (out[k] ??= []).push(sp);
    }
    return out;
  };
  return { titles: byIndex(matchTitles(draft, config)), organisations: byIndex(matchOrganisations(draft, config)) };
}

/**
 * The occurrences of paragraph `p`: its lexicon `titles` and `organisations`, and the bodies
 * the lexicon does not know. A name lies in one sentence, and so does what each occurrence
 * reads (the sentence start, a title sharing its head, a quotation, the words already taken).
 */
function paragraphOccurrences(draft: Draft, titles: TitleMatch[], organisations: OrganisationMatch[], p: Paragraph): ParagraphOccurrences {
  const out: ParagraphOccurrences = { titled: [], named: [], unknown: [], inner: innerCapitals(draft, organisations) };
  // quotation spans are sorted: a binary search instead of a scan per occurrence
  const quoted = (offset: number): boolean => spanAt(draft.quotes, offset) !== undefined;
  const covered = new Set<number>();
  // a body whose type word is a title's head ("trưởng ban công tác Mặt trận"): that word's
  // case is the title's style (§8.1 "Trưởng ban/Trưởng Ban"), it says nothing of the body's
  const sharedHeads = new Set<number>();
  for (const t of titles) if (t.organisation && t.organisation.start < t.titleEnd) sharedHeads.add(t.organisation.start);
  // … and a lowercase title of nobody whose last syllable opens a body ("trưởng ban thanh tra
  // nhân dân, trưởng ban giám sát đầu tư …" of every commune) names the board of each unit: a
  // generic mention, no spelling of the one board the draft names elsewhere (CAP-24)
  const rolesOfNobody = new Set<number>();
  for (const t of titles) {
    const ws = t.attached || isSentenceStart(draft, t.start) ? [] : wordsIn(draft, t.start, t.titleEnd);
    if (ws.length > 0 && caseShape(ws[0].text) === 'lower') for (const w of ws) rolesOfNobody.add(w.start);
  }
  const occurrence = (words: Word[], checks: SyllableCheck[], known = true, canonical?: string, generic = false): Keyed | undefined => {
    if (words.length < 2) return undefined;
    const canon = canonical?.split(/[\s,–-]+/u).filter((t) => /\p{L}/u.test(t));
    const key = words.map((w) => syllableKey(w.text)).join(' ');
    const effective = effectiveOf(words, checks);
    const occ: Occurrence = {
      words,
      effective,
      shapes: effective.map(caseShape),
      known,
      free: isSentenceStart(draft, words[0].start) || sharedHeads.has(words[0].start),
      quoted: quoted(words[0].start),
      generic,
      ...(canon && canon.length === words.length ? { canonical: canon.map(caseShape) } : {}),
    };
    if (occ.shapes.some((t) => t === 'mixed') || occ.shapes.every((t) => t === 'upper')) return undefined;
    for (const w of words) covered.add(w.start);
    return { key, occ };
  };
  const push = (list: Keyed[], o: Keyed | undefined): void => {
    if (o) list.push(o);
  };

  // generic titles and bodies ("các bí thư chi bộ", "các tỉnh ủy") are lowercase on purpose:
  // they are no other spelling of a specific one
  for (const t of titles) {
    if (!t.attached) continue;
    // a body only the grammar reads is no lexicon spelling: the title alone is compared ("Trưởng Ban" + "Nữ công")
    const body = t.organisation && !t.organisation.pattern ? t.organisation : undefined;
    const ws = wordsIn(draft, t.start, body?.parts.flatMap((p) => p.words).at(-1)?.end ?? t.titleEnd);
    push(out.titled, occurrence(ws, [...t.checks, ...(body?.checks ?? [])], true, t.organisation?.pattern ? undefined : t.canonical));
  }
  // each entry of an organisation on its own: "Tỉnh Đoàn" alone and in "Ban Thường vụ Tỉnh Đoàn"
  for (const o of organisations) {
    if (o.parts[0].words.some((w) => covered.has(w.start))) continue;
    if (o.generic || (!o.named && !o.parts.some((p) => p.words.some((w) => isCapitalised(w.text))))) continue;
    // a name only the grammar knows, written right: compared below with its other spellings
    if (o.pattern && o.checks.every((c) => c.expected === c.word.text)) continue;
    for (const part of o.parts) if (part.kind !== 'central') push(out.named, occurrence(part.words, o.checks, true, part.entry?.canonical));
  }
  // bodies the lexicon does not know: a type word and up to four words of its field
  const unknown: Array<{ phrase: string; seq: Word[]; generic: boolean }> = [];
  for (const s of p.sentences) {
    const ws = s.words;
    const keys = keysOf(s);
    for (let i = 0; i < ws.length; i++) {
      const n = phraseAt(draft, ws, keys, i, covered);
      if (n < 3) continue;
      const seq = ws.slice(i, i + n);
      unknown.push({ phrase: keys.slice(i, i + n).join(' '), seq, generic: rolesOfNobody.has(ws[i].start) || isGenericAt(draft.text, ws, i) || ofManyAfter(draft, ws, i + n) || (lowerPhrase(draft, seq) && lowerRunToManyUnits(draft.text, ws, keys, i + n, FIELD_WITHIN)) || ofEveryLevelAfter(draft, ws, i + n) || ofListedLevelsAfter(draft, ws, i + n) });
      i += n - 1;
    }
  }
  // (after every name: the words a title or an organisation took are no unknown body's)
  for (const e of unknown) {
    const capital = e.seq.some((w, k) => isCapitalised(w.text) && !(k === 0 && isSentenceStart(draft, w.start)));
    const o = occurrence(e.seq, [], false, undefined, e.generic);
    out.unknown.push({ phrase: e.phrase, key: o?.key ?? '', ...(o ? { occ: o.occ } : {}), capital });
  }
  return out;
}

export const consistentCapitalisation: Rule = {
  meta: {
    id: 'consistent-capitalisation',
    category: 'capitalisation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Cùng một chức danh, tên cơ quan trong bài phải viết hoa thống nhất.',
      en: 'The same title or organisation name is capitalised the same way throughout a draft.',
    },
    rationale: {
      vi: 'Khi các nguồn quy định khác nhau (“Trưởng Ban/Trưởng ban”, “Tỉnh Đoàn/Tỉnh đoàn”), mỗi bài vẫn phải chọn một cách viết và dùng thống nhất.',
      en: 'Where sources disagree (“Trưởng Ban/Trưởng ban”, “Tỉnh Đoàn/Tỉnh đoàn”) a draft must still pick one form and keep to it.',
    },
    messages: {
      mixed: {
        vi: '“{found}” viết hoa khác với {count} lần khác trong bài (“{expected}”).',
        en: '“{found}” is capitalised unlike {count} other occurrences in this draft (“{expected}”).',
      },
      apply: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
      applyAll: { vi: 'Sửa mọi chỗ trong bài thành “{expected}”', en: 'Change every occurrence in this draft to “{expected}”' },
    },
  },
  check({ draft, config, report }) {
    // what a paragraph's occurrences depend on beyond its text: its quotations and the
    // lexicon's profile (a project's own lexicon is not remembered)
    const memo = usesBuiltinLexicon(config);
    const quotes = memo ? quotesByParagraph(draft) : [];
    // the lexicon's names by paragraph, sorted out once a pass and only when a paragraph is not remembered
    let lexicon: ReturnType<typeof lexiconByParagraph> | undefined;
    const read = (k: number) => (p: Paragraph): ParagraphOccurrences => {
      lexicon ??= lexiconByParagraph(draft, config);
      return paragraphOccurrences(draft, lexicon.titles[k] ?? [], lexicon.organisations[k] ?? [], p);
    };
    const locals = draft.paragraphs.map((p, k) => (memo ? byParagraph.get(draft, p, `${quotes[k]}\u0001${config.profile}${lexiconSalt(draft, p, config)}`, read(k)) : read(k)(p)));

    // the occurrences in the order the draft-wide comparison meets them: every title, every
    // organisation on its own, then the unknown bodies capitalised somewhere
    const groups = new Map<string, Occurrence[]>();
    const add = (key: string, occ: Occurrence): void => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(occ);
    };
    // (index loops: every paragraph, every re-check; in the server's unoptimised code each step
    // of a for…of allocates its result, and the lists are mostly empty)
    for (let k = 0; k < locals.length; k++) for (let i = 0; i < locals[k].titled.length; i++) add(locals[k].titled[i].key, locals[k].titled[i].occ);
    for (let k = 0; k < locals.length; k++) for (let i = 0; i < locals[k].named.length; i++) add(locals[k].named[i].key, locals[k].named[i].occ);
    const unknown = new Map<string, UnknownBody[]>();
    for (let k = 0; k < locals.length; k++) {
      for (let i = 0; i < locals[k].unknown.length; i++) {
        const u = locals[k].unknown[i];
        let list = unknown.get(u.phrase);
        if (!list) unknown.set(u.phrase, (list = []));
        list.push(u);
      }
    }
    for (const entries of unknown.values()) {
      // only terms that are capitalised somewhere after the sentence start
      if (!entries.some((e) => e.capital)) continue;
      for (const e of entries) if (e.occ) add(e.key, e.occ);
    }

    for (const occs of groups.values()) {
      const voters = occs.filter((o) => !o.quoted);
      if (voters.length < 2) continue;
      const forms: Array<{ model: Occurrence; members: Occurrence[] }> = [];
      for (const o of voters) {
        const f = forms.find((x) => sameForm(x.model, o));
        if (f) {
          f.members.push(o);
          if (f.model.free && !o.free) f.model = o;
        } else forms.push({ model: o, members: [o] });
      }
      if (forms.length < 2) continue;
      // on a tie the lexicon's own form comes first (a headline's "Huyện Đoàn" does not outvote
      // the body's "Huyện đoàn"), then the form written first
      const canonicalForm = (f: { model: Occurrence }): number => {
        const c = f.model.canonical;
        return c && f.model.shapes.every((t, i) => (i === 0 && f.model.free) || t === c[i]) ? 0 : 1;
      };
      // (then a form written as it stands before one that another rule's correction gives it: the
      // correction may be only part of that rule's answer, "Trung tâm dịch vụ Nông nghiệp" fixed to
      // the draft's own "Trung tâm Dịch vụ nông nghiệp" by organisation-case)
      const asWritten = (f: { model: Occurrence }): number => (f.model.effective.every((t, k) => t === f.model.words[k].text) ? 0 : 1);
      forms.sort((a, b) => b.members.length - a.members.length || canonicalForm(a) - canonicalForm(b) || asWritten(a) - asWritten(b) || a.members[0].words[0].start - b.members[0].words[0].start);
      const target = forms[0];
      // a tie: mixing a lexicon name's accepted styles is always flagged (its canonical form, else
      // the first form, sets the draft's style); for a body the lexicon does not know, a tie is no evidence
      if (target.members.length === forms[1].members.length && !occs[0].known) continue;
      const minority = occs.filter((o) => !sameForm(target.model, o));
      const editsOf = (o: Occurrence): TextEdit[] =>
        o.words
          .map((w, k) => ({ start: w.start, end: w.end, text: k === 0 && o.free ? w.text : caseLike(w.text, target.model.effective[k]) }))
          .filter((e, k) => e.text !== o.words[k].text);
      const all = minority.flatMap(editsOf);
      const expectedOf = (o: Occurrence): string => editedText(draft.text, o.words[0].start, o.words[o.words.length - 1].end, editsOf(o));
      for (const o of minority) {
        // bodies of one kind in many places ("các chi cục hải quan khu vực", "ban chỉ huy … các
        // xã") are lowercase on purpose (CAP-24): they say nothing of how the one body the draft
        // names is spelled, nor it of them; each is compared with its own kind only
        if (!target.members.some((m) => m.generic === o.generic)) continue;
        // … and a generic mention in lower case is right whatever the one body is called
        // ("nhiều trung tâm y tế huyện miền núi" beside "Trung tâm Y tế các huyện A, B"): a body
        // of many units named with their capitals is no spelling the generic one must follow
        if (o.generic && o.words.every((w) => caseShape(w.text) === 'lower')) continue;
        const edits = editsOf(o);
        if (edits.length === 0) continue;
        // written as the majority is somewhere, it mixes nothing: the two differ only in what
        // the lexicon reads into them ("vai trò của ban công tác Mặt trận" beside "đại biểu là
        // trưởng ban công tác Mặt trận", a role under a title of nobody)
        if (target.members.some((m) => m.words.every((w, k) => w.text === o.words[k].text))) continue;
        // organisation-case / title-case already bring this one to the majority form
        const written = o.words.map((w) => w.text);
        // one answer per span: organisation-case or title-case already reports this occurrence;
        // what still differs once its fix is applied is reported on the next pass (fixText
        // loops until stable), never as a second finding on the same words
        if (o.effective.some((t, k) => t !== written[k])) continue;
        const start = o.words[0].start;
        const end = o.words[o.words.length - 1].end;
        const expected = expectedOf(o);
        report({
          start,
          end,
          messageId: 'mixed',
          args: { found: draft.text.slice(start, end), expected, count: target.members.length },
          fix: edits,
          suggestions: [
            { messageId: 'apply', args: { expected }, edits, scope: 'one' },
            { messageId: 'applyAll', args: { expected: draft.text.slice(target.model.words[0].start, target.model.words[target.model.words.length - 1].end) }, edits: all, scope: 'all' },
          ],
        });
      }
    }

    // a capital inside a field that the draft writes lowercase after the same words elsewhere
    // ("Trạm Trồng Trọt" beside "Chi cục Trồng trọt", "Khoa Kiểm soát Nhiễm khuẩn" beside "kiểm
    // soát nhiễm khuẩn"): Decree 30 capitalises only a field phrase's first syllable, and the
    // draft itself says this one is no proper name's (a tie is enough: the decree breaks it)
    const inner = locals.flatMap((l) => l.inner);
    if (inner.length === 0) return;
    const seen = sightings(draft, inner, memo ? quotes : quotesByParagraph(draft));
    for (const c of inner) {
      const [lower, capital] = seen.get(sightingKey(wordKey(c.prev), c.prevShape!, wordKey(c.word), c.nextKey)) ?? [0, 0];
      if (lower === 0 || lower < capital) continue;
      const expected = withShape(c.word.text, 'lower');
      const edits = [{ start: c.word.start, end: c.word.end, text: expected }];
      const found = draft.text.slice(c.body.start, c.word.end);
      const whole = editedText(draft.text, c.body.start, c.word.end, edits);
      report({ start: c.body.start, end: c.word.end, messageId: 'mixed', args: { found, expected: whole, count: lower }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected: whole }, edits, scope: 'one' }] });
    }
  },
};

/**
 * The inner capitals of the paragraph's bodies that only the grammar reads, written as the
 * grammar leaves them (organisation-case has nothing to say of the body): not the type word,
 * not a field phrase's first word (after the type word, after "và", a comma or a dash, after
 * the kind of body that opens the field: "Trường Đại học | Luật"), not a word in capitals.
 */
function innerCapitals(draft: Draft, organisations: OrganisationMatch[]): InnerCapital[] {
  const out: InnerCapital[] = [];
  const text = draft.text;
  for (const o of organisations) {
    if (!o.pattern || o.parts.length !== 1 || o.checks.some((c) => c.expected !== c.word.text)) continue;
    const ws = o.parts[0].words;
    const keys = ws.map(wordKey);
    const type = typeWordAt(keys, 0);
    if (type === 0) continue;
    const kinds = KIND_FIELDS.get(keys.slice(0, type).join(' '));
    let kindEnd = -1;
    // (the longest kind that opens the field)
    for (let n = ws.length - 1; kinds && n > type && kindEnd < 0; n--) if (kinds.has(keys.slice(type, n).join(' '))) kindEnd = n;
    for (let n = type + 1; n < ws.length; n++) {
      const w = ws[n];
      if (caseShape(w.text) !== 'cap' || n === kindEnd || !/^[ \t\u00a0]+$/u.test(text.slice(ws[n - 1].end, w.start))) continue;
      const prev = ws[n - 1];
      // (the second half of a word with the one before, "Trồng | Trọt", "Đa | Khoa": a capital
      // opening a word of its own may open a phrase the name's owner capitalises, "Khuyến nông |
      // Quốc gia", "Ban An toàn | Giao thông", whatever the draft's running text writes)
      if (!aWord(prev, w)) continue;
      const next = ws[n + 1];
      out.push({
        word: w,
        body: ws[0],
        prev,
        ...(isSentenceStart(draft, prev.start) ? {} : { prevShape: caseShape(prev.text) }),
        ...(next && /^[ \t\u00a0]+$/u.test(text.slice(w.end, next.start)) ? { nextKey: wordKey(next) } : {}),
      });
    }
  }
  return out.filter((c) => c.prevShape !== undefined);
}

/** Two syllables that make a word of the genre's list or the general one ("trồng trọt", "đa khoa"). */
function aWord(a: Word, b: Word): boolean {
  const ka = wordLookupKey(a);
  const kb = wordLookupKey(b);
  return isListedPair(ka, kb) || isGeneralPair(ka, kb);
}

function sightingKey(prevKey: string, prevShape: string, key: string, nextKey: string | undefined): string {
  return `${prevKey} ${prevShape} ${key} ${nextKey ?? ''}`;
}

/**
 * How the draft writes each inner capital's words, outside quotations, past a sentence start:
 * [lowercase, capitalised] sightings of the word after the same word in the same case (and
 * before the same word, where the capital has one after it), the capital itself included.
 * Summed over the paragraphs' own counts of the keys asked (`paragraphSightings`), kept by each
 * paragraph's text, its quotations and the keys: a re-check walked every word of the draft
 * again, though the draft's inner capitals, and so the keys, rarely change with an edit.
 */
function sightings(draft: Draft, inner: InnerCapital[], quotes: readonly string[]): Map<string, [number, number]> {
  const wanted = new Set(inner.map((c) => wordKey(c.word)));
  const keys = [...new Set(inner.map((c) => sightingKey(wordKey(c.prev), c.prevShape!, wordKey(c.word), c.nextKey)))].sort();
  const out = new Map<string, [number, number]>();
  // (no inner capital to weigh: no word of the draft is looked at)
  if (wanted.size === 0) return out;
  const index = new Map(keys.map((k, i) => [k, i]));
  const asked = saltId(keys.join('\n'));
  const paragraphs = draft.paragraphs;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const counts = sightingsByParagraph.get(draft, p, `${quotes[k]}\u0001${asked}`, () => paragraphSightings(draft, p, wanted, index));
    for (let i = 0; i < counts.length; i += 3) {
      const key = keys[counts[i]];
      let c = out.get(key);
      if (!c) out.set(key, (c = [0, 0]));
      c[0] += counts[i + 1];
      c[1] += counts[i + 2];
    }
  }
  return out;
}

/**
 * The sightings of paragraph `p` under the keys asked (`index`: each key's place in the sorted
 * list), as numbers: key's place, lowercase, capitalised, for each key sighted (none: empty).
 */
function paragraphSightings(draft: Draft, p: Paragraph, wanted: ReadonlySet<string>, index: ReadonlyMap<string, number>): number[] {
  const counts = new Map<number, [number, number]>();
  const blank = (a: Word, b: Word): boolean => /^[ \t\u00a0]+$/u.test(draft.text.slice(a.end, b.start));
  for (const s of p.sentences) {
    const ws = s.words;
    for (let n = 1; n < ws.length; n++) {
      const w = ws[n];
      if (!wanted.has(wordKey(w)) || !blank(ws[n - 1], w) || spanAt(draft.quotes, w.start) !== undefined || isSentenceStart(draft, ws[n - 1].start)) continue;
      const shape = caseShape(w.text);
      if (shape !== 'lower' && shape !== 'cap') continue;
      const prevKey = wordKey(ws[n - 1]);
      const prevShape = caseShape(ws[n - 1].text);
      const next = ws[n + 1] && blank(w, ws[n + 1]) ? wordKey(ws[n + 1]) : undefined;
      // (the capital's own sighting, and every other one, under each key it may be asked by)
      for (const key of new Set([sightingKey(prevKey, prevShape, wordKey(w), next), sightingKey(prevKey, prevShape, wordKey(w), undefined)])) {
        const i = index.get(key);
        if (i === undefined) continue;
        let c = counts.get(i);
        if (!c) counts.set(i, (c = [0, 0]));
        c[shape === 'cap' ? 1 : 0]++;
      }
    }
  }
  const out: number[] = [];
  for (const [i, [lower, capital]] of counts) out.push(i, lower, capital);
  return out;
}

/** Each paragraph's sightings of the keys asked (numbers: a few bytes a paragraph). */
const sightingsByParagraph = new ParagraphMemo<number[]>('consistent-capitalisation.sightings', 256 * 1024, { offsets: [] });

/** type words by their first syllable key */
const TYPES_BY_FIRST = new Map<string, string[][]>();
for (const t of TYPE_WORDS) {
  if (!TYPES_BY_FIRST.has(t[0])) TYPES_BY_FIRST.set(t[0], []);
  TYPES_BY_FIRST.get(t[0])!.push(t);
}

/** Length of an unknown body phrase at i: a type word + 2..4 field words, or 0. */
function phraseAt(draft: Draft, ws: Word[], keys: string[], i: number, covered: Set<number>): number {
  const candidates = TYPES_BY_FIRST.get(keys[i]);
  if (!candidates || covered.has(ws[i].start)) return 0;
  const type = candidates.find((t) => t.every((k, n) => keys[i + n] === k));
  if (!type) return 0;
  // "hội" of "Đại hội", "đoàn" of "Công đoàn": the second half of a word opens no body
  if (i > 0 && /^[ \t\u00a0]+$/.test(draft.text.slice(ws[i - 1].end, ws[i].start)) && secondHalfOfWord(wordKey(ws[i - 1]), wordKey(ws[i]))) return 0;
  if (notABodyAt(keys, i, type.length)) return 0;
  let j = i + type.length;
  while (j < ws.length && j - i < type.length + 4) {
    const w = ws[j];
    if (covered.has(w.start) || FUNCTION_WORDS.has(keys[j]) || levelWordAt(ws, j) > 0 || /\d/.test(w.text)) break;
    if (!/^[ \t\u00a0]+$/.test(draft.text.slice(ws[j - 1].end, w.start)) || !/[\p{L}\p{M}]$/u.test(ws[j - 1].text)) break;
    j++;
  }
  return j - i;
}

/**
 * Every word of a body's phrase lowercase (its first one may take the sentence's capital): a
 * phrase written so before a task that runs to many units ("thành viên ban chỉ đạo | thực hiện dân
 * chủ ở cơ sở | các xã, phường") is the committee of each; one capitalised there names them as the
 * writer means to, compared with the generic mentions only (CAP-24).
 */
function lowerPhrase(draft: Draft, seq: Word[]): boolean {
  return seq.every((w, k) => caseShape(w.text) === 'lower' || (k === 0 && isSentenceStart(draft, w.start)));
}

/** A plural marker among the few lowercase words after a body's phrase: "ban chỉ huy ứng phó | bão lũ các xã". */
function ofManyAfter(draft: Draft, ws: Word[], j: number): boolean {
  for (let k = j; k < ws.length && k < j + 1; k++) {
    if (!/^[ \t\u00a0]+$/u.test(draft.text.slice(ws[k - 1].end, ws[k].start)) || caseShape(ws[k].text) !== 'lower') return false;
    if (pluralMarkerAt(ws, k) > 0) return true;
    // ("thành viên Ban bầu cử và các tổ bầu cử": the plural after “và” is the next item's)
    if (FUNCTION_WORDS.has(wordKey(ws[k]))) return false;
  }
  return false;
}

/**
 * A bare level word right after a body's phrase, other level words listed after it ("trạm y tế |
 * xã, phường"): a body in each unit of those levels, a generic mention.
 */
function ofListedLevelsAfter(draft: Draft, ws: Word[], j: number): boolean {
  const lv = levelWordAt(ws, j);
  return lv > 0 && caseShape(ws[j].text) === 'lower' && /^[ \t\u00a0]+$/u.test(draft.text.slice(ws[j - 1].end, ws[j].start)) && levelsListedAt(draft.text, ws, j + lv);
}

/** How far the field of a body may run before the level it is one of ("ban chỉ huy phòng | , chống thiên tai và tìm kiếm cứu nạn | cấp xã"). */
const FIELD_WITHIN = 10;

/**
 * "cấp" and a level word closing the lowercase field after a body's phrase: one such body at
 * every unit of that level, a generic mention ("thành viên ban chỉ huy phòng, chống thiên tai
 * và tìm kiếm cứu nạn cấp xã"), not a spelling of the draft's own "Ban Chỉ huy Phòng, chống …".
 */
function ofEveryLevelAfter(draft: Draft, ws: Word[], j: number): boolean {
  for (let k = j; k < ws.length && k < j + FIELD_WITHIN; k++) {
    if (!/^,?[ \t\u00a0]+$/u.test(draft.text.slice(ws[k - 1].end, ws[k].start)) || caseShape(ws[k].text) !== 'lower') return false;
    if (wordKey(ws[k]) === LEVEL_OF && levelWordAt(ws, k + 1) > 0) return true;
  }
  return false;
}
const LEVEL_OF = syllableKey('cấp');

