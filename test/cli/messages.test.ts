import { describe, expect, it } from 'vitest';
import { coreMessages } from '../../server/src/core/messages.js';
import { cliMessages, summaryLine, fixableLine } from '../../server/src/cli/messages.js';
import { lspMessages } from '../../server/src/lsp/messages.js';

describe('CLI messages', () => {
  it.each(Object.entries({ ...coreMessages, ...cliMessages, ...lspMessages }))('%s exists in Vietnamese (NFC) and English with the same placeholders', (_id, text) => {
    expect(text.vi.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(text.vi).toBe(text.vi.normalize('NFC'));
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(names(text.vi)).toEqual(names(text.en));
  });

  it('summaries read naturally in both languages', () => {
    expect(summaryLine({ errors: 1, warnings: 2, infos: 0, files: 1 }, 'vi')).toBe('3 vấn đề (1 lỗi, 2 cảnh báo, 0 gợi ý) trong 1 tệp');
    expect(summaryLine({ errors: 1, warnings: 2, infos: 0, files: 1 }, 'en')).toBe('3 problems (1 error, 2 warnings, 0 infos) in 1 file');
    expect(fixableLine(1, 'en')).toBe('1 problem can be fixed with --fix.');
    expect(fixableLine(2, 'vi')).toBe('2 vấn đề có thể sửa tự động bằng --fix.');
  });
});
