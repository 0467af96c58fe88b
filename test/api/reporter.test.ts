/**
 * vfile-reporter, given the plugin's messages, shows what the CLI's `stylish` report shows:
 * for every file the same rows (position, severity, message, rule), and the same totals.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reporter } from 'vfile-reporter';
import type { VFile } from 'vfile';
import { ROOT, ensureBuilt, soattin } from '../cli/helpers.js';
import { viaPipeline } from './pipelines.js';

const DRAFTS = [
  ...fs.readdirSync(path.join(ROOT, 'test/fixtures/seeds')).filter((f) => f.endsWith('.txt')).map((f) => `test/fixtures/seeds/${f}`),
  ...fs.readdirSync(path.join(ROOT, 'examples')).map((f) => `examples/${f}`),
];

type Rows = Map<string, string[]>;

/** ESLint-style stylish: a file name, then rows “  line:col  severity  message  rule”. */
function stylishRows(out: string): Rows {
  const rows: Rows = new Map();
  let current: string[] | undefined;
  for (const line of out.split('\n')) {
    const row = /^ {2}\s*(\d+:\d+) {2}(error|warning|info)\s+ (.*?) {2,}(\S+)$/.exec(line);
    if (row) current!.push(`${row[1]} ${row[2]} ${row[3]} ${row[4]}`);
    else if (/^\S/.test(line) && !line.startsWith('✖')) rows.set(line, (current = []));
  }
  return rows;
}

/** vfile-reporter: a file name, then rows “line:col-line:col severity message rule source”. */
function vfileRows(out: string): Rows {
  const rows: Rows = new Map();
  let current: string[] | undefined;
  for (const line of out.split('\n')) {
    const row = /^(\d+:\d+)-\d+:\d+\s+(error|warning|info)\s+(.*?)\s+(\S+)\s+soattin$/.exec(line);
    if (row) current!.push(`${row[1]} ${row[2]} ${row[3]} ${row[4]}`);
    // a clean file is listed as “name: no issues found”, where stylish leaves it out
    else if (line && !/^(\d+ messages|✖|⚠)|: no issues found$/.test(line)) rows.set(line, (current = []));
  }
  return rows;
}

function sorted(rows: Rows): Rows {
  return new Map([...rows].map(([file, list]) => [file, [...list].sort()]));
}

let stylish = '';
let files: VFile[] = [];

beforeAll(async () => {
  ensureBuilt();
  const run = soattin(['--format', 'stylish', '--locale', 'en', '--no-color', ...DRAFTS], { cwd: ROOT });
  stylish = run.stdout;
  files = await Promise.all(DRAFTS.map((d) => viaPipeline(d, fs.readFileSync(path.join(ROOT, d), 'utf8'), ROOT, { locale: 'en' })));
}, 120_000);

describe('vfile-reporter from the plugin’s messages', () => {
  it('shows the rows of the CLI’s stylish report, file by file', () => {
    const report = reporter(files, { color: false });
    const expected = sorted(stylishRows(stylish));
    expect(expected.size).toBeGreaterThanOrEqual(DRAFTS.length - 1);
    expect([...expected.values()].flat().length).toBeGreaterThan(10);
    expect(sorted(vfileRows(report))).toEqual(expected);
  });

  it('counts the errors and warnings the CLI counts', () => {
    const cli = /✖ (\d+) problems \((\d+) errors?, (\d+) warnings?, (\d+) infos?\)/.exec(stylish);
    const unified = /(\d+) messages \(✖ (\d+) errors?, ⚠ (\d+) warnings?\)/.exec(reporter(files, { color: false }));
    expect(cli).not.toBeNull();
    expect(unified?.slice(1, 4)).toEqual(cli!.slice(1, 4));
  });
});
