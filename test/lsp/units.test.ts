/** The pure pieces of the server: edits, diagnostic data, quick fixes, project files. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { rules } from '../../server/src/rules/index.js';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../../server/src/core/fix.js';
import type { Finding } from '../../server/src/core/types.js';
import { minimalEdits } from '../../server/src/lsp/minimal-edits.js';
import { toDiagnostic } from '../../server/src/lsp/diagnostics.js';
import { quickFixes } from '../../server/src/lsp/code-actions.js';
import { addWord, editOverride, disableRuleIn, markdownDisableEdit } from '../../server/src/lsp/project-files.js';
import { sanitiseSettings } from '../../server/src/lsp/settings.js';
import { lint } from '../../server/src/library.js';
import { defaultConfig } from '../../server/src/core/config/defaults.js';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-unit-'));

describe('minimalEdits', () => {
  const roundTrip = (a: string, b: string) => {
    const edits = minimalEdits(a, b);
    expect(applyEdits(a, edits)).toBe(b);
    return edits;
  };
  it('edits only the characters that differ, line by line', () => {
    expect(roundTrip('một\nhai  ba\nbốn\n', 'một\nhai ba\nbốn\n')).toEqual([{ start: 8, end: 9, text: '' }]);
    expect(roundTrip('a , b\nc\nd ,e\n', 'a, b\nc\nd, e\n')).toHaveLength(2);
  });
  it('handles removed lines, CRLF and astral characters', () => {
    roundTrip('x\r\nChia sẻ\r\ny\r\n', 'x\r\ny\r\n');
    roundTrip('a 😀😀 b', 'a 😀 b');
    expect(minimalEdits('same', 'same')).toEqual([]);
  });
});

const doc = (text: string): TextDocument => TextDocument.create('untitled:x', 'plaintext', 1, text);

describe('diagnostic data and quick fixes', () => {
  const text = 'Ông hoà và ông hòa, ông hòa.\n';
  const finding: Finding = {
    ruleId: 'tone-mark-style',
    severity: 'warning',
    start: 4,
    end: 8,
    messageId: 'nope',
    args: {},
    suggestions: [
      { messageId: 'x', edits: [{ start: 4, end: 8, text: 'hòa' }] },
      { messageId: 'x', edits: [{ start: 4, end: 8, text: 'hòa' }], scope: 'all' },
      { messageId: 'x', edits: [{ start: 29, end: 29, text: '${1:Tên tác giả}' }], snippet: true },
    ],
  };

  it('titles “every occurrence” suggestions by their own message only, and keeps snippets as client commands', () => {
    const d = toDiagnostic(doc(text), text, finding, 'vi', false, 'text');
    const titles = (d.data as { suggestions: Array<{ title: string }> }).suggestions.map((s) => s.title);
    // the rule's message says “mọi chỗ trong bài (3 chỗ)” itself: nothing is appended to it
    expect(titles[1]).toBe(titles[0]);
    expect(titles[1]).not.toMatch(/mọi chỗ trong bản thảo/);
    const actions = quickFixes(doc(text), d, 'vi', { uri: 'untitled:x', version: 1, documentChanges: false });
    const snippet = actions.find((a) => a.command)!;
    expect(snippet.command).toMatchObject({
      command: 'soattin.insertSnippet',
      arguments: ['untitled:x', { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, '${1:Tên tác giả}'],
    });
    // two edit suggestions: none is preferred
    expect(actions.filter((a) => a.isPreferred)).toEqual([]);
  });

  it('every “every occurrence” suggestion of a rule says so once, in both languages', () => {
    for (const rule of rules) {
      for (const [id, m] of Object.entries(rule.meta.messages)) {
        if (!/mọi chỗ/.test(m.vi)) continue;
        expect(m.vi.match(/mọi chỗ/g), `${rule.meta.id}.${id}`).toHaveLength(1);
        expect(m.en, `${rule.meta.id}.${id}`).toMatch(/every/);
      }
    }
  });

  it('offers a misspelling’s replacements with their titles and ranges, though its data leaves out what quickFixes can rebuild', () => {
    const typo = 'Huấn luyện tại huáyện nhà.\n';
    const spelt: Finding = {
      ruleId: 'spelling',
      severity: 'warning',
      start: 15,
      end: 21,
      messageId: 'unknownSuggest',
      args: { word: 'huáyện', suggestion: 'huyện' },
      suggestions: [
        { messageId: 'replace', args: { replacement: 'huyện' }, edits: [{ start: 15, end: 21, text: 'huyện' }] },
        { messageId: 'replace', args: { replacement: 'huá yện' }, edits: [{ start: 18, end: 18, text: ' ' }] },
      ],
    };
    const d = toDiagnostic(doc(typo), typo, spelt, 'vi', false, 'text');
    expect((d.data as { suggestions: unknown[] }).suggestions[0]).toBe('huyện');
    const actions = quickFixes(doc(typo), d, 'vi', { uri: 'untitled:x', version: 1, documentChanges: false });
    const fixes = actions.filter((a) => a.edit).slice(0, 2);
    expect(fixes.map((a) => [a.title, a.edit!.changes!['untitled:x']])).toEqual([
      ['Sửa thành “huyện”', [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 21 } }, newText: 'huyện' }]],
      ['Sửa thành “huá yện”', [{ range: { start: { line: 0, character: 18 }, end: { line: 0, character: 18 } }, newText: ' ' }]],
    ]);
  });

  it('ignores diagnostics of other tools', () => {
    const d = toDiagnostic(doc(text), text, finding, 'vi', false, 'text');
    expect(quickFixes(doc(text), { ...d, source: 'cSpell' }, 'vi', { uri: 'untitled:x', version: 1, documentChanges: false })).toEqual([]);
  });
});

describe('markdownDisableEdit', () => {
  const apply = (text: string, rule: string): string => {
    const e = markdownDisableEdit(text, rule);
    return e ? applyEdits(text, [e]) : text;
  };
  it('adds a comment at the top, or extends the one already there', () => {
    expect(apply('# Tin\n', 'spelling')).toBe('<!-- soattin-disable spelling -->\n\n# Tin\n');
    expect(apply('<!-- soattin-disable spelling -->\n\n# Tin\n', 'spacing')).toBe('<!-- soattin-disable spelling spacing -->\n\n# Tin\n');
    expect(markdownDisableEdit('<!-- soattin-disable spelling -->\n# Tin\n', 'spelling')).toBeUndefined();
    expect(markdownDisableEdit('<!-- soattin-disable -->\n# Tin\n', 'spelling')).toBeUndefined();
  });
  it('keeps a BOM and CRLF line ends', () => {
    expect(apply('\uFEFF# Tin\r\n', 'spacing')).toBe('\uFEFF<!-- soattin-disable spacing -->\r\n\r\n# Tin\r\n');
  });
});

describe('project files', () => {
  it('addWord appends once, after a missing final newline', () => {
    const file = path.join(tmp(), '.soattin', 'words.txt');
    expect(addWord(file, 'Hản')).toEqual({ ok: true, file, changed: true });
    fs.writeFileSync(file, 'Hản\nBia');
    expect(addWord(file, 'Chăm')).toMatchObject({ changed: true });
    expect(addWord(file, 'Cha\u0306m')).toMatchObject({ changed: false }); // NFD of the same word
    expect(fs.readFileSync(file, 'utf8')).toBe('Hản\nBia\nChăm\n');
  });

  it('editOverride edits the soattin field of a package.json and keeps its other keys', () => {
    const dir = tmp();
    const pkg = path.join(dir, 'package.json');
    fs.writeFileSync(pkg, JSON.stringify({ name: 'tin', soattin: { profile: 'party' } }, null, '\t'));
    expect(editOverride(pkg, path.join(dir, 'tin', 'a.txt'), (o) => disableRuleIn(o, 'spelling'))).toMatchObject({ ok: true, changed: true });
    expect(fs.readFileSync(pkg, 'utf8')).toBe(
      JSON.stringify({ name: 'tin', soattin: { profile: 'party', overrides: [{ files: ['tin/a.txt'], rules: { spelling: 'off' } }] } }, null, '\t') + '\n',
    );
    expect(editOverride(pkg, path.join(dir, 'tin', 'a.txt'), (o) => disableRuleIn(o, 'spelling'))).toMatchObject({ changed: false });
  });

  it('never overwrites a config that is not valid JSON', () => {
    const rc = path.join(tmp(), '.soattinrc.json');
    fs.writeFileSync(rc, '{ "profile": ');
    const r = editOverride(rc, path.join(path.dirname(rc), 'a.txt'), (o) => disableRuleIn(o, 'spelling'));
    expect(r.ok).toBe(false);
    expect(fs.readFileSync(rc, 'utf8')).toBe('{ "profile": ');
  });
});

describe('settings', () => {
  it('turns whatever the client sends into valid settings', () => {
    expect(sanitiseSettings(null)).toEqual({ enable: true, locale: 'auto', run: 'onType', debounceMs: 300, fixOnSave: 'safe', profile: undefined, configPath: undefined, author: undefined });
    expect(sanitiseSettings({ fixOnSave: 'all' }).fixOnSave).toBe('all');
    expect(sanitiseSettings({ fixOnSave: 'everything' }).fixOnSave).toBe('safe');
    expect(sanitiseSettings({ enable: false, locale: 'vi', profile: 'party', run: 'onSave', debounceMs: -5, author: '  P. Tuyết ' })).toMatchObject({
      enable: false,
      locale: 'vi',
      profile: 'party',
      run: 'onSave',
      debounceMs: 0,
      author: 'P. Tuyết',
    });
    expect(sanitiseSettings({ profile: 'ministry', locale: 'fr', debounceMs: 'x' })).toMatchObject({ profile: undefined, locale: 'auto', debounceMs: 300 });
  });
});

describe('fixAllText', () => {
  it('gives exactly the CLI fixer output, with or without the findings already known', async () => {
    const { fixText, defaultConfig, lint } = await import('../../server/src/library.js');
    const { fixAllText } = await import('../../server/src/lsp/fix-all.js');
    const seed = fs.readFileSync(new URL('../fixtures/seeds/004_6ff4995a71d100fd.txt', import.meta.url), 'utf8');
    const texts = [seed, 'Sáng 5-9 , hội nghị  được tổ chức tại tại Hà Nội .\nÔng nói: “tại tại”.\n', 'Không có lỗi.\n'];
    const config = defaultConfig();
    for (const text of texts) {
      const expected = fixText(text, config).output;
      expect(fixAllText(text, config, {})).toBe(expected);
      expect(fixAllText(text, config, {}, lint(text, config).findings)).toBe(expected);
    }
  });
});

describe('fixAll edits', () => {
  it('keeps two fixes on one line as two edits when one pass fixed everything', async () => {
    const { defaultConfig, applyEdits: apply } = await import('../../server/src/core/index.js');
    const { fixAll } = await import('../../server/src/lsp/fix-all.js');
    const text = 'Hội nghị  diễn ra tại tại Hà Nội.\n';
    const r = fixAll(text, defaultConfig(), { only: ['spacing', 'repeated-word'] });
    expect(r.exactEdits).toHaveLength(2);
    expect(apply(text, r.exactEdits!)).toBe(r.output);
    expect(r.output).toBe('Hội nghị diễn ra tại Hà Nội.\n');
  });
});

describe('override globs written for a draft', () => {
  it('match a file name with glob characters, and only it', async () => {
    const { compileGlob } = await import('../../server/src/core/glob.js');
    const { globEscape } = await import('../../server/src/lsp/project-files.js');
    const name = 'tin/[nháp] Tin (2) *mới*.txt';
    const glob = globEscape(name);
    expect(compileGlob(glob)(name)).toBe(true);
    expect(compileGlob(glob)('tin/n Tin 2 mới.txt')).toBe(false);
    expect(compileGlob(globEscape('tin/{a,b}.txt'))('tin/{a,b}.txt')).toBe(true);
    expect(globEscape('tin/a.txt')).toBe('tin/a.txt');
  });
});

describe('spelling quick fixes fall back to nspell only when asked', () => {
  it('offers nspell suggestions for a word the ranked index had none for', () => {
    const text = 'Tin ngắn\n\nLớp học huấnng luyện cho cán bộ.';
    const start = text.indexOf('huấnng');
    const found = lint(text, defaultConfig(), { only: ['spelling'] }).findings;
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['huấnng']);
    expect(found[0].suggestions ?? []).toEqual([]);
    const d = toDiagnostic(doc(text), text, found[0], 'vi', false, 'text');
    const actions = quickFixes(doc(text), d, 'vi', { uri: 'untitled:x', version: 1, documentChanges: false });
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Sửa thành “huấn”');
    const huan = actions.find((a) => a.title === 'Sửa thành “huấn”')!;
    expect(huan.edit?.changes?.['untitled:x']).toEqual([
      { range: { start: { line: 2, character: start - text.indexOf('Lớp') }, end: { line: 2, character: start - text.indexOf('Lớp') + 'huấnng'.length } }, newText: 'huấn' },
    ]);
  });
});
