/**
 * "Did you mean …?" for a mistyped name (a rule id, a config key, a command-line option): the
 * closest candidate by edit distance, when it is close enough to be a slip rather than
 * another word. Deliberately tiny and standalone — the spelling engine is far heavier and is
 * about Vietnamese syllables, not identifiers.
 */

/** Optimal string alignment distance (Levenshtein plus the swap of two neighbours). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[n];
}

/**
 * The candidate closest to `name` (case and `-`/`_` ignored), if at most a third of its
 * letters (and at least one) differ; ties go to the earlier candidate.
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const key = (s: string): string => s.toLowerCase().replace(/[-_]/g, '');
  const wanted = key(name);
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(wanted.length / 3)) + 1;
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(wanted, key(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
