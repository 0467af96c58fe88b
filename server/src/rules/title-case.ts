/**
 * title-case (CAP-20…CAP-26, §8.1–8.4): a title that belongs to a named person or body is
 * capitalised: "Phó Bí thư", "Phó Hiệu trưởng" (not "Phó hiệu trưởng"), "Chủ tịch HĐND
 * huyện" after a name. Generic or plural titles stay lowercase ("các bí thư chi bộ").
 *
 * Clear points (the base title, "Phó") get a fix. Contested points follow `profile` and only
 * get a suggestion: "Trưởng Ban X" (gov, party) vs "Trưởng ban X" (press-lower), "Phó Bí thư
 * Thường trực" vs "thường trực", "Tổng Bí thư" vs "Tổng bí thư". The organisation after the
 * title is organisation-case's; mixing two accepted styles is consistent-capitalisation's.
 */
import type { Rule, TextEdit } from '../core/types.js';
import { wordsIn, type Draft } from '../core/draft.js';
import { matchTitles, phraseAnswer, phraseOwner, type TitleMatch } from '../core/lexicon.js';
import { caseShape, withShape } from '../core/casing.js';
import { editedText } from '../core/fix.js';

export const titleCase: Rule = {
  meta: {
    id: 'title-case',
    category: 'capitalisation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Viết hoa chức danh, chức vụ gắn với người hoặc cơ quan cụ thể.',
      en: 'Capitalise a title that belongs to a named person or body.',
    },
    rationale: {
      vi: 'Chức danh gắn với người hoặc cơ quan cụ thể viết hoa chữ cái đầu: “Phó Bí thư Huyện ủy”, “Phó Hiệu trưởng Trường Chính trị tỉnh”. Cách viết “Trưởng Ban/Trưởng ban”, “Thường trực/thường trực” tùy theo quy ước trình bày đã chọn (soattin.profile / profile).',
      en: 'A title of a named person or body is capitalised: “Phó Bí thư Huyện ủy”, “Phó Hiệu trưởng”. “Trưởng Ban/ban” and “Thường trực/thường trực” follow the configured profile.',
    },
    messages: {
      wrong: {
        vi: 'Viết hoa chức danh chưa đúng: “{found}” → “{expected}”.',
        en: 'Title capitalised wrongly: “{found}” → “{expected}”.',
      },
      contested: {
        vi: 'Theo quy ước {profile}, chức danh này nên viết “{expected}” (đang viết “{found}”).',
        en: 'In the house style for {profile}, write this title “{expected}” (found “{found}”).',
      },
      apply: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
    },
  },
  check({ draft, config, report }) {
    for (const t of matchTitles(draft, config)) {
      if (!t.attached) {
        // a generic title keeps its own case, but a capital inside its one word is wrong either way ("Bí Thư")
        const edits = innerCapitals(draft, t);
        if (edits.length > 0) {
          const expected = editedText(draft.text, t.start, t.titleEnd, edits);
          report({ start: t.start, end: t.titleEnd, messageId: 'wrong', args: { found: draft.text.slice(t.start, t.titleEnd), expected }, fix: edits, suggestions: [{ messageId: 'apply', args: { expected }, edits }] });
        }
        continue;
      }
      // a title and its body are one phrase, one finding: organisation-case may own it
      if (phraseOwner(t) !== 'title-case') continue;
      const found = t.text;
      const { expected, clear, edits } = phraseAnswer(draft.text, t.start, t.end, [...t.checks, ...(t.organisation?.checks ?? [])]);
      const suggestion = { messageId: 'apply', args: { expected }, edits };
      if (clear) {
        report({ start: t.start, end: t.end, messageId: 'wrong', args: { found, expected }, fix: edits, suggestions: [suggestion] });
      } else {
        report({
          start: t.start,
          end: t.end,
          messageId: 'contested',
          args: { found, expected, profile: config.profile },
          suggestions: [suggestion],
          contested: true,
        });
      }
    }
  },
};

/**
 * The syllables after the first of a title not attached to anyone that carry a capital its
 * canonical form does not (“Bí Thư” → “Bí thư”; “Phó” and the contested head syllable of
 * “Trưởng ban/Ban” are free).
 */
function innerCapitals(draft: Draft, t: TitleMatch): TextEdit[] {
  if (t.entry.head) return [];
  const canon = t.entry.canonical.split(' ');
  // (a contested title's accepted forms may differ on a syllable: only one every form writes
  // lowercase is surely wrong with a capital, "Chỉ Huy Trưởng" of "Chỉ huy trưởng/Trưởng")
  const forms = [canon, ...(t.status === 'clear' ? [] : (t.entry.alternatives ?? []).map((a) => a.split(' ')))].filter((f) => f.length === canon.length);
  const words = wordsIn(draft, t.deputy ? t.deputy.end : t.start, t.titleEnd).slice(0, canon.length);
  if (words.length !== canon.length) return [];
  // (written in Title Case that no form has, "Chỉ Huy Trưởng", its capitals say nothing of
  // the style: every syllable the canonical form writes lowercase is lowered)
  const titleCased = words.length > 1 && words.every((w) => caseShape(w.text) === 'cap') && !forms.some((f) => f.every((syl, n) => caseShape(syl) === 'cap'));
  return words
    .filter((w, n) => n > 0 && caseShape(w.text) === 'cap' && (titleCased ? caseShape(canon[n]) === 'lower' : forms.every((f) => caseShape(f[n]) === 'lower')))
    .map((w) => ({ start: w.start, end: w.end, text: withShape(w.text, 'lower') }));
}
