/**
 * Counts how drafts write the field phrases of organisation names, for
 * scripts/build-field-phrases.mjs (dictionaries/field-phrases.json, read by
 * core/lexicon/field-usage.ts): each named body of the draft, its type word and its field's
 * first syllable capitalised, outside headlines in capitals; its field is the words after the
 * type word up to the body's place or end, "và" left out; each syllable counted lowercase or
 * capitalised, once per draft for each way the draft writes it.
 */
import type { Draft } from './draft.js';
import { caseShape, syllableKey } from './casing.js';
import { matchOrganisations, typeWordAt } from './lexicon.js';

/** field phrase (syllable keys joined by a blank) → [lowercase, capitalised] per syllable */
export type FieldCounts = Map<string, Array<[number, number]>>;

/** the longest field counted, in syllables: a longer run is the sentence going on */
const MAX_FIELD = 8;

export function countFieldPhrases(draft: Draft, into: FieldCounts): void {
  // (a draft that writes a name several times counts each way it writes it once: its own habit, or its slip, is one sighting)
  const seen = new Set<string>();
  for (const m of matchOrganisations(draft)) {
    if (!m.named || m.generic) continue;
    const part = m.parts[0];
    if (!part || (part.kind !== 'body' && part.kind !== 'pattern')) continue;
    const end = m.place ? Math.min(m.place.start, m.end) : m.end;
    const ws = part.words.filter((w) => w.start >= m.start && w.end <= end);
    const keys = ws.map((w) => syllableKey(w.text));
    const t = typeWordAt(keys, 0);
    if (t === 0 || caseShape(ws[0].text) !== 'cap') continue;
    const field = ws.slice(t).filter((w) => syllableKey(w.text) !== 'và');
    if (field.length < 2 || field.length > MAX_FIELD || caseShape(field[0].text) !== 'cap') continue;
    const shapes = field.map((w) => caseShape(w.text));
    if (shapes.some((s) => s !== 'cap' && s !== 'lower')) continue;
    const key = field.map((w) => syllableKey(w.text)).join(' ');
    const form = `${key}|${shapes.join(' ')}`;
    if (seen.has(form)) continue;
    seen.add(form);
    let c = into.get(key);
    if (!c) into.set(key, (c = field.map(() => [0, 0] as [number, number])));
    shapes.forEach((s, n) => c![n][s === 'cap' ? 1 : 0]++);
  }
}
