/**
 * One draft through the linter: read → decode → (fix) → lint → plain result in the user's
 * locale. Runs in the main thread or in a worker; never throws (an unexpected failure becomes
 * a fatal message on the file and the file is left untouched).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatOf } from '../core/lint.js';
import { linter } from '../linter.js';
import { systemReason } from '../core/system-errors.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { Locale, LocalizedText, SeveritySetting } from '../core/types.js';
import type { FileResult, LintMessage, Task } from './result.js';
import { countMessages, fatalMessage, toMessage } from '../api/messages.js';
import { withRuleOverrides } from '../api/engine.js';
import { decode, decodeDocx, isDocx, readDraft, readWordDraft, type Decoded, type WordDecoded } from './read.js';
import { writeCommentedCopy } from './docx-copy.js';
import { unifiedDiff } from './diff.js';
import { addFingerprints } from './fingerprint.js';
import { both, cliMessage } from './messages.js';
import { containedPath } from '../core/contained-path.js';

export interface ProcessOptions {
  config?: string;
  rules: Record<string, SeveritySetting>;
  fix: boolean;
  fixDryRun: boolean;
  maxFileSize: number;
  locale: Locale;
  /** keep the linted text in the result (html report) */
  keepSource: boolean;
  /** --docx-comments: the folder (absolute) where copies of Word drafts get the findings as comments */
  docxComments?: { dir: string; shown: string };
}

/** The file's configuration with the `--rule` overrides on top (rule options are kept). */
export function configFor(file: string, opts: Pick<ProcessOptions, 'config' | 'rules'>): { config?: ResolvedConfig; error?: LocalizedText } {
  const r = linter.resolveConfig(file, opts.config);
  if (!r.ok) return { error: r.error.message };
  return { config: withRuleOverrides(r.config, opts.rules) };
}

function fatal(task: Task, message: string, line = 1): FileResult {
  const messages = [fatalMessage(message, line)];
  return { filePath: task.filePath, absPath: task.absPath, messages, ...countMessages({ messages }) };
}

/**
 * Replace a file without a window where it is half-written (temp file + rename), and only if
 * it still holds what was linted: an editor may have saved it meanwhile, and that text wins.
 */
function writeAtomically(file: string, root: string, before: string, after: string): void {
  const inside = containedPath(root, file);
  if (!inside.ok) throw new OutsideRoot(inside.reason);
  const target = inside.path;
  if (fs.readFileSync(target, 'utf8') !== before) throw new ChangedOnDisk();
  const mode = fs.statSync(target).mode;
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.soattin-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, after, { mode });
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

class ChangedOnDisk extends Error {}
class OutsideRoot extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
  }
}

export function processFile(task: Task, opts: ProcessOptions): FileResult {
  const { locale } = opts;
  try {
    const word = isDocx(task.absPath);
    const copy = word && opts.docxComments !== undefined && !task.stdin;
    const decoded: Decoded | WordDecoded = word
      ? task.stdin
        ? decodeDocx(task.stdin, opts.maxFileSize)
        : readWordDraft(task.absPath, opts.maxFileSize, copy)
      : task.stdin
        ? decode(task.stdin)
        : readDraft(task.absPath, opts.maxFileSize);
    if (!decoded.ok) {
      const text = decoded.message[locale];
      if ((decoded.kind === 'binary' || decoded.kind === 'tooLarge') && !task.explicit) {
        return { ...fatal(task, text), messages: [], errorCount: 0, fatal: false, skipped: text };
      }
      return fatal(task, text, decoded.line);
    }
    const { config, error } = configFor(task.absPath, opts);
    if (!config) return fatal(task, error![locale]);

    const format = formatOf(task.absPath);
    let text = decoded.text;
    const result: Partial<FileResult> = {};
    // a Word draft is never rewritten (its formatting would be lost): said once, findings still reported
    const refusals = word && (opts.fix || opts.fixDryRun) ? [fatalMessage(cliMessage('docxNoFix', {}, locale))] : [];
    if ((opts.fix || opts.fixDryRun) && !word) {
      const fixed = linter.fixText(text, config, { format });
      // the BOM goes back on write, and into the diff so that patch(1) applies it
      const bom = decoded.bom ? '\uFEFF' : '';
      if (fixed.output !== text) {
        result.fixed = fixed.fixed;
        if (opts.fixDryRun) result.diff = unifiedDiff(bom + text, bom + fixed.output, task.filePath);
        else if (!task.stdin) {
          try {
            writeAtomically(task.absPath, task.root ?? path.dirname(task.absPath), bom + text, bom + fixed.output);
          } catch (e) {
            if (e instanceof OutsideRoot) return fatal(task, cliMessage('writeFailed', { file: task.filePath, reason: e.reason[locale] }, locale));
            if (e instanceof ChangedOnDisk) return fatal(task, cliMessage('changedOnDisk', { file: task.filePath }, locale));
            return fatal(task, cliMessage('writeFailed', { file: task.filePath, reason: systemReason(e)[locale] }, locale));
          }
        }
        // what remains after the fixes is what the user still has to look at
        text = fixed.output;
      }
      if (task.stdin && opts.fix) result.output = bom + text;
    }

    const { findings, draft } = linter.lint(text, config, { format });
    const messages: LintMessage[] = findings.map((f) => toMessage(f, draft.lineStarts, locale));
    // for the html report only (the API's messages, shared with toMessage, keep the JSON shape)
    findings.forEach((f, k) => {
      if (f.data?.missing) messages[k].wholeDraft = true;
    });
    // a fix's range is in the paragraphs' text, not in the .docx file: nothing can apply it (nor promise "--fix")
    if (word) for (const m of messages) delete m.fix;
    addFingerprints(messages, text);
    if (copy) {
      const written = writeCommentedCopy(task, (decoded as WordDecoded).docx, messages, opts.docxComments!, locale);
      if (!written.ok) refusals.push(fatalMessage(written.message));
      else result.docxCopy = written.copy;
    }
    messages.unshift(...refusals);
    return {
      filePath: task.filePath,
      absPath: task.absPath,
      messages,
      ...countMessages({ messages }),
      ...result,
      ...(opts.keepSource ? { source: text } : {}),
    };
  } catch (e) {
    return fatal(task, both('internal', { reason: e instanceof Error ? e.message : String(e) })[locale]);
  }
}
