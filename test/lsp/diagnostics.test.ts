import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleServer, change, closeDoc, open, seed004, startClient, type Client } from './harness.js';

let server: string;
beforeAll(async () => {
  server = await bundleServer();
}, 60000);

describe('diagnostics over IPC', () => {
  let vi: Client;
  beforeAll(async () => {
    vi = await startClient(server, { locale: 'vi' });
  });
  afterAll(() => vi.close());

  it('reports the repeated word of seed 004 with its exact range and Vietnamese message', async () => {
    const diags = await open(vi, 'untitled:seed004', seed004());
    const repeated = diags.filter((d) => d.code === 'repeated-word');
    // line 23 repeats line 21 and its fix deletes it: only the duplicate is reported there
    expect(repeated.map((d) => d.range)).toEqual([{ start: { line: 20, character: 58 }, end: { line: 20, character: 69 } }]);
    expect(diags.filter((d) => d.range.start.line === 22).map((d) => d.code)).toEqual(['duplicate-sentence']);
    expect(repeated[0]).toMatchObject({
      message: 'Từ “chứng” bị lặp lại liền nhau.',
      source: 'Soát Tin',
      severity: 2,
      codeDescription: { href: expect.stringMatching(/docs\/rules\/repeated-word\.md$/) },
      code: 'repeated-word',
    });
    // its fix and suggestions stay in the server: the editor gets their key (lsp/keys.ts) and
    // a code action reads them by it
    expect(repeated[0].data).toEqual({ key: expect.stringMatching(/^\d+:\d+$/) });
    const actions: Array<{ title: string }> = await vi.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'untitled:seed004' }, range: repeated[0].range, context: { diagnostics: [repeated[0]], only: ['quickfix'] } });
    expect(actions[0].title).toBe('Xóa “chứng” thừa');
    // …and the hover its correct form
    const hover: { contents: { value: string } } = await vi.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:seed004' }, position: repeated[0].range.start });
    expect(hover.contents.value).toContain('`chứng`');
  });

  it('sends a status after each check', async () => {
    const status = vi.statuses.at(-1) as Record<string, unknown>;
    expect(status).toMatchObject({ uri: 'untitled:seed004', profile: 'gov', state: 'ok' });
    expect(status.findings).toBe(vi.diagnostics.get('untitled:seed004')!.diagnostics.length);
    expect(typeof status.elapsedMs).toBe('number');
  });

  it('publishes the key of each diagnostic’s data, not the data: a third of the bytes of a draft full of slips', async () => {
    // twenty misspelt words, each with its suggestions
    const text = Array.from({ length: 20 }, () => 'Các hoc viên được hướng dẫn cách lam hồ sơ.').join(' ') + '\n';
    const diags = await open(vi, 'untitled:slips', text);
    expect(diags.filter((d) => d.code === 'spelling').length).toBeGreaterThanOrEqual(20);
    expect(diags.every((d) => Object.keys(d.data as object).join() === 'key')).toBe(true);
    const titles = async (d: (typeof diags)[number]): Promise<string[]> =>
      ((await vi.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'untitled:slips' }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as Array<{ title: string }>).map((a) => a.title);
    const slip = diags.find((d) => d.code === 'spelling')!;
    const before = await titles(slip);
    // (“hoa” and “hộ” cost the same; the language writes “hoa” more often: suggest.ts)
    expect(before.slice(0, 2)).toEqual(['Sửa thành “học”', 'Sửa thành “hoa”']);
    // a request on its way while the next check publishes: the publish before it is kept
    await change(vi, 'untitled:slips', 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Hết.' }]);
    expect(await titles(slip)).toEqual(before);
    // a key names its publish: one the server no longer keeps gives no quick fix
    expect(await titles({ ...slip, data: { key: '0:0' } })).toEqual([]);
  });

  it('re-checks after an incremental change', async () => {
    const uri = 'untitled:change';
    let diags = await open(vi, uri, 'Hội nghị được tổ chức tại tại Hà Nội.\n');
    expect(diags.filter((d) => d.code === 'repeated-word')).toHaveLength(1);
    // delete the second "tại " (line 0, characters 25..29)
    diags = await change(vi, uri, 2, [{ range: { start: { line: 0, character: 25 }, end: { line: 0, character: 29 } }, text: '' }]);
    expect(diags.filter((d) => d.code === 'repeated-word')).toEqual([]);
    // type a doubled word again on a new line
    diags = await change(vi, uri, 3, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Các các đại biểu đã dự.\n' }]);
    expect(diags.filter((d) => d.code === 'repeated-word').map((d) => d.range.start)).toEqual([{ line: 1, character: 0 }]);
  });

  it('clears the diagnostics of a closed draft', async () => {
    const uri = 'untitled:closing';
    expect((await open(vi, uri, 'trao chứng chứng nhận\n')).length).toBeGreaterThan(0);
    expect(await closeDoc(vi, uri)).toEqual([]);
  });

  it('survives a 2 MB single line and binary-ish text', async () => {
    const huge = await open(vi, 'untitled:huge', 'ab cd '.repeat(350_000));
    expect(huge).toHaveLength(1);
    expect(huge[0]).toMatchObject({ code: 'soattin', severity: 3 });
    expect(huge[0].message).toContain('vượt giới hạn 500000 ký tự');
    const binary = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    await open(vi, 'untitled:binary', binary);
    // still alive and answering
    expect(await open(vi, 'untitled:after', 'tại tại\n')).toHaveLength(1);
  });

  it('does not lint a Word file forced open as text: one note points to the command line', async () => {
    const diags = await open(vi, 'untitled:Tin.docx', 'PK\u0003\u0004 tại tại [Content_Types].xml');
    expect(diags.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['soattin', 3, 'Tệp Word (.docx) là tệp nén nên trình soạn thảo không soát được. Hãy soát bằng dòng lệnh: soattin TỆP.docx --docx-comments THƯ_MỤC (bản sao kèm nhận xét mở bằng Word).'],
    ]);
  });

  it('answers garbage requests without crashing', async () => {
    const none = await vi.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:nope' }, position: { line: 99, character: 0 } });
    expect(none).toBeNull();
    const actions = await vi.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'untitled:after' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [{ source: 'Soát Tin', message: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, data: 42 }] },
    });
    expect(actions).toEqual([]);
    expect(await vi.connection.sendRequest('workspace/executeCommand', { command: 'soattin.server.addToDictionary', arguments: [null, {}] })).toBeNull();
  });
});

describe('locale', () => {
  it('speaks Vietnamese in an English VS Code with default settings, English when soattin.locale is en', async () => {
    const auto = await startClient(server, { locale: 'en-US', settings: { locale: 'auto' } });
    const diags = await open(auto, 'untitled:auto', 'trao chứng chứng nhận\n');
    expect(diags.find((d) => d.code === 'repeated-word')?.message).toBe('Từ “chứng” bị lặp lại liền nhau.');
    expect(auto.statuses.at(-1)).toMatchObject({ locale: 'vi', profile: 'gov', profileLabel: 'văn bản nhà nước (Nghị định 30)' });
    await auto.close();
    const en = await startClient(server, { locale: 'vi', settings: { locale: 'en' } });
    const enDiags = await open(en, 'untitled:en', 'trao chứng chứng nhận\n');
    expect(enDiags.find((d) => d.code === 'repeated-word')?.message).toBe('The word “chứng” is repeated.');
    expect(en.statuses.at(-1)).toMatchObject({ locale: 'en', profileLabel: 'state documents (Decree 30)' });
    await en.close();
  });

  it('follows the soattin.locale setting over the client locale', async () => {
    const c = await startClient(server, { locale: 'en', settings: { locale: 'vi' } });
    const diags = await open(c, 'untitled:vi', 'trao chứng chứng nhận\n');
    expect(diags.find((d) => d.code === 'repeated-word')?.message).toBe('Từ “chứng” bị lặp lại liền nhau.');
    await c.close();
  });

  it('publishes nothing when soattin.enable is false', async () => {
    const c = await startClient(server, { settings: { enable: false } });
    expect(await open(c, 'untitled:off', 'trao chứng chứng nhận\n')).toEqual([]);
    expect(c.statuses.at(-1)).toMatchObject({ uri: 'untitled:off', findings: 0, state: 'ok', message: 'Soát Tin đang tắt cho bản thảo này (soattin.enable).' });
    await c.close();
  });
});

describe('other transports', () => {
  it('also speaks LSP over stdio, for editors other than VS Code', async () => {
    const { spawn } = await import('node:child_process');
    const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver-protocol/node');
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'vi' })) as {
      capabilities: { codeActionProvider: { codeActionKinds: string[] }; executeCommandProvider: { commands: string[] } };
    };
    expect(result.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.soattin']);
    expect(result.capabilities.executeCommandProvider.commands).toContain('soattin.server.addToDictionary');
    connection.dispose();
    child.kill();
  });
});
