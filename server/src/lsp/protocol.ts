/**
 * What the language server and the VS Code client agree on: custom notifications, requests,
 * command ids and the shape of `Diagnostic.data`. Pure types and constants (the client bundles
 * this file too, so it must not import the server or the core).
 */

/** `soattin/status`, sent after each check of a draft. */
export const STATUS_NOTIFICATION = 'soattin/status';

export type StatusState = 'ok' | 'warning' | 'error';

export interface StatusParams {
  uri: string;
  /** the language of the reporter's messages (soattin.locale: Vietnamese unless `en`) */
  locale: 'vi' | 'en';
  profile: string;
  /** the profile in the reporter's words, in `locale` */
  profileLabel: string;
  /** the configured tone style, or the one detected in the draft when the config says auto */
  toneStyle: string;
  /** true when toneStyle was detected from the draft (config `auto`) */
  toneDetected?: boolean;
  findings: number;
  /** set when the editor shows fewer findings than the draft has (see the cap in check) */
  capped?: { total: number; shown: number };
  elapsedMs: number;
  /** the check took longer than its budget for a draft of this size (never the first check) */
  slow?: boolean;
  state: StatusState;
  /** why the state is not ok (already in the server's locale) */
  message?: string;
}

/** `soattin/skeleton`: the training-news skeleton (snippet syntax) with the draft's author. */
export const SKELETON_REQUEST = 'soattin/skeleton';
export interface SkeletonParams {
  uri?: string;
  /** the client's `soattin.author`, used when the server does not know the draft */
  author?: string;
}
export interface SkeletonResult {
  snippet: string;
}

/**
 * Commands the server executes (workspace/executeCommand). vscode-languageclient registers
 * them as VS Code commands automatically, so their ids differ from the palette commands the
 * client contributes (`soattin.addToDictionary` forwards to `soattin.server.addToDictionary`).
 */
export const ServerCommand = {
  /** [uri, word] */
  addToDictionary: 'soattin.server.addToDictionary',
  /** [uri, ruleId] */
  disableRuleForFile: 'soattin.server.disableRuleForFile',
  /** [uri, ruleId, text]: every finding of the rule with this text in this draft (.soattinrc.json) */
  ignoreFinding: 'soattin.server.ignoreFinding',
  /** [uri, ruleId, text, offset]: this occurrence only (.soattin/ignored.json) */
  ignoreOccurrence: 'soattin.server.ignoreOccurrence',
  /** [uri] */
  fixAll: 'soattin.server.fixAll',
  /** [] clears caches and re-checks every open draft */
  recheck: 'soattin.server.recheck',
} as const;

/** Commands the client implements; code actions may carry them. */
export const ClientCommand = {
  /** [uri, range, snippet]: insert a VS Code snippet (TextEditor.insertSnippet) */
  insertSnippet: 'soattin.insertSnippet',
} as const;

export const FIX_ALL_KIND = 'source.fixAll.soattin';

/** The client command that opens a rule's doc shipped in the extension ([ruleId]). */
export const OPEN_RULE_DOCS = 'soattin.openRuleDocs';

/** What the VS Code client tells the server at start-up (`initializationOptions`). */
export interface InitOptions {
  /** rule-doc links as `command:soattin.openRuleDocs` URIs (the client opens the shipped docs) */
  ruleDocs?: 'command';
}

/**
 * The web extension (client/src/web.ts, server in a web worker: web-server.ts): the worker has
 * no disk, so the client hands it what the Node server reads itself. The spelling dictionary
 * (GPL, shipped beside the bundles, never inside) comes from the extension's files.
 */
export interface WebInitOptions extends InitOptions {
  dictionary: { aff: string; dic: string };
}

/**
 * `soattin/workspaceFiles` (web only): the workspace's Soát Tin files (`.soattinrc.json`,
 * `.soattinignore`, `.soattin/**`) as the client read them, those of a draft's folders before
 * the draft is opened and each one again when it changes; `text: null` when one was deleted.
 * Paths are those of the server's `file:` URIs (the web client maps the workspace to them).
 */
export const WORKSPACE_FILES_NOTIFICATION = 'soattin/workspaceFiles';
export interface WorkspaceFilesParams {
  files: Array<{ path: string; text: string | null }>;
}

export const SOURCE = 'Soát Tin';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface LspEdit {
  range: LspRange;
  newText: string;
}

/**
 * An edit as a diagnostic's data carries it: without `range` it replaces the diagnostic's own
 * range, as nearly every fix and suggestion does. Each edit spelt out its range again, and on a
 * draft with many misspellings (five suggestions each) the ranges were most of a publish's
 * bytes, serialised, piped and parsed on every keystroke (code-actions.ts `dataEdits` reads them).
 */
export interface DataEdit {
  range?: LspRange;
  newText: string;
}

/**
 * A suggestion as a diagnostic's data carries it. A bare string is the plain replacement of the
 * diagnostic's own range (one edit, no range, no title: the “Sửa thành “…”” code-actions.ts
 * writes back), as nearly every spelling suggestion is: `"huyện"` rather than
 * `{"edits":[{"newText":"huyện"}]}`, a fifth of a publish's bytes on a draft with many misspellings.
 */
export type DataSuggestion = string | { title?: string; edits: DataEdit[]; snippet?: boolean; scope?: 'one' | 'all' };

/**
 * Everything a code action or a hover needs. The server keeps it with the diagnostics it
 * checked and publishes only its key (keys.ts: the editor never reads it, and it was a third
 * of a publish's bytes); a diagnostic sent back with it in full is read as it is. What the
 * diagnostic says itself is not repeated: the rule id is its `code`; a plain-text draft leaves
 * `format` out.
 */
export interface DiagnosticData {
  /** older servers wrote the rule id here too; readers take `data.ruleId ?? diagnostic.code` */
  ruleId?: string;
  messageId: string;
  /** the original text of the range (for "ignore this finding") */
  text: string;
  fix?: DataEdit[];
  /** title of the quick fix that applies `fix` */
  fixTitle?: string;
  suggestions?: DataSuggestion[];
  /** the correct form (fix applied, or the single suggestion), for the hover */
  correct?: string;
  /** the word the spelling rule does not know ("add to dictionary") */
  word?: string;
  inQuote?: boolean;
  /** a missing element: the range is where it belongs (empty), not the rule's own span */
  missing?: boolean;
  /** the draft has a file on disk (side-file actions are possible) */
  onDisk?: boolean;
  /** left out for plain text */
  format?: 'markdown';
}
