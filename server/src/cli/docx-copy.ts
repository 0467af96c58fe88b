/**
 * `--docx-comments DIR`: a copy of each Word draft under DIR (same relative path) with every
 * finding as a Word comment on its text. The original is only read; a target that is the
 * original itself is refused.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docxWithComments } from '../core/docx/comments.js';
import type { DocxRead } from '../core/docx/document.js';
import { systemReason } from '../core/system-errors.js';
import type { Locale } from '../core/types.js';
import { cliMessage } from './messages.js';
import type { Task } from './result.js';
import type { FileResult, LintMessage } from './result.js';

const AUTHOR = { name: 'Soát Tin', initials: 'ST' };

/** Where the copy of `filePath` goes: its path below DIR (a draft outside the working folder by its name only). */
export function copyPath(filePath: string, dir: { dir: string; shown: string }): { abs: string; shown: string } {
  const rel = filePath.startsWith('../') || path.isAbsolute(filePath) ? path.basename(filePath) : filePath;
  return { abs: path.join(dir.dir, ...rel.split('/')), shown: path.posix.join(dir.shown.split(path.sep).join('/'), rel) };
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

export function writeCommentedCopy(
  task: Task,
  docx: DocxRead & { ok: true },
  messages: LintMessage[],
  dir: { dir: string; shown: string },
  locale: Locale,
): { ok: true; copy: NonNullable<FileResult['docxCopy']> } | { ok: false; message: string } {
  const target = copyPath(task.filePath, dir);
  if (sameFile(target.abs, task.absPath)) return { ok: false, message: cliMessage('docxSameFile', { file: target.shown }, locale) };
  const comments = messages.filter((m) => !m.fatal).map((m) => ({ start: m.offset, end: m.endOffset, text: `${m.message} (${m.ruleId})` }));
  const { bytes, written } = docxWithComments(docx.files, docx.doc, comments, AUTHOR);
  try {
    fs.mkdirSync(path.dirname(target.abs), { recursive: true });
    fs.writeFileSync(target.abs, bytes);
  } catch (e) {
    return { ok: false, message: cliMessage('writeFailed', { file: target.shown, reason: systemReason(e)[locale] }, locale) };
  }
  return { ok: true, copy: { file: target.shown, comments: written } };
}
