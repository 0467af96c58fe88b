/** One body at a word: the lexicon's chain or the grammar's reading, whichever knows more. */
import type { Draft, Sentence } from '../draft.js';
import type { Tries } from './entries.js';
import { isCapitalised } from '../casing.js';
import { keysOf } from './words.js';
import { typeWordAt } from './grammar.js';
import { chainAt } from './organisations.js';
import { patternAt } from './unknown-bodies.js';
import { applyChecks } from './checks.js';
import type { OrganisationMatch } from './types.js';

/**
 * The body starting at word i. A lexicon chain wins unless it says nothing (only a type word:
 * "Chi cục", "Ban Chỉ đạo" with nothing after it) and the grammar knows more, or the grammar
 * reads a longer name than one entry ("Trường Đại học" + "Khoa học Xã hội và Nhân văn";
 * "Ban Chỉ huy" + "Phòng, chống thiên tai và Tìm kiếm cứu nạn"). `afterTitle`: a title's head
 * syllable is the body's first ("Trưởng Ban Chỉ huy …").
 */
export function bodyAt(draft: Draft, s: Sentence, tries: Tries, i: number, afterTitle: boolean | 'head'): { match: OrganisationMatch; endIndex: number } | undefined {
  const chain = chainAt(draft, s, tries, i, afterTitle);
  if (chain && (chain.match.parts.length > 1 || chain.match.place)) return chain;
  // after a title's head syllable written lowercase the grammar only lengthens a name the lexicon
  // knows: the writer did not make the head a body's type word ("Trưởng ban Nghiệp vụ", "Trưởng
  // ban Hồ sơ Sự kiện tạp chí …"); a capital does ("Trưởng Ban Chỉ huy Phòng, chống …")
  if (afterTitle && !chain && !isCapitalised(s.words[i].text)) return undefined;
  const byGrammar = patternAt(draft, s, tries, i, afterTitle);
  if (!byGrammar || (chain && chain.match.parts[0].words.length > typeWordAt(keysOf(s), i) && byGrammar.endIndex <= chain.endIndex)) return chain;
  if (chain) {
    // the entry's own opinion on its words stands ("Sở Nội Vụ" + "Hà Tĩnh")
    const g = byGrammar.match;
    const mine = new Set(chain.match.checks.map((c) => c.word));
    g.checks = [...chain.match.checks, ...g.checks.filter((c) => !mine.has(c.word))];
    g.expected = g.canonical = applyChecks(draft.text, g.start, g.end, g.checks, true);
  }
  return byGrammar;
}
