/** Pass 0: spellings official writing no longer uses ("qui định" → "quy định"; dictionaries/old-spellings.json). */
import { lookupKey } from '../../core/spell/syllable.js';
import oldSpellings from '../../../../dictionaries/old-spellings.json';
import { PairMap } from '../../core/pair-map.js';
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
