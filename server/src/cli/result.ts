/**
 * What the CLI knows about one draft after linting: plain, serialisable data (it crosses the
 * worker-thread boundary), already in the user's locale. Lines and columns are 1-based and
 * count UTF-16 code units, as VS Code and GitHub show them. When the file starts with a BOM,
 * positions and fix ranges are relative to the text after the BOM (what an editor shows).
 */
import type { FixEdit, LintMessage as PublicMessage } from '../api/types.js';

// One shape for a message: the API's public type (the CLI's JSON report is that contract),
// plus what only the CLI's formatters use.
export type { FixEdit };

export interface LintMessage extends PublicMessage {
  /** stable identity across unrelated edits (fingerprint.ts), for SARIF and GitLab */
  fingerprint?: string;
  /** about the draft as a whole (a missing element), not a place in it: the html report lists it apart */
  wholeDraft?: boolean;
}

export interface FileResult {
  /** path relative to the working directory, with forward slashes ("<stdin>" for standard input) */
  filePath: string;
  absPath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  fatal: boolean;
  /** number of fixes written by --fix (or that --fix-dry-run would write) */
  fixed?: number;
  /** a unified diff of the fixes (--fix-dry-run) */
  diff?: string;
  /** the fixed text (--stdin --fix) */
  output?: string;
  /** the text that was linted, kept for the html report */
  source?: string;
  /** --docx-comments: the copy written (path as shown) and how many comments it has */
  docxCopy?: { file: string; comments: number };
  /** the file was skipped (binary, too large) and is not part of the report */
  skipped?: string;
}

export function countMessages(r: Pick<FileResult, 'messages'>): Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount' | 'fatal'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  let fatal = false;
  for (const m of r.messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
    if (m.fix) fixableCount++;
    if (m.fatal) fatal = true;
  }
  return { errorCount, warningCount, infoCount, fixableCount, fatal };
}
