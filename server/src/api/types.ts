/**
 * The public types of the `soattin` package (`import type { … } from 'soattin'`). This file
 * imports nothing, so its declarations ship as they are; the compiler checks that the
 * engine's values fit them where the API hands them out (index.ts). Semver applies: a field
 * may be added, none removed or narrowed, before 1.0.0 only in a minor version.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'vi' | 'en';
export type DraftFormat = 'text' | 'markdown';

/** A rule's setting as in `.soattinrc.json`: a severity, or a severity and the rule's options. */
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** A message in both languages. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * A configuration ready for linting, as `resolveConfig` returns it. Only configurations made
 * by `resolveConfig` are accepted by `lintText` and `fixText` (they carry loaded word lists
 * and lexicons); to change a setting, resolve again with `settings` or `rules`.
 */
export interface ResolvedConfig {
  readonly profile: 'gov' | 'party' | 'press-lower';
  readonly toneStyle: 'auto' | 'old' | 'new';
  readonly dateStyle: 'auto' | 'hyphen' | 'slash';
  readonly endMark: 'any' | 'required' | 'forbidden';
  readonly genre: 'auto' | 'training' | 'none';
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** project words (from `words` and the word-list files), NFC */
  readonly words: ReadonlySet<string>;
  readonly maxFindings: number;
  /** the config file that was read, if any */
  readonly configFile?: string;
}

export interface ConfigError {
  /** the config file at fault ('' for `settings` given inline) */
  file: string;
  /** the offending key, when one is to blame */
  key?: string;
  message: LocalizedText;
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; error: ConfigError };

export interface ResolveConfigOptions {
  /** a config file to read instead of looking for the nearest `.soattinrc.json` (the CLI's `--config`) */
  configFile?: string;
  /**
   * settings with the shape of `.soattinrc.json`, used instead of any config file; relative
   * paths in them (word lists, lexicons, overrides) are relative to `baseDir`
   */
  settings?: Record<string, unknown>;
  /** folder that relative paths of `settings` are resolved from (default: the draft's folder) */
  baseDir?: string;
  /** rule severities on top of the configuration (the CLI's `--rule id=severity`); rule options are kept */
  rules?: Record<string, SeveritySetting>;
}

export interface LintTextOptions extends ResolveConfigOptions {
  /**
   * where the draft lives (it need not exist): finds its `.soattinrc.json`, applies the
   * config's `overrides`, and a `.md`/`.markdown`/`.mdx` name makes it Markdown
   */
  filePath?: string;
  /** 'text' or 'markdown'; default from `filePath`'s extension, else 'text' */
  format?: DraftFormat;
  /** a configuration from `resolveConfig`, used instead of resolving one (faster for many drafts) */
  config?: ResolvedConfig;
  /** language of the messages (default 'vi') */
  locale?: Locale;
}

/** A plain edit: replace the UTF-16 range [start, end) of the draft with `text`. */
export interface FixEdit {
  range: [number, number];
  text: string;
}

/**
 * One finding, exactly as in the CLI's `--format json` report, plus its UTF-16 offsets.
 * Lines and columns are 1-based and count UTF-16 code units. When the text starts with a
 * byte-order mark, positions count from the character after it (as the CLI's do).
 */
export interface LintMessage {
  /** rule id; "soattin" for messages of the tool itself (unusable configuration, too many findings) */
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  /** the safe fix `fixText` (and the CLI's `--fix`) applies */
  fix?: FixEdit[];
  /** fixes a person may choose, never applied automatically */
  suggestions?: Array<{ message: string; fix: FixEdit[] }>;
  /** the draft could not be linted at all (an unusable configuration) */
  fatal?: boolean;
}

export interface LintTextResult {
  filePath?: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** messages that carry a `fix` */
  fixableCount: number;
  /** true when a message is fatal */
  fatal: boolean;
}

export interface FixTextResult extends LintTextResult {
  /** the text with every safe fix applied (the input itself when nothing was fixed) */
  output: string;
  /** how many fixes were applied */
  fixed: number;
}

/** Options of the retext plugin: those of `lintText`, the file's path comes from the VFile. */
export interface RetextSoattinOptions extends Omit<LintTextOptions, 'filePath'> {}

/**
 * The parts of a unified syntax tree the plugin reads (it lints the file's text, and looks
 * at the tree only to tell a retext tree of the whole text from one made of Markdown).
 */
export interface SoattinTree {
  type: string;
  value?: unknown;
  children?: SoattinTree[];
}

/** A point of a `place`, as unist counts it: 1-based line and column, 0-based offset. */
export interface SoattinPoint {
  line: number;
  column: number;
  offset?: number;
}

/** The fields of a vfile message (vfile 6) the plugin sets. */
export interface SoattinFileMessage {
  fatal?: boolean | null | undefined;
  url?: string | undefined;
  actual?: string | undefined;
  expected?: string[] | undefined;
}

/** The parts of a VFile (vfile 6, as unified 11 passes it) the plugin uses. */
export interface SoattinFile {
  path?: string | undefined;
  cwd: string;
  toString(): string;
  message(
    reason: string,
    options: { place: { start: SoattinPoint; end: SoattinPoint }; ruleId: string; source: string },
  ): SoattinFileMessage;
}

/** What a unified transformer of the plugin is: it adds messages to the file. */
export type SoattinTransformer = (tree: SoattinTree, file: SoattinFile) => undefined;
