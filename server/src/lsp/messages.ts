/** The language server's messages (the catalogue's mechanism is core/messages.ts). */
import { fill } from '../core/messages.js';
import type { Locale, LocalizedText, MessageArgs } from '../core/types.js';

/** Messages of the language server (code-action titles, hover labels, commands, states). */
export const lspMessages = {
  'action.fix': { vi: 'Sửa thành “{after}”', en: 'Change to “{after}”' },
  'action.remove': { vi: 'Xóa “{before}”', en: 'Remove “{before}”' },
  'action.fixProblem': { vi: 'Sửa lỗi {rule} này', en: 'Fix this {rule} problem' },
  'action.fixAll': { vi: 'Sửa mọi lỗi tự sửa được của Soát Tin', en: 'Fix all auto-fixable Soát Tin problems' },
  'action.addWord': { vi: 'Thêm “{word}” vào từ điển dự án', en: 'Add “{word}” to the project dictionary' },
  'action.disableRule': { vi: 'Tắt kiểm tra {rule} cho riêng tệp này (ghi vào {where})', en: 'Turn off {rule} checks for this file only (written to {where})' },
  'action.ignoreOnce': { vi: 'Bỏ qua đúng chỗ này (ghi vào {where})', en: 'Ignore this occurrence only (written to {where})' },
  'action.ignoreText': { vi: 'Bỏ qua “{text}” ở mọi chỗ trong tệp này (ghi vào {where})', en: 'Ignore “{text}” everywhere in this file (written to {where})' },
  'where.commentAbove': { vi: 'chú thích ngay trên dòng này', en: 'a comment just above this line' },
  'where.commentTop': { vi: 'chú thích ở đầu bài', en: 'a comment at the top of the draft' },
  'command.occurrenceIgnored': { vi: 'Đã bỏ qua “{text}” ({rule}) ở đúng chỗ này; ghi trong {file}.', en: 'Ignoring “{text}” ({rule}) at this place only; recorded in {file}.' },
  'hover.correct': { vi: 'Cách viết đúng: {correct}', en: 'Correct form: {correct}' },
  'hover.docs': { vi: 'Tài liệu: {rule}', en: 'Documentation: {rule}' },
  'hover.quote': {
    vi: 'Lỗi nằm trong lời trích dẫn nên chỉ được ghi nhận, không tự sửa.',
    en: 'This is inside a quotation: reported only, never auto-fixed.',
  },
  'check.tooLarge': {
    vi: 'Bản thảo dài {size} ký tự, vượt giới hạn {limit} ký tự của trình soạn thảo nên không được kiểm tra. Hãy kiểm tra bằng dòng lệnh soattin.',
    en: 'This draft has {size} characters, over the editor limit of {limit}, so it is not checked. Check it with the soattin command line.',
  },
  'check.docx': {
    vi: 'Tệp Word (.docx) là tệp nén nên trình soạn thảo không soát được. Hãy soát bằng dòng lệnh: soattin TỆP.docx --docx-comments THƯ_MỤC (bản sao kèm nhận xét mở bằng Word).',
    en: 'A Word file (.docx) is a zip archive, so the editor cannot check it. Check it with the command line: soattin FILE.docx --docx-comments FOLDER (a copy with comments to open in Word).',
  },
  'check.disabled': { vi: 'Soát Tin đang tắt cho bản thảo này (soattin.enable).', en: 'Soát Tin is turned off for this draft (soattin.enable).' },
  'check.failed': { vi: 'Soát Tin gặp lỗi khi kiểm tra bản thảo: {reason}', en: 'Soát Tin failed to check this draft: {reason}' },
  'command.noFile': {
    vi: 'Bản thảo chưa được lưu thành tệp nên không thể ghi cấu hình cho nó.',
    en: 'The draft is not saved as a file, so no configuration can be written for it.',
  },
  'command.wordAdded': { vi: 'Đã thêm “{word}” vào {file}.', en: 'Added “{word}” to {file}.' },
  'command.wordExists': { vi: '“{word}” đã có trong {file}.', en: '“{word}” is already in {file}.' },
  'command.ruleDisabled': { vi: 'Đã tắt kiểm tra {rule} cho {draft}; ghi trong {file}.', en: 'Turned off {rule} checks for {draft}; recorded in {file}.' },
  'command.ignored': { vi: 'Đã bỏ qua “{text}” ({rule}) ở mọi chỗ trong {draft}; ghi trong {file}.', en: 'Ignoring “{text}” ({rule}) everywhere in {draft}; recorded in {file}.' },
  'command.outsideWorkspace': {
    vi: 'Bản thảo {file} nằm ngoài các thư mục đang mở nên Soát Tin không ghi tệp dự án nào cho nó.',
    en: 'The draft {file} is outside the open workspace folders, so Soát Tin writes no project file for it.',
  },
  'command.badWord': {
    vi: 'chỉ thêm được một từ trên một dòng (không xuống dòng, không có “#”, tối đa {max} ký tự)',
    en: 'only a single word on one line can be added (no line breaks, no “#”, at most {max} characters)',
  },
  'command.unknownRule': { vi: '“{rule}” không phải mã quy tắc nào của Soát Tin', en: '“{rule}” is not a Soát Tin rule id' },
  'command.writeFailed': { vi: 'Không ghi được {file}: {reason}', en: 'Cannot write {file}: {reason}' },
} satisfies Record<string, LocalizedText>;

export type LspMessageId = keyof typeof lspMessages;

export function t(id: LspMessageId, locale: Locale, args: MessageArgs = {}): string {
  return fill(lspMessages[id][locale], args);
}

