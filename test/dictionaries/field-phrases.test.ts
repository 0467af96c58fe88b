/**
 * dictionaries/field-phrases.json: how real drafts write the field phrases of organisation names
 * (scripts/build-field-phrases.mjs counts them, core/lexicon/field-usage.ts reads them). The
 * examples are sentences of our own; the table holds counts only.
 */
import { describe, expect, it } from 'vitest';
import table from '../../dictionaries/field-phrases.json';
import { check, config, fixed } from '../helpers/lint.js';
import { lint } from '../../server/src/library.js';
import { countFieldPhrases, type FieldCounts } from '../../server/src/core/field-phrases.js';
import { attestedNextPhrase, fieldUsage } from '../../server/src/core/lexicon/field-usage.js';

const CAPS = ['organisation-case', 'title-case', 'admin-unit-case', 'common-noun-case', 'special-noun-case', 'consistent-capitalisation'];
const fields = table.fields as unknown as Record<string, Array<[number, number]>>;

describe('field-phrases.json', () => {
  it('holds, for each field, one pair of counts per syllable, each syllable seen in no more drafts than its first, in two drafts at least', () => {
    expect(Object.keys(fields).length).toBeGreaterThan(0);
    for (const [key, counts] of Object.entries(fields)) {
      expect(key).toBe(key.normalize('NFC').toLowerCase());
      expect(counts).toHaveLength(key.split(' ').length);
      const drafts = counts[0][0] + counts[0][1];
      expect(drafts).toBeGreaterThanOrEqual(2);
      for (const [lower, cap] of counts) {
        expect(Number.isInteger(lower) && Number.isInteger(cap) && lower >= 0 && cap >= 0).toBe(true);
        // (fewer where the written drafts, read for lowercase evidence only, capitalise the syllable: no sighting)
        expect(lower + cap).toBeLessThanOrEqual(drafts);
      }
    }
  });

  it('reads a syllable a field has no sighting of from the longest shorter field that has one', () => {
    let silent = 0;
    for (const [key, counts] of Object.entries(fields)) {
      const keys = key.split(' ');
      const usage = fieldUsage(keys)!;
      counts.forEach(([lower, cap], i) => {
        if (lower + cap > 0) return expect(usage[i]).toEqual(counts[i]);
        silent++;
        let shorter: [number, number] = [0, 0];
        for (let n = keys.length - 1; n > i && n >= 2; n--) {
          const c = fields[keys.slice(0, n).join(' ')];
          if (c && c[i][0] + c[i][1] > 0) {
            shorter = c[i];
            break;
          }
        }
        expect(usage[i]).toEqual(shorter);
      });
    }
    // (the written drafts, read for lowercase evidence only, leave some syllables with no sighting)
    expect(silent).toBeGreaterThan(0);
  });

  it.each(table.examples.map((e) => [e.from, e.to]))('%j → %j', (from, to) => {
    expect(check(from, CAPS)).toHaveLength(1);
    expect(fixed(from, CAPS)).toBe(to);
    expect(check(to, CAPS)).toEqual([]);
  });

  it.each(table.valid)('accepts %j', (text) => {
    expect(check(text, CAPS)).toEqual([]);
  });

  it('lowers an inner capital no draft writes, in a field enough drafts write lowercase there, with one finding for the name', () => {
    // (the table's figures for the example's field: its third syllable lowercase in every draft)
    const usage = fieldUsage(['giáo', 'dục', 'quốc', 'phòng']);
    expect(usage?.[2][1]).toBe(0);
    expect(usage![2][0]).toBeGreaterThanOrEqual(table.thresholds.minSeen);
    const text = 'Sáng 3-4, Hội đồng Giáo dục Quốc phòng tỉnh Long Hòa tổ chức lớp bồi dưỡng cho cán bộ.';
    expect(check(text, CAPS)).toEqual([
      {
        rule: 'organisation-case',
        at: '1:11',
        text: 'Hội đồng Giáo dục Quốc phòng',
        message: 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Hội đồng Giáo dục Quốc phòng” → “Hội đồng Giáo dục quốc phòng”.',
      },
    ]);
  });

  it('gives a lowercase phrase after “và” or a dash its capital where drafts write the field with it there and never without', () => {
    // (the table's figures: "báo chí | tuyên truyền", its third syllable capitalised in every draft showing it)
    const usage = fieldUsage(['báo', 'chí', 'tuyên', 'truyền']);
    expect(usage?.[2][0]).toBe(0);
    expect(usage![2][1]).toBeGreaterThanOrEqual(table.thresholds.minAttested);
    expect(attestedNextPhrase(['báo', 'chí'], ['tuyên', 'truyền', 'hướng', 'dẫn'])).toBe(2);
    // (a field drafts write lowercase there, or none they showed: no reading by usage)
    expect(attestedNextPhrase(['giáo', 'dục', 'quốc'], ['phòng'])).toBe(0);
    expect(attestedNextPhrase(['chăn', 'nuôi'], ['bảo', 'tồn'])).toBe(0);
    const text = 'Giảng viên Học viện Báo chí và tuyên truyền hướng dẫn học viên viết tin ngắn.';
    expect(check(text, CAPS)).toEqual([
      {
        rule: 'organisation-case',
        at: '1:12',
        text: 'Học viện Báo chí và tuyên truyền',
        message: 'Tên cơ quan phải viết hoa chữ đầu của cụm từ chỉ chức năng, lĩnh vực: “Học viện Báo chí và tuyên truyền” → “Học viện Báo chí và Tuyên truyền”.',
      },
    ]);
    // … and the body of another type word after "và" is no phrase of this field
    expect(check('Giảng viên Học viện Báo chí và trường đại học hướng dẫn học viên.', CAPS)).toEqual([]);
  });

  it('leaves a field no draft showed to the grammar: a capital opening a word of its own may be a second field', () => {
    expect(fieldUsage(['bảo', 'tồn', 'di', 'sản'])).toBeUndefined();
    expect(check('Cán bộ Trung tâm Nghiên cứu Bảo tồn cây thuốc tỉnh Long Hòa hướng dẫn học viên.', CAPS)).toEqual([]);
  });
});

describe('countFieldPhrases', () => {
  it('counts each way a draft writes a field once, by the case of each syllable', () => {
    const into: FieldCounts = new Map();
    const text = [
      'Hội đồng Giáo dục Quốc phòng tỉnh Long Hòa mở lớp học',
      '',
      'Sáng 3-4, Hội đồng Giáo dục Quốc phòng tỉnh Long Hòa mở lớp bồi dưỡng. Hội đồng Giáo dục Quốc phòng tỉnh cử hai báo cáo viên. Cán bộ Hội đồng Giáo dục quốc phòng tỉnh hướng dẫn học viên.',
    ].join('\n');
    countFieldPhrases(lint(text, config()).draft, into);
    expect(into.get('giáo dục quốc phòng')).toEqual([
      [0, 2],
      [2, 0],
      [1, 1],
      [2, 0],
    ]);
  });
});
