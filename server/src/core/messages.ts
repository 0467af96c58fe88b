/**
 * The one message catalogue. Rule messages live in each rule's `meta.messages` and are
 * merged in from the rules a linter is created with (`createLinter`, engine.ts); the messages
 * of the core (config, reading files, lint) are in the table below, those of the command line
 * in cli/messages.ts and those of the language server in lsp/messages.ts — the same shape
 * (`LocalizedText` by id) and the same `fill`. Every message exists in
 * Vietnamese and English; `{name}` placeholders are filled by `fill`.
 */
import type { Finding, Locale, LocalizedText, MessageArgs, RuleMeta } from './types.js';

export const coreMessages = {
  'cli.unreadable': { vi: 'Không đọc được tệp {file}: {reason}', en: 'Cannot read {file}: {reason}' },
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

/**
 * A template cut once into its text and its `{name}` slots (even indices text, odd names): the
 * language server fills every finding's message and fix titles again on each keystroke, and a
 * regular-expression replace with a callback per call was a tenth of a re-check.
 */
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    // the catalogue is static: a bound only guards against templates built at run time
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

export function fill(template: string, args: MessageArgs = {}): string {
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in args ? String(args[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
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
