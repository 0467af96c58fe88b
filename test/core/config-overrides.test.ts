import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearConfigCache, lint, resolveConfig, validateConfig, type ResolvedConfig } from '../../server/src/library.js';

function workspace(rc: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-ov-'));
  fs.writeFileSync(path.join(dir, '.soattinrc.json'), JSON.stringify(rc));
  fs.mkdirSync(path.join(dir, 'tin'));
  return dir;
}

function configFor(file: string): ResolvedConfig {
  const r = resolveConfig(file);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.config;
}

const ids = (text: string, config: ResolvedConfig): string[] => lint(text, config, { only: ['repeated-word'] }).findings.map((f) => text.slice(f.start, f.end));

beforeEach(() => clearConfigCache());

describe('overrides in .soattinrc.json', () => {
  it('turns a rule off only for the drafts its globs match', () => {
    const dir = workspace({ overrides: [{ files: ['tin/a.txt'], rules: { 'repeated-word': 'off' } }] });
    const text = 'trao chứng chứng nhận\n';
    expect(ids(text, configFor(path.join(dir, 'tin/a.txt')))).toEqual([]);
    expect(ids(text, configFor(path.join(dir, 'tin/b.txt')))).toEqual(['chứng chứng']);
  });

  it('matches globs relative to the config file, dot files included', () => {
    const dir = workspace({ overrides: [{ files: ['tin/**/*.txt'], rules: { 'repeated-word': 'off' } }] });
    expect(ids('tại tại\n', configFor(path.join(dir, 'tin/2024/.nhap.txt')))).toEqual([]);
    expect(ids('tại tại\n', configFor(path.join(dir, 'khac.txt')))).toEqual(['tại tại']);
  });

  it('drops ignored findings with the same rule and the same original text only', () => {
    const dir = workspace({ overrides: [{ files: ['tin/a.txt'], ignore: [{ rule: 'repeated-word', text: 'tại tại' }] }] });
    const config = configFor(path.join(dir, 'tin/a.txt'));
    expect(ids('tại tại Hà Nội, vào vào hôm qua\n', config)).toEqual(['vào vào']);
  });

  it('compares ignored text in NFC, so a decomposed draft is silenced too', () => {
    const dir = workspace({ overrides: [{ files: ['tin/a.txt'], ignore: [{ rule: 'repeated-word', text: 'chứng chứng' }] }] });
    expect(ids('trao chứng chứng nhận\n'.normalize('NFD'), configFor(path.join(dir, 'tin/a.txt')))).toEqual([]);
  });

  it('later overrides win, and the folder config itself stays untouched', () => {
    const dir = workspace({
      rules: { 'repeated-word': 'error' },
      overrides: [
        { files: ['tin/*.txt'], rules: { 'repeated-word': 'off' } },
        { files: ['tin/a.txt'], rules: { 'repeated-word': 'info' } },
      ],
    });
    expect(configFor(path.join(dir, 'tin/a.txt')).rules['repeated-word']).toBe('info');
    expect(configFor(path.join(dir, 'tin/b.txt')).rules['repeated-word']).toBe('off');
    expect(configFor(path.join(dir, 'tin')).rules['repeated-word']).toBe('error');
  });

  it('records the keys the file set, for editor settings that only fill the rest', () => {
    const dir = workspace({ profile: 'party' });
    expect(configFor(path.join(dir, 'tin/a.txt')).setKeys).toEqual(['profile']);
  });
});

describe('validation of overrides', () => {
  it('names the key of a bad override', () => {
    expect(validateConfig({ overrides: [{ rules: {} }] })[0].key).toBe('overrides.0');
    expect(validateConfig({ overrides: [{ files: ['a.txt'], rules: { 'no-such-rule': 'off' } }] })).toEqual([
      { key: 'overrides.0.rules.no-such-rule', path: ['overrides', '0', 'rules', 'no-such-rule'], onKey: true, problem: { vi: 'không phải mã quy tắc nào của Soát Tin', en: 'is not a Soát Tin rule id' } },
    ]);
    expect(validateConfig({ overrides: [{ files: ['a.txt'], ignore: [{ rule: 'spelling' }] }] })[0].key).toBe('overrides.0.ignore.0');
  });
});
