/**
 * A body named once with its place may be named again without it: “Bảo hiểm xã hội huyện Kỳ
 * Sơn … cán bộ Bảo hiểm xã hội trả lời”. The later mention is the same body written the same
 * way, so its capitals are the name's, not a common word's (issue 12).
 */
import type { Draft, Sentence, Span, Word } from '../../core/draft.js';
import { caseShape, wordKey } from '../../core/casing.js';
import type { OrganisationMatch } from '../../core/lexicon.js';
import { typeWordAt } from '../../core/lexicon/grammar.js';
import { isListedPair } from '../../core/spell/genre-words.js';
import { wordLookupKey } from '../../core/spell/syllable.js';
import { blank } from './phrases.js';

/** One name's words: their keys and case shapes, as the draft wrote them with the place. */
export interface Shape {
  keys: string[];
  shapes: string[];
  /** a type word alone: referred to only where no capital goes on after it (not "Sở Nội vụ") */
  alone?: boolean;
  /** … of a type the draft names several bodies of: only right after one of them is named */
  near?: boolean;
}

/** The placed bodies' names of a draft by their first syllable's key. */
export type PlacedNames = Map<string, Shape[]>;

/**
 * The names of the bodies the draft names with their place ("Bảo hiểm xã hội huyện Kỳ Sơn"), and
 * the one-syllable type word alone of a body the draft names as the only one of its type ("Sở
 * Tư pháp … tại hội trường Sở"): a bare "Sở" there is that body's short name, as “cán bộ Hội”
 * is the association's.
 */
export function placedNames(organisations: readonly OrganisationMatch[]): PlacedNames {
  const byFirst: PlacedNames = new Map();
  // the named bodies of each type, by the type word's keys: a type named once is a short name
  const ofType = new Map<string, { shape: Shape; bodies: Set<string> }>();
  for (const o of organisations) {
    if (!o.named || o.generic) continue;
    const words = partsWords(o);
    const keys = words.map(wordKey);
    // (… or the first syllable of one of the country's unique bodies before its capitalised name,
    // “Bộ Khoa học và Công nghệ … Trung tâm Công nghệ thông tin của Bộ”: a ministry's short name;
    // organisations.json `unique`)
    const n = typeWordAt(keys, 0) || (o.entry?.unique && words.length >= 2 && caseShape(words[1].text) === 'cap' ? 1 : 0);
    // (a type word of one syllable: “Hội nghị”, “Trung tâm” alone are common nouns as often as names)
    if (n !== 1 || words.length < 2 || caseShape(words[0].text) !== 'cap') continue;
    const typeKeys = keys.slice(0, n);
    const t = ofType.get(typeKeys.join(' ')) ?? { shape: { keys: typeKeys, shapes: typeKeys.map(() => 'cap'), alone: true }, bodies: new Set<string>() };
    t.bodies.add(o.canonical);
    ofType.set(typeKeys.join(' '), t);
  }
  // the keys of the names each list holds, joined (a set, not a search of the list for each body:
  // a draft naming thousands of placed bodies, a 10 MB single line, made that quadratic)
  const listed = new Set<string>();
  const joinedKeys = (shape: Shape): string => `${shape.keys[0]}\u0000${shape.keys.join(' ')}`;
  for (const { shape, bodies } of ofType.values()) {
    // (several bodies of the type: the bare type word is the one named just before it, "… Sở
    // Tư pháp. Hội nghị diễn ra tại hội trường Sở", read where it is)
    if (bodies.size !== 1) shape.near = true;
    const list = byFirst.get(shape.keys[0]) ?? [];
    list.push(shape);
    listed.add(joinedKeys(shape));
    byFirst.set(shape.keys[0], list);
  }
  for (const o of organisations) {
    if (!o.named || !o.place || o.place.name.length === 0) continue;
    const words = partsWords(o);
    // a two-syllable name at least, and one that starts with a capital (a name, not a noun)
    if (words.length < 2 || caseShape(words[0].text) !== 'cap') continue;
    const shape = { keys: words.map(wordKey), shapes: words.map((w) => caseShape(w.text)) };
    const list = byFirst.get(shape.keys[0]) ?? [];
    const joined = joinedKeys(shape);
    if (!listed.has(joined)) {
      list.push(shape);
      listed.add(joined);
    }
    byFirst.set(shape.keys[0], list);
  }
  return byFirst;
}

/**
 * `o.parts.flatMap((p) => p.words)`, in loops: every named body of the draft, twice, on every
 * re-check (flatMap's callback and its lists were most of placedNames' time).
 */
function partsWords(o: OrganisationMatch): readonly Word[] {
  const parts = o.parts;
  // (one part, most bodies: its own list, only read here)
  if (parts.length === 1) return parts[0].words;
  const out: Word[] = [];
  for (let i = 0; i < parts.length; i++) {
    const ws = parts[i].words;
    for (let j = 0; j < ws.length; j++) out.push(ws[j]);
  }
  return out;
}

/** The placed names as one string: what a paragraph's answer depends on beyond the paragraph. */
export function namesKey(byFirst: PlacedNames): string {
  const all: string[] = [];
  for (const list of byFirst.values()) for (const l of list) all.push(`${l.keys.join(' ')}:${l.shapes.join(' ')}${l.alone ? ':alone' : ''}${l.near ? ':near' : ''}`);
  return all.sort().join('|');
}

/**
 * Every later or earlier mention of a placed body's name, same syllables and same case, not
 * itself inside a longer match: spans whose capitals the evidence pass leaves alone.
 */
export function shortReferences(draft: Draft, byFirst: PlacedNames, sentences: readonly Sentence[] = draft.sentences): Span[] {
  if (byFirst.size === 0) return [];
  const out: Span[] = [];
  const text = draft.text;
  const bySecond = secondKeysOf(byFirst);
  for (const s of sentences) {
    const ws = s.words;
    for (let i = 0; i < ws.length; i++) {
      const first = bySecond.get(wordKey(ws[i]));
      if (!first) continue;
      // (only the names whose second syllable is the next word's can match there, and the type
      // words alone: each word of a long draft went through every placed name opening with it)
      const candidates = (i + 1 < ws.length ? first.bySecond.get(wordKey(ws[i + 1])) : undefined) ?? first.ones;
      for (const c of candidates) {
        const n = c.keys.length;
        if (i + n > ws.length) continue;
        let same = true;
        for (let k = 0; k < n && same; k++) {
          const w = ws[i + k];
          same = wordKey(w) === c.keys[k] && caseShape(w.text) === c.shapes[k] && (k === 0 || blank(text, ws[i + k - 1], w));
        }
        // (a type word alone refers to its body only where no name goes on after it: "Sở Nội vụ" is another body)
        const after = ws[i + n];
        // …nor where it opens a word of the genre with the next syllable ("Hội nghị", "Sở hữu")
        if (same && c.alone && after && blank(text, ws[i + n - 1], after) && (caseShape(after.text) !== 'lower' || isListedPair(wordLookupKey(ws[i]), wordLookupKey(after)))) same = false;
        if (same && c.near && !namedJustBefore(text, sentences, s, i, c.keys[0])) same = false;
        if (same) out.push({ start: ws[i].start, end: ws[i + n - 1].end });
      }
    }
  }
  return out;
}

/**
 * A list of placed names by its first syllable's key, and each list by the names' second
 * syllables: the names of one syllable (a type word alone) with those whose second syllable is
 * the key, in the list's order (`ones`: the names of one syllable alone). Made once per list of
 * placed names (a draft's), read by every paragraph.
 */
interface BySecond {
  bySecond: Map<string, Shape[]>;
  ones: Shape[];
}
const secondKeys = new WeakMap<PlacedNames, Map<string, BySecond>>();

function secondKeysOf(byFirst: PlacedNames): Map<string, BySecond> {
  let out = secondKeys.get(byFirst);
  if (out) return out;
  out = new Map();
  for (const [first, list] of byFirst) {
    const bySecond = new Map<string, Shape[]>();
    for (const c of list) if (c.keys.length > 1 && !bySecond.has(c.keys[1])) bySecond.set(c.keys[1], []);
    const ones: Shape[] = [];
    for (const c of list) {
      if (c.keys.length > 1) bySecond.get(c.keys[1])!.push(c);
      else {
        ones.push(c);
        for (const same of bySecond.values()) same.push(c);
      }
    }
    out.set(first, { bySecond, ones });
  }
  secondKeys.set(byFirst, out);
  return out;
}

/**
 * A body of the type word at word i of sentence s is named, capitalised and with a capital after
 * its type word, earlier in that sentence or in the sentence before it in the paragraph.
 */
function namedJustBefore(text: string, sentences: readonly Sentence[], s: Sentence, i: number, key: string): boolean {
  const at = sentences.indexOf(s);
  const named = (ws: readonly Sentence['words'][number][], end: number): boolean => {
    for (let k = 0; k + 1 < end; k++) if (wordKey(ws[k]) === key && caseShape(ws[k].text) === 'cap' && caseShape(ws[k + 1].text) === 'cap' && blank(text, ws[k], ws[k + 1])) return true;
    return false;
  };
  return named(s.words, i) || (at > 0 && named(sentences[at - 1].words, sentences[at - 1].words.length));
}
