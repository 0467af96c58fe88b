import { describe, expect, it } from 'vitest';
import data from '../../dictionaries/everyday-words.json';
import { check } from '../helpers/lint.js';
import { isListed, isSyllable, lookupKey, markDifference } from '../../server/src/core/spell/index.js';
import { slipVariants } from '../../server/src/core/spell/slips.js';
import { FREQUENT_PAIR, pairWeight } from '../../server/src/core/spell/pairs.js';

/** A Vietnamese paragraph around a sentence, so the draft reads as Vietnamese. */
const inDraft = (sentence: string): string =>
  `Sáng nay, Ban Tuyên giáo huyện tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ cơ sở. ${sentence} Lớp học kéo dài hai ngày với nhiều chuyên đề thiết thực.`;

/**
 * The words the genre knows one slip from `keys`: a listed word one tone or vowel mark away (the
 * listed-word pass), or a frequent or listed pair one slip away (the pair pass) — why the word is listed.
 */
function twins(keys: string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < keys.length; at++) {
    for (const v of slipVariants(keys[at])) {
      const w = [...keys];
      w[at] = v.key;
      const d = markDifference(keys[at], v.key);
      const oneMark = d.letters === 0 && d.quality + (d.tone > 0 ? 1 : 0) === 1;
      // (a listed word weighs as a frequent pair in the pair pass: "loăng quăng" is one letter from "lăng quăng")
      if ((oneMark && isListed(w)) || pairWeight(w[0], w[1]) >= FREQUENT_PAIR) out.push(w.join(' '));
    }
  }
  return out;
}

describe('everyday-words.json', () => {
  it.each(data.words.map((e) => [e.word, e.example]))('%s: “%s” has no spelling finding', (word, example) => {
    const keys = word.split(' ').map(lookupKey);
    // two valid syllables, no listed word itself, one slip from a word the genre knows: that is why it is here
    expect(keys.every((k) => isSyllable(k))).toBe(true);
    expect(isListed(keys)).toBe(false);
    expect(twins(keys)).not.toEqual([]);
    expect(example.toLowerCase()).toContain(word);
    expect(check(inDraft(example), 'spelling')).toEqual([]);
  });

  it('still finds a slip into the listed twin that is no everyday word', () => {
    expect(check(inDraft('Các đơn vị được xếp háng cao trong năm.'), 'spelling').map((f) => f.message)).toEqual([
      '“xếp háng” có thể viết sai chính tả; có phải là “xếp hạng”?',
    ]);
  });
});
