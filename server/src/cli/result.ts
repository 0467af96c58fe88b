/**
 * What the CLI knows about one draft after linting: plain, serialisable data (it crosses the
 * worker-thread boundary), already in the user's locale. Lines and columns are 1-based and
 * count UTF-16 code units, as VS Code and GitHub show them. When the file starts with a BOM,
 * positions and fix ranges are relative to the text after the BOM (what an editor shows).
 */
import type { FixEdit, LintMessage as PublicMessage, LintTextResult } from '../api/types.js';

// One shape for a message: the API's public type (the CLI's JSON report is that contract),
// plus what only the CLI's formatters use.
export type { FixEdit };

export interface LintMessage extends PublicMessage {
  /** stable identity across unrelated edits (fingerprint.ts), for SARIF and GitLab */
  fingerprint?: string;
  /** about the draft as a whole (a missing element), not a place in it: the html report lists it apart */
  wholeDraft?: boolean;
}

/** One draft to lint: where it is, how it is shown, and what --fix may do with it. */
export interface Task {
  index: number;
  absPath: string;
  /** as shown in reports: relative to the working directory, forward slashes */
  filePath: string;
  /** named on the command line (not found by walking a folder or a glob) */
  explicit: boolean;
  /** the folder --fix may write in (a draft linked from elsewhere is not rewritten) */
  root?: string;
  /** standard input's bytes (main thread only) */
  stdin?: Uint8Array;
}

/** A draft's result as the API gives it (messages and counts), plus what the CLI's run and formatters need. */
export interface FileResult extends LintTextResult {
  /** path relative to the working directory, with forward slashes ("<stdin>" for standard input) */
  filePath: string;
  absPath: string;
  messages: LintMessage[];
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
