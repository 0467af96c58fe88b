/**
 * person-name-case (CAP-02): every syllable of a person's name starts with a capital and has
 * no other capital: "ông nguyễn Văn An" → "ông Nguyễn Văn An", "Trần ThỊ Hoa" → "Trần Thị Hoa",
 * "Lê thị Hoa" → "Lê Thị Hoa". Names come from the shared detector of core/person-names.ts
 * (precision first: only what it is sure is a person's name).
 */
import type { Rule, TextEdit } from '../core/types.js';
import { blankBetween, introducerBefore, lettersOf, personNames } from '../core/person-names.js';
import { caseShape, isSentenceStart, levelEndsAt, syllableKey, withShape } from '../core/casing.js';
import markers from '../../../dictionaries/generic-markers.json';
import commonNouns from '../../../dictionaries/common-nouns.json';
import type { Draft, Word } from '../core/draft.js';
import { editedText } from '../core/fix.js';
import { lazyRegExp } from '../core/lazy-regexp.js';

/** "H’mai", "K'bia": a Central Highlands name's prefix and a syllable that lost its capital */
const APOSTROPHE_LOWER = lazyRegExp(() => /^\p{Lu}['’]\p{Ll}[\p{Ll}\p{M}]*$/u);
/** "k'Lăng", "h’Hen": the same name's prefix typed small before its capitalised syllable */
const PREFIX_LOWER = lazyRegExp(() => /^\p{Ll}['’]\p{Lu}[\p{Ll}\p{M}]*$/u);

/** words opening Central Highlands place names, whose official spelling keeps the lowercase ("Cư M'gar": generic-markers.json highlandPlacePrefixes) */
const PLACE_PREFIXES = new Set(markers.highlandPlacePrefixes.words.map(syllableKey));
/** the ethnic groups' names, as key lists ("Chăm H'roi" is a group of the Chăm: common-nouns.json ethnicGroups) */
const GROUPS = commonNouns.ethnicGroups.names.map((n) => n.split(/[\s-]+/u).filter(Boolean).map(syllableKey));

/** An ethnic group's name ends right before word k ("người Ê Đê, Chăm | H'roi"). */
function afterGroup(ws: Word[], k: number): boolean {
  return GROUPS.some((g) => k - g.length >= 0 && g.every((key, n) => syllableKey(ws[k - g.length + n].text) === key));
}

/**
 * True when word k ends or follows a run of at most two capitalised words joined by blanks that
 * opens right after a lowercase level word ("buôn Sút | M'rư", "làng Kon | K'tu", "huyện | Đắk R'lấp"
 * reads "Đắk" as the run): a place's name, unless the level word closes a role introducing a
 * person ("già làng").
 */
function afterLevelWord(text: string, ws: Word[], k: number): boolean {
  let start = k;
  while (start > 0 && k - start < 2 && caseShape(ws[start - 1].text) === 'cap' && blankBetween(text, ws[start - 1], ws[start])) start--;
  const level = ws[start - 1];
  return !!level && caseShape(level.text) === 'lower' && blankBetween(text, level, ws[start]) && levelEndsAt(ws, start - 1) && introducerBefore(text, ws, start) === 0;
}

/**
 * "Chị H’mai Êban", "Bà Rmah H’ngơn": a word of the shape of a Central Highlands name whose
 * syllable after the apostrophe lost its capital (or whose prefix did: "Điểu k'Lăng"), where a
 * name stands (after "ông / chị …" or a title word, or beside another capitalised name word);
 * not a place after its prefix ("Cư M'gar")
 * nor a local group after its people's name ("Chăm H'roi"), whose official spellings keep it.
 */
function apostropheSlips(draft: Draft): Array<{ word: Word; expected: string; prefix: boolean }> {
  const text = draft.text;
  const out: Array<{ word: Word; expected: string; prefix: boolean }> = [];
  for (const p of draft.paragraphs) {
    if (p.kind === 'chrome' || p.kind === 'metadata') continue;
    // the words are the paragraph's text: without an apostrophe there, none of them has one
    // (one search of the paragraph, not a call for each of the draft's words every re-check)
    if (!p.text.includes("'") && !p.text.includes('’')) continue;
    for (const s of p.sentences) {
      const ws = s.words;
      ws.forEach((w, k) => {
        // (no apostrophe, no match: NFC neither makes nor removes one, and most words have none)
        if (!w.text.includes("'") && !w.text.includes('’')) return;
        const nfcText = w.text.normalize('NFC');
        const prefix = PREFIX_LOWER().test(nfcText);
        if (!prefix && !APOSTROPHE_LOWER().test(nfcText)) return;
        // a place's name ("huyện Cư M'gar", "xã Cư Dliê M'nông"): the prefix one or two words before
        if ([ws[k - 1], ws[k - 2]].some((x) => x && caseShape(x.text) === 'cap' && PLACE_PREFIXES.has(syllableKey(x.text)))) return;
        // a local group of an ethnic group ("Chăm H'roi"), no person
        if (afterGroup(ws, k)) return;
        // … nor a word of a place's name right after its level word, the capitalised words before
        // it in that name ("buôn Sút M'rư", "làng Kon K'tu"), unless the level word ends a role
        // that introduces a person ("già làng K'lang Bình")
        if (afterLevelWord(text, ws, k)) return;
        const prev = ws[k - 1];
        const next = ws[k + 1];
        const nameBefore = !!prev && blankBetween(text, prev, w) && caseShape(prev.text) === 'cap' && !isSentenceStart(draft, prev.start);
        const nameAfter = !!next && blankBetween(text, w, next) && caseShape(next.text) === 'cap';
        if (introducerBefore(text, ws, k) > 0 || nameBefore || nameAfter) {
          const at = prefix ? 0 : 2;
          out.push({ word: w, expected: w.text.slice(0, at) + w.text.slice(at, at + 1).toUpperCase() + w.text.slice(at + 1), prefix });
        }
      });
    }
  }
  return out;
}

export const personNameCase: Rule = {
  meta: {
    id: 'person-name-case',
    category: 'capitalisation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Tên người phải viết hoa chữ cái đầu của mọi âm tiết, không viết hoa chữ khác.',
      en: 'Every syllable of a person name starts with a capital, and only with it.',
    },
    rationale: {
      vi: 'Nghị định 30/2020/NĐ-CP (Phụ lục II, mục II.1.a): tên người viết hoa chữ cái đầu của tất cả các âm tiết. Soát Tin chỉ nhận ra tên người qua họ (Nguyễn, Trần, Lê…) và các từ đứng trước như “ông”, “bà”, “đồng chí”.',
      en: 'Decree 30/2020 (Appendix II, II.1.a): capitalise the first letter of every syllable of a person name. Soát Tin recognises names by their surname and by words such as “ông”, “bà”, “đồng chí” before them.',
    },
    messages: {
      name: {
        vi: 'Tên người “{name}” phải viết hoa chữ cái đầu của mọi âm tiết: “{expected}”.',
        en: 'Capitalise the first letter of every syllable of the name “{name}”: “{expected}”.',
      },
      inner: {
        vi: 'Tên người “{name}” có chữ hoa sai vị trí: viết “{expected}”.',
        en: 'The name “{name}” has a capital in the wrong place: write “{expected}”.',
      },
      apostrophe: {
        vi: 'Tên riêng Tây Nguyên “{name}” viết hoa cả chữ cái sau dấu nháy: “{expected}”.',
        en: 'The Central Highlands name “{name}” capitalises the letter after the apostrophe too: “{expected}”.',
      },
      replace: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
    },
  },
  check({ draft, report }) {
    const text = draft.text;
    for (const { word, expected, prefix } of apostropheSlips(draft)) {
      const at = prefix ? 0 : 2;
      const edits: TextEdit[] = [{ start: word.start + at, end: word.start + at + 1, text: expected.slice(at, at + 1) }];
      // (a prefix typed small is a name's first letter lost: the message of every name)
      report({ start: word.start, end: word.end, messageId: prefix ? 'name' : 'apostrophe', args: { name: word.text, expected }, fix: edits, suggestions: [{ messageId: 'replace', args: { expected }, edits }] });
    }
    for (const n of personNames(draft)) {
      const shapes = n.words.map((w) => caseShape(lettersOf(w)));
      // a name written all in capitals (a byline "HÀN GIANG") is a style, not an error
      if (shapes.every((s) => s === 'upper' || s === 'cap') && shapes.filter((s) => s === 'upper').length >= 2 && !shapes.slice(1).includes('cap')) continue;
      const edits: TextEdit[] = [];
      let inner = false;
      n.words.forEach((w, k) => {
        const l = lettersOf(w);
        const sh = shapes[k];
        // one capital letter alone ("Nguyễn Văn A") is fine; the H'Mông middle name "A" typed small is not ("Sùng a Pao")
        if (sh === 'cap' || (l.length === 1 && sh !== 'lower')) return;
        // (a Central Highlands name's "K'Duyên" is capitalised so: apostropheSlips reads its slips)
        if (/['’]/u.test(w.text)) return;
        if (sh === 'mixed' || sh === 'upper') inner = true;
        edits.push({ start: w.start, end: w.start + l.length, text: withShape(l, 'cap') });
      });
      if (edits.length === 0) continue;
      const name = text.slice(n.start, n.end);
      const expected = editedText(text, n.start, n.end, edits);
      report({
        start: n.start,
        end: n.end,
        messageId: inner ? 'inner' : 'name',
        args: { name, expected },
        fix: edits,
        suggestions: [{ messageId: 'replace', args: { expected }, edits }],
      });
    }
  },
};
