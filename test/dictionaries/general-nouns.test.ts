import { describe, expect, it } from 'vitest';
import data from '../../dictionaries/general-nouns.json';
import { findings } from '../helpers/lint.js';
import { isSyllable, lookupKey } from '../../server/src/core/spell/index.js';
import { isGeneralNoun, isGeneralPerson } from '../../server/src/core/spell/general-nouns.js';

/** A Vietnamese paragraph around a sentence, so the draft reads as Vietnamese. */
const inDraft = (sentence: string): string =>
  `Sáng nay, Ban Tuyên giáo huyện tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ cơ sở. ${sentence} Lớp học kéo dài hai ngày với nhiều chuyên đề thiết thực.`;

const nouns = data.nouns.split('|');

describe('general-nouns.json', () => {
  it('holds words of one or two valid syllables, lookup keys, each once', () => {
    expect(nouns.length).toBeGreaterThan(5_000);
    expect(new Set(nouns).size).toBe(nouns.length);
    for (const w of nouns) {
      const parts = w.split(' ');
      expect(parts.length).toBeLessThanOrEqual(2);
      expect(parts.every((p) => isSyllable(p) && lookupKey(p) === p)).toBe(true);
    }
  });

  it('keeps a word that is also a verb out (“tổ chức”, “làm”)', () => {
    expect(isGeneralNoun('tổ chức')).toBe(false);
    expect(isGeneralNoun('làm')).toBe(false);
    expect(isGeneralNoun('ngân hàng')).toBe(true);
  });

  it('holds the nouns for a kind of person apart: one to three valid syllables, lookup keys, each once', () => {
    const people = data.people.split('|');
    expect(people.length).toBeGreaterThan(300);
    expect(new Set(people).size).toBe(people.length);
    for (const w of people) {
      const parts = w.split(' ');
      expect(parts.length).toBeLessThanOrEqual(3);
      expect(parts.every((p) => isSyllable(p) && lookupKey(p) === p)).toBe(true);
    }
    // defined as a person (“người …”, “đối tượng …”), not a thing, nor by a proper name
    expect(['thẩm phán', 'ngư dân', 'khách hàng', 'kiểm sát viên'].map(isGeneralPerson)).toEqual([true, true, true, true]);
    expect(['thủ đô', 'hiến pháp', 'danh mục', 'phật tử'].map(isGeneralPerson)).toEqual([false, false, false, false]);
  });

  it.each(data.examples.map((e) => [e.word, e]))('%s: its example', (word, e) => {
    const sentence = 'silent' in e && e.silent ? e.silent : (e as { slip: string }).slip;
    expect(sentence).toContain(word);
    const found = findings(inDraft(sentence), 'spelling').map((f) => inDraft(sentence).slice(f.start, f.end));
    expect(found).toEqual('silent' in e && e.silent ? [] : [(e as { finding: string }).finding]);
  });
});
