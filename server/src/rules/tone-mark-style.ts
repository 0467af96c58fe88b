/**
 * tone-mark-style (TONE-01): one tone-mark placement per draft. Only the open syllables
 * oa, oe, uy differ: old "hòa, khỏe, thủy, ủy", new "hoà, khoẻ, thuỷ, uỷ" ("quý", "già",
 * "hoàng", "quyết" never differ). `toneStyle: auto` follows the draft's majority (a tie goes
 * to the profile's default, old in every profile today); `old` / `new` enforce one style.
 *
 * Person names may be registered in either style ("Thủy"/"Thuỷ"): they do not vote and get
 * a warning with a suggestion, never an automatic fix. Quotations do not vote either (the
 * core reports them as information). URLs and e-mail addresses are skipped.
 */
import type { Draft, Span } from '../core/draft.js';
import { inQuote } from '../core/draft.js';
import { nfc, toneStyleOf, withToneStyle } from '../core/normalise.js';
import type { Rule, Suggestion, TextEdit } from '../core/types.js';
import type { Profile } from '../core/config/types.js';
import { inPersonName } from '../core/person-names.js';
import { linkSpans, overlapsSpans } from '../core/links.js';

type Style = 'old' | 'new';

/** The style a profile prefers when a draft is split evenly (rulebook §8.5). */
const PROFILE_DEFAULT: Record<Profile, Style> = { gov: 'old', party: 'old', 'press-lower': 'old' };

/** Shown in messages: three words in the style (the same in both languages). */
const STYLE_SAMPLE: Record<Style, string> = { old: 'hòa, thủy, ủy', new: 'hoà, thuỷ, uỷ' };

/** an oa / oe / uy cluster with or without a tone mark on either letter (NFC, lower case) */
const CLUSTER = /[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]/u;

interface Token extends Span {
  text: string;
  style: Style;
  name: boolean;
  quoted: boolean;
}

/** Every oa/oe/uy open syllable with a tone mark, outside page chrome, metadata and URLs. */
function tokens(draft: Draft): Token[] {
  const urls = linkSpans(draft.text);
  const out: Token[] = [];
  for (const p of draft.paragraphs) {
    if (p.kind === 'chrome' || p.kind === 'metadata') continue;
    for (const s of p.sentences) {
      for (const w of s.words) {
        // most words have no oa/oe/uy cluster: skip them before the costly per-syllable test
        if (!CLUSTER.test(w.lower)) continue;
        if (overlapsSpans(urls, w.start, w.end)) continue;
        for (const m of w.text.matchAll(/[\p{L}\p{M}]+/gu)) {
          const style = toneStyleOf(m[0]);
          if (!style) continue;
          const start = w.start + m.index;
          const end = start + m[0].length;
          out.push({ start, end, text: m[0], style, name: p.kind === 'byline' || inPersonName(draft, start, end), quoted: inQuote(draft, start, end) });
        }
      }
    }
  }
  return out;
}

/** The syllable in the other style, in the draft's own Unicode form (NFC or NFD) and case. */
function restyle(syllable: string, style: Style): string {
  const out = withToneStyle(nfc(syllable), style);
  return syllable === nfc(syllable) ? out : out.normalize('NFD');
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
    const all = tokens(draft);
    if (all.length === 0) return;
    const voters = all.filter((t) => !t.name && !t.quoted);
    const old = voters.filter((t) => t.style === 'old').length;
    const neu = voters.length - old;
    let target: Style;
    let messageId: 'mixed' | 'tie' | 'configured';
    if (config.toneStyle === 'old' || config.toneStyle === 'new') {
      target = config.toneStyle;
      messageId = 'configured';
    } else if (old !== neu) {
      target = old > neu ? 'old' : 'new';
      messageId = 'mixed';
    } else {
      target = PROFILE_DEFAULT[config.profile];
      messageId = 'tie';
    }
    const minority = all.filter((t) => t.style !== target);
    if (minority.length === 0) return;
    // in auto mode, names and quotations alone do not make a style to hold them to
    if (messageId !== 'configured' && voters.length === 0) return;
    const editOf = (t: Token): TextEdit => ({ start: t.start, end: t.end, text: restyle(t.text, target) });
    const fixable = minority.filter((t) => !t.name && !t.quoted);
    const everyEdit = fixable.map(editOf);
    const style = STYLE_SAMPLE[target];
    const count = target === 'old' ? old : neu;
    for (const t of minority) {
      const edit = editOf(t);
      const args = { word: t.text, expected: edit.text, style, count, profile: config.profile };
      const suggestions: Suggestion[] = [{ messageId: 'replace', args: { expected: edit.text }, edits: [edit], scope: 'one' }];
      if (everyEdit.length > 1 && !t.name) {
        suggestions.push({ messageId: 'replaceAll', args: { style, count: everyEdit.length }, edits: everyEdit, scope: 'all' });
      }
      report({
        start: t.start,
        end: t.end,
        messageId: t.name ? 'name' : messageId,
        args,
        // a clear majority or an explicit setting decides; a tie and a person's name do not
        ...(t.name || messageId === 'tie' ? {} : { fix: [edit] }),
        suggestions,
        data: { style: t.style, target },
        // a name or an even split is a warning at most, whatever the rule's severity
        ...(t.name || messageId === 'tie' ? { contested: true } : {}),
      });
    }
  },
};
