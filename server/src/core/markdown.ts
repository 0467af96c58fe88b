/**
 * Markdown drafts: find the prose of the file with remark, so only prose is checked.
 * Positions stay those of the original file: the "view" is the original text with every
 * non-prose character (syntax, code, front matter, HTML, link targets) blanked out.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Nodes } from 'mdast';
import type { Span } from './draft.js';

export interface MarkdownProse {
  view: string;
  /** prose blocks (paragraphs, headings, table cells) with their heading depth */
  blocks: Array<Span & { heading: number }>;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Limits past which remark is not asked: 20,000 nested "> " or 30,000 "*" around a word made
 * it overflow the call stack after up to 100 s (its containers and emphasis resolution
 * recurse and rescan). No real draft comes near them; such a file is checked as plain text.
 */
export const MARKDOWN_LIMITS = { depth: 100, delimiterRun: 200, delimiters: 20_000, brackets: 10_000 } as const;

/** Does the text exceed MARKDOWN_LIMITS? One linear pass, no parsing. */
export function markdownTooComplex(text: string): boolean {
  let delimiters = 0;
  let brackets = 0;
  let run = 0;
  let runChar = '';
  let lineStart = true;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      depth = 0;
      run = 0;
      continue;
    }
    if (lineStart) {
      // container prefixes: "> ", list markers, indentation
      if (c === '>' || ((c === '-' || c === '+' || c === '*') && (text[i + 1] === ' ' || text[i + 1] === '\t'))) {
        if (++depth > MARKDOWN_LIMITS.depth) return true;
      } else if (c !== ' ' && c !== '\t' && !(c >= '0' && c <= '9') && c !== '.' && c !== ')') lineStart = false;
    }
    if (c === '*' || c === '_' || c === '~' || c === '`') {
      run = c === runChar ? run + 1 : 1;
      runChar = c;
      delimiters++;
      if (run > MARKDOWN_LIMITS.delimiterRun || delimiters > MARKDOWN_LIMITS.delimiters) return true;
    } else {
      run = 0;
      runChar = '';
      if ((c === '[' || c === ']') && ++brackets > MARKDOWN_LIMITS.brackets) return true;
    }
  }
  return false;
}

export function markdownProse(text: string): MarkdownProse {
  const tree = processor.parse(text) as Root;
  const keep = new Uint8Array(text.length);
  const blocks: MarkdownProse['blocks'] = [];

  // an explicit stack, not recursion: the tree is as deep as the draft's nesting
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const pos = node.position;
    if (node.type === 'text' && pos) {
      keep.fill(1, pos.start.offset ?? 0, pos.end.offset ?? 0);
      continue;
    }
    if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') && pos) {
      blocks.push({ start: pos.start.offset ?? 0, end: pos.end.offset ?? 0, heading: node.type === 'heading' ? node.depth : 0 });
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }

  // one array of char codes, not 100,000 string concatenations (a rope kept alive by slices)
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = keep[i] || c === 10 || c === 13 ? c : 32;
  }
  let view = '';
  for (let i = 0; i < codes.length; i += 8192) view += String.fromCharCode(...codes.subarray(i, i + 8192));
  // nested blocks (a paragraph inside a list item) are all listed once; keep document order
  blocks.sort((a, b) => a.start - b.start);
  return { view, blocks };
}
