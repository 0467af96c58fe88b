/**
 * The agenda and the duration: what was taught or briefed ("chuyên đề", "nội dung", "được
 * hướng dẫn …", "tập huấn nghiệp vụ …"), and how long it lasted ("trong 2 ngày", "từ 16 đến
 * 19-8", "kéo dài"). Cues live in dictionaries/structure.json.
 */
import type { Draft, Span } from '../draft.js';
import { BoundedCache } from '../bounded-cache.js';
import { paragraphMemosOn } from '../paragraph-memo.js';
import { normRange, origRange } from './normtext.js';
import { AGENDA_RES, AGENDA_TOPIC_MODIFIERS, AGENDA_TOPIC_STOPS, AGENDA_TOPIC_VERBS, DURATION_RES, PARTICIPANT_NOUNS } from './data.js';
import { E, wordFirst } from './normtext.js';
import { lazyRegExp } from '../lazy-regexp.js';

/**
 * "tập huấn sơ cứu đuối nước", "tập huấn chuyên môn, nghiệp vụ, nâng cao năng lực …": the class's
 * subject right after its verb of training (agendaTopics), when no cue names the agenda. What
 * follows must be a phrase that is not whom, where or when the class is ("tập huấn cho …",
 * "tập huấn năm 2024") nor its learners ("bồi dưỡng đảng viên mới").
 */
const TOPIC = lazyRegExp(() => new RegExp(
  `${wordFirst(AGENDA_TOPIC_VERBS)}(?:,?\\s+${AGENDA_TOPIC_MODIFIERS}${E})*\\s+(?!(?:${AGENDA_TOPIC_STOPS}|${AGENDA_TOPIC_MODIFIERS})${E})(?!${PARTICIPANT_NOUNS}${E})\\p{L}+\\s+\\p{L}`,
  'u',
));

const TOPIC_RES = [TOPIC()];

/**
 * The first match of a cue list in a paragraph's matching view, by that text: `[cue, index,
 * length]`, or `[-1, 0, 0]` for none. A draft without an agenda or a duration had every cue's
 * expression (long alternations, lookbehinds) run over every paragraph of its story on each
 * re-check; the answer is a function of the text alone (the expressions are neither global
 * nor sticky). One cache per cue list; only when the paragraph memos are on (a one-shot lint
 * asks each paragraph once, and would copy its text for nothing).
 */
const firstCues = new Map<RegExp[], BoundedCache<number[]>>([
  [AGENDA_RES, new BoundedCache<number[]>('structure.agenda-cues', 512 * 1024)],
  [TOPIC_RES, new BoundedCache<number[]>('structure.agenda-topics', 512 * 1024)],
  [DURATION_RES, new BoundedCache<number[]>('structure.duration-cues', 512 * 1024)],
]);
const NO_CUE = [-1, 0, 0];

function firstCue(res: RegExp[], text: string): number[] {
  for (let k = 0; k < res.length; k++) {
    const m = res[k].exec(text);
    if (m) return [k, m.index, m[0].length];
  }
  return NO_CUE;
}

function firstMatch(draft: Draft, res: RegExp[], withHeadline: boolean): Span | undefined {
  const paragraphs = [...(withHeadline && draft.headline ? [draft.headline] : []), ...draft.story];
  const cache = paragraphMemosOn() ? firstCues.get(res) : undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // a paragraph ending in ":" goes on in the list below it ("Chương trình gồm 4 phần:" ⏎ "1. …")
    const next = paragraphs[i + 1];
    const end = next && /:\s*$/u.test(draft.text.slice(p.start, p.end)) ? next.end : p.end;
    const n = normRange(draft, p.start, end);
    let found = cache?.get(n.text);
    if (found === undefined) {
      found = firstCue(res, n.text);
      cache?.set(n.text, found);
    }
    if (found[0] >= 0) return origRange(n, found[1], found[1] + found[2]);
  }
  return undefined;
}

export function findAgenda(draft: Draft): Span | undefined {
  return firstMatch(draft, AGENDA_RES, true) ?? firstMatch(draft, TOPIC_RES, true);
}

export function findDuration(draft: Draft): Span | undefined {
  return firstMatch(draft, DURATION_RES, false);
}
