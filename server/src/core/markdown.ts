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

export function markdownProse(text: string): MarkdownProse {
  const tree = processor.parse(text) as Root;
  const keep = new Uint8Array(text.length);
  const blocks: MarkdownProse['blocks'] = [];

  const visit = (node: Nodes, heading: number): void => {
    const pos = node.position;
    if (node.type === 'text' && pos) {
      keep.fill(1, pos.start.offset ?? 0, pos.end.offset ?? 0);
      return;
    }
    if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') && pos) {
      blocks.push({
        start: pos.start.offset ?? 0,
        end: pos.end.offset ?? 0,
        heading: node.type === 'heading' ? node.depth : heading,
      });
    }
    if ('children' in node) {
      for (const child of node.children) visit(child as Nodes, heading);
    }
  };
  visit(tree, 0);

  let view = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    view += keep[i] || c === '\n' || c === '\r' ? c : ' ';
  }
  // nested blocks (a paragraph inside a list item) are all listed once; keep document order
  blocks.sort((a, b) => a.start - b.start);
  return { view, blocks };
}
