/**
 * Config files are JSONC, as VS Code's settings are: comments and trailing commas are allowed.
 * A file that is not valid comes back with every syntax error at its line:column (1-based,
 * UTF-16 columns as editors count), not only the first.
 */
// jsonc-parser's ESM build: its UMD build loads its parts with a dynamic require a bundle cannot follow
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { computeLineStarts, positionAt } from '../draft.js';
import type { CoreMessageId } from '../messages.js';

export interface JsonSyntaxError {
  line: number;
  column: number;
  /** the catalogue's message for this kind of error */
  messageId: CoreMessageId;
}

/** jsonc-parser's error names → catalogue ids (the rest are `json.invalid`) */
const MESSAGE: Record<string, CoreMessageId> = {
  InvalidSymbol: 'json.invalidSymbol',
  InvalidNumberFormat: 'json.invalidNumber',
  UnexpectedEndOfNumber: 'json.invalidNumber',
  PropertyNameExpected: 'json.keyExpected',
  ValueExpected: 'json.valueExpected',
  ColonExpected: 'json.colonExpected',
  CommaExpected: 'json.commaExpected',
  CloseBraceExpected: 'json.closeBraceExpected',
  CloseBracketExpected: 'json.closeBracketExpected',
  EndOfFileExpected: 'json.endExpected',
  InvalidCommentToken: 'json.invalidComment',
  UnexpectedEndOfComment: 'json.unclosedComment',
  UnexpectedEndOfString: 'json.unclosedString',
  InvalidUnicode: 'json.invalidEscape',
  InvalidEscapeCharacter: 'json.invalidEscape',
  InvalidCharacter: 'json.controlCharacter',
};

/** The value of a JSONC text (without its byte-order mark), and its syntax errors. */
export function parseJsonc(text: string): { value: unknown; errors: JsonSyntaxError[] } {
  const body = text.replace(/^\uFEFF/, '');
  const found: ParseError[] = [];
  const value: unknown = parse(body, found, { allowTrailingComma: true, disallowComments: false });
  if (!found.length) return { value, errors: [] };
  const starts = computeLineStarts(body);
  const errors: JsonSyntaxError[] = [];
  for (const e of found) {
    const p = positionAt(starts, e.offset);
    // one error per line: the parser's next complaints on a line follow from its first
    // (`"profile": gov,` is a bad symbol, then a missing value)
    if (errors.at(-1)?.line === p.line + 1) continue;
    errors.push({ line: p.line + 1, column: p.character + 1, messageId: MESSAGE[printParseErrorCode(e.error)] ?? 'json.invalid' });
  }
  return { value, errors };
}
