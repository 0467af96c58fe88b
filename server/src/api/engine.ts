/**
 * What the public API (index.ts) and the retext plugin (retext.ts) run: the engine the CLI
 * runs (core's lint, fix and config resolution, the message conversion of messages.ts), called in the
 * CLI's order, so a draft gets the same messages here as in `soattin --format json`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyOverrides, clearConfigCache, formatOf, type Finding, type ResolvedConfig as CoreConfig } from '../core/index.js';
import { linter } from '../linter.js';
import { countMessages, fatalMessage, toMessage } from './messages.js';
import type {
  ConfigResult,
  DraftFormat,
  FixTextResult,
  LintMessage,
  LintTextOptions,
  LintTextResult,
  ResolveConfigOptions,
  ResolvedConfig,
  SeveritySetting,
} from './types.js';

/** label of `settings` given inline, where a config file's name goes in messages */
const INLINE = 'settings';

/** `--rule` severities on top of a configuration (the rules' options are kept). */
export function withRuleOverrides(config: CoreConfig, overrides: Record<string, SeveritySetting>): CoreConfig {
  const ids = Object.keys(overrides);
  if (!ids.length) return config;
  const rules = { ...config.rules };
  for (const id of ids) {
    const old = rules[id];
    rules[id] = Array.isArray(old) && old.length > 1 ? [overrides[id], old[1] as Record<string, unknown>] : overrides[id];
  }
  return { ...config, rules };
}

/**
 * Every configuration handed out, with what it was made from: the folder's configuration
 * before `overrides`, and the `rules` asked for, so a draft at another path gets its
 * overrides applied in the CLI's order (overrides, then `--rule`).
 */
const made = new WeakMap<object, { folder: CoreConfig; rules: Record<string, SeveritySetting> }>();

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function resolveDraftConfig(filePath?: string, options: ResolveConfigOptions = {}): ConfigResult {
  const target = path.resolve(filePath ?? process.cwd());
  const folder = isFolder(target) ? target : path.dirname(target);
  let base: CoreConfig;
  if (options.settings !== undefined) {
    const r = linter.loadConfigObject(options.settings, INLINE, path.resolve(options.baseDir ?? folder));
    if (!r.ok) return r;
    base = { ...r.config, configFile: undefined };
  } else {
    // the CLI reads each config once per run; an API caller may have changed it since
    clearConfigCache();
    const r = linter.resolveConfig(folder, options.configFile);
    if (!r.ok) return r;
    base = r.config;
  }
  const rules = { ...options.rules };
  const forDraft = folder === target ? base : applyOverrides(base, target);
  const config: ResolvedConfig = withRuleOverrides(forDraft, rules);
  made.set(config, { folder: base, rules });
  return { ok: true, config };
}

function engineConfig(options: LintTextOptions): { config: CoreConfig } | { error: string } {
  if (options.config === undefined) {
    const r = resolveDraftConfig(options.filePath, options);
    return r.ok ? engineConfig({ ...options, config: r.config }) : { error: r.error.message[options.locale ?? 'vi'] };
  }
  const origin = made.get(options.config);
  if (!origin) throw new TypeError('soattin: `config` must be a configuration returned by resolveConfig()');
  if (options.filePath === undefined) return { config: options.config as CoreConfig };
  return { config: withRuleOverrides(applyOverrides(origin.folder, path.resolve(options.filePath)), origin.rules) };
}

function resultOf(options: LintTextOptions, messages: LintMessage[]): LintTextResult {
  return { ...(options.filePath !== undefined ? { filePath: options.filePath } : {}), messages, ...countMessages({ messages }) };
}

/** A draft without its byte-order mark: the CLI lints and counts positions after it. */
export function withoutBom(text: string): { body: string; bom: string } {
  return text.charCodeAt(0) === 0xfeff ? { body: text.slice(1), bom: '\uFEFF' } : { body: text, bom: '' };
}

export interface DraftLint {
  result: LintTextResult;
  /** the engine's findings, one per message, in the same order ([] when the config was unusable) */
  findings: Finding[];
  /** the text that was linted (the draft after its byte-order mark) */
  body: string;
}

function checkText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`soattin: ${fn}() expects the draft as a string`);
}

function lintBody(body: string, config: CoreConfig, format: DraftFormat, options: LintTextOptions): DraftLint {
  const { findings, draft } = linter.lint(body, config, { format });
  const messages = findings.map((f) => toMessage(f, draft.lineStarts, options.locale ?? 'vi'));
  return { result: resultOf(options, messages), findings, body };
}

export function lintDraft(text: string, options: LintTextOptions = {}): DraftLint {
  checkText(text, 'lintText');
  const { body } = withoutBom(text);
  const resolved = engineConfig(options);
  if ('error' in resolved) return { result: resultOf(options, [fatalMessage(resolved.error)]), findings: [], body };
  return lintBody(body, resolved.config, options.format ?? formatOf(options.filePath), options);
}

export function fixDraft(text: string, options: LintTextOptions = {}): FixTextResult {
  checkText(text, 'fixText');
  const resolved = engineConfig(options);
  if ('error' in resolved) return { ...resultOf(options, [fatalMessage(resolved.error)]), output: text, fixed: 0 };
  const format = options.format ?? formatOf(options.filePath);
  const { body, bom } = withoutBom(text);
  const fixed = linter.fixText(body, resolved.config, { format });
  const rest = lintBody(fixed.output, resolved.config, format, options).result;
  return { ...rest, output: bom + fixed.output, fixed: fixed.output === body ? 0 : fixed.fixed };
}
