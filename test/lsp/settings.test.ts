import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { change, bundleServer, fileUri, open, startClient, tempDir, type Client } from './harness.js';

let server: string;
let client: Client | undefined;
beforeAll(async () => {
  server = await bundleServer();
}, 60000);
afterEach(async () => {
  await client?.close();
  client = undefined;
});

const lastStatus = (c: Client, uri: string) => [...c.statuses].reverse().find((s) => (s as { uri: string }).uri === uri) as Record<string, unknown>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('editor settings', () => {
  it('with run = onSave, edits wait for the save', async () => {
    client = await startClient(server, { settings: { run: 'onSave', debounceMs: 0 } });
    const uri = 'untitled:save';
    expect(await open(client, uri, 'tại Hà Nội\n')).toEqual([]);
    const before = client.statuses.length;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'tại ' }],
    });
    await sleep(300);
    expect(client.statuses.length).toBe(before);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    expect((await next).map((d) => d.code)).toEqual(['repeated-word']);
  });

  it('soattin.profile applies when no config file sets profile, and the file wins otherwise', async () => {
    const free = tempDir();
    const fixed = tempDir();
    fs.writeFileSync(path.join(fixed, '.soattinrc.json'), JSON.stringify({ profile: 'gov' }));
    client = await startClient(server, { settings: { profile: 'party' }, folders: [free, fixed] });
    const a = fileUri(path.join(free, 'a.txt'));
    const b = fileUri(path.join(fixed, 'b.txt'));
    await open(client, a, 'Tin.\n');
    await open(client, b, 'Tin.\n');
    expect(lastStatus(client, a).profile).toBe('party');
    expect(lastStatus(client, b).profile).toBe('gov');
  });

  it('multi-root: each folder resolves its own config and its own settings', async () => {
    const one = tempDir();
    const two = tempDir();
    fs.writeFileSync(path.join(one, '.soattinrc.json'), JSON.stringify({ rules: { 'repeated-word': 'off' } }));
    client = await startClient(server, {
      folders: [one, two],
      settings: (scope) => (scope?.startsWith(fileUri(two)) ? { locale: 'en' } : { locale: 'vi' }),
    });
    expect(await open(client, fileUri(path.join(one, 'x.txt')), 'tại tại\n')).toEqual([]);
    const d = await open(client, fileUri(path.join(two, 'y.txt')), 'tại tại\n');
    expect(d.map((x) => x.message)).toEqual(['The word “tại” is repeated.']);
  });

  it('a settings change re-checks open drafts with the new settings', async () => {
    const settings: Record<string, unknown> = { locale: 'vi' };
    client = await startClient(server, { settings });
    const uri = 'untitled:cfg';
    expect((await open(client, uri, 'tại tại\n'))[0].message).toBe('Từ “tại” bị lặp lại liền nhau.');
    settings.locale = 'en';
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect((await next)[0].message).toBe('The word “tại” is repeated.');
  });

  it('debounces bursts of typing into one check', async () => {
    client = await startClient(server, { settings: { debounceMs: 1000 } });
    const uri = 'untitled:burst';
    await open(client, uri, '\n');
    const before = client.statuses.length;
    const words = ['tại ', 'tại ', 'Hà ', 'Nội'];
    let col = 0;
    let last: Promise<unknown> = Promise.resolve();
    for (const [i, w] of words.entries()) {
      last = change(client, uri, i + 2, [{ range: { start: { line: 0, character: col }, end: { line: 0, character: col } }, text: w }]);
      col += w.length;
      await sleep(20);
    }
    await last;
    expect(client.statuses.length).toBe(before + 1);
    expect(client.diagnostics.get(uri)!.diagnostics.map((d) => d.code)).toEqual(['repeated-word']);
  });
});

describe('skeleton request', () => {
  it('fills the byline from the config author, else from the editor setting', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.soattinrc.json'), JSON.stringify({ author: 'P. Tuyết' }));
    client = await startClient(server, { settings: { author: 'Minh Anh' } });
    const withRc = fileUri(path.join(dir, 'a.txt'));
    await open(client, withRc, '\n');
    await open(client, 'untitled:sk', '\n');
    const a = (await client.connection.sendRequest('soattin/skeleton', { uri: withRc })) as { snippet: string };
    const b = (await client.connection.sendRequest('soattin/skeleton', { uri: 'untitled:sk' })) as { snippet: string };
    expect(a.snippet).toContain('\nP. Tuyết\n');
    expect(b.snippet).toContain('\nMinh Anh\n');
    expect(a.snippet).toMatch(/^\$\{1:/);
  });
});

describe('ignored drafts', () => {
  it('a draft matching the config’s ignore globs gets no diagnostics, as in the CLI', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.soattinrc.json'), JSON.stringify({ ignore: ['luu-tru/**'] }));
    client = await startClient(server, { rootPath: dir });
    expect(await open(client, fileUri(path.join(dir, 'luu-tru', 'cu.txt')), 'tại tại\n')).toEqual([]);
    expect((await open(client, fileUri(path.join(dir, 'moi.txt')), 'tại tại\n')).map((d) => d.code)).toEqual(['repeated-word']);
  });
});
