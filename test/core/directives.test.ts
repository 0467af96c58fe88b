/** Markdown directives silence exactly what they say, and nothing in the rest of the draft. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/library.js';
import { defaultConfig } from '../../server/src/core/config/index.js';
import { ignoreOccurrenceComment } from '../../server/src/core/directives.js';

const BODY = 'Đoàn công tác đến tại tại xã Mỹ Hòa.\n\nBuổi chiều, đoàn làm việc tại tại xã Mỹ An.\n';
const repeated = (text: string): string[] =>
  lint(text, defaultConfig(), { format: 'markdown' })
    .findings.filter((f) => f.ruleId === 'repeated-word')
    .map((f) => text.slice(0, f.start).split('\n').length + ':' + text.slice(f.start, f.end));

describe('markdown directives', () => {
  it('disable-next-line silences the next line only (not the whole draft)', () => {
    expect(repeated(`# Tin\n\n${BODY}`)).toEqual(['3:tại tại', '5:tại tại']);
    expect(repeated(`# Tin\n\n<!-- soattin-disable-next-line repeated-word -->\n${BODY}`)).toEqual(['6:tại tại']);
    expect(repeated(`# Tin\n\n<!-- soattin-disable repeated-word -->\n${BODY}`)).toEqual([]);
  });

  it('disable-next-line with a quoted text silences that text only', () => {
    const body = 'Đoàn đến tại tại xã Mỹ Hòa, gặp gặp bà con.\n';
    expect(repeated(body)).toEqual(['1:tại tại', '1:gặp gặp']);
    expect(repeated(`<!-- soattin-disable-next-line repeated-word "gặp gặp" -->\n${body}`)).toEqual(['2:tại tại']);
  });

  it('the ignore comment quotes the text so that it can never end the comment early', () => {
    expect(ignoreOccurrenceComment('spelling', 'a-->b "c"', '\n')).toBe('<!-- soattin-disable-next-line spelling "a--\\u003eb \\"c\\"" -->\n');
    expect(ignoreOccurrenceComment('not a rule', 'x', '\n')).toBeUndefined();
    expect(ignoreOccurrenceComment('spelling', 'a\nb', '\n')).toBeUndefined();
  });
});
