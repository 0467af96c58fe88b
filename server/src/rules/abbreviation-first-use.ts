/**
 * abbreviation-first-use (ABBR-01, ABBR-02). An abbreviation that is not universally known
 * ("BCĐ", "LLVT", "ĐBQH") is written in full at its first use, with the abbreviation in
 * brackets: "Ban Chỉ đạo (BCĐ)". Information only: local press prints many without an
 * introduction, so the rewrite is a suggestion, never a fix. The whitelist is the `known` flag
 * of dictionaries/abbreviations.json, and the abbreviations the genre's drafts write bare
 * (`drafts` / `spelt`, counted by scripts/abbreviation-stats.mjs: knownInGenre).
 * ABBR-02: a misspelt abbreviation ("HDND", "Ubnd") is fixed to its form; "đ/c" is informal and
 * becomes "đồng chí". These are warnings.
 */
import abbreviations from '../../../dictionaries/abbreviations.json';
import type { Paragraph } from '../core/draft.js';
import { nfc, withToneStyle } from '../core/normalise.js';
import type { Rule } from '../core/types.js';
import { isSentenceStart } from '../core/casing.js';
import { matchesOf } from '../core/matches.js';
import { BoundedCache } from '../core/bounded-cache.js';
import { paragraphProse } from '../core/paragraph-memo.js';

interface Entry {
  abbr: string;
  full: string;
  known: boolean;
  /** in how many of the genre's real drafts it occurs, and in how many of those spelt out first (scripts/abbreviation-stats.mjs) */
  drafts?: number;
  spelt?: number;
  dotted?: boolean;
  informal?: boolean;
  /** a common phrase of the field, no body's nor title's name ("phòng cháy, chữa cháy"): outside ABBR-01 */
  phrase?: boolean;
  wrong?: string[];
}

const ENTRIES = abbreviations.entries as Entry[];

/**
 * Known in the genre: the genre's real drafts write it bare in GENRE_DRAFTS drafts or more and
 * spell it out first in at most one of GENRE_SPELT ("Bộ CHQS tỉnh": 8 drafts, never spelt out;
 * "Hội CCB xã"). Its readers know it as they know UBND; the whitelist where the figures are
 * thick says the same (UBND 49 drafts, 0 spelt out; HĐND 16, 2; BTV 10, 1). An abbreviation
 * the genre spells out often ("hợp tác xã (HTX)": 5 of 9) or seldom uses ("ĐBSCL") is still
 * reported.
 */
const GENRE_DRAFTS = 3;
const GENRE_SPELT = 4;
const knownInGenre = (e: Entry): boolean => (e.drafts ?? 0) >= GENRE_DRAFTS && (e.spelt ?? 0) * GENRE_SPELT <= (e.drafts ?? 0);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** whole token: not inside a word, nor part of a document code ("18-NQ/TW", "KH-UBND") */
const token = (s: string, flags = 'gu', pattern = false): RegExp =>
  new RegExp(`(?<!\\p{L}|\\p{N}|[/.-])(?:${pattern ? s : escape(s)})(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])`, flags);

/**
 * (each full form's pattern made on its first use: only the abbreviations a draft uses need one)
 * ABBR-01 asks the full form first of an organisation's or a title's abbreviation; one that
 * shortens a common phrase of the field ("PCCC", "ANTT", "CNTT": `phrase`) is no body's name and
 * is not asked for (the sub-editors' annotations leave "nghiệp vụ PCCC" as it stands).
 */
const INTRODUCED = ENTRIES.filter((e) => !e.known && !knownInGenre(e) && !e.informal && !e.dotted && !e.phrase).map((e) => {
  let made: RegExp | undefined;
  // (the abbreviation in NFC, as the scan finds it: made once, not for every entry of every lint)
  return { ...e, key: nfc(e.abbr), fullRe: (): RegExp => (made ??= fullFormPattern(e.full)) };
});
/** one pass for all of them, longest first ("UBMTTQ" before "MTTQ") */
const ANY_INTRODUCED = new RegExp(
  `(?<!\\p{L}|\\p{N}|[/.-])(?:${INTRODUCED.map((e) => escape(nfc(e.abbr))).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])`,
  'gu',
);
const MISSPELT = new Map(ENTRIES.flatMap((e) => (e.informal ? [] : (e.wrong ?? []).map((w) => [nfc(w), e] as const))));
const ANY_MISSPELT = token([...MISSPELT.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu', true);
const INFORMAL = ENTRIES.filter((e) => e.informal).map((e) => ({
  entry: e,
  re: new RegExp(`(?<!\\p{L}|\\p{N}|[/.-])(?:${[e.abbr, ...(e.wrong ?? [])].map((w) => escape(nfc(w))).join('|')})(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])`, 'giu'),
}));

/**
 * The full form as a pattern: any case, blanks of any width, either tone placement
 * ("Ủy ban" / "Uỷ ban"), so "Uỷ ban Kiểm tra" introduces "UBKT".
 */
function fullFormPattern(full: string): RegExp {
  const word = (w: string): string => `(?:${[...new Set([w, withToneStyle(w, 'old'), withToneStyle(w, 'new')])].map(escape).join('|')})`;
  // "phòng cháy, chữa cháy" is also written "phòng cháy và chữa cháy" or "phòng cháy - chữa cháy"
  const groups = nfc(full).split(/\s*,\s*/u).map((g) => g.split(/\s+/u).map(word).join('[\\s\\u00a0]+'));
  const comma = '(?:[\\s\\u00a0]*[,-][\\s\\u00a0]*|[\\s\\u00a0]+và[\\s\\u00a0]+|[\\s\\u00a0]+)';
  return new RegExp(`(?<!\\p{L}|\\p{N})${groups.join(comma)}(?!\\p{L}|\\p{N})`, 'iu');
}

function inScope(p: Paragraph): boolean {
  return p.kind !== 'metadata' && p.kind !== 'chrome' && p.kind !== 'byline';
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What a paragraph writes, at offsets in it: found once per paragraph text (see `paragraphScan`). */
interface ParagraphScan {
  /** [offset, abbreviation] of each abbreviation that needs introducing */
  introduced: Array<[number, string]>;
  /** [offset, written form] of each misspelt one */
  misspelt: Array<[number, string]>;
  /**
   * [INFORMAL index, start, end, 1 when it is written with a capital, 1 when it runs into the
   * end of the word it stands for ("đ/c chí")] of each informal one
   */
  informal: Array<[number, number, number, number, number]>;
}

/**
 * The abbreviations of one paragraph (view text), or null for a paragraph that NFC would
 * change in length (a decomposed one is left to unicode-normalisation): what a paragraph writes
 * depends on its text alone, so a re-check scans the edited one, not every paragraph with
 * every pattern (kept by text, bounded: bounded-cache.ts).
 */
function paragraphScan(seg: string): ParagraphScan | null {
  let found = scans.get(seg);
  if (found === undefined) scans.set(seg, (found = scanParagraph(seg)));
  return found;
}
const scans = new BoundedCache<ParagraphScan | null>('abbreviation-first-use.paragraphs', 256 * 1024);

function scanParagraph(seg: string): ParagraphScan | null {
  const norm = nfc(seg);
  if (norm.length !== seg.length) return null;
  const introduced = [...matchesOf(ANY_INTRODUCED, norm)].map((m): [number, string] => [m.index ?? 0, m[0]]);
  const misspelt = [...matchesOf(ANY_MISSPELT, norm)].map((m): [number, string] => [m.index ?? 0, m[0]]);
  const informal: Array<[number, number, number, number, number]> = [];
  INFORMAL.forEach(({ entry, re }, k) => {
    const lastWord = entry.full.split(' ').pop() ?? '';
    for (const m of matchesOf(re, norm)) {
      const start = m.index ?? 0;
      let end = start + m[0].length;
      // "đ/c chí": the abbreviation plus the end of the word it stands for (lower case: "đ/c Chí" is a name)
      const tail = new RegExp(`^[ \\t\\u00a0]+${escape(lastWord)}(?!\\p{L}|\\p{N})`, 'u').exec(norm.slice(end));
      if (tail) end += tail[0].length;
      informal.push([k, start, end, /^\p{Lu}/u.test(m[0]) ? 1 : 0, tail ? 1 : 0]);
    }
  });
  return { introduced, misspelt, informal };
}

export const abbreviationFirstUse: Rule = {
  meta: {
    id: 'abbreviation-first-use',
    category: 'text',
    defaultSeverity: 'info',
    fixable: true,
    description: {
      vi: 'Chữ viết tắt cần được viết đầy đủ ở lần dùng đầu tiên; chữ viết tắt phải viết đúng.',
      en: 'Write an abbreviation in full at its first use; spell abbreviations correctly.',
    },
    rationale: {
      vi: 'Người đọc không phải ai cũng hiểu các chữ viết tắt như BCĐ, LLVT. Lần đầu nên viết đầy đủ kèm chữ viết tắt trong ngoặc: “Ban Chỉ đạo (BCĐ)”. Các chữ quen thuộc như UBND, HĐND, MTTQ không cần.',
      en: 'Not every reader knows abbreviations such as BCĐ or LLVT. Write the full form once with the abbreviation in brackets: “Ban Chỉ đạo (BCĐ)”. Well-known ones such as UBND, HĐND, MTTQ need no introduction.',
    },
    messages: {
      noFull: {
        vi: 'Chữ viết tắt “{abbr}” chưa được giải thích; lần dùng đầu nên viết đầy đủ “{full} ({abbr})”.',
        en: 'The abbreviation “{abbr}” is never spelt out; write “{full} ({abbr})” at its first use.',
      },
      beforeFull: {
        vi: 'Chữ viết tắt “{abbr}” được dùng trước khi viết đầy đủ “{full}”.',
        en: 'The abbreviation “{abbr}” is used before its full form “{full}”.',
      },
      misspelt: { vi: 'Viết tắt sai: “{written}” → “{abbr}” ({full}).', en: 'Misspelt abbreviation: “{written}” → “{abbr}” ({full}).' },
      informal: {
        vi: 'Cách viết tắt suồng sã “{written}” không dùng trong tin đăng; viết “{fixed}”.',
        en: 'The informal abbreviation “{written}” has no place in a published item; write “{fixed}”.',
      },
      informalRunIn: {
        vi: '“{written}” là cách viết tắt suồng sã “{abbr}” viết lẫn với chữ nó thay thế; viết “{fixed}”.',
        en: '“{written}” is the informal abbreviation “{abbr}” run into the word it stands for; write “{fixed}”.',
      },
      spellOut: { vi: 'Viết “{fixed}”', en: 'Write “{fixed}”' },
    },
  },
  check({ draft, report }) {
    const { text, view } = draft;
    const segments = draft.paragraphs.filter(inScope).flatMap((p) => {
      const found = paragraphScan(paragraphProse(view, p));
      return found ? [{ p, found }] : [];
    });

    // ABBR-01: first use of each abbreviation outside the headline (a headline cannot introduce)
    const firstUse = new Map<string, { start: number; end: number }>();
    for (const { p, found } of segments) {
      if (p.kind === 'headline') continue;
      for (const [at, abbr] of found.introduced) if (!firstUse.has(abbr)) firstUse.set(abbr, { start: p.start + at, end: p.start + at + abbr.length });
    }
    let sentenceStarts: Set<number | undefined> | undefined;
    // (a draft that uses none of them, most, is settled without a look at the list)
    for (let k = 0; k < INTRODUCED.length && firstUse.size > 0; k++) {
      const e = INTRODUCED[k];
      const first = firstUse.get(e.key);
      if (!first) continue;
      const found = e.fullRe().exec(text);
      if (found && (found.index ?? 0) < first.start) continue;
      const later = found !== null;
      sentenceStarts ??= new Set(draft.sentences.map((s) => s.words[0]?.start));
      const fixed = `${sentenceStarts.has(first.start) ? capitalise(e.full) : e.full} (${e.abbr})`;
      report({
        ...first,
        messageId: later ? 'beforeFull' : 'noFull',
        args: { abbr: e.abbr, full: e.full },
        suggestions: [{ messageId: 'spellOut', args: { fixed }, edits: [{ ...first, text: fixed }] }],
      });
    }

    // ABBR-02: misspellings and informal forms, headline included
    for (const { p, found } of segments) {
      for (const [at, written] of found.misspelt) {
        const entry = MISSPELT.get(written)!;
        const start = p.start + at;
        const edits = [{ start, end: start + written.length, text: entry.abbr }];
        report({
          start,
          end: start + written.length,
          messageId: 'misspelt',
          args: { written, abbr: entry.abbr, full: entry.full },
          severity: 'warning',
          fix: edits,
          suggestions: [{ messageId: 'spellOut', args: { fixed: entry.abbr }, edits }],
        });
      }
      for (const [k, from, to, capital, runIn] of found.informal) {
        const { entry } = INFORMAL[k];
        const start = p.start + from;
        const end = p.start + to;
        // a capital only where the sentence starts: "có Đ/c Trần …" → "có đồng chí Trần …"
        const upper = capital === 1 && isSentenceStart(draft, start);
        const fixed = upper ? capitalise(entry.full) : entry.full;
        const edits = [{ start, end, text: fixed }];
        report({
          start,
          end,
          messageId: runIn ? 'informalRunIn' : 'informal',
          args: { written: text.slice(start, end), abbr: entry.abbr, fixed },
          severity: 'warning',
          fix: edits,
          suggestions: [{ messageId: 'spellOut', args: { fixed }, edits }],
        });
      }
    }
  },
};
