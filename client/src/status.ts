/**
 * The language status item: profile, tone style, number of findings and the time of the last
 * check of the active draft. It turns Warning when the config is broken or a check was slow.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol.js';

/** A check slower than this (ms of server time) is worth showing (DESIGN budget: 10 ms p95). */
export const SLOW_CHECK_MS = 50;

export interface StatusSnapshot {
  text: string;
  detail?: string;
  severity: 'ok' | 'warning' | 'error';
  findings: number;
  lastCheckMs?: number;
}

function toneLabel(s: StatusParams): string {
  const label = s.toneStyle === 'old' ? vscode.l10n.t('old tone marks') : s.toneStyle === 'new' ? vscode.l10n.t('new tone marks') : vscode.l10n.t('tone marks: auto');
  return s.toneDetected ? vscode.l10n.t('{0} (detected)', label) : label;
}

export class StatusView implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, { params: StatusParams; at: Date }>();
  private snapshot: StatusSnapshot = { text: 'Soát Tin', severity: 'ok', findings: 0 };

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('soattin.status', selector);
    this.item.name = 'Soát Tin';
    this.item.text = this.snapshot.text;
    this.item.command = { title: vscode.l10n.t('Show output'), command: 'soattin.showOutput' };
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, { params, at: new Date() });
    this.refresh();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Show the status of the active editor's draft (or the last one checked). */
  refresh(): void {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const entry = (active && this.byUri.get(active)) || [...this.byUri.values()].at(-1);
    if (!entry) return;
    const s = entry.params;
    const time = entry.at.toLocaleTimeString();
    const text = vscode.l10n.t('{0} · {1} · {2} problems', s.profile, toneLabel(s), s.findings);
    const details = [vscode.l10n.t('Last check at {0} ({1} ms)', time, s.elapsedMs)];
    if (s.message) details.unshift(s.message);
    else if (s.elapsedMs > SLOW_CHECK_MS) details.push(vscode.l10n.t('Slow check: over {0} ms.', SLOW_CHECK_MS));
    const severity = s.state === 'error' ? 'error' : s.state === 'warning' || s.elapsedMs > SLOW_CHECK_MS ? 'warning' : 'ok';
    this.snapshot = { text, detail: details.join(' '), severity, findings: s.findings, lastCheckMs: s.elapsedMs };
    this.item.text = text;
    this.item.detail = this.snapshot.detail;
    this.item.severity =
      severity === 'error' ? vscode.LanguageStatusSeverity.Error : severity === 'warning' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  status(): StatusSnapshot {
    return { ...this.snapshot };
  }

  dispose(): void {
    this.item.dispose();
  }
}
