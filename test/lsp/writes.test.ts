/**
 * Every file the server writes for a quick fix stays inside the workspace folder, holds a
 * validated word or rule id, and JSON is edited minimally. Hostile set-ups are built here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleServer, fileUri, open, startClient, tempDir, type Client } from './harness.js';

// each case spawns the real CLI or server: give a loaded machine time (outcomes are asserted, not speed)
vi.setConfig({ testTimeout: 120_000 });

let ws: string;
let outside: string;
let client: Client;
beforeAll(async () => {
  ws = fs.realpathSync(tempDir());
  outside = fs.realpathSync(tempDir());
  client = await startClient(await bundleServer(), { locale: 'vi', rootPath: ws });
}, 180_000);
afterAll(() => client?.close());

/** A draft in its own folder of the workspace, with these files next to it; opened in the server. */
async function draftIn(name: string, files: Record<string, string> = {}): Promise<{ dir: string; uri: string }> {
  const dir = path.join(ws, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), content);
  }
  const file = path.join(dir, 'tin.txt');
  fs.writeFileSync(file, 'Hản Em dự hội nghị tại tại Hà Nội.\n');
  const uri = fileUri(file);
  await open(client, uri, fs.readFileSync(file, 'utf8'));
  return { dir, uri };
}

async function command(command: string, args: unknown[]): Promise<string> {
  const before = client.messages.length;
  await client.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
  return client.messages.slice(before).join('\n');
}

describe('add to dictionary', () => {
  it('refuses a `dictionaries` entry outside the workspace', async () => {
    const { uri } = await draftIn('a', { '.soattinrc.json': JSON.stringify({ dictionaries: ['../../../ngoai-ws.txt'] }), '../../../ngoai-ws.txt': '' });
    const target = path.resolve(ws, 'a', '../../../ngoai-ws.txt');
    const shown = await command('soattin.server.addToDictionary', [uri, 'Hản']);
    expect(shown).toBe(`Không ghi được ${target}: ${target} nằm ngoài thư mục làm việc ${ws} (hoặc là liên kết trỏ ra ngoài); Soát Tin không ghi ra ngoài thư mục này.`);
    expect(fs.readFileSync(target, 'utf8')).toBe('');
  });

  it('refuses a .soattin/words.txt that links out of the workspace', async () => {
    fs.writeFileSync(path.join(outside, 'bashrc'), 'export A=1\n');
    const { dir, uri } = await draftIn('b', { '.soattinrc.json': '{}' });
    fs.mkdirSync(path.join(dir, '.soattin'));
    fs.symlinkSync(path.join(outside, 'bashrc'), path.join(dir, '.soattin/words.txt'));
    const shown = await command('soattin.server.addToDictionary', [uri, 'Hản']);
    expect(shown).toContain('nằm ngoài thư mục làm việc');
    expect(fs.readFileSync(path.join(outside, 'bashrc'), 'utf8')).toBe('export A=1\n');
  });

  it('refuses a “word” with a line break (it would become several entries)', async () => {
    const { dir, uri } = await draftIn('c', { '.soattinrc.json': '{}' });
    const shown = await command('soattin.server.addToDictionary', [uri, 'Hản\nrm -rf']);
    expect(shown).toBe(`Không ghi được ${path.join(dir, '.soattin/words.txt')}: chỉ thêm được một từ trên một dòng (không xuống dòng, không có “#”, tối đa 64 ký tự)`);
    expect(fs.existsSync(path.join(dir, '.soattin/words.txt'))).toBe(false);
  });

  it('writes nothing for a draft outside the workspace folder (a URI with "..")', async () => {
    const sibling = path.join(outside, 'tin.txt');
    fs.writeFileSync(sibling, 'Hản dự.\n');
    const uri = `${fileUri(ws)}/../${path.basename(outside)}/tin.txt`;
    await open(client, uri, 'Hản dự.\n');
    const shown = await command('soattin.server.addToDictionary', [uri, 'Hản']);
    expect(shown).toBe(`Bản thảo ${sibling} nằm ngoài các thư mục đang mở nên Soát Tin không ghi tệp dự án nào cho nó.`);
    expect(fs.existsSync(path.join(outside, '.soattin'))).toBe(false);
  });
});

describe('disable a rule / ignore a finding', () => {
  it('ignore this occurrence: refuses a .soattin folder that links out of the workspace', async () => {
    fs.mkdirSync(path.join(outside, 'side'));
    fs.writeFileSync(path.join(outside, 'side/ignored.json'), '{"ignored": []}\n');
    const dir = path.join(ws, 'g');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '.soattinrc.json'), '{}');
    fs.symlinkSync(path.join(outside, 'side'), path.join(dir, '.soattin'));
    const { uri } = await draftIn('g');
    const shown = await command('soattin.server.ignoreOccurrence', [uri, 'repeated-word', 'tại tại', 19]);
    expect(shown).toContain('nằm ngoài thư mục làm việc');
    expect(fs.readFileSync(path.join(outside, 'side/ignored.json'), 'utf8')).toBe('{"ignored": []}\n');
  });

  it('refuses a made-up rule id: nothing is written', async () => {
    const { dir, uri } = await draftIn('d', { '.soattinrc.json': '{ "profile": "gov" }\n' });
    const shown = await command('soattin.server.disableRuleForFile', [uri, '--><script>']);
    expect(shown).toBe(`Không ghi được ${path.join(dir, '.soattinrc.json')}: “--><script>” không phải mã quy tắc nào của Soát Tin`);
    expect(fs.readFileSync(path.join(dir, '.soattinrc.json'), 'utf8')).toBe('{ "profile": "gov" }\n');
  });

  it('refuses a .soattinrc.json that links out of the workspace', async () => {
    fs.writeFileSync(path.join(outside, 'rc.json'), '{}\n');
    const dir = path.join(ws, 'e');
    fs.mkdirSync(dir);
    fs.symlinkSync(path.join(outside, 'rc.json'), path.join(dir, '.soattinrc.json'));
    const { uri } = await draftIn('e');
    const shown = await command('soattin.server.disableRuleForFile', [uri, 'repeated-word']);
    expect(shown).toContain('nằm ngoài thư mục làm việc');
    expect(fs.readFileSync(path.join(outside, 'rc.json'), 'utf8')).toBe('{}\n');
  });

  it('edits package.json minimally: the other keys keep their layout', async () => {
    const pkg = '{\n    "name": "tin-bai",\n    "scripts": { "kiem-tra": "soattin ." },\n    "soattin": {\n        "profile": "gov"\n    }\n}\n';
    const { dir, uri } = await draftIn('f', { 'package.json': pkg });
    await command('soattin.server.disableRuleForFile', [uri, 'repeated-word']);
    const after = fs.readFileSync(path.join(dir, 'package.json'), 'utf8');
    expect(JSON.parse(after)).toEqual({
      name: 'tin-bai',
      scripts: { 'kiem-tra': 'soattin .' },
      soattin: { profile: 'gov', overrides: [{ files: ['tin.txt'], rules: { 'repeated-word': 'off' } }] },
    });
    expect(after.startsWith('{\n    "name": "tin-bai",\n    "scripts": { "kiem-tra": "soattin ." },\n')).toBe(true);
  });
});
