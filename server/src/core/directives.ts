/**
 * Silencing without touching the draft's prose:
 * - markdown: `<!-- soattin-disable rule-id other-id -->` (whole file) and
 *   `<!-- soattin-disable-next-line rule-id -->`; no id means every rule;
 * - plain text: the same directives from the config's per-file settings (see the resolver).
 */
import type { Draft } from './draft.js';
import { positionAt } from './draft.js';
import type { Finding } from './types.js';

interface Directive {
  rules: string[] | 'all';
  /** 0-based line it applies to, or undefined for the whole file */
  line?: number;
}

const COMMENT = /<!--\s*soattin-(disable|disable-next-line)\b([^>]*?)-->/g;

export function directivesOf(draft: Draft): Directive[] {
  if (draft.format !== 'markdown' || !draft.text.includes('soattin-')) return [];
  const out: Directive[] = [];
  for (const m of draft.text.matchAll(COMMENT)) {
    const ids = m[2].trim().split(/[\s,]+/).filter(Boolean);
    const rules = ids.length ? ids : 'all';
    if (m[1] === 'disable') out.push({ rules });
    else out.push({ rules, line: positionAt(draft.lineStarts, m.index ?? 0).line + 1 });
  }
  return out;
}

export function applyDirectives(draft: Draft, findings: Finding[]): Finding[] {
  const directives = directivesOf(draft);
  if (directives.length === 0) return findings;
  return findings.filter((f) => {
    const line = positionAt(draft.lineStarts, f.start).line;
    return !directives.some(
      (d) => (d.rules === 'all' || d.rules.includes(f.ruleId)) && (d.line === undefined || d.line === line),
    );
  });
}
