/**
 * The scoring of the drafts written for the bench (scripts/eval/written.mjs), on findings made
 * up for the test: which labelled mistakes count as caught and which findings as false alarms.
 */
import { describe, it, expect } from 'vitest';
// @ts-expect-error the bench is plain JavaScript without declarations
import { elementRule, fixCorrects, labelStart, scoreWritten } from '../../scripts/eval/written.mjs';

const TEXT = 'Sáng 3-4, Hội nông dân xã tổ chức lớp học cho 40 hội viên. Hội nông dân xã mời kỹ sư hướng dẫn.';
const at = (s: string, n = 1): number => {
  let i = -1;
  for (let k = 0; k < n; k++) i = TEXT.indexOf(s, i + 1);
  return i;
};
const finding = (ruleId: string, start: number, end: number, severity = 'warning') => ({ ruleId, start, end, severity });

describe('drafts written for the bench: scoring', () => {
  it('finds a label at its occurrence, and nowhere when its text is not in the draft', () => {
    expect(labelStart(TEXT, { text: 'Hội nông dân', occurrence: 2 })).toBe(at('Hội nông dân', 2));
    expect(labelStart(TEXT, { text: 'Hội nông dân' })).toBe(at('Hội nông dân'));
    expect(labelStart(TEXT, { text: 'Hội nông dân', occurrence: 3 })).toBe(-1);
    expect(labelStart(TEXT, { text: '' })).toBe(-1);
  });

  it('catches a mistake by a finding of its family on its words, a missing element by its rule anywhere', () => {
    const second = at('Hội nông dân', 2);
    const doc = {
      name: 'setA/errors/01',
      set: 'setA',
      part: 'errors',
      text: TEXT,
      words: 20,
      labels: [
        { kind: 'org-case', text: 'Hội nông dân', correct: 'Hội Nông dân', occurrence: 2 },
        { kind: 'spelling', text: 'kỹ sư', correct: 'kỹ sư', occurrence: 1 },
        { kind: 'missing-element', text: '', correct: 'a byline', occurrence: 1 },
      ],
      findings: [
        // on the first occurrence: not the labelled one, and no mistake there: a false alarm
        finding('organisation-case', at('Hội nông dân'), at('Hội nông dân') + 12),
        finding('organisation-case', second, second + 12),
        // a spacing finding on the spelling label's words is of another family: not a catch, not a false alarm
        finding('spacing', at('kỹ sư'), at('kỹ sư') + 5),
        finding('required-byline', TEXT.length, TEXT.length, 'error'),
        // a note about the duration is no finding on a correct draft
        finding('required-duration', 0, 0, 'info'),
      ],
    };
    const clean = { name: 'setA/clean/01', set: 'setA', part: 'clean', text: TEXT, words: 20, findings: [finding('required-duration', 0, 0, 'info'), finding('spelling', 0, 4, 'info')] };
    const { sets } = scoreWritten([doc, clean]);
    expect(sets.setA.errors).toMatchObject({ drafts: 1, labels: 3, caught: 2, unmatched: 1 });
    expect(sets.setA.errors.byKind).toEqual({ 'org-case': { labels: 1, caught: 1 }, spelling: { labels: 1, caught: 0 }, 'missing-element': { labels: 1, caught: 1 } });
    expect(sets.setA.clean).toEqual({ drafts: 1, words: 20, findings: 1, byRule: { spelling: 1 } });
  });
  it('credits one finding with every label its fix corrects, and no label its fix leaves wrong', () => {
    const text = 'Dự lớp có ông Lê Sáu, phó Giám đốc sở Tư pháp, và ông Hai, phó Trưởng phòng nội vụ.';
    const from = (s: string): number => text.indexOf(s);
    // one title-case finding over the title and its body, its fix mending both
    const title = {
      ...finding('title-case', from('phó Giám đốc'), from('phó Giám đốc') + 'phó Giám đốc sở Tư pháp'.length),
      fix: [
        { start: from('phó Giám đốc'), end: from('phó Giám đốc') + 3, text: 'Phó' },
        { start: from('sở Tư'), end: from('sở Tư') + 2, text: 'Sở' },
      ],
    };
    // one whose fix mends the title only: the body's label stays missed
    const other = {
      ...finding('title-case', from('phó Trưởng'), from('phó Trưởng') + 'phó Trưởng phòng nội vụ'.length),
      fix: [{ start: from('phó Trưởng'), end: from('phó Trưởng') + 3, text: 'Phó' }],
    };
    const labels = [
      { kind: 'title-case', text: 'phó Giám đốc', correct: 'Phó Giám đốc', occurrence: 1 },
      { kind: 'org-case', text: 'sở Tư pháp', correct: 'Sở Tư pháp', occurrence: 1 },
      { kind: 'title-case', text: 'phó Trưởng phòng', correct: 'Phó Trưởng phòng', occurrence: 1 },
      { kind: 'org-case', text: 'phòng nội vụ', correct: 'Phòng Nội vụ', occurrence: 1 },
    ];
    expect(fixCorrects(title, from('sở Tư pháp'), labels[1])).toBe(true);
    expect(fixCorrects(other, from('phòng nội vụ'), labels[3])).toBe(false);
    const doc = { name: 'setA/errors/03', set: 'setA', part: 'errors', text, words: 20, labels, findings: [title, other] };
    const { sets, listing } = scoreWritten([doc]);
    expect(sets.setA.errors).toMatchObject({ labels: 4, caught: 3, unmatched: 0 });
    expect(sets.setA.errors.byKind).toEqual({ 'title-case': { labels: 2, caught: 2 }, 'org-case': { labels: 2, caught: 1 } });
    expect(listing).toEqual(['setA/errors/03: MISSED org-case “phòng nội vụ” → “Phòng Nội vụ”']);
  });

  it('catches a missing element only by the rule of the element its label names', () => {
    expect(elementRule('tên tác giả (byline) ở cuối tin')).toBe('required-byline');
    expect(elementRule('số học viên tham dự lớp')).toBe('required-participant-count');
    expect(elementRule('thời gian tổ chức (ngày, buổi) trong câu dẫn')).toBe('required-dateline');
    expect(elementRule('đơn vị tổ chức lớp học trong câu mở đầu')).toBe('required-organiser');
    expect(elementRule('dateline missing: the lead says “vừa tổ chức”')).toBe('required-dateline');
    expect(elementRule('something else')).toBeUndefined();
    const doc = {
      name: 'setA/errors/02',
      set: 'setA',
      part: 'errors',
      text: TEXT,
      words: 20,
      labels: [
        { kind: 'missing-element', text: '', correct: 'organiser (who held the class)', occurrence: 1 },
        { kind: 'missing-element', text: '', correct: 'an element', occurrence: 1 },
      ],
      // a "no byline" finding is no catch of a missing organiser; the label naming no element takes it
      findings: [finding('required-byline', TEXT.length, TEXT.length, 'error')],
    };
    const { sets } = scoreWritten([doc]);
    expect(sets.setA.errors).toMatchObject({ labels: 2, caught: 1, unmatched: 0 });
  });
});
