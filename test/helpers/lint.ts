import { lint, defaultConfig, mergeConfig, fixText, formatFinding, positionAt, type Finding, type UserConfig, type Locale } from '../../server/src/library.js';

export function config(user: UserConfig = {}) {
  return mergeConfig(defaultConfig(), user);
}

export interface Shown {
  rule: string;
  message: string;
  /** 1-based line:column (UTF-16) of the start, as editors show it */
  at: string;
  text: string;
}

/** Findings of one or more rules, as a reader sees them. */
export function check(text: string, only?: string | string[], user: UserConfig = {}, locale: Locale = 'vi', format: 'text' | 'markdown' = 'text'): Shown[] {
  const ids = only === undefined ? undefined : Array.isArray(only) ? only : [only];
  const { findings, draft } = lint(text, config(user), { only: ids, format });
  return findings.map((f: Finding) => {
    const p = positionAt(draft.lineStarts, f.start);
    return { rule: f.ruleId, message: formatFinding(f, locale), at: `${p.line + 1}:${p.character + 1}`, text: text.slice(f.start, f.end) };
  });
}

export function findings(text: string, only?: string | string[], user: UserConfig = {}, format: 'text' | 'markdown' = 'text'): Finding[] {
  const ids = only === undefined ? undefined : Array.isArray(only) ? only : [only];
  return lint(text, config(user), { only: ids, format }).findings;
}

/** The text after `--fix` with only the given rules enabled. */
export function fixed(text: string, only?: string | string[], user: UserConfig = {}, format: 'text' | 'markdown' = 'text'): string {
  const ids = only === undefined ? undefined : Array.isArray(only) ? only : [only];
  return fixText(text, config(user), { only: ids, format }).output;
}
