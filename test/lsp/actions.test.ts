import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { applyLspEdits, bundleServer, editsFor, fileUri, open, seed004, startClient, tempDir, type Client } from './harness.js';

let server: string;
let ws: string;
let client: Client;
beforeAll(async () => {
  server = await bundleServer();
  ws = tempDir();
  client = await startClient(server, { locale: 'vi', rootPath: ws });
}, 60000);
afterAll(() => client.close());

function codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
}

describe('quick fixes', () => {
  it('removes the extra “chứng ” from “trao chứng chứng nhận”', async () => {
    const uri = 'untitled:qf';
    const text = seed004();
    const diags = await open(client, uri, text);
    const d = diags.find((x) => x.code === 'repeated-word')!;
    const actions = await codeActions(uri, [d]);
    const fix = actions.find((a) => a.edit)!;
    expect(fix).toMatchObject({ title: 'Xóa “chứng” thừa', kind: 'quickfix', isPreferred: true });
    const after = applyLspEdits(text, editsFor(fix.edit, uri));
    const line = after.split('\n')[20];
    expect(line).toContain('trao chứng nhận cho');
    expect(after.length).toBe(text.length - 'chứng '.length);
  });

  it('offers no file-based action for an untitled draft', async () => {
    const uri = 'untitled:qf';
    const d = client.diagnostics.get(uri)!.diagnostics.find((x) => x.code === 'repeated-word')!;
    const titles = (await codeActions(uri, [d])).map((a) => a.title);
    expect(titles).toEqual(['Xóa “chứng” thừa']);
  });
});

describe('fix all', () => {
  it('source.fixAll.soattin fixes every safe problem and leaves the rest byte-identical', async () => {
    const uri = 'untitled:fixall';
    const text = 'Sáng 5-9 , hội nghị  được tổ chức tại tại Hà Nội.\nÔng nói: “trao chứng chứng nhận”.\n';
    const diags = await open(client, uri, text);
    expect(diags.length).toBeGreaterThan(1);
    const actions = await codeActions(uri, [], ['source.fixAll.soattin']);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'source.fixAll.soattin', title: 'Sửa mọi lỗi tự sửa được của Soát Tin' });
    const after = applyLspEdits(text, editsFor(actions[0].edit, uri));
    expect(after).toBe('Sáng 5-9, hội nghị được tổ chức tại Hà Nội.\nÔng nói: “trao chứng chứng nhận”.\n');
    // the generic kind used by editor.codeActionsOnSave works too, and gives the same edit
    const generic = await codeActions(uri, [], ['source.fixAll']);
    expect(generic[0].edit).toEqual(actions[0].edit);
    // quick-fix requests do not carry the fix-all action
    expect((await codeActions(uri, [], ['quickfix'])).length).toBe(0);
  });

  it('offers nothing when there is nothing to fix', async () => {
    const uri = 'untitled:clean';
    await open(client, uri, 'Hội nghị được tổ chức tại Hà Nội.\n');
    expect(await codeActions(uri, [], ['source.fixAll'])).toEqual([]);
  });

  it('the soattin.server.fixAll command applies the same edit through workspace/applyEdit', async () => {
    const uri = 'untitled:fixcmd';
    const text = 'tại tại Hà Nội\n';
    await open(client, uri, text);
    const before = client.applied.length;
    await client.connection.sendRequest('workspace/executeCommand', { command: 'soattin.server.fixAll', arguments: [uri] });
    expect(client.applied.length).toBe(before + 1);
    expect(applyLspEdits(text, editsFor(client.applied.at(-1)!.edit, uri))).toBe('tại Hà Nội\n');
  });
});

describe('hover', () => {
  it('explains the rule, shows the correct form and links the doc', async () => {
    const uri = 'untitled:qf';
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 20, character: 60 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    // VS Code prints the diagnostic's message above a provider's hover: not twice
    expect(value).not.toContain('Từ “chứng” bị lặp lại liền nhau.');
    expect(value).not.toContain('repeated-word`');
    expect(value).toContain('Từ lặp liền nhau thường là lỗi gõ');
    expect(value).toContain('Cách viết đúng: `chứng`');
    expect(value).toMatch(/\[Tài liệu: từ lặp liền nhau\]\(https:\/\/\S+\/docs\/rules\/repeated-word\.md\)/);
    expect(hover.range).toEqual({ start: { line: 20, character: 58 }, end: { line: 20, character: 69 } });
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    expect(nothing).toBeNull();
  });
});

describe('project files', () => {
  it('add to dictionary writes .soattin/words.txt once and re-checks', async () => {
    const file = path.join(ws, 'tin.txt');
    fs.writeFileSync(file, 'Hản Em dự.\n');
    const uri = fileUri(file);
    await open(client, uri, 'Hản Em dự.\n');
    const cmd = { command: 'soattin.server.addToDictionary', arguments: [uri, 'Hản'] };
    const recheck = client.nextDiagnostics(uri);
    await client.connection.sendRequest('workspace/executeCommand', cmd);
    await recheck;
    await client.connection.sendRequest('workspace/executeCommand', cmd);
    expect(fs.readFileSync(path.join(ws, '.soattin/words.txt'), 'utf8')).toBe('Hản\n');
    expect(client.messages).toContain(`Đã thêm “Hản” vào ${path.join(ws, '.soattin/words.txt')}.`);
    expect(client.messages).toContain(`“Hản” đã có trong ${path.join(ws, '.soattin/words.txt')}.`);
  });

  it('offers add-to-dictionary and each silencing action, named for what it does and where it writes', async () => {
    const file = path.join(ws, 'tin.txt');
    const uri = fileUri(file);
    const d: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      message: 'x',
      source: 'Soát Tin',
      code: 'repeated-word',
      data: { ruleId: 'repeated-word', messageId: 'word', text: 'Hản', word: 'Hản', onDisk: true },
    };
    const actions = await codeActions(uri, [d]);
    expect(actions.map((a) => [a.title, a.command?.command])).toEqual([
      ['Thêm “Hản” vào từ điển dự án', 'soattin.server.addToDictionary'],
      ['Bỏ qua đúng chỗ này (ghi vào .soattin/ignored.json)', 'soattin.server.ignoreOccurrence'],
      ['Bỏ qua “Hản” ở mọi chỗ trong tệp này (ghi vào .soattinrc.json)', 'soattin.server.ignoreFinding'],
      ['Tắt kiểm tra từ lặp liền nhau cho riêng tệp này (ghi vào .soattinrc.json)', 'soattin.server.disableRuleForFile'],
    ]);
    expect(actions[1].command?.arguments).toEqual([uri, 'repeated-word', 'Hản', 0]);
    expect(actions[2].command?.arguments).toEqual([uri, 'repeated-word', 'Hản']);
  });

  it('disable rule for a .txt draft writes an override and silences the rule', async () => {
    const dir = path.join(ws, 'tin');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'a.txt');
    const text = 'trao chứng chứng nhận\n';
    fs.writeFileSync(file, text);
    const uri = fileUri(file);
    expect((await open(client, uri, text)).some((d) => d.code === 'repeated-word')).toBe(true);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'soattin.server.disableRuleForFile', arguments: [uri, 'repeated-word'] });
    expect((await next).some((d) => d.code === 'repeated-word')).toBe(false);
    const rc = JSON.parse(fs.readFileSync(path.join(ws, '.soattinrc.json'), 'utf8'));
    expect(rc).toEqual({ overrides: [{ files: ['tin/a.txt'], rules: { 'repeated-word': 'off' } }] });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('ignore once adds an ignore entry for that text only', async () => {
    const file = path.join(ws, 'b.txt');
    const text = 'tại tại Hà Nội, vào vào hôm qua\n';
    fs.writeFileSync(file, text);
    const uri = fileUri(file);
    const diags = await open(client, uri, text);
    expect(diags.filter((d) => d.code === 'repeated-word')).toHaveLength(2);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'soattin.server.ignoreFinding', arguments: [uri, 'repeated-word', 'tại tại'] });
    expect((await next).filter((d) => d.code === 'repeated-word').map((d) => text.slice(d.range.start.character, d.range.end.character))).toEqual(['vào vào']);
    const rc = JSON.parse(fs.readFileSync(path.join(ws, '.soattinrc.json'), 'utf8'));
    expect(rc.overrides[1]).toEqual({ files: ['b.txt'], ignore: [{ rule: 'repeated-word', text: 'tại tại' }] });
  });

  it('disable rule for a markdown draft adds an HTML comment at the top (after front matter)', async () => {
    const uri = 'untitled:draft.md';
    const text = '---\ntitle: x\n---\n# Tin\n\ntrao chứng chứng nhận\n';
    const diags = await open(client, uri, text, 'markdown');
    const d = diags.find((x) => x.code === 'repeated-word')!;
    const action = (await codeActions(uri, [d])).find((a) => a.title === 'Tắt kiểm tra từ lặp liền nhau cho riêng tệp này (ghi vào chú thích ở đầu bài)')!;
    const after = applyLspEdits(text, editsFor(action.edit, uri));
    expect(after).toBe('---\ntitle: x\n---\n<!-- soattin-disable repeated-word -->\n\n# Tin\n\ntrao chứng chứng nhận\n');
    const again = await open(client, 'untitled:draft2.md', after, 'markdown');
    expect(again.some((x) => x.code === 'repeated-word')).toBe(false);
  });
});

describe('broken config', () => {
  it('becomes one diagnostic naming the file and the key, and a warning status', async () => {
    const dir = tempDir();
    const rc = path.join(dir, '.soattinrc.json');
    fs.writeFileSync(rc, '{\n  "profile": "ministry",\n  "rules": { "spacing": "loud" }\n}\n');
    const file = path.join(dir, 'tin.txt');
    const diags = await open(client, fileUri(file), 'tại tại Hà Nội\n');
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ code: 'config', severity: 1, range: { start: { line: 0, character: 0 } } });
    const profile = `Cấu hình ${rc}:2:14: khóa “profile” phải là một trong: "gov", "party", "press-lower"`;
    const spacing = `Cấu hình ${rc}:3:25: khóa “rules.spacing” phải là "off" | "info" | "warning" | "error" hoặc [mức, {tùy chọn}]`;
    expect(diags[0].message).toBe(`${profile}\n${spacing}`);
    // each problem links to its place in the config file
    expect(diags[0].relatedInformation).toEqual([
      { location: { uri: fileUri(rc), range: { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } } }, message: profile },
      { location: { uri: fileUri(rc), range: { start: { line: 2, character: 24 }, end: { line: 2, character: 24 } } }, message: spacing },
    ]);
    expect(client.statuses.at(-1)).toMatchObject({ uri: fileUri(file), state: 'warning', message: diags[0].message });
    expect(client.logs.some((l) => l.includes('[config]') && l.includes('profile'))).toBe(true);
  });

  it('recovers when the config is repaired and the watcher reports it', async () => {
    const dir = tempDir();
    const rc = path.join(dir, '.soattinrc.json');
    fs.writeFileSync(rc, '{ "profile": ');
    const uri = fileUri(path.join(dir, 'tin.txt'));
    const broken = await open(client, uri, 'tại tại Hà Nội\n');
    expect(broken[0].message).toContain('không phải JSON hợp lệ');
    fs.writeFileSync(rc, '{ "profile": "party" }');
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    expect((await next).map((d) => d.code)).toEqual(['repeated-word']);
    expect(client.statuses.at(-1)).toMatchObject({ uri, profile: 'party', state: 'ok' });
  });
});

describe('nested configs', () => {
  it('the server merges a folder\'s config over its parents\', as the CLI does; "root": true stops the climb', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'ban/rieng'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.soattinrc.json'), JSON.stringify({ profile: 'party', rules: { 'repeated-word': 'error' } }));
    fs.writeFileSync(path.join(dir, 'ban/.soattinrc.json'), '// ban biên tập\n{ "rules": { "spacing": "info" } }\n');
    fs.writeFileSync(path.join(dir, 'ban/rieng/.soattinrc.json'), JSON.stringify({ root: true, rules: { spacing: 'off' } }));
    const text = 'Hội nghị  tại tại Hà Nội\n';
    const merged = await open(client, fileUri(path.join(dir, 'ban/tin.txt')), text);
    expect(merged.filter((d) => d.code === 'repeated-word' || d.code === 'spacing').map((d) => [d.code, d.severity])).toEqual([
      ['spacing', 3],
      ['repeated-word', 1],
    ]);
    expect(client.statuses.at(-1)).toMatchObject({ profile: 'party' });
    const alone = await open(client, fileUri(path.join(dir, 'ban/rieng/tin.txt')), text);
    expect(alone.filter((d) => d.code === 'repeated-word' || d.code === 'spacing').map((d) => [d.code, d.severity])).toEqual([['repeated-word', 2]]);
    expect(client.statuses.at(-1)).toMatchObject({ profile: 'gov' });
  });
});

describe('spelling and the project dictionary', () => {
  it('“Thêm … vào từ điển dự án” adds the word and its finding disappears', async () => {
    const dir = tempDir();
    const c = await startClient(server, { locale: 'vi', rootPath: dir });
    try {
      const file = path.join(dir, 'tin.txt');
      const text = 'Lớp học về mô hình gioăng cao su.\n';
      fs.writeFileSync(file, text);
      const uri = fileUri(file);
      const diags = await open(c, uri, text);
      const d = diags.find((x) => x.code === 'spelling' && text.slice(x.range.start.character, x.range.end.character) === 'gioăng');
      expect(d).toBeDefined();
      const actions: CodeAction[] = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d!.range, context: { diagnostics: [d] } });
      const add = actions.find((a) => a.title === 'Thêm “gioăng” vào từ điển dự án')!;
      expect(add.command).toEqual({ title: add.title, command: 'soattin.server.addToDictionary', arguments: [uri, 'gioăng'] });
      const next = c.nextDiagnostics(uri);
      await c.connection.sendRequest('workspace/executeCommand', add.command);
      expect((await next).some((x) => x.code === 'spelling' && x.range.start.character === d!.range.start.character)).toBe(false);
      expect(fs.readFileSync(path.join(dir, '.soattin', 'words.txt'), 'utf8')).toBe('gioăng\n');
    } finally {
      await c.close();
    }
  });
});
