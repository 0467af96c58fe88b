/**
 * One resolver for the CLI and the server: the `.soattinrc.json` files (or `soattin` fields of
 * package.json) of the draft's folder and the folders above it, merged over the defaults, the
 * nearest last (see `cascade`). Only JSON is read: workspace code is never executed. Problems
 * come back as values, never thrown.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, mergeConfig } from './defaults.js';
import { validateConfig, withSeverityAliases, type ConfigProblem } from './validate.js';
import type { RuleList } from './schema.js';
import type { ResolvedConfig, UserConfig } from './types.js';
import { coreMessage } from '../messages.js';
import { compileGlob } from '../glob.js';
import { entryExists, READ_LIMITS, readGuarded, textOf } from '../guarded-read.js';
import type { LocalizedText } from '../types.js';
import { clearOccurrenceCache, occurrencesFor } from './occurrences.js';
import { parseJsonc, type JsonSyntaxError } from './jsonc.js';
import { extendsTarget } from './extends-target.js';
import { placeInFile, type ConfigPath } from './locate.js';

export const RC_NAME = '.soattinrc.json';
export const DEFAULT_WORDS_FILE = '.soattin/words.txt';

export interface ConfigError {
  file: string;
  /** the offending key, when one is to blame */
  key?: string;
  /** where in the file (1-based): a syntax error, or the value (or unknown key) at fault */
  line?: number;
  column?: number;
  /** the message; when the config has several problems, one line for each */
  message: LocalizedText;
  /** every problem, when there are several (the fields above are the first one's) */
  problems?: ConfigError[];
}

/** Several problems of one config as one error: the first one's place, every message. */
export function allProblems(errors: ConfigError[]): ConfigError {
  if (errors.length === 1) return errors[0];
  const lines = (locale: 'vi' | 'en'): string => errors.map((e) => e.message[locale]).join('\n');
  return { ...errors[0], message: { vi: lines('vi'), en: lines('en') }, problems: errors };
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; error: ConfigError };

/** resolved configs per rule list (a linter's: it validates rule ids and options) and folder */
let caches = new WeakMap<RuleList, Map<string, ConfigResult>>();

export function clearConfigCache(): void {
  caches = new WeakMap();
  clearOccurrenceCache();
}

function both(id: Parameters<typeof coreMessage>[0], args: Record<string, string>): LocalizedText {
  return { vi: coreMessage(id, args, 'vi'), en: coreMessage(id, args, 'en') };
}

interface Found {
  file: string;
  dir: string;
  raw: unknown;
}

type FindResult = { found?: Found; error?: ConfigError };

function readJson(file: string, limit: number = READ_LIMITS.config): { value?: unknown; error?: ConfigError } {
  const read = readGuarded(file, limit);
  if (!read.ok) {
    return { error: { file, message: { vi: coreMessage('cli.unreadable', { file, reason: read.reason.vi }, 'vi'), en: coreMessage('cli.unreadable', { file, reason: read.reason.en }, 'en') } } };
  }
  const { value, errors } = parseJsonc(textOf(read.bytes));
  return errors.length ? { error: syntaxErrors(file, errors) } : { value };
}

/** Every syntax error of a JSONC file, each at its line:column. */
function syntaxErrors(file: string, errors: JsonSyntaxError[]): ConfigError {
  return allProblems(
      errors.map(({ line, column, messageId }) => ({
        file,
        line,
        column,
        message: {
          vi: coreMessage('config.parse', { file, line, column, reason: coreMessage(messageId, {}, 'vi') }, 'vi'),
          en: coreMessage('config.parse', { file, line, column, reason: coreMessage(messageId, {}, 'en') }, 'en'),
        },
      })),
  );
}

/** Walk up from `dir` to the nearest config. */
export function findConfig(dir: string): FindResult {
  let current = path.resolve(dir);
  for (;;) {
    const rc = path.join(current, RC_NAME);
    // lstat, not exists: a dangling link or a FIFO named like the config is reported, not skipped
    if (entryExists(rc)) {
      const { value, error } = readJson(rc);
      if (error) return { error };
      return { found: { file: rc, dir: current, raw: value } };
    }
    const pkg = path.join(current, 'package.json');
    if (entryExists(pkg)) {
      // an unreadable or invalid package.json may hold the config: say so rather than guess
      const { value, error } = readJson(pkg);
      if (error) return { error };
      if (value && typeof value === 'object' && 'soattin' in value) {
        return { found: { file: pkg, dir: current, raw: (value as Record<string, unknown>).soattin } };
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return {};
    current = parent;
  }
}

/** The config `file` as messages name a place in it: `file:line:column` when the place is found. */
function placed(file: string, at: ConfigPath, onKey = false): { where: string; line?: number; column?: number } {
  const place = placeInFile(file, at, onKey);
  return place ? { where: `${file}:${place.line}:${place.column}`, ...place } : { where: file };
}

function fromProblem(file: string, p: ConfigProblem): ConfigError {
  const { where, line, column } = placed(file, p.path, p.onKey);
  return {
    file,
    key: p.key,
    line,
    column,
    message: {
      vi: coreMessage('config.invalid', { file: where, key: p.key, problem: p.problem.vi }, 'vi'),
      en: coreMessage('config.invalid', { file: where, key: p.key, problem: p.problem.en }, 'en'),
    },
  };
}

/**
 * Build a resolved config from a user config object found in `file` (dir = its folder),
 * validated for `rules`. `extends` is loaded first and this config merged over it; `chain` is
 * the files that extend this one (a loop is reported, not followed).
 */
export function loadConfigObject(rules: RuleList, given: unknown, file: string, dir: string, base = defaultConfig(), chain: string[] = []): ConfigResult {
  const raw = withSeverityAliases(given);
  const problems = validateConfig(raw, rules);
  if (problems.length) return { ok: false, error: allProblems(problems.map((p) => fromProblem(file, p))) };
  const user = raw as UserConfig;
  let start = base;
  if (user.extends !== undefined) {
    const parent = loadExtended(rules, user.extends, file, dir, base, chain);
    if (!parent.ok) return parent;
    start = parent.config;
  }
  const config = mergeConfig(start, user);
  config.configFile = file;
  // globs (ignore, overrides) of an extended config are read from here, the extending config's
  // folder, as ESLint does: a shared newsroom config cannot know where a desk keeps its drafts
  config.baseDir = dir;
  config.setKeys = [...new Set([...(start.setKeys ?? []), ...(user && typeof user === 'object' ? Object.keys(user) : [])])];
  config.wordFiles = [];

  const lists = user.dictionaries ?? [];
  const files = lists.length ? lists : [DEFAULT_WORDS_FILE];
  for (const [i, rel] of files.entries()) {
    const abs = path.resolve(dir, rel);
    const read = readGuarded(abs, READ_LIMITS.wordList);
    if (!read.ok) {
      if (!lists.length && read.kind === 'missing') continue; // the default word list is optional
      const { where, line, column } = placed(file, ['dictionaries', i]);
      return { ok: false, error: { file, key: 'dictionaries', line, column, message: listed(rel, where, read.reason) } };
    }
    config.wordFiles.push(abs);
    for (const w of readWordList(textOf(read.bytes))) config.words.add(w);
  }
  for (const kind of ['titles', 'organisations'] as const) {
    for (const [i, rel] of (user.lexicons?.[kind] ?? []).entries()) {
      const abs = path.resolve(dir, rel);
      const { value, error } = readJson(abs, READ_LIMITS.lexicon);
      if (error) return { ok: false, error: { ...error, key: `lexicons.${kind}` } };
      const entries = Array.isArray(value) ? value : (value as { entries?: unknown[] })?.entries;
      if (!Array.isArray(entries)) {
        const { where, line, column } = placed(file, ['lexicons', kind, i]);
        return { ok: false, error: { file, key: `lexicons.${kind}`, line, column, message: lexiconShape(rel, where) } };
      }
      // a loop, not push(...entries): a 200,000-entry file would overflow the call stack
      const target = config.extraLexicon[kind];
      for (const entry of entries as unknown[]) target.push(entry);
    }
  }
  // "add to dictionary" writes to this config's own list first
  for (const f of start.wordFiles ?? []) if (!config.wordFiles.includes(f)) config.wordFiles.push(f);
  return { ok: true, config };
}

/** The config named by `extends` (a path relative to the extending config `file`, or a package), resolved on its own. */
function loadExtended(rules: RuleList, rel: string, file: string, dir: string, base: ResolvedConfig, chain: string[]): ConfigResult {
  // the place of "extends" in the file, looked up only when something is wrong
  const fail = (message: (where: string) => LocalizedText): ConfigResult => {
    const { where, line, column } = placed(file, ['extends']);
    return { ok: false, error: { file, key: 'extends', line, column, message: message(where) } };
  };
  const target = extendsTarget(rel, dir);
  if ('error' in target) return fail(target.error);
  const abs = target.file;
  const seen = [...chain, file];
  if (seen.includes(abs)) {
    const loop = [...seen.slice(seen.indexOf(abs)), abs].join(' → ');
    return fail((where) => both('config.extendsLoop', { file: where, loop }));
  }
  const read = readGuarded(abs, READ_LIMITS.config);
  if (!read.ok) return fail((where) => listed(rel, where, read.reason));
  const { value, errors } = parseJsonc(textOf(read.bytes));
  if (errors.length) return { ok: false, error: syntaxErrors(abs, errors) };
  const raw = path.basename(abs) === 'package.json' ? ((value as Record<string, unknown>)?.soattin ?? {}) : value;
  return loadConfigObject(rules, raw, abs, path.dirname(abs), base, seen);
}

function lexiconShape(rel: string, config: string): LocalizedText {
  return {
    vi: coreMessage('config.unreadable', { file: rel, config, reason: coreMessage('config.lexiconShape', {}, 'vi') }, 'vi'),
    en: coreMessage('config.unreadable', { file: rel, config, reason: coreMessage('config.lexiconShape', {}, 'en') }, 'en'),
  };
}

function listed(rel: string, config: string, reason: LocalizedText): LocalizedText {
  return {
    vi: coreMessage('config.unreadable', { file: rel, config, reason: reason.vi }, 'vi'),
    en: coreMessage('config.unreadable', { file: rel, config, reason: reason.en }, 'en'),
  };
}

/** One word per line; `#` starts a comment; NFC. */
export function readWordList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/#.*/, '').trim().normalize('NFC'))
    .filter(Boolean);
}

/**
 * Configuration for a draft at `filePath` (or for a folder). `explicit` is a config file
 * given by `--config` or the editor setting; it replaces discovery.
 */
export function resolveConfig(rules: RuleList, filePath: string, explicit?: string): ConfigResult {
  const isDir = fs.existsSync(filePath) && fs.statSync(filePath).isDirectory();
  const result = resolveForDir(rules, isDir ? filePath : path.dirname(filePath), explicit);
  if (isDir || !result.ok) return result;
  const config = result.config.overrides?.length ? applyOverrides(result.config, filePath) : result.config;
  const occurrences = config.baseDir ? occurrencesFor(config.baseDir, filePath) : [];
  if (!occurrences.length) return config === result.config ? result : { ok: true, config };
  return { ok: true, config: { ...config, ignoreFindings: [...(config.ignoreFindings ?? []), ...occurrences] } };
}

/** Globs of overrides are relative to the config file's folder, with `/` separators. */
export function relativeToConfig(config: ResolvedConfig, filePath: string): string {
  return relativeTo(config.baseDir, filePath);
}

function relativeTo(dir: string | undefined, filePath: string): string {
  return path.relative(dir ?? process.cwd(), path.resolve(filePath)).split(path.sep).join('/');
}

/** The config for one draft: the overrides whose `files` match it, applied in order. */
export function applyOverrides(config: ResolvedConfig, filePath: string): ResolvedConfig {
  // an override of a config in a folder above is relative to that folder
  const matching = (config.overrides ?? []).filter((o) => compileGlob(o.files)(relativeTo(o.baseDir ?? config.baseDir, filePath)));
  if (!matching.length) return config;
  const out: ResolvedConfig = { ...config, rules: { ...config.rules }, ignoreFindings: [...(config.ignoreFindings ?? [])] };
  for (const o of matching) {
    if (o.rules) Object.assign(out.rules, o.rules);
    for (const i of o.ignore ?? []) out.ignoreFindings!.push(i);
  }
  return out;
}

function resolveForDir(rules: RuleList, dir: string, explicit?: string): ConfigResult {
  const key = `${explicit ?? ''}\0${path.resolve(dir)}`;
  let cache = caches.get(rules);
  if (!cache) caches.set(rules, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  let result: ConfigResult;
  if (explicit) {
    const abs = path.resolve(explicit);
    const { value, error } = readJson(abs);
    if (error) result = { ok: false, error };
    else {
      const raw = path.basename(abs) === 'package.json' ? (value as Record<string, unknown>)?.soattin ?? {} : value;
      result = loadConfigObject(rules, raw, abs, path.dirname(abs));
    }
  } else {
    const { found, error } = findConfig(dir);
    if (error) result = { ok: false, error };
    else if (found) result = cascade(rules, found);
    else {
      result = loadConfigObject(rules, {}, '', findProjectDir(dir));
      if (result.ok) result.config.configFile = undefined;
    }
  }
  cache.set(key, result);
  return result;
}

/**
 * The nearest config merged over the configs of the folders above it (each one merged over
 * its own parents, the farthest first), until a config says `"root": true` or the climb
 * reaches the top of the disk. Each layer's globs stay relative to its own folder.
 */
function cascade(rules: RuleList, found: Found): ConfigResult {
  let base = defaultConfig();
  if (!isRoot(found.raw)) {
    const above = path.dirname(found.dir);
    if (above !== found.dir) {
      const parent = resolveForDir(rules, above);
      if (!parent.ok) return parent;
      // no config above: the defaults (not the words of some folder's .soattin/ up there)
      if (parent.config.configFile) base = parent.config;
    }
  }
  const result = loadConfigObject(rules, found.raw, found.file, found.dir, base);
  if (!result.ok) return result;
  const { config } = result;
  const inherited = base.overrides?.length ?? 0;
  if (config.overrides) config.overrides = config.overrides.map((o, i) => (i < inherited ? o : { ...o, baseDir: found.dir }));
  config.layers = [...(base.layers ?? []), { file: found.file, dir: found.dir, ignore: config.ignore.slice(base.ignore.length) }];
  return result;
}

/** `"root": true` stops the climb (read from the file itself, not from what it extends). */
function isRoot(raw: unknown): boolean {
  return !!raw && typeof raw === 'object' && (raw as { root?: unknown }).root === true;
}

/** Without a config file, project words live in the nearest folder holding `.soattin/`. */
function findProjectDir(dir: string): string {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(current, '.soattin'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(dir);
    current = parent;
  }
}
