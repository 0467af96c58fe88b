/**
 * Typed access to the command-line part of the message catalogue (core/messages.ts), plus
 * the few phrasings that need code (English plurals).
 */
import { cliMessages, coreMessage, fill, type CoreMessageId } from '../core/messages.js';
import type { Locale, LocalizedText, MessageArgs } from '../core/types.js';

/** "3 lỗi" / "1 error", "3 errors": Vietnamese nouns do not inflect, English ones do. */
function count(n: number, vi: string, en: string, locale: Locale): string {
  return locale === 'vi' ? `${n} ${vi}` : `${n} ${en}${n === 1 ? '' : 's'}`;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

/** "5 vấn đề (2 lỗi, 3 cảnh báo, 0 gợi ý) trong 2 tệp" */
export function summaryLine(t: Totals, locale: Locale): string {
  const problems = t.errors + t.warnings + t.infos;
  if (locale === 'vi') return coreMessage('cli.summary', { problems, ...t }, 'vi');
  return `${count(problems, 'vấn đề', 'problem', locale)} (${count(t.errors, 'lỗi', 'error', locale)}, ${count(t.warnings, 'cảnh báo', 'warning', locale)}, ${count(t.infos, 'gợi ý', 'info', locale)}) in ${count(t.files, 'tệp', 'file', locale)}`;
}

export function fixableLine(n: number, locale: Locale): string {
  if (locale === 'vi') return coreMessage('cli.fixable', { count: n }, 'vi');
  return `${count(n, 'vấn đề', 'problem', locale)} can be fixed with --fix.`;
}

export type CliMessageId = keyof typeof cliMessages;

export function cliMessage(id: CliMessageId, args: MessageArgs = {}, locale: Locale = 'vi'): string {
  return fill(cliMessages[id][locale], args);
}

export function both(id: CliMessageId, args: MessageArgs = {}): LocalizedText {
  return { vi: cliMessage(id, args, 'vi'), en: cliMessage(id, args, 'en') };
}

export function core(id: CoreMessageId, args: MessageArgs, locale: Locale): string {
  return coreMessage(id, args, locale);
}
