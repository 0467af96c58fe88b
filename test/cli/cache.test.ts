import { beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, folder, only, PINNED, soattin } from './helpers.js';
import { WARNINGS_ONLY } from './fixtures.js';

beforeAll(ensureBuilt, 120_000);

const cacheOf = (dir: string, name = '.soattincache') => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

describe('--cache', () => {
  it('reports the same as without it, and lints again only what changed', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a.txt': WARNINGS_ONLY, 'b.txt': WARNINGS_ONLY });
    const plain = soattin(['.', '--format', 'json'], { cwd: dir });
    const first = soattin(['.', '--format', 'json', '--cache'], { cwd: dir });
    expect([first.code, first.stdout]).toEqual([plain.code, plain.stdout]);
    expect(Object.keys(cacheOf(dir).entries).map((f) => path.basename(f)).sort()).toEqual(['a.txt', 'b.txt']);

    // a result from the cache is the cached one: mark it to see it come back untouched
    const cache = cacheOf(dir);
    const a = Object.keys(cache.entries).find((f) => f.endsWith('a.txt'))!;
    cache.entries[a].result.messages[0].message = 'TỪ BỘ NHỚ ĐỆM';
    fs.writeFileSync(path.join(dir, '.soattincache'), JSON.stringify(cache));
    const second = soattin(['.', '--format', 'json', '--cache'], { cwd: dir });
    expect(JSON.parse(second.stdout)[0].messages[0].message).toBe('TỪ BỘ NHỚ ĐỆM');

    // an edited draft, or another configuration, is linted again
    fs.appendFileSync(path.join(dir, 'a.txt'), '\n');
    const third = soattin(['.', '--format', 'json', '--cache'], { cwd: dir });
    expect(JSON.parse(third.stdout)[0].messages[0].message).not.toBe('TỪ BỘ NHỚ ĐỆM');
    const english = soattin(['.', '--format', 'json', '--cache', '--locale', 'en'], { cwd: dir });
    expect(english.stdout).toBe(soattin(['.', '--format', 'json', '--locale', 'en'], { cwd: dir }).stdout);
  });

  it('takes a corrupt cache for an empty one, and --cache-location names the file', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a.txt': WARNINGS_ONLY, 'tmp/.keep': '' });
    fs.writeFileSync(path.join(dir, '.soattincache'), '{ not json');
    expect(soattin(['a.txt', '--cache'], { cwd: dir }).stderr).toBe('');
    expect(Object.keys(cacheOf(dir).entries)).toHaveLength(1);
    soattin(['a.txt', '--cache', '--cache-location', 'tmp/cache.json'], { cwd: dir });
    expect(Object.keys(cacheOf(dir, 'tmp/cache.json').entries)).toHaveLength(1);
  });

  it('never writes the cache through a link out of the folder, and says so', () => {
    const outside = folder({ 'secret.txt': 'giữ nguyên' });
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a.txt': WARNINGS_ONLY });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, '.soattincache'));
    const r = soattin(['a.txt', '--cache'], { cwd: dir });
    expect(r.stderr).toMatch(/^soattin: Không ghi được bộ nhớ đệm \.soattincache \(.+\); lần sau sẽ soát lại mọi tệp\.\n$/u);
    expect(fs.readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('giữ nguyên');
  });

  it('is not used by --fix', () => {
    const dir = folder({ '.soattinrc.json': only(PINNED), 'a.txt': WARNINGS_ONLY });
    soattin(['a.txt', '--cache', '--fix'], { cwd: dir });
    expect(fs.existsSync(path.join(dir, '.soattincache'))).toBe(false);
  });
});
