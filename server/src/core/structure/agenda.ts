/**
 * The agenda and the duration: what was taught or briefed ("chuyên đề", "nội dung", "được
 * hướng dẫn …", "tập huấn nghiệp vụ …"), and how long it lasted ("trong 2 ngày", "từ 16 đến
 * 19-8", "kéo dài"). Cues live in dictionaries/structure.json.
 */
import type { Draft, Span } from '../draft.js';
import { normRange, origRange } from './normtext.js';
import { AGENDA_RES, AGENDA_TOPIC_MODIFIERS, AGENDA_TOPIC_STOPS, AGENDA_TOPIC_VERBS, DURATION_RES, PARTICIPANT_NOUNS } from './data.js';
import { B, E } from './normtext.js';

/**
 * "tập huấn sơ cứu đuối nước", "tập huấn chuyên môn, nghiệp vụ, nâng cao năng lực …": the class's
 * subject right after its verb of training (agendaTopics), when no cue names the agenda. What
 * follows must be a phrase that is not whom, where or when the class is ("tập huấn cho …",
 * "tập huấn năm 2024") nor its learners ("bồi dưỡng đảng viên mới").
 */
const TOPIC = new RegExp(
  `${B}${AGENDA_TOPIC_VERBS}(?:,?\\s+${AGENDA_TOPIC_MODIFIERS}${E})*\\s+(?!(?:${AGENDA_TOPIC_STOPS}|${AGENDA_TOPIC_MODIFIERS})${E})(?!${PARTICIPANT_NOUNS}${E})\\p{L}+\\s+\\p{L}`,
  'u',
);

function firstMatch(draft: Draft, res: RegExp[], withHeadline: boolean): Span | undefined {
  const paragraphs = [...(withHeadline && draft.headline ? [draft.headline] : []), ...draft.story];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // a paragraph ending in ":" goes on in the list below it ("Chương trình gồm 4 phần:" ⏎ "1. …")
    const next = paragraphs[i + 1];
    const end = next && /:\s*$/u.test(draft.text.slice(p.start, p.end)) ? next.end : p.end;
    const n = normRange(draft, p.start, end);
    for (const re of res) {
      const m = re.exec(n.text);
      if (m) return origRange(n, m.index, m.index + m[0].length);
    }
  }
  return undefined;
}

export function findAgenda(draft: Draft): Span | undefined {
  return firstMatch(draft, AGENDA_RES, true) ?? firstMatch(draft, [TOPIC], true);
}

export function findDuration(draft: Draft): Span | undefined {
  return firstMatch(draft, DURATION_RES, false);
}
