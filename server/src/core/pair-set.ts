/**
 * A set of keys "a b", asked about as the two strings (`has(a, b)`), for the large word lists:
 * the general words (44,000), the genre's words and the pairs the slip search knows. As a
 * `PairMap` (pair-map.ts), a map of maps, each list was a string and a map entry per key, some
 * 5 MB built on the first check after start, which the young-generation collections copied and
 * promoted while the first draft waited. Here a first syllable holds one string, its keys side
 * by side as the list writes them ("|a b|a c|"): for a sorted list a slice of the list itself,
 * so a list is a few thousand map entries over its own text. A question is the same map lookup
 * of `a` (its hash cached in the string) and a search of a short string; no string is made.
 */
export class PairSet {
  /** first syllable → its keys, each after and before `sep` */
  private readonly byFirst = new Map<string, string>();
  private readonly sep: number;

  private constructor(private readonly separator: string) {
    this.sep = separator.charCodeAt(0);
  }

  /** The keys ("a b", cut at the first space; one without a space is no pair and is left out; none holds a line break). */
  static ofKeys(keys: Iterable<string>): PairSet {
    const set = new PairSet('\n');
    for (const key of keys) {
      const at = key.indexOf(' ');
      if (at >= 0) set.addRun(key.slice(0, at), `\n${key}\n`);
    }
    set.flatten();
    return set;
  }

  /**
   * The keys of a list written as one string, `sep` between them ("a b|a c|d e"), none holding
   * `sep`: no array of them is made, and a run of keys with the same first syllable (all of
   * them, in a sorted list) is stored as the slice of the list it is.
   */
  static ofJoined(list: string, sep: string): PairSet {
    const set = new PairSet(sep);
    // `start` the first character of a key, `start - 1` the separator before it (or none)
    let start = 0;
    while (start < list.length) {
      let end = list.indexOf(sep, start);
      if (end < 0) end = list.length;
      const at = list.indexOf(' ', start);
      if (at < 0 || at > end) {
        start = end + 1;
        continue;
      }
      const a = list.slice(start, at);
      // the keys after it with the same first syllable: "a b|a c|…"
      while (end < list.length && list.startsWith(a, end + 1) && list.charCodeAt(end + 1 + a.length) === 32) {
        const next = list.indexOf(sep, end + 1);
        end = next < 0 ? list.length : next;
      }
      // with its separators on both sides (the list's own where it has them)
      const run = start > 0 && end < list.length ? list.slice(start - 1, end + 1) : `${sep}${list.slice(start, end)}${sep}`;
      set.addRun(a, run);
      start = end + 1;
    }
    set.flatten();
    return set;
  }

  /** The pairs of every set of `sets` (made alike: the same separator). */
  static union(sets: readonly PairSet[]): PairSet {
    const set = new PairSet(sets[0]?.separator ?? '\n');
    for (const other of sets) {
      if (other.separator !== set.separator) throw new Error('PairSet.union: sets with different separators');
      other.byFirst.forEach((run, a) => set.addRun(a, run));
    }
    set.flatten();
    return set;
  }

  /** `run` (keys of first syllable `a`, a separator on each side) added to `a`'s */
  private addRun(a: string, run: string): void {
    const had = this.byFirst.get(a);
    // (the two runs meet at one separator; a key in both is written twice, found at the first)
    this.byFirst.set(a, had === undefined ? run : had + run.slice(1));
  }

  /**
   * Each joined run made flat now, while building: a concatenation is a chain of pieces until a
   * search flattens it, which would happen on the re-checks, a run at a time.
   */
  private flatten(): void {
    this.byFirst.forEach((run) => run.indexOf('\u0000'));
  }

  /** the keys whose first syllable is `a` ("|a b|a c|", a separator on each side), or undefined */
  runOf(a: string): string | undefined {
    return this.byFirst.get(a);
  }

  /** `${a} ${b}` is one of the keys */
  has(a: string, b: string): boolean {
    const run = this.byFirst.get(a);
    if (run === undefined) {
      // a first syllable never holds a space: `a` with one is cut as the key was
      const at = a.indexOf(' ');
      return at >= 0 && this.has(a.slice(0, at), `${a.slice(at + 1)} ${b}`);
    }
    // "…|a b|…": `b` after `|a ` and before a separator (found from the end of the first `|a `)
    const sep = this.sep;
    const from = a.length + 2;
    for (let i = run.indexOf(b, from); i >= from && i + b.length < run.length; i = run.indexOf(b, i + 1)) {
      if (run.charCodeAt(i + b.length) === sep && run.charCodeAt(i - 1) === 32 && run.charCodeAt(i - 2 - a.length) === sep && run.startsWith(a, i - 1 - a.length)) return true;
    }
    return false;
  }
}

/** Runs kept by a `SortedPairs` before it lets them go and finds them again (a draft's odd syllables are asked too). */
const SORTED_RUNS_KEPT = 50_000;

/**
 * A sorted list of keys "a b" written as one string, `sep` between them (the general words:
 * 44,000 keys, 0.5 MB), asked as a `PairSet` is, with nothing built ahead: the first time a
 * first syllable is asked about, its run of keys is found by binary search in the list, and kept
 * (a slice of the list, or none). `PairSet.ofJoined` walked every key of both general lists into
 * a map on the first check after start, for the 800 first syllables the first check of a 5 KB
 * draft asks about (its 5,000 questions about the general words, file read included: 43 ms of
 * CPU with the maps, 24 ms so). The list must be sorted as `Array.prototype.sort` sorts strings, each key
 * once (scripts/build-general-words.mjs writes it so; the build and the tests check it).
 */
export class SortedPairs {
  /** first syllable → its keys with a separator on each side, or '' when the list has none */
  private readonly runs = new Map<string, string>();
  private readonly sep: number;

  constructor(
    private readonly list: string,
    private readonly separator: string,
  ) {
    this.sep = separator.charCodeAt(0);
  }

  /** `${a} ${b}` is one of the keys */
  has(a: string, b: string): boolean {
    const at = a.indexOf(' ');
    // a first syllable never holds a space: `a` with one is cut as the key was
    if (at >= 0) return this.has(a.slice(0, at), `${a.slice(at + 1)} ${b}`);
    let run = this.runs.get(a);
    if (run === undefined) {
      if (this.runs.size >= SORTED_RUNS_KEPT) this.runs.clear();
      run = this.runOf(a);
      this.runs.set(a, run);
    }
    return run.length > 0 && runHas(run, this.sep, a, b);
  }

  /**
   * The run of first syllable `a` (a key without a space), as `has` finds and keeps it: a caller
   * keeps it on a syllable's facts and asks `hasIn` (core/spell/general-words.ts isGeneralPairOf).
   */
  runFor(a: string): string {
    let run = this.runs.get(a);
    if (run === undefined) {
      if (this.runs.size >= SORTED_RUNS_KEPT) this.runs.clear();
      run = this.runOf(a);
      this.runs.set(a, run);
    }
    return run;
  }

  /** `has(a, b)` of a first syllable `a` (no space) whose `runFor(a)` is `run` */
  hasIn(run: string, a: string, b: string): boolean {
    return run.length > 0 && runHas(run, this.sep, a, b);
  }

  /** the keys opening with `a` and a space, a separator on each side ('' when none) */
  private runOf(a: string): string {
    const list = this.list;
    const sep = this.separator;
    // (no key's first syllable holds a separator: the list is cut at them)
    if (a.includes(sep)) return '';
    const prefix = `${a} `;
    const lo = firstKeyFrom(list, sep, prefix);
    let end = lo;
    while (end < list.length && list.startsWith(prefix, end)) {
      const next = list.indexOf(sep, end);
      end = next < 0 ? list.length : next + 1;
    }
    if (end === lo) return '';
    // (`end` is past the run's last separator, or the list's end)
    const last = end < list.length || list.charCodeAt(end - 1) === this.sep ? end - 1 : end;
    return lo > 0 && last < list.length ? list.slice(lo - 1, last + 1) : `${sep}${list.slice(lo, last)}${sep}`;
  }
}

/**
 * In a list of keys written as one string, `sep` between them, sorted as `<` compares strings:
 * the start of the first key that does not sort before `prefix` (the keys that open with it come
 * there, one after the other), or the list's length. Binary search on the characters: `lo` is a
 * key's start, every key before it sorts before `prefix`, and no key from `hi` on does.
 */
export function firstKeyFrom(list: string, sep: string, prefix: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid > 0 ? list.lastIndexOf(sep, mid - 1) + 1 : 0;
    let end = list.indexOf(sep, start);
    if (end < 0) end = list.length;
    if (sortsBefore(list, start, end, prefix)) lo = Math.min(end + 1, list.length);
    else hi = start;
  }
  return lo;
}

/** The key `list[start, end)` sorts before `prefix` (as `<` compares strings). */
function sortsBefore(list: string, start: number, end: number, prefix: string): boolean {
  const n = Math.min(end - start, prefix.length);
  for (let k = 0; k < n; k++) {
    const c = list.charCodeAt(start + k);
    const p = prefix.charCodeAt(k);
    if (c !== p) return c < p;
  }
  return end - start < prefix.length;
}

/** "…|a b|…": `b` after `|a ` and before a separator (char code `sep`) in `run` (a first syllable's keys, a separator on each side) */
export function runHas(run: string, sep: number, a: string, b: string): boolean {
  const from = a.length + 2;
  for (let i = run.indexOf(b, from); i >= from && i + b.length < run.length; i = run.indexOf(b, i + 1)) {
    if (run.charCodeAt(i + b.length) === sep && run.charCodeAt(i - 1) === 32 && run.charCodeAt(i - 2 - a.length) === sep && run.startsWith(a, i - 1 - a.length)) return true;
  }
  return false;
}
