/**
 * Messages of the language server itself (code-action titles, hover labels, states). Rule
 * messages stay in each rule's meta; the tool's CLI/config messages stay in core/messages.ts.
 */
import { fill } from '../core/messages.js';
import type { Locale, LocalizedText, MessageArgs } from '../core/types.js';

export const lspMessages = {
  'action.fix': { vi: 'Sửa thành “{after}”', en: 'Change to “{after}”' },
  'action.remove': { vi: 'Xóa “{before}”', en: 'Remove “{before}”' },
  'action.fixProblem': { vi: 'Sửa lỗi này ({rule})', en: 'Fix this problem ({rule})' },
  'action.everywhere': { vi: '{title} (mọi chỗ trong bản thảo)', en: '{title} (every occurrence in this draft)' },
  'action.fixAll': { vi: 'Sửa mọi lỗi tự sửa được của Soát Tin', en: 'Fix all auto-fixable Soát Tin problems' },
  'action.addWord': { vi: 'Thêm “{word}” vào từ điển dự án', en: 'Add “{word}” to the project dictionary' },
  'action.disableRule': { vi: 'Tắt quy tắc {rule} cho tệp này', en: 'Disable rule {rule} for this file' },
  'action.ignoreOnce': { vi: 'Bỏ qua lỗi này (chỉ lần này)', en: 'Ignore this problem (this once)' },
  'hover.correct': { vi: 'Cách viết đúng: {correct}', en: 'Correct form: {correct}' },
  'hover.docs': { vi: 'Tài liệu quy tắc {rule}', en: 'Documentation of {rule}' },
  'hover.quote': {
    vi: 'Lỗi nằm trong lời trích dẫn nên chỉ được ghi nhận, không tự sửa.',
    en: 'This is inside a quotation: reported only, never auto-fixed.',
  },
  'check.tooLarge': {
    vi: 'Bản thảo dài {size} ký tự, vượt giới hạn {limit} ký tự của trình soạn thảo nên không được kiểm tra. Hãy kiểm tra bằng dòng lệnh soattin.',
    en: 'This draft has {size} characters, over the editor limit of {limit}, so it is not checked. Check it with the soattin command line.',
  },
  'check.disabled': { vi: 'Soát Tin đang tắt cho bản thảo này (soattin.enable).', en: 'Soát Tin is turned off for this draft (soattin.enable).' },
  'check.failed': { vi: 'Soát Tin gặp lỗi khi kiểm tra bản thảo: {reason}', en: 'Soát Tin failed to check this draft: {reason}' },
  'command.noFile': {
    vi: 'Bản thảo chưa được lưu thành tệp nên không thể ghi cấu hình cho nó.',
    en: 'The draft is not saved as a file, so no configuration can be written for it.',
  },
  'command.wordAdded': { vi: 'Đã thêm “{word}” vào {file}.', en: 'Added “{word}” to {file}.' },
  'command.wordExists': { vi: '“{word}” đã có trong {file}.', en: '“{word}” is already in {file}.' },
  'command.ruleDisabled': { vi: 'Đã tắt quy tắc {rule} cho {draft} trong {file}.', en: 'Disabled rule {rule} for {draft} in {file}.' },
  'command.ignored': { vi: 'Đã bỏ qua lỗi {rule} “{text}” trong {file}.', en: 'Ignoring {rule} “{text}” in {file}.' },
  'command.writeFailed': { vi: 'Không ghi được {file}: {reason}', en: 'Cannot write {file}: {reason}' },
} satisfies Record<string, LocalizedText>;

export type LspMessageId = keyof typeof lspMessages;

export function t(id: LspMessageId, locale: Locale, args: MessageArgs = {}): string {
  return fill(lspMessages[id][locale], args);
}
