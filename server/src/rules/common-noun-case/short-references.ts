/**
 * A body named once with its place may be named again without it: “Bảo hiểm xã hội huyện Kỳ
 * Sơn … cán bộ Bảo hiểm xã hội trả lời”. The later mention is the same body written the same
 * way, so its capitals are the name's, not a common word's (issue 12).
 */
import type { Draft, Sentence, Span } from '../../core/draft.js';
import { caseShape, wordKey } from '../../core/casing.js';
import type { OrganisationMatch } from '../../core/lexicon.js';
import { blank } from './phrases.js';

/** One name's words: their keys and case shapes, as the draft wrote them with the place. */
export interface Shape {
  keys: string[];
  shapes: string[];
}

/** The placed bodies' names of a draft by their first syllable's key. */
export type PlacedNames = Map<string, Shape[]>;

/** The names of the bodies the draft names with their place ("Bảo hiểm xã hội huyện Kỳ Sơn"). */
export function placedNames(organisations: readonly OrganisationMatch[]): PlacedNames {
  const byFirst: PlacedNames = new Map();
  for (const o of organisations) {
    if (!o.named || !o.place || o.place.name.length === 0) continue;
    const words = o.parts.flatMap((p) => p.words);
    // a two-syllable name at least, and one that starts with a capital (a name, not a noun)
    if (words.length < 2 || caseShape(words[0].text) !== 'cap') continue;
    const shape = { keys: words.map(wordKey), shapes: words.map((w) => caseShape(w.text)) };
    const list = byFirst.get(shape.keys[0]) ?? [];
    if (!list.some((l) => l.keys.join(' ') === shape.keys.join(' '))) list.push(shape);
    byFirst.set(shape.keys[0], list);
  }
  return byFirst;
}

/** The placed names as one string: what a paragraph's answer depends on beyond the paragraph. */
export function namesKey(byFirst: PlacedNames): string {
  const all: string[] = [];
  for (const list of byFirst.values()) for (const l of list) all.push(`${l.keys.join(' ')}:${l.shapes.join(' ')}`);
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
  for (const s of sentences) {
    const ws = s.words;
    for (let i = 0; i < ws.length; i++) {
      const candidates = byFirst.get(wordKey(ws[i]));
      if (!candidates) continue;
      for (const c of candidates) {
        const n = c.keys.length;
        if (i + n > ws.length) continue;
        let same = true;
        for (let k = 0; k < n && same; k++) {
          const w = ws[i + k];
          same = wordKey(w) === c.keys[k] && caseShape(w.text) === c.shapes[k] && (k === 0 || blank(text, ws[i + k - 1], w));
        }
        if (same) out.push({ start: ws[i].start, end: ws[i + n - 1].end });
      }
    }
  }
  return out;
}
