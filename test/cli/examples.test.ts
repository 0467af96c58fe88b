import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ensureBuilt, folder, only, PINNED, ROOT, soattin } from './helpers.js';

beforeAll(ensureBuilt, 120_000);

it('the examples of the README quick start report their deliberate mistakes at the right line:col, in Vietnamese', () => {
  const config = path.join(folder({ 'rc.json': only(PINNED) }), 'rc.json');
  const r = soattin(['examples', '--config', config, '--format', 'json'], { cwd: ROOT });
  const out = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
  const seen = out.map((f) => [f.filePath, f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)]);
  expect(seen).toEqual([
    ['examples/boi-duong-dan-van.txt', []],
    ['examples/khai-giang-quoc-phong.md', ['5:205 spacing', '7:191 repeated-word']],
    ['examples/quan-triet-nghi-quyet.txt', []],
    [
      'examples/tin-tap-huan-van-thu.txt',
      ['3:60 unicode-normalisation', '3:69 unicode-normalisation', '3:111 spacing', '5:204 spacing', '9:1 unicode-normalisation', '9:100 repeated-word'],
    ],
  ]);
  // the positions point at the mistakes themselves
  const lines = fs.readFileSync(path.join(ROOT, 'examples/tin-tap-huan-van-thu.txt'), 'utf8').split('\n');
  expect(lines[2].slice(110, 112)).toBe('  ');
  expect(lines[4].slice(203, 206)).toBe('( Đ');
  expect(lines[8][0]).toBe('Ð');
  expect(out[3].messages[4].message).toBe('Dùng “Đ” (chữ Đ tiếng Việt) thay cho “Ð” (chữ Eth của tiếng Iceland).');
  expect(r.code).toBe(1);
});

it('the capitalisation / structure example reports what a sub-editor would mark, with every rule on', () => {
  const r = soattin(['examples/boi-duong-dan-van.txt', '--format', 'json', '--locale', 'vi'], { cwd: ROOT });
  const [file] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
  const seen = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  // each deliberate mistake of the draft, by place and rule
  for (const expected of [
    '1:1 headline-case',
    '1:1 required-participant-count',
    '3:34 organisation-case',
    '3:85 common-noun-case',
    '5:40 title-case',
    '7:42 spelling',
    '7:128 special-noun-case',
  ]) {
    expect(seen).toContain(expected);
  }
  expect(file.messages.find((m) => m.ruleId === 'spelling')?.message).toBe('“chuyên để” có thể viết sai chính tả; có phải là “chuyên đề”?');
  expect(r.code).toBe(1);
});
