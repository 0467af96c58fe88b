import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, folder, only, PINNED, soattin } from './helpers.js';
import { CLEAN, DRAFT, WARNINGS_ONLY } from './fixtures.js';

beforeAll(ensureBuilt, 120_000);

const rc = (): string => only(PINNED);

describe('exit codes', () => {
  it('0 for a clean draft', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'a.txt': CLEAN });
    const r = soattin(['a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ Không phát hiện vấn đề nào trong 1 tệp.\n');
  });

  it('0 when there are only warnings, 1 once they exceed --max-warnings', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'a.txt': WARNINGS_ONLY });
    expect(soattin(['a.txt'], { cwd: dir }).code).toBe(0);
    expect(soattin(['a.txt', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
    const over = soattin(['a.txt', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('soattin: Có 1 cảnh báo, vượt mức cho phép --max-warnings 0.\n');
  });

  it('1 when a draft has an error', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'a.txt': DRAFT });
    expect(soattin(['a.txt'], { cwd: dir }).code).toBe(1);
  });

  it('2 when no file matches, naming the pattern', () => {
    const dir = folder({ 'a.txt': CLEAN });
    const r = soattin(['drafts/*.txt', 'missing.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soattin: Không có tệp nào khớp với: drafts/*.txt missing.txt\n');
    expect(r.stdout).toBe('');
  });

  it('2 for a folder without drafts', () => {
    const dir = folder({ 'notes/readme.pdf': 'x' });
    const r = soattin(['notes', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soattin: No files matched: notes\n');
  });

  it('2 for an unknown option, in the chosen language, without a stack trace', () => {
    const dir = folder({ 'a.txt': CLEAN });
    const vi = soattin(['--frobnicate', 'a.txt'], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe('soattin: Tùy chọn không được hỗ trợ: --frobnicate. Xem “soattin --help”.\n');
    const en = soattin(['a.txt', '--frobnicate', '--locale=en'], { cwd: dir });
    expect(en.stderr).toBe('soattin: Unknown option: --frobnicate. See “soattin --help”.\n');
  });

  it('2 for a mistyped option or rule id, saying what was meant', () => {
    const dir = folder({ 'a.txt': CLEAN });
    const vi = soattin(['a.txt', '--fromat', 'json'], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe('soattin: Tùy chọn không được hỗ trợ: --fromat. Có phải ý bạn là --format? Xem “soattin --help”.\n');
    const en = soattin(['a.txt', '--max-warning=3', '--locale', 'en'], { cwd: dir });
    expect(en.stderr).toBe('soattin: Unknown option: --max-warning=3. Did you mean --max-warnings? See “soattin --help”.\n');
    const rule = soattin(['a.txt', '--rule', 'speling=off', '--locale', 'en'], { cwd: dir });
    expect([rule.code, rule.stderr]).toEqual([2, 'soattin: --rule speling: no rule has this id; did you mean “spelling”?\n']);
  });

  it('2 when the report cannot be written, saying why in the chosen language (no raw system error)', () => {
    const dir = folder({ 'a.txt': CLEAN, 'bao-cao/.keep': '' });
    const vi = soattin(['a.txt', '-o', 'bao-cao'], { cwd: dir });
    expect([vi.code, vi.stderr]).toEqual([2, 'soattin: Không ghi được tệp bao-cao: đây là thư mục, không phải tệp\n']);
    const en = soattin(['a.txt', '-o', 'a.txt/r.json', '--locale', 'en'], { cwd: dir });
    expect([en.code, en.stderr]).toEqual([2, 'soattin: Cannot write a.txt/r.json: a file of that name already stands in the path\n']);
  });

  it('--rule accepts warn for warning', () => {
    const dir = folder({ '.soattinrc.json': rc(), 'a.txt': WARNINGS_ONLY });
    const r = soattin(['a.txt', '--rule', 'spacing=warn', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string; severity: string }) => [m.ruleId, m.severity])).toEqual([['spacing', 'warning']]);
    expect(soattin(['a.txt', '--rule', 'spacing=error'], { cwd: dir }).code).toBe(1);
  });

  it('2 for bad option values', () => {
    const dir = folder({ 'a.txt': CLEAN });
    const cases: Array<[string[], string]> = [
      [['--format', 'xml'], 'Invalid value “xml” for --format; expected: stylish, json, sarif, github, gitlab, junit, html, stats.'],
      [['--max-warnings', 'many'], 'Invalid value “many” for --max-warnings; expected: 0, 1, 2, ….'],
      [['--output'], 'Option --output needs a value.'],
      [['--rule', 'no-such-rule=error'], '--rule no-such-rule: no rule has this id.'],
      [['--rule', 'spacing=loud'], 'Invalid value “spacing=loud” for --rule; expected: <rule-id>=off|info|warning|error.'],
      [['--fix', '--fix-dry-run'], '--fix cannot be used together with --fix-dry-run.'],
      [['--locale', 'fr'], 'Invalid value “fr” for --locale; expected: vi, en.'],
    ];
    for (const [args, message] of cases) {
      const r = soattin(['a.txt', ...args], { cwd: dir, env: { SOATTIN_LOCALE: 'en' } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('2 for a bad config, naming the file, the key and what was expected', () => {
    const dir = folder({ '.soattinrc.json': '{ "profile": "nhà nước", "rules": { "spacing": "loud" } }', 'a.txt': CLEAN });
    const vi = soattin(['a.txt'], { cwd: dir });
    expect(vi.code).toBe(2);
    // every problem of the config, not only the first
    expect(vi.stderr).toBe(
      `soattin: Cấu hình ${dir}/.soattinrc.json:1:14: khóa “profile” phải là một trong: "gov", "party", "press-lower"\n` +
        `Cấu hình ${dir}/.soattinrc.json:1:48: khóa “rules.spacing” phải là "off" | "info" | "warning" | "error" hoặc [mức, {tùy chọn}]\n`,
    );
    expect(vi.stdout).toBe('');
    const en = soattin(['a.txt', '--locale', 'en'], { cwd: dir });
    expect(en.stderr.split('\n')[0]).toBe(`soattin: Config ${dir}/.soattinrc.json:1:14: key “profile” must be one of: "gov", "party", "press-lower"`);
  });

  it('2 for a config that is not JSON, and for a missing --config file', () => {
    const dir = folder({ '.soattinrc.json': '{ rules: ', 'a.txt': CLEAN });
    const r = soattin(['a.txt', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`soattin: Config file ${dir}/.soattinrc.json:1:3 is not valid JSON: a character that is not allowed here (strings go in double quotes "…")\n`);
    const missing = soattin(['a.txt', '--config', 'nope.json', '--locale', 'en'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`soattin: Cannot read ${dir}/nope.json: no such file\n`);
  });

  it('--config replaces discovery', () => {
    const dir = folder({ '.soattinrc.json': '{ "profile": 42 }', 'ci.json': rc(), 'a.txt': WARNINGS_ONLY });
    const r = soattin(['a.txt', '--config', 'ci.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].warningCount).toBe(1);
  });

  it('--help and --version', () => {
    const dir = folder({});
    const vi = soattin(['--help'], { cwd: dir });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Cách dùng: soattin \[tùy chọn\]/);
    expect(vi.stdout).toContain('Mã thoát: 0 không có lỗi');
    const en = soattin(['-h'], { cwd: dir, env: { SOATTIN_LOCALE: 'en' } });
    expect(en.stdout).toMatch(/^Usage: soattin \[options\]/);
    const v = soattin(['--version'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});
