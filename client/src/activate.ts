/**
 * What the extension does in the editor, on the desktop and on the web alike: starts the
 * language client its host gives (extension.ts: the Node server over IPC; web.ts: the server
 * in a web worker) and adds what only the editor can do (snippets, quick picks, the status
 * item). Nothing here assumes a local desktop or a disk.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { ClientCommand, OPEN_RULE_DOCS, ServerCommand, SKELETON_REQUEST, SOURCE, STATUS_NOTIFICATION, type InitOptions, type SkeletonResult, type StatusParams } from '../../server/src/lsp/protocol.js';
import { StatusView, type StatusSnapshot } from './status.js';
import { msg, toClientLocale, type ClientMessageId } from './messages.js';

let client: BaseLanguageClient | undefined;

export interface SoatTinApi {
  status(): StatusSnapshot;
  /** resolves once the language client has started */
  ready: Promise<void>;
}

/** Drafts only: plain text and markdown, in the given URI schemes. */
export function draftSelector(schemes: string[]): Array<{ scheme: string; language: string }> {
  return schemes.flatMap((scheme) => [
    { scheme, language: 'plaintext' },
    { scheme, language: 'markdown' },
  ]);
}

/** What differs between the desktop (Node) and the web (browser worker) extension. */
export interface ClientHost {
  /** URI schemes whose plain-text and markdown documents are drafts */
  schemes: string[];
  /** the language client for these options (the server's transport is the host's business) */
  createClient(options: LanguageClientOptions, output: vscode.LogOutputChannel): Promise<BaseLanguageClient>;
  /** once the client runs (the web host sends the workspace's config files then) */
  started?(client: BaseLanguageClient, output: vscode.LogOutputChannel): vscode.Disposable[] | Promise<vscode.Disposable[]>;
}

export function activateWith(context: vscode.ExtensionContext, host: ClientHost): SoatTinApi {
  // a LogOutputChannel: vscode-languageclient 11 logs through its error/warn/info methods
  const output = vscode.window.createOutputChannel('Soát Tin', { log: true });
  const selector = draftSelector(host.schemes);
  const status = new StatusView(selector);
  context.subscriptions.push(output, status);

  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    outputChannel: output,
    diagnosticCollectionName: 'soattin',
    // rule-doc links open the docs shipped in the .vsix (offline newsrooms), through one command
    initializationOptions: { ruleDocs: 'command' } satisfies InitOptions,
    markdown: { isTrusted: { enabledCommands: [OPEN_RULE_DOCS] } },
  };
  const started = host.createClient(clientOptions, output).then(async (c) => {
    client = c;
    await c.start();
    return c;
  });
  const ready = started.then(
    async (c) => {
      context.subscriptions.push(c.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => status.update(p)));
      if (host.started) context.subscriptions.push(...(await host.started(c, output)));
    },
    (e: unknown) => {
      output.appendLine(`[client] ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    },
  );
  ready.catch(() => undefined);

  const serverCommand = async (command: string, args: unknown[]): Promise<void> => {
    const lc = await started;
    await lc.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  };

  /** A client message in the language the reporter chose (soattin.locale), not VS Code's. */
  const say = (id: ClientMessageId, scope?: vscode.ConfigurationScope): string =>
    msg(id, toClientLocale(vscode.workspace.getConfiguration('soattin', scope ?? vscode.window.activeTextEditor?.document.uri).get('locale')));

  const activeDraft = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !vscode.languages.match(selector, editor.document)) {
      void vscode.window.showInformationMessage(say('openDraftFirst'));
      return undefined;
    }
    return editor;
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),

    vscode.commands.registerCommand('soattin.showOutput', () => output.show(true)),

    vscode.commands.registerCommand('soattin.recheckWorkspace', () => serverCommand(ServerCommand.recheck, [])),

    vscode.commands.registerCommand('soattin.fixAll', async () => {
      const editor = activeDraft();
      if (editor) await serverCommand(ServerCommand.fixAll, [editor.document.uri.toString()]);
    }),

    vscode.commands.registerCommand('soattin.insertSkeleton', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const author = vscode.workspace.getConfiguration('soattin', editor.document.uri).get<string>('author') || undefined;
      const lc = await started;
      const { snippet } = await lc.sendRequest<SkeletonResult>(SKELETON_REQUEST, { uri: editor.document.uri.toString(), author });
      await editor.insertSnippet(new vscode.SnippetString(snippet));
    }),

    vscode.commands.registerCommand(ClientCommand.insertSnippet, async (uri: string, range: unknown, snippet: string) => {
      const target = vscode.Uri.parse(uri);
      const editor =
        vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()) ??
        (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target)));
      const lc = await started;
      const r = lc.protocol2CodeConverter.asRange(range as Parameters<typeof lc.protocol2CodeConverter.asRange>[0]);
      await editor.insertSnippet(new vscode.SnippetString(snippet), r);
    }),

    vscode.commands.registerCommand('soattin.addToDictionary', async (uri?: string, word?: string) => {
      if (!uri || !word) {
        const editor = activeDraft();
        if (!editor) return;
        uri = editor.document.uri.toString();
        const sel = editor.selection;
        const range = sel.isEmpty ? editor.document.getWordRangeAtPosition(sel.active) : sel;
        word = range ? editor.document.getText(range).trim() : '';
        if (!word) {
          word = (await vscode.window.showInputBox({ prompt: say('wordPrompt') }))?.trim();
        }
        if (!word) return;
      }
      await serverCommand(ServerCommand.addToDictionary, [uri, word]);
    }),

    vscode.commands.registerCommand('soattin.disableRuleForFile', async (uri?: string, ruleId?: string) => {
      if (!uri || !ruleId) {
        const editor = activeDraft();
        if (!editor) return;
        uri = editor.document.uri.toString();
        const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE);
        const here = ours.filter((d) => d.range.contains(editor.selection.active));
        const ids = [...new Set((here.length ? here : ours).map((d) => ruleIdOf(d)).filter((id): id is string => !!id && id !== 'config' && id !== 'soattin'))];
        ruleId = ids.length === 1 ? ids[0] : await vscode.window.showQuickPick(ids, { placeHolder: say('rulePick') });
        if (!ruleId) return;
      }
      await serverCommand(ServerCommand.disableRuleForFile, [uri, ruleId]);
    }),

    vscode.commands.registerCommand(OPEN_RULE_DOCS, async (ruleId?: string) => {
      const dir = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
      if (ruleId !== undefined && !/^[a-z]+(-[a-z]+)*$/.test(ruleId)) return; // links carry rule ids only
      if (!ruleId) {
        let names: string[] = [];
        try {
          names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).sort();
        } catch {
          names = [];
        }
        ruleId = await vscode.window.showQuickPick(names, { placeHolder: say('docsPick') });
        if (!ruleId) return;
      }
      const doc = ruleId === 'config' ? vscode.Uri.joinPath(context.extensionUri, 'docs', 'configuration.md') : vscode.Uri.joinPath(dir, `${ruleId}.md`);
      try {
        await vscode.commands.executeCommand('markdown.showPreview', doc);
      } catch {
        await vscode.window.showTextDocument(doc);
      }
    }),
  );

  return { status: () => status.status(), ready };
}

function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export async function deactivateClient(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
