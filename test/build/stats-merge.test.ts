/**
 * How scripts/stats-drafts.mjs weighs the two sources of the shipped counts: mergeLowercaseOnly,
 * the written sets adding LOWERCASE evidence only (capitalisation-stats.json unigrams), beside
 * mergeCounts. Counts are [lowercase, capitalised]; made up for this test.
 */
import { describe, it, expect } from 'vitest';
// @ts-expect-error the scripts are plain JavaScript without declarations
import { mergeCounts, mergeCountMaps, mergeLowercaseOnly } from '../../scripts/stats-drafts.mjs';

describe('mergeLowercaseOnly: the written sets add lowercase evidence, never capital evidence', () => {
  it.each([
    // the real drafts never show the syllable; the written sets always write it lowercase: added
    [undefined, [40, 0], [40, 0]],
    // the real drafts saw it a few times, never capitalised: the written sightings are added
    [[3, 0], [40, 0], [43, 0]],
    // the written sets capitalise it even once: no evidence added (it may open a name)
    [undefined, [40, 1], undefined],
    [[3, 0], [40, 2], [3, 0]],
    // the real drafts capitalised it, or saw it often enough: their counts stand
    [[3, 1], [40, 0], [3, 1]],
    [[12, 0], [40, 0], [12, 0]],
    // nothing written: the real counts as they are
    [[2, 5], undefined, [2, 5]],
    [undefined, undefined, undefined],
  ])('real %j, written %j → %j', (real, written, merged) => {
    expect(mergeLowercaseOnly(real, written, 10)).toEqual(merged);
  });

  it('leaves out a form neither source gives counts to, and keeps mergeCounts the default', () => {
    const real = new Map([['a', [3, 0]], ['b', [1, 1]]]);
    const written = new Map([['a', [20, 0]], ['c', [0, 4]], ['d', [9, 0]]]);
    expect([...mergeCountMaps(real, written, 10, mergeLowercaseOnly)]).toEqual([['a', [23, 0]], ['b', [1, 1]], ['d', [9, 0]]]);
    expect([...mergeCountMaps(real, written, 10)]).toEqual([['a', [23, 0]], ['b', [1, 1]], ['c', [0, 4]], ['d', [9, 0]]]);
    expect(mergeCounts(undefined, [0, 4], 10)).toEqual([0, 4]);
  });
});
