/** One body at a word: the lexicon's chain or the grammar's reading, whichever knows more. */
import type { Draft, Sentence } from '../draft.js';
import type { Tries } from './entries.js';
import { caseShape, isCapitalised, isSentenceStart, levelWordAt } from '../casing.js';
import { gapAt, keysOf } from './words.js';
import { typeWordAt, WHOLE_NAME_KEYS } from './grammar.js';
import { chainAt } from './organisations.js';
import { internationalBodyAt, mayOpenUnknownBody, patternAt, zonesAfterField } from './unknown-bodies.js';
import { applyChecks } from './checks.js';
import { longestAt } from './trie.js';
import type { OrganisationMatch } from './types.js';

/**
 * The body starting at word i. A lexicon chain wins unless it says nothing (only a type word:
 * "Chi cục", "Ban Chỉ đạo" with nothing after it) and the grammar knows more, or the grammar
 * reads a longer name than one entry ("Trường Đại học" + "Khoa học Xã hội và Nhân văn";
 * "Ban Chỉ huy" + "Phòng, chống thiên tai và Tìm kiếm cứu nạn"). `afterTitle`: a title's head
 * syllable is the body's first ("Trưởng Ban Chỉ huy …").
 */
export function bodyAt(draft: Draft, s: Sentence, tries: Tries, i: number, afterTitle: boolean | 'head'): { match: OrganisationMatch; endIndex: number } | undefined {
  const found = readBodyAt(draft, s, tries, i, afterTitle);
  if (found && !afterTitle && sharedTypeWord(draft, s, tries, i, found.endIndex)) {
    // one lowercase type word for a list of fields ("đại diện phòng Tư pháp, Nội vụ, Tài chính -
    // Kế hoạch"): the offices of those fields, no one body whose type word lost its capital
    found.match.named = false;
    found.match.generic = true;
  }
  return found;
}

function readBodyAt(draft: Draft, s: Sentence, tries: Tries, i: number, afterTitle: boolean | 'head'): { match: OrganisationMatch; endIndex: number } | undefined {
  // most words open no body: two lookups of the word's key settle them (the lexicon's first
  // syllables, the grammar's type words and heads), before the three readers each ask their own
  const key = keysOf(s)[i];
  if (!tries.organisations.next.has(key) && !mayOpenUnknownBody(key)) return undefined;
  const chain = chainAt(draft, s, tries, i, afterTitle);
  if (chain && (chain.match.parts.length > 1 || chain.match.place)) return chain;
  // after a title's head syllable written lowercase the grammar only lengthens a name the lexicon
  // knows: the writer did not make the head a body's type word ("Trưởng ban Nghiệp vụ", "Trưởng
  // ban Hồ sơ Sự kiện tạp chí …"); a capital does ("Trưởng Ban Chỉ huy Phòng, chống …")
  // (… unless it runs to the zones of one body: "Phó Trưởng ban | quản lý các khu công nghiệp
  // Long Hòa" heads that zones' board, the head syllable its type word; organisation-grammar.json zonePlurals)
  if (afterTitle && !chain && !isCapitalised(s.words[i].text) && !(afterTitle === 'head' && zonesAfterField(draft, s.words, keysOf(s), i + 1))) return undefined;
  const byGrammar = patternAt(draft, s, tries, i, afterTitle);
  // (an international body's Vietnamese name, its head no type word of the grammar: "Tổ chức Thương mại Thế giới")
  if (!byGrammar && !chain && !afterTitle) return internationalBodyAt(draft, s, i);
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

/**
 * The lowercase type word at i serves a list of fields: the body read up to word j is followed
 * by a comma and a capitalised field of its own, one that opens no body, no place and no name
 * the lexicon knows ("phòng Tư pháp, | Nội vụ"). A body after the comma ("phòng Tư pháp, Công
 * an xã") leaves the first one a body of its own.
 */
function sharedTypeWord(draft: Draft, s: Sentence, tries: Tries, i: number, j: number): boolean {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  if (caseShape(words[i].text) !== 'lower' || isSentenceStart(draft, words[i].start)) return false;
  // (a distinctive type word heads one body whose field is a list: "trung tâm Văn hóa, Thông tin và Thể thao")
  if (WHOLE_NAME_KEYS.has(keys.slice(i, i + typeWordAt(keys, i)).join(' '))) return false;
  if (j <= i || j >= words.length || !/^\s*,\s*$/u.test(gapAt(text, words, j - 1))) return false;
  const next = words[j];
  return caseShape(next.text) === 'cap' && typeWordAt(keys, j) === 0 && levelWordAt(words, j) === 0 && !longestAt(tries.organisations, text, words, keys, j);
}
