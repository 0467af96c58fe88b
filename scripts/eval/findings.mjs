// Part 1b, findings against the reference annotations. A finding is right when it overlaps an
// annotation of its family on the same line, or when its fix turns an annotated stretch of any
// kind (`other` included) into the annotators' correction: then the annotators saw the same
// mistake and named it otherwise. Recall counts `clear` annotations of a family only; a finding
// that meets only `contested` annotations is neither right nor wrong.
import { core, fixCorrects, isDocumentLevel, lineOf, overlaps } from './core.mjs';
import { familyOf } from './families.mjs';

const counter = () => ({ clear: 0, found: 0, right: 0, wrong: 0, contested: 0 });

/** Where an annotation sits: its text on its line (compared in NFC), else the whole line. */
function annotationSpans(d) {
  const { text, draft } = d;
  const nfc = text.normalize('NFC');
  return (d.ann.findings ?? [])
    .map((a) => {
      const lineStart = draft.lineStarts[a.line - 1] ?? 0;
      const lineEnd = draft.lineStarts[a.line] ?? text.length;
      const at = nfc.slice(lineStart, lineEnd).indexOf(String(a.text).normalize('NFC'));
      const start = at >= 0 ? lineStart + at : lineStart;
      return { ...a, family: a.rule === 'other' ? 'other' : familyOf(a.rule), located: at >= 0, start, end: at >= 0 ? start + a.text.length : lineEnd };
    });
}

/** The annotation's own mistake, mended by the finding's fix: its stretch becomes its `expected`. */
const mends = (f, a) => a.located && typeof a.expected === 'string' && fixCorrects(f, a.start, { text: a.text, correct: a.expected });

export function scoreFindings(docs, { rule: onlyRule } = {}) {
  const by = { tune: { rules: {}, families: {}, words: 0 }, check: { rules: {}, families: {}, words: 0 }, all: { rules: {}, families: {}, words: 0 } };
  const listing = [];
  const bump = (d, kind, key, field) => {
    for (const t of [by[d.split], by.all]) {
      t[kind][key] ??= counter();
      t[kind][key][field]++;
    }
  };
  for (const d of docs) {
    for (const t of [by[d.split], by.all]) t.words += d.words;
    const all = annotationSpans(d);
    const spans = all.filter((a) => a.rule !== 'other' && (!onlyRule || a.rule === onlyRule));
    const scored = d.findings.filter((f) => !isDocumentLevel(f) && (!onlyRule || f.ruleId === onlyRule));
    for (const a of spans) {
      if (a.certainty !== 'clear') continue;
      const found = scored.some((f) => familyOf(f.ruleId) === a.family && overlaps(f, a.start, a.end));
      for (const [kind, key] of [['rules', a.rule], ['families', a.family]]) {
        bump(d, kind, key, 'clear');
        if (found) bump(d, kind, key, 'found');
      }
      if (!found) listing.push({ split: d.split, text: `${d.file}:${a.line}: MISSED ${a.rule} “${a.text}” → “${a.expected}”` });
    }
    for (const f of scored) {
      const fam = familyOf(f.ruleId);
      const met = [...spans.filter((a) => a.family === fam && overlaps(f, a.start, a.end)), ...all.filter((a) => mends(f, a))];
      const verdict = met.some((a) => a.certainty === 'clear') ? 'right' : met.length ? 'contested' : 'wrong';
      bump(d, 'rules', f.ruleId, verdict);
      bump(d, 'families', fam, verdict);
      if (verdict === 'wrong') listing.push({ split: d.split, text: `${d.file}:${lineOf(d.draft, f.start)}: FALSE? ${f.ruleId} “${d.text.slice(f.start, f.end)}” ${core.formatFinding(f, 'en')}` });
    }
  }
  return { ...by, listing };
}

/** recall, precision and false findings per 1,000 words of a counter */
export function rates(c, words) {
  return {
    recall: c.clear ? c.found / c.clear : null,
    precision: c.right + c.wrong ? c.right / (c.right + c.wrong) : null,
    falsePer1000: words ? (1000 * c.wrong) / words : null,
  };
}
