/**
 * The committed files behind "add to dictionary", "disable this rule for this file" and
 * "ignore this problem": the project word list and `overrides` in the nearest .soattinrc.json.
 * Nothing here touches the draft itself except the markdown directive edit, which only adds
 * an HTML comment (invisible in the published text).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_WORDS_FILE, OCCURRENCES_FILE, RC_NAME, occurrenceKey, readWordList, type ConfigOverride, type IgnoredOccurrence, type ResolvedConfig, type UserConfig } from '../core/config/index.js';
// jsonc-parser's ESM build: its UMD build loads its parts with a dynamic require a bundle cannot follow
import { applyEdits, modify, type JSONPath } from 'jsonc-parser/lib/esm/main.js';
import type { Locale, LocalizedText, TextEdit } from '../core/types.js';
import { coreMessage } from '../core/messages.js';
import { parseJsonc } from '../core/config/jsonc.js';
import { systemReason } from '../core/system-errors.js';
import { t } from './messages.js';
import { READ_LIMITS, readGuarded } from '../core/guarded-read.js';

export type WriteResult = { ok: true; file: string; changed: boolean } | { ok: false; file: string; reason: LocalizedText };

const localized = (text: (locale: Locale) => string): LocalizedText => ({ vi: text('vi'), en: text('en') });

/** Why a JSON file cannot be edited: its first syntax error at line:column, or that it is no object. */
function notJson(text: string): LocalizedText {
  const [first] = parseJsonc(text).errors;
  if (!first) return localized((l) => coreMessage('config.notObject', {}, l));
  return localized((l) => `${first.line}:${first.column}: ${coreMessage(first.messageId, {}, l)}`);
}

/** The word list "add to dictionary" writes to: the first configured list, else .soattin/words.txt. */
export function wordListFile(config: ResolvedConfig, filePath: string, folder?: string): string {
  if (config.setKeys?.includes('dictionaries') && config.wordFiles?.length) return config.wordFiles[0];
  return path.join(projectDir(config, filePath, folder), DEFAULT_WORDS_FILE);
}

/** Longest entry "add to dictionary" writes (a project word or name, never a paragraph). */
export const MAX_WORD_LENGTH = 64;

/** One word list entry: one line, no comment mark, no control characters, not too long. */
export function isProjectWord(word: string): boolean {
  const w = word.trim();
  return w.length > 0 && w.length <= MAX_WORD_LENGTH && !/[\p{Cc}\p{Zl}\p{Zp}#]/u.test(w);
}

export function addWord(file: string, word: string): WriteResult {
  if (!isProjectWord(word)) return { ok: false, file, reason: localized((l) => t('command.badWord', l, { max: MAX_WORD_LENGTH })) };
  const w = word.normalize('NFC').trim();
  try {
    let existing = '';
    if (fs.existsSync(file)) {
      const read = readGuarded(file, READ_LIMITS.wordList);
      if (!read.ok) return { ok: false, file, reason: read.reason };
      existing = read.bytes.toString('utf8');
    }
    if (readWordList(existing).includes(w)) return { ok: true, file, changed: false };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const sep = existing === '' || /\n$/.test(existing) ? '' : existing.includes('\r\n') ? '\r\n' : '\n';
    fs.appendFileSync(file, `${sep}${w}\n`, 'utf8');
    return { ok: true, file, changed: true };
  } catch (e) {
    return { ok: false, file, reason: systemReason(e) };
  }
}

/** The project folder whose `.soattin/` holds the side files: the config's folder, else the workspace folder. */
export function projectDir(config: ResolvedConfig, filePath: string, folder?: string): string {
  return config.configFile ? config.baseDir! : folder ?? config.baseDir ?? path.dirname(filePath);
}

/**
 * Record one ignored occurrence in `<project>/.soattin/ignored.json` (created when missing),
 * keeping every other entry and the file's indentation. Never twice the same entry.
 */
export function addOccurrence(project: string, draftPath: string, entry: Omit<IgnoredOccurrence, 'file'>, file = path.join(project, OCCURRENCES_FILE)): WriteResult {
  try {
    const exists = fs.existsSync(file);
    let text = '';
    if (exists) {
      const read = readGuarded(file, READ_LIMITS.config);
      if (!read.ok) return { ok: false, file, reason: read.reason };
      text = read.bytes.toString('utf8');
    }
    const body = text.replace(/^\uFEFF/, '');
    // strict JSON, as the reader (core/config/occurrences.ts) reads it: a file it cannot read is not rewritten
    let parsed: { ignored?: unknown } | undefined;
    try {
      parsed = exists ? (JSON.parse(body) as { ignored?: unknown }) : {};
    } catch {
      return { ok: false, file, reason: notJson(body) };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, file, reason: notJson('{}') };
    const list = Array.isArray(parsed.ignored) ? (parsed.ignored as IgnoredOccurrence[]) : [];
    const full: IgnoredOccurrence = { file: occurrenceKey(project, draftPath), rule: entry.rule, text: entry.text.normalize('NFC'), line: entry.line };
    if (list.some((e) => e && e.file === full.file && e.rule === full.rule && e.text === full.text && e.line === full.line)) return { ok: true, file, changed: false };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ ...parsed, ignored: [...list, full] }, null, indentOf(text)) + '\n', 'utf8');
    return { ok: true, file, changed: true };
  } catch (e) {
    return { ok: false, file, reason: systemReason(e) };
  }
}

/** A path as a glob matching only itself (drafts are often named "Tin (2).txt" or "[nháp].txt"). */
export function globEscape(p: string): string {
  return p.replace(/[*?[\]{}()!+@\\]/g, (c) => `\\${c}`);
}

/** The config file to edit for a draft: the one in use, else a new .soattinrc.json at the project root. */
export function rcFile(config: ResolvedConfig, filePath: string, folder?: string): string {
  if (config.configFile) return config.configFile;
  return path.join(folder ?? path.dirname(filePath), RC_NAME);
}

function indentOf(text: string): string {
  return /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
}

/**
 * Change the override for exactly this draft (`files: ["<relative path>"]`), creating the
 * file, the `overrides` list or the entry when needed. `mutate` returns false when nothing
 * had to change (no write then).
 */
export function editOverride(file: string, draftPath: string, mutate: (o: ConfigOverride) => boolean): WriteResult {
  try {
    const read = fs.existsSync(file) ? readGuarded(file, READ_LIMITS.config) : undefined;
    if (read && !read.ok) return { ok: false, file, reason: read.reason };
    const raw = read?.ok ? read.bytes.toString('utf8') : '';
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = raw.slice(bom.length);
    const { value: parsed, errors } = text.trim() ? parseJsonc(text) : { value: {}, errors: [] };
    if (errors.length || !parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, file, reason: notJson(errors.length ? text : '{}') };
    const isPackage = path.basename(file) === 'package.json';
    const prefix: JSONPath = isPackage ? ['soattin'] : [];
    const root = parsed as Record<string, unknown>;
    const config = ((isPackage ? root.soattin : root) ?? {}) as UserConfig;
    const rel = globEscape(path.relative(path.dirname(file), draftPath).split(path.sep).join('/'));
    const overrides = config.overrides ?? [];
    const index = overrides.findIndex((o) => o.files.length === 1 && o.files[0] === rel);
    const entry: ConfigOverride = index >= 0 ? structuredClone(overrides[index]) : { files: [rel] };
    if (!mutate(entry)) return { ok: true, file, changed: false };
    // the smallest edit: only this override changes; comments, order and layout stay
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const formattingOptions = { insertSpaces: !/\n\t/.test(text), tabSize: indentOf(text).length || 2, eol };
    const target: JSONPath = index >= 0 ? [...prefix, 'overrides', index] : [...prefix, 'overrides', overrides.length];
    const edits = modify(text || '{}', config.overrides || index >= 0 ? target : [...prefix, 'overrides'], config.overrides || index >= 0 ? entry : [entry], {
      formattingOptions,
      isArrayInsertion: index < 0 && !!config.overrides,
    });
    let out = applyEdits(text || '{}', edits);
    if (!out.endsWith('\n')) out += eol;
    fs.writeFileSync(file, bom + out, 'utf8');
    return { ok: true, file, changed: true };
  } catch (e) {
    return { ok: false, file, reason: systemReason(e) };
  }
}

export function disableRuleIn(o: ConfigOverride, ruleId: string): boolean {
  if (o.rules?.[ruleId] === 'off') return false;
  o.rules = { ...(o.rules ?? {}), [ruleId]: 'off' };
  return true;
}

export function ignoreIn(o: ConfigOverride, rule: string, text: string): boolean {
  const t = text.normalize('NFC');
  if (o.ignore?.some((i) => i.rule === rule && i.text.normalize('NFC') === t)) return false;
  (o.ignore ??= []).push({ rule, text });
  return true;
}

const FRONT_MATTER = /^\uFEFF?(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;
const DIRECTIVE = /^<!--\s*soattin-disable(?!-)([^>]*?)-->/;

/**
 * The edit that disables `ruleId` for a whole markdown draft: extend the
 * `<!-- soattin-disable … -->` comment at the top, or add one. Undefined when already disabled.
 */
export function markdownDisableEdit(text: string, ruleId: string): TextEdit | undefined {
  // rule ids are lower-case words joined by hyphens: anything else could close the comment
  if (!/^[a-z][a-z0-9-]*$/.test(ruleId)) return undefined;
  const fm = FRONT_MATTER.exec(text);
  const at = fm ? fm[0].length : text.startsWith('\uFEFF') ? 1 : 0;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (fm && !/\n$/.test(fm[0])) {
    // front matter that ends the file: start the comment on its own line
    return { start: at, end: at, text: `${eol}<!-- soattin-disable ${ruleId} -->${eol}` };
  }
  const existing = DIRECTIVE.exec(text.slice(at));
  if (existing) {
    const ids = existing[1].trim().split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0 || ids.includes(ruleId)) return undefined;
    const comment = `<!-- soattin-disable ${[...ids, ruleId].join(' ')} -->`;
    return { start: at, end: at + existing[0].length, text: comment };
  }
  return { start: at, end: at, text: `<!-- soattin-disable ${ruleId} -->${eol}${eol}` };
}
