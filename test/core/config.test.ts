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

  it('merges the nearest .soattinrc.json over the configs of the folders above it', () => {
    const dir = project({
      '.soattinrc.json': JSON.stringify({ profile: 'party', words: ['Tân Hòa'], rules: { spacing: 'error', 'repeated-word': 'info' } }),
      'tin/.soattinrc.json': JSON.stringify({ toneStyle: 'new', words: ['Hản'], rules: { spacing: 'off' } }),
      'tin/a.txt': 'x',
    });
    const r = resolveConfig(join(dir, 'tin/a.txt'));
    if (!r.ok) throw new Error('expected ok');
    // the parent's keys stay unless the nearer config sets them; rules merge per id; lists add up
    expect([r.config.profile, r.config.toneStyle, r.config.rules.spacing, r.config.rules['repeated-word']]).toEqual(['party', 'new', 'off', 'info']);
    expect([...r.config.words].sort()).toEqual(['Hản', 'Tân Hòa']);
    expect(r.config.configFile).toBe(join(dir, 'tin/.soattinrc.json'));
    expect(r.config.layers?.map((l) => l.file)).toEqual([join(dir, '.soattinrc.json'), join(dir, 'tin/.soattinrc.json')]);
  });

  it('stops climbing at a config that says "root": true', () => {
    const dir = project({
      '.soattinrc.json': JSON.stringify({ profile: 'party', words: ['Tân Hòa'] }),
      'tin/.soattinrc.json': JSON.stringify({ root: true, toneStyle: 'new' }),
      'tin/a.txt': 'x',
    });
    const r = resolveConfig(join(dir, 'tin/a.txt'));
    if (!r.ok) throw new Error('expected ok');
    expect([r.config.profile, r.config.toneStyle, [...r.config.words]]).toEqual(['gov', 'new', []]);
  });

  it('reads each layer\'s overrides and words from its own folder', () => {
    const dir = project({
      '.soattinrc.json': JSON.stringify({ overrides: [{ files: ['tin/nhap/*.txt'], rules: { spacing: 'off' } }] }),
      '.soattin/words.txt': 'Giồng Trôm\n',
      'tin/.soattinrc.json': JSON.stringify({ overrides: [{ files: ['nhap/*.txt'], rules: { 'repeated-word': 'off' } }] }),
      'tin/nhap/a.txt': 'x',
    });
    const r = resolveConfig(join(dir, 'tin/nhap/a.txt'));
    if (!r.ok) throw new Error('expected ok');
    expect([r.config.rules.spacing, r.config.rules['repeated-word']]).toEqual(['off', 'off']);
    expect([...r.config.words]).toEqual(['Giồng Trôm']);
  });

  it('reports a broken config in a folder above, naming that file', () => {
    const dir = project({ '.soattinrc.json': JSON.stringify({ profile: 'press' }), 'tin/.soattinrc.json': '{}', 'tin/a.txt': 'x' });
    const r = resolveConfig(join(dir, 'tin/a.txt'));
    expect(!r.ok && [r.error.file, r.error.key]).toEqual([join(dir, '.soattinrc.json'), 'profile']);
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
      expect(r.error.message.vi).toBe(`Cấu hình ${join(dir, '.soattinrc.json')}:1:12: khóa “profile” phải là một trong: "gov", "party", "press-lower"`);
      expect(r.error.message.en).toBe(`Config ${join(dir, '.soattinrc.json')}:1:12: key “profile” must be one of: "gov", "party", "press-lower"`);
    }
  });

  it('uses an explicit config file instead of discovery', () => {
    const dir = project({ '.soattinrc.json': JSON.stringify({ profile: 'party' }), 'other.json': JSON.stringify({ profile: 'press-lower' }), 'a.txt': 'x' });
    const r = resolveConfig(join(dir, 'a.txt'), join(dir, 'other.json'));
    expect(r.ok && r.config.profile).toBe('press-lower');
  });
});

describe('extends a package', () => {
  // a newsroom's config published as a package, written by the test into node_modules
  const NEWSROOM_PKG = {
    'node_modules/@toa-soan/soattin-config/package.json': JSON.stringify({ name: '@toa-soan/soattin-config', version: '1.0.0', main: 'config.jsonc' }),
    'node_modules/@toa-soan/soattin-config/config.jsonc': '{\n  // cấu hình chung\n  "profile": "party",\n  "dictionaries": ["tu-rieng.txt"],\n}\n',
    'node_modules/@toa-soan/soattin-config/tu-rieng.txt': 'Tân Hòa\n',
    'node_modules/@toa-soan/soattin-config/ban-the-thao.json': JSON.stringify({ extends: './config.jsonc', toneStyle: 'new' }),
  };

  it('reads the package\'s main JSONC, found from the config\'s folder up, its word lists from the package', () => {
    const dir = project({ ...NEWSROOM_PKG, 'tin/.soattinrc.json': JSON.stringify({ extends: '@toa-soan/soattin-config', rules: { spacing: 'off' } }), 'tin/a.txt': 'x' });
    const r = resolveConfig(join(dir, 'tin/a.txt'));
    if (!r.ok) throw new Error(r.error.message.en);
    expect([r.config.profile, r.config.rules.spacing, [...r.config.words]]).toEqual(['party', 'off', ['Tân Hòa']]);
  });

  it('reads soattin.json when main is not JSON, and a JSON file inside a package', () => {
    const dir = project({
      ...NEWSROOM_PKG,
      'node_modules/soattin-config-xyz/package.json': JSON.stringify({ name: 'soattin-config-xyz', main: 'index.js' }),
      'node_modules/soattin-config-xyz/index.js': 'throw new Error("never run")',
      'node_modules/soattin-config-xyz/soattin.json': JSON.stringify({ endMark: 'required' }),
      'a/.soattinrc.json': JSON.stringify({ extends: 'soattin-config-xyz' }),
      'a/x.txt': 'x',
      'b/.soattinrc.json': JSON.stringify({ extends: '@toa-soan/soattin-config/ban-the-thao.json' }),
      'b/x.txt': 'x',
    });
    const a = resolveConfig(join(dir, 'a/x.txt'));
    expect(a.ok && a.config.endMark).toBe('required');
    const b = resolveConfig(join(dir, 'b/x.txt'));
    expect(b.ok && [b.config.profile, b.config.toneStyle]).toEqual(['party', 'new']);
  });

  it('says which package is missing, or holds no config, in both languages', () => {
    const dir = project({
      'node_modules/soattin-config-js/package.json': JSON.stringify({ name: 'soattin-config-js', main: 'index.js' }),
      'a/.soattinrc.json': JSON.stringify({ extends: '@toa-soan/khong-co' }),
      'a/x.txt': 'x',
      'b/.soattinrc.json': JSON.stringify({ extends: 'soattin-config-js' }),
      'b/x.txt': 'x',
    });
    const rc = join(dir, 'a/.soattinrc.json');
    const a = resolveConfig(join(dir, 'a/x.txt'));
    if (a.ok) throw new Error('expected a missing package');
    expect(a.error.key).toBe('extends');
    expect(a.error.message.vi).toBe(`Cấu hình ${rc}:1:12: không tìm thấy gói “@toa-soan/khong-co” nêu trong “extends” (đã tìm trong node_modules từ ${join(dir, 'a')} trở lên); hãy cài gói này, ví dụ npm install @toa-soan/khong-co`);
    expect(a.error.message.en).toBe(`Config ${rc}:1:12: cannot find the package “@toa-soan/khong-co” named by “extends” (looked in node_modules from ${join(dir, 'a')} up); install it, e.g. npm install @toa-soan/khong-co`);
    const b = resolveConfig(join(dir, 'b/x.txt'));
    expect(!b.ok && b.error.message.en).toBe(
      `Config ${join(dir, 'b/.soattinrc.json')}:1:12: the package “soattin-config-js” (${join(dir, 'node_modules/soattin-config-js')}) holds no Soát Tin config: the “main” of its package.json must name a .json file, or the package must hold a soattin.json file`,
    );
  });

  it('reports a loop through a package', () => {
    const dir = project({
      'node_modules/vong/package.json': JSON.stringify({ name: 'vong', main: 'soattin.json' }),
      'node_modules/vong/soattin.json': JSON.stringify({ extends: '../../.soattinrc.json' }),
      '.soattinrc.json': JSON.stringify({ extends: 'vong' }),
      'x.txt': 'x',
    });
    const r = resolveConfig(join(dir, 'x.txt'));
    const rc = join(dir, '.soattinrc.json');
    expect(!r.ok && r.error.message.en).toBe(`Config ${join(dir, 'node_modules/vong/soattin.json')}:1:12: “extends” makes a loop (${rc} → ${join(dir, 'node_modules/vong/soattin.json')} → ${rc})`);
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
