/**
 * The `soattin` command as a function of its inputs (arguments, folders, streams), so the
 * entry point stays a few lines.
 * Exit codes: 0 no errors; 1 errors or too many warnings; 2 bad usage, bad config,
 * unreadable input, no file matched. Every message a user reads is localised; no stack traces.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import pkg from '../../../package.json';
import { coreMessage, localeFromEnv } from '../core/messages.js';
import { systemReason } from '../core/system-errors.js';
import type { Locale } from '../core/types.js';
import { parseArgs, type CliOptions } from './args.js';
import { cliMessage } from './messages.js';
import { discover, IgnoreFileError } from './discover.js';
import { configIgnores, type IgnoreRules } from '../core/ignore.js';
import { configFor, type ProcessOptions, processFile } from './process-file.js';
import { runPool } from './pool.js';
import type { FileResult, Task } from './result.js';
import { countMessages } from '../api/messages.js';
import { formatters } from './formatters/index.js';
import { formatSize, readGuarded } from '../core/guarded-read.js';
import type { Io } from './io.js';
import { githubSummary } from './formatters/github.js';
import { runConvert } from './convert.js';
import { printConfig } from './print-config.js';
import { DEFAULT_CACHE_FILE, ResultCache } from './cache.js';

export const VERSION: string = (pkg as { version: string }).version;

/** thrown inside `run` to stop with a message and exit code 2 */
class Stop extends Error {}

function display(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

/** The drafts to lint; `unreadableFolders` when a folder could not be listed (exit code 2). */
function collectTasks(o: CliOptions, io: Io, locale: Locale): { tasks: Task[]; unreadableFolders: boolean } {
  const patterns = o.patterns.length ? o.patterns : ['.'];
  let found: ReturnType<typeof discover>;
  try {
    found = discover(patterns, io.cwd, o.ignore);
  } catch (e) {
    if (e instanceof IgnoreFileError) throw new Stop(e.text[locale]);
    throw e;
  }
  const { candidates, unmatched, unreadable, outsideLinks } = found;
  for (const l of outsideLinks) {
    io.stderr.write(`soattin: ${cliMessage('skippedNotice', { file: display(io.cwd, l), reason: cliMessage('linkOutside', {}, locale) }, locale)}\n`);
  }
  for (const u of unreadable) {
    io.stderr.write(`soattin: ${coreMessage('read.folderUnreadable', { folder: display(io.cwd, u.folder), reason: u.reason[locale] }, locale)}\n`);
  }
  if (unmatched.length) throw new Stop(cliMessage('noFiles', { patterns: unmatched.join(' ') }, locale));
  const ignoresByConfig = new Map<string, IgnoreRules[]>();
  const tasks: Task[] = [];
  for (const c of candidates) {
    const { config, error } = configFor(c.absPath, o);
    if (!config) throw new Stop(error![locale]);
    if (!c.explicit) {
      const key = config.configFile ?? '';
      let ignores = ignoresByConfig.get(key);
      if (!ignores) {
        const r = o.ignore ? configIgnores(config, io.cwd) : { rules: [] };
        if (r.error) throw new Stop(r.error[locale]);
        ignoresByConfig.set(key, (ignores = r.rules));
      }
      if (ignores.some((r) => r.ignores(c.absPath))) continue;
    }
    tasks.push({ index: tasks.length, absPath: c.absPath, filePath: display(io.cwd, c.absPath), explicit: c.explicit, root: c.root });
  }
  if (!tasks.length) throw new Stop(cliMessage('noFiles', { patterns: patterns.join(' ') }, locale));
  return { tasks, unreadableFolders: unreadable.length > 0 };
}

function quietOnly(r: FileResult): FileResult {
  const messages = r.messages.filter((m) => m.severity === 'error');
  return { ...r, messages, ...countMessages({ messages }) };
}

/**
 * `--cache`: drafts unchanged since the last run (same bytes, configuration, report options and
 * version) take their result from the cache file; only the others are linted.
 */
async function withCache(tasks: Task[], options: ProcessOptions, o: CliOptions, io: Io, progress?: (done: number) => void): Promise<FileResult[]> {
  const cache = new ResultCache(path.resolve(io.cwd, o.cacheLocation ?? DEFAULT_CACHE_FILE), VERSION);
  const report = JSON.stringify({ locale: options.locale, keepSource: options.keepSource, maxFileSize: options.maxFileSize });
  const results: FileResult[] = new Array(tasks.length);
  const todo: Array<{ task: Task; key?: string }> = [];
  tasks.forEach((task, k) => {
    const read = readGuarded(task.absPath, options.maxFileSize);
    const { config } = read.ok ? configFor(task.absPath, options) : {};
    const key = read.ok && config ? ResultCache.key(read.bytes, config, report) : undefined;
    const hit = key ? cache.get(task, key) : undefined;
    if (hit) results[k] = hit;
    else todo.push({ task, key });
  });
  const slots = tasks.map((_, k) => k).filter((k) => !results[k]);
  const fresh = await runPool(todo.map(({ task }, k) => ({ ...task, index: k })), options, io.workerFile, progress);
  fresh.forEach((r, k) => {
    results[slots[k]] = r;
    const key = todo[k].key;
    if (key) cache.set(todo[k].task, key, r);
  });
  const failed = cache.save(io.cwd, options.locale);
  if (failed) io.stderr.write(`soattin: ${cliMessage('cacheNotWritten', { file: o.cacheLocation ?? DEFAULT_CACHE_FILE, reason: failed }, options.locale)}\n`);
  return results;
}

export async function run(io: Io): Promise<number> {
  if (io.argv[0] === 'convert') return runConvert(io, io.argv.slice(1));
  const parsed = parseArgs(io.argv);
  const envLocale = localeFromEnv(io.env);
  if (!parsed.ok) {
    io.stderr.write(`soattin: ${parsed.error[parsed.locale ?? envLocale]}\n`);
    return 2;
  }
  const o = parsed.options;
  const locale = o.locale ?? envLocale;
  if (o.help) {
    io.stdout.write(`${cliMessage('help', {}, locale)}\n`);
    return 0;
  }
  if (o.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }

  if (o.printConfig !== undefined) {
    const { config, error } = configFor(path.resolve(io.cwd, o.printConfig), { config: o.config ? path.resolve(io.cwd, o.config) : undefined, rules: o.rules });
    if (!config) {
      io.stderr.write(`soattin: ${error![locale]}\n`);
      return 2;
    }
    io.stdout.write(printConfig(config, io.cwd));
    return 0;
  }

  try {
    const options: ProcessOptions = {
      config: o.config ? path.resolve(io.cwd, o.config) : undefined,
      rules: o.rules,
      fix: o.fix,
      fixDryRun: o.fixDryRun,
      maxFileSize: o.maxFileSize,
      locale,
      keepSource: o.format === 'html' || o.format === 'stats',
      docxComments: o.docxComments !== undefined ? { dir: path.resolve(io.cwd, o.docxComments), shown: o.docxComments } : undefined,
    };

    let results: FileResult[];
    let unreadableFolders = false;
    if (o.stdin) {
      const absPath = path.resolve(io.cwd, o.stdinFilename ?? '<stdin>');
      const { error } = configFor(absPath, options);
      if (error) throw new Stop(error[locale]);
      const read = io.readStdin(o.maxFileSize);
      if (!read.ok) {
        if (read.kind === 'tooLarge') throw new Stop(cliMessage('stdinTooLarge', { limit: formatSize(o.maxFileSize, locale) }, locale));
        throw new Stop(coreMessage('cli.unreadable', { file: '<stdin>', reason: read.reason[locale] }, locale));
      }
      const bytes = read.bytes;
      const filePath = o.stdinFilename ? display(io.cwd, absPath) : '<stdin>';
      results = [processFile({ index: 0, absPath, filePath, explicit: true, stdin: bytes }, options)];
    } else {
      const collected = collectTasks(o, io, locale);
      const tasks = collected.tasks;
      unreadableFolders = collected.unreadableFolders;
      const showProgress = Boolean(io.stderr.isTTY) && tasks.length > 1;
      const progress = showProgress
        ? (done: number): void => void io.stderr.write(`\r${cliMessage('progress', { done, total: tasks.length }, locale)}`)
        : undefined;
      // a cached result has no copy to write: --docx-comments lints every Word draft again
      results = o.cache && !o.fix && !o.fixDryRun && !options.docxComments ? await withCache(tasks, options, o, io, progress) : await runPool(tasks, options, io.workerFile, progress);
      if (showProgress) io.stderr.write('\r\u001b[K');
    }

    for (const r of results) {
      if (r.skipped) io.stderr.write(`soattin: ${cliMessage('skippedNotice', { file: r.filePath, reason: r.skipped }, locale)}\n`);
      if (r.docxCopy) io.stderr.write(`soattin: ${cliMessage('docxCopyWritten', { file: r.docxCopy.file, count: r.docxCopy.comments }, locale)}\n`);
    }
    const linted = results.filter((r) => !r.skipped);
    const warnings = linted.reduce((a, r) => a + r.warningCount, 0);
    const errors = linted.reduce((a, r) => a + r.errorCount, 0);
    const fatal = linted.some((r) => r.fatal);
    const shown = o.quiet ? linted.map(quietOnly) : linted;

    // when stdout carries text for a program (the fixed draft, a diff), the report goes to stderr
    let payload = '';
    if (o.fixDryRun) payload = linted.map((r) => r.diff ?? '').join('');
    if (o.stdin && o.fix) payload = linted[0]?.output ?? '';
    const reportToStderr = !o.output && (o.fixDryRun || (o.stdin && o.fix));
    const reportStream = reportToStderr ? io.stderr : io.stdout;
    const color = o.color ?? (!o.output && Boolean(reportStream.isTTY) && io.env.NO_COLOR === undefined);

    let report = formatters[o.format](shown, { cwd: io.cwd, locale, color, version: VERSION, signoff: o.reportSignoff });
    const fixedCount = linted.reduce((a, r) => a + (r.fixed ?? 0), 0);
    const fixedFiles = linted.filter((r) => r.fixed).length;
    if (o.format === 'stylish' && fixedCount) {
      report += `  ${cliMessage(o.fixDryRun ? 'wouldFix' : 'fixedCount', { count: fixedCount, files: fixedFiles }, locale)}\n`;
    }

    if (payload) io.stdout.write(payload);
    if (o.output) {
      const out = path.resolve(io.cwd, o.output);
      try {
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, report);
      } catch (e) {
        throw new Stop(cliMessage('writeFailed', { file: o.output, reason: systemReason(e)[locale] }, locale));
      }
    } else if (report) {
      reportStream.write(report);
    }

    // a GitHub Actions step: the Markdown job summary beside the (capped) annotations
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (o.format === 'github' && summaryFile) {
      try {
        fs.appendFileSync(summaryFile, githubSummary(shown, { locale }));
      } catch (e) {
        throw new Stop(cliMessage('writeFailed', { file: summaryFile, reason: systemReason(e)[locale] }, locale));
      }
    }

    if (fatal || unreadableFolders) return 2;
    if (errors) return 1;
    if (o.maxWarnings >= 0 && warnings > o.maxWarnings) {
      io.stderr.write(`soattin: ${cliMessage('tooManyWarnings', { count: warnings, max: o.maxWarnings }, locale)}\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof Stop) {
      io.stderr.write(`soattin: ${e.message}\n`);
      return 2;
    }
    const reason = e instanceof Error ? e.message : String(e);
    io.stderr.write(`soattin: ${cliMessage('internal', { reason }, locale)}\n`);
    if (io.env.SOATTIN_DEBUG && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
