/**
 * The web extension's language server (dist/web-server.js, built with the options of
 * scripts/web-build.mjs) run the way a browser runs it: the bundle alone in a fresh JavaScript
 * context that has a worker's globals and none of Node's (no require, process, Buffer, fs),
 * speaking LSP through `self.postMessage` / `self.onmessage`. It gets the dictionary and the
 * workspace's Soát Tin files from the client, as client/src/web.ts sends them.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleServer, open, startClient } from './harness.js';

const root = path.resolve(__dirname, '../..');
const dictionary = {
  aff: fs.readFileSync(path.join(root, 'node_modules/dictionary-vi/index.aff'), 'utf8'),
  dic: fs.readFileSync(path.join(root, 'node_modules/dictionary-vi/index.dic'), 'utf8'),
};

/** A short training news draft: "tại tại" doubled, "hoc" misspelt, no headline, no byline. */
const DRAFT =
  'Sáng nay, Sở Tư pháp tổ chức lớp tập huấn về kỹ năng soạn thảo văn bản cho cán bộ cấp xã tại tại hội trường tỉnh.\n' +
  'Lớp học có sự tham gia của 80 hoc viên đến từ các huyện.\n';
const IN_TIN = 'file:///ws/tin/bai.txt';
const OUTSIDE = 'file:///ws/khac.txt';

interface Message {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
}

/** The worker bundle in its own context, and the client end of its message port. */
class Worker {
  private onmessage: ((e: { data: unknown }) => void) | undefined;
  private nextId = 1;
  private pending = new Map<number, (result: unknown) => void>();
  private waiters: Array<{ test: (m: Message) => boolean; done: (m: Message) => void }> = [];
  readonly received: Message[] = [];

  constructor(code: string) {
    const scope = {
      postMessage: (m: unknown) => setTimeout(() => this.fromServer(structuredClone(m) as Message)),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      set onmessage(f: (e: { data: unknown }) => void) {
        worker.onmessage = f;
      },
    };
    const worker = this;
    const globals = { self: scope, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, performance, structuredClone };
    vm.runInContext(code, vm.createContext(globals));
  }

  private fromServer(m: Message): void {
    if (m.id !== undefined && !m.method) {
      this.pending.get(m.id)?.(m.result);
      this.pending.delete(m.id);
      return;
    }
    if (m.id !== undefined && m.method) {
      // requests of the server: settings, registrations, message boxes
      const result = m.method === 'workspace/configuration' ? m.params.items.map(() => ({ locale: 'vi' })) : null;
      this.send({ id: m.id, result });
    }
    this.received.push(m);
    this.waiters = this.waiters.filter((w) => (w.test(m) ? (w.done(m), false) : true));
  }

  private send(m: object): void {
    const data = structuredClone({ jsonrpc: '2.0', ...m });
    setTimeout(() => this.onmessage?.({ data }));
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((done) => {
      this.pending.set(id, done);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** the next message from the server that passes `test` */
  next(test: (m: Message) => boolean): Promise<Message> {
    return new Promise((done) => this.waiters.push({ test, done }));
  }

  diagnosticsOf(uri: string): Promise<any[]> {
    return this.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).then((m) => m.params.diagnostics);
  }
}

const summary = (diags: any[]) => diags.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);

let worker: Worker;
let dir: string;
let initialized: any;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-web-'));
  const bundle = path.join(dir, 'web-server.js');
  const { webServerOptions } = (await import(path.join(root, 'scripts/web-build.mjs'))) as { webServerOptions(out: string): BuildOptions };
  await build({ ...webServerOptions(bundle), logLevel: 'error' });
  worker = new Worker(fs.readFileSync(bundle, 'utf8'));
  initialized = await worker.request('initialize', {
    processId: null,
    rootUri: 'file:///ws',
    workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }],
    capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } } },
    initializationOptions: { ruleDocs: 'command', dictionary },
  });
  worker.notify('initialized', {});
  // what client/src/web.ts sends before it opens a draft of the folder
  worker.notify('soattin/workspaceFiles', { files: [{ path: '/ws/tin/.soattinrc.json', text: '{ "rules": { "required-headline": "off" } }' }] });
}, 60000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the language server in a web worker', () => {
  it('answers initialize like the Node server and says where it runs', async () => {
    expect(initialized.serverInfo).toEqual({ name: 'soattin', version: '0.1.0' });
    expect(initialized.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.soattin']);
    expect(initialized.capabilities.hoverProvider).toBe(true);
    const log = worker.received.find((m) => m.method === 'window/logMessage' && /\[web\]/.test(m.params.message));
    expect(log?.params.message).toBe('[web] language server in a web worker');
  });

  it('checks a draft with the bundled word lists and the dictionary the client sent, under the workspace config', async () => {
    const published = worker.diagnosticsOf(IN_TIN);
    worker.notify('textDocument/didOpen', { textDocument: { uri: IN_TIN, languageId: 'plaintext', version: 1, text: DRAFT } });
    const diags = await published;
    // tin/.soattinrc.json turns the headline rule off; a missing element sits where it belongs
    expect(summary(diags)).toEqual([
      ['required-dateline', 0, 0, 0, 0],
      ['required-duration', 0, 113, 0, 113],
      ['required-official-titles', 0, 113, 0, 113],
      ['repeated-word', 0, 89, 0, 96],
      ['spelling', 1, 30, 1, 33],
      ['required-byline', 2, 0, 2, 0],
    ]);
    expect(diags.find((d) => d.code === 'repeated-word').message).toBe('Từ “tại” bị lặp lại liền nhau.');
    expect(diags.find((d) => d.code === 'spelling').message).toBe('“hoc” viết sai chính tả; có phải là “học”?');
  });

  it('shows a reporter exactly what the Node server shows for the same draft and config', async () => {
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(path.join(ws, 'tin'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'tin/.soattinrc.json'), '{ "rules": { "required-headline": "off" } }');
    const node = await startClient(await bundleServer(), { rootPath: ws, initializationOptions: { ruleDocs: 'command' } });
    try {
      const seen = (diags: any[]) => diags.map((d) => ({ code: d.code, range: d.range, severity: d.severity, message: d.message, source: d.source, fix: d.data?.fixTitle }));
      const onNode = await open(node, `file://${ws}/tin/bai.txt`, DRAFT);
      const onWeb = worker.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === IN_TIN).at(-1)!.params.diagnostics;
      expect(seen(onWeb)).toEqual(seen(onNode));
    } finally {
      await node.close();
    }
  }, 60000);

  it('applies the config of the draft’s own folder only', async () => {
    const published = worker.diagnosticsOf(OUTSIDE);
    worker.notify('textDocument/didOpen', { textDocument: { uri: OUTSIDE, languageId: 'plaintext', version: 1, text: DRAFT } });
    const diags = await published;
    expect(diags.find((d) => d.code === 'required-headline')?.message).toMatch(/^Thiếu tiêu đề: dòng đầu của tin phải là tiêu đề ngắn/);
  });

  it('offers the quick fix of the doubled word', async () => {
    const published = worker.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === IN_TIN).at(-1)!.params.diagnostics;
    const repeated = published.find((d: any) => d.code === 'repeated-word');
    const actions = await worker.request('textDocument/codeAction', {
      textDocument: { uri: IN_TIN },
      range: repeated.range,
      context: { diagnostics: [repeated], only: ['quickfix'] },
    });
    const fix = actions.find((a: any) => a.title === 'Xóa “tại” thừa');
    expect(fix.edit.documentChanges[0].edits).toEqual([{ range: { start: { line: 0, character: 89 }, end: { line: 0, character: 93 } }, newText: '' }]);
  });

  it('follows a config file the client says changed', async () => {
    const published = worker.diagnosticsOf(IN_TIN);
    worker.notify('soattin/workspaceFiles', { files: [{ path: '/ws/tin/.soattinrc.json', text: null }] });
    worker.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///ws/tin/.soattinrc.json', type: 3 }] });
    const diags = await published;
    expect(diags.map((d) => d.code)).toContain('required-headline');
  });

  it('never writes: adding a word to the project dictionary says the disk is read-only', async () => {
    const shown = worker.next((m) => m.method === 'window/showMessage' || m.method === 'window/showMessageRequest');
    await worker.request('workspace/executeCommand', { command: 'soattin.server.addToDictionary', arguments: [IN_TIN, 'hoc'] });
    const m = await shown;
    expect(m.params.message).toBe('Không ghi được /ws/.soattin/words.txt: ổ đĩa chỉ cho phép đọc');
  });
});
