/**
 * What a reporter meets while writing: one answer per mistake, missing elements shown where
 * they belong and calm while typing, fix-on-save that keeps every line, an ignore that
 * silences one occurrence and stays with the draft, rule docs opened inside the editor, and
 * no spelling advice on a person's name.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { applyLspEdits, bundleServer, change, editsFor, fileUri, open, startClient, tempDir, type Client } from './harness.js';
import { clearConfigCache, lint, resolveConfig } from '../../server/src/library.js';

let server: string;
let ws: string;
let client: Client;
beforeAll(async () => {
  server = await bundleServer();
  ws = tempDir();
  client = await startClient(server, { rootPath: ws, initializationOptions: { ruleDocs: 'command' } });
}, 60000);
afterAll(() => client.close());

function codeActions(c: Client, uri: string, diagnostics: Diagnostic[], only?: string[], triggerKind?: number): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}), ...(triggerKind ? { triggerKind } : {}) } });
}

const save = (c: Client, uri: string): Promise<void> => c.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });

/** A training-news item with every element but the byline. */
const NO_BYLINE = [
  'Huyện ủy Tân Phước tập huấn công tác dân vận',
  '',
  '(Đài Tân Phước) Sáng ngày 14-3, Ban Dân vận Huyện ủy Tân Phước tổ chức lớp tập huấn nghiệp vụ công tác dân vận cho 85 học viên là cán bộ dân vận các xã, thị trấn.',
  '',
  'Dự và phát biểu khai mạc có đồng chí Lê Thị Hạnh, Phó Bí thư Thường trực Huyện ủy.',
  '',
  'Tại lớp tập huấn, các học viên được nghe giới thiệu các chuyên đề: kỹ năng vận động quần chúng, xây dựng dân vận khéo.',
  '',
  'Lớp tập huấn diễn ra trong 2 ngày, từ ngày 14-3 đến ngày 15-3.',
  '',
].join('\n');

describe('missing elements in the editor', () => {
  it('the missing byline sits where the byline goes, an error once the draft is left alone', async () => {
    const uri = 'untitled:no-byline';
    const diags = await open(client, uri, NO_BYLINE);
    const byline = diags.filter((d) => d.code === 'required-byline');
    expect(byline).toHaveLength(1);
    // the empty last line, not the last word of the story
    expect(byline[0].range).toEqual({ start: { line: 9, character: 0 }, end: { line: 9, character: 0 } });
    expect(byline[0].severity).toBe(1);
    // the CLI (core lint) keeps the rule's own span and severity
    const r = resolveConfig(path.join(ws, 'x.txt'));
    if (!r.ok) throw new Error('no config');
    const cli = lint(NO_BYLINE, r.config).findings.filter((x) => x.ruleId === 'required-byline');
    expect(cli.map((x) => [x.severity, NO_BYLINE.slice(x.start, x.end)])).toEqual([['error', '15-3.']]);
  });

  it('is information while the reporter types, and an error again after saving', async () => {
    const uri = 'untitled:no-byline';
    // the reporter goes on typing the last sentence
    let diags = await change(client, uri, 2, [{ range: { start: { line: 8, character: 62 }, end: { line: 8, character: 62 } }, text: ' Lớp học có nhiều' }]);
    expect(diags.filter((d) => d.code === 'required-byline').map((d) => d.severity)).toEqual([3]);
    const next = client.nextDiagnostics(uri);
    await save(client, uri);
    diags = await next;
    expect(diags.filter((d) => d.code === 'required-byline').map((d) => d.severity)).toEqual([1]);
  });
});

describe('one answer per mistake', () => {
  const DUP = 'Hội nghị bàn kế hoạch năm mới của huyện.\n\nẢnh: Các đại biểu dự hội nghị tại tại hội trường.\nẢnh: Các đại biểu dự hội nghị tại tại hội trường.\n\nHội nghị kết thúc lúc 11 giờ  cùng ngày.\n';

  it('a duplicated caption line carries only the duplicate finding, not the typos it repeats', async () => {
    const diags = await open(client, 'untitled:dup', DUP);
    expect(diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`)).toEqual(['3:31 repeated-word', '4:1 duplicate-sentence', '6:29 spacing']);
  });

  it('fix-on-save keeps every line by default; the command and soattin.fixOnSave “all” delete the copy', async () => {
    const uri = 'untitled:dup';
    const onSave = await codeActions(client, uri, [], ['source.fixAll.soattin'], 2);
    expect(applyLspEdits(DUP, editsFor(onSave[0].edit, uri))).toBe(
      // the copy stays for the reporter to remove, untouched: a fix applies only what was reported,
      // and findings inside a line marked for deletion are not reported
      'Hội nghị bàn kế hoạch năm mới của huyện.\n\nẢnh: Các đại biểu dự hội nghị tại hội trường.\nẢnh: Các đại biểu dự hội nghị tại tại hội trường.\n\nHội nghị kết thúc lúc 11 giờ cùng ngày.\n',
    );
    const chosen = await codeActions(client, uri, [], ['source.fixAll.soattin'], 1);
    const all = 'Hội nghị bàn kế hoạch năm mới của huyện.\n\nẢnh: Các đại biểu dự hội nghị tại hội trường.\n\nHội nghị kết thúc lúc 11 giờ cùng ngày.\n';
    expect(applyLspEdits(DUP, editsFor(chosen[0].edit, uri))).toBe(all);
    const c = await startClient(server, { settings: { fixOnSave: 'all' } });
    try {
      await open(c, uri, DUP);
      const allOnSave = await codeActions(c, uri, [], ['source.fixAll.soattin'], 2);
      expect(applyLspEdits(DUP, editsFor(allOnSave[0].edit, uri))).toBe(all);
    } finally {
      await c.close();
    }
  });
});

describe('ignore this occurrence', () => {
  it('plain text: recorded in .soattin/ignored.json, silences that place only, survives edits elsewhere, read by the CLI too', async () => {
    const file = path.join(ws, 'tin', 'lan.txt');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = 'Đoàn công tác đến tại tại xã Mỹ Hòa.\nBuổi chiều, đoàn làm việc tại tại xã Mỹ An.\n';
    fs.writeFileSync(file, text);
    const uri = fileUri(file);
    const diags = (await open(client, uri, text)).filter((d) => d.code === 'repeated-word');
    expect(diags.map((d) => d.range.start.line)).toEqual([0, 1]);
    const ignore = (await codeActions(client, uri, [diags[0]])).find((a) => a.command?.command === 'soattin.server.ignoreOccurrence')!;
    expect(ignore.title).toBe('Bỏ qua đúng chỗ này (ghi vào .soattin/ignored.json)');
    let next = client.nextDiagnostics(uri);
    await client.connection.sendRequest('workspace/executeCommand', ignore.command);
    expect((await next).filter((d) => d.code === 'repeated-word').map((d) => d.range.start.line)).toEqual([1]);
    const side = JSON.parse(fs.readFileSync(path.join(ws, '.soattin', 'ignored.json'), 'utf8'));
    expect(side.ignored).toEqual([{ file: 'tin/lan.txt', rule: 'repeated-word', text: 'tại tại', line: expect.stringMatching(/^[0-9a-f]{8}$/) }]);
    // a new first line (an edit elsewhere): the ignored place stays quiet
    next = client.nextDiagnostics(uri);
    await change(client, uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Tin tổng hợp.\n' }]);
    expect((await next).filter((d) => d.code === 'repeated-word').map((d) => d.range.start.line)).toEqual([2]);
    // the CLI reads the same side file
    clearConfigCache();
    const edited = 'Tin tổng hợp.\n' + text;
    const r = resolveConfig(file);
    expect(r.ok).toBe(true);
    if (r.ok) expect(lint(edited, r.config).findings.filter((f) => f.ruleId === 'repeated-word').map((f) => f.start)).toEqual([edited.lastIndexOf('tại tại')]);
    // rewriting that line itself brings the finding back
    const back = await change(client, uri, 3, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, text: 'Hôm qua đoàn' }]);
    expect(back.filter((d) => d.code === 'repeated-word').map((d) => d.range.start.line)).toEqual([1, 2]);
  });

  it('markdown: a comment line just above that occurrence, nothing written elsewhere', async () => {
    const uri = 'untitled:lan.md';
    const text = '# Tin\n\nĐoàn công tác đến tại tại xã Mỹ Hòa.\n\nBuổi chiều, đoàn làm việc tại tại xã Mỹ An.\n';
    const diags = (await open(client, uri, text, 'markdown')).filter((d) => d.code === 'repeated-word');
    const actions = await codeActions(client, uri, [diags[0]]);
    expect(actions.map((a) => a.title)).toEqual([
      'Xóa “tại” thừa',
      'Bỏ qua đúng chỗ này (ghi vào chú thích ngay trên dòng này)',
      'Tắt kiểm tra từ lặp liền nhau cho riêng tệp này (ghi vào chú thích ở đầu bài)',
    ]);
    const after = applyLspEdits(text, editsFor(actions[1].edit, uri));
    expect(after).toBe('# Tin\n\n<!-- soattin-disable-next-line repeated-word "tại tại" -->\nĐoàn công tác đến tại tại xã Mỹ Hòa.\n\nBuổi chiều, đoàn làm việc tại tại xã Mỹ An.\n');
    const again = (await open(client, 'untitled:lan2.md', after, 'markdown')).filter((d) => d.code === 'repeated-word');
    expect(again.map((d) => d.range.start.line)).toEqual([5]);
  });
});

describe('links and names', () => {
  it('rule-doc links open the doc shipped with the extension (a command), not a website', async () => {
    const diags = await open(client, 'untitled:link', 'Hội nghị được tổ chức tại tại Hà Nội.\n');
    const d = diags.find((x) => x.code === 'repeated-word')!;
    expect(d.codeDescription?.href).toBe(`command:soattin.openRuleDocs?${encodeURIComponent('["repeated-word"]')}`);
  });

  it('never spells a syllable of a person’s name: no finding, so no change is offered', async () => {
    const file = path.join(ws, 'ten.txt');
    const text = 'Phó trưởng ban Bùi Văn Hản dự.\n';
    fs.writeFileSync(file, text);
    const diags = await open(client, fileUri(file), text);
    expect(diags.filter((x) => x.code === 'spelling')).toEqual([]);
  });
});
