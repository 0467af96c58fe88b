/**
 * The few strings the VS Code client shows itself (status item, pickers, prompts), in
 * Vietnamese and English. They follow the `soattin.locale` setting, not VS Code's display
 * language: VS Code has no Vietnamese display language from its publisher, so following it
 * would show English to nearly every reporter. `auto` (the default) and `vi` mean Vietnamese.
 * Pure data (no `vscode` import) so the unit tests can check it.
 */
export type ClientLocale = 'vi' | 'en';

const messages = {
  toneOld: { vi: 'dấu kiểu cũ', en: 'old tone marks' },
  toneNew: { vi: 'dấu kiểu mới', en: 'new tone marks' },
  toneAuto: { vi: 'dấu: tự nhận', en: 'tone marks: auto' },
  toneDetected: { vi: '{0} (theo bài)', en: '{0} (detected)' },
  showOutput: { vi: 'Hiện nhật ký', en: 'Show output' },
  statusText: { vi: '{0} · {1} · {2} vấn đề', en: '{0} · {1} · {2} problems' },
  statusCapped: { vi: '{0} · {1} · {2} vấn đề (hiện {3})', en: '{0} · {1} · {2} problems ({3} shown)' },
  lastCheck: { vi: 'Kiểm tra lúc {0} ({1} ms).', en: 'Last check at {0} ({1} ms).' },
  slowCheck: { vi: 'Lần kiểm tra này chậm ({0} ms) so với độ dài bài.', en: 'This check was slow ({0} ms) for the length of the draft.' },
  capped: {
    vi: 'Bài có {0} vấn đề; chỉ hiện {1}: mọi vấn đề quanh chỗ đang sửa và vài vấn đề đầu mỗi đoạn.',
    en: 'The draft has {0} problems; {1} are shown: every problem around where you are editing and the first few of each paragraph.',
  },
  openDraftFirst: { vi: 'Hãy mở một bản thảo văn bản thuần hoặc markdown trước.', en: 'Open a plain-text or markdown draft first.' },
  wordPrompt: { vi: 'Từ cần thêm vào từ điển dự án', en: 'Word to add to the project dictionary' },
  rulePick: { vi: 'Quy tắc cần tắt cho tệp này', en: 'Rule to disable for this file' },
  webWorker: {
    vi: 'Soát Tin chạy trên web: máy chủ kiểm tra chạy trong web worker của trình duyệt.',
    en: 'Soát Tin runs on the web: the checking server runs in a browser web worker.',
  },
  docsPick: { vi: 'Quy tắc cần xem tài liệu', en: 'Rule whose documentation to open' },
} as const;

export type ClientMessageId = keyof typeof messages;

/** The value of `soattin.locale` → the language to show (Vietnamese unless it is `en`). */
export function toClientLocale(setting: unknown): ClientLocale {
  return setting === 'en' ? 'en' : 'vi';
}

export function msg(id: ClientMessageId, locale: ClientLocale, ...args: Array<string | number>): string {
  return messages[id][locale].replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** For the manifest test: every message exists in both languages with the same placeholders. */
export const clientMessages: Readonly<Record<string, { vi: string; en: string }>> = messages;
