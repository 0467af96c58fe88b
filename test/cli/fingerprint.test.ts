import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { addFingerprints, LONG_LINE } from '../../server/src/cli/fingerprint.js';
import type { LintMessage } from '../../server/src/cli/result.js';

// written for this test
const SENTENCE = 'Sáng 5-3, Hội Nông dân xã tổ chức lớp tập huấn kỹ thuật trồng lúa cho hội viên.';
const at = (text: string, word: string, from = 0): LintMessage => {
  const offset = text.indexOf(word, from);
  return { ruleId: 'spelling', offset, endOffset: offset + word.length } as LintMessage;
};
const prints = (text: string, messages: LintMessage[]): string[] => {
  addFingerprints(messages, text);
  return messages.map((m) => m.fingerprint!);
};

describe('fingerprints', () => {
  it('of a line of a real draft: the rule, the text, the normalised line and the occurrence, hashed', () => {
    const text = `Tin tập huấn\n${SENTENCE}  Lớp học kéo dài hai ngày.\n`;
    const line = `${SENTENCE} Lớp học kéo dài hai ngày.`;
    const expected = createHash('sha256').update('spelling\u0000lớp\u0000').update(line).update('\u00000').digest('hex').slice(0, 32);
    expect(prints(text, [at(text, 'lớp')])).toEqual([expected]);
  });

  it('of a line longer than any paragraph: still apart per finding, the same after an edit elsewhere, changed with the line', () => {
    const long = Array.from({ length: Math.ceil(LONG_LINE / SENTENCE.length) + 1 }, () => SENTENCE).join(' ');
    expect(long.length).toBeGreaterThan(LONG_LINE);
    const text = `Tin tập huấn\n${long}\n`;
    const second = text.indexOf('lớp', text.indexOf('lớp') + 1);
    const a = prints(text, [at(text, 'lớp'), at(text, 'lớp', second), at(text, 'tập', text.indexOf(long))]);
    expect(new Set(a).size).toBe(3);
    const above = `Tin tập huấn\nHọc viên được phát tài liệu.\n${long}\n`;
    const secondAbove = above.indexOf('lớp', above.indexOf('lớp') + 1);
    expect(prints(above, [at(above, 'lớp'), at(above, 'lớp', secondAbove), at(above, 'tập', above.indexOf(long))])).toEqual(a);
    const changed = `Tin tập huấn\n${long.replace('lúa', 'ngô')}\n`;
    expect(prints(changed, [at(changed, 'lớp')])[0]).not.toBe(a[0]);
  });
});
