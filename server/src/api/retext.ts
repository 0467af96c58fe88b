/**
 * `soattin/retext`: Soát Tin as a unified plugin. After retext-latin (plain text) or after
 * remark-retext (Markdown) it fills `file.messages` with the findings of the CLI.
 *
 * It lints the file's own text, `String(file)`, with the engine, not the tree it is given:
 * after remark-retext the tree holds only the prose, without the Markdown around it, and
 * the rules need the original text (headings, line breaks, the byline paragraph) to give
 * the CLI's answers at the CLI's positions. The tree only tells, for a file without a path,
 * whether the text is Markdown. No unified package is needed at run time.
 */
import * as path from 'node:path';
import { applyEdits, type Finding, type TextEdit } from '../core/index.js';
import { ruleById, ruleDocsUrl } from '../rules/index.js';
import { lintDraft } from './engine.js';
import type { DraftFormat, LintMessage, RetextSoattinOptions, SoattinFile, SoattinPoint, SoattinTransformer, SoattinTree } from './types.js';

/** unified's severities: an error is fatal, a warning is not, information leaves it unset */
const FATAL = { error: true, warning: false, info: undefined } as const;

function treeText(node: SoattinTree): string {
  if (typeof node.value === 'string') return node.value;
  let out = '';
  for (const child of node.children ?? []) out += treeText(child);
  return out;
}

function formatOfFile(file: SoattinFile, text: string, tree: SoattinTree): DraftFormat {
  const ext = /\.([^./\\]+)$/.exec(file.path ?? '')?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown' || ext === 'mdx') return 'markdown';
  if (ext === 'txt') return 'text';
  // retext-latin's tree holds every character of the text; remark-retext's only the prose
  return treeText(tree) === text ? 'text' : 'markdown';
}

/**
 * The finding's text after a fix or a suggestion, when all its edits fall inside the
 * finding's range: unified-language-server offers each `expected` as "replace the range".
 * Snippet templates and edits elsewhere (a missing byline goes at the end) are left out.
 */
function expectedTexts(body: string, f: Finding): string[] {
  const candidates: TextEdit[][] = [];
  if (f.fix && !f.inQuote) candidates.push(f.fix);
  for (const s of f.suggestions ?? []) if (!s.snippet) candidates.push(s.edits);
  const out: string[] = [];
  for (const edits of candidates) {
    if (!edits.length || edits.some((e) => e.start < f.start || e.end > f.end)) continue;
    const after = applyEdits(body.slice(f.start, f.end), edits.map((e) => ({ start: e.start - f.start, end: e.end - f.start, text: e.text })));
    if (!out.includes(after)) out.push(after);
  }
  return out;
}

function place(m: LintMessage, bom: number): { start: SoattinPoint; end: SoattinPoint } {
  // the CLI counts after a byte-order mark; a VFile's positions count the mark
  return {
    start: { line: m.line, column: m.column + (m.line === 1 ? bom : 0), offset: m.offset + bom },
    end: { line: m.endLine, column: m.endColumn + (m.endLine === 1 ? bom : 0), offset: m.endOffset + bom },
  };
}

export function retextSoattin(options?: RetextSoattinOptions): SoattinTransformer {
  const settings: RetextSoattinOptions = { ...options };
  return (tree, file) => {
    const text = String(file);
    const format = settings.format ?? formatOfFile(file, text, tree);
    const filePath = file.path ? path.resolve(file.cwd, file.path) : undefined;
    const { result, findings, body } = lintDraft(text, { ...settings, format, ...(filePath ? { filePath } : {}) });
    const bom = text.length - body.length;
    result.messages.forEach((m, k) => {
      const message = file.message(m.message, { place: place(m, bom), ruleId: m.ruleId, source: 'soattin' });
      message.fatal = m.fatal ? true : FATAL[m.severity];
      if (ruleById(m.ruleId)) message.url = ruleDocsUrl(m.ruleId);
      const f = findings[k];
      const expected = f ? expectedTexts(body, f) : [];
      if (expected.length) {
        message.actual = body.slice(m.offset, m.endOffset);
        message.expected = expected;
      }
    });
    return undefined;
  };
}

export default retextSoattin;
