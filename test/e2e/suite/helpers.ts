/**
 * Helpers for the end-to-end suite, which runs INSIDE a real VS Code extension host (code-server
 * or desktop VS Code). Everything here goes through the public `vscode` API, as a user's editor
 * would: no access to the language server's internals.
 */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'soattin.soattin';
export const SOURCE = 'Soát Tin';

/** What `activate()` returns (the extension's contract with its tests). */
export interface SoattinApi {
  status(): { text: string; detail?: string; severity: 'ok' | 'warning' | 'error'; findings: number; lastCheckMs?: number };
  ready: Promise<void>;
}

/**
 * Polls `probe` until it returns a value that is not undefined/false, or fails after `timeoutMs`
 * with `what` and the last value seen: a condition, never a fixed sleep.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15000, describe?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
      last = v;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > deadline) {
      const extra = describe ? `\n  state: ${describe()}` : last !== undefined && last !== false ? `\n  last: ${String(last)}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${extra}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

let api: Promise<SoattinApi> | undefined;

/** Activates the extension once and waits for its language server to be ready. */
export function activated(): Promise<SoattinApi> {
  api ??= (async () => {
    const ext = vscode.extensions.getExtension<SoattinApi>(EXTENSION_ID);
    if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this workbench`);
    const exported = await ext.activate();
    if (!exported || typeof exported.status !== 'function' || !exported.ready) {
      throw new Error(`activate() of ${EXTENSION_ID} did not return { status(), ready }`);
    }
    await withTimeout(exported.ready, 30000, 'the extension to become ready (api.ready)');
    return exported;
  })();
  return api;
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e workspace (test/e2e/fixtures copy) is not open');
  return folder.uri;
}

export function fixtureUri(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
}

/** Opens a fixture in an editor (the way a user does) and returns its editor. */
export async function openFixture(relPath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relPath));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Our diagnostics on a document (other extensions' are ignored). */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function byRule(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return ours(uri).filter((d) => ruleOf(d) === rule);
}

/** "line:col-line:col", 0-based as the API counts, for readable assertion failures. */
export function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function summary(uri: vscode.Uri): string {
  return JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => `${d.source}/${ruleOf(d)} ${rangeText(d.range)} ${d.message}`));
}

/** Waits until `count` diagnostics of `rule` are on the document. */
export function waitForRule(uri: vscode.Uri, rule: string, count = 1, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${count} “${rule}” diagnostic(s) on ${uri.path.split('/').pop()}`,
    () => {
      const ds = byRule(uri, rule);
      return ds.length === count ? ds : undefined;
    },
    timeoutMs,
    () => summary(uri),
  );
}

/** Text of a hover's contents, whatever form each part has. */
export function hoverText(hovers: vscode.Hover[]): string {
  const parts: string[] = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else parts.push((c as { value: string }).value);
    }
  }
  return parts.join('\n');
}
