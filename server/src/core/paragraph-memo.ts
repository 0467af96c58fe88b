/**
 * Paragraph-local analyses remembered across lint passes, keyed by the paragraph's text: a
 * re-check after a keystroke recomputes the edited paragraph and reads the others back.
 *
 * An analysis's answer points into one draft (its words, its offsets), so it is stored
 * relative to its paragraph: each of the paragraph's words becomes its index, each offset
 * (`start`, `end`, …) its distance from the paragraph's start, strings are detached copies
 * (bounded-cache.ts: a slice would keep the whole old document alive). Reading it back builds
 * fresh objects on the new draft's words and offsets, with the same sharing as the original
 * (one object reachable twice is rebuilt once), so a cached answer is indistinguishable from
 * a computed one; a paragraph that has not moved since the last read gets that read again
 * (`MemoEntry`). Values the walker does not know (class instances, maps, functions) make the
 * answer uncacheable: it is computed every time, never stored half-right.
 */
import { BoundedCache, currentPass, detach, shared, stringBytes } from './bounded-cache.js';
import type { Draft, Paragraph, Sentence, Span, Word } from './draft.js';
import { lastAtOrBefore } from './sorted.js';

/** A word of the paragraph, by its index among the paragraph's words (all its sentences). */
class WordRef {
  constructor(readonly i: number) {}
}

class Uncacheable extends Error {}

/**
 * The paragraph's own key: its prose (markdown view) and its original text, as the parser keys
 * it. One string per paragraph object, so that every cache asking for it in a lint pass uses
 * the same string, whose hash V8 computes once (a new slice per cache hashed the paragraph each
 * time); and the copy the caches share (bounded-cache.ts `shared`), so that each finds its
 * entry by identity, not by comparing the text.
 */
export function paragraphKey(draft: Pick<Draft, 'text' | 'view'>, p: Paragraph): string {
  let key = keys.get(p);
  if (key === undefined) {
    const original = draft.text.slice(p.start, p.end);
    const prose = draft.view === draft.text ? original : draft.view.slice(p.start, p.end);
    const own = prose === original ? original : `${prose}\u0000${original}`;
    // a one-shot lint keeps no memo: the copy would be made for nothing
    key = memosOn ? shared(own) : own;
    keys.set(p, key);
  }
  return key;
}
const keys = new WeakMap<Paragraph, string>();

/**
 * The paragraph's prose (`view` between its offsets) as the paragraph's key when that is its
 * prose (a .txt draft, or prose that is its text), else a slice. The caches kept by a
 * paragraph's text (spacing, debris, the matching view, abbreviations…) hashed a new slice of
 * each paragraph on every re-check, and compared it with their stored copy character by
 * character; the key's hash is computed once a pass (its content is the slice's: same answers).
 * `view` must be the view of the draft `p` belongs to (a paragraph is one draft's): a key of the
 * paragraph's length is its prose alone (a key of prose and text joined is longer).
 */
export function paragraphProse(view: string, p: Span): string {
  const key = keys.get(p as Paragraph);
  return key !== undefined && key.length === p.end - p.start ? key : view.slice(p.start, p.end);
}

/** The paragraph's original text, as `paragraphProse` has it when the prose is the text (else `p.text`). */
export function paragraphText(draft: Pick<Draft, 'text' | 'view'>, p: Paragraph): string {
  return draft.view === draft.text ? paragraphProse(draft.view, p) : p.text;
}

/**
 * The quotations of each paragraph, as offsets from its start (the parser cuts a quotation
 * running on into the next paragraph at the paragraph's end, so each lies in one): what an
 * analysis asking `inQuote` reads beyond its paragraph's text, for its salt.
 */
export function quotesByParagraph(draft: Draft): readonly string[] {
  // made once a draft: six analyses salt their paragraphs with it, each re-check
  let made = quoteSalts.get(draft);
  if (made !== undefined) return made;
  const out: string[][] = draft.paragraphs.map(() => []);
  for (const q of draft.quotes) {
    const k = lastAtOrBefore(draft.paragraphs, q.start, (p) => p.start);
    if (k >= 0) out[k].push(`${q.start - draft.paragraphs[k].start},${q.end - draft.paragraphs[k].start}`);
  }
  made = out.map((qs) => qs.join(';'));
  quoteSalts.set(draft, made);
  return made;
}
const quoteSalts = new WeakMap<Draft, readonly string[]>();

/**
 * A short stand-in for a long salt (what every paragraph's answer depends on draft-wide): each
 * entry stores its salt, and a few kilobytes a paragraph would crowd the answers out of the
 * budget. The same salt gets the same number while it is in use; a number is never given to
 * another salt, so a forgotten one only costs a recomputation.
 */
export function saltId(salt: string): string {
  let id = saltIds.get(salt);
  if (id === undefined) {
    // a handful of drafts' salts at a time: the map holds copies, never slices of a document
    if (saltIds.size >= 32) saltIds.clear();
    id = `#${nextSaltId++}`;
    saltIds.set(detach(salt), id);
  }
  return id;
}
const saltIds = new Map<string, string>();
let nextSaltId = 0;

/**
 * The words of a paragraph, its sentences' in order: made once per paragraph object (each
 * memo asks for them on every read back, a dozen arrays per paragraph and check).
 */
export function paragraphWords(p: Paragraph): readonly Word[] {
  let out = wordsOf.get(p);
  if (out === undefined) {
    // one sentence (a headline, a credit, many a short paragraph): its own list, read only here;
    // more: copied into a list made at its length (every paragraph of the draft, every re-check)
    const ss = p.sentences;
    if (ss.length === 1) out = ss[0].words;
    else {
      let n = 0;
      for (const s of ss) n += s.words.length;
      const words = new Array<Word>(n);
      let k = 0;
      for (const s of ss) for (let i = 0; i < s.words.length; i++) words[k++] = s.words[i];
      out = words;
    }
    wordsOf.set(p, out);
  }
  return out;
}
const wordsOf = new WeakMap<Paragraph, readonly Word[]>();

interface Shape {
  /** numeric properties that are offsets in the text (moved with the paragraph) */
  offsets: ReadonlySet<string>;
  /** properties holding static data (dictionary entries): kept by reference, never walked */
  shared: ReadonlySet<string>;
}

/**
 * The index of `value` among the paragraph's `words` (in order of position) when it is one of
 * them, else -1: a binary search by its `start`, then identity. A map from word to index
 * built per paragraph and memo cost more than the analyses' objects it was asked about.
 */
function wordIndex(words: readonly Word[], value: object): number {
  const start = (value as { start?: unknown }).start;
  if (typeof start !== 'number') return -1;
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = words[mid].start;
    if (s < start) lo = mid + 1;
    else if (s > start) hi = mid - 1;
    else return words[mid] === value ? mid : -1;
  }
  return -1;
}

function freeze(value: unknown, key: string, shape: Shape, base: number, index: readonly Word[], seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return detach(value);
  if (typeof value === 'number') {
    if (!shape.offsets.has(key)) return value;
    frozeMovable = true;
    return value - base;
  }
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new Uncacheable();
    return value;
  }
  if (shape.shared.has(key)) return value;
  const done = seen.get(value);
  if (done !== undefined) {
    frozeShared = true;
    return done;
  }
  const w = wordIndex(index, value);
  if (w >= 0) {
    frozeMovable = true;
    return new WordRef(w);
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out.push(freeze(value[i], '', shape, base, index, seen));
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Uncacheable();
  // a word of another paragraph would be rebuilt as a copy: an analysis that reads beyond its paragraph is not cacheable
  if ('norm' in value && 'lower' in value && 'keyOf' in value) throw new Uncacheable();
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) out[keys[i]] = freeze((value as Record<string, unknown>)[keys[i]], keys[i], shape, base, index, seen);
  return out;
}

/**
 * Whether the last `freeze` met an object twice (the answer shares it): only then does `thaw`
 * need its map of what it rebuilt, a lookup and an insertion per object of every answer read
 * back (a fifth of reading a 100 KB draft's answers back, each re-check).
 */
let frozeShared = false;

/**
 * Whether the last `freeze` met an offset or a word: an answer without either (counts, keys, an
 * empty list — most paragraphs' answers to most memos) stands wherever its paragraph does and is
 * handed back as stored, as an answer that has not moved is (read, never changed), not rebuilt
 * for every paragraph an edit moved.
 */
let frozeMovable = false;

/**
 * What `thaw` does with each object of a stored answer, found once when it is stored (`planAll`):
 * null, the object moves nowhere (no offset, no word anywhere in it: a dictionary form, a list of
 * strings, a count) and is handed back as stored, read, never changed, like an answer that has
 * not moved; for a plain object, the properties that move (offsets, and objects that move); for
 * an array that moves, `MOVES`. Reading an answer back looked at every property of every object
 * and copied every object, on every paragraph an edit moved (the read-back of a 100 KB draft).
 */
const plans = new WeakMap<object, readonly string[] | null>();
const MOVES: readonly string[] = [];

/** Whether the frozen `value` (under property `key`) moves with its paragraph; plans every object in it. */
function planAll(value: unknown, key: string, shape: Shape, visiting: Set<object>): boolean {
  if (typeof value === 'number') return shape.offsets.has(key);
  if (value === null || typeof value !== 'object' || shape.shared.has(key)) return false;
  if (value instanceof WordRef) return true;
  const known = plans.get(value);
  if (known !== undefined) return known !== null;
  // (an object met again inside itself: said to move, so nothing around it is handed back unread)
  if (visiting.has(value)) return true;
  visiting.add(value);
  let plan: readonly string[] | null;
  if (Array.isArray(value)) {
    let moves = false;
    for (let i = 0; i < value.length; i++) if (planAll(value[i], '', shape, visiting)) moves = true;
    plan = moves ? MOVES : null;
  } else {
    const keys: string[] = [];
    for (const k of Object.keys(value)) if (planAll((value as Record<string, unknown>)[k], k, shape, visiting)) keys.push(k);
    plan = keys.length > 0 ? keys : null;
  }
  visiting.delete(value);
  plans.set(value, plan);
  return plan !== null;
}

function thaw(value: unknown, key: string, shape: Shape, base: number, words: readonly Word[], seen: Map<object, unknown> | null): unknown {
  if (typeof value === 'number') return shape.offsets.has(key) ? value + base : value;
  if (value === null || typeof value !== 'object' || shape.shared.has(key)) return value;
  if (value instanceof WordRef) return words[value.i];
  const plan = plans.get(value);
  if (plan === null) return value;
  if (seen !== null) {
    const done = seen.get(value);
    if (done !== undefined) return done;
  }
  if (Array.isArray(value)) {
    const n = value.length;
    const out: unknown[] = new Array(n);
    if (seen !== null) seen.set(value, out);
    // (an index walk into an array of the right length; a word, the commonest item, inline)
    for (let i = 0; i < n; i++) {
      const v: unknown = value[i];
      out[i] = v instanceof WordRef ? words[v.i] : typeof v === 'object' && v !== null ? thaw(v, '', shape, base, words, seen) : v;
    }
    return out;
  }
  // a copy of the frozen object (a plain one `freeze` made: the spread clones it whole, its
  // strings, flags and other numbers as they are), then the offsets moved and the objects
  // within read back; property by property into an empty object was most of a long draft's
  // read-back
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (seen !== null) seen.set(value, out);
  if (plan !== undefined) {
    // only the properties that move: the rest are the stored ones, copied by the spread
    for (let i = 0; i < plan.length; i++) {
      const k = plan[i];
      out[k] = thaw(out[k], k, shape, base, words, seen);
    }
    return out;
  }
  for (const k in out) {
    const v = out[k];
    if (typeof v === 'object' ? v !== null && !shape.shared.has(k) : typeof v === 'number' && shape.offsets.has(k)) out[k] = thaw(v, k, shape, base, words, seen);
  }
  return out;
}

/** Approximate bytes of a frozen value (shared parts counted once, static data not at all). */
function frozenBytes(value: unknown, shape: Shape, seen: Set<object>): number {
  if (typeof value === 'string') return stringBytes(value);
  if (value === null || typeof value !== 'object') return 8;
  if (seen.has(value)) return 8;
  seen.add(value);
  if (value instanceof WordRef) return 24;
  // (index loops, no [key, value] pair per property: every answer a memo stores is sized)
  if (Array.isArray(value)) {
    let n = 16;
    for (let i = 0; i < value.length; i++) n += 8 + frozenBytes(value[i], shape, seen);
    return n;
  }
  let n = 24;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    n += 16 + (shape.shared.has(k) ? 8 : frozenBytes((value as Record<string, unknown>)[k], shape, seen));
  }
  return n;
}

/**
 * Whether the paragraph memos remember anything. The language server re-checks the same
 * paragraphs keystroke after keystroke and lives on them; a one-shot lint (the CLI, its
 * workers) never asks about a paragraph twice, and storing each answer (walking it into a
 * paragraph-relative copy and sizing it) cost it 10–15 % of a cold lint for nothing. Off, `get`
 * computes: the answers are the same, only not kept.
 */
let memosOn = true;
export function setParagraphMemos(on: boolean): void {
  memosOn = on;
}

/** Whether the one-shot lint's setting is off (the parser's sentence cache follows it: parse.ts). */
export function paragraphMemosOn(): boolean {
  return memosOn;
}

/**
 * A remembered answer, frozen (`value`), and the answer last read back from it: where
 * (`at`, the paragraph's offset), on which sentences, and the objects built (`placed`). A
 * re-check after a keystroke read back every paragraph of the draft, though every one before
 * the edit stands where it stood, on the sentences the parse handed on (parse.ts
 * splitSentences), and was rebuilt identical. Shared with the earlier draft, a read-back answer
 * is read, never changed, as any memo's answer must be (each rule's own objects are its own).
 */
interface MemoEntry {
  salt: string;
  /** the lint pass that last read or stored it (`ParagraphMemo.get` keeps another salt's answer only if this pass read it) */
  pass: number;
  value: unknown;
  shares: boolean;
  /** the answer holds offsets or words: read back where its paragraph stands (else `value` itself) */
  movable: boolean;
  at: number;
  sentences: readonly Sentence[] | null;
  placed: unknown;
}

/** Answers one paragraph text keeps under different salts (`ParagraphMemo.cache`). */
const SALTS_PER_PARAGRAPH = 4;

/**
 * A memo of one paragraph-local analysis. `compute(p)` must read nothing of the draft beyond
 * paragraph `p` (its text, its prose view, its words) and the `salt` the caller keys it with.
 */
export class ParagraphMemo<T> {
  /**
   * The answers of each paragraph text, one per salt: a draft that writes one paragraph twice
   * (a lead repeated in the body, a caption written again) reads it under two salts in every
   * check (its kind, its quotations, the text around it), and an entry of one answer had each
   * reading push out the other's, to be computed again, each re-check (five memos, two
   * paragraphs of the bench's 100 KB draft, and the whole draft's lexicon spans sorted anew
   * for them). An answer is kept only when this pass read it (under another salt, or under
   * this one where `still` held, at the paragraph's other place): a salt that changed (a
   * draft-wide setting) leaves no answer behind to hold memory.
   */
  private readonly cache: BoundedCache<MemoEntry[]>;
  private readonly shape: Shape;

  constructor(name: string, maxBytes: number, shape: { offsets: string[]; shared?: string[] }) {
    this.shape = { offsets: new Set(shape.offsets), shared: new Set(shape.shared ?? []) };
    this.cache = new BoundedCache<MemoEntry[]>(
      name,
      maxBytes,
      (list) => {
        let n = 0;
        for (let i = 0; i < list.length; i++) n += 8 + stringBytes(list[i].salt) + frozenBytes(list[i].value, this.shape, new Set());
        return n;
      },
      (v) => v,
    );
  }

  /**
   * `still(remembered)`, when given, says whether a remembered answer holds on this draft
   * beyond what the salt says (what it recorded of the draft-wide state it read); it sees the
   * stored copy, so it may read only what holds no offset nor word.
   */
  get(draft: Draft, p: Paragraph, salt: string, compute: (p: Paragraph) => T, still?: (remembered: T) => boolean): T {
    if (!memosOn) return compute(p);
    // keyed by the paragraph alone (its one string, hashed once a pass): the salt, what the
    // answer depends on beyond the paragraph, is checked on the entry; another salt recomputes
    const key = paragraphKey(draft, p);
    const list = this.cache.get(key);
    const pass = currentPass();
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const hit = list[i];
        if (hit.salt !== salt || (still !== undefined && !still(hit.value as T))) continue;
        hit.pass = pass;
        // the paragraph stands where the answer was last read back, on the same words (the
        // parse handed this draft the last read's sentences): that answer, not a rebuilt copy;
        // an answer of neither offsets nor words, wherever the paragraph stands: the stored one
        if (!hit.movable) return hit.value as T;
        if (hit.at === p.start && hit.sentences === p.sentences) return hit.placed as T;
        const value = thaw(hit.value, '', this.shape, p.start, paragraphWords(p), hit.shares ? new Map() : null) as T;
        hit.at = p.start;
        hit.sentences = p.sentences;
        hit.placed = value;
        return value;
      }
    }
    const value = compute(p);
    try {
      frozeShared = false;
      frozeMovable = false;
      const frozen = freeze(value, '', this.shape, p.start, paragraphWords(p), new Map());
      if (frozeMovable) planAll(frozen, '', this.shape, new Set());
      const entry: MemoEntry = { salt: detach(salt), pass, value: frozen, shares: frozeShared, movable: frozeMovable, at: -1, sentences: null, placed: undefined };
      // (the answers this pass read, a few at most: under other salts, and under this one an
      // answer that failed `still` here but held where the draft wrote the paragraph before it —
      // a paragraph written twice whose analysis asked the draft-wide facts and got other answers
      // at each place. Dropping that one made the two places push each other's answer out and
      // compute it again on every check: two paragraphs of the bench's 100 KB draft, the
      // lexicon's costliest, each re-check. One under this salt that no place read this pass is
      // an old draft's: it goes.)
      const kept: MemoEntry[] = [];
      if (list !== undefined) for (let i = 0; i < list.length; i++) if (list[i].pass === pass && kept.length < SALTS_PER_PARAGRAPH - 1) kept.push(list[i]);
      kept.push(entry);
      this.cache.set(key, kept);
    } catch (e) {
      if (!(e instanceof Uncacheable)) throw e;
    }
    return value;
  }
}
