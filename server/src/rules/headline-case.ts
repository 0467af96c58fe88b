/**
 * headline-case (CAP-39): a headline is written in sentence case, without a final full stop:
 * "Huyện ủy An Lão tập huấn nghiệp vụ công tác dân vận năm 2023". Title Case ("Huyện Ủy An
 * Lão Tập Huấn Nghiệp Vụ…") is an error; the names inside keep their capitals.
 *
 * Which capitals are names is a guess in a Title Case line, so the sentence-case rewrite is a
 * suggestion, not a fix: a word keeps its capital when the lexicon says so (organisations,
 * titles), when it is an abbreviation, or when the story writes it capitalised mid-sentence.
 * The final full stop is removed by the fix.
 */
import type { Rule, TextEdit } from '../core/types.js';
import type { Word } from '../core/draft.js';
import { isCapitalised, isSentenceStart, withShape, caseShape, wordKey } from '../core/casing.js';
import { matchOrganisations, matchTitles } from '../core/lexicon.js';
import { editedText } from '../core/fix.js';
import { firstAtOrAfter } from '../core/sorted.js';

export const headlineCase: Rule = {
  meta: {
    id: 'headline-case',
    category: 'capitalisation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Tít viết hoa như câu thường (chỉ viết hoa chữ đầu và tên riêng), không có dấu chấm cuối.',
      en: 'Headlines use sentence case (capitals only for the first word and names) and no final full stop.',
    },
    rationale: {
      vi: 'Tít tin viết như một câu: chỉ viết hoa chữ cái đầu và các tên riêng, tên cơ quan; không viết hoa mọi chữ và không đặt dấu chấm cuối tít.',
      en: 'A headline is written like a sentence: capitals only for its first letter and for names; no Title Case, no final full stop.',
    },
    messages: {
      titleCase: {
        vi: 'Tít viết hoa từng chữ; hãy viết hoa như câu thường: “{expected}”.',
        en: 'The headline capitalises every word; use sentence case: “{expected}”.',
      },
      fullStop: { vi: 'Tít không đặt dấu chấm ở cuối.', en: 'A headline has no final full stop.' },
      apply: { vi: 'Viết lại: “{expected}”', en: 'Rewrite as “{expected}”' },
      removeStop: { vi: 'Xóa dấu chấm cuối tít', en: 'Remove the final full stop' },
    },
  },
  check({ draft, config, report }) {
    const h = draft.headline;
    if (!h) return;
    const text = draft.text;

    // a line ending in "." is only surely a headline when it is a heading or a date line follows it
    const idx = draft.paragraphs.indexOf(h);
    const sure = h.heading > 0 || draft.paragraphs[idx + 1]?.kind === 'metadata';
    const stop = /[^.]\.\s*$/u.exec(h.text);
    if (sure && stop && !/\.\.\s*$/u.test(h.text)) {
      const at = h.start + h.text.trimEnd().length - 1;
      const edit: TextEdit = { start: at, end: at + 1, text: '' };
      report({ start: at, end: at + 1, messageId: 'fullStop', fix: [edit], suggestions: [{ messageId: 'removeStop', edits: [edit] }] });
    }

    // the headline's words only (a search for its first word, not a walk over the draft's)
    const words: Word[] = [];
    for (let k = firstAtOrAfter(draft.words, h.start, (w) => w.start); k < draft.words.length && draft.words[k].start < h.end; k++) {
      const w = draft.words[k];
      if (w.end <= h.end && /\p{L}/u.test(w.text)) words.push(w);
    }
    if (words.length < 4) return;
    const rest = words.filter((w) => !isSentenceStart(draft, w.start));
    // the names kept only take words out of those judged: with fewer than three capitalised
    // ordinary-looking words before any is kept, no Title Case is found, and the names (read
    // off every word of the draft) are not needed — most headlines are in sentence case
    const candidates = rest.filter((w) => caseShape(w.text) !== 'upper');
    if (candidates.length < 3 || candidates.filter((w) => isCapitalised(w.text)).length < 3) return;
    const keep = namesToKeep(draft, config, h.start, h.end);
    // names and abbreviations keep their capitals in any style: judge the other words
    const plain = candidates.filter((w) => !keep.has(w.start));
    if (plain.length < 3) return;
    const capital = plain.filter((w) => isCapitalised(w.text));
    // Title Case: most ordinary words after the first are capitalised
    if (capital.length < 3 || capital.length / plain.length < 0.7) return;

    const edits: TextEdit[] = [];
    for (const w of capital) {
      if (keep.has(w.start) || caseShape(w.text) === 'upper') continue;
      const lower = withShape(w.text, 'lower');
      if (lower !== w.text) edits.push({ start: w.start, end: w.end, text: lower });
    }
    if (edits.length === 0) return;
    const expected = editedText(text, h.start, h.end, edits);
    report({
      start: h.start,
      end: h.end,
      messageId: 'titleCase',
      args: { expected: expected.replace(/\.\s*$/u, '') },
      suggestions: [{ messageId: 'apply', args: { expected }, edits }],
    });
  },
};

/** Offsets of headline words that keep a capital in sentence case. */
function namesToKeep(draft: Parameters<Rule['check']>[0]['draft'], config: Parameters<Rule['check']>[0]['config'], start: number, end: number): Set<number> {
  const keep = new Set<number>();
  const inside = (w: Word): boolean => w.start >= start && w.end <= end;
  for (const o of matchOrganisations(draft, config)) {
    for (const c of o.checks) if (inside(c.word) && isCapitalised(c.expected)) keep.add(c.word.start);
  }
  for (const t of matchTitles(draft, config)) {
    for (const c of t.checks) if (inside(c.word) && isCapitalised(c.expected)) keep.add(c.word.start);
  }
  // capitalised mid-sentence in the story more often than not: a name ("An Lão", "Đảng")
  // (only the headline's syllables are counted: isSentenceStart is costly on every word)
  const votes = new Map<string, number>();
  for (const w of draft.words) if (inside(w)) votes.set(wordKey(w), 0);
  for (const w of draft.words) {
    if (inside(w)) continue;
    const k = wordKey(w);
    const v = votes.get(k);
    if (v === undefined || !/\p{L}/u.test(w.text) || isSentenceStart(draft, w.start)) continue;
    votes.set(k, v + (isCapitalised(w.text) ? 1 : -1));
  }
  for (const w of draft.words) if (inside(w) && (votes.get(wordKey(w)) ?? 0) > 0) keep.add(w.start);
  return keep;
}
