/**
 * spelling: syllables that are not Vietnamese ("trển", "tyrong", "nghiêp"), tone marks in
 * the wrong place ("tòan", "qúy"), and valid syllables in the wrong word ("đạo đúc",
 * "bồi dưởng" … found with the genre's word list; "chấp lượng" found with the genre's syllable-pair
 * figures), unmarked non-syllables in a Vietnamese draft ("trog", "khong"), and old spellings
 * ("qui định"). Suggestions are quick fixes a human chooses; `--fix` applies only the
 * modern form of a clear old spelling.
 */
import type { Report, Rule, RuleContext, Suggestion } from '../core/types.js';
import type { Sentence } from '../core/draft.js';
import { withToneStyle } from '../core/normalise.js';
import { toneMajority } from '../core/tone-majority.js';
import { syllables } from '../core/spell/dictionary.js';
import { genreWords, isListed } from '../core/spell/genre-words.js';
import { isVietnameseText, keyboardNeighbours as neighbours, pairedVariant, pairSlip, plainSlip } from '../core/spell/slips.js';
import { fitsContext, rankSuggestions, type SyllableContext } from '../core/spell/suggest.js';
import { FREQUENT_PAIR, pairWeight } from '../core/spell/pairs.js';
import { gluedSplit } from '../core/spell/split.js';
import { canonicalTone, foldKey, lookupKey, markDifference, withCaseOf } from '../core/spell/syllable.js';
import oldSpellings from '../../../dictionaries/old-spellings.json';
import { draftDebris } from '../core/web-debris.js';
import { BoundedCache } from '../core/bounded-cache.js';
import { isProjectWord, linkSpans, projectWords, sentenceTokens, type ProjectWords, type Token } from '../core/spell/tokens.js';

const MAX_SUGGESTIONS = 5;

/** "qui định" → "quy định": dictionaries/old-spellings.json, by the lookup keys of the two syllables. */
const OLD_SPELLINGS = new Map(
  oldSpellings.entries.map((e) => [e.written.split(' ').map(lookupKey).join(' '), { meant: e.meant.split(' ').map(lookupKey), status: e.status }]),
);

/**
 * "tyrong": one letter struck by a neighbouring finger (or doubled) on top of a common
 * unaccented syllable ("trong", a syllable of the genre's word list). English words one letter away from a syllable ("chain", "wrong")
 * are not keyboard slips and stay unflagged.
 */
function extraLetterOfPlainSyllable(key: string, common: Set<string>): boolean {
  for (let i = 0; i < key.length; i++) {
    if (!common.has(key.slice(0, i) + key.slice(i + 1))) continue;
    const c = key[i];
    const before = key[i - 1] ?? '';
    const after = key[i + 1] ?? '';
    if (c === before || c === after || neighbours(c, before) || neighbours(c, after)) return true;
  }
  return false;
}

/** Letters between two tokens are only blanks (no punctuation, no line break). */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start));
}

function contextOf(tokens: Token[], i: number): SyllableContext {
  const before: string[] = [];
  const after: string[] = [];
  if (tokens[i - 1]) before.push(tokens[i - 1].key);
  if (tokens[i - 2] && tokens[i - 1]) before.push(tokens[i - 2].key);
  if (tokens[i + 1]) after.push(tokens[i + 1].key);
  if (tokens[i + 2] && tokens[i + 1]) after.push(tokens[i + 2].key);
  return { before, after };
}

interface SentenceScan {
  tokens: Token[];
  /** the sentence is written in capitals (a caps headline): its capitals are words */
  caps: boolean;
}

function scan(sentence: Sentence, links: ReturnType<typeof linkSpans>, words: ProjectWords): SentenceScan {
  const tokens = sentenceTokens(sentence, links, words);
  const letters = tokens.filter((t) => t.text.length > 1);
  const caps = letters.length >= 3 && letters.filter((t) => t.info.allCaps).length / letters.length >= 0.7;
  return { tokens, caps };
}

/** A capitalised token that is not just the first word of its sentence: part of a name. */
function inName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.info.capitalised) return false;
  if (i > 0) return true;
  const next = tokens[i + 1];
  return !!next && next.info.capitalised;
}

export const spelling: Rule = {
  meta: {
    id: 'spelling',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Lỗi chính tả: âm tiết không có trong tiếng Việt, dấu thanh đặt sai chỗ, hoặc âm tiết đúng nhưng sai từ (“đạo đúc”).',
      en: 'Spelling: syllables that are not Vietnamese, misplaced tone marks, or valid syllables in the wrong word (“đạo đúc”).',
    },
    rationale: {
      vi: 'Lỗi chính tả làm giảm uy tín của bản tin chính thống. Gợi ý sửa chỉ áp dụng khi người viết chọn; lệnh sửa tự động chỉ thay cách viết cũ đã rõ (“qui định” → “quy định”).',
      en: 'Misspellings undermine an official news item. Suggestions are applied only when the writer picks one; automatic fixing changes only clear old spellings (“qui định” → “quy định”).',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        context: {
          type: 'boolean',
          default: true,
          description: 'Also check pairs of valid syllables against the list of common words (“đạo đúc” → “đạo đức”).',
        },
      },
      additionalProperties: false,
    },
    messages: {
      unknown: {
        vi: '“{word}” không phải là âm tiết tiếng Việt viết đúng chính tả.',
        en: '“{word}” is not a correctly spelt Vietnamese syllable.',
      },
      unknownSuggest: {
        vi: '“{word}” viết sai chính tả; có phải là “{suggestion}”?',
        en: '“{word}” is misspelt; did you mean “{suggestion}”?',
      },
      tonePlacement: {
        vi: 'Dấu thanh trong “{word}” đặt sai vị trí; viết đúng là “{suggestion}”.',
        en: 'The tone mark in “{word}” is in the wrong place; write “{suggestion}”.',
      },
      context: {
        vi: '“{word}” có thể viết sai chính tả; có phải là “{suggestion}”?',
        en: '“{word}” may be misspelt; did you mean “{suggestion}”?',
      },
      name: {
        vi: 'Âm tiết “{word}” không có trong từ điển. Nếu đây là tên riêng, hãy thêm vào từ điển dự án.',
        en: '“{word}” is not in the dictionary. If it is a name, add it to the project word list.',
      },
      oldSpelling: {
        vi: '“{word}” là cách viết cũ, văn bản chính thức nay viết “{suggestion}”.',
        en: '“{word}” is an old spelling; official texts now write “{suggestion}”.',
      },
      variantSpelling: {
        vi: '“{word}” và “{suggestion}” đều còn được dùng; văn bản chính thức thường viết “{suggestion}”.',
        en: '“{word}” and “{suggestion}” are both in use; official texts usually write “{suggestion}”.',
      },
      glued: {
        vi: '“{word}” thiếu dấu cách giữa hai tiếng; có phải là “{suggestion}”?',
        en: '“{word}” lacks the space between two syllables; did you mean “{suggestion}”?',
      },
      replace: { vi: 'Sửa thành “{replacement}”', en: 'Change to “{replacement}”' },
    },
  },
  check(context) {
    const { draft, config, options } = context;
    const valid = syllables();
    const lexicon = genreWords();
    const words = projectWords(config.words);
    // links and web debris ("huyệnnbsp;ủy"): not words; web-leftover reports the debris
    const links = [...linkSpans(draft.text), ...draftDebris(draft.view, draft.paragraphs)];
    // the style tone-mark-style holds the draft to, so a suggestion is never flagged in turn
    const style = toneMajority(context.draft, context.config).style;
    const useContext = options.context !== false;
    // a draft in Vietnamese: most of its words carry a mark, so an unmarked non-syllable
    // ("trog", "khong") is a slip there, not a foreign word
    let marked: boolean | undefined;
    const vietnameseDraft = (): boolean => (marked ??= isVietnameseText(draft.words.map((w) => w.text)));
    const text = draft.text;
    const written = (key: string, like: string): string => withCaseOf(like, withToneStyle(key, style));
    const replace = (t: Token, key: string): Suggestion => {
      const replacement = written(key, t.text);
      return { messageId: 'replace', args: { replacement }, edits: [{ start: t.start, end: t.end, text: replacement }] };
    };
    // a sentence's findings depend only on its text and these settings: a re-check after an
    // edit reuses the findings of every sentence the edit did not touch
    const setting = `${draft.format}|${style}|${useContext ? 1 : 0}|${wordsSignature(config.words)}|`;

    for (const p of draft.paragraphs) {
      if (p.kind === 'chrome' || p.kind === 'metadata') continue;
      for (const sentence of p.sentences) {
        const memoKey = setting + sentence.text;
        const known = sentenceMemo.get(memoKey);
        if (known && !links.some((l) => l.start < sentence.end && l.end > sentence.start)) {
          for (const r of known) context.report(shift(r, sentence.start));
          continue;
        }
        const found: Report[] = [];
        const report = (r: Report): void => {
          found.push(r);
          context.report(r);
        };
        const { tokens, caps } = scan(sentence, links, words);
        const flagged = new Set<number>();

        // 0. spellings official writing no longer uses ("qui định" → "quy định")
        for (let i = 0; i + 1 < tokens.length; i++) {
          const a = tokens[i];
          const b = tokens[i + 1];
          const old = OLD_SPELLINGS.get(`${a.key} ${b.key}`);
          if (!old || a.skip || b.skip || !adjacent(text, a, b) || (b.info.capitalised && !a.info.allCaps)) continue;
          const phrase = text.slice(a.start, b.end);
          const edits = [a, b].flatMap((t, k) => (t.key === old.meant[k] ? [] : [{ start: t.start, end: t.end, text: written(old.meant[k], t.text) }]));
          const suggestion = [a, b].map((t, k) => written(old.meant[k], t.text)).join(' ');
          const clear = old.status === 'clear';
          report({
            start: a.start,
            end: b.end,
            messageId: clear ? 'oldSpelling' : 'variantSpelling',
            args: { word: phrase, suggestion },
            ...(clear ? { fix: edits } : { severity: 'info' as const }),
            suggestions: [{ messageId: 'replace', args: { replacement: suggestion }, edits }],
            data: { word: phrase },
          });
          flagged.add(i);
          flagged.add(i + 1);
        }

        // an unaccented word among Vietnamese syllables of a Vietnamese draft: "website chat" is English
        const amidVietnamese = (i: number): boolean => [tokens[i - 1], tokens[i + 1]].every((n) => !n || valid.has(n.key)) && vietnameseDraft();

        // 1. syllables that are not Vietnamese
        tokens.forEach((t, i) => {
          if (t.skip || flagged.has(i) || valid.has(t.key)) return;
          const { allCaps, vietnamese } = t.info;
          if (allCaps && !(caps && vietnamese)) return; // "PCCC", "LLVT": abbreviations
          const around = contextOf(tokens, i);
          // "tổchức", "trongkhi": two syllables the genre writes side by side, the space lost
          const split = gluedSplit(t.text, (k) => valid.has(k));
          const unsplit = split ? `${t.text.slice(0, split.at)} ${t.text.slice(split.at)}` : '';
          const splitting: Suggestion | undefined = split && {
            messageId: 'replace',
            args: { replacement: unsplit },
            edits: [{ start: t.start + split.at, end: t.start + split.at, text: ' ' }],
          };
          // a marked token needs only two syllables the genre has paired; an unmarked one
          // ("trongkhi") a frequent pair among Vietnamese words, or it may be English
          const glued = split && (vietnamese ? split.weight > 0 : split.weight >= FREQUENT_PAIR && !/\p{Lu}/u.test(t.text) && amidVietnamese(i));
          if (glued && splitting && !(/\p{Lu}/u.test(t.text) && inName(tokens, i))) {
            flagged.add(i);
            report({ start: t.start, end: t.end, messageId: 'glued', args: { word: t.text, suggestion: unsplit }, suggestions: [splitting], data: { word: t.text } });
            return;
          }
          let meant: string | undefined;
          if (!vietnamese) {
            // an unaccented word: English ("camera", "zoom") unless it is a Vietnamese
            // syllable with one extra letter typed ("tyrong" → "trong"), or its accents were
            // forgotten in a listed word ("hoc tập" → "học tập")
            if (/\p{Lu}/u.test(t.text)) return;
            const typo = t.key.length >= 5 && extraLetterOfPlainSyllable(t.key, lexicon.syllables);
            const forgotten = (r: { key: string }): boolean => foldKey(r.key) === t.info.fold && fitsContext(r.key, around);
            const amid = amidVietnamese(i);
            meant = amid ? plainSlip(t.key, around) : undefined;
            // no vowel at all ("cc", "lnh") between two Vietnamese words, blanks apart ("vv." is
            // "vân vân", ".vn" a domain): no word of any language a Vietnamese draft uses
            const between = i > 0 && i + 1 < tokens.length && adjacent(text, tokens[i - 1], t) && adjacent(text, t, tokens[i + 1]);
            const vowelless = amid && between && !/[aeiouy]/u.test(t.info.fold);
            if (!typo && !rankSuggestions(t.text, around, 1).some(forgotten) && !meant && !vowelless) return;
          }
          // the syllable the neighbours or the genre's figures point to comes first
          meant ??= pairedVariant(t.key, around);
          const ranked = rankSuggestions(t.text, around, MAX_SUGGESTIONS);
          if (meant && ranked[0]?.key !== meant) ranked.splice(0, ranked.length, { key: meant, score: 0 }, ...ranked.filter((r) => r.key !== meant).slice(0, MAX_SUGGESTIONS - 1));
          flagged.add(i);
          const suggestions = ranked.map((r) => replace(t, r.key));
          // two syllables the genre has never paired: still a likely reading, after the others
          if (splitting && vietnamese) suggestions.splice(MAX_SUGGESTIONS - 1, Infinity, splitting);
          const data = { word: t.text };
          // a misplaced tone mark ("Hòang") is a slip even in a name
          const canonical = canonicalTone(t.text);
          // …unless the neighbours say the tone itself is the slip ("qúy định" → "quy định")
          const misplaced =
            canonical !== t.key &&
            valid.has(canonical) &&
            foldKey(canonical) === t.info.fold &&
            !(ranked[0] && ranked[0].key !== canonical && fitsContext(ranked[0].key, around) && !fitsContext(canonical, around));
          // a syllable of a name is never spelt ("Hản", "Chnăm", "Lênin"): names are the writer's
          if (!misplaced && !allCaps && inName(tokens, i)) {
            flagged.delete(i);
            return;
          }
          if (misplaced) {
            const suggestion = written(canonical, t.text);
            report({ start: t.start, end: t.end, messageId: 'tonePlacement', args: { word: t.text, suggestion }, suggestions: [replace(t, canonical), ...suggestions.filter((s) => s.args?.replacement !== suggestion)].slice(0, MAX_SUGGESTIONS), data });
            return;
          }
          if (suggestions.length) {
            report({ start: t.start, end: t.end, messageId: 'unknownSuggest', args: { word: t.text, suggestion: String(suggestions[0].args?.replacement) }, suggestions, data });
          } else {
            report({ start: t.start, end: t.end, messageId: 'unknown', args: { word: t.text }, data });
          }
        });

        if (!useContext) {
          remember(memoKey, found.map((r) => shift(r, -sentence.start)));
          continue;
        }

        // 2. valid syllables in the wrong word. Candidates compete: in "sở tài chĩnh" both
        // "sở tại" and "tài chính" are one mark away; longer words first, then the cheaper
        // slip, then the one that changes a rarer syllable ("chĩnh", not "tài")
        const candidates: Array<{ first: number; size: number; at: number; keys: string[]; rank: number }> = [];
        for (const size of [3, 2]) {
          for (let i = 0; i + size <= tokens.length; i++) {
            const fold = size === 2 ? `${tokens[i].info.fold} ${tokens[i + 1].info.fold}` : `${tokens[i].info.fold} ${tokens[i + 1].info.fold} ${tokens[i + 2].info.fold}`;
            const listed = lexicon.byFold.get(fold);
            if (!listed) continue;
            const group = tokens.slice(i, i + size);
            if (group.some((t, k) => t.skip || flagged.has(i + k) || !valid.has(t.key))) continue;
            if (group.some((t, k) => k > 0 && !adjacent(text, group[k - 1], t))) continue;
            // names ("Nguyễn Văn Đức", "Đạo Đức"): a capital after the group's first syllable; a
            // capital on the first one only is a sentence start or an organisation ("Cục Chuyển đổi số")
            if (group.some((t, k) => (t.info.allCaps ? !caps : t.info.capitalised && k > 0))) continue;
            const keys = group.map((t) => t.key);
            if (isListed(keys)) continue;
            if (isProjectWord(words, text.slice(group[0].start, group[size - 1].end))) continue;
            const match = bestMatch(keys, listed, tokens, i);
            if (!match) continue;
            const rank = (3 - size) * 10 + match.cost * 2 + (lexicon.syllables.has(keys[match.at]) ? 1 : 0);
            candidates.push({ first: i, size, at: match.at, keys: match.keys, rank });
          }
        }
        candidates.sort((a, b) => a.rank - b.rank || a.first - b.first);
        for (const c of candidates) {
          const group = tokens.slice(c.first, c.first + c.size);
          if (group.some((_, k) => flagged.has(c.first + k))) continue;
          const phrase = text.slice(group[0].start, group[c.size - 1].end);
          const t = group[c.at];
          const suggestion = group.map((g, k) => (k === c.at ? written(c.keys[k], g.text) : g.text)).join(' ');
          report({
            start: group[0].start,
            end: group[c.size - 1].end,
            messageId: 'context',
            args: { word: phrase, suggestion },
            suggestions: [replace(t, c.keys[c.at])],
            data: { word: phrase },
          });
          for (let k = 0; k < c.size; k++) flagged.add(c.first + k);
        }
        // 3. a valid syllable no pair of the genre explains, one slip from a frequent pair
        // ("chấp lượng" → "chất lượng", "tuyên chuyền" → "tuyên truyền"); names never
        const word = (j: number): string | undefined => {
          const n = tokens[j];
          if (!n || n.skip || flagged.has(j) || !valid.has(n.key) || (n.info.allCaps && !caps)) return undefined;
          // a capital may start a name ("Trung tướng", "Hà Nội"): no evidence about its neighbour
          if (n.info.capitalised) return undefined;
          return n.key;
        };
        // the syllables joined to a token by blanks only, up to three each side: punctuation, a
        // name or a number ends the run
        const keys = tokens.map((_, j) => word(j));
        const joined = tokens.map((t, j) => j > 0 && adjacent(text, tokens[j - 1], t));
        tokens.forEach((t, i) => {
          // a capital ("Trung tướng", "Hội") may start a name: only lower-case syllables are judged
          if (flagged.has(i) || !keys[i] || t.info.capitalised || t.info.allCaps) return;
          // the run around the token, three each side: a window, not an array as long as the
          // sentence (that made a 20,000-token sentence cost 20,000² steps)
          const lo = Math.max(0, i - 3);
          const around: Array<string | undefined> = new Array(Math.min(tokens.length, i + 4) - lo).fill(undefined);
          around[i - lo] = keys[i];
          for (let j = i - 1; j >= lo && keys[j] && joined[j + 1]; j--) around[j - lo] = keys[j];
          for (let j = i + 1; j <= i + 3 && j < tokens.length && keys[j] && joined[j]; j++) around[j - lo] = keys[j];
          const slip = pairSlip(around, i - lo);
          if (!slip) return;
          const other = tokens[i + slip.side];
          const [first, last] = slip.side < 0 ? [other, t] : [t, other];
          const phrase = text.slice(first.start, last.end);
          const meant = written(slip.key, t.text);
          const suggestion = slip.side < 0 ? `${other.text} ${meant}` : `${meant} ${other.text}`;
          report({ start: first.start, end: last.end, messageId: 'context', args: { word: phrase, suggestion }, suggestions: [replace(t, slip.key)], data: { word: phrase } });
          flagged.add(i);
          flagged.add(i + slip.side);
        });
        found.sort((a, b) => a.start - b.start);
        remember(memoKey, found.map((r) => shift(r, -sentence.start)));
      }
    }
  },
};

/** findings per sentence text and settings: bounded by bytes, holding copies (bounded-cache.ts) */
const sentenceMemo = new BoundedCache<Report[]>(8 * 1024 * 1024);

function remember(key: string, reports: Report[]): void {
  sentenceMemo.set(key, reports);
}

function shift(r: Report, by: number): Report {
  return {
    ...r,
    start: r.start + by,
    end: r.end + by,
    ...(r.suggestions ? { suggestions: r.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })) } : {}),
  };
}

const signatures = new WeakMap<Set<string>, number>();
const signatureIds = new Map<string, number>();

/** A small number per distinct project word list (each resolved config has a new Set). */
function wordsSignature(words: Set<string>): number {
  let id = signatures.get(words);
  if (id === undefined) {
    const content = [...words].sort().join('\u0001');
    id = signatureIds.get(content);
    if (id === undefined) {
      if (signatureIds.size > 100) signatureIds.clear();
      id = signatureIds.size + 1;
      signatureIds.set(content, id);
    }
    signatures.set(words, id);
  }
  return id;
}

/**
 * The listed word a group of valid syllables most likely meant: exactly one syllable differs,
 * by one mark (a tone, or a vowel mark such as ư/u, ơ/o, đ/d), and neither the kept nor the changed syllable
 * belongs to a listed word with its other neighbour ("bắt đầu từ" is not a slip for "đầu tư").
 */
function bestMatch(keys: string[], listed: string[][], tokens: Token[], first: number): { keys: string[]; at: number; cost: number } | undefined {
  let best: { keys: string[]; at: number; cost: number } | undefined;
  for (const entry of listed) {
    const diff = entry.map((k, n) => (k === keys[n] ? -1 : n)).filter((n) => n >= 0);
    if (diff.length !== 1) continue;
    const at = diff[0];
    const d = markDifference(keys[at], entry[at]);
    const cost = d.quality + (d.tone > 0 ? 1 : 0);
    // one slip only: a tone key or a vowel-mark key ("có bản" is two marks from "cơ bản")
    if (d.letters > 0 || cost > 1) continue;
    if (!best || cost < best.cost) best = { keys: entry, at, cost };
  }
  if (!best) return undefined;
  // a function word next to a common word is ordinary text ("có thẻ bảo hiểm", "có thẻ
  // đảng viên"): only a rare syllable there ("có thê") is taken for a slip ("có thể"), or a
  // common one stranded, making no known pair on its far side either ("sau đo phát")
  const { functionWords, syllables: common } = genreWords();
  const at = best.at;
  const far = tokens[at === 0 ? first - 1 : first + keys.length];
  const stranded = !far || !(at === 0 ? pairWeight(far.key, keys[at]) : pairWeight(keys[at], far.key));
  if (keys.some((k, n) => n !== at && functionWords.has(k)) && common.has(keys[at]) && !stranded) return undefined;
  if (straddled(tokens, first, keys.length, at)) return undefined;
  // the correction must explain more of the neighbourhood with listed words than the text as
  // written: "hợp đồng bao tiêu" is "hợp đồng" + "bao tiêu", not "hợp" + "đồng bào"
  const lo = Math.max(0, first - 2);
  const hi = Math.min(tokens.length, first + keys.length + 2);
  const written = tokens.slice(lo, hi).map((t) => t.key);
  const corrected = [...written];
  corrected[first + at - lo] = best.keys[at];
  return coverage(corrected) > coverage(written) ? best : undefined;
}

/**
 * True when a listed word of two or three syllables takes the syllable that would change and
 * a syllable outside the group, and so explains the text as written: "có thế hệ" ("thế hệ"),
 * "chuyển đổi số tại" ("chuyển đổi số").
 */
function straddled(tokens: Token[], first: number, size: number, at: number): boolean {
  const changed = first + at;
  for (let m = 2; m <= 3; m++) {
    for (let j = changed - m + 1; j <= changed; j++) {
      if (j < 0 || j + m > tokens.length) continue;
      if (j >= first && j + m <= first + size) continue;
      if (isListed(tokens.slice(j, j + m).map((t) => t.key))) return true;
    }
  }
  return false;
}

/** How many syllables listed words can cover, at most, in a run of syllables (no overlaps). */
function coverage(keys: string[]): number {
  const best = new Array<number>(keys.length + 1).fill(0);
  for (let i = 1; i <= keys.length; i++) {
    best[i] = best[i - 1];
    for (let m = 2; m <= 3 && m <= i; m++) {
      if (isListed(keys.slice(i - m, i))) best[i] = Math.max(best[i], best[i - m] + m);
    }
  }
  return best[keys.length];
}
