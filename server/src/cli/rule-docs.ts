/**
 * The rule documentation (docs/rules/<id>.md) as shipped beside the bundles: in the npm
 * package and in this checkout it is `../docs/rules` from dist/cli.js; from the sources
 * (tests) a few folders further up. Read once per rule; a missing page is `undefined`, not
 * an error (the report is still useful without it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../core/types.js';

let docsDir: string | null | undefined;

function findDocsDir(): string | null {
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const pages = new Map<string, string | undefined>();

export function ruleDoc(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  if (pages.has(id)) return pages.get(id);
  if (docsDir === undefined) docsDir = findDocsDir();
  let text: string | undefined;
  try {
    text = docsDir ? fs.readFileSync(path.join(docsDir, `${id}.md`), 'utf8') : undefined;
  } catch {
    text = undefined;
  }
  pages.set(id, text);
  return text;
}

const SECTION = { vi: '## Tiếng Việt', en: '## English' } as const;

/**
 * The page's head (title, default severity) and the section in the report's language: the
 * pages are bilingual, and both halves of every page, as Markdown and as text, made a SARIF log
 * of one finding over a megabyte. A page without the two sections is kept whole.
 */
export function pageInLocale(md: string, locale: Locale): string {
  const headings = [...md.matchAll(/^## .*$/gm)];
  const own = headings.findIndex((h) => h[0].trim() === SECTION[locale]);
  if (own < 0 || headings.length < 2) return md;
  const start = headings[own].index!;
  const end = own + 1 < headings.length ? headings[own + 1].index! : md.length;
  return `${md.slice(0, headings[0].index!)}${md.slice(start, end).trimEnd()}\n`;
}

/** The page as plain text (SARIF `help.text`): markup removed, table pipes kept. */
export function markdownToText(md: string): string {
  return md
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/^\|?\s*-{3,}[-|\s:]*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
