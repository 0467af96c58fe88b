/**
 * The programmatic API (`import { lintText, fixText, resolveConfig } from 'soattin'`): what a
 * caller gets back, config discovery and overrides as the CLI does them, errors as values.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, resolveConfig } from '../../server/src/api/index.js';
import { folder } from '../cli/helpers.js';
import { MARKDOWN, TWO_MISTAKES, TWO_MISTAKES_FIXED, only } from './drafts.js';

const PINNED = only(['spacing', 'repeated-word']);

describe('lintText', () => {
  it('returns the findings with 1-based positions, offsets, Vietnamese messages and fixes', () => {
    const r = lintText(TWO_MISTAKES, { settings: PINNED });
    const spaces = TWO_MISTAKES.indexOf('  ');
    const twice = TWO_MISTAKES.indexOf('được được');
    expect(r).toEqual({
      messages: [
        {
          ruleId: 'spacing',
          severity: 'warning',
          message: 'Có 2 dấu cách liền nhau; chỉ cần một.',
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 47,
          offset: spaces,
          endOffset: spaces + 2,
          fix: [{ range: [spaces, spaces + 2], text: ' ' }],
          suggestions: [{ message: 'Sửa khoảng trắng', fix: [{ range: [spaces, spaces + 2], text: ' ' }] }],
        },
        {
          ruleId: 'repeated-word',
          severity: 'warning',
          message: 'Từ “được” bị lặp lại liền nhau.',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 23,
          offset: twice,
          endOffset: twice + 'được được'.length,
          fix: [{ range: [twice, twice + 'được '.length], text: '' }],
          suggestions: [{ message: 'Xóa “được” thừa', fix: [{ range: [twice, twice + 'được '.length], text: '' }] }],
        },
      ],
      errorCount: 0,
      warningCount: 2,
      infoCount: 0,
      fixableCount: 2,
      fatal: false,
    });
  });

  it('speaks English when asked', () => {
    const r = lintText(TWO_MISTAKES, { settings: PINNED, locale: 'en' });
    expect(r.messages.map((m) => m.message)).toEqual(['2 spaces in a row; use one.', 'The word “được” is repeated.']);
  });

  it('counts positions after a byte-order mark, as the CLI does', () => {
    const plain = lintText(TWO_MISTAKES, { settings: PINNED });
    expect(lintText(`\uFEFF${TWO_MISTAKES}`, { settings: PINNED })).toEqual(plain);
  });

  it('reads a .md path as Markdown: the heading is not the prose', () => {
    const settings = only(['spacing', 'repeated-word']);
    const asMarkdown = lintText(MARKDOWN, { settings, filePath: 'tin/phu-nu.md' });
    expect(asMarkdown.filePath).toBe('tin/phu-nu.md');
    expect(asMarkdown.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['spacing', 3, 11],
      ['repeated-word', 5, 17],
    ]);
    expect(lintText(MARKDOWN, { settings, format: 'markdown' }).messages).toEqual(asMarkdown.messages);
  });

  it('finds the .soattinrc.json of the draft’s folder and applies its overrides', () => {
    const dir = folder({
      '.soattinrc.json': JSON.stringify({ ...PINNED, overrides: [{ files: ['luu-tru/**'], rules: { spacing: 'off' } }] }),
    });
    const inside = lintText(TWO_MISTAKES, { filePath: path.join(dir, 'luu-tru', 'cu.txt') });
    const outside = lintText(TWO_MISTAKES, { filePath: path.join(dir, 'moi.txt') });
    expect(inside.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
    expect(outside.messages.map((m) => m.ruleId)).toEqual(['spacing', 'repeated-word']);
  });

  it('lints many drafts with one resolved config: overrides of each path, then `rules` on top (the CLI’s order)', () => {
    const dir = folder({
      '.soattinrc.json': JSON.stringify({ ...PINNED, overrides: [{ files: ['luu-tru/**'], rules: { spacing: 'off', 'repeated-word': 'info' } }] }),
    });
    const r = resolveConfig(dir, { rules: { 'repeated-word': 'error' } });
    if (!r.ok) throw new Error(r.error.message.en);
    const old = lintText(TWO_MISTAKES, { config: r.config, filePath: path.join(dir, 'luu-tru', 'cu.txt') });
    expect(old.messages.map((m) => [m.ruleId, m.severity])).toEqual([['repeated-word', 'error']]);
    const fresh = lintText(TWO_MISTAKES, { config: r.config, filePath: path.join(dir, 'moi.txt') });
    expect(fresh.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['spacing', 'warning'],
      ['repeated-word', 'error'],
    ]);
  });

  it('reads a changed config file again', () => {
    const dir = folder({ '.soattinrc.json': JSON.stringify(PINNED) });
    const filePath = path.join(dir, 'tin.txt');
    expect(lintText(TWO_MISTAKES, { filePath }).messages).toHaveLength(2);
    fs.writeFileSync(path.join(dir, '.soattinrc.json'), JSON.stringify({ rules: { ...PINNED.rules, spacing: 'off' } }));
    expect(lintText(TWO_MISTAKES, { filePath }).messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
  });

  it('turns an unusable config into one fatal message, in the caller’s language', () => {
    const dir = folder({ '.soattinrc.json': '{ "profile": ' });
    const r = lintText(TWO_MISTAKES, { filePath: path.join(dir, 'tin.txt'), locale: 'en' });
    expect(r.fatal).toBe(true);
    expect(r.errorCount).toBe(1);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: 'soattin', severity: 'error', line: 1, column: 1, fatal: true });
    expect(r.messages[0].message).toBe(`Config file ${path.join(dir, '.soattinrc.json')}:1:14 is not valid JSON: a value was expected`);
  });

  it('refuses what is not a draft or not a config of resolveConfig, with a TypeError', () => {
    expect(() => lintText(42 as unknown as string)).toThrow(new TypeError('soattin: lintText() expects the draft as a string'));
    const r = resolveConfig(undefined, { settings: PINNED });
    if (!r.ok) throw new Error(r.error.message.en);
    const copy = { ...r.config, profile: 'party' as const };
    expect(() => lintText(TWO_MISTAKES, { config: copy })).toThrow(new TypeError('soattin: `config` must be a configuration returned by resolveConfig()'));
  });
});

describe('fixText', () => {
  it('applies the safe fixes and reports what is left', () => {
    const r = fixText(TWO_MISTAKES, { settings: only(['spacing', 'repeated-word', 'required-byline']) });
    expect(r.output).toBe(TWO_MISTAKES_FIXED);
    expect(r.fixed).toBe(2);
    expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual([['required-byline', 3]]);
  });

  it('is idempotent and keeps a byte-order mark', () => {
    const once = fixText(`\uFEFF${TWO_MISTAKES}`, { settings: PINNED });
    expect(once.output).toBe(`\uFEFF${TWO_MISTAKES_FIXED}`);
    const twice = fixText(once.output, { settings: PINNED });
    expect(twice.output).toBe(once.output);
    expect(twice.fixed).toBe(0);
  });

  it('changes nothing when the config is unusable', () => {
    const r = fixText(TWO_MISTAKES, { settings: { rules: { spacing: 'loud' } } });
    expect(r.output).toBe(TWO_MISTAKES);
    expect(r.fixed).toBe(0);
    expect(r.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['soattin', true]]);
  });
});

describe('resolveConfig', () => {
  it('merges inline settings over the defaults', () => {
    const r = resolveConfig(undefined, { settings: { profile: 'party', words: ['Tân Hòa'] } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.profile).toBe('party');
    expect(r.config.toneStyle).toBe('auto');
    expect(r.config.words.has('Tân Hòa')).toBe(true);
    expect(r.config.configFile).toBeUndefined();
  });

  it('names the config file it read', () => {
    const dir = folder({ 'package.json': JSON.stringify({ name: 'toa-soan', soattin: { profile: 'press-lower' } }) });
    const r = resolveConfig(path.join(dir, 'tin', 'a.txt'));
    expect(r.ok && [r.config.profile, r.config.configFile]).toEqual(['press-lower', path.join(dir, 'package.json')]);
  });

  it('returns problems as values, with the key at fault, in both languages', () => {
    expect(resolveConfig(undefined, { settings: { profile: 'abc' } })).toEqual({
      ok: false,
      error: {
        file: 'settings',
        key: 'profile',
        message: {
          vi: 'Cấu hình settings: khóa “profile” phải là một trong: "gov", "party", "press-lower"',
          en: 'Config settings: key “profile” must be one of: "gov", "party", "press-lower"',
        },
      },
    });
  });

  it('reads the config file it is given instead of looking for one', () => {
    const dir = folder({ 'chung.json': JSON.stringify({ profile: 'party' }), 'tin/.soattinrc.json': JSON.stringify({ profile: 'gov' }) });
    const r = resolveConfig(path.join(dir, 'tin', 'a.txt'), { configFile: path.join(dir, 'chung.json') });
    expect(r.ok && r.config.profile).toBe('party');
  });
});
