/**
 * The one message catalogue. Rule messages live in each rule's `meta.messages` and are
 * reached through the rule registry; messages of the tool itself (CLI, config, server) are
 * below. Every message exists in Vietnamese and English.
 */
import type { Finding, Locale, LocalizedText, MessageArgs } from './types.js';
import { ruleById } from '../rules/index.js';

export const coreMessages = {
  'cli.noFiles': { vi: 'Không có tệp nào khớp với: {patterns}', en: 'No files matched: {patterns}' },
  'cli.unreadable': { vi: 'Không đọc được tệp {file}: {reason}', en: 'Cannot read {file}: {reason}' },
  'cli.badOption': { vi: 'Tùy chọn không hợp lệ: {option}', en: 'Invalid option: {option}' },
  'cli.summary': {
    vi: '{problems} vấn đề ({errors} lỗi, {warnings} cảnh báo, {infos} gợi ý) trong {files} tệp',
    en: '{problems} problems ({errors} errors, {warnings} warnings, {infos} infos) in {files} files',
  },
  'cli.fixable': { vi: '{count} vấn đề có thể sửa tự động bằng --fix.', en: '{count} problems can be fixed with --fix.' },
  'cli.tooManyWarnings': {
    vi: 'Có {count} cảnh báo, vượt mức cho phép --max-warnings {max}.',
    en: '{count} warnings exceed --max-warnings {max}.',
  },
  'config.parse': { vi: 'Tệp cấu hình {file} không phải JSON hợp lệ: {reason}', en: 'Config file {file} is not valid JSON: {reason}' },
  'config.invalid': {
    vi: 'Cấu hình {file}: khóa “{key}” {problem}',
    en: 'Config {file}: key “{key}” {problem}',
  },
  'config.unreadable': { vi: 'Không đọc được tệp {file} (khai báo trong {config}): {reason}', en: 'Cannot read {file} (listed in {config}): {reason}' },
  'config.unknownRule': { vi: 'không phải mã quy tắc nào của Soát Tin', en: 'is not a Soát Tin rule id' },
  'lint.capped': {
    vi: 'Đã dừng ở {shown} vấn đề; còn {hidden} vấn đề khác không hiển thị. Hãy sửa bớt rồi kiểm tra lại.',
    en: 'Stopped at {shown} problems; {hidden} more are not shown. Fix some and check again.',
  },
  'lint.crashed': {
    vi: 'Quy tắc {rule} gặp lỗi nội bộ và đã bị bỏ qua: {reason}',
    en: 'Rule {rule} failed internally and was skipped: {reason}',
  },
} satisfies Record<string, LocalizedText>;

export type CoreMessageId = keyof typeof coreMessages;

export function fill(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}

export function coreMessage(id: CoreMessageId, args: MessageArgs = {}, locale: Locale = 'vi'): string {
  return fill(coreMessages[id][locale], args);
}

/** The text of a rule message (or a core message used by a pseudo-rule). */
export function ruleMessage(ruleId: string, messageId: string, args: MessageArgs = {}, locale: Locale = 'vi'): string {
  const rule = ruleById(ruleId);
  const text = rule?.meta.messages[messageId] ?? (coreMessages as Record<string, LocalizedText>)[messageId];
  if (!text) return `${ruleId}: ${messageId}`;
  return fill(text[locale], args);
}

export function formatFinding(f: Finding, locale: Locale = 'vi'): string {
  return ruleMessage(f.ruleId, f.messageId, f.args, locale);
}

/** `vi` unless the environment (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) asks for another language. */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  const v = env.SOATTIN_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  if (/^vi/i.test(v)) return 'vi';
  if (/^(en|de|fr|ja|zh|ko|es|it|pt|ru)/i.test(v)) return 'en';
  return 'vi';
}

export function toLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v.startsWith('vi')) return 'vi';
  if (v.startsWith('en')) return 'en';
  return undefined;
}
