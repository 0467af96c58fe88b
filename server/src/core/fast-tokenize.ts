/**
 * parse-latin's `tokenize` (a paragraph's text → word, white space, punctuation and symbol
 * nodes), the same nodes made faster: the stock one tests three regular expressions on every
 * character and copies the running point object twice per node; this one asks a table of
 * character kinds, filled on first sight of a character from the stock tokenizer's own answer
 * for that character alone, and writes the points as literals. The tokenizer is a tenth of
 * parsing a draft and runs on every paragraph. test/core/fast-tokenize.test.ts checks that
 * the trees are identical to the stock parser's.
 */
import { ParseLatin } from 'parse-latin';
import type { SentenceContent } from 'nlcst';

type Kind = 'WordNode' | 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode';
const KINDS: readonly Kind[] = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'];

/** kind of each UTF-16 unit: 0 not yet asked, else 1 + its index in KINDS */
const kinds = new Uint8Array(0x10000);
const stock = ParseLatin.prototype.tokenize;
const asker = new ParseLatin();

function learnKind(code: number): number {
  // the stock tokenizer on the character alone: one node, of the kind its expressions give
  const node = stock.call(asker, String.fromCharCode(code))[0] as { type: Kind } | undefined;
  const k = 1 + Math.max(0, KINDS.indexOf(node?.type ?? 'SymbolNode'));
  kinds[code] = k;
  return k;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Drop-in for `ParseLatin.prototype.tokenize` (the same nodes, positions and object sharing). */
export function tokenize(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = [];
  if (!value) return children;
  let line = 1;
  let column = 1;
  let offset = 0;
  let from = 0;
  let index = 0;
  let start: Point = { line, column, offset };
  let previousType: Kind | undefined;
  let previous = -1;
  const node = (type: Kind, text: string): SentenceContent =>
    type === 'WordNode'
      ? {
          type: 'WordNode',
          children: [{ type: 'TextNode', value: text, position: { start, end: { line, column, offset } } }],
          position: { start, end: { line, column, offset } },
        }
      : ({ type, value: text, position: { start, end: { line, column, offset } } } as SentenceContent);
  while (index < value.length) {
    const current = value.charCodeAt(index);
    // (the table read here, not in a function: the CLI runs this code unoptimised, where every call costs)
    let k = kinds[current];
    if (k === 0) k = learnKind(current);
    const currentType = KINDS[k - 1];
    if (
      from < index &&
      previousType &&
      !(
        previousType === currentType &&
        // words or white space continue; so does the same punctuation or symbol, and a surrogate
        (previousType === 'WordNode' || previousType === 'WhiteSpaceNode' || current === previous || (current >= 0xd800 && current <= 0xdfff))
      )
    ) {
      children.push(node(previousType, value.slice(from, index)));
      from = index;
      start = { line, column, offset };
    }
    if (current === 13 /* \r */ || (current === 10 /* \n */ && previous !== 13)) {
      line++;
      column = 1;
    } else if (current !== 10) {
      column++;
    }
    offset++;
    previousType = currentType;
    previous = current;
    index++;
  }
  if (previousType && from < index) children.push(node(previousType, value.slice(from, index)));
  return children;
}
