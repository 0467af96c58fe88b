import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, itself, lastAtOrBefore, spanAt, SpanIndex } from '../../server/src/core/sorted.js';

describe('binary searches over sorted positions', () => {
  const starts = [0, 10, 10, 25];
  it('finds the first key at or after a value, and the length when none is', () => {
    expect([-1, 0, 5, 10, 11, 25, 26].map((v) => firstAtOrAfter(starts, v, itself))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstAtOrAfter([], 3, itself)).toBe(0);
  });

  it('finds the last key at or before a value, and -1 when none is', () => {
    expect([-1, 0, 5, 10, 24, 25, 99].map((v) => lastAtOrBefore(starts, v, itself))).toEqual([-1, 0, 0, 2, 2, 3, 3]);
  });

  it('finds the span that contains an offset, ends excluded', () => {
    const spans = [{ start: 2, end: 5 }, { start: 5, end: 9 }, { start: 12, end: 13 }];
    expect([0, 2, 4, 5, 9, 11, 12, 13].map((o) => spanAt(spans, o)?.start)).toEqual([undefined, 2, 2, 5, undefined, undefined, 12, undefined]);
  });
});

describe('SpanIndex', () => {
  it('finds the spans overlapping a range and those holding it, as a filter of them all would, in order of start', () => {
    // spans that nest, overlap, touch, and one empty span
    const spans = [
      { start: 40, end: 45 },
      { start: 0, end: 100 },
      { start: 10, end: 20 },
      { start: 15, end: 30 },
      { start: 20, end: 25 },
      { start: 50, end: 50 },
      { start: 60, end: 70 },
    ];
    const index = new SpanIndex(spans);
    for (let start = -5; start < 110; start += 5) {
      for (let end = start; end < 115; end += 5) {
        const expected = spans.filter((s) => s.start < end && s.end > start).sort((a, b) => a.start - b.start);
        expect(index.overlapping(start, end)).toEqual(expected);
        const holding = spans.filter((s) => s.start <= start && s.end >= end).sort((a, b) => a.start - b.start);
        expect(index.containing(start, end)).toEqual(holding);
      }
    }
    expect(new SpanIndex([]).overlapping(0, 10)).toEqual([]);
    expect(new SpanIndex([]).containing(0, 0)).toEqual([]);
  });
});
