/**
 * Hover on a diagnostic: what VS Code does not show already. VS Code's own hover prints the
 * diagnostic's message (and its rule id), so this one adds only why the rule exists, the
 * correct form (exactly what the fix writes) and the link to the rule's doc.
 */
import type { Diagnostic, Hover, Position } from 'vscode-languageserver';
import { ruleById } from '../rules/index.js';
import type { Locale } from '../core/types.js';
import { SOURCE, type DiagnosticData } from './protocol.js';
import { t } from './messages.js';
import { ruleName } from '../core/messages.js';

function contains(d: Diagnostic, p: Position): boolean {
  const { start, end } = d.range;
  // an empty range (a missing element) is drawn over the character or word beside it
  if (start.line === end.line && start.character === end.character) return p.line === start.line && Math.abs(p.character - start.character) <= 1;
  const after = p.line > start.line || (p.line === start.line && p.character >= start.character);
  const before = p.line < end.line || (p.line === end.line && p.character <= end.character);
  return after && before;
}

/** Inline code that survives backticks inside the text. */
function code(text: string): string {
  const ticks = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.trim() === '' ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

export function hoverFor(diagnostics: Diagnostic[], position: Position, locale: Locale): Hover | null {
  const hits = diagnostics.filter((d) => d.source === SOURCE && contains(d, position));
  if (!hits.length) return null;
  const parts = hits.map((d) => {
    const data = d.data as DiagnosticData | undefined;
    const ruleId = data?.ruleId ?? String(d.code ?? '');
    const lines: string[] = [];
    const rationale = ruleById(ruleId)?.meta.rationale?.[locale];
    if (rationale) lines.push(rationale);
    if (data?.correct !== undefined) lines.push(t('hover.correct', locale, { correct: data.correct ? code(data.correct) : '∅' }));
    if (data?.inQuote) lines.push(`_${t('hover.quote', locale)}_`);
    const href = d.codeDescription?.href;
    if (href) lines.push(`[${t('hover.docs', locale, { rule: ruleName(ruleId, locale) })}](${href})`);
    return lines.join('\n\n');
  }).filter((part) => part !== '');
  if (!parts.length) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: hits[0].range };
}
