/**
 * The contract between the parser, the rules, the fixer and the front-ends (CLI, LSP).
 * Every position is a UTF-16 offset into the ORIGINAL text, exactly as VS Code counts it.
 */
import type { Draft } from './draft.js';
import type { ResolvedConfig, Severity, SeveritySetting } from './config/types.js';

// severities are settings of a config: defined there, so config/types.ts needs nothing from here
export type { Severity, SeveritySetting };
export type Locale = 'vi' | 'en';

/** A message in both languages; `{name}` placeholders are filled from the finding's args. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type MessageArgs = Record<string, string | number>;

/** A plain text edit on the original text: replace [start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * A fix a human may choose (quick fix) that is NOT applied by `--fix` / fix-all:
 * spelling suggestions, contested styles, templates for missing elements.
 * `snippet: true` means `text` of the single edit uses VS Code snippet syntax ($1, ${1:x}).
 */
export interface Suggestion {
  /** message id in the rule's messages (title shown in the quick-fix menu) */
  messageId: string;
  args?: MessageArgs;
  edits: TextEdit[];
  snippet?: boolean;
  /** 'all' marks a "fix every occurrence in this draft" suggestion */
  scope?: 'one' | 'all';
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  messageId: string;
  args: MessageArgs;
  /** safe, idempotent edits applied by `--fix` and `source.fixAll.soattin` */
  fix?: TextEdit[];
  suggestions?: Suggestion[];
  /** the finding sits inside a quotation: never auto-fixed */
  inQuote?: boolean;
  /** free data for front-ends (e.g. the misspelt word for "add to dictionary") */
  data?: Record<string, unknown>;
}

/** What a rule passes to `report`; severity defaults to the configured one. */
export interface Report {
  start: number;
  end: number;
  messageId: string;
  args?: MessageArgs;
  fix?: TextEdit[];
  suggestions?: Suggestion[];
  severity?: Severity;
  /** a contested point (rulebook §0): lint caps it at a warning, whatever the rule's severity */
  contested?: boolean;
  data?: Record<string, unknown>;
}

export type RuleCategory = 'structure' | 'capitalisation' | 'text';

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** only for drafts detected (or configured) as training news */
  genre?: 'training';
  description: LocalizedText;
  /** one-or-two-sentence rationale shown in hovers */
  rationale?: LocalizedText;
  /** JSON Schema of the rule's options object (validated with the config) */
  optionsSchema?: Record<string, unknown>;
  messages: Record<string, LocalizedText>;
}

export interface RuleContext {
  draft: Draft;
  config: ResolvedConfig;
  /** the rule's own options from `rules: { id: [severity, options] }` */
  options: Record<string, unknown>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface LintResult {
  findings: Finding[];
  /** findings dropped because the per-file cap was reached */
  truncated: number;
  draft: Draft;
}
