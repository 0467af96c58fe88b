// The bench reads the linter only through the public core API (dist/core.js): rules change
// under it every hour, so it must never reach into a rule's internals or word lists.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const core = require('../../dist/core.js');

/** Findings that are about the whole document, not about a stretch of text. */
export const isDocumentLevel = (f) => f.ruleId.startsWith('required-') || f.ruleId === 'end-mark' || f.ruleId === 'soattin';

/** One configuration per folder (the corpus folders carry no .soattinrc.json of their own). */
export function configFor(folder) {
  const r = core.resolveConfig(join(folder, 'draft.txt'));
  return r.ok ? r.config : core.defaultConfig();
}

/** Lint a draft as the CLI would; adds whether core's genre detector calls it training news. */
export function lintDraft(text, config, fileName) {
  const { findings, draft } = core.lint(text, config, { format: core.formatOf(fileName) });
  return { findings, draft, training: core.isTrainingNews(draft) };
}

export const lineOf = (draft, offset) => core.positionAt(draft.lineStarts, offset).line + 1;

export const overlaps = (f, s, e) => (f.start === f.end ? f.start >= s && f.start <= e : f.start < e && f.end > s);

/**
 * The finding's fix (or, with none, its first suggestion's edits) applied to the words of a label
 * (a written set's label, an annotation of the dev corpus) writes its correct form: only its edits
 * inside the label's stretch count, so one edit of a title's phrase that also corrects its body
 * ("phó Giám đốc sở Tư pháp" → "Phó Giám đốc Sở Tư pháp") corrects both labels, a title-case one
 * and an org-case one.
 */
export function fixCorrects(f, start, label) {
  const edits = f.fix ?? f.suggestions?.[0]?.edits;
  if (!edits || start < 0 || !label.text || label.correct === undefined) return false;
  const end = start + label.text.length;
  const inside = edits.filter((e) => e.start >= start && e.end <= end).sort((a, b) => b.start - a.start);
  if (inside.length === 0) return false;
  let s = label.text;
  for (const e of inside) s = s.slice(0, e.start - start) + e.text + s.slice(e.end - start);
  return s === label.correct;
}
