/**
 * What a paragraph's findings asked of the draft-wide sets (the events written lowercase, the
 * places named in full, the draft's own case of the genre's words), so that a remembered
 * paragraph is reused while those questions get the same answers. Keying every paragraph by the
 * whole sets recomputed every paragraph whenever one word anywhere joined or left them (a word
 * typed into “Trưởng ban …”): on a 5 KB draft one keystroke in thirty, each a full check.
 */

/** A set as a paragraph's analysis reads it: membership and size, never its members. */
export interface Lookup {
  has(key: string): boolean;
  readonly size: number;
}

/** One question and its answer: the set's index, the key (null: the size), the answer (1/0, or the size). */
export type Question = [number, string | null, number];

/** Records the questions put to `sets` through `lookups`, each once. */
export class Asked {
  readonly lookups: Lookup[];
  private readonly seen = new Map<string, Question>();

  constructor(sets: readonly Lookup[]) {
    this.lookups = sets.map((set, i) => {
      const ask = (key: string | null, answer: number): void => {
        const id = key === null ? `${i}` : `${i}\u0000${key}`;
        if (!this.seen.has(id)) this.seen.set(id, [i, key, answer]);
      };
      return {
        has: (key: string): boolean => {
          const a = set.has(key);
          ask(key, a ? 1 : 0);
          return a;
        },
        get size(): number {
          ask(null, set.size);
          return set.size;
        },
      };
    });
  }

  /** the questions asked, to keep beside the answer they led to */
  questions(): Question[] {
    return [...this.seen.values()];
  }
}

/** True when every question gets the answer it got when recorded. */
export function sameAnswers(questions: readonly Question[], sets: readonly Lookup[]): boolean {
  for (let q = 0; q < questions.length; q++) {
    const [i, key, answer] = questions[q];
    const set = sets[i];
    if (key === null ? set.size !== answer : (set.has(key) ? 1 : 0) !== answer) return false;
  }
  return true;
}
