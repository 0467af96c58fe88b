/**
 * "bác sĩ" and "bác sỹ", "kĩ năng" and "kỹ năng": after k, l, m or s a toned i and a toned y spell
 * the same syllable, both still printed in official texts (contested: never a slip on its own).
 * A draft that writes one syllable both ways is mixing two styles: the rarer way, in lower case
 * (a capital is a name's: "ông Trần Sỹ"), gets information with the draft's other way as a
 * suggestion; on a tie, the rulebook's "i" ("Tiến sĩ", "Thạc sĩ").
 */
import type { Draft, Paragraph, Word } from '../../core/draft.js';
import { ParagraphMemo } from '../../core/paragraph-memo.js';
import type { Report } from '../../core/types.js';

const I_FORM = /^([klms])([ìíỉĩị])$/u;
const Y_FORM = /^([klms])([ỳýỷỹỵ])$/u;
const I_TO_Y: Record<string, string> = { ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ' };
const Y_TO_I: Record<string, string> = Object.fromEntries(Object.entries(I_TO_Y).map(([i, y]) => [y, i]));

/** The words of a paragraph that spell a syllable with a toned i or y after k, l, m or s, lower case, in order. */
function iyWordsIn(p: Paragraph): Word[] {
  const out: Word[] = [];
  for (let b = 0; b < p.sentences.length; b++) {
    const words = p.sentences[b].words;
    for (let c = 0; c < words.length; c++) {
      const w = words[c];
      // (most words are longer than two letters: settled by their length, the written one
      // first — a syllable of two letters in NFC is written in two units, or three with its
      // mark apart — so the NFC form is read for few words)
      const n = w.text.length;
      if ((n !== 2 && n !== 3) || w.norm.length !== 2 || w.norm !== w.lower) continue;
      if (I_FORM.test(w.norm) || Y_FORM.test(w.norm)) out.push(w);
    }
  }
  return out;
}

/** Each paragraph's i/y words (most paragraphs have none: an empty list, handed back as stored). */
const iyWords = new ParagraphMemo<Word[]>('spelling.iy-words', 512 * 1024, { offsets: [] });

/** Report the rarer of two spellings of one syllable with i and with y in a draft. */
export function iyMixing(draft: Draft, report: (r: Report) => void): void {
  // by the syllable's y form: its words written with i, and with y
  const seen = new Map<string, { i: Word[]; y: Word[] }>();
  // (indexes, not for…of; each paragraph's syllables of the kind remembered by its text: a
  // re-check reads the edited paragraph's words, not every word of the draft)
  const paragraphs = draft.paragraphs;
  for (let a = 0; a < paragraphs.length; a++) {
    const p = paragraphs[a];
    if (p.kind === 'chrome' || p.kind === 'metadata') continue;
    const words = iyWords.get(draft, p, '', iyWordsIn);
    for (let c = 0; c < words.length; c++) {
      const w = words[c];
      const i = I_FORM.exec(w.norm);
      const y = i ? undefined : Y_FORM.exec(w.norm);
      if (!i && !y) continue;
      const key = i ? i[1] + I_TO_Y[i[2]] : w.norm;
      let entry = seen.get(key);
      if (!entry) seen.set(key, (entry = { i: [], y: [] }));
      (i ? entry.i : entry.y).push(w);
    }
  }
  for (const [key, { i, y }] of seen) {
    if (!i.length || !y.length) continue;
    const iForm = key[0] + Y_TO_I[key[1]];
    const [rare, meant] = y.length <= i.length ? [y, iForm] : [i, key];
    for (const w of rare) {
      const replacement = w.text === w.text.normalize('NFC') ? meant : meant.normalize('NFD');
      report({
        start: w.start,
        end: w.end,
        messageId: 'iyMixed',
        args: { word: w.text, suggestion: meant },
        severity: 'info',
        suggestions: [{ messageId: 'replace', args: { replacement }, edits: [{ start: w.start, end: w.end, text: replacement }] }],
        data: { word: w.text },
      });
    }
  }
}
