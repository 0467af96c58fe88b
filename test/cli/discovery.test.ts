import { beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { ensureBuilt, folder, only, PINNED, soattin } from './helpers.js';
import { CLEAN, WARNINGS_ONLY } from './fixtures.js';
import { IgnoreRules } from '../../server/src/core/ignore.js';
import { unifiedDiff } from '../../server/src/cli/diff.js';

beforeAll(ensureBuilt, 120_000);

const files = (stdout: string): string[] => JSON.parse(stdout).map((f: { filePath: string }) => f.filePath);

describe('finding drafts', () => {
  it('recurses into folders, keeps .txt and .md, skips node_modules, .git and dot-folders', () => {
    const dir = folder({
      '.soattinrc.json': only(PINNED),
      'tin/a.txt': CLEAN,
      'tin/2024/b.md': '# Tin\n\nMột hai.\n',
      'tin/2024/c.markdown': CLEAN,
      'tin/anh.png': 'x',
      'tin/ghi-chu.doc': 'x', // old binary Word: not read (.docx is: test/cli/docx.test.ts)
      'node_modules/pkg/readme.md': WARNINGS_ONLY,
      '.git/notes.txt': WARNINGS_ONLY,
      '.cache/old.txt': WARNINGS_ONLY,
    });
    const r = soattin(['.', '--format', 'json'], { cwd: dir });
    expect(files(r.stdout)).toEqual(['tin/2024/b.md', 'tin/2024/c.markdown', 'tin/a.txt']);
    expect(soattin([], { cwd: dir, env: {} }).code).toBe(0); // no path means the current folder
  });

  it('expands globs and removes duplicates, keeping the order of the arguments', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a/x.txt': CLEAN, 'a/y.md': CLEAN, 'b/z.txt': CLEAN });
    const r = soattin(['b/z.txt', 'a/*.txt', '**/*.txt', '--format', 'json'], { cwd: dir });
    expect(files(r.stdout)).toEqual(['b/z.txt', 'a/x.txt']);
  });

  it('honours .soattinignore (gitignore-like) in the working folder; explicit files are always linted', () => {
    const dir = folder({
      '.soattinrc.json': only(PINNED),
      '.soattinignore': '# bản nháp cũ\nluu-tru/\n*.nhap.txt\n!giu.nhap.txt\n/goc.txt\n',
      'luu-tru/cu.txt': WARNINGS_ONLY,
      'tin/a.nhap.txt': WARNINGS_ONLY,
      'tin/giu.nhap.txt': CLEAN,
      'tin/goc.txt': CLEAN,
      'goc.txt': WARNINGS_ONLY,
      'tin/b.txt': CLEAN,
    });
    expect(files(soattin(['.', '--format', 'json'], { cwd: dir }).stdout)).toEqual(['tin/b.txt', 'tin/giu.nhap.txt', 'tin/goc.txt']);
    expect(files(soattin(['luu-tru/cu.txt', '--format', 'json'], { cwd: dir }).stdout)).toEqual(['luu-tru/cu.txt']);
    expect(files(soattin(['.', '--no-ignore', '--format', 'json'], { cwd: dir }).stdout)).toHaveLength(6);
    // a folder whose drafts are all ignored matched nothing
    expect(soattin(['luu-tru'], { cwd: dir }).code).toBe(2);
  });

  it('applies the config\'s ignore globs relative to the config file, and its folder\'s .soattinignore', () => {
    const dir = folder({
      'du-an/.soattinrc.json': only(PINNED, { ignore: ['ban-nhap/**'] }),
      'du-an/.soattinignore': 'rieng.txt\n',
      'du-an/ban-nhap/x.txt': WARNINGS_ONLY,
      'du-an/tin/ban-nhap/y.txt': CLEAN,
      'du-an/tin/rieng.txt': WARNINGS_ONLY,
      'du-an/tin/a.txt': CLEAN,
    });
    const r = soattin(['du-an', '--format', 'json'], { cwd: dir });
    expect(files(r.stdout)).toEqual(['du-an/tin/a.txt', 'du-an/tin/ban-nhap/y.txt']);
    // from inside the project the same files are chosen
    expect(files(soattin(['--format', 'json'], { cwd: path.join(dir, 'du-an') }).stdout)).toEqual(['tin/a.txt', 'tin/ban-nhap/y.txt']);
  });

  it('uses each draft\'s nearest config', () => {
    const dir = folder({
      '.soattinrc.json': only(PINNED),
      'a/tin.txt': WARNINGS_ONLY,
      'b/.soattinrc.json': only(PINNED, { rules: { spacing: 'error' } }),
      'b/tin.txt': WARNINGS_ONLY,
    });
    const r = soattin(['.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { messages: Array<{ severity: string }> }) => f.messages[0].severity)).toEqual(['warning', 'error']);
    expect(r.code).toBe(1);
  });

  it('merges a folder\'s config over the configs above it, each with its own ignore globs; "root": true stops the climb', () => {
    const dir = folder({
      '.soattinrc.json': only(PINNED, { ignore: ['ban-a/cu/'] }),
      'ban-a/.soattinrc.json': JSON.stringify({ rules: { spacing: 'error' } }),
      'ban-a/tin.txt': WARNINGS_ONLY,
      'ban-a/cu/tin.txt': WARNINGS_ONLY,
      'ban-b/.soattinrc.json': JSON.stringify({ root: true, rules: { spacing: 'off' } }),
      'ban-b/tin.txt': WARNINGS_ONLY,
    });
    const r = soattin(['ban-a', '--format', 'json'], { cwd: dir });
    // ban-a keeps the top config's rule list (only the pinned rules) and its ignore globs
    expect(JSON.parse(r.stdout).map((f: { filePath: string; messages: Array<{ ruleId: string; severity: string }> }) => [f.filePath, f.messages.map((m) => `${m.ruleId}:${m.severity}`)])).toEqual([['ban-a/tin.txt', ['spacing:error']]]);
    expect(r.code).toBe(1);
    const a = JSON.parse(soattin(['--print-config', 'ban-a/tin.txt'], { cwd: dir }).stdout);
    expect([a.configFiles, a.rules.spacing, a.rules['end-mark'], a.ignore]).toEqual([['.soattinrc.json', 'ban-a/.soattinrc.json'], 'error', 'off', ['ban-a/cu/']]);
    // ban-b starts from the defaults: the top config's "off" for end-mark does not reach it
    const b = JSON.parse(soattin(['--print-config', 'ban-b/tin.txt'], { cwd: dir }).stdout);
    expect([b.configFiles, b.rules.spacing]).toEqual([['ban-b/.soattinrc.json'], 'off']);
    expect(b.rules['end-mark']).not.toBe('off');
  });

  it('lints many drafts on worker threads with results in input order, the same as one by one', () => {
    const drafts: Record<string, string> = { '.soattinrc.json': only(PINNED) };
    for (let i = 0; i < 14; i++) drafts[`tin-${String(i).padStart(2, '0')}.txt`] = i % 3 ? CLEAN : WARNINGS_ONLY.replace('nay', `nay lần ${i}`);
    const dir = folder(drafts);
    const batch = JSON.parse(soattin(['.', '--format', 'json'], { cwd: dir }).stdout);
    expect(batch.map((f: { filePath: string }) => f.filePath)).toEqual(Object.keys(drafts).slice(1));
    const single = JSON.parse(soattin(['tin-03.txt', '--format', 'json'], { cwd: dir }).stdout);
    expect(batch[3]).toEqual(single[0]);
    expect(batch.reduce((a: number, f: { warningCount: number }) => a + f.warningCount, 0)).toBe(5);
  });
});

describe('ignore patterns', () => {
  const rules = new IgnoreRules(['# c', 'tmp/', '*.bak.txt', '!keep.bak.txt', '/root.txt', 'a/b/*.md'], '/p');
  it.each([
    ['/p/tmp/x.txt', true],
    ['/p/deep/tmp/x.txt', true],
    ['/p/x.bak.txt', true],
    ['/p/d/keep.bak.txt', false],
    ['/p/root.txt', true],
    ['/p/d/root.txt', false],
    ['/p/a/b/c.md', true],
    ['/p/x/a/b/c.md', false],
    ['/elsewhere/tmp/x.txt', false],
  ])('%s → %s', (file, ignored) => {
    expect(rules.ignores(file)).toBe(ignored);
  });
});

describe('unified diff', () => {
  it('shows changed lines with three lines of context and marks a missing final newline', () => {
    const a = 'm1\nm2\nm3\nm4\nm5\nm6\nm7\nm8\nm9';
    const b = 'm1\nm2\nm3\nm4\nM5\nm6\nm7\nm8\nM9';
    expect(unifiedDiff(a, b, 'x.txt')).toBe(
      ['--- a/x.txt', '+++ b/x.txt', '@@ -2,8 +2,8 @@', ' m2', ' m3', ' m4', '-m5', '+M5', ' m6', ' m7', ' m8', '-m9', '\\ No newline at end of file', '+M9', '\\ No newline at end of file', ''].join('\n'),
    );
    expect(unifiedDiff(a, a, 'x.txt')).toBe('');
  });
});
