/**
 * The command line's messages (the catalogue's mechanism is core/messages.ts), plus
 * the few phrasings that need code (English plurals).
 */
import { coreMessage, fill, type CoreMessageId } from '../core/messages.js';
import type { Locale, LocalizedText, MessageArgs } from '../core/types.js';

/** Messages of the command line (options, input files, reports, help). */
export const cliMessages = {
  noFiles: { vi: 'Không có tệp nào khớp với: {patterns}', en: 'No files matched: {patterns}' },
  summary: {
    vi: '{problems} vấn đề ({errors} lỗi, {warnings} cảnh báo, {infos} gợi ý) trong {files} tệp',
    en: '{problems} problems ({errors} errors, {warnings} warnings, {infos} infos) in {files} files',
  },
  fixable: { vi: '{count} vấn đề có thể sửa tự động bằng --fix.', en: '{count} problems can be fixed with --fix.' },
  tooManyWarnings: {
    vi: 'Có {count} cảnh báo, vượt mức cho phép --max-warnings {max}.',
    en: '{count} warnings exceed --max-warnings {max}.',
  },
  unknownOption: {
    vi: 'Tùy chọn không được hỗ trợ: {option}. Xem “soattin --help”.',
    en: 'Unknown option: {option}. See “soattin --help”.',
  },
  unknownOptionDidYouMean: {
    vi: 'Tùy chọn không được hỗ trợ: {option}. Có phải ý bạn là {suggestion}? Xem “soattin --help”.',
    en: 'Unknown option: {option}. Did you mean {suggestion}? See “soattin --help”.',
  },
  missingValue: { vi: 'Tùy chọn {option} cần một giá trị.', en: 'Option {option} needs a value.' },
  cacheNotWritten: { vi: 'Không ghi được bộ nhớ đệm {file} ({reason}); lần sau sẽ soát lại mọi tệp.', en: 'Could not write the cache {file} ({reason}); the next run checks every file again.' },
  statsTotal: { vi: 'Thống kê: {findings} vấn đề trong {files} bản thảo.', en: 'Statistics: {findings} findings in {files} drafts.' },
  statsPerRule: { vi: 'Theo quy tắc:', en: 'Per rule:' },
  statsFiles: { vi: '{files} tệp', en: '{files} files' },
  statsForms: { vi: 'Cách viết sai gặp nhiều nhất (tối đa {top}):', en: 'Wrong forms written most often (top {top}):' },
  statsNone: { vi: '(không có cách viết nào lặp lại)', en: '(no form written more than once)' },
  statsPerMonth: { vi: 'Theo tháng (ngày đầu tiên có năm trong bài):', en: 'Per month (the first date with a year in the draft):' },
  statsPerAuthor: { vi: 'Theo tác giả (dòng tên tác giả):', en: 'Per author (the byline):' },
  statsUnknown: { vi: '(không rõ)', en: '(unknown)' },
  badValue: {
    vi: 'Giá trị “{value}” của {option} không hợp lệ; cần: {expected}.',
    en: 'Invalid value “{value}” for {option}; expected: {expected}.',
  },
  unknownRule: {
    vi: '--rule {rule}: không có quy tắc nào mang mã này. Các mã hiện có: {known}.',
    en: '--rule {rule}: no rule has this id. Known ids: {known}.',
  },
  unknownRuleDidYouMean: {
    vi: '--rule {rule}: không có quy tắc nào mang mã này; có phải ý bạn là “{suggestion}”?',
    en: '--rule {rule}: no rule has this id; did you mean “{suggestion}”?',
  },
  conflict: { vi: 'Không thể dùng {a} cùng với {b}.', en: '{a} cannot be used together with {b}.' },
  printConfigWithPaths: {
    vi: '--print-config chỉ nhận đúng một tệp; không nêu thêm tệp hay thư mục ({paths}).',
    en: '--print-config takes exactly one file; do not name other files or folders ({paths}).',
  },
  stdinFilenameAlone: { vi: '--stdin-filename chỉ dùng cùng với --stdin.', en: '--stdin-filename only works together with --stdin.' },
  stdinWithPaths: {
    vi: 'Với --stdin, không được nêu thêm tệp hay thư mục ({paths}).',
    en: 'With --stdin, do not name files or folders as well ({paths}).',
  },
  invalidUtf8: {
    vi: 'Tệp không phải UTF-8 hợp lệ (byte lạ ở dòng {line}); có thể tệp được lưu bằng bảng mã cũ (TCVN3, VNI, Windows-1258). Hãy lưu lại dưới dạng UTF-8 rồi kiểm tra lại; tệp không được kiểm tra và không bị sửa.',
    en: 'The file is not valid UTF-8 (bad byte on line {line}); it may be saved in a legacy encoding (TCVN3, VNI, Windows-1258). Save it as UTF-8 and check again; the file was not checked and not changed.',
  },
  utf16: {
    vi: 'Tệp được lưu dạng UTF-16; hãy lưu lại dưới dạng UTF-8 rồi kiểm tra lại. Tệp không được kiểm tra.',
    en: 'The file is saved as UTF-16; save it as UTF-8 and check again. The file was not checked.',
  },
  binary: {
    vi: 'Tệp chứa byte NUL nên có vẻ là tệp nhị phân, không phải bản thảo văn bản; đã bỏ qua.',
    en: 'The file contains NUL bytes, so it looks binary, not a text draft; it was skipped.',
  },
  tooLarge: {
    vi: 'Tệp nặng {size}, vượt giới hạn {limit} (--max-file-size); đã bỏ qua.',
    en: 'The file is {size}, above the {limit} limit (--max-file-size); it was skipped.',
  },
  unreadable: { vi: 'Không đọc được tệp: {reason}', en: 'Cannot read the file: {reason}' },
  docxNotZip: {
    vi: 'Tệp không phải tài liệu Word .docx hợp lệ (tệp hỏng, hoặc tệp .doc cũ bị đổi đuôi). Hãy mở bằng Word và lưu lại dưới dạng .docx; tệp không được kiểm tra.',
    en: 'The file is not a valid Word .docx document (damaged, or an old .doc renamed). Open it in Word and save it as .docx; the file was not checked.',
  },
  docxNoDocument: {
    vi: 'Tệp nén này không có phần văn bản của Word (word/document.xml) nên không phải bản thảo .docx; tệp không được kiểm tra.',
    en: 'This zip file has no Word text part (word/document.xml), so it is not a .docx draft; the file was not checked.',
  },
  docxTooLarge: {
    vi: 'Một phần của tệp Word khi giải nén vượt {limit} (10 lần --max-file-size); tệp không được kiểm tra.',
    en: 'A part of the Word file inflates to more than {limit} (10 times --max-file-size); the file was not checked.',
  },
  docxBadXml: {
    vi: 'Phần văn bản của tệp Word (word/document.xml) bị hỏng: XML không trọn vẹn; tệp không được kiểm tra.',
    en: 'The text part of the Word file (word/document.xml) is damaged: incomplete XML; the file was not checked.',
  },
  docxNoFix: {
    vi: 'Không tự sửa tệp Word (.docx): ghi lại tệp sẽ làm mất định dạng. Các vấn đề vẫn được báo; dùng --docx-comments THƯ_MỤC để có bản sao kèm nhận xét mở bằng Word.',
    en: 'Word files (.docx) are not fixed: rewriting them would lose their formatting. The problems are still reported; use --docx-comments FOLDER for a copy with comments to open in Word.',
  },
  docxCopyWritten: { vi: 'Đã ghi bản sao kèm {count} nhận xét: {file}', en: 'Wrote a copy with {count} comments: {file}' },
  docxSameFile: {
    vi: 'Không ghi bản sao kèm nhận xét vào {file}: đó chính là tệp gốc. Hãy chọn thư mục khác cho --docx-comments.',
    en: 'The copy with comments was not written to {file}: that is the original. Choose another folder for --docx-comments.',
  },
  stdinTooLarge: {
    vi: 'Dữ liệu từ đầu vào chuẩn vượt giới hạn {limit} (--max-file-size) nên không được kiểm tra.',
    en: 'Standard input is above the {limit} limit (--max-file-size), so it was not checked.',
  },
  internal: {
    vi: 'Lỗi nội bộ khi kiểm tra tệp này: {reason}. Tệp không bị sửa.',
    en: 'Internal error while checking this file: {reason}. The file was not changed.',
  },
  skippedNotice: { vi: 'Bỏ qua {file}: {reason}', en: 'Skipped {file}: {reason}' },
  linkOutside: {
    vi: 'liên kết tượng trưng trỏ ra ngoài thư mục đang kiểm tra (hoặc vào thư mục ẩn), nên không đọc',
    en: 'a symbolic link pointing out of the folder being checked (or into a hidden folder), so it was not read',
  },
  changedOnDisk: {
    vi: 'Tệp {file} đã thay đổi trong lúc đang kiểm tra nên không ghi bản sửa (để không mất nội dung mới). Hãy chạy lại.',
    en: '{file} changed while it was being checked, so the fixes were not written (to keep the new text). Run again.',
  },
  writeFailed: { vi: 'Không ghi được tệp {file}: {reason}', en: 'Cannot write {file}: {reason}' },
  noProblems: { vi: 'Không phát hiện vấn đề nào trong {files} tệp.', en: 'No problems found in {files} files.' },
  fixedCount: { vi: 'Đã sửa tự động {count} vấn đề trong {files} tệp.', en: 'Fixed {count} problems in {files} files.' },
  wouldFix: { vi: '--fix sẽ sửa {count} vấn đề trong {files} tệp (chưa ghi gì).', en: '--fix would fix {count} problems in {files} files (nothing written).' },
  progress: { vi: 'Đang kiểm tra {done}/{total} tệp…', en: 'Checking {done}/{total} files…' },
  fileHeader: { vi: 'Tệp', en: 'File' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'gợi ý', en: 'info' },
  toolRule: {
    vi: 'Thông báo của chính Soát Tin (tệp không đọc được, quá nhiều vấn đề, quy tắc gặp lỗi).',
    en: 'Messages of Soát Tin itself (unreadable file, too many problems, a rule that failed).',
  },
  htmlTitle: { vi: 'Báo cáo Soát Tin', en: 'Soát Tin report' },
  htmlFiles: { vi: 'Tệp', en: 'Files' },
  htmlErrors: { vi: 'Lỗi', en: 'Errors' },
  htmlWarnings: { vi: 'Cảnh báo', en: 'Warnings' },
  htmlInfos: { vi: 'Gợi ý', en: 'Infos' },
  htmlPosition: { vi: 'Vị trí', en: 'Position' },
  htmlMessage: { vi: 'Nội dung', en: 'Message' },
  htmlRule: { vi: 'Quy tắc', en: 'Rule' },
  htmlClean: { vi: 'Không có vấn đề nào.', en: 'No problems.' },
  htmlWholeDraft: { vi: 'Vấn đề của cả bản thảo', en: 'About the whole draft' },
  htmlCorrections: { vi: 'Danh sách cần sửa', en: 'Corrections' },
  htmlNumber: { vi: 'Số', en: 'No.' },
  htmlPerRule: { vi: 'Số vấn đề theo quy tắc', en: 'Findings per rule' },
  htmlCount: { vi: 'Số lần', en: 'Count' },
  htmlLine: { vi: 'Dòng', en: 'Line' },
  htmlParagraph: { vi: 'Đoạn', en: 'Paragraph' },
  htmlSignoffDate: { vi: 'Ngày ...... tháng ...... năm ........', en: 'Date: ............................' },
  htmlSignoffHint: { vi: '(Ký và ghi rõ họ tên)', en: '(Signature and full name)' },
  signoffNeedsHtml: { vi: '--report-signoff chỉ dùng với --format html.', en: '--report-signoff only works with --format html.' },
  htmlGenerated: { vi: 'Tạo bởi Soát Tin {version} lúc {date}.', en: 'Generated by Soát Tin {version} on {date}.' },
  junitPassed: { vi: 'Không có vấn đề nào', en: 'No problems' },
  githubMore: {
    vi: '{kind}: còn {count} vấn đề nữa không hiện thành chú thích (GitHub chỉ hiện tối đa 10 chú thích mỗi loại trong một bước); xem nhật ký hoặc bản tóm tắt của job.',
    en: '{kind}: {count} more not shown as annotations (GitHub shows at most 10 of each kind per step); see the log or the job summary.',
  },
  summaryByFile: { vi: 'Theo tệp (nhiều lỗi nhất trước)', en: 'By file (worst first)' },
  summaryByRule: { vi: 'Theo quy tắc', en: 'By rule' },
  summaryMoreFiles: { vi: '… và {count} tệp khác.', en: '… and {count} more files.' },
  help: {
    vi: `Cách dùng: soattin [tùy chọn] [tệp | thư mục | glob …]

Soát lỗi bản thảo tin bài tiếng Việt (.txt, .md, .docx của Word). Không nêu đường dẫn thì kiểm tra thư mục hiện tại.

Tùy chọn:
  -f, --format TÊN          Định dạng báo cáo: stylish (mặc định), json, sarif, github, gitlab, junit, html, stats
  -o, --output TỆP          Ghi báo cáo vào tệp thay vì ra màn hình
      --fix                 Sửa tự động những lỗi an toàn và ghi vào tệp; báo những gì còn lại
      --fix-dry-run         In ra bản so sánh (diff) các chỗ sẽ sửa; không ghi gì
  -c, --config TỆP          Dùng tệp cấu hình này thay cho .soattinrc.json tìm được
      --rule MÃ=MỨC         Đặt mức của một quy tắc (off, info, warning, error); dùng được nhiều lần
      --locale vi|en        Ngôn ngữ thông báo (mặc định tiếng Việt; biến môi trường SOATTIN_LOCALE=en để dùng tiếng Anh)
      --max-warnings N      Trả mã thoát 1 nếu có hơn N cảnh báo
      --quiet               Chỉ báo lỗi, ẩn cảnh báo và gợi ý
      --max-file-size CỠ    Bỏ qua tệp lớn hơn CỠ (mặc định 2MB; ví dụ 500KB, 10MB)
      --no-ignore           Không dùng .soattinignore và khóa “ignore” của cấu hình
      --cache               Không soát lại tệp không đổi (cùng nội dung, cấu hình, phiên bản) từ lần chạy trước
      --cache-location TỆP  Tệp bộ nhớ đệm (mặc định .soattincache trong thư mục hiện tại)
      --report-signoff VAI_TRÒ  Thêm ô ký tên cho VAI_TRÒ (ví dụ “Biên tập viên trực”) vào cuối báo cáo html
      --docx-comments THƯ_MỤC  Ghi vào THƯ_MỤC bản sao mỗi tệp Word (.docx) kèm từng vấn đề thành nhận xét (comment); tệp gốc không bị đổi
      --stdin               Đọc bản thảo từ đầu vào chuẩn
      --stdin-filename TỆP  Tên tệp dùng cho đầu vào chuẩn (để tìm cấu hình và nhận dạng .md)
      --print-config TỆP    In cấu hình (JSON) dùng cho TỆP rồi dừng, không kiểm tra gì
      --color, --no-color   Bật / tắt màu (mặc định: có màu khi in ra terminal và không đặt NO_COLOR)
  -h, --help                In hướng dẫn này
  -v, --version             In số phiên bản

Chuyển bản thảo gõ bằng bảng mã cũ TCVN3/VNI sang Unicode: soattin convert (xem soattin convert --help)

Mã thoát: 0 không có lỗi; 1 có lỗi hoặc quá số cảnh báo cho phép;
          2 dùng sai lệnh, cấu hình sai, tệp không đọc được hoặc không có tệp nào khớp.

Tài liệu: docs/cli.md`,
    en: `Usage: soattin [options] [file | folder | glob …]

Proofreads Vietnamese news drafts (.txt, .md, Word .docx). Without a path, checks the current folder.

Options:
  -f, --format NAME         Report format: stylish (default), json, sarif, github, gitlab, junit, html, stats
  -o, --output FILE         Write the report to a file instead of the terminal
      --fix                 Apply the safe fixes to the files; report what remains
      --fix-dry-run         Print a unified diff of the fixes; write nothing
  -c, --config FILE         Use this config file instead of the discovered .soattinrc.json
      --rule ID=LEVEL       Set a rule's level (off, info, warning, error); repeatable
      --locale vi|en        Language of the messages (default Vietnamese; environment variable SOATTIN_LOCALE=en for English)
      --max-warnings N      Exit with code 1 when there are more than N warnings
      --quiet               Report errors only; hide warnings and infos
      --max-file-size SIZE  Skip files larger than SIZE (default 2MB; e.g. 500KB, 10MB)
      --no-ignore           Do not use .soattinignore nor the config's "ignore" key
      --cache               Skip drafts unchanged since the last run (same content, config and version)
      --cache-location FILE The cache file (default .soattincache in the current folder)
      --report-signoff ROLE Add a sign-off block for ROLE (e.g. “Biên tập viên trực”) at the end of the html report
      --docx-comments DIR   Write to DIR a copy of each Word draft (.docx) with every finding as a Word comment; the original is not changed
      --stdin               Read the draft from standard input
      --stdin-filename FILE File name for standard input (finds the config, detects .md)
      --print-config FILE   Print the configuration (JSON) used for FILE and stop; nothing is checked
      --color, --no-color   Force colours on / off (default: on a terminal unless NO_COLOR is set)
  -h, --help                Print this help
  -v, --version             Print the version

Convert drafts typed in the legacy TCVN3/VNI encodings to Unicode: soattin convert (see soattin convert --help)

Exit codes: 0 no errors; 1 errors, or more warnings than allowed;
            2 bad usage, bad config, unreadable input, or no file matched.

Documentation: docs/cli.md`,
  },
  convertHelp: {
    vi: `Cách dùng: soattin convert [--from tcvn3|vni|auto] [--write] TỆP …

Chuyển bản thảo gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI sang Unicode (UTF-8, NFC).
Không có --write: in văn bản đã chuyển của một tệp ra màn hình. Có --write: ghi đè từng tệp.

  --from BẢNG_MÃ   tcvn3, vni hoặc auto (mặc định: đoán theo dấu hiệu trong tệp)
  --write          Ghi văn bản đã chuyển vào chính tệp đó (chỉ tệp trong thư mục hiện tại)`,
    en: `Usage: soattin convert [--from tcvn3|vni|auto] [--write] FILE …

Converts drafts typed in the legacy TCVN3 (ABC) or VNI encodings to Unicode (UTF-8, NFC).
Without --write: prints the converted text of one file. With --write: rewrites each file.

  --from ENCODING  tcvn3, vni or auto (default: guessed from the signs in the file)
  --write          Write the converted text back to the file (only files inside the current folder)`,
  },
  convertBadFrom: { vi: '--from phải là tcvn3, vni hoặc auto, không phải “{value}”.', en: '--from must be tcvn3, vni or auto, not “{value}”.' },
  convertNoFile: { vi: 'Cần nêu tệp cần chuyển mã. Xem “soattin convert --help”.', en: 'Name the file to convert. See “soattin convert --help”.' },
  convertOneFile: { vi: 'Không có --write thì chỉ chuyển được một tệp mỗi lần (văn bản in ra màn hình).', en: 'Without --write, convert one file at a time (the text is printed).' },
  convertNothing: {
    vi: '{file}: không thấy dấu hiệu của bảng mã TCVN3 hay VNI; tệp không được chuyển. Nếu chắc chắn, hãy nêu --from tcvn3 hoặc --from vni.',
    en: '{file}: no sign of the TCVN3 or VNI encodings; the file was not converted. If you are sure, pass --from tcvn3 or --from vni.',
  },
  convertDone: { vi: '{file}: đã chuyển từ {encoding} sang Unicode.', en: '{file}: converted from {encoding} to Unicode.' },
  convertUnreadable: { vi: '{file}: không đọc được ({reason}).', en: '{file}: cannot be read ({reason}).' },
  convertNotWritten: { vi: '{file}: không ghi ({reason}).', en: '{file}: not written ({reason}).' },
} satisfies Record<string, LocalizedText>;

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
  if (locale === 'vi') return cliMessage('summary', { problems, ...t }, 'vi');
  return `${count(problems, 'vấn đề', 'problem', locale)} (${count(t.errors, 'lỗi', 'error', locale)}, ${count(t.warnings, 'cảnh báo', 'warning', locale)}, ${count(t.infos, 'gợi ý', 'info', locale)}) in ${count(t.files, 'tệp', 'file', locale)}`;
}

export function fixableLine(n: number, locale: Locale): string {
  if (locale === 'vi') return cliMessage('fixable', { count: n }, 'vi');
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
