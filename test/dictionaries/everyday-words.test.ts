import { describe, expect, it } from 'vitest';
import data from '../../dictionaries/everyday-words.json';
import { check } from '../helpers/lint.js';
import { isListed, isSyllable, lookupKey, markDifference } from '../../server/src/core/spell/index.js';
import { genreWords } from '../../server/src/core/spell/genre-words.js';

/** A Vietnamese paragraph around a sentence, so the draft reads as Vietnamese. */
const inDraft = (sentence: string): string =>
  `Sáng nay, Ban Tuyên giáo huyện tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ cơ sở. ${sentence} Lớp học kéo dài hai ngày với nhiều chuyên đề thiết thực.`;

/** the listed words one tone or vowel mark from `keys` */
function twins(keys: string[]): string[] {
  const out: string[] = [];
  for (const phrase of genreWords().phrases) {
    const listed = phrase.split(' ');
    if (listed.length !== keys.length) continue;
    const diff = listed.map((k, n) => (k === keys[n] ? -1 : n)).filter((n) => n >= 0);
    if (diff.length !== 1) continue;
    const d = markDifference(keys[diff[0]], listed[diff[0]]);
    if (d.letters === 0 && d.quality + (d.tone > 0 ? 1 : 0) === 1) out.push(phrase);
  }
  return out;
}

describe('everyday-words.json', () => {
  it.each(data.words.map((e) => [e.word, e.example]))('%s: “%s” has no spelling finding', (word, example) => {
    const keys = word.split(' ').map(lookupKey);
    // two valid syllables, no listed word itself, one mark from one: that is why it is here
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
