/**
 * Memo caches that an editor session can live with. Two things make a naive `Map` leak:
 * - keys and values cut from a document are slices of it, and V8 keeps the whole document
 *   alive as long as one slice lives: a cache of sentences holds every version of a draft the
 *   reporter typed (about 0.15 MB per keystroke on a 100 KB draft);
 * - a bound on the number of entries says nothing about their size (3,000 paragraphs of a
 *   long draft are megabytes).
 * - a byte bound alone still fills up with dead versions: every keystroke makes a new version
 *   of one paragraph, and the old one, which no later check will ask for, stays until the
 *   budget pushes it out — on a 100 KB draft, tens of megabytes a cache after 1,000 edits.
 * So entries are stored as copies (`detach`), the bound counts bytes, the least recently used
 * entries go first, and an entry that no lint pass has used for `UNUSED_PASSES` passes goes at
 * the start of the next one (`nextPass`): a cache holds the drafts being checked and the last
 * few versions of their edited paragraphs, not the editing session's history.
 */

/** A copy of `s` that shares no memory with the string it was cut from. */
export function detach(s: string): string {
  // V8 makes slices of 13 characters or more point into their parent; a concatenation is
  // flattened into a fresh buffer when sliced, which drops the parent
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Approximate bytes of a string held in a cache (two per UTF-16 unit, plus its header). */
export function stringBytes(s: string): number {
  return 2 * s.length + 24;
}

/** A copy of a plain value (strings, numbers, arrays, plain objects) with every string detached. */
export function detachAll<T>(value: T): T {
  if (typeof value === 'string') return detach(value) as T;
  if (Array.isArray(value)) return value.map(detachAll) as T;
  if (value && typeof value === 'object') {
    // (its keys once, no [key, value] pair made per property: every answer a cache stores)
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) out[keys[i]] = detachAll((value as Record<string, unknown>)[keys[i]]);
    return out as T;
  }
  return value;
}

/**
 * Approximate bytes of a plain value: its strings, plus a few words per array slot and property.
 * Counting stops once past `limit` (the answer then only says "more than limit"): the words of
 * a 1 MB paragraph, too big for any cache, are not walked to the end to learn it.
 */
export function plainBytes(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  if (typeof value === 'string') return stringBytes(value);
  if (Array.isArray(value)) {
    let n = 16;
    for (let i = 0; i < value.length && n <= limit; i++) n += 8 + plainBytes(value[i], limit - n);
    return n;
  }
  if (value && typeof value === 'object') {
    let n = 24;
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      if (n > limit) break;
      n += 16 + plainBytes((value as Record<string, unknown>)[keys[i]], limit - n);
    }
    return n;
  }
  return 8;
}

interface Entry<V> {
  key: string;
  value: V;
  bytes: number;
  /** the lint pass that last used it */
  pass: number;
}

/**
 * Lint passes an entry may go unused before it is dropped: enough for a few other open drafts
 * checked in between (the server re-checks each open draft after a config change) and for the
 * passes of a fix loop, few enough that an editing session holds a handful of stale versions.
 * Four, not eight: with the paragraph memos of the lexicon, the names and common-noun-case, a
 * server re-checking a 100 KB draft twenty edits at a time held 160 stale paragraphs in each
 * cache and grew 12–16 MB between the 500th and the 1,000th edit (to 152–160 MB); with four,
 * 7–8 MB (to 146–148 MB), below main's 9–10 MB.
 */
export const UNUSED_PASSES = 4;

/**
 * One detached copy of each paragraph key, shared by every cache that stores it (`shared`).
 * Each paragraph is looked up by a dozen caches a re-check: with a copy of its text per cache,
 * each lookup compared the draft's slice with its own copy character by character (memory no
 * other lookup had touched since the last check: a fifth of the memos' time on a 100 KB
 * draft), and the copies held the draft's text a dozen times over. With one copy, found once
 * a check, the caches hold the same string and V8 compares it by identity. Entries unused for
 * `UNUSED_PASSES` passes go, as in the caches: a dropped one only costs a copy next time.
 */
const sharedKeys = new Map<string, { key: string; pass: number }>();

/**
 * Keys longer than this are not shared: no cache keeps an entry that big past its pass, and a
 * copy of a 10 MB single-line draft would only double what it holds.
 */
const SHARED_MAX_CHARS = 64 * 1024;

/** The shared detached copy of `key` (made now if there is none); a very long key as it is. */
export function shared(key: string): string {
  if (key.length > SHARED_MAX_CHARS) return key;
  const e = sharedKeys.get(key);
  if (e !== undefined) {
    e.pass = pass;
    return e.key;
  }
  const copy = detach(key);
  sharedKeys.set(copy, { key: copy, pass });
  return copy;
}

/**
 * The shared copy of `key` if there is one, else a copy of its own. (Which string `key` is
 * cannot be asked: `===` compares text, so the caller's slice of a document and the shared
 * copy are "equal"; storing the slice would keep the document alive.)
 */
function storedKey(key: string): string {
  return sharedKeys.get(key)?.key ?? detach(key);
}

/** Every cache made here, so a long-lived host can let go of them all (`releaseCaches`). */
const everyCache = new Set<BoundedCache<unknown>>();
let pass = 0;

/** The number of the lint pass under way (paragraph-memo.ts: which of an entry's answers this pass has read). */
export function currentPass(): number {
  return pass;
}

/** A lint pass begins: every cache drops what the last `UNUSED_PASSES` passes did not use. */
export function nextPass(): void {
  pass++;
  for (const c of everyCache) c.dropUnused(pass - UNUSED_PASSES);
  // (forEach: no iterator result and no [key, entry] pair per paragraph of the draft)
  sharedKeys.forEach((e, k) => {
    if (e.pass < pass - UNUSED_PASSES) sharedKeys.delete(k);
  });
}

/** Entries and estimated bytes of each cache, by name (tests bound them; no timing). */
export function cacheSizes(): Record<string, { entries: number; bytes: number }> {
  const out: Record<string, { entries: number; bytes: number }> = {};
  for (const c of everyCache) out[c.name] = { entries: c.size, bytes: c.bytes };
  return out;
}

/**
 * Empty every memo cache: the language server calls it when the last draft is closed, so an
 * idle editor does not hold the texts of drafts nobody has open.
 */
export function releaseCaches(): void {
  for (const c of everyCache) c.clear();
  sharedKeys.clear();
  for (const m of everyWordMemo) m.clear();
  wordMemoHeld = 0;
  for (const forget of everyLastAnswer) forget();
}

/**
 * What a memo that keeps only the last check's answer (genre.ts: the opening last read) does to
 * forget it when `releaseCaches` empties the caches.
 */
const everyLastAnswer: Array<() => void> = [];
export function onRelease(forget: () => void): void {
  everyLastAnswer.push(forget);
}

export class BoundedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private held = 0;
  /**
   * The last entry whose key is too long for the budget, kept for the lint pass that made it
   * only: one check that meets the same long paragraph twice (a single-line draft's debris is
   * asked for by the parse and by spacing) computes it once, and nothing long outlives the pass.
   */
  private long: Entry<V> | undefined;
  /** the pass in which `makeRoom` found every entry used (none can become unused before the next) */
  private allUsed = -1;
  /**
   * Where `makeRoom` goes on, within a pass: looking for entries the pass has not used (those
   * before it were used or are gone), and at the oldest entries (those before it are gone). A
   * new iterator for each call started at the front of the map and stepped over every entry
   * deleted there since the map last rehashed: a full cache of a draft with thousands of
   * sentences (duplicate-sentence's keys on a 10 MB single line) made room quadratically.
   * Dropped at each pass (`dropUnused`), so an iterator never holds an old table of the map.
   */
  private unusedAt: Iterator<Entry<V>> | undefined;
  private oldestAt: Iterator<Entry<V>> | undefined;

  /**
   * @param name what it caches (cacheSizes)
   * @param maxBytes what the cache may hold, keys and values together
   * @param sizeOf bytes of a value (its strings, arrays and objects, roughly)
   * @param copy a copy of a value that shares no strings with the document
   */
  constructor(
    readonly name: string,
    private readonly maxBytes: number,
    private readonly sizeOf: (value: V, limit?: number) => number = plainBytes,
    private readonly copy: (value: V) => V = detachAll,
  ) {
    everyCache.add(this as BoundedCache<unknown>);
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return this.long && this.long.pass === pass && this.long.key === key ? this.long.value : undefined;
    // marked used, left where it is: the map stays in order of insertion. Moving each entry to
    // the end once a pass (a delete and a set, to keep the map in order of use) cost a re-check
    // of a 100 KB draft about 4 ms (300 paragraphs, two dozen caches: 7,500 map deletions and
    // insertions, and the tables they made); `dropUnused` and `set` read `pass` instead
    e.pass = pass;
    return e.value;
  }

  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.held -= old.bytes;
    }
    // one entry bigger than a quarter of the budget would flush everything for one use (a key
    // that big alone says so before the value, maybe a 10 MB line's words, is measured)
    const limit = this.maxBytes / 4;
    if (stringBytes(key) > limit) {
      // a small value under a long key is kept apart, for this pass only (`long`), under the
      // key itself: `nextPass` drops it as the next lint begins, so the document it is cut from
      // lives no longer than that lint's caller holds it anyway (the server its last version, a
      // CLI worker its file). A copy of a 10 MB single line per cache was a fifth of that
      // lint's live heap (seven caches ask about the line: about 100 MB).
      this.long = this.sizeOf(value, limit) <= limit ? { key, value: this.copy(value), bytes: 0, pass } : undefined;
      return;
    }
    const bytes = stringBytes(key) + this.sizeOf(value, limit) + 64;
    if (bytes > limit) return;
    if (this.held + bytes > this.maxBytes) this.makeRoom(bytes);
    // the copy the other caches hold when the key is a paragraph's (paragraph-memo.ts paragraphKey)
    const stored = storedKey(key);
    this.entries.set(stored, { key: stored, value: this.copy(value), bytes, pass });
    this.held += bytes;
  }

  /** Drop the entries last used before pass `oldest` (forEach: no iterator result per entry). */
  dropUnused(oldest: number): void {
    if (this.long && this.long.pass < pass) this.long = undefined;
    this.unusedAt = undefined;
    this.oldestAt = undefined;
    this.entries.forEach((e) => {
      if (e.pass >= oldest) return;
      this.entries.delete(e.key);
      this.held -= e.bytes;
    });
  }

  /**
   * Room for `bytes` more: the entries this pass has not used go first, oldest first, then
   * (a pass that alone needs more than the budget) the oldest of the rest. Within a pass no
   * entry becomes unused: once none is left, later calls of the pass skip looking for them.
   */
  private makeRoom(bytes: number): void {
    if (this.allUsed !== pass) {
      const at = (this.unusedAt ??= this.entries.values());
      for (let r = at.next(); !r.done; r = at.next()) {
        const e = r.value;
        if (e.pass === pass) continue;
        this.entries.delete(e.key);
        this.held -= e.bytes;
        if (this.held + bytes <= this.maxBytes) return;
      }
      this.allUsed = pass;
      this.unusedAt = undefined;
    }
    // (an entry is taken from the iterator only to be deleted: one looked at and kept would be passed over next time)
    while (this.held + bytes > this.maxBytes) {
      const r = (this.oldestAt ??= this.entries.values()).next();
      if (r.done) {
        this.oldestAt = undefined;
        return;
      }
      this.entries.delete(r.value.key);
      this.held -= r.value.bytes;
    }
  }

  /** Bytes the entries are estimated to hold. */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.long = undefined;
    this.unusedAt = undefined;
    this.oldestAt = undefined;
    this.entries.clear();
    this.held = 0;
  }
}

/**
 * What the per-word memos (`WordMemo`) may hold together, in approximate bytes (keys, values and
 * the maps' slots), in their newer generation; the older one, kept until the next turn, holds
 * at most as much again. One budget for all of them: each memo had its own bound (20,000 entries
 * for the slip memos, 4 MB for each of the syllable memos, 100,000 pair counts, 50,000 words…),
 * together a few tens of megabytes, and a language server reached them one by one over a long
 * session, every word typed staying in all of them: its heap grew 3–4 MB between the 500th and
 * the 1,000th edit of a 100 KB draft, most of it these memos. 3 MB holds a 100 KB draft's
 * words in every memo (about 2 MB) and a folder's drafts a few at a time.
 */
export const WORD_MEMO_BYTES = 3 * 1024 * 1024;

/** a map's slot for one entry (key, value, chain) and its share of the hash table, roughly */
const WORD_ENTRY_BYTES = 32;

/** Every per-word memo, so they turn together and a long-lived host can let go of them all. */
const everyWordMemo: Array<WordMemo<unknown>> = [];
/** the bytes the newer generations of all the word memos hold together */
let wordMemoHeld = 0;

/** The per-word memos' newer generations become the older ones (emptying those), all together. */
function turnWordMemos(): void {
  for (const m of everyWordMemo) m.turn();
  wordMemoHeld = 0;
}

/** Approximate bytes of a list of strings (a word memo's answer: a syllable's variants). */
export function stringsBytes(list: readonly string[]): number {
  let n = 16;
  for (let i = 0; i < list.length; i++) n += 8 + stringBytes(list[i]);
  return n;
}

/** Bytes the per-word memos' newer generations hold together (tests bound it; no timing). */
export function wordMemoBytes(): number {
  return wordMemoHeld;
}

/**
 * A memo of per-word answers (a syllable's lookup key, its slips, a pair's count), shared by
 * every question about that word. Its keys are copies (`detach`: a word of 13 units or more is
 * a slice that would keep its draft alive); a key longer than `maxKeyLength` (a URL, a run of
 * letters with no space) is answered but not kept. Bounded with every other word memo by one
 * byte budget (`WORD_MEMO_BYTES`), in two generations: new answers go to the newer; when the
 * budget is spent, every memo's newer generation becomes its older and the old older is
 * dropped; an answer found in the older moves back to the newer. What the drafts being checked
 * ask stays; the words of versions nobody checks any more go at the second turn. A turn is a
 * swap of maps (no walk over the entries, no per-entry bookkeeping on a hit).
 */
export class WordMemo<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  /**
   * @param name what it keeps (for a reader of a heap snapshot)
   * @param sizeOf approximate bytes of a value
   * @param maxKeyLength longer keys are not kept
   */
  constructor(
    readonly name: string,
    private readonly sizeOf: (value: V) => number = plainBytes,
    private readonly maxKeyLength = 32,
  ) {
    everyWordMemo.push(this as WordMemo<unknown>);
  }

  /** The answer kept for `word` (undefined when none: a memo never keeps undefined). */
  get(word: string): V | undefined {
    const v = this.newer.get(word);
    if (v !== undefined || this.older.size === 0) return v;
    const old = this.older.get(word);
    if (old !== undefined) {
      this.older.delete(word);
      this.set(word, old);
    }
    return old;
  }

  /** Keeps `value` for `word` (when the word is short enough) and returns it. */
  set(word: string, value: V): V {
    if (word.length > this.maxKeyLength) return value;
    const bytes = WORD_ENTRY_BYTES + stringBytes(word) + this.sizeOf(value);
    if (wordMemoHeld + bytes > WORD_MEMO_BYTES) turnWordMemos();
    this.newer.set(detach(word), value);
    wordMemoHeld += bytes;
    return value;
  }

  /** A kept value grew by `bytes` (general-pairs.ts: the pair counts kept on a first syllable's entry). */
  grew(bytes: number): void {
    wordMemoHeld += bytes;
    if (wordMemoHeld > WORD_MEMO_BYTES) turnWordMemos();
  }

  /** Entries in both generations. */
  get size(): number {
    return this.newer.size + this.older.size;
  }

  /** (turnWordMemos) */
  turn(): void {
    this.older = this.newer;
    this.newer = new Map();
  }

  clear(): void {
    this.newer = new Map();
    this.older = new Map();
  }
}
