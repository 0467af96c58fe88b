/**
 * The API and the retext plugin give the CLI's findings on every draft the repository holds
 * (seeds, examples, structure drafts): same rule, same place, same message, same severity.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../../server/src/api/index.js';
import { ROOT, ensureBuilt, soattin } from '../cli/helpers.js';
import { asCliMessage, viaPipeline } from './pipelines.js';

interface CliFile {
  filePath: string;
  messages: Array<Record<string, unknown>>;
}

const FOLDERS = ['test/fixtures/seeds', 'examples', 'test/core/structure-drafts'];
const DRAFTS = FOLDERS.flatMap((dir) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
    .map((f) => `${dir}/${f}`),
);

let cli = new Map<string, CliFile>();

beforeAll(() => {
  ensureBuilt();
  const run = soattin(['--format', 'json', ...DRAFTS], { cwd: ROOT });
  expect(run.stderr).toBe('');
  cli = new Map((JSON.parse(run.stdout) as CliFile[]).map((f) => [f.filePath, f]));
}, 120_000);

describe('the repository’s drafts', () => {
  it('are enough to compare: seeds, examples (one in Markdown) and structure drafts', () => {
    expect(DRAFTS.filter((d) => d.startsWith('test/fixtures/seeds/')).length).toBeGreaterThanOrEqual(2);
    expect(DRAFTS.filter((d) => d.endsWith('.md')).length).toBeGreaterThanOrEqual(1);
    expect([...cli.values()].reduce((n, f) => n + f.messages.length, 0)).toBeGreaterThan(20);
  });

  it.each(DRAFTS)('%s: lintText returns the CLI’s JSON messages', (draft) => {
    const text = fs.readFileSync(path.join(ROOT, draft), 'utf8');
    const { messages } = lintText(text, { filePath: path.join(ROOT, draft) });
    const withoutOffsets = messages.map(({ offset: _o, endOffset: _e, ...m }) => m);
    expect(withoutOffsets).toEqual(cli.get(draft)!.messages);
  });

  it.each(DRAFTS)('%s: the retext plugin reports the CLI’s findings', async (draft) => {
    const file = await viaPipeline(draft, fs.readFileSync(path.join(ROOT, draft), 'utf8'), ROOT);
    const expected = cli.get(draft)!.messages.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn }));
    expect(file.messages.map(asCliMessage)).toEqual(expected);
  });
});
