/**
 * tone-mark-style (TONE-01): one tone-mark placement per draft. Only the open syllables
 * oa, oe, uy differ: old "hòa, khỏe, thủy, ủy", new "hoà, khoẻ, thuỷ, uỷ" ("quý", "già",
 * "hoàng", "quyết" never differ). `toneStyle: auto` follows the draft's majority (a tie goes
 * to the profile's default, old in every profile today); `old` / `new` enforce one style.
 *
 * Person names are written as their owners write them ("Thủy"/"Thuỷ"): they do not vote and are
 * reported (a warning with a suggestion, never an automatic fix) only when the draft writes the
 * same name in its own style too, or `toneStyle` is set; in a byline and after a title alike. Quotations do not vote either (the
 * core reports them as information). URLs and e-mail addresses are skipped.
 */
import { nfc, withToneStyle } from '../core/normalise.js';
import type { Rule, Suggestion, TextEdit } from '../core/types.js';
import { toneMajority, toneTokens, type Style, type ToneToken } from '../core/tone-majority.js';
import { INTRODUCERS } from '../core/surnames.js';
import { syllableKey } from '../core/casing.js';

/** Shown in messages: three words in the style (the same in both languages). */
const STYLE_SAMPLE: Record<Style, string> = { old: 'hòa, thủy, ủy', new: 'hoà, thuỷ, uỷ' };

/** The syllable in the other style, in the draft's own Unicode form (NFC or NFD) and case. */
function restyle(syllable: string, style: Style): string {
  const out = withToneStyle(nfc(syllable), style);
  return syllable === nfc(syllable) ? out : out.normalize('NFD');
}

/** one-word introducers of a name ("Bà", "Ông" opening a sentence): no word of the name (surnames.json introducers) */
const INTRODUCER_WORDS = new Set(INTRODUCERS.filter((w) => w.length === 1).map((w) => w[0]));

/** the capitalised words a name token closes ("Nguyễn Thị Thanh Thủy" for its "Thủy"), lower case, in one style, an introducer before them left out */
function nameWords(text: string, t: ToneToken, style: Style): string[] {
  const before = /(?:\p{Lu}[\p{L}\p{M}]*[ \t\u00a0]+){0,4}$/u.exec(text.slice(Math.max(0, t.start - 60), t.start))?.[0] ?? '';
  const words = `${before}${t.text}`.split(/[ \t\u00a0]+/u);
  while (words.length > 1 && INTRODUCER_WORDS.has(syllableKey(words[0]))) words.shift();
  return words.map((w) => withToneStyle(nfc(w), style).toLowerCase());
}

/** `long` ends with the words of `short` */
function endsWith(long: string[], short: string[]): boolean {
  return short.length <= long.length && short.every((w, k) => long[long.length - short.length + k] === w);
}

export const toneMarkStyle: Rule = {
  meta: {
    id: 'tone-mark-style',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Một bài viết chỉ dùng một kiểu bỏ dấu thanh: kiểu cũ (hòa, thủy, ủy) hoặc kiểu mới (hoà, thuỷ, uỷ).',
      en: 'One tone-mark placement per draft: old style (hòa, thủy, ủy) or new style (hoà, thuỷ, uỷ).',
    },
    rationale: {
      vi: 'Hai kiểu bỏ dấu chỉ khác nhau ở vần mở oa, oe, uy. Văn bản nhà nước phần lớn dùng kiểu cũ, văn bản Trung ương Đảng và sách giáo khoa dùng kiểu mới; trộn hai kiểu trong một bài là lỗi trình bày. Tên người có thể giữ cách viết riêng nên chỉ được cảnh báo.',
      en: 'The two placements differ only in the open syllables oa, oe, uy. State documents mostly use the old style, central Party documents and textbooks the new one; mixing both in one draft is a slip. Person names may keep their own spelling, so they only get a warning.',
    },
    messages: {
      mixed: {
        vi: 'Bài viết lẫn hai kiểu bỏ dấu thanh: “{word}” khác kiểu “{style}” mà phần lớn bài đang dùng ({count} chỗ). Nên viết “{expected}”.',
        en: 'Mixed tone-mark styles: “{word}” differs from the “{style}” style used in most of the draft ({count} words). Write “{expected}”.',
      },
      tie: {
        vi: 'Bài viết dùng hai kiểu bỏ dấu thanh nhiều ngang nhau; mặc định của quy ước {profile} là kiểu “{style}”: có thể viết “{expected}” thay cho “{word}”.',
        en: 'The draft uses both tone-mark styles equally often; the default for {profile} is the “{style}” style: consider “{expected}” instead of “{word}”.',
      },
      configured: {
        vi: 'Cấu hình “toneStyle” yêu cầu kiểu bỏ dấu “{style}”: nên viết “{expected}” thay cho “{word}”.',
        en: 'The “toneStyle” setting asks for the “{style}” style: write “{expected}” instead of “{word}”.',
      },
      lone: {
        vi: '“{word}” là chữ duy nhất của bài theo kiểu bỏ dấu này, còn tên riêng trong bài viết theo kiểu “{style}”: nếu bài theo kiểu ấy, viết “{expected}”.',
        en: '“{word}” is the only word of the draft in this tone-mark style, while the names in it are written in the “{style}” style: if the draft follows that style, write “{expected}”.',
      },
      name: {
        vi: 'Tên riêng “{word}” bỏ dấu khác kiểu “{style}” của bài. Chỉ sửa thành “{expected}” nếu đó đúng là cách viết tên này.',
        en: 'The proper name “{word}” differs from the draft’s “{style}” style. Change it to “{expected}” only if that is how the name is spelt.',
      },
      replace: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
      replaceAll: {
        vi: 'Sửa mọi chỗ trong bài theo kiểu “{style}” ({count} chỗ)',
        en: 'Change every occurrence in this draft to the “{style}” style ({count} words)',
      },
    },
  },
  check({ draft, config, report }) {
    const all = toneTokens(draft);
    if (all.length === 0) return;
    // the one decision shared with spelling's suggestions and the editor's status item
    const majority = toneMajority(draft, config);
    const target = majority.style;
    const messageId = majority.basis === 'configured' ? 'configured' : majority.basis === 'majority' || majority.basis === 'lean' ? 'mixed' : 'tie';
    // a style the names and quotations lean to is a suggestion, never an automatic fix
    const soft = (t: ToneToken): boolean => t.name || messageId === 'tie' || majority.basis === 'lean';
    const minority = all.filter((t) => t.style !== target);
    // "cách xử lý tùy trường hợp" the draft's one word with a choice, "bà Huỳnh Thị Thuý Hằng"
    // the other style: voters and names split evenly, nothing says which style the draft keeps.
    // The name is written as its owner writes it, so the word is the one to point at: shown with
    // the names' style as a condition, never fixed (TONE-01 contested)
    if (majority.basis === 'majority' && majority.old + majority.new === 1) {
      const word = all.find((t) => !t.name && !t.quoted);
      const others = all.filter((t) => t.name || t.quoted);
      const opposite = others.filter((t) => t.style !== word?.style).length;
      if (word && opposite > 0 && opposite === others.length - opposite + 1) {
        const other: 'old' | 'new' = word.style === 'old' ? 'new' : 'old';
        const edit = { start: word.start, end: word.end, text: restyle(word.text, other) };
        report({
          start: word.start,
          end: word.end,
          messageId: 'lone',
          args: { word: word.text, expected: edit.text, style: STYLE_SAMPLE[other] },
          suggestions: [{ messageId: 'replace', args: { expected: edit.text }, edits: [edit], scope: 'one' }],
          data: { style: word.style, target: other },
          contested: true,
        });
        return;
      }
    }
    if (minority.length === 0) return;
    // in auto mode, names and quotations alone do not make a style to hold them to
    if (majority.basis === 'none') return;
    const editOf = (t: ToneToken): TextEdit => ({ start: t.start, end: t.end, text: restyle(t.text, target) });
    const fixable = minority.filter((t) => !t.name && !t.quoted);
    const everyEdit = fixable.map(editOf);
    // a majority is shown by the draft's own words ("ủy, hóa"), a setting or a tie by the style's sample
    const own = [...new Set(all.filter((t) => t.style === target && !t.name && !t.quoted).map((t) => nfc(t.text).toLowerCase()))].slice(0, 3).join(', ');
    const style = messageId === 'mixed' && own ? own : STYLE_SAMPLE[target];
    const count = target === 'old' ? majority.old : majority.new;
    // a person's name is written as its owner writes it (“Thuỷ” in a draft of “hòa” is her
    // spelling, not a slip: TONE-01 is contested, vi-official-style.md §0 “default shown, never
    // silent auto-fix”). A name in the other style is reported (a warning with a suggestion,
    // never a fix) only where the draft writes the same name in its own style too (“bà Lê Thị
    // Thuỷ” … “Bà Thủy”: one of the two is mistyped) — the same name, not the same syllable:
    // “thủy lợi” or another person's “Đinh Văn Thủy” is no other spelling of “Thanh Thuỷ” — or
    // where the `toneStyle` setting asks every word for one style. The same for a byline and a
    // name after a title or “ông/bà”. A common word in the other style is the slip.
    const held = majority.basis === 'configured';
    const namesInTarget = held ? [] : all.filter((t) => t.style === target && !t.quoted && (t.name || /^\p{Lu}/u.test(t.text))).map((t) => nameWords(draft.text, t, target));
    for (const t of minority) {
      const edit = editOf(t);
      if (t.name && !held) {
        const mine = nameWords(draft.text, t, target);
        if (!namesInTarget.some((other) => endsWith(mine, other) || endsWith(other, mine))) continue;
      }
      const args = { word: t.text, expected: edit.text, style, count, profile: config.profile };
      const suggestions: Suggestion[] = [{ messageId: 'replace', args: { expected: edit.text }, edits: [edit], scope: 'one' }];
      if (everyEdit.length > 1 && !t.name) {
        suggestions.push({ messageId: 'replaceAll', args: { style: STYLE_SAMPLE[target], count: everyEdit.length }, edits: everyEdit, scope: 'all' });
      }
      report({
        start: t.start,
        end: t.end,
        messageId: t.name ? 'name' : messageId,
        args,
        // a clear majority or an explicit setting decides; a tie, a lean and a person's name do not
        ...(soft(t) ? {} : { fix: [edit] }),
        suggestions,
        data: { style: t.style, target },
        // a name or an even split is a warning at most, whatever the rule's severity
        ...(soft(t) ? { contested: true } : {}),
      });
    }
  },
};
