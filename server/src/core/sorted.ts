/**
 * Binary searches over things sorted by position (line starts, words, spans, edits): written
 * once here so every caller agrees on the edge cases.
 */

/** Index of the first item whose key is >= `value` (`items.length` when none is). */
export function firstAtOrAfter<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item whose key is <= `value` (-1 when none is). */
export function lastAtOrBefore<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  return firstAtOrAfter(items, value + 1, key) - 1;
}

/** The span containing `offset` (start <= offset < end) among sorted spans that do not overlap. */
export function spanAt<T extends { start: number; end: number }>(spans: ArrayLike<T>, offset: number): T | undefined {
  const k = lastAtOrBefore(spans, offset, (s) => s.start);
  return k >= 0 && offset < spans[k].end ? spans[k] : undefined;
}

/** The identity key, for arrays of numbers. */
export const itself = (n: number): number => n;
