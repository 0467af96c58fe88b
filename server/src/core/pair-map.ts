/**
 * A map keyed by two strings that mean their join "a b": the spelling and capitalisation
 * checks ask about the pair of syllables around nearly every word, and a key joined per
 * question is a string made, flattened and hashed each time. Answers exactly what a map of
 * the joined keys would (a key with a space of its own is joined and cut at its first space).
 */
export class PairMap<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();

  /** @param joined entries keyed "a b"; a key without a space is no pair and is left out */
  constructor(joined: Iterable<readonly [string, V]>) {
    for (const [pair, value] of joined) {
      const at = pair.indexOf(' ');
      if (at < 0) continue;
      const first = pair.slice(0, at);
      let seconds = this.byFirst.get(first);
      if (!seconds) this.byFirst.set(first, (seconds = new Map()));
      seconds.set(pair.slice(at + 1), value);
    }
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

  /**
   * Add the pair (`a`, `b`), `a` holding no space (as `forEach` hands pairs out): another map's
   * pairs are copied without joining and cutting each key again.
   */
  add(a: string, b: string, value: V): void {
    let seconds = this.byFirst.get(a);
    if (!seconds) this.byFirst.set(a, (seconds = new Map()));
    seconds.set(b, value);
  }

  has(a: string, b: string): boolean {
    return this.get(a, b) !== undefined;
  }

  /** every pair, as the constructor cut it (at its first space) */
  forEach(fn: (a: string, b: string, value: V) => void): void {
    for (const [a, seconds] of this.byFirst) for (const [b, value] of seconds) fn(a, b, value);
  }
}
