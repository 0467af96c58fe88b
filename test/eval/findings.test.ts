/**
 * The scoring of findings against the dev annotations (scripts/eval/findings.mjs), on findings
 * and annotations made up for the test: which findings count as right, wrong or contested.
 */
import { describe, it, expect } from 'vitest';
// @ts-expect-error the bench is plain JavaScript without declarations
import { scoreFindings } from '../../scripts/eval/findings.mjs';

const TEXT = 'Đ/c Hà Văn Nam dự lớp học.\nCác đ/c chí lãnh đạo xã và đ/c Lò Thị Vui cùng dự lớp tập huấn.\n';
const lineStarts = [0, TEXT.indexOf('\n') + 1, TEXT.length];
const at = (s: string, n = 1): number => {
  let i = -1;
  for (let k = 0; k < n; k++) i = TEXT.indexOf(s, i + 1);
  return i;
};
const replaceBy = (ruleId: string, s: string, text: string, n = 1) => {
  const start = at(s, n);
  return { ruleId, start, end: start + s.length, severity: 'warning', fix: [{ start, end: start + s.length, text }] };
};
const doc = (annotations: object[], findings: object[]) => ({
  file: 'x.txt',
  split: 'tune',
  words: 20,
  text: TEXT,
  draft: { lineStarts },
  ann: { findings: annotations },
  findings,
});
const other = (line: number, text: string, expected: string | null, certainty = 'clear') => ({ rule: 'other', line, text, expected, certainty });

describe('findings against the annotations: scoring', () => {
  it('counts a finding right when its fix writes the correction of an annotation another kind names', () => {
    const { tune } = scoreFindings([
      doc(
        [other(1, 'Đ/c Hà Văn Nam', 'Đồng chí Hà Văn Nam'), other(2, 'Các đ/c chí', 'Các đồng chí'), other(2, 'đ/c Lò Thị Vui', 'đồng chí Lò Thị Vui', 'contested')],
        [
          replaceBy('abbreviation-first-use', 'Đ/c', 'Đồng chí'),
          replaceBy('abbreviation-first-use', 'đ/c chí', 'đồng chí'),
          replaceBy('abbreviation-first-use', 'đ/c', 'đồng chí', 2),
        ],
      ),
    ]);
    expect(tune.rules['abbreviation-first-use']).toMatchObject({ right: 2, contested: 1, wrong: 0 });
    // the `other` annotations stay out of every family's recall
    expect(tune.families.abbreviation.clear).toBe(0);
  });

  it('keeps a finding wrong when it only overlaps such an annotation, or its fix writes something else', () => {
    const { tune, listing } = scoreFindings([
      doc(
        [other(1, 'Đ/c Hà Văn Nam', 'Đồng chí Hà Văn Nam'), other(2, 'lớp tập huấn', null)],
        [
          replaceBy('abbreviation-first-use', 'Đ/c', 'đồng chí'),
          { ruleId: 'common-noun-case', start: at('lớp tập huấn'), end: at('lớp tập huấn') + 3, severity: 'warning' },
        ],
      ),
    ]);
    expect(tune.rules['abbreviation-first-use']).toMatchObject({ right: 0, wrong: 1 });
    expect(tune.rules['common-noun-case']).toMatchObject({ right: 0, wrong: 1 });
    expect(listing).toHaveLength(2);
  });
});
