/**
 * A map keyed by two strings that mean their join "a b": the spelling and capitalisation
 * checks ask about the pair of syllables around nearly every word, and a key joined per
 * question is a string made, flattened and hashed each time. Answers exactly what a map of
 * the joined keys would (a key with a space of its own is joined and cut at its first space).
 *
 * The maps are built once per process, on the first check, in code that runs once and so is
 * never optimised: it walks its input with indexes and `forEach`, never `for…of` with
 * destructuring, whose iterator results and entry arrays were a third of what the first check
 * allocated (14 of 47 MB for a 5 KB draft, each megabyte more for the young-generation
 * collections to copy).
 */
export class PairMap<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();

  /** @param joined entries keyed "a b" (a list of pairs or a map); a key without a space is no pair and is left out */
  constructor(joined: ReadonlyArray<readonly [string, V]> | ReadonlyMap<string, V>) {
    if (joined instanceof Map) joined.forEach((value: V, pair: string) => this.addJoined(pair, value));
    else {
      const list = joined as ReadonlyArray<readonly [string, V]>;
      for (let i = 0; i < list.length; i++) this.addJoined(list[i][0], list[i][1]);
    }
  }

  /** The entries of a record keyed "a b" (a word list's JSON object), in `Object.entries` order. */
  static ofRecord<V>(record: Readonly<Record<string, V>>): PairMap<V> {
    const map = new PairMap<V>([]);
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) map.addJoined(keys[i], record[keys[i]]);
    return map;
  }

  /** The entries `fill` adds (keyed "a b"), in the order it adds them: no list or map of them made first. */
  static build<V>(fill: (add: (pair: string, value: V) => void) => void): PairMap<V> {
    const map = new PairMap<V>([]);
    fill((pair, value) => map.addJoined(pair, value));
    return map;
  }

  private addJoined(pair: string, value: V): void {
    const at = pair.indexOf(' ');
    if (at < 0) return;
    const first = pair.slice(0, at);
    let seconds = this.byFirst.get(first);
    if (!seconds) this.byFirst.set(first, (seconds = new Map()));
    seconds.set(pair.slice(at + 1), value);
  }

  /** the value of `${a} ${b}` */
  get(a: string, b: string): V | undefined {
    // a first key never holds a space: `a` found is `a` without one (most questions end here)
    const seconds = this.byFirst.get(a);
    if (seconds !== undefined) return seconds.get(b);
    if (!a.includes(' ')) return undefined;
    const joined = `${a} ${b}`;
    const at = joined.indexOf(' ');
    return this.byFirst.get(joined.slice(0, at))?.get(joined.slice(at + 1));
  }

  has(a: string, b: string): boolean {
    return this.get(a, b) !== undefined;
  }

  /**
   * The second keys of first key `a` (a key without a space) and their values, an empty map when
   * `a` opens no pair: `get(a, b)` is `afterOf(a).get(b)`. A caller keeps it on a syllable's facts
   * (core/spell/syllable.ts SyllableInfo) so that the pairs of its every occurrence are looked up
   * in that small map only, not first in the map of every first key.
   */
  afterOf(a: string): ReadonlyMap<string, V> {
    return this.byFirst.get(a) ?? (NO_SECONDS as ReadonlyMap<string, V>);
  }

  /** the second keys of first key `a` (a key without a space), and their values */
  secondsOf(a: string): ReadonlyMap<string, V> | undefined {
    return this.byFirst.get(a);
  }

  /** every pair, as the constructor cut it (at its first space), in the order they were added */
  forEach(fn: (a: string, b: string, value: V) => void): void {
    this.byFirst.forEach((seconds, a) => seconds.forEach((value, b) => fn(a, b, value)));
  }
}

/** `afterOf` a first key that opens no pair */
const NO_SECONDS: ReadonlyMap<string, unknown> = new Map<string, unknown>();
