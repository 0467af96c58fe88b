/**
 * Config files as a newsroom writes them: JSONC (comments, trailing commas), every problem
 * reported at once with line:column for syntax errors, "did you mean …?" for a slip in a rule
 * id, a key or a value, and `warn` accepted for `warning`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearConfigCache, lint, resolveConfig, validateConfig } from '../../server/src/library.js';
import { didYouMean, editDistance } from '../../server/src/core/did-you-mean.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'soattin-cfgfile-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function failure(files: Record<string, string>) {
  const dir = project({ ...files, 'a.txt': 'x' });
  const r = resolveConfig(join(dir, 'a.txt'));
  if (r.ok) throw new Error('expected the config to be refused');
  return { dir, rc: join(dir, '.soattinrc.json'), error: r.error };
}

beforeEach(() => clearConfigCache());

describe('JSONC config files', () => {
  it('accepts comments and trailing commas', () => {
    const dir = project({
      '.soattinrc.json': '// báo cáo của ban\n{\n  /* hồ sơ */ "profile": "party",\n  "rules": { "spacing": "error", },\n}\n',
      'a.txt': 'x',
    });
    const r = resolveConfig(join(dir, 'a.txt'));
    expect(r.ok && [r.config.profile, r.config.rules.spacing]).toEqual(['party', 'error']);
  });

  it('reports every syntax error at its line:column, in both languages', () => {
    const { rc, error } = failure({ '.soattinrc.json': '{\n  "profile": gov,\n  "genre": "none"\n  "toneStyle": "old"\n}\n' });
    expect(error.message.vi).toBe(
      `Tệp cấu hình ${rc}:2:14 không phải JSON hợp lệ: ký tự không được phép ở đây (chuỗi phải nằm trong ngoặc kép "…")\n` +
        `Tệp cấu hình ${rc}:4:3 không phải JSON hợp lệ: thiếu dấu phẩy “,”`,
    );
    expect(error.message.en).toBe(
      `Config file ${rc}:2:14 is not valid JSON: a character that is not allowed here (strings go in double quotes "…")\n` +
        `Config file ${rc}:4:3 is not valid JSON: a comma “,” was expected`,
    );
    expect([error.line, error.column, error.problems?.length]).toEqual([2, 14, 2]);
  });

  it('says what is missing at the end of a cut-off file', () => {
    const { rc, error } = failure({ '.soattinrc.json': '{\n  "profile": "gov",\n  "words": ["Tân Hòa"\n' });
    expect(error.message.en).toBe(`Config file ${rc}:4:1 is not valid JSON: a closing “]” was expected`);
  });
});

describe('every problem of a config, with “did you mean”', () => {
  it('lists each problem on its own line, not only the first', () => {
    const { rc, error } = failure({ '.soattinrc.json': JSON.stringify({ profile: 'nhà nước', rules: { spacing: 'loud' }, colour: 'red' }, null, 2) });
    expect(error.message.vi.split('\n')).toEqual([
      `Cấu hình ${rc}:6:3: khóa “colour” không được hỗ trợ (khóa lạ “colour”)`,
      `Cấu hình ${rc}:2:14: khóa “profile” phải là một trong: "gov", "party", "press-lower"`,
      `Cấu hình ${rc}:4:16: khóa “rules.spacing” phải là "off" | "info" | "warning" | "error" hoặc [mức, {tùy chọn}]`,
    ]);
    expect([error.key, error.line, error.column]).toEqual(['colour', 6, 3]);
    expect(error.problems?.map((p) => [p.key, p.line, p.column])).toEqual([
      ['colour', 6, 3],
      ['profile', 2, 14],
      ['rules.spacing', 4, 16],
    ]);
  });

  it('points at the value of a bad rule option, in JSONC and in the soattin field of package.json', () => {
    const rc = failure({ '.soattinrc.json': '{\n  // ban biên tập\n  "rules": {\n    "spacing": ["error", { "nonsense": true }],\n  },\n}\n' });
    expect(rc.error.message.en).toBe(`Config ${rc.rc}:4:28: key “rules.spacing.1.nonsense” is not supported (unknown key “nonsense”)`);
    const { dir, error } = failure({ 'package.json': '{\n  "name": "toa-soan",\n  "soattin": {\n    "maxFindings": 0\n  }\n}\n' });
    expect(error.message.en).toBe(`Config ${join(dir, 'package.json')}:4:20: key “maxFindings” must be 1 or more`);
  });

  it('points at a word list that cannot be read and at an extends that goes nowhere', () => {
    const words = failure({ '.soattinrc.json': '{\n  "dictionaries": [\n    "tu.txt",\n    "khong-co.txt"\n  ]\n}\n', 'tu.txt': 'Hản\n' });
    expect(words.error.message.en).toBe(`Cannot read khong-co.txt (listed in ${words.rc}:4:5): no such file`);
    expect([words.error.line, words.error.column]).toEqual([4, 5]);
    const ext = failure({ '.soattinrc.json': '{\n  "extends": "soattin-config-khong-co"\n}\n' });
    expect(ext.error.message.en.startsWith(`Config ${ext.rc}:2:14: cannot find the package “soattin-config-khong-co”`)).toBe(true);
  });

  it('suggests the rule id, the key and the value a slip was meant to be', () => {
    const problems = validateConfig({ rules: { speling: 'off', 'repeated-word': ['warnig'] }, profil: 'gov', toneStyle: 'nwe' });
    expect(Object.fromEntries(problems.map((p) => [p.key, p.problem.en]))).toEqual({
      'rules.speling': 'is not a Soát Tin rule id; did you mean “spelling”?',
      'rules.repeated-word.0': 'must be one of: "off", "info", "warning", "error", "warn"; did you mean “warning”?',
      profil: 'is not supported (unknown key “profil”); did you mean “profile”?',
      toneStyle: 'must be one of: "auto", "old", "new"; did you mean “new”?',
    });
    expect(problems.find((p) => p.key === 'rules.speling')?.problem.vi).toBe('không phải mã quy tắc nào của Soát Tin; có phải ý bạn là “spelling”?');
  });

  it('suggests nothing when no name is close', () => {
    expect(validateConfig({ rules: { 'no-such-rule': 'off' } })[0].problem.en).toBe('is not a Soát Tin rule id');
  });

  it('validates the options of a rule, naming the option at fault', () => {
    const rules = validateConfig({ rules: { spacing: ['error', { nonsense: true }] } });
    expect(rules.map((p) => p.key)).toEqual(['rules.spacing.1.nonsense']);
  });
});

describe('`warn` for `warning`', () => {
  it('is accepted in rules and overrides, and reports as a warning', () => {
    const dir = project({
      '.soattinrc.json': JSON.stringify({ rules: { 'repeated-word': 'warn' }, overrides: [{ files: ['b.txt'], rules: { 'repeated-word': ['warn'] } }] }),
      'a.txt': 'x',
      'b.txt': 'x',
    });
    for (const f of ['a.txt', 'b.txt']) {
      const r = resolveConfig(join(dir, f));
      if (!r.ok) throw new Error(r.error.message.en);
      const { findings } = lint('Hội nghị tại tại Hà Nội.\n', r.config, { only: ['repeated-word'] });
      expect(findings.map((x) => [x.ruleId, x.severity])).toEqual([['repeated-word', 'warning']]);
    }
  });
});

describe('didYouMean', () => {
  it('picks the closest name within a third of its letters, ignoring case, - and _', () => {
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(didYouMean('--fromat', ['--format', '--fix', '--output'])).toBe('--format');
    expect(didYouMean('max_warnings', ['maxWarnings', 'maxFindings'])).toBe('maxWarnings');
    expect(didYouMean('colour', ['profile', 'genre'])).toBeUndefined();
  });
});
