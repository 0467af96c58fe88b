/**
 * The configuration of one open draft: the same resolver as the CLI (nested .soattinrc.json files merged,
 * overrides applied), then the editor settings for what the file leaves unset. Untitled and
 * virtual documents have no file: they get the defaults.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, type ConfigResult, type ResolvedConfig } from '../core/config/index.js';
import { isIgnored } from '../core/ignore.js';
import { formatOf } from '../core/lint.js';
import { linter } from '../linter.js';
import type { Settings } from './settings.js';

export interface DocumentConfig {
  /** the file on disk, for `file:` URIs only */
  filePath?: string;
  format: 'text' | 'markdown';
  result: ConfigResult;
  /** ignored by `.soattinignore` or the config's `ignore` key: the same decision as the CLI's */
  ignored: boolean;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The workspace folder (as a path) holding `filePath`, deepest first. */
export function folderOf(filePath: string | undefined, folders: string[]): string | undefined {
  if (!filePath) return folders[0];
  const inside = folders.filter((f) => filePath === f || filePath.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
  return inside.sort((a, b) => b.length - a.length)[0];
}

export function documentConfig(uri: string, languageId: string, settings: Settings, folders: string[]): DocumentConfig {
  const filePath = uriToPath(uri);
  const format = languageId === 'markdown' || formatOf(filePath) === 'markdown' ? 'markdown' : 'text';
  let explicit: string | undefined;
  if (settings.configPath) {
    const base = folderOf(filePath, folders);
    explicit = path.isAbsolute(settings.configPath) || !base ? settings.configPath : path.join(base, settings.configPath);
  }
  let result: ConfigResult;
  if (filePath) result = linter.resolveConfig(filePath, explicit);
  else result = { ok: true, config: defaultConfig() };
  if (!result.ok) return { filePath, format, result, ignored: false };
  const config = withEditorSettings(result.config, settings);
  if (!filePath) return { filePath, format, result: { ok: true, config }, ignored: false };
  // the workspace folder plays the part of the CLI's working folder
  const decision = isIgnored(filePath, config, folderOf(filePath, folders));
  if (decision.error) return { filePath, format, result: { ok: false, error: { file: filePath, message: decision.error } }, ignored: false };
  return { filePath, format, result: { ok: true, config }, ignored: decision.ignored };
}

/** Editor settings fill only what the config file left unset (the file is shared with CI). */
export function withEditorSettings(config: ResolvedConfig, settings: Settings): ResolvedConfig {
  const set = new Set(config.setKeys ?? []);
  const out: ResolvedConfig = { ...config };
  if (settings.profile && !set.has('profile')) out.profile = settings.profile;
  if (settings.author && !set.has('author')) out.author = settings.author;
  return out;
}
