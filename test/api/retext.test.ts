/**
 * `soattin/retext`: the VFileMessages a unified user gets (the fields unified-language-server
 * turns into diagnostics and quick fixes), in a retext and in a remark pipeline.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { lintText } from '../../server/src/api/index.js';
import { folder } from '../cli/helpers.js';
import { MARKDOWN, TWO_MISTAKES, only } from './drafts.js';
import { asCliMessage, viaRemark, viaRetext } from './pipelines.js';

const DOCS = 'https://github.com/soattin/soattin/blob/main/docs/rules/';

describe('retextSoattin', () => {
  it('fills file.messages with rule, source, doc link, place, actual and expected', async () => {
    const file = await viaRetext(new VFile({ value: TWO_MISTAKES, path: 'tin.txt' }), { settings: only(['spacing', 'repeated-word']) });
    const spaces = TWO_MISTAKES.indexOf('  ');
    const twice = TWO_MISTAKES.indexOf('được được');
    expect(
      file.messages.map((m) => ({ ruleId: m.ruleId, source: m.source, url: m.url, place: m.place, reason: m.reason, actual: m.actual, expected: m.expected, file: m.file })),
    ).toEqual([
      {
        ruleId: 'spacing',
        source: 'soattin',
        url: `${DOCS}spacing.md`,
        place: { start: { line: 2, column: 45, offset: spaces }, end: { line: 2, column: 47, offset: spaces + 2 } },
        reason: 'Có 2 dấu cách liền nhau; chỉ cần một.',
        actual: '  ',
        expected: [' '],
        file: 'tin.txt',
      },
      {
        ruleId: 'repeated-word',
        source: 'soattin',
        url: `${DOCS}repeated-word.md`,
        place: { start: { line: 3, column: 14, offset: twice }, end: { line: 3, column: 23, offset: twice + 9 } },
        reason: 'Từ “được” bị lặp lại liền nhau.',
        actual: 'được được',
        expected: ['được'],
        file: 'tin.txt',
      },
    ]);
  });

  it('marks errors fatal, warnings not fatal and information unset, as remark-lint does', async () => {
    const rules = { spacing: 'error', 'repeated-word': 'info' } as const;
    const file = await viaRetext(new VFile(TWO_MISTAKES), { settings: only(['spacing', 'repeated-word', 'required-byline']), rules });
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['spacing', true],
      ['repeated-word', undefined],
      ['required-byline', false],
    ]);
  });

  it('after remark-retext, lints the Markdown source and places findings in it', async () => {
    const settings = only(['spacing', 'repeated-word', 'required-official-titles']);
    const file = await viaRemark(new VFile({ value: MARKDOWN, path: 'phu-nu.md' }), { settings });
    const expected = lintText(MARKDOWN, { settings, format: 'markdown' }).messages;
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.place && 'start' in m.place ? m.place.start.offset : -1])).toEqual(
      expected.map((m) => [m.ruleId, m.line, m.column, m.offset]),
    );
    // the heading is found after its “# ”, which plain text would not know
    expect(file.messages[0]).toMatchObject({ ruleId: 'required-official-titles', line: 1, column: 3 });
  });

  it('tells Markdown from plain text by the tree when the file has no name', async () => {
    const settings = only(['required-official-titles']);
    const md = await viaRemark(new VFile(MARKDOWN), { settings });
    const txt = await viaRetext(new VFile(MARKDOWN), { settings });
    expect(md.messages.map((m) => m.column)).toEqual([3]);
    expect(txt.messages.map((m) => m.column)).toEqual([1]);
    // an explicit format wins
    const forced = await viaRetext(new VFile(MARKDOWN), { settings, format: 'markdown' });
    expect(forced.messages.map((m) => m.column)).toEqual([3]);
  });

  it('counts the byte-order mark in the file’s offsets and first-line columns', async () => {
    const text = '\uFEFFHội  nghị tổng kết năm\nCán bộ được được khen.\n';
    const file = await viaRetext(new VFile(text), { settings: only(['spacing', 'repeated-word']) });
    const spaces = text.indexOf('  ');
    const twice = text.indexOf('được được');
    const secondLine = text.indexOf('\n') + 1;
    expect(file.messages.map((m) => m.place)).toEqual([
      // the mark is the first character of line 1: “Hội” starts at column 2
      { start: { line: 1, column: spaces + 1, offset: spaces }, end: { line: 1, column: spaces + 3, offset: spaces + 2 } },
      { start: { line: 2, column: twice - secondLine + 1, offset: twice }, end: { line: 2, column: twice - secondLine + 10, offset: twice + 9 } },
    ]);
    expect(spaces).toBe(4);
  });

  it('finds the .soattinrc.json of the file’s folder, relative to the file’s cwd', async () => {
    const dir = folder({ '.soattinrc.json': JSON.stringify(only(['repeated-word'])) });
    const file = await viaRetext(new VFile({ value: TWO_MISTAKES, path: 'tin.txt', cwd: dir }));
    expect(file.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
  });

  it('reports an unusable config as one fatal message without a doc link', async () => {
    const dir = folder({ '.soattinrc.json': JSON.stringify({ endMark: 'sometimes' }) });
    const file = await viaRetext(new VFile({ value: TWO_MISTAKES, path: path.join(dir, 'tin.txt') }), { locale: 'en' });
    expect(file.messages.map(asCliMessage)).toEqual([
      {
        ruleId: 'soattin',
        severity: 'error',
        message: `Config ${path.join(dir, '.soattinrc.json')}:1:12: key “endMark” must be one of: "any", "required", "forbidden"`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ]);
    expect(file.messages[0].url).toBeUndefined();
  });
});
