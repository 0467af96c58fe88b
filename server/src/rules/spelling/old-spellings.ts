/** Pass 0: spellings official writing no longer uses ("qui định" → "quy định"; dictionaries/old-spellings.json). */
import { lookupKey } from '../../core/spell/syllable.js';
import oldSpellings from '../../../../dictionaries/old-spellings.json';
import { PairMap } from '../../core/pair-map.js';
import type { Token } from '../../core/spell/tokens.js';
import { adjacent, type SentenceCheck } from './sentence.js';

/**
 * "qui định" → "quy định": dictionaries/old-spellings.json, by the lookup keys of the two
 * syllables (asked for every pair of tokens: by the two keys, never a key joined per pair).
 */
const OLD_SPELLINGS = new PairMap(
  oldSpellings.entries.map((e) => [e.written.split(' ').map(lookupKey).join(' '), { meant: e.meant.split(' ').map(lookupKey), status: e.status }] as const),
);

/** Report the old spellings of a sentence and flag their tokens. */
export function oldSpellingsIn(c: SentenceCheck): void {
  const { text, tokens, flagged, written, report } = c;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const old = OLD_SPELLINGS.get(a.key, b.key);
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
}

/** the five tone marks as combining characters */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** "qui", "quí", "qũi" → "quy", "quý", "quỹ": the same tone on "y"; undefined for any other syllable */
function quyOf(key: string): string | undefined {
  // no letter decomposes to one starting with "q": every other syllable is settled here, not by
  // a decomposition and a regex each (asked twice for every token)
  if (key.charCodeAt(0) !== 0x71) return undefined;
  const parts = key.normalize('NFD');
  const tone = TONE.exec(parts)?.[0] ?? '';
  return parts.replace(TONE, '') === 'qui' ? `quy${tone}`.normalize('NFC') : undefined;
}

/**
 * "nội qui", "quí trọng", "qui đổi": after "qu" official writing spells the vowel "y" in every
 * word, listed above or not, so a "qu" + "i" syllable beside a Vietnamese word is that old
 * spelling; a name ("ông Trần Văn Quí") is the writer's, and a capital is a name except the one
 * opening a sentence before a lower-case word ("Quí vị đại biểu").
 */
export function quiSpellings(c: SentenceCheck): void {
  const { text, tokens, flagged, written, report } = c;
  const vietnamese = (n: Token | undefined): boolean => !!n && !n.skip && n.valid && !n.info.allCaps && !quyOf(n.key);
  tokens.forEach((t, i) => {
    const quy = quyOf(t.key);
    if (!quy || t.skip || flagged.has(i) || t.info.allCaps) return;
    const prev = tokens[i - 1] && adjacent(text, tokens[i - 1], t) ? tokens[i - 1] : undefined;
    const next = tokens[i + 1] && adjacent(text, t, tokens[i + 1]) ? tokens[i + 1] : undefined;
    if (t.info.capitalised && (i > 0 || !next || next.info.capitalised)) return;
    if (!vietnamese(prev) && !vietnamese(next)) return;
    const modern = written(quy, t.text);
    const edits = [{ start: t.start, end: t.end, text: modern }];
    report({ start: t.start, end: t.end, messageId: 'oldSpelling', args: { word: t.text, suggestion: modern }, fix: edits, suggestions: [{ messageId: 'replace', args: { replacement: modern }, edits }], data: { word: t.text } });
    flagged.add(i);
  });
}
