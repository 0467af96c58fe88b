import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig, clearConfigCache, validateConfig } from '../../server/src/library.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'soattin-cfg-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

beforeEach(() => clearConfigCache());

describe('resolveConfig', () => {
  it('uses the defaults when no config file exists', () => {
    const dir = project({ 'tin/a.txt': 'x' });
    const r = resolveConfig(join(dir, 'tin/a.txt'));
    expect(r.ok && r.config.profile).toBe('gov');
    expect(r.ok && r.config.configFile).toBeUndefined();
  });

  it('finds the nearest .soattinrc.json walking up and merges it over the defaults', () => {
    const dir = project({
      '.soattinrc.json': JSON.stringify({ profile: 'party' }),
      'tin/.soattinrc.json': JSON.stringify({ toneStyle: 'new', rules: { spacing: 'off' } }),
      'tin/a.txt': 'x',
    });
    const r = resolveConfig(join(dir, 'tin/a.txt'));
    if (!r.ok) throw new Error('expected ok');
    // the nearest file wins (no cascade), as in unified-engine
    expect(r.config.profile).toBe('gov');
    expect(r.config.toneStyle).toBe('new');
    expect(r.config.rules.spacing).toBe('off');
    expect(r.config.configFile).toBe(join(dir, 'tin/.soattinrc.json'));
  });

  it('reads the soattin field of package.json', () => {
    const dir = project({ 'package.json': JSON.stringify({ name: 'x', soattin: { endMark: 'required' } }), 'a.txt': 'x' });
    const r = resolveConfig(join(dir, 'a.txt'));
    expect(r.ok && r.config.endMark).toBe('required');
  });

  it('loads project words from the default .soattin/words.txt and from listed files', () => {
    const dir = project({
      '.soattinrc.json': JSON.stringify({ words: ['Hản'], dictionaries: ['tu-rieng.txt', '.soattin/words.txt'] }),
      'tu-rieng.txt': '# tên riêng\nThạnh Phú\n',
      '.soattin/words.txt': 'Giồng Trôm\n',
      'a.txt': 'x',
    });
    const r = resolveConfig(join(dir, 'a.txt'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect([...r.config.words].sort()).toEqual(['Giồng Trôm', 'Hản', 'Thạnh Phú']);
  });

  it('reports a missing word-list file with the key to blame', () => {
    const dir = project({ '.soattinrc.json': JSON.stringify({ dictionaries: ['khong-co.txt'] }), 'a.txt': 'x' });
    const r = resolveConfig(join(dir, 'a.txt'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.key).toBe('dictionaries');
  });

  it('reports JSON syntax errors with the file name, never throws', () => {
    const dir = project({ '.soattinrc.json': '{ "profile": "gov" "genre": "none" }', 'a.txt': 'x' });
    const r = resolveConfig(join(dir, 'a.txt'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.file).toBe(join(dir, '.soattinrc.json'));
      expect(r.error.message.vi).toBe(`Tệp cấu hình ${join(dir, '.soattinrc.json')}:1:20 không phải JSON hợp lệ: thiếu dấu phẩy “,”`);
    }
  });

  it('names the key and the expected values of an invalid setting', () => {
    const dir = project({ '.soattinrc.json': JSON.stringify({ profile: 'press' }), 'a.txt': 'x' });
    const r = resolveConfig(join(dir, 'a.txt'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.key).toBe('profile');
      expect(r.error.message.vi).toBe(`Cấu hình ${join(dir, '.soattinrc.json')}: khóa “profile” phải là một trong: "gov", "party", "press-lower"`);
      expect(r.error.message.en).toBe(`Config ${join(dir, '.soattinrc.json')}: key “profile” must be one of: "gov", "party", "press-lower"`);
    }
  });

  it('uses an explicit config file instead of discovery', () => {
    const dir = project({ '.soattinrc.json': JSON.stringify({ profile: 'party' }), 'other.json': JSON.stringify({ profile: 'press-lower' }), 'a.txt': 'x' });
    const r = resolveConfig(join(dir, 'a.txt'), join(dir, 'other.json'));
    expect(r.ok && r.config.profile).toBe('press-lower');
  });
});

describe('validateConfig', () => {
  it('accepts severities and [severity, options] per rule', () => {
    expect(validateConfig({ rules: { spacing: 'error', 'repeated-word': ['warning', {}] } })).toEqual([]);
  });
  it('rejects an unknown rule id and an unknown key', () => {
    const problems = validateConfig({ rules: { 'no-such-rule': 'off' }, colour: 'red' });
    expect(problems.map((p) => p.key).sort()).toEqual(['colour', 'rules.no-such-rule']);
    expect(problems.find((p) => p.key === 'rules.no-such-rule')?.problem.vi).toBe('không phải mã quy tắc nào của Soát Tin');
  });
  it('rejects a bad severity with the accepted forms', () => {
    const [p] = validateConfig({ rules: { spacing: 'warnig' } });
    expect(p.key).toBe('rules.spacing');
    expect(p.problem.en).toBe('must be "off" | "info" | "warning" | "error" or [severity, { options }]; did you mean “warning”?');
  });
});
