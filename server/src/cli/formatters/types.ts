import type { Locale } from '../../core/types.js';
import type { FileResult } from '../result.js';

export interface FormatContext {
  cwd: string;
  locale: Locale;
  /** ANSI colours (stylish only) */
  color: boolean;
  /** soattin's version, for reports that name the tool */
  version: string;
  /** --report-signoff: the role that signs the html report */
  signoff?: string;
}

/** Turns the results (in input order) into the text of a report. Pure: no I/O. */
export type Formatter = (results: FileResult[], context: FormatContext) => string;
