/**
 * The language status item: profile (in a reporter's words), tone style, number of findings
 * (and how many are shown when the editor capped them), the time of the last check of the
 * active draft. It turns Warning when the config is broken or a check was slow for its size.
 * Its language is the server's (soattin.locale), never VS Code's display language.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import { msg } from './messages.js';

export interface StatusSnapshot {
  text: string;
  detail?: string;
  severity: 'ok' | 'warning' | 'error';
  findings: number;
  lastCheckMs?: number;
}

function toneLabel(s: StatusParams): string {
  const label = msg(s.toneStyle === 'old' ? 'toneOld' : s.toneStyle === 'new' ? 'toneNew' : 'toneAuto', s.locale);
  return s.toneDetected ? msg('toneDetected', s.locale, label) : label;
}

export class StatusView implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, { params: StatusParams; at: Date }>();
  private snapshot: StatusSnapshot = { text: 'Soát Tin', severity: 'ok', findings: 0 };

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('soattin.status', selector);
    this.item.name = 'Soát Tin';
    this.item.text = this.snapshot.text;
    this.item.command = { title: msg('showOutput', 'vi'), command: 'soattin.showOutput' };
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
    const l = s.locale;
    const text = s.capped
      ? msg('statusCapped', l, s.profileLabel, toneLabel(s), s.capped.total, s.capped.shown)
      : msg('statusText', l, s.profileLabel, toneLabel(s), s.findings);
    const details = [msg('lastCheck', l, time, s.elapsedMs)];
    if (s.capped) details.unshift(msg('capped', l, s.capped.total, s.capped.shown));
    if (s.message) details.unshift(s.message);
    else if (s.slow) details.push(msg('slowCheck', l, Math.round(s.elapsedMs)));
    const severity = s.state === 'error' ? 'error' : s.state === 'warning' || s.slow || s.capped ? 'warning' : 'ok';
    this.item.command = { title: msg('showOutput', l), command: 'soattin.showOutput' };
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
