export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Profile = 'gov' | 'party' | 'press-lower';
export type ToneStyle = 'auto' | 'old' | 'new';
export type DateStyle = 'auto' | 'hyphen' | 'slash';
export type EndMark = 'any' | 'required' | 'forbidden';
export type Genre = 'auto' | 'training' | 'none';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** One silenced finding: the same rule reporting the same original text is dropped. */
export interface FindingIgnore {
  rule: string;
  text: string;
  /** only the occurrence on a line with this hash (see config/occurrences.ts) */
  line?: string;
}

/**
 * Settings for some drafts only, chosen by globs relative to the config file. This is how a
 * plain-text draft gets "disable this rule for this file" / "ignore this finding" without a
 * comment in its prose (markdown drafts can use `<!-- soattin-disable -->` instead).
 */
export interface ConfigOverride {
  files: string[];
  rules?: Record<string, RuleSetting>;
  ignore?: FindingIgnore[];
  /** set by the resolver, never written: the folder `files` is relative to when it is not the config in use's (an override of a config in a folder above) */
  baseDir?: string;
}

/** One config file of a cascade (see resolve.ts), with the `ignore` globs it brought (its extends included). */
export interface ConfigLayer {
  file: string;
  /** its folder: its globs are relative to it, and its `.soattinignore` lives there */
  dir: string;
  ignore: string[];
}

/** The shape of `.soattinrc.json` (and of the `soattin` field of package.json). */
export interface UserConfig {
  $schema?: string;
  /** stop here: the configs of the folders above are not merged under this one */
  root?: boolean;
  /** a config file (path relative to this one, or an npm package: see extends-target.ts) loaded first; this config is merged over it */
  extends?: string;
  profile?: Profile;
  toneStyle?: ToneStyle;
  dateStyle?: DateStyle;
  endMark?: EndMark;
  genre?: Genre;
  rules?: Record<string, RuleSetting>;
  /** project words accepted by the spelling rule */
  words?: string[];
  /** word-list files (one word per line), relative to the config file */
  dictionaries?: string[];
  /** extra lexicon files (JSON, same shape as dictionaries/titles.json …), relative to the config file */
  lexicons?: { titles?: string[]; organisations?: string[] };
  /** globs (relative to the config file) of drafts the CLI skips */
  ignore?: string[];
  /** default byline inserted by the required-byline quick fix */
  author?: string;
  /** at most this many findings per file (the rest are summarised in one finding) */
  maxFindings?: number;
  /** per-file rule settings and silenced findings (see ConfigOverride) */
  overrides?: ConfigOverride[];
}

/** Configuration after defaults, merge and file loading: everything `lint` needs, no I/O left. */
export interface ResolvedConfig {
  profile: Profile;
  toneStyle: ToneStyle;
  dateStyle: DateStyle;
  endMark: EndMark;
  genre: Genre;
  rules: Record<string, RuleSetting>;
  /** project words (from `words` and the word-list files), NFC */
  words: Set<string>;
  /** extra lexicon entries loaded from `lexicons` files (raw JSON arrays) */
  extraLexicon: { titles: unknown[]; organisations: unknown[] };
  ignore: string[];
  author?: string;
  maxFindings: number;
  /** the config file that was used, if any */
  configFile?: string;
  /** directory globs and relative paths are resolved from */
  baseDir?: string;
  /** overrides of the config file, not yet applied (resolveConfig applies those matching the draft) */
  overrides?: ConfigOverride[];
  /** findings silenced for this draft by the overrides that matched it */
  ignoreFindings?: FindingIgnore[];
  /** the config files merged for this draft, the farthest first (the last one is `configFile`) */
  layers?: ConfigLayer[];
  /** word-list files that were read (absolute paths); "add to dictionary" appends to the first */
  wordFiles?: string[];
  /** top-level keys the config file set (editor settings only fill the others) */
  setKeys?: string[];
}
