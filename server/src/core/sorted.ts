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

/**
 * Spans that may overlap one another, asked which of them overlap a range (`start < end` of
 * the range and `end > start`): sorted by start once, with the greatest end up to each, so a
 * question looks at the spans near the range instead of every span of the draft.
 */
export class SpanIndex<T extends { start: number; end: number }> {
  private readonly spans: T[];
  /** the greatest end among spans[0..k] */
  private readonly reach: number[] = [];

  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    for (const s of this.spans) this.reach.push((reach = Math.max(reach, s.end)));
  }

  /** The spans with `span.start < end` and `span.end > start`, in order of start. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = firstAtOrAfter(this.spans, end, (s) => s.start) - 1; k >= 0 && this.reach[k] > start; k--) {
      if (this.spans[k].end > start) out.push(this.spans[k]);
    }
    return out.reverse();
  }

  /** The spans with `span.start <= start` and `span.end >= end` (holding the range), in order of start. */
  containing(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = lastAtOrBefore(this.spans, start, (s) => s.start); k >= 0 && this.reach[k] >= end; k--) {
      if (this.spans[k].end >= end) out.push(this.spans[k]);
    }
    return out.reverse();
  }
}
