/**
 * One ignore table through both front-ends: the CLI walking the folder and the language
 * server opening each file must agree on which drafts are checked (gitignore semantics of
 * the config's `ignore` and of `.soattinignore`, negations included).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBuilt, folder, only, soattin } from '../cli/helpers.js';
import { bundleServer, fileUri, open, startClient, type Client } from './harness.js';

// each case spawns the real CLI or server: give a loaded machine time (outcomes are asserted, not speed)
vi.setConfig({ testTimeout: 120_000 });

const DRAFT = 'Hội nghị  lần thứ hai diễn ra tại Hà Nội.\n';
const FILES = [
  'a.txt',
  'sub/x.bak.txt',
  'keep.bak.txt',
  'sub/keep.bak.txt',
  'luu-tru/b.txt',
  'luu-tru/keep.bak.txt',
  'nhap/c.txt',
  'nhap/giu.txt',
  'goc.txt',
  'sub/goc.txt',
  'tin.md',
];
// what gitignore semantics say: "*.bak.txt" at any depth, "!keep.bak.txt" re-includes (but
// not inside the ignored folder luu-tru/), "nhap/*.txt" anchored, "/goc.txt" only at the top
const CHECKED = ['a.txt', 'keep.bak.txt', 'nhap/giu.txt', 'sub/goc.txt', 'sub/keep.bak.txt', 'tin.md'];

let dir: string;
let client: Client;
beforeAll(async () => {
  ensureBuilt();
  const files: Record<string, string> = {
    '.soattinrc.json': only(['spacing'], { ignore: ['*.bak.txt', 'luu-tru/', '!keep.bak.txt'] }),
    '.soattinignore': '# bản nháp\nnhap/*.txt\n!nhap/giu.txt\n/goc.txt\n',
  };
  for (const f of FILES) files[f] = DRAFT;
  dir = folder(files);
  client = await startClient(await bundleServer(), { locale: 'vi', rootPath: dir });
}, 120_000);
afterAll(() => client?.close());

describe('the CLI and the language server ignore the same drafts', () => {
  it('the CLI checks exactly the drafts gitignore semantics keep', () => {
    const r = soattin(['.', '--format', 'json'], { cwd: dir });
    const checked = (JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => f.filePath).sort();
    expect(checked).toEqual(CHECKED);
  });

  it('the server publishes findings for exactly the same drafts', async () => {
    const checked: string[] = [];
    for (const f of FILES) {
      const diagnostics = await open(client, fileUri(path.join(dir, f)), fs.readFileSync(path.join(dir, f), 'utf8'), f.endsWith('.md') ? 'markdown' : 'plaintext');
      if (diagnostics.some((d) => d.code === 'spacing')) checked.push(f);
    }
    expect(checked.sort()).toEqual(CHECKED);
  });
});
