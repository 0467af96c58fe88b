/**
 * spelling: syllables that are not Vietnamese ("trển", "tyrong", "nghiêp"), tone marks in
 * the wrong place ("tòan", "qúy"), and valid syllables in the wrong word ("đạo đúc",
 * "bồi dưởng" … found with the genre's word list; "chấp lượng" found with the genre's syllable-pair
 * figures), unmarked non-syllables in a Vietnamese draft ("trog", "khong"), and old spellings
 * ("qui định"). Suggestions are quick fixes a human chooses; `--fix` applies only the
 * modern form of a clear old spelling.
 */
import type { Report, Rule, Suggestion } from '../core/types.js';
import type { Span } from '../core/draft.js';
import { withToneStyle } from '../core/normalise.js';
import { toneMajority } from '../core/tone-majority.js';
import { syllables } from '../core/spell/dictionary.js';
import { genreWords } from '../core/spell/genre-words.js';
import { isVietnameseDraft } from '../core/spell/slips.js';
import { withCaseOf } from '../core/spell/syllable.js';
import { draftDebris } from '../core/web-debris.js';
import { linkSpans, projectWords, type Token } from '../core/spell/tokens.js';
import { SpanIndex } from '../core/sorted.js';
import { inPersonName, personNames } from '../core/person-names.js';
import { listedRuns, PairFacts, scan, type SentenceCheck } from './spelling/sentence.js';
import { recall, remember, shiftedAt, wordsSignature, type Question } from './spelling/memo.js';
import { oldSpellingsIn, quiSpellings } from './spelling/old-spellings.js';
import { nonSyllables, strandedLetters } from './spelling/non-syllables.js';
import { bareSlips, framedSlips, heardSlips, listedWordSlips, pairSlips } from './spelling/wrong-word.js';
import { languageSlips } from './spelling/language-pairs.js';
import { heardWordSlips, levelWordSlips, unwrittenSlips, wordSlips } from './spelling/word-slips.js';
import { draftTerms, namesEthnicGroup, paragraphTermKeys, termsSalt } from './spelling/terms.js';
import { iyMixing } from './spelling/i-y.js';
import { tripleSlips } from './spelling/triples.js';

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
      iyMixed: {
        vi: 'Bài viết âm tiết này theo hai cách: “{word}” và “{suggestion}”. Cả hai đều còn được dùng, nhưng trong một bài nên thống nhất một cách: “{suggestion}”.',
        en: 'The draft spells this syllable two ways, “{word}” and “{suggestion}”. Both are still in use, but one draft should keep to one: “{suggestion}”.',
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
    const links = new SpanIndex([...linkSpans(draft.text), ...draftDebris(draft.view, draft.paragraphs)]);
    // the style tone-mark-style holds the draft to, so a suggestion is never flagged in turn
    const style = toneMajority(context.draft, context.config).style;
    const useContext = options.context !== false;
    // a draft in Vietnamese: most of its words carry a mark, so an unmarked non-syllable
    // ("trog", "khong") is a slip there, not a foreign word. Known before any sentence is read,
    // for the memo key: a sentence typed first in a new document, read while the draft was too
    // short to count, must not keep that answer once the draft is long enough
    const marked = isVietnameseDraft(draft);
    const vietnameseDraft = (): boolean => marked;
    const text = draft.text;
    const written = (key: string, like: string): string => withCaseOf(like, withToneStyle(key, style));
    const replace = (t: Token, key: string): Suggestion => {
      const replacement = written(key, t.text);
      return { messageId: 'replace', args: { replacement }, edits: [{ start: t.start, end: t.end, text: replacement }] };
    };
    // a sentence's findings depend only on its text and these settings: a re-check after an
    // edit reuses the findings of every sentence the edit did not touch
    // (and on whether the draft names an ethnic group, whose words it may write once, and
    // whether it is in Vietnamese)
    const namesGroup = namesEthnicGroup(draft);
    const setting = `${draft.format}|${style}|${useContext ? 1 : 0}|${namesGroup ? 1 : 0}|${marked ? 1 : 0}|${wordsSignature(config.words)}|`;
    /** the memo salt of a sentence holding no term, link nor name */
    const plainSalt = `${setting}|`;
    // a minority or loan word the draft keeps writing ("dệt zèng"): its own word, not a slip;
    // a sentence holding one is remembered with it (its findings then depend on the draft)
    const terms = draftTerms(draft, valid);
    // the person names holding a syllable typed small ("ông Y Bih êban"): its syllables are the
    // name's (c.inPersonName), so where they lie in a sentence is part of its memo key
    const smallNames = new SpanIndex(personNames(draft).filter((n) => n.words.some((w) => !/^\p{Lu}/u.test(w.text))));
    const salt = terms.size ? termsSalt(terms) : '';
    // what the draft writes somewhere, asked of the whole text: once a check per string
    const writes = new Map<string, boolean>();
    const draftWrites = (s: string): boolean => {
      let answer = writes.get(s);
      if (answer === undefined) writes.set(s, (answer = text.includes(s)));
      return answer;
    };

    // (index loops: every paragraph and sentence, every re-check; in the server's unoptimised
    // code each step of a for…of allocates its result)
    const paragraphs = draft.paragraphs;
    for (let pk = 0; pk < paragraphs.length; pk++) {
      const p = paragraphs[pk];
      if (p.kind === 'chrome' || p.kind === 'metadata') continue;
      const prefixes = terms.size ? paragraphTermKeys(draft, p, terms, salt) : undefined;
      for (let k = 0; k < p.sentences.length; k++) {
        const sentence = p.sentences[k];
        // the links of this sentence only: a long draft has thousands, its sentences a few
        const sentenceLinks = links.overlapping(sentence.start, sentence.end);
        // …which the findings depend on, where they lie in it (the words they cover are left
        // alone): in the key, so a sentence with a link or a piece of debris is remembered too
        // (each was checked again on every re-check, half the spelling rule's re-check of a
        // 100 KB draft of pasted pages)
        const sentenceNames = smallNames.overlapping(sentence.start, sentence.end);
        // (kept by the sentence's text, these settings checked on the entry: memo.ts)
        // (most sentences hold no term, link nor name: their salt is made once a check, not
        // joined anew for every sentence and flattened by the memo's comparison)
        const prefix = prefixes ? prefixes[k] : '';
        const memoSalt =
          prefix === '' && sentenceLinks.length === 0 && sentenceNames.length === 0
            ? plainSalt
            : `${prefix}${setting}${sentenceLinks.length ? linksKey(sentenceLinks, sentence.start) : ''}${sentenceNames.length ? `|n${linksKey(sentenceNames, sentence.start)}` : ''}|`;
        const known = recall(sentence.text, memoSalt, draftWrites);
        if (known) {
          const reports = shiftedAt(known, sentence.start);
          for (let i = 0; i < reports.length; i++) context.report(reports[i]);
          continue;
        }
        const found: Report[] = [];
        const report = (r: Report): void => {
          found.push(r);
          context.report(r);
        };
        const { tokens, caps } = scan(sentence, sentenceLinks, words);
        // (the person-name analysis's own answer, asked only of a lowercase token in a sentence
        // holding a name typed partly small)
        const nameSyllable = (i: number): boolean => sentenceNames.length > 0 && !/\p{Lu}/u.test(tokens[i].text) && inPersonName(draft, tokens[i].start, tokens[i].end);
        // (what this sentence's check asks of the rest of the draft goes into its memo entry: a
        // sentence a later draft repeats is remembered for a draft that answers the same)
        const asked: Question[] = [];
        const askDraft = (s: string): boolean => {
          const answer = draftWrites(s);
          asked.push({ s, answer });
          return answer;
        };
        const c: SentenceCheck = { text, draftWrites: askDraft, tokens, caps, flagged: new Set<number>(), inPhrase: listedRuns(text, tokens), meant: new Map<number, string>(), pairs: new PairFacts(tokens), valid, lexicon, words, terms, namesGroup, vietnameseDraft, written, replace, report, inPersonName: nameSyllable };
        oldSpellingsIn(c);
        quiSpellings(c);
        nonSyllables(c);
        strandedLetters(c);
        if (!useContext) {
          remember(sentence.text, memoSalt, found, sentence.start, asked);
          continue;
        }
        framedSlips(c);
        listedWordSlips(c);
        pairSlips(c);
        heardSlips(c);
        bareSlips(c);
        languageSlips(c);
        wordSlips(c);
        heardWordSlips(c);
        unwrittenSlips(c);
        levelWordSlips(c);
        tripleSlips(c);
        found.sort((a, b) => a.start - b.start);
        remember(sentence.text, memoSalt, found, sentence.start, asked);
      }
    }
    // a draft-wide choice, never remembered with a sentence
    iyMixing(draft, context.report);
  },
};

/**
 * The links of a sentence as its memo key has them, where each lies from the sentence's start
 * ("0,12;30,41;"): the setting before them ends with a bar and a bar follows them, so a key
 * with links never reads as one without.
 */
function linksKey(links: readonly Span[], base: number): string {
  let key = '';
  for (let i = 0; i < links.length; i++) key += `${links[i].start - base},${links[i].end - base};`;
  return key;
}
