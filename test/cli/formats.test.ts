import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, folder, only, PINNED, ROOT, soattin } from './helpers.js';
import { CLEAN, DRAFT, WARNINGS_ONLY } from './fixtures.js';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github.js';
import { escapeXml } from '../../server/src/cli/formatters/junit.js';

beforeAll(ensureBuilt, 120_000);

const setup = (): string => folder({ '.soattinrc.json': only(PINNED), 'drafts/tin.txt': DRAFT, 'drafts/sạch.txt': CLEAN });

describe('stylish', () => {
  it('prints a header, aligned rows, a summary and the fixable count (vi)', () => {
    const r = soattin(['drafts/tin.txt'], { cwd: setup() });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '',
        'drafts/tin.txt',
        '  2:74  cảnh báo  Có 2 dấu cách liền nhau; chỉ cần một.                                  spacing',
        '  3:22  cảnh báo  Thừa dấu cách sau “(”.                                                 spacing',
        '   4:9  cảnh báo  Từ “đã” bị lặp lại liền nhau.                                          repeated-word',
        '   5:1  lỗi       Dùng “Đ” (chữ Đ tiếng Việt) thay cho “Ð” (chữ Eth của tiếng Iceland).  unicode-normalisation',
        '',
        '✖ 4 vấn đề (1 lỗi, 3 cảnh báo, 0 gợi ý) trong 1 tệp',
        '  4 vấn đề có thể sửa tự động bằng --fix.',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --locale en, with English plurals', () => {
    const r = soattin(['drafts/tin.txt', '--locale', 'en'], { cwd: setup() });
    expect(r.stdout).toBe(
      [
        '',
        'drafts/tin.txt',
        '  2:74  warning  2 spaces in a row; use one.                                         spacing',
        '  3:22  warning  Extra space after “(”.                                              spacing',
        '   4:9  warning  The word “đã” is repeated.                                          repeated-word',
        '   5:1  error    Use “Đ” (Vietnamese D with stroke) instead of “Ð” (Icelandic eth).  unicode-normalisation',
        '',
        '✖ 4 problems (1 error, 3 warnings, 0 infos) in 1 file',
        '  4 problems can be fixed with --fix.',
        '',
      ].join('\n'),
    );
  });

  it('takes the language from the environment, colours only when asked and never with NO_COLOR', () => {
    const dir = setup();
    expect(soattin(['drafts/tin.txt'], { cwd: dir, env: { SOATTIN_LOCALE: 'en' } }).stdout).toContain('2 spaces in a row');
    // a machine set to English is not a reporter choosing English: Vietnamese unless SOATTIN_LOCALE says en
    expect(soattin(['drafts/tin.txt'], { cwd: dir, env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } }).stdout).toContain('Có 2 dấu cách liền nhau');
    expect(soattin(['drafts/tin.txt'], { cwd: dir }).stdout).not.toContain('\u001b[');
    expect(soattin(['drafts/tin.txt', '--color'], { cwd: dir }).stdout).toContain('\u001b[31m');
  });

  it('--quiet shows errors only', () => {
    const r = soattin(['drafts/tin.txt', '--quiet', '--locale', 'en'], { cwd: setup() });
    expect(r.stdout).toContain('5:1  error  Use “Đ”');
    expect(r.stdout).not.toMatch(/\d+:\d+\s+warning/);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file');
    expect(r.code).toBe(1);
  });

  it('--rule changes a level for this run', () => {
    const r = soattin(['drafts/tin.txt', '--rule', 'unicode-normalisation=warning', '--rule', 'spacing=off', '--format', 'json'], { cwd: setup() });
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.stdout);
    expect(file.messages.map((m: { ruleId: string; severity: string }) => `${m.ruleId}:${m.severity}`)).toEqual(['repeated-word:warning', 'unicode-normalisation:warning']);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const dir = setup();
    const r = soattin(['drafts', '--format', 'json', '--output', 'reports/soattin.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'reports/soattin.json'), 'utf8'))).toHaveLength(2);
  });
});

describe('tool messages', () => {
  it('the per-file cap is one info message of "soattin", with its own SARIF rule', () => {
    const many = `${Array.from({ length: 6 }, (_, i) => `Dòng ${i}  có  hai  chỗ.`).join('\n')}\n`;
    const dir = folder({ '.soattinrc.json': only(PINNED, { maxFindings: 3 }), 'a.txt': many });
    const out = JSON.parse(soattin(['a.txt', '--format', 'json', '--locale', 'en'], { cwd: dir }).stdout);
    expect(out[0].messages).toHaveLength(4);
    expect(out[0].messages[3]).toMatchObject({ ruleId: 'soattin', severity: 'info', message: 'Stopped at 3 problems; 15 more are not shown. Fix some and check again.' });
    const run = JSON.parse(soattin(['a.txt', '--format', 'sarif'], { cwd: dir }).stdout).runs[0];
    const capped = run.results[3];
    expect(run.tool.driver.rules[capped.ruleIndex].id).toBe('soattin');
    expect(capped.level).toBe('note');
  });

  it('a report that cannot be written is exit code 2 with the reason', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a.txt': CLEAN, 'out/x': '' });
    const r = soattin(['a.txt', '--output', 'out', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soattin: Cannot write out: it is a folder, not a file\n');
  });
});

describe('json', () => {
  it('has the documented shape, files in order, 1-based UTF-16 columns and fix ranges', () => {
    const r = soattin(['drafts', '--format', 'json'], { cwd: setup() });
    const out = JSON.parse(r.stdout);
    expect(out.map((f: { filePath: string }) => f.filePath)).toEqual(['drafts/sạch.txt', 'drafts/tin.txt']);
    expect(out[0]).toEqual({ filePath: 'drafts/sạch.txt', messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 });
    const tin = out[1];
    expect(tin).toMatchObject({ errorCount: 1, warningCount: 3, infoCount: 0, fixableCount: 4 });
    const space = DRAFT.indexOf('lớp  tập') + 3;
    expect(tin.messages[0]).toEqual({
      ruleId: 'spacing',
      severity: 'warning',
      message: 'Có 2 dấu cách liền nhau; chỉ cần một.',
      line: 2,
      column: 74,
      endLine: 2,
      endColumn: 76,
      fix: [{ range: [space, space + 2], text: ' ' }],
      suggestions: [{ message: 'Sửa khoảng trắng', fix: [{ range: [space, space + 2], text: ' ' }] }],
    });
    const eth = tin.messages[3];
    expect(eth).toMatchObject({ ruleId: 'unicode-normalisation', severity: 'error', line: 5, column: 1, endLine: 5, endColumn: 2 });
    expect(eth.fix).toEqual([{ range: [DRAFT.indexOf('Ð'), DRAFT.indexOf('Ð') + 1], text: 'Đ' }]);
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with rule metadata, UTF-16 columns and relative URIs', () => {
    const dir = setup();
    const r = soattin(['drafts', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // the official schema declares draft-04; its keywords validate the same way in draft-07 mode
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // the validator does reject what SARIF forbids
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'info' }] }] })).toBe(false);

    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.tool.driver).toMatchObject({ name: 'Soát Tin', informationUri: expect.stringMatching(/^https:\/\//) });
    const rules = run.tool.driver.rules;
    const spacing = rules.find((x: { id: string }) => x.id === 'spacing');
    expect(spacing).toMatchObject({
      shortDescription: { text: expect.any(String) },
      fullDescription: { text: expect.any(String) },
      helpUri: expect.stringMatching(/docs\/rules\/spacing\.md$/),
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.results).toHaveLength(4);
    for (const res of run.results) expect(rules[res.ruleIndex].id).toBe(res.ruleId);
    const eth = run.results[3];
    expect(eth).toMatchObject({ ruleId: 'unicode-normalisation', level: 'error' });
    expect(eth.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'drafts/tin.txt', uriBaseId: '%SRCROOT%', index: 1 },
      region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 2 },
    });
    // non-ASCII file names are percent-encoded URIs
    expect(run.artifacts[0].location.uri).toBe('drafts/s%E1%BA%A1ch.txt');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);
  });

  it('gives every rule its documentation page as help, in the language of the report, and tags', () => {
    type Rule = { id: string; help?: { text: string; markdown: string }; properties: { tags: string[] } };
    const rulesOf = (args: string[]): Rule[] => JSON.parse(soattin(['drafts', '--format', 'sarif', ...args], { cwd: setup() }).stdout).runs[0].tool.driver.rules;
    const vi = rulesOf([]);
    const en = rulesOf(['--locale', 'en']);
    for (const [i, rule] of vi.entries()) {
      if (rule.id === 'soattin') continue;
      const page = fs.readFileSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
      const [head, rest] = [page.slice(0, page.indexOf('\n## Tiếng Việt') + 1), page.slice(page.indexOf('\n## Tiếng Việt') + 1)];
      const [viPart, enPart] = [rest.slice(0, rest.indexOf('\n## English') + 1).trimEnd(), rest.slice(rest.indexOf('\n## English') + 1).trimEnd()];
      expect(rule.help?.markdown, rule.id).toBe(`${head}${viPart}\n`);
      expect(en[i].help?.markdown, rule.id).toBe(`${head}${enPart}\n`);
      expect(rule.help?.text, rule.id).not.toMatch(/^#|\*\*/m);
      expect(rule.properties.tags, rule.id).toContain('vietnamese');
    }
    const spacing = vi.find((x) => x.id === 'spacing')!;
    expect(spacing.help!.text.startsWith('spacing\n\nMặc định: cảnh báo · Tự sửa: có\n\nTiếng Việt\n')).toBe(true);
    expect(spacing.help!.text).not.toContain('\nEnglish\n');
    expect(en.find((x) => x.id === 'spacing')!.help!.text.startsWith('spacing\n\nMặc định: cảnh báo · Tự sửa: có\n\nEnglish\n')).toBe(true);
    expect(spacing.properties.tags).toEqual(['vietnamese', 'style', 'text', 'fixable']);
  });

  it('fingerprints survive unrelated edits and tell repeated findings apart', () => {
    const twice = `${DRAFT}Lớp học đã đã kéo dài hai ngày.\n`;
    const before = folder({ '.soattinrc.json': only(PINNED), 'a.txt': twice });
    // a paragraph added on top and the double space fixed: the other findings are the same findings
    const edited = twice.replace('lớp  tập', 'lớp tập').replace('\n', '\nHọc viên được phát tài liệu.\n');
    const after = folder({ '.soattinrc.json': only(PINNED), 'a.txt': edited });
    const prints = (dir: string): Array<[string, number, string]> =>
      JSON.parse(soattin(['a.txt', '--format', 'sarif'], { cwd: dir }).stdout).runs[0].results.map((x: { ruleId: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => [
        x.ruleId,
        x.locations[0].physicalLocation.region.startLine,
        x.partialFingerprints['soattinFinding/v1'],
      ]);
    const a = prints(before);
    const b = prints(after);
    expect(a.map(([rule, line]) => `${rule}@${line}`)).toEqual(['spacing@2', 'spacing@3', 'repeated-word@4', 'unicode-normalisation@5', 'repeated-word@6']);
    expect(b.map(([rule, line]) => `${rule}@${line}`)).toEqual(['spacing@4', 'repeated-word@5', 'unicode-normalisation@6', 'repeated-word@7']);
    for (const p of [...a, ...b]) expect(p[2]).toMatch(/^[0-9a-f]{32}$/);
    expect(b.map((p) => p[2])).toEqual([a[1][2], a[2][2], a[3][2], a[4][2]]);
    // the same mistake on two identical lines: two findings, two fingerprints
    expect(a[2][2]).not.toBe(a[4][2]);
  });

  it('maps info to note', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED, { rules: { spacing: 'info' } }), 'a.txt': WARNINGS_ONLY });
    const log = JSON.parse(soattin(['a.txt', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(log.runs[0].results[0].level).toBe('note');
  });
});

describe('github', () => {
  it('prints one workflow command per problem', () => {
    const r = soattin(['drafts/tin.txt', '--format', 'github', '--locale', 'en'], { cwd: setup() });
    expect(r.stdout.split('\n')).toEqual([
      '::warning file=drafts/tin.txt,line=2,col=74,endLine=2,endColumn=76,title=spacing::2 spaces in a row; use one.',
      '::warning file=drafts/tin.txt,line=3,col=22,endLine=3,endColumn=24,title=spacing::Extra space after “(”.',
      '::warning file=drafts/tin.txt,line=4,col=9,endLine=4,endColumn=14,title=repeated-word::The word “đã” is repeated.',
      '::error file=drafts/tin.txt,line=5,col=1,endLine=5,endColumn=2,title=unicode-normalisation::Use “Đ” (Vietnamese D with stroke) instead of “Ð” (Icelandic eth).',
      '',
    ]);
  });

  it('annotates 10 problems of each kind, logs the others and says how many were not annotated', () => {
    // written for this test: each line has an Icelandic “Ð” (error) and a double space (warning)
    const lines = Array.from({ length: 12 }, (_, i) => `Ðoàn viên  tổ ${i + 1} dự lớp.`);
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a.txt': `${lines.join('\n')}\n` });
    const out = soattin(['a.txt', '--format', 'github', '--locale', 'en'], { cwd: dir }).stdout.split('\n');
    expect(out.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(out.filter((l) => l.startsWith('::warning ')).length).toBe(10);
    expect(out.filter((l) => !l.startsWith('::') && l)).toEqual([
      'a.txt:11:1: error: Use “Đ” (Vietnamese D with stroke) instead of “Ð” (Icelandic eth). (unicode-normalisation)',
      'a.txt:11:10: warning: 2 spaces in a row; use one. (spacing)',
      'a.txt:12:1: error: Use “Đ” (Vietnamese D with stroke) instead of “Ð” (Icelandic eth). (unicode-normalisation)',
      'a.txt:12:10: warning: 2 spaces in a row; use one. (spacing)',
    ]);
    expect(out.filter((l) => l.startsWith('::notice'))).toEqual([
      '::notice title=soattin::error: 2 more not shown as annotations (GitHub shows at most 10 of each kind per step); see the log or the job summary.',
      '::notice title=soattin::warning: 2 more not shown as annotations (GitHub shows at most 10 of each kind per step); see the log or the job summary.',
    ]);
  });

  it('keeps notices within 10 including its own "N more" notices', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Đoàn viên  tổ ${i + 1} dự lớp.`);
    const dir = folder({ '.soattinrc.json': only(PINNED, { rules: { spacing: 'info' } }), 'a.txt': `${lines.join('\n')}\n` });
    const out = soattin(['a.txt', '--format', 'github'], { cwd: dir }).stdout.split('\n');
    const notices = out.filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(10);
    expect(notices[9]).toBe('::notice title=soattin::gợi ý: còn 3 vấn đề nữa không hiện thành chú thích (GitHub chỉ hiện tối đa 10 chú thích mỗi loại trong một bước); xem nhật ký hoặc bản tóm tắt của job.');
  });

  it('writes a Markdown job summary to $GITHUB_STEP_SUMMARY: totals, files worst first, rules', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED), 'tin/a|b.txt': WARNINGS_ONLY, 'tin/b.txt': DRAFT, 'tin/c.txt': CLEAN, 'summary.md': '# before\n' });
    const r = soattin(['tin', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') } });
    expect(r.code).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'summary.md'), 'utf8')).toBe(
      [
        '# before',
        '### Soát Tin',
        '',
        '5 vấn đề (1 lỗi, 4 cảnh báo, 0 gợi ý) trong 2 tệp',
        '',
        '#### Theo tệp (nhiều lỗi nhất trước)',
        '',
        '| Tệp | Lỗi | Cảnh báo | Gợi ý |',
        '| --- | ---: | ---: | ---: |',
        '| tin/b.txt | 1 | 3 | 0 |',
        '| tin/a\\|b.txt | 0 | 1 | 0 |',
        '',
        '#### Theo quy tắc',
        '',
        '| Quy tắc | Lỗi | Cảnh báo | Gợi ý |',
        '| --- | ---: | ---: | ---: |',
        '| [unicode-normalisation](https://github.com/soattin/soattin/blob/main/docs/rules/unicode-normalisation.md) | 1 | 0 | 0 |',
        '| [spacing](https://github.com/soattin/soattin/blob/main/docs/rules/spacing.md) | 0 | 3 | 0 |',
        '| [repeated-word](https://github.com/soattin/soattin/blob/main/docs/rules/repeated-word.md) | 0 | 1 | 0 |',
        '',
      ].join('\n'),
    );
    // other formats leave the summary alone
    soattin(['tin', '--format', 'json'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: path.join(dir, 'other.md') } });
    expect(fs.existsSync(path.join(dir, 'other.md'))).toBe(false);
  });

  it('escapes %, CR and LF in messages and also , and : in properties', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });
});

describe('gitlab', () => {
  it('writes Code Climate issues with the SARIF fingerprints', () => {
    const dir = setup();
    const issues = JSON.parse(soattin(['drafts/tin.txt', '--format', 'gitlab'], { cwd: dir }).stdout);
    const sarifLog = JSON.parse(soattin(['drafts/tin.txt', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(issues).toHaveLength(4);
    expect(issues[3]).toEqual({
      type: 'issue',
      check_name: 'unicode-normalisation',
      description: 'Dùng “Đ” (chữ Đ tiếng Việt) thay cho “Ð” (chữ Eth của tiếng Iceland).',
      categories: ['Style'],
      severity: 'major',
      fingerprint: sarifLog.runs[0].results[3].partialFingerprints['soattinFinding/v1'],
      location: { path: 'drafts/tin.txt', positions: { begin: { line: 5, column: 1 }, end: { line: 5, column: 2 } } },
    });
    expect(issues.map((i: { severity: string }) => i.severity)).toEqual(['minor', 'minor', 'minor', 'major']);
  });
});

describe('junit', () => {
  it('writes one testsuite per file and a failure per error or warning, as well-formed XML', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a&b <tin>.txt': DRAFT, 'clean.txt': CLEAN });
    const r = soattin(['.', '--format', 'junit', '--locale', 'en'], { cwd: dir });
    const xml = r.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="soattin" tests="5" failures="4" errors="0">')).toBe(true);
    expect(xml).toContain('<testsuite name="a&amp;b &lt;tin&gt;.txt" tests="4" failures="4" errors="0" skipped="0">');
    expect(xml).toContain('<failure type="error" message="Use “Đ” (Vietnamese D with stroke) instead of “Ð” (Icelandic eth).">');
    expect(xml).toContain('<testsuite name="clean.txt" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="clean.txt" name="No problems"/>');
    expect(wellFormed(xml)).toBe(true);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('html', () => {
  it('is one self-contained page with the drafts highlighted and everything escaped', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a.txt': 'Tin <script>alert(1)</script>  ra\n', 'b.txt': DRAFT });
    const r = soattin(['.', '--format', 'html', '--locale', 'vi'], { cwd: dir });
    const html = r.stdout;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).not.toContain('<script');
    expect(html).toContain('Tin &lt;script&gt;alert(1)&lt;/script&gt;<mark class="warning" title="Có 2 dấu cách liền nhau; chỉ cần một. (spacing)">  </mark><sup class="no warning"><a href="#f0-c1" id="f0-m1">1</a></sup>ra');
    expect(html).toContain('<mark class="error" title="Dùng “Đ” (chữ Đ tiếng Việt) thay cho “Ð” (chữ Eth của tiếng Iceland). (unicode-normalisation)">Ð</mark>');
    expect(html).toContain('<td class="n">5:1</td><td class="sev error">lỗi</td>');
    // the report is read on paper too: the numbered marks and list are in html-report.test.ts
    // no external assets: no src=, no stylesheet links, no remote fonts
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(/);
    expect(html).toContain('<title>Báo cáo Soát Tin</title>');
  });
});

/** Enough of an XML check for our output: balanced tags, no raw & or < in text and attributes. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^>]*\?>\n/, '');
  if (/&(?!amp;|lt;|gt;|quot;|apos;)/.test(body)) return false;
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([\w-]+)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|</g)) {
    if (!m[2]) return false; // a stray "<"
    if (m[4]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0;
}
