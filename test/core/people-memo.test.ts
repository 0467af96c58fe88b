/**
 * core/structure/people.ts remembers each story paragraph's people by its text. What a name's
 * title is read from may lie just outside its paragraph (a lexicon title ending right before
 * the line, or starting right after it): a paragraph read back must answer as a fresh reading
 * does when only its neighbour changed.
 */
import { describe, expect, it } from 'vitest';
import { releaseCaches } from '../../server/src/core/bounded-cache.js';
import { parseDraft } from '../../server/src/core/parse.js';
import { findPeople } from '../../server/src/core/structure/people.js';

const HEAD = 'Tập huấn nghiệp vụ cho cán bộ xã\n\n';
const TAIL = '\n\nLớp học kéo dài hai ngày.';
const people = (text: string) => findPeople(parseDraft(text), true).map((p) => ({ name: p.name, titled: p.titled, start: p.start }));

/** the people of `after`, read once `before` was (warm), and with every cache emptied (cold) */
function warmAndCold(before: string, after: string) {
  releaseCaches();
  people(before);
  const warm = people(after);
  releaseCaches();
  return { warm, cold: people(after) };
}

describe('findPeople remembered by paragraph', () => {
  // a title ending the line before the name's: the name's own line is the same text in both drafts
  const titledBefore = `${HEAD}Sáng 5/12, lớp tập huấn khai mạc với Bí thư Huyện ủy\nLê Văn An phát biểu khai mạc lớp học.${TAIL}`;
  const plainBefore = `${HEAD}Sáng 5/12, lớp tập huấn khai mạc với các học viên\nLê Văn An phát biểu khai mạc lớp học.${TAIL}`;
  // a title opening the line after the name's
  const titledAfter = `${HEAD}Sáng 5/12, lớp tập huấn khai mạc. Ông Lê Văn An\nChủ tịch UBND xã phát biểu khai mạc lớp học.${TAIL}`;
  const plainAfter = `${HEAD}Sáng 5/12, lớp tập huấn khai mạc. Ông Lê Văn An\nphát biểu khai mạc lớp học tại xã.${TAIL}`;

  it('reads a title ending the line before again when that line changes', () => {
    expect(people(titledBefore)[0]).toMatchObject({ name: 'Lê Văn An', titled: true });
    for (const [a, b] of [
      [titledBefore, plainBefore],
      [plainBefore, titledBefore],
    ]) {
      const { warm, cold } = warmAndCold(a, b);
      expect(warm).toEqual(cold);
    }
    expect(warmAndCold(titledBefore, plainBefore).warm[0].titled).toBe(false);
  });

  it('reads a title opening the line after again when that line changes', () => {
    expect(people(titledAfter)[0]).toMatchObject({ name: 'Lê Văn An', titled: true });
    for (const [a, b] of [
      [titledAfter, plainAfter],
      [plainAfter, titledAfter],
    ]) {
      const { warm, cold } = warmAndCold(a, b);
      expect(warm).toEqual(cold);
    }
    expect(warmAndCold(titledAfter, plainAfter).warm[0].titled).toBe(false);
  });

  it('answers alike with and without the names that carry a slip of case', () => {
    const text = `${HEAD}Dự lớp học có bà Ngô Thị thanh Mai, Phó Giám đốc Sở Tư pháp, và ông Trần Văn Bình, Trưởng phòng Tư pháp huyện.${TAIL}`;
    releaseCaches();
    const d = parseDraft(text);
    const formal = findPeople(d).map((p) => p.name);
    const all = findPeople(d, true).map((p) => p.name);
    releaseCaches();
    const d2 = parseDraft(text);
    expect(findPeople(d2, true).map((p) => p.name)).toEqual(all);
    expect(findPeople(d2).map((p) => p.name)).toEqual(formal);
    expect(all.length).toBeGreaterThan(formal.length);
  });
});
