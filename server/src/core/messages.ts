/**
 * The one message catalogue. Rule messages live in each rule's `meta.messages` and are
 * merged in from the rules a linter is created with (`createLinter`, engine.ts); every other message a user reads — core (config, lint),
 * command line, language server — is in the tables below. Every message exists in
 * Vietnamese and English; `{name}` placeholders are filled by `fill`.
 */
import type { Finding, Locale, LocalizedText, MessageArgs, RuleMeta } from './types.js';

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
  'config.parse': { vi: 'Tệp cấu hình {file}:{line}:{column} không phải JSON hợp lệ: {reason}', en: 'Config file {file}:{line}:{column} is not valid JSON: {reason}' },
  'config.extendsLoop': { vi: 'Cấu hình {file}: “extends” tạo thành vòng lặp ({loop})', en: 'Config {file}: “extends” makes a loop ({loop})' },
  'config.extendsPackageMissing': {
    vi: 'Cấu hình {file}: không tìm thấy gói “{name}” nêu trong “extends” (đã tìm trong node_modules từ {dir} trở lên); hãy cài gói này, ví dụ npm install {name}',
    en: 'Config {file}: cannot find the package “{name}” named by “extends” (looked in node_modules from {dir} up); install it, e.g. npm install {name}',
  },
  'config.extendsPackageNoConfig': {
    vi: 'Cấu hình {file}: gói “{name}” ({folder}) không có cấu hình Soát Tin: trường “main” trong package.json của gói phải trỏ tới một tệp .json, hoặc gói phải có tệp {own}',
    en: 'Config {file}: the package “{name}” ({folder}) holds no Soát Tin config: the “main” of its package.json must name a .json file, or the package must hold a {own} file',
  },
  'config.notObject': { vi: 'nội dung không phải một đối tượng JSON {…}', en: 'the content is not a JSON object {…}' },
  'config.lexiconShape': { vi: 'cần một mảng JSON hoặc {"entries": [...]}', en: 'expected a JSON array or {"entries": [...]}' },
  'json.invalid': { vi: 'cú pháp không hợp lệ', en: 'invalid syntax' },
  'json.invalidSymbol': { vi: 'ký tự không được phép ở đây (chuỗi phải nằm trong ngoặc kép "…")', en: 'a character that is not allowed here (strings go in double quotes "…")' },
  'json.invalidNumber': { vi: 'số viết sai', en: 'a badly formed number' },
  'json.keyExpected': { vi: 'thiếu tên khóa trong ngoặc kép', en: 'a key name in double quotes was expected' },
  'json.valueExpected': { vi: 'thiếu giá trị', en: 'a value was expected' },
  'json.colonExpected': { vi: 'thiếu dấu hai chấm “:”', en: 'a colon “:” was expected' },
  'json.commaExpected': { vi: 'thiếu dấu phẩy “,”', en: 'a comma “,” was expected' },
  'json.closeBraceExpected': { vi: 'thiếu dấu đóng “}”', en: 'a closing “}” was expected' },
  'json.closeBracketExpected': { vi: 'thiếu dấu đóng “]”', en: 'a closing “]” was expected' },
  'json.endExpected': { vi: 'thừa nội dung sau khi đối tượng JSON đã đóng', en: 'more text after the end of the JSON value' },
  'json.invalidComment': { vi: 'chú thích viết sai (dùng // … hoặc /* … */)', en: 'a badly formed comment (use // … or /* … */)' },
  'json.unclosedComment': { vi: 'chú thích /* chưa được đóng bằng */', en: 'a /* comment is not closed with */' },
  'json.unclosedString': { vi: 'chuỗi chưa có dấu ngoặc kép đóng', en: 'a string is not closed with a double quote' },
  'json.invalidEscape': { vi: 'dấu \\ trong chuỗi viết sai (viết \\\\ cho một dấu \\)', en: 'a badly formed \\ escape in a string (write \\\\ for one \\)' },
  'json.controlCharacter': { vi: 'ký tự điều khiển (như xuống dòng) trong chuỗi', en: 'a control character (such as a line break) inside a string' },
  'config.invalid': {
    vi: 'Cấu hình {file}: khóa “{key}” {problem}',
    en: 'Config {file}: key “{key}” {problem}',
  },
  'config.unreadable': { vi: 'Không đọc được tệp {file} (khai báo trong {config}): {reason}', en: 'Cannot read {file} (listed in {config}): {reason}' },
  'config.unknownRule': { vi: 'không phải mã quy tắc nào của Soát Tin', en: 'is not a Soát Tin rule id' },
  'config.didYouMean': { vi: '{problem}; có phải ý bạn là “{suggestion}”?', en: '{problem}; did you mean “{suggestion}”?' },
  'config.enum': { vi: 'phải là một trong: {values}', en: 'must be one of: {values}' },
  'config.type': { vi: 'phải có kiểu {type}', en: 'must be of type {type}' },
  'config.unknownKey': { vi: 'không được hỗ trợ (khóa lạ “{key}”)', en: 'is not supported (unknown key “{key}”)' },
  'config.severity': { vi: 'phải là "off" | "info" | "warning" | "error" hoặc [mức, {tùy chọn}]', en: 'must be "off" | "info" | "warning" | "error" or [severity, { options }]' },
  'config.required': { vi: 'thiếu khóa bắt buộc “{key}”', en: 'lacks the required key “{key}”' },
  'config.empty': { vi: 'không được để trống', en: 'must not be empty' },
  'config.minItems': { vi: 'phải có ít nhất {limit} phần tử', en: 'must have at least {limit} items' },
  'config.maxItems': { vi: 'chỉ được có tối đa {limit} phần tử', en: 'must have at most {limit} items' },
  'config.minimum': { vi: 'phải từ {limit} trở lên', en: 'must be {limit} or more' },
  'config.maximum': { vi: 'phải từ {limit} trở xuống', en: 'must be {limit} or less' },
  'config.invalidValue': { vi: 'có giá trị không hợp lệ', en: 'has an invalid value' },
  'read.tooLarge': { vi: 'tệp nặng {size}, vượt giới hạn {limit}', en: 'the file is {size}, above the {limit} limit' },
  'read.isDirectory': { vi: 'đây là thư mục, không phải tệp', en: 'it is a folder, not a file' },
  'read.isFifo': { vi: 'đây là ống dẫn (FIFO), không phải tệp thường; Soát Tin chỉ đọc tệp thường', en: 'it is a FIFO (named pipe), not a regular file; Soát Tin reads regular files only' },
  'read.isSocket': { vi: 'đây là socket, không phải tệp thường; Soát Tin chỉ đọc tệp thường', en: 'it is a socket, not a regular file; Soát Tin reads regular files only' },
  'read.isDevice': { vi: 'đây là thiết bị (như /dev/zero), không phải tệp thường; Soát Tin chỉ đọc tệp thường', en: 'it is a device (such as /dev/zero), not a regular file; Soát Tin reads regular files only' },
  'read.notRegular': { vi: 'đây không phải tệp thường; Soát Tin chỉ đọc tệp thường', en: 'it is not a regular file; Soát Tin reads regular files only' },
  'read.denied': { vi: 'không có quyền đọc', en: 'permission denied' },
  'read.loop': { vi: 'liên kết tượng trưng vòng lặp', en: 'a loop of symbolic links' },
  'read.dangling': { vi: 'liên kết tượng trưng trỏ tới “{target}”, nơi không có tệp nào', en: 'it is a symbolic link to “{target}”, where there is no file' },
  'read.missing': { vi: 'không có tệp này', en: 'no such file' },
  'sys.missing': { vi: 'không có tệp hay thư mục này', en: 'no such file or folder' },
  'sys.denied': { vi: 'không có quyền truy cập', en: 'permission denied' },
  'sys.notFolder': { vi: 'một phần của đường dẫn là tệp, không phải thư mục', en: 'a part of the path is a file, not a folder' },
  'sys.readOnly': { vi: 'ổ đĩa chỉ cho phép đọc', en: 'the disk is read-only' },
  'sys.diskFull': { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  'sys.exists': { vi: 'trên đường dẫn đã có một tệp mang tên đó', en: 'a file of that name already stands in the path' },
  'sys.busy': { vi: 'tệp đang bị chương trình khác dùng', en: 'the file is in use by another program' },
  'sys.tooManyOpen': { vi: 'đang mở quá nhiều tệp cùng lúc', en: 'too many files are open at once' },
  'sys.nameTooLong': { vi: 'tên tệp hoặc đường dẫn quá dài', en: 'the file name or path is too long' },
  'sys.other': { vi: 'hệ thống báo lỗi {code}', en: 'the system reported error {code}' },
  'read.folderUnreadable': { vi: 'Không đọc được thư mục {folder}: {reason}; các tệp trong đó không được kiểm tra.', en: 'Cannot read the folder {folder}: {reason}; the files in it were not checked.' },
  'lint.capped': {
    vi: 'Đã dừng ở {shown} vấn đề; còn {hidden} vấn đề khác không hiển thị. Hãy sửa bớt rồi kiểm tra lại.',
    en: 'Stopped at {shown} problems; {hidden} more are not shown. Fix some and check again.',
  },
  'write.outside': {
    vi: '{file} nằm ngoài thư mục làm việc {root} (hoặc là liên kết trỏ ra ngoài); Soát Tin không ghi ra ngoài thư mục này.',
    en: '{file} is outside the working folder {root} (or a link pointing out of it); Soát Tin does not write outside that folder.',
  },
  'write.dangling': {
    vi: '{file} là liên kết tượng trưng trỏ tới nơi không có tệp; Soát Tin không ghi qua liên kết đó.',
    en: '{file} is a symbolic link to nowhere; Soát Tin does not write through it.',
  },
  'lint.markdownFallback': {
    vi: 'Cú pháp Markdown của tệp lồng nhau quá sâu (quá {depth} cấp, hoặc quá nhiều dấu nhấn mạnh, ngoặc vuông) nên tệp được kiểm tra như văn bản thuần.',
    en: 'The file’s Markdown is nested too deeply (over {depth} levels, or too many emphasis marks or brackets), so it was checked as plain text.',
  },
  'lint.crashed': {
    vi: 'Quy tắc {rule} gặp lỗi nội bộ và đã bị bỏ qua: {reason}',
    en: 'Rule {rule} failed internally and was skipped: {reason}',
  },
} satisfies Record<string, LocalizedText>;

export type CoreMessageId = keyof typeof coreMessages;

/** Messages of the command line (options, input files, reports, help). */
export const cliMessages = {
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

/** Messages of the language server (code-action titles, hover labels, commands, states). */
export const serverMessages = {
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

/**
 * Short names of the rules, for menu titles and links a reporter reads ("Tắt kiểm tra viết hoa
 * tên cơ quan cho tệp này", never a raw id such as organisation-case).
 */
export const ruleNames = {
  'abbreviation-first-use': { vi: 'chữ viết tắt', en: 'abbreviations' },
  'admin-unit-case': { vi: 'viết hoa địa danh hành chính', en: 'administrative place names' },
  'common-noun-case': { vi: 'viết hoa danh từ chung', en: 'common nouns in capitals' },
  'consistent-capitalisation': { vi: 'viết hoa thống nhất', en: 'consistent capitalisation' },
  'date-format': { vi: 'cách ghi ngày tháng', en: 'date format' },
  'duplicate-sentence': { vi: 'câu, dòng bị lặp', en: 'repeated sentences and lines' },
  'end-mark': { vi: 'dấu kết thúc “./.”', en: 'the “./.” end mark' },
  'headline-case': { vi: 'viết hoa trong tít', en: 'headline capitalisation' },
  'number-format': { vi: 'cách ghi số', en: 'number format' },
  'organisation-case': { vi: 'viết hoa tên cơ quan, tổ chức', en: 'organisation names' },
  'participant-count-consistency': { vi: 'số người tham dự khớp nhau', en: 'matching participant counts' },
  'person-name-case': { vi: 'viết hoa tên người', en: 'person names' },
  'repeated-word': { vi: 'từ lặp liền nhau', en: 'repeated words' },
  'required-agenda': { vi: 'nội dung tập huấn', en: 'the training content' },
  'required-byline': { vi: 'tên tác giả', en: 'the byline' },
  'required-dateline': { vi: 'thời gian ở đoạn mở đầu', en: 'the date in the lead' },
  'required-duration': { vi: 'thời lượng lớp học', en: 'the duration' },
  'required-headline': { vi: 'tít của tin', en: 'the headline' },
  'required-official-titles': { vi: 'chức vụ của đại biểu', en: 'officials and their titles' },
  'required-organiser': { vi: 'cơ quan tổ chức', en: 'the organiser' },
  'required-participant-count': { vi: 'số người tham dự', en: 'the participant count' },
  spacing: { vi: 'dấu cách', en: 'spacing' },
  'special-noun-case': { vi: 'viết hoa danh từ đặc biệt', en: 'special nouns' },
  spelling: { vi: 'chính tả', en: 'spelling' },
  'title-case': { vi: 'viết hoa chức danh', en: 'titles of office' },
  'tone-mark-style': { vi: 'kiểu bỏ dấu thanh', en: 'tone-mark style' },
  'unicode-normalisation': { vi: 'mã chữ Unicode', en: 'Unicode encoding' },
  'web-leftover': { vi: 'rác trang web', en: 'web leftovers' },
  config: { vi: 'tệp cấu hình', en: 'the config file' },
  soattin: { vi: 'Soát Tin', en: 'Soát Tin' },
} satisfies Record<string, LocalizedText>;

/** A rule's short name in `locale` (the id itself for a rule this table does not know yet). */
export function ruleName(ruleId: string, locale: Locale = 'vi'): string {
  return (ruleNames as Record<string, LocalizedText>)[ruleId]?.[locale] ?? ruleId;
}

/**
 * Profiles in a reporter's words (the ids gov, party, press-lower are for config files):
 * shown in the status item and wherever a message names the profile.
 */
export const profileNames = {
  gov: { vi: 'văn bản nhà nước (Nghị định 30)', en: 'state documents (Decree 30)' },
  party: { vi: 'văn bản của Đảng', en: 'Party documents' },
  'press-lower': { vi: 'báo chí, chức danh viết thường', en: 'press style, lower-case titles' },
} satisfies Record<string, LocalizedText>;

export function profileName(profile: string, locale: Locale = 'vi'): string {
  return (profileNames as Record<string, LocalizedText>)[profile]?.[locale] ?? profile;
}

export function fill(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}

export function coreMessage(id: CoreMessageId, args: MessageArgs = {}, locale: Locale = 'vi'): string {
  return fill(coreMessages[id][locale], args);
}

/** The messages of every rule some linter was created with, by rule id. */
const ruleCatalogue = new Map<string, Record<string, LocalizedText>>();

/** Merge the rules' own messages into the catalogue (done by `createLinter`). */
export function addRuleMessages(rules: readonly { meta: Pick<RuleMeta, 'id' | 'messages'> }[]): void {
  for (const r of rules) ruleCatalogue.set(r.meta.id, r.meta.messages);
}

/** The text of a rule message (or a core message used by a pseudo-rule). */
export function ruleMessage(ruleId: string, messageId: string, args: MessageArgs = {}, locale: Locale = 'vi'): string {
  const text = ruleCatalogue.get(ruleId)?.[messageId] ?? (coreMessages as Record<string, LocalizedText>)[messageId];
  if (!text) return `${ruleId}: ${messageId}`;
  const named = typeof args.profile === 'string' ? { ...args, profile: profileName(args.profile, locale) } : args;
  return fill(text[locale], named);
}

export function formatFinding(f: Finding, locale: Locale = 'vi'): string {
  return ruleMessage(f.ruleId, f.messageId, f.args, locale);
}

/**
 * The CLI's default language: `SOATTIN_LOCALE` (vi|en) when set, else Vietnamese. The system
 * locale (LANG, LC_ALL …) is not read: newsroom machines are set to English far more often
 * than their users choose English, and Soát Tin's readers are Vietnamese reporters.
 */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  return toLocale(env.SOATTIN_LOCALE) ?? 'vi';
}

export function toLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v.startsWith('vi')) return 'vi';
  if (v.startsWith('en')) return 'en';
  return undefined;
}
