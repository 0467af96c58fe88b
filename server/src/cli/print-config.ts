/**
 * `--print-config FILE`: the configuration a draft at FILE is checked with, as JSON — every
 * rule with its effective level (defaults included), after `extends`, `overrides` and `--rule`.
 * What to look at when a rule fires, or stays silent, where one did not expect it.
 */
import * as path from 'node:path';
import { ruleSetting } from '../core/lint.js';
import type { ResolvedConfig } from '../core/config/types.js';
import { linter } from '../linter.js';

/** A path as the report shows it: relative to the working folder, `/` separators. */
function shown(cwd: string, abs: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/') || '.';
}

export function printConfig(config: ResolvedConfig, cwd: string): string {
  const rules: Record<string, unknown> = {};
  for (const rule of linter.rules) {
    const { severity, options } = ruleSetting(rule, config);
    rules[rule.meta.id] = Object.keys(options).length ? [severity, options] : severity;
  }
  const printed = {
    configFile: config.configFile ? shown(cwd, config.configFile) : null,
    // every config file merged for the draft, the farthest first (see "Nested configs" in docs/configuration.md)
    configFiles: (config.layers ?? (config.configFile ? [{ file: config.configFile }] : [])).map((l) => shown(cwd, l.file)),
    profile: config.profile,
    toneStyle: config.toneStyle,
    dateStyle: config.dateStyle,
    endMark: config.endMark,
    genre: config.genre,
    ...(config.author !== undefined ? { author: config.author } : {}),
    maxFindings: config.maxFindings,
    rules,
    words: [...config.words].sort(),
    dictionaries: (config.wordFiles ?? []).map((f) => shown(cwd, f)),
    lexiconEntries: { titles: config.extraLexicon.titles.length, organisations: config.extraLexicon.organisations.length },
    ignore: config.ignore,
    ignoredFindings: config.ignoreFindings ?? [],
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
